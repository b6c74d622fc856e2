"""A letter in an archive: "Keynes to Hayek, 8 March 1933, Hayek Papers, Box 1", "Letter from John Dewey to
Jane Addams, 12 May 1910, Addams Papers, Box 4, Swarthmore College Peace Collection", "Brief von Max Weber
an Marianne Weber, 12. März 1908, Nachlass Max Weber, Kasten 3, Geheimes Staatsarchiv, Berlin".

The tagger reads such a note as one long title (writer, addressee, date and collection together) and
the repository as a publisher.  The note has a fixed order, so the step reads it from the whole text:
the writer (``author``) and the addressee (``recipient``), in English, German, French, Italian or
Spanish ("to", "an", "à", "a", "al"); the letter's date (``issued``, to the month at least); then the
archival parts after it, each by its shape: a box, folder or shelf-mark (``archive_location``, several
joined), a folio (the locator, label ``folio``), the repository (``archive``: the last part that
names a library, archive or collection), the places after it (``archive-place``) and the collection
before it (``archive_collection``, "Hayek Papers", "Nachlass Max Weber", "Fonds Ferry").  A part the
step cannot place, or a letter in a printed edition ("…, in The Letters of …"), leaves the note as the
earlier steps read it.
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_one
from citekit.normalize._text import expand_dashed_range
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.date import parse_date

_NAME = r"[A-ZÀ-Þ][\w.'’-]*(?:\s(?:(?:de|von|van|di|da|del|della|d[’'])\s)?[A-ZÀ-Þ][\w.'’-]*){0,3}"
#: "(Letter from) Writer to Addressee, date, rest"
_LETTER_RE = lazy_compile(
    r"^(?:(?:Letter|Brief|Lettre|Lettera|Carta|Telegram)\s(?:from|von|de|di|da)\s)?"
    rf"(?P<author>{_NAME})\s(?:to|an|à|a|al)\s(?P<recipient>{_NAME}),\s"
    # (the place it was written at, before the date, in a letter printed in an edition: "…, Arles, 8 September 1888")
    r"(?:(?P<place>[A-ZÀ-Þ][\w’'-]+(?:\s[A-ZÀ-Þ][\w’'-]+)?),\s(?=\d{1,2}\.?\s|[A-Z][a-zé]{2,9}\s\d{4}))?"
    # (a memorandum's or a telegram's kind before the date: "Bundy to Kennedy, memorandum, January 24, 1961")
    r"(?:(?P<genre>memorandum|memo|telegram|cable|letter|note|report),\s)?"
    r"(?P<date>(?:\d{1,2}\.?\s(?:de\s)?)?[A-Za-zÀ-ÿ]{3,10}\.?\s(?:de\s)?\d{4}"
    # (the American order: "April 1, 1789", "Sept. 6, 1789")
    r"|[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4})"
    r"(?:,\s(?P<rest>.+?))?[.]?$"
)
#: a box, folder, carton or file with its number
_CONTAINER_RE = lazy_compile(
    r"^(?:[Bb]ox|[Ff]older|[Ff]ile|Kasten|Karton|Mappe|carton|dossier|busta|fasc(?:icolo|\.)|caja|"
    r"legajo|leg\.|carpeta|expediente|exp\.|vol\.)\s?[\w/.-]{1,12}$"
)
#: a shelf-mark: "CHAR 20/94", "MO 3057", "Add MS 43393", "PRO 30/22/20", "MS 346"
_SHELFMARK_RE = lazy_compile(r"^[A-Z][\w.]{0,8}(?:\s[A-Z][\w.]{0,8}){0,2}\s?\d[\w/.:-]{0,16}$")
#: the leaf cited
_FOLIO_RE = lazy_compile(r"^(?:fols?|ff?|Bl|cc?)\.\s?(?P<leaf>\d{1,4}[rv]?(?:[-–]\d{1,4}[rv]?)?)$")
#: a word that names a repository (the last such part is the ``archive``)
_REPOSITORY_RE = lazy_compile(
    r"\b(?:Library|Archives?|Archiv|Archivio|Archivo|Archief|Bibliothèque|Biblioteca|Bibliothek|"
    r"Staatsarchiv|Landesarchiv|Museum|Centre|Center|Collection|Record\sOffice|Institut[e]?|"
    r"Nationales|Hauptstaatsarchiv|TNA|PRO)\b"
)
#: the Spanish "5 de mayo de 1936" as the date parser reads it
_DE_RE = lazy_compile(r"\sde\s")


def archival_parts(rest: str) -> dict[str, Any] | None:
    """The archival parts after the date -> CSL variables (and ``locator``); None when a part has
    no place among them."""
    segments = [segment.strip() for segment in rest.split(", ")]
    found: dict[str, Any] = {}
    locations: list[str] = []
    texts: list[tuple[int, str]] = []
    for i, segment in enumerate(segments):
        if not segment:
            return None
        if (m := _FOLIO_RE.match(segment)) is not None:
            found["locator"] = m["leaf"]
        elif _CONTAINER_RE.match(segment) or _SHELFMARK_RE.match(segment):
            locations.append(segment)
        elif any(c.isdigit() for c in segment) or segment.startswith(("in ", "ed.")):
            return None  # (a page, an edition: a printed letter, not the archive's)
        else:
            texts.append((i, segment))
    repository = [n for n, (_, text) in enumerate(texts) if _REPOSITORY_RE.search(text)]
    if repository:
        r = repository[-1]
        index, found["archive"] = texts[r]
        places = [text for _, text in texts[r + 1:]]
        if any(i < index for i, _ in texts[r + 1:]) or len(places) > 2:
            return None
        if places:
            found["archive-place"] = ", ".join(places)
        before = [text for _, text in texts[:r]]
    else:
        before = [text for _, text in texts]
    if len(before) > 1:
        return None
    if before:
        found["archive_collection"] = before[0]
    if locations:
        found["archive_location"] = ", ".join(locations)
    return found


class ArchivedLetter(Normalizer):
    """"Writer to Addressee, date, collection, box, repository" -> type ``letter``, ``author``,
    ``recipient``, ``issued`` and the archive's variables."""

    name: ClassVar[str] = "letter"
    code: ClassVar[str] = "P131"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "title", "author", "recipient", "issued", "archive", "archive-place", "archive_collection",
        "archive_location", "locator", "label", "kind",
        # (a letter printed in an edition: the edition's)
        "container-title", "container-author", "editor", "translator", "original-date", "publisher",
        "publisher-place", "volume", "number-of-volumes", "collection-title", "collection-number", "edition",
        "language",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if len(sequence) > 12 or not sequence:
            return
        head = sequence[0][1]
        # (almost every reference: its first span holds neither " to "/" an "/" à "… nor opens "Letter from")
        if " to " not in head and " an " not in head and " à " not in head and " a " not in head and (
            " al " not in head and not head.startswith(("Letter", "Brief", "Lettre", "Lettera", "Carta", "Telegram"))
        ):
            return
        text = " ".join(text.strip() for label, text in sequence if label != "signal")
        m = _LETTER_RE.match(text)
        if m is None:
            return
        date = parse_date(_DE_RE.sub(" ", m["date"]))
        if date is None or len(date.get("date-parts", [[]])[0]) < 2:
            return  # (a letter is dated to the month at least: "Smith to Jones, Forthcoming" is none)
        if m["rest"] and m["rest"].startswith(_EDITION_OPENERS):
            _letter_in_edition(state, text, m, date)
            return
        if m["place"]:
            return  # (an archived letter's place: not a shape the archive's parts are read in)
        if m["rest"] and (sig := _SIGLUM_PIN_RE.match(m["rest"])) is not None:
            _letter_in_siglum(state, text, m, date, sig)
            return
        parts = archival_parts(m["rest"]) if m["rest"] else {}
        if parts is None:
            return
        title = text[: m.end("recipient")]
        item: dict[str, Any] = {
            "type": "letter",
            "title": title,
            "author": [parse_one(m["author"])],
            "recipient": [parse_one(m["recipient"])],
            "issued": date,
        }
        if m["genre"]:
            item["genre"] = m["genre"]
        locator = parts.pop("locator", None)
        item.update(parts)
        if "language" in state.item:
            item["language"] = state.item["language"]
        state.item = item
        state.kind = "full"
        state.locator, state.label = (locator, "folio") if locator else (None, None)


