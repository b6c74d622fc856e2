""""c. 24" closing the note of a Latin work: a chapter ("capitulum"), not a leaf: "Einhard, Vita Karoli, c. 25",
"Annales Fuldenses, c. 3".

The pages step reads "c." as Italian "carta" (a leaf: "ASFi, …, c. 12r"), as it is in archives and early
printed books.  Medieval historians cite the chapters of Latin works the same way, with a bare number.  The
step changes the label only where the number has no recto or verso, the item is not a manuscript or an
archival document, not an early printed book (a year before 1800: its leaves are numbered so) nor an
Italian one, and its title is Latin (it holds a word that opens or names Latin works).
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize.base import Context, ItemState, Normalizer

#: the locator span: "c. 24", "c. 24–5" (no recto or verso)
_CHAPTER_SPAN_RE = lazy_compile(r"^c\.\s?\d{1,3}(?:\s?[–-]\s?\d{1,3})?[.,;]?$")
#: words of Latin titles of medieval works
_LATIN_TITLE_RE = lazy_compile(
    r"\b(?:Vita|Vitae|Gesta|Historia|Historiae|Historiarum|Chronicon|Chronica|Annales|Liber|Libri|Epistola|Epistolae|"
    r"Epistulae|Sermo|Sermones|Translatio|Miracula|Passio|Regula|Capitulare|Carmen|Carmina|De)\b"
)


def _early_year(item: dict[str, object]) -> bool:
    """The item was printed before 1800 (an early book numbers its leaves: "Ver. 1540, c. 8")."""
    issued = item.get("issued")
    if not isinstance(issued, dict):
        return False
    parts = issued.get("date-parts")
    year = parts[0][0] if isinstance(parts, list) and parts and parts[0] else None
    return isinstance(year, int) and year < 1800


class LatinChapter(Normalizer):
    """A bare "c. 24" after a Latin title -> label ``chapter``."""

    name: ClassVar[str] = "latin-chapter"
    code: ClassVar[str] = "P179"
    keys: ClassVar[tuple[str, ...]] = ("label",)
    inputs: ClassVar[frozenset[str] | None] = frozenset({"locator", "pages"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        # pre-test: a leaf was read
        if state.label != "folio" or state.locator is None or not state.locator[:1].isdigit():
            return
        item = state.item
        if item.get("type") == "manuscript" or "archive" in item or "archive_location" in item:
            return
        if item.get("language") == "it" or _early_year(item):
            return
        last = next((text.strip() for label, text in reversed(state.sequence) if label != "punct"), "")
        title = item.get("title")
        if not _CHAPTER_SPAN_RE.match(last) or not isinstance(title, str) or not _LATIN_TITLE_RE.search(title):
            return
        state.label = "chapter"
