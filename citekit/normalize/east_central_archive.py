"""A file in an archive of East Central Europe: "AAN, KC PZPR, sygn. 237/V-12, k. 45", "NA, f. KSČ-ÚV-02/1,
sv. 12, a. j. 45, l. 3", "MNL OL M-KS 276. f. 53. cs. 12. ő. e.", "LCVA, f. 383, ap. 7, b. 12, l. 45",
"LVVA, 1986. f., 1. apr., 12. l., 45. lp.", "ERAF.1.4.112, l. 23", "HDA, fond 1561, kut. 12".

The notes open with the archive (``data/east_central_archives.txt``: its siglum or its name; or a name of the
form "Archiwum Państwowe w Lublinie", "Státní okresní archiv Kladno"), perhaps its city, perhaps a named
collection ("KC PZPR", "f. Povereníctvo vnútra"), then the signature (fond, inventory, file, carton, each with
its number; Hungarian signatures without commas after the archive) and perhaps the leaf ("k." karta, "l."
list/lapas/leht, "lp." lapa, "fol.") or the page ("s.", "str.", "p.") cited.  The tagger reads a siglum as an
author and a signature as a date or a series.  The step reads the whole text in that order: the archive's name
as written is the ``archive``, the city the ``archive-place``, the collection ``archive_collection``, the
signature ``archive_location``, the leaf or page the locator; a description with a date after the signature
("MNL OL K 27, Minisztertanácsi jegyzőkönyvek, 1920. március 12.") is the ``title`` and its year ``issued``.
A note in any other order is left to the steps that read those.
"""

from __future__ import annotations

import functools
from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import data_lines, hyphen_range, note_text
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.place import names_a_place

#: a state or district archive named by its kind and its city: "Archiwum Państwowe w Lublinie", "Státní
#: okresní archiv Kladno", "Státní oblastní archiv v Třeboni", "Zemský archiv v Opavě", "Državni arhiv u Splitu"
_NAMED_RE = lazy_compile(
    r"^(?:Archiwum\s+(?:Państwowe|Archidiecezjalne|Diecezjalne|Miejskie)\s+w\s+|Státní\s+(?:okresní|oblastní)\s+archiv\s+"
    r"(?:v\s+)?|Zemský\s+archiv\s+v\s+|Štátny\s+archív\s+v\s+|Državni\s+arhiv\s+u\s+|Archiv\s+města\s+|"
    r"Archiv\s+hlavního\s+města\s+)[A-ZŁŚŻŹĆÓŠČŘŽ][\w-]+(?:\s+[A-ZŁŚŻŹĆÓŠČŘŽ][\w-]+)?"
)
#: the leaf or page cited closing the note: "k. 45", "k. 7v", "l. 12–14", "fol. 3", "s. 5", "str. 12",
#: and the Latvian "45. lp." (lapa), label after the number
_PIN_RE = lazy_compile(
    r"^(?:(?P<word>k|kk|l|ll|lp|fol|fols|f|ff|s|str|p|pp|lk)\.?\s?(?P<value>\d+[rvab]?(?:\s?[-–]\s?\d+[rvab]?)?)"
    r"|(?P<before>\d+[rvab]?(?:\s?[-–]\s?\d+[rvab]?)?)\.\s?(?P<after>lp|lpp|o|old)\.?)$"
)
_PIN_LABELS = {"k": "folio", "kk": "folio", "l": "folio", "ll": "folio", "lp": "folio", "fol": "folio",
               "fols": "folio", "f": "folio", "ff": "folio", "s": "page", "str": "page", "p": "page", "pp": "page",
               "lk": "page", "lpp": "page", "o": "page", "old": "page"}
#: a collection named by the word for a fonds ("f. Povereníctvo vnútra", "fond Předsednictvo ministerské rady",
#: "zesp. Ministerstwo Spraw Zagranicznych")
_FOND_WORD_RE = lazy_compile(r"^(?:f|fond|fonds|zesp|zespół|zespol|fondas|fonds)\.?\s+[A-ZÁČĎÉĚÍŇÓŘŠŤÚŮÝŽĽŁŚŻ]")
#: a date closing a description: "1920. március 12.", "12 V 1950", "26. 2. 1948", "1946"
_YEAR_RE = lazy_compile(r"\b(1[5-9]\d\d|20[0-2]\d)\b")
#: the Estonian file ("s." säilik) after the inventory ("n." nimistu): no page
_ESTONIAN_FILE_RE = lazy_compile(r"^n\.?\s?\d")
#: a signature written after the archive without a comma: "MNL OL M-KS 276. f.", "ÁBTL 3.1.9. V-150019/1",
#: "ERAF.1.4.112"
_GLUED_RE = lazy_compile(r"^[.\s]\s*(?=[A-Z]{0,4}[-\s]?[A-Z]{0,3}\s?\d|\d)")
#: a unit numbered in Roman numerals: "dz. V", "sv. II", "Grupa VI"
_ROMAN_UNIT_RE = lazy_compile(r"^(?:[a-zá-ž]{1,6}\.\s?|[A-ZČŠŽ][a-zá-ž]{2,8}\s)[IVXLC]{1,6}$")
#: labels that hold no part of the reference's shape
_OUTSIDE = ("punct", "signal")


