"""The steps of round 10, one table each: fields as a tagger might give them -> what the step makes of them.

Each table holds the legal shapes a step reads (German, Spanish, Portuguese, Dutch, French, Italian,
US and EU) and the near misses it must leave alone (a book or an article whose first word looks like a
court, a locator that names no code, a title that is no case number).
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


def _read(fields: list[tuple[str, str]]) -> tuple[dict[str, Any], str | None, str | None]:
    parsed = normalize_fields(fields)
    return parsed.item, parsed.locator, parsed.label


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        # the tagger splits these at random: the date span runs on into the periodical
        P([("author", "BAG,"), ("genre", "Urt. v. 4.5.2010 – 9 AZR 184/09,"), ("date", "NZA 2010,"), ("locator", "1121.")],
          {"authority": "BAG", "number": "9 AZR 184/09", "container-title": "NZA", "page": "1121", "genre": "Urt.",
           "issued": {"date-parts": [[2010, 5, 4]]}}, (None, None), id="bag-date-span-runs-on"),
        P([("author", "EuGH,"), ("genre", "Urt. v."), ("date", "5.2.1963 – Rs. 26/62, Slg. 1963,"), ("locator", "1.")],
          {"authority": "EuGH", "number": "Rs. 26/62", "container-title": "Slg.", "page": "1"}, (None, None),
          id="eugh-rechtssache"),
        P([("author", "BGH,"), ("genre", "Beschl. v."), ("date", "10.10.2017"), ("note", "XI ZR 456/16,"),
           ("container-title", "NJW"), ("date", "2018,"), ("locator", "225 Rn. 14.")],
          {"authority": "BGH", "number": "XI ZR 456/16", "container-title": "NJW", "page": "225"}, ("14", "paragraph"),
          id="randnummer-pinpoint"),
        P([("author", "BVerfG,"), ("genre", "Beschl. v."), ("date", "15.1.1958 – 1 BvR 400/51,"),
           ("container-title", "BVerfGE"), ("volume", "7,"), ("locator", "198 (205).")],
          {"authority": "BVerfG", "container-title": "BVerfGE", "volume": "7", "page": "198"}, ("205", "page"),
          id="official-collection-bracketed-pinpoint"),
        P([("author", "OGH"), ("note", "9 ObA 12/19x.")], {"authority": "OGH", "number": "9 ObA 12/19x"}, (None, None),
          id="austrian-court-and-docket"),
        P([("author", "BVerfG"), ("container-title", "NJW"), ("date", "2019,"), ("locator", "3054.")],
          {"authority": "BVerfG", "container-title": "NJW", "page": "3054", "issued": {"date-parts": [[2019]]}},
          (None, None), id="court-periodical-first-page"),
        P([("locator", "BGE 135 III 1 E. 2.3.")], {"container-title": "BGE", "volume": "135 III", "page": "1"},
          ("2.3", "paragraph"), id="swiss-collection-erwaegung"),
        P([("locator", "ATF 128 III 390 consid. 4.")], {"container-title": "ATF", "volume": "128 III", "page": "390"},
          ("4", "paragraph"), id="swiss-collection-french"),
    ],
)
def test_german_decision(fields: list[tuple[str, str]], expected: dict[str, Any], occurrence: tuple[Any, Any]) -> None:
    item, locator, label = _read(fields)
    assert item["type"] == "legal_case"
    assert {key: item.get(key) for key in expected} == expected
    assert (locator, label) == occurrence


@pytest.mark.parametrize(
    "fields",
    [
        # a court's letters opening a book or an article, a court with nothing a decision has
        P([("author", "AG Schmidt,"), ("title", "Die Haftung"), ("date", "2001,"), ("locator", "S. 12.")], id="not-a-court"),
        P([("author", "BGH"), ("title", "Festschrift 50 Jahre Bundesgerichtshof"), ("date", "2000.")], id="court-as-editor"),
        P([("author", "Larenz,"), ("title", "Schuldrecht"), ("date", "1987,"), ("locator", "12.")], id="book"),
    ],
)
def test_german_decision_leaves_alone(fields: list[tuple[str, str]]) -> None:
    item, _, _ = _read(fields)
    assert item.get("type") != "legal_case"


@pytest.mark.parametrize(
    ("text", "expected", "occurrence"),
    [
        P("STC 11/1981, de 8 de abril, FJ 7.", {"authority": "STC", "number": "11/1981", "issued": [1981, 4, 8]},
          ("7", "paragraph"), id="stc-fj"),
        P("STS de 12 de marzo de 2010 (RJ 2010, 1234).",
          {"authority": "STS", "container-title": "RJ", "volume": "2010", "page": "1234", "issued": [2010, 3, 12]},
          (None, None), id="sts-aranzadi"),
        P("STS (Sala 1.ª) 123/2010, de 12 de marzo.", {"authority": "STS", "number": "123/2010"}, (None, None),
          id="sts-chamber"),
        P("Acórdão do STJ de 12.03.2010, proc. 123/05.2TBLSB.",
          {"authority": "STJ", "number": "123/05.2TBLSB", "issued": [2010, 3, 12]}, (None, None), id="acordao-numeric-date"),
        P("HR 12 maart 2010, ECLI:NL:HR:2010:BK1234, NJ 2010/123.",
          {"authority": "HR", "number": "ECLI:NL:HR:2010:BK1234", "container-title": "NJ", "volume": "2010",
           "page": "123"}, (None, None), id="hr-ecli-nj"),
        P("CRvB 5 januari 2017, ECLI:NL:CRVB:2017:12.", {"authority": "CRvB", "issued": [2017, 1, 5]}, (None, None),
          id="centrale-raad"),
    ],
)
def test_national_decision(text: str, expected: dict[str, Any], occurrence: tuple[Any, Any]) -> None:
    item, locator, label = _read([("other", text)])
    assert item["type"] == "legal_case"
    if "issued" in expected:
        assert item["issued"]["date-parts"][0] == expected.pop("issued")
    assert {key: item.get(key) for key in expected} == expected
    assert (locator, label) == occurrence


@pytest.mark.parametrize(
    "fields",
    [
        # a siglum opening a book, a Dutch author's initials, a date with no year, a court and no date
        P([("author", "HR"), ("title", "Handboek personeelsbeleid"), ("date", "2010.")], id="hr-book"),
        P([("other", "STS de 12 de marzo.")], id="no-year"),
        P([("author", "Hof,"), ("title", "Het recht"), ("date", "1990,"), ("locator", "12.")], id="hof-as-author"),
    ],
)
def test_national_decision_leaves_alone(fields: list[tuple[str, str]]) -> None:
    item, _, _ = _read(fields)
    assert item.get("type") != "legal_case"


@pytest.mark.parametrize(
    ("text", "expected", "occurrence"),
    [
        P("§ 823 Abs. 1 S. 2 BGB.", {"title": "BGB"}, ("823 Abs. 1 S. 2", "section"), id="paragraph-sentence"),
        P("Art. 6:162 BW.", {"title": "BW"}, ("6:162", "section"), id="dutch-book-article"),
        P("art. 1382 C. civ.", {"title": "C. civ."}, ("1382", "section"), id="code-civil"),
        P("Art. 483.º CC.", {"title": "CC"}, ("483.º", "section"), id="portuguese-ordinal"),
        P("Art. 267 AEUV.", {"title": "AEUV"}, ("267", "section"), id="treaty-article"),
        P("42 U.S.C. § 1983 (2018).",
          {"title": "42 U.S.C. § 1983", "container-title": "U.S.C.", "volume": "42", "section": "1983",
           "issued": {"date-parts": [[2018]]}}, (None, None), id="us-code"),
        P("17 C.F.R. § 240.10b-5.", {"container-title": "C.F.R.", "volume": "17", "section": "240.10b-5"}, (None, None),
          id="cfr"),
    ],
)
def test_code_provision(text: str, expected: dict[str, Any], occurrence: tuple[Any, Any]) -> None:
    item, locator, label = _read([("locator", text)])
    assert item["type"] == "legislation"
    assert {key: item.get(key) for key in expected} == expected
    assert (locator, label) == occurrence


@pytest.mark.parametrize(
    "text",
    [
        P("Art. 12 of the Convention.", id="no-code"),
        P("Artikel 5 des Vertrags.", id="german-prose"),
        P("§ 12.", id="paragraph-alone"),
        P("Arthur Smith, Law 12 BGB.", id="author-named-art"),
    ],
)
def test_code_provision_leaves_alone(text: str) -> None:
    item, _, _ = _read([("locator", text)])
    assert item.get("type") != "legislation" or item.get("title") != "BGB"
    assert item.get("title") not in ("BGB", "CC")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("Ley Orgánica 3/2007, de 22 de marzo, para la igualdad efectiva de mujeres y hombres.",
          {"number": "3/2007", "issued": [2007, 3, 22],
           "title": "Ley Orgánica 3/2007, de 22 de marzo, para la igualdad efectiva de mujeres y hombres"},
          id="ley-organica"),
        P("Loi n° 85-677 du 5 juillet 1985, JO 6 juillet 1985, p. 7584.",
          {"number": "85-677", "issued": [1985, 7, 5], "container-title": "JO", "page": "7584"}, id="loi-jo"),
        P("d.P.R. 22 settembre 1988, n. 447.", {"number": "447", "issued": [1988, 9, 22]}, id="dpr"),
        P("Decreto-Lei n.º 446/85, de 25 de outubro.", {"number": "446/85", "issued": [1985, 10, 25]},
          id="two-digit-year"),
    ],
)
def test_numbered_act(text: str, expected: dict[str, Any]) -> None:
    item, locator, _ = _read([("title", text)])
    assert item["type"] == "legislation"
    assert item["issued"]["date-parts"][0] == expected.pop("issued")
    assert {key: item.get(key) for key in expected} == expected
    assert locator is None


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("title", "Council Directive 93/13/EEC of 5 April 1993 on unfair terms in consumer contracts"),
           ("date", "[1993]"), ("locator", "OJ L95/29.")],
          {"number": "93/13/EEC", "container-title": "OJ", "issue": "L95", "page": "29",
           "issued": {"date-parts": [[1993, 4, 5]]}}, (None, None), id="directive"),
        P([("title", "Council Regulation (EC) No 44/2001"), ("date", "[2001]"), ("locator", "OJ L12/1, art 5.")],
          {"number": "44/2001", "container-title": "OJ", "issue": "L12", "page": "1",
           "issued": {"date-parts": [[2001]]}}, ("5", "section"), id="regulation-article-oj-year"),
    ],
)
def test_eu_act(fields: list[tuple[str, str]], expected: dict[str, Any], occurrence: tuple[Any, Any]) -> None:
    item, locator, label = _read(fields)
    assert item["type"] == "legislation"
    assert {key: item.get(key) for key in expected} == expected
    assert (locator, label) == occurrence


def test_eu_act_leaves_a_book_alone() -> None:
    item, _, _ = _read([("author", "Commission"), ("title", "Decision-making in Europe"), ("date", "1999.")])
    assert "number" not in item


@pytest.mark.parametrize(
    "text",
    [
        P("Ley y costumbre en la Castilla medieval", id="book-title"),
        P("Loi et coutume, 12 juillet", id="no-number"),
        P("Lei n.º 23/123, de 26 de julho", id="year-unreadable"),
    ],
)
def test_numbered_act_leaves_alone(text: str) -> None:
    item, _, _ = _read([("title", text)])
    assert "number" not in item


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("title", "Case C-6/64 Costa v ENEL"), ("date", "[1964]"), ("container-title", "ECR"), ("pages", "585.")],
          {"number": "C-6/64", "title": "Costa v ENEL", "container-title": "ECR"}, id="case-number-in-title"),
        P([("author", "Joined Cases C-46/93 and C-48/93"), ("title", "Brasserie du Pêcheur v Germany"),
           ("date", "[1996]"), ("container-title", "ECR I-"), ("locator", "1029.")],
          {"number": "C-46/93 and C-48/93", "title": "Brasserie du Pêcheur v Germany", "container-title": "ECR",
           "page": "I-1029", "author": None}, id="joined-cases-as-author"),
    ],
)
def test_eu_case(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item, _, _ = _read(fields)
    assert item["type"] == "legal_case"
    assert {key: item.get(key) for key in expected} == expected


def test_eu_case_leaves_a_book_alone() -> None:
    item, _, _ = _read([("author", "Smith,"), ("title", "Case Studies in European Law"), ("date", "2004.")])
    assert "number" not in item
    assert item["title"] == "Case Studies in European Law"


@pytest.mark.parametrize(
    ("fields", "occurrence"),
    [
        P([("title", "Handyside v United Kingdom"), ("date", "(1976)"), ("pages", "1 EHRR 737,"), ("locator", "para 49.")],
          ("49", "paragraph"), id="para"),
        P([("title", "Soering v United Kingdom"), ("date", "(1989)"), ("pages", "11 EHRR 439,"), ("locator", "paras 88–91.")],
          ("88-91", "paragraph"), id="paras-range"),
    ],
)
def test_paragraph_after_the_report(fields: list[tuple[str, str]], occurrence: tuple[str, str]) -> None:
    parsed = normalize_fields(fields)
    assert parsed.item["type"] == "legal_case"
    assert (parsed.locator, parsed.label) == occurrence


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("author", "G. Cornu,"), ("title", "La bonté du législateur"), ("volume", "RTD civ."), ("date", "1991,"),
           ("locator", "p. 283.")], {"type": "article-journal", "container-title": "RTD civ.", "volume": None},
          id="review-read-as-volume"),
        P([("author", "Y. Lequette,"), ("title", "Les mutations"), ("container-title", "RTD com."), ("date", "2002,"),
           ("locator", "p. 45.")], {"container-title": "RTD com."}, id="review-keeps-its-period"),
        # near misses: a volume's number, a word that is no review
        P([("author", "Smith,"), ("title", "Law"), ("volume", "civ."), ("date", "1991.")], {"volume": "civ"},
          id="not-a-review"),
        P([("author", "Smith,"), ("title", "Law"), ("container-title", "RTD"), ("volume", "12"), ("date", "1991.")],
          {"container-title": "RTD", "volume": "12"}, id="review-with-volume"),
    ],
)
def test_french_review(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item, _, _ = _read(fields)
    assert {key: item.get(key) for key in expected} == expected
