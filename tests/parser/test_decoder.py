"""The batched numpy decoder gives CRFsuite's tags, whatever the batch, model or features."""

from __future__ import annotations

from pathlib import Path

import pycrfsuite
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.parser import clean_text, parse_reference, parse_references
from citekit.parser.decoder import BatchDecoder
from citekit.parser.features import Described, FeatureExtractor
from citekit.parser.tagger import Tagger, get_tagger, model_path
from citekit.parser.tokenize import Token, tokenize
from citekit.parser.weights import UnsupportedModelError, read_weights

#: Written for this test: books, articles, chapters, notes, back-references,
#: archives, several languages and punctuation conventions, from one word to a paragraph.
REFERENCES = [
    "See Paul Hagenloh, Stalin’s Police, Baltimore, MD, 2009, p. 3.",
    "Ibid., pp. 12–14.",
    "Id. at 45.",
    "Adam Ulam, Stalin: The Man and His Era (New York: Viking, 1973), 112ff.",
    "M. Bloch, « Pour une histoire comparée des sociétés européennes », Revue de synthèse "
    "historique, 46 (1928), p. 15-50.",
    "Vgl. Reinhart Koselleck, Vergangene Zukunft, Frankfurt a. M. 1979, S. 38 f.",
    "C. Ginzburg, Il formaggio e i vermi, Torino, Einaudi, 1976, pp. 5-9",
    "Smith, J. and Jones, K. (2011). “A Title in Quotes,” Journal of Things 12(3): 45–67. "
    "doi:10.1000/xyz123",
    "Archivio di Stato di Venezia, Senato, Deliberazioni, reg. 14, c. 23v.",
    "Hagenloh, op. cit., p. 7.",
    "Koselleck",
    "1979",
    "Smith, supra note 4, at 12.",
    "https://example.org/a/b?c=d",
    "E. P. Thompson, The Making of the English Working Class, 2nd edn (London: Gollancz, 1968), "
    "pp. 9–13; cf. id., Customs in Common (London: Merlin, 1991), ch. 4, esp. pp. 185–258.",
    "[3] A. Author, B. Author, “On things,” in Proc. of the Conf. on Stuff, ed. C. Editor "
    "(Berlin: Springer, 2004), vol. 2, pp. 1-10, ISBN 978-3-16-148410-0.",
]


def crf_tags(tagger: Tagger, sequences: list[list[Token]]) -> list[list[str]]:
    return [tagger.tag(tokens) for tokens in sequences]


@pytest.fixture(scope="module")
def tagger() -> Tagger:
    tagger = get_tagger()
    assert tagger.batch_decoder() is not None, tagger.decoder_problem
    return tagger


def test_weights_are_crfsuites_own(tagger: Tagger) -> None:
    weights = read_weights(model_path())
    assert weights.labels == tagger.labels
    info = tagger._crf.info()  # rounded to 6 decimals by CRFsuite's text dump
    label = {name: n for n, name in enumerate(weights.labels)}
    for (attribute, name), value in list(info.state_features.items())[:2000]:
        assert weights.state[weights.attributes[attribute], label[name]] == pytest.approx(value, abs=1e-6)
    for (source, target), value in info.transitions.items():
        assert weights.transitions[label[source], label[target]] == pytest.approx(value, abs=1e-6)
    assert (weights.state != 0).sum() == len(info.state_features)


def test_same_tags_as_crfsuite_on_written_references(tagger: Tagger) -> None:
    sequences = [tokenize(clean_text(text)) for text in REFERENCES]
    assert tagger.tag_many(sequences) == crf_tags(tagger, sequences)


def test_batches_of_any_composition_give_the_same_tags(tagger: Tagger) -> None:
    sequences = [tokenize(clean_text(text)) for text in REFERENCES]
    expected = crf_tags(tagger, sequences)
    mixed = [sequences[3], [], sequences[0], sequences[10], [], sequences[14], sequences[3]]
    want = [expected[3], [], expected[0], expected[10], [], expected[14], expected[3]]
    assert tagger.tag_many(mixed) == want
    for sequence, tags in zip(sequences, expected, strict=True):  # one at a time
        assert tagger.tag_many([sequence]) == [tags]
    long_one = tokenize(" ".join(REFERENCES))  # far longer than the rest of its batch
    assert tagger.tag_many([sequences[11], long_one]) == [expected[11], tagger.tag(long_one)]


def test_a_new_string_repeated_in_one_reference(tagger: Tagger) -> None:
    weights = read_weights(model_path())
    fresh = BatchDecoder(weights, FeatureExtractor(known=frozenset(weights.attributes)))
    sequences = [tokenize("Qwzx, Qwzx (Qwzx), 1901, pp. 3–4; Qwzx, Vbnm, Vbnm 1902, Vbnm.")]
    assert fresh.tag_many(sequences) == crf_tags(tagger, sequences)


