"""Dates -> CSL ``issued``: years, ranges, circa, seasons, full dates in five languages.

``(2011).`` -> ``{"date-parts": [[2011]]}``; ``1926–1941`` (only when the
tagger says it is the date) -> two date-parts; ``c. 1983``/``ca.``/``[1983?]``
-> ``circa``; ``Spring 2004`` -> ``season`` 1; ``4 June 1992``,
``June 4, 1992``, ``4. Juni 1992``, ``4 juin 1992``, ``1992-06-04`` -> year,
month, day.  "n.d."/"s.d."/"o.J." leave ``issued`` out (styles print "n.d."
themselves); "forthcoming"/"in press" set ``status``.  Text with no year is
kept as ``{"literal": ...}`` so nothing is lost.  A later date span that says
"accessed"/"consulted"/"abgerufen" becomes ``accessed``; a bracketed one
("[1867]") becomes ``original-date``, as does the bracketed year in "1983 [1924]".  Years that OCR or typography disguised
are repaired: "i960", "20o5", "1 999", "MDCCLVII", and "19802" (a flattened
superscript edition number after the year).  A reprint's year left in a note
("1928 (rist. 1967)", "Nachdruck 1984") is the edition cited: ``issued``, with
the first year as ``original-date``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._months import month_numbers
from citekit.normalize._text import squash, strip_brackets
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import SUPERSCRIPT_TO_DIGITS, read_periodical_span, spans_beside_title

#: the superscript digits that open a date span, "⁶1992" (the edition before the year)
_SUPERSCRIPTS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
_SUPERSCRIPT_EDITION_RE = lazy_compile(r"^([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})(?=\d{4})")
_MONTHS: dict[str, int] = month_numbers("en", "fr", "de", "it", "es", "pt", "ru", "tr", "el")
_SEASONS = {
    "spring": 1, "frühjahr": 1, "frühling": 1, "printemps": 1, "primavera": 1,
    "summer": 2, "sommer": 2, "été": 2, "estate": 2,
    "autumn": 3, "fall": 3, "herbst": 3, "automne": 3, "autunno": 3,
    "winter": 4, "hiver": 4, "inverno": 4,
}
_MONTH_ALT = "|".join(sorted((re.escape(k) for k in _MONTHS), key=len, reverse=True))
_SEASON_ALT = "|".join(sorted(_SEASONS, key=len, reverse=True))

_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
_NO_DATE_RE = lazy_compile(
    r"^(?:n\.\s?d|s\.\s?d|o\.\s?j|s\.\s?a|no\s+date|sans\s+date|ohne\s+jahr|senza\s+data|undated|n\.\s?a|χ\.\s?χ)\.?$",
    re.I,
)
_STATUS_RE = lazy_compile(r"\b(forthcoming|in\s+press|im\s+druck|sous\s+presse|in\s+corso\s+di\s+stampa|in\s+preparation|to\s+appear|submitted)\b", re.I)
_CIRCA_RE = lazy_compile(r"\b(?:circa|ca|c|um|vers|verso)\b\.?\s*(?=\d)|\?", re.I)
_ISO_RE = lazy_compile(rf"\b({_YEAR})-(\d{{2}})-(\d{{2}})\b")
_DMY_NUM_RE = lazy_compile(rf"\b(\d{{1,2}})\s*[./]\s*(\d{{1,2}})\s*[./]\s*({_YEAR})\b")
#: (Spanish and Portuguese write "de" before the month and the year: "12 de julio de 1530", "3 de maio de 1750")
_DAY_MONTH_YEAR_RE = lazy_compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|er|°|º)?\.?\s+(?:de\s+)?({_MONTH_ALT})\.?,?\s+(?:de\s+)?({_YEAR})\b", re.I
)
_MONTH_DAY_YEAR_RE = lazy_compile(rf"\b({_MONTH_ALT})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+({_YEAR})\b", re.I)
_MONTH_YEAR_RE = lazy_compile(rf"\b({_MONTH_ALT})\.?,?\s+({_YEAR})\b", re.I)
#: "julio de 1530" (Spanish, Portuguese); not the last month of a range ("enero-junio de 2003": the year alone)
_MONTH_DE_YEAR_RE = lazy_compile(rf"(?<![-–/])\b({_MONTH_ALT})\s+de\s+({_YEAR})\b", re.I)
_SEASON_YEAR_RE = lazy_compile(rf"\b({_SEASON_ALT})\s+({_YEAR})\b", re.I)
_YEAR_RANGE_RE = lazy_compile(rf"(?<!\d)({_YEAR})\s*[-–—/]\s*(\d{{2,4}})(?!\d)")
_YEAR_RE = lazy_compile(rf"(?<!\d)({_YEAR})(?!\d)")
_LETTER_RE = lazy_compile(r"[^\W\d_]")
#: "022013": month and year run together (GROBID's arXiv sources)
_MONTH_YEAR_DIGITS_RE = lazy_compile(rf"^(0[1-9]|1[0-2])({_YEAR})$")
#: letters OCR reads for digits in a year: "i960", "l975", "20o5"
_OCR_DIGITS = str.maketrans({"I": "1", "l": "1", "i": "1", "o": "0", "O": "0"})
_ROMAN_RE = lazy_compile(r"M{1,2}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})")
_ROMAN_VALUES = {"M": 1000, "D": 500, "C": 100, "L": 50, "X": 10, "V": 5, "I": 1}
_SPACED_YEAR_RE = lazy_compile(r"(?<!\d)(1) ?([5-9]\d\d)(?!\d)")
_ACCESSED_RE = lazy_compile(r"\b(?:accessed|consulted|retrieved|viewed|abgerufen|zugegriffen|consulté|consultato|last\s+visited)\b", re.I)


def parse_date(text: str) -> dict[str, Any] | None:
    """A CSL date for ``text``, or ``None`` for "no date"."""
    value = text.strip(" .,;:()[]")
    if len(value) == 4 and value.isdigit() and _YEAR_RE.match(value):  # the usual case: a bare year
        return {"date-parts": [[int(value)]]}
    value = strip_brackets(squash(text)).strip(" .,;:")
    if not value or _NO_DATE_RE.match(value):
        return None
    date: dict[str, Any] | None = None
    m = _ISO_RE.search(value)
    if m and 1 <= int(m[2]) <= 12:
        date = {"date-parts": [_parts(m[1], m[2], m[3])]}
    elif m := _DAY_MONTH_YEAR_RE.search(value):
        date = {"date-parts": [[int(m[3]), _MONTHS[m[2].lower()], int(m[1])]]}
    elif m := _MONTH_DAY_YEAR_RE.search(value):
        date = {"date-parts": [[int(m[3]), _MONTHS[m[1].lower()], int(m[2])]]}
    elif (m := _DMY_NUM_RE.search(value)) and 1 <= int(m[2]) <= 12 and 1 <= int(m[1]) <= 31:
        date = {"date-parts": [[int(m[3]), int(m[2]), int(m[1])]]}
    elif (m := _MONTH_YEAR_RE.search(value)) or (" de " in value and (m := _MONTH_DE_YEAR_RE.search(value))):
        date = {"date-parts": [[int(m[2]), _MONTHS[m[1].lower()]]]}
    elif m := _SEASON_YEAR_RE.search(value):
        date = {"date-parts": [[int(m[2])]], "season": _SEASONS[m[1].lower()]}
    elif m := _YEAR_RANGE_RE.search(value):
        first, last = m[1], m[2]
        if len(last) < 4:
            last = first[: 4 - len(last)] + last
        if int(last) > int(first):
            date = {"date-parts": [[int(first)], [int(last)]]}
        else:
            date = {"date-parts": [[int(first)]]}
    elif m := _YEAR_RE.search(value):
        date = {"date-parts": [[int(m[1])]]}
    elif m := _MONTH_YEAR_DIGITS_RE.match(value):
        date = {"date-parts": [[int(m[2]), int(m[1])]]}
    elif year := _repaired_year(value):
        date = {"date-parts": [[year]]}
    if date is None:
        return {"literal": value}
    if _CIRCA_RE.search(value):
        date["circa"] = True
    return date


def _repaired_year(value: str) -> int | None:
    """A year that OCR or typography disguised: "i960", "20o5", "1 999", "1980²" flattened
    to "19802" (an edition number after the year), "MDCCLVII"."""
    for token in value.split():
        if len(token) == 4 and not token.isdigit():
            fixed = token.translate(_OCR_DIGITS)
            if fixed.isdigit() and _YEAR_RE.fullmatch(fixed):
                return int(fixed)
        if len(token) == 5 and token.isdigit() and _YEAR_RE.fullmatch(token[:4]) and token[4] != "0":
            return int(token[:4])
        if len(token) >= 4 and _ROMAN_RE.fullmatch(token):
            number = _roman(token)
            if 1000 <= number <= 2100:
                return number
    spaced = _SPACED_YEAR_RE.search(value)
    if spaced:
        return int(spaced.group(1) + spaced.group(2))
    return None


def _roman(text: str) -> int:
    total = 0
    for char, following in zip(text, [*text[1:], ""], strict=True):
        value = _ROMAN_VALUES[char]
        total += -value if following and _ROMAN_VALUES[following] > value else value
    return total


def _parts(year: str, month: str | None, day: str | None) -> list[int]:
    out = [int(year)]
    if month:
        out.append(int(month))
        if day and 1 <= int(day) <= 31:
            out.append(int(day))
    return out


#: "1983 [1924]", "1967 [orig. 1939]": one span holds the edition's year and the first edition's
_REPRINT_RE = lazy_compile(
    r"^\s*\(?(?P<cited>[^\[\]]*?(?:1[0-9]|20)\d\d)\s*\[\s*(?:orig\.?\s*|first\s+publ(?:ished|\.)\s*|1\.\s*Aufl\.\s*)?"
    r"(?P<first>(?:1[0-9]|20)\d\d)(?P<doubt>\?)?\s*\]\)?\s*[,.;:]?\s*$",
    re.I,
)


#: a reprint and its year left in a note: "(rist. 1967)", "Nachdruck 1984", "repr. Aalen, 1972"
_REPRINT_NOTE_RE = lazy_compile(
    r"^\W*(?:(?:facs\.?|facsimile)\s+)?(?:rist|ristampa|repr|reprint|reprinted|rpt|Nachdr|Nachdruck|rééd|réimpr|réimpression|reimpr|"
    r"reimpresión|reed)\.?,?\s*(?:[^\d()]{0,40}?[\s,])?(?P<year>1[5-9]\d\d|20\d\d)\W*$",
    re.I,
)


def _reprint_in_a_note(notes: list[str], found: dict[str, Any]) -> None:
    """"Storia d'Italia, Bari, Laterza, 1928 (rist. 1967)": the reprint is the edition cited (``issued``),
    the first year the ``original-date`` (the tagger reads the bracket as a note or a series)."""
    issued = found["issued"]
    if "original-date" in found or "date-parts" not in issued:
        return
    for text in notes:
        m = _REPRINT_NOTE_RE.match(text) if any(map(str.isdigit, text)) else None
        if m and int(m["year"]) > issued["date-parts"][0][0]:
            found["original-date"] = issued
            found["issued"] = {"date-parts": [[int(m["year"])]]}
            return


#: an abbreviated ancient work and a dotted passage, read as a date: "Att. 1.5.3.", "Aug. Conf. 8.12.29."
#: (one to three capitalised words, then two to four dotted numbers of at most three digits: no year)
_ABBREVIATED_PASSAGE_RE = lazy_compile(
    r"^(?P<work>(?:[A-Z][a-z]{0,11}\.\s+){0,2}[A-Z][a-z]{0,11}\.?)\s+"
    r"(?P<passage>\d{1,3}(?:\.\d{1,3}){1,3}[a-z]?(?:\s?[-–]\s?\d{1,3})?)\.?$"
)


#: a number alone in a date span: "1878."
_BARE_NUMBER_RE = lazy_compile(r"\s*\d{1,4}\.?\s*")


def _right_after_imprint(sequence: Sequence[tuple[str, str]]) -> set[str]:
    """The date spans that are a bare number right after the year closing an imprint opened before it
    ("(Beijing: Zhonghua shuju," + "1974)," + "1878."): nothing but punctuation between the two."""
    found: set[str] = set()
    before: tuple[str, str] | None = None
    for label, text in sequence:
        if label == "punct":
            continue
        if (label == "date" and before is not None and before[0] == "date" and _BARE_NUMBER_RE.fullmatch(text)
                and before[1].rstrip().endswith("),") and not before[1].lstrip().startswith("(")):
            found.add(text)
        before = (label, text)
    return found


class Date(Normalizer):
    """date spans -> ``issued`` (+ ``accessed``, ``original-date``, ``status``)."""

    name: ClassVar[str] = "date"
    code: ClassVar[str] = "P106"
    keys: ClassVar[tuple[str, ...]] = (
        "issued", "accessed", "original-date", "status", "container-title", "volume", "issue", "title",
        "locator", "label", "edition",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"date"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        found: dict[str, Any] = {}
        after_imprint = _right_after_imprint(state.sequence) if len(state.spans.get("date", ())) > 1 else ()
        for text in spans_beside_title(state, "date"):  # "…, 1926–1941" may close the title
            if text in after_imprint and state.locator is None and "issued" in found:
                # "… (Beijing: Zhonghua shuju, 1974), 1878.": a number after the imprint is the page cited, even
                # one that looks like a year
                state.locator, state.label = text.strip().rstrip(".").strip(), "page"
                continue
            if text[:1] in _SUPERSCRIPTS and (edition := _SUPERSCRIPT_EDITION_RE.match(text)):
                # "Tübingen ⁶1992": the edition printed as a superscript before the year (German notes)
                if "edition" not in state.spans:
                    state.item.setdefault("edition", edition.group(1).translate(SUPERSCRIPT_TO_DIGITS))
                text = text[edition.end() :]
            if "/" in text and read_periodical_span(text, state):
                continue  # "Arbeit 2/1993/1": a periodical, its volume, year and issue
            if "[" in text and (reprint := _REPRINT_RE.match(text)):
                # "1983 [1924]": the edition cited, then the year it first came out
                self._add(found, reprint["cited"], parse_date(reprint["cited"]))
                first: dict[str, Any] = {"date-parts": [[int(reprint["first"])]]}
                if reprint["doubt"]:
                    first["circa"] = True
                found.setdefault("original-date", first)
                continue
            if not _LETTER_RE.search(text):  # digits and punctuation only: no words to look for
                self._add(found, text, parse_date(text))
                continue
            if text[:1].isupper() and text[1:2].isalpha() and state.locator is None and (
                passage := _ABBREVIATED_PASSAGE_RE.match(text)
            ):
                # "Cic." + "Att. 1.5.3.", "Aug. Conf. 8.12.29.": an abbreviated ancient work and the passage
                # cited (book.chapter.section), not a date
                if "title" not in state.item and "title" not in state.spans:
                    state.item["title"] = passage["work"].strip()
                state.locator, state.label = passage["passage"].replace("–", "-"), "section"
                continue
            status = _STATUS_RE.search(text)
            if status:
                found.setdefault("status", status.group(1).lower())
                if not _YEAR_RE.search(text):
                    continue
            if _ACCESSED_RE.search(text):
                accessed = parse_date(_ACCESSED_RE.sub("", text))
                if accessed and "date-parts" in accessed:
                    found["accessed"] = accessed
                    continue
            self._add(found, text, parse_date(text))
        spans = state.spans
        if ("note" in spans or "collection-title" in spans) and "issued" in found:
            _reprint_in_a_note([*spans.get("note", ()), *spans.get("collection-title", ())], found)
        state.item.update(found)

    @staticmethod
    def _add(found: dict[str, Any], text: str, date: dict[str, Any] | None) -> None:
        """Place one more date: the first is ``issued``; later ones see the docstring."""
        if date is None:
            return
        issued = found.get("issued")
        if issued is None:
            found["issued"] = date
        elif "literal" in issued and "date-parts" in date:
            # "August" + "1990" tagged as two spans: read them together
            joined = parse_date(f"{issued['literal']} {text}")
            found["issued"] = joined if joined and "date-parts" in joined else date
        elif "original-date" in found:
            return
        elif text.strip().startswith("["):
            found["original-date"] = date
        elif (
            "date-parts" in date
            and "date-parts" in issued
            and date["date-parts"][0][0] > issued["date-parts"][0][0]
        ):
            # "1927 … Ed. 1986": the later date is the edition cited, the first the original
            found["original-date"] = issued
            found["issued"] = date
