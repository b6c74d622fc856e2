"""The normalizer protocol: one small step of turning labelled spans into CSL-JSON.

A normalizer reads the tagger's spans (``state.spans``, never changed) and writes
CSL variables into ``state.item`` or occurrence data (``kind``, ``locator``,
``label``, ``prefix``, ``suffix``) onto the state.  Each declares in ``keys`` the
item variables and occurrence attributes it may write: the property tests hold
every normalizer to that list, and readers of the chain can see who sets what.
``inputs`` names the span labels it reads, so that the chain skips it when none
is there (most references have no signal, edition or identifier).

Normalizers are isolated (:func:`run_chain`): if one raises, the state is put
back as it was before that step, a diagnostic ``P1xx`` names the step, and the
chain goes on.  For the roll-back to be cheap the rule is: assign new values,
never mutate a value already in ``state.item`` in place.  And a step changes
nothing but the state (not the context, not the previous entry): the chain runs
without snapshots, and after a failure it runs again from the start with undo.
A step's ``inputs`` are fixed: the chain remembers which steps run for which labels
(as their bound ``__call__``, so a step's class is not to be patched once the chain has run).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from citekit.model import CitationKind, Diagnostic, Entry

#: occurrence attributes a normalizer may name in ``keys`` besides item variables
OCCURRENCE_KEYS: frozenset[str] = frozenset({"kind", "locator", "label", "prefix", "suffix"})


def item_variables(keys: Iterable[str]) -> tuple[str, ...]:
    """The CSL variables among a step's ``keys`` (its occurrence attributes left out): what a step that
    reads a whole-text shape clears of the earlier steps' readings before it writes its own."""
    return tuple(key for key in keys if key not in OCCURRENCE_KEYS)


def drop_variables(item: Entry, variables: Iterable[str]) -> None:
    """Forget what earlier steps read into these variables (a whole-text shape replaces their reading)."""
    for key in variables:
        item.pop(key, None)


