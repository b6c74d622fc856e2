"""Signals become the occurrence prefix."""

from __future__ import annotations

import pytest

from citekit.normalize.base import Context, ItemState
from citekit.normalize.signal_words import Signal

P = pytest.param


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        P(["See"], "See", id="see"),
        P(["Cf."], "Cf.", id="cf-period-kept"),
        P(["Vgl."], "Vgl.", id="vgl"),
        P(["Voir"], "Voir", id="voir"),
        P(["For the national operations, see"], "For the national operations, see", id="phrase"),
        P(["See,"], "See", id="comma-off"),
        P(["See", "also"], "See also", id="two-spans"),
        P([" ,"], None, id="empty"),
    ],
)
def test_signal(spans: list[str], expected: str | None) -> None:
    state = ItemState.from_fields([("signal", s) for s in spans])
    Signal()(state, Context())
    assert state.prefix == expected
    assert state.item == {}
