"""The CRF sequence tagger: tokens in, one tag per token out (a label, ``B-label`` or ``O``).

The model (``model.crfsuite``, trained by ``python -m citekit.train``) ships
inside the package and is opened once, lazily, on the first call: importing
citekit stays cheap and a process that parses thousands of references pays
for the model only once.  Marginal probabilities are computed only when a
caller asks for confidences, because they cost about as much as tagging.

Many references at once (:meth:`Tagger.tag_many`) go through
:mod:`citekit.parser.decoder`, a batched numpy Viterbi that reads the same
model file's weights and gives the same tags as CRFsuite at a fraction of the
cost per reference; when it cannot run (numpy missing, a model format it does
not know) ``tag_many`` falls back to CRFsuite one reference at a time.
"""

from __future__ import annotations

import gzip
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from citekit.parser.features import FeatureExtractor
from citekit.parser.tokenize import Token

if TYPE_CHECKING:
    from citekit.parser.decoder import BatchDecoder

MODEL_NAME = "model.crfsuite"
#: The attributes the model has weights for (gzip, one a line), written by training.
ATTRIBUTES_NAME = "model-attributes.txt.gz"

_lock = threading.Lock()
_tagger: Tagger | None = None


class ModelMissingError(RuntimeError):
    """The shipped model file is absent (a broken install, or not trained yet)."""


class Tagger:
    """A loaded CRF model plus the feature extractor it was trained with."""

    def __init__(self, model_path: Path) -> None:
        import pycrfsuite

        self.model_path = model_path
        #: what the file was when CRFsuite read it: the decoder must read the same weights
        self._model_stamp = _stamp(model_path)
        self._crf: Any = pycrfsuite.Tagger()
        self._crf.open(str(model_path))
        self.features = FeatureExtractor(known=read_attributes(model_path.parent / ATTRIBUTES_NAME))
        self.labels: list[str] = list(self._crf.labels())
        self._decoder: BatchDecoder | None = None
        #: why the batched decoder is not used (``None``: not tried yet, ``""``: it is used)
        self.decoder_problem: str | None = None
        self._decoder_lock = threading.Lock()

    def tag(self, tokens: list[Token]) -> list[str]:
        """The most likely tag of every token (Viterbi)."""
        if not tokens:
            return []
        tags: list[str] = self._crf.tag(self.features.sequence(tokens))
        return tags

    def tag_many(self, sequences: list[list[Token]]) -> list[list[str]]:
        """``[self.tag(tokens) for tokens in sequences]``, batched: the same tags, faster."""
        decoder = self.batch_decoder()
        if decoder is None:
            return [self.tag(tokens) for tokens in sequences]
        return decoder.tag_many(sequences)

    def batch_decoder(self) -> BatchDecoder | None:
        """The batched decoder, built on first use; ``None`` (see ``decoder_problem``) if it cannot run."""
        if self.decoder_problem is None:
            with self._decoder_lock:
                if self.decoder_problem is None:
                    self._decoder, self.decoder_problem = self._load_decoder()
        return self._decoder

    def _load_decoder(self) -> tuple[BatchDecoder | None, str]:
        try:
            import numpy  # noqa: F401  (the batched decoder's one extra dependency)
        except ImportError as exc:
            return None, f"the batched decoder needs numpy: {exc}"
        from citekit.parser.decoder import BatchDecoder
        from citekit.parser.weights import UnsupportedModelError, read_weights

        try:
            weights = read_weights(self.model_path)
            stamp = _stamp(self.model_path)
        except (OSError, UnsupportedModelError) as exc:
            return None, str(exc)
        if stamp != self._model_stamp:  # retrained since CRFsuite opened it: stale
            return None, f"{self.model_path} changed since it was loaded; restart to use it"
        if weights.labels != self.labels:
            return None, f"{self.model_path}: labels read differ from CRFsuite's"
        return BatchDecoder(weights, self.features), ""

    def tag_with_marginals(self, tokens: list[Token]) -> tuple[list[str], list[float]]:
        """Tags plus, for each token, the marginal probability of its tag."""
        if not tokens:
            return [], []
        crf = self._crf
        crf.set(self.features.sequence(tokens))
        tags: list[str] = crf.tag()
        marginals = [crf.marginal(tag, i) for i, tag in enumerate(tags)]
        return tags, marginals


def _stamp(path: Path) -> tuple[int, int, int]:
    """Size, modification time and inode of a file: changes when it is rewritten or replaced."""
    info = path.stat()
    return info.st_size, info.st_mtime_ns, info.st_ino


def read_attributes(path: Path) -> frozenset[str] | None:
    """The model's attribute list, or ``None`` (no filtering) when the file is absent."""
    try:
        data = gzip.decompress(path.read_bytes())
    except (OSError, EOFError):
        return None
    return frozenset(data.decode("utf-8").split("\n"))


def write_attributes(model: Path, path: Path) -> int:
    """Write the attributes that carry a weight in ``model``; return how many."""
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    attributes = sorted({attribute for attribute, _ in tagger.info().state_features})
    path.write_bytes(gzip.compress("\n".join(attributes).encode("utf-8"), mtime=0))
    return len(attributes)


def model_path() -> Path:
    """Where the shipped model lives inside the installed package."""
    return Path(__file__).resolve().parent / MODEL_NAME


def get_tagger() -> Tagger:
    """The process-wide tagger, loaded on first use."""
    global _tagger
    if _tagger is None:
        with _lock:
            if _tagger is None:
                path = model_path()
                if not path.is_file():
                    raise ModelMissingError(
                        f"the parser model {path} is missing; run 'python -m citekit.train'"
                    )
                _tagger = Tagger(path)
    return _tagger


def batch_decoder_loaded() -> bool:
    """Whether the process-wide tagger has its batched decoder loaded and working."""
    tagger = _tagger
    return tagger is not None and tagger.decoder_problem == ""


def spans_of(tags: list[str]) -> list[tuple[str, int, int]]:
    """``(label, first token, last token)`` of every span of a tag sequence.

    A span is a run of one label; ``O`` ends it and a ``B-`` tag starts a new one.
    """
    spans: list[tuple[str, int, int]] = []
    current = ""
    first = 0
    for i, tag in enumerate(tags):
        if tag == current:
            continue  # the span goes on (``current`` is a bare label, never a ``B-`` tag)
        begins = tag.startswith("B-")
        name = tag[2:] if begins else tag
        if current and (name != current or begins):
            spans.append((current, first, i - 1))
            current = ""
        if name != "O" and not current:
            current, first = name, i
    if current:
        spans.append((current, first, len(tags) - 1))
    return spans
