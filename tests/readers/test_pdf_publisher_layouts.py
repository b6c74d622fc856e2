"""The direct PDF reader on a law review made with pdflatex at test time (skipped without it).

The PDF's notes must be the ones the text reader finds in the committed
pdftotext output of the same PDF: superscript note numbers fused to a note
that opens with a number ("121 William Blackstone" is note 12), a body line
whose hyphen PDFium joins to the first note below it ("… these ex-" +
"13Id."), ``∗``/``†`` author notes and the SSRN stamp at each page's foot.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from citekit.readers import read_document

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "tests" / "readers" / "data" / "pdf_sources" / "en_law_review_ssrn.tex"
TEXT = ROOT / "tests" / "extraction" / "golden" / "documents" / "en_law_review_ssrn.txt"


@pytest.fixture(scope="module")
def pdf_bytes(tmp_path_factory: pytest.TempPathFactory, pdf_of: Any) -> bytes:
    return pdf_of(tmp_path_factory.mktemp("law_review"), SOURCE.read_text(encoding="utf-8"))


@pytest.mark.integration
def test_pdf_notes_are_the_notes_of_its_text(pdf_bytes: bytes) -> None:
    from_pdf = read_document("doc.pdf", pdf_bytes)
    from_text = read_document(str(TEXT))
    assert [(n.number, n.text) for n in from_pdf.notes] == [(n.number, n.text) for n in from_text.notes]
    texts = {n.number: n.text for n in from_pdf.notes}
    assert texts["12"] == "1 William Blackstone, Commentaries *69."
    assert texts["13"] == "Id."
    assert texts["18"] == "15 Cong. Rec. 2301 (1884) (statement of Sen. Hoar)."
    assert "ssrn" not in texts["20"].lower()
    assert [d.code for d in from_pdf.diagnostics] == ["X102", "X102"]
