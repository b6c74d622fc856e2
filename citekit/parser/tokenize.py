"""Split a citation into tokens that keep their character offsets.

The tagger labels tokens, and the labels are mapped back to the source text
by offset, so a token is a ``(text, start, end)`` triple over the original
string.  The splitting keeps the pieces a citation is made of recognisable:
page and year ranges (``751–66``, ``1926–1941``), pinpoints (``6ff.``,
``12v``), abbreviations and initials with their period (``p.``, ``pp.``,
``ed.``, ``A.``, ``U.S.A.``), words with inner apostrophes and soft signs
(``Stalin’s``, ``natsional´noi``), URLs and DOIs; every other punctuation
mark is a token of its own, except runs of dashes (``———``, "same author")
and ellipses.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import repeat
from typing import NamedTuple

from citekit.lazy_regex import lazy_compile

#: Words that keep a following period: the abbreviations of citations in the
#: languages citekit reads (locators, roles, signals, back-references, months).
ABBREVIATIONS: frozenset[str] = frozenset(
    """
    p pp s ss S art arts fol fols f ff sq sqq n nn no nos nr nro num vol vols v vv t tt tom
    bd bde h hft heft jg jahrg lfg fasc b bb reg c cc col cols sec secs ch chap chaps cap
    capp para paras § pt pts app fig figs tab pl ser sér nouv suppl supl pag pagg
    ed eds edn edd éd éds hrsg hg hgg hrsgg aufl anm bearb ders dies trans transl tr trad übers übers
    comp comps rev repr rist anast ristampa coll cur
    cf cfr vgl vd vid ibid ib ibd ebd ebda id op cit loc ivi ead eid eaed idem
    al etc u a o j jr sr st ste dr mr mrs ms prof hon rt esp
    jan feb febr mar apr jun jul aug sep sept oct okt nov dec dez janv févr avr juil
    déc gen genn magg giu lug ago sett ott dic
    univ dept inst acad soc assoc natl nat int intl j jour proc conf symp trans bull
    rep rept diss phil mag rev quart ann hist med sci stud lit mus arch archiv zeitschr
    ztschr bibl doc docs ms mss cod misc pref introd intr vs v
    ca fl d approx
    """.split()
)

_APOSTROPHES = "'’´ʹʼ"
_LETTER = r"[^\W\d_]"
_WORD = rf"{_LETTER}+(?:[{_APOSTROPHES}\-‐‑–]{_LETTER}+)*[´ʹ]?"

#: the kinds of token, tried in this order at each position
_ALTERNATIVES: tuple[tuple[str, str], ...] = (
    ("url", r"(?:https?://|www\.)[^\s<>\"«»“”]+"),
    ("doi", r"10\.\d{3,9}/[^\s<>\"«»“”]+"),
    # dotted initials and acronyms: A.  J.J.  U.S.A.  e.g.  (the lookahead only says early what
    # both branches need, a period second: most tokens are words, and testing a letter class
    # twice for each of them before the word pattern is tried costs about a fifth of the matching)
    ("dotted", rf"(?=.\.)(?:(?:{_LETTER}\.){{2,}}|{_LETTER}\.(?!\d))"),
    # numbers with a range, a letter suffix (1850s, 2nd, 12v, 6ff) or a period (6ff.)
    ("number", rf"\d+(?:[.,:/]\d+)*(?:\s?[-‐‑–—]\s?\d+(?:[.,:/]\d+)*)*{_LETTER}*\.?"),
    ("word", rf"{_WORD}\.?"),
    ("dashes", r"[-‐‑–—―_]{2,}"),
    ("ellipsis", r"\.{2,}|…"),
    ("other", r"\S"),
)
_TOKEN_RE = lazy_compile("|".join(f"(?P<{kind}>{pattern})" for kind, pattern in _ALTERNATIVES))
#: punctuation that begins no token but its own (no letter, digit, dash, period)
_LONE_PUNCT = "[,;:()\\[\\]\"'«»“”„‘’/&]"
#: the same expression without groups: ``findall`` then returns the token texts, all in C,
#: and only the rare token whose kind matters is matched again with :data:`_TOKEN_RE`.
#: For speed, white space fails at once (``(?=\S)``: no token begins with it) and the
#: commonest marks are taken before the other kinds are tried (none of them can begin with
#: one): the same matches as the plain alternation, a sixth sooner.
_TOKEN_TEXT_RE = lazy_compile(
    rf"(?=\S)(?:{_LONE_PUNCT}|" + "|".join(f"(?:{pattern})" for _, pattern in _ALTERNATIVES) + ")"
)
#: the same for ASCII text, where a letter is [A-Za-z]: a plain class is quicker to test
#: than the Unicode one (\s and \d stay as they are)
_ASCII_TOKEN_TEXT_RE = lazy_compile(_TOKEN_TEXT_RE.pattern.replace(_LETTER, "[A-Za-z]"))
#: how URL and DOI tokens begin (a token that does not cannot be one)
_URL_OR_DOI_HEADS = ("http", "www.", "10.")

_NUMBER_KEEPS_PERIOD = lazy_compile(r"\d+(?:ff|f|sq|sqq)\.$", re.IGNORECASE)
_ORDINAL_PERIOD = lazy_compile(r"\d{1,2}\.$")
_URL_TRAILING = ".,;:)]'’”»"


class Token(NamedTuple):
    """One token: its text and its ``[start, end)`` offsets in the source string."""

    text: str
    start: int
    end: int


_new_token = tuple.__new__  # builds a Token without the Python-level NamedTuple.__new__


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` in reading order; white space separates but is never a token.

    For speed the token texts come from one ``findall`` (with a plain ASCII letter
    class when the text is ASCII, which finds the same); a token's start is the
    first occurrence of its text from the end of the one before (only white
    space lies between them, and no token starts with white space).  The kind
    of token is needed only for a final period and for URLs and DOIs; it is
    read off the text where that is unambiguous, else matched again.
    """
    return list(map(_new_token, repeat(Token), token_triples(text)))


