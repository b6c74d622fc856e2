"""A Spanish or Portuguese archival reference read from its surface: "AGI, Indiferente General, leg. 1530, f. 4v".

Hispanic archives are cited in one fixed order: the archive (its siglum, or its name with the siglum
in brackets), the section or fund by name, the legajo (or caja, libro) with the expediente after it,
and the folio cited.  The tagger, which met few of them, splits such a line at random: "AGI" an
author, "Indiferente General, leg" a title, "1530" a year.  When the whole reference has exactly
that shape, this step reads it from the text itself, whatever the tags said, and replaces the
book-like variables the tags produced with the archive's.  Anything else in the reference (a
document's description, a date) makes the shape fail and the step leaves the entry alone.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import expand_dashed_range, squash
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables

#: the whole reference: archive, section, legajo/caja/libro (+ expediente, documento …), folio
_SHAPE_RE = lazy_compile(
    r"^(?P<archive>[A-ZÁÉÍÓÚ]{2,6}|(?:Archivo|Arquivo|Arxiu)\s[^,()]{3,80}?(?:\s\([A-Z][A-Za-z]{1,7}\))?),\s"
    r"(?P<section>[A-ZÁÉÍÓÚÑ][^,;:()\d]{1,60}?),\s"
    r"(?P<location>(?:leg\.|legajo|caja|cx\.|libro|lib\.|liv\.|maço)\s?\d[\w/-]*(?:\.\d[\w/-]*)*"
    r"(?:,\s(?:exp\.|expte\.|expediente|n\.?º|núm\.|doc\.|pieza|ramo|carpeta)\s?\d[\w/-]*(?:\.\d[\w/-]*)*)*)"
    r"(?:,\s(?:fols?\.|ff?\.|fs\.|fls?\.)\s?(?P<leaf>\d+[rv]?(?:\s?[-–]\s?\d+[rv]?)?))?\s?[.;]?$"
)
#: a space the joining of the spans put before a punctuation mark
_GAP_BEFORE_MARK_RE = lazy_compile(r"\s+([.,;:])")
#: the variables the tagger's book-like reading may have left, which the archive's replace
_MISREAD = ("author", "title", "title-short", "issued", "container-title", "publisher", "publisher-place",
            "volume", "issue", "page", "edition", "genre", "note", "collection-title", "collection-number")


class IberianArchive(Normalizer):
    """"SIGLUM, Section, leg. N, exp. N, f. N" -> ``archive``, ``archive_collection``, ``archive_location``."""

    name: ClassVar[str] = "iberian-archive"
    code: ClassVar[str] = "P128"
    keys: ClassVar[tuple[str, ...]] = (
        "archive", "archive_collection", "archive_location", "locator", "label", *_MISREAD,
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if len(sequence) < 2:
            return
        first = sequence[0][1]
        if first[:4] not in ("Arch", "Arqu", "Arxi") and not (
            first[:2].isupper() and (siglum := first.partition(",")[0].strip()).isalpha() and siglum.isupper()
            and len(siglum) <= 6
        ):
            return  # (almost every reference: it opens with no siglum and no archive's name)
        if not any(("leg" in text or "caja" in text or "cx." in text or "liv" in text
                                         or "lib" in text or "maço" in text) for _, text in sequence):
            return  # (no legajo, caja, libro)
        m = _SHAPE_RE.match(_GAP_BEFORE_MARK_RE.sub(r"\1", squash(" ".join(text for _, text in sequence))))
        if m is None:
            return
        item = state.item
        drop_variables(item, _MISREAD)
        item["archive"] = m["archive"]
        item["archive_collection"] = m["section"].strip()
        item["archive_location"] = m["location"]
        # the folio is the only place cited; a locator the tags made of the section or legajo goes
        state.locator, state.label = (expand_dashed_range(m["leaf"]), "folio") if m["leaf"] else (None, None)
