"""A publisher read as a volume or a series where the continental imprint puts it: place, publisher, year.

"Siglo XXI", "Edicions 62", "Éditions 10/18" end in what looks like a volume number, and the tagger
labels them so when they stand where the continental imprint puts the publisher: after the
place, before the year.  A "volume" span there that opens with a capitalised word that is no
volume label is the publisher; the volume it gave is taken back (a later labelled volume, "vol.
2", is the work's).  Likewise a "series" span there without a number or brackets ("México," +
"Fondo de Cultura Económica," + "1987"): a series stands in brackets or after the publisher.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import squash
from citekit.normalize.base import Context, ItemState, Normalizer

#: words that label a volume (and so make a volume span one): "vol. 2", "t. II", "Bd. 3", "dl. 1"
_VOLUME_LABEL_RE = lazy_compile(
    r"^(?:vols?|voll?|t|tt|tomo|tome|tom|bd|bde|band|dl|deel|sv|svazek|köt|kötet|vol|n|nr|no|núm|num|anno|año|jg|"
    r"jahrgang|heft|h|part|pt|teil|tl|livre|libro|book|bk|serie|série|ser|new|ns|n\.s)\.?$",
    re.I,
)
#: a publisher's name ending in its number: capitalised words, then a number ("Siglo XXI", "Edicions 62")
_NAME_AND_NUMBER_RE = lazy_compile(r"^(?P<name>[A-ZÀ-Þ][^\W\d_]+(?:\s+[A-ZÀ-Þ][^\W\d_]+)*)\s+(?P<number>\d{1,3}|[IVXLC]{1,6})$")
#: a labelled volume elsewhere in the reference: "vol. 2," "t. II,"
_LABELLED_VOLUME_RE = lazy_compile(r"^(?:vol|t|tomo|bd|dl|sv)\.\s*(?P<number>\d{1,3}|[IVXLC]{1,6})\b", re.I)


class PublisherAsVolume(Normalizer):
    """location + "volume" + date, the volume a name with a number -> ``publisher``."""

    name: ClassVar[str] = "publisher-as-volume"
    code: ClassVar[str] = "P126"
    keys: ClassVar[tuple[str, ...]] = ("publisher", "volume", "collection-title")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"volume", "collection-title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        if "publisher" in item or "location" not in state.spans or "date" not in state.spans:
            return
        sequence = [(label, text) for label, text in state.sequence if label != "punct"]
        for i in range(1, len(sequence) - 1):
            label, text = sequence[i]
            if sequence[i - 1][0] != "location" or sequence[i + 1][0] != "date":
                continue
            if label == "collection-title":
                _series_in_the_publishers_place(item, text)
                return
            if label != "volume":
                continue
            value = squash(text).strip(" ,;:.")
            m = _NAME_AND_NUMBER_RE.match(value)
            if m is None or _VOLUME_LABEL_RE.match(m["name"].split()[0]):
                return
            item["publisher"] = value
            if item.get("volume") == m["number"]:
                others = [
                    lm["number"] for lab, t in sequence if lab == "volume" and t is not text
                    and (lm := _LABELLED_VOLUME_RE.match(squash(t).strip()))
                ]
                if others:
                    item["volume"] = others[0]
                else:
                    del item["volume"]
            return


#: what a series has and a publisher's name has not: a number, brackets, a series word
_SERIES_MARK_RE = lazy_compile(r"[\d()\[\]]|\b(?:[Cc]ollana|[Ss]eries|[Ss]érie|[Rr]eihe|[Cc]ollection|[Cc]olección)\b")


def _series_in_the_publishers_place(item: dict[str, object], text: str) -> None:
    """"México," + "Fondo de Cultura Económica," (tagged a series) + "1987": the publisher."""
    value = squash(text).strip(" ,;:.")
    if (
        item.get("collection-title") == value and "collection-number" not in item
        and value[:1].isupper() and not _SERIES_MARK_RE.search(value)
    ):
        item["publisher"] = item.pop("collection-title")
