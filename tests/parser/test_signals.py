"""A signal with its adverb is read before tagging; the rest is tagged as a citation of its own."""

from __future__ import annotations

import pytest

from citekit.parser import parse_reference, parse_references
from citekit.parser.signals import leading_signal

P = pytest.param


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        P("See especially Paul Hagenloh, Stalin’s Police, Baltimore, 2009, p. 3.", "See especially ", id="see-especially"),
        P("See, e.g., Lawrence Lessig, The Regulation", "See, e.g., ", id="see-eg"),
        P("Vgl. insbesondere Larenz, Methodenlehre, 1991, S. 12.", "Vgl. insbesondere ", id="vgl-insbesondere"),
        P("Voir notamment D. Roche, Le peuple de Paris", "Voir notamment ", id="voir-notamment"),
        P("Si veda in particolare A. Prosperi, Tribunali", "Si veda in particolare ", id="si-veda"),
        P("See Paul Hagenloh, Stalin’s Police", "", id="plain-signal-left-to-the-tagger"),
        P("Seealso X", "", id="no-word-boundary"),
        P("Especially, Smith", "", id="adverb-alone"),
        # Hebrew (data/signals_hebrew.txt), cut off with their colon
        P("ראו: יצחק בער, תולדות היהודים", "ראו: ", id="hebrew-see"),
        P("וראו גם משה רוסמן, \"על נשים\"", "וראו גם ", id="hebrew-and-see-also"),
        P("השוו שם, עמ' 12", "השוו ", id="hebrew-compare"),
        P("ראובן פלוני, ספר", "", id="hebrew-name-opening-like-a-signal"),
    ],
)
def test_leading_signal(text: str, signal: str) -> None:
    assert text[: leading_signal(text)] == signal


def test_signal_becomes_the_prefix_and_the_name_the_author() -> None:
    text = "See especially Paul Hagenloh, Stalin’s Police, Baltimore, 2009, p. 3."
    single = parse_reference(text)
    assert single.fields[0] == ("signal", "See especially")
    assert single.prefix == "See especially"
    assert single.item["author"] == [{"family": "Hagenloh", "given": "Paul"}]
    batched = parse_references([text] * 1100)  # large enough for the batched decoder
    assert batched[0].fields == single.fields
    assert batched[-1].item == single.item
