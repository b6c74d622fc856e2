"""A note written in Hebrew script: "יצחק בער, תולדות היהודים בספרד הנוצרית (תל אביב: עם עובד, 1959), עמ' 112.",
"משה רוסמן, "על נשים ומשפחה", ציון 68 (2003), עמ' 24.", "שם, עמ' 45.", "האנציקלופדיה העברית, כרך יז, ערך 'חסידות'.".

The tagger, trained on Latin-script references, reads such a note as one title or one author.  The shapes are
those of the English notes, with Hebrew labels: "עמ'" (page, also "עמ׳", "עמודים"), "כרך" (volume), "ערך"
(an encyclopaedia's entry, label ``sub-verbo``), "שם" (ibid.), "בתוך" (in), "ראו" / "ראה" / "השוו" (see, cf.:
the prefix).  A book "Author, Title[, כרך V] (Place: Publisher, Year)" is a ``book``, without its imprint a
short form; a quoted title before a journal's name, its volume and year is an ``article-journal``.  The volume
keeps its Hebrew numeral as written ("כרך א"); a year in Hebrew letters ("תשי"ט") stays a ``literal`` date.
The item's ``language`` is ``yi`` when Yiddish spelling shows (its digraphs and pointed letters, "פון"),
else ``he``.  Anything else leaves the entry as the tagger read it.
"""

from __future__ import annotations

from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_names
from citekit.normalize._text import hyphen_range, squash
from citekit.normalize.base import Context, ItemState, Normalizer

_Q = "\"“”״„'׳‘’"
#: the quotation marks proper (a name or a title may hold a gershayim or a geresh: "כ״ץ", "תנ״ך")
_QQ = "\"“”„"
#: the pinpoint: a page or pages, a folio ("דף 12א"), a paragraph
_PIN_RE = lazy_compile(
    r"^(?:(?:עמ['׳’]|עמוד|עמודים)\s?(?P<page>\d+(?:\s?[-–]\s?\d+)?)"
    r"|דף\s(?P<folio>[\dא-ת]+\s?(?:ע[\"״]?[אב]|[אב]))|סעיף\s(?P<section>[\dא-ת'׳\"״]+))\.?$"
)
#: a volume: "כרך א", "כרך 2", "כר' ב"
_VOLUME = r"(?:כרך|כר['׳])\s(?P<volume>[\dא-ת]{1,4}['׳]?)"
_IMPRINT = r"\((?:(?P<place>[^:()]{2,30}):\s?)?(?P<publisher>[^,()]{1,60}?),\s(?P<year>[^(),]{2,12})\)"
_BOOK_RE = lazy_compile(
    rf"^(?:(?P<author>[^,{_QQ}()]{{2,50}}),\s)?(?P<title>[^{_QQ}(),]{{2,150}}?)(?:,\s{_VOLUME})?"
    rf"(?:,?\s{_IMPRINT})?(?:,\s(?P<pin>[^,]+))?$"
)
_ARTICLE_RE = lazy_compile(
    rf"^(?P<author>[^,{_QQ}()]{{2,50}}),\s[{_Q}](?P<title>[^\"“”״„]{{2,200}}?)[{_Q}]?,?\s"
    r"(?:(?:בתוך|בספר):?\s(?P<book>[^()]{2,150}?),?\s" + _IMPRINT +
    r"|(?P<journal>[^\d(),]{2,60}?)\s(?P<jvolume>[\dא-ת]{1,5}['׳\"״]?[\dא-ת]?)\s\((?P<jyear>[^()]{2,12})\))"
    r"(?:,\s(?P<pin>[^,]+))?$"
)
_ENTRY_RE = lazy_compile(
    rf"^(?P<title>[^,{_Q}()]{{2,80}}),\s(?:{_VOLUME},\s)?(?:ערך|ע['׳]\s?)\s?[{_Q}]?(?P<entry>[^{_Q},]{{1,60}}?)[{_Q}]?$"
)
_IBID_RE = lazy_compile(rf"^שם(?:\sשם)?(?:,\s{_VOLUME})?(?:,\s(?P<pin>[^,]+))?$")
#: a year in digits (or two, "1926–1929")
_YEAR_RE = lazy_compile(r"^(?P<first>1[5-9]\d\d|20\d\d)(?:\s?[-–]\s?(?P<last>1[5-9]\d\d|20\d\d))?$")
#: a space the join put before punctuation the tagger labelled apart
_SPACE_BEFORE_PUNCT_RE = lazy_compile(r"\s+([,.;:)])")
#: the marks of Yiddish spelling
_YIDDISH_MARKS = ("ײ", "ױ", "װ", "פֿ", "אַ", "אָ", "ייִ", " פון ", " און ", " דער ")


def _issued(year: str) -> dict[str, Any]:
    m = _YEAR_RE.match(year.strip())
    if m is None:
        return {"literal": year.strip()}
    parts = [[int(m["first"])]]
    if m["last"]:
        parts.append([int(m["last"])])
    return {"date-parts": parts}


def _pin(pin: str | None) -> tuple[str, str] | None:
    if not pin:
        return None
    m = _PIN_RE.match(pin.strip())
    if m is None:
        return None
    if m["page"]:
        return hyphen_range(m["page"]), "page"
    if m["folio"]:
        return m["folio"], "folio"
    return m["section"], "section"


def _closed(span: str) -> str:
    """A span that opens a quoted title whose closing quote the tagger left out, closed again."""
    opened = span.lstrip()
    if opened[:1] in _Q and not any(ch in _Q for ch in opened[1:]):
        return f"{opened.rstrip(' ,')}\","
    return span


def _is_hebrew(ch: str) -> bool:
    return "\u0590" <= ch <= "\u05ff"


class HebrewNote(Normalizer):
    """A note in Hebrew script -> its book, article, encyclopaedia entry or ibid., read from the whole text."""

    name: ClassVar[str] = "hebrew-note"
    code: ClassVar[str] = "P191"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "author", "editor", "translator", "title", "title-short", "container-title", "volume", "issue",
        "page", "publisher", "publisher-place", "issued", "language", "kind", "locator", "label", "prefix",
        "collection-title", "collection-number", "number-of-volumes", "edition",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        # pre-test: the reference opens with a Hebrew letter
        first = next((text.lstrip() for label, text in sequence if label != "punct" and text.strip()), "")
        if not first or not _is_hebrew(first[0]):
            return
        text = _SPACE_BEFORE_PUNCT_RE.sub(r"\1", squash(" ".join(_closed(text) for _, text in sequence)))
        text = text.strip().rstrip(".;")
        if len(text) > 400:
            return
        # (imported here: the parser's package imports this one)
        from citekit.parser.signals import leading_signal

        prefix = None
        if start := leading_signal(text):  # ("ראו", "השוו": the shared list of signals, data/signals_hebrew.txt)
            prefix, text = text[:start].rstrip(" :,"), text[start:]
        language = "yi" if any(mark in f" {text} " for mark in _YIDDISH_MARKS) else "he"
        if (m := _IBID_RE.match(text)) is not None:
            pin = _pin(m["pin"])
            if m["pin"] and pin is None:
                return
            state.item = {"type": "document"}
            state.kind = "ibid"
            state.locator, state.label = pin if pin else (None, None)
            if m["volume"]:
                state.item["volume"] = m["volume"]
        elif (m := _ENTRY_RE.match(text)) is not None:
            state.item = {"type": "entry-encyclopedia", "title": m["title"].strip()}
            if m["volume"]:
                state.item["volume"] = m["volume"]
            state.kind = "full"
            state.locator, state.label = m["entry"].strip(), "sub-verbo"
        elif (m := _ARTICLE_RE.match(text)) is not None:
            self._article(state, m)
        elif (m := _BOOK_RE.match(text)) is not None:
            if not self._book(state, m):
                return
        else:
            return
        if state.kind != "ibid":
            state.item["language"] = language
        if prefix:
            state.prefix = prefix

    @staticmethod
    def _book(state: ItemState, m: Any) -> bool:
        pin = _pin(m["pin"])
        if m["pin"] and pin is None:
            return False
        if not m["author"] or not (m["year"] or pin):
            return False  # (a title alone, or a title and something unread: not this step's)
        authors, _ = parse_names(m["author"])
        if not authors:
            return False
        item: dict[str, Any] = {"type": "book", "author": authors, "title": m["title"].strip()}
        if m["volume"]:
            item["volume"] = m["volume"]
        if m["place"]:
            item["publisher-place"] = m["place"].strip()
        if m["publisher"]:
            item["publisher"] = m["publisher"].strip()
        if m["year"]:
            item["issued"] = _issued(m["year"])
        state.item = item
        state.kind = "full" if m["year"] or m["volume"] else "short"
        state.locator, state.label = pin if pin else (None, None)
        return True

    @staticmethod
    def _article(state: ItemState, m: Any) -> None:
        authors, _ = parse_names(m["author"])
        item: dict[str, Any] = {"type": "chapter" if m["book"] else "article-journal", "author": authors,
                                "title": m["title"].strip()}
        if m["book"]:
            item["container-title"] = m["book"].strip()
            if m["place"]:
                item["publisher-place"] = m["place"].strip()
            item["publisher"] = m["publisher"].strip()
            item["issued"] = _issued(m["year"])
        else:
            item["container-title"] = m["journal"].strip()
            item["volume"] = m["jvolume"]
            item["issued"] = _issued(m["jyear"])
        state.item = item
        state.kind = "full"
        pin = _pin(m["pin"])
        state.locator, state.label = pin if pin else (None, None)
