"""LaTeX field text ↔ Unicode for BibTeX/biblatex values.

Why our own small converter and not pylatexenc: a 3,000-entry ``.bib`` must be
read in well under half a second, and almost every value is plain text.  The
decoder takes a fast path for values without LaTeX specials and otherwise runs
one tokenising pass; the encoder does the reverse for the writer.

Decoding knows the accent commands (``\\'e``, ``\\'{e}``, ``{\\'e}``,
``\\v{s}``, ``\\c c`` …), the letter commands (``\\ss``, ``\\o``, ``\\ae`` …),
escaped specials (``\\&``, ``\\%`` …), TeX ligatures for dashes and quotes, and
the formatting commands that have a CSL rich-text equivalent (``\\emph`` →
``<i>``, ``\\textbf`` → ``<b>``, ``\\textsc`` → small-caps span,
``\\textsuperscript`` → ``<sup>``, ``\\textsubscript`` → ``<sub>``).

:func:`decode` also says whether it *lost* something the Unicode text cannot
carry: a case-protecting brace group (``{USSR}``), an unknown command, math or
a tie (``~``).  The BibTeX reader keeps the raw value of such fields so that a
round trip gives the file back unchanged (see :mod:`citekit.formats.bibtex`).
"""

from __future__ import annotations

import re
import unicodedata

from citekit.lazy_regex import lazy_compile

#: Accent commands → combining character.
_ACCENTS: dict[str, str] = {
    "'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303",
    "=": "\u0304", ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b",
    "c": "\u0327", "k": "\u0328", "r": "\u030a", "d": "\u0323", "b": "\u0331",
    "t": "\u0361",
}
_COMBINING_TO_ACCENT: dict[str, str] = {v: k for k, v in _ACCENTS.items()}

#: Commands that stand for one character (letters, symbols, escaped specials).
_SYMBOLS: dict[str, str] = {
    "ss": "ß", "SS": "SS", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
    "aa": "å", "AA": "Å", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "dh": "ð", "DH": "Ð",
    "th": "þ", "TH": "Þ", "ng": "ŋ", "NG": "Ŋ", "dj": "đ", "DJ": "Đ",
    "&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}",
    "textendash": "–", "textemdash": "—", "textquoteleft": "‘", "textquoteright": "’",
    "textquotedblleft": "“", "textquotedblright": "”", "textasciitilde": "~",
    "textasciicircum": "^", "textbackslash": "\\", "textbar": "|", "textless": "<",
    "textgreater": ">", "textunderscore": "_", "S": "§", "P": "¶", "textsection": "§",
    "textparagraph": "¶", "dag": "†", "ddag": "‡", "textdagger": "†",
    "textdaggerdbl": "‡", "copyright": "©", "textcopyright": "©", "pounds": "£",
    "textsterling": "£", "euro": "€", "texteuro": "€", "guillemotleft": "«",
    "guillemotright": "»", "guillemetleft": "«", "guillemetright": "»",
    "ldots": "…", "dots": "…", "textellipsis": "…", "textdegree": "°",
    "textperiodcentered": "·", "textbullet": "•", "LaTeX": "LaTeX", "TeX": "TeX",
    "BibTeX": "BibTeX", "space": " ", " ": " ", ",": "\u202f", "-": "", "/": "",
    "@": "", "textnumero": "№", "quad": " ", "qquad": " ",
}
#: Which symbol commands the encoder writes back (the unambiguous ones).
_ENCODE_SYMBOLS: dict[str, str] = {
    "ß": "\\ss", "ø": "\\o", "Ø": "\\O", "æ": "\\ae", "Æ": "\\AE", "œ": "\\oe",
    "Œ": "\\OE", "å": "\\aa", "Å": "\\AA", "ł": "\\l", "Ł": "\\L", "ı": "\\i",
    "ð": "\\dh", "Ð": "\\DH", "þ": "\\th", "Þ": "\\TH", "ŋ": "\\ng", "Ŋ": "\\NG",
    "đ": "\\dj", "Đ": "\\DJ", "§": "\\S", "¶": "\\P", "†": "\\dag", "‡": "\\ddag",
    "©": "\\copyright", "£": "\\pounds", "€": "\\texteuro", "«": "\\guillemotleft",
    "»": "\\guillemotright", "…": "\\ldots", "°": "\\textdegree",
}
#: Formatting commands → (opening, closing) CSL rich-text markup.
_MARKUP: dict[str, tuple[str, str]] = {
    "emph": ("<i>", "</i>"), "textit": ("<i>", "</i>"), "textsl": ("<i>", "</i>"),
    "mkbibemph": ("<i>", "</i>"), "mkbibitalic": ("<i>", "</i>"),
    "textbf": ("<b>", "</b>"), "mkbibbold": ("<b>", "</b>"),
    "textsc": ('<span style="font-variant:small-caps;">', "</span>"),
    "textsuperscript": ("<sup>", "</sup>"), "mkbibsuperscript": ("<sup>", "</sup>"),
    "textsubscript": ("<sub>", "</sub>"),
    "enquote": ("“", "”"), "mkbibquote": ("“", "”"),
}
#: Commands whose argument is plain text (the command itself adds nothing to keep).
_TRANSPARENT: frozenset[str] = frozenset({
    "textrm", "textup", "textnormal", "textsf", "texttt", "mbox", "hbox", "url",
    "nolinkurl", "NoCaseChange", "MakeUppercase", "MakeLowercase",
})
#: Old-style font switches inside a group: ``{\em text}``, ``{\it text}``.
_SWITCHES: dict[str, tuple[str, str]] = {
    "em": ("<i>", "</i>"), "it": ("<i>", "</i>"), "sl": ("<i>", "</i>"),
    "bf": ("<b>", "</b>"), "sc": ('<span style="font-variant:small-caps;">', "</span>"),
    "rm": ("", ""), "tt": ("", ""), "sf": ("", ""), "normalfont": ("", ""),
}

