"""A reference work cited by headword, with what notes put between the work and "s.v.": "Encyclopaedia
Judaica, 2nd ed., s.v. “Hasidism.”", "EJ, s.v. “Frankists,” by Gershom Scholem", "Jüdisches Lexikon, vol. 2,
s.v. “Frankisten.”".

The reference-entry step reads "Work, s.v. "Entry"" when the tagger took it for names; with an edition or a
volume between, or the entry's author after the headword ("by X", "(X)"), the tagger splits the note at
random (the edition as a series, "s.v." as a name, the headword and its author as the title).  When the whole
reference (a signal aside) has that shape, the step reads it from the text: the work is the ``title``, the
edition and volume its own, the headword the locator (label ``sub-verbo``, its closing stop and quotes
dropped), the entry's author no author of the work (a name read before is dropped).  The kind is ``full``: a
work and a headword need nothing more.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import squash
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import put_title

_HEADWORD_RE = lazy_compile(
    r"^(?P<work>[^\"“«,]{2,120}?)(?:,\s(?P<edition>\d{1,2})(?:st|nd|rd|th|d)\sed\.)?"
    r"(?:,\s(?:vol\.|Bd\.|t\.)\s(?P<volume>\d{1,2}|[IVX]{1,4}))?"
    r",\s(?:s\.\s?v\.|sub\svoce|sub\sverbo)\s[\"“«‘'„‚]?(?P<entry>[^\"“”»’',]{1,80}?)[.,]?[\"“”»’'‘]?[.,]?"
    r"(?:\s(?:by\s(?P<by>[^()]{2,60}?)|\((?P<bracketed>[^()]{2,60})\)))?\.?$"
)
_OUTSIDE = ("punct", "signal")
#: a space the join put before a span that opens with punctuation (", s.v.")
_SPACE_BEFORE_PUNCT_RE = lazy_compile(r"\s+([,.;:])")
#: the variables the steps before may have read from such a note
_READ_BEFORE = ("author", "editor", "title", "title-short", "container-title", "collection-title", "edition",
                "volume", "issue", "page", "publisher", "publisher-place", "issued")


class Headword(Normalizer):
    """"Work[, 2nd ed.][, vol. N], s.v. "Entry"[ by X]" -> ``title``, ``edition``, ``volume``, locator
    + label ``sub-verbo``."""

    name: ClassVar[str] = "headword"
    code: ClassVar[str] = "P195"
    keys: ClassVar[tuple[str, ...]] = (*_READ_BEFORE, "kind", "locator", "label")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        # pre-test: "s.v." or "sub v…" in a short reference
        sequence = state.sequence
        if len(sequence) > 8 or not any("s.v" in text or "s. v" in text or "sub v" in text for _, text in sequence):
            return
        text = _SPACE_BEFORE_PUNCT_RE.sub(
            r"\1", squash(" ".join(span for label, span in sequence if label not in _OUTSIDE))).strip()
        m = _HEADWORD_RE.match(text)
        if m is None:
            return
        item = state.item
        for key in _READ_BEFORE:
            item.pop(key, None)
        put_title(item, m["work"].strip())
        if m["edition"]:
            item["edition"] = m["edition"]
        if m["volume"]:
            item["volume"] = m["volume"]
        state.locator, state.label = m["entry"].strip(" .,;:"), "sub-verbo"
        state.kind = "full"
