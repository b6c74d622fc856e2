"""``chunk_part_ids`` (numpy, many references at once) names the parts ``part_ids_of`` names."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.parser import clean_text, features
from citekit.parser.decoder import BatchDecoder
from citekit.parser.features import CONTEXT_PARTS, FeatureExtractor
from citekit.parser.tagger import get_tagger, model_path
from citekit.parser.tokenize import tokenize
from citekit.parser.weights import read_weights

#: Written for this test: quotes of every kind (nested, unclosed, straight), brackets
#: (unbalanced too), "in" words, years, commas and periods far apart and near, list words.
REFERENCES = [
    "Quibs, « Plinth et Grubo », Vortal 12 (1901), p. 3-4; in: Kl, 1902.",
    'A. Bxy, "Title "inner" more" and "open, 1903',
    "(((a) b)) c) d] [e (f ]",
    "“Unclosed ‘single’ quote, Quibs 7, 1999",
    "x ” y » z ’ w ‘ v ‚ u „ t ` s « r “ q",
    "In Dans en in: In: dans, 1888. 1889; 1890.",
    ", , , , , , , , , , , , , , a , b",
    ". . . . . a . b ; c ! d ? e",
    "Plinth, Grubo, 1901, 12–14, 12, https://x.org/a, 10.1000/x, 978-0-19-852663-6",
    "one",
    "",
    "1901",
    "Smith J, Title of a very long segment that goes on and on and on, Vortal, 2001",
]
WORDS: dict[str, frozenset[str]] = {name: frozenset() for name in features.DICTIONARIES} | {
    "journals": frozenset({"quibs", "vortal"}),
    "places": frozenset({"plinth", "kl", "quibs"}),
    "publishers": frozenset({"grubo"}),
}
#: tokens that change the context parts, and a few plain ones
TOKENS = [
    "(", ")", "[", "]", "«", "»", "“", "”", "„", "‘", "’", "‚", "`", '"', "'", ".", ";", ",", ":", "?", "!",
    "in", "In", "in:", "Dans", "en", "1901", "1901–1902", "12", "12–14", "12ff.", "Quibs", "vortal.",
    "Plinth,", "grubo", "Word", "word", "-", "/", "§", "$", "^", "http://a.b",
]


@pytest.fixture
def extractor(monkeypatch: pytest.MonkeyPatch) -> FeatureExtractor:
    monkeypatch.setattr(features, "dictionaries", lambda: WORDS)
    return FeatureExtractor()


def _parts_of_chunk(extractor: FeatureExtractor, references: list[list[str]]) -> list[list[tuple[str, ...]]]:
    """Each token's context parts (as feature tuples) by ``chunk_part_ids``."""
    texts = [text for reference in references for text in reference]
    facts = np.array(
        [extractor.string_facts(text, extractor._describe(text)[3]) for text in texts], dtype=np.intp
    )
    table = extractor.part_table()
    ids = extractor.chunk_part_ids(facts, [len(reference) for reference in references], table)
    assert ids.shape == (len(texts), CONTEXT_PARTS)
    return [[table.parts[part] for part in row] for row in ids.tolist()]


def _parts_one_by_one(extractor: FeatureExtractor, references: list[list[str]]) -> list[list[tuple[str, ...]]]:
    """The same by ``part_ids_of``, one reference at a time."""
    table = extractor.part_table()
    out: list[list[tuple[str, ...]]] = []
    for reference in references:
        ids = extractor.part_ids_of(reference, [extractor._describe(text)[3] for text in reference], table)
        out.extend([table.parts[part] for part in ids[at : at + CONTEXT_PARTS]] for at in range(0, len(ids), 5))
    return out


def test_written_references(extractor: FeatureExtractor) -> None:
    references = [[t.text for t in tokenize(clean_text(text))] for text in REFERENCES]
    assert _parts_of_chunk(extractor, references) == _parts_one_by_one(extractor, references)
    # again, with every part known, and in the other order on a fresh extractor
    assert _parts_of_chunk(extractor, references) == _parts_one_by_one(extractor, references)
    fresh = FeatureExtractor()
    assert _parts_one_by_one(fresh, references) == _parts_of_chunk(fresh, references)


def test_no_part_is_added_twice(extractor: FeatureExtractor) -> None:
    references = [[t.text for t in tokenize(clean_text(text))] for text in REFERENCES]
    _parts_one_by_one(extractor, references)
    size = len(extractor.part_table().parts)
    _parts_of_chunk(extractor, references)
    assert len(extractor.part_table().parts) == size


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.sampled_from(TOKENS), max_size=30), min_size=1, max_size=8))
def test_any_tokens(references: list[list[str]]) -> None:
    extractor = FeatureExtractor()
    assert _parts_of_chunk(extractor, references) == _parts_one_by_one(extractor, references)


@pytest.mark.parametrize("text", ["quibs", "Quibs.", "vortal:", "Plinth,", "kl", "grubo.,", "word", ".", ""])
def test_string_facts_hold_the_list_mask(extractor: FeatureExtractor, text: str) -> None:
    bits = extractor.string_facts(text, "l")
    assert bits >> features._FACT_LISTS_SHIFT & 7 == extractor._lists_mask(text)


def test_too_many_classes_fall_back_to_one_reference_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(features, "_MAX_CLASSES", 3)
    weights = read_weights(model_path())
    decoder = BatchDecoder(weights, FeatureExtractor(known=frozenset(weights.attributes)))
    sequences = [tokenize(clean_text(text)) for text in REFERENCES]
    tagger = get_tagger()
    assert decoder.tag_many(sequences) == [tagger.tag(tokens) for tokens in sequences]


def test_references_without_tokens(extractor: FeatureExtractor) -> None:
    assert _parts_of_chunk(extractor, [[], []]) == []
    assert _parts_of_chunk(extractor, [[], ["x"], []]) == _parts_one_by_one(extractor, [["x"]])
