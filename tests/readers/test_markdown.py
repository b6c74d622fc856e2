"""The pandoc Markdown reader: note blocks, inline notes, keyed citations, golden file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citekit.readers import read_document
from citekit.readers.markdown import parse_citation_group, read_markdown_document

DATA = Path(__file__).parent / "data"


def test_golden_thesis() -> None:
    text = (DATA / "thesis.md").read_text(encoding="utf-8")
    result = read_markdown_document(text, "thesis.md")
    got = {
        "source": result.source,
        "notes": [n.to_json() for n in result.notes],
        "diagnostics": [d.to_json() for d in result.diagnostics],
    }
    assert got == json.loads((DATA / "thesis.golden.json").read_text(encoding="utf-8"))


def test_multi_paragraph_note_and_numbering_by_reference_order() -> None:
    result = read_document(str(DATA / "thesis.md"))
    numbers = [(n.number, n.text[:12]) for n in result.notes]
    assert numbers[0] == ("1", "County Recor")
    assert "A second paragraph of the same note" in result.notes[0].text
    assert "not a note" not in " ".join(n.text for n in result.notes)


@pytest.mark.parametrize(
    ("inner", "expected"),
    [
        ("@a", [("a", None, None, None, None)]),
        ("see @a, p. 6", [("a", "6", "page", "see", None)]),
        ("@a, 33-35; also @b, chap. 1", [("a", "33-35", "page", None, None),
                                          ("b", "1", "chapter", "also", None)]),
        ("-@a, emphasis added", [("a", None, None, None, "emphasis added")]),
        ("@{weird key}", [("weird key", None, None, None, None)]),
    ],
)
def test_citation_groups(inner: str, expected: list[tuple]) -> None:
    got = [(c.id, c.locator, c.label, c.prefix, c.suffix)
           for c in parse_citation_group(inner, 0, f"[{inner}]")]
    assert got == expected


def test_missing_definition_is_reported_with_its_line() -> None:
    result = read_document(str(DATA / "thesis.md"))
    (missing,) = [d for d in result.diagnostics if d.code == "X202"]
    assert "[^gone]" in missing.message and missing.line == 19


def test_email_is_not_a_citation() -> None:
    (note,) = read_markdown_document("Text.[^a]\n\n[^a]: Write to jane@example.org.\n").notes
    assert note.citations == [] and note.text == "Write to jane@example.org."


def test_an_emphasised_title_over_a_line_break_loses_its_asterisks() -> None:
    text = ("Text.[^1]\n\n[^1]: Jane Roe, *Peasant Economy, Culture, and Politics of\n"
            "    European Russia* (Princeton, 1991), 12.\n")
    [note] = read_markdown_document(text, "x.md").notes
    assert note.text == "Jane Roe, Peasant Economy, Culture, and Politics of European Russia (Princeton, 1991), 12."
