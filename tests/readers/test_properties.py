"""Invariants of every reader: any input is read without an exception, spans stay in bounds."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.readers import read_document
from citekit.readers.latex import read_latex_document
from citekit.readers.markdown import read_markdown_document

LATEX_ALPHABET = [*"ab \n{}[]%\\@,;.0123", "\\footnote{", "\\cite{", "\\footcite[", "\\%"]
MARKDOWN_ALPHABET = [*"ab \n[]^:@;,.-*_`0123", "[^1]", "[^1]: ", "^[", "[@k", "    ", "```\n"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(LATEX_ALPHABET), max_size=80).map("".join))
def test_latex_never_raises_and_spans_are_in_bounds(text: str) -> None:
    for note in read_latex_document(text).notes:
        assert note.span is not None
        assert 0 <= note.span[0] <= note.span[1] <= len(text)
        for citation in note.citations:
            assert citation.kind == "keyed" and citation.id is not None


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(MARKDOWN_ALPHABET), max_size=80).map("".join))
def test_markdown_never_raises_and_numbers_are_sequential(text: str) -> None:
    notes = read_markdown_document(text).notes
    assert [n.number for n in notes] == [str(i) for i in range(1, len(notes) + 1)]
    for note in notes:
        assert note.span is not None and 0 <= note.span[0] <= note.span[1] <= len(text)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300), st.sampled_from(["x.pdf", "x.docx", "x.txt", "x.tex", "x.md"]))
def test_arbitrary_bytes_give_diagnostics_not_exceptions(data: bytes, name: str) -> None:
    result = read_document(name, data)
    assert all(d.path == name for d in result.diagnostics)
