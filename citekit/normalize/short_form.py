"""Short citations: "Hagenloh, Stalin’s Police, p. 6ff." -> kind ``short``.

A reference that names an author and/or a title but nothing that only a full
citation carries (date, publisher, place, container, volume, issue, edition,
series, identifiers) repeats a work cited in full earlier; the resolver links
it.  Back-references (ibid., op. cit.) have already set their own kind.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.normalize.base import Context, ItemState, Normalizer

_FULL_ONLY = frozenset(
    {"date", "publisher", "location", "container-title", "collection-title", "volume", "issue",
     "edition", "url", "doi", "isbn", "genre", "editor", "translator"}
)


class ShortForm(Normalizer):
    """author/title only -> ``kind = "short"``."""

    name: ClassVar[str] = "short-form"
    code: ClassVar[str] = "P114"
    keys: ClassVar[tuple[str, ...]] = ("kind",)

    def __call__(self, state: ItemState, ctx: Context) -> None:
        if state.kind != "full":
            return
        item = state.item
        if "title" not in item and "author" not in item:
            return
        if _FULL_ONLY.isdisjoint(state.spans) and "archive_location" not in item:
            state.kind = "short"
