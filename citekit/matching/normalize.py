"""Matching keys: the forms two records of one work share despite their spelling.

Bibliographies from different sources disagree on everything that does not
change the work: diacritics (``Gödel`` / ``G{\\"o}del`` / ``Godel``),
romanisation of Cyrillic names (``Gur´ianov`` / ``Gurjanov`` / ``Gur'yanov``),
initials vs full given names, ``&`` vs ``and``, abbreviated journal names.
Each function here maps such variants to one key so that comparing keys is a
cheap string test.  Keys are for comparison only: nothing here rewrites an
entry's stored values.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from citekit.lazy_regex import lazy_compile

# --- text folding -----------------------------------------------------------

# LaTeX accent commands (\"o, \'{e}, \v{c}, \c c ...): the base letter survives.
_LATEX_ACCENT_RE = lazy_compile(
    r"\\[\"'`^~=.]\s*(?:\{\s*(\\?[A-Za-z])\s*\}|(\\?[A-Za-z]))"
    # letter-named accents (\v c, \v{c}) need a brace or a space: \textit is no \t
    r"|\\[uvHckrdbt](?:\s*\{\s*(\\?[A-Za-z])\s*\}|\s+(\\?[A-Za-z]))"
)
_LATEX_LETTERS = {
    "ss": "ss", "o": "o", "O": "O", "l": "l", "L": "L", "ae": "ae", "AE": "AE",
    "oe": "oe", "OE": "OE", "aa": "a", "AA": "A", "i": "i", "j": "j", "dh": "d", "DH": "D",
}
_LATEX_LETTER_RE = lazy_compile(r"\\(ss|oe|OE|ae|AE|aa|AA|dh|DH|[oOlLij])(?![A-Za-z])\s*")
_LATEX_COMMAND_RE = lazy_compile(r"\\[A-Za-z]+\*?\s*")
#: letters NFKD does not decompose into base + mark
_SPECIAL_LETTERS = str.maketrans({
    "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ø": "o", "Ø": "O",
    "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th",
    "ı": "i", "ħ": "h", "ŋ": "n",
})
#: apostrophes, primes and the soft/hard-sign marks of romanised Cyrillic: dropped
#: inside words (Gur´ianov, Gur'yanov, Solzhenitsyn's), never turned into a space
_APOSTROPHES_RE = lazy_compile("[\u00b4\u02b9\u02ba\u02bc\u02bb\u2019\u2018'`\u00a8\u02c8\"\u201d\u201c]")
_NON_ALNUM_RE = lazy_compile(r"[\W_]+")


def delatex(text: str) -> str:
    """Strip LaTeX accents, letter commands and braces, keeping the letters."""
    if "\\" not in text and "{" not in text:
        return text
    text = _LATEX_ACCENT_RE.sub(lambda m: next(g for g in m.groups() if g).lstrip("\\"), text)
    text = _LATEX_LETTER_RE.sub(lambda m: _LATEX_LETTERS[m.group(1)], text)
    text = text.replace("\\&", "&")
    text = _LATEX_COMMAND_RE.sub("", text)
    return text.replace("{", "").replace("}", "")


def fold(text: Any) -> str:
    """Lower-case words without accents, separated by single spaces; ``&`` becomes ``and``.

    Letters of other scripts stay (``Сталин`` -> ``сталин``).

    ``fold("G{\\"o}del & Escher: Bach")`` is ``"godel and escher bach"``.
    """
    if not text:
        return ""
    if not isinstance(text, str):
        text = str(text)
    text = delatex(text)
    text = _APOSTROPHES_RE.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text.translate(_SPECIAL_LETTERS))
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("&", " and ").lower()
    return _NON_ALNUM_RE.sub(" ", text).strip()


# --- names --------------------------------------------------------------------

# Romanisations of one Cyrillic spelling collapse to one key: LoC (kh, zh, shch,
# ia, iu), ISO/scholarly (x or h, ž, šč, ja, ju; diacritics already folded),
# English (ya, yu) and German (ch, sch) habits.  The rules are applied to both
# sides, so an accidental collision of two Latin names costs little: names are
# only one piece of evidence.
_TRANSLIT_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (lazy_compile(pattern), repl)
    for pattern, repl in (
        (r"shch|sch|szcz", "sc"),
        (r"kh|ch", "h"),
        (r"zh|sz", "z"),
        (r"sh", "s"),
        (r"ts|tz", "c"),
        (r"ia|ja|ya", "ja"),
        (r"iu|ju|yu", "ju"),
        (r"ie|je|ye", "e"),
        (r"(?:iy|ii|ij|yi|y)$", "i"),
        (r"w", "v"),
        (r"(.)\1", r"\1"),
    )
)


#: scholarly transliteration's háček letters spelled as the English digraphs,
#: so ``Tuchačevskij`` meets ``Tukhachevskii`` through the rules above
_HACEK_AS_DIGRAPH = str.maketrans(
    {"č": "ch", "Č": "Ch", "š": "sh", "Š": "Sh", "ž": "zh", "Ž": "Zh"}
)


def name_key(family: Any) -> str:
    """A family name reduced to a key shared by its romanisation variants.

    ``Gur´ianov``, ``Gurianov``, ``Gurjanov`` and ``Gur'yanov`` all give
    ``gurjanov``; particles and spaces are dropped (``van Gogh`` -> ``vangogh``).
    """
    if not isinstance(family, str):
        family = "" if family is None else str(family)
    return _name_key(family)


@lru_cache(maxsize=65536)
def _name_key(family: str) -> str:
    return romanise(fold(family.translate(_HACEK_AS_DIGRAPH)).replace(" ", ""))


def romanise(word: str) -> str:
    """Apply the romanisation rules to one already folded word."""
    for pattern, repl in _TRANSLIT_RULES:
        word = pattern.sub(repl, word)
    return word


def initials(given: Any) -> str:
    """The initials of a given name: ``"Paul E."`` and ``"P. E."`` both give ``"pe"``."""
    if not given:
        return ""
    return _initials(given if isinstance(given, str) else str(given))


@lru_cache(maxsize=65536)
def _initials(given: str) -> str:
    return "".join(word[0] for word in fold(given).split())


def initials_compatible(a: str, b: str) -> bool:
    """True when one initials string extends the other (``"p"`` fits ``"pe"``)."""
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def person_keys(names: Any) -> tuple[tuple[str, str, str], ...]:
    """``(family key, initials, plain family)`` for each CSL name in a list.

    The plain family is only folded (``Wíčkél`` -> ``wickel``), for the names whose
    háček is a mere accent rather than a romanisation (``Čapek`` / ``Capek``);
    literal names (institutions) count as families.
    """
    if not isinstance(names, list):
        return ()
    out: list[tuple[str, str, str]] = []
    for name in names:
        if not isinstance(name, dict):
            continue
        family = name.get("family") or ""
        if not family and name.get("literal"):
            out.append(_person(str(name["literal"]), ""))
            continue
        particle = name.get("non-dropping-particle") or ""
        full = f"{particle} {family}" if particle else str(family)
        given = name.get("given")
        person = _person(full, given if isinstance(given, str) else "")
        if person[0]:
            out.append(person)
    return tuple(out)


@lru_cache(maxsize=65536)
def _person(family: str, given: str) -> tuple[str, str, str]:
    return name_key(family), initials(given), fold(family).replace(" ", "")


# --- titles -----------------------------------------------------------------

#: words that carry no identity in a title or a journal name, in the languages
#: theses cite most
STOPWORDS = frozenset(
    "a an the of and or in on at to for from by with as de la le les des du et "
    "der die das den dem des und im zur zum von vom ein eine il lo gli i e di del "
    "della el los las y en".split()
)

_ORDINALS = {
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
    "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10", "eleventh": "11",
    "twelfth": "12", "thirteenth": "13", "fourteenth": "14", "fifteenth": "15",
    "1st": "1", "2nd": "2", "3rd": "3",
}
_ORDINAL_RE = lazy_compile(r"^(\d+)(?:st|nd|rd|th|e|er|re|eme)$")
_MAIN_TITLE_RE = lazy_compile(r"\s*[:.?!]\s+|\s+[-–—]\s+")


_MARKUP_RE = lazy_compile(r"</?(?:i|b|em|strong|sup|sub|sc|span)\b[^>]*>", re.I)
_VERSUS_RE = lazy_compile(r"\b(?:versus|vs)\b")


def title_key(title: Any) -> str:
    """The folded title without a leading article, rich-text tags (``<i>``) or the
    spelling of "v." in case names (``versus``/``vs``)."""
    if isinstance(title, str) and "<" in title:
        title = _MARKUP_RE.sub("", title)
    key = fold(title)
    if "vs" in key or "versus" in key:
        key = _VERSUS_RE.sub("v", key)
    for article in ("the ", "a ", "an ", "der ", "die ", "das ", "le ", "la ", "les "):
        if key.startswith(article):
            return key[len(article):]
    return key


def main_title_key(title: Any) -> str:
    """The title before its subtitle (the part before ``:`` or ``. ``)."""
    if not title or not isinstance(title, str):
        return ""
    head = _MAIN_TITLE_RE.split(delatex(title).strip(), maxsplit=1)[0]
    return title_key(head)


def significant_tokens(key: str) -> list[str]:
    """Title words that are not stopwords, in order."""
    return [tok for tok in key.split() if tok not in STOPWORDS]


# --- containers (journal names) -----------------------------------------------


def _ordinal(token: str) -> str:
    match = _ORDINAL_RE.match(token)
    if match:
        return match.group(1)
    return _ORDINALS.get(token, token)


def container_tokens(container: Any, *, folded: bool = False) -> tuple[str, ...]:
    """Significant words of a journal or book title, ordinals as digits."""
    text = container if folded else fold(container)
    return tuple(_ordinal(tok) for tok in text.split() if tok not in STOPWORDS)


def _abbreviates(short: str, full: str) -> bool:
    """``short`` is an abbreviation of ``full``: a prefix (``Rev.``/Review) or a
    contraction keeping the first letter and the letters' order (``Intl``)."""
    if short == full:
        return True
    if not short or not full or short[0] != full[0] or len(short) > len(full):
        return False
    if full.startswith(short):
        return True
    it = iter(full)
    return all(ch in it for ch in short)


