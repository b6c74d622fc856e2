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
never mutate a value already in ``state.item`` in place.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, ClassVar

from citekit.model import CitationKind, Diagnostic, Entry

#: occurrence attributes a normalizer may name in ``keys`` besides item variables
OCCURRENCE_KEYS: frozenset[str] = frozenset({"kind", "locator", "label", "prefix", "suffix"})


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
        return cls(spans=spans, sequence=sequence)

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
    """Run every step in order; a step that raises is undone and reported."""
    spans = state.spans
    for step in chain:
        if step.inputs is not None and step.inputs.isdisjoint(spans):
            continue
        saved_item = dict(state.item)
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
