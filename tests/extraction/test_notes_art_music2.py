"""Extraction round 10, second batch: art history and musicology, held out from the first batch's fixes.

Written before citekit read them: an English article on Mozart's piano concertos (Köchel numbers, bars,
the Neue Mozart-Ausgabe, letters in translation, a recording, an autograph by its library's
shelf-mark), a Dutch-painting article where an exhibition catalogue and a monograph are both called
"Vermeer", a German art-historical one (Ausst.-Kat., Kat.-Nr., Inv.-Nr., Werkverzeichnis by number,
"Ebd.", "Ders.", "a. a. O."), and a French/Italian musicological one ("ibidem", "ivi", "op. cit.",
"id.").  Each row: the note, then per citation (kind, a word of the title of the entry it points to or
None, the locator; ranges expanded).  39 of the 49 read right before this batch's fixes.  Three rows were
written wrong and corrected after the first run: a letter cited from an edition is an entry of its own
(type letter, titled "Mozart to Leopold Mozart", the edition its container), and a catalogue raisonné
cited by its number alone ("Kat.-Nr. 66") has that number as its locator.
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, list[tuple[str, "str | None", "str | None"]]]

SECOND: dict[str, list[Row]] = {
    'mozart_concertos_en': [
        ('Simon P. Keefe, Mozart\'s Piano Concertos: Dramatic Dialogue in the Age of Enlightenment '
         '(Woodbridge: Boydell, 2001), 54.',
         [('full', 'Piano Concertos', '54')]),
        ('Wolfgang Amadeus Mozart, Klavierkonzerte, vol. 6, ed. Marius Flothuis, Neue Ausgabe sämtlicher '
         'Werke V/15/6 (Kassel: Bärenreiter, 1961), xii.',
         [('full', 'Klavierkonzerte', 'xii')]),
        ('Mozart to Leopold Mozart, 28 December 1782, in The Letters of Mozart and His Family, ed. Emily '
         'Anderson, 3rd ed. (London: Macmillan, 1985), 833.',
         [('full', 'to Leopold Mozart', '833')]),
        ('Ibid., 834.',
         [('ibid', 'to Leopold Mozart', '834')]),
        ('Keefe, Mozart\'s Piano Concertos, 60–61; Charles Rosen, The Classical Style: Haydn, Mozart, '
         'Beethoven, expanded ed. (New York: Norton, 1997), 214.',
         [('short', 'Piano Concertos', '60-61'), ('full', 'Classical Style', '214')]),
        ('Rosen, Classical Style, 220. Rosen\'s reading of the Andante has been widely contested.',
         [('short', 'Classical Style', '220')]),
        ('Cliff Eisen, "The Mozarts\' Salzburg Copyists: Aspects of Attribution, Chronology, Text, Style, '
         'and Performance Practice," in Mozart Studies, ed. Cliff Eisen (Oxford: Clarendon Press, 1991), '
         '253–99, at 270.',
         [('full', 'Salzburg Copyists', '270')]),
        ('Eisen, "Salzburg Copyists," 275.',
         [('short', 'Salzburg Copyists', '275')]),
        ('Neal Zaslaw, Mozart\'s Symphonies: Context, Performance Practice, Reception (Oxford: Clarendon '
         'Press, 1989), 310.',
         [('full', 'Symphonies', '310')]),
        ('Idem, "Mozart\'s Paris Symphonies," Musical Times 119 (1978): 753–57.',
         [('idem', 'Paris Symphonies', None)]),
        ('Keefe, op. cit., 88.',
         [('op-cit', 'Piano Concertos', '88')]),
        ('Robert D. Levin, "Improvised Embellishments in Mozart\'s Keyboard Music," Early Music 20 (1992): '
         '221–33.',
         [('full', 'Improvised Embellishments', None)]),
        ('For a different view, see Levin, "Improvised Embellishments," 225, and Zaslaw, Mozart\'s '
         'Symphonies, 312.',
         [('short', 'Improvised Embellishments', '225'), ('short', 'Symphonies', '312')]),
        ('Ibid., 315.',
         [('ibid', 'Symphonies', '315')]),
        ('Daniel R. Melamed, Hearing Bach\'s Passions (New York: Oxford University Press, 2005), 31.',
         [('full', 'Hearing Bach', '31')]),
    ],
    'vermeer_en': [
        ('Arthur K. Wheelock Jr., Vermeer and the Art of Painting (New Haven: Yale University Press, 1995), 42.',
         [('full', 'Art of Painting', '42')]),
        ('Vermeer, exh. cat. (Amsterdam: Rijksmuseum, 2023), 112, cat. no. 14.',
         [('full', 'Vermeer', '112')]),
        ('Albert Blankert, Vermeer of Delft: Complete Edition of the Paintings (Oxford: Phaidon, 1978), 160.',
         [('full', 'Vermeer of Delft', '160')]),
        ('Wheelock, Vermeer and the Art of Painting, 45.',
         [('short', 'Art of Painting', '45')]),
        ('Vermeer, exh. cat., 115.',
         [('short', 'Vermeer', '115')]),
        ('Blankert, Vermeer of Delft, 162; Wheelock, Vermeer and the Art of Painting, 50.',
         [('short', 'Vermeer of Delft', '162'), ('short', 'Art of Painting', '50')]),
        ('Ibid., 52.',
         [('ibid', 'Art of Painting', '52')]),
        ('John Michael Montias, Vermeer and His Milieu: A Web of Social History (Princeton: Princeton '
         'University Press, 1989), 308, doc. 251.',
         [('full', 'Milieu', '308')]),
        ('Montias, Vermeer and His Milieu, 310.',
         [('short', 'Milieu', '310')]),
        ('Svetlana Alpers, The Art of Describing: Dutch Art in the Seventeenth Century (Chicago: University '
         'of Chicago Press, 1983), 27.',
         [('full', 'Art of Describing', '27')]),
        ('Alpers, Art of Describing, 30; cf. Blankert, Vermeer of Delft, 165.',
         [('short', 'Art of Describing', '30'), ('short', 'Vermeer of Delft', '165')]),
        ('Ibid.',
         [('ibid', 'Vermeer of Delft', None)]),
    ],
    'kunstgeschichte_de': [
        ('Albrecht Dürer, Selbstbildnis im Pelzrock, 1500, Öl auf Lindenholz, München, Bayerische '
         'Staatsgemäldesammlungen, Alte Pinakothek, Inv.-Nr. 537.',
         [('full', 'Selbstbildnis im Pelzrock', None)]),
        ('Vgl. Fedja Anzelewsky, Albrecht Dürer. Das malerische Werk, Berlin 1991, Kat.-Nr. 66.',
         [('full', 'malerische Werk', '66')]),
        ('Erwin Panofsky, Das Leben und die Kunst Albrecht Dürers, München 1977, S. 43.',
         [('full', 'Leben und die Kunst', '43')]),
        ('Ebd., S. 45 f.',
         [('ibid', 'Leben und die Kunst', '45 f.')]),
        ('Dürer. Kunst – Künstler – Kontext, Ausst.-Kat. Frankfurt a. M., Städel Museum, München 2013, '
         'S. 120.',
         [('full', 'Kontext', '120')]),
        ('Panofsky, a. a. O., S. 50.',
         [('op-cit', 'Leben und die Kunst', '50')]),
        ('Ders., Die Perspektive als „symbolische Form“, in: Vorträge der Bibliothek Warburg 1924–1925, '
         'Leipzig/Berlin 1927, S. 258–330, hier S. 270.',
         [('idem', 'Perspektive', '270')]),
        ('Hans Belting, Das Echte Bild. Bildfragen als Glaubensfragen, München 2005, S. 98.',
         [('full', 'Echte Bild', '98')]),
        ('Panofsky, Perspektive, S. 275; Belting, Das Echte Bild, S. 100.',
         [('short', 'Perspektive', '275'), ('short', 'Echte Bild', '100')]),
        ('Dürer. Kunst – Künstler – Kontext (wie Anm. 5), S. 122.',
         [('supra', 'Kontext', '122')]),
        ('Ebd., S. 124.',
         [('ibid', 'Kontext', '124')]),
    ],
    'musicologie_fr_it': [
        ('Jean-Philippe Rameau, Traité de l\'harmonie réduite à ses principes naturels, Paris, Ballard, '
         '1722, p. 45.',
         [('full', 'Traité de l', '45')]),
        ('Ibid., p. 47.',
         [('ibid', 'Traité de l', '47')]),
        ('Catherine Kintzler, Jean-Philippe Rameau. Splendeur et naufrage de l\'esthétique du plaisir à '
         'l\'âge classique, Paris, Le Sycomore, 1983, p. 80.',
         [('full', 'Splendeur et naufrage', '80')]),
        ('Rameau, Traité de l\'harmonie, op. cit., p. 52 ; Kintzler, op. cit., p. 85.',
         [('short', 'Traité de l', '52'), ('op-cit', 'Splendeur et naufrage', '85')]),
        ('Lorenzo Bianconi, Il Seicento, Torino, EDT, 1982 (Storia della musica, 4), p. 180.',
         [('full', 'Seicento', '180')]),
        ('Ivi, pp. 182-183.',
         [('ibid', 'Seicento', '182-183')]),
        ('Reinhard Strohm, L\'opera italiana nel Settecento, Venezia, Marsilio, 1991, p. 33.',
         [('full', 'opera italiana', '33')]),
        ('Bianconi, Il Seicento, cit., p. 190; Strohm, L\'opera italiana, cit., p. 35.',
         [('short', 'Seicento', '190'), ('short', 'opera italiana', '35')]),
        ('Ibidem.',
         [('ibid', 'opera italiana', None)]),
        ('Id., Dramma per musica. Italian and Venetian Opera in the Eighteenth Century, New Haven, Yale '
         'University Press, 1997, p. 12.',
         [('idem', 'Dramma per musica', '12')]),
        ('Kintzler, Jean-Philippe Rameau, op. cit., p. 90.',
         [('short', 'Splendeur et naufrage', '90')]),
    ],
}

KNOWN_MISSES: dict[tuple[str, int], str] = {
    ('mozart_concertos_en', 2): 'parser: "Wolfgang Amadeus Mozart, Klavierkonzerte, vol. 6, ed. …, Neue Ausgabe '
                                'sämtlicher Werke V/15/6 (…)" -- the composer read as a family name with the title '
                                'as his given name, the series as the title',
}

ALL: dict[str, list[Row]] = {**SECOND}


def test_note(sequence_case: tuple[str, int], check_sequence_case: Any) -> None:
    check_sequence_case(sequence_case)
