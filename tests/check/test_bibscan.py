"""The raw BibTeX scanner: entries, fields and positions, and bad input as errors."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit.check.bibscan import scan

CASES = [
    # (text, [(type, key, {field: value})])
    ("@book{k, title = {T}}", [("book", "k", {"title": "T"})]),
    ("@Book{k,\n  title = \"Q {\"} x\",\n}", [("book", "k", {"title": 'Q {"} x'})]),
    ("@article(k, pages = 1--2)", [("article", "k", {"pages": "1--2"})]),
    ("@misc{k}", [("misc", "k", {})]),
    ("@misc{k, note = {a} # \" b\" # mar}", [("misc", "k", {"note": "a bmar"})]),
    ("@comment{ @book{x, title={no}} }\n@misc{y, title={yes}}", [("misc", "y", {"title": "yes"})]),
    ("@comment{\n@book{x, title={commented out}}\n}\n@misc{y, title={yes}}", [("misc", "y", {"title": "yes"})]),
    ("free text mail@example.org\n@misc{y,}", [("misc", "y", {})]),
    ("@preamble{\"\\newcommand{\\x}{y}\"}\n@misc{z, title = {Z}}", [("misc", "z", {"title": "Z"})]),
    ("@book{k, title = {A {nested {deep}} title}}", [("book", "k", {"title": "A {nested {deep}} title"})]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_scan_reads_entries(text: str, expected: list[tuple[str, str, dict[str, str]]]) -> None:
    result = scan(text)
    assert result.errors == []
    got = [(e.type, e.key, {f.name: f.value for f in e.fields}) for e in result.entries]
    assert got == expected


def test_positions_are_one_based_line_and_column() -> None:
    text = "% c\n@book{k,\n  title = {T & U},\n}\n"
    result = scan(text)
    entry = result.entries[0]
    assert result.position(entry.offset) == (2, 1)
    assert result.position(entry.key_offset) == (2, 7)
    field = entry.fields[0]
    assert result.position(field.offset) == (3, 3)
    assert result.position(field.pieces[0].offset) == (3, 12)


def test_string_definitions_are_collected() -> None:
    result = scan('@string{jhup = "Johns Hopkins"}\n@book{k, publisher = jhup}')
    assert list(result.strings) == ["jhup"]
    assert result.entries[0].fields[0].pieces[0].kind == "bare"


BAD = [
    ("@book{k,\n  title = {never closed,\n  year = 2001\n\n@misc{next, title={N}}", "brace"),
    ("@book{k title = {T}}\n@misc{next, title={N}}", "expected ','"),
    ("@book{k, title {T}}\n@misc{next, title={N}}", "expected '='"),
    ("@book{, title = {T}}\n@misc{next, title={N}}", "no key"),
    ("@book{k, title = \"open}\n@misc{next, title={N}}", "never closes"),
]


@pytest.mark.parametrize(("text", "why"), BAD)
def test_unreadable_entry_is_an_error_and_the_next_entry_survives(text: str, why: str) -> None:
    result = scan(text)
    assert len(result.errors) == 1
    assert why in result.errors[0].message
    assert result.errors[0].raw.startswith("@book")
    assert [e.key for e in result.entries] == ["next"]


@given(st.text(alphabet=st.sampled_from(list("@{}(),=\"#% \nabk1\\")), max_size=80))
def test_scan_never_raises(text: str) -> None:
    result = scan(text)
    for entry in result.entries:
        assert 0 <= entry.offset < entry.end <= len(text)


@given(st.text(alphabet=st.sampled_from(list("@{}(),=\"#%&~ \nabk1\\c.")), max_size=120))
def test_bibliography_rules_never_raise(text: str) -> None:
    from citekit.check.bib_rules import analyse_bibtex

    analysis = analyse_bibtex("r.bib", "@book{k, title = {T}}\n" + text)
    for diag in analysis.findings:
        assert diag.code.startswith("C1") and diag.line is not None and diag.line >= 1
