"""The musical-work step (P161) on labelled fields, independent of the tagger: a work by its opus or
thematic-catalogue number and the passage cited ("Bach, Mass in B minor, BWV 232", "K. 550, mm. 1–20"), and
what it leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("author", "J. S. Bach,"), ("title", "Mass in B minor,"), ("locator", "BWV 232.")],
          {"type": "musical_score", "title": "Mass in B minor", "number": "BWV 232"}, ("full", None, None),
          id="bwv"),
        P([("other", "Mozart, Symphony No. 40 in"), ("author", "G minor,"), ("locator", "K. 550,"),
           ("locator", "mm. 1–20.")],
          {"author": [{"family": "Mozart"}], "title": "Symphony No. 40 in G minor", "number": "K. 550"},
          ("full", "1-20", "line"), id="koechel-measures"),
        P([("author", "Beethoven,"), ("title", "String Quartet in C-sharp minor, op."), ("locator", "131, bars 1–16.")],
          {"title": "String Quartet in C-sharp minor", "number": "op. 131"}, ("full", "1-16", "line"),
          id="opus-split-at-its-number"),
        P([("author", "Haydn,"), ("title", "Streichquartett C-Dur, Hob."), ("volume", "III:"), ("locator", "77,"),
           ("pages", "T. 5–12.")],
          {"number": "Hob. III:77", "volume": None}, ("full", "5-12", "line"), id="hoboken-takte"),
        P([("author", "Schubert, Winterreise,"), ("locator", "D. 911,"), ("locator", "no. 5.")],
          {"title": "Winterreise", "number": "D. 911"}, ("full", "5", "number"), id="deutsch-song-number"),
        P([("author", "Vivaldi,"), ("title", "Le quattro stagioni,"), ("locator", "RV 269,"), ("locator", "batt. 1–12.")],
          {"number": "RV 269"}, ("full", "1-12", "line"), id="italian-battute"),
        P([("author", "Bach,"), ("title", "Das Wohltemperierte Klavier I,"), ("locator", "BWV 846–869.")],
          {"number": "BWV 846-869"}, ("full", None, None), id="a-set-of-works"),
        P([("author", "Mozart,"), ("title", "Piano Concerto in A major, K. 488, second movement,"), ("locator", "mm. 1–12.")],
          {"title": "Piano Concerto in A major", "number": "K. 488"}, ("full", "1-12", "line"), id="movement-and-measures"),
        P([("author", "Beethoven,"), ("title", "Klaviersonate f-Moll,"), ("locator", "op. 57,"), ("locator", "1. Satz.")],
          {"number": "op. 57"}, ("full", "1", "part"), id="movement-alone"),
        # what the step leaves alone
        P([("author", "Verci,"), ("locator", "D. 95.")],
          {"type": "book", "number": None}, None, id="a-document-number-without-a-work"),
        P([("author", "Verci,"), ("title", "Cod. Eccel.,"), ("locator", "D. 103-5.")],
          {"number": None}, None, id="an-abbreviated-source-title"),
        P([("author", "Smith,"), ("title", "The Book,"), ("locator", "S. 45.")],
          {"number": None}, ("short", "45", "page"), id="a-german-page-is-no-searle-number"),
        P([("author", "Ludwig van Beethoven,"), ("title", "Piano Sonata in C minor, op."), ("locator", "13,"),
           ("editor", "ed. Barry Cooper"), ("location", "(London:"), ("publisher", "ABRSM,"), ("date", "2007).")],
          {"publisher": "ABRSM"}, None, id="a-score-with-its-imprint"),
    ],
)
def test_musical_work(fields: list[tuple[str, str]], expected: dict[str, Any],
                      occurrence: tuple[str, str | None, str | None] | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence
