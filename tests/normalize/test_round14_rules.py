"""Round 14 rules on labelled fields (independent of the tagger), for the notes of philosophy and theology:
the canon's numbering widened (a roman book, Spinoza's propositions, the scholastics' distinctions, fragments,
a given name before the author, a parallel edition in brackets), a book's volume in parts ("Bd. III/2"),
the lone page after a chapter's imprint, "Ders." alone, editors after "ed." in a container, "trad. it. di",
"Freiburg i. Br." before the year, the edition as a superscript ("Tübingen ⁶1992"), a French series
after the imprint ("coll. « Tel »"), a list title cut after its first word ("Sarah Coakley, God,"), compound
given names ("Jean-Luc Marion")."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields
from citekit.normalize._person import parse_names
from citekit.normalize.classical import read_classical

P = pytest.param


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("Plotinus, Enneads VI.9.11.", ("Plotinus", "Enneads", "VI.9.11", "section"), id="roman-book-dotted"),
        P("Plotinus, Enneads VI. 9.11.", ("Plotinus", "Enneads", "VI.9.11", "section"), id="roman-book-cut"),
        P("Locke, Essay II.xxvii.9.", ("Locke", "Essay", "II.xxvii.9", "section"), id="lower-roman-chapter"),
        P("Spinoza, Ethica II, prop. 7, schol.", ("Spinoza", "Ethica", "II, prop. 7, schol.", "section"), id="spinoza"),
        P("Peter Lombard, Sententiae I, d. 17, c. 6.", ("Peter Lombard", "Sententiae", "I, d. 17, c. 6", "section"),
          id="distinction"),
        P("Aquinas, Summa contra gentiles III, c. 25.", ("Aquinas", "Summa contra gentiles", "III, c. 25", "chapter"),
          id="book-and-chapter"),
        P("Augustinus, De trinitate XV, 12, 21.", ("Augustinus", "De trinitate", "XV, 12, 21", "section"),
          id="roman-book-and-numbers"),
        P("Schleiermacher, Der christliche Glaube, § 4.4.", ("Schleiermacher", "Der christliche Glaube", "4.4", "section"),
          id="section-dotted"),
        P("Pascal, Pensées, fr. 418.", ("Pascal", "Pensées", "418", "section"), id="fragment"),
        P("Wittgenstein, Tractatus logico-philosophicus 5.6.", ("Wittgenstein", "Tractatus logico-philosophicus", "5.6",
                                                               "section"), id="tractatus"),
        P("Boethius, De consolatione philosophiae V, pr. 6.",
          ("Boethius", "De consolatione philosophiae", "V, pr. 6", "section"), id="prose-of-a-book"),
        P("Duns Scotus, Ordinatio I, d. 3, q. 3, n. 24.", ("Duns Scotus", "Ordinatio", "I, d. 3, q. 3, n. 24", "section"),
          id="distinction-question-number"),
        P("Aquinas, In Metaph. XII, lect. 7, n. 2519.",
          ("Aquinas", "In Metaph.", "XII, lect. 7, n. 2519", "section"), id="lecture-of-a-commentary"),
        P("Heidegger, Sein und Zeit, 41.", None, id="a-page-is-no-numbering"),
        P("Hegel, Vorlesungen II, 45.", None, id="a-volume-and-a-page-stay"),
    ],
)
def test_canon_numbering(text: str, expected: tuple[str, str, str, str] | None) -> None:
    assert read_classical(text) == expected


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("author", "Ludwig Wittgenstein,"), ("title", "Tractatus logico-philosophicus 5.6.")],
          {"type": "classic", "author": [{"family": "Wittgenstein", "given": "Ludwig"}]}, ("full", "5.6", "section"),
          id="given-name-before-the-canon-author"),
        P([("author", "Gregory of Nyssa,"), ("title", "De vita Moysis 2.162"), ("locator", "(PG 44, 377A).")],
          {"type": "classic", "author": [{"literal": "Gregory of Nyssa"}]}, ("full", "2.162", "section"),
          id="parallel-edition-in-brackets"),
        P([("author", "Karl Barth,"), ("title", "Die Kirchliche Dogmatik,"), ("volume", "Bd. III/2"), ("location", "(Zürich:"),
           ("publisher", "Evangelischer Verlag,"), ("date", "1948),"), ("locator", "245.")],
          {"volume": "III/2", "issue": None}, ("full", "245", "page"), id="volume-in-parts-bd"),
        P([("author", "Karl Barth,"), ("title", "Church Dogmatics,"), ("volume", "vol. IV/1"), ("location", "(Edinburgh:"),
           ("publisher", "T&T Clark,"), ("date", "1956),"), ("locator", "157.")],
          {"volume": "IV/1", "issue": None}, ("full", "157", "page"), id="volume-in-parts-vol"),
        P([("author", "S. Carmona,"), ("title", "“The Tobacco Factory,”"), ("volume", "vol. XXII/5"), ("date", "(1997).")],
          {"volume": "XXII", "issue": "5"}, None, id="a-journal-keeps-its-issue"),
        P([("author", "Hans-Georg Gadamer,"), ("title", "Wahrheit und Methode,"), ("container-title", "in: Gesammelte Werke,"),
           ("volume", "Bd. 1"), ("location", "(Tübingen:"), ("publisher", "Mohr Siebeck,"), ("date", "1986),"),
           ("pages", "270.")],
          {"page": None}, ("full", "270", "page"), id="lone-page-after-a-chapter-imprint"),
        P([("author", "Gadamer, Hans-Georg."), ("title", "Wahrheit und Methode."), ("container-title", "In Gesammelte Werke,"),
           ("location", "Tübingen:"), ("publisher", "Mohr Siebeck,"), ("date", "1986)."), ("pages", "270.")],
          {"page": "270"}, None, id="a-bibliography-keeps-the-page"),
        P([("author", "Ders.,"), ("title", "Der Grund im Bewußtsein,"), ("location", "Stuttgart"), ("date", "1992,"),
           ("locator", "31.")],
          {"author": None, "title": "Der Grund im Bewußtsein"}, ("idem", "31", "page"), id="ders-alone"),
        P([("author", "Christine M. Korsgaard,"), ("title", "“The Normativity of Instrumental Reason,”"),
           ("container-title", "in Ethics and Practical Reason, ed. Garrett Cullity and Berys Gaut"), ("location", "(Oxford:"),
           ("publisher", "Clarendon Press,"), ("date", "1997),"), ("pages", "215–54.")],
          {"container-title": "Ethics and Practical Reason",
           "editor": [{"family": "Cullity", "given": "Garrett"}, {"family": "Gaut", "given": "Berys"}]},
          None, id="editors-after-ed-in-the-container"),
        P([("author", "M. Heidegger,"), ("title", "Essere e tempo, trad. it. di P. Chiodi,"), ("location", "Milano,"),
           ("publisher", "Longanesi,"), ("date", "1976,"), ("locator", "p. 67.")],
          {"title": "Essere e tempo", "translator": [{"family": "Chiodi", "given": "P."}]}, None, id="trad-it-di"),
        P([("author", "K. Rahner,"), ("title", "Grundkurs des Glaubens, Freiburg i. Br."), ("date", "1976,"), ("locator", "54.")],
          {"title": "Grundkurs des Glaubens", "publisher-place": "Freiburg i. Br."}, None, id="abbreviated-place"),
        P([("author", "E. Jüngel,"), ("title", "Gott als Geheimnis der Welt,"), ("location", "Tübingen"), ("date", "⁶1992,"),
           ("locator", "45.")],
          {"edition": "6", "issued": {"date-parts": [[1992]]}}, ("full", "45", "page"), id="superscript-edition-in-the-date"),
        P([("author", "H.-G. Gadamer,"), ("title", "Wahrheit und Methode, Tübingen ⁴"), ("date", "1975,"), ("locator", "250.")],
          {"title": "Wahrheit und Methode", "publisher-place": "Tübingen", "edition": "4"}, None,
          id="superscript-edition-after-the-place"),
        P([("author", "Emmanuel Falque,"), ("title", "Le Passeur de Gethsémani, Paris, Cerf, coll. « La nuit surveillée"),
           ("date", "1999,"), ("locator", "p. 77.")],
          {"title": "Le Passeur de Gethsémani", "publisher-place": "Paris", "publisher": "Cerf",
           "collection-title": "La nuit surveillée"}, None, id="french-series-after-the-imprint"),
        P([("author", "Sarah Coakley, God,"), ("title", "Sexuality, and the Self: An Essay"), ("location", "(Cambridge:"),
           ("publisher", "CUP,"), ("date", "2013),"), ("pages", "100–101.")],
          {"author": [{"family": "Coakley", "given": "Sarah"}], "title": "God, Sexuality, and the Self: An Essay"}, None,
          id="a-list-title-cut-after-its-first-word"),
        P([("author", "Julio Caro Baraja, Julio,"), ("title", "Los judíos"), ("date", "1961,"), ("locator", "12.")],
          {"title": "Los judíos"}, None, id="a-given-name-after-the-comma-stays"),
    ],
)
def test_round14_fields(fields: list[tuple[str, str]], expected: dict[str, Any],
                        occurrence: tuple[str, str, str] | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence


@pytest.mark.parametrize(
    ("text", "family"),
    [("Jean-Luc Marion", "Marion"), ("Karl-Otto Apel", "Apel"), ("Marie-Dominique Chenu", "Chenu"),
     ("Claude Lévi-Strauss", "Lévi-Strauss")],
)
def test_compound_given_names(text: str, family: str) -> None:
    assert parse_names(text)[0][0]["family"] == family
