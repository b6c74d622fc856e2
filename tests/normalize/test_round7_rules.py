"""Round 7 normalizer rules, one table row per rule (the tagger's spans in -> what the item gets).

The spans are those the shipped model gives notes of ``tests/parser/test_notes_round7.py`` (and variants
of them); each row checks one general rule of ``citekit/normalize``: Iberian compound surnames, Chinese
and Korean names family name first, a Spaniard's two surnames (step ``spanish-surnames``), an imprint
left in the title (``imprint-in-title``), a publisher named with a number read as a volume
(``publisher-as-volume``), the city before a library (``archive-place``), Dutch and Hungarian page
labels, a volume cited before the page, a title's closing years, anniversary editions, theses in
Dutch, Polish and German, and Spanish archives (legajo, expediente, folio).  The rows marked
"left alone" check that each rule leaves the forms it must not touch.
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields
from citekit.normalize._person import parse_names

P = pytest.param
NAME_KEYS = ("author", "editor", "translator")


def _seen(item: dict[str, Any], key: str) -> Any:
    """A CSL variable as a row names it: names by family (or literal), the year alone."""
    if key in NAME_KEYS:
        return [name.get("family") or name.get("literal") for name in item.get(key, [])]
    if key == "year":
        return (item.get("issued") or {}).get("date-parts", [[None]])[0][0]
    return item.get(key)


NAME_ROWS = [
    # --- compound family names, given name first
    P("José Ortega y Gasset", [{"family": "Ortega y Gasset", "given": "José"}], id="joined-by-y"),
    P("Eva Serra i Puig", [{"family": "Serra i Puig", "given": "Eva"}], id="joined-by-catalan-i"),
    P("Laura de Mello e Souza", [{"family": "Mello e Souza", "given": "Laura", "non-dropping-particle": "de"}],
      id="joined-by-portuguese-e"),
    P("J. Sebastiao e Silva", [{"family": "Sebastiao e Silva", "given": "J."}], id="joined-by-e-after-initial"),
    P("Sérgio Buarque de Holanda", [{"family": "Buarque de Holanda", "given": "Sérgio"}], id="surname-before-de"),
    P("Juan Pérez de Tudela Bueso", [{"family": "Pérez de Tudela Bueso", "given": "Juan"}], id="five-words-one-person"),
    P("Pierre Vidal de la Blache", [{"family": "Vidal de la Blache", "given": "Pierre"}], id="surname-before-de-la"),
    P("U. Nunes da Rocha", [{"family": "Nunes da Rocha", "given": "U."}], id="surname-before-da-after-initial"),
    P("Caio Prado Júnior", [{"family": "Prado Júnior", "given": "Caio"}], id="agnomen-junior"),
    P("A. Matos Neto", [{"family": "Matos Neto", "given": "A."}], id="agnomen-neto"),
    P("Ortega y Gasset", [{"family": "Ortega y Gasset"}], id="short-form-joined"),
    P("Sergio Villalobos R.", [{"family": "Villalobos R.", "given": "Sergio"}], id="second-surname-initial"),
    # --- family name first: Hungarian and Japanese (a known given name second), Chinese and Korean
    P("Szekfű Gyula", [{"family": "Szekfű", "given": "Gyula"}], id="hungarian"),
    P("Maruyama Masao", [{"family": "Maruyama", "given": "Masao"}], id="japanese"),
    P("Masao Maruyama", [{"family": "Maruyama", "given": "Masao"}], id="japanese-western-order"),
    P("Gu Jiegang", [{"family": "Gu", "given": "Jiegang"}], id="chinese-pinyin"),
    P("Yi Ki-baek", [{"family": "Yi", "given": "Ki-baek"}], id="korean-hyphenated"),
    P("Kim Yong-sŏp", [{"family": "Kim", "given": "Yong-sŏp"}], id="korean-mccune-reischauer"),
    # --- Dutch, Swedish, Danish "and"
    P("Willem Frijhoff en Marijke Spies", [{"family": "Frijhoff", "given": "Willem"}, {"family": "Spies", "given": "Marijke"}],
      id="dutch-en"),
    # --- left alone
    P("Gaspar Melchor de Jovellanos", [{"family": "Jovellanos", "given": "Gaspar Melchor", "non-dropping-particle": "de"}],
      id="left-alone-second-given-name-before-de"),
    P("Alexis de Tocqueville", [{"family": "Tocqueville", "given": "Alexis", "non-dropping-particle": "de"}],
      id="left-alone-given-name-then-de"),
    P("M. Le Roux de Lincy", [{"family": "Le Roux de Lincy", "given": "M."}], id="left-alone-capitalised-particle"),
    P("B. M de Rubeis", [{"family": "Rubeis", "given": "B. M.", "non-dropping-particle": "de"}], id="left-alone-initial-without-period"),
    P("Johann Wolfgang von Goethe", [{"family": "Goethe", "given": "Johann Wolfgang", "dropping-particle": "von"}],
      id="left-alone-von"),
    P("Rossi e Bianchi", [{"family": "Rossi"}, {"family": "Bianchi"}], id="left-alone-italian-e-two-surnames"),
    P("Gailini Natale e Franco", [{"family": "Natale", "given": "Gailini"}, {"family": "Franco"}],
      id="left-alone-e-after-surname-first"),
    P("L. BERTACCHI e ALTRI", [{"family": "Bertacchi", "given": "L."}, {"family": "Altri"}], id="left-alone-e-altri"),
    P("Edmond e Jules de Goncourt", [{"literal": "Edmond e Jules de Goncourt"}], id="left-alone-brothers"),
    P("Kim Smith", [{"family": "Smith", "given": "Kim"}], id="left-alone-kim-smith"),
    P("Park JI", [{"family": "Park", "given": "J. I."}], id="left-alone-vancouver-initials"),
    P("Lin Hunt", [{"family": "Hunt", "given": "Lin"}], id="left-alone-not-pinyin"),
    P("Vitorino Magalhães Godinho", [{"family": "Godinho", "given": "Vitorino Magalhães"}], id="left-alone-portuguese-last-surname"),
]


@pytest.mark.parametrize(("text", "names"), NAME_ROWS)
def test_round7_names(text: str, names: list[dict[str, str]]) -> None:
    assert parse_names(text)[0] == names


ROWS = [
    # --- spanish-surnames: a Spanish-language work's author takes both surnames
    P([("author", "Tulio Halperin Donghi,"), ("title", "Revolución y guerra,"), ("location", "Buenos Aires,"), ("publisher", "Ariel,"), ("date", "1972,"), ("locator", "p. 143.")],
      {"author": ["Halperin Donghi"]}, None, "full", id="spanish-two-surnames"),
    P([("author", "E. Mitre Fernández,"), ("title", "La muerte vencida,"), ("location", "Madrid"), ("date", "1988.")],
      {"author": ["Mitre Fernández"]}, None, "full", id="spanish-two-surnames-after-initial"),
    P([("author", "Halperin Donghi,"), ("title", "Revolución y guerra,"), ("locator", "p. 150.")],
      {"author": ["Halperin Donghi"]}, ("150", "page"), "short", id="spanish-short-form-two-surnames"),
    P([("author", "Vitorino Magalhães Godinho,"), ("title", "Os descobrimentos e a economia mundial,"), ("location", "Lisboa,"), ("publisher", "Arcádia,"), ("date", "1963.")],
      {"author": ["Godinho"]}, None, "full", id="left-alone-portuguese-work"),
    P([("author", "Cortéz, Rosa María."), ("title", "Características generales de la población,"), ("location", "Madrid,"), ("date", "1990.")],
      {"author": ["Cortéz"]}, None, "full", id="left-alone-inverted-name"),
    P([("author", "Stephen Jay Gould,"), ("title", "The Mismeasure of Man"), ("location", "(New York:"), ("publisher", "Norton,"), ("date", "1981),")],
      {"author": ["Gould"]}, None, "full", id="left-alone-english-work"),
    # --- imprint-in-title
    P([("author", "Caio Prado Júnior,"), ("title", "Formação do Brasil contemporâneo, São Paulo, Brasiliense,"), ("date", "1942,"), ("locator", "p. 19.")],
      {"title": "Formação do Brasil contemporâneo", "publisher-place": "São Paulo", "publisher": "Brasiliense"}, ("19", "page"), "full",
      id="comma-imprint-closing-title"),
    P([("author", "Yi Ki-baek,"), ("title", "Han'guksa sillon (Seoul: Ilchogak,"), ("date", "1967),"), ("locator", "88.")],
      {"title": "Han'guksa sillon", "publisher-place": "Seoul", "publisher": "Ilchogak"}, ("88", "page"), "full",
      id="bracket-imprint-closing-title"),
    P([("author", "Wang Guowei,"), ("title", '"Yin Zhou zhidu lun,'), ("container-title", "in Guantang jilin (Beijing: Zhonghua shuju,"), ("date", "1959),"), ("pages", "451–80.")],
      {"type": "chapter", "container-title": "Guantang jilin", "publisher-place": "Beijing", "publisher": "Zhonghua shuju"}, None, "full",
      id="bracket-imprint-closing-container"),
    P([("author", "C. Roth,"), ("title", "Venice, Philadelphia, The Jewish Publication Society of America,"), ("date", "1930,"), ("pages", "pp. 342-345.")],
      {"title": "Venice", "publisher-place": "Philadelphia", "publisher": "The Jewish Publication Society of America"}, None, "full",
      id="comma-imprint-after-a-place-name-title"),
    P([("author", "Anne Hart,"), ("title", "Between Paris, London"), ("date", "1990,"), ("locator", "p. 3.")],
      {"title": "Between Paris, London"}, ("3", "page"), "full", id="left-alone-two-places"),
    P([("author", "Ann Lee,"), ("title", "A History of Chile, Santiago, Valparaíso,"), ("date", "1990.")],
      {"title": "A History of Chile, Santiago, Valparaíso"}, None, "full", id="left-alone-place-after-place"),
    # --- publisher-as-volume
    P([("author", "Pierre Vilar,"), ("title", "Catalunya dins l'Espanya moderna,"), ("location", "Barcelona,"), ("volume", "Edicions 62,"), ("date", "1964,"), ("volume", "vol. 2,"), ("locator", "p. 118.")],
      {"publisher": "Edicions 62", "volume": "2"}, ("118", "page"), "full", id="publisher-with-number-then-volume"),
    P([("author", "Josep Fontana,"), ("title", "La fi de l'Antic Règim,"), ("location", "Barcelona,"), ("volume", "Edicions 62,"), ("date", "1988,"), ("locator", "p. 233.")],
      {"publisher": "Edicions 62", "volume": None}, ("233", "page"), "full", id="publisher-with-number"),
    P([("author", "Tulio Halperin Donghi,"), ("title", "Revolución y guerra,"), ("location", "Buenos Aires,"), ("volume", "Siglo XXI,"), ("date", "1972,")],
      {"publisher": "Siglo XXI", "volume": None}, None, "full", id="publisher-with-roman-number"),
    P([("author", "Ramón Carande,"), ("title", "Carlos V y sus banqueros,"), ("location", "Madrid,"), ("volume", "vol. 2,"), ("date", "1987.")],
      {"volume": "2", "publisher": None}, None, "full", id="left-alone-labelled-volume"),
    # --- pages: Dutch and Hungarian labels, the volume cited before the page, a title's years
    P([("author", "J. Huizinga,"), ("title", "Herfsttij der Middeleeuwen,"), ("location", "Haarlem,"), ("publisher", "Tjeenk Willink,"), ("date", "1919,"), ("locator", "blz. 54.")],
      {}, ("54", "page"), "full", id="dutch-blz"),
    P([("author", "P. Geyl,"), ("title", "Geschiedenis van de Nederlandsche stam,"), ("locator", "dl. 2,"), ("location", "Amsterdam,"), ("publisher", "Wereldbibliotheek,"), ("date", "1934,"), ("locator", "blz. 112.")],
      {"volume": "2"}, ("112", "page"), "full", id="dutch-dl-then-blz"),
    P([("author", "Szekfű Gyula,"), ("title", "Magyar történet,"), ("location", "Budapest,"), ("publisher", "Egyetemi Nyomda,"), ("date", "1935,"), ("locator", "102. o.")],
      {"author": ["Szekfű"]}, ("102", "page"), "full", id="hungarian-oldal"),
    P([("author", "Chris Wickham,"), ("title", "Framing the Early Middle Ages: Europe and the Mediterranean,"), ("pages", "400–800"), ("location", "(Oxford,"), ("date", "2005),"), ("locator", "519.")],
      {"title": "Framing the Early Middle Ages: Europe and the Mediterranean, 400–800"}, ("519", "page"), "full", id="title-closing-years"),
    P([("author", "K. Marx,"), ("title", "Kapital,"), ("pages", "400–800"), ("location", "Berlin,"), ("date", "1960.")],
      {"title": "Kapital"}, ("400-800", "page"), "full", id="left-alone-range-before-unbracketed-imprint"),
    P([("author", "A. Müller,"), ("title", "Urkunden,"), ("location", "Berlin,"), ("date", "1960,"), ("locator", "Bl. 12.")],
      {}, ("12", "folio"), "full", id="left-alone-german-blatt"),
    # --- an editor named after the title (Polish "oprac."), an issue's word read apart from its number
    P([("title", "Akta grodzkie i ziemskie, oprac. Oswald Balzer,"), ("volume", "t. 15,"), ("publisher", "Lwów,"), ("date", "1891,"), ("locator", "s. 204.")],
      {"title": "Akta grodzkie i ziemskie", "editor": ["Balzer"], "volume": "15", "publisher-place": "Lwów"}, ("204", "page"), "full",
      id="polish-oprac-closing-title"),
    P([("author", "Beatriz Rojas,"), ("title", "«Las ciudades novohispanas»,"), ("container-title", "Historia Mexicana,"), ("volume", "vol. 58,"), ("other", "núm."), ("volume", "1"), ("date", "(2008),"), ("locator", "pp. 287-324.")],
      {"volume": "58", "issue": "1", "page": "287-324"}, None, "full", id="issue-word-apart-from-its-number"),
    P([("author", "A. Rossi,"), ("title", "«Il porto»,"), ("container-title", "Studi veneziani,"), ("volume", "vol. 8,"), ("other", "cfr."), ("volume", "2"), ("date", "(1990).")],
      {"volume": "8", "issue": None}, None, "full", id="left-alone-other-word-before-number"),
    # --- editions, theses
    P([("author", "Benedict Anderson,"), ("title", "Imagined Communities, 40th anniversary ed."), ("location", "(London:"), ("publisher", "Verso,"), ("date", "2016),"), ("locator", "6.")],
      {"title": "Imagined Communities", "edition": "40th anniversary ed."}, ("6", "page"), "full", id="anniversary-edition"),
    P([("author", "Pieter de Vries,"), ("title", "De Amsterdamse graanhandel (proefschrift,"), ("publisher", "Universiteit van Amsterdam,"), ("date", "1987),"), ("locator", "blz. 45.")],
      {"type": "thesis", "genre": "proefschrift", "title": "De Amsterdamse graanhandel"}, ("45", "page"), "full", id="dutch-thesis"),
    P([("author", "Anna Nowak,"), ("title", "Mieszczaństwo krakowskie (praca doktorska,"), ("publisher", "Uniwersytet Jagielloński,"), ("date", "1999),"), ("locator", "s. 88.")],
      {"type": "thesis", "genre": "praca doktorska"}, ("88", "page"), "full", id="polish-thesis"),
    P([("author", "Hans Becker,"), ("title", "Studien zum Kirchengut (Phil. Diss., Universität Wien,"), ("date", "1958),"), ("locator", "77.")],
      {"type": "thesis", "genre": "Phil. Diss.", "publisher": "Universität Wien", "title": "Studien zum Kirchengut"}, ("77", "page"), "full",
      id="phil-diss-in-bracket"),
    P([("author", "Karl Heinz Müller,"), ("title", "Die Zunftverfassung in Ulm,"), ("location", "Phil. Diss. Tübingen"), ("date", "1962,"), ("locator", "S. 34.")],
      {"type": "thesis", "genre": "Phil. Diss.", "publisher-place": "Tübingen"}, ("34", "page"), "full", id="phil-diss-before-place"),
    # --- Spanish archives: legajo, expediente, folio
    P([("title", "Archivo General de Indias (AGI), Indiferente General, leg."), ("date", "1530,"), ("locator", "exp. 4.")],
      {"archive": "Archivo General de Indias (AGI)", "archive_collection": "Indiferente General", "archive_location": "leg. 1530, exp. 4", "year": None},
      None, "full", id="legajo-number-read-as-year"),
    P([("title", "Archivo Histórico Nacional (AHN),"), ("container-title", "Consejos, leg. 11.984,"), ("locator", "exp. 7.")],
      {"type": "manuscript", "archive_collection": "Consejos", "archive_location": "leg. 11.984, exp. 7", "container-title": None},
      None, "full", id="series-and-legajo-read-as-journal"),
    P([("title", "Archivo General de Simancas (AGS),"), ("locator", "Estado, leg. 2851,"), ("locator", "doc. 45.")],
      {"archive_collection": "Estado", "archive_location": "leg. 2851, doc. 45"}, None, "full", id="series-and-legajo-read-as-page"),
    P([("title", "Archivo General de la Nación (AGN),"), ("collection-title", "Inquisición, vol. 1255, exp. 3,"), ("locator", "f. 45.")],
      {"archive_collection": "Inquisición", "archive_location": "vol. 1255, exp. 3"}, ("45", "folio"), "full", id="folio-after-expediente"),
    P([("author", "AGI, México,"), ("locator", "leg. 2096,"), ("locator", "fol. 12v.")],
      {"type": "manuscript", "archive": "AGI", "archive_collection": "México", "archive_location": "leg. 2096", "author": []},
      ("12v", "folio"), "full", id="siglum-and-series-read-as-author"),
    P([("other", "Atti Parlamentari,"), ("collection-title", "Camera, Discussioni,"), ("locator", "leg. XXII,"), ("pages", "p. 19643")],
      {"archive_location": None}, None, "full", id="left-alone-legislatura"),
    P([("collection-title", "Savi mere., s. 1,"), ("locator", "reg. 149,"), ("locator", "c. 24v,")],
      {"archive_collection": "Savi mere., s. 1", "archive_location": "reg. 149"}, ("24v", "folio"), "full", id="left-alone-series-number"),
    P([("other", "A. S. V.,"), ("collection-title", "Consiglio dei Dieci, Parti miste,"), ("locator", "reg. 36,"), ("locator", "f. 127v.")],
      {"archive_location": "reg. 36, f. 127v"}, None, "full", id="left-alone-italian-f-after-registro"),
    # --- archive-place and repositories named with a place or a siglum
    P([("other", "Paris, Bibliothèque nationale de France,"), ("collection-title", "MS lat. 12048,"), ("locator", "fol. 35v.")],
      {"archive": "Bibliothèque nationale de France", "archive-place": "Paris", "archive_location": "MS lat. 12048"}, ("35v", "folio"), "full",
      id="city-before-library"),
    P([("other", "Vaticano, Biblioteca Apostolica Vaticana,"), ("collection-title", "Vat. lat. 3225,"), ("locator", "f. 14r.")],
      {"archive": "Biblioteca Apostolica Vaticana", "archive-place": "Vaticano", "archive_location": "Vat. lat. 3225"}, ("14r", "folio"), "full",
      id="seat-before-library-vatican-shelf-mark"),
    P([("other", "Firenze, Archivio di Stato, Mediceo avanti il Principato,"), ("locator", "filza 12,"), ("locator", "c. 12r.")],
      {"archive": "Archivio di Stato", "archive-place": "Firenze", "archive_collection": "Mediceo avanti il Principato", "archive_location": "filza 12"},
      ("12r", "folio"), "full", id="city-before-archivio-di-stato"),
    P([("other", "Archivio di Stato di Venezia (ASVe),"), ("collection-title", "Senato, Deliberazioni,"), ("locator", "reg. 23,"), ("locator", "c. 45v.")],
      {"archive": "Archivio di Stato di Venezia (ASVe)", "archive-place": None}, ("45v", "folio"), "full", id="archive-name-with-siglum"),
    P([("other", "Archives nationales, Paris,"), ("locator", "carton 12,"), ("locator", "doc. 3.")],
      {"archive": "Archives nationales", "archive-place": "Paris"}, None, "full", id="left-alone-place-after-name"),
]


@pytest.mark.parametrize(("fields", "expected", "occurrence", "kind"), ROWS)
def test_round7_rule(
    fields: list[tuple[str, str]], expected: dict[str, Any], occurrence: tuple[str, str] | None, kind: str
) -> None:
    parsed = normalize_fields(fields)
    assert {key: _seen(parsed.item, key) for key in expected} == expected
    assert parsed.kind == kind
    if occurrence is not None:
        assert (parsed.locator, parsed.label) == occurrence
