"""Round 15's widenings of existing steps on labelled fields (art history and musicology): catalogue numbers
and measures as locators (pages step), the page cited read as a volume before a figure (pages step) or closing
a short citation (short-form step), composers' collected editions by siglum (standard-edition step), a
catalogue's number after a book's imprint (volume step), letters between people with particles in their names
(names step) and letters printed in editions, with the place they were written at (letter step)."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("backref", "Ibid.,"), ("locator", "no. 45.")], {}, ("ibid", "45", "number"), id="ibid-number"),
        P([("author", "Wildenstein"), ("date", "1996,"), ("locator", "no. 1234.")],
          {}, ("short", "1234", "number"), id="catalogue-raisonne-number"),
        P([("author", "Ulrich Großmann (Hg.),"), ("title", "Meisterzeichnungen, Ausst.-Kat."), ("location", "Ostfildern"),
           ("date", "1997,"), ("locator", "Kat.-Nr. 34.")],
          {}, ("full", "34", "number"), id="kat-nr"),
        P([("author", "Wethey,"), ("title", "The Paintings of Titian,"), ("locator", "cat. no. 45.")],
          {}, ("short", "45", "number"), id="cat-no"),
        P([("author", "Friedländer,"), ("title", "Die altniederländische Malerei,"), ("volume", "Bd. 4,"),
           ("locator", "Nr. 12.")],
          {"volume": "4"}, ("short", "12", "number"), id="nr-after-volume"),
        P([("author", "Kessler,"), ("title", "Sonata in D Minor,"), ("locator", "mm. 34–40.")],
          {}, ("short", "34-40", "line"), id="measures"),
        P([("author", "Lamm,"), ("title", "“Bach und die Choraltradition,”"), ("container-title", "Bach-Jahrbuch"),
           ("volume", "71,"), ("locator", "no. 4.")],
          {"issue": "4"}, None, id="a-journal-issue-stays-an-issue"),
        P([("author", "Michael Baxandall,"), ("title", "Painting and Experience,"), ("location", "(Oxford:"),
           ("publisher", "Oxford University Press,"), ("date", "1988),"), ("volume", "45,"), ("locator", "fig. 12.")],
          {"volume": None}, ("full", "45", "page"), id="page-before-figure"),
        P([("author", "Svetlana Alpers,"), ("title", "The Art of Describing"), ("location", "(Chicago:"),
           ("publisher", "University of Chicago Press,"), ("date", "1983),"), ("volume", "45,"), ("pages", "pl. 3.")],
          {"volume": None, "page": None}, ("full", "45", "page"), id="page-before-plate"),
        P([("author", "Hans Belting,"), ("title", "Bild und Kult,"), ("location", "München"), ("date", "1990,"),
           ("locator", "S. 45, Abb. 12.")],
          {}, ("full", "45", "page"), id="page-and-figure-in-one-span"),
        P([("author", "Baxandall,"), ("title", "Painting and Experience,"), ("volume", "48.")],
          {"volume": None}, ("short", "48", "page"), id="page-read-as-volume"),
        P([("author", "Lane, Mueller,"), ("title", "Money and Banking,"), ("volume", "1")],
          {"volume": "1"}, ("full", None, None), id="volume-without-the-notes-full-stop"),
        P([("locator", "NMA II/5/19, 112.")],
          {"container-title": "NMA", "volume": "II/5/19"}, ("full", "112", "page"), id="mozart-ausgabe"),
        P([("author", "Vincent van Gogh to Theo van Gogh,"), ("date", "8 September 1888,"),
           ("container-title", "in The Letters,"), ("editor", "ed. Leo Jansen"), ("date", "2009),")],
          {"type": "letter", "author": [{"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"}],
           "recipient": [{"family": "Gogh", "given": "Theo", "non-dropping-particle": "van"}]}, None,
          id="letter-between-names-with-particles"),
        P([("title", "Mozart an Leopold Mozart, Wien,"), ("volume", "4."), ("date", "April 1787,"),
           ("container-title", "in: Mozart. Briefe und Aufzeichnungen,"), ("author", "hg. von Wilhelm A. Bauer,"),
           ("volume", "Bd. 4,"), ("location", "Kassel"), ("date", "1963,"), ("locator", "S. 41.")],
          {"type": "letter", "title": "Mozart an Leopold Mozart", "recipient": [{"family": "Mozart", "given": "Leopold"}],
           "container-title": "Mozart. Briefe und Aufzeichnungen", "editor": [{"family": "Bauer", "given": "Wilhelm A."}],
           "issued": {"date-parts": [[1963]]}, "original-date": {"date-parts": [[1787, 4, 4]]}, "volume": "4",
           "page": None}, ("full", "41", "page"), id="german-letter-with-its-place-in-an-edition"),
        P([("author", "Debussy à Pierre Louÿs,"), ("date", "27 mars 1895,"), ("other", "dans"),
           ("author", "Claude Debussy,"), ("title", "Correspondance 1872-1918,"), ("editor", "éd. François Lesure,"),
           ("location", "Paris,"), ("publisher", "Gallimard,"), ("date", "2005,"), ("locator", "p. 245.")],
          {"type": "letter", "container-title": "Correspondance 1872-1918", "container-author": [
              {"family": "Debussy", "given": "Claude"}], "publisher": "Gallimard"}, ("full", "245", "page"),
          id="french-letter-dans-an-edition"),
        P([("author", "Keynes to Hayek,"), ("location", "Cambridge,"), ("date", "8 March 1933,"),
           ("publisher", "Hayek Papers,"), ("locator", "Box 1.")],
          {"container-title": None, "original-date": None}, None, id="an-archived-letter-with-a-place-is-left-alone"),
    ],
)
def test_round15_rules(fields: list[tuple[str, str]], expected: dict[str, Any],
                       occurrence: tuple[str, str | None, str | None] | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence
