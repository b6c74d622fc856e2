"""A trial in the Old Bailey Proceedings: "Old Bailey Proceedings Online, t17800628-33, trial of George
Gordon, 28 June 1780", "Old Bailey Proceedings, 14 January 1741, trial of Mary Jones, t17410114-12".

The Proceedings are cited by their name, the trial's reference number ("t" + the sessions' date +
the trial's number), the trial ("trial of …") and the date, in either order.  The tagger reads the
defendant as the author and the reference number as a page range.  The step reads the note from the
whole text: the Proceedings as ``title``, the reference as ``number``, the trial's description as
``section`` (the part of the Proceedings cited), the date as ``issued``; type ``legal_case``, no
author (the defendant wrote nothing).
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.date import parse_date

_TITLE_RE = lazy_compile(r"^(?P<title>(?:The\s)?(?:Old\sBailey\sProceedings(?:\sOnline)?|Proceedings\sof\sthe\sOld\sBailey)),\s")
_REFERENCE_RE = lazy_compile(r"^t\d{8}-\d{1,4}$")
_TRIAL_RE = lazy_compile(r"^trial\sof\s\S.{2,80}$", re.I)


class OldBailey(Normalizer):
    """"Old Bailey Proceedings, tYYYYMMDD-N, trial of X, date" -> ``title``, ``number``, ``section``, ``issued``."""

    name: ClassVar[str] = "old-bailey"
    code: ClassVar[str] = "P137"
    keys: ClassVar[tuple[str, ...]] = ("type", "title", "number", "section", "issued", "kind", "locator", "label")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if not sequence or len(sequence) > 10 or "Bailey" not in sequence[0][1][:40]:
            return  # (every other reference: no "Old Bailey" opening it)
        text = " ".join(text.strip() for label, text in sequence if label != "signal").rstrip(".")
        m = _TITLE_RE.match(text)
        if m is None:
            return
        item: dict[str, Any] = {"type": "legal_case", "title": m["title"]}
        for part in text[m.end():].split(", "):
            part = part.strip()
            if _REFERENCE_RE.match(part) and "number" not in item:
                item["number"] = part
            elif _TRIAL_RE.match(part) and "section" not in item:
                item["section"] = part
            elif (date := parse_date(part)) is not None and "issued" not in item:
                item["issued"] = date
            else:
                return  # (a part the shape has no place for: left as the other steps read it)
        state.item = item
        state.kind = "full"
        state.locator, state.label = None, None
