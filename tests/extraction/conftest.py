"""The check shared by the whole-note splitting tables (``test_notes_unseen_split*.py``)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

import pytest

from citekit.model import Citation

#: (kind, a word of the citation's text, locator or None) per citation of a note
Expected = Sequence[tuple[str, str, "str | None"]]
SplitCheck = Callable[[Sequence[Citation], Expected], None]


def norm_locator(locator: str | None) -> str | None:
    """A locator as the pipeline spells it: hyphens, and a range's second number in full ("112-114")."""
    if locator is None:
        return None
    locator = locator.replace("–", "-")
    match = re.fullmatch(r"(\d+)-(\d+)", locator)
    if match and len(match.group(2)) < len(match.group(1)):
        first, last = match.groups()
        locator = f"{first}-{first[: len(first) - len(last)]}{last}"
    return locator


def _check_splits(got: Sequence[Citation], expected: Expected) -> None:
    assert [c.kind for c in got] == [kind for kind, _, _ in expected]
    for cit, (_, key, locator) in zip(got, expected, strict=True):
        assert key.lower() in cit.text.lower()
        assert norm_locator(cit.locator) == norm_locator(locator)


@pytest.fixture
def check_splits() -> Any:
    """Compare a note's citations with (kind, word of the text, locator) per citation, in order."""
    return _check_splits


def _check_linked_note(
    document: Any, index: int, expected: Sequence[tuple[str, str | None, str | None]], back: dict[str, set[str]]
) -> None:
    """Note ``index`` of ``document``: per citation its kind (any of ``back[kind]``), a word of the
    title of the entry it points to (so a back-reference's link is checked) and its locator; None
    in ``expected`` means not compared."""
    entries = {entry["id"]: entry for entry in document.entries}
    got = [(c.kind, str(entries.get(c.id, {}).get("title", "")), norm_locator(c.locator))
           for c in document.notes[index].citations]
    assert len(got) == len(expected), got
    for (kind, title, locator), (got_kind, got_title, got_locator) in zip(expected, got, strict=True):
        assert got_kind in back.get(kind, {kind}), (kind, got_kind)
        if title is not None:
            assert title.lower() in got_title.lower(), (title, got_title)
        if locator is not None:
            assert norm_locator(locator) == got_locator


@pytest.fixture
def check_linked_note() -> Any:
    """``check_linked_note(document, index, expected, back)``: see ``_check_linked_note``."""
    return _check_linked_note

