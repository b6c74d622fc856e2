"""References to scripture: "Genesis 9:25-27", "Matt. 5:44", "1 Peter 2:13-14".

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


@functools.cache
def _reference_re() -> re.Pattern[str]:
    """Book (with its number: "1 Peter", "II Kings"), chapter and verse(s), the books those of the
    normalizers' list (``citekit/normalize/data/scripture_books.txt``); the verse is required, so
    "John 3" or "Acts 1998" (a name, a year) is no reference."""
    from citekit.normalize.scripture import scripture_books

    books = "|".join(re.escape(name) for name in sorted(scripture_books(), key=len, reverse=True))
    return re.compile(
        rf"(?P<book>(?:[123]|I{{1,3}})?\s?(?:{books})\.?)\s+(?P<locator>\d{{1,3}}[:.]\d{{1,3}}[a-c]?"
        r"(?:\s*[-–]\s*\d{1,3}(?:[:.]\d{1,3})?[a-c]?)?(?:,\s*\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*)"
    )


@dataclass(frozen=True)
class Scripture:
    """A book of the Bible and the chapter and verse cited."""

    book: str
    locator: str


def scripture_reference(text: str) -> Scripture | None:
    """The book and verse if ``text`` is a reference to scripture and nothing else, else None."""
    match = _reference_re().fullmatch(text.strip().rstrip(".;,").strip())
    if match is None:
        return None
    return Scripture(re.sub(r"\s+", " ", match["book"]).strip(), match["locator"])