_SPECIALS_RE = lazy_compile(r"[\\{}$~]|--|``|''|\s\s|\n")
_TOKEN_RE = lazy_compile(
    r"\\(?:[A-Za-z]+|.)|[{}$~]|---|--|``|''|[^\\{}$~`'\-]+|[`'\-]", re.S
)
_WS_RE = lazy_compile(r"\s+")


class _Decoder:
    """One pass over the tokens of a value; ``lossy`` records what Unicode cannot hold."""

    def __init__(self, text: str) -> None:
        self.tokens = _TOKEN_RE.findall(text)
        self.pos = 0
        self.lossy = False

    def _next(self) -> str | None:
        if self.pos < len(self.tokens):
            tok = self.tokens[self.pos]
            self.pos += 1
            return tok
        return None

    def _peek(self) -> str | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def run(self, until_close: bool = False) -> str:
        out: list[str] = []
        while True:
            tok = self._next()
            if tok is None:
                return "".join(out)
            if tok == "}":
                if until_close:
                    return "".join(out)
                continue  # stray closing brace: dropped (it has no text)
            if tok == "{":
                out.append(self._group())
            elif tok[0] == "\\":
                out.append(self._command(tok[1:]))
            elif tok == "$":
                out.append(self._math())
            elif tok == "~":
                self.lossy = True
                out.append(" ")
            elif tok == "---":
                out.append("—")
            elif tok == "--":
                out.append("–")
            elif tok == "``":
                out.append("“")
            elif tok == "''":
                out.append("”")
            else:
                out.append(tok)

    def _group(self) -> str:
        """A brace group: a special character (``{\\'e}``), a switch, or case protection."""
        first = self._peek()
        if first == "}":  # ``{}``: ends a control word or breaks a ligature
            self.pos += 1
            return ""
        if first is not None and first[0] == "\\" and len(first) > 1:
            name = first[1:]
            if name in _SWITCHES:
                self.pos += 1
                opening, closing = _SWITCHES[name]
                return opening + self.run(until_close=True).lstrip() + closing
            if name in _ACCENTS or name in _SYMBOLS:
                return self.run(until_close=True)
        self.lossy = True
        return self.run(until_close=True)

    def _argument(self, skip_space: bool) -> str:
        tok = self._peek()
        while skip_space and tok is not None and tok[:1].isspace():
            stripped = tok.lstrip()
            if stripped:
                self.tokens[self.pos] = tok = stripped
            else:
                self.pos += 1
                tok = self._peek()
        if tok is None or tok == "}":
            return ""  # ``{\'}``: an accent with nothing to sit on
        if tok == "{":
            self.pos += 1
            return self.run(until_close=True)
        if tok[0] == "\\":
            self.pos += 1
            return self._command(tok[1:])
        # one character of a text run; put the rest back
        if len(tok) > 1:
            self.tokens[self.pos] = tok[1:]
        else:
            self.pos += 1
        return tok[0]

    def _command(self, name: str) -> str:
        if name in _ACCENTS:
            base = self._argument(skip_space=name.isalpha())
            if not base:
                # a bare accent, as in transliterations (``Gur{\'}ianov``): its spacing form
                return _SPACING_ACCENTS.get(name, _ACCENTS[name])
            first = {"ı": "i", "ȷ": "j"}.get(base[0], base[0])
            return unicodedata.normalize("NFC", first + _ACCENTS[name]) + base[1:]
        if name in _SYMBOLS:
            if name.isalpha() and self._peek() is not None:
                # a control word eats the spaces after it; ``{}`` ends it too
                tok = self._peek()
                if tok is not None and tok.isspace():
                    self.pos += 1
                elif tok is not None and tok[:1].isspace():
                    self.tokens[self.pos] = tok.lstrip()
                elif tok == "{" and self.pos + 1 < len(self.tokens) and self.tokens[self.pos + 1] == "}":
                    self.pos += 2
            return _SYMBOLS[name]
        if name in _MARKUP:
            opening, closing = _MARKUP[name]
            return opening + self._argument(skip_space=True) + closing
        if name in _TRANSPARENT:
            return self._argument(skip_space=True)
        if name == "href":
            self.lossy = True
            self._argument(skip_space=True)
            return self._argument(skip_space=True)
        # unknown command: keep its argument's text, remember the loss
        self.lossy = True
        if self._peek() == "{":
            return self._argument(skip_space=False)
        tok = self._peek()
        if name.isalpha() and tok is not None and tok[:1].isspace():
            self.tokens[self.pos] = tok.lstrip()
            if not self.tokens[self.pos]:
                self.pos += 1
        return ""

    def _math(self) -> str:
        self.lossy = True
        out: list[str] = []
        while True:
            tok = self._next()
            if tok is None or tok == "$":
                return "".join(out)
            if tok[0] == "\\" and tok[1:] in _SYMBOLS:
                out.append(_SYMBOLS[tok[1:]])
            elif tok not in "{}":
                out.append(tok.lstrip("\\"))


