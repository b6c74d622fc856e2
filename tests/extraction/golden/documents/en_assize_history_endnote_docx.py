"""A golden input: an article on the Georgian assizes as a .docx whose citations EndNote made.

EndNote's Word plug-in stores each citation as a field ``ADDIN EN.CITE`` whose
code is the XML of the cited records (``<EndNote><Cite>…<record>…``), or, for a
long code, a nested ``ADDIN EN.CITE.DATA`` field with the same XML in base64.
The notes also hold what authors do by hand: a citation typed after a field, a
hyperlink to an archive's catalogue, a note of two paragraphs, tracked changes
(a deletion and a move: the moved text must appear once, where it went) and a
Zotero field.  ``python3 en_assize_history_endnote_docx.py out.docx`` writes
the file to open by hand.
"""

from __future__ import annotations

import base64
import json
import sys
import zipfile
from io import BytesIO
from xml.sax.saxutils import escape

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def _record(number: int, ref_type: str, code: int, authors: list[str], title: str,
            extra: str = "") -> str:
    names = "".join(f'<author><style face="normal" font="default" size="100%">{a}</style></author>'
                    for a in authors)
    return (f"<record><rec-number>{number}</rec-number><ref-type name=\"{ref_type}\">{code}</ref-type>"
            f"<contributors><authors>{names}</authors></contributors>"
            f"<titles><title><style face=\"normal\" font=\"default\" size=\"100%\">{title}</style></title>"
            f"{extra}")


HOLT = _record(7, "Book", 6, ["Holt, Karen"], "The Assize Circuit in Georgian England",
               "</titles><dates><year>1994</year></dates><pub-location>London</pub-location>"
               "<publisher>Hambledon</publisher></record>")
LEMMINGS = _record(9, "Journal Article", 17, ["Lemmings, David"], "Criminal Trial Procedure in "
                   "Eighteenth-Century England: The Impact of Lawyers",
                   "<secondary-title>Journal of Legal History</secondary-title></titles>"
                   "<periodical><full-title>Journal of Legal History</full-title></periodical>"
                   "<pages>1-24</pages><volume>27</volume><number>1</number>"
                   "<dates><year>2006</year></dates></record>")
KING = _record(12, "Book Section", 5, ["King, Peter"], "The Summary Courts and Social Relations",
               "<secondary-title>Crime and Law in England, 1750-1840</secondary-title></titles>"
               "<contributors><secondary-authors><author>Innes, Joanna</author></secondary-authors>"
               "</contributors><pages>43-75</pages><dates><year>2006</year></dates>"
               "<pub-location>Cambridge</pub-location><publisher>Cambridge University Press</publisher>"
               "</record>")


def _cite(author: str, year: str, record: str, pages: str = "", prefix: str = "") -> str:
    return (f"<Cite><Author>{author}</Author><Year>{year}</Year>"
            + (f"<Prefix>{prefix}</Prefix>" if prefix else "")
            + (f"<Pages>{pages}</Pages>" if pages else "") + record + "</Cite>")


def run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _instr(code: str) -> str:
    return f'<w:r><w:instrText xml:space="preserve">{escape(code)}</w:instrText></w:r>'


def _char(kind: str) -> str:
    return f'<w:r><w:fldChar w:fldCharType="{kind}"/></w:r>'


def endnote_field(cites: str, shown: str, as_data: bool = False) -> str:
    """An EN.CITE field; with ``as_data`` its XML goes into a nested EN.CITE.DATA field."""
    xml = f"<EndNote>{cites}</EndNote>"
    if as_data:
        code = (_instr(" ADDIN EN.CITE ") + _char("begin")
                + _instr(" ADDIN EN.CITE.DATA " + base64.b64encode(xml.encode()).decode())
                + _char("end"))
    else:
        half = len(xml) // 2  # Word splits long codes over runs
        code = _instr(" ADDIN EN.CITE " + xml[:half]) + _instr(xml[half:])
    return _char("begin") + code + _char("separate") + run(shown) + _char("end")


def zotero_field(items: list[dict[str, object]], shown: str) -> str:
    payload = {"citationID": "q1", "citationItems": items, "schema": "csl-citation.json"}
    return (_char("begin") + _instr("ADDIN ZOTERO_ITEM CSL_CITATION " + json.dumps(payload))
            + _char("separate") + run(shown) + _char("end"))


NOTES: dict[int, list[str]] = {
    1: [endnote_field(_cite("Holt", "1994", HOLT, "23", "see`"), "See Holt, Assize Circuit, 23") + run(".")],
    2: [run("Ibid., 31.")],
    3: [endnote_field(_cite("Lemmings", "2006", LEMMINGS, "12") + _cite("King", "2006", KING, "50"),
                      "Lemmings, ‘Criminal Trial Procedure’, 12; King, ‘Summary Courts’, 50", as_data=True)
        + run("; but see John Beattie, Crime and the Courts in England, 1660–1800 (Princeton, 1986), 314.")],
    4: [run("The depositions are catalogued online: ")
        + f'<w:hyperlink r:id="rId9" xmlns:r="{R}">' + run("https://discovery.example.org/ASSI45") + "</w:hyperlink>"
        + run(" (accessed 3 May 2020).")],
    5: [run("On the grand jury see Beattie, Crime and the Courts, 318"
            ) + '<w:del w:id="1" w:author="KH"><w:r><w:delText>–25</w:delText></w:r></w:del>' + run("."),
        run("The clerk of assize kept a minute book for each circuit; only those of the Northern Circuit "
            "survive for the 1770s.")],
    6: [run("Holt, Assize Circuit, ")
        + '<w:moveFrom w:id="2" w:author="KH">' + run("40–41; ") + "</w:moveFrom>"
        + run("77") + '<w:moveTo w:id="3" w:author="KH">' + run("; 40–41") + "</w:moveTo>" + run(".")],
    7: [zotero_field([{"id": 3, "itemData": {"type": "book", "title": "The Justices of the Peace, 1679–1760",
                                               "author": [{"family": "Landau", "given": "Norma"}],
                                               "issued": {"date-parts": [[1984]]}},
                       "locator": "5", "label": "page"}], "Norma Landau, The Justices of the Peace, 5")
        + run(".")],
}


def build() -> bytes:
    body = "".join(
        f'<w:{"footnote"} w:id="{nid}">'
        + "".join((f'<w:p><w:r><w:footnoteRef/></w:r><w:r><w:tab/></w:r>{p}</w:p>' if i == 0
                   else f"<w:p>{p}</w:p>") for i, p in enumerate(paras))
        + "</w:footnote>"
        for nid, paras in NOTES.items()
    )
    sep = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
           "</w:r></w:p></w:footnote>")
    footnotes = f'<?xml version="1.0" encoding="UTF-8"?><w:footnotes xmlns:w="{W}">{sep}{body}</w:footnotes>'
    refs = "".join(f'{run("The assize judges rode their circuits twice a year.")}'
                   f'<w:r><w:footnoteReference w:id="{nid}"/></w:r>' for nid in NOTES)
    document = (f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W}"><w:body>'
                f"<w:p>{refs}</w:p></w:body></w:document>")
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", document)
        z.writestr("word/footnotes.xml", footnotes)
    return buf.getvalue()


if __name__ == "__main__":
    with open(sys.argv[1], "wb") as handle:
        handle.write(build())
