"""Volume and issue in every common order -> ``volume``, ``issue`` (and the year).

``56(2)``, ``vol. 56, no. 2``, ``v. 18(2)``, ``Bd. 3, H. 2``, ``83: 330``,
SEER's ``56, 2004, 2`` (volume, year, issue), ``XIV, 1951``, Vancouver's
``2002 ; 346 :``.  A year found here fills ``issued`` only when the date span
did not.  ``2 vols.``/``3 Bde.`` is ``number-of-volumes`` (also before the imprint: "16 Bde.,
London 1825–34" counts the volumes, London is the place, the one cited comes in its own
"Bd. 2"); a bare number after "Bd. 2," is the page cited (German notes number issues with
"H."); ``Part A`` is ``part``; a page range after a colon (``3(1):1–122``) is the
work's ``page`` when no pages span gave one.  A volume in a new series ("n.s. 3", "N.F. 12") is kept whole: the
series marker is part of how the volume is identified.  A "volume" of words alone, in a
reference with no title and no container, is the book's title the tagger misread
("Luhmann, Rechtssoziologie (1972) 239": a one-word title before the year).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import (
    OPENING_QUOTES,
    VOLUME_COUNT_WORDS,
    expand_dashed_range,
    hyphen_dashes,
    squash,
    strip_brackets,
)
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.date import parse_date
from citekit.normalize.title import clean_title, read_periodical_span, spans_beside_title

_NUM = r"(?:[A-Z]?\d+[a-zA-Z]?(?:\s*[-–/]\s*\d+[a-zA-Z]?)?|\b[IVXLCDM]+\b|\b[ivxlcdm]+\b)"
#: the words that label a volume and an issue (OCR's "voi." for "vol.", "fase." for "fasc.")
_VOLUME_LABELS = r"volumes?|vols?|voi|voll|v|bd|band|t|tome|tomo|jg|jahrgang|anno|année|a"
_ISSUE_LABELS = r"nos?|nr|n|heft|h|issue|iss|fasc|fase|fasz|num|núm|núms|number|quaderno|livr|livraison|cahier|suppl"
_TOKEN_RE = lazy_compile(
    rf"(?P<vlabel>\b(?:{_VOLUME_LABELS})\b\.?\s*)(?P<vnum>{_NUM})"
    rf"|(?P<ilabel>(?:\b(?:{_ISSUE_LABELS})\b\.?|n\.?\s?[°º]|#)\s*)(?P<inum>{_NUM})"  # ("n.º 2": Spanish)
    r"|(?P<plabel>\b(?:part|pt|teil|parte|partie)\b\.?\s*)(?P<pnum>\w+)"
    rf"|\(\s*(?P<paren>{_NUM})\s*\)"
    rf"|(?P<num>{_NUM})",
    re.I,
)
_YEAR_RE = lazy_compile(r"^(?:1[4-9]\d\d|20\d\d)$")
_PAGES_AFTER_COLON_RE = lazy_compile(r":\s*(\d+\s*[-–—]+\s*\d+)\s*$")
NUMBER_OF_VOLUMES_RE = lazy_compile(rf"^(\d+)\s*{VOLUME_COUNT_WORDS}\.?$", re.I)
#: the imprint after a count of volumes: "London 1825–34", "Frankfurt a. M. 1990 ff."
IMPRINT_RE = lazy_compile(r"^(?P<place>[A-ZÄÖÜ][^\d,;:()]*?[^\W\d]\.?)\s+(?:1[4-9]|20)\d\d\b")
_BARE_VOLUME_RE = lazy_compile(r"^(?:\d{1,3}|[IVXLC]+)\W*$")
#: a one-letter volume label and its number: "t. III" (tome), "v. 2"
_TOME_RE = lazy_compile(r"^[tv]\.\s*(?:\d{1,3}|[IVXLC]+)\b")
#: the count of volumes opening a longer span: "16 Bde., London 1825–34", "3 vols., vol. 2"
_VOLUMES_HEAD_RE = lazy_compile(rf"^(\d+)\s*{VOLUME_COUNT_WORDS}\.?,?\s+(?P<rest>\S.*)$", re.I)
_SERIES_RE = lazy_compile(r"\bn\.\s?s\b|\bnew\s+series\b|\bn\.\s?f\b|\bneue\s+folge\b|\bnuova\s+serie\b|\bs[ée]rie\b|\bser\.", re.I)
#: a word of a title: four letters or more, not a roman numeral as OCR reads it ("Vili", "Ili")
_TITLE_WORD_RE = lazy_compile(r"\b(?![IVXLCDivxlcdf]+\b)[^\W\d_]{4,}")
#: a volume's or issue's label of two letters or more at the start of the span ("vol.", "Bd.",
#: "Heft"), OCR's "tom."/"toni." and the book of a work ("libro")
_LABEL_START_RE = lazy_compile(
    rf"^\W*(?=\w\w)(?:{_VOLUME_LABELS}|{_ISSUE_LABELS}|tom|toni|lib|libro|book)\b", re.I
)
#: a roman numeral standing alone ("Régestes, I", "libro XIV"): the span numbers a volume
_ROMAN_RE = lazy_compile(r"\b[IVXLC]+\b")
_ISSUE_LABEL_RE = lazy_compile(
    r"^(?:n\.?\s?[°º]|№|(?:nos?|nr|n|heft|h|issue|iss|fasc|fase|num|nums|núm|núms|number|quaderno|livr|cahier)\b\.?|#)\s*", re.I
)
#: an "issue" that is a year or a season of years, "(1976–7)", "1985/86": the volume's date
_ISSUE_YEARS_RE = lazy_compile(r"^(?:1[5-9]|20)\d\d(?:\s?[-–/]\s?\d{1,4})?$")
_YEARS_RE = lazy_compile(r"^(?P<first>\d{4})(?:\s?[-–/]\s?(?P<last>\d{1,4}))?$")


def _years_of_volume(text: str) -> dict[str, Any] | None:
    """"1950–51", "1951-2", "1975/1976": the years a volume covers, the last written out (never a month:
    "1951-2" is 1951–52 here)."""
    m = _YEARS_RE.match(text)
    if m is None:
        return None
    first, last = m["first"], m["last"]
    if last is None:
        return {"date-parts": [[int(first)]]}
    end = int(expand_dashed_range(f"{first}-{last}").rpartition("-")[2])
    return {"date-parts": [[int(first)], [end]]} if end > int(first) else None


def _num(text: str) -> str:
    return hyphen_dashes(text.strip())


def split_volume(text: str) -> dict[str, Any]:
    """``vol. 56, no. 2`` -> ``{"volume": "56", "issue": "2"}`` (plus ``year``, ``part``)."""
    value = strip_brackets(squash(text)).strip(" .,;:")
    out: dict[str, Any] = {}
    if not value:
        return out
    m = NUMBER_OF_VOLUMES_RE.match(value)
    if m:
        return {"number-of-volumes": m.group(1)}
    if value[:1].isdigit() and (head := _VOLUMES_HEAD_RE.match(value)):
        # "16 Bde., London 1825–34": the count; the rest is the imprint unless it names a volume
        out = {"number-of-volumes": head.group(1)}
        if (_LABEL_START_RE.match(head["rest"]) or _BARE_VOLUME_RE.match(head["rest"])
                or _TOME_RE.match(head["rest"])):
            out.update(split_volume(head["rest"]))  # "3 vols., vol. 2", "2 vols. 1:", "3 vol., t. III"
        elif imprint := IMPRINT_RE.match(head["rest"]):
            out["place"] = imprint["place"]  # "London 1825–34": where the set was printed
        return out
    if _SERIES_RE.search(value):
        return {"volume": value}
    pages = _PAGES_AFTER_COLON_RE.search(value)
    if pages:  # "3(1):1–122": the article's pages ride along
        out["page"] = expand_dashed_range(pages.group(1))
        value = value[: pages.start()]
    bare: list[str] = []
    german_volume = False  # "Bd. 2, 42": after "Bd." a bare number is the page (but "Bd. I, 1: Title")
    for t in _TOKEN_RE.finditer(value):
        if t["vnum"] is not None:
            vlabel = t["vlabel"].strip(" .").lower()
            if _YEAR_RE.match(t["vnum"]) and vlabel in ("a", "anno", "année", "jg", "jahrgang"):
                out.setdefault("year", t["vnum"])
            else:
                german_volume = german_volume or ("volume" not in out and vlabel in ("bd", "band"))
                out.setdefault("volume", _num(t["vnum"]))
        elif t["inum"] is not None:
            out.setdefault("issue", _num(t["inum"]))
        elif t["pnum"] is not None:
            out.setdefault("part", t["pnum"])
        elif t["paren"] is not None:
            if _YEAR_RE.match(t["paren"]):
                out.setdefault("year", t["paren"])
            else:
                out.setdefault("issue", _num(t["paren"]))
        else:
            bare.append(t["num"])
    for number in bare:
        if _YEAR_RE.match(number) and ("volume" in out or len(bare) > 1) and "year" not in out:
            out["year"] = number
        elif "volume" not in out:
            out["volume"] = _num(number)
        elif german_volume and "issue" not in out and "pinpoint" not in out and number.isdigit() and ":" not in value:
            out["pinpoint"] = _num(number)
        elif "issue" not in out:
            out["issue"] = _num(number)
    if not out:
        out["volume"] = value
    return out


#: the same volume strings recur ("12", "vol. 3") across the references of a document;
#: the step only reads the parts, never changes them, so it may share them
_split_volume_cached = lru_cache(maxsize=4096)(split_volume)


def clear_cache() -> None:
    """Forget remembered volume readings (benchmarks measure the cold path with it)."""
    _split_volume_cached.cache_clear()


def volume_before_container(state: ItemState) -> bool:
    """Is the first volume span before the container, as law reviews cite ("66 Yale L.J. 531")?"""
    labels = [label for label, _ in state.sequence]
    return "volume" in labels and "container-title" in labels and labels.index("volume") < labels.index(
        "container-title"
    )


#: "2:114", "1:12–14": a volume and the page cited in it, as Chicago writes them after the imprint
_VOLUME_PAGE_RE = lazy_compile(r"^(?P<cited>\d{1,2}:\d{1,5}(?:\s?[-–]\s?\d{1,5})?)\W*$")


def _closes_a_book(state: ItemState, text: str) -> bool:
    """Is ``text`` the last span of a reference with no journal (a book's pinpoint after its imprint)?
    A container opened by "in", with a publisher, is a book too: "in The Letters of …, ed. … (Baltimore: …), 1:412"."""
    containers = state.spans.get("container-title")
    if containers is not None and (
        "publisher" not in state.spans or containers[0].lstrip()[:3] not in ("in ", "In ")
    ):
        return False
    last = next((span for label, span in reversed(state.sequence) if label != "punct"), None)
    return last is text


#: a series of editions by its siglum and number ("CSEL 54", "CCSL 48", "SC 123"): a book's series
#: (not "Bd. 3", "T. 2", "IV": those are volumes)
_SIGLUM_SERIES_RE = lazy_compile(r"^\s*\(?(?!(?:[IVXLCDM]+|NS|NF|PP|VV|TT)\s)(?P<siglum>[A-Z]{2,6}(?:\s[A-Z]{2,4})?)\s(?P<number>\d{1,4})\)?\s*[,;.]?\s*$")


#: a periodical's name, then its volume, in one volume span: "PMLA 118,", "Music & Letters 94"
_JOURNAL_AND_VOLUME_RE = lazy_compile(r"^(?P<journal>[A-Z][^\d,;:()]{1,80}?[^\W\d_][.)]?)\s+(?P<volume>\d{1,4})[,.]?\s*$")
#: words of a book series' name, not a periodical's ("Camden Fourth Series 31", "Loeb Classical Library 99")
_SERIES_WORD_RE = lazy_compile(r"\b(?:Series|Library|Studies|Texts|Monographs|Publications|Studien|Reihe|Collection)\b")


#: a book's volume in parts, labelled: "Bd. III/2", "vol. IV/1", "t. II/1" (a journal's "XXII/5" is volume and issue)
_BOOK_VOLUME_RE = lazy_compile(r"^(?:Bd|Band|vol|Vol|t|tome|tomo)\.?\s?[IVXLC]{1,5}/(?:\d|[IVX]{1,3})\W*$")


def _part_volume(parts: dict[str, Any], state: ItemState, text: str) -> dict[str, Any]:
    """A book's volume in parts, "Bd. III/2", "vol. IV/1" (Barth's Dogmatik, Fichte's GA I/2): one volume,
    not a volume and its issue (only a journal has issues), nor a volume and the page cited after "Bd."."""
    spans = state.spans
    if (("container-title" in spans or "container-title" in state.item)
            and "location" not in spans and "publisher" not in spans) or any(
        title[:1] in OPENING_QUOTES for title in spans.get("title", ())
    ):
        return parts  # (a periodical, by its name and no imprint, or an article's quoted title)
    key = "issue" if "issue" in parts else "pinpoint"
    volume, issue = parts.get("volume", ""), parts[key]
    if volume.isalpha() and volume.isupper() and f"{volume}/{issue}" in text:
        parts = {k: value for k, value in parts.items() if k != key}
        parts["volume"] = f"{volume}/{issue}"
    return parts

#: the same volume without its label, which the tagger left at the end of the title: "Systematic Theology, vol." + "II/1,"
_BARE_PART_RE = lazy_compile(r"^[IVXLC]{1,5}/(?:\d|[IVX]{1,3})\W*$")
_LABEL_AT_END_RE = lazy_compile(r"(?:^|\s)(?:Bd|Band|vol|Vol|t|tome|tomo)\.?,?$")


def _label_closes_title(state: ItemState) -> bool:
    return any(_LABEL_AT_END_RE.search(title) for title in state.spans.get("title", ()))


def _after_volume_and_year(state: ItemState, text: str) -> bool:
    """The span ``text`` comes right after "volume (year)": "XXXII (1997), 2", "36 (1992) 6"."""
    labels = [label for label, _ in state.sequence if label != "punct"]
    spans = [t for label, t in state.sequence if label != "punct"]
    for i, (label, span) in enumerate(zip(labels, spans, strict=True)):
        if span is text and label == "volume":
            return i >= 2 and labels[i - 1] == "date" and labels[i - 2] == "volume"
    return False


#: "n° 62", "no. 62", "Nr. 62": a number cited after a book's imprint
_NUMBER_CITED_RE = lazy_compile(r"^(?:n°|nº|no\.|nos\.|Nr\.|nr\.)\s?(?P<number>\d{1,5}(?:\s?[-–]\s?\d{1,5})?)\.?$")


def _catalogue_number_cited(state: ItemState, text: str) -> str | None:
    """The number of "…, Paris, Grand Palais, 1983, n° 62.": the last span, right after the date, in a reference
    with a publisher and no journal; None otherwise."""
    spans = state.spans
    if "container-title" in spans or "container-title" in state.item or "issue" in spans or "collection-title" in spans:
        return None  # (a journal's issue; a series' number: "ser. Springer Series …, 2004, no. 36.")
    if "publisher" not in spans:
        return None  # ("Le giscardisme, Pouvoirs, 1979, n°9": a journal read as a place, and its issue)
    labels = [label for label, _ in state.sequence if label != "punct"]
    if len(labels) < 3 or labels[-2] != "date":
        return None
    m = _NUMBER_CITED_RE.match(text.strip())
    return hyphen_dashes(expand_dashed_range(m["number"])) if m else None


class VolumeIssue(Normalizer):
    """volume and issue spans -> ``volume``, ``issue``, ``part``, ``number-of-volumes``."""

    name: ClassVar[str] = "volume"
    code: ClassVar[str] = "P107"
    keys: ClassVar[tuple[str, ...]] = (
        "volume", "issue", "part", "number-of-volumes", "issued", "page", "title", "container-title",
        "locator", "label", "publisher-place", "collection-title", "collection-number",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"volume", "issue"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        volume_read = False  # a volume span read in this run (a second one may be the first page)
        for text in spans_beside_title(state, "volume"):  # "…, 1926–1941" may close the title
            if state.derived and text is state.derived.get("number-taken"):
                continue  # the number of the series or edition closing the title (see the title step)
            if state.derived and state.derived.get("issue-label") and "issue" not in item and text.strip(" ,.").isdigit():
                item["issue"] = text.strip(" ,.")  # "Σύγχρονα Θέματα, τχ." + "35": the issue's label closed the journal
                continue
            if text[:1] in "nN" and text is state.sequence[-1][1] and (number := _catalogue_number_cited(state, text)):
                # "Cat. exp. Manet, Paris, Grand Palais, 1983, n° 62.": a book's imprint, then the number of the
                # object cited in it (a catalogue's), not a journal's issue
                if state.locator is None:
                    state.locator, state.label = number, "number"
                continue
            if ":" in text and _closes_a_book(state, text) and (cited := _VOLUME_PAGE_RE.match(text)):
                # Chicago's "(London: Smith, Elder, 1851–53), 2:114": volume 2, page 114 of a book in volumes
                if state.locator is None:
                    # (the page range written out, as every locator range is: "1:334–35" -> "1:334-335")
                    volume, _, pages = hyphen_dashes(cited["cited"]).partition(":")
                    state.locator, state.label = f"{volume}:{expand_dashed_range(pages)}", "page"
                continue
            if "/" in text and not any(c.isdigit() for c in text[:1]) and read_periodical_span(text, state):
                continue  # "Feminist Economics 4/1998/ 1": a periodical, its volume, year and issue
            if (
                "title" not in state.spans
                and "container-title" not in state.spans
                and not any(ch.isdigit() for ch in text)
                and _TITLE_WORD_RE.search(text)
                and not _LABEL_START_RE.match(text)
                and not _ROMAN_RE.search(text)
            ):
                title = clean_title(text)
                if title:  # "Luhmann, Rechtssoziologie (1972) 239": no volume has no number
                    item.setdefault("title", title)
                    continue
            if (
                text[:1].isupper() and text[1:2].isalpha() and "container-title" not in item and "title" in state.spans
                and "container-title" not in state.spans and ("issue" in state.spans or "pages" in state.spans)
                and "publisher" not in state.spans and "location" not in state.spans and (journal := _JOURNAL_AND_VOLUME_RE.match(text))
                and not _LABEL_START_RE.match(text) and not _SERIES_WORD_RE.search(journal["journal"])
            ):
                # "“Silence and Complicity …,” PMLA 118, no. 4": the periodical rode with its volume
                item["container-title"], item["volume"] = journal["journal"], journal["volume"]
                volume_read = True
                continue
            if (
                text[:1].isupper() and text[1:2].isupper() and "container-title" not in item
                and "collection-title" not in item and (series := _SIGLUM_SERIES_RE.match(text))
            ):
                # "ed. Isidorus Hilberg, CSEL 54 (Vienna …)": an edition's series by its siglum, and its number
                item["collection-title"], item["collection-number"] = series["siglum"], series["number"]
                continue
            parts = _split_volume_cached(text)
            if "/" in text and ("issue" in parts or "pinpoint" in parts) and "volume" not in item and (
                _BOOK_VOLUME_RE.match(text) or (_BARE_PART_RE.match(text) and _label_closes_title(state))
            ):
                parts = _part_volume(parts, state, text)
            if "page" in parts and "pages" not in state.spans and "page" not in item:
                item["page"] = parts["page"]
            if (
                "issue" in parts and "(" in text and "date" not in state.spans and "year" not in parts
                and _ISSUE_YEARS_RE.match(parts["issue"]) and (date := _years_of_volume(parts["issue"]))
            ):
                # "3 (1950–51)": the season of years the volume covers, in its bracket, is its date, not an issue
                parts = {key: value for key, value in parts.items() if key != "issue"}
                if "issued" not in item:
                    item["issued"] = date
            for key in ("volume", "issue", "part", "number-of-volumes"):
                if key in parts and key not in item:
                    item[key] = parts[key]
                    volume_read = volume_read or key == "volume"
                elif (
                    key == "volume" and volume_read and key in parts and parts[key].isdigit()
                    and "page" not in item and "pages" not in state.spans and volume_before_container(state)
                ):
                    # "66 Socialism and Democracy 531, 535": after the journal, the first page
                    item["page"] = parts[key]
                elif (
                    key == "volume" and volume_read and key in parts and "issue" not in item
                    and parts[key].isdigit() and text[:1].isdigit() and len(state.spans.get("pages", ())) + len(state.spans.get("locator", ())) == 1
                    and "issue" not in state.spans
                    and (len(state.spans.get("container-title", ())) == 1
                         or ("container-title" not in state.spans and "container-title" in item))
                    and _after_volume_and_year(state, text)
                ):
                    # "«Quaderni storici», XXXII (1997), 2, pp. 353-378": the page range is labelled, so the
                    # second number after the journal is its issue
                    item["issue"] = parts[key]
                elif (
                    key == "volume" and volume_read and key in parts and "issue" not in item
                    and parts[key].isdigit() and _after_issue_word(state, text)
                ):
                    # "vol. 58," + "núm." + "1": the issue's word read apart, its number as a second volume
                    item["issue"] = parts[key]
            if "place" in parts and "location" not in state.spans and "publisher-place" not in item:
                item["publisher-place"] = parts["place"]
            if "pinpoint" in parts and state.locator is None and not ("locator" in state.spans or "pages" in state.spans):
                state.locator, state.label = parts["pinpoint"], "page"  # "Bd. 2, 42"
            year = parts.get("year")
            if year and "issued" not in item and "date" not in state.spans:
                item["issued"] = {"date-parts": [[int(year)]]}
        for text in state.spans.get("issue", ()):
            value = strip_brackets(squash(text)).strip(" .,;:")
            value = _ISSUE_LABEL_RE.sub("", value)
            if "date" not in state.spans and _ISSUE_YEARS_RE.match(value) and (date := parse_date(value)):
                if "issued" not in item:
                    item["issued"] = date  # "(1976–7)": the season of years the volume covers
                continue  # (never the issue, also when the year is known already: the step runs twice the same)
            if value and "issue" not in item:
                item["issue"] = _num(value)
        if "issue" in state.spans and "date" in state.spans and state.locator is None and (pin := _first_page_and_pin(state)):
            # "Sonnberger, JZ 1990, 12 (15)": periodical, year, the article's first page, the page cited
            item["page"] = item.pop("volume")
            item.pop("issue", None)
            state.locator, state.label = pin, "page"
        if "title" not in state.spans and "container-title" in item and (page := _page_after_the_day(state)) and (
            state.locator is None or state.locator == page
        ):
            # "New York Times," + "3 September 1939," + "1" (no full stop after it): a newspaper's issue by
            # its day, then the page cited, not a volume
            item.pop("volume", None)
            state.locator, state.label = page, "page"


def _page_after_the_day(state: ItemState) -> str | None:
    """The number of a last "volume" span right after a date precise to the day, or None."""
    spans = [(label, text) for label, text in state.sequence if label != "punct"]
    if len(spans) < 3 or spans[-1][0] != "volume" or spans[-2][0] != "date":
        return None
    value = spans[-1][1].strip(" .,;:")
    issued = state.item.get("issued")
    parts = (issued.get("date-parts") or [[]])[0] if isinstance(issued, dict) else []
    return value if value.isdigit() and len(value) <= 3 and len(parts) == 3 else None


#: an issue's word standing alone in a span: "núm.", "nº", "no.", "nr", "Heft", "fasc.", "č."
_ISSUE_WORD_RE = lazy_compile(r"^\s*(?:núm|num|nº|n°|no|nr|n|heft|h|fasc|číslo|č|zeszyt|z)\.?\s*$", re.I)


def _after_issue_word(state: ItemState, span: str) -> bool:
    """The span comes right after an "other" span that is an issue's word alone ("núm." + "1")."""
    previous: tuple[str, str] | None = None
    for label, text in state.sequence:
        if text is span:
            return previous is not None and previous[0] == "other" and bool(_ISSUE_WORD_RE.match(previous[1]))
        if label != "punct":
            previous = (label, text)
    return False


#: "(15)", "(15 f.)": a bracketed page after the first page of a German periodical cite
_BRACKETED_PIN_RE = lazy_compile(r"^\s*\((?P<pin>\d{1,5})(?P<ff>\s?ff?\.)?\)[.,;]?\s*$")
_BARE_YEAR_RE = lazy_compile(r"^\s*(?:1[6-9]|20)\d\d\s*,?\s*$")


def _first_page_and_pin(state: ItemState) -> str | None:
    """"JZ 1990, 12 (15)": a container, a bare year, a bare number read as the volume and a bracketed
    number read as the issue are the article's first page and the page cited (the German periodical
    cite has no volume).  The pin, when it is not before the first page; else ``None``."""
    spans = state.spans
    issues, volumes = spans["issue"], spans.get("volume", ())
    if (
        len(issues) != 1 or len(volumes) != 1 or "(" not in issues[0]
        or "pages" in spans or "locator" in spans
        or not volumes[0].strip(" ,.").isdigit()
    ):
        return None
    pin = _BRACKETED_PIN_RE.match(issues[0])
    if pin is None or int(pin["pin"]) < int(volumes[0].strip(" ,.")):
        return None
    labels = [label for label, _ in state.sequence if label != "punct"]
    texts = [text for label, text in state.sequence if label != "punct"]
    for i in range(2, len(labels) - 1):
        if labels[i - 2 : i + 2] == ["container-title", "date", "volume", "issue"]:
            if _BARE_YEAR_RE.match(texts[i - 1]):
                return pin["pin"] + (" " + pin["ff"].strip() if pin["ff"] else "")
            return None
    return None