#: Spacing forms of accents written with nothing under them.
_SPACING_ACCENTS = {"'": "´", "`": "`", "^": "^", '"': "¨", "~": "~", "=": "¯", ".": "˙",
                    "u": "˘", "v": "ˇ", "H": "˝", "c": "¸", "k": "˛"}


def decode(value: str) -> tuple[str, bool]:
    """LaTeX field text → (Unicode text with CSL markup, whether something was lost).

    Whitespace runs (line wrapping in the file) become one space.
    """
    if not _SPECIALS_RE.search(value):
        return value.strip(), False
    decoder = _Decoder(value)
    text = decoder.run()
    return _WS_RE.sub(" ", text).strip(), decoder.lossy


def to_unicode(value: str) -> str:
    """:func:`decode` without the loss flag."""
    return decode(value)[0]


# --- encoding -----------------------------------------------------------------

_ESCAPES: dict[str, str] = {
    "\\": "\\textbackslash{}", "{": "\\{", "}": "\\}", "&": "\\&", "%": "\\%",
    "$": "\\$", "#": "\\#", "_": "\\_", "~": "\\textasciitilde{}",
    "^": "\\textasciicircum{}", "–": "--", "—": "---", "“": "``", "”": "''",
    "\u00a0": "~",
}
_ENCODE_RE = lazy_compile(r"[\\{}&%$#_~^–—“”\u00a0]")
_MARKUP_TAGS: dict[str, tuple[str, str]] = {
    "<i>": ("\\emph{", "</i>"), "<b>": ("\\textbf{", "</b>"),
    '<span style="font-variant:small-caps;">': ("\\textsc{", "</span>"),
    "<sup>": ("\\textsuperscript{", "</sup>"), "<sub>": ("\\textsubscript{", "</sub>"),
    '<span class="nocase">': ("{", "</span>"),
}
_TAG_RE = lazy_compile(
    r'<i>|</i>|<b>|</b>|<sup>|</sup>|<sub>|</sub>|<span class="nocase">'
    r'|<span style="font-variant:small-caps;">|</span>'
)
_WORD_RE = lazy_compile(r"\S+")


def _escape_char(ch: str, ascii_accents: bool) -> str:
    if ch in _ESCAPES:
        return _ESCAPES[ch]
    if not ascii_accents or ord(ch) < 128:
        return ch
    if ch in _ENCODE_SYMBOLS:
        return "{" + _ENCODE_SYMBOLS[ch] + "}"
    decomposed = unicodedata.normalize("NFD", ch)
    if len(decomposed) >= 2 and all(c in _COMBINING_TO_ACCENT for c in decomposed[1:]):
        base = decomposed[0]
        if base in "ij" and decomposed[1] != "\u0327":
            base = "\\" + base
        out = base
        for mark in decomposed[1:]:
            cmd = _COMBINING_TO_ACCENT[mark]
            out = f"\\{cmd}{{{out}}}" if cmd.isalpha() or len(out) > 1 else f"\\{cmd}{out}"
        return "{" + out + "}"
    return ch


