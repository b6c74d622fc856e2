"""Cyrillic in Latin letters, for comparing and keying works only (never for output).

Notes cite Russian works in Cyrillic ("Хлевнюк О. В. Хозяин") or transliterated
("Khlevniuk, Khoziain"); keys, back-reference links and folded titles must not
lose the Cyrillic letters (ASCII folding dropped them: "anon2010") and should
meet the transliterated spelling.  The table is the Library of Congress
romanisation without diacritics, the one most humanities notes use; the hard
and soft signs vanish, as they do in :func:`citekit.resolve.fold`.
"""

from __future__ import annotations

import re

_LOWER = dict(zip(
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґў",
    "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch _ y _ e iu ia i i ie g u".split(),
    strict=True,
))
_TABLE = str.maketrans({
    **{c: ("" if v == "_" else v) for c, v in _LOWER.items()},
    **{c.upper(): ("" if v == "_" else v.capitalize()) for c, v in _LOWER.items()},
})
_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")


def latinize(text: str) -> str:
    """``text`` with Cyrillic letters transliterated ("Хлевнюк" -> "Khlevniuk"); other text unchanged."""
    if text.isascii() or _CYRILLIC_RE.search(text) is None:
        return text
    return text.translate(_TABLE)
