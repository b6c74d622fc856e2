"""Short citations: "Hagenloh, Stalin’s Police, p. 6ff." -> kind ``short``.

A reference that names an author and/or a title but nothing that only a full
citation carries (date, publisher, place, container, volume, issue, edition,
series, identifiers; nor the edition of a source by its siglum, which the title step found
inside the title span: "Registrum epistolarum, PL 77") repeats a work cited in full earlier; the resolver links
it.  Back-references (ibid., op. cit.) have already set their own kind.  A
page the tagger left at the end of the short title ("Hollis, Wool Trade, 45")
is the page cited.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import expand_dashed_range
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.place import names_a_place
from citekit.normalize.title import canonical_reference, put_title

_FULL_ONLY = frozenset(
    {"date", "publisher", "location", "container-title", "collection-title", "volume", "issue",
     "edition", "url", "doi", "isbn", "genre", "editor", "translator"}
)


#: the page cited riding at the end of a short title: "Wool Trade, 45", "Body of Christ, 412–14"
#: (a page of one to three digits: "…, 1848" or "…, 1150–1750" end titles with years)
#: (also "2:375": the volume and the page, kept whole as the volume step keeps them)
_TRAILING_PAGE_RE = lazy_compile(
    r",\s+(?P<page>\d{1,2}\s?:\s?\d{1,4}(?:\s*[-–]\s*\d{1,4})?|\d{1,3}(?:\s*[-–]\s*\d{1,3})?)\.?$"
)


#: the labels of a short form whose title was read as a publisher: nothing else a full citation has
_SHORT_TITLE_AS_PUBLISHER_LABELS = frozenset({"author", "publisher", "locator", "pages", "signal", "punct"})
#: the labels of an author-date citation ("Brown and Green 2004: 112–15")
_AUTHOR_DATE_LABELS = frozenset({"author", "date", "locator", "pages", "signal", "punct"})
#: what the item of an author-date citation holds ("Staudinger/Hager, BGB, Neubearb. 2017" holds more)
_AUTHOR_DATE_ITEM = frozenset({"author", "issued", "language", "custom"})
#: the year of an author-date citation, maybe with its letter and brackets: "1999:", "(1963)", "2004a,"
_CITED_YEAR_RE = lazy_compile(r"^\s*\(?(?:1[5-9]|20)\d\d[a-z]?\)?\s*[,:;.]?\s*\)?\s*$")


def _author_date(state: ItemState) -> bool:
    """An author-date citation in a note: names, a bare year, perhaps the page cited; nothing else."""
    spans = state.spans
    if "author" not in spans or not _AUTHOR_DATE_LABELS.issuperset(spans):
        return False
    dates = spans["date"]
    if len(dates) != 1 or _CITED_YEAR_RE.match(dates[0]) is None:
        return False
    # "R. v. Dudley and Stephens (1884) 14 QBD 273": a case's parties and its report, not an author-date cite
    return not any(" v. " in name or " v " in name for name in spans["author"])


def _take_trailing_page(state: ItemState) -> None:
    """"Hollis, Wool Trade, 45.": the tagger left the page inside the short title."""
    title = state.item["title"]
    if not title[-1:].isdigit() or "," not in title:
        return
    m = _TRAILING_PAGE_RE.search(title)
    if m is None or m.start() == 0:
        return
    put_title(state.item, title[: m.start()].rstrip(" ,;:"))
    state.locator, state.label = expand_dashed_range(m["page"].replace(" ", "")), "page"


#: two authors' surnames, then the short title, all read as a title: "Daston and Galison, Objectivity"
_TWO_NAMES_THEN_TITLE_RE = lazy_compile(
    r"^(?P<first>[A-ZÀ-Þ][a-zß-ÿ'’-]+)\s+(?:and|&|und|et|e|y)\s+(?P<second>[A-ZÀ-Þ][a-zß-ÿ'’-]+),\s+"
    r"(?P<title>[A-ZÀ-Þ\"“‘«„].+)$"
)


#: one surname, then the short title: "Basler, Collected Works" (the page cited, "4:270", taken off before)
_NAME_THEN_TITLE_RE = lazy_compile(r"^(?P<name>[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)?),\s+(?P<title>[A-ZÀ-Þ\"“‘«„].+)$")


def _authors_opening_short_title(state: ItemState) -> None:
    """"Daston and Galison, Objectivity, 20.": a short citation of a work by two authors, all in the
    title span; the surnames are the authors (a title needs its own comma after "X and Y" to be read so).
    So one surname before a short title and a volume's page ("Basler, Collected Works, 4:270": a page
    of a volume is cited in a work, not in a title that a comma parts), when the name is no place's."""
    item = state.item
    title = item["title"]
    if "author" in item or "," not in title:
        return
    if (m := _TWO_NAMES_THEN_TITLE_RE.match(title)) is not None:
        item["author"] = [{"family": m["first"]}, {"family": m["second"]}]
        put_title(item, m["title"])
    elif (
        ":" in (state.locator or "") and title.count(",") == 1 and (m := _NAME_THEN_TITLE_RE.match(title)) is not None
        and not names_a_place(m["name"])
    ):
        item["author"] = [{"family": m["name"]}]
        put_title(item, m["title"])


