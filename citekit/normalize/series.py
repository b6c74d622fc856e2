"""A book in a numbered series: "Title, Series Name 13 (Place, 1988)".

Chicago and MHRA notes name a book's series and its number between the
title and the imprint: "Peter Brown, The Body and Society, Lectures on the
History of Religions, n.s., 13 (New York, 1988)".  The tagger reads the
series as a container and its number as a volume, which makes the book a
chapter.  When the reference is a book's (an imprint, no article pages, no
"in" before the container, no editors of a volume, a title not set in quotes
as an article's is) and the "volume" is a bare number, the pair is the
series: ``collection-title`` and ``collection-number``.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import QUOTES
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import PERIODICAL_WORDS

_BARE_NUMBER_RE = lazy_compile(r"^\d{1,4}$")
#: "in", "in:", "dans" opening the container span: a chapter's book, not a series
_IN_RE = lazy_compile(r"^\s*(?:in|dans|en|im)\b", re.I)
#: words of periodicals: such a container has volumes, not series numbers
_PERIODICAL_RE = lazy_compile(rf"\b(?:{PERIODICAL_WORDS})\w*", re.I)


class BookSeries(Normalizer):
    """container + bare volume in a book's reference -> ``collection-title`` + ``collection-number``."""

    name: ClassVar[str] = "series"
    code: ClassVar[str] = "P119"
    keys: ClassVar[tuple[str, ...]] = ("container-title", "volume", "collection-title", "collection-number")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"container-title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        spans = state.spans
        volume = item.get("volume")
        if (
            volume is None
            or "container-title" not in item
            or "collection-title" in item
            or not _BARE_NUMBER_RE.match(str(volume))
            or not ("publisher-place" in item or "publisher" in item)
            or "page" in item
            or "issue" in item
            or "editor" in item
            or "title" not in item
            or len(spans.get("container-title", ())) != 1
            or len(spans.get("volume", ())) != 1
        ):
            return
        container = spans["container-title"][0]
        if _IN_RE.match(container) or _PERIODICAL_RE.search(container) or any(
            text.lstrip()[:1] in QUOTES for text in spans.get("title", ())
        ):
            return
        if not spans["volume"][0].strip(" ,.;:").isdigit():
            return  # "vol. 3": a volume of the work, not a number in a series
        item["collection-title"] = item.pop("container-title")
        item["collection-number"] = item.pop("volume")
