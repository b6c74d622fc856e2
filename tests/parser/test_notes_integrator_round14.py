"""The integrator's rules after parser round 14 (philosophy and theology), each with the notes that
must stay as they were: development cases, written with the rules."""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    # a book volume in parts with its label, the title read as a journal but an imprint after it
    P("Karl Barth, Die Kirchliche Dogmatik, Bd. III/2, Zollikon-Zürich: Evangelischer Verlag 1948, 245.",
      {'volume': 'III/2', 'publisher': 'Evangelischer Verlag'}, ('245', 'page'), 'full', id="barth-part-volume"),
    P("Paul Tillich, Systematic Theology, vol. II/1, Chicago: University of Chicago Press 1957, 12.",
      {'volume': 'II/1'}, ('12', 'page'), 'full', id="tillich-part-volume"),
    # a Bekker range into the next column
    P("Aristotle, Nicomachean Ethics 1103a14–b25.",
      {'title': 'Nicomachean Ethics'}, ('1103a14-b25', 'page'), 'full', id="bekker-to-column-b"),
    P("Aristotle, Politics 1253a7–1253b1.",
      {'title': 'Politics'}, ('1253a7-1253b1', 'page'), 'full', id="bekker-full-range"),
    # a book that is a volume of a collected edition, siglum and volume in brackets after its title
    P("Martin Heidegger, Sein und Zeit (GA 2), Frankfurt am Main: Klostermann 1977, 52.",
      {'title': 'Sein und Zeit', 'collection-title': 'GA', 'collection-number': '2'}, ('52', 'page'), 'full',
      id="ga-in-brackets"),
    P("Edmund Husserl, Die Krisis der europäischen Wissenschaften (Hua VI), Den Haag 1954, 48.",
      {'title': 'Die Krisis der europäischen Wissenschaften', 'collection-title': 'Hua', 'collection-number': 'VI'},
      ('48', 'page'), 'full', id="hua-roman-volume"),
    P("Max Weber, Wirtschaft und Gesellschaft (Tübingen: Mohr, 1922), 12.",
      {'title': 'Wirtschaft und Gesellschaft', 'publisher': 'Mohr'}, ('12', 'page'), 'full', id="imprint-not-edition"),
    # a main title with "and" read into the author span, its subtitle alone as the title
    P("Jean Porter, Natural and Divine Law: Reclaiming the Tradition for Christian Ethics (Grand Rapids: Eerdmans, 1999), 85–90.",
      {'author': ['Porter'], 'title': 'Natural and Divine Law: Reclaiming the Tradition for Christian Ethics',
       'publisher': 'Eerdmans'}, ('85-90', 'page'), 'full', id="and-title-in-author"),
    P("Müller, Hans: Die Geschichte. Berlin 1990.",
      {'author': ['Müller'], 'title': 'Die Geschichte'}, None, 'full', id="inverted-name-with-colon"),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_integrator_round14(note: str, expected: dict[str, Any], occurrence: Any, kind: str, check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)


NAME_IN_TITLE = [
    # an author in reading order read into the title span, no author span: the given name is a known one
    P("Ralph-Johannes Lilie, Byzanz und die Kreuzzüge, Stuttgart 2004, S. 12.",
      {'author': ['Lilie'], 'title': 'Byzanz und die Kreuzzüge', 'year': 2004}, ('12', 'page'), 'full',
      id="hyphenated-given-name"),
    P("Francisco Tomás y Valiente, Manual de historia del derecho español, 4.ª ed., Madrid, Tecnos, 1983, p. 245.",
      {'author': ['Tomás y Valiente'], 'title': 'Manual de historia del derecho español'}, ('245', 'page'), 'full',
      id="spanish-joined-surnames"),
    # ... and what stays: a title about a person with no author, a title opening with a lower-case word
    P("Georgii Richteri, jc. eiusque familiarium, Epistolae selectiores, Norimbergae 1662.",
      {'author': []}, None, 'full', id="genitive-name-in-the-title"),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), NAME_IN_TITLE)
def test_name_in_title(note: str, expected: dict[str, Any], occurrence: Any, kind: str, check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)


SCRIPTURE = [
    # the German, French and Italian book abbreviations live in the one list of books (the extraction side's
    # second list was folded into it): the parser names the book too
    P("Gv 1:14.", {'title': 'John'}, ('1:14', 'verse'), 'full', id="italian-john"),
    P("Offb 21:1.", {'title': 'Revelation'}, ('21:1', 'verse'), 'full', id="german-revelation"),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), SCRIPTURE)
def test_continental_scripture(note: str, expected: dict[str, Any], occurrence: Any, kind: str, check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)