#: Chicago's volume and page of a short citation: "2:320", "3:45–47"
_VOLUME_COLON_PAGE_RE = lazy_compile(r"^\s*\d{1,2}:\s?\d+(?:\s*[-–]\s*\d+)?[.,]?\s*$")
#: a volume span that names only the volume: "t. 2,", "vol. III", "Bd. 4", "2"
_BARE_VOLUME_RE = lazy_compile(r"^\s*(?:(?:vol|vols|t|tom|Bd|bd|v|sv)\.\s?)?(?:\d{1,2}|[IVX]{1,5})[.,]?\s*$")


#: the labels of a short citation whose page the tagger read as a volume ("Author," + "Title," + "48.")
_AUTHOR_TITLE_NUMBER = frozenset({"author", "title", "volume", "punct", "signal"})


def _page_read_as_volume(state: ItemState) -> bool:
    """"Baxandall," + "Painting and Experience," + "48.": author, title and a bare number last, nothing else, is a
    short citation and the page it cites (a volume is not cited without its page).  True when read so."""
    sequence = state.sequence
    last_label, last = sequence[-1]
    if last_label != "volume" or state.locator is not None or len(state.spans["volume"]) != 1:
        return False
    number = last.strip()
    if number[-1:] != ".":
        return False  # ("Lane, Mueller, Money and Banking, 1": without the note's full stop, a volume cited whole)
    number = number[:-1]
    if not number.isdigit() or len(number) > 4 or state.item.get("volume") != number:
        return False
    if not _AUTHOR_TITLE_NUMBER.issuperset(state.spans) or len(state.spans["title"]) != 1:
        return False
    del state.item["volume"]
    state.locator, state.label, state.kind = number, "page", "short"
    return True


def _volume_of_short_form(state: ItemState) -> bool:
    """Author, short title, a volume and the page cited, and nothing else that only a full citation
    has: a short citation of a work in volumes ("2:320" is the volume step's locator as a whole)."""
    spans = state.spans
    volumes = spans["volume"]
    if len(volumes) != 1 or len(_FULL_ONLY.intersection(spans)) != 1 or len(spans.get("title", ())) != 1:
        return False
    if "archive_location" in state.item or "source-series" in state.derived or "imprint-read" in state.derived:
        return False  # (an imprint read from inside a span: see the Hijri-year step)
    if state.locator is not None and ":" in state.locator:
        return _VOLUME_COLON_PAGE_RE.match(volumes[0]) is not None  # (the locator keeps "2:320" whole)
    return state.locator is not None and "volume" in state.item and _BARE_VOLUME_RE.match(volumes[0]) is not None


#: the spans of an author's name and a work's title with the passage cited, nothing more
_WORK_AND_PASSAGE_LABELS = frozenset({"author", "container-title", "punct", "signal"})


