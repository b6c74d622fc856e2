"""A note in Chinese, Japanese or Korean script: "王汎森：《中國近代思想與學術的系譜》，台北：聯經，2003年，頁45。".

Notes written in CJK script put no spaces between words, so the tokenizer sees one long token and the
tagger (trained on Latin-script references) reads it as a URL.  The shapes are marked by the script's
own brackets instead: a book's title in 《》 (Chinese) or 『』 (Japanese), an article's or chapter's in 〈〉
or 「」 before the journal's or book's 《》/『』; the imprint "台北：聯經出版公司，2003年" or
"東京大学出版会、1952年"; the volume and issue "第12卷第3期", "12巻3号"; the page "頁45", "页45", "45頁".
Back-references: 同上 / 同前 / 同右 (ibid.), 前引書 / 前揭書 / 前掲書 / 上揭 (op. cit., after the author).
The step reads the whole text when it opens with a CJK character; authors stay whole as ``literal``
names (a family name may have one character or two, and the notes write none apart), an editor is
marked by 編/编/主編 after the name.  The item's ``language`` is ``ja`` when kana occur, ``ko`` for
Hangul, else ``zh``.  Anything else leaves the entry as the tagger read it.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import squash
from citekit.normalize.base import Context, ItemState, Normalizer

#: the page cited: "頁45", "页45-47", "45頁", "p. 45", "pp. 45-47"
_PAGE = r"(?:[頁页]\s?(?P<p1>\d+(?:[-–~～]\d+)?)|(?P<p2>\d+(?:[-–~～]\d+)?)\s?(?:頁|쪽|면)|pp?\.\s?(?P<p3>\d+(?:[-–]\d+)?))"
#: a Korean lead-in ("참고:", "참조:" -- see), kept as the prefix
_KOREAN_SIGNAL_RE = lazy_compile(r"^(?P<signal>참고|참조|보라)\s?[:：]?\s+")
#: the author (and an editor's or translator's mark) before the first title bracket
_AUTHOR = r"(?P<author>[^《『〈「，,：:、。（(\s][^《『〈「，,：:、。（(]{0,24}?)\s?(?P<role>主編|主编|編著|编著|編|编|譯|译|訳|著)?"
_SEP = r"[，,、：:\s]*"
_BOOK_RE = lazy_compile(
    rf"^(?:{_AUTHOR}{_SEP})?(?:[〈「](?P<part>[^〉」]+)[〉」]{_SEP}(?:(?:收入|收於|載於|所收|in)\s?)?)?"
    r"[《『](?P<title>[^》』]+)[》』]"
    r"(?P<rest>.*)$"
)
#: the imprint: "台北：聯經出版公司，2003年", "（台北：時報文化，1982）", "東京大学出版会、1952年"
_IMPRINT_RE = lazy_compile(
    r"(?:(?P<place>[^\d，,、：:（）()。]{1,12})[：:]\s?)?(?P<publisher>[^\d，,、：:（）()。]{2,30}?)[，,、]\s?"
    r"(?P<year>(?:1[5-9]|20)\d\d)\s?年?"
)
#: a journal's volume and issue: "第12卷第3期", "12巻3号", "第12輯"
_VOLUME_RE = lazy_compile(
    r"第?(?P<volume>\d{1,4})\s?[卷巻輯辑](?:\s?第?(?P<issue>\d{1,4})\s?[期号號])?|第(?P<issue_only>\d{1,4})\s?[期号號]"
)
_YEAR_RE = lazy_compile(r"(?<!\d)(?P<year>(?:1[5-9]|20)\d\d)\s?年?(?!\d)")
_PAGE_RE = lazy_compile(_PAGE)
#: the words of the back-references (one vocabulary: the extraction classifier reads them too)
IBID_WORDS = r"(?:同上|同前|同右|上同)"
OPCIT_WORDS = r"(?:前引|前揭|前掲|上揭|上掲)(?:書|书|文|論文|论文)?"
#: the brackets that hold a work's or a part's title
TITLE_BRACKETS = "《『〈「"
_IBID_RE = lazy_compile("^" + IBID_WORDS + r"(?:書|书|註|注|文)?[，,、\s]*(?:" + _PAGE + r")?[。.]?$")
_OPCIT_RE = lazy_compile(
    r"^(?:(?P<author>[^，,、：:。《『〈「]{1,24}?)[，,、：:\s]*)?" + OPCIT_WORDS
    + r"[，,、\s]*(?:" + _PAGE + r")?[。.]?$"
)
_KANA_RE = lazy_compile("[\u3040-\u30ff]")
_HANGUL_RE = lazy_compile("[\uac00-\ud7af]")
#: the labels whose text is no part of the citation's shape
_OUTSIDE = ("signal", "punct")


def is_cjk(ch: str) -> bool:
    """Is ``ch`` kana, a CJK ideograph or a Hangul syllable?"""
    return "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\u3400" <= ch <= "\u4dbf"


def _page(m: re.Match[str]) -> str | None:
    value = m["p1"] or m["p2"] or m["p3"]
    return value.replace("–", "-").replace("~", "-").replace("～", "-") if value else None


def cited_page(text: str) -> tuple[str, int] | None:
    """The last page a CJK note cites ("頁45", "45頁", "45쪽") and where it stands, or None."""
    pages = list(_PAGE_RE.finditer(text))
    page = _page(pages[-1]) if pages else None
    return (page, pages[-1].start()) if page is not None else None


def _language(text: str) -> str:
    # (『』 marks a Japanese title even where the words are all kanji: "丸山眞男『日本政治思想史研究』")
    return "ja" if _KANA_RE.search(text) or "『" in text else "ko" if _HANGUL_RE.search(text) else "zh"


class CjkCitation(Normalizer):
    """A note in CJK script -> its author, title, container, imprint, volume and issue; the page as the
    locator; 同上 as ibid., 前引書 as op. cit."""

    name: ClassVar[str] = "cjk-citation"
    code: ClassVar[str] = "P159"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "author", "editor", "translator", "title", "title-short", "container-title", "publisher",
        "publisher-place", "issued", "volume", "issue", "page", "language", "URL", "note", "kind", "locator",
        "label", "prefix",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if not sequence:
            return
        label, head = sequence[0]
        if label in _OUTSIDE and len(sequence) > 1:
            head = sequence[1][1]
        if not head or not is_cjk(head.lstrip()[:1]):
            return  # (almost every reference: it opens with no CJK character)
        text = squash(" ".join(t for lab, t in sequence if lab not in _OUTSIDE)).strip()
        if (signal := _KOREAN_SIGNAL_RE.match(text)) is not None:
            state.prefix, text = signal["signal"], text[signal.end():]
        if (m := _IBID_RE.match(text)) is not None:
            state.item = {}
            state.kind = "ibid"
            self._locate(state, m)
        elif (m := _OPCIT_RE.match(text)) is not None:
            state.item = {"author": [{"literal": m["author"].strip()}]} if m["author"] else {}
            state.kind = "op-cit"
            self._locate(state, m)
        elif (m := _BOOK_RE.match(text)) is not None:
            self._work(state, m, text)

    @staticmethod
    def _locate(state: ItemState, m: re.Match[str]) -> None:
        page = _page(m)
        state.locator, state.label = (page, "page") if page else (None, None)

    def _work(self, state: ItemState, m: re.Match[str], text: str) -> None:
        item: dict[str, Any] = {"language": _language(text)}
        rest = m["rest"]
        if m["author"]:
            role = {"編": "editor", "编": "editor", "主編": "editor", "主编": "editor", "編著": "editor",
                    "编著": "editor", "譯": "translator", "译": "translator", "訳": "translator"}.get(m["role"] or "",
                                                                                                 "author")
            item[role] = [{"literal": m["author"].strip()}]
        if m["part"]:
            item["title"] = m["part"].strip()
            item["container-title"] = m["title"].strip()
        else:
            item["title"] = m["title"].strip()
        imprint = _IMPRINT_RE.search(rest)
        volume = _VOLUME_RE.search(rest)
        year = imprint["year"] if imprint else (y["year"] if (y := _YEAR_RE.search(rest)) else None)
        if imprint:
            if imprint["place"]:
                item["publisher-place"] = imprint["place"].strip(" （(")
            item["publisher"] = imprint["publisher"].strip(" （(")
        if volume:
            if volume["volume"]:
                item["volume"] = volume["volume"]
            if volume["issue"] or volume["issue_only"]:
                item["issue"] = volume["issue"] or volume["issue_only"]
        if year:
            item["issued"] = {"date-parts": [[int(year)]]}
        pages = list(_PAGE_RE.finditer(rest))
        # a part of a book with an imprint is a chapter, of a journal (no imprint) an article
        kind = ("chapter" if imprint else "article-journal") if m["part"] else "book"
        state.item = {"type": kind, **item}
        state.kind = "full"
        state.locator = state.label = None
        if not pages:
            return
        first = _page(pages[0])
        if m["part"] and len(pages) >= 2:
            # the article's or chapter's own range, then the page cited
            state.item["page"] = first
            state.locator, state.label = _page(pages[-1]), "page"
        elif m["part"] and first and "-" in first:
            state.item["page"] = first  # a part's own range alone: no page cited
        else:
            state.locator, state.label = _page(pages[-1]), "page"
