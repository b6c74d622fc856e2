"""The CRF sequence tagger: tokens in, one tag per token out (a label, ``B-label`` or ``O``).

The model (``model.crfsuite``, trained by ``python -m citekit.train``) ships
inside the package and is opened once, lazily, on the first call: importing
citekit stays cheap and a process that parses thousands of references pays
for the model only once.  Marginal probabilities are computed only when a
caller asks for confidences, because they cost about as much as tagging.
"""

from __future__ import annotations

import gzip
import threading
from pathlib import Path
from typing import Any

from citekit.parser.features import FeatureExtractor
from citekit.parser.tokenize import Token

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

        self._crf: Any = pycrfsuite.Tagger()
        self._crf.open(str(model_path))
        self.features = FeatureExtractor(known=read_attributes(model_path.parent / ATTRIBUTES_NAME))
        self.labels: list[str] = list(self._crf.labels())

    def tag(self, tokens: list[Token]) -> list[str]:
        """The most likely tag of every token (Viterbi)."""
        if not tokens:
            return []
        tags: list[str] = self._crf.tag(self.features.sequence(tokens))
        return tags

    def tag_with_marginals(self, tokens: list[Token]) -> tuple[list[str], list[float]]:
        """Tags plus, for each token, the marginal probability of its tag."""
        if not tokens:
            return [], []
        crf = self._crf
        crf.set(self.features.sequence(tokens))
        tags: list[str] = crf.tag()
        marginals = [crf.marginal(tag, i) for i, tag in enumerate(tags)]
        return tags, marginals


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


def spans_of(tags: list[str]) -> list[tuple[str, int, int]]:
    """``(label, first token, last token)`` of every span of a tag sequence.

    A span is a run of one label; ``O`` ends it and a ``B-`` tag starts a new one.
    """
    spans: list[tuple[str, int, int]] = []
    current = ""
    first = 0
    for i, tag in enumerate(tags):
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
