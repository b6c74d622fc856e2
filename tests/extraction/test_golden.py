"""Golden files: whole documents in, the document JSON and BibTeX out.

Inputs are written by the team: ``examples/*.txt`` (an article in the layout of
a JSTOR PDF's text), ``tests/extraction/golden/*.txt`` (one note per line,
read with ``--notes``) and ``tests/extraction/golden/documents/`` (whole
documents, one per reader: a German law article in pandoc Markdown, a French
history chapter in LaTeX, an Italian article as PDF text, an English article on
Soviet history as a .docx that ``*_docx.py`` builds).  Expected outputs sit
next to them; after a deliberate
change (a retrained parser model, say) regenerate them with
``CITEKIT_UPDATE_GOLDEN=1 python3 -m pytest tests/extraction/test_golden.py``
and review the diff by hand before committing.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from citekit.extraction import extract
from citekit.formats import write

ROOT = Path(__file__).resolve().parents[2]
UPDATE = os.environ.get("CITEKIT_UPDATE_GOLDEN") == "1"

CASES = [(ROOT / "examples" / "article.txt", ROOT / "examples" / "expected" / "article", False)]
CASES += [(p, p.with_suffix(""), True) for p in sorted((Path(__file__).parent / "golden").glob("*.txt"))]
DOCUMENTS = Path(__file__).parent / "golden" / "documents"
CASES += [(p, p.with_suffix(""), False) for p in sorted(DOCUMENTS.glob("*.*"))
          if p.suffix in (".md", ".tex", ".txt", ".py")]


def _docx_bytes(builder: Path) -> bytes:
    """The .docx that a golden builder module makes (``build() -> bytes``)."""
    spec = importlib.util.spec_from_file_location(builder.stem, builder)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data: bytes = module.build()
    return data


def _check(path: Path, text: str) -> None:
    if UPDATE:
        path.write_text(text, encoding="utf-8")
    if not path.exists():
        pytest.fail(f"{path} is missing: write it with CITEKIT_UPDATE_GOLDEN=1 and review it")
    assert text == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("source,expected,notes_mode", CASES, ids=[c[0].name for c in CASES])
def test_golden(source: Path, expected: Path, notes_mode: bool) -> None:
    if source.suffix == ".py":  # a .docx built in memory
        doc = extract(_docx_bytes(source), fmt="docx")
        expected = source.with_name(source.stem.removesuffix("_docx"))
        doc.path = expected.with_suffix(".docx").relative_to(ROOT).as_posix()
    else:
        doc = extract(str(source), notes_mode=notes_mode)
        doc.path = source.relative_to(ROOT).as_posix()
    for diag in doc.diagnostics:
        diag.path = doc.path
    _check(expected.with_suffix(".json"), json.dumps(doc.to_json(), ensure_ascii=False, indent=2) + "\n")
    _check(expected.with_suffix(".bib"), write(doc.entries, "bibtex"))
