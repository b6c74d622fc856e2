"""Court decisions: court -> authority, docket number -> number, and the type that triggers it."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param

CASES = [
    P([("author", "BGH"), ("container-title", "NJW"), ("date", "2003,"), ("pages", "1234"),
       ("locator", "(1236).")],
      {"type": "legal_case", "authority": "BGH", "container-title": "NJW", "page": "1234"}, "1236",
      id="court-and-journal"),
    P([("container-title", "BGHZ"), ("volume", "154,"), ("pages", "1,"), ("locator", "(5).")],
      {"type": "legal_case", "container-title": "BGHZ", "volume": "154", "page": "1"}, "5",
      id="official-report-without-title"),
    P([("author", "BAG,"), ("genre", "Urt. v."), ("date", "12.3.2003 –"), ("note", "5 AZR 12/02,"),
       ("locator", "Rn. 14.")],
      {"type": "legal_case", "authority": "BAG", "genre": "Urt.", "number": "5 AZR 12/02"}, "14",
      id="decision-with-docket-number"),
    P([("author", "BVerfG,"), ("genre", "Beschl. v."), ("note", "12.3.2003 – 1 BvR 12/02,"),
       ("locator", "Rn. 14.")],
      {"type": "legal_case", "authority": "BVerfG", "number": "1 BvR 12/02",
       "issued": {"date-parts": [[2003, 3, 12]]}}, "14", id="date-and-docket-in-one-note"),
    P([("author", "BGH NJW"), ("date", "2003,"), ("pages", "1234"), ("locator", "(1236).")],
      {"type": "legal_case", "authority": "BGH", "container-title": "NJW", "page": "1234"}, "1236",
      id="court-and-journal-read-as-one-author"),
    P([("author", "OLG München NJW"), ("date", "1999,"), ("pages", "12")],
      {"type": "legal_case", "authority": "OLG München", "container-title": "NJW", "page": "12"}, None,
      id="court-with-seat-and-journal-read-as-one-author"),
    P([("author", "OLG München,"), ("container-title", "NJW-RR"), ("date", "2001,"), ("pages", "12")],
      {"type": "legal_case", "authority": "OLG München", "container-title": "NJW-RR", "page": "12"}, None,
      id="court-with-seat"),
    P([("title", "Donoghue v Stevenson"), ("date", "[1932]"), ("container-title", "AC"), ("pages", "562"),
       ("note", "(HL)."), ("locator", "580.")],
      {"type": "legal_case", "title": "Donoghue v Stevenson", "authority": "HL", "page": "562"}, "580",
      id="english-report-court-in-brackets"),
    P([("title", "Roe v. Wade,"), ("volume", "410"), ("container-title", "F.2d"), ("pages", "113,"),
       ("note", "9th Cir."), ("date", "1973")],
      {"type": "legal_case", "authority": "9th Cir.", "volume": "410"}, None, id="us-circuit"),
    P([("author", "BAG,"), ("genre", "Urt. v."), ("date", "12.3.2003 – 5"), ("note", "AZR 12/02,"),
       ("locator", "Rn. 14.")],
      {"type": "legal_case", "authority": "BAG", "number": "5 AZR 12/02",
       "issued": {"date-parts": [[2003, 3, 12]]}}, "14", id="date-span-took-the-chamber-number"),
    P([("author", "BGH,"), ("genre", "Urteil vom"), ("date", "4.5.2010"), ("note", "VIII ZR 12/09.")],
      {"type": "legal_case", "authority": "BGH", "number": "VIII ZR 12/09"}, None,
      id="docket-number-before-the-final-period"),
    # an author who is a person keeps the article an article
    P([("author", "Müller,"), ("container-title", "NJW"), ("date", "2003,"), ("pages", "1234")],
      {"type": "article-journal", "author": [{"family": "Müller"}]}, None, id="person-is-no-court"),
    # a note that is no court stays a note
    P([("title", "Smith v Jones"), ("date", "[1990]"), ("container-title", "QB"), ("pages", "12"),
       ("note", "(unreported)")],
      {"type": "legal_case", "note": "unreported"}, None, id="other-note-kept"),
]


@pytest.mark.parametrize(("fields", "expected", "locator"), CASES)
def test_legal_case(fields: list[tuple[str, str]], expected: dict[str, Any], locator: str | None) -> None:
    result = normalize_fields(fields)
    for key, value in expected.items():
        assert result.item.get(key) == value, key
    assert result.locator == locator
    if expected["type"] == "legal_case":
        assert "author" not in result.item


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("BGH NJW", ("BGH", "NJW"), id="federal-court"),
        P("OLG München NJW-RR", ("OLG München", "NJW-RR"), id="hyphenated-periodical"),
        P("BVerfG, JZ", ("BVerfG", "JZ"), id="comma-between"),
        P("OLG München NJW", ("OLG München", "NJW"), id="court-with-seat"),
        P("LG Berlin II", None, id="roman-numeral-is-part-of-the-court"),
        P("Paul Hagenloh", None, id="person"),
        P("Smith JR", None, id="suffix-not-after-a-court"),
        P("BGH", None, id="court-alone"),
    ],
)
def test_court_and_periodical(text: str, expected: tuple[str, str] | None) -> None:
    from citekit.normalize.legal import court_and_periodical

    assert court_and_periodical(text) == expected


def test_court_and_periodical_tagged_as_container() -> None:
    """"BGH NJW 1992, 2080": the number after the reporter's year is the first page of the report (a
    pinpoint follows it, "2080, 2081"), as round 10's German-decision step reads it."""
    parsed = normalize_fields([("container-title", "BGH NJW"), ("date", "1992,"), ("locator", "2080.")])
    assert parsed.item == {"type": "legal_case", "authority": "BGH", "container-title": "NJW",
                           "issued": {"date-parts": [[1992]]}, "page": "2080"}
    assert parsed.locator is None


