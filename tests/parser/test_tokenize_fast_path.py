"""The tokenizer's shortcuts agree with matching every token with its kind.

``tokenize`` reads most tokens' kinds off their text (one ``findall`` in C)
and matches again only where the kind is ambiguous.  The reference here is the
plain reading: every match of the grouped expression, split by its kind.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.parser.tokenize import (
    _ALTERNATIVES,
    _ASCII_TOKEN_TEXT_RE,
    _LETTER,
    _TOKEN_RE,
    _TOKEN_TEXT_RE,
    Token,
    _split_off,
    tokenize,
)


def tokens_by_kind(text: str) -> list[Token]:
    """Every match of the grouped expression, split as its kind says."""
    tokens: list[Token] = []
    for match in _TOKEN_RE.finditer(text):
        _split_off(text, match.group(), match.start(), match.end(), match.lastgroup, tokens.append)
    return tokens


#: the characters whose kind the shortcuts infer: periods, letters, digits
#: (also non-ASCII ones), dashes, apostrophes, URL and DOI heads
_PIECES = [*"aAhw1023.. ,;:-–—_'’´…/()éß²½٣ⅫIİ\u0301", "http://", "www.", "10.1000/", "pp.", "ff."]
_TRICKY = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@pytest.mark.parametrize(
    "text",
    [
        "A.1 and A. 1",  # an initial before a digit is a word and its period
        "x.2, B.C. 44",
        "10.5. 10.1000/abc. 1998.",
        "http. https://a.org/b. www. www.x.org.",
        "3. série, 2. Aufl., 12. Mai, 6ff., 7 sq.",
        "² ½. Ⅻ. ٣.",
        "… ... . .. abc. ab.cd.",
    ],
)
def test_examples(text: str) -> None:
    assert tokenize(text) == tokens_by_kind(text)


@settings(max_examples=400, deadline=None)
@given(_TRICKY)
def test_same_tokens_as_matching_each_kind(text: str) -> None:
    assert tokenize(text) == tokens_by_kind(text)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_same_tokens_on_any_text(text: str) -> None:
    assert tokenize(text) == tokens_by_kind(text)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_expression_finds_what_the_unicode_one_finds(text: str) -> None:
    assert _ASCII_TOKEN_TEXT_RE.findall(text) == _TOKEN_TEXT_RE.findall(text)


#: the token expression as first written: the kinds in order, nothing in front of them
#: (``_TOKEN_TEXT_RE`` adds a white-space guard, a branch for lone marks, and a lookahead
#: on the dotted kind, all for speed)
_PLAIN_DOTTED = rf"(?:{_LETTER}\.){{2,}}|{_LETTER}\.(?!\d)"
_PLAIN_TOKEN_RE = re.compile(
    "|".join(f"(?:{_PLAIN_DOTTED if kind == 'dotted' else pattern})" for kind, pattern in _ALTERNATIVES)
)
_PLAIN_GROUPED_RE = re.compile(
    "|".join(f"(?P<{kind}>{_PLAIN_DOTTED if kind == 'dotted' else pattern})" for kind, pattern in _ALTERNATIVES)
)


@pytest.mark.parametrize(
    "text",
    ["A.B. Smith, (ed.), «Titel», „x“ ‘y’ [1] & a/b;c:d", "x.\n.y A.\n1", " \t ,, ..", "J.-P. Sartre'"],
)
def test_speed_guards_find_what_the_plain_expression_finds(text: str) -> None:
    assert _TOKEN_TEXT_RE.findall(text) == _PLAIN_TOKEN_RE.findall(text)


@settings(max_examples=400, deadline=None)
@given(_TRICKY | st.text(max_size=60))
def test_speed_guards_change_no_match(text: str) -> None:
    assert _TOKEN_TEXT_RE.findall(text) == _PLAIN_TOKEN_RE.findall(text)
    assert [(m.span(), m.lastgroup) for m in _TOKEN_RE.finditer(text)] == [
        (m.span(), m.lastgroup) for m in _PLAIN_GROUPED_RE.finditer(text)
    ]
