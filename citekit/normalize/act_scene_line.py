"""A play cited by act, scene and line, a poem by book, canto and stanza or by book and line, closing a
note that names an edition: "Shakespeare, Hamlet, ed. by Ann Thompson and Neil Taylor (London: Thomson,
2006), 3.1.55–87", "Spenser, The Faerie Queene, ed. by A. C. Hamilton (Harlow: Longman, 2001), II.xii.42",
"Milton, Paradise Lost, ed. by Alastair Fowler (Harlow: Longman, 1998), IX.780–84", "Ibid., 3.1.60".

The classical step reads the canon's numbering when nothing but author and title come before it; once an
edition is named the note falls to the pages step, which takes "3.1.55–87" for a page and may split
"IX." + "780–84" into a volume and a page.  This step reads the numbering again from the end of the
whole text: three numbers joined by full stops, or a book in Roman numerals before its line or canto, are a
canonical numbering -> the locator with label ``section`` (the classical step's label for dotted
numberings), the dash an ASCII hyphen; the volume or page the pages step made of it goes.  A date
("12.3.2003") is no numbering: the line number has at most three digits.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import hyphen_range
from citekit.normalize.base import Context, ItemState, Normalizer

_RANGE = r"(?:\s?[-–]\s?\d{1,3})?"
#: the numbering closing the note: act.scene.line (3.1.55–87), book.canto.stanza (II.xii.42, 3.6.42), book and
#: line in Roman and Arabic numerals (IX.780–84); a space after a full stop where the tagger cut the span
_NUMBERING_RE = lazy_compile(
    r"(?:^|[\s,(])(?P<numbering>"
    r"\d{1,2}\.\s?\d{1,3}\.\s?\d{1,3}" + _RANGE
    + r"|[IVXL]{1,5}\.\s?[ivxl]{1,7}\.\s?\d{1,3}" + _RANGE
    + r"|[IVXL]{2,5}\.\s?\d{1,4}" + _RANGE + r"|[IVXL]\.\d{1,4}" + _RANGE
    + r")[.)]*\s*$"
)
#: book and line in Arabic numerals ("4.299"), read only where nothing else read it in a short form
_BOOK_LINE_RE = lazy_compile(r"^(?P<numbering>\d{1,2}\.\d{1,4}" + _RANGE + r")\.?$")
#: the pre-test: a full stop between two numbers ("3.1", "II.xii", "IX. 780")
_HINT_RE = lazy_compile(r"[\dIVXL]\.\s?[\divxl]")
#: a Roman book closing its own span ("IX." + "780–84.")
_ROMAN_BOOK_RE = lazy_compile(r"\b[IVXL]{1,5}\.\s*$")
#: the labels the pages step gives a numbering it misreads (None: none at all)
_MISREAD = frozenset({None, "page", "section", "line"})


def _short_form(item: dict[str, object]) -> bool:
    """Author and title and nothing of an imprint or a container: "Milton, Paradise Lost, 4.299"."""
    return "author" in item and "title" in item and not any(
        key in item for key in ("issued", "publisher", "publisher-place", "container-title", "volume")
    )


#: a year where a line would stand ("Lunar and Planetary Science XXXII. 2001", "9. IV. 1726")
_YEAR_LINE_RE = lazy_compile(r"[.\s](?:1[0-9]|20)\d\d(?:\s?[-–]\s?\d{1,4})?$")
#: a number and a full stop before the numbering: a list of pages ("pag. 40. 55. 79. 80. 88") or a date
#: with its month in Roman numerals ("1360. XII. 29"); a page before a bracket ("34(V.57)"); the last of a
#: list ("capitoli 1. 4 e II. 5", whose first member no expression here reads)
_NUMBER_BEFORE_RE = lazy_compile(r"(?:\d\.\s?|\d\s?\(|\b(?:e|and|et|und|y|&)\s)$")


def _not_a_numbering(tail: str, m: re.Match[str]) -> bool:
    """A year in the line's place, or a number just before: a date or a list of pages, not a work's divisions."""
    numbering = m["numbering"].rstrip()
    return _YEAR_LINE_RE.search(numbering) is not None or _NUMBER_BEFORE_RE.search(tail[: m.start("numbering")]) is not None


class ActSceneLine(Normalizer):
    """A dotted canonical numbering closing the note -> locator, label ``section``."""

    name: ClassVar[str] = "act-scene-line"
    code: ClassVar[str] = "P165"
    keys: ClassVar[tuple[str, ...]] = ("volume", "page", "kind", "locator", "label")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if not sequence or state.label not in _MISREAD:
            return
        last = sequence[-1][1]
        # pre-test: a full stop between numbers in the last span, or a Roman book closing the span before it
        if _HINT_RE.search(last) is None and (len(sequence) < 2 or _ROMAN_BOOK_RE.search(sequence[-2][1]) is None):
            return
        tail = " ".join(text for _, text in sequence[-3:])
        m = _NUMBERING_RE.search(tail)
        if m is None:
            m = _BOOK_LINE_RE.match(last.strip()) if state.locator is None and _short_form(state.item) else None
            if m is None:
                return
        if _not_a_numbering(tail, m):
            return
        numbering = re.sub(r"\.\s", ".", m["numbering"])
        item = state.item
        book = numbering.split(".", 1)[0]
        if str(item.get("volume", "")).rstrip(".") == book:
            del item["volume"]  # "IX." + "780–84": the book read as a volume
            if _short_form(item):
                state.kind = "short"  # ("Milton, Paradise Lost, VII." + "24–26": no volume makes it a full citation)
        page = item.get("page")
        if isinstance(page, str) and page.split("-", 1)[0] in numbering:
            del item["page"]
        state.locator, state.label = hyphen_range(numbering), "section"
