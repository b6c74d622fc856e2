"""LaTeX accent commands to Unicode and back, for ``--fix`` with ``accents = ...``.

Only conversions that round-trip are made: ``{\\"a}`` <-> ``ä`` where Unicode
has a precomposed letter; ``\\d{h}`` stays as it is if no single character
exists, and a Unicode letter without a LaTeX spelling stays Unicode.
"""

from __future__ import annotations

import re
import unicodedata

from citekit.lazy_regex import lazy_compile

#: accent command -> combining character
_MARKS: dict[str, str] = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303", "=": "\u0304",
    ".": "\u0307", "c": "\u0327", "v": "\u030c", "u": "\u0306", "H": "\u030b", "k": "\u0328",
    "r": "\u030a", "d": "\u0323", "b": "\u0331",
}
_COMMAND_OF_MARK = {mark: command for command, mark in _MARKS.items()}
_LETTERS: dict[str, str] = {
    "ss": "ß", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å", "AA": "Å",
    "o": "ø", "O": "Ø", "l": "ł", "L": "Ł",
}
_COMMAND_OF_LETTER = {char: command for command, char in _LETTERS.items() if command not in ("aa", "AA")}

_BASE = r"(?:\\[ij]|[A-Za-z])"
_SYMBOL = r"[`'^\"~=.]"
_WORD = r"[cvuHkrdb]"
_ACCENT_BODY = rf"\\(?:(?P<sym>{_SYMBOL})\s*(?:\{{(?P<b1>{_BASE})\}}|(?P<b2>{_BASE}))" \
    rf"|(?P<word>{_WORD})(?:\s*\{{(?P<b3>{_BASE})\}}|\s+(?P<b4>[A-Za-z])))"
# a backslash or brace escaped by a (single, unescaped) backslash is not a command
_NOT_ESCAPED = r"(?<!(?<!\\)\\)"
_BRACED_ACCENT_RE = lazy_compile(_NOT_ESCAPED + r"\{" + _ACCENT_BODY + r"\}")
_ACCENT_RE = lazy_compile(_NOT_ESCAPED + _ACCENT_BODY)
_LETTER_NAMES = "|".join(sorted(_LETTERS, key=len, reverse=True))
_BRACED_LETTER_RE = lazy_compile(_NOT_ESCAPED + rf"\{{\\(?P<name>{_LETTER_NAMES})\}}")
_LETTER_RE = lazy_compile(_NOT_ESCAPED + rf"\\(?P<name>{_LETTER_NAMES})(?:\{{\}}|\s+|(?![A-Za-z]))")


def _compose(match: re.Match[str]) -> str:
    command = match.group("sym") or match.group("word")
    base = next(b for b in (match.group(k) for k in ("b1", "b2", "b3", "b4")) if b)
    base = {"\\i": "i", "\\j": "j"}.get(base, base)
    composed = unicodedata.normalize("NFC", base + _MARKS[command])
    return composed if len(composed) == 1 else match.group()


def to_unicode(text: str) -> str:
    """``{\\"a}``, ``\\"{a}``, ``\\c c``, ``{\\ss}`` -> ``ä``, ``ä``, ``ç``, ``ß``."""
    if "\\" not in text:
        return text
    text = _BRACED_ACCENT_RE.sub(_compose, text)
    text = _ACCENT_RE.sub(_compose, text)
    text = _BRACED_LETTER_RE.sub(lambda m: _LETTERS[m.group("name")], text)
    return _LETTER_RE.sub(lambda m: _LETTERS[m.group("name")], text)


def to_latex(text: str) -> str:
    """``ä`` -> ``{\\"a}``; letters without a LaTeX accent spelling stay as they are."""
    if text.isascii():
        return text
    out = []
    for char in text:
        if ord(char) < 128:
            out.append(char)
            continue
        if char in _COMMAND_OF_LETTER:
            out.append(f"{{\\{_COMMAND_OF_LETTER[char]}}}")
            continue
        decomposed = unicodedata.normalize("NFD", char)
        base, marks = decomposed[:1], decomposed[1:]
        if len(marks) == 1 and base.isascii() and base.isalpha() and marks in _COMMAND_OF_MARK:
            command = _COMMAND_OF_MARK[marks]
            if base in "ij" and command in _MARKS and not command.isalpha():
                base = "\\" + base  # dotless i/j under an accent
            if command.isalpha():
                out.append(f"{{\\{command}{{{base}}}}}")
            else:
                out.append(f"{{\\{command}{base}}}")
            continue
        out.append(char)
    return "".join(out)
