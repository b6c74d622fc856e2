"""The source-edition (P176), medieval-author (P177) and continental-manuscript (P178) steps on labelled fields,
independent of the tagger: a medieval source in a series of editions, an author known by a byname, a manuscript
by city, library and shelf-mark, and what the steps leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        # source-edition
        P([("author", "Einhard,"), ("title", "Vita Karoli Magni, ed. Oswald Holder-Egger, MGH SS rer. Germ."),
           ("volume", "25"), ("location", "(Hanover,"), ("date", "1911),"), ("locator", "c. 24.")],
          {"type": "book", "author": [{"family": "Einhard"}], "title": "Vita Karoli Magni",
           "collection-title": "MGH SS rer. Germ.", "collection-number": "25", "volume": None,
           "publisher-place": "Hanover"}, ("full", "24", "chapter"), id="mgh-series-in-the-title"),
        P([("title", "Gregory the Great, Moralia in Iob,"), ("editor", "ed. Marc Adriaen,"),
           ("publisher", "CCSL 143 (Turnhout,"), ("date", "1979),"), ("locator", "1.2.")],
          {"author": [{"literal": "Gregory the Great"}], "title": "Moralia in Iob", "collection-number": "143",
           "publisher": None}, ("full", "1.2", "section"), id="author-left-in-the-title"),
        P([("author", "Regino von Prüm,"), ("title", "Chronicon,"), ("editor", "hg. von Friedrich Kurze"),
           ("volume", "(MGH SS rer. Germ. 50),"), ("location", "Hannover"), ("date", "1890,"), ("locator", "S. 110.")],
          {"editor": [{"family": "Kurze", "given": "Friedrich"}], "collection-title": "MGH SS rer. Germ.",
           "issued": {"date-parts": [[1890]]}}, ("full", "110", "page"), id="german-bracketed-series"),
        P([("author", "Alcuin,"), ("title", "Epistolae,"), ("editor", "ed. Ernst Dümmler,"), ("title", "MGH Epp. 4"),
           ("date", "(Berlin, 1895),"), ("locator", "no. 41, p. 84.")],
          {"collection-title": "MGH Epp.", "collection-number": "4"}, ("full", "84", "page"), id="page-after-number"),
        P([("author", "Matthew Paris,"), ("title", "Chronica majora,"), ("editor", "ed. H. R. Luard,"),
           ("volume", "7 vols, Rolls Series 57"), ("date", "(London, 1872–83),"), ("locator", "4:112.")],
          {"number-of-volumes": "7", "issued": {"date-parts": [[1872], [1883]]}}, ("full", "4:112", "page"),
          id="volumes-and-year-range"),
        # medieval-author
        P([("author", "Hugh of Saint-Victor,"), ("title", "De sacramentis,"), ("locator", "PL 176, col. 617.")],
          {"author": [{"literal": "Hugh of Saint-Victor"}]}, None, id="of-byname"),
        P([("author", "Widukind von Corvey,"), ("title", "Res gestae Saxonicae,"), ("locator", "1.2.")],
          {"author": [{"literal": "Widukind von Corvey"}]}, None, id="listed-german-byname"),
        P([("title", "Gregory of Tours, Historiae,"), ("locator", "II.31.")],
          {"author": [{"literal": "Gregory of Tours"}], "title": "Historiae"}, None, id="author-in-the-title"),
        # continental-manuscript
        P([("author", "Sankt Gallen,"), ("collection-title", "Stiftsbibliothek, Cod. Sang. 914,"), ("locator", "p. 23.")],
          {"type": "manuscript", "archive": "Stiftsbibliothek", "archive-place": "Sankt Gallen",
           "archive_location": "Cod. Sang. 914", "author": None}, ("full", "23", "page"), id="library-and-codex"),
        P([("collection-title", "Milano, Biblioteca Ambrosiana, ms. C 5 inf.,"), ("locator", "f. 12r.")],
          {"archive": "Biblioteca Ambrosiana", "archive_location": "ms. C 5 inf."}, ("full", "12r", "folio"),
          id="italian-leaf"),
        P([("title", "St. Gallen, Stiftsarchiv, Urk."), ("volume", "I 12.")],
          {"archive": "Stiftsarchiv", "archive-place": "St. Gallen", "archive_location": "Urk. I 12"}, None,
          id="no-leaf"),
        # latin-chapter
        P([("author", "Einhard,"), ("title", "Vita Karoli,"), ("locator", "c. 25.")],
          {"title": "Vita Karoli"}, ("short", "25", "chapter"), id="chapter-of-a-latin-work"),
        P([("author", "Darduino,"), ("title", "Vita di Antonio Milledonne,"), ("locator", "c. 24.")],
          {"language": "it"}, ("short", "24", "folio"), id="italian-leaf"),
        P([("author", "T. Saraynae,"), ("title", "De origine et amplitudine Veronae."), ("date", "1540"),
           ("locator", "c. 8.")], {}, ("full", "8", "folio"), id="early-printed-leaf"),
        P([("author", "Einhard,"), ("title", "Vita Karoli,"), ("locator", "c. 25r.")],
          {}, ("short", "25r", "folio"), id="recto-is-a-leaf"),
        # what the steps leave alone
        P([("author", "Labowsky,"), ("title", "Bessarion’s Library,"), ("pages", "p. 191")],
          {"type": "book", "archive": None}, ("short", "191", "page"), id="library-in-a-short-title"),
        P([("author", "Heinrich von Sybel,"), ("title", "Geschichte der Revolutionszeit,"), ("locator", "S. 12.")],
          {"author": [{"family": "Sybel", "given": "Heinrich", "dropping-particle": "von"}]}, None,
          id="modern-von-is-a-family-name"),
        P([("author", "Jerome,"), ("title", "Epistulae,"), ("editor", "ed. Isidorus Hilberg,"), ("title", "Teubner 54"),
           ("date", "(Leipzig, 1910),"), ("locator", "189.")],
          {"collection-title": None}, None, id="unlisted-series"),
        P([("location", "Paris,"), ("publisher", "Gallimard,"), ("date", "1990,"), ("locator", "p. 12.")],
          {"type": "document", "archive": None}, None, id="imprint-is-no-library"),
    ],
)
def test_medieval_sources(fields: list[tuple[str, str]], expected: dict[str, Any],
                          occurrence: tuple[str, str, str] | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence
