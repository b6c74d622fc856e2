"""A newspaper of East Central Europe by its name, a day and a page: "Rudé právo, 26. 2. 1948, s. 1.",
"Gazeta Wyborcza, 12 V 1990, s. 3.", "Trybuna Ludu, 23 lutego 1948, s. 2.", "Népszava, 1919. március 22., 3.",
"Novosti, 10. travnja 1941., str. 1.", "Lidové noviny, 3. října 1938".

The region's notes write the day in their own ways: day, month and year in figures with full stops, the month
in Roman numerals, the month's name in the genitive, or (Hungarian) the year first.  The tagger reads such a date
only in part, the newspaper as a title or an author.  A note of exactly that shape (a name of at most five words
and no figure, which is no place and opens with no given name, then the day, then perhaps the page) is an
``article-newspaper`` in that ``container-title``, the day its ``issued``, the page the locator.
"""

from __future__ import annotations

import functools
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._months import month_numbers
from citekit.normalize._text import note_text
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.east_central_heading import east_central_given_names
from citekit.normalize.place import names_a_place

_SHAPE_RE = lazy_compile(
    r"^(?P<name>[A-ZÁČĎÉÍĽŁŃÓÖŐŘŚŠŤÚŮÜŰÝŹŻŽ][^\d,;:()]{1,50}?),\s(?P<date>[^,]{6,30}?),?"
    r"(?:\s(?:(?:s|str|p|o|lk)\.\s?)?(?P<page>\d{1,3}(?:\s?[-–]\s?\d{1,3})?)(?:\.\s?(?:o|lpp)\.?)?)?\.?$"
)
#: "26. 2. 1948", "26.2.1948", "12 V 1990", "12. V. 1990", "23 lutego 1948", "10. travnja 1941."
_DAY_FIRST_RE = lazy_compile(
    r"^(?P<day>\d{1,2})\.?\s?(?P<month>\d{1,2}\.|[IVX]{1,4}\.?|[^\W\d_]{3,12})\s?(?P<year>1[6-9]\d\d|20[0-2]\d)(?P<stop>\.)?$"
)
#: "1919. március 22.": the Hungarian order
_YEAR_FIRST_RE = lazy_compile(r"^(?P<year>1[6-9]\d\d|20[0-2]\d)\.\s(?P<month>[^\W\d_]{3,12})\s(?P<day>\d{1,2})\.?$")
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11,
          "XII": 12}
#: words that make the name a letter's heading or a document's, not a newspaper's
_NOT_A_PAPER = frozenset({"do", "to", "an", "à", "a", "list", "dopis", "levél", "pismo", "memorandum", "notatka",
                          "protokół", "protokol", "záznam", "zápis", "jegyzőkönyv", "rozkaz", "telegram"})


@functools.cache
def _months() -> dict[str, int]:
    return month_numbers("pl", "cs", "sk", "hu", "sr", "sl", "hr", abbreviations=False)


def _day(text: str) -> list[int] | None:
    """The date's parts of a day written in one of the region's ways, or ``None``."""
    m = _DAY_FIRST_RE.match(text)
    if m is not None:
        month_text = m["month"].rstrip(".")
        if month_text.isdigit():
            month = int(month_text)
        elif month_text in _ROMAN:
            month = _ROMAN[month_text]
        else:
            month = _months().get(month_text.lower(), 0)
            if month_text.lower() == "listopada" and m["stop"]:
                month = 10  # (Croatian "10. listopada 1941.": October; the Polish month is November)
        day, year = int(m["day"]), int(m["year"])
    else:
        m = _YEAR_FIRST_RE.match(text)
        if m is None:
            return None
        month = month_numbers("hu", abbreviations=False).get(m["month"].lower(), 0)
        day, year = int(m["day"]), int(m["year"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return [year, month, day]


class EastCentralNewspaper(Normalizer):
    """"Rudé právo, 26. 2. 1948, s. 1" -> an ``article-newspaper`` in that newspaper, on that day, at that page."""

    name: ClassVar[str] = "east-central-newspaper"
    code: ClassVar[str] = "P206"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "container-title", "issued", "author", "title", "title-short", "publisher", "publisher-place",
        "volume", "issue", "page", "note", "collection-title", "archive", "archive_location",
        "kind", "locator", "label", "suffix",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if not sequence or len(sequence) > 7 or state.kind != "full":
            return
        text = note_text(sequence, state.derived)
        if len(text) > 100 or text.count(",") > 3 or "," not in text:
            return
        m = _SHAPE_RE.match(text)
        if m is None:
            return
        name = m["name"].strip()
        words = name.split()
        if len(words) > 5 or any(word.lower() in _NOT_A_PAPER for word in words) or names_a_place(name):
            return
        if words[0].lower() in east_central_given_names():
            return
        parts = _day(m["date"].strip())
        if parts is None:
            return
        state.item = {"type": "article-newspaper", "container-title": name, "issued": {"date-parts": [parts]}}
        state.suffix = None
        if m["page"]:
            state.locator, state.label = m["page"].replace("–", "-").replace(" ", ""), "page"
        else:
            state.locator = state.label = None
