"""Extraction round 10, fourth batch: art history and musicology, held out from the first three batches' fixes.

Written before citekit read them: a Haydn article (Hoboken numbers, an edition in the Joseph Haydn Werke,
a recording with its label and number, an opera's libretto, "idem"), a French Impressionism article
(Wildenstein's catalogue raisonné by number, "cat. exp.", a work of art in brackets after its title,
"op. cit.", "id."), and a German one on Baroque architecture and music (Dehio, "ebd.", "a. a. O.", "(wie
Anm. 3)", "Dies.").  Each row: the note, then per citation (kind, a word of the title of the entry it
points to or None, the locator; ranges expanded).
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, list[tuple[str, "str | None", "str | None"]]]

FOURTH: dict[str, list[Row]] = {
    'haydn_en': [
        ('H. C. Robbins Landon, Haydn: Chronicle and Works, vol. 2, Haydn at Eszterháza, 1766–1790 '
         '(London: Thames and Hudson, 1978), 280.',
         [('full', 'Chronicle and Works', '280')]),
        ('James Webster, Haydn\'s "Farewell" Symphony and the Idea of Classical Style (Cambridge: Cambridge '
         'University Press, 1991), 13–16.',
         [('full', 'Farewell', '13-16')]),
        ('Ibid., 20.',
         [('ibid', 'Farewell', '20')]),
        ('Joseph Haydn, Sinfonien 1773 und 1774, ed. Horst Walter, Joseph Haydn Werke I/7 (Munich: Henle, '
         '1966), 45.',
         [('full', 'Sinfonien 1773', '45')]),
        ('Webster, Haydn\'s "Farewell" Symphony, 25; Landon, Haydn at Eszterháza, 282.',
         [('short', 'Farewell', '25'), ('short', 'Chronicle and Works', '282')]),
        ('Elaine Sisman, Haydn and the Classical Variation (Cambridge, MA: Harvard University Press, 1993), 150.',
         [('full', 'Classical Variation', '150')]),
        ('Idem, "Haydn\'s Theater Symphonies," Journal of the American Musicological Society 43 (1990): '
         '292–352, at 300.',
         [('idem', 'Theater Symphonies', '300')]),
        ('Sisman, "Theater Symphonies," 310. Sisman links the symphony to the incidental music for Der '
         'Zerstreute.',
         [('short', 'Theater Symphonies', '310')]),
        ('Webster, op. cit., 30.',
         [('op-cit', 'Farewell', '30')]),
        ('Sisman, Classical Variation, 155; Webster, Haydn\'s "Farewell" Symphony, 40.',
         [('short', 'Classical Variation', '155'), ('short', 'Farewell', '40')]),
        ('Ibid., 42.',
         [('ibid', 'Farewell', '42')]),
        ('Landon, Haydn at Eszterháza, 290.',
         [('short', 'Chronicle and Works', '290')]),
    ],
    'impressionnisme_fr': [
        ('Daniel Wildenstein, Claude Monet. Biographie et catalogue raisonné, t. III, Lausanne et Paris, '
         'Bibliothèque des Arts, 1979, n° 1250.',
         [('full', 'Biographie et catalogue', '1250')]),
        ('Claude Monet, Impression, soleil levant, 1872, huile sur toile, Paris, musée Marmottan Monet, '
         'inv. 4014.',
         [('full', 'Impression, soleil levant', None)]),
        ('Monet, cat. exp., Paris, Galeries nationales du Grand Palais, Réunion des musées nationaux, 2010, '
         'p. 120.',
         [('full', 'Monet', '120')]),
        ('Wildenstein, op. cit., n° 1252.',
         [('op-cit', 'Biographie et catalogue', '1252')]),
        ('Paul Hayes Tucker, Claude Monet. Life and Art, New Haven, Yale University Press, 1995, p. 60.',
         [('full', 'Life and Art', '60')]),
        ('Ibid., p. 62.',
         [('ibid', 'Life and Art', '62')]),
        ('Tucker, Claude Monet, op. cit., p. 70 ; Monet, cat. exp., op. cit., p. 125.',
         [('short', 'Life and Art', '70'), ('short', 'Monet', '125')]),
        ('Richard Shiff, Cézanne and the End of Impressionism, Chicago, University of Chicago Press, 1984, '
         'p. 99.',
         [('full', 'End of Impressionism', '99')]),
        ('Id., « The End of Impressionism: A Study in Theories of Artistic Expression », The Art Quarterly, '
         'n.s. 1, 1978, p. 338-378, ici p. 340.',
         [('idem', 'Study in Theories', '340')]),
        ('Shiff, Cézanne and the End of Impressionism, op. cit., p. 101.',
         [('short', 'End of Impressionism', '101')]),
    ],
    'barock_de': [
        ('Bernhard Schütz, Die kirchliche Barockarchitektur in Bayern und Oberschwaben 1580–1780, München '
         '2000, S. 210.',
         [('full', 'Barockarchitektur', '210')]),
        ('Ebd., S. 212–215.',
         [('ibid', 'Barockarchitektur', '212-215')]),
        ('Hermann Bauer, Rocaille. Zur Herkunft und zum Wesen eines Ornament-Motivs, Berlin 1962, S. 33.',
         [('full', 'Rocaille', '33')]),
        ('Schütz, a. a. O., S. 220; Bauer, Rocaille, S. 40.',
         [('op-cit', 'Barockarchitektur', '220'), ('short', 'Rocaille', '40')]),
        ('Silke Leopold, Claudio Monteverdi und seine Zeit, Laaber 1982, S. 101.',
         [('full', 'Monteverdi', '101')]),
        ('Dies., Die Oper im 17. Jahrhundert, Laaber 2004 (Handbuch der musikalischen Gattungen, 11), S. 58.',
         [('idem', 'Oper im 17. Jahrhundert', '58')]),
        ('Bauer, Rocaille (wie Anm. 3), S. 45.',
         [('supra', 'Rocaille', '45')]),
        ('Leopold, Monteverdi, S. 110; dies., Oper im 17. Jahrhundert, S. 60 f.',
         [('short', 'Monteverdi', '110'), ('idem', 'Oper im 17. Jahrhundert', '60 f.')]),
        ('Ebd., S. 62.',
         [('ibid', 'Oper im 17. Jahrhundert', '62')]),
    ],
}

KNOWN_MISSES: dict[tuple[str, int], str] = {}

ALL: dict[str, list[Row]] = {**FOURTH}


def test_note(sequence_case: tuple[str, int], check_sequence_case: Any) -> None:
    check_sequence_case(sequence_case)
