"""A golden input: a law thesis chapter (.docx) mixing Zotero fields and hand-typed notes.

Built with the standard library only (zipfile and XML strings), the way Word
stores it: Zotero ``ADDIN ZOTERO_ITEM CSL_CITATION`` fields (one work with a
locator; two works with a prefix, locators and a suffix; the code split over
runs), hand-typed notes with italic runs, a ``HYPERLINK`` field around a URL,
a soft hyphen and a non-breaking hyphen, Word's own citation tool
(``CITATION`` inside a content control, its source in ``customXml``), a
short form and an "Ibid." after a Zotero note, and footnote ids that do not
follow the printed order.  ``python3 en_law_thesis_zotero_docx.py out.docx``
writes the file to open by hand.
"""

from __future__ import annotations

import json
import sys
import zipfile
from io import BytesIO
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NS = f'xmlns:w="{W}" xmlns:r="{R}"'

HALLORAN = {"id": 3141, "type": "book", "title": "Enclosure and the Courts: Litigation over Common Rights, 1760-1840",
            "publisher": "Clarendon Press", "publisher-place": "Oxford",
            "author": [{"family": "Halloran", "given": "Bridget"}], "issued": {"date-parts": [[2011]]}}
OKONJO = {"id": 3142, "type": "article-journal", "title": "Commons, Custom and the Parliamentary Enclosure Acts",
          "container-title": "Journal of Legal History", "volume": "38", "issue": "2", "page": "145-171",
          "author": [{"family": "Okonjo", "given": "Peter"}], "issued": {"date-parts": [[2017]]}}
MARSH = {"id": 3143, "type": "chapter", "title": "The Lawyers of Enclosure",
         "container-title": "Land and Law in Georgian England", "editor": [{"family": "Tanner", "given": "Ruth"}],
         "page": "88-112", "publisher": "Boydell", "publisher-place": "Woodbridge",
         "author": [{"family": "Marsh", "given": "Colin"}], "issued": {"date-parts": [[2019]]}}


def t(text: str, italic: bool = False) -> str:
    props = "<w:rPr><w:i/></w:rPr>" if italic else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def complex_field(code: str, shown: str) -> str:
    half = len(code) // 2
    instr = "".join(f'<w:r><w:instrText xml:space="preserve">{escape(p)}</w:instrText></w:r>'
                    for p in (code[:half], code[half:]))
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>' + instr
            + '<w:r><w:fldChar w:fldCharType="separate"/></w:r>' + t(shown)
            + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def zotero(items: list[dict[str, object]], shown: str) -> str:
    payload = {"citationID": "x7Yq", "properties": {"formattedCitation": shown, "plainCitation": shown},
               "citationItems": items, "schema": "https://github.com/citation-style-language/schema/raw/master/csl-citation.json"}
    return complex_field("ADDIN ZOTERO_ITEM CSL_CITATION " + json.dumps(payload, ensure_ascii=False), shown)


