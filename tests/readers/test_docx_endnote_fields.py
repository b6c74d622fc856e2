"""DOCX notes: EndNote's citation fields and tracked moves (documents built in the test)."""

from __future__ import annotations

import base64
import importlib.util
import sys
from pathlib import Path

import pytest
from lxml import etree

from citekit.readers import read_document
from citekit.readers.endnote_fields import record_to_csl

_spec = importlib.util.spec_from_file_location("docx_builder", Path(__file__).with_name("docx_builder.py"))
assert _spec and _spec.loader
builder = importlib.util.module_from_spec(_spec)
sys.modules["docx_builder"] = builder
_spec.loader.exec_module(builder)

HOLT = ('<Cite><Author>Holt</Author><Year>1994</Year><Prefix>see`</Prefix><Pages>23</Pages><record>'
        '<ref-type name="Book">6</ref-type><contributors><authors><author><style face="normal">Holt, '
        'Karen</style></author></authors></contributors><titles><title><style face="normal">The Assize '
        'Circuit in Georgian England</style></title></titles><dates><year>1994</year></dates>'
        '<pub-location>London</pub-location><publisher>Hambledon</publisher></record></Cite>')
LINDGREN = ('<Cite><Author>Lindgren</Author><Year>2013</Year><Pages>210</Pages><record>'
            '<ref-type name="Journal Article">17</ref-type><contributors><authors><author>Lindgren, '
            'Peter</author></authors></contributors><titles><title>Courts of Piepowder</title>'
            '<secondary-title>Scandinavian Journal of History</secondary-title></titles><pages>201-224'
            '</pages><volume>38</volume><number>2</number><dates><year>2013</year></dates></record></Cite>')
SHOWN = "see Holt, Assize Circuit, 23; Lindgren, ‘Courts of Piepowder’, 210"


def _nested(xml: str) -> str:
    """An EN.CITE field whose record is in a nested EN.CITE.DATA field, base64-encoded."""
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> ADDIN EN.CITE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> ADDIN EN.CITE.DATA '
            + base64.b64encode(xml.encode()).decode() + '</w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + builder.run(SHOWN) + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


@pytest.mark.parametrize("make", [
    lambda xml: builder.field("ADDIN EN.CITE " + xml, SHOWN),
    _nested,
], ids=["in the code", "EN.CITE.DATA"])
def test_endnote_field_records_become_full_citations(make: object) -> None:
    xml = f"<EndNote>{HOLT}{LINDGREN}</EndNote>"
    docx = builder.build_docx({1: [make(xml) + builder.run(".")]}, [1])  # type: ignore[operator]
    result = read_document("x.docx", docx)
    note = result.notes[0]
    assert note.text == SHOWN + "."
    assert [(c.kind, c.locator, c.label, c.prefix) for c in note.citations] == [
        ("full", "23", "page", "see"), ("full", "210", "page", None)]
    assert note.citations[0].parsed is not None and note.citations[0].parsed.item == {
        "type": "book", "author": [{"family": "Holt", "given": "Karen"}],
        "title": "The Assize Circuit in Georgian England", "publisher": "Hambledon",
        "publisher-place": "London", "issued": {"date-parts": [[1994]]}}
    assert note.citations[1].parsed is not None and note.citations[1].parsed.item == {
        "type": "article-journal", "author": [{"family": "Lindgren", "given": "Peter"}],
        "title": "Courts of Piepowder", "container-title": "Scandinavian Journal of History",
        "volume": "38", "issue": "2", "page": "201-224", "issued": {"date-parts": [[2013]]}}
    assert result.diagnostics == []


def test_an_unreadable_endnote_field_keeps_its_text_with_a_diagnostic() -> None:
    docx = builder.build_docx({1: [builder.field("ADDIN EN.CITE <EndNote><Cite>", "Holt, 23")]}, [1])
    result = read_document("x.docx", docx)
    assert result.notes[0].text == "Holt, 23"
    assert result.notes[0].citations == []
    assert [d.code for d in result.diagnostics] == ["X301"]


@pytest.mark.parametrize("record,expected", [
    ('<record><ref-type name="Book Section">5</ref-type><contributors><authors><author>King, Peter'
     '</author></authors><secondary-authors><author>Innes, Joanna</author></secondary-authors>'
     '</contributors><titles><title>Summary Courts</title><secondary-title>Crime and Law</secondary-title>'
     '</titles><pages>43-75</pages><dates><year>2006</year></dates></record>',
     {"type": "chapter", "author": [{"family": "King", "given": "Peter"}],
      "editor": [{"family": "Innes", "given": "Joanna"}], "title": "Summary Courts",
      "container-title": "Crime and Law", "page": "43-75", "issued": {"date-parts": [[2006]]}}),
    ('<record><ref-type name="Report">27</ref-type><contributors><authors><author>Law Commission'
     '</author></authors></contributors><titles><title>Criminal Liability</title></titles></record>',
     {"type": "report", "author": [{"literal": "Law Commission"}], "title": "Criminal Liability"}),
])
def test_record_to_csl(record: str, expected: dict[str, object]) -> None:
    assert record_to_csl(etree.fromstring(record)) == expected


def test_tracked_moves_and_deletions_leave_only_the_final_text() -> None:
    para = (builder.run("Beattie, ")
            + '<w:del w:id="1" w:author="x"><w:r><w:delText>Crime in England</w:delText></w:r></w:del>'
            + '<w:ins w:id="2" w:author="x">' + builder.run("Crime and the Courts") + "</w:ins>"
            + '<w:moveFrom w:id="3" w:author="x">' + builder.run(" (Princeton, 1986)") + "</w:moveFrom>"
            + builder.run(", 314")
            + '<w:moveTo w:id="4" w:author="x">' + builder.run(" (Princeton, 1986)") + "</w:moveTo>"
            + builder.run("."))
    result = read_document("x.docx", builder.build_docx({1: [para]}, [1]))
    assert result.notes[0].text == "Beattie, Crime and the Courts, 314 (Princeton, 1986)."
