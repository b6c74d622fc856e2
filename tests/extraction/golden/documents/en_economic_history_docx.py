"""A golden input: a thesis chapter on Victorian railway finance as a .docx, built here with lxml.

Written the way Word stores what a student types: runs split wherever the
formatting changes (italic titles, a title split mid-word by a spell-check
mark), curly quotes, a tab after the note mark, non-breaking hyphens, a note of
three paragraphs, the separator and continuation notes, a Zotero field (CSL-JSON
with a prefix and a locator, two works in one field) and a Mendeley field,
tracked changes (an insertion kept, a deletion dropped), an acknowledgement
note with its own mark ("*", not counted) and three endnotes.
``python3 en_economic_history_docx.py out.docx`` writes the file to open by hand.
"""

from __future__ import annotations

import json
import zipfile
from io import BytesIO

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

ODLYZKO = {"id": "ZK7", "type": "article-journal", "title": "Collective Hallucinations and "
           "Inefficient Markets: The British Railway Mania of the 1840s",
           "container-title": "SSRN Electronic Journal", "author": [{"family": "Odlyzko",
           "given": "Andrew"}], "issued": {"date-parts": [[2010]]}}
CAMPBELL = {"id": "ZK8", "type": "article-journal", "title": "Deriving the Railway Mania",
            "container-title": "Financial History Review", "volume": "20", "issue": "1",
            "page": "1-27", "author": [{"family": "Campbell", "given": "Gareth"}],
            "issued": {"date-parts": [[2013]]}}
REED = {"id": "MD1", "type": "book", "title": "Investment in Railways in Britain, 1820-1844",
        "publisher": "Oxford University Press", "publisher-place": "London",
        "author": [{"family": "Reed", "given": "M. C."}], "issued": {"date-parts": [[1975]]}}

#: a run: plain text, ("i", text) italic, ("tab",), ("nbh",) non-breaking hyphen,
#: ("ins", text) tracked insertion, ("del", text) tracked deletion,
#: ("zotero", items, shown) and ("mendeley", items, shown) citation fields
Run = object
FOOTNOTES: dict[int, list[list[Run]]] = {
    1: [[("tab",), "Andrew Odlyzko, ‘This Time Is Different: An Example of a Giant, Wildly "
         "Speculative, and Successful Investment Mania’, ", ("i", "B.E. Journal of Economic "),
         ("i", "Analysis & Policy"), " 10, no. 1 (2010): 1", ("nbh",), "20."]],
    2: [[("tab",), ("zotero", [{"id": "ZK8", "itemData": CAMPBELL, "locator": "14",
                                "label": "page", "prefix": "see especially"}],
                    "see especially Gareth Campbell, ‘Deriving the Railway Mania’, "
                    "Financial History Review 20, no. 1 (2013): 14"), "."]],
    3: [[("tab",), "Ibid., 16", ("nbh",), "17."]],
    4: [[("tab",), "The National Archives, Kew, RAIL 1110/423, ",
         "prospectus of the Direct Northern Railway, 1845."]],
    5: [[("tab",), "M. C. Reed, ", ("i", "Investment in Rail"), ("i", "ways in Britain, 1820"),
         ("i", "–1844: A Study in the Development of the Capital Market"),
         " (London: Oxford University Press, 1975), 88", ("ins", "–91"), ("del", "–93"), "."],
        ["Reed’s figures are drawn from the parliamentary returns; they differ from those used "
         "below."],
        ["On the returns, see ", ("i", "Parliamentary Papers"), " 1846 (687) xxxviii, 12."]],
    6: [[("tab",), ("mendeley", [{"id": "MD1", "itemData": REED, "locator": "102"}],
                    "Reed, Investment in Railways, 102"),
         "; and compare ",
         ("zotero", [{"id": "ZK7", "itemData": ODLYZKO, "locator": "5"},
                     {"id": "ZK8", "itemData": CAMPBELL, "locator": "3", "suppress-author": True}],
          "Andrew Odlyzko, ‘Collective Hallucinations and Inefficient Markets: The British "
          "Railway Mania of the 1840s’, SSRN Electronic Journal, 2010, 5; ‘Deriving the "
          "Railway Mania’, 3"), "."]],
    7: [[("tab",), "Odlyzko, ‘This Time Is Different’, 12."]],
    8: [[("tab",), "George Robb, ", ("i", "White-Collar Crime in Modern England: Financial Fraud "
         "and Business Morality, 1845"), ("i", "–"), ("i", "1929"),
         " (Cambridge: Cambridge University Press, 1992), 31", ("nbh",), "33; Campbell, "
         "‘Deriving the Railway Mania’, 20."]],
    9: [[("tab",), "‘The Railway Mania’, ", ("i", "The Economist"), ", 18 October 1845, 1003."]],
    10: [[("tab",), "Ibid."]],
}
#: the acknowledgement on the chapter title: its reference carries its own mark ("*")
ACKNOWLEDGEMENT = ("*", "I thank the archivists of the National Archives, Kew, and my supervisor "
                   "for comments on an earlier draft of this chapter.")
ENDNOTES: dict[int, list[list[Run]]] = {
    1: [[("tab",), "All sums are given in pounds sterling at current prices."]],
    2: [[("tab",), "Harold Pollins, ", ("i", "Britain’s Railways: An Industrial History"),
         " (Newton Abbot: David & Charles, 1971), 45."]],
    3: [[("tab",), "Robb, ", ("i", "White-Collar Crime"), ", 40."]],
}
BODY = [
    "Chapter 4. Capital, Credit and the Railway Mania, 1844–1847",
    "The promotion boom of 1845 drew on a wide public of small investors.",
    "Its collapse left a long trail of litigation and a literature of blame.",
]


