"""The parser's shortcuts for speed give what the plain code gives.

``clean_text`` returns a printable text without a run of spaces as it is
(stripped), without its three expressions: every character they change is
unprintable.  These tests hold the shortcut to the expressions, on tricky rows
(every kind of unprintable character the expressions treat, and printable
non-ASCII text that takes the shortcut) and on arbitrary text.

``token_triples`` (what the batched parser tokenizes with: plain tuples, no
``Token`` made) gives ``tokenize``'s tokens, and ``parse_references`` the
results of ``parse_reference`` one by one.
"""

from __future__ import annotations

from pathlib import Path

import pycrfsuite
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.parser import (
    _CONTROL,
    _SPACE,
    _SURROGATE,
    clean_text,
    parse_reference,
    parse_references,
)
from citekit.parser.decoder import BatchDecoder
from citekit.parser.features import Described, FeatureExtractor
from citekit.parser.tokenize import Token, token_triples, tokenize
from citekit.parser.weights import read_weights


def clean_by_expressions(text: str) -> str:
    """``clean_text`` without the shortcut: the three expressions, then strip."""
    text = _SURROGATE.sub("\ufffd", text)
    return _SPACE.sub(" ", _CONTROL.sub(" ", text)).strip()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Paul Hagenloh, Stalin’s Police, 2009.", "Paul Hagenloh, Stalin’s Police, 2009."),
        ("  Müller, Recht der Schuldverhältnisse ", "Müller, Recht der Schuldverhältnisse"),
        ("natsional´noi politiki «Titre» „Zitat“", "natsional´noi politiki «Titre» „Zitat“"),
        ("Ⅻ ² ٣ e\u0301 İstanbul", "Ⅻ ² ٣ e\u0301 İstanbul"),  # printable: taken as it is
        ("a\u00a0b", "a b"),  # no-break space: white space, not printable
        ("a\u2009\u202fb", "a b"),  # thin and narrow no-break spaces
        ("a\u3000b\u1680c", "a b c"),
        ("a\u2028b\u2029c", "a b c"),  # line and paragraph separators
        ("a\u200bb\ufeffc", "a b c"),  # zero-width space, byte order mark
        ("a\x85b\x9fc\x7fd", "a b c d"),  # C1 controls and DEL
        ("é\tü\nß\r", "é ü ß"),
        ("é  ü", "é ü"),  # a run of spaces
        ("x\ud800y", "x\ufffdy"),  # a lone surrogate
        ("\u00ad soft hyphen", "\u00ad soft hyphen"),  # a format character neither expression names
        ("", ""),
        (" \u00a0 ", ""),
    ],
)
def test_rows(text: str, expected: str) -> None:
    assert clean_text(text) == expected
    assert clean_by_expressions(text) == expected


_TRICKY = st.lists(
    st.sampled_from([*"aé ß«»’´", "  ", "\u00a0", "\u2009", "\u2028", "\u200b", "\ufeff", "\x07", "\x85", "\t",
                     "\n", "\ud800", "\u00ad", "İ", "Ⅻ"]),
    max_size=20,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(max_size=40), _TRICKY))
def test_same_as_the_expressions(text: str) -> None:
    assert clean_text(text) == clean_by_expressions(text)


_TOKEN_ROWS = [
    "See Paul Hagenloh, Stalin’s Police, Baltimore, MD, 2009, p. 3.",
    "A.1 and A. 1, U.S.A. 44, e.g. pp. 751–66, 6ff., 12v, 2. Aufl., 3. série",
    "http://x.org/a. www.b.com, 10.1000/xyz. https://localhost, http. 10.5.",
    "  two  spaces\tand\u00a0no-break  ",
    "Gur´ ianov, natsional´noi ——— … ... « Titre » „Zitat“",
    "",
]


@pytest.mark.parametrize("text", _TOKEN_ROWS)
def test_token_triples_rows(text: str) -> None:
    triples = token_triples(text)
    assert triples == [tuple(token) for token in tokenize(text)]
    assert all(type(token) is Token for token in tokenize(text))


_TOKEN_PIECES = st.lists(
    st.sampled_from([*"aAhw1023.. ,;:-–—_'’´…/()éß²½٣ⅫIİ\u0301\t", "http://", "www.", "10.1000/", "pp.", "ff.", "  "]),
    max_size=30,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=40), _TOKEN_PIECES))
def test_token_triples_are_the_tokens(text: str) -> None:
    assert token_triples(text) == [tuple(token) for token in tokenize(text)]


def test_batched_parse_equals_one_at_a_time() -> None:
    """The batched path (plain tuples through the decoder) parses as ``parse_reference`` does."""
    from citekit.parser.tagger import batch_decoder_loaded, get_tagger

    get_tagger().batch_decoder()  # loaded: parse_references then batches any input of two or more
    assert batch_decoder_loaded()
    texts = [text for text in _TOKEN_ROWS if text.strip()] * 2
    batched = parse_references(texts, chain=False)
    single = [parse_reference(text) for text in texts]
    assert [(r.item, r.fields, r.locator, r.label, r.prefix, r.kind) for r in batched] == [
        (r.item, r.fields, r.locator, r.label, r.prefix, r.kind) for r in single
    ]


class _ContextByName(FeatureExtractor):
    """An extractor with its own ``contexts``, which reads tokens by name (``.text``)."""

    def contexts(self, tokens: list[Token], described: list[Described]) -> list[list[str]]:
        out = super().contexts(tokens, described)
        first = "first=" + tokens[0].text.lower()
        return [[*context, first] for context in out]


def test_plain_tuples_reach_an_extractor_that_reads_tokens_by_name(tmp_path: Path) -> None:
    """The decoder's whole-list path gives ``contexts`` Tokens even when it was given plain tuples."""
    extractor = _ContextByName()
    texts = [text for text in _TOKEN_ROWS if text.strip()]
    sequences = [tokenize(clean_text(text)) for text in texts]
    trainer = pycrfsuite.Trainer(verbose=False)
    labels = ["a", "b", "O"]
    for n, tokens in enumerate(sequences):
        trainer.append(extractor.sequence(tokens), [labels[(n + i) % 3] for i in range(len(tokens))])
    trainer.set_params({"c1": 0.01, "c2": 0.01, "max_iterations": 20, "feature.possible_transitions": True})
    path = tmp_path / "m.crfsuite"
    trainer.train(str(path))
    crf = pycrfsuite.Tagger()
    crf.open(str(path))
    decoder = BatchDecoder(read_weights(path), extractor)
    expected = [crf.tag(extractor.sequence(tokens)) for tokens in sequences]
    assert decoder.tag_many([token_triples(clean_text(text)) for text in texts]) == expected
    assert decoder.tag_many(sequences) == expected
