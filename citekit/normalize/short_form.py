"""Short citations: "Hagenloh, Stalin’s Police, p. 6ff." -> kind ``short``.

A reference that names an author and/or a title but nothing that only a full
citation carries (date, publisher, place, container, volume, issue, edition,
series, identifiers; nor the edition of a source by its siglum, which the title step found
inside the title span: "Registrum epistolarum, PL 77") repeats a work cited in full earlier; the resolver links
it.  Back-references (ibid., op. cit.) have already set their own kind.  A
page the tagger left at the end of the short title ("Hollis, Wool Trade, 45")
is the page cited.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.normalize._text import expand_dashed_range
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import put_title

_FULL_ONLY = frozenset(
    {"date", "publisher", "location", "container-title", "collection-title", "volume", "issue",
     "edition", "url", "doi", "isbn", "genre", "editor", "translator"}
)


#: the page cited riding at the end of a short title: "Wool Trade, 45", "Body of Christ, 412–14"
#: (a page of one to three digits: "…, 1848" or "…, 1150–1750" end titles with years)
_TRAILING_PAGE_RE = re.compile(r",\s+(?P<page>\d{1,3}(?:\s*[-–]\s*\d{1,3})?)\.?$")


def _take_trailing_page(state: ItemState) -> None:
    """"Hollis, Wool Trade, 45.": the tagger left the page inside the short title."""
    title = state.item["title"]
    if not title[-1:].isdigit() or "," not in title:
        return
    m = _TRAILING_PAGE_RE.search(title)
    if m is None or m.start() == 0:
        return
    put_title(state.item, title[: m.start()].rstrip(" ,;:"))
    state.locator, state.label = expand_dashed_range(m["page"]), "page"


class ShortForm(Normalizer):
    """author/title only -> ``kind = "short"``."""

    name: ClassVar[str] = "short-form"
    code: ClassVar[str] = "P114"
    keys: ClassVar[tuple[str, ...]] = ("kind", "title", "title-short", "locator", "label")

    def __call__(self, state: ItemState, ctx: Context) -> None:
        if state.kind != "full":
            return
        item = state.item
        if "title" not in item and "author" not in item:
            return
        if _FULL_ONLY.isdisjoint(state.spans) and "archive_location" not in item and "source-series" not in state.derived:
            state.kind = "short"
            if state.locator is None and "title" in item:
                _take_trailing_page(state)