def test_empty_input(tagger: Tagger) -> None:
    assert tagger.tag_many([]) == []
    assert tagger.tag_many([[], []]) == [[], []]


def test_chunks_and_cache_resets_keep_the_tags(tagger: Tagger, monkeypatch: pytest.MonkeyPatch) -> None:
    from citekit.parser import decoder

    monkeypatch.setattr(decoder, "_CHUNK_TOKENS", 20)
    monkeypatch.setattr(decoder, "_CACHE_LIMIT", 30)  # the score table grows, then is reset
    monkeypatch.setattr(decoder, "_BROADCAST_BELOW", 2)  # the loop form of a Viterbi step too
    weights = read_weights(model_path())
    small = BatchDecoder(weights, FeatureExtractor(known=frozenset(weights.attributes)))
    sequences = [tokenize(clean_text(text)) for text in REFERENCES] * 2
    assert small.tag_many(sequences) == crf_tags(tagger, sequences)


def test_new_part_tables_keep_the_tags(tagger: Tagger, monkeypatch: pytest.MonkeyPatch) -> None:
    """The extractor replaces a full table of context parts; the decoder maps the new one."""
    from citekit.parser import decoder, features

    monkeypatch.setattr(decoder, "_CHUNK_TOKENS", 30)
    monkeypatch.setattr(features, "_PART_LIMIT", 400)  # just above the fixed parts
    weights = read_weights(model_path())
    extractor = FeatureExtractor(known=frozenset(weights.attributes))
    small = BatchDecoder(weights, extractor)
    sequences = [tokenize(clean_text(text)) for text in REFERENCES] * 2
    first = extractor.part_table()
    assert small.tag_many(sequences) == crf_tags(tagger, sequences)
    assert extractor.part_table() is not first
    # the CRFsuite path in between (it may replace the table too), then the decoder again
    assert [tagger.tag(tokens) for tokens in sequences] == small.tag_many(sequences)


@settings(max_examples=40, deadline=None)
@given(st.lists(st.text(max_size=80), min_size=1, max_size=6))
def test_same_tags_as_crfsuite_on_any_text(texts: list[str]) -> None:
    tagger = get_tagger()
    sequences = [tokenize(clean_text(text)) for text in texts]
    assert tagger.tag_many(sequences) == crf_tags(tagger, sequences)


def test_batched_parse_equals_one_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    import citekit.parser as parser

    monkeypatch.setattr(parser, "_BATCH_MIN", 2)
    monkeypatch.setattr(parser, "_BATCH", 5)  # several batches
    texts = [*REFERENCES, "", "   ", "\x00"]
    for chain in (True, False):
        batched = parse_references(texts, chain=chain)
        prev = None
        for text, got in zip(texts, batched, strict=True):
            want = parse_reference(text, prev=prev)
            assert (got.item, got.fields, got.diagnostics) == (want.item, want.fields, want.diagnostics)
            if chain and want.fields:
                prev = want.item


def test_batched_parse_reports_a_broken_tagger_per_reference(monkeypatch: pytest.MonkeyPatch) -> None:
    from citekit.parser import tagger

    def broken() -> Tagger:
        raise tagger.ModelMissingError("no model here")

    monkeypatch.setattr(tagger, "get_tagger", broken)
    results = parse_references(["Smith, Title, 1999.", "", "Ibid., p. 3."])
    assert [[d.code for d in r.diagnostics] for r in results] == [["P003"], ["P001"], ["P003"]]


def test_small_inputs_skip_the_decoder_until_it_is_loaded(monkeypatch: pytest.MonkeyPatch) -> None:
    import citekit.parser as parser
    from citekit.parser import tagger

    batches: list[int] = []
    tag_all = parser._tag_all

    def spy(texts: list[str]) -> object:
        batches.append(len(texts))
        return tag_all(texts)

    monkeypatch.setattr(parser, "_tag_all", spy)
    monkeypatch.setattr(tagger, "batch_decoder_loaded", lambda: False)
    parse_references(REFERENCES[:3])
    assert batches == []  # a fresh process would not load numpy for three references
    monkeypatch.setattr(parser, "_BATCH_MIN", 3)
    parse_references(REFERENCES[:3])
    assert batches == [3]
    monkeypatch.setattr(tagger, "batch_decoder_loaded", lambda: True)
    parse_references(REFERENCES[:2])
    assert batches == [3, 2]
    parse_references(REFERENCES[:3], confidences=True)  # marginals come from CRFsuite
    assert batches == [3, 2]


