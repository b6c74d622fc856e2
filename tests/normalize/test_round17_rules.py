"""Round 17's steps and widenings on labelled fields (history of colonial Latin America and the Iberian empires):
colonial archives by section, unit and foja (``colonial_archive``), laws of the Castilian and Indies codes by
libro, título and ley (``hispanic_law``), a quoted article's journal read as a series (``quoted_journal``), a
publisher read as a container between place and year (``container_as_publisher``), a chapter's book and
editors read into its title (``chapter_in_title``), and the names step's Spanish "y" between two people and
first surnames; each with a case it must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields
from citekit.normalize._person import parse_names
from citekit.normalize.date import parse_date
from citekit.parser.signals import leading_signal

P = pytest.param
MS = "manuscript"


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        # --- colonial archives
        P([("author", "AGN (México),"), ("container-title", "Indios,"), ("volume", "vol. 6,"), ("locator", "exp. 412,"),
           ("locator", "f. 110.")],
          {"type": MS, "archive": "AGN (México)", "archive_collection": "Indios", "archive_location": "vol. 6, exp. 412",
           "author": None, "volume": None}, ("full", "110", "folio"), id="agn-mexico"),
        P([("author", "AGI,"), ("collection-title", "Patronato, 20,"), ("locator", "N.5, R.24.")],
          {"type": MS, "archive": "AGI", "archive_collection": "Patronato", "archive_location": "20, N.5, R.24"},
          ("full", None, None), id="pares-shelf-mark"),
        P([("author", "AGI,"), ("title", "Mexico 1088,"), ("locator", "L.4,"), ("locator", "fols. 12v–13r.")],
          {"type": MS, "archive": "AGI", "archive_collection": "Mexico", "archive_location": "1088, L.4"},
          ("full", "12v-13r", "folio"), id="pares-section-and-number"),
        P([("title", "Archivo General de Indias (en adelante AGI),"), ("collection-title", "Contratación, leg. 5580,"),
           ("locator", "n.º 12.")],
          {"archive": "Archivo General de Indias", "archive_location": "leg. 5580, n.º 12"}, ("full", None, None),
          id="en-adelante"),
        P([("title", "Archivo General de Indias, Seville (hereafter AGI),"), ("locator", "Charcas 415,"),
           ("locator", "fol. 3.")],
          {"archive": "Archivo General de Indias", "archive-place": "Seville", "archive_collection": "Charcas",
           "archive_location": "415"}, ("full", "3", "folio"), id="hereafter"),
        P([("author", "AHU,"), ("title", "Conselho Ultramarino, Bahia,"), ("locator", "cx. 12,"), ("locator", "doc. 1034.")],
          {"archive_collection": "Conselho Ultramarino, Bahia", "archive_location": "cx. 12, doc. 1034"},
          ("full", None, None), id="ahu-two-part-section"),
        P([("other", "Biblioteca Nacional, Madrid,"), ("collection-title", "MS 2010,"), ("locator", "fol. 88v.")],
          {"archive": "Biblioteca Nacional", "archive-place": "Madrid", "archive_location": "MS 2010"},
          ("full", "88v", "folio"), id="library-then-city"),
        P([("signal", "Cf."), ("author", "AGN (México),"), ("container-title", "Indios,"), ("volume", "vol. 6,"),
           ("locator", "exp. 412,"), ("locator", "f. 110.")],
          {"archive": "AGN (México)", "archive_location": "vol. 6, exp. 412"}, ("full", "110", "folio"),
          id="archive-after-a-signal"),
        P([("title", "Real cédula al virrey, Madrid, 12 de julio de 1530, AGI, Indiferente,"), ("locator", "leg. 422,"),
           ("locator", "f. 3.")],
          {"type": MS, "title": "Real cédula al virrey, Madrid", "issued": {"date-parts": [[1530, 7, 12]]}, "archive": "AGI",
           "archive_collection": "Indiferente", "archive_location": "leg. 422"}, ("full", "3", "folio"),
          id="document-described-then-archive"),
        P([("other", "Biblioteca Nacional del Perú (BNP),"), ("container-title", "Manuscritos, B"), ("date", "1742,"),
           ("locator", "f. 3.")],
          {"archive": "Biblioteca Nacional del Perú (BNP)", "archive_collection": "Manuscritos", "archive_location": "B 1742",
           "issued": None}, ("full", "3", "folio"), id="letter-and-number-shelf-mark"),
        P([("title", "Arquivo Histórico Ultramarino, Lisboa (AHU),"), ("title", "Angola,"), ("locator", "cx. 3,"),
           ("locator", "doc. 45.")],
          {"archive": "Arquivo Histórico Ultramarino (AHU)", "archive-place": "Lisboa", "archive_collection": "Angola",
           "archive_location": "cx. 3, doc. 45"}, ("full", None, None), id="city-then-siglum"),
        P([("author", "AGN-México,"), ("title", "Inquisición,"), ("volume", "vol. 1255,"), ("locator", "exp. 3,"),
           ("locator", "f. 45.")],
          {"archive": "AGN-México", "archive_collection": "Inquisición", "archive_location": "vol. 1255, exp. 3"},
          ("full", "45", "folio"), id="hyphenated-siglum"),
        P([("author", "Smith,"), ("title", "Empire,"), ("locator", "12.")],
          {"archive": None, "title": "Empire"}, ("short", "12", "page"), id="not-an-archive"),
        P([("author", "UNESCO,"), ("title", "Historia general,"), ("volume", "vol. 3,"), ("locator", "p. 12.")],
          {"archive": None}, None, id="a-corporate-author-is-no-archive"),
        # --- printed laws
        P([("title", "Recopilación de leyes de los reynos de las Indias"), ("location", "(Madrid,"), ("date", "1681),"),
           ("volume", "lib. 2,"), ("locator", "tít. 15,"), ("pages", "ley 1.")],
          {"type": "legislation", "title": "Recopilación de leyes de los reynos de las Indias", "volume": None,
           "page": None, "issued": {"date-parts": [[1681]]}}, ("full", "lib. 2, tít. 15, ley 1", "section"),
          id="recopilacion"),
        P([("title", "Recopilación de leyes de los reynos de las Indias"), ("location", "(Madrid:"),
           ("publisher", "Julián de Paredes,"), ("date", "1681),"), ("volume", "lib. 6,"), ("locator", "tít. 1,"),
           ("pages", "ley 1.")],
          {"type": "legislation", "publisher-place": "Madrid", "publisher": "Julián de Paredes"},
          ("full", "lib. 6, tít. 1, ley 1", "section"), id="recopilacion-with-its-printer"),
        P([("collection-title", "Partida VII, tít. XXIV, ley 8.")],
          {"type": "legislation", "title": "Siete Partidas"}, ("full", "Partida VII, tít. XXIV, ley 8", "section"),
          id="partida-alone"),
        P([("title", "Ordenações Filipinas,"), ("volume", "liv. 4,"), ("locator", "tít. 61,"), ("locator", "l. 3.")],
          {"type": "legislation", "title": "Ordenações Filipinas"}, ("full", "liv. 4, tít. 61, l. 3", "section"),
          id="ordenacoes"),
        P([("signal", "Véase"), ("title", "Recopilación de Indias,"), ("volume", "lib. 2,"), ("locator", "tít. 1,"),
           ("locator", "ley 4.")],
          {"type": "legislation", "title": "Recopilación de Indias"}, ("full", "lib. 2, tít. 1, ley 4", "section"),
          id="law-after-a-signal"),
        P([("author", "Juan de Solórzano Pereira,"), ("title", "Política indiana,"), ("volume", "lib. 2,"),
           ("locator", "cap. 25.")],
          {"type": "book"}, None, id="a-treatise-by-book-and-chapter-is-no-law"),
        # --- journals, publishers, chapters
        P([("author", "Alberto Flores Galindo,"), ("title", "«La nación como utopía»,"), ("collection-title", "Allpanchis,"),
           ("volume", "n.º 25,"), ("date", "1985,"), ("locator", "pp. 17-35.")],
          {"container-title": "Allpanchis", "collection-title": None, "issue": "25", "page": "17-35"}, ("full", None, None),
          id="quoted-article-in-a-series"),
        P([("title", "«Mon. Slavorum merid.» cit.,"), ("collection-title", "Listine,"), ("volume", "vol. III,"),
           ("locator", "pagg. 336-339.")],
          {"container-title": None, "collection-title": "Listine"}, None, id="an-italian-quoted-series-stays"),
        P([("author", "Stoffler, D.,"), ("title", "Revised stratigraphy, Yucatan, Mexico,"),
           ("container-title", "source unknown (CPSC?)."), ("date", "2003.")],
          {"publisher": None}, None, id="no-publisher-in-a-bracketed-note"),
        P([("author", "Peter Brown,"), ("title", "The Body and Society,"), ("collection-title", "Lectures on the History of Religions,"),
           ("volume", "13"), ("location", "(New York,"), ("date", "1988),"), ("locator", "p. 3.")],
          {"collection-title": "Lectures on the History of Religions"}, None, id="a-book-series-stays"),
        P([("author", "João Fragoso e Manolo Florentino,"), ("title", "O arcaísmo como projeto,"), ("location", "Rio de Janeiro,"),
           ("container-title", "Civilização Brasileira,"), ("date", "2001,"), ("locator", "p. 55.")],
          {"type": "book", "publisher": "Civilização Brasileira", "container-title": None}, ("full", "55", "page"),
          id="publisher-read-as-container"),
        P([("author", "Maria de Fátima Gouvêa,"), ("title", "O império das províncias, Rio de Janeiro,"),
           ("container-title", "Civilização Brasileira,"), ("date", "2008,"), ("locator", "p. 3.")],
          {"title": "O império das províncias", "publisher-place": "Rio de Janeiro", "publisher": "Civilização Brasileira",
           "author": [{"family": "Gouvêa", "given": "Maria de Fátima"}]}, ("full", "3", "page"),
          id="publisher-after-place-in-title"),
        P([("author", "A. Smith,"), ("title", "“Trade,”"), ("container-title", "in Essays on Empire,"), ("date", "1990,"),
           ("pages", "pp. 3-20.")],
          {"container-title": "Essays on Empire"}, None, id="an-in-container-stays"),
        P([("author", "Bernardo García Martínez,"), ("title", "«Los poblados de hacienda», en Elías Trabulse (comp.),"),
           ("title", "Historia y sociedad en el mundo de habla española,"), ("location", "México, El Colegio de México,"),
           ("date", "1970,"), ("pages", "pp. 331-370.")],
          {"type": "chapter", "title": "Los poblados de hacienda", "editor": [{"family": "Trabulse", "given": "Elías"}],
           "container-title": "Historia y sociedad en el mundo de habla española", "page": "331-370"}, None,
          id="chapter-in-title"),
        P([("author", "Pedro Pérez Herrero,"), ("title", "«Los factores de la conformación regional en México»,"),
           ("container-title", "Anuario IEHS, núm."), ("volume", "6,"), ("date", "1991,"), ("locator", "p. 112.")],
          {"container-title": "Anuario IEHS", "issue": "6", "volume": None}, ("full", "112", "page"),
          id="issue-word-closing-the-journal"),
        P([("author", "Marta Herrera Ángel,"), ("title", "«Ordenamiento espacial de los pueblos de indios»,"),
           ("editor", "en Jaime Jaramillo Uribe (dir.),"), ("title", "Historia de Colombia,"), ("location", "Bogotá, Planeta,"),
           ("date", "1998,"), ("pages", "pp. 93-128.")],
          {"type": "chapter", "title": "Ordenamiento espacial de los pueblos de indios",
           "container-title": "Historia de Colombia", "author": [{"family": "Herrera Ángel", "given": "Marta"}]}, None,
          id="book-after-the-editors-span"),
        P([("author", "Manuel Lucena Giraldo,"), ("title", "Laboratorio tropical, 1750-1767, Caracas,"), ("location", "Monte Ávila,"),
           ("date", "1993,"), ("locator", "p. 31.")],
          {"title": "Laboratorio tropical, 1750-1767", "publisher-place": "Caracas", "publisher": "Monte Ávila"},
          ("full", "31", "page"), id="place-closing-the-title"),
        P([("author", "John Smith,"), ("title", "Letters, Home,"), ("location", "London,"), ("date", "1993,")],
          {"title": "Letters, Home", "publisher-place": "London"}, None, id="a-place-after-a-title-stays"),
        P([("author", "Scarlett O'Phelan Godoy,"), ("title", "«El mito de la independencia concedida»,"),
           ("container-title", "Histórica,"), ("volume", "vol. IX, núm. 2,"), ("date", "1985,"), ("pages", "pp. 155-191.")],
          {"author": [{"family": "O'Phelan Godoy", "given": "Scarlett"}], "issue": "2"}, None, id="apostrophe-surname"),
        P([("author", "Bartolomé de las Casas,"), ("title", "Brevísima relación de la destrucción de las Indias,"),
           ("editor", "ed. de André Saint-Lu,"), ("location", "Madrid,"), ("publisher", "Cátedra,"), ("date", "1982,"),
           ("locator", "p. 77.")],
          {"editor": [{"family": "Saint-Lu", "given": "André"}]}, None, id="ed-de"),
        P([("author", "Carmen Bernand y Serge Gruzinski,"), ("title", "Historia del Nuevo Mundo,"),
           ("translator", "trad. de María Antonia Neira Bigorra,"), ("location", "México, FCE,"), ("date", "1996,")],
          {"translator": [{"family": "Neira Bigorra", "given": "María Antonia"}]}, None, id="trad-de"),
        # --- back-references and short forms
        P([("backref", "Ibídem,"), ("locator", "f. 23v.")], {"archive_location": None}, ("ibid", "23v", "folio"),
          id="ibidem-foja"),
        P([("backref", "Ibid.,"), ("locator", "fs. 3-5.")], {}, ("ibid", "3-5", "folio"), id="fojas"),
        P([("author", "Zavala,"), ("title", "La encomienda indiana, ob. cit.,"), ("locator", "p. 50.")],
          {"title": "La encomienda indiana"}, ("op-cit", "50", "page"), id="ob-cit"),
        P([("author", "Farriss,"), ("publisher", "Maya Society,"), ("locator", "112–13.")],
          {"title": "Maya Society", "publisher": None}, ("short", "112-113", "page"), id="short-title-read-as-publisher"),
        # (the integrator's: two surnames before op. cit. are one family name; a given name stays one)
        P([("author", "García Martínez,"), ("backref", "op. cit.,"), ("locator", "p. 130.")],
          {"author": [{"family": "García Martínez"}]}, ("op-cit", "130", "page"), id="double-surname-op-cit"),
        P([("author", "Paul Hagenloh,"), ("backref", "op. cit.,"), ("locator", "p. 5.")],
          {"author": [{"family": "Hagenloh", "given": "Paul"}]}, ("op-cit", "5", "page"), id="given-name-op-cit"),
    ],
)
def test_round17_rules(fields: list[tuple[str, str]], expected: dict[str, Any],
                       occurrence: tuple[str, str | None, str | None] | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence


@pytest.mark.parametrize(
    ("text", "families"),
    [
        P("Jorge Juan y Antonio de Ulloa", ["Juan", "Ulloa"], id="y-between-two-people"),
        P("Alberto de la Hera y Carlos Díaz Rementería", ["Hera", "Díaz Rementería"], id="y-after-a-particle"),
        P("José Ortega y Gasset", ["Ortega y Gasset"], id="y-in-a-compound-surname"),
        P("Luis González y González", ["González y González"], id="y-between-equal-surnames"),
        P("Juan Marchena Fernández", ["Marchena Fernández"], id="before-a-patronymic"),
        P("Antonio García-Baquero González", ["García-Baquero González"], id="hyphenated-first-surname"),
        P("Alberto Flores Galindo", ["Flores Galindo"], id="common-first-surname"),
        P("Mary Anne Fernández", ["Fernández"], id="a-given-name-before-a-patronymic"),
        P("Maria de Fátima Gouvêa", ["Gouvêa"], id="devotional-given-name"),
        P("Ruggiero Romano", ["Romano"], id="italian-given-name"),
    ],
)
def test_round17_names(text: str, families: list[str]) -> None:
    names, _ = parse_names(text)
    assert [name.get("family") for name in names] == families


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        P("Véanse AGI, Lima, leg. 567.", "Véanse ", id="veanse"),
        P("Consúltese Charles Gibson, Los aztecas bajo el dominio español, p. 9.", "Consúltese ", id="consultese"),
        P("Véase también Zavala, La encomienda indiana, p. 3.", "Véase también ", id="vease-tambien"),
    ],
)
def test_round17_signals(text: str, signal: str) -> None:
    assert text[: leading_signal(text)] == signal


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        P("12 de julio de 1530", [1530, 7, 12], id="day-de-month-de-year"),
        P("julio de 1530", [1530, 7], id="month-de-year"),
        P("enero-junio de 2003", [2003], id="a-range-of-months-is-the-year"),
        P("janvier-mars 1990", [1990, 3], id="as-before-without-de"),
        P("3 de maio de 1750", [1750, 5, 3], id="portuguese-month"),
    ],
)
def test_round17_dates(text: str, parts: list[int]) -> None:
    date = parse_date(text)
    assert date is not None and date["date-parts"][0] == parts
