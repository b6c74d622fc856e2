"""The volume, issue and edition words of Polish, Czech, Slovak, Hungarian, South Slavic and Baltic notes, which
the tagger reads as the pinpoint: "„Kwartalnik Historyczny” 1963, R. 70, nr 2, s. 321–340" (rocznik, numer),
"t. 90, z. 4" (zeszyt), "Soudobé dějiny, roč. 5, 1998, č. 1" (ročník, číslo), "Századok 105 (1971) 4. sz.
823–850" (szám), "Časopis za suvremenu povijest 33 (2001), br. 3: 691–710" (broj), "knj. 2" (knjiga), "wyd. 2",
"vyd. 2", "2. kiad." (the edition), and the pages "45. lpp." (Latvian), "lk 12" (Estonian).

The step reads the spans the tagger called a locator, pages, a volume or a journal: a volume word and its number
is the ``volume``, an issue word and its number the ``issue``, an edition word the ``edition``; the pinpoint is
then read again from the locator spans left.  A Czech or Slovak article whose journal is not in quotes ("Title,
Český časopis historický 97, 1999, č. 2, s. 301–330") has its journal read into the title: with an issue and a
page range named, the title's last part is the journal (and a number closing it the volume).
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import expand_dashed_range
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import put_title

_NUM = r"(?P<n>\d{1,4}(?:[-–/]\d{1,4})?|[IVXLC]{1,7})"
#: a volume's word: rocznik, ročník, évfolyam, godište/godina, knjiga, sējums
_VOLUME_RE = lazy_compile(rf"^(?:R|Rocz|rocz|Roč|roč|Ročník|ročník|évf|god|godište|knj|Knj|sēj)\.?\s?{_NUM}$")
_VOLUME_AFTER_RE = lazy_compile(r"^(?P<n>\d{1,4})\.\s?(?:évf|évfolyam|sēj|köt)\.?$")
#: an issue's word: numer, zeszyt, číslo, szám, broj, sešit, svezak
_ISSUE_RE = lazy_compile(rf"^(?:nr(?!\.)|(?:z|zesz|č|Č|čís|čísl|sz|br|Br|svez|zv)\.|broj|sešit)\s?{_NUM}$")
_ISSUE_AFTER_RE = lazy_compile(r"^(?P<n>\d{1,4}(?:[-–/]\d{1,4})?)\.\s?(?:sz|szám|nr)\.?(?:\s+(?P<rest>.+))?$")
#: an edition's word: wydanie, vydání, izdanje, kiadás
_EDITION_RE = lazy_compile(r"^(?:wyd|Wyd|vyd|Vyd|izd|Izd|izdanje|wydanie)\.?\s?(?P<n>\d{1,2}|[IVX]{1,4})$")
_EDITION_AFTER_RE = lazy_compile(r"^(?P<n>\d{1,2})\.\s?(?:kiad|kiadás|izd|izdanje|vyd|wyd)\.?$")
#: an issue word alone in a journal span, its number in the next span: "br." + "3:"
_LONE_ISSUE_WORD_RE = lazy_compile(r"^(?:nr|z|č|sz|br|broj)\.?$")
_LONE_ISSUE_TAIL_RE = lazy_compile(r"[.,]?\s(?:nr|z|č|sz|br|broj)\.?$")
#: the pinpoint of a locator span left: "s. 203", "str. 67", "p. 158", "45. lpp.", "lk 12", "201. o.", "12"
_PIN_RE = lazy_compile(
    # (after the article's range, a marker: Czech/Slovak "zde", Polish "tu", Hungarian "itt", South Slavic "ovdje")
    r"^(?:(?:zde|tu|itt|ovdje|ovde|here|at|hier)\s)?"
    r"(?:(?P<word>s|ss|str|p|pp|S|lk|k|l|fol)\.?\s?(?P<value>\d+(?:\s?[-–]\s?\d+)?)"
    r"|(?P<before>\d+(?:\s?[-–]\s?\d+)?)(?:\.\s?(?P<after>lpp|lp|o|old)\.?)?)$"
)
_RANGE_RE = lazy_compile(r"^\d+\s?[-–]\s?\d+$")
#: "Český časopis historický 97": the journal and its volume closing the title
_JOURNAL_VOLUME_RE = lazy_compile(r"^(?P<journal>[^\W\d_][^\d]{2,80}?)(?:\s(?P<volume>\d{1,4}))?$")
#: "…, roč.": a volume's word closing the title, its number in the volume span
_TITLE_VOLUME_WORD_RE = lazy_compile(r",\s(?:roč|R|rocz|évf|god|knj)\.?$")
#: the words a locator span may open with for the step to look at it
_HEADS = frozenset("RrnNzZčČsbBkKwWvViIgéšS0123456789")
_READ = ("locator", "pages", "volume", "container-title")
_HAS_LETTER_RE = lazy_compile(r"[^\W\d_]")


def _strip(text: str) -> str:
    return text.strip().strip(",;:").strip()


class EastCentralNumbering(Normalizer):
    """"R. 70, nr 2", "roč. 5, č. 1", "4. sz.", "br. 3", "wyd. 2", "45. lpp." -> volume, issue, edition, pinpoint."""

    name: ClassVar[str] = "east-central-numbering"
    code: ClassVar[str] = "P204"
    keys: ClassVar[tuple[str, ...]] = (
        "volume", "issue", "edition", "page", "title", "title-short", "container-title", "type", "locator", "label",
        "suffix",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"locator", "pages", "container-title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        item = state.item
        found: dict[str, str] = {}
        used: set[int] = set()
        journal_words: set[int] = set()
        tail_page: str | None = None
        last = max((i for i, (label, _) in enumerate(sequence) if label != "punct"), default=0)
        for i, (label, text) in enumerate(sequence):
            if label not in _READ:
                continue
            value = _strip(text).rstrip(".") if not text.rstrip().endswith((" o.", " lpp.")) else _strip(text)
            if not value or value[0] not in _HEADS or (value[0].isdigit() and not _HAS_LETTER_RE.search(value)):
                continue  # (a bare number or range holds no volume, issue or edition word)
            if label == "container-title":
                if _LONE_ISSUE_WORD_RE.match(value) and i + 1 < len(sequence) and sequence[i + 1][0] in ("volume", "locator"):
                    number = _strip(sequence[i + 1][1]).rstrip(".")
                    if number.isdigit():
                        found["issue"] = number
                        used.update((i, i + 1))
                continue
            m = _VOLUME_RE.match(value) or _VOLUME_AFTER_RE.match(value)
            if m is not None and label != "volume":
                found.setdefault("volume", m["n"])
                if not value.lower().startswith("knj"):
                    journal_words.add(i)
                used.add(i)
                continue
            m = _ISSUE_RE.match(value)
            if m is not None and label != "volume" and i < last:
                # (before the pages or the date: an issue; a number closing the note is a document's or a catalogue's)
                found.setdefault("issue", m["n"])
                used.add(i)
                continue
            m = _ISSUE_AFTER_RE.match(value)
            if m is not None:
                found.setdefault("issue", m["n"])
                used.add(i)
                if m["rest"]:
                    tail_page = m["rest"].strip().rstrip(".")
                continue
            m = _EDITION_RE.match(value) or _EDITION_AFTER_RE.match(value)
            if m is not None and label != "volume":
                found.setdefault("edition", m["n"])
                used.add(i)
                continue
        if not used:
            self._pages_after(state)
            return
        journal_split = self._journal_in_title(state, found, tail_page)
        if ("issue" in found or journal_words) and "container-title" not in item:
            return  # (a document's number in a book of documents, a register of an archive: no journal's)
        for key in ("volume", "issue", "edition"):
            if key in found and (key not in item or key == "issue"):
                item[key] = found[key]
        if "container-title" in item:
            tail = _LONE_ISSUE_TAIL_RE.search(str(item["container-title"]))
            if tail is not None and "issue" in found:
                item["container-title"] = str(item["container-title"])[: tail.start()]
        page = item.get("page")
        if isinstance(page, str) and page[:1].isalpha() and _ISSUE_RE.match(page) and any(
            state.sequence[i][0] == "pages" and _strip(state.sequence[i][1]).rstrip(".") == page for i in used
        ):
            # "5, č. 2–3 (1998): 243–262": the issue was read as the article's pages; the range after it is theirs
            del item["page"]
            after = [text for i, (label, text) in enumerate(state.sequence) if label == "pages" and i not in used]
            if after and _RANGE_RE.match(_strip(after[0]).rstrip(".")):
                item["page"] = expand_dashed_range(_strip(after[0]).rstrip("."))
                if state.locator == item["page"] and len(after) == 1:
                    state.locator = state.label = None  # (taken for the pinpoint while the issue held the pages)
        if tail_page is not None and "page" not in item and "container-title" in item and _RANGE_RE.match(tail_page):
            item["page"] = expand_dashed_range(tail_page)
        elif tail_page is not None and _PIN_RE.match(tail_page):
            state.locator, state.label = expand_dashed_range(tail_page), "page"
        self._pinpoint(state, used, journal_split)

    @staticmethod
    def _journal_in_title(state: ItemState, found: dict[str, str], tail_page: str | None) -> bool:
        """"Title, Český časopis historický 97" + "1999," + "č. 2," + "s. 301–330.": with an issue and the article's
        page range, the title's last part is the journal."""
        item = state.item
        if "issue" not in found or "container-title" in item or "title" not in state.spans:
            return False
        pages = state.spans.get("pages") or []
        page_range = next((p for p in pages if _RANGE_RE.match(re.sub(r"^(?:s|str|pp?)\.\s?", "", _strip(p).rstrip(".")))), None)
        if page_range is None and not (tail_page and _RANGE_RE.match(tail_page)):
            return False
        titles = [_strip(t) for t in state.spans["title"]]
        if len(titles) == 2:
            title, journal = titles
        elif len(titles) == 1:
            whole = titles[0]
            volume_word = _TITLE_VOLUME_WORD_RE.search(whole)
            if volume_word is not None:
                whole = whole[: volume_word.start()]
            if ", " not in whole:
                return False
            title, journal = whole.rsplit(", ", 1)
        else:
            return False
        title = title.strip(" ,")
        m = _JOURNAL_VOLUME_RE.match(journal.strip(" ,."))
        if m is None or not title or len(m["journal"].split()) > 6 or not m["journal"][:1].isupper():
            return False
        put_title(item, title)
        item["container-title"] = m["journal"].strip()
        if m["volume"]:
            found.setdefault("volume", m["volume"])
            if "volume" not in item:
                item["volume"] = m["volume"]
        item["type"] = "article-journal"
        if page_range is not None and "page" not in item:
            item["page"] = expand_dashed_range(re.sub(r"^(?:s|str|pp?)\.\s?", "", _strip(page_range).rstrip(".")))
        return True

    @staticmethod
    def _pinpoint(state: ItemState, used: set[int], journal_split: bool) -> None:
        """The pinpoint read again from the locator spans the numbering words left."""
        item: dict[str, Any] = state.item
        rest = [(i, text) for i, (label, text) in enumerate(state.sequence) if label == "locator" and i not in used]
        state.suffix = None
        if not rest:
            if state.locator is not None and not (state.label == "page" and item.get("page") == state.locator):
                state.locator = state.label = None
            if state.locator is not None and journal_split:
                state.locator = state.label = None
            return
        m = _PIN_RE.match(_strip(rest[-1][1]).rstrip(".") if not rest[-1][1].rstrip().endswith(("lpp.", " o.")) else _strip(rest[-1][1]))
        if m is None:
            return
        value = m["value"] or m["before"]
        word = m["word"] or ""
        state.locator = expand_dashed_range(value) if _RANGE_RE.match(value) else value
        state.label = "folio" if word in ("k", "l", "fol") else "page"

    @staticmethod
    def _pages_after(state: ItemState) -> None:
        """"45. lpp.", "lk 12", "201. o." read as a page with its label: the number alone."""
        locator = state.locator
        if locator is None or state.label != "page" or not (locator.endswith("lpp") or locator.startswith("lk ")):
            return
        m = _PIN_RE.match(locator if not locator.endswith("lpp") else locator + ".")
        if m is not None:
            value = m["value"] or m["before"]
            state.locator = expand_dashed_range(value) if _RANGE_RE.match(value) else value
