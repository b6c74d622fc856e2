"""The reference parser: one free-text citation in, a CSL item and its occurrence out.

    >>> from citekit.parser import parse_reference
    >>> ref = parse_reference("See Paul Hagenloh, Stalin’s Police, Baltimore, MD, 2009, p. 3.")
    >>> ref.locator, ref.prefix                                   # doctest: +SKIP
    ('3', 'See')

Three steps: :mod:`~citekit.parser.tokenize` splits the text keeping offsets,
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

import re
from collections.abc import Iterable

from citekit.model import Diagnostic, Entry, ParsedReference
from citekit.parser.tokenize import Token, tokenize

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

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\u200b]+")
_SPACE = re.compile(r"\s+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_OPENING = frozenset("([{«‹“„‘‚\"'")
_PUNCT = frozenset(".,;:!?()[]{}<>\"'`´‘’‚“”„«»‹›/\\*·•-‐‑–—|")


def clean_text(text: str) -> str:
    """One line, single spaces, no control characters: the form the tagger was trained on."""
    text = _SURROGATE.sub("\ufffd", text)
    return _SPACE.sub(" ", _CONTROL.sub(" ", text)).strip()


def _is_punct(token: Token) -> bool:
    return all(ch in _PUNCT for ch in token.text)


def tag_fields(
    text: str, *, marginals: bool = False
) -> tuple[list[tuple[str, str]], list[tuple[str, float]]]:
    """Labelled fields of ``text`` (already cleaned) and, if asked, each field's confidence.

    A field is a run of tokens with one label (``O`` ends it, ``B-`` starts a new one), widened
    to the punctuation attached to it without a space (``Police,``,
    ``‘Title’,``, ``(2011).``): that is the "source text of the span" the
    normalizers expect.  Confidence is the mean marginal of the field's tokens.
    """
    from citekit.parser.tagger import get_tagger, spans_of

    tokens = tokenize(text)
    tagger = get_tagger()
    if marginals:
        tags, probs = tagger.tag_with_marginals(tokens)
    else:
        tags, probs = tagger.tag(tokens), []
    spans = spans_of(tags)
    fields: list[tuple[str, str]] = []
    confidences: list[tuple[str, float]] = []
    claimed = -1  # last token index already inside a field's text
    for n, (label, lo, hi) in enumerate(spans):
        next_lo = spans[n + 1][1] if n + 1 < len(spans) else len(tokens)
        start_tok = lo
        while (
            start_tok - 1 > claimed
            and tags[start_tok - 1] == "O"
            and tokens[start_tok - 1].text in _OPENING
            and tokens[start_tok - 1].end == tokens[start_tok].start
        ):
            start_tok -= 1
        end_tok = hi
        while (
            end_tok + 1 < next_lo
            and _is_punct(tokens[end_tok + 1])
            and tokens[end_tok + 1].start == tokens[end_tok].end
            and tokens[end_tok + 1].text not in _OPENING
        ):
            end_tok += 1
        claimed = end_tok
        fields.append((label, text[tokens[start_tok].start : tokens[end_tok].end]))
        if marginals:
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
        return ParsedReference(
            item={"type": "document"},
            diagnostics=[Diagnostic("P001", "empty reference", raw=text if isinstance(text, str) else None)],
        )
    try:
        fields, field_confidence = tag_fields(cleaned, marginals=confidences)
    except Exception as exc:  # a missing or broken model must not take the caller down
        return ParsedReference(
            item={"type": "document"},
            diagnostics=[
                Diagnostic(
                    "P003", f"the tagger could not run: {type(exc).__name__}: {exc}",
                    severity="error", raw=cleaned,
                )
            ],
        )
    result = _normalize(fields, prev, cleaned)
    result.fields = fields
    if confidences:
        result.confidence = _confidence_by_variable(field_confidence)
    if not fields:
        result.diagnostics.append(Diagnostic("P002", "no field recognised", raw=cleaned))
    return result


def _normalize(fields: list[tuple[str, str]], prev: Entry | None, raw: str) -> ParsedReference:
    try:
        from citekit.normalize import normalize_fields

        return normalize_fields(fields, prev=prev)
    except Exception as exc:  # the chain isolates its steps; this guards the chain itself
        return ParsedReference(
            item={"type": "document"},
            diagnostics=[
                Diagnostic(
                    "P004", f"the normalizers failed: {type(exc).__name__}: {exc}",
                    severity="error", raw=raw,
                )
            ],
        )


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
    """
    results: list[ParsedReference] = []
    prev: Entry | None = None
    for text in texts:
        result = parse_reference(text, prev=prev if chain else None, confidences=confidences)
        results.append(result)
        if chain and result.fields:
            prev = result.item
    return results
