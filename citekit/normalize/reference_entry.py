"""A reference work's entry read as an author: "İslâm Ansiklopedisi, s.v. "Tımar."", "Encyclopaedia Iranica,
s.v. "Ṣafavid Dynasty."".

Encyclopaedias and dictionaries are cited by title and headword ("s.v.", sub verbo).  The title step reads
the headword off a title span; but the tagger takes a title it does not know for names ("İslâm
Ansiklopedisi" looks like a given name and a surname) and the headword for one more person.  When the
reference opens with an author span that holds ", s.v. " and no title span follows, the step reads the
span again: the ``title`` before "s.v.", the headword as the locator (label ``sub-verbo``), the names gone.
When the author span ends in "s.v." ("EI², s.v.") the title span after it is the headword (perhaps with
the entry's author in brackets after it).
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import squash
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import put_title

_ENTRY_RE = lazy_compile(
    r"^(?P<title>[^,\"“«]{3,100}?),\s(?:s\.\s?v\.|sub\s+voce|sub\s+verbo)\s(?P<entry>[\"“«‘'][^\"”»’']{1,80}|[^,\"“«]{1,80}?)"
    r"[\"”»’'.,;\s]*$"
)


#: an author span that is the work and "s.v." alone: "EI², s.v."
_HEAD_ONLY_RE = lazy_compile(r"^(?P<title>[^,\"“«]{2,100}?),\s(?:s\.\s?v\.|sub\s+voce|sub\s+verbo)$")
#: the headword span after it, perhaps with the entry's author in brackets: "\"Ḳānūn\" (H. İnalcık)."
_ENTRY_SPAN_RE = lazy_compile(r"^(?P<entry>[\"“«‘'][^\"”»’']{1,80}[\"”»’']|[^\"“«(,]{1,80}?)[.,]?(?:\s\([^()]{2,80}\))?[.;]?$")


class ReferenceEntry(Normalizer):
    """An author span "Title, s.v. "Entry"" -> ``title``, locator + label ``sub-verbo``."""

    name: ClassVar[str] = "reference-entry"
    code: ClassVar[str] = "P154"
    keys: ClassVar[tuple[str, ...]] = ("author", "title", "title-short", "locator", "label", "kind")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"author"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        authors = state.spans.get("author")
        if not authors or state.label == "sub-verbo":
            return
        text = authors[0]
        if "s.v." not in text and "s. v." not in text and "sub v" not in text:
            return  # (almost every author span)
        if len(authors) != 1:
            return
        titles = state.spans.get("title", ())
        if not titles:
            m = _ENTRY_RE.match(squash(text))
            if m is None:
                return
            work, entry = m["title"], m["entry"]
        else:
            # "EI², s.v." + "\"Ḳānūn\" (H. İnalcık).": the headword (and who wrote the entry) read as the title
            head = _HEAD_ONLY_RE.match(squash(text))
            entry_m = _ENTRY_SPAN_RE.match(squash(titles[0])) if len(titles) == 1 else None
            if head is None or entry_m is None:
                return
            work, entry = head["title"], entry_m["entry"]
        item = state.item
        item.pop("author", None)
        put_title(item, work.strip())
        state.locator, state.label = entry.strip(" .,;:\"“”‘’'«»"), "sub-verbo"
        state.kind = "full"
