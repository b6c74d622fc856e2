"""Characters of Word's symbol fonts as Unicode: ``<w:sym w:font="Symbol" w:char="F061"/>`` is "α".

Word stores a character inserted from a symbol font by its code in that font, usually moved to the
private-use range (``F000`` + the font's code).  The Symbol font's codes are its own encoding (Greek
letters on the Latin keys, mathematical signs in the upper half); Wingdings holds pictures, of which
the few that occur in notes (check marks, bullets, arrows) are given here.  A text font's code is
its character; an unknown symbol font's character is kept as stored (a private-use character), so
that the place of the symbol stays visible, and a code that is no character becomes U+FFFD; the
reader reports both (:func:`symbol_lookup` says what is wrong).
"""

from __future__ import annotations

__all__ = ["PLACEHOLDER", "symbol_character", "symbol_lookup", "symbol_text", "symbol_text_lookup"]


def _table(pairs: str) -> dict[int, str]:
    """``"a:α b:β"``-style pairs (the code as one character) -> {code: character}."""
    out: dict[int, str] = {}
    for pair in pairs.split():
        code, char = pair.split(":", 1)
        out[ord(code)] = char
    return out


# the Latin keys of the Symbol font: Greek, with a few signs among the punctuation
_SYMBOL = _table(
    "a:α b:β c:χ d:δ e:ε f:φ g:γ h:η i:ι j:ϕ k:κ l:λ m:μ n:ν o:ο p:π q:θ r:ρ s:σ t:τ u:υ v:ϖ w:ω x:ξ "
    "y:ψ z:ζ A:Α B:Β C:Χ D:Δ E:Ε F:Φ G:Γ H:Η I:Ι J:ϑ K:Κ L:Λ M:Μ N:Ν O:Ο P:Π Q:Θ R:Ρ S:Σ T:Τ U:Υ "
    "V:ς W:Ω X:Ξ Y:Ψ Z:Ζ \":∀ $:∃ ':∋ *:∗ -:− @:≅ \\:∴ ^:⊥ ~:∼"
)
# its upper half, by code
_SYMBOL.update({
    0xA1: "ϒ", 0xA2: "′", 0xA3: "≤", 0xA4: "⁄", 0xA5: "∞", 0xA6: "ƒ", 0xA7: "♣", 0xA8: "♦", 0xA9: "♥",
    0xAA: "♠", 0xAB: "↔", 0xAC: "←", 0xAD: "↑", 0xAE: "→", 0xAF: "↓", 0xB0: "°", 0xB1: "±", 0xB2: "″",
    0xB3: "≥", 0xB4: "×", 0xB5: "∝", 0xB6: "∂", 0xB7: "•", 0xB8: "÷", 0xB9: "≠", 0xBA: "≡", 0xBB: "≈",
    0xBC: "…", 0xC0: "ℵ", 0xC1: "ℑ", 0xC2: "ℜ", 0xC3: "℘", 0xC4: "⊗", 0xC5: "⊕", 0xC6: "∅", 0xC7: "∩",
    0xC8: "∪", 0xC9: "⊃", 0xCA: "⊇", 0xCB: "⊄", 0xCC: "⊂", 0xCD: "⊆", 0xCE: "∈", 0xCF: "∉", 0xD0: "∠",
    0xD1: "∇", 0xD2: "®", 0xD3: "©", 0xD4: "™", 0xD5: "∏", 0xD6: "√", 0xD7: "⋅", 0xD8: "¬", 0xD9: "∧",
    0xDA: "∨", 0xDB: "⇔", 0xDC: "⇐", 0xDD: "⇑", 0xDE: "⇒", 0xDF: "⇓", 0xE0: "◊", 0xE1: "〈", 0xE2: "®",
    0xE3: "©", 0xE4: "™", 0xE5: "∑", 0xF1: "〉", 0xF2: "∫",
})
_WINGDINGS = {
    0x4A: "☺", 0x4B: "😐", 0x4C: "☹", 0x6C: "●", 0x6E: "■", 0x6F: "□", 0x71: "❑", 0x76: "❖", 0xA7: "▪",
    0xD8: "➢", 0xE0: "→", 0xE8: "➔", 0xFB: "✗", 0xFC: "✓", 0xFD: "☒", 0xFE: "☑",
}
_FONTS = {"symbol": _SYMBOL, "wingdings": _WINGDINGS}
#: fonts whose codes are pictures or signs, not their characters (beyond the tables above)
_PICTURE_FONTS = ("symbol", "wingdings", "webdings", "marlett", "zapf dingbats", "mt extra", "monotype sorts")


