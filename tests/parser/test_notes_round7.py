"""Footnotes of round 7: traditions the parser had seen little of.

Invented notes as Spanish and Latin-American historians write them ("Ciudad, Editorial, año",
«» titles, "t.", "cap.", archives cited with their siglum: AGI, AHN, AGS, AGN, ANTT), Portuguese and
Brazilian ("26.ª ed.", "São Paulo, Companhia das Letras"), Catalan, Dutch ("blz.", "dl.", "red.",
"en" between authors, "'s-Gravenhage"), Polish ("s.", "t.", "red.", "oprac."), Czech, Swedish, Danish
and Norwegian ("s.", "red.", "uppl."), Hungarian (family name first, "102. o."); Iberian compound
surnames ("Ortega y Gasset", "Buarque de Holanda", "Mello e Souza", "Halperin Donghi"); Japanese,
Chinese and Korean names family name first ("Maruyama Masao", "Gu Jiegang", "Yi Ki-baek");
medieval manuscripts and Italian archives ("c. 12r"); theses in these languages and the German
"Phil. Diss."; anniversary editions; titles ending in years ("…, 400–800"); a pinpoint with its note
("211, n. 34"); the signals of these languages ("Véase", "Vid.", "Zie", "Zob.", "Srov.", "Jfr").

Expected values were written before the notes were first parsed, as a scholar reads the note; only
what a case names is compared (see ``tests/parser/conftest.py``).  Notes still read wrongly are
marked ``KNOWN_MISS`` (strict), each with its reason.
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.parser import parse_reference
from citekit.parser.signals import leading_signal

P = pytest.param


def miss(reason: str) -> pytest.MarkDecorator:
    """A note still read wrongly (strict: it fails the run once it is read right)."""
    return pytest.mark.xfail(reason=f"round 7: {reason}", strict=True)


CASES = [
    # --- Spanish and Latin-American history: "Ciudad, Editorial, año"
    P('Tulio Halperin Donghi, Revolución y guerra. Formación de una elite dirigente en la Argentina criolla, Buenos Aires, Siglo XXI, 1972, p. 143.',
      {'type': 'book', 'author': ['Halperin Donghi'], 'publisher': 'Siglo XXI', 'publisher-place': 'Buenos Aires', 'year': 1972, 'volume': None},
      ('143', 'page'), 'full', id='es-halperin-siglo-xxi'),
    P('José Ortega y Gasset, La rebelión de las masas, Madrid, Revista de Occidente, 1930, cap. 4.',
      {'type': 'book', 'title': 'La rebelión de las masas', 'author': ['Ortega y Gasset'], 'publisher': 'Revista de Occidente', 'publisher-place': 'Madrid', 'year': 1930},
      ('4', 'chapter'), 'full', id='es-ortega-y-gasset'),
    P('Antonio Domínguez Ortiz, Las clases privilegiadas en la España del Antiguo Régimen, Madrid, Istmo, 1973, pp. 211-215.',
      {'type': 'book', 'author': ['Domínguez Ortiz'], 'publisher': 'Istmo', 'publisher-place': 'Madrid', 'year': 1973},
      ('211-215', 'page'), 'full', id='es-dominguez-ortiz'),
    P('Enrique Florescano, Precios del maíz y crisis agrícolas en México (1708-1810), México, El Colegio de México, 1969, p. 88.',
      {'type': 'book', 'title': 'Precios del maíz y crisis agrícolas en México (1708-1810)', 'publisher': 'El Colegio de México', 'publisher-place': 'México', 'year': 1969},
      ('88', 'page'), 'full', id='es-colegio-de-mexico'),
    P('Carmen Iglesias, «Montesquieu y la idea de la monarquía», Revista de Estudios Políticos, 48 (1985), pp. 31-58.',
      {'type': 'article-journal', 'title': 'Montesquieu y la idea de la monarquía', 'container-title': 'Revista de Estudios Políticos', 'volume': '48', 'year': 1985, 'page': '31-58'},
      None, 'full', id='es-article-guillemets'),
    P('Josefina Zoraida Vázquez (coord.), Interpretaciones de la Independencia de México, México, Nueva Imagen, 1997, p. 12.',
      {'type': 'book', 'editor': ['Vázquez'], 'author': [], 'publisher': 'Nueva Imagen', 'year': 1997},
      ('12', 'page'), 'full', id='es-coord'),
    P('Véase Pierre Vilar, La Catalogne dans l\'Espagne moderne, Paris, SEVPEN, 1962, t. II, p. 340.',
      {'author': ['Vilar'], 'volume': 'II', 'publisher': 'SEVPEN', 'year': 1962},
      ('340', 'page'), 'full', id='es-vease'),
    P('Cf. Jaime Vicens Vives, Historia de España y América, Barcelona, Vicens-Vives, 1961, t. III, p. 77.',
      {'author': ['Vicens Vives'], 'volume': 'III', 'publisher': 'Vicens-Vives', 'publisher-place': 'Barcelona'},
      ('77', 'page'), 'full', id='es-vicens-vives'),
    P('Vid. Ramón Menéndez Pidal, Orígenes del español, 3.ª ed., Madrid, Espasa-Calpe, 1950, p. 420.',
      {'author': ['Menéndez Pidal'], 'title': 'Orígenes del español', 'edition': '3', 'publisher': 'Espasa-Calpe'},
      ('420', 'page'), 'full', id='es-vid-menendez-pidal'),
    P('Ver Serge Gruzinski, La colonización de lo imaginario, México, Fondo de Cultura Económica, 1991, cap. 2.',
      {'author': ['Gruzinski'], 'publisher': 'Fondo de Cultura Económica', 'publisher-place': 'México'},
      ('2', 'chapter'), 'full', id='es-ver'),
    P('Manuel Fernández Álvarez, Felipe II y su tiempo, Madrid, Espasa, 1998, pp. 512-513.',
      {'author': ['Fernández Álvarez'], 'title': 'Felipe II y su tiempo', 'publisher': 'Espasa'},
      ('512-513', 'page'), 'full', id='es-fernandez-alvarez'),
    P('John H. Elliott, El conde-duque de Olivares, Barcelona, Crítica, 1990, p. 211, n. 34.',
      {'author': ['Elliott'], 'publisher': 'Crítica', 'publisher-place': 'Barcelona', 'year': 1990},
      ('211', 'page'), 'full', id='es-page-and-note'),
    P('Beatriz Rojas, «Las ciudades novohispanas ante la crisis», Historia Mexicana, vol. 58, núm. 1 (2008), pp. 287-324.',
      {'type': 'article-journal', 'container-title': 'Historia Mexicana', 'volume': '58', 'issue': '1', 'page': '287-324', 'year': 2008},
      None, 'full', id='es-vol-num'),
    P('Halperin Donghi, Revolución y guerra, p. 150.',
      {'author': ['Halperin Donghi'], 'title': 'Revolución y guerra'}, ('150', 'page'), 'short', id='es-short-two-surnames'),
    P('Ortega y Gasset, La rebelión de las masas, p. 70.',
      {'author': ['Ortega y Gasset'], 'title': 'La rebelión de las masas'}, ('70', 'page'), 'short', id='es-short-ortega'),
    P('Ibid., p. 152.', {}, ('152', 'page'), 'ibid', id='es-ibid'),
    P('Ibíd., p. 81.', {}, ('81', 'page'), 'ibid', id='es-ibid-accent'),
    P('Ídem, p. 84.', {}, ('84', 'page'), 'idem', id='es-idem'),
    P('Gaspar Melchor de Jovellanos, Informe sobre la ley agraria, ed. de José Lage, Madrid, Cátedra, 1977, p. 190.',
      {'author': ['Jovellanos'], 'editor': ['Lage'], 'publisher': 'Cátedra', 'year': 1977},
      ('190', 'page'), 'full', id='es-ed-de'),
    P('Juan Pérez de Tudela Bueso, Los orígenes de la Hacienda, Madrid, 1958, pp. 15-19.',
      {'author': ['Pérez de Tudela Bueso'], 'publisher-place': 'Madrid', 'year': 1958}, ('15-19', 'page'), 'full', id='es-perez-de-tudela'),
    P('Ramón Carande, Carlos V y sus banqueros, 3 vols., Barcelona, Crítica, 1987, t. 2, p. 44.',
      {'author': ['Carande'], 'title': 'Carlos V y sus banqueros', 'number-of-volumes': '3', 'volume': '2', 'publisher': 'Crítica'},
      ('44', 'page'), 'full', id='es-carande'),  # (a miss until the integrator's name-in-title rule, 2026-11-28)
    P('José Antonio Maravall, Estado moderno y mentalidad social, Madrid, Revista de Occidente, 1972, t. I, pp. 101-104.',
      {'author': ['Maravall'], 'volume': 'I', 'publisher': 'Revista de Occidente'}, ('101-104', 'page'), 'full', id='es-maravall'),
    P('Sergio Villalobos R., Historia de Chile, Santiago, Editorial Universitaria, 1974, p. 67.',
      {'author': ['Villalobos R.'], 'publisher': 'Editorial Universitaria', 'publisher-place': 'Santiago'}, ('67', 'page'), 'full', id='es-chile-initial'),
    P('Jorge Basadre, Historia de la República del Perú, 5.ª ed., Lima, Ediciones Historia, 1961, t. 1, p. 212.',
      {'author': ['Basadre'], 'edition': '5', 'publisher': 'Ediciones Historia', 'publisher-place': 'Lima', 'volume': '1'}, ('212', 'page'), 'full', id='es-lima'),
    P('Miguel León-Portilla, Visión de los vencidos, México, UNAM, 1959, p. 33.',
      {'author': ['León-Portilla'], 'publisher': 'UNAM', 'publisher-place': 'México'}, ('33', 'page'), 'full', id='es-unam'),
    P('Edmundo O\'Gorman, La invención de América, México, Fondo de Cultura Económica, 1958, pp. 77-80.',
      {'author': ["O'Gorman"], 'title': 'La invención de América'}, ('77-80', 'page'), 'full', id='es-ogorman'),
    P('José Carlos Chiaramonte, Ciudades, provincias, Estados, Buenos Aires, Ariel, 1997, p. 154.',
      {'author': ['Chiaramonte'], 'title': 'Ciudades, provincias, Estados', 'publisher': 'Ariel'}, ('154', 'page'), 'full',
      id='es-title-with-commas', marks=miss('a title of commas: the tagger runs author, title and imprint together')),
    P('Luis González y González, Pueblo en vilo, México, El Colegio de México, 1968, p. 99.',
      {'author': ['González y González'], 'publisher': 'El Colegio de México'}, ('99', 'page'), 'full', id='es-gonzalez-y-gonzalez'),
    # --- Spanish and Latin-American archives
    P('Archivo General de Indias (AGI), Indiferente General, leg. 1530, exp. 4.',
      {'type': 'manuscript', 'archive': 'Archivo General de Indias (AGI)', 'archive_collection': 'Indiferente General', 'archive_location': 'leg. 1530, exp. 4', 'year': None},
      None, 'full', id='arch-agi'),
    P('AGI, México, leg. 2096, fol. 12v.',
      {'type': 'manuscript', 'archive': 'AGI', 'archive_collection': 'México', 'archive_location': 'leg. 2096'},
      ('12v', 'folio'), 'full', id='arch-agi-siglum'),
    P('Archivo Histórico Nacional (AHN), Consejos, leg. 11.984, exp. 7.',
      {'type': 'manuscript', 'archive': 'Archivo Histórico Nacional (AHN)', 'archive_collection': 'Consejos', 'archive_location': 'leg. 11.984, exp. 7'},
      None, 'full', id='arch-ahn'),
    P('Archivo General de Simancas (AGS), Estado, leg. 2851, doc. 45.',
      {'type': 'manuscript', 'archive': 'Archivo General de Simancas (AGS)', 'archive_collection': 'Estado', 'archive_location': 'leg. 2851, doc. 45'},
      None, 'full', id='arch-ags'),
    P('Archivo General de la Nación (AGN), Inquisición, vol. 1255, exp. 3, f. 45.',
      {'type': 'manuscript', 'archive': 'Archivo General de la Nación (AGN)', 'archive_collection': 'Inquisición', 'archive_location': 'vol. 1255, exp. 3'},
      ('45', 'folio'), 'full', id='arch-agn-mexico'),
    P('Arquivo Nacional da Torre do Tombo (ANTT), Chancelaria de D. João III, liv. 19, fl. 143v.',
      {'type': 'manuscript', 'archive': 'Arquivo Nacional da Torre do Tombo (ANTT)', 'archive_collection': 'Chancelaria de D. João III', 'archive_location': 'liv. 19'},
      ('143v', 'folio'), 'full', id='arch-antt'),
    # --- Portuguese and Brazilian
    P('Sérgio Buarque de Holanda, Raízes do Brasil, 26.ª ed., São Paulo, Companhia das Letras, 1995, p. 141.',
      {'type': 'book', 'author': ['Buarque de Holanda'], 'title': 'Raízes do Brasil', 'edition': '26', 'publisher': 'Companhia das Letras', 'publisher-place': 'São Paulo', 'year': 1995},
      ('141', 'page'), 'full', id='pt-buarque-de-holanda'),
    P('Laura de Mello e Souza, O diabo e a Terra de Santa Cruz, São Paulo, Companhia das Letras, 1986, p. 72.',
      {'type': 'book', 'author': ['Mello e Souza'], 'title': 'O diabo e a Terra de Santa Cruz', 'publisher': 'Companhia das Letras', 'year': 1986},
      ('72', 'page'), 'full', id='pt-mello-e-souza'),
    P('Gilberto Freyre, Casa-grande & senzala, 48.ª ed., Recife, Global, 2003, p. 65.',
      {'author': ['Freyre'], 'title': 'Casa-grande & senzala', 'edition': '48', 'publisher': 'Global', 'publisher-place': 'Recife'},
      ('65', 'page'), 'full', id='pt-freyre'),
    P('Caio Prado Júnior, Formação do Brasil contemporâneo, São Paulo, Brasiliense, 1942, p. 19.',
      {'author': ['Prado Júnior'], 'title': 'Formação do Brasil contemporâneo', 'publisher': 'Brasiliense', 'publisher-place': 'São Paulo', 'year': 1942},
      ('19', 'page'), 'full', id='pt-prado-junior'),
    P('Fernando A. Novais, Portugal e Brasil na crise do antigo sistema colonial (1777-1808), São Paulo, Hucitec, 1979, pp. 57-60.',
      {'author': ['Novais'], 'publisher': 'Hucitec', 'year': 1979}, ('57-60', 'page'), 'full', id='pt-novais'),
    P('Vitorino Magalhães Godinho, Os descobrimentos e a economia mundial, Lisboa, Arcádia, 1963, vol. 1, p. 88.',
      {'author': ['Godinho'], 'publisher': 'Arcádia', 'publisher-place': 'Lisboa', 'volume': '1'}, ('88', 'page'), 'full', id='pt-godinho'),
    P('Ronaldo Vainfas, «Moralidades brasílicas», in Fernando A. Novais (org.), História da vida privada no Brasil, São Paulo, Companhia das Letras, 1997, vol. 1, pp. 221-273.',
      {'type': 'chapter', 'author': ['Vainfas'], 'editor': ['Novais'], 'title': 'Moralidades brasílicas', 'container-title': 'História da vida privada no Brasil', 'publisher': 'Companhia das Letras', 'publisher-place': 'São Paulo', 'volume': '1', 'page': '221-273'},
      None, 'full', id='pt-chapter-org'),
    P('Buarque de Holanda, Raízes do Brasil, p. 146.',
      {'author': ['Buarque de Holanda'], 'title': 'Raízes do Brasil'}, ('146', 'page'), 'short', id='pt-short-buarque',
      marks=miss('the short form\'s name and title tagged as one title span')),
    P('Mello e Souza, O diabo, p. 80.',
      {'author': ['Mello e Souza'], 'title': 'O diabo'}, ('80', 'page'), 'short', id='pt-short-mello-e-souza',
      marks=miss('"Mello e Souza" alone cannot be told from two surnames joined by "e" (Italian "Rossi e Bianchi")')),
    # --- Catalan
    P('Jaume Vicens i Vives, Notícia de Catalunya, Barcelona, Destino, 1954, p. 45.',
      {'author': ['Vicens i Vives'], 'title': 'Notícia de Catalunya', 'publisher': 'Destino', 'publisher-place': 'Barcelona'},
      ('45', 'page'), 'full', id='ca-vicens-i-vives', marks=miss('the name read as the title, the title as the publisher')),
    P('Pierre Vilar, Catalunya dins l\'Espanya moderna, Barcelona, Edicions 62, 1964, vol. 2, p. 118.',
      {'author': ['Vilar'], 'publisher': 'Edicions 62', 'publisher-place': 'Barcelona', 'volume': '2', 'year': 1964},
      ('118', 'page'), 'full', id='ca-edicions-62'),
    P('Eva Serra i Puig, «La societat rural catalana», Recerques, 12 (1982), p. 45-67.',
      {'type': 'article-journal', 'author': ['Serra i Puig'], 'container-title': 'Recerques', 'volume': '12', 'page': '45-67'},
      None, 'full', id='ca-serra-i-puig'),
    P('Josep Fontana, La fi de l\'Antic Règim i la industrialització, Barcelona, Edicions 62, 1988, p. 233.',
      {'author': ['Fontana'], 'publisher': 'Edicions 62', 'volume': None, 'year': 1988}, ('233', 'page'), 'full', id='ca-fontana'),
    # --- Dutch
    P('J. Huizinga, Herfsttij der Middeleeuwen, Haarlem, Tjeenk Willink, 1919, blz. 54.',
      {'author': ['Huizinga'], 'title': 'Herfsttij der Middeleeuwen', 'publisher': 'Tjeenk Willink', 'publisher-place': 'Haarlem', 'year': 1919},
      ('54', 'page'), 'full', id='nl-blz'),
    P('P. Geyl, Geschiedenis van de Nederlandsche stam, dl. 2, Amsterdam, Wereldbibliotheek, 1934, blz. 112.',
      {'author': ['Geyl'], 'volume': '2', 'publisher': 'Wereldbibliotheek', 'publisher-place': 'Amsterdam'},
      ('112', 'page'), 'full', id='nl-dl-blz'),
    P('Zie J. C. Boogman en C. A. Tamse (red.), Emancipatie in Nederland, Den Haag, Nijhoff, 1978, blz. 33.',
      {'editor': ['Boogman', 'Tamse'], 'title': 'Emancipatie in Nederland', 'publisher': 'Nijhoff', 'publisher-place': 'Den Haag'},
      ('33', 'page'), 'full', id='nl-zie-red-en'),
    P('A. Th. van Deursen, Het kopergeld van de Gouden Eeuw, \'s-Gravenhage, Van Gorcum, 1978, dl. 1, blz. 88.',
      {'author': ['Deursen'], 'title': 'Het kopergeld van de Gouden Eeuw', 'publisher-place': "'s-Gravenhage", 'publisher': 'Van Gorcum', 'volume': '1'},
      ('88', 'page'), 'full', id='nl-s-gravenhage', marks=miss("the title read with the author's name, \"'s-Gravenhage\" as the title")),
    P('Maarten Prak, Gouden Eeuw. Het raadsel van de Republiek, Nijmegen, SUN, 2002, blz. 176-179.',
      {'author': ['Prak'], 'title': 'Gouden Eeuw. Het raadsel van de Republiek', 'publisher': 'SUN', 'publisher-place': 'Nijmegen'},
      ('176-179', 'page'), 'full', id='nl-prak', marks=miss('the main title read with the author\'s name, the rest as a note')),
    P('Vgl. ook E. H. Kossmann, De Lage Landen 1780-1980, Amsterdam, Elsevier, 1986, dl. I, blz. 41.',
      {'author': ['Kossmann'], 'title': 'De Lage Landen 1780-1980', 'volume': 'I', 'publisher': 'Elsevier'},
      ('41', 'page'), 'full', id='nl-vgl-ook'),
    P('Willem Frijhoff en Marijke Spies, 1650. Bevochten eendracht, Den Haag, Sdu, 1999, blz. 211.',
      {'author': ['Frijhoff', 'Spies'], 'title': '1650. Bevochten eendracht', 'publisher': 'Sdu', 'year': 1999},
      ('211', 'page'), 'full', id='nl-en-year-title', marks=miss('the year opening the title read as a date')),
    P("Henk van Nierop, 'Het Verraad van het Noorderkwartier', Tijdschrift voor Geschiedenis 110 (1997), 1-22.",
      {'type': 'article-journal', 'author': ['Nierop'], 'container-title': 'Tijdschrift voor Geschiedenis', 'volume': '110', 'page': '1-22'},
      None, 'full', id='nl-article'),
    P('Pieter de Vries, De Amsterdamse graanhandel in de zeventiende eeuw (proefschrift, Universiteit van Amsterdam, 1987), blz. 45.',
      {'type': 'thesis', 'title': 'De Amsterdamse graanhandel in de zeventiende eeuw', 'genre': 'proefschrift', 'publisher': 'Universiteit van Amsterdam'},
      ('45', 'page'), 'full', id='nl-proefschrift'),
    # --- Polish
    P('Jerzy Topolski, Narodziny kapitalizmu w Europie XIV-XVII wieku, Warszawa, PWN, 1965, s. 87.',
      {'author': ['Topolski'], 'publisher': 'PWN', 'publisher-place': 'Warszawa'}, ('87', 'page'), 'full', id='pl-s'),
    P('Por. Henryk Samsonowicz, Historia Polski do roku 1795, Warszawa, WSiP, 1990, s. 122-125.',
      {'author': ['Samsonowicz'], 'title': 'Historia Polski do roku 1795', 'publisher': 'WSiP'}, ('122-125', 'page'), 'full', id='pl-por'),
    P('Zob. Janusz Tazbir (red.), Polska na tle Europy XVI-XVII wieku, Warszawa, Wiedza Powszechna, 1973, s. 44.',
      {'editor': ['Tazbir'], 'publisher': 'Wiedza Powszechna'}, ('44', 'page'), 'full', id='pl-zob-red'),
    P('Antoni Mączak, Klientela. Nieformalne systemy władzy w Polsce i Europie XVI-XVIII w., Warszawa, Semper, 1994, s. 58.',
      {'author': ['Mączak'], 'title': 'Klientela. Nieformalne systemy władzy w Polsce i Europie XVI-XVIII w.', 'publisher': 'Semper'},
      ('58', 'page'), 'full', id='pl-maczak', marks=miss('the main title read with the author\'s name')),
    P('Jan Kieniewicz, "Szlachta i chłopi", Kwartalnik Historyczny, t. 89, 1982, nr 2, s. 311-330.',
      {'type': 'article-journal', 'container-title': 'Kwartalnik Historyczny', 'volume': '89', 'issue': '2', 'page': '311-330', 'year': 1982},
      None, 'full', id='pl-article-t-nr'),
    P('Akta grodzkie i ziemskie, oprac. Oswald Balzer, t. 15, Lwów, 1891, s. 204.',
      {'title': 'Akta grodzkie i ziemskie', 'editor': ['Balzer'], 'volume': '15', 'publisher-place': 'Lwów'},
      ('204', 'page'), 'full', id='pl-oprac'),
    P('Anna Nowak, Mieszczaństwo krakowskie w XVI wieku (praca doktorska, Uniwersytet Jagielloński, 1999), s. 88.',
      {'type': 'thesis', 'title': 'Mieszczaństwo krakowskie w XVI wieku', 'genre': 'praca doktorska', 'publisher': 'Uniwersytet Jagielloński'},
      ('88', 'page'), 'full', id='pl-praca-doktorska'),
    # --- Czech
    P('Josef Pekař, Smysl českých dějin, Praha, Rovnost, 1929, s. 23.',
      {'author': ['Pekař'], 'publisher': 'Rovnost', 'publisher-place': 'Praha'}, ('23', 'page'), 'full', id='cs-praha'),
    P('Srov. František Šmahel, Husitská revoluce, sv. 2, Praha, Karolinum, 1993, s. 301.',
      {'author': ['Šmahel'], 'title': 'Husitská revoluce', 'volume': '2', 'publisher': 'Karolinum'}, ('301', 'page'), 'full', id='cs-srov-sv'),
    P('Jaroslav Pánek (ed.), Dějiny českých zemí, Praha, Karolinum, 2008, s. 154.',
      {'editor': ['Pánek'], 'publisher': 'Karolinum'}, ('154', 'page'), 'full', id='cs-ed'),
    # --- Swedish, Danish, Norwegian
    P('Eli F. Heckscher, Sveriges ekonomiska historia från Gustav Vasa, Stockholm, Bonnier, 1936, s. 212.',
      {'author': ['Heckscher'], 'publisher': 'Bonnier', 'publisher-place': 'Stockholm'}, ('212', 'page'), 'full', id='sv-heckscher'),
    P('Se Kurt Samuelsson, Från stormakt till välfärdsstat, 2 uppl., Stockholm, Rabén & Sjögren, 1969, s. 44.',
      {'author': ['Samuelsson'], 'title': 'Från stormakt till välfärdsstat', 'edition': '2', 'publisher': 'Rabén & Sjögren'},
      ('44', 'page'), 'full', id='sv-se-uppl'),
    P('Jfr Ole Feldbæk, Danmarks historie, bd. 4, København, Gyldendal, 1982, s. 95.',
      {'author': ['Feldbæk'], 'volume': '4', 'publisher': 'Gyldendal', 'publisher-place': 'København'}, ('95', 'page'), 'full', id='da-jfr-bd'),
    P('Knut Mykland (red.), Norges historie, Oslo, Cappelen, 1977, s. 310.',
      {'editor': ['Mykland'], 'publisher': 'Cappelen', 'publisher-place': 'Oslo'}, ('310', 'page'), 'full', id='no-red'),
    P('Jan Lindegren, Utskrivning och utsugning, Uppsala, 1980, s. 77.',
      {'author': ['Lindegren'], 'title': 'Utskrivning och utsugning', 'publisher-place': 'Uppsala', 'year': 1980}, ('77', 'page'), 'full', id='sv-place-only'),
    # --- Hungarian: the family name first, "102. o." (oldal)
    P('Szekfű Gyula, Magyar történet, Budapest, Királyi Magyar Egyetemi Nyomda, 1935, 102. o.',
      {'author': ['Szekfű'], 'publisher': 'Királyi Magyar Egyetemi Nyomda', 'publisher-place': 'Budapest'}, ('102', 'page'), 'full', id='hu-szekfu'),
    P('Hajnal István, Az újkor története, Budapest, Magyar Szemle Társaság, 1936, 45. o.',
      {'author': ['Hajnal'], 'title': 'Az újkor története'}, ('45', 'page'), 'full', id='hu-hajnal'),
    P('Ránki György, Gazdaság és külpolitika, Budapest, Magvető, 1981.',
      {'author': ['Ránki'], 'publisher': 'Magvető', 'year': 1981}, None, 'full', id='hu-ranki'),
    # --- Japanese, Chinese, Korean: family name first
    P('Maruyama Masao, Nihon seiji shisōshi kenkyū (Tokyo: Tōkyō Daigaku Shuppankai, 1952), 34.',
      {'author': ['Maruyama'], 'title': 'Nihon seiji shisōshi kenkyū', 'publisher': 'Tōkyō Daigaku Shuppankai', 'publisher-place': 'Tokyo'},
      ('34', 'page'), 'full', id='ja-maruyama'),
    P('Maruyama Masao, Studies in the Intellectual History of Tokugawa Japan, trans. Mikiso Hane (Princeton: Princeton University Press, 1974), 57.',
      {'author': ['Maruyama'], 'translator': ['Hane']}, ('57', 'page'), 'full', id='ja-maruyama-translated'),
    P('Irokawa Daikichi, Meiji no bunka (Tokyo: Iwanami Shoten, 1970), 112–15.',
      {'author': ['Irokawa'], 'publisher': 'Iwanami Shoten'}, ('112-115', 'page'), 'full', id='ja-irokawa'),
    P('Gu Jiegang, Gushi bian (Beijing: Pushe, 1926), 1:45.',
      {'author': ['Gu'], 'title': 'Gushi bian', 'publisher': 'Pushe', 'publisher-place': 'Beijing'}, None, 'full',
      id='zh-gu-jiegang'),  # (read right since round 12: the author span holding the title is split)
    P('Wang Guowei, "Yin Zhou zhidu lun," in Guantang jilin (Beijing: Zhonghua shuju, 1959), 451–80.',
      {'type': 'chapter', 'author': ['Wang'], 'container-title': 'Guantang jilin', 'publisher': 'Zhonghua shuju', 'publisher-place': 'Beijing', 'page': '451-480'},
      None, 'full', id='zh-wang-guowei'),
    P("Yi Ki-baek, Han'guksa sillon (Seoul: Ilchogak, 1967), 88.",
      {'author': ['Yi'], 'title': "Han'guksa sillon", 'publisher': 'Ilchogak', 'publisher-place': 'Seoul', 'year': 1967}, ('88', 'page'), 'full', id='ko-yi-ki-baek'),
    P("Kim Yong-sŏp, Chosŏn hugi nongŏpsa yŏn'gu (Seoul: Ilchogak, 1970), 203.",
      {'author': ['Kim'], 'publisher': 'Ilchogak', 'publisher-place': 'Seoul'}, ('203', 'page'), 'full', id='ko-kim-yong-sop'),
    # --- medieval manuscripts, Italian archives
    P('Paris, Bibliothèque nationale de France, MS lat. 12048, fol. 35v.',
      {'type': 'manuscript', 'archive': 'Bibliothèque nationale de France', 'archive-place': 'Paris', 'archive_location': 'MS lat. 12048'},
      ('35v', 'folio'), 'full', id='ms-bnf'),
    P('London, British Library, Cotton MS Nero D IV, fol. 27r.',
      {'type': 'manuscript', 'archive': 'British Library', 'archive-place': 'London', 'archive_location': 'Cotton MS Nero D IV'},
      ('27r', 'folio'), 'full', id='ms-cotton'),
    P('Oxford, Bodleian Library, MS Laud Misc. 636, fols. 1r–88v.',
      {'type': 'manuscript', 'archive': 'Bodleian Library', 'archive-place': 'Oxford', 'archive_location': 'MS Laud Misc. 636'},
      ('1r-88v', 'folio'), 'full', id='ms-laud'),
    P('Vaticano, Biblioteca Apostolica Vaticana, Vat. lat. 3225, f. 14r.',
      {'type': 'manuscript', 'archive': 'Biblioteca Apostolica Vaticana', 'archive_location': 'Vat. lat. 3225'},
      ('14r', 'folio'), 'full', id='ms-vat-lat'),
    P('Sankt Gallen, Stiftsbibliothek, Cod. Sang. 914, p. 45.',
      {'type': 'manuscript', 'archive': 'Stiftsbibliothek', 'archive-place': 'Sankt Gallen', 'archive_location': 'Cod. Sang. 914'},
      ('45', 'page'), 'full', id='ms-cod-sang'),
    P('Firenze, Archivio di Stato, Mediceo avanti il Principato, filza 12, c. 12r.',
      {'type': 'manuscript', 'archive': 'Archivio di Stato', 'archive-place': 'Firenze', 'archive_collection': 'Mediceo avanti il Principato', 'archive_location': 'filza 12'},
      ('12r', 'folio'), 'full', id='it-asf-carta'),
    P('Archivio di Stato di Venezia (ASVe), Senato, Deliberazioni, reg. 23, c. 45v.',
      {'type': 'manuscript', 'archive': 'Archivio di Stato di Venezia (ASVe)', 'archive_collection': 'Senato, Deliberazioni', 'archive_location': 'reg. 23'},
      ('45v', 'folio'), 'full', id='it-asve-carta'),
    # --- titles ending in years, anniversary editions, a page and its note
    P('Chris Wickham, Framing the Early Middle Ages: Europe and the Mediterranean, 400–800 (Oxford, 2005), 519.',
      {'type': 'book', 'title': 'Framing the Early Middle Ages: Europe and the Mediterranean, 400–800', 'publisher-place': 'Oxford', 'year': 2005},
      ('519', 'page'), 'full', id='en-title-years'),
    P('Peter Brown, The Rise of Western Christendom: Triumph and Diversity, A.D. 200–1000, 10th anniversary ed. (Chichester: Wiley-Blackwell, 2013), 88.',
      {'title': 'The Rise of Western Christendom: Triumph and Diversity, A.D. 200–1000', 'edition': '10th anniversary ed.', 'publisher': 'Wiley-Blackwell', 'year': 2013},
      ('88', 'page'), 'full', id='en-title-ad-years-anniversary', marks=miss('the title\'s years and the edition read as one date')),
    P('Benedict Anderson, Imagined Communities, 40th anniversary ed. (London: Verso, 2016), 6.',
      {'title': 'Imagined Communities', 'edition': '40th anniversary ed.', 'publisher': 'Verso', 'year': 2016}, ('6', 'page'), 'full', id='en-anniversary-ed'),
    P('R. I. Moore, The Formation of a Persecuting Society, 2nd ed. (Oxford: Blackwell, 2007), 211, n. 34.',
      {'title': 'The Formation of a Persecuting Society', 'edition': '2', 'publisher': 'Blackwell'}, ('211', 'page'), 'full', id='en-page-and-note'),
    P('Mario Góngora, Studies in the Colonial History of Spanish America (Cambridge: Cambridge University Press, 1975), 112.',
      {'author': ['Góngora'], 'publisher': 'Cambridge University Press'}, ('112', 'page'), 'full', id='en-gongora'),
    # --- theses
    P('Karl Heinz Müller, Die Zunftverfassung in Ulm 1400–1550, Phil. Diss. Tübingen 1962, S. 34.',
      {'type': 'thesis', 'title': 'Die Zunftverfassung in Ulm 1400–1550', 'genre': 'Phil. Diss.', 'publisher-place': 'Tübingen', 'year': 1962},
      ('34', 'page'), 'full', id='de-phil-diss'),
    P('Hans Becker, Studien zum Kirchengut im Bistum Passau (Phil. Diss., Universität Wien, 1958), 77.',
      {'type': 'thesis', 'title': 'Studien zum Kirchengut im Bistum Passau', 'genre': 'Phil. Diss.', 'publisher': 'Universität Wien', 'year': 1958},
      ('77', 'page'), 'full', id='de-phil-diss-bracket'),
    P('María Elena Torres, «Comercio y crédito en Veracruz, 1780-1820» (tesis doctoral, Universidad Nacional Autónoma de México, 2001), p. 56.',
      {'type': 'thesis', 'author': ['Torres'], 'genre': 'tesis doctoral', 'publisher': 'Universidad Nacional Autónoma de México'},
      ('56', 'page'), 'full', id='es-tesis-doctoral'),
    P('Ana Paula Ribeiro, «Os homens de negócio do Rio de Janeiro» (tese de doutorado, Universidade de São Paulo, 2004), p. 112.',
      {'type': 'thesis', 'author': ['Ribeiro'], 'genre': 'tese de doutorado', 'publisher': 'Universidade de São Paulo'},
      ('112', 'page'), 'full', id='pt-tese-de-doutorado'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_round7_note(
    note: str, expected: dict[str, Any], occurrence: tuple[str, str] | None, kind: str, check_note: Any
) -> None:
    check_note(note, expected, occurrence, kind)


@pytest.mark.parametrize(
    ("note", "prefix"),
    [
        P('Véase Pierre Vilar, La Catalogne, Paris, 1962, p. 3.', 'Véase', id='vease'),
        P('Zie J. C. Boogman, Emancipatie, Den Haag, 1978, blz. 33.', 'Zie', id='zie'),
        P('Vgl. ook E. H. Kossmann, De Lage Landen, Amsterdam, 1986.', 'Vgl. ook', id='vgl-ook'),
        P('Zob. Janusz Tazbir, Polska, Warszawa, 1973, s. 44.', 'Zob.', id='zob'),
        P('Srov. František Šmahel, Husitská revoluce, Praha, 1993, s. 301.', 'Srov.', id='srov'),
        P('Jfr Ole Feldbæk, Danmarks historie, København, 1982, s. 95.', 'Jfr', id='jfr'),
    ],
)
def test_round7_signal_is_the_prefix_not_a_given_name(note: str, prefix: str) -> None:
    parsed = parse_reference(note)
    assert parsed.prefix == prefix
    assert not any(prefix.split()[0] in name.get("given", "") for name in parsed.item.get("author", []))


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        P("Véase Pierre Vilar, La Catalogne", "Véase ", id="vease"),
        P("Véase también Pierre Vilar, La Catalogne", "Véase también ", id="vease-tambien"),
        P("Vid. Ramón Menéndez Pidal, Orígenes", "Vid. ", id="vid"),
        P("Ver «Las ciudades novohispanas»", "Ver ", id="ver-before-a-title"),
        P("Zie J. C. Boogman", "Zie ", id="zie"),
        P("Vgl. ook E. H. Kossmann", "Vgl. ook ", id="vgl-ook"),
        P("Por. Henryk Samsonowicz", "Por. ", id="por"),
        P("Zob. też Janusz Tazbir", "Zob. też ", id="zob-tez"),
        P("Srov. František Šmahel", "Srov. ", id="srov"),
        P("Se Kurt Samuelsson", "Se ", id="se"),
        P("Jfr Ole Feldbæk", "Jfr ", id="jfr"),
        P("Se non è vero, è ben trovato", "", id="left-alone-italian-se"),
        P("Ver sacrum 3 (1900)", "", id="left-alone-ver-sacrum"),
        P("Zienkiewicz, O. C., The Finite Element Method", "", id="left-alone-name-starting-zie"),
        P("See Paul Hagenloh, Stalin’s Police", "", id="left-alone-learnt-signal"),
    ],
)
def test_round7_leading_signal(text: str, signal: str) -> None:
    assert text[: leading_signal(text)] == signal
