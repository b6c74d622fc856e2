"""Build small .docx files in memory for the reader's tests (no Word needed)."""

from __future__ import annotations

import json
import zipfile
from io import BytesIO
from typing import Any
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W}"'


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def field(code: str, shown: str, split_code: bool = True) -> str:
    """A complex field: begin, the code (split over runs like Word does), separate, result, end."""
    if split_code:
        half = len(code) // 2
        pieces = [code[:half], code[half:]]
    else:
        pieces = [code]
    instr = "".join(
        f'<w:r><w:instrText xml:space="preserve">{escape(p)}</w:instrText></w:r>' for p in pieces
    )
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + instr
        + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + run(shown)
        + '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def zotero(items: list[dict[str, Any]], shown: str, mendeley: bool = False) -> str:
    payload = {"citationID": "abc", "citationItems": items, "schema": "csl-citation.json"}
    prefix = "ADDIN CSL_CITATION " if mendeley else "ADDIN ZOTERO_ITEM CSL_CITATION "
    return field(prefix + json.dumps(payload, ensure_ascii=False), shown)


def note_xml(kind: str, notes: dict[int, list[str]]) -> str:
    body = "".join(
        f'<w:{kind} w:id="{nid}">'
        + "".join(
            f'<w:p><w:r><w:{kind}Ref/></w:r>{para}</w:p>' if i == 0 else f"<w:p>{para}</w:p>"
            for i, para in enumerate(paras)
        )
        + f"</w:{kind}>"
        for nid, paras in notes.items()
    )
    sep = (f'<w:{kind} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
           f"</w:{kind}>")
    return f'<?xml version="1.0" encoding="UTF-8"?><w:{kind}s {NS}>{sep}{body}</w:{kind}s>'


def build_docx(
    footnotes: dict[int, list[str]],
    order: list[int],
    endnotes: dict[int, list[str]] | None = None,
    end_order: list[int] | None = None,
    title: str | None = None,
    creator: str | None = None,
) -> bytes:
    """A .docx whose body references ``order`` footnotes (and ``end_order`` endnotes)."""
    refs = "".join(f'<w:r><w:t>Text.</w:t></w:r><w:r><w:footnoteReference w:id="{i}"/></w:r>'
                   for i in order)
    refs += "".join(f'<w:r><w:endnoteReference w:id="{i}"/></w:r>' for i in end_order or [])
    document = (f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>'
                f"<w:p>{refs}</w:p></w:body></w:document>")
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document)
        z.writestr("word/footnotes.xml", note_xml("footnote", footnotes))
        if endnotes:
            z.writestr("word/endnotes.xml", note_xml("endnote", endnotes))
        if title or creator:
            z.writestr(
                "docProps/core.xml",
                '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
                'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                f"<dc:title>{escape(title or '')}</dc:title>"
                f"<dc:creator>{escape(creator or '')}</dc:creator></cp:coreProperties>",
            )
    return buf.getvalue()