#: an edition cited by its siglum, volume and page after the letter: "Jefferson to Madison, September 6, 1789, PTJ,
#: 15:392–97", "…, WGW 26:483"
_SIGLUM_PIN_RE = lazy_compile(
    r"^(?P<siglum>[A-Z][A-Za-z]{1,7}),?\s(?P<volume>\d{1,3}):(?P<page>\d{1,4}(?:\s?[–-]\s?\d{1,4})?)$"
)


def _letter_in_siglum(
    state: ItemState, text: str, m: re.Match[str], date: dict[str, Any], sig: re.Match[str]
) -> None:
    """"Jefferson to Madison, September 6, 1789, PTJ, 15:392–97": a letter in an edition named by its siglum
    (the ``container-title``), its volume and the page cited (the locator, label ``page``, "vol:page" as the
    other tables keep it)."""
    item: dict[str, Any] = {
        "type": "letter",
        "title": text[: m.end("recipient")],
        "author": [parse_one(m["author"])],
        "recipient": [parse_one(m["recipient"])],
        "issued": date,
        "container-title": sig["siglum"],
    }
    state.item = item
    state.kind = "full"
    state.locator, state.label = f"{sig['volume']}:{expand_dashed_range(sig['page'])}", "page"


#: what opens the edition a letter is printed in: "in The Letters …", "in: Bach-Dokumente …", "dans Correspondance …"
_EDITION_OPENERS = ("in ", "in: ", "In: ", "dans ", "en ")
#: an edition's title and its editors in one span: "Clara und Robert Schumann. Briefwechsel, hg. von Eva Weissweiler,"
_TITLE_THEN_EDITORS_RE = lazy_compile(
    r"^(?P<title>[^,]{3,160}),\s(?P<editors>(?:hg\.|hrsg\.|ed\.|éd\.|a cura di|edited by|herausgegeben von)\s.+)$"
)
#: what the edition's reading gives the letter (the edition's title becomes its container)
_FROM_EDITION = (
    "editor", "translator", "publisher", "publisher-place", "volume", "number-of-volumes", "collection-title",
    "collection-number", "edition", "language",
)


