"""Treaties cited in a treaty series: "Vienna Convention on the Law of Treaties (1969) 1155 UNTS 331, art 31".

International-law notes (OSCOLA and its kin) cite a treaty by its title, perhaps
its dates in brackets ("(adopted 20 November 1989, entered into force 2 September
1990)"), then volume, series and first page in the United Nations or League of
Nations Treaty Series, then the article cited.  The tagger reads such a note as a
book (the series as pages, the whole as a title).  This step reads it as a
``treaty``: the series is the container, its volume and first page the item's,
the year the first one in the brackets, and the article the locator (label
``section``, as "art" is elsewhere).
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import squash
from citekit.normalize.base import Context, ItemState, Normalizer

_TREATY_RE = lazy_compile(
    r"^(?P<title>[^()]{4,200}?)\s*(?:\((?P<dates>[^()]{0,200})\)\s*)?,?\s*(?P<volume>\d{1,4})\s+"
    r"(?P<series>UNTS|U\.\s?N\.\s?T\.\s?S\.|LNTS|L\.\s?N\.\s?T\.\s?S\.)\s+(?P<page>\d{1,5})"
    r"(?:,\s*(?:arts?\.?|articles?)\s*(?P<article>\d+[\w()]*(?:\s*[-–]\s*\d+[\w()]*)?))?\s*[.;]?$"
)
_YEAR_RE = lazy_compile(r"(?<!\d)(?:1[6-9]|20)\d\d(?!\d)")


class Treaty(Normalizer):
    """"Title (dates) 1155 UNTS 331, art 31" -> a ``treaty`` in its series, the article as locator."""

    name: ClassVar[str] = "treaty"
    code: ClassVar[str] = "P123"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "title", "title-short", "container-title", "volume", "page", "issued", "author", "publisher",
        "publisher-place", "collection-title", "kind", "locator", "label",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"title", "pages"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        if "type" in state.item:
            return
        spans = state.spans
        titles, pages = spans.get("title"), spans.get("pages")
        head = f"{titles[0] if titles else ''} {pages[0] if pages else ''}"
        if "NTS" not in head and "T.S" not in head:
            return  # (no treaty series: most references stop here)
        m = _TREATY_RE.match(squash(" ".join(text for label, text in state.sequence if label != "signal")).strip())
        if m is None:
            return
        item = state.item
        for key in ("author", "publisher", "publisher-place", "collection-title", "title-short"):
            item.pop(key, None)
        item["type"] = "treaty"
        item["title"] = m["title"].strip(" ,")
        item["container-title"] = m["series"].replace(" ", "")
        item["volume"], item["page"] = m["volume"], m["page"]
        year = _YEAR_RE.search(m["dates"] or "")
        if year:
            item["issued"] = {"date-parts": [[int(year[0])]]}
        else:
            item.pop("issued", None)
        state.kind = "full"
        if m["article"]:
            state.locator, state.label = m["article"].replace("–", "-"), "section"
        else:
            state.locator = state.label = None
