"""An article whose quoted romanised title is followed by its characters: "Miyazaki Ichisada 宮崎市定, "Sōdai ni
okeru sekitan to tetsu" 宋代における石炭と鉄, Tōhōgaku 13 (1957): 1–15", "Chen Yinke 陳寅恪, "Tianshi dao …"
天師道與濱海地域之關係, Zhongyang yanjiuyuan Lishi yuyan yanjiusuo jikan 3, no. 4 (1933): 439–66".

Chicago-style notes on East Asia put the characters of an article's title after its closing quote, before the
journal.  The tagger, which has not seen characters there, reads the characters and the journal as the rest
of the title and the article as a book.  The step reads the part after the closing quote: the characters (kept
with the title, which they name), then "Journal Volume[, no. Issue] (Year): pages".
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._romanized import has_cjk
from citekit.normalize._text import expand_dashed_range, whole_text
from citekit.normalize.base import Context, ItemState, Normalizer

#: '"Title[,]" 漢字, Journal 13[, no. 4] (1957): 1–15'
_GLOSSED_RE = lazy_compile(
    r"[\"“](?P<title>[^\"“”]{2,200}?),?[\"”]\s(?P<chars>[^\s,\"“”]{1,40}),\s"
    r"(?P<journal>[A-Z][^,\d\"“”()]{1,100}?)\s(?P<volume>\d{1,4})(?:,\s(?:no\.\s?)(?P<issue>\d{1,4}))?"
    r"\s\((?P<year>1[89]\d\d|20\d\d)\):\s(?P<page>\d{1,5}(?:\s?[-–]\s?\d{1,5})?)\.?$"
)
_READ_BEFORE = ("title", "title-short", "container-title", "volume", "issue", "issued", "page", "publisher",
                "publisher-place", "collection-title")


class GlossedArticle(Normalizer):
    """'"Title" 漢字, Journal 13 (1957): 1–15' read as one title -> an ``article-journal`` in Journal."""

    name: ClassVar[str] = "glossed-article"
    code: ClassVar[str] = "P187"
    keys: ClassVar[tuple[str, ...]] = ("type", *_READ_BEFORE)
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        if "type" in state.item or state.kind != "full":
            return
        full = whole_text(state.sequence, state.derived)
        # pre-test: a closing quote, then a space and a CJK character
        quote = max(full.find('" '), full.find("” "))
        if quote < 0 or not has_cjk(full[quote + 2: quote + 3]) or "):" not in full:
            return
        m = _GLOSSED_RE.search(full)
        if m is None or not all(has_cjk(ch) for ch in m["chars"]):
            return
        item = state.item
        for key in _READ_BEFORE:
            item.pop(key, None)
        item["title"] = f"{m['title'].strip()} {m['chars']}"
        item["container-title"] = m["journal"].strip()
        item["volume"] = m["volume"]
        if m["issue"]:
            item["issue"] = m["issue"]
        item["issued"] = {"date-parts": [[int(m["year"])]]}
        item["page"] = expand_dashed_range(m["page"].replace(" ", ""))
        state.item = {"type": "article-journal", **item}
