"""Legal, classical and author-date citations in notes, through tagger and normalizers.

The notes were written for this file: Bluebook forms (star pages, the Congressional Record,
session laws in the Statutes at Large, constitutions), French and Italian court decisions cited by
court, date and decision number, French, Italian and Portuguese books whose imprint the tagger
reads into the title or the publisher, classics in translation with their series (Loeb, Penguin
Classics, Oxford World's Classics) and the passage cited, and author-date citations.  Each form
comes in several variants (other works, numbers, languages): the rules must generalise.  Only
what a case names is compared: CSL variables, the family names of ``author``/``translator``
(``None``: none), the year (``year``), the occurrence's locator and label (``None``: no locator)
and its kind.
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    # --- Bluebook and US legal: star pages, Congressional Record, Statutes at Large, constitutions
    P(
        '1 William Blackstone, Commentaries *69.',
        {'author': ['Blackstone'], 'title': 'Commentaries', 'volume': '1'},
        ('*69', 'page'),
        'short',
        id='bluebook-blackstone-star-page',
    ),
    P(
        '1 Matthew Hale, Pleas *12.',
        {'author': ['Hale'], 'title': 'Pleas', 'volume': '1'},
        ('*12', 'page'),
        'short',
        id='bluebook-hale-star-page',
    ),
    P(
        '15 Cong. Rec. 2301 (1884).',
        {'container-title': 'Cong. Rec.', 'volume': '15', 'page': '2301', 'year': 1884},
        None,
        'full',
        id='bluebook-congressional-record',
    ),
    P(
        '123 Cong. Rec. 4567 (1977).',
        {'container-title': 'Cong. Rec.', 'volume': '123', 'page': '4567', 'year': 1977},
        None,
        'full',
        id='bluebook-congressional-record-later-volume',
    ),
    P(
        'Act of Sept. 24, 1789, ch. 20, § 11, 1 Stat. 73, 78.',
        {'type': 'legislation', 'title': 'Act of Sept. 24, 1789', 'container-title': 'Stat.', 'volume': '1', 'page': '73', 'chapter-number': '20', 'section': '11', 'author': []},
        ('78', 'page'),
        'full',
        id='bluebook-act-of-date-statutes-at-large',
    ),
    P(
        'Judiciary Act of 1789, ch. 20, § 25, 1 Stat. 73, 85.',
        {'type': 'legislation', 'title': 'Judiciary Act of 1789', 'volume': '1', 'page': '73', 'chapter-number': '20', 'section': '25'},
        ('85', 'page'),
        'full',
        id='bluebook-named-act-statutes-at-large',
    ),
    P(
        'Act of Mar. 3, 1891, ch. 517, 26 Stat. 826.',
        {'type': 'legislation', 'title': 'Act of Mar. 3, 1891', 'volume': '26', 'page': '826', 'chapter-number': '517'},
        None,
        'full',
        id='bluebook-act-without-pinpoint',
    ),
    P(
        'Civil Rights Act of 1964, Pub. L. No. 88-352, § 201, 78 Stat. 241, 243.',
        {'type': 'legislation', 'title': 'Civil Rights Act of 1964', 'number': 'Pub. L. No. 88-352', 'volume': '78', 'page': '241', 'section': '201'},
        ('243', 'page'),
        'full',
        id='bluebook-public-law',
    ),
    P(
        'U.S. Const. art. III, § 2.',
        {'type': 'legislation', 'title': 'U.S. Const.', 'author': []},
        ('III, § 2', 'article-locator'),
        'full',
        id='bluebook-us-constitution-article',
    ),
    P(
        'U.S. Const. art. I, § 8, cl. 3.',
        {'type': 'legislation', 'title': 'U.S. Const.', 'author': []},
        ('I, § 8, cl. 3', 'article-locator'),
        'full',
        id='bluebook-us-constitution-clause',
    ),
    P(
        'U.S. Const. amend. XIV, § 1.',
        {'type': 'legislation', 'title': 'U.S. Const.', 'author': []},
        ('amend. XIV, § 1', 'section'),
        'full',
        id='bluebook-us-constitution-amendment',
    ),
    P(
        'Cal. Const. art. I, § 7.',
        {'type': 'legislation', 'title': 'Cal. Const.', 'author': []},
        ('I, § 7', 'article-locator'),
        'full',
        id='bluebook-state-constitution',
    ),
    # --- French and Italian decisions: court, date, decision number
    P(
        'CE, 12 juillet 2006, n° 298348, Lebon p. 412.',
        {'type': 'legal_case', 'authority': 'CE', 'number': '298348', 'container-title': 'Lebon', 'page': '412', 'year': 2006, 'author': []},
        None,
        'full',
        id='fr-conseil-d-etat-lebon',
    ),
    P(
        'CE, ass., 3 juillet 1996, n° 169219, Lebon p. 255.',
        {'type': 'legal_case', 'authority': 'CE, ass.', 'number': '169219', 'container-title': 'Lebon', 'page': '255', 'year': 1996},
        None,
        'full',
        id='fr-conseil-d-etat-assemblee',
    ),
    P(
        'Cass. crim., 5 mai 2010, n° 09-86.456.',
        {'type': 'legal_case', 'authority': 'Cass. crim.', 'number': '09-86.456', 'year': 2010, 'title': None},
        None,
        'full',
        id='fr-cassation-criminelle',
    ),
    P(
        'Cass. civ., sez. III, 12 gennaio 2010, n. 238.',
        {'type': 'legal_case', 'authority': 'Cass. civ., sez. III', 'number': '238', 'year': 2010, 'author': [], 'volume': None},
        None,
        'full',
        id='it-cassazione-sezione',
    ),
    P(
        'Cass. civ., sez. un., 11 novembre 2008, n. 26972.',
        {'type': 'legal_case', 'authority': 'Cass. civ., sez. un.', 'number': '26972', 'year': 2008},
        None,
        'full',
        id='it-cassazione-sezioni-unite',
    ),
    P(
        'Cons. Stato, sez. VI, 3 marzo 2015, n. 1234.',
        {'type': 'legal_case', 'authority': 'Cons. Stato, sez. VI', 'number': '1234', 'year': 2015, 'collection-title': None},
        None,
        'full',
        id='it-consiglio-di-stato',
    ),
    P(
        'C. cost., 24 ottobre 2007, n. 348.',
        {'type': 'legal_case', 'authority': 'C. cost.', 'number': '348', 'year': 2007, 'author': []},
        None,
        'full',
        id='it-corte-costituzionale',
    ),
    # --- The imprint read into the title or the publisher (French, Italian, Portuguese)
    P(
        'Jean Dufour, Les confréries de Rouen, Rouen, 1998, p. 12.',
        {'author': ['Dufour'], 'title': 'Les confréries de Rouen', 'publisher-place': 'Rouen', 'publisher': None, 'year': 1998},
        ('12', 'page'),
        'full',
        id='fr-place-read-as-publisher',
    ),
    P(
        'Anne Morel, Les métiers de Nantes, Nantes, 2004, p. 88.',
        {'author': ['Morel'], 'title': 'Les métiers de Nantes', 'publisher-place': 'Nantes', 'year': 2004},
        ('88', 'page'),
        'full',
        id='fr-place-in-the-title',
    ),
    P(
        'Luca Bianchi, Storia di Palermo, Palermo, 1985, p. 33.',
        {'author': ['Bianchi'], 'title': 'Storia di Palermo', 'publisher-place': 'Palermo', 'year': 1985},
        ('33', 'page'),
        'full',
        id='it-place-read-as-publisher',
    ),
    P(
        'Sérgio Buarque de Holanda, Raízes do Brasil, 26.ª ed., São Paulo, Companhia das Letras, 1995, p. 61.',
        {'author': ['Buarque de Holanda'], 'title': 'Raízes do Brasil', 'edition': '26', 'publisher-place': 'São Paulo', 'publisher': 'Companhia das Letras', 'year': 1995},
        ('61', 'page'),
        'full',
        id='pt-author-title-edition-in-one-span',
    ),
    P(
        'Gilberto Freyre, Casa-grande & senzala, 48.ª ed., São Paulo, Global, 2003, p. 45.',
        {'author': ['Freyre'], 'title': 'Casa-grande & senzala', 'edition': '48', 'publisher-place': 'São Paulo', 'publisher': 'Global', 'year': 2003},
        ('45', 'page'),
        'full',
        id='pt-edition-in-the-title',
    ),
    P(
        'Caio Prado Júnior, Formação do Brasil contemporâneo, 23.ª ed., São Paulo, Brasiliense, 1994, p. 20.',
        {'title': 'Formação do Brasil contemporâneo', 'edition': '23', 'publisher-place': 'São Paulo', 'publisher': 'Brasiliense'},
        ('20', 'page'),
        'full',
        id='pt-edition-and-publisher-as-place',
    ),
    P(
        'Euclides da Cunha, Os sertões, 3.ª ed., Rio de Janeiro, Laemmert, 1905, p. 99.',
        {'author': ['Cunha'], 'title': 'Os sertões', 'edition': '3', 'publisher-place': 'Rio de Janeiro', 'publisher': 'Laemmert'},
        ('99', 'page'),
        'full',
        id='pt-place-and-publisher-in-one-span',
    ),
    P(
        'Antonio Candido, Formação da literatura brasileira, 6.ª ed., Belo Horizonte, Itatiaia, 1981, p. 17.',
        {'type': 'book', 'author': ['Candido'], 'title': 'Formação da literatura brasileira', 'edition': '6', 'publisher-place': 'Belo Horizonte', 'publisher': 'Itatiaia', 'container-title': None},
        ('17', 'page'),
        'full',
        id='pt-imprint-read-as-the-title',
    ),
    # --- Classics in translation: series, not publisher, title or edition; the passage cited
    P(
        'Plutarch, Lives, trans. Bernadotte Perrin, Loeb Classical Library 47 (Cambridge, MA: Harvard University Press, 1914), 3:45.',
        {'author': ['Plutarch'], 'title': 'Lives', 'translator': ['Perrin'], 'collection-title': 'Loeb Classical Library', 'collection-number': '47', 'publisher': 'Harvard University Press', 'year': 1914},
        ('3:45', 'page'),
        'full',
        id='classics-plutarch-series-as-title',
    ),
    P(
        "Virgil, Aeneid, trans. Frederick Ahl, Oxford World's Classics (Oxford: Oxford University Press, 2007), 88.",
        {'author': ['Virgil'], 'title': 'Aeneid', 'translator': ['Ahl'], 'collection-title': "Oxford World's Classics", 'publisher': 'Oxford University Press'},
        ('88', 'page'),
        'full',
        id='classics-virgil-series-as-title',
    ),
    P(
        'Ovid, Metamorphoses, trans. David Raeburn, Penguin Classics (London: Penguin, 2004), 45.',
        {'author': ['Ovid'], 'title': 'Metamorphoses', 'translator': ['Raeburn'], 'collection-title': 'Penguin Classics', 'publisher': 'Penguin', 'publisher-place': 'London'},
        ('45', 'page'),
        'full',
        id='classics-ovid-series-before-imprint',
    ),
    P(
        'Homer, The Odyssey, trans. Robert Fagles, Penguin Classics (New York: Viking, 1996), 112.',
        {'author': ['Homer'], 'title': 'The Odyssey', 'collection-title': 'Penguin Classics', 'publisher': 'Viking'},
        ('112', 'page'),
        'full',
        id='classics-homer-series-before-imprint',
    ),
    P(
        'Dante, Inferno, trans. Robin Kirkpatrick, Penguin Classics (London: Penguin, 2006), 12.',
        {'author': ['Dante'], 'title': 'Inferno', 'collection-title': 'Penguin Classics', 'publisher': 'Penguin'},
        ('12', 'page'),
        'full',
        id='classics-dante-series-before-imprint',
    ),
    P(
        'Tacitus, Histories, trans. Clifford H. Moore, Loeb Classical Library 111 (Cambridge, MA: Harvard University Press, 1925).',
        {'author': ['Tacitus'], 'title': 'Histories', 'translator': ['Moore'], 'collection-title': 'Loeb Classical Library', 'collection-number': '111', 'edition': None, 'year': 1925},
        None,
        'full',
        id='classics-tacitus-series-as-edition',
    ),
    P(
        'Herodotus, Histories, trans. A. D. Godley, Loeb Classical Library (London: Heinemann, 1920), 1.1.',
        {'author': ['Herodotus'], 'title': 'Histories', 'translator': ['Godley'], 'collection-title': 'Loeb Classical Library', 'publisher': 'Heinemann'},
        ('1.1', 'section'),
        'full',
        id='classics-herodotus-passage',
    ),
    P(
        'Cicero, De officiis, trans. Walter Miller, Loeb Classical Library (Cambridge, MA: Harvard University Press, 1913), 1.22.',
        {'author': ['Cicero'], 'title': 'De officiis', 'translator': ['Miller'], 'collection-title': 'Loeb Classical Library', 'publisher': 'Harvard University Press'},
        ('1.22', 'section'),
        'full',
        id='classics-cicero-passage',
    ),
    P(
        'Livy, History of Rome, trans. B. O. Foster, Loeb Classical Library 114 (Cambridge, MA: Harvard University Press, 1919), 1.7.',
        {'author': ['Livy'], 'title': 'History of Rome', 'translator': ['Foster'], 'collection-title': 'Loeb Classical Library', 'collection-number': '114'},
        ('1.7', 'section'),
        'full',
        id='classics-livy-translator-unlabelled',
    ),
    P(
        'Sallust, The War with Catiline, trans. J. C. Rolfe, Loeb Classical Library 116 (Cambridge, MA: Harvard University Press, 1921), 5.2.',
        {'author': ['Sallust'], 'title': 'The War with Catiline', 'translator': ['Rolfe'], 'collection-title': 'Loeb Classical Library', 'collection-number': '116'},
        ('5.2', 'section'),
        'full',
        id='classics-sallust-passage',
    ),
    # --- Author-date citations inside notes
    P(
        'Orme 2001, 12.',
        {'type': 'book', 'author': ['Orme'], 'year': 2001, 'publisher': None},
        ('12', 'page'),
        'short',
        id='author-date-orme',
    ),
    P(
        'Marsh (1999: 45–47)',
        {'author': ['Marsh'], 'year': 1999, 'publisher': None},
        ('45-47', 'page'),
        'short',
        id='author-date-bracketed',
    ),
    P(
        'Duby 1973, 112–15.',
        {'author': ['Duby'], 'year': 1973},
        ('112-115', 'page'),
        'short',
        id='author-date-range',
    ),
    P(
        'Bourdieu (1979: 12)',
        {'author': ['Bourdieu'], 'year': 1979},
        ('12', 'page'),
        'short',
        id='author-date-bourdieu',
    ),
    P(
        'Ginzburg 1976, 33.',
        {'author': ['Ginzburg'], 'year': 1976, 'publisher': None},
        ('33', 'page'),
        'short',
        id='author-date-ginzburg',
    ),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_legal_classics_note(
    note: str, expected: dict[str, Any], occurrence: tuple[str, str] | None, kind: str, check_note: Any
) -> None:
    check_note(note, expected, occurrence, kind, exact=True)
