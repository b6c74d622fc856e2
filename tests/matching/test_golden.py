"""Whole-bibliography golden test: a hand-kept thesis .bib and a Zotero CSL-JSON export.

The inputs (written for this test) hold the traps a thesis meets: one edited
volume with two chapters sharing its ISBN, two editions, 2012a/b-like parts, a
review with the book's title, transliteration and accent variants.  The
expected output is ``data/expected.bib``; regenerate it after an intended
change with ``CITEKIT_REGEN=1 python3 -m pytest tests/matching/test_golden.py``
and review the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from citekit.cli import main

DATA = Path(__file__).parent / "data"


def test_thesis_and_zotero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "merged.bib"
    status = main(["dedupe", str(DATA / "thesis.bib"), str(DATA / "zotero.json"),
                   "-f", "biblatex", "-o", str(out), "--report"])
    err = capsys.readouterr().err
    assert status == 1
    assert "5 works with duplicates; 5 records merged away" in err
    text = out.read_text(encoding="utf-8")
    expected = DATA / "expected.bib"
    if os.environ.get("CITEKIT_REGEN"):
        expected.write_text(text, encoding="utf-8")
    assert text == expected.read_text(encoding="utf-8")
    # the traps stayed apart: the volume, its two chapters, both editions, the review
    for key in ("fitzpatrick2000", "kotkin2000", "hoffmann2000", "fitzpatrick1994",
                "Fitzpatrick2008", "Review1991", "smith2012a", "smith2012b"):
        assert f"{{{key}," in text
    assert text.count("\n@") - text.count("\n@comment") + 1 == 12
    # losing values travel in biblatex output as citekit's field comments
    assert "dedupe-publisher = {Oxford Univ. Press}" in text
