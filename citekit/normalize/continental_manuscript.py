"""A manuscript in a continental library by city, library and shelf-mark: "Sankt Gallen, Stiftsbibliothek,
Cod. Sang. 914, p. 23", "Wolfenbüttel, Herzog August Bibliothek, Cod. Guelf. 254 Helmst., fol. 7r", "Paris,
BnF, lat. 2855, fol. 70v", "Milano, Biblioteca Ambrosiana, ms. C 5 inf., f. 12r", "St. Gallen, Stiftsarchiv,
Urk. I 12".

The English-manuscript step reads shelf-marks with "MS" in them; continental ones are written in the
library's own way ("Cod.", "Clm", "lat.", "ms."), and the tagger reads the city as an author and the
library as a date or a series.  The step reads the whole text in its fixed order: a city, a library (its
name holds a word for library or archive, or is a known abbreviation), a shelf-mark with a number, then
the leaf or page cited, if any.  It writes ``archive-place``, ``archive``, ``archive_location`` and the
locator; the item is a ``manuscript``.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import expand_dashed_range, hyphen_range, whole_text
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables
from citekit.normalize.pages import LOCATOR_LABELS

#: (the shelf-mark is no page: "Labowsky, Bessarion’s Library, p. 191" is a short form)
#: (no full stop or colon in the name: "Nathaniel. Hawthorne: Tales …, New York: Library of America" is no library)
#: a word in a library's or an archive's name, or the sigla of the great libraries
_LIBRARY = (
    r"(?:[^,;():.]{0,50}?(?:[Bb]ibliothek|Bibliothèque|Biblioteca|Bibliotheca|Library|[Aa]rchiv|Archivio|Archives|"
    r"Bibliotheek|Mediathèque|Médiathèque)\b[^,;():.]{0,50}?|BnF|BN|BAV|BSB|ÖNB|HAB|BL)"
)
#: the parts of those words and sigla (the step's pre-test)
_LIBRARY_WORDS = ("iblio", "Library", "rchiv", "diathèque", "BnF", "BN,", "BAV", "BSB", "ÖNB", "HAB", "BL,")
_NOTE_RE = lazy_compile(
    r"^(?P<place>(?:St\.\s|Sankt\s|San\s|Saint-)?[A-ZÀ-Ü][\wäöüéè’'-]+(?:\s(?:City|am\sMain|an\sder\s\w+))?),\s"
    rf"(?P<archive>{_LIBRARY}),\s"
    r"(?P<mark>(?![Pp]p?\.|S\.|[Ff]ols?\.|[Ff]f?\.|nn?\.|cc?\.)(?=[^,;()]*[A-Za-z])[^,;()]{0,30}?\d[^,;()]{0,20}?)"
    r"(?:,\s(?P<word>fols?|ff?|pp?|S|cc?)\.?\s(?P<value>\d+[rv]?(?:\s?[-–]\s?\d+[rv]?)?))?\.?$"
)
#: what the earlier steps may have read from such a note
_READ_BEFORE = (
    "author", "editor", "title", "title-short", "collection-title", "collection-number", "publisher",
    "publisher-place", "container-title", "issued", "volume", "issue", "page", "archive", "archive-place",
    "archive_location", "archive_collection",
)


class ContinentalManuscript(Normalizer):
    """"City, Library, Shelf-mark 12, fol. 3r" -> a ``manuscript`` with its place, library and shelf-mark."""

    name: ClassVar[str] = "continental-manuscript"
    code: ClassVar[str] = "P178"
    keys: ClassVar[tuple[str, ...]] = ("type", *_READ_BEFORE, "kind", "locator", "label")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        full = whole_text(state.sequence, state.derived)
        # pre-test: short, a city's name before the first comma, and not read as a manuscript with its archive
        if len(full) > 160 or not 2 < full.find(", ") < 30 or (
            state.item.get("type") == "manuscript" and "archive" in state.item
        ) or not any(word in full for word in _LIBRARY_WORDS):
            return
        m = _NOTE_RE.match(full)
        if m is None:
            return
        item = state.item
        drop_variables(item, _READ_BEFORE)
        item.pop("type", None)
        state.item = item = {"type": "manuscript", **item}
        item["archive"] = m["archive"].strip()
        item["archive_location"] = m["mark"].strip()
        item["archive-place"] = m["place"]
        state.kind = "full"
        if m["value"]:
            word = m["word"].lower()
            label = "folio" if word in ("f", "ff") else LOCATOR_LABELS.get(word, "page")  # (a leaf here, not "following")
            value = m["value"]
            state.locator = expand_dashed_range(value) if label == "page" else hyphen_range(value)
            state.label = label
        else:
            state.locator = state.label = None
