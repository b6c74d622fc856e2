"""Statutes cited by short title, and OSCOLA cross-references to an earlier note."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("other", "Human Rights Act 1998, s 3.")],
          ({"type": "legislation", "title": "Human Rights Act 1998"}, "3", "section"), id="act-and-section"),
        P([("author", "Theft Act"), ("date", "1968,"), ("locator", "ss 1–6.")],
          ({"type": "legislation", "issued": {"date-parts": [[1968]]}, "title": "Theft Act 1968"}, "1-6", "section"),
          id="act-tagged-as-author-and-date"),
        P([("title", "Crime and Disorder Act"), ("date", "1998.")],
          ({"type": "legislation", "title": "Crime and Disorder Act 1998", "issued": {"date-parts": [[1998]]}},
           None, None), id="act-without-section"),
        P([("author", "Smith,"), ("title", "The Act of Creation,"), ("location", "London,"), ("date", "1964.")],
          ({"type": "book", "author": [{"family": "Smith"}], "title": "The Act of Creation",
            "issued": {"date-parts": [[1964]]}, "publisher-place": "London"}, None, None),
          id="a-book-about-an-act-stays-a-book"),
    ],
)
def test_statute(fields: list[tuple[str, str]], expected: tuple[Any, ...]) -> None:
    parsed = normalize_fields(fields)
    item, locator, label = expected
    parsed.item.pop("language", None)
    assert (parsed.item, parsed.locator, parsed.label) == (item, locator, label)


@pytest.mark.parametrize(
    ("fields", "note", "locator"),
    [
        P([("author", "Raz"), ("volume", "(n 3) 50.")], "3", "50", id="tagged-as-volume"),
        P([("author", "Craig"), ("locator", "(n 4).")], "4", None, id="no-page"),
        P([("author", "Hart"), ("volume", "(n 7)"), ("locator", "593–95.")], "7", "593-595", id="page-apart"),
    ],
)
def test_oscola_cross_reference(fields: list[tuple[str, str]], note: str, locator: str | None) -> None:
    parsed = normalize_fields(fields)
    assert parsed.kind == "supra"
    assert parsed.item["first-reference-note-number"] == note
    assert parsed.locator == locator
    assert "volume" not in parsed.item and "issue" not in parsed.item
