"""Back-references: "Ibid.", "Id.", "op. cit.", "supra n. 12" -> the occurrence ``kind``.

=========  ==============================================================
kind       written as
=========  ==============================================================
ibid       Ibid., Ibidem, Ib., Ebd., Ebenda, Ivi, Eod. loc.
idem       Id., Idem, Eadem, Iidem, Ead., Ders., Dies., Derselbe, Dieselbe
op-cit     op. cit., o. c., a.a.O., loc. cit., l. c., art. cit., ouvr. cit., cit., précité
supra      supra, above, oben, wie Anm., ci-dessus, sopra, infra, below, unten
=========  ==============================================================

For "idem" the author is the previous entry's (copied when this reference
names none).  For "supra n. 12" the note number goes to the CSL variable
``first-reference-note-number``; the resolver follows it.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.model import CitationKind
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import CIT_END_RE

SUPRA_RE = re.compile(
    r"\b(?:supra|above|oben|vorstehend|ci-dessus|sopra|retro|infra|below|unten)\b|\bwie\s+(?:Anm|Fn|Fußnote)\b",
    re.I,
)
_IBID_RE = re.compile(r"^\W*(?:ibid(?:em)?|ib|ibd|ebd|ebenda|ivi|eod\.?\s*loc)\b", re.I)
_IDEM_WORDS = r"(?:id|idem|eadem|iidem|eidem|ead|ders|dies|derselbe|dieselbe|dies\.)\b"
_IDEM_RE = re.compile(r"^\W*" + _IDEM_WORDS, re.I)
_OPCIT_RE = re.compile(
    r"\b(?:op\.?\s*[co]it|o\.\s*c|a\.\s*a\.\s*o|loc\.?\s*cit|l\.\s*c|art\.?\s*cit|ouvr\.?\s*cit|"
    r"op\.?\s*laud|cit|pr[ée]cit[ée]e?s?)\b",
    re.I,
)
#: "in Id.," / "in: ders.,": the work is in a book by the same author (a chapter, not a back-reference)
_IN_IDEM_RE = re.compile(r"^\W*(?:in|dans)\s*:?\s+" + _IDEM_WORDS, re.I)
_NOTE_NUMBER_RE = re.compile(r"\b(?:n|nn|note|nota|anm|fn|footnote)\.?\s*(\d+)", re.I)


def backref_kind(text: str) -> CitationKind | None:
    """The kind a back-reference span announces, or ``None``."""
    if SUPRA_RE.search(text):
        return "supra"
    if _IBID_RE.match(text):
        return "ibid"
    if _OPCIT_RE.search(text):
        return "op-cit"
    if _IDEM_RE.match(text):
        return "idem"
    return None


_PRIORITY: dict[str, int] = {"supra": 4, "ibid": 3, "op-cit": 2, "idem": 1}


class BackRef(Normalizer):
    """backref spans -> ``kind`` (and the idem author, the supra note number)."""

    name: ClassVar[str] = "backref"
    code: ClassVar[str] = "P112"
    keys: ClassVar[tuple[str, ...]] = (
        "kind", "author", "container-author", "first-reference-note-number", "volume", "issue", "page",
        "locator", "label",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset(
        {"backref", "title", "volume", "issue", "locator", "pages", "other"}
    )

    def __call__(self, state: ItemState, ctx: Context) -> None:
        self._oscola_cross_reference(state)
        spans = list(state.spans.get("backref", ()))
        for title in state.spans.get("title", ()):
            if title.rstrip(" ,;:.").endswith("cit") and CIT_END_RE.search(title.strip(" ,;:")):
                spans.append(title.strip(" ,;:"))  # "Le prime nove... cit.": the back-reference rode along
        if not spans:
            return
        kind: CitationKind | None = None
        inner = _inner_idem_spans(state)
        for text in spans:
            found = backref_kind(text)
            if (found == "idem" and text in inner) or _IN_IDEM_RE.match(text):
                # "…, in Id., Container": no back-reference; the container is the author's own book
                names = state.item.get("author")
                if names and "container-author" not in state.item:
                    state.item["container-author"] = [dict(n) for n in names]
                continue
            if found and (kind is None or _PRIORITY[found] > _PRIORITY[kind]):
                kind = found
            if found == "supra" and "first-reference-note-number" not in state.item:
                m = _NOTE_NUMBER_RE.search(text)
                if m:
                    state.item["first-reference-note-number"] = m.group(1)
        if kind is None:
            return
        state.kind = kind
        if kind == "idem" and "author" not in state.item and ctx.prev:
            names = ctx.prev.get("author") or ctx.prev.get("editor")
            if names:
                state.item["author"] = [dict(n) for n in names]


    @staticmethod
    def _oscola_cross_reference(state: ItemState) -> None:
        """"Raz (n 3) 50": the work first cited in note 3, at page 50 (OSCOLA), whatever the tagger
        called the bracket (a volume, an issue, a locator)."""
        spans = state.spans
        if "title" in spans or "container-title" in spans:
            return  # (the cross-reference stands for the work: "Raz (n 3) 50" names no title)
        for label in _CROSS_REFERENCE_LABELS:
            for text in spans.get(label, ()):
                if "(n" in text and (m := _CROSS_REFERENCE_RE.match(text)):  # (most spans: no "(n")
                    _read_cross_reference(state, label, m)
                    return


def _read_cross_reference(state: ItemState, label: str, m: re.Match[str]) -> None:
    item = state.item
    for key in ("volume", "issue", "page"):
        item.pop(key, None)
    item["first-reference-note-number"] = m["note"]
    state.kind = "supra"
    spans = state.spans
    if m["pin"]:
        state.locator, state.label = m["pin"].replace("–", "-"), "page"
    elif label in ("locator", "pages") and len(spans.get("locator", ())) + len(spans.get("pages", ())) == 1:
        state.locator = state.label = None  # "(n 4)" was read as the page cited


#: "(n 3)", "(n 3) 50", "(fn 12) 4–6": a cross-reference to an earlier note, then the page cited
_CROSS_REFERENCE_RE = re.compile(r"^\s*\((?:n|nn|fn)\.?\s*(?P<note>\d+)\)\s*,?\s*(?P<pin>\d+(?:\s*[-–]\s*\d+)?)?\s*[.,;]?\s*$")
_CROSS_REFERENCE_LABELS = ("volume", "issue", "locator", "pages", "other", "backref")


def _inner_idem_spans(state: ItemState) -> frozenset[str]:
    """Back-reference spans that follow the reference's own title ("Title, in Id., Book")."""
    seen_title = False
    inner: set[str] = set()
    for label, text in state.sequence:
        if label == "title":
            seen_title = True
        elif label == "backref" and seen_title:
            inner.add(text)
    return frozenset(inner)
