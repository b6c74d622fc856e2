"""A PDF set in LaTeX's T1 encoding with bitmap fonts (``fontenc`` T1 without lmodern or cm-super).

Its fonts carry no glyph names, so PDFium gives the T1 codes of ligatures, dashes and quotation
marks as control characters ("o\\x1ecial", "12\\x1515"); the reader maps them back.  The PDF is made
at test time (skipped without pdflatex).
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.readers import read_document

LATEX = r"""\documentclass{article}
\usepackage[T1]{fontenc}
\usepackage[utf8]{inputenc}
\begin{document}
The official figures\footnote{See the ``first'' affiliation list, in: Staff and Office, pp.~12--15 --- and
\guillemotleft waffle\guillemotright{} fluff.} were wrong.\footnote{Ibid., p.~16.}
\end{document}
"""


@pytest.fixture(scope="module")
def pdf_bytes(tmp_path_factory: pytest.TempPathFactory, pdf_of: Any) -> bytes:
    return pdf_of(tmp_path_factory.mktemp("t1"), LATEX)


@pytest.mark.integration
def test_ligatures_dashes_and_quotes_of_a_t1_bitmap_font(pdf_bytes: bytes) -> None:
    result = read_document("doc.pdf", pdf_bytes)
    texts = {n.number: n.text for n in result.notes}
    assert texts == {
        "1": "See the “first” affiliation list, in: Staff and Office, pp. 12–15 — and «waffle» fluff.",
        "2": "Ibid., p. 16.",
    }
    assert "official figures" in result.body
