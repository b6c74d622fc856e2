"""The document JSON contract of ``-f json`` and the diagnostic line format."""

from __future__ import annotations

from citekit.model import Citation, Diagnostic, Document, Note


def _document() -> Document:
    citation = Citation(id="hagenloh2009", kind="full", locator="3", label="page", prefix="See",
                        text="See Paul Hagenloh, Stalin’s Police, Baltimore, MD, 2009, p. 3",
                        span=(0, 62))
    short = Citation(id="hagenloh2009", kind="short", locator="6ff.", label="page")
    return Document(
        path="seed.txt",
        source={"type": "article-journal", "title": "The Purge of the Red Army"},
        entries=[{"id": "hagenloh2009", "type": "book", "title": "Stalin’s Police"}],
        notes=[Note("1", "See Paul Hagenloh …", span=(10, 90), line=4, citations=[citation]),
               Note("2", "Hagenloh, Stalin’s Police, p. 6ff.", citations=[short])],
        diagnostics=[Diagnostic("X101", "note 5 missing", path="seed.txt", line=40)],
    )


def test_document_json_has_the_contract_keys() -> None:
    data = _document().to_json()
    assert list(data) == ["path", "source", "entries", "notes", "diagnostics"]
    assert data["notes"][0]["citations"][0] == {
        "id": "hagenloh2009", "kind": "full", "locator": "3", "label": "page", "prefix": "See",
        "text": "See Paul Hagenloh, Stalin’s Police, Baltimore, MD, 2009, p. 3", "span": [0, 62]}
    assert data["notes"][1]["citations"][0] == {
        "id": "hagenloh2009", "kind": "short", "locator": "6ff.", "label": "page"}


def test_document_json_round_trip() -> None:
    doc = _document()
    assert Document.from_json(doc.to_json()) == doc


def test_diagnostic_format_is_path_line_col_code_message() -> None:
    assert Diagnostic("C101", "duplicate key", path="refs.bib", line=3, col=7).format() == (
        "refs.bib:3:7: C101 duplicate key")
    assert Diagnostic("F002", "not UTF-8", path="a.bib", line=2).format() == "a.bib:2: F002 not UTF-8"
    assert Diagnostic("F010", "bad", path="-").format() == "-: F010 bad"


def test_variable_lists_match_the_csl_schema(shared_dir: object) -> None:
    import json
    from pathlib import Path

    from citekit.model import ALL_VARIABLES, ITEM_TYPES

    schema = json.loads((Path(str(shared_dir)) / "schemas" / "csl-data.json").read_text())
    props = schema["items"]["properties"]
    assert set(props) - {"id", "type", "categories", "custom"} == ALL_VARIABLES
    assert set(props["type"]["enum"]) == set(ITEM_TYPES)
