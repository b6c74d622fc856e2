"""An imprint dated by an era's year with the Western year in brackets: "(Nanjing: Hu Chenglong, Wanli 21
[1593])", "(Tokyo: Hakubunsha, Meiji 11 [1878])", "(Kyoto, Genroku 5 [1692])".

Old Chinese, Japanese and Korean books are dated by the reign or era (``data/east_asian_eras.txt``); notes add
the Western year.  The tagger takes the era's name for the end of the publisher or of the title and the era's
year for a volume.  The step reads the imprint from the whole text: the place, the publisher, the Western year
(the item's ``issued``); the title loses an imprint it swallowed.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._romanized import east_asian_eras
from citekit.normalize._text import whole_text
from citekit.normalize.base import Context, ItemState, Normalizer

#: "(Place: Publisher, Era N [YYYY])" or "(Place, Era N [YYYY])"
_ERA_IMPRINT_RE = lazy_compile(
    r"\((?P<place>[A-Z][^():,\[\]]{1,30}?)(?::\s(?P<publisher>[^():\[\]]{2,60}?))?,\s"
    r"(?P<era>[A-Z][\w'’-]{2,11})\s\d{1,2}\s?\[(?P<year>1[0-9]\d\d)\]\)"
)


class EraImprint(Normalizer):
    """"(Nanjing: Hu Chenglong, Wanli 21 [1593])" -> place Nanjing, publisher Hu Chenglong, issued 1593."""

    name: ClassVar[str] = "era-imprint"
    code: ClassVar[str] = "P184"
    keys: ClassVar[tuple[str, ...]] = ("title", "publisher", "publisher-place", "issued", "volume")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        full = whole_text(state.sequence, state.derived)
        # pre-test: a bracketed year inside round brackets
        if "])" not in full:
            return
        m = _ERA_IMPRINT_RE.search(full)
        if m is None or m["era"] not in east_asian_eras():
            return
        item = state.item
        item["publisher-place"] = m["place"].strip()
        if m["publisher"]:
            item["publisher"] = m["publisher"].strip()
        item["issued"] = {"date-parts": [[int(m["year"])]]}
        title = item.get("title")
        if isinstance(title, str) and (cut := title.find(f" ({m['place']}")) > 0:
            item["title"] = title[:cut].rstrip(" ,")
        volume = item.get("volume")
        if isinstance(volume, str) and m[0].find(f" {volume} [") > 0:
            del item["volume"]  # (the era's year read as a volume)
