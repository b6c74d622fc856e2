"""The DOCX reader, on documents built in the test (zipfile + WordprocessingML)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from citekit.readers import read_document

_spec = importlib.util.spec_from_file_location("docx_builder", Path(__file__).with_name("docx_builder.py"))
assert _spec and _spec.loader
builder = importlib.util.module_from_spec(_spec)
sys.modules["docx_builder"] = builder
_spec.loader.exec_module(builder)

HAGENLOH = {"id": "http://zotero.org/users/1/items/AB", "type": "book", "title": "Stalin's Police",
            "author": [{"family": "Hagenloh", "given": "Paul"}], "issued": {"date-parts": [[2009]]}}
MORRIS = {"id": "ITEM-2", "type": "article-journal", "title": "The Polish Terror",
          "author": [{"family": "Morris", "given": "James"}], "container-title": "Europe-Asia Studies",
          "volume": "56", "issue": "2", "page": "751-766"}


def _document() -> bytes:
    run, field = builder.run, builder.zotero
    footnotes = {
        2: [run("See "), field([{"id": 1, "itemData": HAGENLOH, "locator": "3", "label": "page",
                                 "prefix": "see"}], "Hagenloh, Stalin’s Police, p. 3"), run(".")],
        1: [run("A plain note, typed by hand"), run(" in two runs."), run("A second paragraph.")],
        3: [field([{"id": 2, "itemData": MORRIS, "locator": "751"}], "Morris, ‘Polish Terror’",
                  mendeley=True)],
        4: [builder.field("ADDIN ZOTERO_ITEM CSL_CITATION {broken json", "Broken, p. 1")],
    }
    return builder.build_docx(
        {k: ["".join(v)] if k != 1 else v for k, v in footnotes.items()}, [1, 2, 3, 4],
        endnotes={9: [run("An endnote.")]}, end_order=[9], title="My Paper", creator="Ann Smith",
    )


def test_notes_in_reference_order_with_their_text() -> None:
    result = read_document("paper.docx", _document())
    assert [(n.number, n.text) for n in result.notes] == [
        ("1", "A plain note, typed by hand in two runs. A second paragraph."),
        ("2", "See Hagenloh, Stalin’s Police, p. 3."),
        ("3", "Morris, ‘Polish Terror’"),
        ("4", "Broken, p. 1"),
        ("i", "An endnote."),
    ]
    assert result.source == {"title": "My Paper", "author": [{"family": "Smith", "given": "Ann"}],
                             "type": "article"}


def test_zotero_and_mendeley_fields_become_full_citations_with_their_csl() -> None:
    notes = read_document("paper.docx", _document()).notes
    (zotero,) = notes[1].citations
    assert (zotero.kind, zotero.id, zotero.locator, zotero.label, zotero.prefix) == (
        "full", None, "3", "page", "see")
    assert zotero.parsed is not None and zotero.parsed.item == HAGENLOH
    assert zotero.text == "Hagenloh, Stalin’s Police, p. 3"
    (mendeley,) = notes[2].citations
    assert mendeley.parsed is not None and mendeley.parsed.item["volume"] == "56"
    assert (mendeley.locator, mendeley.label) == ("751", "page")


def test_broken_field_json_is_a_diagnostic_and_the_text_is_kept() -> None:
    result = read_document("paper.docx", _document())
    assert result.notes[3].citations == []
    (bad,) = [d for d in result.diagnostics if d.code == "X301"]
    assert bad.raw is not None and bad.raw.startswith("ADDIN ZOTERO_ITEM")


def test_not_a_docx() -> None:
    for data in (b"PK\x03\x04 not really a zip", b"plain text"):
        result = read_document("broken.docx", data)
        assert [d.code for d in result.diagnostics] == ["X001"]
        assert result.notes == []
