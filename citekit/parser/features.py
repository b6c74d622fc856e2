"""Token features for the CRF tagger, built for speed.

Most features describe a token on its own (its word, shape, affixes,
dictionary membership) and do not depend on where it stands, so they are
computed once per distinct token string and cached; a reference then only
adds the few features that depend on its context (neighbouring words,
position, whether we are inside quotes or brackets, whether a year or an
``in`` has been seen).  Features are plain strings, the form
``pycrfsuite`` takes without conversion.

The context features of a token come in ``CONTEXT_PARTS`` parts (position
and counts; the classes around it; its flags; its segment; the next comma),
each taking few distinct values: a :class:`PartTable` keeps each value once,
as a tuple of interned strings named by an id, so a reference costs a few
table lookups per token instead of a dozen string concatenations, and the
batched decoder sums the weights of a part once for all the tokens that
have it.  The lists are exactly those of the per-feature code they replaced
(``tests/parser/test_features_contexts.json``): the model does not change.
:meth:`FeatureExtractor.part_ids_of` defines the parts, one reference at a
time; the batched decoder gets the same parts for a whole chunk of
references from :meth:`FeatureExtractor.chunk_part_ids`, in numpy.

The batched decoder does not need the strings of a token it has not seen,
only their attribute ids: :meth:`FeatureExtractor.describe_ids` gives them
from the same facts (lower case, shape, flags, dictionaries) through an
:class:`AttributeIndex` of the model's attributes, one lookup per word
instead of a dozen string concatenations and set lookups.
"""

from __future__ import annotations

import re
import sys
import threading
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from itertools import compress, pairwise, repeat
from operator import is_
from pathlib import Path
from typing import Any

from citekit.lazy_regex import lazy_compile
from citekit.parser.tokenize import Token

#: Dictionary files shipped in ``citekit/parser/dictionaries``: name -> feature.
DICTIONARIES: tuple[str, ...] = (
    "months", "locators", "roles", "signals", "backrefs", "given", "stopwords",
    "places", "publishers", "journals", "names",
)

_YEAR = lazy_compile(r"^[(\[]?(1[4-9]\d\d|20[0-4]\d)[a-z]?[)\].,]?$")
_YEAR_RANGE = lazy_compile(r"^(1[4-9]\d\d|20[0-4]\d)\s?[-–—/]\s?(\d{2}|\d{4})$")
_RANGE = lazy_compile(r"^\d+[a-z]?\s?[-‐‑–—]\s?\d+[a-z]?$", re.IGNORECASE)
_ROMAN = lazy_compile(r"^(?=[ivxlcdm]+$)m{0,4}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_PINPOINT = lazy_compile(r"^\d+(ff?|sq|sqq|[rv])\.?$", re.IGNORECASE)
_ISBN = lazy_compile(r"^(97[89][-\s]?)?\d{1,5}[-\s]?\d+[-\s]?\d+[-\s]?[\dX]$")
_ASCII_DIGIT = lazy_compile(r"[0-9]")
_ASCII_ALNUM = lazy_compile(r"[0-9A-Za-z]")
#: Distinct token strings whose features are kept (bounds memory on huge inputs;
#: 10,000 varied references hold ~45,000, the frequent ones come first).
_CACHE_LIMIT = 60_000
_OPEN = "([{«‹“„‘‚"
_CLOSE = ")]}»›”’"
_QUOTES = "«»‹›“”„‘’‚\"'"


@lru_cache(maxsize=1)
def dictionaries() -> dict[str, frozenset[str]]:
    """The shipped word lists, loaded once."""
    base = Path(__file__).resolve().parent / "dictionaries"
    out: dict[str, frozenset[str]] = {}
    for name in DICTIONARIES:
        try:
            text = (base / f"{name}.txt").read_text(encoding="utf-8")
        except FileNotFoundError:
            text = ""
        out[name] = frozenset(text.split())
    return out


def shape(text: str) -> str:
    """Compressed character classes: ``Stalin’s`` -> ``Xx’x``, ``751–66`` -> ``d–d``."""
    if len(text) == 1:  # punctuation is mostly one character: its class without the loop
        return "X" if text.isupper() else "x" if text.isalpha() else "d" if text.isdigit() else text
    out: list[str] = []
    last = ""
    for ch in text[:12]:
        if ch.isupper():
            cls = "X"
        elif ch.isalpha():
            cls = "x"
        elif ch.isdigit():
            cls = "d"
        else:
            cls = ch
        if cls != last:
            out.append(cls)
            last = cls
    return "".join(out)


def _word_shape(text: str) -> str:
    """``shape`` of an alphabetic string, without the per-character loop for the usual two forms."""
    head = text[:12]
    if head.islower():  # every letter lower-case or uncased: all "x"
        return "x"
    if head[0].isupper() and head[1:].islower():
        return "Xx"
    return shape(text)


#: What ``FeatureExtractor._describe`` returns for one token string: its static
#: features, its features as the previous token, as the next token, its class
#: (for the context features), as the token two before, as the token two after.
Described = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...], str, tuple[str, ...], tuple[str, ...]]

#: How a token's feature list is assembled from the per-string lists of
#: ``Described``, in this order, before its context features: (offset of the
#: token that supplies the list, index of the list in ``Described``, the
#: features used instead when that token lies outside the reference).
GROUPS: tuple[tuple[int, int, tuple[str, ...]], ...] = (
    (0, 0, ()),
    (-1, 1, ("BOS",)),
    (1, 2, ("EOS",)),
    (-2, 4, ()),
    (2, 5, ()),
)

#: How many parts ``FeatureExtractor.context_part_ids`` gives each token.
CONTEXT_PARTS = 5


