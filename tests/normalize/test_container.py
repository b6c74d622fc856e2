"""Container and series titles."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize.base import Context, ItemState
from citekit.normalize.container import Container

P = pytest.param


def run(fields: list[tuple[str, str]]) -> dict[str, Any]:
    state = ItemState.from_fields(fields)
    Container()(state, Context())
    return state.item


CASES = [
    P([("container-title", "Europe–Asia Studies,")], {"container-title": "Europe–Asia Studies"}, id="journal"),
    P([("container-title", "in: Historische Zeitschrift")], {"container-title": "Historische Zeitschrift"},
      id="in-colon"),
    P([("container-title", "In Proceedings of the IEEE Symposium,")],
      {"container-title": "Proceedings of the IEEE Symposium"}, id="in-space"),
    P([("container-title", "dans Annales,")], {"container-title": "Annales"}, id="dans"),
    P([("container-title", "Vand. L. Rev.")], {"container-title": "Vand. L. Rev."}, id="abbreviated-kept"),
    P([("container-title", "Econom. Studies Quart.")], {"container-title": "Econom. Studies Quart."},
      id="abbreviated-long-words"),
    P([("container-title", "Studies in East European Thought.")],
      {"container-title": "Studies in East European Thought"}, id="sentence-period-off"),
    P([("container-title", "Indiana University")], {"container-title": "Indiana University"},
      id="in-prefix-not-word-start"),
    P([("author", "Luhmann,"), ("container-title", "Rechtssoziologie,"), ("edition", "2. Aufl."),
       ("date", "1983,"), ("locator", "S. 239.")],
      {"title": "Rechtssoziologie"}, id="lone-container-with-an-edition-is-the-book"),
    P([("author", "Meier,"), ("container-title", "NJW"), ("location", "Berlin"), ("pages", "1234")],
      {"container-title": "NJW"}, id="lone-container-with-pages-stays-the-journal"),
    P([("container-title", "in: Handbuch,"), ("location", "Berlin")],
      {"container-title": "Handbuch"}, id="lone-container-after-in-stays"),
    P([("author", "Wehler,"), ("container-title", "Deutsche Gesellschaftsgeschichte,"), ("volume", "Bd. 3,"),
       ("location", "München"), ("date", "1995,"), ("locator", "S. 412 f.")],
      {"title": "Deutsche Gesellschaftsgeschichte"},
      id="lone-container-with-a-volume-and-a-place-is-the-book"),
    P([("container-title", "Past and Present"), ("volume", "59"), ("date", "(1973)")],
      {"container-title": "Past and Present"}, id="lone-container-with-a-volume-and-no-imprint-stays"),
    P([("title", "Arbeitsrecht in Dänemark,"), ("container-title", "in Henssler/Braun, Arbeitsrecht in Europa")],
      {"container-title": "Arbeitsrecht in Europa", "editor": [{"family": "Henssler"}, {"family": "Braun"}]},
      id="slashed-surnames-before-the-book-are-its-editors"),
    P([("title", "Grenzen,"), ("container-title", "in: Hinte/Steinhauer (Hrsg.), Die Digitale Bibliothek")],
      {"container-title": "Die Digitale Bibliothek", "editor": [{"family": "Hinte"}, {"family": "Steinhauer"}]},
      id="slashed-surnames-with-hrsg"),
    P([("title", "Input/Output,"), ("container-title", "in Journal of Systems")],
      {"container-title": "Journal of Systems"}, id="a-slash-in-the-title-is-no-editor"),
    P([("collection-title", "coll. « Bibliothèque des histoires »,")],
      {"collection-title": "Bibliothèque des histoires"}, id="series-cue-and-guillemets-off"),
    P([("collection-title", "(UTB; 1975).")], {"collection-title": "UTB", "collection-number": "1975"},
      id="series-number-semicolon"),
    P([("collection-title", "(Fonti per la storia di Venezia, 5)")],
      {"collection-title": "Fonti per la storia di Venezia", "collection-number": "5"}, id="series-number-comma"),
    P([("collection-title", "7 vols,")], {"number-of-volumes": "7"}, id="volume-count-is-no-series"),
    P([("collection-title", "(rist. anast. Bologna 1983),")], {"note": "rist. anast. Bologna 1983"},
      id="reprint-is-no-series"),
    P([("container-title", "Logeion: A Journal of Ancient Theatre Vol.")],
      {"container-title": "Logeion: A Journal of Ancient Theatre"}, id="volume-label-left-at-the-end"),
    P([("collection-title", "5th edn, 55 vols,")], {"number-of-volumes": "55", "edition": "5"},
      id="edition-and-volume-count-are-no-series"),
    P([("collection-title", "Studies in Legal History, 2 vols")],
      {"number-of-volumes": "2", "collection-title": "Studies in Legal History"}, id="series-then-volume-count"),
    P([("collection-title", "(3 Bde.)"), ("collection-title", "Studien zur Rechtsgeschichte")],
      {"number-of-volumes": "3", "collection-title": "Studien zur Rechtsgeschichte"},
      id="volume-count-beside-series"),
    P([("collection-title", "Studies in History, vol. 12")],
      {"collection-title": "Studies in History", "collection-number": "12"}, id="series-vol"),
    P([("collection-title", "Senato Misti,")], {"collection-title": "Senato Misti"}, id="no-number"),
    P([("collection-title", "Cambridge Studies in Law and Society")],
      {"collection-title": "Cambridge Studies in Law and Society"}, id="plain-series"),
    P([("collection-title", "trans. L. A. Manyon, 2 vols")], {"number-of-volumes": "2"},
      id="translator-read-as-a-series-is-no-series"),
    P([("container-title", "Review of English Studies, n.s.,")], {"container-title": "Review of English Studies"},
      id="journal-series-mark-off"),
    P([("container-title", "en Punto de Vista, núm. 25,")], {"container-title": "Punto de Vista", "issue": "25"},
      id="spanish-en-and-issue"),
    P([("container-title", "Revista Brasileira de História, São Paulo,")],
      {"container-title": "Revista Brasileira de História", "publisher-place": "São Paulo"},
      id="abnt-place-after-the-journal"),
    P([("container-title", "Annales. Économies, Sociétés, Civilisations")],
      {"container-title": "Annales. Économies, Sociétés, Civilisations"}, id="commas-in-a-journal-name-kept"),
    P([("container-title", "in: P. Klep (red.), Migratie in Nederland")],
      {"container-title": "Migratie in Nederland", "editor": [{"family": "Klep", "given": "P."}]},
      id="bracketed-editors-before-the-book"),
    P([("date", "1897;"), ("collection-title", "repr. London: Fontana, 1960),")],
      {"publisher": "Fontana", "publisher-place": "London", "note": "repr"}, id="reprint-imprint"),
]


@pytest.mark.parametrize(("fields", "expected"), CASES)
def test_container(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    assert run(fields) == expected


# --- a journal's volume and year left in the container span ---------------------------------------

VOLUME_TAIL_CASES = [
    P([("title", "On Comets,"), ("container-title", "in: Acta Eruditorum XII (1693)"), ("pages", "311–318.")],
      {"container-title": "Acta Eruditorum", "volume": "XII", "issued": {"date-parts": [[1693]]}},
      id="roman-volume-and-year"),
    P([("container-title", "in: Hermes 7"), ("date", "(1873)"), ("pages", "1–20")],
      {"container-title": "Hermes", "volume": "7"}, id="volume-before-a-bracketed-date-span"),
    P([("container-title", "in: Annalen III–IV (1801–02)"), ("locator", "12")],
      {"container-title": "Annalen", "volume": "III-IV", "issued": {"date-parts": [[1801]]}}, id="volume-range"),
    P([("container-title", "In Proceedings of SOSP 15,"), ("pages", "pp. 1-10"), ("date", "1995.")],
      {"container-title": "Proceedings of SOSP 15"}, id="conference-number-without-a-bracketed-year"),
    P([("container-title", "in: Essays on Henry VIII"), ("date", "(1990)"), ("pages", "1-5")],
      {"container-title": "Essays on Henry VIII"}, id="ruler-after-a-given-name"),
    P([("container-title", "in: Geschichte 2000"), ("date", "(1990)"), ("pages", "1-5")],
      {"container-title": "Geschichte 2000"}, id="a-year-is-no-volume"),
    P([("container-title", "in: Studien 4"), ("volume", "12"), ("date", "(1990)"), ("pages", "1-5")],
      {"container-title": "Studien 4"}, id="volume-span-given"),
]


@pytest.mark.parametrize(("fields", "expected"), VOLUME_TAIL_CASES)
def test_volume_left_in_the_container(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    assert run(fields) == expected


EDITORS_IN_CONTAINER_CASES = [
    P([("container-title", "in: Lexikon des Mittelalters, hg. von Robert Auty, 9 Bde., München 1980–98,")],
      {"container-title": "Lexikon des Mittelalters", "editor": [{"family": "Auty", "given": "Robert"}],
       "number-of-volumes": "9", "publisher-place": "München"}, id="editor-count-and-imprint"),
    P([("container-title", "in: Law and Society, edited by Ann Bell and Tom Cole")],
      {"container-title": "Law and Society", "editor": [{"family": "Bell", "given": "Ann"},
                                                        {"family": "Cole", "given": "Tom"}]},
      id="edited-by"),
    P([("container-title", "in: Schriften des Vereins von Freunden")],
      {"container-title": "Schriften des Vereins von Freunden"}, id="von-without-a-role-word"),
]


@pytest.mark.parametrize(("fields", "expected"), EDITORS_IN_CONTAINER_CASES)
def test_editors_run_on_in_the_container(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    assert run(fields) == expected


def _chain(fields: list[tuple[str, str]]) -> dict[str, Any]:
    from citekit.normalize import normalize_fields

    return normalize_fields(fields).item


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("author", "Hoffmann,"), ("title", "Urheberrecht im Archiv,"),
           ("container-title", "in: Kerner, Recht und Gedächtnis im digitalen Zeitalter,"), ("date", "2012,"),
           ("pages", "S. 10–20.")],
          {"editor": [{"family": "Kerner"}], "container-title": "Recht und Gedächtnis im digitalen Zeitalter"},
          id="surname-style-notes-name-the-editor"),
        P([("author", "Anna Hoffmann,"), ("title", "Urheberrecht,"),
           ("container-title", "in: Kerner, Recht und Gedächtnis,"), ("date", "2012,")],
          {"editor": None, "container-title": "Kerner, Recht und Gedächtnis"}, id="full-names-elsewhere-no-guess"),
        P([("author", "Hoffmann,"), ("title", "Urheberrecht,"),
           ("container-title", "in: Festschrift, Recht und Gedächtnis,"), ("date", "2012,")],
          {"editor": None}, id="a-title-word-is-no-editor"),
    ],
)
def test_one_editor_before_the_book(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = _chain(fields)
    assert {key: item.get(key) for key in expected} == expected


def test_a_reprint_with_its_place_in_a_series_span() -> None:
    from citekit.normalize import normalize_fields

    parsed = normalize_fields([("author", "Virginia Woolf,"), ("title", "A Room of One's Own"), ("date", "(1929;"),
                               ("collection-title", "repr., London:"), ("publisher", "Penguin,"), ("date", "2004),"),
                               ("locator", "4.")])
    item = parsed.item
    assert (item["note"], item["publisher-place"], item["publisher"]) == ("repr", "London", "Penguin")
    assert "collection-title" not in item
    assert item["original-date"] == {"date-parts": [[1929]]} and item["issued"] == {"date-parts": [[2004]]}
