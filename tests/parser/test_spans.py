"""``spans_of``: runs of one label, ``O`` outside, a ``B-`` tag starting a new span."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit.parser.tagger import spans_of


def _spans_by_definition(tags: list[str]) -> list[tuple[str, int, int]]:
    """Each token's label and whether it starts a span, then the maximal runs (written for the test)."""
    spans: list[tuple[str, int, int]] = []
    for i, tag in enumerate(tags):
        label = tag[2:] if tag.startswith("B-") else tag
        starts = tag.startswith("B-") or not spans or spans[-1][2] != i - 1 or spans[-1][0] != label
        if label in ("O", ""):
            continue
        if starts:
            spans.append((label, i, i))
        else:
            spans[-1] = (label, spans[-1][1], i)
    return spans


@pytest.mark.parametrize(
    ("tags", "expected"),
    [
        ([], []),
        (["O", "O"], []),
        (["title", "title", "O", "date"], [("title", 0, 1), ("date", 3, 3)]),
        (["B-title", "title", "B-title", "title"], [("title", 0, 1), ("title", 2, 3)]),
        (["author", "B-author", "author", "O"], [("author", 0, 0), ("author", 1, 2)]),
        (["title", "author", "author", "title"], [("title", 0, 0), ("author", 1, 2), ("title", 3, 3)]),
        (["locator", "B-O", "locator"], [("locator", 0, 0), ("locator", 2, 2)]),
    ],
)
def test_spans(tags: list[str], expected: list[tuple[str, int, int]]) -> None:
    assert spans_of(tags) == expected


@given(st.lists(st.sampled_from(["O", "title", "author", "B-title", "B-author", "B-O", "date", ""]), max_size=20))
def test_spans_follow_the_definition(tags: list[str]) -> None:
    assert spans_of(tags) == _spans_by_definition(tags)
