"""DOCX faults left open at the last review: symbols that are no character, and notes as Word keeps them.

A ``w:sym`` whose code is not hexadecimal, missing, no character at all, or a private-use glyph of a
symbol font citekit has no Unicode for keeps a placeholder in the note's text and is reported
(``X302``: the file, the note and what the symbol was).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from citekit.readers import read_document

_spec = importlib.util.spec_from_file_location("docx_builder", Path(__file__).with_name("docx_builder.py"))
assert _spec and _spec.loader
builder = importlib.util.module_from_spec(_spec)
sys.modules["docx_builder"] = builder
_spec.loader.exec_module(builder)


def _read(*paras: str):  # type: ignore[no-untyped-def]
    return read_document("thesis.docx", builder.build_docx({1: list(paras)}, [1]))


def _sym(attributes: str) -> str:
    return builder.run("A ") + f"<w:r><w:sym {attributes}/></w:r>" + builder.run(" B.")


@pytest.mark.parametrize("attributes,what", [
    ('w:font="Symbol" w:char="ZZ"', "ZZ"),
    ('w:font="Symbol"', "no code"),
    ('w:font="Times New Roman" w:char="0007"', "0007"),
    ('w:font="Symbol" w:char="D800"', "D800"),
])
def test_a_symbol_with_an_invalid_code_keeps_a_placeholder_and_is_reported(attributes: str, what: str) -> None:
    result = _read(_sym(attributes))
    assert [n.text for n in result.notes] == ["A \ufffd B."]
    (found,) = [d for d in result.diagnostics if d.code == "X302"]
    assert found.path == "thesis.docx" and "note 1" in found.message and what in found.message


@pytest.mark.parametrize("font,code", [("Webdings", "F021"), ("Wingdings", "F021"), ("Symbol", "F0FF"),
                                       ("Zapf Dingbats", "F041")])
def test_a_symbol_font_glyph_without_unicode_is_kept_and_reported(font: str, code: str) -> None:
    result = _read(_sym(f'w:font="{font}" w:char="{code}"'))
    assert [n.text for n in result.notes] == [f"A {chr(int(code, 16))} B."]
    (found,) = [d for d in result.diagnostics if d.code == "X302"]
    assert "note 1" in found.message and code in found.message and font in found.message


@pytest.mark.parametrize("attributes,char", [
    ('w:font="Symbol" w:char="F061"', "α"),
    ('w:font="Wingdings" w:char="F0FC"', "✓"),
    ('w:font="Times New Roman" w:char="00A7"', "§"),
])
def test_a_known_symbol_is_its_character_without_a_diagnostic(attributes: str, char: str) -> None:
    result = _read(_sym(attributes))
    assert [n.text for n in result.notes] == [f"A {char} B."]
    assert [d for d in result.diagnostics if d.code == "X302"] == []


def test_text_typed_in_a_symbol_font_without_unicode_is_reported() -> None:
    run = '<w:r><w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/></w:rPr><w:t>a\u00ff</w:t></w:r>'
    result = _read(builder.run("A ") + run + builder.run("."))
    assert [n.text for n in result.notes] == ["A αÿ."]  # (the stored character keeps its place)
    assert [d.code for d in result.diagnostics] == ["X302"]


# -- notes as Word keeps them: tracked changes, other fields, comments ----------------------------------

def test_tracked_insertions_are_kept_and_deletions_dropped() -> None:
    para = (builder.run("See ") + '<w:ins w:id="1" w:author="x">' + builder.run("also ") + "</w:ins>"
            + '<w:del w:id="2" w:author="x"><w:r><w:delText>not </w:delText></w:r></w:del>'
            + builder.run("Smith, Book, 12."))
    assert [n.text for n in _read(para).notes] == ["See also Smith, Book, 12."]


def test_a_noteref_field_shows_its_result() -> None:
    para = builder.run("See n. ") + builder.field(" NOTEREF _Ref123 \\h ", "3") + builder.run(" above.")
    simple = (builder.run("Cf. n. ") + '<w:fldSimple w:instr=" NOTEREF _Ref9 \\h "><w:r><w:t>4</w:t></w:r>'
              "</w:fldSimple>" + builder.run("."))
    data = builder.build_docx({1: [para], 2: [simple]}, [1, 2])
    result = read_document("a.docx", data)
    assert [n.text for n in result.notes] == ["See n. 3 above.", "Cf. n. 4."]
    assert [d for d in result.diagnostics if d.severity != "info"] == []


def test_a_hyperlink_field_keeps_its_text_and_address() -> None:
    para = builder.run("See ") + builder.field(' HYPERLINK "https://ex.org/a" ', "the archive") + builder.run(".")
    assert [n.text for n in _read(para).notes] == ["See the archive https://ex.org/a."]


def test_a_comment_in_a_note_is_no_text_of_it() -> None:
    para = (builder.run("A ") + '<w:commentRangeStart w:id="0"/>' + builder.run("B")
            + '<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>' + builder.run(" C."))
    assert [n.text for n in _read(para).notes] == ["A B C."]