class WithExtraContext(FeatureExtractor):
    """Stands for a retrained model with one more context feature and a static one."""

    def _describe(self, text: str) -> Described:
        static, *rest = super()._describe(text)
        extra = (*static, "len=" + str(min(len(text), 5)))
        return (extra, *rest)  # type: ignore[return-value]

    def contexts(self, tokens: list[Token], described: list[Described]) -> list[list[str]]:
        out = super().contexts(tokens, described)
        for i, context in enumerate(out):
            context.append("parity=" + str(i % 2))
        return out


def test_any_model_and_feature_set(tmp_path: Path) -> None:
    """A model trained here with other features and labels: still CRFsuite's tags."""
    extractor = WithExtraContext()
    trainer = pycrfsuite.Trainer(verbose=False)
    labels = ["a", "b", "c", "O"]
    sequences = [tokenize(clean_text(text)) for text in REFERENCES]
    for n, tokens in enumerate(sequences):
        trainer.append(extractor.sequence(tokens), [labels[(n + i) % 4] for i in range(len(tokens))])
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 30, "feature.possible_transitions": True})
    path = tmp_path / "m.crfsuite"
    trainer.train(str(path))
    crf = pycrfsuite.Tagger()
    crf.open(str(path))
    weights = read_weights(path)
    assert weights.labels == list(crf.labels())
    assert any(name.startswith("parity=") for name in weights.attributes)
    decoder = BatchDecoder(weights, extractor)
    assert decoder.tag_many(sequences) == [crf.tag(extractor.sequence(tokens)) for tokens in sequences]


def test_unreadable_model_is_refused(tmp_path: Path) -> None:
    data = model_path().read_bytes()
    labels_at = int.from_bytes(data[32:36], "little")  # the header's offset of the label strings
    for name, damaged in {
        "short": data[:20],
        "magic": b"xCRF" + data[4:],
        "truncated": data[: len(data) // 2],
        "strings": data[:labels_at] + b"XXXX" + data[labels_at + 4 :],
    }.items():
        path = tmp_path / name
        path.write_bytes(damaged)
        with pytest.raises(UnsupportedModelError):
            read_weights(path)


def test_falls_back_to_crfsuite_when_the_weights_cannot_be_read(monkeypatch: pytest.MonkeyPatch) -> None:
    from citekit.parser import weights

    def refuse(path: Path) -> None:
        raise UnsupportedModelError(f"{path}: a format from the future")

    monkeypatch.setattr(weights, "read_weights", refuse)
    tagger = Tagger(model_path())
    sequences = [tokenize(clean_text(text)) for text in REFERENCES[:4]]
    assert tagger.tag_many(sequences) == crf_tags(tagger, sequences)
    assert tagger.batch_decoder() is None
    assert tagger.decoder_problem is not None and "future" in tagger.decoder_problem


def test_falls_back_to_crfsuite_without_numpy(monkeypatch: pytest.MonkeyPatch) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "numpy", None)  # makes ``import numpy`` fail
    tagger = Tagger(model_path())
    sequences = [tokenize(clean_text(text)) for text in REFERENCES[:3]]
    assert tagger.tag_many(sequences) == crf_tags(tagger, sequences)
    assert tagger.decoder_problem is not None and "numpy" in tagger.decoder_problem


def test_a_model_replaced_after_loading_is_not_decoded(tmp_path: Path) -> None:
    """CRFsuite keeps the weights it read; the decoder must not read newer ones."""
    path = tmp_path / "model.crfsuite"
    path.write_bytes(model_path().read_bytes())
    tagger = Tagger(path)
    replacement = tmp_path / "new.crfsuite"
    replacement.write_bytes(model_path().read_bytes())
    replacement.replace(path)  # what a retraining does
    sequences = [tokenize(clean_text(text)) for text in REFERENCES[:3]]
    assert tagger.tag_many(sequences) == crf_tags(tagger, sequences)
    assert tagger.batch_decoder() is None
    assert tagger.decoder_problem is not None and "changed" in tagger.decoder_problem
    assert Tagger(path).batch_decoder() is not None  # a fresh load reads the new file


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab .,\t\n\x00\x7f\x85\u2028\ufeff\u200bé’"), max_size=30))
def test_clean_text_fast_path_equals_the_regular_expressions(text: str) -> None:
    """Printable ASCII without double spaces skips the regular expressions: same result."""
    from citekit.parser import _CONTROL, _SPACE, _SURROGATE

    slow = _SPACE.sub(" ", _CONTROL.sub(" ", _SURROGATE.sub("\ufffd", text))).strip()
    assert clean_text(text) == slow
