"""DOCX reader faults found in review: links, symbol-font characters, hyphens and tabs in notes.

Each document is built here from WordprocessingML strings (no Word needed), with the footnotes'
relationships part when a note links outside the document.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

import pytest

from citekit.readers import read_document

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"


def _docx(notes: list[str], rels: dict[str, str] | None = None, kind: str = "footnote",
          properties: str = "") -> bytes:
    """A document whose body refers to one note per item of ``notes`` (each the XML of the note's runs),
    their paragraphs with ``properties`` (``w:pPr``)."""
    refs = "".join(f'<w:r><w:t>Text.</w:t></w:r><w:r><w:{kind}Reference w:id="{i}"/></w:r>'
                   for i in range(1, len(notes) + 1))
    document = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body><w:p>{refs}</w:p>'
                "</w:body></w:document>")
    body = "".join(f'<w:{kind} w:id="{i}"><w:p>{properties}<w:r><w:{kind}Ref/></w:r>{runs}</w:p></w:{kind}>'
                   for i, runs in enumerate(notes, start=1))
    part = (f'<?xml version="1.0" encoding="UTF-8"?><w:{kind}s xmlns:w="{W}" xmlns:r="{R}">{body}'
            f"</w:{kind}s>")
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document)
        z.writestr(f"word/{kind}s.xml", part)
        if rels is not None:
            items = "".join(
                f'<Relationship Id="{rid}" Type="{HYPERLINK}" Target="{target}"'
                + ('' if target.startswith("#") else ' TargetMode="External"') + "/>"
                for rid, target in rels.items())
            z.writestr(f"word/_rels/{kind}s.xml.rels",
                       f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PR}">{items}'
                       "</Relationships>")
    return buf.getvalue()


def _run(text: str, props: str = "") -> str:
    return f'<w:r>{f"<w:rPr>{props}</w:rPr>" if props else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def _texts(data: bytes) -> list[str]:
    return [n.text for n in read_document("paper.docx", data).notes]


# -- hyperlinks ----------------------------------------------------------------------------------------------

def test_hyperlink_text_is_kept_with_its_external_address() -> None:
    note = (_run("See the ") + '<w:hyperlink r:id="rId7" w:history="1">' + _run("court rolls")
            + "</w:hyperlink>" + _run(", m. 4."))
    assert _texts(_docx([note], {"rId7": "http://www.example.org/~rolls/cp40"})) == [
        "See the court rolls http://www.example.org/~rolls/cp40, m. 4."]


def test_hyperlink_showing_its_own_address_gives_it_once() -> None:
    note = (_run("Online at ") + '<w:hyperlink r:id="rId2">' + _run("www.example.org/a_b")
            + "</w:hyperlink>" + _run("."))
    assert _texts(_docx([note], {"rId2": "http://www.example.org/a_b"})) == ["Online at www.example.org/a_b."]


def test_internal_hyperlink_keeps_its_text_only() -> None:
    note = _run("See ") + '<w:hyperlink w:anchor="_Ref123">' + _run("note 4") + "</w:hyperlink>" + _run(".")
    assert _texts(_docx([note], {})) == ["See note 4."]


def test_hyperlink_without_its_relationship_part_keeps_its_text() -> None:
    note = _run("See ") + '<w:hyperlink r:id="rId9">' + _run("the catalogue") + "</w:hyperlink>" + _run(".")
    assert _texts(_docx([note])) == ["See the catalogue."]


def test_hyperlink_field_keeps_its_text_and_address() -> None:
    note = (_run("See ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://example.org/~x" </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + _run("the edition")
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>' + _run(", 12."))
    assert _texts(_docx([note])) == ["See the edition https://example.org/~x, 12."]


def test_endnote_hyperlink_uses_the_endnotes_relationships() -> None:
    note = _run("See ") + '<w:hyperlink r:id="rId3">' + _run("here") + "</w:hyperlink>"
    result = read_document("paper.docx", _docx([note], {"rId3": "https://example.org/e"}, kind="endnote"))
    assert [(n.number, n.text) for n in result.notes] == [("i", "See here https://example.org/e")]


# -- symbols, hyphens, tabs ------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sym", "char"),
    [
        ('<w:sym w:font="Symbol" w:char="F061"/>', "α"),
        ('<w:sym w:font="Symbol" w:char="F0A7"/>', "♣"),
        ('<w:sym w:font="Symbol" w:char="F0B1"/>', "±"),
        ('<w:sym w:font="Symbol" w:char="F0AE"/>', "→"),
        ('<w:sym w:font="Wingdings" w:char="F0FC"/>', "✓"),
        ('<w:sym w:font="Times New Roman" w:char="00A7"/>', "§"),
        ('<w:sym w:font="Times New Roman" w:char="F0A7"/>', "§"),
        ('<w:sym w:font="Arial" w:char="2014"/>', "—"),
    ],
)
def test_symbol_font_characters_become_their_characters(sym: str, char: str) -> None:
    note = _run("Before ") + f"<w:r>{sym}</w:r>" + _run(" after.")
    assert _texts(_docx([note])) == [f"Before {char} after."]


def test_text_typed_in_the_symbol_font_is_greek() -> None:
    note = _run("The term ") + _run("logoV", '<w:rFonts w:ascii="Symbol" w:hAnsi="Symbol"/>') + _run(".")
    assert _texts(_docx([note])) == ["The term λογος."]


def test_unknown_symbol_is_kept_visible() -> None:
    # (a picture font without a table: the stored private-use character keeps the symbol's place)
    note = _run("Mark ") + '<w:r><w:sym w:font="Webdings" w:char="F021"/></w:r>' + _run(".")
    assert _texts(_docx([note])) == ["Mark \uf021."]


def test_hyphens_and_tabs() -> None:
    note = (_run("pp. 31") + "<w:r><w:noBreakHyphen/></w:r>" + _run("33; Kriegs") + "<w:r><w:softHyphen/></w:r>"
            + _run("gericht;") + "<w:r><w:tab/></w:r>" + _run("fol.") + "<w:r><w:tab/><w:t>3r.</w:t></w:r>")
    assert _texts(_docx([note])) == ["pp. 31-33; Kriegsgericht; fol. 3r."]


def test_tab_stops_in_paragraph_properties_are_not_text() -> None:
    note = _run("One") + "<w:r><w:tab/></w:r>" + _run("two.")
    data = _docx([note], properties='<w:pPr><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>')
    assert _texts(data) == ["One two."]


@pytest.mark.parametrize("code", ["ZZ", "", "D800", "110000", "F085"])
def test_a_symbol_that_is_no_character_is_left_out_without_a_traceback(code: str) -> None:
    # (round 3: no longer dropped silently -- a placeholder keeps its place and an X302 says what it was)
    note = _run("Before ") + f'<w:r><w:sym w:font="Arial" w:char="{code}"/></w:r>' + _run(" after.")
    data = _docx([note])
    assert _texts(data) == ["Before \ufffd after."]
    assert [d.code for d in read_document("a.docx", data).diagnostics] == ["X302"]
