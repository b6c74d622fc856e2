"""The direct PDF reader on every publisher layout of ``data/pdf_sources`` (compiled at test time).

Each source's committed pdftotext output is a golden document of the text reader; the PDF of the
same source, read by PDFium with font sizes and positions, must give the very same notes (numbers
and texts). ``test_pdf_publisher_layouts.py`` checks the law review in detail; this module holds
the PDF reader to the other five layouts: page numbers alone as heads and note numbers fused to
the text, a two-column journal with notes at the foot of each column, notes numbered afresh in
each chapter, endnotes at the end of a book, and notes that run over pages.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from citekit.readers import read_document

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "tests" / "readers" / "data" / "pdf_sources"
TEXTS = ROOT / "tests" / "extraction" / "golden" / "documents"

LAYOUTS = [
    "de_festschrift_chapter_layout",
    "en_two_column_journal_layout",
    "it_book_chapter_footnotes",
    "en_book_endnotes",
    "en_law_review_long_notes",
]


@pytest.mark.integration
@pytest.mark.parametrize("name", LAYOUTS)
def test_pdf_notes_are_the_notes_of_its_text(name: str, tmp_path: Path, pdf_of: Any) -> None:
    pdf = pdf_of(tmp_path, (SOURCES / f"{name}.tex").read_text(encoding="utf-8"))
    from_pdf = read_document(f"{name}.pdf", pdf)
    from_text = read_document(str(TEXTS / f"{name}.txt"))
    assert len(from_text.notes) >= 7  # (the golden document itself is read: not an empty comparison)
    assert [(n.number, n.text) for n in from_pdf.notes] == [(n.number, n.text) for n in from_text.notes]
