"""A day and a month read as a volume before the year: "Tanin," + "3 Ağustos" + "1908," + "s. 1.".

The tagger knows the month names it was trained on; before a month it has not seen (Turkish "Ağustos",
"Ekim") it reads the day and the month as a volume and the year alone as the date.  When a volume span is
a day and a month name of the date table (``_months``), and the date span right after it is a year, the
step reads the three as the date ``issued``, and the volume goes.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.normalize._months import month_numbers
from citekit.normalize.base import Context, ItemState, Normalizer

_MONTHS = month_numbers("en", "fr", "de", "it", "es", "pt", "nl", "tr", abbreviations=False)
_DAY_MONTH_RE = re.compile(r"^(?P<day>\d{1,2})\.?\s(?P<month>[^\W\d_]{3,10})\.?,?$")
_YEAR_RE = re.compile(r"^\(?(?P<year>1[5-9]\d\d|20\d\d)\)?[,.;:]?$")


class DayMonthVolume(Normalizer):
    """volume "3 Ağustos" + date "1908" -> ``issued`` 1908-08-03, no ``volume``."""

    name: ClassVar[str] = "day-month-volume"
    code: ClassVar[str] = "P157"
    keys: ClassVar[tuple[str, ...]] = ("issued", "volume", "issue")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"volume"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        if "date" not in state.spans:
            return
        sequence = [(label, text.strip()) for label, text in state.sequence if label != "punct"]
        for position, (label, text) in enumerate(sequence[:-1]):
            if label != "volume" or not text[:1].isdigit() or " " not in text:
                continue
            following, after = sequence[position + 1]
            if following != "date" or (m := _DAY_MONTH_RE.match(text)) is None:
                continue
            month = _MONTHS.get(m["month"].lower())
            year = _YEAR_RE.match(after)
            if month is None or year is None or not 1 <= int(m["day"]) <= 31:
                continue
            item = state.item
            item.pop("volume", None)
            item.pop("issue", None)
            item["issued"] = {"date-parts": [[int(year["year"]), month, int(m["day"])]]}
            return
