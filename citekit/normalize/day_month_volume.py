"""A day and a month read as a volume before the year: "Tanin," + "3 Ağustos" + "1908," + "s. 1.".

The tagger knows the month names it was trained on; before a month it has not seen (Turkish "Ağustos",
"Ekim") it reads the day and the month as a volume and the year alone as the date.  When a volume span is
a day and a month name of the date table (``_months``), and the date span right after it is a year, the
step reads the three as the date ``issued``, and the volume goes.  Greek months ("10" + "Μαΐου" + "1936")
the tagger splits further: the day alone as the volume, the month as a span of its own (a container's).
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._months import month_numbers
from citekit.normalize.base import Context, ItemState, Normalizer

_MONTHS = month_numbers("en", "fr", "de", "it", "es", "pt", "nl", "tr", "el", abbreviations=False)
_DAY_MONTH_RE = lazy_compile(r"^(?P<day>\d{1,2})\.?\s(?P<month>[^\W\d_]{3,12})\.?,?$")
_DAY_RE = lazy_compile(r"^\d{1,2}$")
#: what the tagger reads a month it does not know as, after the day (not pages: the pages step reads those later)
_MONTH_SPAN_LABELS = frozenset({"container-title", "title", "publisher", "location", "other"})
_YEAR_RE = lazy_compile(r"^\(?(?P<year>1[5-9]\d\d|20\d\d)\)?[,.;:]?$")


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
            if label != "volume" or not text[:1].isdigit():
                continue
            following, after = sequence[position + 1]
            month_span = None
            if " " in text and (m := _DAY_MONTH_RE.match(text)):
                day, month_name = m["day"], m["month"]
            elif _DAY_RE.match(text) and following in _MONTH_SPAN_LABELS and position + 2 < len(sequence):
                # "10" + "Μαΐου" + "1936": the day as the volume, the month as one more span (a container's)
                day, month_name, month_span = text, _bare_word(sequence[position + 1][1]), following
                following, after = sequence[position + 2]
            else:
                continue
            month = _MONTHS.get(month_name.lower())
            year = _YEAR_RE.match(after) if following == "date" else None
            if month is None or year is None or not 1 <= int(day) <= 31:
                continue
            item = state.item
            item.pop("volume", None)
            item.pop("issue", None)
            if month_span is not None:
                _drop_month(item, month_span, sequence[position + 1][1].strip(" ,.;:"))
            item["issued"] = {"date-parts": [[int(year["year"]), month, int(day)]]}
            return


def _bare_word(text: str) -> str:
    """A span's text as one bare word ("Μαΐου," -> "Μαΐου"), or "" when it is more than one."""
    word = text.strip(" ,.;:")
    return "" if " " in word else word


def _drop_month(item: dict[str, object], label: str, month: str) -> None:
    """The month's span out of the variable it was read into (a container title closing on it)."""
    value = item.get(label)
    if isinstance(value, str) and value.endswith(month):
        rest = value[: -len(month)].rstrip(" ,.;:")
        if rest:
            item[label] = rest
        else:
            item.pop(label, None)
