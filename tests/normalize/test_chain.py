"""The whole chain on footnote citations: the seed's, and German/French/Italian/Russian ones.

Each row is the tagger's output as the contract gives it (label, span text
with its punctuation) and the whole expected result, written by hand.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param
Fields = list[tuple[str, str]]

HAGENLOH = {"family": "Hagenloh", "given": "Paul"}

SEED: list[Any] = [
    P([("signal", "See"), ("author", "Paul Hagenloh,"),
       ("title", "Stalin’s Police: Public Order, Mass Repression in the USSR, 1926–1941,"),
       ("location", "Baltimore, MD,"), ("date", "2009,"), ("locator", "p. 3.")],
      {"item": {"type": "book", "author": [HAGENLOH],
                "title": "Stalin’s Police: Public Order, Mass Repression in the USSR, 1926–1941",
                "title-short": "Stalin’s Police", "publisher-place": "Baltimore, MD",
                "issued": {"date-parts": [[2009]]}},
       "kind": "full", "locator": "3", "label": "page", "prefix": "See"}, id="note1-hagenloh"),
    P([("signal", "For the national operations, see"),
       ("title", "Nakazannyi narod: po materialam konferentsii ‘Repressii protiv rossiiskikh nemtsev v "
                 "Sovetskom Soiuze v kontekste sovetskoi natsional´noi politiki’,"),
       ("editor", "ed. Irina Shcherbakova,"), ("location", "Moscow,"), ("date", "1999;")],
      {"item": {"type": "book", "editor": [{"family": "Shcherbakova", "given": "Irina"}],
                "title": "Nakazannyi narod: po materialam konferentsii ‘Repressii protiv rossiiskikh nemtsev v "
                         "Sovetskom Soiuze v kontekste sovetskoi natsional´noi politiki’",
                "title-short": "Nakazannyi narod", "publisher-place": "Moscow",
                "issued": {"date-parts": [[1999]]}, "language": "ru"},
       "kind": "full", "prefix": "For the national operations, see"}, id="note1-nakazannyi-narod"),
    P([("title", "Repressii protiv poliakov i pol s´kikh grazhdan,"), ("editor", "ed. A. E. Gur´ ianov,"),
       ("location", "Moscow,"), ("date", "1997;")],
      {"item": {"type": "book", "editor": [{"family": "Gur´ianov", "given": "A. E."}],
                "title": "Repressii protiv poliakov i pol s´kikh grazhdan", "publisher-place": "Moscow",
                "issued": {"date-parts": [[1997]]}, "language": "ru"},
       "kind": "full"}, id="note1-repressii"),
    P([("author", "James Morris,"),
       ("title", "‘The Polish Terror: Spymania and Ethnic Cleansing in the Great Terror’,"),
       ("container-title", "Europe–Asia Studies,"), ("volume", "56,"), ("date", "2004,"), ("issue", "2,"),
       ("pages", "pp. 751–66.")],
      {"item": {"type": "article-journal", "author": [{"family": "Morris", "given": "James"}],
                "title": "The Polish Terror: Spymania and Ethnic Cleansing in the Great Terror",
                "title-short": "The Polish Terror", "container-title": "Europe–Asia Studies",
                "volume": "56", "issue": "2", "issued": {"date-parts": [[2004]]}, "page": "751-766"},
       "kind": "full"}, id="note1-morris-seer-order"),
    P([("signal", "see"), ("author", "Hagenloh,"), ("title", "Stalin’s Police,"), ("locator", "p. 6ff.")],
      {"item": {"type": "book", "author": [{"family": "Hagenloh"}], "title": "Stalin’s Police"},
       "kind": "short", "locator": "6ff.", "label": "page", "prefix": "see"}, id="note2-short-form"),
    P([("signal", "From a large body of work, see"), ("author", "Robert Conquest,"),
       ("title", "The Great Terror: Stalin’s Purge of the Thirties,"), ("location", "London,"), ("date", "1968,")],
      {"item": {"type": "book", "author": [{"family": "Conquest", "given": "Robert"}],
                "title": "The Great Terror: Stalin’s Purge of the Thirties", "title-short": "The Great Terror",
                "publisher-place": "London", "issued": {"date-parts": [[1968]]}},
       "kind": "full", "prefix": "From a large body of work, see"}, id="note3-conquest"),
    P([("author", "Adam Ulam,"), ("title", "Stalin: The Man and his Era,"), ("location", "New York,"),
       ("date", "1974.")],
      {"item": {"type": "book", "author": [{"family": "Ulam", "given": "Adam"}],
                "title": "Stalin: The Man and his Era", "title-short": "Stalin", "publisher-place": "New York",
                "issued": {"date-parts": [[1974]]}},
       "kind": "full"}, id="note3-ulam"),
    P([("signal", "See"), ("author", "Oleg Khlevniuk,"), ("title", "Master of the House: Stalin and His Inner Circle,"),
       ("location", "New Haven,")],
      {"item": {"type": "book", "author": [{"family": "Khlevniuk", "given": "Oleg"}],
                "title": "Master of the House: Stalin and His Inner Circle", "title-short": "Master of the House",
                "publisher-place": "New Haven"},
       "kind": "full", "prefix": "See"}, id="note4-khlevniuk-cut-off"),
]

LANGUAGES: list[Any] = [
    P([("signal", "Vgl."), ("author", "Hans-Ulrich Wehler,"), ("title", "Deutsche Gesellschaftsgeschichte,"),
       ("volume", "Bd. 3,"), ("location", "München"), ("date", "1995,"), ("locator", "S. 12.")],
      {"item": {"type": "book", "author": [{"family": "Wehler", "given": "Hans-Ulrich"}],
                "title": "Deutsche Gesellschaftsgeschichte", "volume": "3", "publisher-place": "München",
                "issued": {"date-parts": [[1995]]}, "language": "de"},
       "kind": "full", "locator": "12", "label": "page", "prefix": "Vgl."}, id="de-book-volume"),
    P([("author", "Müller, Hans:"), ("title", "„Die Reform der Verwaltung“,"),
       ("container-title", "in: Historische Zeitschrift"), ("volume", "Bd. 250, H. 2"), ("date", "(1990),"),
       ("pages", "S. 301–325,"), ("locator", "hier S. 310.")],
      {"item": {"type": "article-journal", "author": [{"family": "Müller", "given": "Hans"}],
                "title": "Die Reform der Verwaltung", "container-title": "Historische Zeitschrift",
                "volume": "250", "issue": "2", "issued": {"date-parts": [[1990]]}, "page": "301-325",
                "language": "de"},
       "kind": "full", "locator": "310", "label": "page"}, id="de-article-hier"),
    P([("author", "Reinhart Koselleck (Hrsg.),"), ("title", "Studien zum Beginn der modernen Welt,"),
       ("location", "Stuttgart"), ("edition", "2. Aufl."), ("date", "1977.")],
      {"item": {"type": "book", "editor": [{"family": "Koselleck", "given": "Reinhart"}],
                "title": "Studien zum Beginn der modernen Welt", "publisher-place": "Stuttgart", "edition": "2",
                "issued": {"date-parts": [[1977]]}, "language": "de"},
       "kind": "full"}, id="de-hrsg-aufl"),
    P([("backref", "Ebd.,"), ("locator", "S. 45.")],
      {"item": {"type": "document"}, "kind": "ibid", "locator": "45", "label": "page"}, id="de-ebd"),
    P([("signal", "Voir"), ("author", "Marc Bloch,"), ("title", "La Société féodale,"), ("location", "Paris,"),
       ("publisher", "Albin Michel,"), ("edition", "3e éd.,"), ("date", "1968,"), ("locator", "p. 45.")],
      {"item": {"type": "book", "author": [{"family": "Bloch", "given": "Marc"}], "title": "La Société féodale",
                "publisher-place": "Paris", "publisher": "Albin Michel", "edition": "3",
                "issued": {"date-parts": [[1968]]}, "language": "fr"},
       "kind": "full", "locator": "45", "label": "page", "prefix": "Voir"}, id="fr-book"),
    P([("author", "Bloch,"), ("backref", "op. cit.,"), ("locator", "p. 12.")],
      {"item": {"type": "document", "author": [{"family": "Bloch"}]}, "kind": "op-cit", "locator": "12",
       "label": "page"}, id="fr-op-cit"),
    P([("author", "C. Agnoletti,"), ("title", "Treviso e le sue pievi. Illustrazione storica,"),
       ("location", "Treviso"), ("date", "1898,"), ("volume", "2 v.")],
      {"item": {"type": "book", "author": [{"family": "Agnoletti", "given": "C."}],
                "title": "Treviso e le sue pievi. Illustrazione storica", "title-short": "Treviso e le sue pievi",
                "publisher-place": "Treviso", "issued": {"date-parts": [[1898]]}, "number-of-volumes": "2",
                "language": "it"},
       "kind": "full"}, id="it-book-volumes"),
    P([("author", "G. Cozzi,"), ("title", "La politica del diritto,"), ("editor", "a cura di M. Knapton,"),
       ("location", "Torino"), ("date", "1982,"), ("pages", "pp. 12-15.")],
      {"item": {"type": "book", "author": [{"family": "Cozzi", "given": "G."}],
                "editor": [{"family": "Knapton", "given": "M."}], "title": "La politica del diritto",
                "publisher-place": "Torino", "issued": {"date-parts": [[1982]]},
                "language": "it"},
       "kind": "full", "locator": "12-15", "label": "page"}, id="it-a-cura-di-cited-range"),
    P([("author", "Cozzi,"), ("title", "La politica"), ("backref", "cit.,"), ("pages", "p. 20.")],
      {"item": {"type": "book", "author": [{"family": "Cozzi"}], "title": "La politica"}, "kind": "op-cit",
       "locator": "20", "label": "page"}, id="it-cit"),
    P([("backref", "Ivi,"), ("pages", "p. 5.")],
      {"item": {"type": "document"}, "kind": "ibid", "locator": "5", "label": "page"}, id="it-ivi"),
    P([("other", "RGASPI,"), ("locator", "f. 17, op. 162, d. 21, l. 80.")],
      {"item": {"type": "manuscript", "archive": "RGASPI", "archive_location": "f. 17, op. 162, d. 21",
                "language": "ru"},
       "kind": "full", "locator": "80", "label": "folio"}, id="ru-archive"),
    P([("author", "O. V. Khlevniuk,"), ("title", "Politbiuro: mekhanizmy politicheskoi vlasti v 1930-e gody,"),
       ("location", "Moscow,"), ("date", "1996,"), ("locator", "s. 12.")],
      {"item": {"type": "book", "author": [{"family": "Khlevniuk", "given": "O. V."}],
                "title": "Politbiuro: mekhanizmy politicheskoi vlasti v 1930-e gody", "title-short": "Politbiuro",
                "publisher-place": "Moscow", "issued": {"date-parts": [[1996]]},
                "language": "ru"},
       "kind": "full", "locator": "12", "label": "page"}, id="ru-transliterated"),
    P([("author", "Smith,"), ("backref", "supra"), ("locator", "note 3,"), ("locator", "at 755.")],
      {"item": {"type": "document", "author": [{"family": "Smith"}], "first-reference-note-number": "3"},
       "kind": "supra", "locator": "755", "label": "page"}, id="en-supra-note-at"),
]

DEFAULTS = {"kind": "full", "locator": None, "label": None, "prefix": None, "suffix": None}


def result(fields: Fields, prev: dict[str, Any] | None = None) -> dict[str, Any]:
    parsed = normalize_fields(fields, prev=prev)
    assert parsed.diagnostics == []
    return {"item": parsed.item, "kind": parsed.kind, "locator": parsed.locator, "label": parsed.label,
            "prefix": parsed.prefix, "suffix": parsed.suffix}


@pytest.mark.parametrize(("fields", "expected"), SEED + LANGUAGES)
def test_whole_chain(fields: Fields, expected: dict[str, Any]) -> None:
    assert result(fields) == {**DEFAULTS, **expected}


def test_previous_author_dashes() -> None:
    prev = normalize_fields([("author", "Paul Hagenloh,"), ("title", "Stalin’s Police,")]).item
    out = result([("author", "———,"), ("title", "Another Book,"), ("location", "Oxford,"), ("date", "2012.")], prev)
    assert out["item"]["author"] == [HAGENLOH]


def test_seed_rows_are_the_seed_citations(seed_text: str) -> None:
    """The rows above are the seed's citations as a tagger would split them."""
    flat = re.sub(r"\s+", " ", seed_text)
    for row in SEED:
        text = " ".join(t for _, t in row.values[0])
        assert text.rstrip(".;") in flat, text