@pytest.mark.parametrize("fields, expected, locator", [
    # OSCOLA: a neutral citation, then the law report (its year the volume), then the paragraph
    ([("title", "R (Miller) v Secretary of State"), ("date", "[2017]"), ("pages", "UKSC 5,"), ("date", "[2018]"),
      ("container-title", "AC"), ("pages", "61"), ("locator", "[43].")],
     {"type": "legal_case", "title": "R (Miller) v Secretary of State", "container-title": "AC",
      "issued": {"date-parts": [[2017]]}, "authority": "UKSC", "number": "[2017] UKSC 5", "volume": "2018",
      "page": "61"}, ("43", "paragraph")),
    ([("title", "Smith v Jones"), ("date", "[2005]"), ("container-title", "EWCA Civ"), ("pages", "123,"),
      ("date", "[2006]"), ("container-title", "QB"), ("pages", "45"), ("locator", "[12].")],
     {"type": "legal_case", "title": "Smith v Jones", "container-title": "QB", "issued": {"date-parts": [[2005]]},
      "authority": "EWCA Civ", "number": "[2005] EWCA Civ 123", "volume": "2006", "page": "45"}, ("12", "paragraph")),
    # a US reporter and its nominative reporter inside the title span
    ([("title", "Marbury v. Madison, 5 U.S. (1 Cranch)"), ("volume", "137,"), ("locator", "177"),
      ("date", "(1803).")],
     {"type": "legal_case", "title": "Marbury v. Madison", "container-title": "U.S.", "volume": "5", "page": "137",
      "issued": {"date-parts": [[1803]]}}, ("177", "page")),
])
def test_law_reports_in_english_and_american_notes(
        fields: list[tuple[str, str]], expected: dict[str, object], locator: tuple[str, str]) -> None:
    from citekit.normalize import normalize_fields

    parsed = normalize_fields(fields)
    assert parsed.item == expected
    assert (parsed.locator, parsed.label) == locator


#: French and Italian decisions: court (and chamber), date, decision number, perhaps the report
DECISION_CASES = [
    P([("author", "CE,"), ("date", "12 juillet 2006,"), ("other", "n° 298348, Lebon"), ("locator", "p. 412.")],
      {"authority": "CE", "number": "298348", "container-title": "Lebon", "page": "412",
       "issued": {"date-parts": [[2006, 7, 12]]}}, id="conseil-d-etat-with-report"),
    P([("title", "CE, ass., 3 juillet 1996,"), ("other", "n° 169219, Lebon"), ("locator", "p. 255.")],
      {"authority": "CE, ass.", "number": "169219", "issued": {"date-parts": [[1996, 7, 3]]}},
      id="formation-and-date-in-a-title-span"),
    P([("title", "Cass. crim.,"), ("date", "5 mai 2010,"), ("locator", "n° 09-86.456.")],
      {"authority": "Cass. crim.", "number": "09-86.456"}, id="french-appeal-number"),
    P([("author", "Cass."), ("other", "civ., sez."), ("volume", "III,"), ("date", "12 gennaio 2010,"),
       ("locator", "n. 238.")],
      {"authority": "Cass. civ., sez. III", "number": "238", "volume": None,
       "issued": {"date-parts": [[2010, 1, 12]]}}, id="italian-cassation-with-section"),
    P([("collection-title", "Cons. Stato, sez. VI,"), ("date", "3 marzo 2015,"), ("locator", "n. 1234.")],
      {"authority": "Cons. Stato, sez. VI", "number": "1234", "collection-title": None}, id="consiglio-di-stato"),
    P([("author", "C. cost.,"), ("date", "24 ottobre 2007,"), ("locator", "n. 348.")],
      {"authority": "C. cost.", "number": "348"}, id="corte-costituzionale"),
]


@pytest.mark.parametrize(("fields", "expected"), DECISION_CASES)
def test_court_decision_by_number(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    result = normalize_fields(fields)
    assert result.item["type"] == "legal_case"
    assert {key: result.item.get(key) for key in expected} == expected
    assert "author" not in result.item and "title" not in result.item
    assert (result.locator, result.kind) == (None, "full")


@pytest.mark.parametrize(
    "fields",
    [
        P([("author", "Jean Carbonnier,"), ("title", "Droit civil,"), ("date", "12 juillet 2006,"), ("locator", "n° 12.")],
          id="a-person-is-no-court"),
        P([("author", "CE,"), ("date", "2006,"), ("locator", "n° 12.")], id="a-year-alone-is-no-decision-date"),
    ],
)
def test_not_a_court_decision(fields: list[tuple[str, str]]) -> None:
    assert normalize_fields(fields).item.get("type") != "legal_case"
