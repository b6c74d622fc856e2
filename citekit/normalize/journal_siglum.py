"""A journal cited by its siglum, read as a book series: "Jean Aubin, « Études safavides I », JESHO 2 (1959),
p. 37-81", "« … », BSOAS 12 (1948), p. 5-20".

Orientalists (and classicists, medievalists) cite their journals by sigla: JESHO, BSOAS, IJMES, ZDMG, JAOS,
REI.  The tagger, which knows "Series 12" better than a journal in capitals, reads the siglum and the volume
as a series and its number, and the article's page range as a pinpoint.  When a title is followed by a
siglum in capitals and a number read as a series, a bracketed year comes after it, no imprint is there and
a range of pages is cited, the step reads a journal: ``container-title`` (the siglum), ``volume``, and a page range
cited as the locator is the article's ``page`` (a marked page after it, "ici p. 130", the one cited).
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import hyphen_range
from citekit.normalize.base import Context, ItemState, Normalizer

_SIGLUM_RE = lazy_compile(r"^[A-Z][A-Z&]{1,7}$")
_NUMBER_RE = lazy_compile(r"^\d{1,4}$")
#: the page cited after the range, marked: "ici p. 130", "at 45", "here p. 12", "εδώ σ. 50"
_MARKED_PIN_RE = lazy_compile(
    r"^(?:at|here|hier|ici|qui|εδώ)\.?,?\s+(?:(?:pp?|S|s|σ)\.\s*)?(?P<pin>\d+(?:\s*[-–]\s*\d+)?)[.,;]?$"
)


class JournalSiglum(Normalizer):
    """Series "JESHO" + number "2" after a quoted title, before "(1959)" -> ``container-title``, ``volume``."""

    name: ClassVar[str] = "journal-siglum"
    code: ClassVar[str] = "P156"
    keys: ClassVar[tuple[str, ...]] = (
        "container-title", "volume", "collection-title", "collection-number", "page", "locator", "label",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"volume", "collection-title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        series, number = item.get("collection-title"), item.get("collection-number")
        if not isinstance(series, str) or not isinstance(number, str) or len(series) > 8:
            return  # (almost every reference: no short series with a number)
        if not _SIGLUM_RE.match(series) or not _NUMBER_RE.match(number) or "container-title" in item:
            return
        ranged = state.label == "page" and state.locator is not None and "-" in state.locator
        if "publisher" in item or "publisher-place" in item or not (ranged or "page" in item):
            return  # (an article has its pages; a volume of a series is cited at a page)
        if not _title_siglum_year(state):
            return
        del item["collection-title"], item["collection-number"]
        item["container-title"], item["volume"] = series, number
        if ranged and "page" not in item:
            item["page"] = state.locator  # "p. 37-81": the article's pages, not a pinpoint
            state.locator = state.label = None
            for text in state.spans.get("locator", ()):
                if (pin := _MARKED_PIN_RE.match(text.strip())) is not None:
                    # "p. 125–152, ici p. 130": the page cited after the article's range
                    state.locator, state.label = hyphen_range(pin["pin"]), "page"


def _title_siglum_year(state: ItemState) -> bool:
    """The siglum's span follows the title span and a bracketed year follows it."""
    sequence = [(label, text.strip()) for label, text in state.sequence if label != "punct"]
    for position, (label, _) in enumerate(sequence[1:-1], start=1):
        if label in ("volume", "collection-title"):
            following, text = sequence[position + 1]
            return sequence[position - 1][0] == "title" and following == "date" and text[:1] == "("
    return False
