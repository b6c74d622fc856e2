"""Archival documents: repository, series and shelf-mark -> ``archive*`` variables.

"GARF, f. 5446, op. 1, d. 23, l. 4" (fond, opis', delo, list),
"ASV, Senato Misti, reg. 12, c. 34r", "AN, b. 247, fol. 109r": the
shelf-mark (busta, filza, reg., fasc., f./op./d.) is where the document lies,
so it is the entry's ``archive_location``; the leaf cited (l./ll. in a Russian
archive, c./fol.) is the occurrence's folio locator.  In an archival reference
the series (tagged collection-title) is ``archive_collection`` and an acronym
left unlabelled (``other``) is the ``archive``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from citekit.normalize._text import expand_dashed_range, squash
from citekit.normalize.base import Context, ItemState, Normalizer

#: (the lookahead names the first letters of the words: most positions fail on it at once)
_SHELF_RE = re.compile(
    r"(?=[bcdfklmor])(?:^|(?<=[\s,;(]))(?:(?P<word>busta|buste|bb|filza|filze|fz|fond|fonds|reg|registro|registri|"
    r"fasc|fase|fascicolo|doc|docs|op|opis|delo|khr|cart|cartella|mazzo|"
    r"ll|list|listy|cc|carta|carte|fol|fols|ff)(?:\.\s*|\s+)|(?P<letter>[bfdlc])\.\s*|(?P<spaced>B)\s+)(?P<value>(?:[A-ZА-Я]{1,2}\s?[-–]\s?)?\d[\w/]*(?:\s*[-–—]\s*\d[\w/]*)?|[IVXLC]+\b)",
    re.I,
)
#: "Rn. B 12": the letter of a German margin number, just before the shelf-mark's place
_MARGIN_NUMBER_RE = re.compile(r"\b(?:Rn|Rdn|Rdnr|Rz|Randnr)\.?\s*$")
#: "pp. 751–66.", "S. 12", "345": page numbers only, no shelf-mark to look for
_PAGES_ONLY_RE = re.compile(r"\s*(?:pp?\.|pages?|pagg?\.|S\.|s\.)?[\d\s,.;:()\-–—]*$")
_LEAF_WORDS = frozenset({"l", "ll", "list", "listy", "c", "cc", "carta", "carte", "fol", "fols", "ff"})
_RUSSIAN_WORDS = frozenset({"op", "opis", "d", "delo", "fond"})
_STRONG_WORDS = frozenset(
    {"busta", "buste", "b", "bb", "f", "filza", "filze", "fz", "fond", "fonds", "reg", "registro",
     "registri", "op", "opis", "delo", "cartella", "mazzo"}
)
_ARCHIVE_NAME_RE = re.compile(r"^[A-ZÀ-Þ][A-Za-zÀ-ÿ.´ʹ'’\s-]{0,80}$")
#: "(d'ora in poi ASV)", "(hereafter TNA)": the abbreviation the note announces is not the name
_HENCEFORTH_RE = re.compile(
    r"\s*\((?:d['’]ora\s+in\s+poi|da\s+ora\s+in\s+poi|hereafter|henceforth|im\s+Folgenden:?|ci-après|"
    r"désormais|de\s+aquí\s+en\s+adelante)\s+[^()]{1,20}\)"
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
        "archive", "archive_collection", "archive_location", "collection-title",
        "collection-number", "locator", "label", "author",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"locator", "pages", "other", "note"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        marks = shelf_marks(state.sequence)
        words = {w for w, _, _ in marks}
        if words.isdisjoint(_STRONG_WORDS):
            return
        russian = bool(words & _RUSSIAN_WORDS)
        location: list[str] = []
        leaf: str | None = None
        for word, written, value in marks:
            if word in _LEAF_WORDS and (russian or word not in ("l", "ll")):
                if leaf is None:
                    leaf = expand_dashed_range(value.rstrip(".,"))
                continue
            if word in ("l", "ll"):
                continue
            value = value.rstrip(".,")
            location.append(f"{written}. {value}" if len(word) <= 4 else f"{written} {value}")
        item = state.item
        if location:
            item["archive_location"] = ", ".join(location)
        if leaf is not None and (state.locator is None or state.label in ("page", "line")):
            state.locator, state.label = leaf, "folio"
        if "collection-title" in item:
            series = item.pop("collection-title")
            number = item.pop("collection-number", None)
            item["archive_collection"] = f"{series} {number}" if number else series
        for text in state.spans.get("other", ()):
            name = _HENCEFORTH_RE.sub("", squash(text)).strip(" ,;:")
            if name and _ARCHIVE_NAME_RE.match(name) and "archive" not in item:
                item["archive"] = name
        authors = state.spans.get("author", ())
        if "archive" not in item and "title" not in item and len(authors) == 1:
            # "GARF, f. R-9401, …": the tagger took the repository's siglum for an author
            name = squash(authors[0]).strip(" ,;:")
            if _is_siglum(name):
                item.pop("author", None)
                item["archive"] = name
