"""Stable, readable citation keys: ``hagenloh2009``, then ``hagenloh2009a``.

A key is the ASCII-folded family name of the first author (else editor, else
any other creator, else the first significant title word) followed by the year.
Folding keeps keys typeable in any editor and valid for BibTeX and biber
(letters and digits only); the letter suffix follows the author-year habit of
humanities bibliographies.  The same entry always gets the same key for the
same set of keys already taken, so regenerated files diff cleanly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from citekit.lazy_regex import lazy_compile
from citekit.model import NAME_VARIABLES, Entry
from citekit.transliteration import latinize

#: Letters that NFKD does not decompose into an ASCII base.
_FOLD = str.maketrans({
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
    "ı": "i", "ŋ": "ng",
})
_NON_KEY_RE = lazy_compile(r"[^a-z0-9]+")
_TAG_RE = lazy_compile(r"<[^>]+>")
#: Title words too common to name a work (articles in the languages of the field).
_STOP_WORDS = frozenset({
    "a", "an", "the", "of", "on", "in", "and", "to", "for", "der", "die", "das", "ein", "eine",
    "le", "la", "les", "l", "un", "une", "des", "du", "de", "el", "los", "las", "il", "lo",
    "gli", "i", "o", "os", "as",
})
_PRIMARY = ("author", "editor")


def ascii_fold(text: str) -> str:
    """Lower-case ASCII letters and digits only: "Ranke-Müller" → "rankemuller", "Хлевнюк" → "khlevniuk"."""
    text = latinize(_TAG_RE.sub("", text)).translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_text = decomposed.encode("ascii", "ignore").decode("ascii").lower()
    return _NON_KEY_RE.sub("", ascii_text)


def _first_name_part(entry: Entry) -> str:
    order = list(_PRIMARY) + [v for v in NAME_VARIABLES if v not in _PRIMARY]
    for variable in order:
        names = entry.get(variable)
        if not isinstance(names, list) or not names:
            continue
        first = names[0]
        if not isinstance(first, dict):
            continue
        if first.get("family"):
            return ascii_fold(str(first["family"]))
        if first.get("literal"):
            words = [ascii_fold(w) for w in str(first["literal"]).split()]
            return next((w for w in words if w and w not in _STOP_WORDS), "")
    return ""


def _title_word(entry: Entry) -> str:
    for word in str(entry.get("title") or "").split():
        folded = ascii_fold(word)
        if folded and folded not in _STOP_WORDS:
            return folded
    return ""


def _year(entry: Entry) -> str:
    issued: Any = entry.get("issued")
    if isinstance(issued, dict):
        parts = issued.get("date-parts")
        if parts and parts[0] and parts[0][0] not in (None, ""):
            return ascii_fold(str(parts[0][0]))
        for key in ("raw", "literal"):
            match = re.search(r"\d{4}", str(issued.get(key) or ""))
            if match:
                return match.group()
    return ""


def base_key(entry: Entry) -> str:
    """The key before de-duplication: name (or title word) + year; "anon" if neither."""
    stem = _first_name_part(entry) or _title_word(entry) or "anon"
    return stem[:30] + _year(entry)


def _suffixes() -> Iterable[str]:
    """a … z, then aa, ab … (never runs out)."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    yield from letters
    width = 2
    while True:
        for n in range(26**width):
            out = ""
            for _ in range(width):
                n, r = divmod(n, 26)
                out = letters[r] + out
            yield out
        width += 1


def make_key(entry: Entry, taken: set[str]) -> str:
    """A key for ``entry`` not in ``taken``; adds it to ``taken`` and returns it.

    ``hagenloh2009``; if taken, ``hagenloh2009a``, ``hagenloh2009b`` …  Generated
    keys are lower case; BibTeX compares keys case-insensitively, so callers that
    hold mixed-case keys should put their lower-cased forms in ``taken`` too.
    """
    key = base_key(entry)
    if key in taken:
        key = next(key + s for s in _suffixes() if key + s not in taken)
    taken.add(key)
    return key
