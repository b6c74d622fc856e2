"""Small text helpers shared by the normalizers (all regexes compiled once, here).

The spans come with the punctuation that surrounds them in the citation
(AnyStyle/LinkedBooks convention) or without it (GROBID): every helper here
accepts both and gives the same result.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from citekit.lazy_regex import lazy_compile

if TYPE_CHECKING:
    from citekit.normalize.base import ItemState

#: characters that separate fields in a citation and never end a value
_EDGE_PUNCT = " \t,;:.·/|"
_QUOTE_EDGE = " \t,;:"
_OPEN = "([{<"
_CLOSE = ")]}>"
#: the words of "2 vols" / "3 Bde." / "4 t.": how many volumes a work has (lower-case; match with re.I)
VOLUME_COUNT_WORDS = r"(?:v|vols?|voll|volumes|bde|bände|tomes|tomi|t|tt|vv)"
#: quotation marks of English, German, French, Italian typography
QUOTES = "\"'‘’‚‛“”„‟«»‹›`"
#: the marks that open a quoted title ("“Justice as Fairness,”", «Le phénomène», „Die Frage“): a span opening
#: with one is an article's or a chapter's title, no name and no book
OPENING_QUOTES = frozenset("\"“‘'«„")
#: opening mark -> the marks that may close it (German „…“, French « … », English ‘…’)
_CLOSERS_OF = {
    "‘": "’", "“": "”", "„": "“”", "‚": "‘’", "«": "»", "»": "«", "‹": "›", '"': '"', "'": "'",
    "‛": "’", "‟": "”", "`": "'",
}
_OPENERS_OF: dict[str, str] = {}
for _o, _cs in _CLOSERS_OF.items():
    for _c in _cs:
        _OPENERS_OF[_c] = _OPENERS_OF.get(_c, "") + _o

_SPACE_RE = lazy_compile(r"\s+")
#: inline formatting tags some sources leave in reference strings (<italic>, <i>, <sup>)
_MARKUP_RE = lazy_compile(r"</?(?:i|b|u|em|strong|italic|bold|sup|sub|sc|span|font)(?:\s[^<>]*)?>", re.I)
#: a transliteration soft sign split from its word by PDF extraction: "Gur´ ianov", "Vasil´ ev"
#: (inside a word the sign stands before a vowel; "Vertikal´ bol´shogo" and "Vlast´ i …" are
#: two words: a word ends in the sign, and "i" alone is the conjunction)
_SOFT_SIGN_GAP_RE = lazy_compile(r"([´ʹʼ])\s+(?=[aeiouy][a-zà-ÿ])")
_DASH_RE = lazy_compile(r"\s*[‐‑‒–—―−-]+\s*")
_RANGE_RE = lazy_compile(
    r"^(?P<a_pre>[A-Za-z]*)(?P<a>\d+)(?P<a_suf>[a-z]?)\s*[‐‑‒–—―−-]+\s*"
    r"(?P<b_pre>[A-Za-z]*)(?P<b>\d+)(?P<b_suf>[a-z]?)$"
)


def squash(text: str) -> str:
    """One ASCII space for every run of white space, none at the ends; inline markup off."""
    if "<" in text:
        text = _MARKUP_RE.sub("", text)
    if "  " not in text and text.isprintable():  # the common case: already clean
        return text.strip()
    return _SPACE_RE.sub(" ", text).strip()


def fix_soft_signs(text: str) -> str:
    """Rejoin ``Gur´ ianov`` to ``Gur´ianov`` (keeps the mark itself)."""
    if "´" not in text and "ʹ" not in text and "ʼ" not in text:
        return text
    return _SOFT_SIGN_GAP_RE.sub(r"\1", text)


def strip_brackets(text: str, edge: str = _EDGE_PUNCT) -> str:
    """Drop unbalanced or wrapping brackets at the ends: ``(2011).`` -> ``2011``.

    ``edge`` is the punctuation also stripped at each end (by default
    separators and periods; never brackets, so the counts below stay right).
    """
    text = text.strip(edge)
    if not text or (text[0] not in _OPEN and text[-1] not in _CLOSE):
        return text
    opened, closed = _count_open(text), _count_close(text)
    while text:
        if text[0] in _OPEN and (text[-1] in _CLOSE or closed < opened):
            opened -= 1
            text = text[1:].strip(edge)
            if text and text[-1] in _CLOSE and closed > opened:
                closed -= 1
                text = text[:-1].strip(edge)
        elif text[-1] in _CLOSE and closed > opened:
            closed -= 1
            text = text[:-1].strip(edge)
        else:
            break
    return text


def _count_open(text: str) -> int:
    return sum(map(text.count, _OPEN))


def _count_close(text: str) -> int:
    return sum(map(text.count, _CLOSE))


def strip_quotes(text: str) -> str:
    """Remove quotation marks that wrap the text; quotes inside it stay.

    ``‘The Polish Terror’,`` -> ``The Polish Terror``, but in
    ``Nakazannyi narod: … ‘Repressii … politiki’`` the final mark closes an
    inner quotation and is kept.  A lone opening or closing mark with no
    partner inside is dropped too (the tagger cut the span there).
    """
    text = text.strip(_QUOTE_EDGE)
    if not text or (text[0] not in _CLOSERS_OF and text[-1] not in _OPENERS_OF):
        return text  # the common case: no mark at either end
    for _ in range(3):
        if not text:
            break
        first, last = text[0], text[-1]
        # an apostrophe inside a word ("People's", "l’histoire") is no quotation mark: masked (same length)
        marks = _APOSTROPHE_RE.sub("\x00", text) if ("'" in text or "’" in text) else text
        if first in _CLOSERS_OF:
            closers = _CLOSERS_OF[first]
            if len(text) > 1 and last in closers and not _has_inner_pair(marks[1:-1], first, last):
                text = text[1:-1].strip(_QUOTE_EDGE)
                continue
            if not any(c in marks[1:] for c in closers):
                text = text[1:].strip(_QUOTE_EDGE)
                continue
        if last in _OPENERS_OF and not any(o in marks[:-1] for o in _OPENERS_OF[last]):
            text = text[:-1].strip(_QUOTE_EDGE)
            continue
        break
    return text


#: an apostrophe between two Latin letters: part of a word ("People's", "l’histoire", "Bol'shevik"),
#: not a quotation mark (CJK titles quote terms with no space around the marks)
_APOSTROPHE_RE = lazy_compile(r"(?<=[A-Za-zÀ-ÖØ-öø-ɏ])['’](?=[A-Za-zÀ-ÖØ-öø-ɏ])")


def _has_inner_pair(inner: str, opener: str, closer: str) -> bool:
    """Does the closing mark at the end close an inner quotation instead?"""
    if opener == closer:
        return inner.count(opener) % 2 == 1
    return inner.count(opener) > inner.count(closer)


def hyphen_dashes(text: str) -> str:
    """Every dash between numbers as one ASCII hyphen: ``751 – 66`` -> ``751-66``."""
    return _DASH_RE.sub("-", text)


#: a range of two bare numbers, the commonest one ("751–66", "12 - 14")
_PLAIN_RANGE_RE = lazy_compile(r"(\d+)\s*[‐‑‒–—―−-]+\s*(\d+)")


def expand_dashed_range(text: str) -> str:
    """``expand_range(hyphen_dashes(text))``, with one expression for two bare numbers."""
    m = _PLAIN_RANGE_RE.fullmatch(text)
    if m is None:
        return expand_range(hyphen_dashes(text))
    a, b = m.groups()
    return f"{a}-{_full_end(a, b)}"


def _full_end(a: str, b: str) -> str:
    """The range's last number written out: ``751``, ``66`` -> ``766``."""
    if len(b) < len(a) and int(b) > 0:
        return a[: len(a) - len(b)] + b
    return b


