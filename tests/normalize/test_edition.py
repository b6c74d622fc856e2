"""Edition statements."""

from __future__ import annotations

import pytest

from citekit.normalize.base import Context, ItemState
from citekit.normalize.edition import Edition, parse_edition

P = pytest.param


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("2nd edn", "2", id="edn"),
        P("(2d ed.", "2", id="us-2d-in-bracket"),
        P("2nd ed.,", "2", id="ed"),
        P("(4th ed.).", "4", id="parenthesised"),
        P("2. Aufl.", "2", id="german"),
        P("25.ª ed.", "25", id="spanish-ordinal-indicator"),
        P("2.ª edición", "2", id="spanish-edicion"),
        P("3.ª edição", "3", id="portuguese-edicao"),
        P("3., überarb. Aufl.", "3", id="german-revised"),
        P("3e éd.", "3", id="french"),
        P("2a ed.", "2", id="italian"),
        P("Second edition", "2", id="ordinal-word"),
        P("zweite Auflage", "2", id="ordinal-german"),
        P("2nd rev. ed.", "2", id="revised"),
        P("rev. ed.", "rev. ed.", id="not-a-number"),
        P("2ª ed.,", "2", id="spanish-ordinal-without-period"),
        P("2. vyd.,", "2", id="czech-vydani"),
        P("wyd. 2", "2", id="polish-wydanie-before-number"),
        P("4e druk", "4", id="dutch-druk"),
        P("2 uppl.,", "2", id="swedish-upplaga"),
        P("2. izd.", "2", id="russian-izdanie"),
        P("2nd edn, rev. P. H. Nidditch", "2", id="reviser-after-the-edition"),
    ],
)
def test_parse_edition(text: str, expected: str) -> None:
    assert parse_edition(text) == expected


def test_first_span_wins() -> None:
    state = ItemState.from_fields([("edition", "2. Aufl."), ("edition", "Nachdruck")])
    Edition()(state, Context())
    assert state.item == {"edition": "2"}


def test_edition_then_publisher_in_one_span() -> None:
    from citekit.normalize import normalize_fields

    parsed = normalize_fields([("author", "J Raz,"), ("title", "The Authority of Law"), ("edition", "(2nd edn, OUP"),
                               ("date", "2009)"), ("locator", "45.")])
    assert (parsed.item["edition"], parsed.item["publisher"]) == ("2", "OUP")
    plain = normalize_fields([("edition", "rev. ed., 1990")])
    assert "publisher" not in plain.item


def test_series_read_as_an_edition() -> None:
    state = ItemState.from_fields([("edition", "Loeb Classical Library")])
    Edition()(state, Context())
    assert state.item == {"collection-title": "Loeb Classical Library"}


def test_abnt_title_and_edition_in_one_span() -> None:
    state = ItemState.from_fields([("author", "HOLANDA, Sérgio Buarque de."), ("edition", "Raízes do Brasil. 26. ed.")])
    Edition()(state, Context())
    assert state.item == {"title": "Raízes do Brasil", "edition": "26"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("Loeb Classical Library 111", {"collection-title": "Loeb Classical Library", "collection-number": "111"},
          id="loeb-with-its-number"),
        P("Oxford Medieval Texts, 12", {"collection-title": "Oxford Medieval Texts", "collection-number": "12"},
          id="number-after-a-comma"),
        P("Penguin Classics", {"collection-title": "Penguin Classics"}, id="series-without-a-number"),
        P("2nd edn", {"edition": "2"}, id="an-edition-stays-an-edition"),
    ],
)
def test_numbered_series_read_as_an_edition(text: str, expected: dict[str, str]) -> None:
    state = ItemState.from_fields([("edition", text)])
    Edition()(state, Context())
    assert state.item == expected