def _work_and_passage_as_container(state: ItemState) -> bool:
    """"Tacitus, Annals 15.44.": an author and one container span holding a title and a passage by
    book.chapter.section (or Bekker, Stephanus), nothing else: a short citation of a classical work,
    its title and passage.  True when read so."""
    item = state.item
    if "author" not in item or len(state.spans.get("container-title", ())) != 1 or not _WORK_AND_PASSAGE_LABELS.issuperset(state.spans):
        return False
    cited = canonical_reference(item["container-title"])
    if cited is None:
        return False
    del item["container-title"]
    put_title(item, cited[0])
    state.locator, state.label = cited[1], "section" if "." in cited[1] else "page"
    state.kind = "short"
    return True


#: the spans of a short citation whose title the tagger read as a journal: "Bartusis," + "Land and Privilege," + "50."
_SHORT_TITLE_AS_CONTAINER_LABELS = frozenset({"author", "container-title", "locator", "punct", "signal"})


def _short_title_as_container(state: ItemState) -> bool:
    """"Bartusis, Land and Privilege, 50.": an author, one container span and a page cited, nothing else (no
    volume, no year, no pages of an article): the container is the short form's title.  True when read so."""
    item = state.item
    if (
        "author" not in item or "title" in item or len(state.spans.get("container-title", ())) != 1
        or not _SHORT_TITLE_AS_CONTAINER_LABELS.issuperset(state.spans)
        or state.label != "page" or not (state.locator or "")[:1].isdigit()
    ):
        return False
    put_title(item, item.pop("container-title"))
    state.kind = "short"
    return True


class ShortForm(Normalizer):
    """author/title only -> ``kind = "short"``."""

    name: ClassVar[str] = "short-form"
    code: ClassVar[str] = "P114"
    keys: ClassVar[tuple[str, ...]] = (
        "kind", "author", "title", "title-short", "locator", "label", "container-title", "volume", "publisher",
    )

    def __call__(self, state: ItemState, ctx: Context) -> None:
        if state.kind != "full":
            return
        item = state.item
        if "title" not in item and "author" not in item:
            return
        locator = state.locator
        if "container-title" in item and "title" not in item and locator is None and _work_and_passage_as_container(state):
            return  # "Tacitus," + "Annals 15.44.": a classical work and its passage, read as a journal
        if "container-title" in item and "title" not in item and locator is not None and _short_title_as_container(state):
            return  # "Bartusis," + "Land and Privilege," + "50.": a short title read as a journal
        if "title" not in item and locator and locator[:1].isupper() and (cited := canonical_reference(locator)):
            # "Aristotle," + "Nicomachean Ethics 1094a1–3.": the work's title and the passage cited in one span
            put_title(item, cited[0])
            state.locator, state.label = cited[1], "section" if "." in cited[1] else "page"
        if (
            "title" not in item and "date" in state.spans and (_author_date(state) or "author-date" in state.derived)
            and _AUTHOR_DATE_ITEM.issuperset(item)
        ):
            state.kind = "short"  # "Smith 1999: 45", "(Thompson 1963: 12)": author and year point to the list
            return
        if (
            "title" not in item and "author" in item and locator is not None and isinstance(item.get("publisher"), str)
            and _SHORT_TITLE_AS_PUBLISHER_LABELS.issuperset(state.spans)
        ):
            # "Farriss," + "Maya Society," + "112–13.": a short title read as a publisher (no place, no year)
            put_title(item, item.pop("publisher"))
            state.kind = "short"
            return
        if state.label == "sub-verbo" and "author" not in item:
            return  # "Encyclopaedia Britannica, s.v. 'Tithe'": a reference work is cited so in full
        if "volume" in state.spans and "author" in item and "title" in item and _page_read_as_volume(state):
            return  # "Baxandall, Painting and Experience, 48.": the page cited, read as a volume
        if "volume" in state.spans and "author" in item and "title" in item and _volume_of_short_form(state):
            state.kind = "short"  # "Penwell, County of Rutland, 2:320", "Sokolov, Istoriya, t. 2, s. 115"
            return
        if (
            _FULL_ONLY.isdisjoint(state.spans) and "archive_location" not in item and "source-series" not in state.derived
            and "imprint-read" not in state.derived
            and "event-title" not in item  # ("(paper presented at …)": a talk is cited in full so)
        ):
            state.kind = "short"
            if state.locator is None and "title" in item:
                _take_trailing_page(state)
            if "author" not in item and "title" in item and " " in item["title"]:
                _authors_opening_short_title(state)
