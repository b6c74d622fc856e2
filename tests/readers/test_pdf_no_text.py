"""A PDF with no text at all (a scan without a text layer) says so, not only "no footnotes found"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from citekit.readers import read_document

LATEX = r"""\documentclass{article}
\pagestyle{empty}
\begin{document}
\rule{5cm}{5cm}\newpage\rule{3cm}{3cm}
\end{document}
"""


@pytest.mark.integration
def test_a_pdf_without_text_asks_for_ocr(tmp_path: Path, pdf_of: Any) -> None:
    result = read_document("scan.pdf", pdf_of(tmp_path, LATEX))
    assert result.notes == []
    found = [d for d in result.diagnostics if d.code == "X402"]
    assert len(found) == 1 and found[0].severity == "warning"
    assert "2 page(s)" in found[0].message and "OCR" in found[0].message


@pytest.mark.integration
def test_a_pdf_with_text_has_no_such_warning(tmp_path: Path, pdf_of: Any) -> None:
    source = LATEX.replace(r"\rule{5cm}{5cm}", "Some words of text.")
    assert all(d.code != "X402" for d in read_document("doc.pdf", pdf_of(tmp_path, source)).diagnostics)
