"""Twenty notes from philosophy and theology (Kant's and Luther's editions by their sigla, Hegel,
Heidegger, Husserl, Wittgenstein's sections, Aquinas and Augustine by their own divisions, modern
systematic theology, English, French, German, Italian and Danish scholarship), written by the integrator
on 2026-11-28 (07:50 UTC) before the fourteenth parser round and kept from its author, whose brief named
the domain only.

14 of 20 were fully right at the round's start (the code of 07:50 UTC, after round 13) and 15 after it
(its own 124 notes 89 -> 123; Augustine and Marion right now, Wittgenstein's "§ 43" newly read as a
classic). The integrator's rules after it (a labelled book volume in parts with an imprint, "Bd. III/2";
a Bekker range into the next column; a collected edition's siglum and volume in brackets after the
title, "(GA 2)") made 18: a development figure. The two left are a convention the round chose: a work
cited by a standard edition's siglum ("AA 4:421") or by its sections ("§ 43") is read as complete
(kind ``full``), where these expectations, written before, say ``short``.

Only what a case names is compared (``check_note`` in conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    P("Immanuel Kant, Kritik der reinen Vernunft, hg. v. Jens Timmermann, Hamburg: Meiner 1998, A 51/B 75.",
      {'author': ['Kant'], 'editor': ['Timmermann'], 'title': 'Kritik der reinen Vernunft', 'publisher': 'Meiner',
       'publisher-place': 'Hamburg', 'year': 1998}, None, 'full'),
    P("Kant, Grundlegung zur Metaphysik der Sitten, AA 4:421.",
      {'author': ['Kant'], 'title': 'Grundlegung zur Metaphysik der Sitten'}, None, 'short',
      marks=pytest.mark.xfail(strict=True, reason="read as full: a citation by a standard edition's siglum is complete "
                              "by the field's convention (step P160)")),
    P("G. W. F. Hegel, Phänomenologie des Geistes, in: Werke in zwanzig Bänden, hg. von Eva Moldenhauer und Karl Markus Michel, Bd. 3, Frankfurt am Main: Suhrkamp 1970, S. 145.",
      {'author': ['Hegel'], 'title': 'Phänomenologie des Geistes', 'container-title': 'Werke in zwanzig Bänden',
       'editor': ['Moldenhauer', 'Michel'], 'volume': '3', 'publisher': 'Suhrkamp',
       'publisher-place': 'Frankfurt am Main', 'year': 1970}, ('145', 'page'), 'full'),
    P("Martin Heidegger, Sein und Zeit (GA 2), Frankfurt am Main: Klostermann 1977, 52.",
      {'author': ['Heidegger'], 'title': 'Sein und Zeit', 'publisher': 'Klostermann', 'year': 1977},
      ('52', 'page'), 'full'),
    P("Thomas Aquinas, Summa theologiae I-II, q. 90, a. 1, ad 2.",
      {'title': 'Summa theologiae'}, None, 'full'),
    P("Augustine, De civitate Dei 19.13 (CCSL 48, 679).",
      {'title': 'De civitate Dei'}, None, 'full'),
    P("Martin Luther, Von der Freiheit eines Christenmenschen (1520), WA 7, 20–38, hier 21.",
      {'author': ['Luther'], 'title': 'Von der Freiheit eines Christenmenschen', 'volume': '7', 'page': '20-38'},
      ('21', 'page'), 'full'),
    P("Charles Taylor, Sources of the Self: The Making of the Modern Identity (Cambridge, MA: Harvard University Press, 1989), 25–27.",
      {'author': ['Taylor'], 'publisher': 'Harvard University Press', 'publisher-place': 'Cambridge, MA',
       'year': 1989}, ('25-27', 'page'), 'full'),
    P("Ibid., 31.",
      {}, ('31', 'page'), 'ibid'),
    P("Paul Ricœur, Soi-même comme un autre, Paris, Éd. du Seuil, 1990, p. 167.",
      {'author': ['Ricœur'], 'title': 'Soi-même comme un autre', 'publisher': 'Éd. du Seuil',
       'publisher-place': 'Paris', 'year': 1990}, ('167', 'page'), 'full'),
    P("Karl Barth, Die Kirchliche Dogmatik, Bd. III/2, Zollikon-Zürich: Evangelischer Verlag 1948, 245.",
      {'author': ['Barth'], 'volume': 'III/2', 'publisher': 'Evangelischer Verlag', 'year': 1948},
      ('245', 'page'), 'full'),
    P("John Rawls, “Justice as Fairness,” Philosophical Review 67, no. 2 (1958): 164–94, at 170.",
      {'author': ['Rawls'], 'title': 'Justice as Fairness', 'container-title': 'Philosophical Review',
       'volume': '67', 'issue': '2', 'year': 1958, 'page': '164-194'}, ('170', 'page'), 'full'),
    P("Wittgenstein, Philosophische Untersuchungen, § 43.",
      {'author': ['Wittgenstein'], 'title': 'Philosophische Untersuchungen'}, ('43', 'section'), 'short',
      marks=pytest.mark.xfail(strict=True, reason="read as a classic cited by its sections (kind full), as round 14 "
                              "reads the canon's numbering")),
    P("Edmund Husserl, Ideen zu einer reinen Phänomenologie und phänomenologischen Philosophie. Erstes Buch, hg. v. Karl Schuhmann, Husserliana III/1, Den Haag: Martinus Nijhoff 1976, S. 56.",
      {'author': ['Husserl'], 'editor': ['Schuhmann'], 'publisher': 'Martinus Nijhoff', 'publisher-place': 'Den Haag',
       'year': 1976}, ('56', 'page'), 'full'),
    P("Aristotle, Nicomachean Ethics 1103a14–b25.",
      {'title': 'Nicomachean Ethics'}, None, 'full'),
    P("Jean-Luc Marion, « Le phénomène saturé », dans Jean-François Courtine (dir.), Phénoménologie et théologie, Paris, Criterion, 1992, p. 79-128.",
      {'author': ['Marion'], 'title': 'Le phénomène saturé', 'editor': ['Courtine'],
       'container-title': 'Phénoménologie et théologie', 'publisher': 'Criterion', 'year': 1992, 'page': '79-128'},
      None, 'full'),
    P("Vgl. Wolfhart Pannenberg, Systematische Theologie, Bd. 2, Göttingen 1991, 45 f.",
      {'author': ['Pannenberg'], 'title': 'Systematische Theologie', 'volume': '2', 'publisher-place': 'Göttingen',
       'year': 1991}, None, 'full'),
    P("Ebd., 47.",
      {}, ('47', 'page'), 'ibid'),
    P("Cfr. Giorgio Agamben, Homo sacer. Il potere sovrano e la nuda vita, Torino, Einaudi, 1995, pp. 12-15.",
      {'author': ['Agamben'], 'publisher': 'Einaudi', 'publisher-place': 'Torino', 'year': 1995},
      ('12-15', 'page'), 'full'),
    P("Søren Kierkegaard, Frygt og Bæven, in Søren Kierkegaards Skrifter, vol. 4, Copenhagen: Gad, 1997, 123.",
      {'author': ['Kierkegaard'], 'title': 'Frygt og Bæven', 'container-title': 'Søren Kierkegaards Skrifter',
       'volume': '4', 'publisher': 'Gad', 'year': 1997}, ('123', 'page'), 'full'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_heldout16(note: str, expected: dict[str, Any], occurrence: Any, kind: str, check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)
