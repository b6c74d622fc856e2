"""A Chinese, Japanese or Korean book series named after the title: "Kojiki 古事記, ed. Kurano Kenji, Nihon koten
bungaku taikei 1 (Tokyo: …)", "…, Tōyō bunko 484 (Tokyo: Heibonsha, 1988)", "…, Congshu jicheng chubian".

Editions of premodern texts come in series whose romanised names end in a word for "series" or "collection"
("taikei", "sōsho", "congshu", "congkan", "ch'ongsŏ", "bunko", "sensho"), in lower case as romanised titles are
written; the number follows.  The tagger reads such a series as a second title, which joins the first.  The
step takes it out of the ``title`` into ``collection-title`` and ``collection-number``.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize.base import Context, ItemState, Normalizer

#: the words that close a series' romanised name
_SERIES_WORDS = (
    "taikei", "sōsho", "sosho", "congshu", "congkan", "ts'ung-shu", "ts'ung-k'an", "ch'ongsŏ", "chongseo",
    "bunko", "sensho", "shinsho", "sōkan", "sokan",
)
#: the series closing the title, after a full stop or comma: "…. Nihon koten bungaku taikei 1"
_SERIES_TAIL_RE = lazy_compile(
    r"[.,]\s(?P<series>[A-Z][^.,()\d]{2,60}?\s(?:" + "|".join(_SERIES_WORDS) + r"))"
    r"(?:,?\s(?:no\.\s)?(?P<number>\d{1,4}))?[.,]?$"
)


class EastAsianSeries(Normalizer):
    """"Kojiki 古事記. Nihon koten bungaku taikei 1" (one title) -> title "Kojiki 古事記", series and number."""

    name: ClassVar[str] = "east-asian-series"
    code: ClassVar[str] = "P186"
    keys: ClassVar[tuple[str, ...]] = ("title", "title-short", "collection-title", "collection-number")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        title = item.get("title")
        # pre-test: a series' word in the title's last thirty characters
        if not isinstance(title, str) or "collection-title" in item:
            return
        tail = title[-30:].lower()
        if not any(word in tail for word in _SERIES_WORDS):
            return
        m = _SERIES_TAIL_RE.search(title)
        if m is None or m.start() < 2:
            return
        item["title"] = title[: m.start()]
        if item.get("title-short") == title:
            item["title-short"] = item["title"]
        item["collection-title"] = m["series"]
        if m["number"]:
            item["collection-number"] = m["number"]
