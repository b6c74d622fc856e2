"""A file in an archive of Jewish history or of the Holocaust: "Central Zionist Archives (CZA), S25/1234",
"USHMM, RG-15.079M, reel 3, fol. 45", "Central Archives for the History of the Jewish People (CAHJP),
Jerusalem, PL/123, fol. 12", "LBI, Jacob Jacobson Collection, AR 7002, box 1, folder 3".

These notes open with the archive (``data/jewish_archives.txt``: its name, its siglum, or the name with
the siglum in brackets), perhaps its city, perhaps a named collection, then the shelf-mark (a record group,
a file, a box and a folder, each with a number) and perhaps the leaf or page cited.  The tagger, which
knows few of these archives, reads a siglum as an author and a shelf-mark as a title.  The step reads the
whole text in that order: the archive's name as written (the bracketed siglum dropped) is the ``archive``, the
city the ``archive-place``, the collection ``archive_collection``, the shelf-mark ``archive_location``, the
leaf or page the locator.  A note in any other order (a letter, a report named first) is left to the steps
that read those.
"""

from __future__ import annotations

import functools
from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import data_lines, hyphen_range, squash
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.place import names_a_place

#: the archive's name and its siglum in brackets: "Central Zionist Archives (CZA)"
_NAME_RE = lazy_compile(r"^(?P<name>[^()]{2,80}?)(?:\s\((?P<siglum>[A-ZŻ][\w]{1,7})\))?$")
#: the leaf or page cited closing the note
_PIN_RE = lazy_compile(r"^(?P<word>fol|fols|f|ff|p|pp|Bl|S)\.\s?(?P<value>\d+[rvab]?(?:\s?[-–]\s?\d+[rvab]?)?)$")
_PIN_LABELS = {"fol": "folio", "fols": "folio", "f": "folio", "ff": "folio", "Bl": "folio", "p": "page",
               "pp": "page", "S": "page"}
#: labels that hold no part of the reference's shape
_OUTSIDE = ("punct", "signal")


@functools.cache
def jewish_archives() -> frozenset[str]:
    """The archives' names and sigla, read once."""
    return frozenset(data_lines("jewish_archives.txt"))


class JewishArchive(Normalizer):
    """"Archive[ (SIGLUM)][, City][, Collection], shelf-mark[, fol. N]" -> a ``manuscript`` in that archive."""

    name: ClassVar[str] = "jewish-archive"
    code: ClassVar[str] = "P192"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "archive", "archive-place", "archive_collection", "archive_location", "author", "title",
        "title-short", "container-title", "collection-title", "volume", "issue", "page", "publisher",
        "publisher-place", "issued", "kind", "locator", "label",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        # pre-test: the first words of the reference, up to a comma or a bracket, name a listed archive
        opening = next((text for label, text in sequence if label not in _OUTSIDE), "").lstrip()
        head = opening.split(",", 1)[0].split(" (", 1)[0].strip()
        if head not in jewish_archives():
            return
        text = squash(" ".join(span for label, span in sequence if label not in _OUTSIDE)).strip().rstrip(".;")
        if len(text) > 250:
            return
        parts = text.split(", ")
        m = _NAME_RE.match(parts[0])
        if m is None or len(parts) < 2:
            return
        item: dict[str, Any] = {"type": "manuscript", "archive": m["name"]}
        rest = parts[1:]
        if rest and names_a_place(rest[0]) and not any(ch.isdigit() for ch in rest[0]):
            item["archive-place"] = rest.pop(0)
        collection: list[str] = []
        while rest and not any(ch.isdigit() for ch in rest[0]) and len(collection) < 2:
            collection.append(rest.pop(0))
        pin = _PIN_RE.match(rest[-1]) if rest else None
        if pin is not None:
            rest.pop()
        if not rest or not all(any(ch.isdigit() for ch in part) for part in rest):
            return
        if collection:
            if not all(part[:1].isupper() for part in collection):
                return
            item["archive_collection"] = ", ".join(collection)
        item["archive_location"] = ", ".join(rest)
        state.item = item
        state.kind = "full"
        if pin is not None:
            state.locator, state.label = hyphen_range(pin["value"]), _PIN_LABELS[pin["word"]]
        else:
            state.locator = state.label = None
