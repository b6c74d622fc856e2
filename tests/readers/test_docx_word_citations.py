"""Word's own citation tool (``CITATION`` fields, sources in customXml) and Zotero fields
citing several works, in .docx files built in the test."""

from __future__ import annotations

import importlib.util
import sys
import zipfile
from io import BytesIO
from pathlib import Path

from citekit.readers import read_document

_spec = importlib.util.spec_from_file_location("docx_builder", Path(__file__).with_name("docx_builder.py"))
assert _spec and _spec.loader
builder = importlib.util.module_from_spec(_spec)
sys.modules["docx_builder"] = builder
_spec.loader.exec_module(builder)

SOURCES = (
    '<?xml version="1.0" encoding="UTF-8"?><b:Sources xmlns:b="http://schemas.openxmlformats.org/'
    'officeDocument/2006/bibliography"><b:Source><b:Tag>Tho63</b:Tag><b:SourceType>Book</b:SourceType>'
    "<b:Author><b:Author><b:NameList><b:Person><b:Last>Thompson</b:Last><b:First>Edward</b:First>"
    "<b:Middle>P.</b:Middle></b:Person></b:NameList></b:Author></b:Author>"
    "<b:Title>The Making of the English Working Class</b:Title><b:Year>1963</b:Year>"
    "<b:City>London</b:City><b:Publisher>Gollancz</b:Publisher></b:Source>"
    "<b:Source><b:Tag>Hay75</b:Tag><b:SourceType>BookSection</b:SourceType><b:Author><b:Author>"
    "<b:NameList><b:Person><b:Last>Hay</b:Last><b:First>Douglas</b:First></b:Person></b:NameList>"
    "</b:Author></b:Author><b:Title>Property, Authority and the Criminal Law</b:Title>"
    "<b:BookTitle>Albion's Fatal Tree</b:BookTitle><b:Year>1975</b:Year><b:Pages>17-63</b:Pages>"
    "</b:Source></b:Sources>"
)


def _with_sources(data: bytes, sources: str | None) -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for name in src.namelist():
            dst.writestr(name, src.read(name))
        dst.writestr("customXml/item1.xml", '<?xml version="1.0"?><root/>')  # another add-in's part
        if sources is not None:
            dst.writestr("customXml/item2.xml", sources)
    return out.getvalue()


def _read(paragraph: str, sources: str | None = SOURCES):  # type: ignore[no-untyped-def]
    data = _with_sources(builder.build_docx({1: [paragraph]}, [1]), sources)
    return read_document("thesis.docx", data)


def test_word_citation_takes_its_work_from_the_sources_part() -> None:
    result = _read(builder.field("CITATION Tho63 \\p 213 \\l 2057", "(Thompson, 1963, p. 213)")
                   + builder.run("; and compare Hay, ‘Property’, 20."))
    note = result.notes[0]
    assert note.text == "(Thompson, 1963, p. 213); and compare Hay, ‘Property’, 20."
    [citation] = note.citations
    assert (citation.kind, citation.locator, citation.label) == ("full", "213", "page")
    assert citation.parsed is not None
    assert citation.parsed.item == {
        "type": "book", "title": "The Making of the English Working Class", "publisher-place": "London",
        "publisher": "Gollancz", "issued": {"date-parts": [[1963]]},
        "author": [{"family": "Thompson", "given": "Edward P."}],
    }


def test_word_citation_of_two_works_with_prefix() -> None:
    code = 'CITATION Tho63 \\f "see" \\p 12 \\m Hay75 \\p 20 \\l 1033'
    [first, second] = _read(builder.field(code, "(see Thompson, 1963, p. 12; Hay, 1975, p. 20)")).notes[0].citations
    assert (first.prefix, first.locator) == ("see", "12")
    assert second.locator == "20"
    assert second.parsed is not None and second.parsed.item["container-title"] == "Albion's Fatal Tree"
    assert second.parsed.item["type"] == "chapter"


def test_word_citation_without_its_source_is_kept_as_text() -> None:
    result = _read(builder.field("CITATION Abc01 \\p 5", "(Abc, 2001, p. 5)"), sources=None)
    assert result.notes[0].text == "(Abc, 2001, p. 5)"
    assert result.notes[0].citations == []  # parsed from the text by the pipeline


def test_word_citation_with_an_unknown_tag_is_x301() -> None:
    result = _read(builder.field("CITATION Zzz99 \\p 5", "(Zzz, 1999, p. 5)"))
    assert result.notes[0].citations == []
    assert [d.code for d in result.diagnostics] == ["X301"]


def test_zotero_field_of_two_works_gives_each_its_own_text() -> None:
    items = [{"id": "A", "itemData": {"type": "book", "title": "One"}, "locator": "3"},
             {"id": "B", "itemData": {"type": "book", "title": "Two"}, "locator": "97"}]
    [a, b] = _read(builder.zotero(items, "Ann Roe, One, 3; Bob Poe, Two, 97")).notes[0].citations
    assert (a.text, b.text) == ("Ann Roe, One, 3", "Bob Poe, Two, 97")
    # parts and works not as many: each keeps the whole rendered text
    [c, d] = _read(builder.zotero(items, "Ann Roe, One; Two; 3, 97")).notes[0].citations
    assert c.text == d.text == "Ann Roe, One; Two; 3, 97"
