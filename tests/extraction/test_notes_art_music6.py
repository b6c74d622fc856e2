"""Extraction round 10, sixth batch: art history and musicology, held out from the first five batches' fixes.

Written before citekit read them: library sources by RISM siglum and shelf-mark with their folios, a
recording, a dictionary article online, a catalogue raisonné cited again by its number alone after
"ibid."/"ebd.", an Italian catalogue with "ibidem, cat.", "Idem" with a short title, two works of one
author told apart by their short titles.  Each row: the note, then per citation (kind, a word of the title
of the entry it points to or None, the locator; ranges expanded).  14 of the 19 read right before this
batch's fixes (a short title with a colon after a surname, "Wolff, Bach: Essays, 345", read as an imprint;
"Kat.-Nr. 170" not read as a locator).
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, list[tuple[str, "str | None", "str | None"]]]

SIXTH: dict[str, list[Row]] = {
    'sources_en': [
        ('Christoph Wolff, Bach: Essays on His Life and Music (Cambridge, MA: Harvard University Press, '
         '1991), 340.',
         [('full', 'Essays on His Life', '340')]),
        ('D-B, Mus.ms. Bach P 180, fol. 3r.',
         [('full', None, '3r')]),
        ('Ibid., fol. 5v.',
         [('ibid', None, '5v')]),
        ('Cliff Eisen and Stanley Sadie, "Mozart, Wolfgang Amadeus," in Grove Music Online (Oxford: Oxford '
         'University Press, 2001), accessed 5 May 2020.',
         [('full', 'Mozart, Wolfgang Amadeus', None)]),
        ('Wolff, Bach: Essays, 345; idem, Johann Sebastian Bach: The Learned Musician (New York: Norton, '
         '2000), 120.',
         [('short', 'Essays on His Life', '345'), ('idem', 'Learned Musician', '120')]),
        ('Idem, Learned Musician, 125.',
         [('idem', 'Learned Musician', '125')]),
        ('Wolff, Bach: Essays, 350; Wolff, Learned Musician, 130.',
         [('short', 'Essays on His Life', '350'), ('short', 'Learned Musician', '130')]),
        ('Glenn Gould, Bach: The Goldberg Variations, Columbia Masterworks ML 5060, 1956, LP.',
         [('full', 'Goldberg Variations', None)]),
        ('Kevin Bazzana, Wondrous Strange: The Life and Art of Glenn Gould (Toronto: McClelland & Stewart, '
         '2003), 150.',
         [('full', 'Wondrous Strange', '150')]),
        ('Ibid., 152–53.',
         [('ibid', 'Wondrous Strange', '152-153')]),
    ],
    'cataloghi_it_de': [
        ('Federico Zeri, La collezione Pallavicini, Firenze, Sansoni, 1959, p. 60, cat. 45.',
         [('full', 'collezione Pallavicini', '60')]),
        ('Ibidem, p. 62.',
         [('ibid', 'collezione Pallavicini', '62')]),
        ('Giovanni Previtali, La fortuna dei primitivi dal Vasari ai neoclassici, Torino, Einaudi, 1964, p. 88.',
         [('full', 'fortuna dei primitivi', '88')]),
        ('Zeri, La collezione Pallavicini, cit., p. 70; Previtali, La fortuna dei primitivi, cit., p. 90.',
         [('short', 'collezione Pallavicini', '70'), ('short', 'fortuna dei primitivi', '90')]),
        ('Werner Hofmann, Caspar David Friedrich, München 2000, S. 44.',
         [('full', 'Caspar David Friedrich', '44')]),
        ('Helmut Börsch-Supan und Karl Wilhelm Jähnig, Caspar David Friedrich. Gemälde, Druckgraphik und '
         'bildmäßige Zeichnungen, München 1973, Kat.-Nr. 168.',
         [('full', 'Gemälde, Druckgraphik', '168')]),
        ('Ebd., Kat.-Nr. 170.',
         [('ibid', 'Gemälde, Druckgraphik', '170')]),
        ('Hofmann, Caspar David Friedrich, S. 50; Börsch-Supan/Jähnig, Caspar David Friedrich, Kat.-Nr. 172.',
         [('short', 'Caspar David Friedrich', '50'), ('short', 'Gemälde, Druckgraphik', '172')]),
        ('Ebd.',
         [('ibid', 'Gemälde, Druckgraphik', None)]),
    ],
    # written after the round's fixes, to hold them: a catalogue and monographs that share the artist's name
    'shared_short_titles': [
        ('Charles Hope, Titian (London: Jupiter Books, 1980), 80–82.',
         [('full', 'Titian', '80-82')]),
        ('Titian: Prince of Painters, exh. cat. (Venice: Marsilio, 1990), 231, cat. no. 31.',
         [('full', 'Prince of Painters', '231')]),
        ('Titian, exh. cat., 240.',
         [('short', 'Prince of Painters', '240')]),
        ('Hope, Titian, 90.',
         [('short', 'Titian', '90')]),
        ('Rembrandt, Ausst.-Kat. Berlin, Gemäldegalerie, München 2006, S. 33.',
         [('full', 'Rembrandt', '33')]),
        ('Christian Tümpel, Rembrandt, Reinbek 1977, S. 50.',
         [('full', 'Rembrandt', '50')]),
        ('Rembrandt, Ausst.-Kat., S. 40; Tümpel, Rembrandt, S. 55.',
         [('short', 'Rembrandt', '40'), ('short', 'Rembrandt', '55')]),
    ],
}

KNOWN_MISSES: dict[tuple[str, int], str] = {}

ALL: dict[str, list[Row]] = {**SIXTH}


def test_note(sequence_case: tuple[str, int], check_sequence_case: Any) -> None:
    check_sequence_case(sequence_case)


def test_catalogue_and_monograph_kept_apart(documents: dict[str, Any]) -> None:
    """"Rembrandt, Ausst.-Kat." links to the catalogue, "Tümpel, Rembrandt" to the monograph (both titled
    "Rembrandt"), and "Titian, exh. cat." to the catalogue, not to Hope's "Titian"."""
    notes = documents['shared_short_titles'].notes
    assert notes[2].citations[0].id == notes[1].citations[0].id
    assert notes[6].citations[0].id == notes[4].citations[0].id
    assert notes[6].citations[1].id == notes[5].citations[0].id != notes[4].citations[0].id
