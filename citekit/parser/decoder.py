"""CRFsuite's Viterbi, re-done in numpy for many references at once, with the same tags.

``pycrfsuite`` spends most of its time turning the ~1,000 feature strings of
a reference into attribute ids before its C Viterbi runs.  Here most of that
work is done once per distinct token string: a token's feature list is the
concatenation of lists that each depend on ONE token string (its own static
features, and its features as a neighbour of the tokens around it, see
:data:`citekit.parser.features.GROUPS`) plus its context list.  The state
score of a token under each label is the sum of the weights of its features,
so it is the sum of one cached vector per group (summed once per distinct
list of attribute ids; a string never seen is described straight as ids by
:meth:`~citekit.parser.features.FeatureExtractor.describe_ids`, all the new
strings of a chunk together, no feature string built) and one per context
part (the extractor names each distinct part by an id of its
:class:`~citekit.parser.features.PartTable`; its vector is summed once, then
found with one numpy lookup per chunk; the part ids of a whole chunk come
from :meth:`~citekit.parser.features.FeatureExtractor.chunk_part_ids`, in
numpy, from one integer of facts per token string; an extractor that overrides
``contexts`` gets one part per token, its whole context list).
Viterbi then runs over a whole batch in
numpy, references sorted by length so that at step ``t`` the ones still
running are a prefix of the batch.  Nothing here names a feature: a retrained
model with other features needs no change.

Exactness: the weights are CRFsuite's own float64 values
(:mod:`citekit.parser.weights`); the forward pass computes
``max_i(score[i] + transition[i, j]) + state[j]`` as CRFsuite does, and the
back-pointers (recomputed for the chosen label only) break ties towards the
lowest label id as CRFsuite's strict ``<`` does.  The one difference is the
order in which a token's feature weights are added (group by group and part by
part instead of feature by feature), which can move a state score in its last bit: tags could
differ only where two paths score equal to ~1e-15.
``benchmarks/decoder_agreement.py`` counts differing tokens (0 of 230,669 on
the shipped model).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from itertools import chain, compress, repeat
from operator import itemgetter, lt
from typing import Any

from citekit.parser.features import CONTEXT_PARTS, GROUPS, FeatureExtractor, PartTable
from citekit.parser.tokenize import Token
from citekit.parser.weights import CrfWeights

#: Token strings, and summed score vectors (lists of 2+ features of a token
#: string or context part, labels x 8 bytes each: distinct ones, and each
#: string's own list), kept before the caches are emptied: bounds memory on
#: huge inputs (10,000 varied references need ~45,000 strings and ~62,000 vectors).
_CACHE_LIMIT = 85_000
#: Below this many running references a Viterbi step uses one broadcast
#: (labels x labels x refs) array; above it, a loop over labels on (labels x refs)
#: arrays that stay in cache.
_BROADCAST_BELOW = 192
#: Tokens decoded in one pass: each pass holds three (tokens x labels) float64 arrays.
_CHUNK_TOKENS = 4_000


class BatchDecoder:
    """Tags many token sequences at once with a CRFsuite model's exact weights."""

    def __init__(self, weights: CrfWeights, extractor: FeatureExtractor) -> None:
        import numpy as np

        self._np = np
        self._lock = threading.Lock()
        self.labels = weights.labels
        self._extractor = extractor
        self._attributes = weights.attributes
        self._transitions = weights.transitions
        #: transitions[i, j] as an (L, L, 1) array, broadcast against (L, refs)
        self._transitions3 = np.ascontiguousarray(weights.transitions[:, :, None])
        #: the zero row of ``_vectors``, right after the attributes' rows
        self._zero = len(weights.attributes)
        #: one score vector (a weight per label) per row: first the state weights
        #: of each attribute, then a zero row, then the sums of feature lists of
        #: two or more features (allocated at once, but zero pages cost no
        #: memory until a row is written)
        slack = (len(GROUPS) + CONTEXT_PARTS) * _CHUNK_TOKENS  # what one chunk can add
        self._vectors: Any = np.zeros((self._zero + 1 + _CACHE_LIMIT + slack, len(self.labels)))
        self._vectors[: self._zero] = weights.state
        #: context parts per token: a subclass with its own ``contexts`` gives one
        self._width = CONTEXT_PARTS if type(extractor).contexts is FeatureExtractor.contexts else 1
        #: a new string's class and GROUPS lists as attribute ids (through ``_describe``
        #: when a subclass changes it; its shared lists unless a subclass changes ``describe_ids``)
        self._describe_ids: Callable[[str, dict[str, int]], tuple[str, Sequence[Sequence[int]]]] = (
            self._ids_via_describe if type(extractor)._describe is not FeatureExtractor._describe
            else extractor.describe_ids_shared if type(extractor).describe_ids is FeatureExtractor.describe_ids
            else extractor.describe_ids
        )
        if self._describe_ids != self._ids_via_describe:
            extractor.attribute_index(self._attributes)  # built now, with the weights, not on the first reference
        #: the context parts of a whole chunk in numpy (``chunk_part_ids``), unless a
        #: subclass changes how they are made
        self._chunk_parts = self._width == CONTEXT_PARTS and all(
            getattr(type(extractor), name) is getattr(FeatureExtractor, name)
            for name in ("part_ids_of", "_segment_parts", "_lists_mask", "string_facts", "chunk_part_ids")
        )
        self._reset()

    def _reset(self) -> None:
        np = self._np
        #: attribute ids of a list of 2+ features -> the row of ``_vectors`` holding their sum
        #: (not a string's own list: nearly always its alone, it gets a row without a key)
        self._rows: dict[tuple[int, ...], int] = {}
        #: rows of ``_vectors`` holding sums, in use
        self._sums = 0
        #: the extractor's part table that ``_part_rows`` maps (by part id; -1: not yet)
        self._table: PartTable | None = None
        self._part_rows: Any = np.zeros(0, dtype=np.intp)
        #: token string -> its row of ``_string_rows``
        self._strings: dict[str, int] = {}
        #: the class of each string of ``_strings`` (``described[3]``), by row
        self._classes: list[str] = []
        #: the ``_vectors`` row of each string's GROUPS
        self._string_rows: Any = np.zeros((1024, len(GROUPS)), dtype=np.intp)
        #: ``string_facts`` of each string, by row
        self._string_facts: Any = np.zeros(1024, dtype=np.intp)
        #: attribute ids of the lists given a row whose vector is not summed yet
        self._pending: list[Sequence[int]] = []
        self._outside = np.array([self._row(outside) for _, _, outside in GROUPS], dtype=np.intp)
        self._sum_pending()

    def _row(self, features: Sequence[str]) -> int:
        """The row of ``_vectors`` for ``features`` (a new one is summed by ``_sum_pending``)."""
        get = self._attributes.get
        return self._id_row([i for i in map(get, features) if i is not None])

    def _id_row(self, ids: list[int]) -> int:
        """The row for a list of attribute ids: an attribute's own for one, else one summing them.

        Attributes the model lacks are left out of ``ids``: their weights are zero.
        """
        if len(ids) < 2:
            return ids[0] if ids else self._zero
        key = tuple(ids)
        row = self._rows.get(key)
        if row is None:
            self._sums += 1
            self._pending.append(key)
            row = self._rows[key] = self._zero + self._sums
        return row

    def _ids_via_describe(self, text: str, ids: dict[str, int]) -> tuple[str, list[Sequence[int]]]:
        """``FeatureExtractor.describe_ids`` for an extractor whose ``_describe`` is its own."""
        described = self._extractor._describe(text)
        get = ids.get
        return described[3], [
            [i for i in map(get, described[group]) if i is not None] for _, group, _ in GROUPS
        ]

    def _add_strings(self, texts: list[str]) -> None:
        """Give each new token string a row of ``_string_rows``: its class and GROUPS rows."""
        np = self._np
        new = list(dict.fromkeys(texts))
        first = len(self._classes)
        end = first + len(new)
        while end > self._string_rows.shape[0]:
            self._string_rows = np.concatenate([self._string_rows, np.zeros_like(self._string_rows)])
            self._string_facts = np.concatenate([self._string_facts, np.zeros_like(self._string_facts)])
        describe, ids, classes = self._describe_ids, self._attributes, self._classes
        sums, zero, pending, summed = self._rows, self._zero, self._pending, self._sums
        rows: list[int] = []
        append = rows.append
        for text in new:
            cls, lists = describe(text, ids)
            classes.append(cls)
            own = lists[0]
            if len(own) < 2:
                append(own[0] if own else zero)
            else:  # a string's own list is nearly always its own (its word): summed without a look-up
                summed += 1
                pending.append(own)
                append(zero + summed)
            for found in lists[1:]:  # ``_id_row``, inlined
                if len(found) < 2:
                    append(found[0] if found else zero)
                    continue
                key = tuple(found)  # (most lists are the index's tuples already: no copy)
                row = sums.get(key)
                if row is None:
                    summed += 1
                    pending.append(key)
                    row = sums[key] = zero + summed
                append(row)
        self._sums = summed
        self._string_rows[first:end] = np.array(rows, dtype=np.intp).reshape(len(new), len(GROUPS))
        if self._chunk_parts:
            self._string_facts[first:end] = list(map(self._extractor.string_facts, new, classes[first:end]))
        self._strings.update(zip(new, range(first, end), strict=True))

    def _sum_pending(self) -> None:
        """Sum the vectors of the new feature lists, all at once."""
        pending = self._pending
        if not pending:
            return
        slots = self._padded(list(chain.from_iterable(pending)), list(map(len, pending)))
        first = self._zero + 1 + self._sums - len(pending)
        if first + len(pending) > self._vectors.shape[0]:  # one huge chunk: grow
            grown = self._np.zeros((2 * (first + len(pending)), len(self.labels)))
            grown[:first] = self._vectors[:first]
            self._vectors = grown
        vectors = self._vectors
        # one weight after the other, the order CRFsuite adds them in (padding
        # adds the zero row, which changes nothing)
        total = vectors.take(slots[:, 0], axis=0)
        for k in range(1, slots.shape[1]):
            total += vectors.take(slots[:, k], axis=0)
        vectors[first : first + len(pending)] = total
        self._pending = []

    def _padded(self, flat: list[int], sizes: list[int]) -> Any:
        """``flat`` cut into rows of ``sizes`` items, padded with the zero row: an (rows, widest) array."""
        np = self._np
        size = np.array(sizes, dtype=np.intp)
        slots = np.full((len(sizes), max(int(size.max()), 1)), self._zero, dtype=np.intp)
        firsts = np.zeros(len(sizes), dtype=np.intp)
        np.cumsum(size[:-1], out=firsts[1:])
        slots[np.repeat(np.arange(len(sizes)), size), np.arange(len(flat)) - np.repeat(firsts, size)] = flat
        return slots

    def tag_many(self, sequences: Sequence[Sequence[tuple[str, int, int]]]) -> list[list[str]]:
        """The most likely tags of every sequence, as ``pycrfsuite.Tagger.tag`` gives them.

        A token is read as a ``(text, start, end)`` tuple: a :class:`Token` or a plain tuple
        (``tokenize.token_triples``).

        Sequences of similar length are decoded together (fewer Viterbi steps
        that run for a handful of long references), at most ``_CHUNK_TOKENS``
        tokens at a time (bounds the memory of the score arrays).
        """
        by_length = sorted(range(len(sequences)), key=lambda n: len(sequences[n]))
        out: list[list[str]] = [[] for _ in sequences]
        chunk: list[int] = []
        tokens = 0
        with self._lock:  # the caches are shared
            for n in by_length:
                chunk.append(n)
                tokens += len(sequences[n])
                if tokens >= _CHUNK_TOKENS:
                    self._tag_into(out, chunk, sequences)
                    chunk, tokens = [], 0
            if chunk:
                self._tag_into(out, chunk, sequences)
        return out

    def _tag_into(
        self, out: list[list[str]], chunk: list[int], sequences: Sequence[Sequence[tuple[str, int, int]]]
    ) -> None:
        for n, tags in zip(chunk, self._tag_chunk([sequences[n] for n in chunk]), strict=True):
            out[n] = tags

    def _tag_chunk(self, sequences: Sequence[Sequence[tuple[str, int, int]]]) -> list[list[str]]:
        """``tag_many`` for one chunk, all of it in one pass."""
        np = self._np
        lengths = [len(tokens) for tokens in sequences]
        total = sum(lengths)
        if not total:
            return [[] for _ in sequences]
        # a chunk adds at most ``slack`` rows (more only for one huge reference:
        # then the table grows); past the limit the caches start afresh
        if self._sums > _CACHE_LIMIT or len(self._strings) > _CACHE_LIMIT:
            self._reset()
        # the token strings of the whole chunk, then their rows (new ones described and summed)
        all_texts = list(map(itemgetter(0), chain.from_iterable(sequences)))  # Token.text, in C
        string_ids = list(map(self._strings.get, all_texts, repeat(-1)))
        sids = np.array(string_ids, dtype=np.intp)
        if -1 in string_ids:
            new = list(compress(all_texts, map(lt, string_ids, repeat(0))))  # the new ones, in C
            self._add_strings(new)
            sids[sids < 0] = list(map(self._strings.__getitem__, new))
        parts: list[int] = []
        at = 0
        chunk_ids = None
        if self._chunk_parts:  # all references at once, in numpy
            table = self._extractor.part_table()
            chunk_ids = self._extractor.chunk_part_ids(self._string_facts[sids], lengths, table)
        if chunk_ids is not None:
            context_rows = self._rows_of_parts(table, chunk_ids.reshape(-1))
        elif self._width == 1:  # an extractor with its own ``contexts``: whole lists
            described = list(map(self._extractor._describe, all_texts))
            for tokens in sequences:
                if tokens:
                    # (``contexts`` reads tokens by name: plain tuples made Tokens)
                    named_tokens = [Token(*token) for token in tokens]
                    context = self._extractor.contexts(named_tokens, described[at : at + len(tokens)])
                    parts.extend(map(self._row, context))
                    at += len(tokens)
            context_rows = np.array(parts, dtype=np.intp)
        else:
            table = self._extractor.part_table()
            part_ids = self._extractor.part_ids_of
            classes = list(map(self._classes.__getitem__, sids.tolist()))
            for n in lengths:
                if n:
                    parts.extend(part_ids(all_texts[at : at + n], classes[at : at + n], table))
                    at += n
            context_rows = self._rows_of_parts(table, parts)
        self._sum_pending()

        # time-major order: references longest first, so the ones still running
        # at step t are the first ``active[t]`` of them
        size = np.array(lengths, dtype=np.intp)
        starts = np.zeros(len(size), dtype=np.intp)
        np.cumsum(size[:-1], out=starts[1:])
        by_length = np.argsort(-size, kind="stable")
        by_length = by_length[size[by_length] > 0]
        sorted_size, sorted_start = size[by_length], starts[by_length]
        steps = int(sorted_size[0])
        active = np.searchsorted(-sorted_size, -np.arange(steps), side="left")
        offsets = np.zeros(steps + 1, dtype=np.intp)
        np.cumsum(active, out=offsets[1:])
        order = np.concatenate([sorted_start[:k] + t for t, k in enumerate(active.tolist())])

        # state scores of every token (time-major order) under every label
        position = order - np.repeat(starts, size)[order]
        length = np.repeat(size, size)[order]
        vectors = self._vectors
        emission: Any = None
        scores = np.empty((total, len(self.labels)))
        for g, (offset, _, _) in enumerate(GROUPS):
            if offset == 0:
                group_rows = self._string_rows[sids[order], g]
            else:
                inside = (position + offset >= 0) & (position + offset < length)
                source = np.where(inside, order + offset, 0)
                group_rows = np.where(inside, self._string_rows[sids[source], g], self._outside[g])
            if emission is None:
                emission = vectors.take(group_rows, axis=0)
            else:
                emission += vectors.take(group_rows, axis=0, out=scores)
        # the context features, a part (its weights summed once) at a time
        context_rows = context_rows.reshape(total, self._width)[order]
        for k in range(self._width):
            emission += vectors.take(context_rows[:, k], axis=0, out=scores)

        by_label = np.ascontiguousarray(emission.T)
        del emission, scores
        active_list, offset_list = active.tolist(), offsets.tolist()
        best = self._forward(by_label, active_list, offset_list)
        tags = self._backward(best, active_list, offset_list, sorted_size)
        in_order = np.empty(total, dtype=np.intp)
        in_order[order] = tags
        named = list(map(self.labels.__getitem__, in_order.tolist()))
        out: list[list[str]] = []
        at = 0
        for n in lengths:
            out.append(named[at : at + n])
            at += n
        return out

    def _rows_of_parts(self, table: PartTable, ids: Any) -> Any:
        """The ``_vectors`` row of each context part id of ``table`` (new parts: summed next)."""
        np = self._np
        if table is not self._table:  # the extractor started a new table
            self._table, self._part_rows = table, np.zeros(0, dtype=np.intp)
        if len(self._part_rows) < len(table.parts):
            missing = np.full(len(table.parts) - len(self._part_rows), -1, dtype=np.intp)
            self._part_rows = np.concatenate([self._part_rows, missing])
        part_ids = np.asarray(ids, dtype=np.intp)
        rows = self._part_rows[part_ids]
        if (rows < 0).any():
            # (sorted(set()), not np.unique: that imports numpy.ma, ~10 ms once per process, only to test for a mask)
            new = sorted(set(part_ids[rows < 0].tolist()))
            self._part_rows[new] = list(map(self._row, map(table.parts.__getitem__, new)))
            rows = self._part_rows[part_ids]
        return rows

    def _forward(self, emission: Any, active: list[int], offsets: list[int]) -> Any:
        """Viterbi scores of the best path ending in each label at each token (in place)."""
        np = self._np
        labels = len(self.labels)
        best = emission  # step 0 is its own state score; later steps add to it
        transitions3 = self._transitions3
        # flat buffers, viewed at each step as contiguous arrays of its size: a slice
        # [:, :k] of a wider array would be strided, and numpy much slower on it
        wide = np.empty(labels * labels * min(active[0], _BROADCAST_BELOW))
        top = np.empty(labels * active[0])
        candidate = np.empty(labels * active[0])
        for t in range(1, len(active)):
            k = active[t]
            prev = best[:, offsets[t - 1] : offsets[t - 1] + k]
            m = top[: labels * k].reshape(labels, k)
            if k < _BROADCAST_BELOW:
                w = wide[: labels * labels * k].reshape(labels, labels, k)
                np.add(prev[:, None, :], transitions3, out=w)
                np.maximum.reduce(w, axis=0, out=m)
            else:
                c = candidate[: labels * k].reshape(labels, k)
                np.add(prev[0], transitions3[0], out=m)
                for i in range(1, labels):
                    np.add(prev[i], transitions3[i], out=c)
                    np.maximum(m, c, out=m)
            here = best[:, offsets[t] : offsets[t] + k]
            np.add(m, here, out=here)
        return best

    def _backward(self, best: Any, active: list[int], offsets: list[int], sorted_size: Any) -> Any:
        """The label of every token (time-major order), following the best paths back."""
        np = self._np
        refs = active[0]
        last = np.array(offsets, dtype=np.intp)[sorted_size - 1] + np.arange(refs)
        final = best.take(last, axis=1).argmax(axis=0)
        tags = np.empty(best.shape[1], dtype=np.intp)
        current = np.empty(refs, dtype=np.intp)
        transitions = self._transitions
        steps = len(active)
        for t in range(steps - 1, -1, -1):
            k = active[t]
            ending = active[t + 1] if t + 1 < steps else 0
            current[ending:k] = final[ending:k]
            tags[offsets[t] : offsets[t] + k] = current[:k]
            if t:
                prev = best[:, offsets[t - 1] : offsets[t - 1] + k]
                current[:k] = (prev + transitions[:, current[:k]]).argmax(axis=0)
        return tags
