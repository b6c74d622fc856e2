"""Context features: the same lists as before the part-table rewrite, however they are assembled."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.parser import features
from citekit.parser.features import CONTEXT_PARTS, GROUPS, FeatureExtractor
from citekit.parser.tokenize import tokenize

#: Written for this test (made-up words, so that only the word lists below
#: decide the list features); expected contexts produced by the
#: implementation that preceded ``context_part_ids``.
GOLDEN = json.loads((Path(__file__).with_suffix(".json")).read_text(encoding="utf-8"))
WORDS = {name: frozenset() for name in features.DICTIONARIES} | {
    "journals": frozenset({"quibs", "vortal"}),
    "places": frozenset({"plinth", "kl"}),
    "publishers": frozenset({"grubo"}),
    "months": frozenset({"xiv"}),
}


@pytest.fixture
def extractor(monkeypatch: pytest.MonkeyPatch) -> FeatureExtractor:
    monkeypatch.setattr(features, "dictionaries", lambda: WORDS)
    return FeatureExtractor()


@pytest.mark.parametrize("case", GOLDEN, ids=[case["text"][:20] for case in GOLDEN])
def test_contexts_equal_the_golden_lists(extractor: FeatureExtractor, case: dict[str, object]) -> None:
    tokens = tokenize(str(case["text"]))
    assert [t.text for t in tokens] == case["tokens"]
    described = [extractor._describe(t.text) for t in tokens]
    assert extractor.contexts(tokens, described) == case["contexts"]


def test_part_ids_name_the_parts_of_the_contexts(extractor: FeatureExtractor) -> None:
    tokens = tokenize(str(GOLDEN[0]["text"]))
    described = [extractor._describe(t.text) for t in tokens]
    table = extractor.part_table()
    ids = extractor.context_part_ids(tokens, described, table)
    assert len(ids) == CONTEXT_PARTS * len(tokens)
    joined = [
        [feature for part in ids[at : at + CONTEXT_PARTS] for feature in table.parts[part]]
        for at in range(0, len(ids), CONTEXT_PARTS)
    ]
    assert joined == GOLDEN[0]["contexts"]
    # a part is built once: the same reference again adds nothing to the table
    size = len(table.parts)
    assert extractor.context_part_ids(tokens, described, table) == ids
    assert len(table.parts) == size


def test_a_full_part_table_is_replaced(extractor: FeatureExtractor, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "_PART_LIMIT", 400)  # just above the fixed parts
    first = extractor.part_table()
    for case in GOLDEN:
        tokens = tokenize(str(case["text"]))
        assert extractor.contexts(tokens, [extractor._describe(t.text) for t in tokens]) == case["contexts"]
    assert extractor.part_table() is not first


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="Aab1 9,.;:()[]«»“”\"'-–inI", max_size=60))
def test_sequence_is_the_groups_then_the_context(text: str) -> None:
    """``sequence`` assembles GROUPS as the decoder does: own list, neighbours' lists, context."""
    extractor = FeatureExtractor()
    tokens = tokenize(text)
    described = [extractor._describe(t.text) for t in tokens]
    expected = []
    for i, context in enumerate(extractor.contexts(tokens, described)):
        feats: list[str] = []
        for offset, group, outside in GROUPS:
            j = i + offset
            feats.extend(described[j][group] if 0 <= j < len(tokens) else outside)
        expected.append(feats + context)
    assert extractor.sequence(tokens) == expected


def test_threads_sharing_an_extractor_get_the_same_contexts(extractor: FeatureExtractor) -> None:
    """Parts added by several threads at once each keep their own id."""
    from concurrent.futures import ThreadPoolExecutor

    cases = GOLDEN * 40

    def contexts(case: dict[str, object]) -> list[list[str]]:
        tokens = tokenize(str(case["text"]))
        return extractor.contexts(tokens, [extractor._describe(t.text) for t in tokens])

    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(contexts, cases))
    assert got == [case["contexts"] for case in cases]