def _letter_in_edition(state: ItemState, text: str, m: re.Match[str], date: dict[str, Any]) -> None:
    """"Mozart an Leopold Mozart, Wien, 4. April 1787, in: Mozart. Briefe …, hg. von …, Bd. 4, Kassel 1963, S. 41":
    a letter printed in an edition.  The tagger splits the letter's head at random (the day read as a volume, the
    writer as the edition's author), so the spans of the edition alone (after "in") are read again through the
    chain as a book: its title is the letter's container, its year the letter's ``issued`` (the letter's own date
    ``original-date``, as the names step reads "Keats to Bailey, 22 November 1817, in The Letters …"), its
    editors, imprint and the page cited the letter's."""
    if "recipient" in state.item and "container-title" in state.item and "author" in state.item:
        return  # (the names and container steps read it so already)
    from citekit.normalize import normalize_pairs  # (the chain holds this step)

    start = m.start("rest")
    sub: list[tuple[str, str]] = []
    pos = 0
    for label, span in state.sequence:
        if label == "signal":
            continue
        span = span.strip()
        end = pos + len(span)
        if end > start and label != "punct":
            sub.append((label, span if pos >= start else span[start - pos :]))
        pos = end + 1
    if not sub:
        return
    label, head = sub[0]
    head = head.split(" ", 1)[1] if " " in head else ""
    if head:
        sub[0] = (label, head)
    else:
        del sub[0]
    if not sub:
        return
    if sub[0][0] in ("editor", "author") and (split := _TITLE_THEN_EDITORS_RE.match(sub[0][1])):
        # "in: Clara und Robert Schumann. Briefwechsel, hg. von Eva Weissweiler," read as one span of editors
        sub[0:1] = [("title", split["title"] + ","), ("editor", split["editors"])]
    parsed = normalize_pairs(sub)
    edition = parsed.item
    container = edition.get("title") or edition.get("container-title")
    if not isinstance(container, str):
        return
    item: dict[str, Any] = {
        "type": "letter",
        "title": text[: m.end("recipient")],
        "author": [parse_one(m["author"])],
        "recipient": [parse_one(m["recipient"])],
        "container-title": container,
    }
    if "author" in edition and "editor" in edition:
        item["container-author"] = edition["author"]  # ("Vincent van Gogh: The Letters, ed. …": the edition's)
    elif "author" in edition and "editor" not in edition:
        item["editor"] = edition["author"]  # ("hg. von …" read as the edition's author)
    if "issued" in edition:
        item["issued"] = edition["issued"]
    item["original-date"] = date
    for key in _FROM_EDITION:
        if key in edition:
            item[key] = edition[key]
    state.item = item
    state.kind = "full"
    if parsed.locator:
        state.locator, state.label = parsed.locator, parsed.label
    elif "volume" in edition and isinstance(page := edition.get("issue"), str) and page.isdigit():
        state.locator, state.label = page, "page"  # ("(London: …, 2009), 4:258": the volume, then the page)
