"""The shared text helpers."""

from __future__ import annotations

import pytest

from citekit.normalize._text import (
    expand_range,
    fix_soft_signs,
    hyphen_dashes,
    squash,
    strip_brackets,
)

P = pytest.param


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("751-66", "751-766", id="two-digits"),
        P("1099-110", "1099-1110", id="three-digits"),
        P("1761-1800", "1761-1800", id="full"),
        P("98-102", "98-102", id="longer-second"),
        P("12v-13r", "12v-13r", id="folio-sides"),
        P("A70-75", "A70-75", id="prefixed"),
        P("6ff.", "6ff.", id="not-a-range"),
    ],
)
def test_expand_range(text: str, expected: str) -> None:
    assert expand_range(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("(2011).", "2011", id="wrapped"),
        P("(Paris", "Paris", id="unbalanced-open"),
        P("Gallimard)", "Gallimard", id="unbalanced-close"),
        P("Title (in Russian)", "Title (in Russian)", id="balanced-inside"),
        P("[1983?]", "1983?", id="square"),
    ],
)
def test_strip_brackets(text: str, expected: str) -> None:
    assert strip_brackets(text) == expected


def test_small_helpers() -> None:
    assert hyphen_dashes("751 – 66") == "751-66"
    assert squash(" a \u00a0 b\u2028c ") == "a b c"
    assert squash("<italic>Plant</italic> Physiology") == "Plant Physiology"
    assert fix_soft_signs("Gur´ ianov") == "Gur´ianov"
    assert fix_soft_signs("Gur´ Ianov") == "Gur´ Ianov"
    assert fix_soft_signs("Vasil´ ev") == "Vasil´ev"
    assert fix_soft_signs("Vertikal´ bol´shogo terrora") == "Vertikal´ bol´shogo terrora"
    assert fix_soft_signs("Vlast´ i obshchestvo") == "Vlast´ i obshchestvo"
