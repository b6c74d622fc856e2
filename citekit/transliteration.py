"""Cyrillic and Greek in Latin letters, for comparing and keying works only (never for output).

Notes cite Russian works in Cyrillic ("Хлевнюк О. В. Хозяин") or transliterated
("Khlevniuk, Khoziain"); keys, back-reference links and folded titles must not
lose the Cyrillic letters (ASCII folding dropped them: "anon2010") and should
meet the transliterated spelling.  The table is the Library of Congress
romanisation without diacritics, the one most humanities notes use; the hard
and soft signs vanish, as they do in :func:`citekit.resolve.fold`.  Greek (monotonic
or polytonic: accents and breathings go) is read letter by letter, "ου" as "ou", so a
Greek name meets its Latin spelling ("Κολιόπουλος" -> "Koliopoulos").
"""

from __future__ import annotations

import unicodedata

from citekit.lazy_regex import lazy_compile

_LOWER = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
    "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch _ y _ e iu ia i i ie g u".split(),
    strict=True,
))
_TABLE = str.maketrans({
    **{c: ("" if v == "_" else v) for c, v in _LOWER.items()},
    **{c.upper(): ("" if v == "_" else v.capitalize()) for c, v in _LOWER.items()},
})
_CYRILLIC_RE = lazy_compile("[\u0400-\u04ff]")


_GREEK_TABLE = str.maketrans({
    **dict(zip("αβγδεζηικλμνξοπρστυφω", "avgdeziiklmnxoprstyfo", strict=True)),
    **dict(zip("ΑΒΓΔΕΖΗΙΚΛΜΝΞΟΠΡΣΤΥΦΩ", "AVGDEZIIKLMNXOPRSTYFO", strict=True)),
    "ς": "s", "ϲ": "s", "θ": "th", "Θ": "Th", "χ": "ch", "Χ": "Ch", "ψ": "ps", "Ψ": "Ps",
})
_GREEK_RE = lazy_compile("[\u0370-\u03ff\u1f00-\u1fff]")
#: the accents and breathings of a Greek letter once decomposed (only those: "é" elsewhere stays)
_GREEK_MARKS_RE = lazy_compile("(?<=[\u0370-\u03ff])[\u0300-\u036f\u0345]+")


def _latinize_greek(text: str) -> str:
    bare = _GREEK_MARKS_RE.sub("", unicodedata.normalize("NFD", text))
    bare = bare.replace("ου", "ou").replace("Ου", "Ou").replace("ΟΥ", "OU").translate(_GREEK_TABLE)
    return unicodedata.normalize("NFC", bare)


def latinize(text: str) -> str:
    """``text`` with Cyrillic and Greek letters transliterated ("Хлевнюк" -> "Khlevniuk", "Κολιόπουλος" ->
    "Koliopoulos"); other text unchanged."""
    if text.isascii():
        return text
    if _CYRILLIC_RE.search(text) is not None:
        text = text.translate(_TABLE)
    if _GREEK_RE.search(text) is not None:
        text = _latinize_greek(text)
    return text
