"""References to scripture: "Genesis 9:25-27", "Matt. 5:44", "1 Peter 2:13-14", "Qurʾān 4:59".

A history note cites the Bible by book, chapter and verse, with no author,
title page or imprint, so neither the parser nor the classifier's other forms
read it: it was dropped as commentary.  The books are a closed list, so the
form is recognised by the book's name (or its usual abbreviation) followed by
a chapter and verse; the book is the work, the chapter and verse the locator.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from citekit.lazy_regex import lazy_compile

#: the Qurʾān, cited by sura and verse: by its name as English, German, French and Turkish notes
#: transliterate it ("Qurʾān 4:59", "Q. 2:282", "Koran 2:255"), perhaps with the sura's name ("Kuran,
#: Nisâ 4/59", "Qurʾān, al-Baqara 2:255"), or by the word for a sura ("Sure 4:59", "sourate 2, 255")
_QURAN_RE = lazy_compile(
    r"(?P<book>(?:Qur[ʾʼ'’]?[āa]n|Quran|K[uo]r[ʾʼ'’]?[āa]n|Coran|Q\.?(?=\s)|Sur[ea]|Sūra|[Ss]ourate|Süre)"
    r"(?:,?\s(?:(?:al|an|ar|as|at|ad|az|ash)-)?[A-ZÀ-ÖØ-ÞĀ-Žʿʾ][\w'’ʿʾ-]*)?)"
    r"\s+(?P<locator>\d{1,3}\s?[:./,]\s?\d{1,3}(?:\s*[-–]\s*\d{1,3})?)"
)


@functools.cache
def _reference_re() -> re.Pattern[str]:
    """Book (with its number: "1 Peter", "II Kings"), chapter and verse(s), the books those of the
    normalizers' list (``citekit/normalize/data/scripture_books.txt``, with the German, French and Italian
    abbreviations); the verse is required, so
    "John 3" or "Acts 1998" (a name, a year) is no reference."""
    from citekit.normalize.scripture import scripture_books

    books = "|".join(re.escape(name) for name in sorted(scripture_books(), key=len, reverse=True))
    return re.compile(
        # (German, Italian and French notes write chapter and verse with a comma: "Mt 16,18", "Gv 1,14")
        rf"(?P<book>(?:[123]|I{{1,3}})?\s?(?:{books})\.?)\s+(?P<locator>\d{{1,3}}(?:[:.]|,(?=\d))\d{{1,3}}[a-c]?"
        r"(?:\s*[-–]\s*\d{1,3}(?:[:.]\d{1,3})?[a-c]?)?(?:,\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*)"
    )


@dataclass(frozen=True)
class Scripture:
    """A book of the Bible and the chapter and verse cited."""

    book: str
    locator: str


def scripture_reference(text: str) -> Scripture | None:
    """The book and verse if ``text`` is a reference to scripture and nothing else, else None."""
    stripped = text.strip().rstrip(".;,").strip()
    quran = _QURAN_RE.fullmatch(stripped)
    if quran is not None:
        # the sura's name is no part of the work: every verse cites the one book
        book = re.split(r",?\s", quran["book"], maxsplit=1)[0]
        return Scripture(book, quran["locator"])
    match = _reference_re().fullmatch(stripped)
    if match is None:
        return None
    return Scripture(re.sub(r"\s+", " ", match["book"]).strip(), match["locator"])
