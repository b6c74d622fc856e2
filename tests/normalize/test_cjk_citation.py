"""Notes in Chinese, Japanese and Korean script (``cjk_citation``, P159), written by the integrator.

Before the step every such note was one token to the tagger, read as a URL.  Only what a case names
is compared; authors stay whole ``literal`` names.
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.parser import parse_reference

CASES = [
    ("王汎森：《中國近代思想與學術的系譜》，台北：聯經出版公司，2003年，頁45。",
     {"type": "book", "author": [{"literal": "王汎森"}], "title": "中國近代思想與學術的系譜", "publisher-place": "台北",
      "publisher": "聯經出版公司", "issued": {"date-parts": [[2003]]}, "language": "zh"}, ("full", "45")),
    ("丸山眞男『日本政治思想史研究』東京大学出版会、1952年、45頁。",
     {"type": "book", "title": "日本政治思想史研究", "publisher": "東京大学出版会", "language": "ja"}, ("full", "45")),
    ("余英時，〈中國近世宗教倫理與商人精神〉，《知識人與中國文化的價值》（台北：時報文化，1982），頁12-15。",
     {"type": "chapter", "title": "中國近世宗教倫理與商人精神", "container-title": "知識人與中國文化的價值",
      "publisher": "時報文化", "page": "12-15"}, ("full", None)),
    ("葛兆光，〈思想史的寫法〉，《中國社會科學》第12卷第3期（2001），頁1-20，頁5。",
     {"type": "article-journal", "container-title": "中國社會科學", "volume": "12", "issue": "3", "page": "1-20",
      "issued": {"date-parts": [[2001]]}}, ("full", "5")),
    ("丸山眞男「近代日本思想史における国家理性の問題」『展望』1949年1月号、30頁。",
     {"type": "article-journal", "container-title": "展望", "language": "ja"}, ("full", "30")),
    ("費孝通編，《鄉土中國》，上海：觀察社，1948年，頁7。",
     {"editor": [{"literal": "費孝通"}], "author": None, "title": "鄉土中國"}, ("full", "7")),
    ("참고: 김용섭, 《조선후기농업사연구》, 서울: 일조각, 1970, 45쪽.",
     {"author": [{"literal": "김용섭"}], "title": "조선후기농업사연구", "publisher": "일조각", "language": "ko"}, ("full", "45")),
    ("同上，頁50。", {"title": None}, ("ibid", "50")),
    ("同上、50頁。", {"title": None}, ("ibid", "50")),
    ("王汎森，前引書，頁52。", {"author": [{"literal": "王汎森"}]}, ("op-cit", "52")),
]


@pytest.mark.parametrize(("text", "expected", "occurrence"), CASES)
def test_cjk_note(text: str, expected: dict[str, Any], occurrence: tuple[str, str | None]) -> None:
    parsed = parse_reference(text)
    assert {key: parsed.item.get(key) for key in expected} == expected
    assert (parsed.kind, parsed.locator) == occurrence
    assert "URL" not in parsed.item


@pytest.mark.parametrize("text", [
    "Paul Hagenloh, Stalin's Police (Baltimore, 2009), 3.",  # not CJK: the step does nothing
    "王汎森的研究很重要。",  # CJK prose with no title brackets: left as read
])
def test_near_misses(text: str) -> None:
    parsed = parse_reference(text)
    assert parsed.item.get("language") not in ("zh", "ja", "ko") or "title" not in parsed.item
