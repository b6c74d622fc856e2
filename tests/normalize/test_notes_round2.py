"""Table tests for the rules added for footnote forms of German law, GOST and German/French series.

Each row is a tagger's fields (as it labels such notes) and what the chain must make of them.
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields


def _read(fields: list[tuple[str, str]]) -> dict[str, Any]:
    parsed = normalize_fields(fields)
    return {**parsed.item, "@kind": parsed.kind, "@locator": parsed.locator, "@label": parsed.label}


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        # German periodical: year, first page (read as a volume), bracketed pinpoint (read as an issue)
        (
            [("author", "Sonnberger,"), ("container-title", "JZ"), ("date", "1990,"), ("volume", "12"), ("issue", "(15).")],
            {"container-title": "JZ", "page": "12", "@locator": "15", "@label": "page"},
        ),
        (
            [("author", "Falk,"), ("container-title", "NJW"), ("date", "1985,"), ("volume", "2301"), ("issue", "(2303 f.)")],
            {"page": "2301", "@locator": "2303 f."},
        ),
        # a true issue (smaller than the number before it) stays the issue
        (
            [("container-title", "Francia"), ("date", "1990,"), ("volume", "12"), ("issue", "(3)")],
            {"volume": "12", "issue": "3", "@locator": None},
        ),
        # the year must stand alone between the journal and the number
        (
            [("container-title", "Past and Present"), ("volume", "12"), ("date", "1990,"), ("issue", "(15)")],
            {"volume": "12", "issue": "15"},
        ),
        # chapter: first page, then the cited page in brackets
        (
            [("title", "Treu und Glauben,"), ("container-title", "in: FS für Horst Lang,"), ("location", "München"),
             ("date", "1998,"), ("pages", "S. 211"), ("locator", "(215).")],
            {"page": "211", "@locator": "215", "@label": "page"},
        ),
        # a bracketed page before the first is not the page cited in it
        (
            [("title", "Treu und Glauben,"), ("container-title", "in: FS für Horst Lang,"), ("pages", "S. 211"),
             ("locator", "(15).")],
            {"@locator": "211"},
        ),
        # "(= Series, Bd. 5)": the equals sign is not part of the series' name
        (
            [("title", "Städtische Armenfürsorge in Franken"), ("collection-title", "(= Studien zur fränkischen Geschichte, Bd. 5),"),
             ("location", "Würzburg"), ("date", "1994,")],
            {"collection-title": "Studien zur fränkischen Geschichte", "collection-number": "5"},
        ),
        # GOST: the year after the journal's title
        (
            [("author", "Zimin A. A."), ("title", "Reformy Ivana Groznogo"), ("container-title", "Voprosy istorii. 1958."),
             ("issue", "No 3."), ("pages", "S. 10–25.")],
            {"container-title": "Voprosy istorii", "issued": {"date-parts": [[1958]]}, "issue": "3"},
        ),
        # … but a date span wins, and the title keeps its period-and-number
        (
            [("title", "Studies"), ("container-title", "Europe. 1500"), ("date", "1990")],
            {"container-title": "Europe. 1500", "issued": {"date-parts": [[1990]]}},
        ),
        # GOST: statement of responsibility, volume, book and imprint inside the title span
        (
            [("title", "Istoriia Moskvy / pod red. S. V. Bakhrushina. T. 2. Kn. 1. M.: Izd-vo AN SSSR,"),
             ("date", "1953."), ("locator", "S. 77.")],
            {"title": "Istoriia Moskvy", "volume": "2", "part": "1", "publisher-place": "M.",
             "publisher": "Izd-vo AN SSSR", "editor": [{"family": "Bakhrushina", "given": "S. V."}]},
        ),
        (
            [("title", "Dokumenty po istorii Novgoroda / sost. L. V. Cherepnin. M.,"), ("date", "1949.")],
            {"title": "Dokumenty po istorii Novgoroda", "publisher-place": "M.",
             "compiler": [{"family": "Cherepnin", "given": "L. V."}]},
        ),
        (
            [("author", "Smirnov I. I."), ("title", "Ocherki politicheskoi istorii. M.; L.: Izd-vo AN SSSR,"), ("date", "1958.")],
            {"title": "Ocherki politicheskoi istorii", "publisher-place": "M.; L.", "publisher": "Izd-vo AN SSSR"},
        ),
        # a capital after an abbreviation, no publisher: not a GOST place ("L." for Leningrad)
        (
            [("title", "Letters to Mr. L."), ("date", "1958.")],
            {"title": "Letters to Mr. L.", "publisher-place": None},
        ),
        # a medieval source in its edition, by siglum and volume: a full citation, the columns cited
        (
            [("author", "Gregorius Magnus,"), ("title", "Registrum epistolarum, PL 77,"), ("locator", "col. 1075.")],
            {"type": "chapter", "title": "Registrum epistolarum", "container-title": "PL", "volume": "77",
             "@kind": "full", "@locator": "1075", "@label": "column"},
        ),
        (
            [("title", "PG 120,"), ("locator", "796-816.")],
            {"container-title": "PG", "volume": "120", "page": None, "@kind": "full", "@locator": "796-816"},
        ),
        ([("title", "MGH SS 7,"), ("locator", "p. 12.")], {"container-title": "MGH SS", "volume": "7"}),
        # a siglum must stand alone after a comma: "APL 3" is not the Patrologia
        ([("title", "Notes on APL 3"), ("locator", "p. 12.")], {"title": "Notes on APL 3", "container-title": None}),
        # "n.s." between the journal and its volume is not part of the journal's name
        (
            [("title", "Mercanti,"), ("container-title", "in «Archivio storico italiano»,"), ("container-title", "n.s.,"),
             ("volume", "148"), ("date", "(1990),")],
            {"container-title": "Archivio storico italiano", "volume": "148"},
        ),
        # the work's range, then a marked pinpoint, in one span
        (
            [("title", "La dote,"), ("container-title", "Quaderni storici,"), ("volume", "25"), ("date", "(1990),"),
             ("locator", "pp. 11-40, in part. p. 20.")],
            {"page": "11-40", "@locator": "20", "@label": "page"},
        ),
        (
            [("title", "Zur Geschichte,"), ("container-title", "HZ"), ("volume", "250"), ("date", "(1990),"),
             ("pages", "S. 3–20, hier S. 7.")],
            {"page": "3-20", "@locator": "7"},
        ),
        # … two pages cited stay the locator
        (
            [("title", "La dote,"), ("container-title", "Quaderni storici,"), ("volume", "25"), ("locator", "pp. 11-40, 55.")],
            {"@locator": "11-40, 55"},
        ),
        # the series after the publisher (guillemets taken off by the parser, or kept)
        (
            [("title", "Histoire des institutions,"), ("location", "Paris,"), ("publisher", "PUF,"), ("title", "Quadrige"),
             ("date", "1990,")],
            {"title": "Histoire des institutions", "collection-title": "Quadrige"},
        ),
        (
            [("title", "Histoire,"), ("location", "Paris,"), ("publisher", "PUF,"), ("title", "« Quadrige »,"), ("date", "1990")],
            {"title": "Histoire", "collection-title": "Quadrige"},
        ),
        # … but not a place named after the publisher ("Universidad de Sevilla, Écija, 1988")
        (
            [("title", "Epigrafía,"), ("publisher", "Universidad de Sevilla"), ("title", "Écija"), ("date", "1988")],
            {"collection-title": None},
        ),
        # two given names: the usual order ("Louise" and "Martin" are both given names)
        ([("author", "Louise Martin,"), ("title", "Les confréries")], {"author": [{"family": "Martin", "given": "Louise"}]}),
        # "Ukaz. soch." (Russian "op. cit.") read as a title
        ([("title", "Ukaz. soch."), ("locator", "S. 50.")], {"@kind": "op-cit", "@locator": "50"}),
    ],
)
def test_round2_rules(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    got = _read(fields)
    assert {key: got.get(key) for key in expected} == expected
    if "@kind" in expected and expected["@kind"] == "op-cit":
        assert "title" not in got
