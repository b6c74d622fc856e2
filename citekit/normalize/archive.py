"""Archival documents: repository, series and shelf-mark -> ``archive*`` variables.

"GARF, f. 5446, op. 1, d. 23, l. 4" (fond, opis', delo, list),
"ASV, Senato Misti, reg. 12, c. 34r", "AN, b. 247, fol. 109r": the
shelf-mark (busta, filza, reg., fasc., f./op./d.) is where the document lies,
so it is the entry's ``archive_location``; the leaf cited (l./ll. in a Russian
archive, c./fol.) is the occurrence's folio locator.  In an archival reference
the series (tagged collection-title) is ``archive_collection`` and an acronym
left unlabelled (``other``) is the ``archive``.  American boxes and folders
("Box 4, Folder 2, Papers of …") are shelf-marks too; the papers beside them
are the collection, the repository read as a publisher is the ``archive``, and
"Letter from X to Y" names the ``author`` and the ``recipient``.  The
:class:`Repository` step reads a repository named in full ("Archivo General de
Simancas, Estado, leg. 1234") that the tagger took for a title or an author.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import letter_people
from citekit.normalize._text import expand_dashed_range, squash
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.date import parse_date
from citekit.normalize.legal import court_name
from citekit.normalize.place import names_a_place

#: (the lookahead names the first letters of the words: most positions fail on it at once)
_SHELF_RE = lazy_compile(
    r"(?=[bcdfklmor]|ex)(?:^|(?<=[\s,;(]))(?:(?P<word>busta|buste|bb|filza|filze|fz|fond|fonds|reg|registro|registri|"
    r"fasc|fase|fascicolo|doc|docs|op|opis|delo|khr|cart|cartella|mazzo|leg|legajo|exp|expte|expediente|box|folder|caja|livro|liv|maço|"
    r"ll|list|listy|cc|carta|carte|fol|fols|ff|fls|fl)(?:\.\s*|\s+)|(?P<letter>[bfdlc])\.\s*|(?P<spaced>B)\s+)(?P<value>(?:[A-ZА-Я]{1,2}\s?[-–]\s?)?\d[\w/]*(?:\s*[-–—]\s*\d[\w/]*)?|[IVXLC]+\b)",
    re.I,
)
#: "Rn. B 12": the letter of a German margin number, just before the shelf-mark's place
_MARGIN_NUMBER_RE = lazy_compile(r"\b(?:Rn|Rdn|Rdnr|Rz|Randnr)\.?\s*$")
#: "pp. 751–66.", "S. 12", "345": page numbers only, no shelf-mark to look for
_PAGES_ONLY_RE = lazy_compile(r"\s*(?:pp?\.|pages?|pagg?\.|S\.|s\.)?[\d\s,.;:()\-–—]*$")
#: (Portuguese "fl."/"fls.": folha)
_LEAF_WORDS = frozenset({"l", "ll", "list", "listy", "c", "cc", "carta", "carte", "fol", "fols", "ff", "fl", "fls"})
#: the shelf-mark words of Spanish and Portuguese archives (after them, "f." is a folio, not a fond)
_IBERIAN_WORDS = frozenset({"leg", "legajo", "exp", "expte", "expediente", "caja", "liv", "livro", "maço"})
#: a leaf's number: recto or verso ("14r", "45v", "1r–3v"); no fond's number ends so
_RECTO_VERSO_RE = lazy_compile(r"^\d+[rv](?:\s*[-–]\s*\d+[rv])?$")
_RUSSIAN_WORDS = frozenset({"op", "opis", "d", "delo", "fond"})
_STRONG_WORDS = frozenset(
    {"busta", "buste", "b", "bb", "f", "filza", "filze", "fz", "fond", "fonds", "reg", "registro",
     "registri", "op", "opis", "delo", "cartella", "mazzo", "legajo", "box", "folder", "caja", "livro", "maço",
     # Spanish and Latin-American archives: legajo, expediente
     "leg", "exp", "expte", "expediente"}
)
#: shelf-mark words written out in full ("Box 4", "caja 12"): no period after them
_WHOLE_WORDS = frozenset({"box", "caja", "maço", "livro"})
_ARCHIVE_NAME_RE = lazy_compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ.´ʹ'’\s-]{0,80}(?:\s\([A-Z][A-Za-z]{1,7}\))?$")
#: "(d'ora in poi ASV)", "(hereafter TNA)", "[hereafter NRO]": the abbreviation the note announces is not the name
HENCEFORTH_RE = lazy_compile(
    r"\s*[(\[](?:d['’]ora\s+in\s+poi|da\s+ora\s+in\s+poi|hereafter|henceforth|im\s+Folgenden:?|ci-après|"
    r"désormais|de\s+aquí\s+en\s+adelante)\s+[^()\[\]]{1,20}[)\]]"
)


def _is_siglum(name: str) -> bool:
    """"GARF", "RGASPI", "TsGAIPD SPb": every word carries two capitals (an archive's siglum)."""
    words = name.split()
    return 0 < len(words) <= 3 and all(sum(c.isupper() for c in word) >= 2 for word in words)


def shelf_marks(sequence: Sequence[tuple[str, str]]) -> list[tuple[str, str, str]]:
    """Every shelf-mark in the locator-like spans: (word lower-cased, word as written, value)."""
    marks: list[tuple[str, str, str]] = []
    for label, text in sequence:
        if label in ("locator", "pages", "other", "note") and not _PAGES_ONLY_RE.match(text):
            squashed = squash(text)
            for m in _SHELF_RE.finditer(squashed):
                word = m["word"] or m["letter"] or m["spaced"]
                if m["spaced"] and _MARGIN_NUMBER_RE.search(squashed, 0, m.start()):
                    continue  # "Rn. B 12": a margin number, not busta 12 ("b 12" needs its period)
                if word[0] in "bB" and squashed[max(0, m.start() - 3) : m.start()].rstrip() == "O.":
                    continue  # "P. O. Box 575": a postal address
                if word[0] in "lL" and word.lower() == "leg" and not m["value"][:1].isdigit():
                    continue  # "leg. XXII": a parliament's legislature, not a legajo
                marks.append((word.lower(), word, m["value"]))
    return marks


def is_archival(sequence: Sequence[tuple[str, str]]) -> bool:
    """Does the reference cite an archival document (busta, filza, fond, opis …)?"""
    return not _STRONG_WORDS.isdisjoint(w for w, _, _ in shelf_marks(sequence))


class Archive(Normalizer):
    """archival shelf-marks in locator/pages/other spans -> ``archive``, ``archive_location``."""

    name: ClassVar[str] = "archive"
    code: ClassVar[str] = "P113"
    keys: ClassVar[tuple[str, ...]] = (
        "archive", "archive_collection", "archive_location", "archive-place", "collection-title",
        "collection-number", "locator", "label", "author", "publisher", "publisher-place", "note", "recipient",
        "title", "title-short", "issued",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"locator", "pages", "other", "note"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        locators = state.spans.get("locator")
        if locators and "/" in locators[0] and _department_piece(state):  # ("FO 371/12345" opens the marks)
            return
        marks = shelf_marks(state.sequence)
        if not marks:
            return  # (most references: no shelf-mark at all)
        words = {w for w, _, _ in marks}
        if words.isdisjoint(_STRONG_WORDS) and "archive" not in state.item:
            return  # (a repository named before them makes weaker words shelf-marks: "liv. 7, fl. 45")
        russian = bool(words & _RUSSIAN_WORDS)
        # ("Inquisición, vol. 1255, exp. 3" read as the series: the shelf-mark opens the location)
        location: list[str] = _marks_in_series(state.item) if "collection-title" in state.item else []
        leaf: str | None = None
        last = len(marks) - 1
        iberian = not words.isdisjoint(_IBERIAN_WORDS) or any(
            part.partition(".")[0].lower() in _IBERIAN_WORDS for part in location)
        shelved = "archive_location" in state.item  # (a manuscript's shelf-mark the Repository step read)
        for n, (word, written, value) in enumerate(marks):
            if word == "f" and leaf is None and (
                (iberian and n == last and location) or (shelved and _RECTO_VERSO_RE.match(value.rstrip(".,")))
                or (state.kind == "ibid" and n == last == 0)  # ("Ibídem, f. 23v": the leaf of the document before)
            ):
                # "leg. 1530, exp. 3, f. 45" (Spanish archives: folio), "Vat. lat. 3225, f. 14r": after a
                # legajo or expediente, or after a manuscript's shelf-mark, f. is the leaf cited
                leaf = expand_dashed_range(value.rstrip(".,"))
                continue
            if word in _LEAF_WORDS and (russian or word not in ("l", "ll")):
                if leaf is None:
                    leaf = expand_dashed_range(value.rstrip(".,"))
                continue
            if word in ("l", "ll"):
                continue
            value = value.rstrip(".,")
            abbreviated = len(word) <= 4 and word not in _WHOLE_WORDS
            location.append(f"{written}. {value}" if abbreviated else f"{written} {value}")
        item = state.item
        if location and not state.derived.get("record-office"):
            read = item.get("archive_location")  # (the Repository step's: "leg. 1530" before "exp. 4")
            joined = ", ".join(location)
            if isinstance(read, str) and read:
                joined = read if joined in read else joined if read in joined else f"{read}, {joined}"
            item["archive_location"] = joined
            if words & _BOX_WORDS:
                _read_papers(state)
        if leaf is not None and (state.locator is None or state.label in ("page", "line", None)):
            state.locator, state.label = leaf, "folio"
        if "collection-title" in item:
            series = item.pop("collection-title")
            number = item.pop("collection-number", None)
            item["archive_collection"] = f"{series} {number}" if number else series
        for text in state.spans.get("other", ()):
            name = HENCEFORTH_RE.sub("", squash(text)).strip(" ,;:")
            if name and _ARCHIVE_NAME_RE.match(name) and "archive" not in item:
                item["archive"] = name
            elif "," in name and "archive" not in item and name[:3] in _REPOSITORY_HEADS:
                _repository_and_series(item, name)
            elif "," in name and "archive" not in item and (after_place := _after_place(name)):
                # "Firenze, Archivio di Stato, Mediceo …": the city, then the repository and its series
                _repository_and_series(item, after_place[1])
                if "archive" in item:
                    item["archive-place"] = after_place[0]
        if "archive" not in item:
            # "…, 1937, RGASPI, f. 17, …": the archive's siglum tagged as a locator of its own
            sigla = [name for text in state.spans.get("locator", ())
                     if _is_siglum(name := squash(text).strip(" ,;:.")) and not any(c.isdigit() for c in name)]
            if sigla:
                item["archive"] = sigla[0]
        if "archive" not in item and "," in str(item.get("title") or ""):
            _archive_closing_the_title(item)
        authors = state.spans.get("author", ())
        if "archive" not in item and "title" not in item and len(authors) == 1:
            # "GARF, f. R-9401, …": the tagger took the repository's siglum for an author
            name = squash(authors[0]).strip(" ,;:")
            siglum, _, series = name.partition(", ")
            if _is_siglum(name):
                item.pop("author", None)
                item["archive"] = name
            elif series in _FOND_WORDS:
                if _is_siglum(siglum):
                    _fond_read_as_date(state, siglum)  # "RGIA, f." + "1405,": the fond's number read as a year
            elif series and _is_siglum(siglum) and "archive_collection" not in item and (
                _SERIES_MARK_RE.match(series)
                or ("archive_location" in item and "," not in series and not any(c.isdigit() for c in series))
            ):
                # ("AGI, México," + "leg. 2096": the siglum, then the series by its name)
                # "NARA, RG 59," + "Box 3, Folder 12": the siglum, then the record group
                item.pop("author", None)
                item["archive"], item["archive_collection"] = siglum, series




def _marks_in_series(item: dict[str, Any]) -> list[str]:
    """"Inquisición, vol. 1255, exp. 3" read as the series: the parts with numbers after the series'
    name are the shelf-mark (returned); the series keeps its name."""
    series = str(item["collection-title"])
    if "," not in series or "collection-number" in item:
        return []
    parts = [part.strip() for part in series.split(",")]
    cut = next((i for i, part in enumerate(parts) if any(c.isdigit() for c in part)), len(parts))
    if cut == 0 or cut == len(parts):
        return []
    words = [m["word"].lower() if (m := _SERIES_SHELF_RE.match(part)) else None for part in parts[cut:]]
    if None in words or _STRONG_WORDS.isdisjoint(words):
        return []  # (only shelf-marks by their words, one of them an archive's own: "s. 1", "41" stay)
    item["collection-title"] = ", ".join(parts[:cut])
    return parts[cut:]


#: a shelf-mark's part read with the series: "vol. 1255", "exp. 3", "leg. 12"
_SERIES_SHELF_RE = lazy_compile(r"^(?P<word>vol|t|tomo|leg|legajo|exp|expte|expediente|caja|busta|b|filza|reg|fasc)\.?\s*\d[\w/.]*$", re.I)


_FOND_WORDS = frozenset({"f.", "F.", "ф.", "Ф."})
_BARE_NUMBER_RE = lazy_compile(r"^\s*(?P<number>\d{1,5})[,.]?\s*$")


def _fond_read_as_date(state: ItemState, siglum: str) -> None:
    """The number after "f." came as a date span: it is the fond, the first part of the shelf-mark."""
    sequence = [(label, text) for label, text in state.sequence if label != "punct"]
    if len(sequence) < 2 or sequence[1][0] != "date" or (m := _BARE_NUMBER_RE.match(sequence[1][1])) is None:
        return
    item = state.item
    item.pop("author", None)
    item.pop("issued", None)
    item["archive"] = siglum
    fond = f"f. {m['number']}"
    location = item.get("archive_location")
    item["archive_location"] = f"{fond}, {location}" if location else fond


def _after_place(name: str) -> tuple[str, str] | None:
    """"Firenze, Archivio di Stato, …" -> ("Firenze", "Archivio di Stato, …") when a known place opens
    the text and a repository's name follows it."""
    place, _, rest = name.partition(", ")
    if rest[:3] in _REPOSITORY_HEADS and len(place) <= 30 and names_a_place(place):
        return place, rest
    return None


def _repository_and_series(item: dict[str, Any], name: str) -> None:
    """"Archivio di Stato di Firenze, Mediceo del Principato" (unlabelled, before "filza 345"): the
    repository named in full, then its series."""
    m = _REPOSITORY_HEAD_RE.match(name)
    if m is None:
        return
    item["archive"] = name[: m.end()].strip(" ,;:.")
    series = name[m.end() :].strip(" ,;:.")
    head, _, rest = series.partition(", ")
    if head and "archive-place" not in item and names_a_place(head):
        item["archive-place"], series = head, rest  # "The National Archives, Kew, …": the archive's place
    if series and "archive_collection" not in item and not any(c.isdigit() for c in series):
        item["archive_collection"] = series


def _department_piece(state: ItemState) -> bool:
    """"TNA, FO 371/12345, f. 12" (British archives): the piece's reference is the shelf-mark and
    "f." the folio (not a Russian fond: no opis or delo), the siglum before it the archive."""
    mark = leaf = None
    for text in state.spans.get("locator", ()):
        value = squash(text).strip(" ,;:")
        if mark is None and (m := _DEPARTMENT_MARK_RE.match(value.rstrip(".,;"))) and m["piece"]:
            mark = m.group(0)  # a department code and piece number: "FO 371/12345", "PREM 3/271/2"
        elif mark is not None and leaf is None and (m := _LEAF_RE.match(value.rstrip("."))):  # "f. 12"
            leaf = expand_dashed_range(m["leaf"])
    if mark is None:
        return False
    item = state.item
    item["archive_location"] = mark
    if leaf is not None:
        state.locator, state.label = leaf, "folio"
    elif state.locator is not None and state.locator in mark:
        state.locator = state.label = None  # (the pages step read the piece number as the page cited)
    authors = state.spans.get("author", ())
    if "archive" not in item and "title" not in item and len(authors) == 1:
        name = squash(authors[0]).strip(" ,;:")
        if _is_siglum(name) or _ARCHIVE_NAME_RE.match(name):
            item.pop("author", None)
            item["archive"] = name
    elif "archive" not in item and "author" not in state.spans and len(state.spans.get("title", ())) == 1:
        # "Norfolk Record Office, MC 45/2, ff. 8–9": the repository read as the title
        name = str(item.get("title") or "")
        if _LIBRARY_RE.search(name) and _ARCHIVE_NAME_RE.match(name):
            item["archive"] = item.pop("title")
            item.pop("title-short", None)
    return True


#: an archive's series by its letters and number: "RG 59" (record group), "MS 3197", "Add. MS 12"
_SERIES_MARK_RE = lazy_compile(r"^(?:[A-Z]{1,4}\.?\s?){1,2}\d{1,5}[a-z]?$")


def _archive_closing_the_title(item: dict[str, Any]) -> None:
    """"Letter from N. I. Ezhov to I. V. Stalin, 17 September 1937, RGASPI" + "f. 17, op. 3, …":
    the document, its date and the archive's siglum, all tagged as the title."""
    parts = [part.strip() for part in str(item["title"]).split(",")]
    if len(parts) < 2 or not _is_siglum(parts[-1]):
        return
    item["archive"] = parts.pop()
    date = parse_date(parts[-1]) if len(parts) > 1 and any(c.isdigit() for c in parts[-1]) else None
    if date is not None and "date-parts" in date and "issued" not in item:
        item["issued"] = date
        parts.pop()
    item["title"] = ", ".join(parts)
    item.pop("title-short", None)
    letter_people(item)


_BOX_WORDS = frozenset({"box", "folder", "caja"})


def _read_papers(state: ItemState) -> None:
    """"Letter from X to Y, 3 May 1921, Box 4, Folder 2, Papers of Jane Addams, Swarthmore College
    Peace Collection" (the American form): the papers beside the box are the collection, the
    repository was read as a publisher, the letter names its writer and addressee."""
    item = state.item
    notes = state.spans.get("note", ())
    if len(notes) == 1 and "archive_collection" not in item:
        rest = [part.strip(" .") for part in squash(notes[0]).split(",")]
        named = [part for part in rest if part and not any(c.isdigit() for c in part)]
        if len(named) == 1:
            item["archive_collection"] = named[0]
            item.pop("note", None)
    if "archive" not in item and "publisher" in item and "container-title" not in item:
        item["archive"] = item.pop("publisher")
        if "publisher-place" in item:
            item["archive"] = f"{item['archive']}, {item.pop('publisher-place')}"
    letter_people(item)


#: the first words of a repository's name opening an archival reference (a siglum is the Archive
#: step's): "Archivo General de Simancas", "Archives nationales", "Geheimes Staatsarchiv …"
#: ("Archivio storico italiano", "Archiv für Kulturgeschichte" are journals: after "Archivio" and its
#: kin comes a word that only an archive's name has)
_REPOSITORY_HEAD_RE = lazy_compile(
    r"^(?P<name>(?:(?:Archiv(?:o|io|es)|Arquivo|Arxiu|Archiwum)\s+(?:di|de|del|della|dello|des|du|do|da|dos|d['’]|"
    r"General|Generale|Histórico|Historico|Nacional|Nazionale|nationales|Nationales|départementales|"
    r"municipales|diplomatiques|Segreto|Capitolare|Comunale|Provincial|Municipal|Central|Real|Ducale|"
    r"Arcivescovile|Vescovile|Apostolico|Privato|Distrital|Państwowe|Główne|Akt)|Geheimes\s+Staatsarchiv|"
    r"(?:Haupt|General)?(?:[Ss]taats|[Ll]andes|[Ss]tadt|[Bb]undes|Landeshaupt)archiv|Generallandesarchiv|National\s+Archives|"
    r"Public\s+Record\s+Office|The\s+National\s+Archives)\b[^,;]*)"
)
#: the first three letters of every name ``_REPOSITORY_HEAD_RE`` opens with
_REPOSITORY_HEADS = frozenset({"Arc", "Arq", "Arx", "Geh", "Hau", "Gen", "Sta", "Lan", "Bun", "Nat", "Pub", "The"})
#: a repository closing the reference: "…, MS 2642/3, London Metropolitan Archives."
_REPOSITORY_TAIL_RE = lazy_compile(r"\b(?:Archives|Record\s+Office|Staatsarchiv|Landesarchiv)\W*$")
#: the last six letters of every name ``_REPOSITORY_TAIL_RE`` finds
_REPOSITORY_TAIL_ENDS = frozenset({"chives", "Office", "archiv"})
#: the leaf cited: "Bl. 5", "fol. 12v", "f. 3"
_LEAF_RE = lazy_compile(r"^(?:Bl|fol|fols|ff|f|c|l|ll)\.\s*(?P<leaf>\d+[rv]?(?:\s*[-–]\s*\d+[rv]?)?)$")
_REPOSITORY_LABELS = frozenset({"title", "author", "other", "publisher", "location"})
#: a shelf-mark's word without its number ("leg.", "busta", "filza")
_SHELF_WORD_RE = lazy_compile(r"^(?:leg|legajo|exp|expediente|busta|b|filza|reg|registro|fasc|caja|mazzo|cart|liv|livro)\.?$", re.I)


class Repository(Normalizer):
    """a repository named in full, opening or closing the reference -> ``archive`` (+ series, shelf-mark).

    "Archivo General de Simancas, Estado, leg. 1234, fol. 5": the tagger reads a repository's name as
    a title or an author; it is the ``archive``, the words after it the series (``archive_collection``)
    and the parts with numbers the shelf-mark (``archive_location``).  A reference that closes with
    "… Archives" or "… Record Office" was found there.  Books (a publisher or container span, a
    date before the name) are left alone.
    """

    name: ClassVar[str] = "repository"
    code: ClassVar[str] = "P121"
    keys: ClassVar[tuple[str, ...]] = (
        "archive", "archive_collection", "archive_location", "archive-place", "author", "title", "title-short",
        "locator", "label", "publisher", "publisher-place", "collection-title", "collection-number",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"title", "author", "other", "location", "publisher"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        if not state.sequence or "volume" in state.spans:
            return  # (a repository named in a book's or a journal's title: "Guida generale …, vol. IV")
        series_as_container = None
        if "container-title" in state.spans:
            series_as_container = _series_with_shelf_mark(state)
            if series_as_container is None:
                return
        sequence = state.sequence
        label, text = sequence[0]
        if label == "punct" or label == "signal":
            label, text = next(((lb, tx) for lb, tx in sequence if lb != "punct" and lb != "signal"), ("", ""))
        if label == "author" and _siglum_and_shelf_mark(state, text):
            return
        if label == "other" and _LIBRARY_RE.search(text) and _not_a_book(state) and _manuscript_in_library(state, text):
            return
        if (
            label == "title" and "locator" in state.spans and ", " in text and _not_a_book(state)
            and _LIBRARY_RE.search(text) and _repository_then_mark(state, text)
        ):
            return
        if text[:3] in _REPOSITORY_HEADS and label in _REPOSITORY_LABELS and _not_a_book(state):
            m = _REPOSITORY_HEAD_RE.match(squash(text))
            if m and not (label == "other" and is_archival(sequence)):  # (that one is the Archive step's)
                text = HENCEFORTH_RE.sub("", squash(text))
                if series_as_container is not None and label == "title":
                    # "Archivo Histórico Nacional (AHN)," + "Consejos, leg. 11.984,": the series and shelf-mark
                    # read as a journal
                    text = f"{text.rstrip()} {squash(series_as_container)}"
                    state.item.pop("container-title", None)
                if label == "other" or "locator" in state.spans or any(c.isdigit() for c in text[m.end() :]):
                    _read_repository(state, label, text, m.end(), _after_first(sequence))
                    return
        label, text = sequence[-1]
        if label == "punct" and len(sequence) > 1:
            label, text = sequence[-2]
        if (
            (label == "publisher" or label == "location" or label == "other") and "date" in state.spans
            and text.rstrip(" .,;:)")[-6:] in _REPOSITORY_TAIL_ENDS and _REPOSITORY_TAIL_RE.search(text)
        ):
            # "Minutes of the Vestry, 12 April 1743, …, London Metropolitan Archives."
            item = state.item
            item["archive"] = squash(text).strip(" ,;:.")
            for key in ("publisher", "publisher-place"):
                if key in item and item[key] in text:
                    del item[key]


#: a record office's shelf-mark: department code and piece ("FO 371/24855", "CO 323/1021/3", "CAB 23/15",
#: "RG 59", "Add MS 41234")
_DEPARTMENT_MARK_RE = lazy_compile(r"^(?:Add\.?\s+)?[A-Z]{1,6}\s?\d{1,6}(?P<piece>(?:/\d{1,6})+)?[A-Za-z]?$")
_YEAR_RE = lazy_compile(r"\b(?:1[5-9]\d\d|20\d\d)$")


def _series_with_shelf_mark(state: ItemState) -> str | None:
    """The one container-title span, when it holds an archive's series and a shelf-mark ("Consejos,
    leg. 11.984,"), right after a title span and with no imprint; else ``None``."""
    spans = state.spans["container-title"]
    if len(spans) != 1 or not _not_a_book(state) or "date" in state.spans:
        return None
    if _STRONG_WORDS.isdisjoint(w for w, _, _ in shelf_marks([("locator", spans[0])])):
        return None
    return spans[0]


def _siglum_and_shelf_mark(state: ItemState, first: str) -> bool:
    """"TNA, FO 371/24855, f. 12", "NARA, RG 59, Box 3, Hull to Winant": a record office's siglum and a
    department's shelf-mark (British, American, Commonwealth archives), which the tagger reads as
    authors ("Tna", "CO 323").  True when read so.  A court and a periodical ("BGH, NJW 2003") are not
    a shelf-mark: the number after the code must not be a year unless a piece number follows."""
    head = first.lstrip()[:2]
    if not (head.isalpha() and head.isupper()):
        return False  # (a siglum opens with two capitals: "TNA", "BL", "NARA"; most authors do not)
    parts = [part.strip(" .;:") for part in squash(first).split(",")]
    parts = [part for part in parts if part]
    if not parts or not _is_siglum(parts[0]) or any(c.isdigit() for c in parts[0]):
        return False
    marks = parts[1:]
    place = marks.pop(0) if len(marks) > 1 and not _is_department_mark(marks[0]) and names_a_place(marks[0]) else None
    if marks and not _is_department_mark(marks[0]):
        return False  # ("SMITH, J.": a name in capitals, no shelf-mark after it)
    following = [(label, squash(text).strip(" ,;:.")) for label, text in state.sequence
                 if label != "punct" and label != "signal"][1:]
    if not marks and following and following[0][0] in ("locator", "collection-title"):
        marks = [following.pop(0)[1]]
    if not marks or not all(_is_department_mark(mark) for mark in marks) or court_name(parts[0]):
        return False
    item = state.item
    item.pop("author", None)
    item["archive"] = parts[0]
    if place:
        item["archive-place"] = place  # "TNA, Kew, C 1/46/3": where the archive is
    for key in ("collection-title", "collection-number"):
        item.pop(key, None)
    boxes: list[str] = []  # "Box 3, Folder 12": where the document lies within the record group
    title = str(item.get("title") or "")
    if title and len(state.spans.get("title", ())) == 1:
        words = [part.strip() for part in title.split(",")]
        while words and _SHELF_RE.match(words[0]):  # "Box 3, Hull to Winant"
            boxes.append(words.pop(0))
        if words:
            item["title"] = ", ".join(words)
        else:
            item.pop("title")
        item.pop("title-short", None)
    for label, text in following:
        if label == "locator" and _LEAF_RE.match(text) is None and _SHELF_RE.match(text):
            boxes.extend(part.strip() for part in text.split(","))
    if boxes and not any("/" in mark for mark in marks):
        item["archive_collection"] = ", ".join(marks)  # "RG 59": the record group, the boxes within it
        location = boxes
    else:
        location = marks + boxes
    item["archive_location"] = ", ".join(location)
    state.derived["record-office"] = True  # (the Archive step would take "f. 12" for a shelf-mark)
    for label, text in following:
        leaf = _LEAF_RE.match(text) if label == "locator" else None  # "f. 12": a folio (no fond here)
        if leaf:
            state.locator, state.label = expand_dashed_range(leaf["leaf"]), "folio"
    if state.label == "folio" and state.locator and "/" in state.locator:
        state.locator, state.label = None, None  # ("FO 371/12345" read as a folio by the pages step)
    letter_people(item)
    return True


def _is_department_mark(text: str) -> bool:
    match = _DEPARTMENT_MARK_RE.match(text)
    return bool(match and (match["piece"] or not _YEAR_RE.search(text)))


#: a library or archive named first: "British Library,", "Bibliothèque nationale de France,"
_LIBRARY_RE = lazy_compile(r"\b(?:Library|Libraries|Bibliothèque|Biblioteca|Bibliothek|Archives?|Record\s+Office)\b")
#: a manuscript's shelf-mark: "Cotton MS Nero D IV", "Add. MS 12345", "MS Lat. 123", "Cod. Vat. lat. 3225"
_MANUSCRIPT_MARK_RE = lazy_compile(
    r"(?:^|\s)(?:MSS?|Ms|Mss|Cod|Codex)\.?\s+\S"
    r"|^(?:Vat|Pal|Reg|Barb|Ottob|Urb|Chig|Borg|Ross)\.\s+(?:lat|gr|ebr|sir|ar)\.\s+\d"  # the Vatican's fonds
)


def _manuscript_in_library(state: ItemState, library: str) -> bool:
    """"British Library, Cotton MS Nero D IV, fol. 3r": the library, then the manuscript's shelf-mark (which
    the tagger reads as a series or a title).  True when read so."""
    marks = [(label, text) for label, text in state.sequence[1:]
             if label in ("collection-title", "title", "other") and _MANUSCRIPT_MARK_RE.search(squash(text))]
    if len(marks) != 1:
        return False
    item = state.item
    item["archive"] = squash(library).strip(" ,;:.")
    item["archive_location"] = squash(marks[0][1]).strip(" ,;:.")
    for key in ("collection-title", "collection-number") if marks[0][0] == "collection-title" else ():
        item.pop(key, None)
    if marks[0][0] == "title" and len(state.spans["title"]) == 1:
        item.pop("title", None)
        item.pop("title-short", None)
    return True


def _shelf_mark_then_leaf(state: ItemState, locators: Sequence[str], location: list[str]) -> None:
    """"Hauptstaatsarchiv Stuttgart, A 206 Bü 1234, fol. 5": the shelf-mark and the leaf tagged as two
    locators (the pages step took the shelf-mark for the page cited)."""
    leaf = _LEAF_RE.match(squash(locators[-1]).strip(" ,;:").rstrip("."))
    if leaf is None:
        return
    marks = [squash(text).strip(" ,;:.") for text in locators[:-1]]
    if all(any(c.isdigit() for c in mark) for mark in marks):
        location.extend(marks)
        state.locator, state.label = expand_dashed_range(leaf["leaf"]), "folio"


def _repository_then_mark(state: ItemState, text: str) -> bool:
    """"West Yorkshire Archive Service, WYL 100/4," + "fol. 2.": a repository and a department's
    shelf-mark read as one title, the leaf cited after it.  True when read so."""
    name, _, rest = squash(text).strip(" ,;:.").partition(", ")
    marks = [part.strip() for part in rest.split(",")]
    if not _ARCHIVE_NAME_RE.match(name) or not _LIBRARY_RE.search(name) or not all(map(_is_department_mark, marks)):
        return False
    locators = state.spans["locator"]
    leaf = _LEAF_RE.match(squash(locators[0]).strip(" ,;:").rstrip(".")) if len(locators) == 1 else None
    if leaf is None or len(state.spans.get("title", ())) != 1:
        return False
    item = state.item
    item.pop("title", None)
    item.pop("title-short", None)
    item["archive"], item["archive_location"] = name, ", ".join(marks)
    state.locator, state.label = expand_dashed_range(leaf["leaf"]), "folio"
    return True


def _after_first(sequence: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The spans after the first one that is not punctuation or a signal."""
    spans = [(label, text) for label, text in sequence if label != "punct" and label != "signal"]
    return spans[1:]


def _not_a_book(state: ItemState) -> bool:
    """No imprint and no page range: "Archivio di Stato di Venezia, Mestieri e Arti …, Venezia 1986,
    pp. 86-87" is an exhibition catalogue the archive published, not a document it keeps."""
    spans = state.spans
    return "publisher" not in spans and "location" not in spans and "pages" not in spans


def _read_repository(
    state: ItemState, label: str, text: str, name_end: int, rest: list[tuple[str, str]]
) -> None:
    item = state.item
    if "collection-title" in state.spans:
        name_end = len(text)  # "Archivio di Stato, Venezia" + the series in a span of its own
    item["archive"] = text[:name_end].strip(" ,;:.")
    series: list[str] = []
    location: list[str] = []
    described: list[str] = []  # after the shelf-mark: the document itself ("Chilston to Eden")
    for part in text[name_end:].split(","):
        part = part.strip(" ;:.")
        if not part:
            continue
        leaf = _LEAF_RE.match(part)
        if leaf and state.locator is None:
            state.locator, state.label = expand_dashed_range(leaf["leaf"]), "folio"
        elif any(c.isdigit() for c in part):
            location.append(part)
        elif not location:
            series.append(part)
        else:
            described.append(part)
    if label == "author":
        item.pop("author", None)
        following = rest[0] if rest else None
        if following and following[0] == "title" and "title" in item and len(state.spans["title"]) == 1:
            series.append(item.pop("title"))  # "Arquivo Nacional …, Inquisição de Lisboa, proc. 1234"
            item.pop("title-short", None)
    elif label == "title" and len(state.spans["title"]) == 1:
        item.pop("title", None)
        item.pop("title-short", None)
    if series and _SHELF_WORD_RE.match(series[-1]) and rest and rest[0][0] == "date" and (
        number := _BARE_NUMBER_RE.match(rest[0][1])
    ):
        # "…, Indiferente General, leg." + "1530,": the shelf-mark's word closed the name, its number read as a year
        location.append(f"{series.pop().rstrip('.')}. {number['number']}")
        item.pop("issued", None)
    if state.label == "page" and state.locator and "," in state.locator:
        # "Nr. 345, Bl. 12": the rest of the shelf-mark, then the leaf cited
        parts = [part.strip() for part in state.locator.split(",")]
        leaf = _LEAF_RE.match(parts[-1])
        if leaf:
            location.extend(parts[:-1])
            state.locator, state.label = expand_dashed_range(leaf["leaf"]), "folio"
        elif _SHELF_RE.match(parts[-1]) and not any(c.isdigit() for c in parts[0]):
            # "Estado, leg. 2851": the series and the shelf-mark, read as the page cited
            cut = next(i for i, part in enumerate(parts) if any(c.isdigit() for c in part))
            series.extend(parts[:cut])
            location.extend(parts[cut:])
            state.locator = state.label = None
    elif state.label != "folio" and len(locators := state.spans.get("locator", ())) > 1:
        _shelf_mark_then_leaf(state, locators, location)
    if series and "archive-place" not in item and names_a_place(series[0]):
        item["archive-place"] = series.pop(0)  # "The National Archives, Kew, …": the archive's place
    if series and "archive_collection" not in item:
        item["archive_collection"] = ", ".join(series)
    if location and "archive_location" not in item:
        item["archive_location"] = ", ".join(location)
    if described and "title" not in item:
        # "The National Archives, Kew, FO 371/19456, Chilston to Eden": the document after its shelf-mark
        item["title"] = ", ".join(described)
