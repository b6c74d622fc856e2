"""The training entry point: a tiny model trains, tags, and is byte-for-byte reproducible."""

from __future__ import annotations

from pathlib import Path

import pycrfsuite

from citekit.parser.features import FeatureExtractor
from citekit.parser.tagger import ATTRIBUTES_NAME, read_attributes
from citekit.train import train
from citekit.training.corpus import segments_to_sequence

SEGMENTS = [
    [("author", "Paul Hagenloh,"), ("punct", " "), ("title", "Stalin’s Police,"), ("punct", " "),
     ("location", "Baltimore,"), ("punct", " "), ("date", "2009,"), ("punct", " "),
     ("locator", "p. 3.")],
    [("backref", "Ibid.,"), ("punct", " "), ("locator", "p. 12.")],
    [("author", "Adam Ulam,"), ("punct", " "), ("title", "Stalin,"), ("punct", " "),
     ("location", "New York,"), ("punct", " "), ("date", "1974.")],
]


def test_tiny_training_is_reproducible(tmp_path: Path) -> None:
    sequences = [segments_to_sequence(f"t{n}", "test", s) for n, s in enumerate(SEGMENTS * 5)]
    first, second = tmp_path / "a.crfsuite", tmp_path / "b.crfsuite"
    for path in (first, second):
        train(sequences, path, max_iterations=20, c1=0.0, c2=0.01, min_freq=1)
    assert first.read_bytes() == second.read_bytes()
    tagger = pycrfsuite.Tagger()
    tagger.open(str(first))
    seq = sequences[1]
    assert tagger.tag(FeatureExtractor().sequence(seq.tokens)) == seq.tags


def test_attribute_filter_keeps_the_tags(tmp_path: Path) -> None:
    sequences = [segments_to_sequence(f"t{n}", "test", s) for n, s in enumerate(SEGMENTS * 5)]
    model = tmp_path / "m.crfsuite"
    train(sequences, model, max_iterations=20, c1=0.5, c2=0.01, min_freq=1)
    known = read_attributes(tmp_path / ATTRIBUTES_NAME)
    assert known
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    plain, filtered = FeatureExtractor(), FeatureExtractor(known=known)
    for seq in sequences[:3]:
        assert sum(map(len, filtered.sequence(seq.tokens))) < sum(map(len, plain.sequence(seq.tokens)))
        assert tagger.tag(filtered.sequence(seq.tokens)) == tagger.tag(plain.sequence(seq.tokens))
