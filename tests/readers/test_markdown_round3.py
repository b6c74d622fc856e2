"""Markdown notes holding code blocks and lists: the code is no note text, but it is not lost silently."""

from __future__ import annotations

from citekit.readers.markdown import read_markdown_document


def test_an_indented_code_block_in_a_note_is_left_out_and_reported() -> None:
    text = ("Text.[^1] More.[^2]\n\n[^1]: First para.\n\n        code block here\n\n    Second para.\n\n"
            "[^2]: Two.\n")
    result = read_markdown_document(text, "thesis.md")
    assert [(n.number, n.text) for n in result.notes] == [("1", "First para. Second para."), ("2", "Two.")]
    found = [d for d in result.diagnostics if d.code == "X206"]
    assert len(found) == 1
    assert found[0].path == "thesis.md" and found[0].line == 5 and "note 1" in found[0].message
    assert found[0].raw is not None and "code block here" in found[0].raw


def test_a_fenced_code_block_in_a_note_is_left_out_and_reported() -> None:
    text = "Text.[^1]\n\n[^1]: Code:\n\n    ```\n    [^2]: not a note\n    ```\n\n    After.\n"
    result = read_markdown_document(text, "thesis.md")
    assert [(n.number, n.text) for n in result.notes] == [("1", "Code: After.")]
    found = [d for d in result.diagnostics if d.code == "X206"]
    assert len(found) == 1 and found[0].line == 5 and found[0].raw is not None
    assert "[^2]: not a note" in found[0].raw


def test_a_code_block_in_the_body_is_not_reported() -> None:
    text = "Text.[^1]\n\n    code in the body [^1]\n\n[^1]: One.\n"
    result = read_markdown_document(text, "thesis.md")
    assert [n.text for n in result.notes] == ["One."]
    assert [d for d in result.diagnostics if d.code == "X206"] == []


def test_a_list_in_a_note_keeps_its_items_and_citations() -> None:
    text = ("Text.[^1]\n\n[^1]: A list:\n\n    - item one\n    - item two [@k, p. 12]\n\n"
            "    1. numbered [see @j, chap. 3]\n")
    (note,) = read_markdown_document(text).notes
    assert note.text == "A list: item one item two numbered"
    assert [(c.id, c.locator, c.label, c.prefix) for c in note.citations] == [
        ("k", "12", "page", None), ("j", "3", "chapter", "see")]
