"""The exact weights of a CRFsuite model file, read straight from its bytes.

``pycrfsuite`` only shows a model's weights through ``Tagger.info()``, which
parses CRFsuite's text dump: the weights come back rounded to six decimals
and reading them takes a fifth of a second.  The batched decoder
(:mod:`citekit.parser.decoder`) must reproduce CRFsuite's Viterbi exactly, so
it reads the binary model (format ``lCRF``/``FOMC`` version 100, little-endian)
itself: a header of chunk offsets, a ``FEAT`` chunk of 20-byte features
(type, source, destination, float64 weight; type 0 = attribute -> label,
type 1 = label -> label), and two ``CQDB`` string databases whose backward
arrays give the label and attribute string of each id.  Reading the very file
``pycrfsuite`` opens means the two can never disagree about which weights are
in force; anything unexpected raises :class:`UnsupportedModelError`, and the
caller then keeps to ``pycrfsuite``.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: ``magic, size, type, version, num_features, num_labels, num_attrs`` and the
#: offsets of the feature chunk, the label and attribute databases and the two
#: feature-reference chunks.
_HEADER = struct.Struct("<4sI4sIIIIIIIII")
_CHUNK = struct.Struct("<4sII")  # chunk id, chunk size, number of items
_CQDB = struct.Struct("<4sIIIII")  # id, size, flag, byte order, backward size, backward offset
_RECORD = struct.Struct("<II")  # a CQDB record: value (the id), key size incl. the NUL
_STATE, _TRANSITION = 0, 1
#: CQDB's byte-order mark as a little-endian writer stores it
_LITTLE_ENDIAN = 0x62445371


class UnsupportedModelError(ValueError):
    """The file is not a CRFsuite model this reader understands."""


@dataclass(frozen=True)
class CrfWeights:
    """A first-order linear-chain CRF: what Viterbi decoding needs, nothing more."""

    #: label strings by label id (the order of ``pycrfsuite.Tagger.labels()``)
    labels: list[str]
    #: attribute string -> row of ``state``
    attributes: dict[str, int]
    #: ``(attributes, labels)`` float64: the weight of each attribute for each label
    state: Any
    #: ``(labels, labels)`` float64: ``transitions[i, j]`` is the weight of label i -> label j
    transitions: Any


def read_weights(path: Path) -> CrfWeights:
    """The labels, attribute ids and exact float64 weights of the model at ``path``."""
    import numpy as np

    data = path.read_bytes()
    try:
        header = _HEADER.unpack_from(data, 0)
    except struct.error as exc:
        raise UnsupportedModelError(f"{path}: too short for a CRFsuite model") from exc
    magic, size, kind, version, _, n_labels, n_attrs, off_features, off_labels, off_attrs = header[:10]
    if magic != b"lCRF" or kind != b"FOMC" or version != 100 or size != len(data):
        raise UnsupportedModelError(f"{path}: not a CRFsuite 1st-order model (version 100)")
    try:
        labels = _strings(data, off_labels, n_labels)
        attributes = _strings(data, off_attrs, n_attrs)
        chunk, _, n_features = _CHUNK.unpack_from(data, off_features)
        if chunk != b"FEAT":
            raise UnsupportedModelError(f"{path}: no feature chunk")
        record = np.dtype([("type", "<u4"), ("src", "<u4"), ("dst", "<u4"), ("weight", "<f8")])
        features = np.frombuffer(data, dtype=record, count=n_features, offset=off_features + _CHUNK.size)
    except (struct.error, ValueError, UnicodeDecodeError) as exc:
        raise UnsupportedModelError(f"{path}: damaged CRFsuite model ({exc})") from exc
    kinds, src, dst = features["type"], features["src"], features["dst"]
    is_state, is_transition = kinds == _STATE, kinds == _TRANSITION
    if not (is_state | is_transition).all() or (dst >= n_labels).any() or (
        src[is_state] >= n_attrs
    ).any() or (src[is_transition] >= n_labels).any():
        raise UnsupportedModelError(f"{path}: a feature refers to an unknown label or attribute")
    # added rather than assigned: were a pair stored twice, CRFsuite would add both
    state = np.zeros((n_attrs, n_labels))
    np.add.at(state, (src[is_state], dst[is_state]), features["weight"][is_state])
    transitions = np.zeros((n_labels, n_labels))
    np.add.at(transitions, (src[is_transition], dst[is_transition]), features["weight"][is_transition])
    return CrfWeights(
        labels=labels,
        attributes={name: n for n, name in enumerate(attributes)},
        state=state,
        transitions=transitions,
    )


def _strings(data: bytes, offset: int, count: int) -> list[str]:
    """The ``count`` strings of the CQDB database at ``offset``, by id."""
    import numpy as np

    chunk, _, _, byte_order, n_backward, backward = _CQDB.unpack_from(data, offset)
    if chunk != b"CQDB" or byte_order != _LITTLE_ENDIAN or n_backward != count:
        raise UnsupportedModelError("a string database of the model is damaged or big-endian")
    starts = np.frombuffer(data, dtype="<u4", count=count, offset=offset + backward).astype(np.int64)
    starts += offset
    out: list[str] = []
    unpack = _RECORD.unpack_from
    for n, start in enumerate(starts.tolist()):
        value, size = unpack(data, start)
        if value != n:
            raise UnsupportedModelError("a string database of the model is out of order")
        out.append(data[start + 8 : start + 7 + size].decode("utf-8"))
    return out
