"""Thirty notes written by the integrator on 2026-11-28 (00:10 UTC) before the sixth parser probe round
and kept from its author: literature, art history, musicology, EU law, Spanish, Portuguese and
French history, corporate authors, reviews, translations, short forms and back-references.

26 of 30 were fully right at the round's start (0c98351), and still 26 after the round's own rules
(the same four failing). The integrator's rules for those four forms (a known place closing the title
before the publisher; a title in straight quotes before "19th-Century Music"; "Daston and Galison,
Objectivity, 20."; "Bloch, Feudal Society, op. cit.") came after that count, so from then on these
are development figures (30/30). Only what a case names is compared (``check_note`` in conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    P("Toni Morrison, Beloved (New York: Knopf, 1987), 163.",
      {'type': 'book', 'title': 'Beloved', 'author': ['Morrison'], 'publisher': 'Knopf', 'publisher-place': 'New York', 'year': 1987},
      ('163', 'page'), 'full'),
    P("John Milton, Paradise Lost, ed. Alastair Fowler, 2nd edn (Harlow: Longman, 1998), IV. 32–45.",
      {'title': 'Paradise Lost', 'author': ['Milton'], 'editor': ['Fowler'], 'publisher': 'Longman', 'year': 1998},
      None, 'full'),
    P("Stephen Greenblatt, 'Invisible Bullets', in Shakespearean Negotiations (Oxford: Clarendon Press, 1988), pp. 21–65 (p. 30).",
      {'type': 'chapter', 'title': 'Invisible Bullets', 'container-title': 'Shakespearean Negotiations', 'author': ['Greenblatt'], 'publisher': 'Clarendon Press', 'page': '21-65', 'year': 1988},
      ('30', 'page'), 'full'),
    P("Virginia Woolf, The Diary of Virginia Woolf, ed. Anne Olivier Bell, 5 vols (London: Hogarth Press, 1977–84), III, 209.",
      {'title': 'The Diary of Virginia Woolf', 'author': ['Woolf'], 'editor': ['Bell'], 'publisher': 'Hogarth Press', 'year': 1977},
      ('209', 'page'), 'full'),
    P("Peter Brooks, Reading for the Plot: Design and Intention in Narrative (New York: Knopf, 1984), 90–112.",
      {'type': 'book', 'title': 'Reading for the Plot: Design and Intention in Narrative', 'author': ['Brooks'], 'publisher': 'Knopf', 'year': 1984},
      ('90-112', 'page'), 'full'),
    P("Rita Felski, “Context Stinks!,” New Literary History 42, no. 4 (2011): 573–91.",
      {'type': 'article-journal', 'title': 'Context Stinks!', 'container-title': 'New Literary History', 'volume': '42', 'issue': '4', 'page': '573-591', 'year': 2011},
      None, 'full'),
    P("Case C-26/62 Van Gend en Loos v Nederlandse Administratie der Belastingen [1963] ECR 1, 12.",
      {'type': 'legal_case'},
      ('12', 'page'), 'full'),
    P("Jean-Pierre Vernant, Mythe et pensée chez les Grecs, Paris, Maspero, 1965, p. 80.",
      {'type': 'book', 'title': 'Mythe et pensée chez les Grecs', 'author': ['Vernant'], 'publisher': 'Maspero', 'publisher-place': 'Paris', 'year': 1965},
      ('80', 'page'), 'full'),
    P("Georges Didi-Huberman, Devant l'image, Paris, Minuit, 1990, p. 15-18.",
      {'type': 'book', 'title': "Devant l'image", 'author': ['Didi-Huberman'], 'publisher': 'Minuit', 'publisher-place': 'Paris', 'year': 1990},
      ('15-18', 'page'), 'full'),
    P("Michael Baxandall, Painting and Experience in Fifteenth-Century Italy (Oxford: Oxford University Press, 1972), 40.",
      {'type': 'book', 'title': 'Painting and Experience in Fifteenth-Century Italy', 'author': ['Baxandall'], 'publisher': 'Oxford University Press', 'publisher-place': 'Oxford', 'year': 1972},
      ('40', 'page'), 'full'),
    P("Hans Belting, Bild und Kult. Eine Geschichte des Bildes vor dem Zeitalter der Kunst, München 1990, S. 57.",
      {'type': 'book', 'title': 'Bild und Kult. Eine Geschichte des Bildes vor dem Zeitalter der Kunst', 'author': ['Belting'], 'publisher-place': 'München', 'year': 1990},
      ('57', 'page'), 'full'),
    P("Lorenzo Bianconi, Il Seicento, Torino, EDT, 1982 (Storia della musica, 4), p. 120.",
      {'title': 'Il Seicento', 'author': ['Bianconi'], 'publisher': 'EDT', 'publisher-place': 'Torino', 'year': 1982},
      ('120', 'page'), 'full'),
    P("Carl Dahlhaus, Die Musiktheorie im 18. und 19. Jahrhundert, Darmstadt 1984, S. 33.",
      {'type': 'book', 'title': 'Die Musiktheorie im 18. und 19. Jahrhundert', 'author': ['Dahlhaus'], 'publisher-place': 'Darmstadt', 'year': 1984},
      ('33', 'page'), 'full'),
    P("Richard Taruskin, 'Back to Whom? Neoclassicism as Ideology', 19th-Century Music, 16 (1993), 286–302 (p. 290).",
      {'type': 'article-journal', 'title': 'Back to Whom? Neoclassicism as Ideology', 'container-title': '19th-Century Music', 'volume': '16', 'page': '286-302', 'year': 1993},
      ('290', 'page'), 'full'),
    P("Francisco Bethencourt, The Inquisition: A Global History, 1478–1834 (Cambridge: Cambridge University Press, 2009), 45.",
      {'type': 'book', 'title': 'The Inquisition: A Global History, 1478–1834', 'author': ['Bethencourt'], 'publisher': 'Cambridge University Press', 'year': 2009},
      ('45', 'page'), 'full'),
    P("Bartolomé Bennassar, L'Inquisition espagnole, XVe-XIXe siècle, Paris, Hachette, 1979, p. 102.",
      {'type': 'book', 'title': "L'Inquisition espagnole, XVe-XIXe siècle", 'author': ['Bennassar'], 'publisher': 'Hachette', 'publisher-place': 'Paris', 'year': 1979},
      ('102', 'page'), 'full'),
    P("Henry Kamen, La Inquisición española. Una revisión histórica, Barcelona, Crítica, 1999, p. 77.",
      {'type': 'book', 'title': 'La Inquisición española. Una revisión histórica', 'author': ['Kamen'], 'publisher': 'Crítica', 'publisher-place': 'Barcelona', 'year': 1999},
      ('77', 'page'), 'full'),
    P("Charles Boxer, O império marítimo português, 1415–1825, Lisboa, Edições 70, 1977, p. 210.",
      {'type': 'book', 'author': ['Boxer'], 'publisher-place': 'Lisboa', 'year': 1977},
      ('210', 'page'), 'full'),
    P("UNESCO, World Heritage Papers 12: The State of World Heritage in the Asia-Pacific Region (Paris: UNESCO, 2004), 8.",
      {'publisher': 'UNESCO', 'year': 2004},
      ('8', 'page'), 'full'),
    P("Lorraine Daston and Peter Galison, Objectivity (New York: Zone Books, 2007), 17.",
      {'type': 'book', 'title': 'Objectivity', 'author': ['Daston', 'Galison'], 'publisher': 'Zone Books', 'publisher-place': 'New York', 'year': 2007},
      ('17', 'page'), 'full'),
    P("Daston and Galison, Objectivity, 20.",
      {'title': 'Objectivity', 'author': ['Daston', 'Galison']},
      ('20', 'page'), 'short'),
    P("Anthony Grafton, review of The Printing Press as an Agent of Change, by Elizabeth L. Eisenstein, Journal of Interdisciplinary History 11, no. 2 (1980): 265–86.",
      {'container-title': 'Journal of Interdisciplinary History', 'volume': '11', 'issue': '2', 'page': '265-286', 'year': 1980},
      None, 'full'),
    P("Marc Bloch, Feudal Society, trans. L. A. Manyon (London: Routledge and Kegan Paul, 1961), 145.",
      {'type': 'book', 'title': 'Feudal Society', 'author': ['Bloch'], 'translator': ['Manyon'], 'year': 1961},
      ('145', 'page'), 'full'),
    P("Ivi, pp. 122-123.",
      {},
      ('122-123', 'page'), 'ibid'),
    P("Ebd., S. 60 f.",
      {},
      ('60 f.', 'page'), 'ibid'),
    P("Bloch, Feudal Society, op. cit., p. 150.",
      {'author': ['Bloch']},
      ('150', 'page'), 'op-cit'),
    P("Emmanuel Le Roy Ladurie, Les Paysans de Languedoc, 2 vol., Paris, SEVPEN, 1966, t. I, p. 45.",
      {'title': 'Les Paysans de Languedoc', 'author': ['Le Roy Ladurie'], 'publisher': 'SEVPEN', 'publisher-place': 'Paris', 'year': 1966},
      ('45', 'page'), 'full'),
    P("Francesca Trivellato, The Familiarity of Strangers (New Haven: Yale University Press, 2009), 112n45.",
      {'type': 'book', 'title': 'The Familiarity of Strangers', 'author': ['Trivellato'], 'publisher': 'Yale University Press', 'year': 2009},
      None, 'full'),
    P("Vittorio Frajese, «La politica dell'Indice dal Tridentino al Clementino (1571-1596)», Archivio italiano per la storia della pietà, 11 (1998), pp. 269-356: 280.",
      {'type': 'article-journal', 'title': "La politica dell'Indice dal Tridentino al Clementino (1571-1596)", 'container-title': 'Archivio italiano per la storia della pietà', 'volume': '11', 'page': '269-356', 'year': 1998},
      ('280', 'page'), 'full'),
    P("Alain Corbin, Le Miasme et la jonquille. L'odorat et l'imaginaire social, XVIIIe-XIXe siècles, Paris, Aubier Montaigne, 1982, p. 34.",
      {'type': 'book', 'title': "Le Miasme et la jonquille. L'odorat et l'imaginaire social, XVIIIe-XIXe siècles", 'author': ['Corbin'], 'publisher': 'Aubier Montaigne', 'publisher-place': 'Paris', 'year': 1982},
      ('34', 'page'), 'full'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_heldout_note(
    note: str, expected: dict[str, Any], occurrence: tuple[str, str] | None, kind: str, check_note: Any
) -> None:
    check_note(note, expected, occurrence, kind)
