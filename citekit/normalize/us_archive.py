"""A document or a file in an American repository: "Records of the Bureau of Refugees, Freedmen, and Abandoned
Lands, RG 105, entry 3379, box 12, National Archives, Washington, DC", "Memorandum of conversation, June 3, 1965,
NSF, Country File, Vietnam, box 18, LBJ Library, Austin, TX", "Diary of John Berkeley Grimball, entry for
January 3, 1863, John Berkeley Grimball Papers, Southern Historical Collection, University of North Carolina".

American historians cite an archival source from the smallest unit to the largest: the document (its
description and its date, a date in the American order "June 3, 1965" or a bare year), the collection or the
record group's series ("Central Decimal File, 1945–49"), the box, folder, entry, microfilm roll, decimal-file
number or record group ("RG 59"), the repository and its city with the state ("College Park, MD").  The tagger
splits such notes at random (the description an author, a number a locator, the repository a publisher).  The
step reads the whole text from its end: the repository (the last parts naming a library, an archive, a
historical society or a collection, with the university holding it) and its place, then the document's head
and date, and the parts between, each by its shape: a numbered unit is ``archive_location``, the words between
``archive_collection``.  It reads only a note that is plainly American (a repository of ``_US_REPOSITORY_RE``,
or a city with its state's postal abbreviation) and has no imprint, no "in" and no type a step before gave it
(but a ``manuscript`` in a repository of that list, which the steps of other archives' codes read as theirs).
A writer and an addressee ("Eleanor Roosevelt to Walter White") make the item a ``letter``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_one
from citekit.normalize._text import note_text
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.date import parse_date

#: an American repository by a name no other country's shares
_US_REPOSITORY_RE = lazy_compile(
    r"\b(?:Library\sof\sCongress|(?<!The\s)National\sArchives(?!\s(?:of|du|de)\b)|NARA|Presidential\sLibrary|"
    r"State\sArchives|Department\sof\sArchives\sand\sHistory|Historical\sSociety|Southern\sHistorical\sCollection|"
    r"[A-Z]{2,4}\sLibrary|Manuscript\sDivision|Hall\sof\sRecords)\b"
)
#: a part that names a repository or the institution holding it
_REPOSITORY_PART_RE = lazy_compile(
    r"\b(?:Library|Archives|NARA|Collection|Division|Society|Center|Centre|Museum|Institution|Department|"
    r"University|College|Hall\sof\sRecords)\b"
)
#: the words one of which ``_REPOSITORY_PART_RE`` needs (tested as plain substrings first)
_REPOSITORY_WORDS = ("Library", "Archives", "NARA", "Collection", "Division", "Society", "Center", "Centre", "Museum",
                     "Institution", "Department", "University", "College", "Hall")
#: what closes a collection's name, never a repository's ("George Washington Papers", "National Security Files")
_COLLECTION_END_RE = lazy_compile(r"\b(?:Papers|Files?|Records|Series|Correspondence|Collections?\s\(#?\d+\))$")
#: the city and its state closing the note: "Washington, DC", "College Park, MD", "Hyde Park, NY", "Raleigh"
_PLACE_RE = lazy_compile(r"^[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}$")
_STATE_RE = lazy_compile(r"^(?:[A-Z]{2}|D\.\s?C\.|[A-Z][a-z]{1,4}\.)$")
#: a numbered unit of the archive: a record group, an entry, a box, a folder, a microfilm's publication and roll,
#: a decimal-file number ("861.00/2-2246")
_UNIT_RE = lazy_compile(
    r"^(?:(?:RG|Record\sGroup|[Ee]ntry|[Bb]ox|[Ff]older|[Ff]ile|[Rr]oll|[Rr]eel|[Ss]eries|[Ii]tem|[Cc]arton|"
    r"[Ff]rame|[Ss]ubseries|[Ll]etterbook|[Vv]ol\.|[Nn]o\.|[Mm]icrofilm|[Mm]icrocopy)\s?#?[\w./:–-]{1,14}"
    r"|[A-Z]{1,2}\d{1,4}|\d{3}\.\d{1,4}(?:/[\w.–-]{1,14})?|\d{3}(?:\.\d{1,4})?/[\w.–-]{1,14})$"
)
#: the document's date after its description: "June 3, 1965", "3 June 1965", "June 1965", "1791",
#: "entry for January 3, 1863"
_DATE_RE = lazy_compile(
    r",\s(?:(?:entry|entries)\s(?:for|of)\s|dated\s)?(?P<date>[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4}|"
    r"\d{1,2}\s[A-Z][a-z]{2,8}\.?\s\d{4}|[A-Z][a-z]{2,8}\.?\s\d{4}|1[5-9]\d\d)(?=,\s)"
)
#: a writer and an addressee: "Eleanor Roosevelt to Walter White"
_NAME = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3}"
_LETTER_HEAD_RE = lazy_compile(rf"^(?P<author>{_NAME})\sto\s(?P<recipient>{_NAME})$")
#: an imprint, an edition or a printed source: never an archive's note
_PRINTED_RE = lazy_compile(r"\(\D[^()]*:\s[^()]*\d{4}\)|,\s(?:in|ed\.|eds\.|trans\.)\s|\bvols\.|[“”\"]")
_OUTSIDE = ("punct", "signal")


class UsArchive(Normalizer):
    """"Description, date, collection, box N, Repository, City, ST" -> a ``manuscript`` (or a ``letter``)."""

    name: ClassVar[str] = "us-archive"
    code: ClassVar[str] = "P210"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "title", "title-short", "author", "recipient", "issued", "archive", "archive-place",
        "archive_collection", "archive_location", "container-title", "collection-title", "publisher",
        "publisher-place", "volume", "issue", "page", "genre", "kind", "locator", "label",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        typed = state.item.get("type")
        if typed not in (None, "manuscript") or len(state.sequence) < 2:
            return
        text = note_text(state.sequence, state.derived)
        if not any(word in text for word in _REPOSITORY_WORDS):
            return  # (a cheap literal test first: no repository is named)
        # pre-test: an American repository or a city with its state, and nothing printed
        if not 20 < len(text) < 320 or _PRINTED_RE.search(text):
            return
        parts = text.rstrip(".").split(", ")
        end = len(parts)
        place: list[str] = []
        if end > 2 and _STATE_RE.match(parts[-1]) and _PLACE_RE.match(parts[-2]):
            place, end = parts[-2:], end - 2
        elif end > 2 and _PLACE_RE.match(parts[-1]) and not _REPOSITORY_PART_RE.search(parts[-1]):
            place, end = parts[-1:], end - 1
        start = end
        while start > 1 and _is_repository_part(parts[start - 1]):
            start -= 1
        if start == end or start < 1:
            return
        repository = ", ".join(parts[start:end])
        if not _US_REPOSITORY_RE.search(repository) and (typed or len(place) < 2 or place[1] == "UK"):
            return  # (neither an American repository nor a city with its state; a manuscript another step read)
        body = ", ".join(parts[:start])
        item: dict[str, Any] = {"type": "manuscript"}
        m = _DATE_RE.search(body)
        rest = body
        if m is not None and m.start() > 0:
            date = parse_date(m["date"])
            head = body[: m.start()]
            if date is None or any(ch.isdigit() for ch in head) or _UNIT_RE.match(head):
                return
            item["title"] = head
            item["issued"] = date
            rest = body[m.end() + 2 :] if m.end() < len(body) else ""
            letter = _LETTER_HEAD_RE.match(head)
            if letter is not None and len((date.get("date-parts") or [[]])[0]) >= 2:
                item["type"] = "letter"
                item["author"] = [parse_one(letter["author"])]
                item["recipient"] = [parse_one(letter["recipient"])]
        units: list[str] = []
        texts: list[list[str]] = [[]]
        for part in rest.split(", ") if rest else ():
            if _UNIT_RE.match(part):
                units.append(part)
                if texts[-1]:
                    texts.append([])
            elif part[:1].isupper() or part[:1].isdigit() or (texts[-1] and part.startswith(("and ", "& "))):
                texts[-1].append(part)
            else:
                return  # (a part in lower case: "transcript", "interview by …": no archive's)
        runs = [", ".join(run) for run in texts if run]
        if not runs and not units:
            return
        if "title" not in item and not units:
            return  # (no date and no numbered unit: a book's title and a library, perhaps)
        if runs:
            item["archive_collection"] = "; ".join(runs)
        if units:
            item["archive_location"] = ", ".join(units)
        item["archive"] = repository
        if place:
            item["archive-place"] = ", ".join(place)
        if "language" in state.item:
            item["language"] = state.item["language"]
        state.item = item
        state.kind = "full"
        state.locator = state.label = None


def _is_repository_part(part: str) -> bool:
    """A part of the repository's name: it names a library, an archive or the university holding one, and
    is no collection's name or numbered unit."""
    return (
        bool(_REPOSITORY_PART_RE.search(part))
        and not _COLLECTION_END_RE.search(part)
        and not any(ch.isdigit() for ch in part)
        and part[:1].isupper()
    )
