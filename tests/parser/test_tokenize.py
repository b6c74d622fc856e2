"""The tokenizer: pieces of a citation stay recognisable and offsets stay exact."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit.parser.tokenize import tokenize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pp. 751–66.", ["pp.", "751–66", "."]),
        ("p. 6ff.", ["p.", "6ff."]),
        ("USSR, 1926–1941, Baltimore", ["USSR", ",", "1926–1941", ",", "Baltimore"]),
        ("P. 31 - 70.", ["P.", "31 - 70", "."]),
        ("ed. A. E. Gur´ ianov", ["ed.", "A.", "E.", "Gur´", "ianov"]),
        ("natsional´noi politiki’", ["natsional´noi", "politiki", "’"]),
        ("Stalin’s Police", ["Stalin’s", "Police"]),
        ("„Titel“, in: Zeitschrift", ["„", "Titel", "“", ",", "in", ":", "Zeitschrift"]),
        ("«Regnum Dei»", ["«", "Regnum", "Dei", "»"]),
        ("Europe–Asia Studies", ["Europe–Asia", "Studies"]),
        ("Vgl. ebd., S. 12 f.", ["Vgl.", "ebd.", ",", "S.", "12", "f."]),
        ("Ibid., p. 12.", ["Ibid.", ",", "p.", "12", "."]),
        ("op. cit., n. 4", ["op.", "cit.", ",", "n.", "4"]),
        ("U.S.A. and J.J. Fox", ["U.S.A.", "and", "J.J.", "Fox"]),
        ("fol. 12v.", ["fol.", "12v", "."]),
        ("Police, 2009.", ["Police", ",", "2009", "."]),
        ("2. Aufl.", ["2.", "Aufl."]),
        ("———, Other Title", ["———", ",", "Other", "Title"]),
        ("56(2)", ["56", "(", "2", ")"]),
        ("doi:10.1000/xyz123.", ["doi", ":", "10.1000/xyz123", "."]),
        ("https://example.org/a.html).", ["https://example.org/a.html", ")", "."]),
        ("Studies.", ["Studies", "."]),
    ],
)
def test_tokens(text: str, expected: list[str]) -> None:
    assert [t.text for t in tokenize(text)] == expected


@given(st.text(max_size=300))
def test_offsets_cover_every_non_space_character(text: str) -> None:
    tokens = tokenize(text)
    assert all(text[t.start : t.end] == t.text for t in tokens)
    assert all(a.end <= b.start for a, b in itertools.pairwise(tokens))
    joined = "".join(t.text for t in tokens)
    assert "".join(joined.split()) == "".join(text.split())
