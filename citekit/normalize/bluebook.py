"""Bluebook books: the number before the bracketed year is the page cited.

American legal writing cites a book as "Ronald Dworkin, Law's Empire 45
(1986)" or, in small capitals, "BARRY NICHOLAS, AN INTRODUCTION TO ROMAN LAW
57 (1962)": title, pinpoint page, then edition and year in brackets.  A
tagger trained on journal references reads the number as a volume (and the
title as the journal, since a journal's volume comes in the same place in
German notes: "ZRG 45 (1928), S. 12").  This step reads the shape back as a
book with its locator when the reference has nothing else (no pages after
the year, no second container) and, where the tagger made the title a
container, the "journal" reads as a book title: English words ("Law's
Empire", "The Worker and the Law") or capitals ("LORD MANSFIELD"), never a
periodical's word ("Toronto Law Journal") nor a German title ("Soziale
Systeme 18 (2021)" stays a journal volume).
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import expand_dashed_range, squash
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import SERIAL_WORDS_RE, clean_title, put_title

#: "57", "12–14", "12–14, 20", "*45": the pages cited
_PINPOINT = r"\*?\d{1,5}(?:\s?[-–]\s?\d{1,5})?(?:,\s?\*?\d{1,5}(?:\s?[-–]\s?\d{1,5})?)*"
_PINPOINT_RE = lazy_compile(rf"^{_PINPOINT}[,.]?$")
#: a four-digit number in the "pinpoint" is a year ("Industrial City, 1870–1920"), not a page
_YEAR_RE = lazy_compile(r"(?<!\d)(?:1\d|20)\d\d(?!\d)")
#: quotation marks in the title: a journal named in quotes inside it ("…, “L’impresa”, 5 (1988)")
_QUOTED = frozenset("“”«»„\"")
#: "… ANCIENT LAW 94": the pinpoint rode at the end of the title span
_TITLE_PINPOINT_RE = lazy_compile(rf"\s(?P<pin>{_PINPOINT})$")
#: the bracket after the pinpoint: "(1962)", "(2d ed. 1994)", "(Wilfrid Prest ed., 2009)",
#: "(J. Smith trans., 1990)", "(photo. reprint 1998)"; a place or publisher in it ("(Paris, 1892)",
#: "(New York: Norton, 1977)") makes it a Chicago imprint, after which a number is the title's
_BRACKET_YEAR_RE = lazy_compile(
    r"^\((?:[^():]*\b(?:eds?|trans|rev|reprint|printing|prtg)\.?,?\s)?(?:1[5-9]|20)\d\d\)[.,;]?$"
)
#: words that make a "container" an English book title rather than a periodical
_ENGLISH_WORDS = frozenset({"the", "of", "and", "to", "on", "for", "a", "an", "with", "from"})
_SCORED = frozenset({"title", "container-title", "volume", "locator", "pages", "date", "edition", "publisher",
                     "location", "author", "editor", "signal"})


class BluebookBook(Normalizer):
    """"Title 57 (1962)": ``volume`` -> ``locator``, and a book-like "container" -> ``title``."""

    name: ClassVar[str] = "bluebook"
    code: ClassVar[str] = "P118"
    keys: ClassVar[tuple[str, ...]] = (
        "title", "title-short", "container-title", "volume", "locator", "label", "page",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"date"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        spans = state.spans
        dates = spans.get("date")
        if not dates or ")" not in dates[-1] or "issue" in spans or state.locator is not None:
            return  # the shape ends in the bracketed year: most references stop here
        if "pages" in spans:
            if "container-title" in spans:
                _chapter_first_page(state)
            return
        last = next((text for label, text in reversed(state.sequence) if label in _SCORED), "")
        if not last.rstrip(" .,;").endswith(")"):
            return
        if any(not _QUOTED.isdisjoint(text) for text in state.spans.get("title", ())):
            return
        fields = [(label, squash(text)) for label, text in state.sequence if label in _SCORED]
        bracket = _bracket_start(fields)
        if bracket is None or bracket < 2:
            return
        label, text = fields[bracket - 1]
        item = state.item
        if label == "title" and len(state.spans.get("title", ())) == 1 and "container-title" not in item:
            m = _TITLE_PINPOINT_RE.search(text.rstrip(" ,"))
            if m and m.start() > 0 and not _YEAR_RE.search(m["pin"]):
                self._book(state, text.rstrip(" ,")[: m.start()], m["pin"])
            return
        if label not in ("volume", "locator") or not _PINPOINT_RE.match(text) or _YEAR_RE.search(text):
            return
        before, work = fields[bracket - 2]
        if before == "title" and "container-title" not in item and len(state.spans.get("title", ())) == 1:
            self._book(state, work, text)
        elif (
            before == "container-title"
            and "title" not in item
            and len(state.spans.get("container-title", ())) == 1
            and _reads_as_book_title(work)
        ):
            item.pop("container-title", None)
            self._book(state, work, text)

    @staticmethod
    def _book(state: ItemState, title: str, pinpoint: str) -> None:
        item = state.item
        item.pop("volume", None)
        title = clean_title(title)
        if not title:
            return
        put_title(item, title)
        state.locator, state.label = expand_dashed_range(pinpoint.strip(" ,.").lstrip("*")), "page"


#: the chapter's first page riding at the end of its book's title: "in BLACKSTONE AND HIS COMMENTARIES 111"
_CONTAINER_FIRST_PAGE_RE = lazy_compile(r"\s(?P<first>\d{1,5})$")


def _chapter_first_page(state: ItemState) -> None:
    """"…, in BLACKSTONE AND HIS COMMENTARIES 111, 125 (Wilfrid Prest ed., 2009)": a chapter's first page
    (tagged with its book) and the page cited (tagged as the pages), before the bracket with the year."""
    item = state.item
    container = str(item.get("container-title") or "")
    pages = state.spans["pages"]
    m = _CONTAINER_FIRST_PAGE_RE.search(container)
    if m is None or len(pages) != 1 or len(state.spans["container-title"]) != 1:
        return
    pin = squash(pages[0]).strip(" ,.;")
    if not _PINPOINT_RE.match(pin) or str(item.get("page") or "") != expand_dashed_range(pin):
        return
    fields = [(label, squash(text)) for label, text in state.sequence if label in _SCORED]
    bracket = _bracket_start(fields)
    if bracket is None or fields[bracket - 1][0] != "pages" or _YEAR_RE.search(m["first"]):
        return
    item["container-title"] = container[: m.start()].rstrip(" ,")
    item["page"] = m["first"]
    state.locator, state.label = expand_dashed_range(pin), "page"


def _bracket_start(fields: list[tuple[str, str]]) -> int | None:
    """Index of the span that opens the closing bracket with the year, when nothing follows it."""
    end = len(fields) - 1
    if end < 0 or not fields[end][1].rstrip(".,;").endswith(")"):
        return None
    for i in range(end, max(end - 3, -1), -1):
        if fields[i][1].startswith("("):
            joined = " ".join(text for _, text in fields[i:])
            return i if _BRACKET_YEAR_RE.match(joined) else None
    return None


def _reads_as_book_title(text: str) -> bool:
    """"Law's Empire", "The Worker and the Law", "LORD MANSFIELD": a book; "Albion", "ZRG" not."""
    text = text.strip(" ,.;:")
    words = text.split()
    if len(words) < 2 or SERIAL_WORDS_RE.search(text) or any(c.isdigit() or c in ".,;" for c in text):
        return False  # (periods, commas and digits belong to abbreviated journals and citations)
    if all(word.isupper() and len(word.strip(".,:")) > 1 for word in words):
        return True  # small capitals, as Bluebook sets book titles (an acronym has no space)
    return any(word.lower() in _ENGLISH_WORDS or word.endswith(("'s", "’s")) for word in words)
