"""A pinpoint the tagger left unlabelled at the end of a Russian or Ukrainian note: "… 2005. С. 47."

GOST notes close with the page or leaf cited, marked "С." (страница), "Л." (лист), "Арк." (аркуш); the
tagger, which saw few of them, sometimes calls that last span ``other`` and the pinpoint is lost.  When
the reference has no locator and its last span is nothing but such a label and a number (labels in
``data/locator_labels_east_slavic.txt``), it becomes the locator with the label's CSL label.
"""

from __future__ import annotations

import functools
import re
from typing import ClassVar

from citekit.normalize._text import data_lines, hyphen_range
from citekit.normalize.base import Context, ItemState, Normalizer


@functools.cache
def east_slavic_labels() -> dict[str, str]:
    """Locator abbreviation -> CSL label."""
    return dict(line.split(maxsplit=1) for line in data_lines("locator_labels_east_slavic.txt") if " " in line)


def east_slavic_label_alternatives() -> str:
    """The labels as a regular expression's alternatives, the longest first (no label: a pattern that fails)."""
    return "|".join(re.escape(label) for label in sorted(east_slavic_labels(), key=len, reverse=True)) or r"(?!)"


@functools.cache
def _pinpoint_re() -> re.Pattern[str]:
    labels = east_slavic_label_alternatives()
    return re.compile(
        rf"^(?P<label>{labels})\s?(?P<pin>\d+(?:\s?[-–]\s?\d+)?(?:\s(?:об|зв)\.)?)\.?$"
    )


class CyrillicPinpoint(Normalizer):
    """A last ``other`` span "С. 47." -> the locator (label ``page``; "Л.", "Арк." ``folio``)."""

    name: ClassVar[str] = "cyrillic-pinpoint"
    code: ClassVar[str] = "P148"
    keys: ClassVar[tuple[str, ...]] = ("locator", "label")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"other"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if state.locator is not None or not sequence:
            return
        label, text = sequence[-1]
        if label != "other" or not ("\u0400" <= text[:1] <= "\u04ff"):
            return
        m = _pinpoint_re().match(text.strip())
        if m:
            state.locator = hyphen_range(m["pin"])
            state.label = east_slavic_labels().get(m["label"], "page")
