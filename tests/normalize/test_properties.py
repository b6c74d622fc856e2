"""Invariants over arbitrary input (hypothesis): never raises, keys, idempotence."""

from __future__ import annotations

import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citekit.model import ALL_VARIABLES
from citekit.normalize import CHAIN, normalize_fields
from citekit.normalize.base import OCCURRENCE_KEYS, Context, ItemState

#: ``collection-title`` is a CSL 1.0.2 variable that model.ALL_VARIABLES misses (reported)
CSL_KEYS = ALL_VARIABLES | {"type", "custom", "collection-title"}
LABELS = (
    "author", "editor", "translator", "title", "container-title", "collection-title", "date", "volume",
    "issue", "pages", "locator", "publisher", "location", "edition", "genre", "note", "url", "doi", "isbn",
    "signal", "backref", "citation-number", "punct", "other",
)
#: text that looks like citations: the characters and words the normalizers react to
PIECES = st.sampled_from(
    ["See", "ed.", "eds.", "Hrsg.", "a cura di", "trans.", "et al.", "u. a.", "———", "Ibid.", "Id.",
     "op. cit.", "supra", "n.", "p.", "pp.", "S.", "fol.", "f.", "op.", "d.", "l.", "b.", "c.", "vol.",
     "no.", "Bd.", "H.", "(", ")", "[", "]", "‘", "’", "“", "”", "«", "»", "„", ",", ";", ":", ".", "–",
     "—", "-", "&", "and", "und", "1926", "1937–38", "751–66", "56", "2", "XIV", "6ff.", "12v", "´",
     "Paul", "Hagenloh", "de la", "van", "von", "d’", "Jr.", "J.", "A.V.", "SM", "London", "Penguin",
     "http://x.org/a", "doi:10.1000/x", "ISBN 0-19-928035-X", "4 June 1992", "c.", "n.d.", "Spring",
     "In:", "in", "Proceedings", "Times", "thesis", " ", "  ", "\\x00", "\\u2028"]
)
TEXT = st.one_of(
    st.text(max_size=40),
    st.lists(PIECES, max_size=8).map(" ".join),
)
FIELDS = st.lists(st.tuples(st.sampled_from(LABELS), TEXT), max_size=10)
PREV = st.one_of(st.none(), st.just({"author": [{"family": "Hagenloh", "given": "Paul"}]}), st.just({}))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(FIELDS, PREV)
def test_never_raises_and_reports_no_crash(fields: list[tuple[str, str]], prev: Any) -> None:
    parsed = normalize_fields(fields, prev=prev)
    assert parsed.item["type"]
    assert "id" not in parsed.item
    # a P1xx diagnostic means a normalizer crashed: that is a bug to fix, not data
    assert not [d for d in parsed.diagnostics if d.code.startswith("P1")], parsed.diagnostics
    assert set(parsed.item) <= CSL_KEYS
    assert parsed.fields == fields


def changed_keys(before: dict[str, Any], after: dict[str, Any]) -> set[str]:
    return {k for k in before.keys() | after.keys() if before.get(k) != after.get(k)}


@settings(max_examples=300, deadline=None)
@given(FIELDS)
def test_each_step_writes_only_its_declared_keys(fields: list[tuple[str, str]]) -> None:
    state = ItemState.from_fields(fields)
    ctx = Context(prev={"author": [{"family": "X"}]})
    for step in CHAIN:
        before = dict(state.item)
        occ_before = (state.kind, state.locator, state.label, state.prefix, state.suffix)
        step(state, ctx)
        occ_after = (state.kind, state.locator, state.label, state.prefix, state.suffix)
        touched = changed_keys(before, state.item)
        names = ("kind", "locator", "label", "prefix", "suffix")
        touched |= {n for n, a, b in zip(names, occ_before, occ_after, strict=True) if a != b}
        assert touched <= set(step.keys), (step.name, touched - set(step.keys))
        assert set(step.keys) <= CSL_KEYS | OCCURRENCE_KEYS


@settings(max_examples=300, deadline=None)
@given(FIELDS)
def test_steps_are_idempotent(fields: list[tuple[str, str]]) -> None:
    """Running a step a second time, right after it ran, changes nothing."""
    state = ItemState.from_fields(fields)
    ctx = Context()
    for step in CHAIN:
        step(state, ctx)
        item = dict(state.item)
        occurrence = (state.kind, state.locator, state.label, state.prefix, state.suffix)
        step(state, ctx)
        assert state.item == item, step.name
        assert (state.kind, state.locator, state.label, state.prefix, state.suffix) == occurrence, step.name


LONG_TEXTS = [
    "a. " * 3400,
    "1-" * 5000,
    "(" * 5000 + ")" * 5000,
    "Smith, J., " * 900,
    "‘" * 10000,
    " ," * 5000,
    "ed. " * 2500,
    "12 " * 3400,
    "x" * 10000,
    "\x00\x07" * 5000,
]


@pytest.mark.parametrize("text", LONG_TEXTS, ids=range(len(LONG_TEXTS)))
def test_long_spans_stay_fast(text: str) -> None:
    """10 kB spans: no expression may backtrack itself into minutes."""
    start = time.perf_counter()
    parsed = normalize_fields([(label, text) for label in LABELS])
    assert time.perf_counter() - start < 2.0
    assert not [d for d in parsed.diagnostics if d.code.startswith("P1")]
