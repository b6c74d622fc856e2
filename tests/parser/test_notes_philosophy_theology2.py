"""Notes of philosophy and theology scholarship (parser round 14, batch 2): sigla standing alone,
magisterial and conciliar documents, lexica cited s.v., scholastic commentaries, German, French,
Italian and Spanish monographs and articles, and the field's back-references.  Written by the round's
helper before the fixes of this batch (the count right before and after is in the round's report).
Only what a case names is compared (``check_note`` in conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    P("Hua VI, 48.",
      {'container-title': 'Hua', 'volume': 'VI'}, ('48', 'page'), 'full'),
    P("Vgl. Kant, KpV, AA 05: 30.",
      {'author': ['Kant'], 'volume': '05'}, ('30', 'page'), 'full'),
    P("Fichte, Grundlage der gesamten Wissenschaftslehre, GA I/2, 255.",
      {'author': ['Fichte'], 'title': 'Grundlage der gesamten Wissenschaftslehre', 'volume': 'I/2'}, ('255', 'page'), 'full'),
    P("Kierkegaard, Frygt og Bæven, SKS 4, 123.",
      {'author': ['Kierkegaard'], 'volume': '4'}, ('123', 'page'), 'full'),
    P("Augustinus, De trinitate XV, 12, 21 (CCSL 50A, 492).",
      {'author': ['Augustinus']}, None, 'full'),
    P("Meister Eckhart, Predigt 52, DW II, 486–506.",
      {'volume': 'II'}, ('486-506', 'page'), 'full'),
    P("Calvin, Institutes 3.11.2.",
      {'type': 'classic', 'author': ['Calvin'], 'title': 'Institutes'}, ('3.11.2', 'section'), 'full'),
    P("John Calvin, Institutes of the Christian Religion, ed. John T. McNeill, trans. Ford Lewis Battles, 2 vols. (Philadelphia: Westminster Press, 1960), 1:35.",
      {'author': ['Calvin'], 'editor': ['McNeill'], 'translator': ['Battles'], 'publisher': 'Westminster Press', 'year': 1960},
      ('1:35', 'page'), 'full'),
    P("Irenaeus, Adversus haereses 4.20.7.",
      {'type': 'classic', 'author': ['Irenaeus'], 'title': 'Adversus haereses'}, ('4.20.7', 'section'), 'full'),
    P("Peter Lombard, Sententiae I, d. 17, c. 6.",
      {'type': 'classic', 'title': 'Sententiae'}, ('I, d. 17, c. 6', 'section'), 'full'),
    P("Bonaventure, Itinerarium mentis in Deum 1.2.",
      {'type': 'classic', 'author': ['Bonaventure'], 'title': 'Itinerarium mentis in Deum'}, ('1.2', 'section'), 'full'),
    P("Aquinas, Summa contra gentiles III, c. 25.",
      {'type': 'classic', 'author': ['Aquinas'], 'title': 'Summa contra gentiles'}, ('III, c. 25', 'chapter'), 'full'),
    P("Tommaso d'Aquino, Summa Theologiae, I, q. 1, a. 8, ad 2.",
      {'type': 'classic', 'title': 'Summa Theologiae'}, ('I, q. 1, a. 8, ad 2', 'section'), 'full'),
    P("Hume, Treatise 1.4.6.3.",
      {'type': 'classic', 'author': ['Hume'], 'title': 'Treatise'}, ('1.4.6.3', 'section'), 'full'),
    P("Locke, Essay II.xxvii.9.",
      {'type': 'classic', 'author': ['Locke'], 'title': 'Essay'}, ('II.xxvii.9', 'section'), 'full'),
    P("Nietzsche, Jenseits von Gut und Böse, § 36.",
      {'author': ['Nietzsche'], 'title': 'Jenseits von Gut und Böse'}, ('36', 'section'), 'full'),
    P("Schleiermacher, Der christliche Glaube, § 4.4.",
      {'author': ['Schleiermacher'], 'title': 'Der christliche Glaube'}, ('4.4', 'section'), 'full'),
    P("Pascal, Pensées, fr. 418.",
      {'author': ['Pascal'], 'title': 'Pensées'}, ('418', 'section'), 'full'),
    P("H. U. von Balthasar, Herrlichkeit. Eine theologische Ästhetik, Bd. I, Einsiedeln 1961, 120.",
      {'author': ['Balthasar'], 'volume': 'I', 'publisher-place': 'Einsiedeln', 'year': 1961}, ('120', 'page'), 'full'),
    P("J. Ratzinger, Einführung in das Christentum, München 1968, 45f.",
      {'author': ['Ratzinger'], 'title': 'Einführung in das Christentum', 'publisher-place': 'München', 'year': 1968},
      ('45f.', 'page'), 'full'),
    P("J. Habermas, Theorie des kommunikativen Handelns, Bd. 1, Frankfurt a. M. 1981, 385.",
      {'author': ['Habermas'], 'volume': '1', 'publisher-place': 'Frankfurt a. M.', 'year': 1981}, ('385', 'page'), 'full'),
    P("D. Henrich, „Fichtes ursprüngliche Einsicht“, in: D. Henrich / H. Wagner (Hg.), Subjektivität und Metaphysik, Frankfurt a. M. 1966, 188–232.",
      {'author': ['Henrich'], 'title': 'Fichtes ursprüngliche Einsicht', 'editor': ['Henrich', 'Wagner'],
       'container-title': 'Subjektivität und Metaphysik', 'year': 1966}, None, 'full'),
    P("Ders., Der Grund im Bewußtsein, Stuttgart 1992, 31.",
      {'title': 'Der Grund im Bewußtsein', 'publisher-place': 'Stuttgart', 'year': 1992}, ('31', 'page'), 'idem'),
    P("P. Aubenque, Le problème de l'être chez Aristote, Paris, PUF, 1962, p. 98 sq.",
      {'author': ['Aubenque'], 'publisher': 'PUF', 'year': 1962}, ('98 sq.', 'page'), 'full'),
    P("Ricœur, art. cit., p. 30.",
      {'author': ['Ricœur']}, ('30', 'page'), 'op-cit'),
    P("Id., Soi-même comme un autre, Paris, Seuil, 1990, p. 13.",
      {'title': 'Soi-même comme un autre', 'publisher': 'Seuil', 'year': 1990}, ('13', 'page'), 'idem'),
    P("Ivi, p. 88.",
      {}, ('88', 'page'), 'ibid'),
    P("X. Zubiri, Sobre la esencia, Madrid, Alianza, 1985, p. 45.",
      {'author': ['Zubiri'], 'title': 'Sobre la esencia', 'publisher': 'Alianza', 'publisher-place': 'Madrid', 'year': 1985},
      ('45', 'page'), 'full'),
    P("K. Rahner, Art. Theologie, in: LThK² 10 (1965), 80–84.",
      {'author': ['Rahner']}, None, 'full'),
    P("Derek Parfit, “Personal Identity,” Philosophical Review 80, no. 1 (1971): 3–27.",
      {'author': ['Parfit'], 'title': 'Personal Identity', 'container-title': 'Philosophical Review', 'volume': '80',
       'issue': '1', 'year': 1971}, None, 'full'),
    P("Jean-Yves Lacoste, Expérience et Absolu (Paris: PUF, 1994), 12–14.",
      {'author': ['Lacoste'], 'title': 'Expérience et Absolu', 'publisher': 'PUF', 'year': 1994}, ('12-14', 'page'), 'full'),
    P("Vgl. Luther, WA 7, 21.",
      {'author': ['Luther'], 'volume': '7'}, ('21', 'page'), 'full'),
    P("Augustine, Ep. 130, PL 33, 494.",
      {'author': ['Augustine'], 'volume': '33'}, ('494', 'column'), 'full'),
    P("Cf. Emmanuel Levinas, Autrement qu'être ou au-delà de l'essence (La Haye: Martinus Nijhoff, 1974), 31.",
      {'author': ['Levinas'], 'publisher': 'Martinus Nijhoff', 'year': 1974}, ('31', 'page'), 'full'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_philosophy_theology2(note: str, expected: dict[str, Any], occurrence: Any, kind: str, check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)
