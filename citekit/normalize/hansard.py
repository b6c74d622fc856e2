"""A debate in the British Parliament as OSCOLA and historians cite it: "HC Deb 12 May 1941, vol. 371,
col. 1050", "Hansard, HC Deb. 4 June 1940, vol. 361, cols. 787–96", "HL Deb 12 March 1912, vol 11, col 412".

"HC Deb" ("House of Commons Debates") and "HL Deb" are the series, not a person: the tagger reads them
as initials and a family name.  The note has a fixed shape, so the step reads it from the whole text:
the series in full as the ``title`` ("House of Commons Debates", the abbreviation as ``title-short``),
"Hansard" (or "Parliamentary Debates") when the note names it as ``collection-title``, the sitting's
date (``issued``), the ``volume``, and the columns as the locator (label ``column``).  No author.
"""

from __future__ import annotations

from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import expand_dashed_range
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.date import parse_date

_HANSARD_RE = lazy_compile(
    r"^(?:(?P<series>Hansard|Parliamentary\sDebates(?:\s\(Hansard\))?),\s)?"
    r"(?P<house>H[CL])\sDeb\.?\s(?P<date>\d{1,2}\s[A-Z][a-z]{2,8}\.?\s\d{4}),\s"
    r"vol\.?\s?(?P<volume>\d{1,4}),\s(?:cols?\.?|cc?\.)\s?(?P<cols>\d{1,5}(?:\s?[-–]\s?\d{1,5})?)[.]?$"
)
_HOUSES = {"HC": "House of Commons Debates", "HL": "House of Lords Debates"}


class Hansard(Normalizer):
    """"(Hansard,) HC Deb date, vol. n, col. n" -> the series as ``title``, ``issued``, ``volume``, the
    columns as the locator."""

    name: ClassVar[str] = "hansard"
    code: ClassVar[str] = "P133"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "title", "title-short", "collection-title", "issued", "volume", "kind", "locator", "label",
    )
    #: (the tagger reads "HC Deb" as a person)
    inputs: ClassVar[frozenset[str] | None] = frozenset({"author"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        authors = state.spans.get("author")
        if not authors:
            return
        first = authors[0]
        if " Deb" not in first and not first.startswith(("HC", "HL", "Hansard", "Parliamentary")):
            return  # (every other author: no "HC Deb" in the first author's span)
        text = " ".join(text.strip() for label, text in state.sequence if label != "signal")
        m = _HANSARD_RE.match(text)
        if m is None:
            return
        date = parse_date(m["date"])
        if date is None:
            return
        house = m["house"]
        item: dict[str, Any] = {"type": "book", "title": _HOUSES[house], "title-short": f"{house} Deb"}
        if m["series"]:
            item["collection-title"] = m["series"]
        item["issued"] = date
        item["volume"] = m["volume"]
        state.item = item
        state.kind = "full"
        state.locator, state.label = expand_dashed_range(m["cols"]), "column"