def _w(tag: str) -> str:
    return _W + tag


def _text(parent: etree._Element, text: str, italic: bool = False, tag: str = "t") -> None:
    r = etree.SubElement(parent, _w("r"))
    if italic:
        etree.SubElement(etree.SubElement(r, _w("rPr")), _w("i"))
    t = etree.SubElement(r, _w(tag))
    t.set(_SPACE, "preserve")
    t.text = text


def _field(parent: etree._Element, code: str, shown: str) -> None:
    etree.SubElement(etree.SubElement(parent, _w("r")), _w("fldChar")).set(_w("fldCharType"),
                                                                          "begin")
    for start in range(0, len(code), 255):  # Word splits long codes over runs
        r = etree.SubElement(parent, _w("r"))
        instr = etree.SubElement(r, _w("instrText"))
        instr.set(_SPACE, "preserve")
        instr.text = code[start:start + 255]
    etree.SubElement(etree.SubElement(parent, _w("r")), _w("fldChar")).set(_w("fldCharType"),
                                                                          "separate")
    _text(parent, shown)
    etree.SubElement(etree.SubElement(parent, _w("r")), _w("fldChar")).set(_w("fldCharType"),
                                                                          "end")


def _run(p: etree._Element, run: Run) -> None:
    if isinstance(run, str):
        _text(p, run)
        return
    assert isinstance(run, tuple)
    kind = run[0]
    if kind == "i":
        _text(p, run[1], italic=True)
    elif kind == "tab":
        etree.SubElement(etree.SubElement(p, _w("r")), _w("tab"))
    elif kind == "nbh":
        etree.SubElement(etree.SubElement(p, _w("r")), _w("noBreakHyphen"))
    elif kind == "ins":
        _text(etree.SubElement(p, _w("ins")), run[1])
    elif kind == "del":
        _text(etree.SubElement(p, _w("del")), run[1], tag="delText")
    else:
        payload = {"citationID": f"c{id(run) % 997}", "properties": {"noteIndex": 0},
                   "citationItems": run[1], "schema": "https://github.com/citation-style-"
                   "language/schema/raw/master/csl-citation.json"}
        prefix = "ADDIN ZOTERO_ITEM CSL_CITATION " if kind == "zotero" else "ADDIN CSL_CITATION "
        _field(p, prefix + json.dumps(payload, ensure_ascii=False), run[2])


def _notes(kind: str, notes: dict[int, list[list[Run]]]) -> bytes:
    root = etree.Element(_w(kind + "s"), nsmap={"w": W})
    for sep_id, sep in ((-1, "separator"), (0, "continuationSeparator"),
                        (1, "continuationNotice")):
        fn = etree.SubElement(root, _w(kind))
        fn.set(_w("type"), sep)
        fn.set(_w("id"), str(sep_id))
        p = etree.SubElement(fn, _w("p"))
        if sep != "continuationNotice":
            etree.SubElement(etree.SubElement(p, _w("r")), _w(sep))
    if kind == "footnote":
        fn = etree.SubElement(root, _w(kind))
        fn.set(_w("id"), "99")
        p = etree.SubElement(fn, _w("p"))
        _text(p, ACKNOWLEDGEMENT[0])
        _run(p, ("tab",))
        _text(p, ACKNOWLEDGEMENT[1])
    for nid, paras in notes.items():
        fn = etree.SubElement(root, _w(kind))
        fn.set(_w("id"), str(nid + 1))
        for i, runs in enumerate(paras):
            p = etree.SubElement(fn, _w("p"))
            etree.SubElement(etree.SubElement(p, _w("pPr")), _w("pStyle")).set(
                _w("val"), "FootnoteText")
            if i == 0:
                etree.SubElement(etree.SubElement(p, _w("r")), _w(kind + "Ref"))
            for run in runs:
                _run(p, run)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _document() -> bytes:
    root = etree.Element(_w("document"), nsmap={"w": W})
    body = etree.SubElement(root, _w("body"))
    foot = [n + 1 for n in FOOTNOTES]
    end = [n + 1 for n in ENDNOTES]
    per_para = -(-len(foot) // len(BODY))
    for i, text in enumerate(BODY):
        p = etree.SubElement(body, _w("p"))
        _text(p, text)
        if i == 0:  # the chapter title's "*" note: a custom mark, not counted by Word
            ref = etree.SubElement(etree.SubElement(p, _w("r")), _w("footnoteReference"))
            ref.set(_w("customMarkFollows"), "1")
            ref.set(_w("id"), "99")
            _text(p, ACKNOWLEDGEMENT[0])
        for nid in foot[i * per_para:(i + 1) * per_para]:
            etree.SubElement(etree.SubElement(p, _w("r")), _w("footnoteReference")).set(
                _w("id"), str(nid))
        if end:
            etree.SubElement(etree.SubElement(p, _w("r")), _w("endnoteReference")).set(
                _w("id"), str(end.pop(0)))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def build() -> bytes:
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", _document())
        z.writestr("word/footnotes.xml", _notes("footnote", FOOTNOTES))
        z.writestr("word/endnotes.xml", _notes("endnote", ENDNOTES))
    return buf.getvalue()


if __name__ == "__main__":
    import sys
    with open(sys.argv[1], "wb") as fh:
        fh.write(build())
