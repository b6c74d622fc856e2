"""A double year in a bracketed imprint, Hijri or Shamsi then Gregorian: "(Cairo: al-Maṭbaʿa
al-Wahbiyya, 1284/1867), 2:134", "(Tehran: Amīr Kabīr, 1350 Sh./1971), 1:134", "(Būlāq, 1290 H./1873)".

Books printed in the Islamic world carry the year of their own calendar, and notes give it with the
Gregorian one after a slash.  The tagger, which has never seen such a year, reads it as a volume, an issue
or part of a series, and loses the place cited after the bracket.  When the imprint closing a note has
this shape, the step reads it from the text: the Gregorian year is ``issued`` (CSL dates are Gregorian),
the place and publisher are set again, what the tagger made of the double year goes, and "2:134" or
"45" after the bracket is the locator (label ``page``, "vol:page" kept as one, as elsewhere).
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import expand_dashed_range, squash
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import put_title

_IMPRINT_RE = lazy_compile(
    r"\((?P<place>[^():,;]{2,40})(?::\s(?P<publisher>[^():;]{2,80}?))?,\s"
    r"(?P<local>\d{3,4})(?:\s?(?:AH|A\.H\.|H|h|Sh|SH|sh|Ş|ş|r|R|AHS|HS)\.?)?\s?/\s?(?P<year>1[5-9]\d\d|20\d\d)"
    r"(?:\s?[-–]\s?\d{2,4})?\)"
    r"(?:,\s(?P<cited>\d{1,2}\s?:\s?\d{1,4}(?:\s?[-–]\s?\d{1,4})?|\d{1,4}(?:\s?[-–]\s?\d{1,4})?))?[.;]?$"
)
#: a local year and a Gregorian one: the cheap test on the note's last spans
_DOUBLE_YEAR_RE = lazy_compile(r"\d{3,4}\s?(?:[A-Za-zŞş.]{1,4}\s?)?/\s?1[5-9]\d\d|\d{3,4}\s?(?:[A-Za-zŞş.]{1,4}\s?)?/\s?20\d\d")
#: what the tagger may have made of the double year and the place cited
_MISREAD = ("volume", "issue", "collection-title", "collection-number", "page", "issued")


#: a slash with a digit among the six characters before it ("1284/", "1350 Sh./"; not "https://")
_NUMBER_SLASH_RE = lazy_compile(r"\d[^/\d]{0,5}/|\d/")


def _year_slash(text: str) -> bool:
    """Does ``text`` hold a slash after a number (first by the slash alone)?"""
    return "/" in text and _NUMBER_SLASH_RE.search(text) is not None


class HijriYear(Normalizer):
    """"(Place: Publisher, 1284/1867), 2:134" -> ``issued`` 1867, ``publisher-place``, ``publisher``, the
    locator."""

    name: ClassVar[str] = "hijri-year"
    code: ClassVar[str] = "P153"
    keys: ClassVar[tuple[str, ...]] = ("publisher-place", "publisher", "locator", "label", "title", "title-short",
                                       *_MISREAD)
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        n = len(sequence)
        if n == 0 or not (_year_slash(sequence[-1][1]) or (n > 1 and _year_slash(sequence[-2][1])) or (
            n > 2 and _year_slash(sequence[-3][1])
        )):
            return  # (almost every reference: no slash after a number in its last three spans)
        text = squash(" ".join(text for label, text in sequence))
        tail = text[-160:]
        if _DOUBLE_YEAR_RE.search(tail) is None:
            return
        m = _IMPRINT_RE.search(tail)
        if m is None:
            return
        item = state.item
        local = m["local"]
        for key in _MISREAD:
            value = item.get(key)
            if isinstance(value, str) and (local in value or (m["publisher"] and value in m["publisher"])):
                item.pop(key)
        state.derived["imprint-read"] = True  # (a full citation, whatever spans the imprint hid in: short form)
        item.pop("issued", None)
        item["issued"] = {"date-parts": [[int(m["year"])]]}
        title = item.get("title")
        if isinstance(title, str) and (cut := title.find(f"({m['place']}")) > 0:
            put_title(item, title[:cut].rstrip(" ,"))  # "Title (Būlāq, 1297/1880)" read as one title span
        item["publisher-place"] = m["place"].strip()
        if m["publisher"]:
            item["publisher"] = m["publisher"].strip()
        if m["cited"] and (state.locator is None or local in state.locator):
            state.locator, state.label = expand_dashed_range(m["cited"].replace(" ", "")), "page"
