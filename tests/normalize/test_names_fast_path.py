"""The name parser's shortcuts for plain names agree with its general reading.

A whole span that is one plain name (``_simple_name``) and one name of a list
(``parse_one``) take shortcuts for speed; whatever they accept must come out
exactly as the general reading gives it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.normalize._person import (
    _INITIALS_FAMILY_RE,
    _PLAIN_ONE_RE,
    _SIMPLE_NAME_RE,
    _VANCOUVER_PART_RE,
    _parse_chunk,
    _parse_one_general,
    _parse_people,
    _read_parts,
    _simple_name,
    given_names,
    parse_one,
)

_WORD = st.sampled_from(
    ["Preto", "Paolo", "Bruno", "Caizzi", "Jr", "Iii", "Sr", "Ed", "And", "Et", "Und", "Van", "Co", "Al", "Ab",
     "III", "JR", "LI", "LEE", "CASINI", "OECD"]
) | st.from_regex(r"[A-Z][a-z]{1,8}|[A-Z]{2,6}", fullmatch=True)
_INITIALS = st.lists(st.from_regex(r"[A-Z]\.", fullmatch=True), min_size=1, max_size=4).map(" ".join)
_LETTERS = st.from_regex(r"[A-Z]{1,3}\.?", fullmatch=True) | st.sampled_from(["JR", "JR.", "III", "II.", "SR"])
_PLAIN_NAMES = st.one_of(
    st.tuples(_INITIALS, _WORD).map(" ".join),
    st.tuples(_WORD, _LETTERS).map(" ".join),
    st.tuples(_WORD, _INITIALS | _WORD).map(", ".join),
    st.tuples(_WORD, _WORD).map(" ".join),
    _WORD,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("G. D. Pagratis", {"family": "Pagratis", "given": "G. D."}),
        ("Downs, R.", {"family": "Downs", "given": "R."}),
        ("Zuffi, Stefano", {"family": "Zuffi", "given": "Stefano"}),
        ("Paolo Preto", {"family": "Preto", "given": "Paolo"}),
        ("Cecchetti", {"family": "Cecchetti"}),
        ("Rasmussen J", {"family": "Rasmussen", "given": "J."}),
        ("Paul Jr", None),  # a suffix: the general path reads it
        ("ZUFFI, Stefano", {"family": "Zuffi", "given": "Stefano"}),
        ("M. CASINI", {"family": "Casini", "given": "M."}),
        ("Paolo PRETO", None),  # the general path reads capitals in this order
        ("Sañudo", None),  # not ASCII
    ],
)
def test_simple_name(text: str, expected: dict[str, str] | None) -> None:
    assert _simple_name(text) == expected


@settings(max_examples=500, deadline=None)
@given(_PLAIN_NAMES | st.from_regex(_SIMPLE_NAME_RE.pattern, fullmatch=True))
def test_shortcut_agrees_with_general_reading(text: str) -> None:
    simple = _simple_name(text)
    if simple is not None:
        assert [simple] == _parse_people(text, False)
        # one plain name of a list ("Reni Septiani and Sophi Damayanti") reads the same
        names = [{"family": "Before"}]
        _parse_chunk(text, names, False)
        assert names == [{"family": "Before"}, simple]


def test_surname_first_uses_given_names() -> None:
    if not given_names() or "bruno" not in given_names() or "caizzi" in given_names():
        pytest.skip("given-name list without 'bruno'")
    assert _simple_name("Caizzi Bruno") == {"family": "Caizzi", "given": "Bruno"}
    assert [_simple_name("Caizzi Bruno")] == _parse_people("Caizzi Bruno", False)

_PLAIN_ONES = st.one_of(
    st.tuples(_INITIALS, _WORD).map(" ".join),
    st.tuples(_WORD, _LETTERS).map(" ".join),
    st.tuples(_WORD, _WORD).map(" ".join),
    _WORD,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Pavan", {"family": "Pavan", "given": "M."}),
        ("Sang HM", {"family": "Sang", "given": "H. M."}),
        ("Finnegan DJ.", {"family": "Finnegan", "given": "D. J."}),
        ("Paolo Preto", {"family": "Preto", "given": "Paolo"}),
        ("Smith JR.", {"family": "Smith", "suffix": "JR."}),
    ],
)
def test_parse_one_plain_forms(text: str, expected: dict[str, str]) -> None:
    assert parse_one(text) == expected


@settings(max_examples=500, deadline=None)
@given(_PLAIN_ONES | st.from_regex(_PLAIN_ONE_RE.pattern, fullmatch=True), st.booleans())
def test_parse_one_shortcut_agrees_with_general_reading(text: str, surname_first: bool) -> None:
    assert parse_one(text, surname_first) == _parse_one_general(text, surname_first)


_INITIALS_FAMILY = st.tuples(_INITIALS, _WORD).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.lists(_INITIALS_FAMILY | _PLAIN_ONES, min_size=2, max_size=5))
def test_list_of_initials_and_family_reads_as_each_name(parts: list[str]) -> None:
    """"M. Pavan, G. Arnaldi" takes a shortcut; the pairing loop must find the same names."""
    chunk = ", ".join(parts)
    names: list[dict[str, str]] = []
    _parse_chunk(chunk, names, False)
    if all(_INITIALS_FAMILY_RE.fullmatch(p) for p in parts):
        assert names == [parse_one(p) for p in parts]
    if not all(_VANCOUVER_PART_RE.match(p) for p in parts):  # a list rule of its own
        by_pairs: list[dict[str, str]] = []
        _read_parts(parts, by_pairs)
        assert names == by_pairs
