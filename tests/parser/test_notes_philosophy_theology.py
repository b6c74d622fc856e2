"""Notes of philosophy and theology scholarship (parser round 14, batch 1): standard editions by their
sigla and volume/page, works by their own divisions, patristic and scholastic sources, systematic
theology and phenomenology in English, German, French and Italian, back-references.  Written by the
round's helper before its fixes (the count right before and after is in the round's report).
Only what a case names is compared (``check_note`` in conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    P("Immanuel Kant, Critique of Pure Reason, trans. Paul Guyer and Allen W. Wood (Cambridge: Cambridge University Press, 1998), A51/B75.",
      {'author': ['Kant'], 'translator': ['Guyer', 'Wood'], 'publisher': 'Cambridge University Press', 'year': 1998},
      ('A51/B75', 'page'), 'full'),
    P("Kant, Grundlegung zur Metaphysik der Sitten, AA 4:421.",
      {'author': ['Kant'], 'title': 'Grundlegung zur Metaphysik der Sitten', 'volume': '4'}, ('421', 'page'), 'full'),
    P("Martin Heidegger, Sein und Zeit, 17. Aufl. (Tübingen: Niemeyer, 1993), 41.",
      {'author': ['Heidegger'], 'title': 'Sein und Zeit', 'edition': '17', 'publisher': 'Niemeyer',
       'publisher-place': 'Tübingen', 'year': 1993}, ('41', 'page'), 'full'),
    P("Heidegger, Sein und Zeit, GA 2, 152.",
      {'author': ['Heidegger'], 'title': 'Sein und Zeit', 'volume': '2'}, ('152', 'page'), 'full'),
    P("Thomas Aquinas, Summa theologiae I, q. 2, a. 3.",
      {'type': 'classic'}, ('I, q. 2, a. 3', 'section'), 'full'),
    P("Augustine, De civitate Dei 19.13.",
      {'type': 'classic', 'author': ['Augustine'], 'title': 'De civitate Dei'}, ('19.13', 'section'), 'full'),
    P("Karl Barth, Die Kirchliche Dogmatik, Bd. III/2 (Zürich: Evangelischer Verlag, 1948), 245.",
      {'author': ['Barth'], 'volume': 'III/2', 'publisher': 'Evangelischer Verlag', 'year': 1948}, ('245', 'page'), 'full'),
    P("Karl Barth, Church Dogmatics, ed. G. W. Bromiley and T. F. Torrance, vol. IV/1 (Edinburgh: T&T Clark, 1956), 157.",
      {'author': ['Barth'], 'editor': ['Bromiley', 'Torrance'], 'volume': 'IV/1', 'publisher': 'T&T Clark', 'year': 1956},
      ('157', 'page'), 'full'),
    P("Paul Tillich, Systematic Theology, 3 vols. (Chicago: University of Chicago Press, 1951–63), 1:211.",
      {'author': ['Tillich'], 'title': 'Systematic Theology', 'publisher': 'University of Chicago Press'}, ('1:211', 'page'), 'full'),
    P("Emmanuel Levinas, Totalité et infini. Essai sur l'extériorité (La Haye: Martinus Nijhoff, 1961), p. 43.",
      {'author': ['Levinas'], 'publisher': 'Martinus Nijhoff', 'publisher-place': 'La Haye', 'year': 1961}, ('43', 'page'), 'full'),
    P("Jean-Luc Marion, Étant donné. Essai d'une phénoménologie de la donation, Paris, PUF, 1997, p. 102.",
      {'author': ['Marion'], 'publisher': 'PUF', 'publisher-place': 'Paris', 'year': 1997}, ('102', 'page'), 'full'),
    P("Hans-Georg Gadamer, Wahrheit und Methode, in: Gesammelte Werke, Bd. 1 (Tübingen: Mohr Siebeck, 1986), 270.",
      {'author': ['Gadamer'], 'title': 'Wahrheit und Methode', 'volume': '1', 'publisher': 'Mohr Siebeck', 'year': 1986},
      ('270', 'page'), 'full'),
    P("Wolfhart Pannenberg, Systematische Theologie, Bd. 2, Göttingen 1991, 45.",
      {'author': ['Pannenberg'], 'title': 'Systematische Theologie', 'volume': '2', 'publisher-place': 'Göttingen', 'year': 1991},
      ('45', 'page'), 'full'),
    P("Christine M. Korsgaard, “The Normativity of Instrumental Reason,” in Ethics and Practical Reason, ed. Garrett Cullity and Berys Gaut (Oxford: Clarendon Press, 1997), 215–54.",
      {'author': ['Korsgaard'], 'title': 'The Normativity of Instrumental Reason', 'container-title': 'Ethics and Practical Reason',
       'editor': ['Cullity', 'Gaut'], 'publisher': 'Clarendon Press', 'year': 1997}, None, 'full'),
    P("Thomas Nagel, “What Is It Like to Be a Bat?,” Philosophical Review 83 (1974): 435–50, at 440.",
      {'author': ['Nagel'], 'container-title': 'Philosophical Review', 'volume': '83', 'year': 1974}, ('440', 'page'), 'full'),
    P("Ibid., A 80/B 106.",
      {}, ('A 80/B 106', 'page'), 'ibid'),
    P("Ebd., 47.",
      {}, ('47', 'page'), 'ibid'),
    P("Leibniz, Monadologie, § 17.",
      {'author': ['Leibniz'], 'title': 'Monadologie'}, ('17', 'section'), 'full'),
    P("Descartes, Meditationes de prima philosophia, AT VII, 25.",
      {'author': ['Descartes'], 'title': 'Meditationes de prima philosophia', 'volume': 'VII'}, ('25', 'page'), 'full'),
    P("Gregory of Nyssa, De vita Moysis 2.162 (PG 44, 377A).",
      {'author': ['Gregory of Nyssa'], 'title': 'De vita Moysis'}, ('2.162', 'section'), 'full'),
    P("Martin Luther, Von der Freiheit eines Christenmenschen (1520), WA 7, 20–38.",
      {'author': ['Luther'], 'title': 'Von der Freiheit eines Christenmenschen', 'volume': '7'}, ('20-38', 'page'), 'full'),
    P("Nietzsche, Jenseits von Gut und Böse, KSA 5, 57.",
      {'author': ['Nietzsche'], 'title': 'Jenseits von Gut und Böse', 'volume': '5'}, ('57', 'page'), 'full'),
    P("Wittgenstein, Philosophical Investigations, § 43.",
      {'author': ['Wittgenstein'], 'title': 'Philosophical Investigations'}, ('43', 'section'), 'full'),
    P("Ludwig Wittgenstein, Tractatus logico-philosophicus 5.6.",
      {'author': ['Wittgenstein'], 'title': 'Tractatus logico-philosophicus'}, ('5.6', 'section'), 'full'),
    P("M. Heidegger, Essere e tempo, trad. it. di P. Chiodi, Milano, Longanesi, 1976, p. 67.",
      {'author': ['Heidegger'], 'translator': ['Chiodi'], 'publisher': 'Longanesi', 'publisher-place': 'Milano', 'year': 1976},
      ('67', 'page'), 'full'),
    P("Cfr. E. Severino, Essenza del nichilismo, Milano, Adelphi, 1982, pp. 13-15.",
      {'author': ['Severino'], 'title': 'Essenza del nichilismo', 'publisher': 'Adelphi', 'year': 1982}, ('13-15', 'page'), 'full'),
    P("Vgl. K. Rahner, Grundkurs des Glaubens, Freiburg i. Br. 1976, 54.",
      {'author': ['Rahner'], 'title': 'Grundkurs des Glaubens', 'publisher-place': 'Freiburg i. Br.', 'year': 1976},
      ('54', 'page'), 'full'),
    P("Marion, Étant donné, op. cit., p. 110.",
      {'author': ['Marion']}, ('110', 'page'), 'op-cit'),
    P("Heidegger, a.a.O., S. 52.",
      {'author': ['Heidegger']}, ('52', 'page'), 'op-cit'),
    P("J.-L. Chrétien, « La parole blessée », Revue de métaphysique et de morale 91 (1986), p. 23-45.",
      {'author': ['Chrétien'], 'title': 'La parole blessée', 'container-title': 'Revue de métaphysique et de morale',
       'volume': '91', 'year': 1986}, None, 'full'),
    P("Plotinus, Enneads VI.9.11.",
      {'type': 'classic', 'author': ['Plotinus'], 'title': 'Enneads'}, ('VI.9.11', 'section'), 'full'),
    P("Spinoza, Ethica II, prop. 7, schol.",
      {'type': 'classic', 'author': ['Spinoza'], 'title': 'Ethica'}, ('II, prop. 7, schol.', 'section'), 'full'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_philosophy_theology(note: str, expected: dict[str, Any], occurrence: Any, kind: str, check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)
