"""The East-Central-archive step (P200) on labelled fields, independent of the tagger: a file in an archive of
Poland, Czechia, Slovakia, Hungary, the former Yugoslavia or the Baltic states by archive, collection, signature
and leaf, and what the step leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("author", "AAN, KC PZPR,"), ("locator", "sygn. 237/V-12,"), ("locator", "k. 45.")],
          {"type": "manuscript", "archive": "AAN", "archive_collection": "KC PZPR",
           "archive_location": "sygn. 237/V-12", "author": None}, ("full", "45", "folio"), id="karta"),
        P([("other", "NA,"), ("locator", "f. KSČ-ÚV-02/1,"), ("locator", "sv. 12,"), ("locator", "a. j. 45,"),
           ("locator", "l. 3.")],
          {"archive": "NA", "archive_location": "f. KSČ-ÚV-02/1, sv. 12, a. j. 45"}, ("full", "3", "folio"),
          id="czech-list"),
        P([("title", "Národní archiv, Praha, fond Předsednictvo ministerské rady,"), ("locator", "kart. 4123,"),
           ("locator", "inv. č. 1560.")],
          {"archive": "Národní archiv", "archive-place": "Praha",
           "archive_collection": "fond Předsednictvo ministerské rady", "archive_location": "kart. 4123, inv. č. 1560",
           "title": None}, ("full", None, None), id="city-and-fond"),
        P([("author", "MNL OL M-KS 276."), ("locator", "f. 53. cs. 12. ő. e.")],
          {"archive": "MNL OL", "archive_location": "M-KS 276. f. 53. cs. 12. ő. e."}, ("full", None, None),
          id="hungarian-without-commas"),
        P([("author", "MNL OL K 27,"), ("title", "Minisztertanácsi jegyzőkönyvek,"), ("date", "1920."),
           ("locator", "március 12.")],
          {"archive": "MNL OL", "archive_location": "K 27", "title": "Minisztertanácsi jegyzőkönyvek",
           "issued": {"date-parts": [[1920]]}}, ("full", None, None), id="description-and-date"),
        P([("author", "LVVA,"), ("date", "1986. f., 1. apr., 12. l., 45. lp.")],
          {"archive": "LVVA", "archive_location": "1986. f., 1. apr., 12. l.", "issued": None},
          ("full", "45", "folio"), id="latvian-labels-after"),
        P([("author", "ERA,"), ("locator", "f. 1,"), ("locator", "n. 2,"), ("locator", "s. 3.")],
          {"archive": "ERA", "archive_location": "f. 1, n. 2, s. 3"}, ("full", None, None), id="estonian-file-no-page"),
        P([("date", "ERAF.1.4.112,"), ("locator", "l. 23.")],
          {"archive": "ERAF", "archive_location": "1.4.112"}, ("full", "23", "folio"), id="dotted-signature"),
        P([("author", "AGAD,"), ("title", "Archiwum Radziwiłłów, dz."), ("volume", "V,"), ("locator", "nr 1234,"),
           ("locator", "s. 5.")],
          {"archive": "AGAD", "archive_collection": "Archiwum Radziwiłłów", "archive_location": "dz. V, nr 1234"},
          ("full", "5", "page"), id="roman-unit-and-page"),
        P([("title", "Archiwum Państwowe w Lublinie,"), ("other", "Rząd Gubernialny Lubelski,"), ("locator", "sygn. 12,"),
           ("locator", "k. 3v.")],
          {"archive": "Archiwum Państwowe w Lublinie", "archive_collection": "Rząd Gubernialny Lubelski",
           "archive_location": "sygn. 12"}, ("full", "3v", "folio"), id="state-archive-by-city"),
        # what the step leaves alone
        P([("author", "AAN,"), ("title", "Guide to the Collections")], {"archive": None}, None, id="no-signature"),
        P([("author", "J. Kowalski,"), ("title", "Archiwum Akt Nowych w latach 1919–1939,"), ("location", "Warszawa"),
           ("date", "1999,"), ("locator", "s. 4.")], {"archive": None, "type": "book"}, None, id="a-book-about-it"),
        P([("title", "HDA, fond 1561, kut. 12, izvještaj o stanju u kotaru, vrlo povjerljivo, bez datuma, list 4.")],
          {"archive_location": None}, None, id="a-long-description"),
    ],
)
def test_east_central_archive(fields: list[tuple[str, str]], expected: dict[str, Any],
                              occurrence: tuple[str, str | None, str | None] | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence
