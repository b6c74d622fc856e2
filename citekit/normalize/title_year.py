"""A year that belongs to the title: "Foreign Relations of the United States, 1945, vol. 5, Europe (Washington,
DC: GPO, 1967)", "Statistical Abstract of the United States, 1930 (Washington, DC: GPO, 1930)", "W. Frijhoff
en M. Spies, 1650: Bevochten eendracht, Den Haag 1999".

The tagger reads a bare year next to the title as a date, and the date step makes it ``issued`` or
``original-date``.  Two shapes say that the year is the title's: a year right after the title span
(", 1945,") when the note has a later date of its own (the imprint's, which stays ``issued``), and a
year with a colon right before the title span ("1650: Bevochten eendracht") after a comma, when the
note's last date is another year (author-date notes write "Katchan O. 1986: Title …, 1986"); and a year after a
title span that ends in "of", "in", "since" … ("The Records of the Federal Convention of" + "1787,").  Both give the year back
to the ``title`` and drop the ``original-date`` it became.  The volume's own title that the tagger glued
to the place ("vol. 5, Europe (Washington, DC") goes to ``volume-title``.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import put_title

#: a bare year or range of years, a comma or colon after it
_YEAR_RE = lazy_compile(r"^(?P<year>\d{4}(?:[-–]\d{2,4})?)(?P<stop>[,:])?$")
#: a title span ending in a word no title ends in: "… Convention of", "… in", "… since"
_OPEN_END_RE = lazy_compile(r"\s(?:of|in|since|from|to|for|and|the)$")
#: spans that make the later date an imprint's
_IMPRINT_LABELS = frozenset({"location", "publisher"})


class TitleYear(Normalizer):
    """A year next to the title span that is part of the title -> back into ``title``."""

    name: ClassVar[str] = "title-year"
    code: ClassVar[str] = "P134"
    keys: ClassVar[tuple[str, ...]] = ("title", "title-short", "original-date", "issued", "volume-title",
                                       "publisher-place")
    #: (the year is a date span; a title span is needed too, checked in the call)
    inputs: ClassVar[frozenset[str] | None] = frozenset({"date"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        spans = state.spans
        dates = spans.get("date")
        if not dates or len(dates) < 2 or not dates[0][:1].isdigit() or len(spans.get("title", ())) != 1:
            return  # (one date only: no year of the title's beside the imprint's; or no single title span)
        sequence = state.sequence
        labels = [label for label, _ in sequence]
        t = labels.index("title")
        title = state.item.get("title")
        if not isinstance(title, str):
            return
        if t + 1 < len(sequence) and labels[t + 1] == "date" and _OPEN_END_RE.search(sequence[t][1].rstrip()):
            # "The Records of the Federal Convention of" + "1787,": a title cannot end in "of"; the year closes it
            m = _YEAR_RE.match(sequence[t + 1][1].strip())
            if m is None or "date" not in labels[t + 2:] or title.endswith(m["year"]):
                return
            for key in ("original-date", "issued"):
                if _year_of(state.item.get(key)) == m["year"][:4]:
                    state.item.pop(key)
                    break
            put_title(state.item, f"{title} {m['year']}")
        elif t + 1 < len(sequence) and labels[t + 1] == "date" and sequence[t][1].rstrip().endswith(","):
            m = _YEAR_RE.match(sequence[t + 1][1].strip())
            later = labels[t + 2:]
            if m is None or m["stop"] == ":" or "date" not in later or _IMPRINT_LABELS.isdisjoint(later):
                return
            if title.endswith(m["year"]) or title[-1:].isdigit():
                return  # (the title step gave the year back already; "…, November 13, 1983": a day's date)
            if _year_of(state.item.get("original-date")) == m["year"][:4]:
                state.item.pop("original-date")
            put_title(state.item, f"{title}, {m['year']}")
            self._volume_title(state)
        elif t > 0 and labels[t - 1] == "date":
            m = _YEAR_RE.match(sequence[t - 1][1].strip())
            if m is None or m["stop"] != ":" or "date" not in labels[t + 1:]:
                return
            if t < 2 or not sequence[t - 2][1].rstrip().endswith(",") or m["year"][:4] in dates[-1]:
                return  # ("Katchan O. 1986: Title …, 1986": the author-date style's year, repeated)
            for key in ("original-date", "issued"):
                if _year_of(state.item.get(key)) == m["year"][:4]:
                    state.item.pop(key)
                    break
            state.item["title"] = f"{m['year']}: {title}"  # (the main title is the year's: no title-short)
            state.item.pop("title-short", None)

    @staticmethod
    def _volume_title(state: ItemState) -> None:
        """"vol. 5, Europe (Washington, DC": the volume's title glued to the place."""
        place = state.item.get("publisher-place")
        if "volume" in state.item and isinstance(place, str) and " (" in place:
            volume_title, _, rest = place.partition(" (")
            if volume_title and rest:
                state.item["volume-title"] = volume_title.strip()
                state.item["publisher-place"] = rest.strip()


def _year_of(date: object) -> str | None:
    """The first year of a CSL date, as text."""
    if isinstance(date, dict):
        parts = date.get("date-parts")
        if parts and parts[0]:
            return str(parts[0][0])
    return None
