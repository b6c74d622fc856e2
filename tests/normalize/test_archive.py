"""Archival references: repository, series, shelf-mark, folio."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param

CASES = [
    P([("other", "GARF,"), ("locator", "f. 5446, op. 1, d. 23, l. 4.")],
      ({"type": "manuscript", "archive": "GARF", "archive_location": "f. 5446, op. 1, d. 23",
        "language": "ru"}, "4", "folio"),
      id="russian-fond-opis-delo-list"),
    P([("other", "RGVA,"), ("locator", "f. 37837,"), ("locator", "op. 21,"), ("locator", "d. 119,"),
       ("locator", "ll. 1–3.")],
      ({"type": "manuscript", "archive": "RGVA", "archive_location": "f. 37837, op. 21, d. 119",
        "language": "ru"}, "1-3", "folio"),
      id="russian-split-spans"),
    P([("other", "ASV,"), ("collection-title", "Senato Misti,"), ("locator", "reg. 12,"), ("locator", "c. 34r.")],
      ({"type": "manuscript", "archive": "ASV", "archive_collection": "Senato Misti",
        "archive_location": "reg. 12"}, "34r", "folio"), id="venetian-register-carta"),
    P([("collection-title", "Milizia da mar,"), ("locator", "b. 454,"), ("title", "censimento.")],
      ({"type": "manuscript", "title": "censimento", "archive_collection": "Milizia da mar",
        "archive_location": "b. 454"}, None, None), id="busta"),
    P([("other", "ASV,"), ("collection-title", "Senato Terra,"), ("locator", "Filza 70,"), ("date", "4 Settembre 1576.")],
      ({"type": "manuscript", "archive": "ASV", "archive_collection": "Senato Terra", "archive_location": "Filza 70",
        "issued": {"date-parts": [[1576, 9, 4]]}}, None, None), id="filza-as-written"),
    P([("collection-title", "AN,"), ("locator", "b. 247,"), ("locator", "fol. 109r.")],
      ({"type": "manuscript", "archive_collection": "AN", "archive_location": "b. 247"}, "109r", "folio"),
      id="busta-folio"),
    P([("author", "GARF,"), ("locator", "f. R-9401,"), ("locator", "op. 1, d. 4157,"), ("locator", "l. 202.")],
      ({"type": "manuscript", "archive_location": "f. R-9401, op. 1, d. 4157", "archive": "GARF",
        "language": "ru"}, "202", "folio"),
      id="lettered-fond-siglum-tagged-author"),
    P([("author", "TsGAIPD SPb,"), ("locator", "f. 24, op. 2v, d. 12, l. 3.")],
      ({"type": "manuscript", "archive_location": "f. 24, op. 2v, d. 12", "archive": "TsGAIPD SPb",
        "language": "ru"}, "3", "folio"),
      id="two-word-siglum"),
    P([("author", "Beria,"), ("title", "report to Stalin,"), ("other", "GARF,"),
       ("locator", "f. 9401, op. 2, d. 64, l. 7.")],
      ({"type": "manuscript", "author": [{"family": "Beria"}], "title": "report to Stalin",
        "archive_location": "f. 9401, op. 2, d. 64", "archive": "GARF"}, "7", "folio"),
      id="document-author-stays"),
    P([("other", "Archivio di Stato di Venezia (d'ora in poi ASV),"), ("collection-title", "Consiglio dei dieci,"),
       ("locator", "reg. 12,"), ("locator", "c. 34v.")],
      ({"type": "manuscript", "archive_location": "reg. 12", "archive_collection": "Consiglio dei dieci",
        "archive": "Archivio di Stato di Venezia", "language": "it"}, "34v", "folio"), id="archive-named-in-full-with-its-siglum"),
]


@pytest.mark.parametrize(("fields", "expected"), CASES)
def test_archive(fields: list[tuple[str, str]], expected: tuple[Any, ...]) -> None:
    parsed = normalize_fields(fields)
    assert (parsed.item, parsed.locator, parsed.label) == expected


def test_line_outside_archive_stays_line() -> None:
    parsed = normalize_fields([("title", "Paradise Lost,"), ("locator", "l. 12.")])
    assert (parsed.locator, parsed.label) == ("12", "line")
    assert "archive_location" not in parsed.item


def test_margin_number_letter_is_no_busta() -> None:
    parsed = normalize_fields([("author", "Staudinger/Hager,"), ("locator", "§ 823 Rn. B 12.")])
    assert "archive_location" not in parsed.item
    parsed = normalize_fields([("collection-title", "Atti dei capitoli generali,"), ("locator", "B 45,")])
    assert parsed.item["archive_location"] == "B. 45"


def test_from_in_a_note_is_not_a_fond() -> None:
    parsed = normalize_fields([("title", "A"), ("note", "Retrieved from"), ("pages", "12-20")])
    assert "archive_location" not in parsed.item
