"""The reference parser: one free-text citation in, a CSL item and its occurrence out.

    >>> from citekit.parser import parse_reference
    >>> ref = parse_reference("See Paul Hagenloh, Stalin’s Police, Baltimore, MD, 2009, p. 3.")
    >>> ref.locator, ref.prefix                                   # doctest: +SKIP
    ('3', 'See')

Three steps: :mod:`~citekit.parser.tokenize` splits the text keeping offsets
(of the text as :mod:`~citekit.parser.casing` shows it to the tagger),
:mod:`~citekit.parser.tagger` (a CRF) labels every token, and the labelled
spans go through the normalizer chain of :mod:`citekit.normalize`, which
builds the CSL item and the occurrence data (locator, signal, kind).

Parsing never raises: whatever the input, the result is a
:class:`~citekit.model.ParsedReference`, and problems are diagnostics.

Diagnostic codes of this package:

====  ========  =====================================================
code  severity  meaning
====  ========  =====================================================
P001  warning   empty reference (nothing but white space / controls)
P002  warning   no field recognised in the reference
P003  error     the tagger could not run (model missing or broken)
P004  error     the normalizers failed as a whole; fields are kept
====  ========  =====================================================
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager

from citekit.lazy_regex import lazy_compile
from citekit.model import Diagnostic, Entry, ParsedReference
from citekit.parser.casing import tagger_view
from citekit.parser.signals import leading_signal
from citekit.parser.tokenize import Token, token_triples, tokenize

__all__ = ["FIELD_VARIABLES", "parse_reference", "parse_references", "tag_fields"]

#: The CSL variable (or occurrence attribute) each tagger label feeds: the keys
#: of ``ParsedReference.confidence``.
FIELD_VARIABLES: dict[str, str] = {
    "author": "author", "editor": "editor", "translator": "translator", "title": "title",
    "container-title": "container-title", "collection-title": "collection-title",
    "date": "issued", "volume": "volume", "issue": "issue", "pages": "page",
    "locator": "locator", "publisher": "publisher", "location": "publisher-place",
    "edition": "edition", "genre": "genre", "note": "note", "url": "URL", "doi": "DOI",
    "isbn": "ISBN", "signal": "prefix", "backref": "kind",
    "citation-number": "citation-number",
}

_CONTROL = lazy_compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\u200b]+")
_SPACE = lazy_compile(r"\s+")
_SURROGATE = lazy_compile(r"[\ud800-\udfff]")
_OPENING = frozenset("([{«‹“„‘‚\"'")
_PUNCT = frozenset(".,;:!?()[]{}<>\"'`´‘’‚“”„«»‹›/\\*·•-‐‑–—|")
_PUNCT_CHARS = "".join(sorted(_PUNCT))
#: the marks a field takes when they follow it with no space (an opening mark starts the next one)
_GLUED_MARKS = _PUNCT - _OPENING


def clean_text(text: str) -> str:
    """One line, single spaces, no control characters: the form the tagger was trained on."""
    if text.isprintable() and "  " not in text:
        # the common case: no control, no run of spaces.  (Every character the three
        # expressions below change is unprintable: controls, surrogates, format
        # characters and white space other than the ASCII space, which stays
        # single: so they would change nothing.)
        return text.strip()
    text = _SURROGATE.sub("\ufffd", text)
    return _SPACE.sub(" ", _CONTROL.sub(" ", text)).strip()


def tag_fields(
    text: str, *, marginals: bool = False
) -> tuple[list[tuple[str, str]], list[tuple[str, float]]]:
    """Labelled fields of ``text`` (already cleaned) and, if asked, each field's confidence.

    A field is a run of tokens with one label (``O`` ends it, ``B-`` starts a new one), widened
    to the punctuation attached to it without a space (``Police,``,
    ``‘Title’,``, ``(2011).``): that is the "source text of the span" the
    normalizers expect.  Confidence is the mean marginal of the field's tokens.
    """
    from citekit.parser.tagger import get_tagger

    start = leading_signal(text)
    if start:  # "See especially …": the signal is read here, the citation tagged on its own
        fields, confidences = tag_fields(text[start:], marginals=marginals)
        signal = ("signal", text[:start].rstrip())
        return [signal, *fields], ([("signal", 1.0), *confidences] if marginals else confidences)
    tokens = tokenize(tagger_view(text))
    tagger = get_tagger()
    if marginals:
        tags, probs = tagger.tag_with_marginals(tokens)
    else:
        tags, probs = tagger.tag(tokens), []
    return _fields_of(text, tokens, tags, probs)


def _fields_of(
    text: str, tokens: list[Token], tags: list[str], probs: list[float]
) -> tuple[list[tuple[str, str]], list[tuple[str, float]]]:
    """``tag_fields`` once the tags (and, if ``probs``, their marginals) are known."""
    from citekit.parser.tagger import spans_of

    return _fields_of_spans(text, tokens, tags, spans_of(tags), probs)


def _fields_of_spans(
    text: str,
    tokens: Sequence[tuple[str, int, int]],
    tags: list[str],
    spans: list[tuple[str, int, int]],
    probs: list[float],
) -> tuple[list[tuple[str, str]], list[tuple[str, float]]]:
    """``_fields_of`` once the spans of ``tags`` (``tagger.spans_of``) are known; ``tokens``
    may be :class:`Token` s or plain ``(text, start, end)`` tuples (``tokenize.token_triples``)."""
    fields: list[tuple[str, str]] = []
    confidences: list[tuple[str, float]] = []
    claimed = -1  # last token index already inside a field's text
    count = len(tokens)
    for n, (label, lo, hi) in enumerate(spans):
        next_lo = spans[n + 1][1] if n + 1 < len(spans) else count
        start_tok = lo
        while (
            start_tok - 1 > claimed
            and tags[start_tok - 1] == "O"
            and tokens[start_tok - 1][0] in _OPENING
            and tokens[start_tok - 1][2] == tokens[start_tok][1]
        ):
            start_tok -= 1
        end_tok = hi
        end = tokens[hi][2]
        # punctuation glued to the field's end (no space before it, not an opening mark) goes with it
        while end_tok + 1 < next_lo:
            after, after_start, after_end = tokens[end_tok + 1]
            if after_start != end:
                break
            # (a one-character mark, the usual case, is looked up; a longer token must be all marks)
            if after not in _GLUED_MARKS and (len(after) == 1 or after.strip(_PUNCT_CHARS)):
                break
            end_tok += 1
            end = after_end
        claimed = end_tok
        fields.append((label, text[tokens[start_tok][1] : end]))
        if probs:
            confidences.append((label, sum(probs[lo : hi + 1]) / (hi - lo + 1)))
    return fields, confidences


def parse_reference(
    text: str, *, prev: Entry | None = None, confidences: bool = False
) -> ParsedReference:
    """Parse one citation (a footnote's reference or a bibliography entry).

    ``prev`` is the entry parsed just before (for "———" and "Id."); with
    ``confidences`` the result carries the tagger's marginal probability per
    CSL field.  Never raises.
    """
    cleaned = clean_text(text if isinstance(text, str) else str(text))
    if not cleaned:
        return _empty(text)
    try:
        fields, field_confidence = tag_fields(cleaned, marginals=confidences)
    except Exception as exc:  # a missing or broken model must not take the caller down
        return _untagged(cleaned, exc)
    return _finish(cleaned, fields, field_confidence if confidences else None, prev)


def _empty(text: object) -> ParsedReference:
    return ParsedReference(
        item={"type": "document"},
        diagnostics=[Diagnostic("P001", "empty reference", raw=text if isinstance(text, str) else None)],
    )


def _failed(code: str, what: str, exc: Exception, raw: str) -> ParsedReference:
    """An item with only a type and the error that stopped the parse (P003, P004)."""
    return ParsedReference(
        item={"type": "document"},
        diagnostics=[
            Diagnostic(code, f"{what}: {type(exc).__name__}: {exc}", severity="error", raw=raw)
        ],
    )


def _untagged(cleaned: str, exc: Exception) -> ParsedReference:
    return _failed("P003", "the tagger could not run", exc, cleaned)


def _finish(
    cleaned: str,
    fields: list[tuple[str, str]],
    field_confidence: list[tuple[str, float]] | None,
    prev: Entry | None,
) -> ParsedReference:
    """The parse of a tagged reference: normalized fields, confidences if asked, P002 if empty."""
    result = _normalize(fields, prev, cleaned)
    result.fields = fields
    if field_confidence is not None:
        result.confidence = _confidence_by_variable(field_confidence)
    if not fields:
        result.diagnostics.append(Diagnostic("P002", "no field recognised", raw=cleaned))
    return result


#: ``citekit.normalize.normalize_pairs`` once imported (not an import statement per reference);
#: the tagger's fields are plain (label, text) pairs with bare labels, which it takes unchecked
_normalize_pairs: Callable[..., ParsedReference] | None = None


def _normalize(fields: list[tuple[str, str]], prev: Entry | None, raw: str) -> ParsedReference:
    global _normalize_pairs
    try:
        if _normalize_pairs is None:
            from citekit.normalize import normalize_pairs

            _normalize_pairs = normalize_pairs
        return _normalize_pairs(fields, prev=prev)
    except Exception as exc:  # the chain isolates its steps; this guards the chain itself
        return _failed("P004", "the normalizers failed", exc, raw)


def _confidence_by_variable(field_confidence: list[tuple[str, float]]) -> dict[str, float]:
    """The weakest field of each CSL variable, rounded for output."""
    out: dict[str, float] = {}
    for label, value in field_confidence:
        variable = FIELD_VARIABLES.get(label)
        if variable is None:
            continue
        out[variable] = round(min(value, out.get(variable, 1.0)), 4)
    return out


def parse_references(
    texts: Iterable[str], *, confidences: bool = False, chain: bool = True
) -> list[ParsedReference]:
    """Parse many references in order; one result per input, never fewer.

    With ``chain`` each reference sees the item parsed before it as ``prev``
    (what "———", "Id." and "Ibid." refer to in a list or a run of notes).
    The results equal ``parse_reference``'s one by one; without
    ``confidences``, on inputs large enough to pay for loading it, ``_BATCH``
    references at a time are tagged together by the batched decoder (same
    tags as CRFsuite, in a fraction of the time).
    """
    texts = list(texts)
    batched = not confidences and _worth_batching(len(texts))
    if not batched:
        return _parse_all(texts, confidences, chain, batched)
    with _fewer_collections():
        return _parse_all(texts, confidences, chain, batched)


def _parse_all(
    texts: list[str], confidences: bool, chain: bool, batched: bool
) -> list[ParsedReference]:
    results: list[ParsedReference] = []
    prev: Entry | None = None
    for first in range(0, len(texts), _BATCH):
        batch = texts[first : first + _BATCH]
        tagged = _tag_all(batch) if batched else None
        for n, text in enumerate(batch):
            before = prev if chain else None
            if tagged is None:
                result = parse_reference(text, prev=before, confidences=confidences)
            else:
                cleaned, fields = tagged[n]
                result = _finish(cleaned, fields, None, before) if cleaned else _empty(text)
            results.append(result)
            if chain and result.fields:
                prev = result.item
    return results


@contextmanager
def _fewer_collections() -> Iterator[None]:
    """Switch the cyclic garbage collector off for one large batch, and back on after it.

    A batch allocates a great many objects that live on (results, tokens, the
    decoder's and normalizers' caches), so the collector's scans free nothing
    and cost a tenth of the run (a higher young-generation threshold saved
    half of that).  Parsing makes no reference cycles (a collection after
    20,000 references with the collector off finds no unreachable object), so
    nothing piles up; reference counting frees everything as usual.

    Switched back on, the collector would first scan every object the batch
    left (a young collection of all of them: ~5 % of the run).  They are
    moved to the oldest generation instead (``freeze`` then ``unfreeze``
    moves lists, it scans nothing), where the next full collection sees them
    as it sees all objects.  Not when the program froze objects of its own:
    ``unfreeze`` would release them too.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            if _CAN_FREEZE and gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


#: ``gc.freeze`` is CPython's (3.7 on); elsewhere the collector scans the batch's objects as usual
_CAN_FREEZE = hasattr(gc, "freeze") and hasattr(gc, "get_freeze_count")
#: References tagged together by ``parse_references`` (bounds the memory of their tokens).
_BATCH = 1024
#: Fewest references for which ``parse_references`` loads the batched decoder:
#: loading it (numpy, the weights) takes ~0.1 s, which it saves back only after
#: about a thousand references.  Once loaded, it serves inputs of any size.
_BATCH_MIN = 1000


def _worth_batching(count: int) -> bool:
    from citekit.parser.tagger import batch_decoder_loaded

    return count >= _BATCH_MIN or (count > 1 and batch_decoder_loaded())


def _tag_all(texts: list[str]) -> list[tuple[str, list[tuple[str, str]]]] | None:
    """Each text cleaned, and its fields; ``None`` if the tagger fails (the single path reports it)."""
    cleaned = [clean_text(text if isinstance(text, str) else str(text)) for text in texts]
    try:
        starts = [leading_signal(text) for text in cleaned]
        from citekit.parser.tagger import get_tagger, spans_of

        tagger = get_tagger()
        decoder = tagger.batch_decoder()
        tokens: Sequence[Sequence[tuple[str, int, int]]]
        if decoder is not None:  # it reads plain (text, start, end) tuples
            tokens = [token_triples(tagger_view(text[start:])) for text, start in zip(cleaned, starts, strict=True)]
            all_tags = decoder.tag_many(tokens)
        else:  # CRFsuite, one reference at a time, on tokens
            named = [tokenize(tagger_view(text[start:])) for text, start in zip(cleaned, starts, strict=True)]
            all_tags = tagger.tag_many(named)
            tokens = named
    except Exception:  # a missing or broken model: parse_reference turns it into P003
        return None
    out: list[tuple[str, list[tuple[str, str]]]] = []
    for text, start, toks, tags in zip(cleaned, starts, tokens, all_tags, strict=True):
        fields = _fields_of_spans(text[start:], toks, tags, spans_of(tags), [])[0] if text else []
        if start:
            fields.insert(0, ("signal", text[:start].rstrip()))
        out.append((text, fields))
    return out
