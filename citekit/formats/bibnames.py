"""BibTeX name lists ↔ CSL names.

A BibTeX name list is ``Name and Name and …``; each name is ``First von Last``,
``von Last, First`` or ``von Last, Jr, First`` (BibTeX's own three forms).  The
``von`` part (words starting in lower case: "von Ranke", "de Certeau") becomes
the CSL ``non-dropping-particle``, which is how citeproc sorts "Ranke, Leopold
von" or "de Certeau" as the user wrote them.  A name wholly in braces
(``{World Health Organization}``) is an institution: a CSL ``literal``.

``and others`` at the end of a list means "and more, not listed" (et al.).  CSL
has no such marker, so :func:`parse_names` returns it as a flag and the BibTeX
reader records the truncated variables in ``custom["bibtex"]["and-others"]``
(see :mod:`citekit.formats.bibtex`); the writer puts ``and others`` back.

The writer never braces a whole value itself: bibtexparser's writer encloses
each field value in braces, so ``{World Health Organization}`` inside the list
is the only brace the writer adds (a pre-braced list would become one corporate
name).
"""

from __future__ import annotations

import re
from typing import Any

from citekit.formats.latex_text import decode, encode
from citekit.lazy_regex import lazy_compile

_AND_RE = lazy_compile(r"\s+and\s+", re.I)
_SPECIAL_CHAR_GROUP_RE = lazy_compile(r"^\{\\[A-Za-z'`^\"~=.]")


def _split_top(text: str, sep: re.Pattern[str]) -> list[str]:
    """Split ``text`` at ``sep`` matches outside braces."""
    parts: list[str] = []
    depth = 0
    start = 0
    pos = 0
    while pos < len(text):
        ch = text[pos]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth = max(depth - 1, 0)
        elif depth == 0:
            match = sep.match(text, pos)
            if match and match.end() > match.start():
                parts.append(text[start:pos])
                start = pos = match.end()
                continue
        pos += 1
    parts.append(text[start:])
    return parts


_WORD_SEP_RE = lazy_compile(r"[\s~]+")
_COMMA_RE = lazy_compile(r"\s*,\s*")


def split_names(value: str) -> tuple[list[str], bool]:
    """A name list → its names (LaTeX text) and whether it ended in ``and others``."""
    if " and " not in value.lower() and "\n" not in value and "\t" not in value:
        names = [value.strip()] if value.strip() else []
    else:
        names = [n.strip() for n in _split_top(value.strip(), _AND_RE) if n.strip()]
    others = bool(names) and names[-1].lower() == "others"
    if others:
        names.pop()
    return names, others


def _is_lower_word(word: str) -> bool:
    """BibTeX's von test: the first letter at brace depth 0 (or of a special char) is lower case."""
    depth = 0
    pos = 0
    while pos < len(word):
        ch = word[pos]
        if ch == "{":
            if depth == 0 and _SPECIAL_CHAR_GROUP_RE.match(word, pos):
                text = decode(word[pos:])[0]
                return bool(text) and text[0].islower()
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == "\\" and depth == 0:
            text = decode(word[pos:])[0]
            return bool(text) and text[0].islower()
        elif depth == 0 and ch.isalpha():
            return ch.islower()
        pos += 1
    return False


def _words(text: str) -> list[str]:
    return [w for w in _split_top(text.strip(), _WORD_SEP_RE) if w]


def _text(words: list[str]) -> str:
    return decode(" ".join(words))[0] if words else ""


def parse_name(raw: str) -> dict[str, Any]:
    """One BibTeX name (LaTeX text) → a CSL name."""
    raw = raw.strip()
    if raw.startswith("{") and raw.endswith("}") and len(_split_top(raw, _WORD_SEP_RE)) == 1:
        inner = raw[1:-1]
        if _balanced(inner) and not _SPECIAL_CHAR_GROUP_RE.match(raw):
            return {"literal": decode(inner)[0]}
    parts = _split_top(raw, _COMMA_RE)
    first: list[str]
    von_last: list[str]
    jr: list[str] = []
    if len(parts) == 1:
        words = _words(parts[0])
        if len(words) == 1:
            return {"family": _text(words)}
        # First von Last: von starts at the first lower-case word (not the last word)
        von_start = next((i for i, w in enumerate(words[:-1]) if _is_lower_word(w)), None)
        if von_start is None:
            first, von_last = words[:-1], words[-1:]
        else:
            first, von_last = words[:von_start], words[von_start:]
    else:
        von_last = _words(parts[0])
        if len(parts) == 2:
            first = _words(parts[1])
        else:
            jr = _words(parts[1])
            first = _words(",".join(parts[2:]))
    # within von Last: von is the longest prefix ending in a lower-case word (Last keeps >= 1 word)
    von_end = 0
    for i, word in enumerate(von_last[:-1]):
        if _is_lower_word(word):
            von_end = i + 1
    von, last = von_last[:von_end], von_last[von_end:]
    name: dict[str, Any] = {"family": _text(last)}
    if first:
        name["given"] = _text(first)
    if von:
        name["non-dropping-particle"] = _text(von)
    if jr:
        name["suffix"] = _text(jr)
    return name


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += ch == "{"
        depth -= ch == "}"
        if depth < 0:
            return False
    return depth == 0


def parse_names(value: str) -> tuple[list[dict[str, Any]], bool]:
    """A BibTeX name list → (CSL names, ``and others`` flag)."""
    names, others = split_names(value)
    return [parse_name(n) for n in names], others


def _enc(text: str, ascii_accents: bool) -> str:
    return encode(text, ascii_accents=ascii_accents)


def _protect_and(text: str) -> str:
    """An ``and`` inside one name would split the list: brace it."""
    return _AND_RE.sub(lambda m: m.group().replace(m.group().strip(), "{" + m.group().strip() + "}"), text)


def format_name(name: dict[str, Any], *, ascii_accents: bool = False) -> str:
    """One CSL name → BibTeX ``von Last, Jr, First`` (or ``{Literal}``)."""
    if "literal" in name or not name.get("family"):
        literal = str(name.get("literal") or name.get("given") or "")
        return "{" + _enc(literal, ascii_accents) + "}"
    family = _enc(str(name["family"]), ascii_accents)
    # a family name with a comma or a lower-case word ("da Silva" as one family) stays one unit
    if "," in family or any(_is_lower_word(w) for w in _words(family)):
        family = "{" + family + "}"
    particle = " ".join(
        str(name[key]) for key in ("dropping-particle", "non-dropping-particle") if name.get(key)
    )
    if particle:
        # "al-Ṭabarī", "d'Alembert": a particle ending in a hyphen or an apostrophe is written onto the name
        joiner = "" if particle.endswith(("-", "'", "’")) else " "
        family = _enc(particle, ascii_accents) + joiner + family
    out = family
    if name.get("suffix"):
        out += ", " + _enc(str(name["suffix"]), ascii_accents)
    if name.get("given"):
        given = _enc(str(name["given"]), ascii_accents)
        if "," in given:
            given = "{" + given + "}"
        out += ", " + given
    elif name.get("suffix"):
        out += ", "
    return _protect_and(out)


def format_names(
    names: list[dict[str, Any]], *, others: bool = False, ascii_accents: bool = False
) -> str:
    """CSL names → a BibTeX name list, ``and others`` appended when ``others``."""
    parts = [format_name(n, ascii_accents=ascii_accents) for n in names if isinstance(n, dict)]
    if others:
        parts.append("others")
    return " and ".join(parts)
