"""Place and publisher."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize.base import Context, ItemState
from citekit.normalize.place import PlacePublisher

P = pytest.param


def run(fields: list[tuple[str, str]]) -> dict[str, Any]:
    state = ItemState.from_fields(fields)
    PlacePublisher()(state, Context())
    return state.item


CASES = [
    P([("location", "Baltimore, MD,")], {"publisher-place": "Baltimore, MD"}, id="us-state"),
    P([("location", "Moscow,")], {"publisher-place": "Moscow"}, id="city"),
    P([("location", "London: Penguin")], {"publisher-place": "London", "publisher": "Penguin"},
      id="place-colon-publisher"),
    P([("publisher", "London: Penguin,")], {"publisher-place": "London", "publisher": "Penguin"},
      id="in-publisher-span"),
    P([("location", "London:"), ("publisher", "Elsevier.")], {"publisher-place": "London", "publisher": "Elsevier"},
      id="two-spans"),
    P([("location", "Paris-Rome")], {"publisher-place": "Paris-Rome"}, id="paris-rome"),
    P([("location", "London and New York,")], {"publisher-place": "London and New York"}, id="two-places"),
    # "Place, Publisher, Year" (French, Spanish, Italian notes) read as places: a name that is no place
    # after a known place is the publisher
    P([("location", "Barcelona, Vicens Vives,")], {"publisher-place": "Barcelona", "publisher": "Vicens Vives"},
      id="place-comma-publisher-in-one-span"),
    P([("location", "Strasbourg,"), ("location", "Istra,")], {"publisher-place": "Strasbourg", "publisher": "Istra"},
      id="place-then-publisher-as-two-places"),
    P([("location", "London,"), ("location", "New York,")], {"publisher-place": "London; New York"},
      id="two-known-places-stay"),
    P([("location", "Cambridge, Mass.,")], {"publisher-place": "Cambridge, Mass"}, id="abbreviated-state-stays"),
    P([("location", "Köln u. a.")], {"publisher-place": "Köln u. a."}, id="and-other-places-keeps-its-period"),
    P([("location", "London"), ("location", "New York")], {"publisher-place": "London; New York"},
      id="two-place-spans"),
    P([("publisher", "Wiley & Sons, Inc.")], {"publisher": "Wiley & Sons, Inc."}, id="inc-period-kept"),
    P([("location", "(Paris"), ("publisher", "Gallimard)")], {"publisher-place": "Paris", "publisher": "Gallimard"},
      id="brackets"),
    P([("location", "Venezia,"), ("publisher", "Marsilio,")], {"publisher-place": "Venezia", "publisher": "Marsilio"},
      id="italian"),
    P([("location", "Montevideo,"), ("location", "Arca,")], {"publisher-place": "Montevideo", "publisher": "Arca"},
      id="spanish-place-then-publisher"),
    P([("location", "México, El Colegio de México,")],
      {"publisher-place": "México", "publisher": "El Colegio de México"}, id="publisher-named-after-a-place"),
    P([("location", "Rio de Janeiro,"), ("location", "São Paulo,")],
      {"publisher-place": "Rio de Janeiro; São Paulo"}, id="two-places-of-several-words"),
    P([("location", "Amsterdam (Amsterdam:"), ("publisher", "Rijksmuseum,")],
      {"publisher-place": "Amsterdam", "publisher": "Rijksmuseum"}, id="venue-city-before-the-imprint"),
    P([("location", "Cambridge (Mass.):"), ("publisher", "MIT Press,")],
      {"publisher-place": "Cambridge (Mass.)", "publisher": "MIT Press"}, id="bracketed-state-kept"),
]


@pytest.mark.parametrize(("fields", "expected"), CASES)
def test_place_publisher(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    assert run(fields) == expected


# --- heads an imprint span carries in law and history notes ----------------------------------------

IMPRINT_HEAD_CASES = [
    P([("publisher", "(Mary Brown ed., Yale Univ. Press")],
      {"editor": [{"family": "Brown", "given": "Mary"}], "publisher": "Yale Univ. Press"},
      id="bluebook-editor-then-publisher"),
    P([("publisher", "(Peter Smith & Ann Lee eds.,")],
      {"editor": [{"family": "Smith", "given": "Peter"}, {"family": "Lee", "given": "Ann"}]},
      id="bluebook-editors-alone"),
    P([("publisher", "(Jane Doe trans., Penguin")],
      {"translator": [{"family": "Doe", "given": "Jane"}], "publisher": "Penguin"}, id="bluebook-translator"),
    P([("publisher", "(2d ed. Foundation Press")], {"publisher": "2d ed. Foundation Press"},
      id="edition-is-no-editor"),
    P([("publisher", "(Studien zur Landesgeschichte 12), Stuttgart: Kohlhammer")],
      {"collection-title": "Studien zur Landesgeschichte", "collection-number": "12",
       "publisher-place": "Stuttgart", "publisher": "Kohlhammer"}, id="series-before-the-imprint"),
    P([("publisher", "(National Archives) Office of Records")],
      {"publisher": "(National Archives) Office of Records"}, id="bracket-without-number-is-no-series"),
    P([("publisher", "(1 May to 30 June 1990), Bulletin: Report")],
      {"publisher-place": "(1 May to 30 June 1990), Bulletin", "publisher": "Report"},
      id="a-year-is-no-series-number"),
    P([("publisher", "Bd. 3, Berlin und Leipzig")], {"volume": "3", "publisher": "Berlin und Leipzig"},
      id="volume-label-before-the-imprint"),
    P([("location", "vol. 4, no. 2")], {"publisher-place": "vol. 4, no. 2"}, id="volume-and-issue-left-alone"),
]


@pytest.mark.parametrize(("fields", "expected"), IMPRINT_HEAD_CASES)
def test_imprint_heads(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    assert run(fields) == expected


def test_sub_verbo_read_as_a_place_is_the_locator() -> None:
    state = ItemState.from_fields([("location", "(London,"), ("location", 's.v. "oats."')])
    PlacePublisher()(state, Context())
    assert state.item == {"publisher-place": "London"}
    assert (state.locator, state.label) == ("oats", "sub-verbo")
