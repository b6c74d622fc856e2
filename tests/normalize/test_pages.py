"""Pages vs locator: the work's range is ``page``; the pinpoint is the occurrence's locator."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize.base import Context, ItemState
from citekit.normalize.pages import PagesLocator

P = pytest.param
ARTICLE = [("container-title", "Europe–Asia Studies,"), ("volume", "56,")]
BOOK = [("title", "Stalin’s Police,")]


def run(fields: list[tuple[str, str]]) -> tuple[dict[str, Any], str | None, str | None, str | None]:
    state = ItemState.from_fields(fields)
    if "container-title" in state.spans:
        state.item["container-title"] = "x"
    if "volume" in state.spans:
        state.item["volume"] = "1"
    PagesLocator()(state, Context())
    item = {k: v for k, v in state.item.items() if k not in ("container-title", "volume")}
    return item, state.locator, state.label, state.suffix


CASES = [
    P([*ARTICLE, ("pages", "pp. 751–66.")], ({"page": "751-766"}, None, None, None), id="article-range"),
    P([*ARTICLE, ("pages", "1099-110.")], ({"page": "1099-1110"}, None, None, None), id="range-expanded"),
    P([*ARTICLE, ("pages", "pages 192-202,")], ({"page": "192-202"}, None, None, None), id="pages-word"),
    P([*ARTICLE, ("pages", "S. 301–325.")], ({"page": "301-325"}, None, None, None), id="german-range"),
    P([*ARTICLE, ("pages", "013608")], ({"page": "013608"}, None, None, None), id="bare-first-page"),
    P([*ARTICLE, ("pages", "L11")], ({"page": "L11"}, None, None, None), id="article-number-not-line"),
    P([*BOOK, ("locator", "§12")], ({}, "12", "section", None), id="section-sign-glued"),
    P([*ARTICLE, ("pages", "pp. 751–66,"), ("locator", "here p. 760.")],
      ({"page": "751-766"}, "760", "page", None), id="range-and-here"),
    P([*ARTICLE, ("pages", "pp. 751–66,"), ("pages", "at 755.")],
      ({"page": "751-766"}, "755", "page", None), id="range-and-at"),
    P([*ARTICLE, ("pages", "p. 760.")], ({}, "760", "page", None), id="article-single-p-is-locator"),
    P([*ARTICLE, ("pages", "pp. 751–66"), ("locator", "(p. 755).")],
      ({"page": "751-766"}, "755", "page", None), id="bracketed-pinpoint-then-period"),
    P([*BOOK, ("locator", "(6ff.).")], ({}, "6ff.", "page", None), id="bracketed-ff-keeps-its-period"),
    P([*ARTICLE, ("locator", "1234 (1236).")], ({"page": "1234"}, "1236", "page", None),
      id="german-first-page-and-pinpoint-in-one-span"),
    P([*BOOK, ("locator", "12 (15).")], ({}, "12 (15)", "page", None), id="first-and-pin-needs-a-container"),
    P([*ARTICLE, ("locator", "S. 799, 805.")], ({"page": "799"}, "805", "page", None),
      id="german-first-page-comma-pinpoint"),
    P([("container-title", "NJW"), ("pages", "6, 6 ff.")], ({"page": "6"}, "6 ff.", "page", None),
      id="pinpoint-from-the-first-page"),
    P([("container-title", "NJW"), ("locator", "45, 12.")], ({}, "45, 12", "page", None),
      id="earlier-second-page-two-pinpoints"),
    P([*ARTICLE, ("locator", "1, 3.")], ({}, "1, 3", "page", None), id="volume-and-two-pages-cited"),
    P([*ARTICLE, ("locator", "pp. 50-77: 55.")], ({"page": "50-77"}, "55", "page", None),
      id="italian-range-colon-pinpoint"),
    P([("title", "Democracy,"), ("date", "[2006]"), ("pages", "EHRLR 243.")], ({"page": "243"}, None, None, None),
      id="oscola-journal-abbreviation-and-first-page"),
    P([("title", "Catalogue,"), ("locator", "II 445")], ({}, "II 445", "page", None), id="roman-volume-is-no-journal"),
    P([("container-title", "ZEuP"), ("date", "2000,"), ("volume", "1,"), ("locator", "3.")],
      ({"page": "1"}, "3", "page", None), id="german-periodical-first-page-not-volume"),
    P([("container-title", "Journal of History"), ("date", "2004,"), ("volume", "12,"), ("locator", "p. 5.")],
      ({}, "5", "page", None), id="labelled-pinpoint-keeps-the-volume"),
    P([*BOOK, ("locator", "p. 3.")], ({}, "3", "page", None), id="book-p"),
    P([*BOOK, ("locator", "p. 6ff.")], ({}, "6ff.", "page", None), id="ff"),
    P([*BOOK, ("pages", "S. 12.")], ({}, "12", "page", None), id="german-S"),
    P([*BOOK, ("pages", "12 f.")], ({}, "12 f.", "page", None), id="german-f"),
    P([*BOOK, ("pages", "pp. 3–5.")], ({}, "3-5", "page", None), id="book-range-is-locator"),
    P([*BOOK, ("locator", "n. 4.")], ({}, "4", "note", None), id="note"),
    P([*BOOK, ("locator", "Anm. 4")], ({}, "4", "note", None), id="anm"),
    P([*BOOK, ("locator", "fol. 12v")], ({}, "12v", "folio", None), id="folio"),
    P([*BOOK, ("locator", "c. 117 t.")], ({}, "117 t", "folio", None), id="carta"),
    P([*BOOK, ("locator", "col. 45")], ({}, "45", "column", None), id="column"),
    P([*BOOK, ("locator", "Sp. 45")], ({}, "45", "column", None), id="spalte"),
    P([*BOOK, ("locator", "ch. 3")], ({}, "3", "chapter", None), id="chapter"),
    P([*BOOK, ("locator", "§ 12")], ({}, "12", "section", None), id="section"),
    P([*BOOK, ("locator", "para. 7")], ({}, "7", "paragraph", None), id="paragraph"),
    P([*BOOK, ("locator", "Rn. 7")], ({}, "7", "paragraph", None), id="randnummer"),
    P([*BOOK, ("locator", "s.v. Venezia")], ({}, "Venezia", "sub-verbo", None), id="sub-verbo"),
    P([*BOOK, ("locator", "p. 3,"), ("locator", "n. 4.")], ({}, "3", "page", "n. 4"), id="second-to-suffix"),
    P([*BOOK, ("pages", "345 pp.")], ({"number-of-pages": "345"}, None, None, None), id="count"),
    P([*BOOK, ("pages", "xii, 345 p.")], ({"number-of-pages": "345"}, None, None, None), id="count-roman"),
    P([("backref", "supra"), ("locator", "n. 12,"), ("locator", "at 755.")],
      ({"first-reference-note-number": "12"}, "755", "page", None), id="supra-note"),
    P([*BOOK, ("locator", "b. 247,")], ({}, None, None, None), id="busta-left-to-archive"),
    P([*ARTICLE, ("pages", "707-718"), ("pages", "[hep-th/0011193].")], ({"page": "707-718"}, None, None, None),
      id="arxiv-id-is-not-a-page"),
    P([*BOOK, ("locator", "doc. 12")], ({}, "doc. 12", None, None), id="document-number-kept-whole"),
    # probed with unseen notes (tests/parser/test_notes_unseen.py)
    P([*BOOK, ("locator", "pág. 45.")], ({}, "45", "page", None), id="spanish-pag"),
    P([*BOOK, ("locator", "págs. 102-105.")], ({}, "102-105", "page", None), id="spanish-pags-range"),
    P([*BOOK, ("locator", "Bl. 5.")], ({}, "5", "folio", None), id="german-blatt-is-a-leaf"),
    P([*BOOK, ("locator", "С. 45.")], ({}, "45", "page", None), id="cyrillic-s-is-a-page"),
    P([*BOOK, ("locator", "Л. 12 об.")], ({}, "12 об", "folio", None), id="cyrillic-list-is-a-leaf"),
    P([*ARTICLE, ("locator", "págs. 811-840.")], ({"page": "811-840"}, None, None, None),
      id="journal-range-alone-is-the-article"),
    P([("title", "« Styles of a city »,"), ("container-title", "Environment and Behavior,"), ("locator", "pp. 100-117.")],
      ({"page": "100-117"}, None, None, None), id="journal-range-without-a-volume-is-the-article"),
    P([("title", "Styles of a city,"), ("container-title", "Environment and Behavior,"), ("locator", "p. 100.")],
      ({}, "100", "page", None), id="single-page-after-a-journal-without-a-volume-is-cited"),
    P([("container-title", "Storia d'Italia"), ("location", "Torino,"), ("locator", "pp. 45-67.")],
      ({}, "45-67", "page", None), id="chapter-range-with-an-imprint-stays-cited"),
    P([*BOOK, ("pages", "pp. 12–14"), ("locator", "(p. 13).")], ({"page": "12-14"}, "13", "page", None),
      id="mhra-range-then-bracketed-page"),
    P([("author", "Peter Lanning,"), *ARTICLE, ("date", "(1974):"), ("pages", "30.")], ({}, "30", "page", None),
      id="chicago-note-page-after-colon-is-cited"),
    P([("author", "Lanning, Peter."), *ARTICLE, ("date", "(1974):"), ("pages", "30.")],
      ({"page": "30"}, None, None, None), id="bibliography-one-page-article"),
    P([*ARTICLE, ("date", "(1974),"), ("pages", "30.")], ({"page": "30"}, None, None, None),
      id="no-colon-first-page"),
    P([*ARTICLE, ("locator", "no. 122"), ("date", "(1998):"), ("pages", "201–20.")],
      ({"issue": "122", "page": "201-220"}, None, None, None), id="issue-read-as-locator"),
    P([*ARTICLE, ("pages", "p. 145"), ("locator", "nr. 2.")], ({}, "145", "page", "nr. 2"),
      id="number-after-the-page-is-no-issue"),
    P([*ARTICLE, ("locator", "3–30,"), ("locator", "at 12.")], ({"page": "3-30"}, "12", "page", None),
      id="range-then-at-pinpoint"),
    P([*ARTICLE, ("pages", "1–20,"), ("locator", "aldaar 12.")], ({"page": "1-20"}, "12", "page", None),
      id="dutch-aldaar-pinpoint"),
    P([("container-title", "Revista,"), ("volume", "v. 8,"), ("locator", "n. 16,"), ("pages", "p. 83-105,")],
      ({"issue": "16", "page": "83-105"}, None, None, None), id="abnt-n-after-the-volume-is-the-issue"),
    P([*ARTICLE, ("date", "1990,"), ("locator", "n. 4.")], ({}, "4", "note", None),
      id="n-elsewhere-is-a-note"),
]


@pytest.mark.parametrize(("fields", "expected"), CASES)
def test_pages_locator(fields: list[tuple[str, str]], expected: tuple[Any, ...]) -> None:
    assert run(fields) == expected


def test_the_years_closing_an_imprint_read_as_a_locator_are_the_date() -> None:
    from citekit.normalize import normalize_fields

    parsed = normalize_fields([("author", "John Ruskin,"), ("title", "The Stones of Venice, 3 vols."),
                               ("location", "(London:"), ("publisher", "Smith, Elder,"), ("locator", "1851–53),"),
                               ("volume", "2:114.")])
    assert parsed.item["issued"] == {"date-parts": [[1851], [1853]]}
    assert (parsed.locator, parsed.label) == ("2:114", "page")


def test_roman_volume_then_the_page_cited() -> None:
    state = ItemState.from_fields([("title", "The Diary,"), ("volume", "5 vols"), ("locator", "III, 209.")])
    state.item["number-of-volumes"] = "5"
    PagesLocator()(state, Context())
    assert (state.item, state.locator, state.label) == ({"number-of-volumes": "5", "volume": "III"}, "209", "page")
