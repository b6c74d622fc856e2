"""A Buddhist scripture or treatise in the Taishō canon (or its supplement) by the text's number, the canon's
volume, the page and register: "Dazhidu lun 大智度論, T 1509, 25:57c", "Zhiyi, Mohe zhiguan, T no. 1911,
46:12b", "Linji lu, T 1985, 47:496c10–12", "X 1568, 65:82b".

Buddhologists cite the Taishō shinshū daizōkyō ("T") and the Shinsan zokuzōkyō ("X") by the text's number
and the place in the canon: volume, page and register (a, b or c, maybe with the line).  The text is a
``chapter`` of the canon (the container named by its siglum, as the standard-edition step names an edition),
its number the item's ``number``, the canon's volume its ``volume``; the page and register cited are the
locator (label ``page``).  The step reads the whole text; the title (after an author, when one is named)
comes before the siglum.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._romanized import strip_cjk
from citekit.normalize._text import hyphen_range, whole_text
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables

#: "[Author, ]Title, T[.] [no. ]1509, 25:57c[10–12]"
_CANON_RE = lazy_compile(
    r"^(?:(?P<author>[A-Z][^,\d]{1,40}),\s)?(?P<title>[^,\d]{2,120}),\s(?P<canon>T|X)\.?\s(?:no\.\s?)?"
    r"(?P<number>\d{1,4}[A-Z]?),\s(?P<volume>\d{1,3})[:.]\s?(?P<page>\d{1,4}[abc](?:\d{1,2})?"
    r"(?:\s?[-–]\s?(?:\d{1,4}[abc])?\d{0,2})?)\.?$"
)
_READ_BEFORE = (
    "author", "title", "title-short", "container-title", "collection-title", "collection-number", "publisher",
    "publisher-place", "volume", "issue", "page", "number", "editor", "issued", "genre", "note",
)


class BuddhistCanon(Normalizer):
    """"Dazhidu lun 大智度論, T 1509, 25:57c" -> a ``chapter`` of "T", number 1509, volume 25, page 57c cited."""

    name: ClassVar[str] = "buddhist-canon"
    code: ClassVar[str] = "P185"
    keys: ClassVar[tuple[str, ...]] = ("type", *_READ_BEFORE, "kind", "locator", "label")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        if "type" in state.item or state.kind not in ("full", "short"):
            return
        full = whole_text(state.sequence, state.derived)
        # pre-test: the siglum "T" or "X" after a comma, and a volume's colon
        if (", T " not in full and ", T. " not in full and ", X " not in full) or ":" not in full:
            return
        m = _CANON_RE.match(full)
        if m is None:
            return
        title = m["title"].strip()
        author = m["author"]
        if author is not None and not strip_cjk(author):
            return  # (an author in script only: the CJK step's)
        drop_variables(state.item, _READ_BEFORE)
        item = {"type": "chapter", **state.item, "title": title, "container-title": m["canon"],
                "volume": m["volume"], "number": m["number"]}
        if author is not None:
            item["author"] = [{"literal": strip_cjk(author)}]  # (the name's characters are no part of it)
        state.item = item
        state.kind = "full"
        state.locator, state.label = hyphen_range(m["page"]).replace(" ", ""), "page"