def abbreviation_match(a: Iterable[str], b: Iterable[str]) -> bool:
    """True when one token sequence abbreviates the other word by word.

    ``J Appl Phys`` ~ ``Journal of Applied Physics`` (stopwords already gone).
    The shorter sequence must cover every word of the longer one in order.
    """
    left, right = tuple(a), tuple(b)
    if not left or not right:
        return False
    if len(left) != len(right):
        return False
    shorter_first = sum(map(len, left)) <= sum(map(len, right))
    short, full = (left, right) if shorter_first else (right, left)
    return all(_abbreviates(s, f) for s, f in zip(short, full, strict=True))


# --- languages ------------------------------------------------------------------

_LANGUAGE_NAMES = {
    "english": "en", "englisch": "en", "anglais": "en", "german": "de", "deutsch": "de",
    "allemand": "de", "french": "fr", "francais": "fr", "franzosisch": "fr", "russian": "ru",
    "russisch": "ru", "russe": "ru", "russkii": "ru", "italian": "it", "italiano": "it",
    "spanish": "es", "espanol": "es", "polish": "pl", "polski": "pl", "ukrainian": "uk",
    "czech": "cs", "dutch": "nl", "nederlands": "nl", "portuguese": "pt", "latin": "la",
    "latina": "la", "greek": "el", "japanese": "ja", "chinese": "zh", "swedish": "sv",
    "danish": "da", "norwegian": "no", "finnish": "fi", "hungarian": "hu", "turkish": "tr",
    "arabic": "ar", "hebrew": "he", "yiddish": "yi",
    # ISO 639-2 codes (MARC records, Zotero imports)
    "eng": "en", "ger": "de", "deu": "de", "fre": "fr", "fra": "fr", "rus": "ru", "ita": "it",
    "spa": "es", "pol": "pl", "ukr": "uk", "cze": "cs", "ces": "cs", "dut": "nl", "nld": "nl",
    "por": "pt", "lat": "la",
}


