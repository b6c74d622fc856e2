"""Compiling a LaTeX source the PDF reader tests read (skipping when pdflatex cannot)."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest


def _pdf_of(folder: Path, source: str, timeout: int = 300) -> bytes:
    if shutil.which("pdflatex") is None:
        pytest.skip("pdflatex not installed")
    (folder / "doc.tex").write_text(source, encoding="utf-8")
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "doc.tex"], cwd=folder,
                   capture_output=True, timeout=timeout, check=False)
    pdf = folder / "doc.pdf"
    if not pdf.exists():
        pytest.skip("pdflatex did not produce a PDF (fonts missing?)")
    return pdf.read_bytes()


@pytest.fixture(scope="session")
def pdf_of() -> Callable[[Path, str], bytes]:
    """``pdf_of(folder, latex_source)``: the PDF pdflatex makes of it in ``folder`` (skips without pdflatex)."""
    return _pdf_of
