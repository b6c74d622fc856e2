"""read_document: choosing the reader, and bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.readers import read_document, sniff_format


@pytest.mark.parametrize(
    ("path", "data", "fmt"),
    [
        ("a.txt", b"", "text"),
        ("a.PDF", b"", "pdf"),
        ("a.docx", b"", "docx"),
        ("a.tex", b"", "latex"),
        ("a.markdown", b"", "markdown"),
        ("-", b"%PDF-1.7\n", "pdf"),
        ("-", b"\\documentclass{article}", "latex"),
        ("-", b"Text[^1].\n\n[^1]: A note.", "markdown"),
        ("-", b"Plain text.", "text"),
        ("noext", None, None),
    ],
)
def test_sniff_format(path: str, data: bytes | None, fmt: str | None) -> None:
    assert sniff_format(path, data) == fmt


def test_unknown_extension_is_sniffed_with_a_note(tmp_path: Path) -> None:
    path = tmp_path / "notes.data"
    path.write_text("Body.1\n1 A note.\n", encoding="utf-8")
    result = read_document(str(path))
    assert [n.number for n in result.notes] == ["1"]
    assert [d.code for d in result.diagnostics] == ["X002"]


def test_forced_format_and_unknown_format() -> None:
    assert read_document("x.txt", b"Text\\footnote{A note.}", fmt="latex").notes[0].text == "A note."
    assert [d.code for d in read_document("x", b"", fmt="rtf").diagnostics] == ["X001"]


def test_legacy_encoding_is_read_with_a_diagnostic() -> None:
    result = read_document("x.txt", "Body.1\n1 Müller, Recht, S. 5.\n".encode("cp1252"))
    assert result.notes[0].text == "Müller, Recht, S. 5."
    assert result.diagnostics[0].code == "F002"
