"""Footnotes of round 11: Russian and Ukrainian sources, in Cyrillic and in transliteration.

Invented notes in the forms Russian-language scholarship writes them (GOST-like: "Фамилия И. О. Title.
М.: Publisher, year. С. 12.", articles after "//", edited collections "/ Под ред. …", archival files
"ГАРФ. Ф. Р-5446. Оп. 1. Д. 120. Л. 45.", "Там же", "Указ. соч.", "См.:") and in the forms
Anglo-American and German histories of Russia cite Russian sources in transliteration ("RGASPI, f. 17,
op. 162, d. 21, l. 12", "Voprosy istorii, no. 11 (1998)").

Conventions the expectations follow (CSL): an archival file is ``manuscript`` with the archive's
abbreviation as ``archive`` and the shelf-mark (fond, opis', delo/sprava) as ``archive_location``; the
leaf cited ("Л.", "Арк.", "l.", "ll.") is the locator with label ``folio``.  The pinpoint page ("С.",
"с.", "S.") is the locator with label ``page``.  A signal ("См.:", "Ср.:") is the prefix.

Expected values were written before the notes were first parsed; only what a case names is compared
(names by family name or literal).  A ``None`` occurrence means no locator at all.  Notes still read
wrongly are marked with :func:`miss` (strict), each with its reason.
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.parser import parse_reference

P = pytest.param
MS = 'manuscript'


def miss(reason: str) -> pytest.MarkDecorator:
    """A note still read wrongly (strict: it fails the run once it is read right)."""
    return pytest.mark.xfail(reason=f"round 11: {reason}", strict=True)


CASES = [
    # --- books, GOST order (family name, initials, title, place: publisher, year, page)
    P('Хлевнюк О. В. Хозяин. Сталин и утверждение сталинской диктатуры. М.: РОССПЭН, 2010. С. 215.',
      {'type': 'book', 'author': ['Хлевнюк'], 'publisher-place': 'М.', 'publisher': 'РОССПЭН', 'year': 2010},
      ('215', 'page'), 'full', id='gost-book-publisher'),
    P('Кондрашин В. В. Голод 1932–1933 годов: трагедия российской деревни. М., 2008. С. 112–114.',
      {'type': 'book', 'author': ['Кондрашин'], 'publisher-place': 'М.', 'year': 2008},
      ('112-114', 'page'), 'full', id='gost-book-place-only'),
    P('Юнге М., Биннер Р. Как террор стал «Большим». Секретный приказ № 00447 и технология его исполнения. '
      'М.: АИРО-ХХ, 2003. С. 56.',
      {'type': 'book', 'author': ['Юнге', 'Биннер'], 'publisher': 'АИРО-ХХ', 'year': 2003},
      ('56', 'page'), 'full', id='gost-book-two-authors'),
    P('Жуков Ю. Н. Иной Сталин. Политические реформы в СССР в 1933–1937 гг. М.: Вагриус, 2003. С. 430.',
      {'type': 'book', 'author': ['Жуков'], 'publisher': 'Вагриус', 'year': 2003}, ('430', 'page'), 'full',
      id='gost-book-gg-in-title'),
    P('Петров Н. В., Янсен М. «Сталинский питомец» — Николай Ежов. М.: РОССПЭН, 2008. С. 101.',
      {'type': 'book', 'author': ['Петров', 'Янсен'], 'publisher': 'РОССПЭН', 'year': 2008},
      ('101', 'page'), 'full', id='gost-book-quoted-title'),
    P('Кульчицький С. В. Голодомор 1932–1933 рр. як геноцид: труднощі усвідомлення. К.: Наш час, 2008. С. 77.',
      {'type': 'book', 'author': ['Кульчицький'], 'publisher-place': 'К.', 'publisher': 'Наш час', 'year': 2008},
      ('77', 'page'), 'full', id='ukrainian-book-kyiv'),
    # --- books, family name after the initials (journal style)
    P('О. В. Хлевнюк, Хозяин. Сталин и утверждение сталинской диктатуры (Москва: РОССПЭН, 2010), с. 215.',
      {'type': 'book', 'author': ['Хлевнюк'], 'publisher-place': 'Москва', 'publisher': 'РОССПЭН',
       'year': 2010}, ('215', 'page'), 'full', id='initials-first-parenthesised-imprint'),
    P('В. Н. Хаустов, Л. Самуэльсон. Сталин, НКВД и репрессии 1936–1938 гг. М.: РОССПЭН, 2009. С. 88.',
      {'type': 'book', 'author': ['Хаустов', 'Самуэльсон'], 'publisher': 'РОССПЭН', 'year': 2009},
      ('88', 'page'), 'full', id='initials-first-two-authors'),
    # --- edited collections of documents
    P('Лубянка. Сталин и Главное управление госбезопасности НКВД. 1937–1938 / Под ред. А. Н. Яковлева. '
      'М.: МФД, 2004. С. 234.',
      {'editor': ['Яковлева'], 'publisher': 'МФД', 'year': 2004, 'author': []}, ('234', 'page'), 'full',
      id='document-collection-pod-red'),
    P('Трагедия советской деревни. Коллективизация и раскулачивание. Документы и материалы: В 5 т. Т. 5. Кн. 1. '
      'М.: РОССПЭН, 2004. С. 330.',
      {'publisher': 'РОССПЭН', 'year': 2004, 'author': []}, ('330', 'page'), 'full',
      id='document-collection-multivolume'),
    P('Сталинские депортации. 1928–1953 / Сост. Н. Л. Поболь, П. М. Полян. М.: МФД, 2005. С. 47.',
      {'publisher': 'МФД', 'year': 2005, 'author': []}, ('47', 'page'), 'full', id='document-collection-sost'),
    P('Политбюро ЦК РКП(б) – ВКП(б). Повестки дня заседаний. 1919–1952. Т. 2. М.: РОССПЭН, 2001. С. 915.',
      {'publisher': 'РОССПЭН', 'year': 2001, 'author': []}, ('915', 'page'), 'full', id='politburo-agendas'),
    # --- articles in journals and collections ("//")
    P('Павлова И. В. Механизм политической власти в СССР в 20–30-е годы // Вопросы истории. 1998. № 11–12. '
      'С. 49–66.',
      {'type': 'article-journal', 'author': ['Павлова'], 'container-title': 'Вопросы истории', 'year': 1998,
       'page': '49-66'}, None, 'full', id='gost-article-journal'),
    P('Хлевнюк О. В. Сталин и органы государственной безопасности в послевоенный период // Cahiers du monde '
      'russe. 2001. Vol. 42. № 2–4. P. 535–548.',
      {'type': 'article-journal', 'author': ['Хлевнюк'], 'container-title': 'Cahiers du monde russe',
       'volume': '42', 'year': 2001, 'page': '535-548'}, None, 'full', id='gost-article-foreign-journal'),
    P('Земсков В. Н. ГУЛАГ (историко-социологический аспект) // Социологические исследования. 1991. № 6. '
      'С. 10–27.',
      {'type': 'article-journal', 'author': ['Земсков'], 'container-title': 'Социологические исследования',
       'issue': '6', 'year': 1991, 'page': '10-27'}, None, 'full', id='gost-article-issue'),
    P('Кудрявцев В. Н., Трусов А. И. Политическая юстиция в СССР // Отечественная история. 2000. № 3. С. 4–20.',
      {'type': 'article-journal', 'author': ['Кудрявцев', 'Трусов'], 'container-title': 'Отечественная история',
       'year': 2000, 'page': '4-20'}, None, 'full', id='gost-article-two-authors'),
    P('Васильєв В. Ю. Політичне керівництво УСРР і голод 1932–1933 рр. // Український історичний журнал. '
      '2008. № 5. С. 132–145.',
      {'type': 'article-journal', 'author': ['Васильєв'], 'container-title': 'Український історичний журнал',
       'year': 2008, 'page': '132-145'}, None, 'full', id='ukrainian-article-journal'),
    # --- archival files, Cyrillic
    P('ГАРФ. Ф. Р-5446. Оп. 1. Д. 120. Л. 45.',
      {'type': MS, 'archive': 'ГАРФ', 'archive_location': 'Ф. Р-5446. Оп. 1. Д. 120'}, ('45', 'folio'), 'full',
      id='garf-leaf'),
    P('РГАСПИ. Ф. 17. Оп. 162. Д. 21. Л. 12–13 об.',
      {'type': MS, 'archive': 'РГАСПИ', 'archive_location': 'Ф. 17. Оп. 162. Д. 21'}, ('12-13 об.', 'folio'),
      'full', id='rgaspi-leaves-verso'),
    P('РГАНИ. Ф. 89. Оп. 73. Д. 12. Л. 3.',
      {'type': MS, 'archive': 'РГАНИ', 'archive_location': 'Ф. 89. Оп. 73. Д. 12'}, ('3', 'folio'), 'full',
      id='rgani-leaf'),
    P('ЦА ФСБ РФ. Ф. 3. Оп. 4. Д. 20. Л. 201–203.',
      {'type': MS, 'archive': 'ЦА ФСБ РФ', 'archive_location': 'Ф. 3. Оп. 4. Д. 20'}, ('201-203', 'folio'),
      'full', id='fsb-archive-leaves'),
    P('ЦДАВО України. Ф. 1. Оп. 20. Спр. 6197. Арк. 12.',
      {'type': MS, 'archive': 'ЦДАВО України', 'archive_location': 'Ф. 1. Оп. 20. Спр. 6197'}, ('12', 'folio'),
      'full', id='ukrainian-archive-sprava'),
    P('ЦДАГО України. Ф. 1. Оп. 1. Спр. 378. Арк. 5–6 зв.',
      {'type': MS, 'archive': 'ЦДАГО України', 'archive_location': 'Ф. 1. Оп. 1. Спр. 378'},
      ('5-6 зв.', 'folio'), 'full', id='ukrainian-archive-verso'),
    P('Архив Президента РФ (АП РФ). Ф. 3. Оп. 24. Д. 409. Л. 54.',
      {'type': MS, 'archive': 'Архив Президента РФ (АП РФ)', 'archive_location': 'Ф. 3. Оп. 24. Д. 409'},
      ('54', 'folio'), 'full', id='presidential-archive-spelled-out'),
    P('См.: ГАРФ. Ф. 9401. Оп. 1. Д. 4157. Л. 201.',
      {'type': MS, 'archive': 'ГАРФ', 'archive_location': 'Ф. 9401. Оп. 1. Д. 4157'}, ('201', 'folio'), 'full',
      id='signal-archive'),
    # --- archival files, transliterated
    P('RGASPI, f. 17, op. 162, d. 21, l. 12.',
      {'type': MS, 'archive': 'RGASPI', 'archive_location': 'f. 17, op. 162, d. 21'}, ('12', 'folio'), 'full',
      id='rgaspi-transliterated'),
    P('GARF, f. R-5446, op. 1, d. 120, ll. 45–46.',
      {'type': MS, 'archive': 'GARF', 'archive_location': 'f. R-5446, op. 1, d. 120'}, ('45-46', 'folio'),
      'full', id='garf-transliterated-leaves'),
    P('RGAE, f. 7486, op. 37, d. 235, ll. 3–5ob.',
      {'type': MS, 'archive': 'RGAE', 'archive_location': 'f. 7486, op. 37, d. 235'}, ('3-5ob.', 'folio'),
      'full', id='rgae-verso-transliterated'),
    P('TsDAHO, f. 1, op. 6, spr. 237, ark. 8.',
      {'type': MS, 'archive': 'TsDAHO', 'archive_location': 'f. 1, op. 6, spr. 237'}, ('8', 'folio'), 'full',
      id='ukrainian-archive-transliterated'),
    # --- back-references and signals
    P('Там же. С. 45.', {}, ('45', 'page'), 'ibid', id='tam-zhe-page'),
    P('Там же. Л. 17.', {}, ('17', 'folio'), 'ibid', id='tam-zhe-leaf'),
    P('Там само. С. 12.', {}, ('12', 'page'), 'ibid', id='ukrainian-tam-samo'),
    P('Хлевнюк О. В. Указ. соч. С. 88.', {'author': ['Хлевнюк']}, ('88', 'page'), 'op-cit',
      id='ukaz-soch'),
    P('Кульчицький С. В. Зазнач. праця. С. 40.', {'author': ['Кульчицький']}, ('40', 'page'), 'op-cit',
      id='ukrainian-zaznach-pratsia'),
    P('Он же. Политбюро. Механизмы политической власти в 1930-е годы. М.: РОССПЭН, 1996. С. 12.',
      {'publisher': 'РОССПЭН', 'year': 1996}, ('12', 'page'), 'idem', id='on-zhe-book'),
    P('См.: Хлевнюк О. В. Хозяин. М., 2010. С. 215.',
      {'author': ['Хлевнюк'], 'year': 2010, 'publisher-place': 'М.'}, ('215', 'page'), 'full',
      id='signal-sm'),
    P('Ср.: Жуков Ю. Н. Иной Сталин. М.: Вагриус, 2003. С. 12.',
      {'author': ['Жуков'], 'publisher': 'Вагриус', 'year': 2003}, ('12', 'page'), 'full', id='signal-sr'),
    P('Подробнее см.: Павлова И. В. Сталинизм: становление механизма власти. Новосибирск: Сибирский '
      'хронограф, 1993. С. 150.',
      {'author': ['Павлова'], 'publisher-place': 'Новосибирск', 'year': 1993}, ('150', 'page'), 'full',
      id='signal-podrobnee-sm'),
    # --- transliterated Russian sources in English and German histories
    P('O. V. Khlevniuk, Khoziain: Stalin i utverzhdenie stalinskoi diktatury (Moscow: ROSSPEN, 2010), 215.',
      {'type': 'book', 'author': ['Khlevniuk'], 'publisher-place': 'Moscow', 'publisher': 'ROSSPEN',
       'year': 2010}, ('215', 'page'), 'full', id='transliterated-book-chicago'),
    P('I. V. Pavlova, "Mekhanizm politicheskoi vlasti v SSSR v 20-30-e gody," Voprosy istorii, no. 11–12 '
      '(1998): 49–66.',
      {'author': ['Pavlova'], 'container-title': 'Voprosy istorii', 'year': 1998, 'page': '49-66'}, None, 'full',
      id='transliterated-article-chicago'),
    P('V. N. Zemskov, "GULAG (istoriko-sotsiologicheskii aspekt)," Sotsiologicheskie issledovaniia, no. 6 '
      '(1991): 10–27, here 14.',
      {'author': ['Zemskov'], 'container-title': 'Sotsiologicheskie issledovaniia', 'issue': '6', 'year': 1991},
      ('14', 'page'), 'full', id='transliterated-article-pinpoint'),
    P('Lubianka: Stalin i Glavnoe upravlenie gosbezopasnosti NKVD, 1937–1938, ed. A. N. Iakovlev (Moscow: '
      'MFD, 2004), 234.',
      {'editor': ['Iakovlev'], 'publisher': 'MFD', 'year': 2004, 'author': []}, ('234', 'page'), 'full',
      id='transliterated-collection-ed'),
    P('Vgl. Oleg Chlewnjuk, Das Politbüro. Mechanismen der Macht in der Sowjetunion der dreißiger Jahre '
      '(Hamburg: Hamburger Edition, 1998), S. 112.',
      {'author': ['Chlewnjuk'], 'publisher-place': 'Hamburg', 'year': 1998}, ('112', 'page'), 'full',
      id='german-history-vgl'),
    # --- written after the first fixes, as a check on unseen shapes
    P('История сталинского Гулага. Конец 1920-х – первая половина 1950-х годов / Отв. ред. Н. В. Петров. '
      'М.: РОССПЭН, 2004. Т. 2. С. 112.',
      {'editor': ['Петров'], 'author': [], 'volume': '2', 'publisher': 'РОССПЭН', 'year': 2004}, ('112', 'page'),
      'full', id='otv-red-split-statement'),
    P('Див.: Шаповал Ю. І. Україна 20–50-х років: сторінки ненаписаної історії. К.: Наукова думка, 1993. С. 205.',
      {'author': ['Шаповал'], 'publisher-place': 'К.', 'publisher': 'Наукова думка', 'year': 1993},
      ('205', 'page'), 'full', id='ukrainian-signal-initial-i'),
    P('ЦГА СПб. Ф. 7384. Оп. 2. Д. 45. Л. 3 об.',
      {'type': MS, 'archive': 'ЦГА СПб', 'archive_location': 'Ф. 7384. Оп. 2. Д. 45'}, ('3 об.', 'folio'),
      'full', id='leningrad-archive-verso'),
    P('ГАРФ. Ф. 8131. Оп. 37. Д. 1021. Лл. 5–8.',
      {'type': MS, 'archive': 'ГАРФ', 'archive_location': 'Ф. 8131. Оп. 37. Д. 1021'}, ('5-8', 'folio'), 'full',
      id='garf-leaves-ll'),
    P('Там же. Т. 2. С. 45.', {'volume': '2'}, ('45', 'page'), 'ibid', id='tam-zhe-volume-page'),
    P('Пихоя Р. Г. Указ. соч. С. 301.', {'author': ['Пихоя']}, ('301', 'page'), 'op-cit', id='ukaz-soch-unseen'),
    P('Ср.: RGASPI, f. 558, op. 11, d. 58, l. 3.',
      {'type': MS, 'archive': 'RGASPI', 'archive_location': 'f. 558, op. 11, d. 58'}, ('3', 'folio'), 'full',
      id='signal-transliterated-archive'),
    P('Голод в СССР. 1929–1934 / Отв. сост. В. В. Кондрашин. М.: МФД, 2011. Т. 1. Кн. 1. С. 5.',
      {'author': [], 'editor': [], 'publisher': 'МФД', 'year': 2011}, ('5', 'page'), 'full',
      id='otv-sost-volume-book'),
    P('Khlevniuk, Khoziain, 88.', {'author': ['Khlevniuk'], 'title': 'Khoziain'}, ('88', 'page'), 'short',
      id='transliterated-short-form'),
]


#: notes still read wrongly, by id, with the reason (applied as strict xfail marks below)
MISSES: dict[str, str] = {
    'gost-book-quoted-title': 'a second author before a quoted title («…» — Николай Ежов) is read as a chapter',
    'politburo-agendas': 'a corporate title "Политбюро ЦК РКП(б) – ВКП(б)" is read as a person, its dates as pages',
    'gost-article-foreign-journal': '"№ 2–4" before "P. 535–548" is read as the pages, the issue lost',
    'on-zhe-book': '"Он же. Title" with a whole book after it: "Он же. Политбюро." is read as a name',
    'otv-red-split-statement': 'a book\'s closing "Т. 2. С. 112" is read as volume and page range, no pinpoint',
    'otv-sost-volume-book': '"Кн. 1. С. 5" after the volume is kept as a note, the pinpoint lost',
    'transliterated-collection-ed': 'the first word of a title before a colon ("Lubianka:") is read as the author',
}


@pytest.mark.parametrize(
    ("note", "expected", "occurrence", "kind"),
    [P(*case.values, id=case.id, marks=[miss(MISSES[case.id])] if case.id in MISSES else []) for case in CASES],
)
def test_round11_note(note: str, expected: dict[str, Any], occurrence: tuple[str, str] | None, kind: str,
                      check_note: Any) -> None:
    check_note(note, expected, occurrence, kind, exact=True)


@pytest.mark.parametrize(
    ("note", "prefix"),
    [
        ('См.: Хлевнюк О. В. Хозяин. М., 2010. С. 215.', 'См.'),
        ('Ср.: Жуков Ю. Н. Иной Сталин. М.: Вагриус, 2003. С. 12.', 'Ср.'),
        ('См.: ГАРФ. Ф. 9401. Оп. 1. Д. 4157. Л. 201.', 'См.'),
    ],
)
def test_round11_signal_is_prefix(note: str, prefix: str) -> None:
    assert (parse_reference(note).prefix or '').strip() == prefix
