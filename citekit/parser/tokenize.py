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
from typing import NamedTuple

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

_TOKEN_RE = re.compile(
    "|".join(
        (
            r"(?P<url>(?:https?://|www\.)[^\s<>\"«»“”]+)",
            r"(?P<doi>10\.\d{3,9}/[^\s<>\"«»“”]+)",
            # dotted initials and acronyms: A.  J.J.  U.S.A.  e.g.
            rf"(?P<dotted>(?:{_LETTER}\.){{2,}}|{_LETTER}\.(?!\d))",
            # numbers with a range, a letter suffix (1850s, 2nd, 12v, 6ff) or a period (6ff.)
            rf"(?P<number>\d+(?:[.,:/]\d+)*(?:\s?[-‐‑–—]\s?\d+(?:[.,:/]\d+)*)*{_LETTER}*\.?)",
            rf"(?P<word>{_WORD}\.?)",
            r"(?P<dashes>[-‐‑–—―_]{2,})",
            r"(?P<ellipsis>\.{2,}|…)",
            r"(?P<other>\S)",
        )
    )
)

_NUMBER_KEEPS_PERIOD = re.compile(r"\d+(?:ff|f|sq|sqq)\.$", re.IGNORECASE)
_ORDINAL_PERIOD = re.compile(r"\d{1,2}\.$")
_URL_TRAILING = ".,;:)]'’”»"


class Token(NamedTuple):
    """One token: its text and its ``[start, end)`` offsets in the source string."""

    text: str
    start: int
    end: int


def tokenize(text: str) -> list[Token]:
    """Tokens of ``text`` in reading order; white space separates but is never a token."""
    tokens: list[Token] = []
    append = tokens.append
    for match in _TOKEN_RE.finditer(text):
        value = match.group()
        kind = match.lastgroup
        start, end = match.span()
        if value[-1] != "." and kind != "url" and kind != "doi":
            append(Token(value, start, end))  # the common case: nothing to split off
        elif kind == "word" and len(value) > 1:
            word = value[:-1]
            if word.lower() not in ABBREVIATIONS and word not in ABBREVIATIONS:
                append(Token(word, start, end - 1))
                append(Token(".", end - 1, end))
            else:
                append(Token(value, start, end))
        elif kind == "number":
            if not _NUMBER_KEEPS_PERIOD.match(value) and not (
                _ORDINAL_PERIOD.match(value) and _followed_by_lowercase(text, end)
            ):
                append(Token(value[:-1], start, end - 1))
                append(Token(".", end - 1, end))
            else:
                append(Token(value, start, end))
        elif kind == "url" or kind == "doi":
            stripped = value.rstrip(_URL_TRAILING)
            if stripped != value and stripped:
                append(Token(stripped, start, start + len(stripped)))
                for offset in range(start + len(stripped), end):
                    append(Token(text[offset], offset, offset + 1))
            else:
                append(Token(value, start, end))
        else:
            append(Token(value, start, end))
    return tokens


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
