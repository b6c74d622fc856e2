"""The author's own bibliography files named by a LaTeX or Markdown document (``bib_resources``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.extraction import extract
from citekit.readers import read_document
from citekit.readers.bib_resources import latex_bibliography_files, markdown_bibliography_files

BIB = """@book{hagenloh2009, author={Hagenloh, Paul}, title={Stalin's Police: Public Order and Mass Repression
in the USSR, 1926--1941}, publisher={Johns Hopkins University Press}, location={Baltimore}, date={2009}}
@book{conquest1968, author={Conquest, Robert}, title={The Great Terror}, publisher={Macmillan}, date={1968}}
"""

CHAPTER = r"""\documentclass{article}
\usepackage[style=verbose]{biblatex}
\addbibresource{refs.bib}
% \addbibresource{old.bib}
\begin{document}
Text.\footnote{See \cite[3]{hagenloh2009}.} More.\footnote{\cite{conquest1968}; and Paul Hagenloh,
\emph{Stalin's Police: Public Order and Mass Repression in the USSR, 1926--1941} (Baltimore, 2009), 6.}
\end{document}
"""


@pytest.mark.parametrize(("text", "files"), [
    (CHAPTER, ["refs.bib"]),
    ("\\bibliography{refs, more}\n", ["refs.bib", "more.bib"]),
    ("\\addbibresource[location=local]{sources.bib}\n\\bibliography{x.bib}", ["sources.bib", "x.bib"]),
    ("no bibliography here", []),
])
def test_latex_bibliography_files(text: str, files: list[str]) -> None:
    assert latex_bibliography_files(text) == files


@pytest.mark.parametrize(("text", "files"), [
    ("---\ntitle: A chapter\nbibliography: refs.bib\n---\nText.[^1]\n", ["refs.bib"]),
    ("---\nbibliography: [a.bib, 'b.json']\n---\n", ["a.bib", "b.json"]),
    ("---\nbibliography:\n  - a.bib\n  - b.bib\nlang: en\n---\n", ["a.bib", "b.bib"]),
    ("Text.\n\nbibliography: not a header\n", []),
])
def test_markdown_bibliography_files(text: str, files: list[str]) -> None:
    assert markdown_bibliography_files(text) == files


def test_keyed_citations_get_the_authors_entries(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "chapter.tex").write_text(CHAPTER, encoding="utf-8")
    doc = extract(str(tmp_path / "chapter.tex"))
    ids = [str(e["id"]) for e in doc.entries]
    assert ids == ["hagenloh2009", "conquest1968"]  # the typed Hagenloh is the author's entry, not a second one
    cits = [(c.kind, c.id, c.locator) for n in doc.notes for c in n.citations]
    assert cits == [("keyed", "hagenloh2009", "3"), ("keyed", "conquest1968", None), ("full", "hagenloh2009", "6")]
    assert doc.entries[0]["publisher"] == "Johns Hopkins University Press"


def test_markdown_keyed_citations(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB, encoding="utf-8")
    (tmp_path / "thesis.md").write_text(
        "---\nbibliography: refs.bib\n---\nText.[^1]\n\n[^1]: See [@conquest1968, p. 5].\n", encoding="utf-8")
    doc = extract(str(tmp_path / "thesis.md"))
    assert [str(e["id"]) for e in doc.entries] == ["conquest1968"]
    assert doc.entries[0]["title"] == "The Great Terror"


def test_a_missing_file_is_reported_and_keys_stay_keys(tmp_path: Path) -> None:
    (tmp_path / "chapter.tex").write_text(CHAPTER, encoding="utf-8")
    result = read_document(str(tmp_path / "chapter.tex"))
    assert [d.code for d in result.diagnostics] == ["X204"]
    assert "refs.bib not found beside the document" in result.diagnostics[0].message
    assert all(c.parsed is None for n in result.notes for c in n.citations if c.kind == "keyed")
    # (without the file the typed work is an entry of its own, under a key of its own)
    assert [str(e["id"]) for e in extract(str(tmp_path / "chapter.tex")).entries] == ["hagenloh2009a"]


def test_a_broken_entry_of_the_bibliography_is_reported_with_its_line(tmp_path: Path) -> None:
    (tmp_path / "refs.bib").write_text(BIB + "\n@book{broken, title={No closing brace\n", encoding="utf-8")
    (tmp_path / "chapter.tex").write_text(CHAPTER, encoding="utf-8")
    result = read_document(str(tmp_path / "chapter.tex"))
    problems = [d for d in result.diagnostics if d.path and d.path.endswith("refs.bib")]
    assert problems and all(d.line for d in problems)
    assert [c.parsed is not None for n in result.notes for c in n.citations if c.kind == "keyed"] == [True, True]