def expand_range(text: str) -> str:
    """A number range in full with an ASCII hyphen: ``751–66`` -> ``751-766``.

    Stored expanded so that every citation style can compress it its own way
    (citeproc's ``page-range-format`` needs the full last number).  Anything that
    is not a simple range (``6ff.``, ``12v``, ``A70``) is returned unchanged.
    """
    m = _RANGE_RE.match(text)
    if not m:
        return text
    return f"{m['a_pre']}{m['a']}{m['a_suf']}-{m['b_pre']}{_full_end(m['a'], m['b'])}{m['b_suf']}"


#: the word that marks a reprint in an imprint ("repr.", "reprint", "Nachdr.", "rist."; a facsimile's too):
#: one pattern for the steps that read imprints (container, place)
REPRINT_WORD = r"(?:(?:facs\.?|facsimile)\s+)?(?:repr|reprint|reprinted|Nachdr|Neudr|rist|réimpr)"


@functools.cache
def data_lines(filename: str) -> tuple[str, ...]:
    """The lines of ``citekit/normalize/data/<filename>`` without comments and blanks, read once.

    Empty when the file cannot be read: a missing word list weakens a rule, it never stops the chain.
    """
    from importlib import resources

    try:
        text = (resources.files("citekit.normalize") / "data" / filename).read_text("utf-8")
    except (OSError, ModuleNotFoundError):
        return ()
    return tuple(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


#: a dash between the two ends of a range, maybe spaced: "10.243–97", "514a – 517a"
_RANGE_DASH_RE = lazy_compile(r"\s?[-–]\s?")


def hyphen_range(text: str) -> str:
    """A range's dash as an ASCII hyphen, unspaced ("10.243–97" -> "10.243-97"), as locators store it."""
    return _RANGE_DASH_RE.sub("-", text)


def whole_text(sequence: Sequence[tuple[str, str]], derived: dict[str, object]) -> str:
    """The note's spans (punctuation left out), stripped and joined by one space: what the steps that read
    a whole-text shape match.  Worked out once per reference and kept in ``derived`` (several steps ask)."""
    text = derived.get("whole-text")
    if not isinstance(text, str):
        text = derived["whole-text"] = " ".join(span.strip() for label, span in sequence if label != "punct")
    return text


def note_text(sequence: Sequence[tuple[str, str]], derived: dict[str, object]) -> str:
    """The note's spans without punctuation and signal, joined by one space and squashed: what the steps
    that read a whole note's shape (an archive's, a case's, a newspaper's) match.  Worked out once per
    reference and kept in ``derived``."""
    text = derived.get("note-text")
    if not isinstance(text, str):
        if any(label == "signal" for label, _ in sequence):
            text = " ".join(span.strip() for label, span in sequence if label != "punct" and label != "signal")
        else:
            text = whole_text(sequence, derived)
        text = derived["note-text"] = squash(text)
    return text


def opening_text(sequence: Sequence[tuple[str, str]]) -> str:
    """The text of the first span after a signal or punctuation (the reference's first words), or ""."""
    for label, text in sequence[:3]:
        if label != "signal" and label != "punct":
            return text
    return ""


def opens_cyrillic(sequence: Sequence[tuple[str, str]]) -> bool:
    """The reference's first words are Cyrillic (a Russian, Ukrainian, Bulgarian … note): the cheap test
    of the steps for those traditions."""
    return "\u0400" <= opening_text(sequence)[:1] <= "\u04ff"


def take_whole_note(state: ItemState, item: dict[str, Any], page: str | None) -> None:
    """A step that read the whole note puts its own ``item`` in place: a full citation, cited at ``page``
    (a range expanded) or at no place at all."""
    state.item = item
    state.kind = "full"
    if page:
        state.locator, state.label = expand_dashed_range(page), "page"
    else:
        state.locator = state.label = None
