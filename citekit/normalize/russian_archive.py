"""A Russian or Ukrainian archival file read from its surface: "ГАРФ. Ф. Р-5446. Оп. 1. Д. 120. Л. 45.",
"ЦДАВО України. Ф. 1. Оп. 20. Спр. 6197. Арк. 12 зв.", "RGASPI, f. 17, op. 162, d. 21, ll. 12–13ob.".

Archives of the former Soviet Union are cited in one fixed order: the archive (its abbreviation, or its
name with the abbreviation in brackets), then fond ("Ф.", "f."), opis' ("Оп.", "op."), file (Russian
"Д." delo, Ukrainian "Спр." sprava; "d.", "spr." transliterated) and the leaf ("Л.", "Лл.", "Арк.", "l.",
"ll.", "ark.", a verso marked "об."/"зв."/"ob."/"zv.").  The tagger, which saw few of them, reads the
Cyrillic ones as a series title or as a person.  When the whole reference has exactly that shape, the
step reads ``archive``, ``archive_location`` (fond to file, as written) and the leaf as the locator
(label ``folio``).  Anything else in the reference leaves the entry alone.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import hyphen_range, squash
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables

_SEP = r"[.,]\s"
_NUMBER = r"\s?[A-ZА-ЯЁ]?-?\d[\w/-]*"
_LEAF_NUMBER = r"\d+\s?(?:об\.?|зв\.?|ob\.?|zv\.?)?"
_SHAPE_RE = lazy_compile(
    r"^(?P<archive>[^\d.,;:]{2,80}?)" + _SEP
    + rf"(?P<location>(?:Ф|ф|F|f)\.{_NUMBER}{_SEP}(?:Оп|оп|Op|op)\.{_NUMBER}"
    + rf"{_SEP}(?:Д|д|Спр|спр|D|d|Spr|spr)\.{_NUMBER})"
    + rf"(?:{_SEP}(?:Лл|лл|Л|л|Арк|арк|ll|l|ark)\.\s?(?P<leaf>{_LEAF_NUMBER}(?:\s?[-–]\s?{_LEAF_NUMBER})?))?"
    + r"\.?$"
)
#: the variables the tagger's book-like reading may have left, which the archive's replace
_MISREAD = ("author", "editor", "translator", "title", "title-short", "issued", "container-title", "publisher",
            "publisher-place", "volume", "issue", "page", "edition", "genre", "note", "collection-title",
            "collection-number", "archive_collection", "URL")


class RussianArchive(Normalizer):
    """"ГАРФ. Ф. Р-5446. Оп. 1. Д. 120. Л. 45" -> ``archive``, ``archive_location``, the leaf as locator."""

    name: ClassVar[str] = "russian-archive"
    code: ClassVar[str] = "P144"
    keys: ClassVar[tuple[str, ...]] = ("type", "archive", "archive_location", "kind", "locator", "label", *_MISREAD)
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if not sequence or len(sequence) > 12:
            return
        for _, text in sequence:
            if "п." in text or "op." in text or "Op." in text:
                break
        else:
            return  # (almost every reference: no opis' named, "Оп." or "op.")
        text = " ".join(text for label, text in sequence if label != "signal")
        m = _SHAPE_RE.match(squash(text))
        if m is None:
            return
        item = state.item
        drop_variables(item, _MISREAD)
        item["type"] = "manuscript"
        item["archive"] = m["archive"].strip()
        item["archive_location"] = m["location"]
        state.kind = "full"
        leaf = m["leaf"]
        state.locator, state.label = (hyphen_range(leaf), "folio") if leaf else (None, None)