class ListMembership(dict[str, tuple[str, ...]]):
    """word -> the names of the word lists holding it (in the lists' order; ``()`` for none), looked up
    on first request and kept.

    Inverting the lists into one table of every word took a tenth of the command line's start-up; a
    parse asks about a few thousand distinct words. A dict whose ``__missing__`` does the look-up keeps
    the repeated question a plain subscript.
    """

    def __init__(self, lists: dict[str, frozenset[str]]) -> None:
        super().__init__()
        self._lists = tuple(lists.items())
        self._listed = frozenset().union(*lists.values())  # (most words are in no list: one test)
        self._interned: dict[tuple[str, ...], tuple[str, ...]] = {}  # one tuple per combination of lists

    def __missing__(self, word: str) -> tuple[str, ...]:
        if word not in self._listed:
            self[word] = ()
            return ()
        names = tuple(name for name, words in self._lists if word in words)
        found = self[word] = self._interned.setdefault(names, names)
        return found


class FeatureExtractor:
    """Turns token sequences into CRF feature lists, caching per-token work."""

    def __init__(self, known: frozenset[str] | None = None) -> None:
        #: the attributes the model has weights for: others are dropped once per
        #: token string, so the CRF never looks them up (same tags, less work)
        self._known = known
        # word -> the names of the lists holding it, in DICTIONARIES order: one
        # lookup per token instead of one per list
        self._membership = ListMembership(dictionaries())
        self._static: dict[str, Described] = {}
        #: word -> _lists_mask(word), for the segment features
        self._list_bits: dict[str, int] = {}
        self._table = PartTable()
        #: reference length -> 35 * the position decile of each token (``_HEAD``)
        self._head_bases: dict[int, list[int]] = {}
        #: the decoder's attribute ids, by what varies in them (``describe_ids``)
        self._index: AttributeIndex | None = None
        #: token class -> its ``string_facts`` bits and code; the classes by code
        self._class_facts: dict[str, int] = {}
        self._class_names: list[str] = []
        #: the table ``chunk_part_ids`` last used, and its parts by numeric key
        #: (class pairs, segments, next commas)
        self._coded: tuple[PartTable, dict[int, Any], dict[int, Any], dict[int, Any]] | None = None

    def _describe(self, text: str) -> Described:
        """Static features of a token string, its features as a neighbour, and its class."""
        cached = self._static.get(text)
        if cached is not None:
            return cached
        feats, as_prev, as_next, cls, as_prev2, as_next2 = self._features(text)
        known = self._known
        if known is not None:
            feats = [f for f in feats if f in known]
            as_prev = [f for f in as_prev if f in known]
            as_next = [f for f in as_next if f in known]
            as_prev2 = [f for f in as_prev2 if f in known]
            as_next2 = [f for f in as_next2 if f in known]
        # tuples, not lists: smaller, the empty one shared, and the decoder's keys as they are
        result = (
            tuple(map(sys.intern, feats)),
            tuple(map(sys.intern, as_prev)),
            tuple(map(sys.intern, as_next)),
            cls,
            tuple(map(sys.intern, as_prev2)),
            tuple(map(sys.intern, as_next2)),
        )
        if len(self._static) < _CACHE_LIMIT:
            self._static[text] = result
        return result

    def describe_ids(self, text: str, ids: dict[str, int]) -> tuple[str, list[list[int]]]:
        """The class of a token string and, for each of ``GROUPS``, its list as ids of ``ids``.

        What the batched decoder needs of a string it has not seen: the lists
        of ``_describe`` (in the same order) with each feature replaced by its
        id and features absent from ``ids`` left out.  No feature string is
        built: the ids come from an :class:`AttributeIndex` of ``ids`` (one
        lookup gives the ids of all five word features of a string).
        """
        cls, lists = self.describe_ids_shared(text, ids)
        return cls, [list(found) for found in lists]

    def describe_ids_shared(self, text: str, ids: dict[str, int]) -> tuple[str, list[Sequence[int]]]:
        """:meth:`describe_ids` as the decoder reads it: the neighbour lists may be the index's
        own tuples (most are empty or one id), shared, never to be changed: fewer objects
        made per new string, and less for the garbage collector to scan.
        """
        index = self._index
        if index is None or index.ids is not ids:
            index = self.attribute_index(ids)
        lower, shp, flags, hits, cls = self._facts(text)
        words = index.words
        own_word = words.get(lower, _NO_WORD)
        word = own_word if len(lower) < 20 else words.get(lower[:20], _NO_WORD)
        shapes = index.shapes.get(shp) or index.shape(shp)
        # each entry of ``own_word``, ``word`` and ``shapes`` is () or its one id: no None to filter
        own = [*own_word[0], *shapes[0]] if len(lower) > 1 or lower.isalnum() else [*own_word[0]]
        if len(lower) > 3:
            found = index.prefixes.get(lower[:3])
            if found is not None:
                own.append(found)
            found = index.suffixes.get(lower[-3:])
            if found is not None:
                own.append(found)
        if flags:
            own.extend([i for i in map(ids.get, flags) if i is not None])
        # (adding an empty tuple gives the other one back, nothing new is made)
        prev = word[1] + shapes[1]
        after = word[2] + shapes[2]
        if hits:
            own_hits, prev_hits, after_hits = index.dictionaries(hits)
            own.extend(own_hits)
            prev += prev_hits
            after += after_hits
        # the lists in GROUPS order: own, previous, next, two before, two after
        return cls, [own, prev, after, word[3], word[4]]

    def attribute_index(self, ids: dict[str, int]) -> AttributeIndex:
        """The :class:`AttributeIndex` of ``ids`` that ``describe_ids`` uses, built on first use.

        Building it takes a few tens of milliseconds: the batched decoder asks
        for it when it loads the model's weights, not on its first reference.
        """
        index = self._index
        if index is None or index.ids is not ids:
            index = self._index = AttributeIndex(ids)
        return index

    def _features(self, text: str) -> tuple[list[str], list[str], list[str], str, list[str], list[str]]:
        """``_describe`` of a token string before the known-attribute filter, as lists."""
        lower, shp, flags, hits, cls = self._facts(text)
        feats = ["w=" + lower]
        if len(lower) > 1 or lower.isalnum():
            feats.append("sh=" + shp)
        if len(lower) > 3:
            feats.append("p3=" + lower[:3])
            feats.append("s3=" + lower[-3:])
        feats.extend(flags)
        word = lower if len(lower) < 20 else lower[:20]
        as_prev = ["w-1=" + word, "sh-1=" + shp]
        as_next = ["w+1=" + word, "sh+1=" + shp]
        if hits:
            feats.extend("d=" + name for name in hits)
            as_prev.extend("d-1=" + name for name in hits)
            as_next.extend("d+1=" + name for name in hits)
        return feats, as_prev, as_next, cls, ["w-2=" + word], ["w+2=" + word]

    def _facts(self, text: str) -> tuple[str, str, Sequence[str], tuple[str, ...], str]:
        """What the static features of a token string are made of.

        Its lower case, its shape, its flag features (``num3``, ``year``,
        ``punct`` ...; in feature order), the dictionaries holding it and its
        class: ``_features`` spells them as feature strings, ``describe_ids``
        as attribute ids.
        """
        lower = text.lower()
        if text.isalpha():  # most tokens are words: no digit, no period, no mark to test for
            # (no flag list is made for the usual word with none)
            word_flags: tuple[str, ...] = ("roman",) if not lower.strip("ivxlcdm") and _ROMAN.match(lower) else ()
            if lower.startswith("http"):
                word_flags += ("url",)
                cls = "U"
            else:
                cls = "C" if text[0].isupper() else "l"
            return lower, _word_shape(text), word_flags, self._membership[lower], cls
        flags: list[str] = []
        bare = lower.rstrip(".")
        shp = shape(text)
        ascii_text = text.isascii()
        # (in ASCII, isdigit and isalnum are exactly these classes: one search in C, no generator)
        has_digit = _ASCII_DIGIT.search(text) is not None if ascii_text else any(ch.isdigit() for ch in text)
        if has_digit and text.isdigit():
            flags.append(_NUM[len(text)] if len(text) < 5 else "num5")
        cls = "w"
        if not has_digit:
            pass
        elif _YEAR.match(text):
            flags.append("year")
            cls = "Y"
        elif _YEAR_RANGE.match(text):
            flags.append("yearrange")
            cls = "Y"
        elif _RANGE.match(text):
            flags.append("range")
            cls = "R"
        elif _PINPOINT.match(text):
            flags.append("pinpoint")
            cls = "N"
        else:
            cls = "N"
        if bare and not bare.strip("ivxlcdm") and _ROMAN.match(bare):
            flags.append("roman")
        if lower.startswith(("http", "www.")):
            flags.append("url")
            cls = "U"
        elif lower.startswith("10.") and "/" in lower:
            flags.append("doi")
            cls = "U"
        elif len(text) >= 10 and has_digit and _ISBN.match(text):
            flags.append("isbn")
        if not (_ASCII_ALNUM.search(text) is not None if ascii_text else any(ch.isalnum() for ch in text)):
            cls = text if len(text) == 1 else "P"
            flags.append("punct")
            if text in _OPEN:
                flags.append("open")
            if text in _CLOSE:
                flags.append("close")
            if text in _QUOTES:
                flags.append("quote")
        elif cls == "w":
            cls = "C" if text[0].isupper() else "l"
        membership = self._membership
        hits = membership[lower]
        if bare != lower and membership[bare]:
            either = set(hits) | set(membership[bare])
            hits = tuple(name for name in DICTIONARIES if name in either)
        return lower, shp, flags, hits, cls

    def sequence(self, tokens: list[Token]) -> list[list[str]]:
        """One feature list per token, in order: its ``GROUPS``, then its context features."""
        n = len(tokens)
        if not n:
            return []
        described = [self._describe(t.text) for t in tokens]
        # the GROUPS lists, in their order (own, previous, next, two before, two
        # after), padded with what stands outside the reference
        own = [d[0] for d in described]
        prev = [GROUPS[1][2], *(d[1] for d in described[:-1])]
        after = [*(d[2] for d in described[1:]), GROUPS[2][2]]
        prev2 = [GROUPS[3][2], GROUPS[3][2], *(d[4] for d in described[:-2])][:n]
        after2 = [*(d[5] for d in described[2:]), GROUPS[4][2], GROUPS[4][2]][:n]
        return [
            [*a, *b, *c, *d, *e, *context]
            for a, b, c, d, e, context in zip(
                own, prev, after, prev2, after2, self.contexts(tokens, described), strict=True
            )
        ]

    def contexts(self, tokens: list[Token], described: list[Described]) -> list[list[str]]:
        """The features of each token that depend on the whole reference, not on one string.

        They are the ``CONTEXT_PARTS`` parts of :meth:`context_part_ids`, joined.
        A subclass that adds context features overrides this method (the
        batched decoder then sums its lists whole, one distinct list at a
        time) or, faster, ``part_ids_of`` (which the decoder calls).
        """
        table = self.part_table()
        parts = table.parts
        ids = self.context_part_ids(tokens, described, table)
        return [
            [*parts[a], *parts[b], *parts[c], *parts[d], *parts[e]]
            for a, b, c, d, e in zip(*[iter(ids)] * CONTEXT_PARTS, strict=True)
        ]

    def part_table(self) -> PartTable:
        """The table the ids of ``context_part_ids`` refer to; a new one once it is full."""
        if len(self._table.parts) > _PART_LIMIT:
            self._table = PartTable()
        return self._table

    def context_part_ids(self, tokens: list[Token], described: list[Described], table: PartTable) -> list[int]:
        """Each token's context features as ``CONTEXT_PARTS`` part ids of ``table``, flat, token after token.

        This is the one place for them (position, commas and dots so far, the
        classes around the token, being inside quotes or brackets, having seen
        a year or an ``in``; the segment features of :meth:`_segment_parts`).
        Each part takes few distinct values, each kept once in ``table``: no
        string is built per token, and the batched decoder
        (:mod:`citekit.parser.decoder`) sums the weights of a part once, then
        adds one vector per part and token.  ``described`` is ``_describe`` of
        each token.
        """
        return self.part_ids_of([t.text for t in tokens], [d[3] for d in described], table)

    def part_ids_of(self, texts: list[str], classes: list[str], table: PartTable) -> list[int]:
        """``context_part_ids`` from the token strings and their classes (``_describe(text)[3]``)."""
        n = len(texts)
        # the class pair starting at each token: "c-2=" and "c+2=" of its neighbours
        pairs = [a + b for a, b in pairwise(classes)]
        before = ["^", "^", *pairs[: n - 2]][:n]
        after = [*pairs[1:], "$", "$"][:n]
        bases = self._head_bases.get(n)
        if bases is None:
            bases = self._head_bases[n] = [35 * (10 * i // n) for i in range(n)]
        pair_ids, actions = table.pairs, _ACTIONS
        heads: list[int] = []
        around: list[int] = []
        flagged: list[int] = []
        # counts = 5 * commas + dots, each capped (6 and 4) as the features are
        commas = dots = counts = depth_quote = depth_paren = flags = 0
        for base, text, cls, left, right in zip(
            bases, texts, classes, before, after, strict=True
        ):
            heads.append(base + counts)  # the id of its _HEAD part
            flagged.append(_FLAG_PARTS + flags)
            try:
                around.append(pair_ids[left][right])
            except KeyError:
                around.append(table.add_pair(left, right))
            if cls == "Y":
                flags |= _AFTER_YEAR
                continue
            action = actions.get(text)
            if action is None:
                continue
            if action == _ACT_IN:
                flags |= _AFTER_IN
            elif action == _ACT_COMMA:
                commas += 1
                counts = 5 * min(commas, 6) + min(dots, 4)
            elif action == _ACT_DOT:
                dots += 1
                counts = 5 * min(commas, 6) + min(dots, 4)
            elif action == _ACT_STRAIGHT_QUOTE:
                if depth_quote:
                    depth_quote -= 1
                    flags |= _AFTER_QUOTE
                else:
                    depth_quote += 1
            elif action == _ACT_OPEN_QUOTE:
                depth_quote += 1
            elif action == _ACT_CLOSE_QUOTE:
                if depth_quote:
                    depth_quote -= 1
                flags |= _AFTER_QUOTE
            elif action == _ACT_OPEN_PAREN:
                depth_paren += 1
            elif depth_paren:  # a closing bracket
                depth_paren -= 1
            flags = (flags & ~(_IN_QUOTE | _IN_PAREN)) | (_IN_QUOTE if depth_quote else 0) | (
                _IN_PAREN if depth_paren else 0
            )
        segments, commas_ahead = self._segment_parts(texts, classes, table)
        out = [0] * (CONTEXT_PARTS * n)
        out[0::5] = heads
        out[1::5] = around
        out[2::5] = flagged
        out[3::5] = segments
        out[4::5] = commas_ahead
        return out

    def _segment_parts(self, texts: list[str], classes: list[str], table: PartTable) -> tuple[list[int], list[int]]:
        """Features that look ahead, two part ids of each token: its segment's, and the next comma's.

        Where a title ends and a journal or book title begins is the parser's
        hardest call, and the evidence lies beyond a two-token window: a
        journal name is a short segment followed by a volume number, a title
        a longer one followed by more words.  A segment is a run of tokens
        between strong boundaries (``.``, ``;``, brackets, quotes); each token
        learns its segment's index, length, what comes right after it, and
        whether it holds a journal, place or publisher word; a boundary token
        learns the same of the segment it opens.  Also the distance to the
        next comma and what follows that comma, and whether a year lies ahead.
        """
        n = len(texts)
        list_bits = self._list_bits
        segment_ids = table.segments
        # each token's segment part: the segment's features; for a boundary
        # token, those of the segment it opens (or none)
        mine = [_EMPTY_PART] * n
        k = 0
        lo = 0
        while lo < n:
            if texts[lo] in _BOUNDARIES:
                lo += 1
                continue
            hi = lo
            mask = 0
            digits = False
            while hi < n and texts[hi] not in _BOUNDARIES:
                bits = list_bits.get(texts[hi])
                if bits is None:
                    bits = self._lists_mask(texts[hi])
                    if len(list_bits) < _CACHE_LIMIT:
                        list_bits[texts[hi]] = bits
                mask |= bits
                digits = digits or classes[hi] in _NUMERIC
                hi += 1
            j = hi
            while j < n and classes[j] not in _WORDLIKE:
                j += 1
            key = (k if k < 6 else 6, classes[j] if j < n else "$", _bucket(hi - lo), mask,
                   digits, texts[lo] in _IN_WORDS)
            seg = segment_ids.get(key)
            if seg is None:
                seg = table.add_segment(key)
            mine[lo:hi] = [seg[0]] * (hi - lo)
            if lo:
                mine[lo - 1] = seg[1]
            k += 1
            lo = hi
        # the comma part, from the end: until a comma is met, "nocomma"; then
        # the parts of the class after that comma, by distance bucket and year
        ahead = [_EMPTY_PART] * n
        comma_ids = table.commas
        slots: list[int] = []
        after = ""
        next_comma = n
        year_ahead = 0
        for i in range(n - 1, -1, -1):
            if next_comma == n:
                ahead[i] = _NO_COMMA + year_ahead
            else:
                distance = next_comma - i
                slot = 2 * (_BUCKETS[distance] if distance < len(_BUCKETS) else 5) + year_ahead
                part = slots[slot]
                ahead[i] = part if part >= 0 else table.add_comma(after, slot)
            if texts[i] == ",":
                next_comma = i
                after = classes[i + 1] if i + 1 < n else "$"
                slots = comma_ids.get(after) or comma_ids.setdefault(after, [-1] * 12)
            elif classes[i] == "Y":
                year_ahead = 1
        return mine, ahead

    def string_facts(self, text: str, cls: str) -> int:
        """What :meth:`chunk_part_ids` needs of a token string, as ``_FACT_*`` bits.

        ``cls`` is the string's class (``_describe(text)[3]``).  The bits say
        what the string does in :meth:`part_ids_of` (its action, unless it is a
        year; a segment boundary; an ``in`` word; its class a word-like or a
        numeric one), which of the journal, place and publisher lists hold it
        (``_lists_mask``), and, from ``_FACT_CODE_SHIFT`` on, its class's code.
        """
        bits = self._class_facts.get(cls)
        if bits is None:
            bits = self._class_facts[cls] = _CLASS_FACTS.get(cls, 0) | len(self._class_names) << _FACT_CODE_SHIFT
            self._class_names.append(cls)
        text_bits = _TEXT_FACTS.get(text)
        if text_bits is not None:
            bits |= text_bits if cls != "Y" else text_bits & ~_FACT_ACTIONS
        membership = self._membership
        lower = text.lower()
        found = membership[lower] or membership[lower.rstrip(".,:")]
        if not found:
            return bits
        return bits | _LIST_FACTS[found]

    def chunk_part_ids(self, facts: Any, lengths: Any, table: PartTable) -> Any:
        """:meth:`part_ids_of` of many references at once, in numpy: a (tokens, ``CONTEXT_PARTS``) array.

        ``facts`` holds :meth:`string_facts` of every token of the references,
        one after the other; ``lengths`` their token counts.  The
        parts are those of :meth:`part_ids_of` (the same table entries, built
        by the same ``PartTable`` methods, tests/parser/test_features_batch.py):
        counts and "seen before" flags are cumulative sums within a reference,
        segments and the next comma come from reversed running minima, and
        each distinct part is looked up once per chunk by a numeric key.  Only
        the quote and bracket depths are followed in Python, at the tokens that
        change them.  ``None`` when the classes met are too many for the keys.
        """
        import numpy as np

        names = self._class_names
        if len(names) > _MAX_CLASSES:
            return None
        coded = self._coded
        if coded is None or coded[0] is not table:
            coded = self._coded = (table, {}, {}, {})
        _, pair_parts, segment_parts, comma_parts = coded
        total = len(facts)
        if not total:
            return np.zeros((0, CONTEXT_PARTS), dtype=np.intp)
        codes = facts >> _FACT_CODE_SHIFT
        size = np.asarray(lengths, dtype=np.intp)
        starts = np.zeros(len(size), dtype=np.intp)
        np.cumsum(size[:-1], out=starts[1:])
        index = np.arange(total)
        first = np.repeat(starts, size)  # each token's reference: where it starts, ends, its length
        n = np.repeat(size, size)
        end = first + n
        pos = index - first

        def seen_before(flag: Any) -> Any:  # tokens with the flag before each one in its reference
            count = np.cumsum(flag) - flag
            return count - count[first]

        buckets = np.array(_BUCKETS_TO_13, dtype=np.intp)  # _bucket of lengths up to 13 (5 beyond)

        def after_each(flag: Any) -> Any:  # the first token at or after each one with the flag (else total)
            where = np.where(flag, index, total)
            return np.append(np.minimum.accumulate(where[::-1])[::-1], total)

        # first part: position decile, commas and dots so far
        commas = (facts & _FACT_COMMA) != 0
        dots = (facts & _FACT_DOT) != 0
        heads = 35 * (10 * pos // n) + 5 * np.minimum(seen_before(commas), 6) + np.minimum(seen_before(dots), 4)

        # second part: the class pairs before and after (codes of two classes; _PAIR_EDGE at the edges)
        pair = codes[:-1] * _MAX_CLASSES + codes[1:]  # the pair starting at each token
        before = np.full(total, _PAIR_EDGE, dtype=np.intp)
        inside = pos >= 2
        before[inside] = pair[index[inside] - 2]
        after = np.full(total, _PAIR_EDGE, dtype=np.intp)
        inside = pos + 2 < n
        after[inside] = pair[index[inside] + 1]

        def make_pair(key: int) -> int:
            left, right = divmod(key, _PAIR_EDGE + 1)
            left_name = "^" if left == _PAIR_EDGE else names[left // _MAX_CLASSES] + names[left % _MAX_CLASSES]
            right_name = "$" if right == _PAIR_EDGE else names[right // _MAX_CLASSES] + names[right % _MAX_CLASSES]
            part = table.pairs.get(left_name, {}).get(right_name)
            return table.add_pair(left_name, right_name) if part is None else part

        around = _parts_by_key(np, before * (_PAIR_EDGE + 1) + after, pair_parts, make_pair)[:, 0]

        # third part: the flags; years and "in" words seen, then quotes and brackets
        years = (facts & _FACT_YEAR) != 0
        flags = _FLAG_PARTS + _AFTER_YEAR * (seen_before(years) > 0) + _AFTER_IN * (
            seen_before((facts & _FACT_AFTER_IN) != 0) > 0
        )
        events = np.flatnonzero(facts & _FACT_DEPTHS)
        if len(events):
            flags += self._depth_flags(np, events, facts, end, pos)

        # fourth part: the segment of each token (for a boundary, the segment it opens)
        boundary = (facts & _FACT_BOUNDARY) != 0
        inner = ~boundary
        opens = inner.copy()
        opens[1:] &= boundary[:-1] | (pos[1:] == 0)
        lo = np.flatnonzero(opens)
        mine = np.full(total, _EMPTY_PART, dtype=np.intp)
        if len(lo):
            lo_end = end[lo]
            hi = np.minimum(after_each(boundary)[lo], lo_end)
            numbered = np.cumsum(opens)
            k = np.minimum(numbered[lo] - 1 - (numbered - opens)[first[lo]], 6)
            next_word = after_each((facts & _FACT_WORDLIKE) != 0)[hi]
            follows = np.where(next_word < lo_end, codes[np.minimum(next_word, total - 1)], _MAX_CLASSES)
            held = np.where(inner, (facts >> _FACT_LISTS_SHIFT & 7) | ((facts & _FACT_NUMERIC) != 0) << 3, 0)
            held = np.bitwise_or.reduceat(held, lo)  # lists (3 bits) and digits (bit 3) of each segment
            opens_in = (facts[lo] & _FACT_IN_WORD) != 0
            key = (((k * (_MAX_CLASSES + 1) + follows) * 6 + buckets[np.minimum(hi - lo, 13)]) * 16
                   + held) * 2 + opens_in

            def make_segment(key: int) -> tuple[int, int]:
                rest, opens_with_in = divmod(key, 2)
                rest, held = divmod(rest, 16)
                rest, length = divmod(rest, 6)
                number, follows = divmod(rest, _MAX_CLASSES + 1)
                segment = (number, "$" if follows == _MAX_CLASSES else names[follows], length, held & 7,
                           bool(held & 8), bool(opens_with_in))
                return table.segments.get(segment) or table.add_segment(segment)

            found = _parts_by_key(np, key, segment_parts, make_segment)
            inside_part, opening_part = found[:, 0], found[:, 1]
            mine[inner] = inside_part[(numbered - 1)[inner]]
            opening = pos[lo] > 0
            mine[lo[opening] - 1] = opening_part[opening]

        # fifth part: the distance to the next comma, the class after it, a year ahead
        next_comma = after_each(commas)[1:]  # the first comma after each token
        count = np.cumsum(years)
        year_ahead = (count[end - 1] - count > 0).astype(np.intp)
        ahead = _NO_COMMA + year_ahead
        has = next_comma < end
        if has.any():
            distance = next_comma[has] - index[has]
            slot = 2 * buckets[np.minimum(distance, 13)] + year_ahead[has]
            then = next_comma[has] + 1
            follows = np.where(then < end[has], codes[np.minimum(then, total - 1)], _MAX_CLASSES)

            def make_comma(key: int) -> int:
                follows, slot = divmod(key, 12)
                name = "$" if follows == _MAX_CLASSES else names[follows]
                slots = table.commas.get(name) or table.commas.setdefault(name, [-1] * 12)
                return slots[slot] if slots[slot] >= 0 else table.add_comma(name, slot)

            ahead[has] = _parts_by_key(np, follows * 12 + slot, comma_parts, make_comma)[:, 0]
        return np.stack([heads, around, flags, mine, ahead], axis=1)

    @staticmethod
    def _depth_flags(np: Any, events: Any, facts: Any, end: Any, pos: Any) -> Any:
        """The in-quote, in-brackets and after-quote flags of every token, from the tokens that change them.

        ``events`` are those tokens (quotes, brackets), in order; the depths
        are followed as :meth:`part_ids_of` does, and each token gets the
        flags set by the last change before it in its reference.
        """
        changed_at: list[int] = []
        values: list[int] = []
        last_end = -1
        depth_quote = depth_paren = after_quote = 0
        for i, fact, ends in zip(events.tolist(), facts[events].tolist(), end[events].tolist(), strict=True):
            if ends != last_end:  # a new reference
                last_end = ends
                depth_quote = depth_paren = after_quote = 0
            if fact & _FACT_STRAIGHT_QUOTE:
                if depth_quote:
                    depth_quote -= 1
                    after_quote = _AFTER_QUOTE
                else:
                    depth_quote += 1
            elif fact & _FACT_OPEN_QUOTE:
                depth_quote += 1
            elif fact & _FACT_CLOSE_QUOTE:
                if depth_quote:
                    depth_quote -= 1
                after_quote = _AFTER_QUOTE
            elif fact & _FACT_OPEN_PAREN:
                depth_paren += 1
            elif depth_paren:  # a closing bracket
                depth_paren -= 1
            if i + 1 < ends:
                changed_at.append(i + 1)
                values.append(after_quote | (_IN_QUOTE if depth_quote else 0) | (_IN_PAREN if depth_paren else 0))
        state = np.zeros(len(pos), dtype=np.intp)
        state[changed_at] = values
        marked = pos == 0  # a reference starts with no flag set
        marked[changed_at] = True
        return state[np.maximum.accumulate(np.where(marked, np.arange(len(pos)), 0))]

    def _lists_mask(self, text: str) -> int:
        """Which of the journal (1), place (2) and publisher (4) lists hold a word (``.,:`` ignored)."""
        lower = text.lower()
        return _lists_bits(self._membership[lower] or self._membership[lower.rstrip(".,:")])


def _parts_by_key(np: Any, keys: Any, known: dict[int, Any], make: Callable[[int], Any]) -> Any:
    """The part ids of each numeric key, a row per key: looked up once per distinct key, ``make`` for a new one."""
    distinct, inverse = np.unique(keys, return_inverse=True)
    listed = distinct.tolist()
    found = list(map(known.get, listed))
    if None in found:
        for k in compress(range(len(found)), map(is_, found, repeat(None))):  # the new keys only, picked in C
            found[k] = known[listed[k]] = make(listed[k])
    return np.array(found, dtype=np.intp).reshape(len(found), -1)[inverse]


#: ``num1`` ... ``num4``: the flag of an all-digit token by its length
_NUM = ["", *(f"num{k}" for k in range(1, 5))]
#: what ``AttributeIndex.words`` gives a string no word feature names
_NO_WORD: tuple[tuple[int, ...], ...] = ((),) * 5
#: the word features, in the order of ``AttributeIndex.words``
_WORD_PREFIXES = ("w", "w-1", "w+1", "w-2", "w+2")


class AttributeIndex:
    """A model's attribute ids, arranged so that ``describe_ids`` builds no feature string.

    The features of a token string are mostly its word (five times: itself,
    as the token before, after, two before, two after), its shape and its
    affixes under a fixed prefix.  Grouped by what follows the prefix, one
    lookup by the word gives the ids of all five word features (most words
    of a new reference have none); shapes and dictionary hits take few
    values and are looked up once each.
    """

    def __init__(self, ids: dict[str, int]) -> None:
        self.ids = ids
        by_head: dict[str, dict[str, int]] = {}
        for name, number in ids.items():
            head, _, rest = name.partition("=")
            group = by_head.get(head)
            if group is None:
                group = by_head[head] = {}
            group[rest] = number
        own, prev, after, prev2, after2 = (by_head.get(head, {}) for head in _WORD_PREFIXES)
        #: the rest of a word feature -> the ids of ``w=``, ``w-1=``, ``w+1=``, ``w-2=``, ``w+2=`` it,
        #: each as () or a 1-tuple
        self.words: dict[str, tuple[tuple[int, ...], ...]] = {
            rest: tuple(_one(group.get(rest)) for group in (own, prev, after, prev2, after2))
            for rest in own.keys() | prev.keys() | after.keys() | prev2.keys() | after2.keys()
        }
        #: ``p3=`` and ``s3=``: affix -> id
        self.prefixes: dict[str, int] = by_head.get("p3", {})
        self.suffixes: dict[str, int] = by_head.get("s3", {})
        #: shape -> the ids of ``sh=``, ``sh-1=``, ``sh+1=`` it (each () or a 1-tuple), once asked
        self.shapes: dict[str, tuple[tuple[int, ...], ...]] = {}
        self._hits: dict[tuple[str, ...], tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]] = {}

    def shape(self, shp: str) -> tuple[tuple[int, ...], ...]:
        """The ids of ``sh=``, ``sh-1=`` and ``sh+1=`` a shape (each () or a 1-tuple)."""
        found = self.shapes.get(shp)
        if found is None:
            get = self.ids.get
            found = self.shapes[shp] = tuple(_one(get(prefix + shp)) for prefix in ("sh=", "sh-1=", "sh+1="))
        return found

    def dictionaries(self, hits: tuple[str, ...]) -> tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]:
        """The ids of ``d=``, ``d-1=`` and ``d+1=`` each dictionary of ``hits`` (known ones only)."""
        found = self._hits.get(hits)
        if found is None:
            get = self.ids.get
            own, prev, after = (
                tuple([i for i in (get(prefix + name) for name in hits) if i is not None])
                for prefix in ("d=", "d-1=", "d+1=")
            )
            found = self._hits[hits] = (own, prev, after)
        return found


def _one(found: int | None) -> tuple[int, ...]:
    """An id as a tuple of it, or () for none: lists are then built by unpacking, with no None to filter."""
    return () if found is None else (found,)


def _bucket(length: int) -> int:
    return 1 if length <= 1 else 2 if length <= 3 else 3 if length <= 6 else 4 if length <= 12 else 5


#: ``_bucket`` of the small lengths (5 beyond)
_BUCKETS = [_bucket(length) for length in range(13)]
_BUCKETS_TO_13 = [*_BUCKETS, _bucket(13)]


_BOUNDARIES = frozenset({".", ";", "(", ")", "[", "]", "»", "”", "“", "«", "„", '"', "?", "!"})
#: token classes that count as "what comes next" (words, numbers, URLs), not punctuation
_WORDLIKE = frozenset("YNRUCwl")
_NUMERIC = frozenset("YNR")
_SEG_INDEX = [f"sgi={k}" for k in range(7)]
_SEG_LEN = {k: f"sgl={k}" for k in range(1, 6)}
_COMMA_DIST = {k: f"cdist={k}" for k in range(1, 6)}
#: the first context part of a token: ``_HEAD[35 * position decile + 5 * commas + dots]``
_HEAD = [
    (sys.intern(f"pos={pos}"), sys.intern(f"commas={commas}"), sys.intern(f"dots={dots}"))
    for pos in range(10) for commas in range(7) for dots in range(5)
]
#: the flags of the third context part, each a bit, in the order its features come in
_IN_QUOTE, _IN_PAREN, _AFTER_YEAR, _AFTER_IN, _AFTER_QUOTE = 1, 2, 4, 8, 16
_FLAGS = (
    (_IN_QUOTE, "inquote"), (_IN_PAREN, "inparen"), (_AFTER_YEAR, "afteryear"),
    (_AFTER_IN, "afterin"), (_AFTER_QUOTE, "afterquote"),
)
_IN_WORDS = frozenset({"in", "In", "in:", "In:", "dans", "en", "Dans"})
#: what a token string does to the running context of ``part_ids_of``
(_ACT_IN, _ACT_COMMA, _ACT_DOT, _ACT_STRAIGHT_QUOTE, _ACT_OPEN_QUOTE, _ACT_CLOSE_QUOTE,
 _ACT_OPEN_PAREN, _ACT_CLOSE_PAREN) = range(8)
_ACTIONS: dict[str, int] = {
    **dict.fromkeys(_IN_WORDS, _ACT_IN), ",": _ACT_COMMA, ".": _ACT_DOT, ";": _ACT_DOT,
    '"': _ACT_STRAIGHT_QUOTE, **dict.fromkeys("«“„‘‚`", _ACT_OPEN_QUOTE),
    **dict.fromkeys("»”’", _ACT_CLOSE_QUOTE), "(": _ACT_OPEN_PAREN, "[": _ACT_OPEN_PAREN,
    ")": _ACT_CLOSE_PAREN, "]": _ACT_CLOSE_PAREN,
}
#: The id of the part with no features (``PartTable.parts`` starts with ``_HEAD``, then it,
#: then the flag parts, ``_FLAG_PARTS + flags`` for each combination of ``_FLAGS`` bits).
_EMPTY_PART = len(_HEAD)
_FLAG_PARTS = _EMPTY_PART + 1
_FLAG_COMBINATIONS = [
    tuple(sys.intern(name) for bit, name in _FLAGS if flags & bit) for flags in range(2 * _AFTER_QUOTE)
]
#: the ids of the comma parts of a token with no comma after it: no year ahead, a year ahead
_NO_COMMA = _FLAG_PARTS + len(_FLAG_COMBINATIONS)
_NO_COMMA_PARTS = [("nocomma",), ("nocomma", "yearahead")]
#: ``string_facts`` bits: what a token string does in ``part_ids_of``
(_FACT_COMMA, _FACT_DOT, _FACT_STRAIGHT_QUOTE, _FACT_OPEN_QUOTE, _FACT_CLOSE_QUOTE, _FACT_OPEN_PAREN,
 _FACT_CLOSE_PAREN, _FACT_AFTER_IN, _FACT_IN_WORD, _FACT_BOUNDARY, _FACT_YEAR, _FACT_WORDLIKE,
 _FACT_NUMERIC) = (1 << bit for bit in range(13))
#: the journal, place and publisher bits of ``_lists_mask`` come above the others
_FACT_LISTS_SHIFT = 13
_FACT_DEPTHS = _FACT_STRAIGHT_QUOTE | _FACT_OPEN_QUOTE | _FACT_CLOSE_QUOTE | _FACT_OPEN_PAREN | _FACT_CLOSE_PAREN
#: the bits that come from ``_ACTIONS`` (a year's action is skipped)
_FACT_ACTIONS = _FACT_COMMA | _FACT_DOT | _FACT_DEPTHS | _FACT_AFTER_IN
_ACTION_FACTS = {
    _ACT_IN: _FACT_AFTER_IN, _ACT_COMMA: _FACT_COMMA, _ACT_DOT: _FACT_DOT,
    _ACT_STRAIGHT_QUOTE: _FACT_STRAIGHT_QUOTE, _ACT_OPEN_QUOTE: _FACT_OPEN_QUOTE,
    _ACT_CLOSE_QUOTE: _FACT_CLOSE_QUOTE, _ACT_OPEN_PAREN: _FACT_OPEN_PAREN, _ACT_CLOSE_PAREN: _FACT_CLOSE_PAREN,
}
#: the bits of the token strings that have any (actions, boundaries, "in" words)
_TEXT_FACTS: dict[str, int] = {}
for _text in {*_ACTIONS, *_BOUNDARIES, *_IN_WORDS}:
    _TEXT_FACTS[_text] = (
        _ACTION_FACTS.get(_ACTIONS.get(_text, -1), 0)
        | (_FACT_BOUNDARY if _text in _BOUNDARIES else 0)
        | (_FACT_IN_WORD if _text in _IN_WORDS else 0)
    )
#: the bits a token class gives
_CLASS_FACTS = {
    cls: (_FACT_WORDLIKE if cls in _WORDLIKE else 0) | (_FACT_NUMERIC if cls in _NUMERIC else 0)
    | (_FACT_YEAR if cls == "Y" else 0)
    for cls in _WORDLIKE
}
#: where ``string_facts`` puts the class code
_FACT_CODE_SHIFT = 16
#: Distinct token classes ``chunk_part_ids`` can key (classes are letters and single marks)
_MAX_CLASSES = 1024


def _lists_bits(found: tuple[str, ...]) -> int:
    """The journal (1), place (2) and publisher (4) bits of the lists a word is in."""
    return ("journals" in found) | ("places" in found) << 1 | ("publishers" in found) << 2


class _ListFacts(dict[tuple[str, ...], int]):
    """``string_facts`` bits of the lists a word is in, worked out once per combination of lists."""

    def __missing__(self, found: tuple[str, ...]) -> int:
        bits = self[found] = _lists_bits(found) << _FACT_LISTS_SHIFT
        return bits


_LIST_FACTS = _ListFacts()
#: the code of the missing class pair at a reference's edges ("^" before, "$" after)
_PAIR_EDGE = _MAX_CLASSES * _MAX_CLASSES
#: Parts a ``PartTable`` takes before the extractor starts a new one (bounds memory).
_PART_LIMIT = 65_536


class PartTable:
    """The distinct context parts met so far, each a tuple of feature strings, by id.

    A part's id is its index in ``parts``; the first ids are the ``_HEAD``
    parts (position, commas, dots), then the empty part.  The other parts are
    added as they are met, under a key that says what they describe, so a
    part is built once and then named by a number: the batched decoder maps
    numbers to summed weights with one numpy lookup.
    """

    def __init__(self) -> None:
        self.parts: list[tuple[str, ...]] = [*_HEAD, (), *_FLAG_COMBINATIONS, *_NO_COMMA_PARTS]
        self._lock = threading.Lock()
        #: class pair before -> class pair after -> id
        self.pairs: dict[str, dict[str, int]] = {}
        #: segment key -> ids of (the part of its tokens, the part of the boundary opening it)
        self.segments: dict[tuple[int, str, int, int, bool, bool], tuple[int, int]] = {}
        #: class after the next comma -> id by 2 * distance bucket + year ahead (-1: none yet)
        self.commas: dict[str, list[int]] = {}

    def _add(self, features: Iterable[str]) -> int:
        part = tuple(map(sys.intern, features))
        with self._lock:  # threads may share the table: each id must name its own part
            self.parts.append(part)
            return len(self.parts) - 1

    def add_pair(self, before: str, after: str) -> int:
        """The part ``c-2=``, ``c+2=``: the class pairs before and after a token."""
        part = self.pairs.setdefault(before, {})[after] = self._add(("c-2=" + before, "c+2=" + after))
        return part

    def add_segment(self, key: tuple[int, str, int, int, bool, bool]) -> tuple[int, int]:
        """The parts of a segment's tokens and of the boundary opening it."""
        index, after, length, mask, digits, opens_with_in = key
        inside = self._add((
            _SEG_INDEX[index], "sgn=" + after, "sgn_i=" + after + str(min(index, 4)), _SEG_LEN[length],
            *(name for bit, name in ((1, "sgj"), (2, "sgpl"), (4, "sgpb")) if mask & bit),
            *(("sgdig",) if digits else ()), *(("sgin",) if opens_with_in else ()),
        ))
        boundary = self._add(("bnext=" + after, "bnextl=" + str(length), *(("bnextj",) if mask & 1 else ())))
        ids = self.segments[key] = (inside, boundary)
        return ids

    def add_comma(self, after: str, slot: int) -> int:
        """The part of the next comma (distance bucket, class after it) and of a year ahead."""
        distance, year_ahead = divmod(slot, 2)
        part = self.commas[after][slot] = self._add(
            (_COMMA_DIST[distance], "cafter=" + after, *(("yearahead",) if year_ahead else ()))
        )
        return part