#: what a tagger makes of the seed when it cuts a span in the wrong place; the
#: chain repairs the cuts that have one reading only
TAGGER_SLIPS: list[Any] = [
    P([("signal", "See"), ("author", "Paul Hagenloh,"),
       ("title", "Stalin’s Police: Public Order, Mass Repression in the USSR,"), ("volume", "1926–1941,"),
       ("location", "Baltimore, MD,"), ("date", "2009,"), ("pages", "p. 3.")],
      {"title": "Stalin’s Police: Public Order, Mass Repression in the USSR, 1926–1941", "volume": None,
       "issued": {"date-parts": [[2009]]}}, id="years-tagged-volume"),
    P([("author", "Paul Hagenloh,"), ("title", "Stalin’s Police: Public Order, Mass Repression in the USSR,"),
       ("date", "1926–1941,"), ("location", "Baltimore, MD,"), ("date", "2009,")],
      {"title": "Stalin’s Police: Public Order, Mass Repression in the USSR, 1926–1941", "original-date": None,
       "issued": {"date-parts": [[2009]]}}, id="years-tagged-date"),
    P([("title", "Nakazannyi narod: po materialam konferentsii"),
       ("title", "‘Repressii protiv rossiiskikh nemtsev v kontekste sovetskoi natsional´noi politiki’,"),
       ("container-title", "ed. Irina Shcherbakova,"), ("location", "Moscow,"), ("date", "1999")],
      {"title": "Nakazannyi narod: po materialam konferentsii ‘Repressii protiv rossiiskikh nemtsev v kontekste "
                "sovetskoi natsional´noi politiki’",
       "editor": [{"family": "Shcherbakova", "given": "Irina"}], "container-title": None, "type": "book"},
      id="title-cut-in-two-and-editor-tagged-container"),
    P([("author", "Oleg Khlevniuk,"), ("title", "Master of the House:"),
       ("container-title", "Stalin and His Inner Circle,"), ("location", "New Haven,")],
      {"title": "Master of the House: Stalin and His Inner Circle", "container-title": None, "type": "book"},
      id="subtitle-tagged-container"),
    P([("author", "Smith,"), ("title", "A History of Rome,"), ("volume", "1926–1941")],
      {"title": "A History of Rome, 1926–1941", "volume": None}, id="years-after-title-without-date"),
    P([("title", "‘Ascribing Class’,"), ("container-title", "Journal of Modern History"), ("volume", "1990-1991")],
      {"title": "Ascribing Class", "volume": "1990-1991"}, id="volume-range-in-a-journal-stays"),
]


@pytest.mark.parametrize(("fields", "expected"), TAGGER_SLIPS)
def test_tagger_slips_repaired(fields: Fields, expected: dict[str, Any]) -> None:
    item = normalize_fields(fields).item
    assert {k: item.get(k) for k in expected} == expected
