"""The document's own metadata, from a JSTOR cover page or a publisher's first page.

A JSTOR cover labels everything ("Author(s):", "Source:", "Stable URL:"), so
it is read field by field.  Publisher first pages carry a DOI and often a
"Vol. 12, No. 3 … pp. 45-67" line; those are taken when labelled and left out
otherwise: a wrong title is worse than none.  The cover's other lines (JSTOR
lists related items: "United States Army in the World War, 1917-1919") are
never read as the article's data -- only labelled fields are.
"""

from __future__ import annotations

import re

from citekit.model import Entry

__all__ = ["read_cover", "split_person"]

#: How much of the start of a document a cover page can occupy.
_COVER_CHARS = 8000
_AUTHORS = re.compile(r"(?im)^\s*(?:Author\(s\)|Authors?|Review\s+by)\s*:\s*(.+)$")
_SOURCE = re.compile(r"(?im)^\s*Source\s*:\s*(.+)$")
_STABLE_URL = re.compile(r"(?im)^\s*Stable\s+URL\s*:\s*(https?://\S+)")
_DOI = re.compile(r"(?i)(?:doi\s*:?\s*|doi\.org/)(10\.\d{4,9}/[^\s\"<>]+)")
_VOLUME = re.compile(r"(?i)\b(?:Vol(?:ume)?\.?|Bd\.|V\.)\s*([0-9IVXLC]+)\b")
_ISSUE = re.compile(r"(?i)\b(?:No\.?|Nr\.?|Issue|Heft|n\.|N\.)\s*(\d+(?:\s*[/-]\s*\d+)?)\b")
_PAGES = re.compile(r"(?i)\b(?:pp?\.|S\.|P\.)\s*(\d+)\s*[-–]\s*(\d+)\b")
_DATE = re.compile(
    r"\(\s*(?:(?P<season>[A-Z][a-z]+\.?)(?:\s*[-–/]\s*[A-Z][a-z]+\.?)?,?\s+)?"
    r"(?:(?P<day>\d{1,2})\s+)?(?P<year>1[5-9]\d\d|20\d\d)\s*\)"
)
_BARE_PAGES = re.compile(r"(?:\)|,)\s*(\d{1,4})\s*[-–]\s*(\d{1,4})\s*$")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        ("jan january", "feb february", "mar march", "apr april", "may", "jun june",
         "jul july", "aug august", "sep sept september", "oct october", "nov november",
         "dec december")
    )
    for name in names.split()
}
_SEASONS = {"spring", "summer", "autumn", "fall", "winter"}
_PARTICLES = {"von", "van", "de", "der", "den", "del", "della", "di", "da", "du", "le", "la", "zu"}
_NAME_SPLIT = re.compile(r"\s*(?:;|,\s*and\s+|\s+and\s+|\s+&\s+|,\s+(?=[A-Z][^,]*\s))\s*")


def split_person(raw: str) -> dict[str, str]:
    """"Peter Whitewood" -> {"given": "Peter", "family": "Whitewood"}."""
    words = raw.strip().strip(".,").split()
    if not words:
        return {"literal": raw.strip()}
    if len(words) == 1:
        return {"family": words[0]}
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in _PARTICLES:
        cut -= 1
    name: dict[str, str] = {"family": " ".join(words[cut:]), "given": " ".join(words[:cut])}
    particle = [w for w in words[cut:-1] if w.lower() in _PARTICLES]
    if particle:
        name["non-dropping-particle"] = " ".join(particle)
        name["family"] = words[-1]
    return name


def _authors(raw: str) -> list[dict[str, str]]:
    return [split_person(part) for part in _NAME_SPLIT.split(raw.strip()) if part.strip()]


def _previous_line(text: str, pos: int) -> str:
    """The nearest non-blank line before offset ``pos``."""
    for line in reversed(text[:pos].splitlines()):
        if line.strip():
            return line.strip()
    return ""


def _read_source_line(source: str, entry: Entry) -> None:
    """'The Slavonic and East European Review, Vol. 93, No. 2 (April 2015), pp. 286-314'."""
    volume = _VOLUME.search(source)
    head_end = volume.start() if volume else len(source)
    date = _DATE.search(source)
    if date and date.start() < head_end:
        head_end = date.start()
    container = source[:head_end].strip(" ,;")
    if container:
        entry["container-title"] = container
    if volume:
        entry["volume"] = volume.group(1)
        issue = _ISSUE.search(source, volume.end())
        if issue:
            entry["issue"] = issue.group(1).replace(" ", "")
    pages = _PAGES.search(source)
    if pages:
        entry["page"] = f"{pages.group(1)}-{pages.group(2)}"
    if date:
        parts: list[int] = [int(date.group("year"))]
        season = (date.group("season") or "").strip(".").lower()
        if season in _MONTHS:
            parts.append(_MONTHS[season])
            if date.group("day"):
                parts.append(int(date.group("day")))
        issued: dict[str, object] = {"date-parts": [parts]}
        if season in _SEASONS:
            issued["season"] = season
        entry["issued"] = issued
    else:
        year = _YEAR.search(source)
        if year:
            entry["issued"] = {"date-parts": [[int(year.group(1))]]}


def read_cover(text: str) -> Entry:
    """CSL item of the document itself, from its cover or first page; ``{}`` if unknown."""
    head = text[:_COVER_CHARS]
    entry: Entry = {}
    authors = _AUTHORS.search(head)
    source = _SOURCE.search(head)
    if authors or source:  # a JSTOR-style labelled cover
        entry["type"] = "article-journal"
        if authors:
            title = _previous_line(head, authors.start())
            if title and ":" not in title[:12]:
                entry["title"] = title
            entry["author"] = _authors(authors.group(1))
        if source:
            _read_source_line(source.group(1).strip(), entry)
        url = _STABLE_URL.search(head)
        if url:
            entry["URL"] = url.group(1)
    doi = _DOI.search(head[:4000])
    if doi:
        entry.setdefault("type", "article-journal")
        entry["DOI"] = doi.group(1).rstrip(".,;)]")
    if entry and "volume" not in entry:
        _journal_line(head, entry)
    return entry


def _journal_line(head: str, entry: Entry) -> None:
    """Volume, issue, year and pages from the journal line of a first page.

    Only a line near the top that has a labelled volume or issue *and* a year
    or page range counts ("Review of Legal History Vol. 7 (2021) 45-60",
    "2025, n. 1, pp. 86-110"); numbers elsewhere belong to the text.
    """
    lines = [ln for ln in head.splitlines() if ln.strip()][:25]
    for line in lines:
        volume = _VOLUME.search(line)
        issue = _ISSUE.search(line, volume.end() if volume else 0)
        pages = _PAGES.search(line) or _BARE_PAGES.search(line)
        year = _YEAR.search(line)
        if not (volume or issue) or not (pages or year):
            continue
        if volume:
            entry["volume"] = volume.group(1)
        if issue:
            entry["issue"] = issue.group(1).replace(" ", "")
        if pages:
            entry["page"] = f"{pages.group(1)}-{pages.group(2)}"
        if year and "issued" not in entry:
            entry["issued"] = {"date-parts": [[int(year.group(1))]]}
        return
