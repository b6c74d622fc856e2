"""The marked-string serializer: quotes, punctuation, escaping."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit.render import markup
from citekit.render.markup import MARKS, Quotes, serialize

I_OPEN, I_CLOSE = MARKS["i"]
Q_OPEN, Q_CLOSE = MARKS["q"]
US = Quotes(punctuation_inside=True)
GB = Quotes("‘", "’", "“", "”", punctuation_inside=False)


@pytest.mark.parametrize(("marked", "quotes", "expected"), [
    (f"{Q_OPEN}Books?{Q_CLOSE}.", US, "“Books?”"),
    (f"{Q_OPEN}Books?{Q_CLOSE}, D", US, "“Books?,” D"),
    (f"{Q_OPEN}Title{Q_CLOSE}, D", US, "“Title,” D"),
    (f"{Q_OPEN}Title{Q_CLOSE}, D", GB, "‘Title’, D"),
    (f"{Q_OPEN}Books?{Q_CLOSE}, D", GB, "‘Books?’, D"),
    (f"{Q_OPEN}A {Q_OPEN}B{Q_CLOSE} C{Q_CLOSE}", US, "“A ‘B’ C”"),
    (f"{Q_OPEN}A {Q_OPEN}B{Q_CLOSE} C{Q_CLOSE}", GB, "‘A “B” C’"),
    (f"{I_OPEN}Why?{I_CLOSE}.", US, "Why?"),
    (f"{I_OPEN}Stalin Inc.{I_CLOSE}.", US, "Stalin Inc."),
    (f"{I_OPEN}And so...{I_CLOSE}.", US, "And so...."),
    ("Books?. D", US, "Books? D"),
])
def test_quotes_and_punctuation(marked: str, quotes: Quotes, expected: str) -> None:
    assert serialize(marked, "text", quotes) == expected


@pytest.mark.parametrize(("output", "expected"), [
    ("text", "A & B <c>, Title"),
    ("html", "A &amp; B &lt;c&gt;, <i>Title</i>"),
    ("markdown", "A & B \\<c\\>, *Title*"),
])
def test_outputs(output: str, expected: str) -> None:
    assert serialize(f"A & B <c>, {I_OPEN}Title{I_CLOSE}", output) == expected


def test_empty_spans_vanish() -> None:
    assert serialize(f"a{I_OPEN}{I_CLOSE}b", "markdown") == "ab"


def test_data_quotes_keep_their_characters_at_top_level() -> None:
    marked = markup.mark_data_quotes("konferentsii ‘Repressii’ and Stalin’s")
    assert serialize(marked + ".", "text", US) == "konferentsii ‘Repressii’ and Stalin’s."
    assert serialize(markup.mark_data_quotes("on ‘Repressii’") + ".", "text", US) == (
        "on ‘Repressii.’")


@given(st.text())
def test_no_mark_survives_serialization(text: str) -> None:
    for output in ("text", "html", "markdown"):
        assert markup.strip_marks(serialize(text, output)) == serialize(text, output)


@given(st.text(alphabet="<>&abc \"'"))
def test_html_never_has_raw_angle_brackets_from_text(text: str) -> None:
    assert "<" not in serialize(text, "html") and ">" not in serialize(text, "html")


@pytest.mark.parametrize(("field", "quotes", "expected"), [
    ("Stalin's Police", US, "Stalin’s Police"),
    ('the "Great" Terror', US, "the “Great” Terror"),
    ("the 'Great' Terror", US, "the “Great” Terror"),
    ("the 'Great' Terror", GB, "the ‘Great’ Terror"),
    ("the \"Order\" of the 'Great' Terror", US, "the “Order” of the ‘Great’ Terror"),
    ("the 'New' Man's \"Old\" Habits", US, "the “New” Man’s ‘Old’ Habits"),
])
def test_straight_quotes_in_data(field: str, quotes: Quotes, expected: str) -> None:
    assert serialize(markup.mark_data_quotes(field), "text", quotes) == expected


def test_straight_single_quotes_nested_in_a_quoted_title() -> None:
    marked = markup.quoted(markup.mark_data_quotes("The 'New' Man's \"Old\" Habits"))
    assert serialize(marked, "text", US) == "“The ‘New’ Man’s ‘Old’ Habits”"
