"""The PDF reader on a PDF made at test time with pdflatex (skipped without it)."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.readers import read_document

LATEX = r"""\documentclass[11pt]{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\begin{document}
\section*{Custom and Statute}
%s
\end{document}
"""

_WORDS = ("rolls manor courts custom statute village steward suitor common heriot lawyer record "
          "entry chapter decade phrase century dispute objection county").split()


def paragraph(seed: int, words: int = 90) -> str:
    """Body prose whose lines do not repeat (repeated lines would be running heads)."""
    return " ".join(_WORDS[(seed * 7 + k * k) % len(_WORDS)] for k in range(words)) + ". "


NOTES = [
    "F. W. Maitland, Select Pleas in Manorial Courts, London 1889, p. xii.",
    "See J. H. Baker, An Introduction to English Legal History, 5th ed., Oxford 2019, pp. 61--62; "
    "Maitland (n. 1), p. xv; and a long tail of words so that this note runs over more than one "
    "line at the foot of the page.",
    "Court Rolls, DE/1/4, fol. 12r.",
    "Ibid., fol. 14v.",
]


@pytest.fixture(scope="module")
def pdf_bytes(tmp_path_factory: pytest.TempPathFactory, pdf_of: Any) -> bytes:
    body = "\n\n".join(
        paragraph(i) + "The manor courts.\\footnote{" + note + "} " + paragraph(i + 10, 60 + 60 * (i % 2))
        for i, note in enumerate(NOTES)
    ) + "\n\n\\newpage " + paragraph(99)
    return pdf_of(tmp_path_factory.mktemp("pdf"), LATEX % body)


@pytest.mark.integration
def test_notes_from_the_small_type_at_the_foot_of_the_page(pdf_bytes: bytes) -> None:
    result = read_document("doc.pdf", pdf_bytes)
    assert [n.number for n in result.notes] == ["1", "2", "3", "4"]
    texts = [n.text for n in result.notes]
    assert texts[0] == NOTES[0]
    assert texts[1].startswith("See J. H. Baker, An Introduction to English Legal History")
    assert texts[1].endswith("at the foot of the page.")
    assert texts[2:] == NOTES[2:]
    assert "manor courts" not in " ".join(texts)
    assert "manor courts" in result.body


def test_not_a_pdf() -> None:
    result = read_document("broken.pdf", b"%PDF-1.4 nothing else")
    assert [d.code for d in result.diagnostics] == ["X001"]
    assert result.notes == []
