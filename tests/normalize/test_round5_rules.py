"""Round 5 normalizer rules, one table row per rule (the tagger's spans in -> what the item gets).

The spans are those the shipped model gives the notes of ``tests/parser/test_notes_round5.py``; each
row checks one general rule of ``citekit/normalize`` (archives, theses, web pages, Russian imprints,
names, pages, series, statutes, short forms), and the rows at the end check that each rule stays
away from forms it must not touch.
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields
from citekit.normalize._person import parse_names
from citekit.normalize.edition import parse_edition
from citekit.normalize.title import main_title

P = pytest.param

ROWS = [
    P([('title', 'Archives départementales de la Gironde, 3 E 1234,'), ('locator', 'f° 12.')],
      {'archive': 'Archives départementales de la Gironde', 'archive_location': '3 E 1234'}, ('12', 'folio'), 'full', id='folio-f-degree'),
    P([('other', 'Hauptstaatsarchiv Stuttgart,'), ('locator', 'A 206 Bü 1234,'), ('locator', 'fol. 5.')],
      {'type': 'manuscript', 'archive': 'Hauptstaatsarchiv Stuttgart', 'archive_location': 'A 206 Bü 1234'}, ('5', 'folio'), 'full', id='staatsarchiv-shelf-leaf'),
    P([('other', 'Archivio di Stato di Firenze, Mediceo del Principato,'), ('locator', 'filza 345,'), ('locator', 'c. 12r.')],
      {'archive': 'Archivio di Stato di Firenze', 'archive_collection': 'Mediceo del Principato', 'archive_location': 'filza 345'}, ('12r', 'folio'), 'full', id='archivio-series-other'),
    P([('title', 'Norfolk Record Office,'), ('locator', 'MC 45/2,'), ('locator', 'ff. 8–9.')],
      {'type': 'manuscript', 'archive': 'Norfolk Record Office', 'archive_location': 'MC 45/2'}, ('8-9', 'folio'), 'full', id='record-office-title'),
    P([('author', 'Martin Vogt,'), ('title', 'Die Landstände in Kurhessen 1815–1866,'), ('location', 'Diss. Marburg'), ('date', '1972,'), ('locator', 'S. 33.')],
      {'type': 'thesis', 'genre': 'Diss.', 'publisher-place': 'Marburg'}, ('33', 'page'), 'full', id='diss-place'),
    P([('author', 'Elena Gatti,'), ('title', 'Il monastero di San Zaccaria,'), ('collection-title', 'tesi di dottorato,'), ('location', 'Università di Padova,'), ('date', '2008,'), ('locator', 'p. 60.')],
      {'type': 'thesis', 'genre': 'tesi di dottorato', 'publisher': 'Università di Padova'}, ('60', 'page'), 'full', id='tesi-series'),
    P([('title', 'Imperial War Museum,'), ('title', '"Letters from the Somme,'), ('date', 'accessed May 4, 2021,'), ('url', 'https://www.iwm.org.uk/letters-somme.')],
      {'type': 'webpage', 'title': 'Letters from the Somme', 'container-title': 'Imperial War Museum'}, None, 'full', id='web-swap'),
    P([('author', 'Oliver Grant,'), ('title', '‘Enclosure Maps of Norfolk’,'), ('container-title', 'Norfolk Record Society'), ('url', 'https://www.norfolkrs.org.uk/maps>'), ('note', '[accessed 12 June 2019].')],
      {'type': 'webpage', 'title': 'Enclosure Maps of Norfolk', 'container-title': 'Norfolk Record Society'}, None, 'full', id='web-mhra'),
    P([('author', 'M. I. Ivanova,'), ('title', 'Ocherki istorii Sibiri, 2-e izd.'), ('location', '(Novosibirsk:'), ('publisher', 'Nauka,'), ('date', '1990),'), ('locator', '56.')],
      {'title': 'Ocherki istorii Sibiri', 'edition': '2'}, ('56', 'page'), 'full', id='izd'),
    P([('author', 'A. Moretti,'), ('title', 'Storia di Genova, vol.'), ('volume', 'II,'), ('location', 'Milano,'), ('publisher', 'Feltrinelli,'), ('date', '1965,'), ('locator', 'p. 88.')],
      {'title': 'Storia di Genova', 'volume': 'II'}, ('88', 'page'), 'full', id='vol-word-title'),
    P([('author', 'A. N. Sokolov,'), ('title', 'Istoriya russkoi derevni, t. 2 (M.: Izd-vo MGU,'), ('date', '1972),'), ('locator', 's. 110.')],
      {'title': 'Istoriya russkoi derevni', 'volume': '2', 'publisher-place': 'M.', 'publisher': 'Izd-vo MGU'}, ('110', 'page'), 'full', id='bracketed-imprint'),
    P([('author', 'P. A. Zemtsov,'), ('title', '"Sudebnaya reforma v guberniyakh,'), ('title', 'Istoricheskie zapiski, vyp.'), ('volume', '38'), ('date', '(1951):'), ('pages', '210–35.')],
      {'type': 'article-journal', 'title': 'Sudebnaya reforma v guberniyakh', 'container-title': 'Istoricheskie zapiski', 'volume': '38'}, None, 'full', id='quoted-comma-container'),
    P([('author', 'MARTIN (Henri) et LEBRUN (Paul),'), ('title', 'Les Foires de Champagne,'), ('location', 'Paris,'), ('publisher', 'Hachette,'), ('date', '1968,'), ('locator', 'p. 23.')],
      {'author': [{'family': 'Martin', 'given': 'Henri'}, {'family': 'Lebrun', 'given': 'Paul'}]}, ('23', 'page'), 'full', id='given-in-brackets'),
    P([('author', 'Antonio García Lozano,'), ('title', 'La hacienda real en Castilla,'), ('location', 'Madrid,'), ('publisher', 'Marcial Pons,'), ('date', '2002,'), ('locator', 'p. 77.')],
      {'author': [{'family': 'García Lozano', 'given': 'Antonio'}]}, ('77', 'page'), 'full', id='spanish-surnames'),
    P([('author', 'K. Thornbury,'), ('title', '‘Poor Relief in Kent’,'), ('container-title', 'Economic History Review,'), ('note', '2nd ser.,'), ('volume', '29'), ('date', '(1976),'), ('locator', '22–40 at 31.')],
      {'page': '22-40', 'volume': '29'}, ('31', 'page'), 'full', id='range-at-pin'),
    P([('title', 'Dictionary of Welsh Biography, s.v. "Morgan, Evan.')],
      {'title': 'Dictionary of Welsh Biography'}, ('Morgan, Evan', 'sub-verbo'), 'full', id='sub-verbo'),
    P([('backref', 'Id.'), ('locator', 'at 1235.')],
      {}, ('1235', 'page'), 'ibid', id='id-at'),
    P([('author', 'Carmen Ortiz,'), ('title', '«Los gremios de Sevilla»,'), ('container-title', 'Hispania,'), ('volume', 'vol. 48,'), ('locator', 'núm. 170,'), ('date', '1988,'), ('locator', 'pp. 901-930.')],
      {'volume': '48', 'issue': '170', 'page': '901-930'}, None, 'full', id='num-then-range'),
    P([('author', 'V. S. Kuznetsov,'), ('title', 'Dvoryanstvo i krest’yanstvo'), ('location', '(SPb.:'), ('publisher', 'Aleteiya,'), ('date', '1999),'), ('locator', '33.')],
      {'publisher-place': 'SPb.', 'publisher': 'Aleteiya'}, ('33', 'page'), 'full', id='spb'),
    P([('author', 'N. P. Orlova,'), ('title', '"Zemskie uchiteli v 1880-e gg.,'), ('container-title', 'Voprosy istorii,'), ('volume', 'no. 5'), ('date', '(1979):'), ('pages', '66–80.')],
      {'title': 'Zemskie uchiteli v 1880-e gg.'}, None, 'full', id='gg'),
    P([('author', 'Sokolov,'), ('title', 'Istoriya russkoi derevni,'), ('volume', 't. 2,'), ('locator', 's. 115.')],
      {'volume': '2', 'title': 'Istoriya russkoi derevni'}, ('115', 'page'), 'short', id='short-tom'),
    P([('author', 'Penwell,'), ('title', 'County of Rutland,'), ('volume', '2:320.')],
      {'title': 'County of Rutland'}, ('2:320', 'page'), 'short', id='short-colon'),
    P([('author', 'George Ashby,'), ('title', 'The Letters of a Cornish Squire,'), ('editor', 'ed. Harriet Vane,'), ('title', 'Camden Fourth Series 31'), ('location', '(London:'), ('publisher', 'Royal Historical Society,'), ('date', '1986),'), ('locator', '12.')],
      {'title': 'The Letters of a Cornish Squire', 'collection-title': 'Camden Fourth Series', 'collection-number': '31'}, ('12', 'page'), 'full', id='numbered-series'),
    P([('author', 'Walter Lenz,'), ('title', 'Das Reichskammergericht im 16. Jahrhundert,'), ('location', 'Köln'), ('date', '1980'), ('title', '(Quellen und Forschungen zur höchsten Gerichtsbarkeit im Alten Reich,'), ('volume', 'Bd. 9),'), ('locator', 'S. 14.')],
      {'title': 'Das Reichskammergericht im 16. Jahrhundert', 'collection-title': 'Quellen und Forschungen zur höchsten Gerichtsbarkeit im Alten Reich', 'collection-number': '9'}, ('14', 'page'), 'full', id='bracketed-series'),
    P([('title', 'Land Registration Act 2002, s'), ('volume', '58'), ('issue', '(1).')],
      {'type': 'legislation', 'title': 'Land Registration Act 2002'}, ('58(1)', 'section'), 'full', id='statute-s-volume-issue'),
    P([('author', 'S. Hardy,'), ('title', '‘Monastic Granges’,'), ('editor', 'in P. Lane (ed.),'), ('container-title', 'Rural England'), ('pages', '1100–1300'), ('location', '(Oxford,'), ('date', '1990),'), ('pages', '120–45.')],
      {'container-title': 'Rural England 1100–1300', 'page': '120-145'}, None, 'full', id='years-close-container'),
    P([('editor', 'Peter Blum/Andrea Roth (Hrsg.),'), ('title', 'Stadt und Kirche im Mittelalter, Sigmaringen'), ('date', '1995.')],
      {'title': 'Stadt und Kirche im Mittelalter', 'publisher-place': 'Sigmaringen'}, None, 'full', id='ort-jahr'),
    P([('author', 'RGIA, f.'), ('date', '1405,'), ('locator', 'op. 63, d. 2100,'), ('locator', 'll. 3–5.')],
      {'archive': 'RGIA', 'archive_location': 'f. 1405, op. 63, d. 2100', 'issued': None, 'author': None}, ('3-5', 'folio'), 'full', id='fond-read-as-date'),
    P([('author', 'Петровский И. В. Крестьянская община в России.'), ('location', 'М.:'), ('publisher', 'Наука,'), ('date', '1985.'), ('locator', 'С. 45.')],
      {'author': [{'family': 'Петровский', 'given': 'И. В.'}], 'title': 'Крестьянская община в России', 'publisher-place': 'М.'}, ('45', 'page'), 'full', id='gost-name-and-title-one-span'),
    P([('author', 'Heinrich Kolb,'), ('title', 'Die Reichsritterschaft am Oberrhein, Diss. Freiburg'), ('date', '1968,'), ('locator', 'S. 12.')],
      {'type': 'thesis', 'title': 'Die Reichsritterschaft am Oberrhein', 'genre': 'Diss.', 'publisher-place': 'Freiburg'}, ('12', 'page'), 'full', id='diss-closing-title'),
    P([('title', 'West Yorkshire Archive Service, WYL 100/4,'), ('locator', 'fol. 2.')],
      {'type': 'manuscript', 'archive': 'West Yorkshire Archive Service', 'archive_location': 'WYL 100/4', 'title': None}, ('2', 'folio'), 'full', id='repository-and-mark-as-title'),
    P([('title', 'Dictionnaire de biographie française, s.v. « Colbert')],
      {'title': 'Dictionnaire de biographie française'}, ('Colbert', 'sub-verbo'), 'full', id='sub-verbo-guillemets'),
    # --- the rules leave these alone
    P([('author', 'Ann Lee,'), ('title', '"Tithes,"'), ('container-title', 'Rural History'), ('volume', '12'), ('date', '(2001),'), ('url', 'https://doi.example.org/rh/12.'), ('note', 'accessed 3 May 2020.')],
      {'type': 'article-journal'}, None, 'full', id='web-journal-with-volume'),
    P([('backref', 'Id.,'), ('title', '« Les testaments lyonnais »,'), ('container-title', "Cahiers d'histoire,"), ('date', '1997,'), ('locator', 'p. 115.')],
      {}, None, 'idem', id='id-with-title-stays-idem'),
    P([('author', 'Smith,'), ('title', 'Dictionary of Saints, s.v. Alban.')],
      {'title': 'Dictionary of Saints'}, ('Alban', 'sub-verbo'), 'short', id='sub-verbo-with-author-short'),
    P([('author', 'Hans Beck,'), ('title', 'Die Stadt am Fluss, Ufer,'), ('date', '1995.')],
      {'title': 'Die Stadt am Fluss, Ufer'}, None, 'full', id='place-with-comma-before-year-stays'),
    P([('author', 'Sokolov,'), ('title', 'Istoriya,'), ('volume', 't. 2,'), ('date', '1972,'), ('locator', 's. 115.')],
      {'volume': '2'}, ('115', 'page'), 'full', id='short-with-volume-and-date-full'),
    P([('author', 'Ruth Mansell,'), ('title', 'Piety and Power,'), ('title', 'Transactions of the Royal Historical Society 12'), ('date', '(1990).')],
      {}, None, 'full', id='periodical-second-title-no-series'),
    P([('author', 'Karl Roth,'), ('title', 'Der Adel in Franken,'), ('location', 'Würzburg'), ('date', '1961.')],
      {'type': 'book', 'publisher-place': 'Würzburg'}, None, 'full', id='diss-not-a-place-prefix'),
]


@pytest.mark.parametrize(("fields", "expected", "occurrence", "kind"), ROWS)
def test_round5_rule(
    fields: list[tuple[str, str]], expected: dict[str, Any], occurrence: tuple[str, str] | None, kind: str
) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.locator, parsed.label) == occurrence
    assert parsed.kind == kind


@pytest.mark.parametrize(("text", "expected"), [
    ("MARTIN (Henri) et LEBRUN (Paul),", [{"family": "Martin", "given": "Henri"}, {"family": "Lebrun", "given": "Paul"}]),
    ("LE GOFF (Jacques) et NORA (Pierre)", [{"family": "Le Goff", "given": "Jacques"}, {"family": "Nora", "given": "Pierre"}]),
    ("DUBY (G.)", [{"family": "Duby", "given": "G."}]),
    ("José Javier Ruiz Ibáñez", [{"family": "Ruiz Ibáñez", "given": "José Javier"}]),
    ("A. Domínguez Ortiz", [{"family": "Domínguez Ortiz", "given": "A."}]),
    ("Gabriel García Márquez", [{"family": "García Márquez", "given": "Gabriel"}]),
    ("SOUZA, Laura de Mello e", [{"family": "Souza", "given": "Laura de Mello e"}]),
    ("LE GOFF, Jacques", [{"family": "Le Goff", "given": "Jacques"}]),
    ("DE LA RONCIÈRE, Charles", [{"family": "De La Roncière", "given": "Charles"}]),
    # not touched: an English middle name, a Portuguese family name last, a role in brackets
    ("John Quincy Adams", [{"family": "Adams", "given": "John Quincy"}]),
    ("Laura de Mello e Souza", None),
    ("Maria Helena Fernandes Gonçalves", [{"family": "Gonçalves", "given": "Maria Helena Fernandes"}]),
])
def test_round5_names(text: str, expected: list[dict[str, str]] | None) -> None:
    names, _ = parse_names(text)
    if expected is None:  # (only: not read as two surnames in the Spanish way)
        assert all(" " not in name.get("family", "") or name.get("family", "").startswith("Mello") for name in names)
    else:
        assert names == expected


def test_a_role_in_brackets_is_no_given_name() -> None:
    names, _ = parse_names("SCHMIDT (Hrsg.)")
    assert all(name.get("given") != "Hrsg" for name in names)


@pytest.mark.parametrize(("title", "expected"), [
    ("Das Reichskammergericht im 16. Jahrhundert", None),
    ("Deutschland im 19. und 20. Jahrhundert. Ein Überblick", "Deutschland im 19. und 20. Jahrhundert"),
    ("Beauvais et le Beauvaisis de 1600 à 1730. Contribution à l'histoire", "Beauvais et le Beauvaisis de 1600 à 1730"),
])
def test_a_german_ordinal_is_no_subtitle(title: str, expected: str | None) -> None:
    assert main_title(title) == expected


@pytest.mark.parametrize(("text", "expected"), [("2-e izd.", "2"), ("3-е изд.", "3"), ("2nd edn", "2")])
def test_russian_edition_ordinals(text: str, expected: str) -> None:
    assert parse_edition(text) == expected
