"""A speech, a message or a letter's date before the edition that prints it: "Abraham Lincoln, “First Inaugural
Address,” March 4, 1861, in Collected Works of Abraham Lincoln, ed. Roy P. Basler (…, 1953), 4:262–71".

Chicago gives a dated document printed in a collection its own date after the title and before "in".  The
title step, which closes a quoted title at its quotation mark, takes the date with "in" for the start of the
container ("March 4, 1861, in Collected Works …").  The step moves the date out of the container: it is the
document's ``original-date`` (as the letter step keeps a printed letter's date), the edition's year staying
``issued``.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.date import parse_date

_DATED_RE = lazy_compile(
    r"^(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4}|\d{1,2}\s[A-Z][a-z]{2,8}\.?\s\d{4}|[A-Z][a-z]{2,8}\s\d{4}),?\s"
    r"(?:in|In)\s(?P<container>[A-Z“\"].{3,})$"
)


class DatedInContainer(Normalizer):
    """"March 4, 1861, in Collected Works …" read as the container -> ``original-date`` and the container."""

    name: ClassVar[str] = "dated-in-container"
    code: ClassVar[str] = "P214"
    keys: ClassVar[tuple[str, ...]] = ("container-title", "original-date")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        container = state.item.get("container-title")
        if not isinstance(container, str) or not container[:1].isalnum() or " in " not in container[:24]:
            return
        m = _DATED_RE.match(container)
        if m is None or "original-date" in state.item:
            return
        date = parse_date(m["date"])
        if date is None:
            return
        state.item["container-title"] = m["container"]
        state.item["original-date"] = date
