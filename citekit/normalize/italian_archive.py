"""An Italian archival reference read from its surface: "Archivio di Stato di Firenze (ASFi), Mediceo del
Principato, 2965, c. 12r", "ASFi, Mediceo del Principato, 2965, c. 12r", "Archivio di Stato di Milano,
Sforzesco, cart. 1250, fasc. 3".

Italian archives are cited in a fixed order, as Hispanic ones are (see ``iberian_archive``): the archive
(its name, perhaps with its siglum in brackets, or the siglum alone: ASFi, ASVe, ACS, BAV), the fund and
its series by name, the unit (a bare number, or "busta", "filza", "reg.", "cart." with one) with a
"fasc." after it, and the leaf ("c." carta, "cc.", "f."). The tagger reads the siglum as an author and
the unit as a page.  When the whole reference has exactly that shape, the step reads it from the text:
``archive`` (the name, its siglum in brackets kept), ``archive_collection``, ``archive_location``, and the leaf as the
locator (label ``folio``).  Anything else in the reference leaves the entry alone.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import expand_dashed_range, opening_text, squash
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables

_UNIT = r"(?:(?:b\.|busta|filza|f\.|reg\.|cart\.|fasc\.|vol\.|pezzo|n\.|ms\.)\s?)?\d[\w/-]*"
_SHAPE_RE = lazy_compile(
    r"^(?:(?P<name>Archivio\s(?:di\sStato|Segreto|Centrale|Storico)[^,()]{0,60}?)(?:\s\((?P<siglum>[A-Za-z]{2,6})\))?"
    r"|(?P<bare>AS[A-Z][a-z]{0,3}|ACS|BAV|ASV))"
    r",\s(?P<series>[A-Z][^,\d()]{1,60}?(?:,\s[A-Z][^,\d()]{1,60}?)?)"
    rf",\s(?P<location>{_UNIT}(?:,\s(?:fasc\.|ins\.|n\.|reg\.|doc\.)\s?\d[\w/-]*)*)"
    r"(?:,\s(?:cc?\.|ff?\.)\s?(?P<leaf>\d+[rv]?(?:\s?[-–]\s?\d+[rv]?)?))?[.;]?$"
)
#: the variables the tagger's book-like reading may have left, which the archive's replace
_MISREAD = ("author", "editor", "translator", "title", "title-short", "issued", "container-title", "publisher",
            "publisher-place", "volume", "issue", "page", "edition", "genre", "note", "collection-title",
            "collection-number", "URL")


class ItalianArchive(Normalizer):
    """"Archivio di Stato di X (SIGLUM), Fund, unit, c. N" -> ``archive``, ``archive_collection``,
    ``archive_location``, the leaf as locator."""

    name: ClassVar[str] = "italian-archive"
    code: ClassVar[str] = "P136"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "archive", "archive_collection", "archive_location", "kind", "locator", "label", *_MISREAD,
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if not sequence or len(sequence) > 8:
            return
        first = opening_text(sequence)
        if first[:8] != "Archivio" and first[:2] not in ("AS", "AC", "BA"):
            return  # (almost every reference: it opens with no Italian archive's name or siglum)
        m = _SHAPE_RE.match(squash(" ".join(text for label, text in sequence if label != "signal")))
        if m is None:
            return
        item = state.item
        drop_variables(item, _MISREAD)
        item["type"] = "manuscript"
        # (the siglum stays with the name, as the archive steps write it: "Archivio di Stato di Venezia (ASVe)")
        item["archive"] = f"{m['name'].strip()} ({m['siglum']})" if m["siglum"] else (m["name"] or m["bare"]).strip()
        item["archive_collection"] = m["series"].strip()
        item["archive_location"] = m["location"]
        state.kind = "full"
        state.locator, state.label = (expand_dashed_range(m["leaf"]), "folio") if m["leaf"] else (None, None)