def _font(name: str | None) -> str:
    return " ".join((name or "").lower().split())


def is_symbol_font(name: str | None) -> bool:
    """Is ``name`` a font whose codes are not their characters (Symbol, Wingdings …)?"""
    font = _font(name)
    return any(font.startswith(p) for p in _PICTURE_FONTS)


#: what stands in the text for a symbol that is no character (a code that is not hexadecimal, a control
#: character, a surrogate half): the replacement character, so that the symbol's place stays visible
PLACEHOLDER = "\ufffd"


def symbol_lookup(font: str | None, code: str) -> tuple[str, str | None]:
    """The character of ``<w:sym w:font=font w:char=code/>`` (``code`` in hexadecimal), and what is wrong.

    The second value is None for a symbol read as its character; else it says why the text holds a
    placeholder (:data:`PLACEHOLDER` for a code that is no character) or the stored private-use
    character (a symbol font's glyph citekit has no Unicode for).
    """
    shown = " ".join((font or "").split()) or "no font"
    try:
        value = int(code.strip(), 16)
    except ValueError:
        what = f"code {code.strip()!r}" if code.strip() else "no code"
        return PLACEHOLDER, f"a symbol ({shown}) with {what}, not a hexadecimal character code"
    if not 0 < value < 0x110000 or 0xD800 <= value <= 0xDFFF:
        # (no character: a surrogate half would break the text's encoding)
        return PLACEHOLDER, f"a symbol ({shown}) whose code {code.strip()} is no character"
    low = value - 0xF000 if 0xF000 <= value <= 0xF0FF else value
    name = _font(font)
    unknown = f"a {shown} glyph (code {code.strip()}) that has no Unicode character: kept as U+{value:04X}"
    for known, table in _FONTS.items():
        if name.startswith(known):
            if low in table:
                return table[low], None
            if name.startswith("symbol") and 0x20 <= low < 0x7F:
                return chr(low), None
            return chr(value), unknown
    if is_symbol_font(name):
        return chr(value), unknown  # a picture font without a table: the stored character keeps its place
    if low >= 0x20 and not 0x7F <= low < 0xA0:
        return chr(low), None
    return PLACEHOLDER, f"a symbol ({shown}) whose code {code.strip()} is a control character"


def symbol_character(font: str | None, code: str) -> str:
    """The character of ``<w:sym w:font=font w:char=code/>`` (``code`` in hexadecimal)."""
    return symbol_lookup(font, code)[0]


def symbol_text_lookup(font: str | None, text: str) -> tuple[str, list[str]]:
    """Text typed in a symbol font (``<w:rFonts w:ascii="Symbol"/>`` + "logoV") as Unicode ("λογος"),
    and what could not be read (glyphs without Unicode, kept as their private-use characters)."""
    out: list[str] = []
    problems: list[str] = []
    for ch in text:
        if ch.isspace():
            out.append(ch)
        elif ord(ch) < 0x100 or 0xF000 <= ord(ch) <= 0xF0FF:
            char, problem = symbol_lookup(font, f"{ord(ch):X}")
            out.append(char)
            if problem:
                problems.append(problem)
        else:
            out.append(ch)
    return "".join(out), problems


def symbol_text(font: str | None, text: str) -> str:
    """Text typed in a symbol font (``<w:rFonts w:ascii="Symbol"/>`` + "logoV") as Unicode ("λογος")."""
    return symbol_text_lookup(font, text)[0]
