"""The chain's fast run gives exactly what running each step with undo gives.

``run_chain`` first runs the steps without saving the state before each one;
when a step raises, it starts again from the state it was given and isolates
every step.  Whatever the steps do, the result must be the one of the careful
run (``_run_chain_isolated``): same item, occurrence, diagnostics and derived facts.
"""

from __future__ import annotations

from typing import ClassVar

import pytest

from citekit.normalize import CHAIN
from citekit.normalize.base import Context, ItemState, Normalizer, _run_chain_isolated, run_chain


class WarnsThenExplodes(Normalizer):
    name: ClassVar[str] = "warns-then-explodes"
    code: ClassVar[str] = "P198"
    keys: ClassVar[tuple[str, ...]] = ("title", "locator")

    def __call__(self, state: ItemState, ctx: Context) -> None:
        state.warn("P299", "noticed something first")
        state.derived["seen-by-explodes"] = True
        state.item["title"] = "half-written"
        state.locator = "99"
        raise RuntimeError("boom")


class CountsRuns(Normalizer):
    """Writes how many times it has run on this state: a rerun must not add up."""

    name: ClassVar[str] = "counts-runs"
    keys: ClassVar[tuple[str, ...]] = ("note",)

    def __call__(self, state: ItemState, ctx: Context) -> None:
        state.derived["runs"] = state.derived.get("runs", 0) + 1
        state.item["note"] = f"run {state.derived['runs']}"
        state.warn("P298", "counted")


FIELDS = [
    [("author", "Paul Hagenloh,"), ("title", "Stalin’s Police,"), ("location", "Baltimore,"),
     ("date", "2009,"), ("locator", "p. 3.")],
    [("backref", "Ibid.,"), ("locator", "p. 12.")],
    [("author", "———,"), ("title", "Other Title"), ("container-title", "Slavic Review"),
     ("volume", "56(2)"), ("pages", "pp. 751–66.")],
]


def _snapshot(state: ItemState) -> tuple[object, ...]:
    return (
        state.item, list(state.item), state.kind, state.locator, state.label, state.prefix, state.suffix,
        [(d.code, d.message, d.raw) for d in state.diagnostics], state.derived,
    )


@pytest.mark.parametrize("fields", FIELDS)
@pytest.mark.parametrize("position", [0, 3, 8, len(CHAIN)])
def test_fast_run_equals_careful_run(fields: list[tuple[str, str]], position: int) -> None:
    chain = (*CHAIN[:position], CountsRuns(), WarnsThenExplodes(), *CHAIN[position:])
    prev = {"type": "book", "author": [{"family": "Hagenloh", "given": "Paul"}]}
    fast = run_chain(chain, ItemState.from_fields(fields), Context(prev))
    careful = _run_chain_isolated(chain, ItemState.from_fields(fields), Context(prev))
    assert _snapshot(fast) == _snapshot(careful)
    assert fast.item["note"] == "run 1"
    assert [d.code for d in fast.diagnostics].count("P198") == 1


@pytest.mark.parametrize("fields", FIELDS)
def test_without_failure_nothing_is_rerun(fields: list[tuple[str, str]]) -> None:
    chain = (*CHAIN, CountsRuns())
    state = ItemState.from_fields(fields)
    item = state.item
    run_chain(chain, state, Context())
    assert state.item is item  # the item given is the one filled
    assert state.derived["runs"] == 1
    assert _snapshot(state) == _snapshot(_run_chain_isolated(chain, ItemState.from_fields(fields), Context()))


def test_state_given_with_values_is_restored_before_the_rerun() -> None:
    state = ItemState.from_fields([("title", "A")])
    state.item["title"] = "A"
    state.prefix = "See"
    state.warn("P000", "from before the chain")
    run_chain((CountsRuns(), WarnsThenExplodes()), state, Context())
    assert state.item == {"title": "A", "note": "run 1"}
    assert state.prefix == "See" and state.locator is None
    assert [d.code for d in state.diagnostics] == ["P000", "P298", "P299", "P198"]
