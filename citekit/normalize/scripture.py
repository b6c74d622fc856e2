"""A verse of scripture cited by book, chapter and verse: "Gen. 1:27", "1 Cor. 13:4", "Matt. 5:3–12".

Such a reference names no author, title or imprint: the book of the Bible is the work and
"chapter:verse" the place cited.  The tagger, which takes "Matt." for a surname and "13:4" for a
volume and issue, splits it at random.  When the whole reference (a signal aside) has exactly this
shape and its first word is a book of the Bible (``data/scripture_books.txt``), the step reads it
from the text itself: the book's full name for the ``title`` (so that "Matt." and "Matthew" are one
work), the verses for the locator (label ``verse``) and a version in brackets ("(KJV)") for
``version``.  Anything else in the reference makes the shape fail and leaves the entry alone.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import data_lines, hyphen_range, opening_text
from citekit.normalize.base import Context, ItemState, Normalizer

#: (number) book chapter:verse(–verse)(, verse…) (version)
_SHAPE_RE = lazy_compile(
    r"^(?:(?P<number>[1-4]|I{1,3}|IV)\s?)?(?P<book>[A-Z][a-z]+(?:\s(?:of\s)?[A-Z][a-z]+){0,2})\.?\s"
    r"(?P<cited>\d{1,3}:\d{1,3}(?:\s?[-–]\s?\d{1,3}(?::\d{1,3})?)?(?:,\s?\d{1,3}(?:\s?[-–]\s?\d{1,3})?)*)"
    r"(?:\s\((?P<version>[A-Z]{2,5})\))?[.;]?$"
)
#: a dash in a range of verses, with the spaces around it
_ROMAN = {"I": "1", "II": "2", "III": "3", "IV": "4"}
#: what opens a numbered book ("1 Cor.", "II Sam.")
_NUMBERS = frozenset({"1", "2", "3", "4", *_ROMAN})
#: labels that hold no part of the reference's shape
_OUTSIDE = ("punct", "signal")

_BOOKS: dict[str, str] | None = None


def scripture_books() -> dict[str, str]:
    """Each book's full name and abbreviation -> its full name, read once."""
    global _BOOKS
    if _BOOKS is None:
        books: dict[str, str] = {}
        for line in data_lines("scripture_books.txt"):
            name, _, short = line.partition("|")
            name = name.strip()
            for word in (name, *short.split()):
                books[word] = name
        _BOOKS = books
    return _BOOKS


class Scripture(Normalizer):
    """"Book chapter:verse" -> ``title`` (the book), locator + label ``verse``, ``version``."""

    name: ClassVar[str] = "scripture"
    code: ClassVar[str] = "P129"
    keys: ClassVar[tuple[str, ...]] = ("type", "title", "version", "kind", "locator", "label")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        n = len(sequence)
        if n > 4 or n == 0 or (":" not in sequence[-1][1] and (n == 1 or ":" not in sequence[-2][1])):
            return  # (almost every reference: more spans than a verse has, or no chapter:verse at its end)
        head = opening_text(sequence)
        word = head.lstrip()[:16].split(" ", 1)[0].rstrip(".,")
        if word not in _NUMBERS and word not in scripture_books():
            return  # (the first word names no book of the Bible, nor a numbered book's number)
        parts = [text.strip() for label, text in sequence if label not in _OUTSIDE]
        text = " ".join(parts)
        if ":" not in text or len(text) > 60:
            return  # (no chapter:verse, or more than a verse's reference holds)
        m = _SHAPE_RE.match(text)
        if m is None:
            return
        book = scripture_books().get(m["book"])
        if book is None:
            return
        number = m["number"]
        item: dict[str, object] = {"type": "book", "title": f"{_ROMAN.get(number, number)} {book}" if number else book}
        if m["version"]:
            item["version"] = m["version"]
        state.item = item
        state.kind = "full"
        state.locator, state.label = hyphen_range(m["cited"]), "verse"
