"""A verse of the Qurʾān and a tradition of a hadith collection, cited by their numbering: "Qurʾān 2:255",
"Q 4:34", "Coran 24:31", "Abū Dāwūd, Sunan, no. 3641", "Ṣaḥīḥ Muslim, no. 2564".

Like a verse of the Bible (see ``scripture``) such a note names no edition: "sura:verse" and the
tradition's number find the place in any, so the citation is complete by convention (kind ``full``).
The tagger reads "Qurʾān 2:255" as a person's name and "no. 3641" as a page.  When the whole reference
(a signal aside) has one of these shapes the step reads it from the text: for the Qurʾān the title as
written (notes spell it Qurʾān, Qur'an, Koran, Coran or Q; the writer's spelling is kept) and the verses as
the locator (label ``verse``); for a hadith collection (``data/hadith_collections.txt``) the collection's
title, the compiler before it left to the names step, and the tradition's number as the locator (label
``number``).  Anything else in the reference leaves the entry alone.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_one
from citekit.normalize._text import data_lines, hyphen_range, opening_text, squash
from citekit.normalize.base import Context, ItemState, Normalizer

_QURAN_RE = lazy_compile(
    r"^(?P<title>Qurʾān|Qurʾan|Qur['’]ān|Qur['’]an|Quran|Koran|Coran|Q)\.?,?\s(?:(?:sura|sūra|Sure|sourate)\s)?"
    r"(?P<cited>\d{1,3}\s?:\s?\d{1,3}(?:\s?[-–]\s?\d{1,3})?(?:,\s?\d{1,3}(?:\s?[-–]\s?\d{1,3})?)*)[.;]?$"
)
_QURAN_HEADS = frozenset({"Qurʾān", "Qurʾan", "Qur'ān", "Qur’ān", "Qur'an", "Qur’an", "Quran", "Koran", "Coran", "Q",
                          "Q."})
_HADITH_TITLE_AND_NUMBER = (
    r"(?P<title>(?:al-)?(?P<word>[^\W\d_]+)(?:\s(?:al-|an-|at-|ad-|as-|ash-|ar-|az-)?"
    r"[^\W\d_][\wʿʾ'’-]*)?)"
    r"(?:,\s(?:kitāb|Kitāb|kitab|Kitab|bāb|Bāb|bab|Bab)\s[^,]{1,60}){0,2}"
    r",\s(?:(?:ḥadīth|hadith|ḥadith|Ḥadīth|Hadith)\s)?(?:no\.|nos\.|nr\.|Nr\.|n°|#)\s?(?P<number>\d{1,5}(?:\s?[-–]\s?\d{1,5})?)"
    r"[.;]?$"
)
_HADITH_RE = lazy_compile(r"^(?:(?P<compiler>[^,]{2,40}),\s)?" + _HADITH_TITLE_AND_NUMBER)
#: the collection named first, its compiler in its title: "Ṣaḥīḥ Muslim, Kitāb al-Imāra, bāb 12, no. 1847"
_HADITH_TITLE_FIRST_RE = lazy_compile("^" + _HADITH_TITLE_AND_NUMBER)
#: how the last span of a hadith's citation opens ("no. 3641", "ḥadīth no. 8", "Nr. 12", "n° 4", "#12")
_NUMBER_HEADS = frozenset({"no", "nr", "Nr", "n°", "ḥa", "Ḥa", "ha", "Ha"} | {f"#{d}" for d in "0123456789"})
#: labels that hold no part of the reference's shape
_OUTSIDE = ("punct", "signal")

_COLLECTIONS: frozenset[str] | None = None


def hadith_collections() -> frozenset[str]:
    """The first words of the hadith collections' titles, read once."""
    global _COLLECTIONS
    if _COLLECTIONS is None:
        _COLLECTIONS = frozenset(data_lines("hadith_collections.txt"))
    return _COLLECTIONS


class QuranHadith(Normalizer):
    """"Qurʾān 2:255" -> ``title``, locator + label ``verse``; "Compiler, Sunan, no. N" -> ``title``,
    locator + label ``number``."""

    name: ClassVar[str] = "quran-hadith"
    code: ClassVar[str] = "P150"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "title", "title-short", "author", "kind", "locator", "label", "volume", "issue", "page",
        "publisher", "container-title", "issued",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        n = len(sequence)
        if n == 0 or n > 6:
            return
        last = sequence[-1][1]
        if ":" in last or (n > 1 and ":" in sequence[-2][1]):
            head = opening_text(sequence).lstrip()[:8].split(" ", 1)[0].rstrip(",")
            if head in _QURAN_HEADS:
                self._quran(state)
        elif last.lstrip()[:2] in _NUMBER_HEADS:
            self._hadith(state)

    @staticmethod
    def _text(state: ItemState) -> str:
        return squash(" ".join(text for label, text in state.sequence if label not in _OUTSIDE))

    def _quran(self, state: ItemState) -> None:
        m = _QURAN_RE.match(self._text(state))
        if m is None:
            return
        state.item = {"type": "book", "title": m["title"]}
        state.kind = "full"
        state.locator, state.label = hyphen_range(m["cited"].replace(" ", "")), "verse"

    def _hadith(self, state: ItemState) -> None:
        text = self._text(state)
        if len(text) > 160:
            return
        m = _HADITH_RE.match(text)
        if m is not None and m["word"] not in hadith_collections():
            m = _HADITH_TITLE_FIRST_RE.match(text)  # (the collection's title read as a compiler)
        if m is None or m["word"] not in hadith_collections():
            return
        compiler = m.groupdict().get("compiler")
        # the compiler read here, not the names step's reading ("al-Bukhārī, Ṣaḥīḥ" is no "Family, Given")
        kept = {"author": [parse_one(compiler)]} if compiler else {}
        state.item = {"type": "classic", **kept, "title": m["title"]}
        state.kind = "full"
        state.locator, state.label = hyphen_range(m["number"].replace(" ", "")), "number"
