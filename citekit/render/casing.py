"""text-case that sees through citekit's format marks and uses the CSL stop-word list.

citeproc-py capitalises the first *character* of a string, which is a format
mark when the text starts in italics or quotes, so ``capitalize-first`` did
nothing there (terms such as "ibid." stayed lower case at the start of a note);
its title case also knows only a short list of stop words.  This mixin
replaces ``case`` for every element that has ``text-case``.
"""

from __future__ import annotations

from typing import Any

from citeproc.string import MixedString, NoCase, String

from citekit.lazy_regex import lazy_compile
from citekit.render.markup import MARKS

_MARK_CHARS = frozenset(ch for pair in MARKS.values() for ch in pair)

#: the single-word stop words of the CSL 1.0.2 specification (title case)
STOP_WORDS = frozenset(
    "a about above across afore after against along alongside amid amidst among amongst an "
    "and anenst apropos apud around as aside astride at athwart atop barring before behind "
    "below beneath beside besides between beyond but by c ca circa d de despite down during "
    "et except for forenenst from given in inside into lest like modulo near next nor "
    "notwithstanding of off on onto or out over per plus pro qua sans since so than the "
    "through throughout thru thruout till to toward towards under underneath until unto up "
    "upon v v. van versus via vis-à-vis von vs vs. with within without worth".split()
)


def capitalize_first(text: Any) -> Any:
    """Upper-case the first letter, skipping format marks and quotation marks."""
    if isinstance(text, MixedString):
        segments = list(text)
        for n, segment in enumerate(segments):
            if any(ch.isalpha() for ch in str(segment)):
                if isinstance(segment, NoCase):
                    return text
                segments[n] = capitalize_first(segment)
                return MixedString(segments)
        return text
    if isinstance(text, NoCase):
        return text
    raw = str(text)
    for n, ch in enumerate(raw):
        if ch.isalpha():
            return type(text)(raw[:n] + ch.upper() + raw[n + 1 :]) if isinstance(
                text, String) else raw[:n] + ch.upper() + raw[n + 1 :]
        if ch not in _MARK_CHARS and not ch.isspace() and ch not in "“‘\"'([":
            return text
    return text


def title_case(text: Any) -> Any:
    """CSL title case: capitalise lower-case words except stop words inside the title."""
    words = str(text).split(" ")
    out = []
    last = len(words) - 1
    after_colon = True
    for n, word in enumerate(words):
        bare = word.strip("“‘\"'([").lower()
        short = len(bare) == 1 and n > 0  # "i", "v": citeproc-js leaves them alone
        short = short or bare[1:2] in ("’", "'")  # "l’an", "d’histoire": elided articles
        if word.islower() and not short and (after_colon or n == last or bare not in STOP_WORDS):
            word = str(capitalize_first(word))
        out.append(word)
        after_colon = word.endswith((":", ".", "?", "!"))
    return String(" ".join(out))


def _as_citeproc_string(text: Any) -> Any:
    """citeproc-py's String/MixedString throughout (plain ``str`` pieces lack ``words``)."""
    if isinstance(text, MixedString):
        return MixedString([s if isinstance(s, String) else String(str(s)) for s in text])
    return text if isinstance(text, String) else String(str(text))


def is_english(language: str | None) -> bool:
    """Whether title case applies: CSL 1.0.2 title-cases English items only, and an
    item without ``language`` counts as English ("en", "en-GB", and, as in
    citeproc-js, "English" are English; "de", "ru-Latn", "fr" are not).

    The renderer does not guess a language from the title: it renders a given item
    as the CSL reference processor does (the conformance benchmark holds it to
    that), and a Zotero or BibTeX item without ``language`` is English to every
    CSL processor.  Guessing belongs where citekit creates the item from a
    citation: the normalizer step P116 (:mod:`citekit.normalize.language`) sets
    ``language`` on German, French, Italian, Spanish and transliterated Russian
    titles, and that value then protects them here.
    """
    return language is None or language[:2].lower() == "en"


#: the lower-case abbreviation that opens a Russian (or Ukrainian) shelf-mark:
#: fond, opis´, delo, list(y), sprava, arkush ("f. 17, op. 3, d. 1003")
_SHELF_MARK = lazy_compile(r"(?:f|op|d|ll?|ob|spr|ark)\.(?=\s*\d)")


def protect_shelf_mark(location: str, language: str | None) -> str:
    """``archive_location`` with a Russian-style opening abbreviation kept lower case.

    Chicago capitalises the first word of the archive location in a bibliography
    ("Box 3, folder 2"), which turns "f. 17, op. 3" into "F. 17, op. 3"; Russian
    archival shelf-marks are lower case by convention.  The abbreviation is wrapped
    as CSL-JSON's ``<span class="nocase">`` for a non-English item only: an item
    without ``language`` is English to CSL and renders as in citeproc-js (the
    normalizer sets ``language`` on Russian archival citations, see step P116).
    """
    if is_english(language):
        return location
    match = _SHELF_MARK.match(location)
    if match is None:
        return location
    return f'<span class="nocase">{match.group()}</span>{location[match.end():]}'


class CasedMixin:
    """``case`` for CSL elements; English-only title case as the specification says."""

    def case(self, text: Any, language: str | None = None) -> Any:
        text_case = self.get("text-case")  # type: ignore[attr-defined]
        if text_case == "capitalize-first":
            return capitalize_first(text)
        if text_case == "title":
            if not is_english(language) or isinstance(text, NoCase):
                return text
            if isinstance(text, MixedString) and any(isinstance(s, NoCase) for s in text):
                return MixedString(
                    [s if isinstance(s, NoCase) else title_case(s) for s in text])
            return title_case(text)
        if text_case is not None:
            text = _as_citeproc_string(text)  # citeproc-py's other cases need its types
        return super().case(text, language)  # type: ignore[misc]
