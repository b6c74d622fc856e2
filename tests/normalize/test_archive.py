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
    P([("title", "Letter from Jane Addams to Mary Rozet Smith,"), ("date", "3 May 1921,"),
       ("note", "Box 4, Folder 2, Papers of Jane Addams,"), ("publisher", "Swarthmore College Peace Collection.")],
      ({"type": "letter", "title": "Letter from Jane Addams to Mary Rozet Smith",
        "issued": {"date-parts": [[1921, 5, 3]]}, "archive_location": "Box 4, Folder 2",
        "archive_collection": "Papers of Jane Addams", "archive": "Swarthmore College Peace Collection",
        "author": [{"family": "Addams", "given": "Jane"}], "recipient": [{"family": "Smith", "given": "Mary Rozet"}]},
       None, None), id="american-box-and-folder-letter"),
    P([("title", "Archivo General de Simancas, Estado, leg. 1234,"), ("locator", "fol. 5.")],
      ({"type": "manuscript", "archive": "Archivo General de Simancas", "archive_collection": "Estado",
        "archive_location": "leg. 1234"}, "5", "folio"), id="repository-read-as-a-title"),
    P([("title", "The National Archives, Kew, FO 371/19456, Chilston to Eden,"), ("date", "14 March 1936.")],
      ({"type": "manuscript", "archive": "The National Archives", "archive-place": "Kew",
        "archive_location": "FO 371/19456", "title": "Chilston to Eden",
        "issued": {"date-parts": [[1936, 3, 14]]}}, None, None),
      id="repository-shelf-mark-then-the-document"),
    P([("title", "Letter from N. I. Ezhov to I. V. Stalin, 17 September 1937, RGASPI,"), ("locator", "f. 17,"),
       ("locator", "op. 3, d. 990,"), ("locator", "l. 12.")],
      ({"type": "manuscript", "title": "Letter from N. I. Ezhov to I. V. Stalin", "archive": "RGASPI",
        "archive_location": "f. 17, op. 3, d. 990", "issued": {"date-parts": [[1937, 9, 17]]},
        "author": [{"family": "Ezhov", "given": "N. I."}], "recipient": [{"family": "Stalin", "given": "I. V."}]},
       "12", "folio"), id="letter-date-and-siglum-in-the-title"),
    P([("title", "Protokol zasedaniia,"), ("date", "1937,"), ("locator", "RGASPI,"), ("locator", "f. 17,"),
       ("locator", "op. 162,"), ("locator", "d. 21,"), ("locator", "l. 3.")],
      ({"type": "manuscript", "title": "Protokol zasedaniia", "archive": "RGASPI", "language": "ru",
        "archive_location": "f. 17, op. 162, d. 21", "issued": {"date-parts": [[1937]]}}, "3", "folio"),
      id="siglum-tagged-as-a-locator"),
    P([("other", "British Library,"), ("collection-title", "Cotton MS Nero D IV,"), ("locator", "fol. 3r.")],
      ({"type": "manuscript", "archive": "British Library", "archive_location": "Cotton MS Nero D IV"},
       "3r", "folio"), id="library-then-manuscript-shelf-mark"),
    P([("author", "Arquivo Nacional da Torre do Tombo,"), ("title", "Inquisição de Lisboa,"),
       ("locator", "proc. 1234.")],
      # (round 17: the processo's number is the document's shelf-mark, not a page cited; the archive's name
      # makes the item Portuguese)
      ({"type": "manuscript", "archive": "Arquivo Nacional da Torre do Tombo",
        "archive_collection": "Inquisição de Lisboa", "archive_location": "proc. 1234", "language": "pt"}, None, None),
      id="repository-read-as-an-author"),
    P([("other", "Geheimes Staatsarchiv Preußischer Kulturbesitz, I. HA Rep. 77, Nr. 1234, Bl. 5.")],
      ({"type": "manuscript", "archive": "Geheimes Staatsarchiv Preußischer Kulturbesitz",
        "archive_location": "I. HA Rep. 77, Nr. 1234", "language": "de"}, "5", "folio"),
      id="repository-shelf-mark-and-leaf-in-one-span"),
    P([("title", "Minutes of the Vestry,"), ("date", "12 April 1743,"), ("collection-title", "MS 2642/3,"),
       ("location", "London Metropolitan Archives.")],
      ({"type": "manuscript", "title": "Minutes of the Vestry", "issued": {"date-parts": [[1743, 4, 12]]},
        "archive_location": "MS 2642/3", "archive": "London Metropolitan Archives"}, None, None),
      id="repository-closing-the-reference"),
    P([("author", "Archivio di Stato di Venezia,"), ("title", "Mestieri e Arti a Venezia,"), ("date", "1986,"),
       ("pages", "pp. 86-87.")],
      ({"type": "book", "author": [{"literal": "Archivio di Stato di Venezia"}], "title": "Mestieri e Arti a Venezia",
        "issued": {"date-parts": [[1986]]}}, "86-87", "page"), id="catalogue-the-archive-published"),
    P([("title", "Archivio storico italiano,"), ("volume", "VI,"), ("pages", "p. 64.")],
      ({"type": "book", "title": "Archivio storico italiano", "volume": "VI"}, "64", "page"),
      id="journal-named-archivio"),
    P([("author", "TNA,"), ("locator", "FO 371/12345,"), ("locator", "f. 12.")],
      ({"type": "manuscript", "archive_location": "FO 371/12345", "archive": "TNA"}, "12", "folio"),
      id="british-department-and-piece"),
    P([("author", "NARA, RG 59,"), ("locator", "Box 3, Folder 12.")],
      ({"type": "manuscript", "archive_location": "Box 3, Folder 12", "archive": "NARA",
        "archive_collection": "RG 59"}, None, None), id="american-record-group"),
    P([("author", "TNA,"), ("locator", "PREM 3/271/2.")],
      ({"type": "manuscript", "archive_location": "PREM 3/271/2", "archive": "TNA"}, None, None),
      id="british-piece-with-item"),
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


def test_post_office_box_is_no_shelf_mark() -> None:
    assert "archive_location" not in normalize_fields([("note", "Tourin, P. O. Box 575, Duxbury")]).item
