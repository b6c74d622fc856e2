"""Labelled reference strings → token/tag sequences under one convention.

The shared corpora disagree on where punctuation belongs (AnyStyle and
LinkedBooks put ``(2011).`` inside the date span, GROBID leaves it outside) and
on cue words (GROBID leaves ``pp.``/``Vol.``/``In:`` untagged where AnyStyle
puts them in the field they introduce).  Mixing them unchanged would teach the
tagger two contradictory habits, so every record is converted to ONE
convention before training and scoring:

* a token takes the label of the segment its first character lies in;
* tokens made only of punctuation at either edge of a labelled span become
  ``O`` (outside); punctuation inside a span keeps the span's label; a run of
  dashes (``———``, "same author") is never stripped;
* an untagged cue word (``pp.``, ``Vol.``, ``No.``, ``In``, ``doi:``, ``cit.``
  …) directly before a labelled span joins that span (one field, not a cue
  field and a second one);
* an untagged role word right after an editor span (GROBID's ``(Eds.)``) joins
  the editor, as in AnyStyle;
* LinkedBooks' year inside a journal volume (``XIV (1976)``) is the ``date``;
* LinkedBooks' ``a`` of ``a cura di``, often left at the end of the title
  before it, joins the editor span it begins;
* LinkedBooks tags journal and volume titles as ``title``: a ``title`` span
  that directly follows another ``title`` span (only ``in``/punctuation
  between) is relabelled ``container-title``;
* AnyStyle's volumes are split into volume and issue (:func:`_split_volume_issue`),
  and a book title it labels ``container-title`` (no title, an imprint, no
  volume, issue or pages) becomes the ``title`` (:func:`_anystyle_book_titles`);
* LinkedBooks' ``pagination`` (page ranges and pinpoints alike) is split:
  the first page range of an article or chapter stays ``pages``, every other
  one is the cited place, ``locator`` (:func:`_linkedbooks_pinpoints`);
* tags are the plain labels, spans being separated by the ``O`` punctuation
  between them; only where two spans of a name, locator or volume label touch
  with nothing in between does the second start with ``B-label`` (see
  :func:`_tags`).

The held-out split is decided by a hash of the record id, so it is the same on
every machine and never depends on the order of the files.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from citekit.lazy_regex import lazy_compile
from citekit.normalize.names import ROLE_WORDS
from citekit.parser.tagger import spans_of
from citekit.parser.tokenize import Token, tokenize

#: Characters that, alone, make a token "punctuation" for the edge rule.
PUNCTUATION = frozenset(".,;:!?()[]{}<>\"'`´‘’‚“”„«»‹›/\\*·•-‐‑–—|")

#: Labels whose directly adjacent spans are kept apart with a ``B-`` tag.
SPLIT_LABELS = frozenset({"author", "editor", "locator", "volume"})

_CUE_WORDS = frozenset(
    """
    p p. pp pp. page pages pag pag. pagg. s. vol vol. vols vols. volume voi. no no. nr. n. num. issue
    in in: dans en doi doi: url url: isbn isbn: editor editors eds eds. ed. hrsg. a cura di cit. cit
    """.split()
)


@dataclass
class Sequence:
    """One reference as the tagger sees it."""

    id: str
    source: str
    text: str
    tokens: list[Token]
    tags: list[str]


def is_punctuation(token_text: str) -> bool:
    """True for a token made only of punctuation (but not a run of dashes)."""
    if len(token_text) > 1 and set(token_text) <= set("-‐‑–—―_"):
        return False
    return all(ch in PUNCTUATION for ch in token_text)


def is_held_out(record_id: str, percent: int = 10) -> bool:
    """Deterministic held-out membership: ``percent`` % of ids, by hash."""
    digest = hashlib.blake2b(record_id.encode("utf-8"), digest_size=4).digest()
    return int.from_bytes(digest, "big") % 100 < percent


def segments_to_sequence(
    record_id: str, source: str, segments: list[tuple[str, str]]
) -> Sequence:
    """Tokenize the joined segments and tag each token under the convention above."""
    text = "".join(t for _, t in segments)
    starts: list[int] = []
    labels: list[str] = []
    offset = 0
    for label, seg_text in segments:
        starts.append(offset)
        labels.append(label)
        offset += len(seg_text)
    tokens = tokenize(text)
    seg_index: list[int] = []
    j = 0
    for tok in tokens:
        while j + 1 < len(starts) and starts[j + 1] <= tok.start:
            j += 1
        seg_index.append(j)
    raw = ["O" if labels[k] == "punct" else labels[k] for k in seg_index]
    if source == "linkedbooks":
        _linkedbooks_cura(tokens, raw, seg_index)
    _strip_edges(tokens, raw, seg_index)
    if source == "linkedbooks":
        _split_linkedbooks_titles(tokens, raw, seg_index)
        _linkedbooks_editors(tokens, raw, seg_index)
        _linkedbooks_pinpoints(tokens, raw, seg_index)
    elif source == "anystyle":
        _split_volume_issue(tokens, raw)
        _anystyle_book_titles(raw)
    if source == "linkedbooks":
        _linkedbooks_volume_years(tokens, raw)
    _release_trailing_in(tokens, raw, seg_index)
    _attach_role_words(tokens, raw, seg_index)
    _attach_cue_words(tokens, raw, seg_index)
    tags = _tags(raw, seg_index)
    return Sequence(record_id, source, text, tokens, tags)


def _segments(seg_index: list[int]) -> Iterator[tuple[int, int]]:
    """(first, last) token of each segment, in order."""
    n = len(seg_index)
    i = 0
    while i < n:
        j = i
        while j + 1 < n and seg_index[j + 1] == seg_index[i]:
            j += 1
        yield i, j
        i = j + 1


def _strip_edges(tokens: list[Token], raw: list[str], seg_index: list[int]) -> None:
    for i, j in _segments(seg_index):
        if raw[i] != "O":
            lo, hi = i, j
            while lo <= hi and is_punctuation(tokens[lo].text):
                raw[lo] = "O"
                lo += 1
            while hi >= lo and is_punctuation(tokens[hi].text):
                raw[hi] = "O"
                hi -= 1


#: "in" words that introduce the container when they close the span before it
_TRAILING_IN = frozenset({"in", "dans", "en", "im"})


def _release_trailing_in(tokens: list[Token], raw: list[str], seg_index: list[int]) -> None:
    """A span that ends ``…», in`` before another field gives its ``in`` back.

    AnyStyle and LinkedBooks sometimes end a chapter's title with the ``in``
    that opens the book (``« Capital d'autochtonie », in CASILLO (dir.)``);
    everywhere else ``in`` belongs to the field it introduces.  Freed as
    ``other``, the cue-word rule below hands it on, and the quote and comma
    before it become edge punctuation.
    """
    n = len(tokens)
    for i, j in _segments(seg_index):
        last = j
        while last > i and raw[last] == "O":
            last -= 1
        nxt = j + 1
        while nxt < n and raw[nxt] == "O":
            nxt += 1
        if (
            raw[last] not in ("O", "other")
            and last - 1 > i
            and tokens[last].text.lower() in _TRAILING_IN
            and is_punctuation(tokens[last - 1].text)
            and nxt < n
            and raw[nxt] not in ("O", "other")
        ):
            raw[last] = "other"
            k = last - 1
            while k >= i and is_punctuation(tokens[k].text):
                raw[k] = "O"
                k -= 1


def _attach_role_words(tokens: list[Token], raw: list[str], seg_index: list[int]) -> None:
    """An untagged role word right after an editor span (``(Eds.)``, ``editors``) joins it.

    GROBID leaves the role outside the names; AnyStyle keeps it inside
    (``In Giles, C. L., editors``).  Without this rule the cue-word rule
    below would hand ``eds.`` to the title that follows.
    """
    n = len(tokens)
    for i in range(n):
        if raw[i] != "other" or tokens[i].text.lower().strip(".()") not in ROLE_WORDS:
            continue
        k = i - 1
        while k >= 0 and raw[k] in ("O", "other") and is_punctuation(tokens[k].text):
            k -= 1
        if k >= 0 and raw[k] == "editor":
            for m in range(k + 1, i + 1):
                raw[m] = "editor"
                seg_index[m] = seg_index[k]


def _attach_cue_words(tokens: list[Token], raw: list[str], seg_index: list[int]) -> None:
    """``other`` cue words take the label of the labelled token that follows.

    They join that token's segment too: left in a segment of their own, the
    field would start over after the cue (``Vol.`` + ``B-volume`` ``5``).
    """
    n = len(tokens)
    for i in range(n - 1, -1, -1):
        if raw[i] != "other" or tokens[i].text.lower() not in _CUE_WORDS:
            continue
        k = i + 1
        while k < n and raw[k] == "O":
            k += 1
        if k < n and raw[k] not in ("other", "O", "author", "title", "date"):
            # the punctuation between (``in: Title``) joins too, or the span
            # would read as two fields, ``in`` and ``Title``
            for m in range(i, k):
                raw[m] = raw[k]
                seg_index[m] = seg_index[k]


def _split_linkedbooks_titles(tokens: list[Token], raw: list[str], seg_index: list[int]) -> None:
    last_label = ""
    last_seg = -1
    relabel_seg = -1
    for i, tok in enumerate(tokens):
        label = raw[i]
        if label == "O" or (label == "other" and tok.text.lower() in ("in", "estratto", "da")):
            continue
        seg = seg_index[i]
        if label == "title" and seg != last_seg and last_label == "title":
            relabel_seg = seg
        if seg == relabel_seg and label == "title":
            raw[i] = "container-title"
            label = "title"  # a run of titles: the third is a container too
        last_label, last_seg = label, seg


_EDITOR_CUE = lazy_compile(
    r"^(?:a\s?c(?:ura)?\.?\s+di|ed(?:s|d)?\.|edited by|hrsg\.|hg\.|éds?\.|dir\.|par)\s",
    re.IGNORECASE,
)
_EDITOR_TAIL = lazy_compile(
    r"\(\s*(?:a\s?c(?:ura)?\s?\.?\s+di|eds?\s?\.?|hrsg\s?\.?|éds?\s?\.?|dir\s?\.?)\s*\)\W*$", re.I
)


def _linkedbooks_volume_years(tokens: list[Token], raw: list[str]) -> None:
    """LinkedBooks puts a journal's year inside its volume (``XIV (1976)``, ``7, 1993``).

    Every other corpus, and the SEER order ``56, 2004, 2``, tags that year
    ``date``; one convention keeps the tagger from learning both.
    """
    for i, last in _runs(raw, "volume"):
        if last > i and _YEAR.fullmatch(tokens[last].text):
            k = last - 1
            while k > i and tokens[k].text in ("(", ",", "[", ":"):
                k -= 1
            if not is_punctuation(tokens[k].text):
                for m in range(k + 1, last):
                    raw[m] = "O"
                raw[last] = "date"


_YEAR = lazy_compile(r"1[4-9]\d\d|20\d\d")


def _linkedbooks_cura(tokens: list[Token], raw: list[str], seg_index: list[int]) -> None:
    """Give the ``a`` of ``a cura di`` back to the editor span it begins.

    LinkedBooks often ends the preceding title with that ``a`` and starts the
    next span at ``cura di``; left so, the tagger learns a title ending in
    ``a`` and an editor cue that is not one.
    """
    for i in range(len(tokens) - 1):
        nxt = i + 1
        if (
            tokens[i].text.lower() == "a"
            and tokens[nxt].text.lower() in ("cura", "c.")
            and seg_index[nxt] != seg_index[i]
            and raw[nxt] not in ("O", "other")
        ):
            raw[i] = raw[nxt]
            seg_index[i] = seg_index[nxt]


def _anystyle_book_titles(raw: list[str]) -> None:
    """A reference whose only title is a ``container-title`` with an imprint is a book.

    AnyStyle's noisier files often label a book's own title ``journal``
    (``Sayer, D. (1991). Capitalism and modernity. London: Routledge.``).  With
    a publisher or place and no volume, issue or pages there is no container:
    the title is the work's own, as :mod:`citekit.normalize.container` reads it.
    """
    labels = set(raw)
    if (
        "container-title" in labels
        and "title" not in labels
        and labels & {"publisher", "location"}
        and not labels & {"volume", "issue", "pages"}
    ):
        for k, label in enumerate(raw):
            if label == "container-title":
                raw[k] = "title"


def _linkedbooks_editors(tokens: list[Token], raw: list[str], seg_index: list[int]) -> None:
    """LinkedBooks tags editors as ``author``: an author span led or closed by an editor cue is ``editor``.

    ``a c. di A. Bettagno`` and ``G. Benzoni (a cura di)`` are editors in
    every other corpus and in the canonical label set; left as ``author`` they
    would teach the tagger two answers for one pattern.
    """
    n = len(tokens)
    i = 0
    while i < n:
        if raw[i] != "author":
            i += 1
            continue
        j = i
        while j + 1 < n and seg_index[j + 1] == seg_index[i]:
            j += 1
        members = [k for k in range(i, j + 1) if raw[k] == "author"]
        text = " ".join(tokens[k].text for k in range(i, j + 1))
        if _EDITOR_CUE.match(text) or _EDITOR_TAIL.search(text):
            for k in members:
                raw[k] = "editor"
        i = j + 1


_ISSUE_WORDS = frozenset(
    "no no. nos. nr nr. n. n° nº num. núm. number issue iss. heft h. fasc. fascicolo".split()
)


def _split_volume_issue(tokens: list[Token], raw: list[str]) -> None:
    """AnyStyle has no issue label (``75(3)``, ``6, no 4`` are all ``volume``): split it.

    GROBID and the generated notes tag the issue apart, as the SEER order
    ``56, 2004, 2`` needs, so AnyStyle's volumes are split the same way: the
    number in brackets after the volume, or after an issue word, is the issue,
    and so is the second of two bare numbers (``8, 4``); a year before a
    semicolon (Vancouver's ``1995;274``) is the date.
    """
    n = len(tokens)
    for i, last in _runs(raw, "volume"):
        j = last + 1
        if j - i > 2 and _YEAR.fullmatch(tokens[i].text) and tokens[i + 1].text == ";":
            raw[i] = "date"  # Vancouver's "1995;274": the year is the date
            raw[i + 1] = "O"
            i += 2
        texts = [tokens[k].text for k in range(i, j)]
        if len(texts) == 3 and texts[1] == "," and texts[0].isdigit() and texts[2].isdigit():
            raw[i + 1] = "O"
            raw[i + 2] = "issue"
            continue
        for offset, text in enumerate(texts):
            k = i + offset
            if text == "(" and offset and offset + 1 < len(texts):
                raw[k] = "O"
                raw[k + 1] = "issue"
                if k + 2 < n and tokens[k + 2].text == ")":
                    raw[k + 2] = "O"
                break
            if text.lower() in _ISSUE_WORDS and offset and offset + 1 < len(texts):
                for m in range(k, j):
                    raw[m] = "issue"
                if raw[k - 1] == "volume" and is_punctuation(tokens[k - 1].text):
                    raw[k - 1] = "O"
                break


def _runs(raw: list[str], label: str) -> Iterator[tuple[int, int]]:
    """(first, last) of each run of ``label`` in ``raw``, found as the caller relabels.

    The caller may relabel tokens inside the run it was given; the scan goes on after it.
    """
    n = len(raw)
    i = 0
    while i < n:
        if raw[i] != label:
            i += 1
            continue
        j = i
        while j + 1 < n and raw[j + 1] == label:
            j += 1
        yield i, j
        i = j + 1


_RANGE_TOKEN = lazy_compile(r"\d\s?[-–—]\s?\d")


def _linkedbooks_pinpoints(tokens: list[Token], raw: list[str], seg_index: list[int]) -> None:
    """LinkedBooks' ``pagination`` mixes a work's page range with pinpoints: split them.

    A ``pages`` span is the cited place (``locator``) unless it is the first
    page *range* of a reference that has a container (an article or chapter)
    and no back-reference before it.
    """
    has_container = "container-title" in raw
    seen_pages = seen_backref = False
    spans: dict[int, list[int]] = {}
    for i, label in enumerate(raw):
        if label == "pages":
            spans.setdefault(seg_index[i], []).append(i)
    for i, label in enumerate(raw):
        if label == "backref":
            seen_backref = True
        if label != "pages" or seg_index[i] not in spans:
            continue
        members = spans.pop(seg_index[i])
        is_range = any(_RANGE_TOKEN.search(tokens[k].text) for k in members)
        if seen_pages or seen_backref or not has_container or not is_range:
            for k in members:
                raw[k] = "locator"
        seen_pages = True


def _tags(raw: list[str], seg_index: list[int]) -> list[str]:
    """Plain labels; ``B-label`` only where a span directly follows one of its own kind.

    Spans are already separated by the ``O`` punctuation between them, so a
    ``B-`` tag is needed only for the rare same-label spans with nothing in
    between (``b. 12 fasc. 3``).  Keeping those few as ``B-`` and the rest as
    plain labels (IOB1) halves the label set against full BIO, and the
    tagger's Viterbi cost grows with its square.
    """
    tags: list[str] = []
    prev_label = "O"
    prev_seg = -1
    for label, seg in zip(raw, seg_index, strict=True):
        if label != "O" and label == prev_label and seg != prev_seg and label in SPLIT_LABELS:
            tags.append("B-" + label)
        else:
            tags.append(label)
        prev_label, prev_seg = label, seg
    return tags


def read_corpus(path: Path) -> Iterator[Sequence]:
    """Sequences of one shared JSONL file (``source`` taken from each record)."""
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            segments = [(str(a), str(b)) for a, b in record["segments"]]
            yield segments_to_sequence(str(record["id"]), str(record["source"]), segments)


def fields_of(tokens: list[Token], tags: list[str], text: str) -> list[tuple[str, str]]:
    """Labelled spans as ``(label, text)``, edges exactly as tagged (no punctuation added)."""
    fields: list[tuple[str, str]] = []
    for label, first, last in spans_of(tags):
        fields.append((label, text[tokens[first].start : tokens[last].end]))
    return fields
