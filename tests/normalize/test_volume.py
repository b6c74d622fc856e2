"""Volume and issue in every common order."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize.base import Context, ItemState
from citekit.normalize.volume import VolumeIssue, split_volume

P = pytest.param

CASES = [
    P("56,", {"volume": "56"}, id="plain"),
    P("56(2)", {"volume": "56", "issue": "2"}, id="parenthesised-issue"),
    P("56 (2):", {"volume": "56", "issue": "2"}, id="space-paren-colon"),
    P("vol. 56, no. 2", {"volume": "56", "issue": "2"}, id="vol-no"),
    P("Vol 65,", {"volume": "65"}, id="vol-no-period"),
    P("v. 18(2),", {"volume": "18", "issue": "2"}, id="v-paren"),
    P("Bd. 3, H. 2", {"volume": "3", "issue": "2"}, id="german-bd-h"),
    P("Jg. 12, Heft 3", {"volume": "12", "issue": "3"}, id="german-jg-heft"),
    P("t. II", {"volume": "II"}, id="french-tome"),
    P("83: 330", {"volume": "83", "issue": "330"}, id="colon-issue"),
    P("7:", {"volume": "7"}, id="trailing-colon"),
    P("56, 2004, 2", {"volume": "56", "year": "2004", "issue": "2"}, id="seer-order"),
    P("XIV, 1951,", {"volume": "XIV", "year": "1951"}, id="roman-year"),
    P("2002 ; 346 :", {"year": "2002", "volume": "346"}, id="vancouver"),
    P("(Vol. 3, Part A,", {"volume": "3", "part": "A"}, id="vol-part"),
    P("12(3-4)", {"volume": "12", "issue": "3-4"}, id="double-issue"),
    P("tom. XXX", {"volume": "XXX"}, id="roman-after-a-label-word"),
    P("vol .102", {"volume": "102"}, id="no-roman-l-at-the-end-of-vol"),
    P("Vol.", {"volume": "Vol"}, id="label-alone-kept-as-written"),
    P("12(3–4)", {"volume": "12", "issue": "3-4"}, id="double-issue-en-dash"),
    P("n.s. 3", {"volume": "n.s. 3"}, id="new-series-kept-whole"),
    P("2 v.", {"number-of-volumes": "2"}, id="volumes-count"),
    P("3 Bde.", {"number-of-volumes": "3"}, id="volumes-count-german"),
    P("no. 2", {"issue": "2"}, id="issue-only"),
    P("3(1):1–122,", {"volume": "3", "issue": "1", "page": "1-122"}, id="pages-after-colon"),
    P("A16,", {"volume": "A16"}, id="lettered-volume"),
    P("n° 12", {"issue": "12"}, id="numero-sign"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_split_volume(text: str, expected: dict[str, str]) -> None:
    assert split_volume(text) == expected


def run(fields: list[tuple[str, str]]) -> dict[str, Any]:
    state = ItemState.from_fields(fields)
    VolumeIssue()(state, Context())
    return state.item


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("volume", "56,"), ("date", "2004,"), ("issue", "2,")], {"volume": "56", "issue": "2"},
          id="seer-split-by-tagger"),
        P([("volume", "56, 2004, 2,")], {"volume": "56", "issue": "2", "issued": {"date-parts": [[2004]]}},
          id="seer-one-span-year-to-issued"),
        P([("volume", "XIV, 1951,"), ("date", "1950")], {"volume": "XIV"}, id="date-span-wins"),
        P([("issue", "(2)")], {"issue": "2"}, id="issue-span"),
        P([("issue", "H. 4,")], {"issue": "4"}, id="issue-span-heft"),
        P([("author", "Luhmann,"), ("volume", "Rechtssoziologie"), ("date", "(1972)")],
          {"title": "Rechtssoziologie"}, id="words-alone-without-a-title-are-the-title"),
        P([("title", "Geschichte,"), ("volume", "Neue Folge")], {"volume": "Neue Folge"},
          id="words-alone-beside-a-title-stay-the-volume"),
        P([("volume", "Bd. III,")], {"volume": "III"}, id="roman-volume-is-a-number"),
        P([("volume", "CSEL 54")], {"collection-title": "CSEL", "collection-number": "54"},
          id="edition-series-by-siglum"),
        P([("volume", "IV 2")], {"volume": "IV", "issue": "2"}, id="roman-numeral-is-no-siglum"),
        P([("issue", "n° 6,")], {"issue": "6"}, id="issue-span-french-numero"),
        P([("issue", "nº 12")], {"issue": "12"}, id="issue-span-ordinal-numero"),
        P([("issue", "№ 3")], {"issue": "3"}, id="issue-span-numero-sign"),
        P([("volume", "12"), ("issue", "(1976–7),")], {"volume": "12", "issued": {"date-parts": [[1976]]}},
          id="issue-span-of-a-season-of-years-is-the-date"),
        P([("volume", "12"), ("issue", "(1985/86)")], {"volume": "12", "issued": {"date-parts": [[1985], [1986]]}},
          id="issue-span-of-two-years-is-the-date"),
        P([("volume", "12"), ("date", "1976"), ("issue", "(1976)")], {"volume": "12", "issue": "1976"},
          id="issue-span-year-beside-a-date-span-stays"),
        P([("container-title", "Quaderni storici,"), ("volume", "XXXII"), ("date", "(1997),"), ("volume", "2,"),
           ("locator", "pp. 353-378.")], {"volume": "XXXII", "issue": "2"},
          id="number-after-volume-and-year-is-the-issue-before-labelled-pages"),
    ],
)
def test_spans(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    assert run(fields) == expected


# --- the count of volumes and the volume cited, as German notes give them ---------------------------

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("12 Bde., Leipzig 1880–95,", {"number-of-volumes": "12", "place": "Leipzig"}, id="count-before-the-imprint"),
        P("6 Bde., Frankfurt a. M. 1990 ff.", {"number-of-volumes": "6", "place": "Frankfurt a. M."},
          id="place-with-an-abbreviation"),
        P("2 Bde., 1990", {"number-of-volumes": "2"}, id="count-and-year-no-place"),
        P("4 vols., vol. 3", {"number-of-volumes": "4", "volume": "3"}, id="count-then-volume"),
        P("2 vols. 1:", {"number-of-volumes": "2", "volume": "1"}, id="count-then-bare-volume"),
        P("3 vol., t. III,", {"number-of-volumes": "3", "volume": "III"}, id="count-then-french-tome"),
        P("núm. 3", {"issue": "3"}, id="spanish-numero"),
        P("n.º 2,", {"issue": "2"}, id="spanish-n-ordinal-indicator"),
        P("Bd. 4, 213", {"volume": "4", "pinpoint": "213"}, id="page-after-bd"),
        P("Bd. I, 2: Die Neuzeit", {"volume": "I", "issue": "2"}, id="part-volume-before-its-title"),
        P("vol. 4, 213", {"volume": "4", "issue": "213"}, id="english-label-keeps-the-issue"),
    ],
)
def test_volume_counts_and_pinpoints(text: str, expected: dict[str, str]) -> None:
    assert split_volume(text) == expected


def test_volume_cited_after_the_count() -> None:
    state = ItemState.from_fields([("title", "Werke,"), ("volume", "10 Bde., Weimar 1890–1900,"),
                                   ("volume", "Bd. 7, 88")])
    VolumeIssue()(state, Context())
    assert state.item == {"number-of-volumes": "10", "volume": "7", "publisher-place": "Weimar"}
    assert (state.locator, state.label) == ("88", "page")


@pytest.mark.parametrize("fields, locator", [
    # Chicago: volume and page after a book's imprint
    ([("author", "John Ruskin,"), ("title", "The Stones of Venice,"), ("location", "(London:"),
      ("publisher", "Smith, Elder,"), ("date", "1851–53),"), ("volume", "2:114.")], "2:114"),
    ([("author", "Ruskin,"), ("title", "Stones of Venice,"), ("volume", "1:12–14.")], "1:12-14"),
])
def test_volume_and_page_after_a_book_is_the_locator(fields: list[tuple[str, str]], locator: str) -> None:
    from citekit.normalize import normalize_fields

    parsed = normalize_fields(fields)
    assert (parsed.locator, parsed.label) == (locator, "page")
    assert "volume" not in parsed.item and "issue" not in parsed.item


def test_a_journal_volume_with_a_colon_stays_a_volume() -> None:
    from citekit.normalize import normalize_fields

    parsed = normalize_fields([("author", "Smith,"), ("title", "Title,"), ("container-title", "Journal"),
                               ("volume", "12:3")])
    assert parsed.locator is None and parsed.item.get("volume") == "12"
