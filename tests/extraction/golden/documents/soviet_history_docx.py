"""A golden input: an English article on Soviet history as a .docx, built here with lxml.

Word is not needed: ``build()`` writes ``word/document.xml`` (the note references,
whose order numbers the notes) and ``word/footnotes.xml`` (thirteen notes, one of
two paragraphs, one holding a Zotero field whose code carries CSL-JSON).
``python3 soviet_history_docx.py out.docx`` writes the file to open by hand.
"""

from __future__ import annotations

import json
import zipfile
from io import BytesIO

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"

ZOTERO_ITEM = {
    "id": 4711,
    "type": "article-journal",
    "title": "The Great Terror on the Local Level: Purges in Moscow Factories, 1936-1938",
    "container-title": "Slavic Review",
    "volume": "52",
    "issue": "2",
    "page": "299-320",
    "author": [{"family": "Goldman", "given": "Wendy Z."}],
    "issued": {"date-parts": [[1993]]},
}

#: note id -> paragraphs; each paragraph a list of runs: a string, or ("zotero", items, shown)
NOTES: dict[int, list[list[object]]] = {
    1: [["See Oleg V. Khlevniuk, Politbiuro: mekhanizmy politicheskoi vlasti v 1930-e gody, "
         "Moscow, 1996, pp. 181–83."]],
    2: [["RGASPI, f. 17, op. 3, d. 1003, ll. 85–86."]],
    3: [["Ibid., l. 87."]],
    4: [["J. Arch Getty and Oleg V. Naumov, The Road to Terror: Stalin and the "
         "Self-Destruction of the Bolsheviks, 1932–1939, New Haven, CT, 1999, p. 470; "
         "Khlevniuk, Politbiuro, p. 190."]],
    5: [["On the factories, see ",
         ("zotero", [{"id": 4711, "itemData": ZOTERO_ITEM, "locator": "305", "label": "page"}],
          "Wendy Z. Goldman, ‘The Great Terror on the Local Level’, Slavic Review, 52, 1993, 2, "
          "pp. 299–320 (p. 305)"),
         "."]],
    6: [["Lubianka. Stalin i Glavnoe upravlenie gosbezopasnosti NKVD 1937–1938: dokumenty, "
         "ed. V. N. Khaustov, V. P. Naumov and N. S. Plotnikova, Moscow, 2004, p. 234."]],
    7: [["Ibid., pp. 236–37. The document is also printed in Tragediia sovetskoi derevni: "
         "kollektivizatsiia i raskulachivanie, 5 vols, Moscow, 1999–2006, vol. 5, bk 1, p. 330."]],
    8: [["GARF, f. R-9401, op. 1, d. 4157, l. 201."],
        ["The figures in this file differ slightly from those given by Khaustov; "
         "see Lubianka, pp. 240–41."]],
    9: [["Getty and Naumov, Road to Terror, p. 475."]],
    10: [["A. Iu. Vatlin, Terror raionnogo masshtaba: ‘massovye operatsii’ NKVD v "
          "Kuntsevskom raione Moskovskoi oblasti 1937–1938 gg., Moscow, 2004, p. 45; "
          "M. Iu. Iunge, G. Bordiugov and R. Binner, Vertikal´ bol´shogo terrora: istoriia "
          "operatsii po prikazu NKVD No. 00447, Moscow, 2008, pp. 112–15."]],
    11: [["Vatlin, Terror raionnogo masshtaba, p. 50."]],
    12: [["Sheila Fitzpatrick, ‘How the Mice Buried the Cat: Scenes from the Great Purges of "
          "1937 in the Russian Provinces’, Russian Review, 52, 1993, 3, pp. 299–320; "
          "Goldman, ‘Great Terror’, p. 310."]],
    13: [["RGASPI, f. 17, op. 3, d. 1003, l. 90; Iunge et al., Vertikal´ bol´shogo terrora, p. 120."]],
}

BODY = [
    "The Great Terror and the Soviet Provinces, 1937–38",
    "Historians have long debated the role of the centre in the mass operations.",
    "This article draws on the records of the Politburo and the NKVD.",
]


def _w(tag: str) -> str:
    return _W + tag


def _text_run(parent: etree._Element, text: str) -> None:
    r = etree.SubElement(parent, _w("r"))
    t = etree.SubElement(r, _w("t"))
    t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    t.text = text


def _field_char(parent: etree._Element, kind: str) -> None:
    r = etree.SubElement(parent, _w("r"))
    etree.SubElement(r, _w("fldChar")).set(_w("fldCharType"), kind)


def _zotero(parent: etree._Element, items: list[dict[str, object]], shown: str) -> None:
    code = "ADDIN ZOTERO_ITEM CSL_CITATION " + json.dumps(
        {"citationID": "x1", "citationItems": items, "schema": "csl-citation.json"})
    _field_char(parent, "begin")
    for piece in (code[:40], code[40:]):  # Word splits long codes over runs
        r = etree.SubElement(parent, _w("r"))
        instr = etree.SubElement(r, _w("instrText"))
        instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        instr.text = piece
    _field_char(parent, "separate")
    _text_run(parent, shown)
    _field_char(parent, "end")


def _footnotes() -> bytes:
    root = etree.Element(_w("footnotes"), nsmap={"w": W})
    for sep_id, kind in ((-1, "separator"), (0, "continuationSeparator")):
        fn = etree.SubElement(root, _w("footnote"))
        fn.set(_w("type"), kind)
        fn.set(_w("id"), str(sep_id))
        r = etree.SubElement(etree.SubElement(fn, _w("p")), _w("r"))
        etree.SubElement(r, _w(kind))
    for nid, paras in NOTES.items():
        fn = etree.SubElement(root, _w("footnote"))
        fn.set(_w("id"), str(nid))
        for i, runs in enumerate(paras):
            p = etree.SubElement(fn, _w("p"))
            if i == 0:
                etree.SubElement(etree.SubElement(p, _w("r")), _w("footnoteRef"))
                _text_run(p, " ")
            for run in runs:
                if isinstance(run, str):
                    _text_run(p, run)
                else:
                    _, items, shown = run  # type: ignore[misc]
                    _zotero(p, items, shown)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _document() -> bytes:
    root = etree.Element(_w("document"), nsmap={"w": W})
    body = etree.SubElement(root, _w("body"))
    note_ids = list(NOTES)
    per_para = -(-len(note_ids) // len(BODY))
    for i, text in enumerate(BODY):
        p = etree.SubElement(body, _w("p"))
        _text_run(p, text)
        for nid in note_ids[i * per_para:(i + 1) * per_para]:
            r = etree.SubElement(p, _w("r"))
            etree.SubElement(r, _w("footnoteReference")).set(_w("id"), str(nid))
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def build() -> bytes:
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?>'
                   '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("word/document.xml", _document())
        z.writestr("word/footnotes.xml", _footnotes())
    return buf.getvalue()


if __name__ == "__main__":
    import sys
    with open(sys.argv[1], "wb") as fh:
        fh.write(build())
