"""The standard-edition step (P160) on labelled fields, independent of the tagger: a work cited by an edition's
siglum, volume and page ("Sein und Zeit, GA 2, 152", "KSA 5, 57", "AA 4:421", "PL 33, 494"), and what it
leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields
from citekit.normalize.base import Context, ItemState
from citekit.normalize.standard_edition import StandardEdition, _may_close_with_siglum, edition_tail

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("author", "Heidegger,"), ("title", "Sein und Zeit, GA 2,"), ("locator", "152.")],
          {"type": "chapter", "title": "Sein und Zeit", "container-title": "GA", "volume": "2"},
          ("full", "152", "page"), id="siglum-in-the-title"),
        P([("author", "Nietzsche,"), ("title", "Jenseits von Gut und Böse,"), ("locator", "KSA 5, 57.")],
          {"title": "Jenseits von Gut und Böse", "container-title": "KSA", "volume": "5"},
          ("full", "57", "page"), id="siglum-in-the-locator"),
        P([("author", "Kant,"), ("title", "Grundlegung zur Metaphysik der Sitten,"), ("volume", "AA 4:421.")],
          {"container-title": "AA", "volume": "4", "issue": None}, ("full", "421", "page"), id="akademie-colon"),
        P([("author", "Martin Luther,"), ("title", "Von der Freiheit eines Christenmenschen"), ("date", "(1520),"),
           ("container-title", "WA"), ("volume", "7,"), ("locator", "20–38.")],
          {"type": "chapter", "container-title": "WA", "volume": "7", "page": None}, ("full", "20-38", "page"),
          id="siglum-read-as-journal"),
        P([("author", "Descartes,"), ("title", "Meditationes,"), ("locator", "AT VII, 25.")],
          {"container-title": "AT", "volume": "VII"}, ("full", "25", "page"), id="roman-volume"),
        P([("author", "Fichte,"), ("title", "Grundlage,"), ("locator", "GA I/2, 255.")],
          {"volume": "I/2"}, ("full", "255", "page"), id="volume-in-parts"),
        P([("author", "Augustine,"), ("locator", "Ep. 130, PL 33, 494.")],
          {"author": [{"family": "Augustine"}], "title": "Ep. 130", "container-title": "PL", "volume": "33"},
          ("full", "494", "column"), id="migne-column-after-the-work"),
        P([("collection-title", "Hua VI,"), ("locator", "48.")],
          {"container-title": "Hua", "volume": "VI", "title": None}, ("full", "48", "page"), id="siglum-alone"),
        P([("author", "Kant,"), ("title", "KpV,"), ("volume", "AA 05:"), ("pages", "30.")],
          {"container-title": "AA", "volume": "05", "page": None}, ("full", "30", "page"), id="zero-padded-volume"),
        # what the step leaves alone
        P([("author", "Paul Tillich,"), ("title", "Systematic Theology,"), ("date", "1951),"), ("locator", "211.")],
          {"container-title": None}, None, id="no-siglum"),
        P([("author", "Weber,"), ("title", "Wirtschaft und Gesellschaft,"), ("locator", "GA 1987, 122.")],
          {"container-title": None}, None, id="a-year-is-no-volume"),
        P([("author", "Smith,"), ("title", "The Book,"), ("locator", "p. 12.")],
          {"container-title": None}, ("short", "12", "page"), id="lower-case-locator"),
    ],
)
def test_standard_edition(fields: list[tuple[str, str]], expected: dict[str, Any],
                          occurrence: tuple[str, str, str] | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence


@pytest.mark.parametrize(
    ("text", "siglum", "volume", "page"),
    [
        ("Kant, Grundlegung, AA 4:421.", "AA", "4", "421"),
        ("De vita Moysis 2.162 (PG 44, 377A).", "PG", "44", "377A"),
        ("Augustinus, De trinitate XV, 12, 21 (CCSL 50A, 492).", "CCSL", "50A", "492"),
        ("Meister Eckhart, Predigt 52, DW II, 486–506.", "DW", "II", "486–506"),
        ("Hegel, Phänomenologie des Geistes, TWA 3, S. 145.", "TWA", "3", "145"),
        ("Luther, WA Br 1, 12.", "WA Br", "1", "12"),
    ],
)
def test_edition_tail(text: str, siglum: str, volume: str, page: str) -> None:
    m = edition_tail(text)
    assert m is not None and (m["siglum"], m["volume"], m["page"]) == (siglum, volume, page)


@pytest.mark.parametrize("text", ["Weber, Wirtschaft, GA 1987, 122.", "Smith, Book, 45.", "Journal of X 12 (1990), 3."])
def test_edition_tail_rejects(text: str) -> None:
    assert edition_tail(text) is None


def test_a_classic_is_left_to_its_numbering() -> None:
    """The canon's numbering was read (the parallel edition rides in the suffix): the step changes nothing."""
    parsed = normalize_fields([("author", "Gregory of Nyssa,"), ("title", "De vita Moysis 2.162"),
                               ("locator", "(PG 44, 377A).")])
    assert parsed.item["type"] == "classic" and "container-title" not in parsed.item
    assert (parsed.locator, parsed.label, parsed.suffix) == ("2.162", "section", "(PG 44, 377A)")


def test_runs_twice_the_same() -> None:
    state = ItemState.from_fields([("author", "Heidegger,"), ("title", "Sein und Zeit, GA 2,"), ("locator", "152.")])
    step = StandardEdition()
    step(state, Context())
    first = (dict(state.item), state.kind, state.locator, state.label)
    step(state, Context())
    assert (state.item, state.kind, state.locator, state.label) == first


@pytest.mark.parametrize(
    ("fields", "may"),
    [
        ([("title", "Sein und Zeit, GA 2,"), ("locator", "152.")], True),
        ([("container-title", "WA"), ("volume", "7,"), ("locator", "20–38.")], True),
        ([("volume", "AA 05:"), ("pages", "30.")], True),
        ([("author", "Augustine,"), ("locator", "Ep. 130, PL 33, 494.")], True),
        ([("title", "De vita Moysis 2.162"), ("locator", "(PG 44, 377A).")], True),
        ([("publisher", "Clarendon Press,"), ("date", "1997),"), ("locator", "45.")], False),
        ([("title", "Stalin's Police,"), ("locator", "p. 6.")], False),
        ([("title", "Stalin's Police,"), ("locator", "S. 6.")], False),
    ],
)
def test_pretest(fields: list[tuple[str, str]], may: bool) -> None:
    """The pre-test lets every siglum through and turns the commonest endings away."""
    assert _may_close_with_siglum(fields) is may
