"""The LaTeX reader: brace matching, comments, keyed citations, golden file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citekit.readers import read_document
from citekit.readers.latex import read_latex_document

DATA = Path(__file__).parent / "data"


def test_golden_chapter() -> None:
    text = (DATA / "chapter.tex").read_text(encoding="utf-8")
    result = read_latex_document(text, "chapter.tex")
    got = {
        "source": result.source,
        "notes": [n.to_json() for n in result.notes],
        "diagnostics": [d.to_json() for d in result.diagnostics],
    }
    assert got == json.loads((DATA / "chapter.golden.json").read_text(encoding="utf-8"))


def test_span_is_the_exact_footnote_argument() -> None:
    text = (DATA / "chapter.tex").read_text(encoding="utf-8")
    for note in read_latex_document(text).notes:
        start, end = note.span
        assert text[start - 1] == "{" and text[end] == "}"
        assert text[:start].rstrip("{ ").endswith(("\\footnote", "]", "\\footnotetext"))


@pytest.mark.parametrize(
    ("tex", "expected"),
    [
        (r"\footnote{\cite{a}}", [("a", None, None, None)]),
        (r"\footnote{\footcite[6ff.]{a}}", [("a", "6ff.", "page", None)]),
        (r"\footnote{\autocite[see][p.~12]{a}}", [("a", "12", "page", "see")]),
        (r"\footnote{\parencite[chap.~3]{a,b}}", [("a", None, None, None), ("b", "3", "chapter", None)]),
        (r"\footnote{\textcite[vgl.][]{a}}", [("a", None, None, "vgl.")]),
        (r"\footnote{\citeauthor{a}}", [("a", None, None, None)]),
        (r"\footnote{\cites[see][5]{a}[7]{b}}", [("a", "5", "page", "see"), ("b", "7", "page", None)]),
        (r"\footnote{\citep[emphasis added]{a}}", [("a", None, None, None)]),
    ],
)
def test_keyed_citations(tex: str, expected: list[tuple]) -> None:
    (note,) = read_latex_document(tex).notes
    got = [(c.id, c.locator, c.label, c.prefix) for c in note.citations]
    assert got == expected
    assert all(c.kind == "keyed" for c in note.citations)


def test_postnote_that_is_not_a_locator_becomes_the_suffix() -> None:
    (note,) = read_latex_document(r"\footnote{\cite[emphasis added]{a}}").notes
    assert note.citations[0].suffix == "emphasis added"


def test_comments_and_escaped_percent() -> None:
    tex = "A\\footnote{50\\% of {cases} % a } comment\n end}\n% \\footnote{commented}\n"
    (note,) = read_latex_document(tex).notes
    assert note.text == "50% of cases end"


def test_unbalanced_footnote_is_reported() -> None:
    result = read_document("x.tex", b"Text.\\footnote{open {\n\nmore")
    assert [d.code for d in result.diagnostics] == ["X201"]
    assert result.diagnostics[0].line == 1
    assert result.notes[0].number == "1"
