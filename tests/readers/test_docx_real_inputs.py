"""Word files as users' notes hold them: tracked changes, split field codes, custom marks."""

from __future__ import annotations

import json
import zipfile
from io import BytesIO
from xml.sax.saxutils import escape

from citekit.readers.docx import read_docx_document
from tests.readers.docx_builder import NS, build_docx, field, run, zotero

ITEM = {"id": 7, "locator": "45", "label": "page", "prefix": "see",
        "itemData": {"id": "k", "type": "book", "title": "Stalin's Police",
                     "author": [{"family": "Hagenloh", "given": "Paul"}], "issued": {"date-parts": [[2009]]}}}


def test_footnotes_and_endnotes_separators_skipped() -> None:
    data = build_docx({1: [run("Foot one.")], 2: [run("Foot two.")]}, [1, 2],
                      endnotes={1: [run("End one.")]}, end_order=[1])
    r = read_docx_document(data)
    assert [(n.number, n.text) for n in r.notes] == [("1", "Foot one."), ("2", "Foot two."), ("i", "End one.")]


def test_several_runs_and_hyperlink() -> None:
    para = (run("Hagenloh, ") + '<w:r><w:rPr><w:i/></w:rPr><w:t>Stalin’s Police</w:t></w:r>'
            + run(", 45; online at ")
            + '<w:hyperlink r:id="rId5" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            + run("https://ex.org/book") + "</w:hyperlink>" + run("."))
    r = read_docx_document(build_docx({1: [para]}, [1]))
    assert r.notes[0].text == "Hagenloh, Stalin’s Police, 45; online at https://ex.org/book."


def test_tracked_changes() -> None:
    para = (run("Kotkin, ") + '<w:del w:id="1" w:author="A"><w:r><w:delText>Steeltown</w:delText></w:r></w:del>'
            + '<w:ins w:id="2" w:author="A">' + run("Magnetic Mountain") + "</w:ins>" + run(", 3."))
    r = read_docx_document(build_docx({1: [para]}, [1]))
    assert r.notes[0].text == "Kotkin, Magnetic Mountain, 3."


def test_deleted_text_in_plain_t_inside_del() -> None:
    para = run("Kept ") + '<w:del w:id="1" w:author="A"><w:r><w:t>gone</w:t></w:r></w:del>' + run("text.")
    r = read_docx_document(build_docx({1: [para]}, [1]))
    assert r.notes[0].text == "Kept text."


def test_zotero_field_split_across_runs() -> None:
    para = run("See also ") + zotero([ITEM], "Hagenloh, Stalin’s Police, 45") + run(".")
    r = read_docx_document(build_docx({1: [para]}, [1]))
    n = r.notes[0]
    assert n.text == "See also Hagenloh, Stalin’s Police, 45."
    assert [(c.kind, c.locator, c.label, c.prefix) for c in n.citations] == [("full", "45", "page", "see")]
    assert n.citations[0].parsed is not None and n.citations[0].parsed.item["title"] == "Stalin's Police"


def test_mendeley_field() -> None:
    item = {"id": "m1", "itemData": {"type": "article-journal", "title": "Mass Operations"}, "locator": "12"}
    para = zotero([item], "Shearer, “Mass Operations,” 12", mendeley=True)
    r = read_docx_document(build_docx({1: [para]}, [1]))
    assert [c.locator for c in r.notes[0].citations] == ["12"]


def test_field_and_typed_text() -> None:
    para = (zotero([ITEM], "Hagenloh, Stalin’s Police, 45") + run("; and Werth, Terreur, 12."))
    r = read_docx_document(build_docx({1: [para]}, [1]))
    n = r.notes[0]
    assert n.text == "Hagenloh, Stalin’s Police, 45; and Werth, Terreur, 12."
    assert len(n.citations) == 1


def test_broken_field_json_is_diagnostic() -> None:
    para = field("ADDIN ZOTERO_ITEM CSL_CITATION {\"citationItems\": [", "Rendered, 4")
    r = read_docx_document(build_docx({1: [para]}, [1]))
    assert r.notes[0].text == "Rendered, 4"
    assert any(d.code == "X301" for d in r.diagnostics)


def test_field_code_in_deleted_run_not_read() -> None:
    deleted = ('<w:del w:id="9" w:author="A">'
               '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
               f'<w:r><w:delInstrText>ADDIN ZOTERO_ITEM CSL_CITATION {escape(json.dumps({"citationItems": [ITEM]}))}</w:delInstrText></w:r>'
               '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:delText>Old cite</w:delText></w:r>'
               '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:del>')
    r = read_docx_document(build_docx({1: [run("New. ") + deleted]}, [1]))
    assert (r.notes[0].text, r.notes[0].citations) == ("New.", [])


def _custom_doc() -> bytes:
    document = (f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body><w:p>'
                '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/></w:r><w:r><w:t>*</w:t></w:r>'
                '<w:r><w:t>Body.</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r>'
                "</w:p></w:body></w:document>")
    notes = (f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {NS}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1"><w:p><w:r><w:t>*</w:t></w:r><w:r><w:t xml:space="preserve"> I thank the archivists.</w:t></w:r></w:p></w:footnote>'
             '<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> First real note.</w:t></w:r></w:p></w:footnote>'
             "</w:footnotes>")
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", document)
        z.writestr("word/footnotes.xml", notes)
    return buf.getvalue()


def test_custom_mark_and_continuation_separator() -> None:
    r = read_docx_document(_custom_doc())
    assert [(n.number, n.text) for n in r.notes] == [("*", "I thank the archivists."), ("1", "First real note.")]


def test_broken_footnotes_xml_is_diagnostic() -> None:
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", f'<w:document {NS}><w:body/></w:document>')
        z.writestr("word/footnotes.xml", "<w:footnotes")
    r = read_docx_document(buf.getvalue(), "thesis.docx")
    assert any(d.code == "X001" and d.path == "thesis.docx" for d in r.diagnostics)


def test_not_a_zip() -> None:
    r = read_docx_document(b"not a zip", "x.docx")
    assert r.notes == [] and r.diagnostics[0].code == "X001"


def test_broken_settings_and_document_do_not_raise() -> None:
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", "<broken")
        z.writestr("word/footnotes.xml", f'<w:footnotes {NS}/>')
    r = read_docx_document(buf.getvalue(), "x.docx")
    assert r.diagnostics and r.diagnostics[0].code == "X001"


def test_unreferenced_and_missing_notes_are_not_dropped() -> None:
    data = build_docx({1: [run("One.")], 2: [run("Orphan.")]}, [1, 5])
    r = read_docx_document(data)
    assert [n.text for n in r.notes] == ["One.", "Orphan."]


def test_nested_field_in_result() -> None:
    inner = field("HYPERLINK \"https://ex.org\"", "https://ex.org")
    para = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText>ADDIN ZOTERO_ITEM CSL_CITATION ' + escape(json.dumps({"citationItems": [ITEM]}))
            + '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + run("Hagenloh, 45, ") + inner + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + run("."))
    r = read_docx_document(build_docx({1: [para]}, [1]))
    assert r.notes[0].text == "Hagenloh, 45, https://ex.org."
    assert len(r.notes[0].citations) == 1


def test_soft_hyphen_and_symbol() -> None:
    para = run("Vol") + "<w:r><w:softHyphen/></w:r>" + run("ume ") + '<w:r><w:sym w:font="Symbol" w:char="F0AE"/></w:r>' + run(" 3.")
    r = read_docx_document(build_docx({1: [para]}, [1]))
    assert r.notes[0].text.startswith("Volume ")


def test_reference_without_note_is_reported() -> None:
    r = read_docx_document(build_docx({1: [run("One.")]}, [1, 5]), "x.docx")
    assert any(d.code == "X104" and "5" in d.message for d in r.diagnostics)


def test_broken_core_properties_do_not_raise() -> None:
    buf = BytesIO(build_docx({1: [run("One.")]}, [1]))
    with zipfile.ZipFile(buf, "a") as z:
        z.writestr("docProps/core.xml", "<cp:coreProperties")
    r = read_docx_document(buf.getvalue(), "x.docx")
    assert [n.text for n in r.notes] == ["One."]


def test_alternate_content_read_once() -> None:
    mc = "http://schemas.openxmlformats.org/markup-compatibility/2006"
    para = (run("Before ") + f'<mc:AlternateContent xmlns:mc="{mc}"><mc:Choice Requires="wps">'
            + run("boxed") + "</mc:Choice><mc:Fallback>" + run("boxed") + "</mc:Fallback></mc:AlternateContent>"
            + run(" after."))
    r = read_docx_document(build_docx({1: [para]}, [1]))
    assert r.notes[0].text == "Before boxed after."


def test_zotero_item_without_data_is_reported() -> None:
    para = zotero([{"id": 3, "uris": ["http://zotero.org/users/1/items/X"]}], "Smith, 4")
    r = read_docx_document(build_docx({1: [para]}, [1]), "x.docx")
    assert r.notes[0].text == "Smith, 4"
    assert any(d.code == "X301" for d in r.diagnostics)


def test_numbering_starts_where_settings_say() -> None:
    buf = BytesIO(build_docx({1: [run("One.")], 2: [run("Two.")]}, [1, 2]))
    with zipfile.ZipFile(buf, "a") as z:
        z.writestr("word/settings.xml", f'<w:settings {NS}><w:footnotePr><w:numStart w:val="41"/>'
                   "</w:footnotePr></w:settings>")
    r = read_docx_document(buf.getvalue())
    assert [n.number for n in r.notes] == ["41", "42"]


def test_deleted_note_reference_is_not_numbered() -> None:
    document = (f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body><w:p>'
                '<w:del w:id="5" w:author="A"><w:r><w:footnoteReference w:id="1"/></w:r></w:del>'
                '<w:r><w:footnoteReference w:id="2"/></w:r></w:p></w:body></w:document>')
    buf = BytesIO(build_docx({1: [run("Deleted note.")], 2: [run("Kept note.")]}, [1, 2]))
    out = BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w") as z:
        for name in src.namelist():
            z.writestr(name, document if name == "word/document.xml" else src.read(name))
    r = read_docx_document(out.getvalue(), "x.docx")
    assert [(n.number, n.text) for n in r.notes] == [("1", "Kept note.")]
    assert any("deleted" in d.message for d in r.diagnostics)


def test_numeric_locator_from_mendeley_is_text() -> None:
    item = {"id": "m1", "itemData": {"type": "book", "title": "Terreur"}, "locator": 12}
    r = read_docx_document(build_docx({1: [zotero([item], "Werth, 12", mendeley=True)]}, [1]))
    assert [(c.locator, c.label) for c in r.notes[0].citations] == [("12", "page")]
