"""A music manuscript or print cited by its library's RISM siglum: "D-B, Mus. ms. Bach P 180, fol. 3r", "GB-Lbl,
Add. MS 31922, fol. 12v", "F-Pn, Rés. Vmd. ms. 27", "I-Bc, MS Q 1, fol. 12r", "A-Wn, Mus. Hs. 17561".

Musicologists name the library that keeps a source by its RISM siglum: a country code, a hyphen and the
library's letters.  The tagger reads the siglum as an author ("GB-Lbl, Add." as a family name and a given one)
and the shelf-mark as a series.  The step reads the whole text when the first span opens with a siglum of a
country RISM knows: the siglum is the ``archive``, what follows up to the pinpoint its ``archive_location``
(the leaf cited stays the locator the pages step read), the item a ``manuscript``, the citation ``full``.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import hyphen_range
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.pages import LOCATOR_LABELS

#: the country codes of RISM's library sigla
_COUNTRIES = frozenset(
    "A AUS B BR BY CDN CH CZ D DK E EV F FIN GB GR H HR I IL IRL IS J LT LV M MEX N NL NZ P PL RA RC RO RUS S SI "
    "SK UA US V".split()
)
#: "D-B", "GB-Lbl", "US-NYpm", "D-Mbs", "CH-E", "F-Pn" and the rest of the text
_SIGLUM_RE = lazy_compile(r"^(?P<siglum>(?P<country>[A-Z]{1,3})-[A-Z][A-Za-z]{0,5}),\s(?P<rest>.+)$")
#: the pinpoint closing the shelf-mark: "fol. 3r", "ff. 2–5", "p. 12", "no. 4"
_PINPOINT_RE = lazy_compile(r",\s(?P<word>fols?\.|ff?\.|pp?\.|S\.|no\.|Nr\.|c\.|cc\.)\s?(?P<leaf>[\w–-]+)\.?$")


class MusicManuscript(Normalizer):
    """"RISM siglum, shelf-mark, fol. N" -> type ``manuscript``, ``archive``, ``archive_location``, kind ``full``."""

    name: ClassVar[str] = "music-manuscript"
    code: ClassVar[str] = "P163"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "author", "title", "title-short", "archive", "archive_location", "collection-title",
        "collection-number", "container-title", "volume", "issue", "publisher", "publisher-place", "language",
        "kind", "locator", "label",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if not sequence:
            return
        first = sequence[0][1]
        if sequence[0][0] == "signal":
            if len(sequence) < 2:
                return
            first = sequence[1][1]
        # the pre-test: a hyphen after one to three capitals ("D-B", "GB-Lbl", "RUS-Mrg")
        hyphen = first.find("-", 1, 4)
        if hyphen < 0 or first[:hyphen] not in _COUNTRIES:
            return
        text = " ".join(text.strip() for label, text in sequence if label != "signal" and label != "punct").rstrip()
        m = _SIGLUM_RE.match(text)
        if m is None:
            return
        rest = m["rest"]
        pin = _PINPOINT_RE.search(rest)
        shelf = (rest[: pin.start()] if pin else rest).strip(" ,.")
        if not shelf or len(shelf) > 80:
            return
        item = state.item
        for key in self.keys:
            if key != "kind":
                item.pop(key, None)
        item["type"] = "manuscript"
        item["archive"] = m["siglum"]
        item["archive_location"] = shelf
        if pin is not None and state.locator != hyphen_range(pin["leaf"]):
            # ("I-Vnm, It. IV, 439 (=9963), fol. 12v": the pages step took the shelf-mark's number for the page)
            state.locator, state.label = hyphen_range(pin["leaf"]), LOCATOR_LABELS.get(pin["word"].rstrip(".").lower(), "folio")
        if pin is None and state.locator and state.locator in shelf:
            state.locator = state.label = None  # ("US-NYpm, Cary 62": the shelf-mark, read as the page cited)
        state.kind = "full"
