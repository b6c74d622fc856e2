"""Statutes cited by their short title: "Human Rights Act 1998, s 3", "Theft Act 1968, ss 1–6".

English, Irish, Australian and Indian notes (OSCOLA and its kin) cite an Act
by its short title and year, then the section cited.  The tagger has seen few
and leaves the whole citation unlabelled (``other``) or calls it a title, so
nothing would reach the item.  This step reads the Act as a ``legislation``
item with its title, and the section as the locator.  German and other
continental statutes ("§ 823 Abs. 1 BGB") cite a provision without a title;
they are left alone.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.normalize._text import squash
from citekit.normalize.base import Context, ItemState, Normalizer

_STATUTE_RE = re.compile(
    r"^(?P<title>(?:The\s+)?[A-Z][\w'’()-]*(?:\s+(?:[A-Z][\w'’()-]*|and|of|for|the|on|to|in|\(\w+\)))*\s+"
    r"(?:Act|Acts|Ordinance|Regulations|Order|Rules|Statute|Code|Measure)(?:\s+(?:1[2-9]|20)\d\d)?)"
    r"(?:,?\s+(?P<label>ss?|sch|schs|art|arts|para|paras|pt|reg|regs|r|rr|cl)\.?\s*(?P<locator>\d[\w()]*"
    r"(?:\s*[-–]\s*\d[\w()]*)?))?\s*[.;,]?$"
)
_STATUTE_WORD_RE = re.compile(r"\b(?:Acts?|Ordinance|Regulations|Order|Rules|Statute|Code|Measure)\b")
_LABELS = {
    "s": "section", "ss": "section", "sch": "section", "schs": "section", "art": "section", "arts": "section",
    "para": "paragraph", "paras": "paragraph", "pt": "part", "reg": "section", "regs": "section",
    "r": "section", "rr": "section", "cl": "section",
}
#: the labels a tagger gives the pieces of such a citation ("Theft Act" as an author, "1968," a date)
_READ = frozenset({"other", "title", "author", "date", "locator", "pages", "punct", "signal"})


class Statute(Normalizer):
    """An Act cited by short title (and section) -> ``legislation`` with ``title`` and the locator."""

    name: ClassVar[str] = "statute"
    code: ClassVar[str] = "P120"
    keys: ClassVar[tuple[str, ...]] = ("type", "title", "title-short", "author", "page", "locator", "label")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"other", "title", "author"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        if not state.spans.keys() <= _READ or "type" in state.item:
            return
        spans = state.spans
        for label in ("other", "title", "author"):
            if any(_STATUTE_WORD_RE.search(t) for t in spans.get(label, ())):
                break
        else:
            return  # (no word an Act's title ends in: most references stop here)
        text = squash(" ".join(t for label, t in state.sequence if label != "signal"))
        m = _STATUTE_RE.match(text.strip())
        if m is None:
            return
        item = state.item
        for key in ("author", "title-short", "page"):
            item.pop(key, None)
        item["type"] = "legislation"
        item["title"] = m["title"]
        if m["locator"]:
            state.locator = m["locator"].replace("–", "-")
            state.label = _LABELS.get(m["label"].lower(), "section")
