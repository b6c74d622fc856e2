"""Place and publisher: "London: Penguin", "Baltimore, MD", "London and New York".

The place is kept as printed (a US state or a second city is part of it:
"Baltimore, MD", "Paris-Rome", "London and New York"); separate place spans
are joined with "; ".  A span holding "Place: Publisher" in either label is
split, the way most styles print them.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.normalize._text import squash, strip_brackets
from citekit.normalize.base import Context, ItemState, Normalizer

_PLACE_PUBLISHER_RE = re.compile(r"^(?P<place>[^:]{2,60}?)\s*:\s*(?P<publisher>\S.*)$")
_TRAIL = " ,;:."
_KEEP_PERIOD_RE = re.compile(r"(?:\b[A-Z]|\bInc|\bLtd|\bCo|\bCorp|\bEd|\bEds|\bVerl|\bUniv|\bPubl|\bBros|\bS\.A|\bS\.p\.A)\.$")


def _clean(text: str) -> str:
    text = squash(text)
    for _ in range(2):
        text = strip_brackets(text, " ,;:")
        if text.endswith(".") and not _KEEP_PERIOD_RE.search(text):
            text = text[:-1].rstrip(_TRAIL)
    return text


class PlacePublisher(Normalizer):
    """location and publisher spans -> ``publisher-place`` and ``publisher``."""

    name: ClassVar[str] = "place"
    code: ClassVar[str] = "P109"
    keys: ClassVar[tuple[str, ...]] = ("publisher-place", "publisher")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"location", "publisher"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        places: list[str] = []
        publishers: list[str] = []
        has_publisher_span = "publisher" in state.spans
        for text in state.spans.get("location", ()):
            value = _clean(text)
            m = _PLACE_PUBLISHER_RE.match(value) if ":" in value else None
            if m and not has_publisher_span:
                places.append(_clean(m["place"]))
                publishers.append(_clean(m["publisher"]))
            elif value:
                places.append(value)
        for text in state.spans.get("publisher", ()):
            value = _clean(text)
            m = _PLACE_PUBLISHER_RE.match(value) if ":" in value else None
            if m and "location" not in state.spans:
                places.append(_clean(m["place"]))
                publishers.append(_clean(m["publisher"]))
            elif value:
                publishers.append(value)
        item = state.item
        if places:
            item["publisher-place"] = "; ".join(places)
        if publishers:
            item["publisher"] = "; ".join(publishers)
