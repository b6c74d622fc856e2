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


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("author", "U.S. Const."), ("backref", "art. III,"), ("locator", "§ 2.")],
          {"type": "legislation", "title": "U.S. Const."}, ("III, § 2", "article-locator"), id="us-constitution-article"),
        P([("author", "Cal. Const."), ("backref", "art. I,"), ("locator", "§ 7.")],
          {"type": "legislation", "title": "Cal. Const."}, ("I, § 7", "article-locator"), id="state-constitution"),
        P([("author", "U.S. Const."), ("container-title", "amend."), ("volume", "XIV,"), ("locator", "§ 1.")],
          {"type": "legislation", "title": "U.S. Const."}, ("amend. XIV, § 1", "section"), id="amendment"),
        P([("other", "Act of"), ("date", "Sept. 24, 1789,"), ("pages", "ch. 20,"), ("locator", "§ 11,"),
           ("volume", "1"), ("container-title", "Stat."), ("volume", "73,"), ("locator", "78.")],
          {"type": "legislation", "title": "Act of Sept. 24, 1789", "container-title": "Stat.", "volume": "1",
           "page": "73", "chapter-number": "20", "section": "11", "issued": {"date-parts": [[1789, 9, 24]]}},
          ("78", "page"), id="session-law-with-chapter-and-section"),
        P([("title", "Act of Mar. 3,"), ("date", "1891,"), ("locator", "ch. 517,"), ("volume", "26"),
           ("container-title", "Stat."), ("locator", "826.")],
          {"type": "legislation", "title": "Act of Mar. 3, 1891", "volume": "26", "page": "826",
           "chapter-number": "517"}, (None, None), id="session-law-without-pinpoint"),
        P([("other", "Civil Rights Act of"), ("date", "1964,"), ("title", "Pub. L. No. 88-352,"), ("locator", "§ 201,"),
           ("volume", "78"), ("container-title", "Stat."), ("volume", "241,"), ("locator", "243.")],
          {"type": "legislation", "title": "Civil Rights Act of 1964", "number": "Pub. L. No. 88-352",
           "volume": "78", "page": "241", "section": "201"}, ("243", "page"), id="public-law-number"),
        P([("author", "Smith,"), ("title", "Constitutional Law"), ("container-title", "Stat."), ("volume", "12")],
          {"title": "Constitutional Law"}, (None, None), id="a-journal-abbreviated-stat-is-no-session-law"),
    ],
)
def test_american_legislation(
    fields: list[tuple[str, str]], expected: dict[str, Any], occurrence: tuple[str | None, str | None]
) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    assert (parsed.locator, parsed.label) == occurrence
    assert "author" not in parsed.item or parsed.item.get("type") != "legislation"
