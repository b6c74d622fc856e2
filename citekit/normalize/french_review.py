"""French law reviews by their abbreviation: "RTD civ. 1991, p. 283", "Rev. crit. DIP 1979, p. 1".

French legal notes cite an article in a review by the review's abbreviation, its year and the page:
"G. Cornu, « La bonté du législateur », RTD civ. 1991, p. 283".  Several abbreviations end in a word
with a period ("civ.", "com.", "eur."): the tagger reads such a one now as the volume ("civ"), now as
a container whose period the container step takes for the end of the field ("RTD com").  The reviews
are listed in ``data/law_reviews_fr.txt``; a volume or a container spelled as one of them (with or
without its period) becomes the ``container-title`` as the list spells it, and a book so read becomes
an ``article-journal``.  Runs before type inference.
"""

from __future__ import annotations

import functools
from typing import ClassVar

from citekit.normalize._text import data_lines, squash
from citekit.normalize.base import Context, ItemState, Normalizer


@functools.cache
def _reviews() -> dict[str, str]:
    """A review's abbreviation without its final period -> as the list spells it."""
    return {review.rstrip("."): review for review in data_lines("law_reviews_fr.txt")}


class FrenchReview(Normalizer):
    """A French law review read as a volume ("civ") or stripped of its period -> ``container-title``."""

    name: ClassVar[str] = "french-review"
    code: ClassVar[str] = "P143"
    keys: ClassVar[tuple[str, ...]] = ("type", "container-title", "volume")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"volume", "container-title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        spans = state.spans
        volumes, containers = spans.get("volume"), spans.get("container-title")
        if containers:
            container = str(item.get("container-title") or "")
            if container[-1:] != "." and container[:1] in "RJGBDA" and (review := _reviews().get(container)):
                item["container-title"] = review  # "RTD com" -> "RTD com."
            return
        if not volumes or volumes[0][:1].isdigit():
            return  # (a volume's number: most references stop here)
        review = _reviews().get(squash(volumes[0]).strip(" ,;").rstrip("."))
        if review is None or item.get("type") not in (None, "book", "article-journal"):
            return
        item["container-title"] = review
        item.pop("volume", None)
        item["type"] = "article-journal"
