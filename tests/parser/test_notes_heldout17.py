"""Twenty notes from art history and musicology (exhibition catalogues, works of art with medium,
size, collection and inventory number, Vasari and multi-volume histories cited by volume and page,
MHRA pinpoints in brackets, works of music by their catalogue numbers, a composer's letter in an
edition, a music manuscript by its RISM siglum, a recording; English, German, French and Italian
scholarship), written by the integrator on 2026-11-28 (07:55 UTC) before the fifteenth parser round
and kept from its author, whose brief named the domain only.

14 of 20 were fully right at the round's start (the code of 08:30 UTC, after round 14 and the integrator's
rules) and **18 after it** (its own 115 notes 76 -> 107). The two left are pinned as strict xfails.

Only what a case names is compared (``check_note`` in conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    P("Michael Baxandall, Painting and Experience in Fifteenth-Century Italy (Oxford: Clarendon Press, 1972), 45.",
      {'author': ['Baxandall'], 'title': 'Painting and Experience in Fifteenth-Century Italy',
       'publisher': 'Clarendon Press', 'publisher-place': 'Oxford', 'year': 1972}, ('45', 'page'), 'full'),
    P("Ibid., 47–48.",
      {}, ('47-48', 'page'), 'ibid'),
    P("Erwin Panofsky, Early Netherlandish Painting: Its Origins and Character, 2 vols (Cambridge, MA: Harvard University Press, 1953), 1:178.",
      {'author': ['Panofsky'], 'title': 'Early Netherlandish Painting: Its Origins and Character',
       'publisher': 'Harvard University Press', 'publisher-place': 'Cambridge, MA', 'year': 1953}, None, 'full'),
    P("Svetlana Alpers, ‘Describe or Narrate? A Problem in Realistic Representation’, New Literary History, 8 (1976), 15–41 (p. 20).",
      {'author': ['Alpers'], 'title': 'Describe or Narrate? A Problem in Realistic Representation',
       'container-title': 'New Literary History', 'volume': '8', 'year': 1976, 'page': '15-41'},
      ('20', 'page'), 'full'),
    P("Hans Belting, Bild und Kult. Eine Geschichte des Bildes vor dem Zeitalter der Kunst, München 1990, S. 45.",
      {'author': ['Belting'], 'publisher-place': 'München', 'year': 1990}, ('45', 'page'), 'full'),
    P("Daniel Arasse, Le Détail. Pour une histoire rapprochée de la peinture, Paris, Flammarion, 1992, p. 112.",
      {'author': ['Arasse'], 'publisher': 'Flammarion', 'publisher-place': 'Paris', 'year': 1992},
      ('112', 'page'), 'full'),
    P("Giorgio Vasari, Le vite de’ più eccellenti pittori, scultori e architettori, ed. Gaetano Milanesi, 9 vols (Florence: Sansoni, 1878–85), 4:12.",
      {'author': ['Vasari'], 'editor': ['Milanesi'], 'publisher': 'Sansoni', 'publisher-place': 'Florence',
       'year': 1878}, None, 'full'),
    P("Rembrandt van Rijn, The Night Watch, 1642, oil on canvas, 363 × 437 cm, Rijksmuseum, Amsterdam, inv. no. SK-C-5.",
      {'title': 'The Night Watch', 'year': 1642}, None, 'full'),
    P("Vermeer, exh. cat., Rijksmuseum, Amsterdam, 2023, cat. no. 12.",
      {'title': 'Vermeer', 'year': 2023}, None, 'full'),
    P("Roberto Longhi, Piero della Francesca, Roma, Valori Plastici, 1927, p. 33.",
      {'author': ['Longhi'], 'title': 'Piero della Francesca', 'publisher': 'Valori Plastici',
       'publisher-place': 'Roma', 'year': 1927}, ('33', 'page'), 'full'),
    P("Baxandall, Painting and Experience, 52.",
      {'author': ['Baxandall'], 'title': 'Painting and Experience'}, ('52', 'page'), 'short'),
    P("Carl Dahlhaus, Die Musik des 19. Jahrhunderts, Neues Handbuch der Musikwissenschaft 6, Laaber 1980, S. 112.",
      {'author': ['Dahlhaus'], 'title': 'Die Musik des 19. Jahrhunderts',
       'collection-title': 'Neues Handbuch der Musikwissenschaft', 'publisher-place': 'Laaber', 'year': 1980},
      ('112', 'page'), 'full',
      marks=pytest.mark.xfail(strict=True, reason="a series and its number after the title without brackets stay in "
                              "the title")),
    P("Richard Taruskin, The Oxford History of Western Music, 6 vols (Oxford: Oxford University Press, 2005), 3:245.",
      {'author': ['Taruskin'], 'title': 'The Oxford History of Western Music', 'publisher': 'Oxford University Press',
       'year': 2005}, None, 'full'),
    P("Johann Sebastian Bach, Mass in B Minor, BWV 232.",
      {'author': ['Bach'], 'title': 'Mass in B Minor'}, None, 'full'),
    P("Mozart to Leopold Mozart, Vienna, 4 April 1787, in Mozart: Briefe und Aufzeichnungen, ed. Wilhelm A. Bauer and Otto Erich Deutsch, vol. 4 (Kassel: Bärenreiter, 1963), 41.",
      {'author': ['Mozart'], 'recipient': ['Mozart'], 'editor': ['Bauer', 'Deutsch'], 'volume': '4',
       'publisher': 'Bärenreiter'}, ('41', 'page'), 'full'),
    P("D-B, Mus. ms. Bach P 180, fol. 3r.",
      {'type': 'manuscript'}, ('3r', 'folio'), 'full'),
    P("Glenn Gould, The Goldberg Variations, Columbia Masterworks ML 5060, 1956, LP.",
      {'title': 'The Goldberg Variations', 'year': 1956}, None, 'full',
      marks=pytest.mark.xfail(strict=True, reason="a recording's label and issue number stay in the title (no "
                              "reading of recordings yet)")),
    P("Ebd., S. 114.",
      {}, ('114', 'page'), 'ibid'),
    P("Leo Steinberg, “Leonardo’s Last Supper,” Art Quarterly 36 (1973): 297–410, at 300.",
      {'author': ['Steinberg'], 'title': 'Leonardo’s Last Supper', 'container-title': 'Art Quarterly',
       'volume': '36', 'year': 1973, 'page': '297-410'}, ('300', 'page'), 'full'),
    P("Joseph Kerman, Contemplating Music: Challenges to Musicology (Cambridge, MA: Harvard University Press, 1985), 31.",
      {'author': ['Kerman'], 'publisher': 'Harvard University Press', 'year': 1985}, ('31', 'page'), 'full'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_heldout17(note: str, expected: dict[str, Any], occurrence: Any, kind: str, check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)
