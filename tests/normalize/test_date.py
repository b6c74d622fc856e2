"""Dates: years, ranges, circa, seasons, full dates in five languages, n.d., status."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize.base import Context, ItemState
from citekit.normalize.date import Date, parse_date

P = pytest.param

CASES = [
    P("(2011).", {"date-parts": [[2011]]}, id="parenthesised"),
    P("2009,", {"date-parts": [[2009]]}, id="year-comma"),
    P("1926–1941", {"date-parts": [[1926], [1941]]}, id="range-en-dash"),
    P("1937–38", {"date-parts": [[1937], [1938]]}, id="range-abbreviated"),
    P("1871-1890;", {"date-parts": [[1871], [1890]]}, id="range-hyphen"),
    P("c. 1983", {"date-parts": [[1983]], "circa": True}, id="circa-c"),
    P("ca. 1800", {"date-parts": [[1800]], "circa": True}, id="circa-ca"),
    P("[1983?]", {"date-parts": [[1983]], "circa": True}, id="question-mark"),
    P("4 June 1992", {"date-parts": [[1992, 6, 4]]}, id="day-month-year"),
    P("June 4, 1992", {"date-parts": [[1992, 6, 4]]}, id="month-day-year"),
    P("4. Juni 1992", {"date-parts": [[1992, 6, 4]]}, id="german"),
    P("4 juin 1992", {"date-parts": [[1992, 6, 4]]}, id="french"),
    P("4 giugno 1992", {"date-parts": [[1992, 6, 4]]}, id="italian"),
    P("9 set. 1752.", {"date-parts": [[1752, 9, 9]]}, id="italian-abbreviated"),
    P("1992-06-04", {"date-parts": [[1992, 6, 4]]}, id="iso"),
    P("4. 10. 1630.", {"date-parts": [[1630, 10, 4]]}, id="numeric-dmy"),
    P("June 1997.", {"date-parts": [[1997, 6]]}, id="month-year"),
    P("Spring 2004", {"date-parts": [[2004]], "season": 1}, id="season"),
    P("Herbst 1989", {"date-parts": [[1989]], "season": 3}, id="season-german"),
    P("1911-12", {"date-parts": [[1911], [1912]]}, id="academic-year-not-month"),
    P("n.d.", None, id="n-d"),
    P("s.d.", None, id="s-d"),
    P("o.J.", None, id="o-j"),
    P("24 ottobre.", {"literal": "24 ottobre"}, id="no-year-literal"),
    P("2011a", {"date-parts": [[2011]]}, id="year-suffix"),
    P("022013", {"date-parts": [[2013, 2]]}, id="month-year-digits"),
    P("I960,", {"date-parts": [[1960]]}, id="ocr-capital-i"),
    P("20o5", {"date-parts": [[2005]]}, id="ocr-letter-o"),
    P("19802", {"date-parts": [[1980]]}, id="superscript-edition-flattened"),
    P("MDCCLVII.", {"date-parts": [[1757]]}, id="roman-year"),
    P("1 999", {"date-parts": [[1999]]}, id="spaced-digits"),
    P("sec. XVIII", {"literal": "sec. XVIII"}, id="century-kept-literal"),
    P("(October 94).", {"literal": "October 94"}, id="two-digit-year-kept-literal"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parse_date(text: str, expected: dict[str, Any] | None) -> None:
    assert parse_date(text) == expected


def run(*dates: str) -> dict[str, Any]:
    state = ItemState.from_fields([("date", d) for d in dates])
    Date()(state, Context())
    return state.item


@pytest.mark.parametrize(
    ("dates", "expected"),
    [
        P(("n.d.",), {}, id="no-date-leaves-issued-out"),
        P(("forthcoming",), {"status": "forthcoming"}, id="forthcoming"),
        P(("in press",), {"status": "in press"}, id="in-press"),
        P(("1927,", "1986,"), {"issued": {"date-parts": [[1986]]},
                               "original-date": {"date-parts": [[1927]]}}, id="reprint"),
        P(("1867", "[1990]"), {"issued": {"date-parts": [[1867]]},
                               "original-date": {"date-parts": [[1990]]}}, id="bracketed-second"),
        P(("1983 [1924],",), {"issued": {"date-parts": [[1983]]},
                              "original-date": {"date-parts": [[1924]]}}, id="reprint-in-one-span"),
        P(("(1967 [orig. 1939]).",), {"issued": {"date-parts": [[1967]]},
                                      "original-date": {"date-parts": [[1939]]}}, id="orig-in-brackets"),
        P(("1983 [1924?]",), {"issued": {"date-parts": [[1983]]},
                              "original-date": {"date-parts": [[1924]], "circa": True}}, id="uncertain-first-year"),
        P(("august", "1990"), {"issued": {"date-parts": [[1990, 8]]}}, id="month-and-year-spans"),
        P(("2010", "accessed 3 May 2012"), {"issued": {"date-parts": [[2010]]},
                                            "accessed": {"date-parts": [[2012, 5, 3]]}}, id="accessed"),
    ],
)
def test_date_spans(dates: tuple[str, ...], expected: dict[str, Any]) -> None:
    assert run(*dates) == expected


def test_idempotent() -> None:
    state = ItemState.from_fields([("date", "4 June 1992")])
    Date()(state, Context())
    first = dict(state.item)
    Date()(state, Context())
    assert state.item == first


@pytest.mark.parametrize(
    ("fields", "issued", "original"),
    [
        pytest.param([("date", "1928"), ("collection-title", "(rist. 1967),")], 1967, 1928, id="italian-ristampa"),
        pytest.param([("date", "1939"), ("note", "(Nachdruck Darmstadt 1984)")], 1984, 1939, id="german-nachdruck"),
        pytest.param([("date", "1973,"), ("note", "rééd. 1978")], 1978, 1973, id="french-reedition"),
        pytest.param([("date", "1990"), ("collection-title", "Studi e testi 1950")], 1990, None,
                     id="series-with-a-year-is-no-reprint"),
        pytest.param([("date", "1739;"), ("collection-title", "facs. repr. Kassel: Bärenreiter, 1954),")], 1954, 1739,
                     id="facsimile-reprint"),
    ],
)
def test_reprint_left_in_a_note(fields: list[tuple[str, str]], issued: int, original: int | None) -> None:
    state = ItemState.from_fields(fields)
    Date()(state, Context())
    item = state.item
    assert item["issued"]["date-parts"][0][0] == issued
    assert (item.get("original-date") or {}).get("date-parts", [[None]])[0][0] == original
