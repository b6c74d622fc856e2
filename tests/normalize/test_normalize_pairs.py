"""``normalize_pairs`` (the parser's entry, no per-field checks) gives what ``normalize_fields`` gives.

The parser hands the chain plain ``(label, text)`` string pairs with bare labels
(never ``B-``/``I-``), so it skips the checks that would repair other input; for
such fields the two entries must agree on every output, ``prev`` included.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.model import ParsedReference
from citekit.normalize import normalize_fields, normalize_pairs
from citekit.parser import FIELD_VARIABLES


def outputs(parsed: ParsedReference) -> tuple[Any, ...]:
    return (
        list(parsed.item.items()), parsed.kind, parsed.locator, parsed.label, parsed.prefix, parsed.suffix,
        parsed.fields, [(d.code, d.message, d.severity, d.raw) for d in parsed.diagnostics],
    )


_PREVIOUS = {"type": "book", "author": [{"family": "Hagenloh", "given": "Paul"}], "title": "Stalin’s Police"}


@pytest.mark.parametrize(
    "fields",
    [
        [("author", "Paul Hagenloh,"), ("title", "Stalin’s Police,"), ("location", "Baltimore, MD,"),
         ("date", "2009,"), ("locator", "p. 3.")],
        [("signal", "See"), ("author", "———,"), ("title", "‘The Polish Terror’,"),
         ("container-title", "Journal of Modern History"), ("volume", "12"), ("pages", "751–66.")],
        [("backref", "Ibid.,"), ("locator", "p. 12.")],
        [("author", "Smith, J."), ("other", "(ed.),"), ("title", "Essays"), ("punct", ".")],
        [("locator", "GARF, f. 5446, op. 1, d. 23, l. 4.")],
        [],
    ],
)
@pytest.mark.parametrize("prev", [None, _PREVIOUS])
def test_examples(fields: list[tuple[str, str]], prev: dict[str, Any] | None) -> None:
    assert outputs(normalize_pairs(list(fields), prev=prev)) == outputs(normalize_fields(list(fields), prev=prev))


_LABELS = sorted({*FIELD_VARIABLES, "other", "punct"})
_PIECES = [*"aZé .,;:()[]-–—/1729«»“”‘’", "Smith", "pp.", "ed.", "Ibid.", "vol.", "et al.", "f.", "op."]
_TEXT = st.lists(st.sampled_from(_PIECES), max_size=12).map("".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_LABELS), _TEXT), max_size=8), st.booleans())
def test_same_outputs_on_any_bare_fields(fields: list[tuple[str, str]], with_prev: bool) -> None:
    prev = _PREVIOUS if with_prev else None
    assert outputs(normalize_pairs(list(fields), prev=prev)) == outputs(normalize_fields(list(fields), prev=prev))
