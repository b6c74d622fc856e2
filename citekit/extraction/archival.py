"""Runs of archival files in one note: the next shelf-mark inherits what the first one named.

An archival note names its archive once and then lists further files by
their shelf-marks alone, eliding every level that stays the same:
"GARF, f. R-9401, op. 1, d. 12, l. 5; d. 14, l. 7" cites delo 14 of the same
fond and opis in the same archive; "TNA, FO 371/56789; FO 371/56790" cites a
second piece of the same archive.  Read alone, "d. 14, l. 7" is neither a
work nor a short form, so the file it stands for would be lost (or linked to
the first file) unless the run is read as a whole.
"""

from __future__ import annotations

import re

from citekit.extraction.classify import FRENCH_ARCHIVE, MANUSCRIPT, archival_file, archival_pinpoint
from citekit.lazy_regex import lazy_compile

#: one level of a shelf-mark: an optional label of one or two words ("d.", "fasc.", "Д.", "AB", "DCH/E/",
#: "Harley MS") and its number
_LEVEL = lazy_compile(
    # (or a library's collection and its manuscript: "Esad Efendi MS 1865")
    r"(?:[A-ZÀ-ÞÇĞİÖŞÜ][^\W\d_]+\s){1,3}MSS?\.?\s\d+[\w/.-]*|"
    r"(?:[^\W\d_]{1,8}(?:[./][^\W\d_]{1,4})*[./]?\s?){0,2}"
    r"[A-ZА-ЯЁ]?-?\d+[\w/.-]*(?:\s\d+[\w/.-]*)?"  # (a series and its carton: "F10 1205")
)
#: the separators between levels: commas, or the full stops of Russian style ("Ф. 141. Оп. 1. Д. 12")
_LEVEL_SEPARATOR = lazy_compile(r",\s+|(?<=\d)\.\s+")


def levels(location: str) -> list[str]:
    """The levels of a shelf-mark, outermost first: "f. R-9401, op. 1, d. 12" -> three levels."""
    return [part for part in _LEVEL_SEPARATOR.split(location.strip().rstrip(".")) if part]


def continuation_location(text: str) -> str | None:
    """The shelf-mark a bare continuation names ("d. 14, l. 7" -> "d. 14"), else None.

    Every level must be a label and a number: a word of prose, a title or an
    author makes the piece something else, and a file that names its own archive
    is no continuation.  The leaf or page cited is the locator, not a level.
    """
    stripped = text.strip().rstrip(".;, ")
    named = archival_file(stripped)
    if (named is not None and named[0]) or FRENCH_ARCHIVE.match(stripped) or MANUSCRIPT.match(stripped):
        return None  # "…; ГАРФ. Ф. 5446. …", "…; AD Aude, 3 E 120": a file of another archive, named
    pin = archival_pinpoint(stripped)
    body = stripped[: pin.start].rstrip(" ,.") if pin else stripped
    parts = levels(body)
    if not parts or not all(_LEVEL.fullmatch(part) for part in parts):
        return None
    return body


def _label(level: str) -> str:
    """What names a level, without its number: "d. 12" -> "d", "DCH/E/12" -> "dch/e", "F10 1203" -> "f"."""
    return re.sub(r"\d.*", "", level, flags=re.S).strip(" ./-").lower()


def inherit_location(previous: str, continuation: str) -> str:
    """The full shelf-mark of ``continuation`` after the file ``previous`` of the same archive.

    The levels above the one the continuation starts with are the previous
    file's: "f. R-9401, op. 1, d. 12" then "d. 14" -> "f. R-9401, op. 1, d. 14".
    A continuation whose first level the previous file does not have
    ("FO 371/56790" after "FO 371/56789" has the same one) stands alone.
    """
    before = levels(previous)
    after = levels(continuation)
    if not before or not after:
        return continuation
    separator = ", " if ", " in previous or len(before) == 1 else ". "
    label = _label(after[0])
    if not label:
        # a bare number ("ASFi, Arte della Lana, 45; 46"): the last level changes
        return separator.join(before[:-1] + after)
    for index in range(len(before) - 1, -1, -1):
        if _label(before[index]) == label:
            return separator.join(before[:index] + after)
    return continuation
