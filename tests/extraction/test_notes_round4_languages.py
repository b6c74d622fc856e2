"""A fourth round of whole footnotes, in languages the extractor had seen little of.

The notes are invented (authors, titles, pages, shelf-marks) and were written with their expected
reading before citekit read them, in sequences as in a real article, so back-references have their
earlier notes: Spanish and Latin-American history ("Véase", "Vid.", "y", "Ibíd.", "Ídem", "Id.,
ibid.", "ob. cit.", "loc. cit.", "art. cit.", AGS/AGI/AHN runs of "leg.", "exp.", "fol."), Portuguese
and Brazilian ("Cf.", "ver também", "Idem, ibidem", "fl."), Catalan ("Vegeu", "i"), Dutch ("Zie",
"vgl. ook", "en", "ibidem", "a.w.", "t.a.p.", "dl."), Polish ("Por.", "Zob. też", "oraz", "i",
"Tamże", "dz. cyt.", "art. cyt.", "tenże", "k.", "tu s."), Czech ("Srov.", "a", "Tamtéž", "c. d.",
"Týž", "Díl 1."), Swedish, Danish and Norwegian ("Se", "Jfr", "Jf.", "och", "og", "Sst.", "Smst.",
"a.a.") and Hungarian ("Vö.", "és", "Uo.", "i. m.").  Each sequence is read as one ``--notes``
document.  Each row: the note, then per citation (kind, a word of the title of the entry the
citation points to -- so a back-reference's link is checked -- or None, locator).

First batch (``SEQUENCES``, 108 notes): 57 read fully right before the round's fixes (the
back-reference words of Polish, Czech, Scandinavian, Dutch and Hungarian notes read as short forms
or lost, their signals kept in the citation, their "and" not splitting two works, "Republiek,
Nijmegen 2002," taken for a German periodical citation, "dl. I" and "Díl 1." ending a citation,
Catalan, Portuguese, Polish, Czech and Swedish archives unread, "tu s. 12" lost, a two-word Iberian
surname's short form taken for a first citation); 104 after them.  Second batch (``HELD_OUT``,
34 notes), written after those fixes and run before any fix of its own: 30 right at first (a
Dutch particle surname "Van der Woude", two authors joined by "en" left in the title; and twice my
own expectation: "doc. 14" after "leg. 560" is the document cited, a locator, as citekit had it);
34 after.
The four still wrong are strict xfails below, each with its reason.
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.extraction import extract
from citekit.extraction.classify import classify
from citekit.extraction.split import split_note
from citekit.model import Document


def norm_locator(locator: str | None) -> str | None:
    """A locator with hyphens for dashes (every range in these notes is written in full)."""
    return None if locator is None else locator.replace("–", "-")


Row = tuple[str, list[tuple[str, "str | None", "str | None"]]]

SEQUENCES: dict[str, list[Row]] = {
    'es': [
        ('Véase John H. Elliott, La rebelión de los catalanes. Un estudio sobre la decadencia de España (1598-1640), Madrid, Siglo XXI, 1977, p. 45.',
         [('full', 'rebelión', '45')]),
        ('Ibíd., p. 52.',
         [('ibid', 'rebelión', '52')]),
        ('Antonio Domínguez Ortiz, La sociedad española en el siglo XVII, Madrid, CSIC, 1963, t. I, pp. 112-115; y Bartolomé Bennassar, Valladolid en el Siglo de Oro. Una ciudad de Castilla y su entorno agrario en el siglo XVI, Valladolid, Ámbito, 1983, p. 230.',
         [('full', 'sociedad española', '112-115'), ('full', 'Valladolid', '230')]),
        ('Elliott, op. cit., p. 60.',
         [('op-cit', 'rebelión', '60')]),
        ('Domínguez Ortiz, La sociedad española, p. 120.',
         [('short', 'sociedad española', '120')]),
        ('AGS, Guerra Antigua, leg. 1085, fol. 23; leg. 1090, fol. 7.',
         [('full', None, '23'), ('full', None, '7')]),
        ('Ibíd., fol. 9.',
         [('ibid', None, '9')]),
        ('AHN, Consejos, leg. 7145, exp. 12, fol. 3v.',
         [('full', None, '3v')]),
        ('Cf. Pablo Fernández Albaladejo, Fragmentos de monarquía. Trabajos de historia política, Madrid, Alianza, 1992, pp. 241-283.',
         [('full', 'Fragmentos', '241-283')]),
        ('Fernández Albaladejo, ob. cit., p. 250.',
         [('op-cit', 'Fragmentos', '250')]),
        ('Id., ibid., p. 255.',
         [('ibid', 'Fragmentos', '255')]),
        ('Sobre este punto, véase también I. A. A. Thompson, Guerra y decadencia. Gobierno y administración en la España de los Austrias, 1560-1620, Barcelona, Crítica, 1981, p. 87.',
         [('full', 'Guerra y decadencia', '87')]),
        ('Thompson, loc. cit.',
         [('op-cit', 'Guerra y decadencia', None)]),
        ('Vid. José Antonio Maravall, «Los factores de la idea de progreso en el Renacimiento español», Revista de Occidente, 29 (1965), pp. 1-24, esp. p. 10.',
         [('full', 'factores', '10')]),
        ('Maravall, art. cit., p. 14.',
         [('op-cit', 'factores', '14')]),
        ('Ídem, Estado moderno y mentalidad social. Siglos XV a XVII, Madrid, Revista de Occidente, 1972, vol. II, p. 301.',
         [('idem', 'Estado moderno', '301')]),
        ('Ibídem, p. 305.',
         [('ibid', 'Estado moderno', '305')]),
        ('La tesis de Maravall ha sido muy discutida, pero conserva su valor para entender la cultura política de la corte.',
         []),
        ('Véase David A. Brading, Mineros y comerciantes en el México borbónico (1763-1810), México, Fondo de Cultura Económica, 1975, pp. 130-135; cf. Enrique Florescano, Precios del maíz y crisis agrícolas en México (1708-1810), México, El Colegio de México, 1969, p. 88.',
         [('full', 'Mineros', '130-135'), ('full', 'Precios del maíz', '88')]),
        ('AGI, México, leg. 1502, exp. 3, fol. 14v.',
         [('full', None, '14v')]),
        ('Brading, ob. cit., p. 140, y Florescano, op. cit., p. 90.',
         [('op-cit', 'Mineros', '140'), ('op-cit', 'Precios del maíz', '90')]),
        ('Sobre la cifra de operarios no hay acuerdo: véase Brading, Mineros y comerciantes, p. 201, y Florescano, Precios del maíz, p. 95.',
         [('short', 'Mineros', '201'), ('short', 'Precios del maíz', '95')]),
        ('Ídem, p. 96.',
         [('ibid', 'Precios del maíz', '96')]),
        ('Ibíd.',
         [('ibid', 'Precios del maíz', None)]),
        ('John Lynch, Los Austrias (1516-1700), Barcelona, Crítica, 1993, p. 412; véase también Henry Kamen, La España de Carlos II, Barcelona, Crítica, 1981, pp. 210-214.',
         [('full', 'Austrias', '412'), ('full', 'Carlos II', '210-214')]),
        ('Lynch, Los Austrias, cit., p. 415.',
         [('short', 'Austrias', '415')]),
        ('Kamen, loc. cit.',
         [('op-cit', 'Carlos II', None)]),
        ('Así lo sostiene Tulio Halperín Donghi, Reforma y disolución de los imperios ibéricos, 1750-1850, Madrid, Alianza, 1985, p. 77, aunque con reservas.',
         [('full', 'Reforma y disolución', '77')]),
        ('Halperín Donghi, op. cit., p. 80; Brading, Mineros y comerciantes, p. 210.',
         [('op-cit', 'Reforma', '80'), ('short', 'Mineros', '210')]),
        ('AGI, Indiferente General, leg. 1713; AGI, Lima, leg. 602.',
         [('full', None, None), ('full', None, None)]),
    ],
    'pt': [
        ('Cf. Charles R. Boxer, O império marítimo português, 1415-1825, Lisboa, Edições 70, 1992, p. 77.',
         [('full', 'império marítimo', '77')]),
        ('Idem, ibidem, p. 80.',
         [('ibid', 'império marítimo', '80')]),
        ('Vitorino Magalhães Godinho, Os descobrimentos e a economia mundial, 2.ª ed., Lisboa, Presença, 1982, vol. II, p. 45; ver também Luiz Felipe de Alencastro, O trato dos viventes. Formação do Brasil no Atlântico Sul, São Paulo, Companhia das Letras, 2000, p. 112.',
         [('full', 'descobrimentos', '45'), ('full', 'trato dos viventes', '112')]),
        ('Godinho, ob. cit., p. 50.',
         [('op-cit', 'descobrimentos', '50')]),
        ('Alencastro, op. cit., p. 115 e Boxer, O império marítimo, p. 90.',
         [('op-cit', 'trato dos viventes', '115'), ('short', 'império marítimo', '90')]),
        ('Arquivo Nacional da Torre do Tombo, Chancelaria de D. João III, liv. 12, fl. 45v.',
         [('full', None, '45v')]),
        ('Ibidem, fl. 46.',
         [('ibid', None, '46')]),
        ('Stuart B. Schwartz, Segredos internos. Engenhos e escravos na sociedade colonial, 1550-1835, São Paulo, Companhia das Letras, 1988, p. 220; idem, Burocracia e sociedade no Brasil colonial, São Paulo, Perspectiva, 1979, p. 33.',
         [('full', 'Segredos internos', '220'), ('idem', 'Burocracia', '33')]),
        ('Sobre o tema, ver Sérgio Buarque de Holanda, Raízes do Brasil, 26.ª ed., São Paulo, Companhia das Letras, 1995, p. 141.',
         [('full', 'Raízes', '141')]),
        ('Idem, p. 145.',
         [('ibid', 'Raízes', '145')]),
        ('Esta interpretação foi contestada pela historiografia mais recente, que destaca a agência dos escravizados.',
         []),
        ('Schwartz, Segredos internos, p. 230; ver também Holanda, ob. cit., p. 150.',
         [('short', 'Segredos', '230'), ('op-cit', 'Raízes', '150')]),
        ('Laura de Mello e Souza, Desclassificados do ouro. A pobreza mineira no século XVIII, Rio de Janeiro, Graal, 1982, pp. 70-72 e Kenneth Maxwell, A devassa da devassa. A Inconfidência Mineira: Brasil-Portugal, 1750-1808, Rio de Janeiro, Paz e Terra, 1978, p. 101.',
         [('full', 'Desclassificados', '70-72'), ('full', 'devassa', '101')]),
        ('Idem, ibidem.',
         [('ibid', 'devassa', None)]),
        ('Souza, op. cit., p. 80.',
         [('op-cit', 'Desclassificados', '80')]),
        ('Maxwell, loc. cit.',
         [('op-cit', 'devassa', None)]),
    ],
    'ca': [
        ("Vegeu Pierre Vilar, Catalunya dins l'Espanya moderna, Barcelona, Edicions 62, 1964, vol. III, p. 210; i Jaume Vicens Vives, Notícia de Catalunya, Barcelona, Ancora, 1954, p. 55.",
         [('full', 'Catalunya dins', '210'), ('full', 'Notícia', '55')]),
        ('Ibídem, p. 60.',
         [('ibid', 'Notícia', '60')]),
        ('Vilar, op. cit., vol. III, p. 215.',
         [('op-cit', 'Catalunya dins', '215')]),
        ("Arxiu de la Corona d'Aragó, Cancelleria, reg. 3145, f. 12.",
         [('full', None, '12')]),
        ("Cf. Vicens Vives, Notícia de Catalunya, p. 70, i Vilar, Catalunya dins l'Espanya moderna, vol. II, p. 33.",
         [('short', 'Notícia', '70'), ('short', 'Catalunya dins', '33')]),
        ('Ídem, Els Trastàmares (segle XV), Barcelona, Teide, 1956, p. 14.',
         [('idem', 'Trastàmares', '14')]),
        ('Ibíd., p. 16.',
         [('ibid', 'Trastàmares', '16')]),
    ],
    'nl': [
        ('Zie J. L. Price, Holland and the Dutch Republic in the Seventeenth Century, Oxford 1994, p. 88; vgl. ook Maarten Prak, Gouden Eeuw. Het raadsel van de Republiek, Nijmegen 2002, p. 140.',
         [('full', 'Holland', '88'), ('full', 'Gouden Eeuw', '140')]),
        ('Ibidem, p. 142.',
         [('ibid', 'Gouden Eeuw', '142')]),
        ('Price, a.w., p. 90.',
         [('op-cit', 'Holland', '90')]),
        ('Prak, t.a.p.',
         [('op-cit', 'Gouden Eeuw', None)]),
        ('Jonathan I. Israel, De Republiek 1477-1806, Franeker 1996, dl. I, p. 300 en Willem Frijhoff en Marijke Spies, 1650. Bevochten eendracht, Den Haag 2000, p. 45.',
         [('full', 'Republiek', '300'), ('full', 'Bevochten eendracht', '45')]),
        ('Zie hierover Frijhoff en Spies, Bevochten eendracht, p. 50.',
         [('short', 'Bevochten eendracht', '50')]),
        ('Israel, a.w., dl. II, p. 710.',
         [('op-cit', 'Republiek', '710')]),
        ('Vgl. E. H. Kossmann, Politieke theorie in het zeventiende-eeuwse Nederland, Amsterdam 1960, p. 22; anders Price, Holland, p. 95.',
         [('full', 'Politieke theorie', '22'), ('short', 'Holland', '95')]),
        ('Ibidem.',
         [('ibid', 'Holland', None)]),
        ('Nationaal Archief, Staten-Generaal, inv.nr. 5678, fol. 12.',
         [('full', None, '12')]),
        ('Kossmann, a.w., p. 30 en Prak, Gouden Eeuw, p. 150.',
         [('op-cit', 'Politieke theorie', '30'), ('short', 'Gouden Eeuw', '150')]),
        ('Deze opvatting wordt niet door alle historici gedeeld.',
         []),
    ],
    'pl': [
        ('Por. Janusz Tazbir, Państwo bez stosów. Szkice z dziejów tolerancji w Polsce XVI i XVII w., Warszawa 1967, s. 45.',
         [('full', 'Państwo bez stosów', '45')]),
        ('Tamże, s. 75.',
         [('ibid', 'Państwo bez stosów', '75')]),
        ('Zob. też Antoni Mączak, Rządzący i rządzeni. Władza i społeczeństwo w Europie wczesnonowożytnej, Warszawa 1986, s. 112 oraz Jerzy Topolski, Gospodarka polska a europejska w XVI-XVIII wieku, Poznań 1977, s. 90.',
         [('full', 'Rządzący', '112'), ('full', 'Gospodarka polska', '90')]),
        ('Tazbir, dz. cyt., s. 50.',
         [('op-cit', 'Państwo bez stosów', '50')]),
        ('Mączak, Rządzący i rządzeni, s. 120; Topolski, dz. cyt., s. 95.',
         [('short', 'Rządzący', '120'), ('op-cit', 'Gospodarka polska', '95')]),
        ('Ibidem, s. 96.',
         [('ibid', 'Gospodarka polska', '96')]),
        ('Archiwum Główne Akt Dawnych, Archiwum Radziwiłłów, dz. V, sygn. 1234, k. 15.',
         [('full', None, '15')]),
        ('Tamże, k. 17.',
         [('ibid', None, '17')]),
        ('Emanuel Rostworowski, Ilu było w Rzeczypospolitej obywateli szlacheckich?, „Kwartalnik Historyczny” 94 (1987), nr 3, s. 3-40, tu s. 12.',
         [('full', 'Ilu było', '12')]),
        ('Rostworowski, art. cyt., s. 20.',
         [('op-cit', 'Ilu było', '20')]),
        ('Por. tenże, Ostatni król Rzeczypospolitej. Geneza i upadek Konstytucji 3 maja, Warszawa 1966, s. 33.',
         [('idem', 'Ostatni król', '33')]),
        ('Tamże.',
         [('ibid', 'Ostatni król', None)]),
        ('Tę interpretację podważył ostatnio Andrzej Wyczański, który zwrócił uwagę na źródła fiskalne.',
         []),
        ('Andrzej Wyczański, Polska w Europie XVI stulecia, Warszawa 1973, s. 60 i Tazbir, Państwo bez stosów, s. 80.',
         [('full', 'Polska w Europie', '60'), ('short', 'Państwo bez stosów', '80')]),
        ('Wyczański, dz. cyt., s. 62; zob. też Mączak, dz. cyt., s. 130.',
         [('op-cit', 'Polska w Europie', '62'), ('op-cit', 'Rządzący', '130')]),
    ],
    'cs': [
        ('Srov. Josef Petráň, Zemědělská výroba v Čechách v druhé polovině 16. a počátkem 17. století, Praha 1963, s. 88.',
         [('full', 'Zemědělská výroba', '88')]),
        ('Tamtéž, s. 14.',
         [('ibid', 'Zemědělská výroba', '14')]),
        ('Jaroslav Pánek, Poslední Rožmberkové. Velmoži české renesance, Praha 1989, s. 120; srov. též Petráň, c. d., s. 95.',
         [('full', 'Poslední Rožmberkové', '120'), ('op-cit', 'Zemědělská výroba', '95')]),
        ('Pánek, c. d., s. 125.',
         [('op-cit', 'Poslední Rožmberkové', '125')]),
        ('Týž, Výprava české šlechty do Itálie v letech 1551-1552, Praha 1987, s. 40.',
         [('idem', 'Výprava', '40')]),
        ('Tamtéž.',
         [('ibid', 'Výprava', None)]),
        ('Národní archiv, Stará manipulace, kart. 1045, sign. K 12/3, fol. 5.',
         [('full', None, '5')]),
        ('Josef Válka, Dějiny Moravy. Díl 1. Středověká Morava, Brno 1991, s. 150 a Pánek, Poslední Rožmberkové, s. 130.',
         [('full', 'Dějiny Moravy', '150'), ('short', 'Poslední Rožmberkové', '130')]),
        ('Ibidem, s. 131.',
         [('ibid', 'Poslední Rožmberkové', '131')]),
    ],
    'sv': [
        ('Se Eli F. Heckscher, Sveriges ekonomiska historia från Gustav Vasa, Stockholm 1936, del 1, s. 210; jfr Michael Roberts, The Swedish Imperial Experience 1560-1718, Cambridge 1979, s. 45.',
         [('full', 'Sveriges ekonomiska', '210'), ('full', 'Swedish Imperial', '45')]),
        ('Sst., s. 47.',
         [('ibid', 'Swedish Imperial', '47')]),
        ('Heckscher, a.a., s. 215.',
         [('op-cit', 'Sveriges ekonomiska', '215')]),
        ('Roberts, a.a., s. 50 och Heckscher, Sveriges ekonomiska historia, s. 220.',
         [('op-cit', 'Swedish Imperial', '50'), ('short', 'Sveriges ekonomiska', '220')]),
        ('Riksarkivet, Kammarkollegiet, Likvidationer, vol. 12, fol. 33.',
         [('full', None, '33')]),
        ('Jfr Sven A. Nilsson, De stora krigens tid. Om Sverige som militärstat och bondesamhälle, Uppsala 1990, s. 180.',
         [('full', 'stora krigens tid', '180')]),
        ('Smst., s. 182.',
         [('ibid', 'stora krigens tid', '182')]),
    ],
    'da': [
        ('Se Knud J. V. Jespersen, Danmarks historie, bd. 3, København 1989, s. 77 og Ole Feldbæk, Den lange fred, København 1990, s. 102.',
         [('full', 'Danmarks historie', '77'), ('full', 'lange fred', '102')]),
        ('Smst., s. 105.',
         [('ibid', 'lange fred', '105')]),
        ('Jespersen, a.a., s. 80.',
         [('op-cit', 'Danmarks historie', '80')]),
        ('Jf. Øystein Rian, Den aristokratiske fyrstestaten 1536-1648, Oslo 1995, s. 60.',
         [('full', 'aristokratiske', '60')]),
        ('Sst., s. 62.',
         [('ibid', 'aristokratiske', '62')]),
        ('Feldbæk, a.a., s. 110 og Rian, a.a., s. 70.',
         [('op-cit', 'lange fred', '110'), ('op-cit', 'aristokratiske', '70')]),
    ],
    'hu': [
        ('Vö. Pach Zsigmond Pál, Nyugat-európai és magyarországi agrárfejlődés a XV-XVII. században, Budapest 1963, 45.',
         [('full', 'agrárfejlődés', '45')]),
        ('Uo. 52.',
         [('ibid', 'agrárfejlődés', '52')]),
        ('Szekfű Gyula, Magyar történet. A tizenhetedik század, Budapest 1935, 112. és R. Várkonyi Ágnes, A Rákóczi-szabadságharc, Budapest 2004, 30.',
         [('full', 'Magyar történet', '112'), ('full', 'Rákóczi', '30')]),
        ('Pach, i. m. 50.',
         [('op-cit', 'agrárfejlődés', '50')]),
        ('Uo.',
         [('ibid', 'agrárfejlődés', None)]),
        ('Szekfű, i. m. 115.; Várkonyi, i. m. 33.',
         [('op-cit', 'Magyar történet', '115'), ('op-cit', 'Rákóczi', '33')]),
    ],}

#: a second batch, written after the first round of fixes and run before any fix of its own
HELD_OUT: dict[str, list[Row]] = {
    'es2': [
        ('Para el contexto general, véase Geoffrey Parker, El ejército de Flandes y el Camino Español, 1567-1659, Madrid, Alianza, 1985, pp. 55-60.',
         [('full', 'ejército de Flandes', '55-60')]),
        ('Ibíd., pp. 61-62; cf. también René Quatrefages, Los tercios españoles (1567-1577), Madrid, Fundación Universitaria Española, 1979, p. 140.',
         [('ibid', 'ejército de Flandes', '61-62'), ('full', 'tercios', '140')]),
        ('AGS, Estado, leg. 560, doc. 14; AGS, Estado, leg. 561, doc. 2.',
         [('full', None, '14'), ('full', None, '2')]),
        ('Parker, El ejército de Flandes, p. 70, y Quatrefages, ob. cit., p. 145.',
         [('short', 'ejército de Flandes', '70'), ('op-cit', 'tercios', '145')]),
        ('Id., ibid., p. 150.',
         [('ibid', 'tercios', '150')]),
        ('No comparto la lectura de Quatrefages, que atribuye el motín exclusivamente a los atrasos en la paga.',
         []),
        ('Véase Manuel Fernández Álvarez, Felipe II y su tiempo, Madrid, Espasa, 1998, p. 600.',
         [('full', 'Felipe II', '600')]),
        ('Fernández Álvarez, Felipe II y su tiempo, p. 610.',
         [('short', 'Felipe II', '610')]),
        ('Parker, loc. cit.; Fernández Álvarez, op. cit., p. 612.',
         [('op-cit', 'ejército de Flandes', None), ('op-cit', 'Felipe II', '612')]),
        ('Ídem.',
         [('ibid', 'Felipe II', None)]),
    ],
    'pt2': [
        ('Ver Charles R. Boxer, A idade de ouro do Brasil. Dores de crescimento de uma sociedade colonial, 3.ª ed., Rio de Janeiro, Nova Fronteira, 2000, pp. 45-48.',
         [('full', 'idade de ouro', '45-48')]),
        ('Cf. A. J. R. Russell-Wood, Fidalgos e filantropos. A Santa Casa da Misericórdia da Bahia, 1550-1755, Brasília, Editora da UnB, 1981, p. 90; ver também Boxer, ob. cit., p. 50.',
         [('full', 'Fidalgos', '90'), ('op-cit', 'idade de ouro', '50')]),
        ('Idem, ibidem, p. 52.',
         [('ibid', 'idade de ouro', '52')]),
        ('Russell-Wood, Fidalgos e filantropos, p. 95 e Boxer, A idade de ouro, p. 60.',
         [('short', 'Fidalgos', '95'), ('short', 'idade de ouro', '60')]),
        ('Arquivo Histórico Ultramarino, Bahia, cx. 12, doc. 980.',
         [('full', None, '980')]),
        ('Ibidem.',
         [('ibid', None, None)]),
    ],
    'nl2': [
        ('Zie Simon Schama, Overvloed en onbehagen. De Nederlandse cultuur in de Gouden Eeuw, Amsterdam 1988, p. 300.',
         [('full', 'Overvloed', '300')]),
        ('Schama, a.w., p. 310; vgl. Jan de Vries en Ad van der Woude, Nederland 1500-1815. De eerste ronde van moderne economische groei, Amsterdam 1995, p. 60.',
         [('op-cit', 'Overvloed', '310'), ('full', 'Nederland', '60')]),
        ('De Vries en Van der Woude, t.a.p.',
         [('op-cit', 'Nederland', None)]),
        ('Stadsarchief Amsterdam, Notarieel Archief, inv.nr. 1234, fol. 56.',
         [('full', None, '56')]),
        ('Ibidem, fol. 57.',
         [('ibid', None, '57')]),
        ('Schama, Overvloed en onbehagen, p. 320 en De Vries en Van der Woude, Nederland 1500-1815, p. 70.',
         [('short', 'Overvloed', '320'), ('short', 'Nederland', '70')]),
    ],
    'pl2': [
        ('Zob. Marian Małowist, Wschód a Zachód Europy w XIII-XVI wieku. Konfrontacja struktur społeczno-gospodarczych, Warszawa 1973, s. 200.',
         [('full', 'Wschód a Zachód', '200')]),
        ('Tamże, s. 205-207.',
         [('ibid', 'Wschód a Zachód', '205-207')]),
        ('Por. Henryk Samsonowicz, Późne średniowiecze miast nadbałtyckich, Warszawa 1968, s. 50; zob. też Małowist, dz. cyt., s. 210.',
         [('full', 'Późne średniowiecze', '50'), ('op-cit', 'Wschód a Zachód', '210')]),
        ('Samsonowicz, op. cit., s. 55.',
         [('op-cit', 'Późne średniowiecze', '55')]),
        ('Archiwum Państwowe w Gdańsku, sygn. 300,27/12, k. 45v.',
         [('full', None, '45v')]),
        ('Tamże, k. 46.',
         [('ibid', None, '46')]),
    ],
    'cs2': [
        ('Srov. František Šmahel, Husitská revoluce, sv. 2, Praha 1993, s. 300.',
         [('full', 'Husitská revoluce', '300')]),
        ('Tamtéž, s. 305.',
         [('ibid', 'Husitská revoluce', '305')]),
        ('Šmahel, c. d., s. 310.',
         [('op-cit', 'Husitská revoluce', '310')]),
    ],
    'sv2': [
        ('Se Nils Erik Villstrand, Sveriges historia 1600-1721, Stockholm 2011, s. 150; jfr Heckscher, Sveriges ekonomiska historia, s. 230.',
         [('full', 'Sveriges historia', '150'), ('short', 'Sveriges ekonomiska', '230')]),
        ('Sst., s. 232.',
         [('ibid', 'Sveriges ekonomiska', '232')]),
        ('Villstrand, a.a., s. 155.',
         [('op-cit', 'Sveriges historia', '155')]),
    ],}

ALL: dict[str, list[Row]] = {**SEQUENCES, **HELD_OUT}

#: (sequence, note number) still read wrongly, and why (none is a splitting or classing error)
KNOWN_MISSES: dict[tuple[str, int], str] = {}


def test_note(sequence_case: tuple[str, int], check_sequence_case: Any) -> None:
    check_sequence_case(sequence_case)


@pytest.mark.parametrize("name,number,index,prefix", [
    ("es", 1, 0, "Véase"), ("es", 9, 0, "Cf."), ("es", 12, 0, "Sobre este punto, véase también"),
    ("es", 14, 0, "Vid."), ("es", 22, 0, "Sobre la cifra de operarios no hay acuerdo: véase"),
    ("pt", 3, 1, "ver também"), ("pt", 9, 0, "Sobre o tema, ver"), ("ca", 1, 0, "Vegeu"),
    ("nl", 1, 0, "Zie"), ("nl", 1, 1, "vgl. ook"), ("nl", 6, 0, "Zie hierover"), ("pl", 1, 0, "Por."),
    ("pl", 3, 0, "Zob. też"), ("pl", 11, 0, "Por."), ("cs", 1, 0, "Srov."), ("cs", 3, 1, "srov. též"),
    ("sv", 1, 0, "Se"), ("sv", 1, 1, "jfr"), ("sv", 6, 0, "Jfr"), ("da", 4, 0, "Jf."), ("hu", 1, 0, "Vö."),
])
def test_signals_are_prefixes(documents: dict[str, Document], name: str, number: int, index: int,
                              prefix: str) -> None:
    assert documents[name].notes[number - 1].citations[index].prefix == prefix


def test_commentary_makes_no_citation(documents: dict[str, Document]) -> None:
    for name, rows in ALL.items():
        for number, (_, expected) in enumerate(rows, 1):
            if not expected:
                assert documents[name].notes[number - 1].citations == [], (name, number)


# ---- the rules, one table each

@pytest.mark.parametrize("text,kind", [
    # back-references: ibid., idem and op. cit. in each language's own words
    ("Tamże, s. 75.", "ibid"), ("Tamże.", "ibid"), ("Tamtéž, s. 14.", "ibid"), ("Tamtéž.", "ibid"),
    ("Sst., s. 47.", "ibid"), ("Smst., s. 105.", "ibid"), ("Uo. 52.", "ibid"), ("Ibídem, p. 60.", "ibid"),
    ("Idem, ibidem, p. 80.", "ibid"), ("Id., ibid., p. 255.", "ibid"), ("Ídem, p. 96.", "ibid"),
    ("Price, a.w., p. 90.", "op-cit"), ("Prak, t.a.p.", "op-cit"), ("Tazbir, dz. cyt., s. 50.", "op-cit"),
    ("Rostworowski, art. cyt., s. 20.", "op-cit"), ("Pánek, c. d., s. 125.", "op-cit"),
    ("Heckscher, a.a., s. 215.", "op-cit"), ("Pach, i. m. 50.", "op-cit"), ("Godinho, ob. cit., p. 50.", "op-cit"),
    ("tenże, Ostatni król Rzeczypospolitej, Warszawa 1966, s. 33.", "idem"),
    ("Týž, Výprava české šlechty do Itálie, Praha 1987, s. 40.", "idem"),
    # the Italian "c.d." (so-called) is no op. cit.: only right after an author's comma
    ("la c.d. teoria dell'affidamento non regge.", "commentary"),
])
def test_back_reference_vocabulary(text: str, kind: str) -> None:
    assert classify(text).kind == kind


@pytest.mark.parametrize("note,texts", [
    # a language's "and" after a page, before the next work's author
    ("Kossmann, a.w., p. 30 en Prak, Gouden Eeuw, p. 150.", ["Kossmann, a.w., p. 30", "Prak, Gouden Eeuw, p. 150."]),
    ("Roberts, a.a., s. 50 och Heckscher, Sveriges historia, s. 220.",
     ["Roberts, a.a., s. 50", "Heckscher, Sveriges historia, s. 220."]),
    ("Feldbæk, a.a., s. 110 og Rian, a.a., s. 70.", ["Feldbæk, a.a., s. 110", "Rian, a.a., s. 70."]),
    ("Wyczański, Polska w Europie, s. 60 i Tazbir, Państwo bez stosów, s. 80.",
     ["Wyczański, Polska w Europie, s. 60", "Tazbir, Państwo bez stosów, s. 80."]),
    ("Válka, Dějiny Moravy, s. 150 a Pánek, Poslední Rožmberkové, s. 130.",
     ["Válka, Dějiny Moravy, s. 150", "Pánek, Poslední Rožmberkové, s. 130."]),
    ("Szekfű, Magyar történet, 112. és Várkonyi, A Rákóczi-szabadságharc, 30.",
     ["Szekfű, Magyar történet, 112.", "Várkonyi, A Rákóczi-szabadságharc, 30."]),
    # ... but a range's "a" and a title's "i" stay inside
    ("Brading, Mineros y comerciantes, pp. 130 a 135.", ["Brading, Mineros y comerciantes, pp. 130 a 135."]),
    ("Mączak, Rządzący i rządzeni, s. 120.", ["Mączak, Rządzący i rządzeni, s. 120."]),
    # a place and year in a title is no German periodical citation ("NJW 2014, 6")
    ("Zie Maarten Prak, Gouden Eeuw. Het raadsel van de Republiek, Nijmegen 2002, p. 140.",
     ["Maarten Prak, Gouden Eeuw. Het raadsel van de Republiek, Nijmegen 2002, p. 140."]),
    # a title's part and number, a title that is a year: the citation goes on to its imprint
    ("Josef Válka, Dějiny Moravy. Díl 1. Středověká Morava, Brno 1991, s. 150.",
     ["Josef Válka, Dějiny Moravy. Díl 1. Středověká Morava, Brno 1991, s. 150."]),
    ("Willem Frijhoff en Marijke Spies, 1650. Bevochten eendracht, Den Haag 2000, p. 45.",
     ["Willem Frijhoff en Marijke Spies, 1650. Bevochten eendracht, Den Haag 2000, p. 45."]),
    # a verbless lead-in before a back-reference or an "Author, Title" short form only
    ("Una opinión distinta en Bakewell, loc. cit.", ["Bakewell, loc. cit."]),
    ("Esta é também a posição de Lugar, op. cit., p. 80.", ["Lugar, op. cit., p. 80."]),
    ("La minería en Zacatecas, p. 5.", ["La minería en Zacatecas, p. 5."]),
    ("Storia di Venezia, cit., p. 5.", ["Storia di Venezia, cit., p. 5."]),
])
def test_splits(note: str, texts: list[str]) -> None:
    assert [p.text for p in split_note(note) if not p.is_commentary] == texts


@pytest.mark.parametrize("note,locator", [
    ("Emanuel Rostworowski, Ilu było w Rzeczypospolitej obywateli szlacheckich?, „Kwartalnik Historyczny” 94 "
     "(1987), nr 3, s. 3-40, tu s. 12.", "12"),
    ("Arquivo Nacional da Torre do Tombo, Chancelaria de D. João III, liv. 12, fl. 45v.", "45v"),
    ("Archiwum Państwowe w Toruniu, Akta miasta Torunia, sygn. II 1245, k. 12v–13.", "12v-13"),
    ("Riksarkivet, Kammarkollegiet, Likvidationer, vol. 12, fol. 33.", "33"),
])
def test_locators(note: str, locator: str) -> None:
    cit = extract(f"1 {note}", notes_mode=True).notes[0].citations[0]
    assert (cit.kind, norm_locator(cit.locator)) == ("full", locator)


@pytest.mark.parametrize("note,archive,location", [
    ("Arxiu de la Corona d'Aragó, Cancelleria, reg. 3145, f. 12.", "Arxiu de la Corona d'Aragó", "Cancelleria, reg. 3145"),
    ("Nationaal Archief, Staten-Generaal, inv.nr. 5678, fol. 12.", "Nationaal Archief", "Staten-Generaal, inv.nr. 5678"),
    # (the fonds "Stará manipulace" is the entry's archive_collection since round 22, as other archives' series are)
    ("Národní archiv, Stará manipulace, kart. 1045, sign. K 12/3, fol. 5.", "Národní archiv",
     "kart. 1045, sign. K 12/3"),
    ("Arquivo Histórico Ultramarino, Bahia, cx. 110, doc. 8620.", "Arquivo Histórico Ultramarino", "Bahia, cx. 110"),
])
def test_archives_of_other_languages(note: str, archive: str, location: str) -> None:
    doc = extract(f"1 {note}", notes_mode=True)
    entry = doc.entries[0]
    assert (entry.get("archive"), entry.get("archive_location")) == (archive, location)


def test_a_repeat_under_a_two_word_surname_is_a_short_form() -> None:
    """"Domínguez Ortiz, La sociedad española, p. 120" after the full citation: short, not a new first citation;
    an archival file repeated stays full."""
    doc = extract("1 Antonio Domínguez Ortiz, La sociedad española en el siglo XVII, Madrid, CSIC, 1963, p. 112.\n"
                  "2 Domínguez Ortiz, La sociedad española, p. 120.\n"
                  "3 AGS, Estado, leg. 560, fol. 3.\n4 AGS, Estado, leg. 560, fol. 3.", notes_mode=True)
    kinds = [(n.citations[0].kind, n.citations[0].id) for n in doc.notes]
    assert kinds[1] == ("short", kinds[0][1]) and kinds[3] == ("full", kinds[2][1])


def test_two_authors_joined_by_en_are_authors() -> None:
    doc = extract("1 Vgl. Jan de Vries en Ad van der Woude, Nederland 1500-1815. De eerste ronde van moderne "
                  "economische groei, Amsterdam 1995, p. 60.", notes_mode=True)
    entry = doc.entries[0]
    assert [p["family"] for p in entry["author"]] == ["Vries", "Woude"]
    assert entry["title"].startswith("Nederland 1500-1815")
