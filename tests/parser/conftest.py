"""The check shared by the whole-note tables (``test_notes_unseen*.py``, ``test_notes_legal_classics.py``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from citekit.model import ParsedReference
from citekit.parser import parse_reference

NAME_ROLES = ("author", "editor", "translator", "recipient", "interviewer", "director")
NoteCheck = Callable[..., None]


def found(parsed: ParsedReference, key: str) -> Any:
    """What a case names: a CSL variable, the family names of a role, the year (``year``) or the
    date's parts (``date``)."""
    item = parsed.item
    if key in NAME_ROLES:
        return [name.get("family") or name.get("literal") for name in item.get(key, [])]
    if key == "year":
        return (item.get("issued") or {}).get("date-parts", [[None]])[0][0]
    if key == "date":
        return (item.get("issued") or {}).get("date-parts", [[None]])[0]
    return item.get(key)


def _check_note(
    note: str, expected: dict[str, Any], occurrence: tuple[str, str] | None, kind: str, *, exact: bool = False
) -> None:
    parsed = parse_reference(note)
    assert {key: found(parsed, key) for key in expected} == expected
    assert parsed.kind == kind
    if occurrence is not None:
        assert (parsed.locator, parsed.label) == occurrence
    elif exact:
        assert parsed.locator is None  # (exact: None means no locator at all)


@pytest.fixture
def check_note() -> NoteCheck:
    """Parse a note and compare only what the case names, its kind and (unless None) its locator;
    ``exact=True`` also holds a None locator to "no locator"."""
    return _check_note
