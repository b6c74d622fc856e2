"""The East-Central numbering step (P204) on labelled fields: the volume, issue and edition words the tagger read
as the pinpoint ("R. 70", "nr 2", "z. 4", "roč. 5", "č. 1", "4. sz.", "br. 3", "wyd. 2", "knj. 2"), a Czech
journal read into the title, "45. lpp.", and what the step leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("author", "J. Żarnowski,"), ("title", "Struktura społeczna inteligencji,"),
           ("container-title", "„Kwartalnik Historyczny”"), ("date", "1963,"), ("locator", "R. 70,"), ("locator", "nr 2,"),
           ("pages", "s. 321–340.")],
          {"volume": "70", "issue": "2", "page": "321-340"}, ("full", None, None), id="rocznik-numer"),
        P([("author", "T. Kizwalter,"), ("title", "Nowoczesność narodu,"), ("container-title", "„Przegląd Historyczny”"),
           ("date", "1999,"), ("volume", "t. 90,"), ("locator", "z. 4,"), ("pages", "s. 507–521,"), ("locator", "s. 510.")],
          {"volume": "90", "issue": "4", "page": "507-521"}, ("full", "510", "page"), id="zeszyt-and-pinpoint"),
        P([("author", "Jiří Kocian,"), ("title", "Československá sociální demokracie,"),
           ("title", "Český časopis historický 97,"), ("date", "1999,"), ("locator", "č. 2,"), ("pages", "s. 301–330.")],
          {"type": "article-journal", "title": "Československá sociální demokracie",
           "container-title": "Český časopis historický", "volume": "97", "issue": "2", "page": "301-330"},
          ("full", None, None), id="czech-journal-in-title"),
        P([("author", "Z. Kárník,"), ("title", "K počátkům KSČ, Soudobé dějiny, roč."), ("volume", "5,"), ("date", "1998,"),
           ("locator", "č. 1,"), ("pages", "s. 7–26.")],
          {"title": "K počátkům KSČ", "container-title": "Soudobé dějiny", "volume": "5", "issue": "1"},
          ("full", None, None), id="rocnik-in-title"),
        P([("author", "Ránki György:"), ("title", "Gazdaság és külpolitika."), ("container-title", "Századok"),
           ("volume", "105"), ("date", "(1971)"), ("locator", "4. sz. 823–850.")],
          {"volume": "105", "issue": "4", "page": "823-850"}, ("full", None, None), id="hungarian-szam"),
        P([("author", "Tihomir Cipek,"), ("title", "„Ideja hrvatske države“"), ("container-title", "Časopis za suvremenu povijest"),
           ("volume", "33"), ("date", "(2001),"), ("container-title", "br."), ("volume", "3:"), ("pages", "691–710.")],
          {"container-title": "Časopis za suvremenu povijest", "volume": "33", "issue": "3"}, None, id="broj"),
        P([("author", "H. Wereszycki,"), ("title", "Historia polityczna Polski,"), ("locator", "wyd. 2,"),
           ("location", "Wrocław"), ("date", "1990,"), ("locator", "s. 203.")],
          {"edition": "2"}, ("full", "203", "page"), id="wydanie"),
        P([("author", "Branko Petranović,"), ("title", "Istorija Jugoslavije,"), ("locator", "knj. 2,"),
           ("location", "Beograd:"), ("publisher", "Nolit,"), ("date", "1988,"), ("locator", "str. 67.")],
          {"volume": "2"}, ("full", "67", "page"), id="knjiga"),
        P([("author", "Aivars Stranga,"), ("title", "Latvijas vēsture,"), ("location", "Rīga:"), ("date", "1997,"),
           ("locator", "45. lpp.")], {}, ("full", "45", "page"), id="latvian-page"),
        # what the step leaves alone
        P([("title", "Akten zur deutschen auswärtigen Politik,"), ("volume", "Bd. 3,"), ("locator", "Nr. 45.")],
          {"issue": None}, None, id="a-document-number"),
        P([("author", "J. Kowalski,"), ("title", "Studia, szkice, eseje,"), ("location", "Warszawa"), ("date", "1999,"),
           ("locator", "nr 5,"), ("pages", "s. 3–40.")], {"container-title": None, "issue": None}, None,
          id="no-journal-no-issue"),
    ],
)
def test_east_central_numbering(fields: list[tuple[str, str]], expected: dict[str, Any],
                                occurrence: tuple[str, str | None, str | None] | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence
