"""A debate in the United States Congress by its record, Congress and session: "Congressional Globe, 39th Cong.,
1st sess., 1866, 474", "Congressional Record, 81st Cong., 2d sess., 1950, 96, pt. 2: 1954", "Annals of Congress,
1st Cong., 1st sess., 448", and as lawyers write it, "Cong. Globe, 36th Cong., 1st Sess. 1520 (1860)",
"118 Cong. Rec. 9,412 (1972) (statement of Sen. Ervin)".

The record (the Annals of Congress, the Register of Debates, the Congressional Globe, the Congressional Record)
is cited like a periodical without an article's title: the Congress and session, the year, the volume (and its
part), the page.  The tagger reads "Cong." as an author, the session as a title, the part and the page as one
locator, "9,412" as a page and an issue.  The shape is fixed, so the step reads the whole text: a ``bill`` (the
type Zotero and CSL processors give the record's debates) with the record as ``container-title``, the Congress
and session as ``chapter-number`` (where Zotero keeps the session), the year (``issued``), the ``volume``, the
part (``custom.part``, CSL having no variable for it) and the page cited as the locator (label ``page``; the
Bluebook's "118 Cong. Rec. 9,412" gives the ``page``, as its statutes and cases do, and a pinpoint after it the
locator); a speaker named in brackets after a
Bluebook cite goes to ``note``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import expand_dashed_range, squash
from citekit.normalize.base import Context, ItemState, Normalizer

_RECORD = (
    r"(?:Congressional\sGlobe|Cong\.\sGlobe|Congressional\sRecord|Cong\.\sRec\.|Annals\sof\s(?:the\s)?Congress|"
    r"Register\sof\sDebates(?:\sin\sCongress)?|Reg\.\sDeb\.)"
)
_SESSION = r"\d{1,3}(?:st|nd|rd|th|d)\sCong(?:\.|ress),\s\d(?:st|nd|rd|th|d)\s[Ss]ess(?:\.|ion)"
_PAGE = r"\d{1,2},\d{3}|\d{1,5}(?:\s?[–-]\s?\d{1,5})?"
#: Chicago's "Record, 39th Cong., 1st sess., 1866, 96, pt. 2: 474" and the Bluebook's "Record, 36th Cong., 1st
#: Sess. 1520 (1860)"
_CHICAGO_RE = lazy_compile(
    rf"^(?P<record>{_RECORD}),\s(?P<session>{_SESSION})"
    r"(?:"
    rf"\s(?P<bpage>{_PAGE})(?:,\s(?P<bpin>{_PAGE}))?\s\((?P<byear>1[789]\d\d|20\d\d)\)"
    r"|"
    r"(?:,\s(?P<year>1[789]\d\d|20\d\d)(?:[–-]\d{2,4})?)?(?:,\s(?:vol\.\s)?(?P<volume>\d{1,3}))?"
    rf"(?:,\s(?:pt\.|part)\s(?P<part>\d{{1,2}}))?[,:]\s(?:p\.\s|col\.\s)?(?P<page>{_PAGE})"
    rf"(?:\s\((?P<pyear>1[789]\d\d)\))?"
    r")"
    r"(?:\s\((?P<note>[^()]{3,80})\))?\.?$"
)
#: the Bluebook's "118 Cong. Rec. 9,412 (1972)": the volume first
_BLUEBOOK_RE = lazy_compile(
    rf"^(?P<volume>\d{{1,3}})\s(?P<record>Cong\.\sRec\.|Cong\.\sGlobe)\s(?P<page>{_PAGE})(?:,\s(?P<pin>{_PAGE}))?"
    r"\s\((?:daily\sed\.\s)?(?:[A-Z][a-z]{2,4}\.?\s\d{1,2},\s)?(?P<year>1[789]\d\d|20\d\d)\)"
    r"(?:\s\((?P<note>[^()]{3,80})\))?\.?$"
)
_OUTSIDE = ("signal",)


def _page(text: str) -> str:
    """"9,412" -> "9412"; a range expanded."""
    return expand_dashed_range(text.replace(",", "")) if "," in text else expand_dashed_range(text)


class CongressDebate(Normalizer):
    """"Congressional Globe, 39th Cong., 1st sess., 1866, 474" -> a ``bill`` in the record, with its session, year,
    volume and the page cited."""

    name: ClassVar[str] = "congress-debate"
    code: ClassVar[str] = "P211"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "title", "title-short", "author", "container-title", "collection-title", "chapter-number", "issued",
        "volume", "issue", "page", "custom", "note", "kind", "locator", "label",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if not sequence or len(sequence) > 12:
            return
        # pre-test: the record's name in the first spans
        head = " ".join(text for _, text in sequence[:3])
        if "Cong" not in head and "Annals" not in head and "Register" not in head and "Reg. Deb" not in head:
            return
        text = squash(" ".join(span.strip() for label, span in sequence if label not in _OUTSIDE)).strip()
        item: dict[str, Any] = {"type": "bill"}
        locator: str | None
        m = _CHICAGO_RE.match(text)
        if m is not None:
            item["container-title"] = m["record"]
            item["chapter-number"] = m["session"]
            year = m["byear"] or m["year"] or m["pyear"]
            if year:
                item["issued"] = {"date-parts": [[int(year)]]}
            if m["volume"]:
                item["volume"] = m["volume"]
            if m["part"]:
                item["custom"] = {"part": m["part"]}
            if m["bpin"]:
                item["page"] = _page(m["bpage"])
                locator = _page(m["bpin"])
            elif m["bpage"]:
                locator = _page(m["bpage"])
            else:
                locator = _page(m["page"])
        else:
            m = _BLUEBOOK_RE.match(text)
            if m is None:
                return
            item["container-title"] = m["record"]
            item["issued"] = {"date-parts": [[int(m["year"])]]}
            item["volume"] = m["volume"]
            item["page"] = _page(m["page"])
            locator = _page(m["pin"]) if m["pin"] else None
        if m["note"]:
            item["note"] = m["note"]
        state.item = item
        state.kind = "full"
        state.locator, state.label = (locator, "page") if locator else (None, None)
