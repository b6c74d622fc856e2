"""Titles: quotes and edge punctuation off, subtitles and transliteration kept.

The quotation marks around an article title are typography of the citing
style, not part of the title; a final "?" or "!" is.  A title with a subtitle
also gets ``title-short`` (the main title), which is what later short
citations of the same work repeat ("Hagenloh, Stalin’s Police, p. 6").
A second title span is the container (a journal in guillemets, "in …") when
the reference has none, otherwise a continuation of the title; a journal in
guillemets at the end of the title span itself ("La crisi, «Studi veneziani»",
as Italian notes write it) is split off the same way.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.normalize._text import QUOTES, fix_soft_signs, squash, strip_quotes
from citekit.normalize.base import Context, ItemState, Normalizer

_SUBTITLE_RE = re.compile(r"[:?!](?= )|\.(?= [A-ZÀ-Þ])")
_IN_RE = re.compile(r"^(?:in|In|IN|dans|Dans)\s*:?\s+")
_TRAIL = " ,;:/"
#: a journal in guillemets closing a title span: "…di Creta, in «AMSI»"
_JOURNAL_TAIL_RE = re.compile(r"(?:[\s,;:]+(?:in\s+)?|\s*)«\s*(?P<journal>[^«»]{2,120}?)\s*»$")
#: "… cit." / "op. cit." closing a title span: a back-reference the tagger left inside
CIT_END_RE = re.compile(r"(?:\s*(?:\.\.\.|…))?[\s,]+(?:op\.\s*|art\.\s*)?cit\.?$")
_CIT_END_RE = CIT_END_RE


def clean_title(text: str, *, abbreviated: bool = False) -> str:
    """``‘The Polish Terror: Spymania’,`` -> ``The Polish Terror: Spymania``.

    A final period stays when it ends an abbreviation ("Co."); with
    ``abbreviated`` (journal names: "Vand. L. Rev.", "Econom. Studies Quart.")
    also when the text abbreviates other words the same way.
    A trailing "cit." (Italian short form "Le prime nove... cit.") is the
    back-reference, not the title: it is cut (the backref step reads it).
    """
    text = fix_soft_signs(squash(text)).strip(_TRAIL)
    if text.endswith(("cit.", "cit")) and not text.endswith(("licit", "licit.")):
        text = _CIT_END_RE.sub("", text)
    wrapped = bool(text) and text[0] in QUOTES
    text = strip_quotes(text)
    if text.endswith(".") and not text.endswith("..") and not _ends_with_abbreviation(text, abbreviated):
        text = text[:-1].rstrip(_TRAIL)
    if wrapped:
        text = strip_quotes(text)
    return _balance(text)


def _balance(text: str) -> str:
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip(_TRAIL)
    if text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:].lstrip()
    if text.endswith("]") and text.count("]") > text.count("["):
        text = text[:-1].rstrip(_TRAIL)
    return text


#: last words whose period is part of them ("John F.", "Smith & Co.")
_ABBREV_WORDS = frozenset({"vol.", "ed.", "no.", "Co.", "Inc.", "etc.", "Jr.", "St.", "Ltd.", "Bros."})


#: a short capitalised word with a period inside the text: the title is abbreviated
_ABBREVIATED_RE = re.compile(r"\b[A-Z][a-z]{0,7}\.\s?")
_SHORT_LAST_RE = re.compile(r"\b[A-Z][a-z]{0,6}\.$")


def _ends_with_abbreviation(text: str, abbreviated: bool) -> bool:
    last = text[text.rfind(" ") + 1 :]
    if last in _ABBREV_WORDS or (len(last) == 2 and last[0].isupper()):
        return True
    return (
        abbreviated
        and bool(_SHORT_LAST_RE.search(text))
        and len(_ABBREVIATED_RE.findall(text)) > 1
    )


def main_title(title: str) -> str | None:
    """The title before its subtitle, or ``None`` when there is no subtitle.

    A period separates a subtitle only after three words or more, so that
    abbreviations ("II Card. Agostino Valier") do not cut the title.
    """
    m = _SUBTITLE_RE.search(title)
    while m and m.group(0) == "." and title.count(" ", 0, m.start()) < 2:
        m = _SUBTITLE_RE.search(title, m.end())
    if not m or m.start() < 2:
        return None
    mark = m.group(0)
    return title[: m.start()].rstrip() + (mark if mark in "?!" else "")


class Title(Normalizer):
    """title spans -> ``title`` (+ ``title-short``; a second title may be the container)."""

    name: ClassVar[str] = "title"
    code: ClassVar[str] = "P104"
    keys: ClassVar[tuple[str, ...]] = ("title", "title-short", "container-title")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        spans = state.spans.get("title")
        if not spans:
            return
        item = state.item
        title = clean_title(spans[0])
        container: str | None = None
        for extra in spans[1:]:
            value = clean_title(_IN_RE.sub("", extra))
            if not value:
                continue
            container_like = extra.lstrip()[:1] in "«“\"" or bool(_IN_RE.match(extra.lstrip()))
            if container_like and "container-title" not in state.spans and container is None:
                container = value
            else:
                title = f"{title}. {value}" if title else value
        if container is None and "container-title" not in state.spans and "«" in title:
            m = _JOURNAL_TAIL_RE.search(title)
            if m and m.start() > 0:
                # "La crisi, «Studi veneziani»": the journal rode in the title span
                title, container = title[: m.start()].rstrip(" ,;:"), m["journal"].strip()
        if container is not None:
            item["container-title"] = container
        if not title:
            return
        item["title"] = title
        short = main_title(title)
        if short:
            item["title-short"] = short
