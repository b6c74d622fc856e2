"""Forty notes written by the integrator on 2026-11-28 (01:25 UTC) before the seventh parser probe round:
Spanish, Latin-American, Portuguese, Dutch, Polish, medieval, East-Asian, German, Italian, English and
Russian forms.

26 of 40 were fully right at the round's start (6637ef5). This is NOT an independent check of that
round: its brief, written after this count, named most of the failing forms (Iberian compound surnames,
"blz.", "Phil. Diss.", "40th anniversary ed.", titles ending in a year range, "c. 12r", a city before
a library), and the round reached 34/40. The integrator's rules after it (a series span in the
publisher's place, a thesis genre opening the publisher, a subtitle read as an editor) make it 37/40 as written,
development figures from then on. One expectation was changed after the count, to the project's
convention (38/40 with it): an archive keeps the siglum its note gives in brackets ("Archivo General de
Indias (AGI)"). The ninth round's Italian-archive step (its brief named this note's form) made the
ASFi note right: 39/40.
Only what a case names is compared (``check_note`` in conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    # Spanish and Latin American history
    P("Enrique Florescano, Memoria mexicana, México, Fondo de Cultura Económica, 1987, p. 45.",
      {'type': 'book', 'title': 'Memoria mexicana', 'author': ['Florescano'], 'publisher': 'Fondo de Cultura Económica', 'publisher-place': 'México', 'year': 1987},
      ('45', 'page'), 'full'),
    P("Hilda Sabato, «Ciudadanía, participación política y la formación de una esfera pública en Buenos Aires, 1850-1880», Siglo XIX, 11 (1992), pp. 46-73.",
      {'type': 'article-journal', 'title': 'Ciudadanía, participación política y la formación de una esfera pública en Buenos Aires, 1850-1880', 'author': ['Sabato'], 'container-title': 'Siglo XIX', 'volume': '11', 'year': 1992, 'page': '46-73'},
      None, 'full'),
    P("Florescano, Memoria mexicana, pp. 50-52.",
      {'author': ['Florescano'], 'title': 'Memoria mexicana'},
      ('50-52', 'page'), 'short'),
    P("Ibíd., p. 61.", {}, ('61', 'page'), 'ibid'),
    P("Tulio Halperin Donghi, Historia contemporánea de América Latina, Madrid, Alianza, 1969, cap. 3.",
      {'type': 'book', 'title': 'Historia contemporánea de América Latina', 'author': ['Halperin Donghi'], 'publisher': 'Alianza', 'publisher-place': 'Madrid', 'year': 1969},
      ('3', 'chapter'), 'full'),
    P("Archivo General de Indias (AGI), Audiencia de Lima, leg. 305.",
      {'archive': 'Archivo General de Indias (AGI)'}, None, 'full'),
    # Portuguese / Brazilian
    P("Sérgio Buarque de Holanda, Raízes do Brasil, 26.ª ed., São Paulo, Companhia das Letras, 1995, p. 141.",
      {'type': 'book', 'title': 'Raízes do Brasil', 'author': ['Buarque de Holanda'], 'publisher': 'Companhia das Letras', 'publisher-place': 'São Paulo', 'year': 1995, 'edition': '26'},
      ('141', 'page'), 'full'),
    P("Boris Fausto, História do Brasil, São Paulo, Edusp, 1995, pp. 120-1.",
      {'type': 'book', 'title': 'História do Brasil', 'author': ['Fausto'], 'publisher': 'Edusp', 'publisher-place': 'São Paulo', 'year': 1995},
      ('120-121', 'page'), 'full'),
    P("Laura de Mello e Souza, O diabo e a Terra de Santa Cruz, São Paulo, Companhia das Letras, 1986.",
      {'type': 'book', 'title': 'O diabo e a Terra de Santa Cruz', 'author': ['Mello e Souza'], 'publisher': 'Companhia das Letras', 'year': 1986},
      None, 'full'),
    # Dutch
    P("J. Huizinga, Herfsttij der Middeleeuwen, Haarlem 1919, blz. 45.",
      {'type': 'book', 'title': 'Herfsttij der Middeleeuwen', 'author': ['Huizinga'], 'publisher-place': 'Haarlem', 'year': 1919},
      ('45', 'page'), 'full'),
    P("W. Frijhoff en M. Spies, 1650: Bevochten eendracht, Den Haag 1999, p. 212.",
      {'type': 'book', 'title': '1650: Bevochten eendracht', 'author': ['Frijhoff', 'Spies'], 'publisher-place': 'Den Haag', 'year': 1999},
      ('212', 'page'), 'full', marks=pytest.mark.xfail(strict=True, reason="the tagger reads the year opening the title as the date and 'Den Haag' as a periodical")),
    P("M. Prak, 'Burgers in beweging. Ideaal en werkelijkheid van de onlusten te Leiden in 1748', Bijdragen en Mededelingen betreffende de Geschiedenis der Nederlanden 106 (1991) 365-393.",
      {'type': 'article-journal', 'title': 'Burgers in beweging. Ideaal en werkelijkheid van de onlusten te Leiden in 1748', 'author': ['Prak'], 'container-title': 'Bijdragen en Mededelingen betreffende de Geschiedenis der Nederlanden', 'volume': '106', 'year': 1991, 'page': '365-393'},
      None, 'full'),
    # Polish
    P("Jerzy Jedlicki, Jakiej cywilizacji Polacy potrzebują, Warszawa 1988, s. 112.",
      {'type': 'book', 'title': 'Jakiej cywilizacji Polacy potrzebują', 'author': ['Jedlicki'], 'publisher-place': 'Warszawa', 'year': 1988},
      ('112', 'page'), 'full'),
    P("Tamże, s. 118.", {}, ('118', 'page'), 'ibid'),
    # Medieval manuscripts and editions
    P("Paris, Bibliothèque nationale de France, MS lat. 12048, fol. 35v.",
      {'archive': 'Bibliothèque nationale de France'}, ('35v', 'folio'), 'full'),
    P("Gregory of Tours, Decem libri historiarum, ed. B. Krusch and W. Levison, MGH SRM 1.1 (Hanover, 1951), p. 33.",
      {'title': 'Decem libri historiarum', 'editor': ['Krusch', 'Levison'], 'year': 1951},
      ('33', 'page'), 'full'),
    P("Rosamond McKitterick, The Carolingians and the Written Word (Cambridge, 1989), pp. 77–9.",
      {'type': 'book', 'title': 'The Carolingians and the Written Word', 'author': ['McKitterick'], 'publisher-place': 'Cambridge', 'year': 1989},
      ('77-79', 'page'), 'full'),
    P("Chris Wickham, Framing the Early Middle Ages: Europe and the Mediterranean, 400–800 (Oxford, 2005), 519.",
      {'type': 'book', 'title': 'Framing the Early Middle Ages: Europe and the Mediterranean, 400–800', 'author': ['Wickham'], 'publisher-place': 'Oxford', 'year': 2005},
      ('519', 'page'), 'full'),
    # Asian studies, transliterated
    P("Maruyama Masao, Nihon seiji shisōshi kenkyū (Tokyo: Tōkyō Daigaku Shuppankai, 1952), 45.",
      {'type': 'book', 'title': 'Nihon seiji shisōshi kenkyū', 'publisher': 'Tōkyō Daigaku Shuppankai', 'publisher-place': 'Tokyo', 'year': 1952},
      ('45', 'page'), 'full'),
    P("Fei Xiaotong, Xiangtu Zhongguo (Shanghai: Guancha she, 1948), 22.",
      {'type': 'book', 'title': 'Xiangtu Zhongguo', 'publisher': 'Guancha she', 'publisher-place': 'Shanghai', 'year': 1948},
      ('22', 'page'), 'full'),
    P("Carol Gluck, Japan's Modern Myths: Ideology in the Late Meiji Period (Princeton, NJ: Princeton University Press, 1985), 102–4.",
      {'type': 'book', 'title': "Japan's Modern Myths: Ideology in the Late Meiji Period", 'author': ['Gluck'], 'publisher': 'Princeton University Press', 'year': 1985},
      ('102-104', 'page'), 'full'),
    # Newspapers, theses, reports
    P("The Times, 14 March 1921, p. 12.",
      {'container-title': 'The Times', 'year': 1921}, ('12', 'page'), 'full'),
    P("Anna Schmidt, Die Armenfürsorge in Wien 1780–1850 (Phil. Diss. Universität Wien, 1978), S. 44.",
      {'type': 'thesis', 'title': 'Die Armenfürsorge in Wien 1780–1850', 'author': ['Schmidt'], 'year': 1978},
      ('44', 'page'), 'full'),
    P("Claire Dupont, « Les notaires de Lyon au XVIIIe siècle », thèse de doctorat, Université Lumière Lyon 2, 2004, p. 210.",
      {'type': 'thesis', 'title': 'Les notaires de Lyon au XVIIIe siècle', 'author': ['Dupont'], 'year': 2004},
      ('210', 'page'), 'full'),
    # German humanities
    P("Reinhart Koselleck, Begriffsgeschichte und Sozialgeschichte, in: ders., Vergangene Zukunft. Zur Semantik geschichtlicher Zeiten, Frankfurt am Main 1979, S. 107–129, hier S. 112.",
      {'type': 'chapter', 'title': 'Begriffsgeschichte und Sozialgeschichte', 'author': ['Koselleck'], 'container-title': 'Vergangene Zukunft. Zur Semantik geschichtlicher Zeiten', 'publisher-place': 'Frankfurt am Main', 'year': 1979, 'page': '107-129'},
      ('112', 'page'), 'full'),
    P("Lutz Raphael, Die Verwissenschaftlichung des Sozialen als methodische und konzeptionelle Herausforderung für eine Sozialgeschichte des 20. Jahrhunderts, in: Geschichte und Gesellschaft 22 (1996), S. 165–193.",
      {'type': 'article-journal', 'title': 'Die Verwissenschaftlichung des Sozialen als methodische und konzeptionelle Herausforderung für eine Sozialgeschichte des 20. Jahrhunderts', 'author': ['Raphael'], 'container-title': 'Geschichte und Gesellschaft', 'volume': '22', 'year': 1996, 'page': '165-193'},
      None, 'full'),
    P("Vgl. Raphael, Verwissenschaftlichung (wie Anm. 26), S. 170.",
      {'author': ['Raphael'], 'title': 'Verwissenschaftlichung'}, ('170', 'page'), 'supra'),
    # Italian
    P("Cfr. Carlo Ginzburg, Il formaggio e i vermi. Il cosmo di un mugnaio del '500, Torino, Einaudi, 1976, pp. 30-31.",
      {'type': 'book', 'title': "Il formaggio e i vermi. Il cosmo di un mugnaio del '500", 'author': ['Ginzburg'], 'publisher': 'Einaudi', 'publisher-place': 'Torino', 'year': 1976},
      ('30-31', 'page'), 'full'),
    P("Archivio di Stato di Firenze (ASFi), Mediceo del Principato, 2965, c. 12r.",
      {'archive': 'Archivio di Stato di Firenze (ASFi)'}, ('12r', 'folio'), 'full'),
    P("Ginzburg, Il formaggio e i vermi, cit., p. 40.",
      {'author': ['Ginzburg'], 'title': 'Il formaggio e i vermi'}, ('40', 'page'), 'op-cit'),
    # English history and literature, mixed forms
    P("Keith Wrightson, English Society, 1580–1680 (London: Hutchinson, 1982), ch. 2.",
      {'type': 'book', 'title': 'English Society, 1580–1680', 'author': ['Wrightson'], 'publisher': 'Hutchinson', 'publisher-place': 'London', 'year': 1982},
      ('2', 'chapter'), 'full'),
    P("E. P. Thompson, 'The Moral Economy of the English Crowd in the Eighteenth Century', Past & Present, 50 (1971), 76–136, at 79.",
      {'type': 'article-journal', 'title': 'The Moral Economy of the English Crowd in the Eighteenth Century', 'author': ['Thompson'], 'container-title': 'Past & Present', 'volume': '50', 'year': 1971, 'page': '76-136'},
      ('79', 'page'), 'full'),
    P("Natalie Zemon Davis, Society and Culture in Early Modern France (Stanford, CA: Stanford University Press, 1975), 97–123.",
      {'type': 'book', 'title': 'Society and Culture in Early Modern France', 'publisher': 'Stanford University Press', 'year': 1975},
      ('97-123', 'page'), 'full'),
    P("Thompson, 'Moral Economy', 80.",
      {'author': ['Thompson'], 'title': 'Moral Economy'}, ('80', 'page'), 'short'),
    P("Lynn Hunt, ed., The New Cultural History (Berkeley: University of California Press, 1989).",
      {'type': 'book', 'title': 'The New Cultural History', 'editor': ['Hunt'], 'publisher': 'University of California Press', 'year': 1989},
      None, 'full'),
    P("Jonathan Sperber, Karl Marx: A Nineteenth-Century Life (New York: Liveright, 2013), 211, n. 34.",
      {'type': 'book', 'title': 'Karl Marx: A Nineteenth-Century Life', 'author': ['Sperber'], 'publisher': 'Liveright', 'year': 2013},
      None, 'full'),
    # Russian, transliterated
    P("A. A. Zimin, Reformy Ivana Groznogo (Moscow, 1960), 112–15.",
      {'type': 'book', 'title': 'Reformy Ivana Groznogo', 'author': ['Zimin'], 'publisher-place': 'Moscow', 'year': 1960},
      ('112-115', 'page'), 'full'),
    P("RGASPI, f. 17, op. 3, d. 1003, l. 45.",
      {'archive': 'RGASPI'}, ('45', 'folio'), 'full'),
    # web and reference works
    P("“Henry VIII,” in Oxford Dictionary of National Biography (Oxford: Oxford University Press, 2004), https://doi.org/10.1093/ref:odnb/12955.",
      {'title': 'Henry VIII', 'container-title': 'Oxford Dictionary of National Biography', 'DOI': '10.1093/ref:odnb/12955'},
      None, 'full'),
    P("Rachel Carson, Silent Spring, 40th anniversary ed. (Boston: Houghton Mifflin, 2002), 7.",
      {'type': 'book', 'title': 'Silent Spring', 'author': ['Carson'], 'publisher': 'Houghton Mifflin', 'publisher-place': 'Boston', 'year': 2002},
      ('7', 'page'), 'full'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_heldout_note(
    note: str, expected: dict[str, Any], occurrence: tuple[str, str] | None, kind: str, check_note: Any
) -> None:
    check_note(note, expected, occurrence, kind)
