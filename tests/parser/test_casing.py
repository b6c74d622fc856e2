"""The tagger's view of a reference: Bluebook book titles in small capitals folded, nothing else."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit.parser import parse_reference
from citekit.parser.casing import tagger_view

P = pytest.param


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("See BARRY NICHOLAS, AN INTRODUCTION TO ROMAN LAW 57 (1962).",
          "See BARRY NICHOLAS, An Introduction To Roman Law 57 (1962).", id="bluebook-book"),
        P("H.L.A. HART, THE CONCEPT OF LAW 12–14, 20 (2d ed. 1994).",
          "H.L.A. HART, The Concept Of Law 12–14, 20 (2d ed. 1994).", id="pinpoints-and-edition"),
        P("2 WILLIAM BLACKSTONE, COMMENTARIES ON THE LAWS OF ENGLAND *45 (1765)",
          "2 WILLIAM BLACKSTONE, Commentaries On The Laws Of England *45 (1765)", id="star-page"),
        P("TREVELYAN, HISTORY OF ENGLAND VOL. IV 12 (1926)", "TREVELYAN, History Of England Vol. IV 12 (1926)",
          id="roman-numeral-kept"),
        P("JONES JH, PETERS DK, MORGAN DB (1967)", "JONES JH, PETERS DK, MORGAN DB (1967)", id="surname-list-kept"),
        P("MINISTERE DE LA DEFENSE, Le Code du soldat (2001)", "MINISTERE DE LA DEFENSE, Le Code du soldat (2001)",
          id="corporate-author-kept"),
        P("Holmes, The Path, 10 HARV. L. REV. 457 (1897)", "Holmes, The Path, 10 HARV. L. REV. 457 (1897)",
          id="journal-after-volume-kept"),
        P("Paul Hagenloh, Stalin’s Police, Baltimore, MD, 2009, p. 3.",
          "Paul Hagenloh, Stalin’s Police, Baltimore, MD, 2009, p. 3.", id="ordinary-note-untouched"),
    ],
)
def test_tagger_view(text: str, expected: str) -> None:
    assert tagger_view(text) == expected


@given(st.text(alphabet=st.sampled_from("AİBẞ ,.:()1290-–*'’ab"), max_size=80))
def test_same_length(text: str) -> None:
    assert len(tagger_view(text)) == len(text)


def test_fields_keep_the_capitals_as_written() -> None:
    parsed = parse_reference("See BARRY NICHOLAS, AN INTRODUCTION TO ROMAN LAW 57 (1962).")
    assert parsed.item["title"] == "AN INTRODUCTION TO ROMAN LAW"
    assert parsed.item["author"][0].keys() == {"family", "given"}
    assert (parsed.locator, parsed.label, parsed.prefix) == ("57", "page", "See")
    assert "volume" not in parsed.item
