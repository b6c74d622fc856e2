"""LaTeX → Unicode table for the cases transliterated names hit."""

from __future__ import annotations

import pytest

from citekit.formats.latex_text import encode, to_unicode


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        pytest.param(r"Gur{\'}ianov", "Gur´ianov", id="bare accent in braces is a soft sign"),
        pytest.param(r"Gur\'{}ianov", "Gur´ianov", id="accent on empty group"),
        pytest.param(r"Gur{\'i}anov", "Guríanov", id="accent on a letter"),
        pytest.param(r"M{\"u}ller", "Müller", id="umlaut"),
        pytest.param(r"{\v{S}}koda", "Škoda", id="caron in group"),
    ],
)
def test_to_unicode(latex: str, text: str) -> None:
    assert to_unicode(latex) == text


@pytest.mark.parametrize("text", ["Gur´ianov", "Müller", "Škoda", "pol´skikh"])
def test_encode_decode_round_trip(text: str) -> None:
    assert to_unicode(encode(text)) == text
    assert to_unicode(encode(text, ascii_accents=True)) == text


@pytest.mark.parametrize(
    ("text", "latex"),
    [
        pytest.param("in the USSR, 1926–1941", "in the {USSR}, 1926--1941", id="comma outside braces"),
        pytest.param("(McCarthy)", "({McCarthy})", id="brackets outside braces"),
        pytest.param("Stalin’s Police", "Stalin’s Police", id="nothing to protect"),
    ],
)
def test_case_protection_braces_only_the_word(text: str, latex: str) -> None:
    assert encode(text, protect_case=True) == latex
    assert to_unicode(latex) == text
