"""Whole notes in CJK script: split at the full-width semicolon, 同上 (ibid.) and 前引書 (op. cit.)
linked to their work, a chapter kept apart from its book (〈〉《》 need no "in")."""

from __future__ import annotations

from citekit.extraction import extract

NOTES = (
    "王汎森：《中國近代思想與學術的系譜》，台北：聯經出版公司，2003年，頁45；余英時，〈中國近世宗教倫理與商人精神〉，"
    "《知識人與中國文化的價值》（台北：時報文化，1982），頁12-15，頁14。\n"
    "同上，頁13。\n"
    "王汎森，前引書，頁52。\n"
    "丸山眞男『日本政治思想史研究』東京大学出版会、1952年、45頁。\n"
    "同上、50頁。\n"
)


def test_cjk_document() -> None:
    doc = extract(NOTES, notes_mode=True)
    cits = [[(c.kind, c.id, c.locator) for c in n.citations] for n in doc.notes]
    works = {str(e["id"]): e for e in doc.entries}
    wang, yu, maruyama = (next(i for i, e in works.items() if e.get("title") == t)
                          for t in ("中國近代思想與學術的系譜", "中國近世宗教倫理與商人精神", "日本政治思想史研究"))
    assert cits == [[("full", wang, "45"), ("full", yu, "14")], [("ibid", yu, "13")], [("op-cit", wang, "52")],
                    [("full", maruyama, "45")], [("ibid", maruyama, "50")]]
    assert works[yu]["type"] == "chapter" and works[yu]["container-title"] == "知識人與中國文化的價值"
    assert len(doc.entries) == 3