def language_code(language: Any) -> str:
    """A two-letter code for a ``language`` value (``en-GB``, ``English``, ``deutsch``);
    empty when unknown, so an unreadable value never keeps two records apart."""
    key = fold(language)
    if not key:
        return ""
    first = key.split()[0]
    if first in _LANGUAGE_NAMES:
        return _LANGUAGE_NAMES[first]
    return first if len(first) == 2 and first.isalpha() else ""


# --- identifiers and numbers --------------------------------------------------

_DOI_RE = lazy_compile(r"10\.\d{4,9}/\S+", re.I)
_YEAR_RE = lazy_compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_ROMAN_RE = lazy_compile(r"^[ivxlcdm]+$")
_NUMBER_TOKEN_RE = lazy_compile(r"[0-9]+(?:st|nd|rd|th|e|er|re|eme)?|[A-Za-z]+")


def doi_key(doi: Any) -> str:
    """A DOI lower-cased, without resolver prefix or trailing punctuation."""
    if not doi or not isinstance(doi, str):
        return ""
    match = _DOI_RE.search(doi)
    return match.group(0).lower().rstrip(".,;)") if match else ""


def isbn_keys(isbn: Any) -> frozenset[str]:
    """Every ISBN in a field, as ISBN-13 digits (an ISBN-10 is converted)."""
    if not isbn or not isinstance(isbn, str):
        return frozenset()
    out = set()
    for chunk in re.split(r"[;,\s]+(?=[0-9])", isbn):
        digits = re.sub(r"[^0-9Xx]", "", chunk).upper()
        if len(digits) == 10:
            core = "978" + digits[:9]
            check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(core)) % 10) % 10
            out.add(core + str(check))
        elif len(digits) == 13:
            out.add(digits)
    return frozenset(out)