@functools.cache
def east_central_archives() -> tuple[str, ...]:
    """The archives' names and sigla, longest first (read once)."""
    return tuple(sorted(set(data_lines("east_central_archives.txt")), key=len, reverse=True))


@functools.cache
def _heads() -> frozenset[str]:
    """The first words of the listed archives (the step's cheap pre-test)."""
    return frozenset(name.split()[0].split(".")[0] for name in east_central_archives())


def _archive_name(text: str) -> str | None:
    """The listed (or state-archive) name that opens ``text``, followed by a comma, a space or a dotted number."""
    for name in east_central_archives():
        if text.startswith(name) and text[len(name):len(name) + 1] in (",", " ", "."):
            return name
    m = _NAMED_RE.match(text)
    if m is not None and text[m.end():m.end() + 1] == ",":
        return m.group(0)
    return None


def _numbered(part: str) -> bool:
    """A part of a signature: it holds a number ("sygn. 237/V-12", "dz. V"), in a few words and no brackets."""
    if "(" in part or part.count(" ") > 3:
        return False
    return any(ch.isdigit() for ch in part) or bool(_ROMAN_UNIT_RE.match(part))


def _first_word(text: str) -> str:
    words = text.split(None, 1)
    return words[0].split(",", 1)[0].split(".", 1)[0] if words else ""


class EastCentralArchive(Normalizer):
    """"Archive[, City][, Collection], signature[, k. N]" -> a ``manuscript`` in an archive of East Central Europe."""

    name: ClassVar[str] = "east-central-archive"
    code: ClassVar[str] = "P200"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "archive", "archive-place", "archive_collection", "archive_location", "author", "title",
        "title-short", "container-title", "collection-title", "collection-number", "volume", "issue", "page",
        "publisher", "publisher-place", "issued", "note", "editor", "kind", "locator", "label",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        opening = next((text for label, text in sequence if label not in _OUTSIDE), "").lstrip()
        word = _first_word(opening)
        if word not in _heads() and word not in ("Archiwum", "Státní", "Zemský", "Štátny", "Državni", "Archiv"):
            return
        text = note_text(sequence, state.derived)
        if len(text) > 250:
            return
        name = _archive_name(text)
        if name is None:
            return
        body = text.rstrip(";")
        # keep the period of an abbreviation closing the signature ("ő. e.", "a. j."), drop a sentence's
        last = body.rsplit(" ", 1)[-1]
        if body.endswith(".") and not (len(last) <= 3 and last[:-1].isalpha() and last[:-1].islower()):
            body = body[:-1]
        rest = body[len(name):]
        item: dict[str, Any] = {"type": "manuscript", "archive": name}
        glued = ""
        if rest.startswith(","):
            rest = rest[1:].strip()
        elif _GLUED_RE.match(rest):
            # "MNL OL M-KS 276. f. 53. …", "ÁBTL 3.1.9. V-150019/1, 23", "ERAF.1.4.112, l. 23": the signature's
            # first part follows the archive without a comma
            rest = rest.lstrip(". ")
            glued, _, rest = rest.partition(", ")
            if not any(ch.isdigit() for ch in glued):
                return
        else:
            return
        parts = [part for part in rest.split(", ") if part] if rest else []
        if not glued:
            if parts and names_a_place(parts[0]) and not any(ch.isdigit() for ch in parts[0]):
                item["archive-place"] = parts.pop(0)
            collection: list[str] = []
            while parts and not _numbered(parts[0]) and len(collection) < 2:
                collection.append(parts.pop(0))
            if collection:
                if not all(part[:1].isupper() or _FOND_WORD_RE.match(part) for part in collection):
                    return
                item["archive_collection"] = ", ".join(collection)
        pin = _PIN_RE.match(parts[-1]) if parts else None
        if pin is not None and pin["word"] == "s" and len(parts) > 1 and _ESTONIAN_FILE_RE.match(parts[-2]):
            pin = None  # "f. 1, n. 2, s. 3": the Estonian file, no page
        if pin is not None and (glued or len(parts) > 1):
            parts.pop()
        else:
            pin = None
        location = [glued] if glued else []
        while parts and _numbered(parts[0]):
            location.append(parts.pop(0))
        if not location:
            return
        if parts:
            # a description of the document, perhaps with its date, after the signature
            if len(parts) > 2 or not parts[0][:1].isupper() or any(ch.isdigit() for ch in parts[0]):
                return
            item["title"] = parts[0]
            if len(parts) == 2:
                year = _YEAR_RE.search(parts[1])
                if year is None:
                    return
                item["issued"] = {"date-parts": [[int(year.group(1))]]}
        item["archive_location"] = ", ".join(location)
        state.item = item
        state.kind = "full"
        if pin is not None:
            value = pin["value"] or pin["before"]
            state.locator, state.label = hyphen_range(value), _PIN_LABELS[pin["word"] or pin["after"]]
        else:
            state.locator = state.label = None
