"""Extraction round 10, first batch: whole footnotes of art history and musicology.

Written before citekit read them: an English article on a Venetian painter (works of art with their
collections and inventory numbers, an exhibition catalogue and a monograph both called after the
artist, "exh. cat.", "cat. no.", a catalogue raisonné cited by author and number, archival letters),
a German article on Bach and Haydn (BWV and Hob. numbers, the Neue Bach-Ausgabe, "ebd.", "Ders.",
"(wie Anm. 2)"), and a French/Italian one (op. cit., "cat. n.", "id.").  Each row: the note, then per
citation (kind, a word of the title of the entry it points to or None, the locator; ranges expanded).
40 of the 45 read right before the round's fixes.  Two rows were written wrong and corrected after the
first run: a work of art cited as an object is a citation of its own (a CSL ``graphic``), and a chapter's
page range with no pinpoint after it is the chapter's pages, not a locator; and a letter cited from an
edition is an entry of its own, titled by its writer and addressee, the edition its container.
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, list[tuple[str, "str | None", "str | None"]]]

FIRST: dict[str, list[Row]] = {
    'venetian_painter_en': [
        ('Titian, Venus of Urbino, 1538, oil on canvas, Florence, Galleria degli Uffizi, inv. 1890 no. 1437. '
         'See Harold E. Wethey, The Paintings of Titian, vol. 3, The Mythological and Historical Paintings '
         '(London: Phaidon, 1975), 203–4, cat. no. 54.',
         [('full', 'Venus of Urbino', None), ('full', 'Paintings of Titian', '203-204')]),
        ('David Rosand, Painting in Cinquecento Venice: Titian, Veronese, Tintoretto (New Haven: Yale '
         'University Press, 1982), 87.',
         [('full', 'Painting in Cinquecento Venice', '87')]),
        ('Titian: Prince of Painters, exh. cat. (Venice: Marsilio, 1990), 231, cat. no. 31.',
         [('full', 'Prince of Painters', '231')]),
        ('Charles Hope, Titian (London: Jupiter Books, 1980), 80–82.',
         [('full', 'Titian', '80-82')]),
        ('Ibid., 85.',
         [('ibid', 'Titian', '85')]),
        ('Rosand, Painting in Cinquecento Venice, 92; see also Wethey, Paintings of Titian, 3:204.',
         [('short', 'Painting in Cinquecento Venice', '92'), ('short', 'Paintings of Titian', '3:204')]),
        ('Rona Goffen, "Titian\'s Sacred and Profane Love and Marriage," in The Expanding Discourse: '
         'Feminism and Art History, ed. Norma Broude and Mary D. Garrard (New York: HarperCollins, 1992), '
         '111–25.',
         [('full', 'Sacred and Profane Love', None)]),
        ('Goffen, "Titian\'s Sacred and Profane Love," 115.',
         [('short', 'Sacred and Profane Love', '115')]),
        ('Pietro Aretino to Titian, Venice, November 1537, in Lettere sull\'arte di Pietro Aretino, ed. '
         'Ettore Camesasca, vol. 1 (Milan: Edizioni del Milione, 1957), 77–78.',
         [('full', 'Aretino to Titian', '77-78')]),
        ('Giorgio Vasari, Le vite de\' più eccellenti pittori, scultori ed architettori, ed. Gaetano '
         'Milanesi, vol. 7 (Florence: Sansoni, 1881), 446.',
         [('full', 'vite', '446')]),
        ('Titian: Prince of Painters, 233.',
         [('short', 'Prince of Painters', '233')]),
        ('Hope, Titian, 90.',
         [('short', 'Titian', '90')]),
        ('Vasari, Vite, 7:447.',
         [('short', 'vite', '7:447')]),
        ('Ibid., 7:449.',
         [('ibid', 'vite', '7:449')]),
        ('On the pigments, see Lorenzo Lazzarini, "The Use of Color by Venetian Painters, 1480–1580: '
         'Materials and Technique," in Color and Technique in Renaissance Painting, ed. Marcia B. Hall '
         '(Locust Valley, NY: J. J. Augustin, 1987), 115–36, esp. 120.',
         [('full', 'Use of Color', '120')]),
        ('Wethey, Paintings of Titian, 3:205.',
         [('short', 'Paintings of Titian', '3:205')]),
        ('Rosand, op. cit., 95.',
         [('op-cit', 'Painting in Cinquecento Venice', '95')]),
        ('Peter Humfrey, Titian (London: Phaidon, 2007), 112.',
         [('full', 'Titian', '112')]),
    ],
    'bach_haydn_de': [
        ('Vgl. Christoph Wolff, Johann Sebastian Bach, Frankfurt a. M. 2000, S. 312.',
         [('full', 'Johann Sebastian Bach', '312')]),
        ('Johann Sebastian Bach, Messe in h-Moll BWV 232, hg. von Friedrich Smend, Kassel 1954 '
         '(Neue Bach-Ausgabe II/1), S. 45.',
         [('full', 'Messe in h-Moll', '45')]),
        ('Ebd., S. 47.',
         [('ibid', 'Messe in h-Moll', '47')]),
        ('Alfred Dürr, Die Kantaten von Johann Sebastian Bach, Kassel 1971, S. 211–214.',
         [('full', 'Kantaten', '211-214')]),
        ('Ders., Johann Sebastian Bach. Die Johannes-Passion, Kassel 1988, S. 60.',
         [('idem', 'Johannes-Passion', '60')]),
        ('Wolff, Johann Sebastian Bach (wie Anm. 1), S. 315.',
         [('supra', 'Johann Sebastian Bach', '315')]),
        ('Georg Feder, Haydns Streichquartette. Ein musikalischer Werkführer, München 1998, S. 88.',
         [('full', 'Haydns Streichquartette', '88')]),
        ('Ebd.',
         [('ibid', 'Haydns Streichquartette', None)]),
        ('Bach an Georg Erdmann, Leipzig, 28. Oktober 1730, in: Bach-Dokumente, Bd. 1, hg. von Werner '
         'Neumann und Hans-Joachim Schulze, Kassel 1963, Nr. 23, S. 67.',
         [('full', 'Erdmann', '67')]),
        ('Dürr, Kantaten (wie Anm. 4), S. 215.',
         [('supra', 'Kantaten', '215')]),
        ('Ludwig Finscher, Studien zur Geschichte des Streichquartetts, Bd. 1: Die Entstehung des '
         'klassischen Streichquartetts, Kassel 1974, S. 240 f.',
         [('full', 'Streichquartetts', '240 f.')]),
        ('Feder, Haydns Streichquartette, S. 92; Finscher, Studien, S. 245.',
         [('short', 'Haydns Streichquartette', '92'), ('short', 'Streichquartetts', '245')]),
        ('Hans-Joachim Hinrichsen, „Haydns Sinfonien als Gattungsproblem“, in: Archiv für '
         'Musikwissenschaft 55 (1998), S. 1–22, hier S. 10.',
         [('full', 'Sinfonien', '10')]),
        ('Ebd., S. 12.',
         [('ibid', 'Sinfonien', '12')]),
        ('Wolff, Johann Sebastian Bach, S. 320.',
         [('short', 'Johann Sebastian Bach', '320')]),
    ],
    'italian_french_mix': [
        ('Roberto Longhi, Caravaggio, Milano, Aldo Martello, 1952, p. 34.',
         [('full', 'Caravaggio', '34')]),
        ('Caravaggio e il suo tempo, catalogo della mostra (Napoli, Museo di Capodimonte), Napoli, '
         'Electa, 1985, p. 250, cat. n. 85.',
         [('full', 'Caravaggio e il suo tempo', '250')]),
        ('Longhi, Caravaggio, cit., p. 40.',
         [('short', 'Caravaggio', '40')]),
        ('Ivi, p. 42.',
         [('ibid', 'Caravaggio', '42')]),
        ('Mina Gregori, «Caravaggio dopo la mostra di Cleveland», in Paragone, XXVII, 1976, 315, pp. 3–24: 10.',
         [('full', 'Caravaggio dopo la mostra', '10')]),
        ('Daniel Arasse, Le Détail. Pour une histoire rapprochée de la peinture, Paris, Flammarion, '
         '1992, p. 120.',
         [('full', 'Détail', '120')]),
        ('Id., On n\'y voit rien. Descriptions, Paris, Denoël, 2000, p. 45.',
         [('idem', 'voit rien', '45')]),
        ('Arasse, Le Détail, op. cit., p. 125.',
         [('short', 'Détail', '125')]),
        ('Ibid., p. 130.',
         [('ibid', 'Détail', '130')]),
        ('Jean-Jacques Rousseau, Lettre sur la musique françoise, Paris, 1753, p. 12.',
         [('full', 'Lettre sur la musique', '12')]),
        ('Caravaggio e il suo tempo, cit., p. 252.',
         [('short', 'Caravaggio e il suo tempo', '252')]),
        ('Gregori, «Caravaggio dopo la mostra di Cleveland», cit., p. 12.',
         [('short', 'Caravaggio dopo la mostra', '12')]),
    ],
}

KNOWN_MISSES: dict[tuple[str, int], str] = {}

ALL: dict[str, list[Row]] = {**FIRST}


def test_note(sequence_case: tuple[str, int], check_sequence_case: Any) -> None:
    check_sequence_case(sequence_case)