_DASH_RUN_RE = lazy_compile(r"[-–—][–—]|[–—]-")
_LIGATURE_CHARS_RE = lazy_compile("([“”–—])")
_LIGATURE_COMMANDS = {"“": "\\textquotedblleft{}", "”": "\\textquotedblright{}",
                      "–": "\\textendash{}", "—": "\\textemdash{}"}
_LIGATURE_RE = lazy_compile(r"-(?=-)|'(?=')|`(?=`)")
_LIGATURE_BREAKS = {"-": "-{}", "'": "'{}", "`": "`{}"}


def _escape(text: str, ascii_accents: bool) -> str:
    if ("”" in text and "'" in text) or ("“" in text and "`" in text) or _DASH_RUN_RE.search(text):
        # a ligature next to its own character would read back differently: use commands
        text_parts = _LIGATURE_CHARS_RE.split(text)
        return "".join(
            _LIGATURE_COMMANDS[p] if p in _LIGATURE_COMMANDS else _escape(p, ascii_accents)
            for p in text_parts
        )
    if ascii_accents and not text.isascii():
        out = "".join(_escape_char(ch, True) for ch in text)
    elif not _ENCODE_RE.search(text):
        out = text
    else:
        out = "".join(_escape_char(ch, False) for ch in text)
    if "--" in text or "''" in text or "``" in text:
        # typed ASCII pairs that TeX would join into a dash or a quote: keep them apart
        pieces = _LIGATURE_RE.split(text)
        if len(pieces) > 1:
            marks = _LIGATURE_RE.findall(text)
            out = "".join(
                _escape(piece, ascii_accents) + (_LIGATURE_BREAKS[marks[i]] if i < len(marks) else "")
                for i, piece in enumerate(pieces)
            )
    return out


def _needs_protection(word: str) -> bool:
    """A word whose case a style must not change: a capital after its first letter."""
    letters = [ch for ch in word if ch.isalpha()]
    return any(ch.isupper() for ch in letters[1:])


def encode(text: str, *, ascii_accents: bool = False, protect_case: bool = False) -> str:
    """Unicode text (with CSL markup) → LaTeX field text.

    Escapes ``\\ { } & % $ # _ ~ ^``, turns dashes and curly double quotes into
    TeX ligatures and CSL markup into commands.  ``ascii_accents`` writes
    accented letters as ``{\\'e}`` (for classic BibTeX, which sorts and
    abbreviates those correctly); otherwise they stay UTF-8 (biber reads it).
    ``protect_case`` braces words with an inner capital (``{USSR}``,
    ``{McCarthy}``) so sentence-casing styles keep them.
    """
    if "<" in text and _TAG_RE.search(text):
        return _encode_markup(text, ascii_accents, protect_case)
    if protect_case:
        return _WORD_RE.sub(
            lambda m: _protect(m.group(), ascii_accents), text
        )
    return _escape(text, ascii_accents)


_EDGE_PUNCT_RE = lazy_compile(r"^([^\w\\]*)(.*?)([^\w]*)$", re.S)


def _protect(word: str, ascii_accents: bool) -> str:
    """Brace the word itself, leaving its surrounding punctuation outside: ``{USSR},``."""
    if not _needs_protection(word):
        return _escape(word, ascii_accents)
    match = _EDGE_PUNCT_RE.match(word)
    assert match is not None  # the pattern matches any string
    lead, core, trail = match.groups()
    if not core:
        return _escape(word, ascii_accents)
    return _escape(lead, ascii_accents) + "{" + _escape(core, ascii_accents) + "}" + _escape(
        trail, ascii_accents)


def _encode_markup(text: str, ascii_accents: bool, protect_case: bool) -> str:
    out: list[str] = []
    pos = 0
    closers: list[str] = []
    for match in _TAG_RE.finditer(text):
        out.append(encode(text[pos:match.start()], ascii_accents=ascii_accents,
                          protect_case=protect_case))
        tag = match.group()
        if tag in _MARKUP_TAGS:
            opening, closer = _MARKUP_TAGS[tag]
            out.append(opening)
            closers.append(closer)
        elif closers and tag == closers[-1]:
            closers.pop()
            out.append("}")
        else:
            out.append(_escape(tag, ascii_accents))
        pos = match.end()
    out.append(encode(text[pos:], ascii_accents=ascii_accents, protect_case=protect_case))
    out.extend("}" for _ in closers)
    return "".join(out)


def strip_markup(text: str) -> str:
    """CSL rich text → plain text (for keys, comparisons and messages)."""
    return _TAG_RE.sub("", text) if "<" in text else text
