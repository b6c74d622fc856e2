"""Notes of philosophy and theology scholarship (parser round 14, batch 3): Aristotle and Plato by their
pages, patristic works with Migne's columns beside, scholastic commentaries, collected works by siglum,
German editions marked by a superscript ("Tübingen ⁶1992"), French series, Italian and German
monographs and articles, back-references.  Written by the round's helper before the fixes of this batch
(the count right before and after is in the round's report).  Only what a case names is compared.
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    P("Aristotle, EN II.6, 1106b36–1107a2.",
      {'type': 'classic', 'author': ['Aristotle']}, ('1106b36-1107a2', 'page'), 'full'),
    P("Plato, Phaedrus 245c–246a.",
      {'type': 'classic', 'author': ['Plato'], 'title': 'Phaedrus'}, ('245c-246a', 'page'), 'full'),
    P("Augustine, Conf. 8.12.29.",
      {'type': 'classic', 'author': ['Augustine']}, ('8.12.29', 'section'), 'full'),
    P("Boethius, De consolatione philosophiae V, pr. 6.",
      {'type': 'classic', 'author': ['Boethius'], 'title': 'De consolatione philosophiae'}, ('V, pr. 6', 'section'), 'full'),
    P("Pseudo-Dionysius, De divinis nominibus 4.7.",
      {'type': 'classic', 'title': 'De divinis nominibus'}, ('4.7', 'section'), 'full'),
    P("Origen, Contra Celsum 1.9.",
      {'type': 'classic', 'author': ['Origen'], 'title': 'Contra Celsum'}, ('1.9', 'section'), 'full'),
    P("Basil of Caesarea, De Spiritu Sancto 18.45.",
      {'type': 'classic', 'title': 'De Spiritu Sancto'}, ('18.45', 'section'), 'full'),
    P("John Chrysostom, Hom. in Matt. 50.3 (PG 58, 508).",
      {'type': 'classic'}, ('50.3', 'section'), 'full'),
    P("Nicholas of Cusa, De docta ignorantia I.2.",
      {'type': 'classic', 'title': 'De docta ignorantia'}, ('I.2', 'section'), 'full'),
    P("Duns Scotus, Ordinatio I, d. 3, q. 3, n. 24.",
      {'type': 'classic', 'title': 'Ordinatio'}, ('I, d. 3, q. 3, n. 24', 'section'), 'full'),
    P("Hegel, Wissenschaft der Logik I, TWA 5, 82.",
      {'author': ['Hegel'], 'volume': '5'}, ('82', 'page'), 'full'),
    P("Husserl, Cartesianische Meditationen, Hua I, 65.",
      {'author': ['Husserl'], 'title': 'Cartesianische Meditationen', 'volume': 'I'}, ('65', 'page'), 'full'),
    P("Heidegger, Beiträge zur Philosophie (Vom Ereignis), GA 65, 7.",
      {'author': ['Heidegger'], 'volume': '65'}, ('7', 'page'), 'full'),
    P("Schelling, Philosophische Untersuchungen über das Wesen der menschlichen Freiheit, SW VII, 350.",
      {'author': ['Schelling'], 'volume': 'VII'}, ('350', 'page'), 'full'),
    P("Marx, Das Kapital, Bd. 1, MEW 23, 85.",
      {'author': ['Marx'], 'volume': '23'}, ('85', 'page'), 'full'),
    P("Bernard Williams, “Moral Luck,” Proceedings of the Aristotelian Society, Supplementary Volume 50 (1976): 115–35.",
      {'author': ['Williams'], 'title': 'Moral Luck', 'year': 1976}, None, 'full'),
    P("G. E. M. Anscombe, “Modern Moral Philosophy,” Philosophy 33, no. 124 (1958): 1–19.",
      {'author': ['Anscombe'], 'title': 'Modern Moral Philosophy', 'container-title': 'Philosophy', 'volume': '33',
       'issue': '124', 'year': 1958}, None, 'full'),
    P("E. Jüngel, Gott als Geheimnis der Welt, Tübingen ⁶1992, 45.",
      {'author': ['Jüngel'], 'title': 'Gott als Geheimnis der Welt', 'edition': '6', 'publisher-place': 'Tübingen',
       'year': 1992}, ('45', 'page'), 'full'),
    P("H.-G. Gadamer, Wahrheit und Methode, Tübingen ⁴1975, 250.",
      {'author': ['Gadamer'], 'edition': '4', 'year': 1975}, ('250', 'page'), 'full'),
    P("Vgl. J. Moltmann, Theologie der Hoffnung, München 1964, 12 f.",
      {'author': ['Moltmann'], 'title': 'Theologie der Hoffnung', 'year': 1964}, ('12 f.', 'page'), 'full'),
    P("M. Merleau-Ponty, Phénoménologie de la perception, Paris, Gallimard, 1945, p. 240.",
      {'author': ['Merleau-Ponty'], 'publisher': 'Gallimard', 'year': 1945}, ('240', 'page'), 'full'),
    P("J.-P. Sartre, L'Être et le néant, Paris, Gallimard, coll. « Tel », 1943, p. 58.",
      {'author': ['Sartre'], 'publisher': 'Gallimard', 'year': 1943}, ('58', 'page'), 'full'),
    P("P. Ricœur, Temps et récit, t. I, Paris, Seuil, 1983, p. 85.",
      {'author': ['Ricœur'], 'title': 'Temps et récit', 'volume': 'I', 'publisher': 'Seuil', 'year': 1983},
      ('85', 'page'), 'full'),
    P("Cf. M. Henry, C'est moi la vérité, Paris, Seuil, 1996, p. 120-121.",
      {'author': ['Henry'], 'publisher': 'Seuil', 'year': 1996}, ('120-121', 'page'), 'full'),
    P("G. Agamben, Homo sacer. Il potere sovrano e la nuda vita, Torino, Einaudi, 1995, p. 12.",
      {'author': ['Agamben'], 'publisher': 'Einaudi', 'publisher-place': 'Torino', 'year': 1995}, ('12', 'page'), 'full'),
    P("L. Pareyson, Verità e interpretazione, Milano, Mursia, 1971, pp. 15 ss.",
      {'author': ['Pareyson'], 'title': 'Verità e interpretazione', 'publisher': 'Mursia', 'year': 1971},
      ('15 ss.', 'page'), 'full'),
    P("Ibidem, p. 20.",
      {}, ('20', 'page'), 'ibid'),
    P("Heidegger, Sein und Zeit, cit., p. 45.",
      {'author': ['Heidegger'], 'title': 'Sein und Zeit'}, ('45', 'page'), 'op-cit'),
    P("K. Rahner, Schriften zur Theologie, Bd. 4, Einsiedeln 1960, 275.",
      {'author': ['Rahner'], 'title': 'Schriften zur Theologie', 'volume': '4', 'publisher-place': 'Einsiedeln',
       'year': 1960}, ('275', 'page'), 'full'),
    P("W. Pannenberg, Dogmatische Thesen zur Lehre von der Offenbarung, in: Ders. (Hg.), Offenbarung als Geschichte, Göttingen 1961, 91–114.",
      {'author': ['Pannenberg'], 'container-title': 'Offenbarung als Geschichte', 'year': 1961}, None, 'full'),
    P("Thomas Aquinas, In duodecim libros Metaphysicorum Aristotelis expositio XII, lect. 7, n. 2519.",
      {'type': 'classic'}, ('XII, lect. 7, n. 2519', 'section'), 'full'),
    P("Søren Kierkegaard, Sygdommen til Døden, SKS 11, 129.",
      {'author': ['Kierkegaard'], 'volume': '11'}, ('129', 'page'), 'full'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_philosophy_theology3(note: str, expected: dict[str, Any], occurrence: Any, kind: str, check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)
