"""The city before a library or an archive: "Paris, Bibliothèque nationale de France" -> ``archive-place``.

Manuscripts are cited "City, Library, shelf-mark, fol." ("London, British Library, Cotton MS Nero
D IV, fol. 27r"; "Firenze, Archivio di Stato, …"): the city is where the repository is, not part of
its name.  After the archive steps, an ``archive`` that opens with a known place (or the seat of a
library: ``data/repository_seats.txt``, "Vaticano", "Sankt Gallen") and a comma gives
the place to ``archive-place`` and keeps the repository's name.  Names whose first part is no
place ("Archivio di Stato di Venezia", "Archives nationales, Paris") are left as they are.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.normalize._text import data_lines
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.place import names_a_place


def _seats() -> frozenset[str]:
    """Seats of libraries that are no places of publication (``data/repository_seats.txt``), read once."""
    global _SEATS
    if _SEATS is None:
        _SEATS = frozenset(data_lines("repository_seats.txt"))
    return _SEATS


_SEATS: frozenset[str] | None = None


class ArchivePlace(Normalizer):
    """``archive`` "City, Repository" -> ``archive-place`` City, ``archive`` Repository."""

    name: ClassVar[str] = "archive-place"
    code: ClassVar[str] = "P127"
    keys: ClassVar[tuple[str, ...]] = ("archive", "archive-place")
    #: (the tagger reads "City, Library," as an unlabelled span, a manuscript's shelf-mark as a series; a
    #: reference with neither names no library with its city)
    inputs: ClassVar[frozenset[str] | None] = frozenset({"other", "collection-title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        archive = item.get("archive")
        if not isinstance(archive, str) or ", " not in archive or "archive-place" in item:
            return
        place, _, name = archive.partition(", ")
        if name[:1].isupper() and len(place) <= 30 and (place in _seats() or names_a_place(place)):
            item["archive-place"], item["archive"] = place, name
