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
    P([("location", "London"), ("location", "New York")], {"publisher-place": "London; New York"},
      id="two-place-spans"),
    P([("publisher", "Wiley & Sons, Inc.")], {"publisher": "Wiley & Sons, Inc."}, id="inc-period-kept"),
    P([("location", "(Paris"), ("publisher", "Gallimard)")], {"publisher-place": "Paris", "publisher": "Gallimard"},
      id="brackets"),
    P([("location", "Venezia,"), ("publisher", "Marsilio,")], {"publisher-place": "Venezia", "publisher": "Marsilio"},
      id="italian"),
]


@pytest.mark.parametrize(("fields", "expected"), CASES)
def test_place_publisher(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    assert run(fields) == expected
