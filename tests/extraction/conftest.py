"""The checks shared by the whole-note tables, and the harness that runs them (see the end of this file)."""

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


#: the kinds a back-reference may be read as (an op. cit. with its short title is a short form too)
BACK_KINDS: dict[str, set[str]] = {
    "ibid": {"ibid", "idem"}, "op-cit": {"op-cit", "ibid", "short"}, "supra": {"supra", "short", "op-cit"},
}


def _check_linked_note(
    document: Any, index: int, expected: Sequence[tuple[str, str | None, str | None]],
    back: dict[str, set[str]] = BACK_KINDS,
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
    """``check_linked_note(document, index, expected, back=BACK_KINDS)``: see ``_check_linked_note``."""
    return _check_linked_note



def entry_title(entry: dict[str, Any]) -> str:
    return str(entry.get("title", ""))


def _check_sequence_note(
    document: Any, number: int, expected: Sequence[tuple[str, str | None, str | None]],
    title_of: Callable[[dict[str, Any]], str] = entry_title,
) -> None:
    """Note ``number`` (1-based) of a document of notes in sequence: exactly the kinds expected; every
    citation has its entry, whose ``title_of`` holds the expected word (None: not compared); the
    locator as expected, dashes written as hyphens."""
    entries = {entry["id"]: entry for entry in document.entries}
    citations = document.notes[number - 1].citations
    assert [c.kind for c in citations] == [kind for kind, _, _ in expected], [(c.kind, c.text) for c in citations]
    for cit, (_, title, locator) in zip(citations, expected, strict=True):
        assert cit.id in entries, cit.text  # every citation has its entry (an archival file's may have no title)
        if title is not None:
            assert title.lower() in title_of(entries[cit.id]).lower(), (title, title_of(entries[cit.id]))
        assert _dashes(cit.locator) == _dashes(locator)


def _links_as_expected(
    document: Any, number: int, expected: Sequence[tuple[str, str | None, str | None]],
    title_of: Callable[[dict[str, Any]], str] = entry_title,
) -> bool:
    """Does every citation of note ``number`` point to an entry with the expected title word?"""
    entries = {entry["id"]: entry for entry in document.entries}
    citations = document.notes[number - 1].citations
    return len(citations) == len(expected) and all(
        c.id in entries and (t is None or t.lower() in title_of(entries[c.id]).lower())
        for c, (_, t, _) in zip(citations, expected, strict=True)
    )


def _dashes(locator: str | None) -> str | None:
    return None if locator is None else locator.replace("–", "-")


@pytest.fixture
def check_sequence_note() -> Any:
    """``check_sequence_note(document, number, expected, title_of=entry_title)``: see ``_check_sequence_note``."""
    return _check_sequence_note


@pytest.fixture
def links_as_expected() -> Any:
    """``links_as_expected(document, number, expected, title_of=entry_title)``: see ``_links_as_expected``."""
    return _links_as_expected


# ---- the harness of the whole-note tables: a table module declares its data, the runs are made here
#
# * a held-out table declares ``NOTES`` (note text, expected citations), optionally ``KNOWN_MISSES``
#   (index -> reason: a strict xfail) and ``BACK`` (the kinds a back-reference may take), and a test
#   taking ``document`` and ``held_out_index``;
# * a sequence table declares ``ALL`` (sequence name -> rows), ``KNOWN_MISSES`` ((name, number) ->
#   reason) and optionally ``TITLE_OF``, and a test taking ``sequence_case`` and ``check_sequence_case``.


@pytest.fixture(scope="module")
def document(request: pytest.FixtureRequest) -> Any:
    """The module's ``NOTES`` read as one document, a note per line (``extract --notes``)."""
    from citekit.extraction import extract

    return extract("\n".join(text for text, _ in request.module.NOTES) + "\n", notes_mode=True)


@pytest.fixture(scope="module")
def documents(request: pytest.FixtureRequest) -> dict[str, Any]:
    """Each sequence of the module's ``ALL`` read as one document of numbered notes."""
    from citekit.extraction import extract

    return {name: extract("\n".join(f"{i} {note}" for i, (note, _) in enumerate(rows, 1)), notes_mode=True)
            for name, rows in request.module.ALL.items()}


@pytest.fixture
def check_sequence_case(request: pytest.FixtureRequest, documents: dict[str, Any]) -> Callable[[tuple[str, int]], None]:
    """``check_sequence_case((name, number))``: the note as expected (``_check_sequence_note``); for a
    known miss, its links as expected -- under a strict xfail, so a fix shows as an unexpected pass and the
    row must leave ``KNOWN_MISSES``."""
    module = request.module
    title_of = getattr(module, "TITLE_OF", entry_title)

    def check(case: tuple[str, int]) -> None:
        name, number = case
        expected = module.ALL[name][number - 1][1]
        if case in module.KNOWN_MISSES:
            assert _links_as_expected(documents[name], number, expected, title_of)
        else:
            _check_sequence_note(documents[name], number, expected, title_of)

    return check


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    module = metafunc.module
    misses: dict[Any, str] = getattr(module, "KNOWN_MISSES", {})
    if "held_out_index" in metafunc.fixturenames:
        notes = module.NOTES
        metafunc.parametrize("held_out_index", [
            pytest.param(i, marks=pytest.mark.xfail(strict=True, reason=misses[i])) if i in misses else i
            for i in range(len(notes))], ids=[text[:40] for text, _ in notes])
    if "sequence_case" in metafunc.fixturenames:
        cases = [(name, number) for name, rows in module.ALL.items() for number in range(1, len(rows) + 1)]
        metafunc.parametrize("sequence_case", [
            pytest.param(case, marks=pytest.mark.xfail(strict=True, reason=misses[case])) if case in misses else case
            for case in cases], ids=[f"{name}-{number}" for name, number in cases])
