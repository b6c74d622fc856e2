"""Signal words ("See", "Cf.", "Vgl.", "Voir", "For the national operations, see").

The signal introduces the citation in this note; it is not part of the work,
so it becomes the occurrence's ``prefix``, verbatim except for the comma or
colon that joined it to the citation.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.normalize._text import squash
from citekit.normalize.base import Context, ItemState, Normalizer


class Signal(Normalizer):
    """Signal spans -> ``prefix`` (several spans are joined with a space)."""

    name: ClassVar[str] = "signal"
    code: ClassVar[str] = "P101"
    keys: ClassVar[tuple[str, ...]] = ("prefix",)
    inputs: ClassVar[frozenset[str] | None] = frozenset({"signal"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        spans = state.spans.get("signal")
        if not spans:
            return
        parts = [squash(s).strip(" ,;:") for s in spans]
        text = " ".join(p for p in parts if p)
        if text:
            state.prefix = text
