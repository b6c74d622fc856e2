"""A Chinese, Japanese or Korean newspaper cited by its romanised title, the day and the page: "Shenbao 申報,
Guangxu 8/3/12 (April 29, 1882), 1", "Tōkyō nichinichi shinbun, 5 September 1923, 2", "Tonga ilbo, March 3,
1925, 2".

The title is known for a newspaper's by its last word ("shinbun", "shinpō", "bao", "ribao", "ilbo", "sinmun",
or 報 / 新聞 in its characters); the date may be an era date with the Western date in brackets, which is the
one kept.  The tagger reads such a note as a book with the title as its author, so the step reads the whole
text; anything else in it leaves the note as it was.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._romanized import era_date
from citekit.normalize._text import whole_text
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables
from citekit.normalize.date import parse_date

#: the last word of a newspaper's romanised title (Japanese, Chinese in pinyin and Wade-Giles, Korean)
_PAPER_WORDS = frozenset(
    "shinbun shimbun shinpō shimpō shinpo nippō nippo bao pao ribao jih-pao shibao wanbao huabao zhoubao "
    "ilbo sinmun sinbo shinbo".split()
)
#: "Title[ 漢字][ (City)], date[ (Western date)], [p. ]page"
_NEWSPAPER_RE = lazy_compile(
    r"^(?P<paper>[A-Z][^,()\d]{2,60}?(?:\s\([A-Z][^,()\d]{2,20}\))?),\s(?P<date>[^,()]{4,30}(?:,\s\d{4})?(?:\s\([^()]{4,24}\))?),\s"
    r"(?:p\.\s?)?(?P<page>\d{1,3})\.?$"
)
_READ_BEFORE = (
    "author", "title", "title-short", "container-title", "publisher", "publisher-place", "volume", "issue", "page",
    "number", "issued", "genre", "note", "editor", "collection-title",
)


def newspaper_title(title: str) -> bool:
    """Does ``title`` end in a newspaper's word ("… shinbun", "Shenbao", "Dong-a ilbo") or hold 報 or 新聞?"""
    if "報" in title or "新聞" in title or "报" in title:
        return True
    last = title.split()[-1].lower() if title.split() else ""
    if not last.isalpha() and "-" not in last:
        last = "".join(ch for ch in last if ch.isalpha() or ch == "-")
    return last in _PAPER_WORDS or (len(last) > 4 and last.endswith("bao")) or last.endswith("-pao")


class EastAsianNewspaper(Normalizer):
    """"Shenbao 申報, Guangxu 8/3/12 (April 29, 1882), 1" -> an ``article-newspaper`` of 1882-04-29, page 1 cited."""

    name: ClassVar[str] = "east-asian-newspaper"
    code: ClassVar[str] = "P183"
    keys: ClassVar[tuple[str, ...]] = ("type", *_READ_BEFORE, "kind", "locator", "label")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        if "type" in state.item or state.kind != "full":
            return
        full = whole_text(state.sequence, state.derived)
        # pre-test: a short note closing on a page number, with a newspaper's word or character in it
        if len(full) > 120 or not full.rstrip(".")[-1:].isdigit() or not (
            "bao" in full or "pao" in full or "shinbun" in full or "shimbun" in full or "ilbo" in full
            or "sinmun" in full or "shinp" in full or "shimp" in full or "nipp" in full or "報" in full
        ):
            return
        m = _NEWSPAPER_RE.match(full)
        if m is None or not newspaper_title(m["paper"].split(" (", 1)[0]):
            return
        date_text = m["date"]
        era = era_date(date_text)
        if era is not None:
            if era[1] is None:
                return
            date_text = era[1]
        issued = parse_date(date_text)
        if issued is None or "date-parts" not in issued:
            return
        drop_variables(state.item, _READ_BEFORE)
        state.item = {"type": "article-newspaper", **state.item, "container-title": m["paper"], "issued": issued}
        state.locator, state.label = m["page"], "page"
