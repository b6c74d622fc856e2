"""Notes of art history and musicology scholarship (parser round 15, batch 4): online reference works of the
fields, recordings, sale catalogues, prints by their catalogues' numbers, works of art in other forms (no date,
a sculpture, a drawing), works of music in English scores and editions, more back-references.  Written by the
round's helper before the fixes of this batch (the count right before and after is in the round's report).
Only what a case names is compared.
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    P("David Fallows, “Chanson,” in Grove Music Online (Oxford: Oxford University Press, 2001), https://doi.org/10.1093/gmo/9781561592630.article.05414.",
      {'author': ['Fallows'], 'title': 'Chanson', 'DOI': '10.1093/gmo/9781561592630.article.05414'}, None, 'full'),
    P("Ludwig Finscher, Art. „Streichquartett“, in: MGG², Sachteil, Bd. 8, Kassel 1998, Sp. 1924–1977.",
      {'author': ['Finscher'], 'year': 1998}, None, 'full'),
    P("Giorgio Vasari, Le vite, ed. Gaetano Milanesi, vol. 4 (Florence: Sansoni, 1879), 11.",
      {'author': ['Vasari'], 'editor': ['Milanesi'], 'volume': '4', 'publisher': 'Sansoni', 'year': 1879},
      ('11', 'page'), 'full'),
    P("Vasari, Le vite, ed. Milanesi, 4:11.",
      {'author': ['Vasari']}, None, 'short'),
    P("Leonardo da Vinci, Study of Hands, c. 1474, silverpoint, Windsor, Royal Library, RL 12558.",
      {'type': 'graphic', 'title': 'Study of Hands', 'medium': 'silverpoint', 'archive_location': 'RL 12558'},
      None, 'full'),
    P("Donatello, David, c. 1440, bronze, Florence, Museo Nazionale del Bargello.",
      {'type': 'graphic', 'author': ['Donatello'], 'title': 'David', 'medium': 'bronze',
       'archive': 'Museo Nazionale del Bargello'}, None, 'full'),
    P("Pieter Bruegel the Elder, The Harvesters, 1565, oil on wood, New York, Metropolitan Museum of Art, 19.164.",
      {'type': 'graphic', 'title': 'The Harvesters', 'year': 1565, 'archive': 'Metropolitan Museum of Art'},
      None, 'full'),
    P("Christie’s, London, Important Old Master Pictures, 8 July 2008, lot 45.",
      {'year': 2008}, None, 'full'),
    P("Kathleen Battle and Wynton Marsalis, Baroque Duet, Sony Classical SK 46672, 1992, compact disc.",
      {'year': 1992}, None, 'full'),
    P("Igor Stravinsky, The Rite of Spring, Columbia Symphony Orchestra, conducted by Igor Stravinsky, recorded 1960, Columbia MS 6319, LP.",
      {'author': ['Stravinsky']}, None, 'full'),
    P("Johann Sebastian Bach, Goldberg Variations, BWV 988, ed. Christoph Wolff (Kassel: Bärenreiter, 1977).",
      {'author': ['Bach'], 'editor': ['Wolff'], 'publisher': 'Bärenreiter', 'year': 1977}, None, 'full'),
    P("Handel, Messiah, HWV 56, ed. Donald Burrows (London: Peters, 1987), 112.",
      {'author': ['Handel'], 'editor': ['Burrows'], 'publisher': 'Peters', 'year': 1987}, ('112', 'page'), 'full'),
    P("Mozart, Piano Concerto in A major, K. 488, second movement, mm. 1–12.",
      {'author': ['Mozart']}, None, 'full'),
    P("Brahms, Symphony No. 4 in E minor, op. 98, mvt. 4, mm. 1–8.",
      {'author': ['Brahms']}, None, 'full'),
    P("Charles Rosen, The Classical Style: Haydn, Mozart, Beethoven, expanded ed. (New York: Norton, 1997), 57.",
      {'author': ['Rosen'], 'publisher': 'Norton', 'year': 1997}, ('57', 'page'), 'full'),
    P("Rosen, Classical Style, 60–62.",
      {'author': ['Rosen'], 'title': 'Classical Style'}, ('60-62', 'page'), 'short'),
    P("Svetlana Alpers, The Art of Describing: Dutch Art in the Seventeenth Century (Chicago: University of Chicago Press, 1983), 45, pl. 3.",
      {'author': ['Alpers'], 'publisher': 'University of Chicago Press', 'year': 1983}, ('45', 'page'), 'full'),
    P("Alpers, Art of Describing, fig. 22.",
      {'author': ['Alpers'], 'title': 'Art of Describing'}, ('22', 'figure'), 'short'),
    P("Hans Belting, Bild und Kult. Eine Geschichte des Bildes vor dem Zeitalter der Kunst, München 1990, S. 45, Abb. 12.",
      {'author': ['Belting'], 'year': 1990}, ('45', 'page'), 'full'),
    P("Daniel Arasse, Le Détail. Pour une histoire rapprochée de la peinture, Paris, Flammarion, 1992, p. 112, fig. 34.",
      {'author': ['Arasse'], 'publisher': 'Flammarion', 'year': 1992}, ('112', 'page'), 'full'),
    P("Ead., op. cit., p. 41.",
      {}, ('41', 'page'), 'op-cit'),
    P("Id., ibid., p. 42.",
      {}, ('42', 'page'), 'ibid'),
    P("Christiansen and Weppelmann, Renaissance Portrait, cat. no. 12.",
      {'author': ['Christiansen', 'Weppelmann'], 'title': 'Renaissance Portrait'}, ('12', 'number'), 'short'),
    P("Wolfgang Amadeus Mozart, Briefe und Aufzeichnungen, Bd. 3, Kassel 1963, S. 45.",
      {'author': ['Mozart'], 'volume': '3', 'year': 1963}, ('45', 'page'), 'full'),
]


#: notes still read wrongly, by their first words, with the reason (strict xfail marks)
MISSES: dict[str, str] = {
    "Christiansen and Weppelmann, Renaissance Portrait, cat.": "the tagger reads 'cat.' of 'cat. no. 12' into the "
                                                               "title span, so the locator 'no. 12' has no date to be a number after",
}


def _marked(case: Any) -> Any:
    note = case.values[0]
    reason = next((why for head, why in MISSES.items() if note.startswith(head)), None)
    return P(*case.values, marks=[pytest.mark.xfail(reason=reason, strict=True)]) if reason else case


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), [_marked(case) for case in CASES])
def test_art_music4(note: str, expected: dict[str, Any], occurrence: Any, kind: str, check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)
