"""Property tests: CSL → BibTeX → CSL round trips; the reader never raises."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citekit.formats import bibtex
from citekit.formats.latex_text import decode, encode
from citekit.model import ITEM_TYPES

# Text users type: letters with accents, punctuation and LaTeX specials, no markup.
_ALPHABET = st.sampled_from(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
                                 "éèüöäßçñøåłŁÉÖ &%$#_{}~^\\.,;:'!?()[]/–—“”"))
_TEXT = st.text(_ALPHABET, min_size=1, max_size=40).map(lambda s: " ".join(s.split())).filter(bool)
_WORD = st.text(st.sampled_from(list("abcdefghijklmnopqrstuvwxyzéüßçł")), min_size=1,
                max_size=12)
_CAP_WORD = _WORD.map(lambda w: w[0].upper() + w[1:])
_PERSON = st.builds(
    lambda family, given, particle: {
        "family": family, "given": given,
        **({"non-dropping-particle": particle} if particle else {}),
    },
    _CAP_WORD, _CAP_WORD, st.sampled_from(["", "von", "de", "van der"]),
)
_INSTITUTION = st.builds(lambda words: {"literal": " ".join(words)},
                         st.lists(_CAP_WORD, min_size=1, max_size=4))
_NAMES = st.lists(st.one_of(_PERSON, _INSTITUTION), min_size=1, max_size=4)
_DATE = st.one_of(
    st.builds(lambda y: {"date-parts": [[y]]}, st.integers(1000, 2100)),
    st.builds(lambda y, m: {"date-parts": [[y, m]]}, st.integers(1000, 2100),
              st.integers(1, 12)),
)


#: Variables each generated type carries in both dialects' data models (for what they do not
#: hold, see test_any_type_round_trip below).
_EXTRA_VARIABLES: dict[str, tuple[str, ...]] = {
    "book": ("publisher", "publisher-place", "note", "volume", "editor"),
    "chapter": ("container-title", "publisher", "publisher-place", "note", "volume", "editor"),
    "article-journal": ("container-title", "volume", "note", "editor"),
    "thesis": ("publisher", "publisher-place", "note"),
    "report": ("publisher", "publisher-place", "note"),
    "manuscript": ("publisher-place", "note"),
    "webpage": ("note",),
}


@st.composite
def entries(draw: Any) -> dict[str, Any]:
    csl_type = draw(st.sampled_from(sorted(_EXTRA_VARIABLES)))
    entry: dict[str, Any] = {
        "id": draw(st.from_regex(r"[a-z]{1,8}[0-9]{0,4}", fullmatch=True)),
        "type": csl_type,
        "title": draw(_TEXT),
        "author": draw(_NAMES),
        "issued": draw(_DATE),
    }
    for variable in _EXTRA_VARIABLES[csl_type]:
        if draw(st.booleans()):
            entry[variable] = draw(_NAMES if variable == "editor" else _TEXT)
    if csl_type == "webpage":  # classic BibTeX knows a web page only by its URL
        entry["URL"] = "https://example.org/" + entry["id"]
    entry["citation-key"] = entry["id"]
    return entry


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(entries(), min_size=1, max_size=3, unique_by=lambda e: e["id"]),
       st.sampled_from(["bibtex", "biblatex"]))
def test_write_read_round_trip(items: list[dict[str, Any]], dialect: str) -> None:
    text = bibtex.write(items, dialect=dialect)
    result = bibtex.read(text)
    assert [d for d in result.diagnostics if d.severity != "info"] == []
    for original, again in zip(items, result.entries, strict=True):
        for key, value in original.items():
            assert again.get(key) == value, (key, text)


_MULTI_WORD_PERSON = st.builds(
    lambda family, given: {"family": " ".join(family), "given": given}, st.lists(_CAP_WORD, min_size=2, max_size=2),
    _CAP_WORD)
#: Variables with no field in many entry types: biblatex prints them in ``addendum``, classic
#: BibTeX keeps them under their own names; either way they read back.
_OFF_MODEL: dict[str, Any] = {
    "archive": _TEXT, "archive_location": _TEXT, "archive-place": _TEXT, "medium": _TEXT, "genre": _TEXT,
    "dimensions": _TEXT, "scale": _TEXT, "status": _TEXT, "version": _TEXT, "authority": _TEXT,
    "section": _TEXT, "publisher": _TEXT, "publisher-place": _TEXT, "container-title": _TEXT, "edition": _TEXT,
    "recipient": st.lists(st.one_of(_PERSON, _INSTITUTION, _MULTI_WORD_PERSON), min_size=1, max_size=3),
    "director": _NAMES, "composer": _NAMES, "interviewer": _NAMES,
}


@st.composite
def any_type_entries(draw: Any) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "id": draw(st.from_regex(r"[a-z]{1,8}[0-9]{0,4}", fullmatch=True)),
        "type": draw(st.sampled_from(ITEM_TYPES)),
        "title": draw(_TEXT),
        "issued": draw(_DATE),
    }
    for variable in draw(st.lists(st.sampled_from(sorted(_OFF_MODEL)), max_size=6, unique=True)):
        entry[variable] = draw(_OFF_MODEL[variable])
    entry["citation-key"] = entry["id"]
    return entry


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(any_type_entries(), st.sampled_from(["bibtex", "biblatex"]))
def test_any_type_round_trip(item: dict[str, Any], dialect: str) -> None:
    """Any CSL type with variables its bib type has no field for: the same type and values read back
    (``entrysubtype`` carries the type, ``addendum`` or a field of the variable's name the values)."""
    text = bibtex.write([item], dialect=dialect)
    again = bibtex.read(text).entries[0]
    for key, value in item.items():
        assert again.get(key) == value, (key, text)


@settings(max_examples=300, deadline=None)
@given(_TEXT, st.booleans())
def test_encode_decode_identity(text: str, ascii_accents: bool) -> None:
    assert decode(encode(text, ascii_accents=ascii_accents))[0] == text


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from(list("@{}()\"#=,%\\ \nabkt0'~")), max_size=80))
def test_reader_never_raises_on_bib_like_text(text: str) -> None:
    result = bibtex.read(text)
    for diag in result.diagnostics:
        assert diag.code.startswith("F")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_reader_never_raises_on_any_text(text: str) -> None:
    bibtex.read(text)
