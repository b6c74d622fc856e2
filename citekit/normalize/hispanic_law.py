"""A law of the Castilian and Indies codes by its book, title and law: "Recopilación de Indias, lib. 2, tít. 15, ley 1".

The legal compilations of Castile, Portugal and their empires (the *Recopilación de leyes de los reynos de
las Indias*, the *Nueva* and *Novísima Recopilación*, the *Siete Partidas*, the *Ordenações Filipinas*) are
cited by their title and the numbering of the law: libro (or Partida, livro), título, ley, not by page.
The tagger reads "lib. 2" as a volume, "tít. 15" as a page and "ley 1" as what is left; a note that opens
with the Partida's number alone ("Partida VII, tít. XXIV, ley 8") it reads as a series.  Here such a note
is a ``legislation`` item: the compilation is its ``title`` (the Partidas when the note names only the
Partida), the edition named in brackets its ``issued``, place and publisher, and the numbering as written the
locator, label ``section`` (as the code-provision step reads "§ 823 Abs. 1 BGB").

The whole note must have that shape: a title with no digit and no comma (an author before it, a treatise's
"lib. 2, cap. 25" without a título and a ley, and the step leaves the entry alone).
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import squash
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables

#: one part of the numbering: "lib. 2", "Partida VII", "tít. XV", "ley 1", "leyes 3-4", "liv. 4"
_PART = (
    r"(?:Partida|part\.|P\.|lib\.|libro|liv\.|livro|tít\.|tit\.|título|titulo|ley|leyes|l\.|cap\.|art\.)"
    r"\s?[\dIVXLC]+(?:\s?[-–y]\s?[\dIVXLC]+)?"
)
_SHAPE_RE = lazy_compile(
    rf"^(?P<title>(?!{_PART}(?:,|$))[A-ZÁÉÍÓÚÑ][^,()\d]{{2,120}}?)?(?:\s\((?:(?P<place>[^(),:\d]{{2,30}})(?::\s(?P<publisher>[^(),\d]{{2,60}}))?,\s)?(?P<year>1[4-9]\d\d)\))?"
    rf"(?:,\s|^)(?P<numbering>{_PART}(?:,\s{_PART})+)\.?$"
)
#: a título and a law (or the Partida) must be named: "lib. 2, cap. 25" is a treatise's book and chapter
_TITLE_PART_RE = lazy_compile(r"\bt[íi]t(?:\.|ulo)\s")
_LAW_PART_RE = lazy_compile(r"\b(?:ley|leyes|l\.)\s|^Partida\s")
#: the law closing the note ("ley 1.", "l. 3"): the cheap test on the last span
_LAW_CLOSING_RE = lazy_compile(r"\b(?:ley|leyes|l\.)\s?[\dIVXLC]+(?:\s?[-–y]\s?[\dIVXLC]+)?\.?\s*$")
_GAP_BEFORE_MARK_RE = lazy_compile(r"\s+([.,;:])")
#: the readings the tags may have left, which the law's replace
_MISREAD = ("author", "editor", "title", "title-short", "issued", "container-title", "publisher", "publisher-place",
            "volume", "issue", "page", "edition", "genre", "note", "collection-title", "collection-number", "number",
            "archive", "archive_location", "archive_collection")


class HispanicLaw(Normalizer):
    """"Recopilación de Indias, lib. 2, tít. 15, ley 1" -> ``legislation``, locator "lib. 2, tít. 15, ley 1"."""

    name: ClassVar[str] = "hispanic-law"
    code: ClassVar[str] = "P170"
    keys: ClassVar[tuple[str, ...]] = ("type", *_MISREAD, "kind", "locator", "label", "suffix")
    inputs: ClassVar[frozenset[str] | None] = None  # (the tagger reads the numbering as a volume, a page, a series)

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        while sequence and sequence[0][0] in ("signal", "punct"):
            sequence = sequence[1:]  # ("Cf. Partida VII, …": the signal is the citation's prefix)
        if not sequence:
            return
        text = sequence[-1][1]
        if ("ley" not in text and "l." not in text) or _LAW_CLOSING_RE.search(text) is None:
            return  # (almost every reference: no law closes it)
        text = _GAP_BEFORE_MARK_RE.sub(r"\1", squash(" ".join(text for _, text in sequence)))
        m = _SHAPE_RE.match(text)
        if m is None:
            return
        numbering = m["numbering"]
        if _TITLE_PART_RE.search(numbering) is None or _LAW_PART_RE.search(numbering) is None:
            return
        title = (m["title"] or "").strip()
        if not title:
            if not numbering.startswith("Partida"):
                return
            title = "Siete Partidas"
        item = state.item
        drop_variables(item, _MISREAD)
        item["type"] = "legislation"
        item["title"] = title
        if m["year"]:
            item["issued"] = {"date-parts": [[int(m["year"])]]}
        if m["place"]:
            item["publisher-place"] = m["place"]
        if m["publisher"]:
            item["publisher"] = m["publisher"]  # ("(Madrid: Julián de Paredes, 1681)")
        state.kind = "full"
        state.locator, state.label, state.suffix = numbering.replace("–", "-"), "section", None
