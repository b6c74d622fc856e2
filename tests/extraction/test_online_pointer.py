"""Where a cited work is found online, after a ";" ("…, 1781; catalogue at https://…"): part of
that citation (its URL), not a work of its own kept as text (X501)."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.extraction import extract
from citekit.extraction.classify import online_tail
from citekit.extraction.split import split_note


@pytest.mark.parametrize("text,expected", [
    ("TNA, SP 12/45, fol. 3; online at https://example.org/sp12.", ("TNA, SP 12/45, fol. 3", "https://example.org/sp12")),
    ("A, 5; available at: <www.example.org/a>", ("A, 5", "www.example.org/a")),
    ("A, 5; see https://example.org/a.", ("A, 5; see https://example.org/a.", None)),  # a signal: its own work
    ("A, 5.", ("A, 5.", None)),
])
def test_online_tail(text: str, expected: tuple[str, str | None]) -> None:
    assert online_tail(text) == expected


@pytest.mark.parametrize("note,count", [
    ("Gloucestershire Archives, D1571/E12, survey, 1781; catalogue at https://catalogue.example.org/D1571.", 1),
    ("John Smith, A Book (London, 1990), 5; digitised at https://archive.org/details/abook.", 1),
    ("John Smith, A Book (London, 1990), 5; Jane Doe, https://example.org/doe.", 2),
])
def test_online_pointer_stays_with_its_citation(note: str, count: int) -> None:
    assert len([p for p in split_note(note) if not p.is_commentary]) == count


def test_archival_file_keeps_its_leaf_and_takes_the_url(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("Gloucestershire Archives, D1571/E12, fol. 4; catalogue at https://catalogue.example.org/D1571.\n",
                    encoding="utf-8")
    doc = extract(str(path), notes_mode=True)
    [citation] = doc.notes[0].citations
    assert citation.locator == "4"
    assert doc.entries == [{"type": "manuscript", "archive_location": "D1571/E12", "archive": "Gloucestershire Archives",
                            "URL": "https://catalogue.example.org/D1571", "id": "gad1571e12"}]
    assert not [d for d in doc.diagnostics if d.code == "X501"]