def year_of(date: Any) -> int | None:
    """The year of a CSL date (``date-parts``, ``raw`` or ``literal``), if any."""
    if not isinstance(date, dict):
        if isinstance(date, (str, int)):
            match = _YEAR_RE.search(str(date))
            return int(match.group(1)) if match else None
        return None
    parts = date.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        try:
            return int(parts[0][0])
        except (TypeError, ValueError):
            pass
    for key in ("raw", "literal"):
        value = date.get(key)
        if isinstance(value, str):
            match = _YEAR_RE.search(value)
            if match:
                return int(match.group(1))
    return None


def year_suffix(entry: dict[str, Any]) -> str:
    """The disambiguating letter of ``2012a`` (``year-suffix`` or a raw date)."""
    suffix = entry.get("year-suffix")
    if isinstance(suffix, str) and suffix.strip():
        return suffix.strip().lower()
    date = entry.get("issued")
    if isinstance(date, dict):
        for key in ("raw", "literal"):
            value = date.get(key)
            if isinstance(value, str):
                match = re.search(r"(?<!\d)\d{4}([a-z])\b", value.strip())
                if match:
                    return match.group(1)
    return ""


def first_number(value: Any) -> str:
    """The first number of a page range, volume or edition (``"2nd ed."`` -> ``"2"``)."""
    if value is None:
        return ""
    if isinstance(value, int):
        return str(value)
    for token in _NUMBER_TOKEN_RE.findall(str(value)):
        token = _ordinal(token.lower())
        if token.isdigit():
            return token.lstrip("0") or "0"
        if _ROMAN_RE.match(token):
            return token
    return ""