TAB = '<w:r><w:tab/></w:r>'
FOOTNOTES: dict[int, str] = {
    # printed 1: a Zotero field, one work with a page
    7: TAB + zotero([{"id": 3141, "uris": ["http://zotero.org/users/1/items/AB12"], "itemData": HALLORAN,
                      "locator": "54", "label": "page"}],
                    "Bridget Halloran, Enclosure and the Courts: Litigation over Common Rights, 1760-1840 "
                    "(Oxford: Clarendon Press, 2011), 54") + t("."),
    # printed 2: hand-typed, with italics and a non-breaking hyphen
    3: TAB + t("R v. Inhabitants of Stoke Gifford (1784) 3 Doug. 421, 99 ER 731; see also ")
    + t("Fitch v. Rawling", italic=True) + t(" (1795) 2 H. Bl. 393, 394") + '<w:r><w:noBreakHyphen/></w:r>'
    + t("95."),
    # printed 3: Ibid. after a hand-typed note
    9: TAB + t("Ibid., 396."),
    # printed 4: a Zotero field with two works, a prefix, locators and a suffix
    4: TAB + zotero([{"id": 3142, "itemData": OKONJO, "locator": "150-152", "label": "page", "prefix": "See"},
                     {"id": 3143, "itemData": MARSH, "locator": "97", "label": "page",
                      "suffix": "(on the Stoke Gifford bill)"}],
                    "See Peter Okonjo, ‘Commons, Custom and the Parliamentary Enclosure Acts’, Journal of "
                    "Legal History 38, no. 2 (2017): 150-152; Colin Marsh, ‘The Lawyers of Enclosure’, in Land "
                    "and Law in Georgian England, ed. Ruth Tanner (Woodbridge: Boydell, 2019), 97 (on the "
                    "Stoke Gifford bill)") + t("."),
    # printed 5: hand-typed short form of a Zotero work, with a soft hyphen inside a word
    5: TAB + t("Halloran, ") + t("Enclo", italic=True) + '<w:r><w:softHyphen/></w:r>'
    + t("sure and the Courts", italic=True) + t(", 61–63."),
    # printed 6: a hand-typed archival note with a HYPERLINK field around a URL
    6: TAB + t("Gloucestershire Archives, D1571/E12, survey of Stoke Gifford, 1781; catalogue at ")
    + complex_field('HYPERLINK "https://catalogue.example.org/D1571"', "https://catalogue.example.org/D1571")
    + t("."),
    # printed 7: Word's own citation tool, in a content control
    8: TAB + '<w:sdt><w:sdtPr><w:citation/></w:sdtPr><w:sdtContent>'
    + complex_field("CITATION Tho63 \\p 213 \\l 2057", "(Thompson, 1963, p. 213)")
    + '</w:sdtContent></w:sdt>' + t("; and compare Okonjo, ‘Commons, Custom’, 160."),
}
ORDER = [7, 3, 9, 4, 5, 6, 8]

SOURCES = """<?xml version="1.0" encoding="UTF-8"?>
<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography" SelectedStyle="" StyleName="">
<b:Source><b:Tag>Tho63</b:Tag><b:SourceType>Book</b:SourceType><b:Author><b:Author><b:NameList><b:Person>
<b:Last>Thompson</b:Last><b:First>Edward</b:First></b:Person></b:NameList></b:Author></b:Author>
<b:Title>The Making of the English Working Class</b:Title><b:Year>1963</b:Year><b:City>London</b:City>
<b:Publisher>Gollancz</b:Publisher></b:Source></b:Sources>"""

BODY = ["Enclosure by Act of Parliament changed the law of common rights",
        " less than its practice", ", as the courts were quick to notice", "",
        " The litigation that followed was local", " and slow", "", ""]


def _document() -> str:
    paras = []
    for k, nid in enumerate(ORDER):
        ref = f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{nid}"/></w:r>'
        paras.append(f"<w:p>{t(BODY[k] or 'It was argued again.')}{ref}</w:p>")
    return f'<?xml version="1.0" encoding="UTF-8"?><w:document {NS}><w:body>{"".join(paras)}</w:body></w:document>'


def _footnotes() -> str:
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
           '</w:p></w:footnote>')
    body = "".join(
        f'<w:footnote w:id="{nid}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
        f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>{xml}</w:p></w:footnote>'
        for nid, xml in FOOTNOTES.items())
    return f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes {NS}>{sep}{body}</w:footnotes>'


def build() -> bytes:
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
                   '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
                   '</Relationships>')
        z.writestr("word/_rels/document.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
                   '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>'
                   '</Relationships>')
        z.writestr("word/document.xml", _document())
        z.writestr("word/footnotes.xml", _footnotes())
        z.writestr("customXml/item1.xml", SOURCES)
    return out.getvalue()


if __name__ == "__main__":
    with open(sys.argv[1] if len(sys.argv) > 1 else "en_law_thesis_zotero.docx", "wb") as fh:
        fh.write(build())