@dataclass(slots=True)
class ItemState:
    """What the chain works on: the spans by label, the item so far, the occurrence."""

    #: canonical label -> the source texts of its spans, in reading order (read-only)
    spans: dict[str, list[str]]
    #: the labelled fields exactly as given, in reading order (read-only)
    sequence: Sequence[tuple[str, str]]
    item: Entry = field(default_factory=dict)
    kind: CitationKind = "full"
    locator: str | None = None
    label: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: facts worked out from the spans that several steps need (computed once;
    #: never from ``item``, so a rolled-back step cannot leave them stale)
    derived: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def from_fields(cls, fields: Iterable[tuple[str, str]]) -> ItemState:
        sequence = list(fields)
        spans: dict[str, list[str]] = {}
        for label, text in sequence:
            if label in spans:
                spans[label].append(text)
            else:
                spans[label] = [text]
        # the containers given here rather than by the default factories: this runs per reference
        return cls(spans=spans, sequence=sequence, item={}, diagnostics=[], derived={})

    def warn(self, code: str, message: str, raw: str | None = None) -> None:
        """Record a data problem (never an exception): the entry goes on."""
        self.diagnostics.append(Diagnostic(code, message, raw=raw))


@dataclass(slots=True)
class Context:
    """What a normalizer may know beyond the reference itself."""

    #: the entry cited just before this one (for "———" and idem)
    prev: Entry | None = None


class Normalizer:
    """One step of the chain.  Subclasses set ``name``, ``code``, ``keys``."""

    #: short name used in diagnostics (``P-<name>`` in messages)
    name: ClassVar[str] = "normalizer"
    #: stable diagnostic code reported when this step fails
    code: ClassVar[str] = "P100"
    #: item variables and occurrence attributes this step may write
    keys: ClassVar[tuple[str, ...]] = ()
    #: span labels this step reads: it is skipped when none is present
    #: (``None``: it always runs, e.g. type inference)
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:  # pragma: no cover
        raise NotImplementedError


def run_chain(chain: Sequence[Normalizer], state: ItemState, ctx: Context) -> ItemState:
    """Run every step in order; a step that raises is undone and reported.

    Steps almost never raise, so the chain first runs without saving the state
    before every step; only if a step raises is the state put back as it was
    at the start and the chain run again, step by step with undo (steps are
    pure functions of the state and the context, so the second run repeats the
    first up to the failing step).
    """
    start = (state.item.copy(), state.kind, state.locator, state.label, state.prefix, state.suffix,
             len(state.diagnostics), state.derived.copy())
    try:
        for call in _step_calls(chain, state.spans):
            call(state, ctx)
        return state
    except Exception:  # a step failed: start again, isolating each step
        item, state.kind, state.locator, state.label, state.prefix, state.suffix, reported, derived = start
        state.item, state.derived = item, derived
        del state.diagnostics[reported:]
    return _run_chain_isolated(chain, state, ctx)


#: a step's bound ``__call__``: calling it skips the look-up that calling the instance makes
StepCall = Callable[[ItemState, Context], None]
#: the calls of the steps that run, by the labels of a reference: as a set, and as they come (a
#: tuple, which costs a fraction of a set to make and hash: the look-up tried first)
_Plans = tuple[dict[frozenset[str], tuple[StepCall, ...]], dict[tuple[str, ...], tuple[StepCall, ...]]]
#: per chain (a tuple, kept so that its id stays its own): the bound ``__call__`` of each step (made
#: once and shared by the plans: a plan per label set, each with its own bound methods, made tens of
#: thousands of objects), and its plans
_PLANS: dict[int, tuple[Sequence[Normalizer], tuple[StepCall, ...], _Plans]] = {}


def _step_calls(chain: Sequence[Normalizer], spans: dict[str, list[str]]) -> Sequence[StepCall]:
    """The steps whose inputs are present; worked out once per set of labels for a chain
    that cannot change (a tuple): references share a few hundred label sets."""
    if type(chain) is not tuple:
        return [step.__call__ for step in chain if step.inputs is None or not step.inputs.isdisjoint(spans)]
    entry = _PLANS.get(id(chain))
    if entry is None or entry[0] is not chain:
        if len(_PLANS) >= 64:  # tests build many small chains
            _PLANS.clear()
        entry = _PLANS[id(chain)] = (chain, tuple(step.__call__ for step in chain), ({}, {}))
    by_labels, by_order = entry[2]
    order = tuple(spans)
    calls = by_order.get(order)
    if calls is not None:
        return calls
    labels = frozenset(order)
    calls = by_labels.get(labels)
    if calls is None:
        calls = tuple(
            call for step, call in zip(chain, entry[1], strict=True)
            if step.inputs is None or not step.inputs.isdisjoint(labels)
        )
        if len(by_labels) < 4096:
            by_labels[labels] = calls
    if len(by_order) < 8192:  # (a few orders per label set)
        by_order[order] = calls
    return calls


def _run_chain_isolated(chain: Sequence[Normalizer], state: ItemState, ctx: Context) -> ItemState:
    spans = state.spans
    for step in chain:
        inputs = step.inputs
        if inputs is not None and inputs.isdisjoint(spans):
            continue
        saved_item = state.item.copy()
        saved = (state.kind, state.locator, state.label, state.prefix, state.suffix)
        try:
            step(state, ctx)
        except Exception as exc:  # isolation: one bad step never loses the entry
            state.item = saved_item
            state.kind, state.locator, state.label, state.prefix, state.suffix = saved
            state.diagnostics.append(
                Diagnostic(
                    step.code,
                    f"normalizer P-{step.name} failed ({type(exc).__name__}: {exc}); "
                    "its fields were left as they were",
                    severity="warning",
                    raw=" ".join(text for _, text in state.sequence)[:500],
                )
            )
    return state