def token_triples(text: str) -> list[tuple[str, int, int]]:
    """:func:`tokenize`'s tokens as ``(text, start, end)`` tuples, most of them plain tuples.

    What the batched parser reads (by index): making each one a :class:`Token`
    costs more than finding it.
    """
    tokens: list[tuple[str, int, int]] = []
    append = tokens.append
    find = text.find
    # (a token that begins like a URL or DOI is in the text: most texts hold none, and then
    # no token needs the test)
    heads = "http" in text or "www." in text or "10." in text
    end = 0
    for value in (_ASCII_TOKEN_TEXT_RE if text.isascii() else _TOKEN_TEXT_RE).findall(text):
        start = find(value, end)
        end = start + len(value)
        if value[-1] != ".":
            if not heads or not value.startswith(_URL_OR_DOI_HEADS):
                append((value, start, end))  # nothing to split off
                continue
        else:
            first = value[0]
            if first == ".":  # "." itself or an ellipsis
                append((value, start, end))
                continue
            if first.isalpha() and "." not in value[:-1] and not value.startswith("http"):
                # a word and its period, or one initial (a dotted acronym has an inner period,
                # a URL its scheme); "A." is an initial unless a digit follows ("A.1")
                if len(value) > 2 or text[end : end + 1].isdecimal():
                    _split_word(value, start, end, append)
                else:
                    append((value, start, end))
                continue
            if first.isdecimal() and not value.startswith("10."):
                _split_number(text, value, start, end, append)  # a number and maybe its period
                continue
        match = _TOKEN_RE.match(text, start)
        _split_off(text, value, start, end, match.lastgroup if match else None, append)
    return tokens


def _split_off(text: str, value: str, start: int, end: int, kind: str | None, append: Callable[[Token], None]) -> None:
    """The tokens of one match whose kind decides what is split off it."""
    if value[-1] != "." and kind != "url" and kind != "doi":
        append(_new_token(Token, (value, start, end)))
    elif kind == "word" and len(value) > 1:
        _split_word(value, start, end, append)
    elif kind == "number":
        _split_number(text, value, start, end, append)
    elif kind == "url" or kind == "doi":
        stripped = value.rstrip(_URL_TRAILING)
        if stripped != value and stripped:
            append(_new_token(Token, (stripped, start, start + len(stripped))))
            for offset in range(start + len(stripped), end):
                append(_new_token(Token, (text[offset], offset, offset + 1)))
        else:
            append(_new_token(Token, (value, start, end)))
    else:
        append(_new_token(Token, (value, start, end)))


def _split_word(value: str, start: int, end: int, append: Callable[[Token], None]) -> None:
    """A word and its period: one token when the word is an abbreviation ("pp.", "ed.")."""
    word = value[:-1]
    if word.lower() not in ABBREVIATIONS and word not in ABBREVIATIONS:
        append(_new_token(Token, (word, start, end - 1)))
        append(_new_token(Token, (".", end - 1, end)))
    else:
        append(_new_token(Token, (value, start, end)))


def _split_number(text: str, value: str, start: int, end: int, append: Callable[[Token], None]) -> None:
    """A number ending in a period: it keeps it in "6ff." and in ordinals ("2. Aufl.")."""
    if not _NUMBER_KEEPS_PERIOD.match(value) and not (
        _ORDINAL_PERIOD.match(value) and _followed_by_lowercase(text, end)
    ):
        append(_new_token(Token, (value[:-1], start, end - 1)))
        append(_new_token(Token, (".", end - 1, end)))
    else:
        append(_new_token(Token, (value, start, end)))


_ORDINAL_NOUNS = frozenset(
    "aufl auflage bd band jg jahrgang jh jahrhundert hälfte teil ed edition éd édition ediz "
    "edizione série serie ser tome vol".split()
)


def _followed_by_lowercase(text: str, end: int) -> bool:
    """``2. Aufl.``/``3. série``: a German or French ordinal keeps its period."""
    rest = text[end : end + 14].lstrip()
    if not rest:
        return False
    word = re.match(r"\w+", rest)
    return rest[0].islower() or (word is not None and word.group().lower() in _ORDINAL_NOUNS)
