"""The glossed-article step (P187) on labelled fields: an article whose quoted title has its characters after the
quote; and what it leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("author", "Miyazaki Ichisada 宮崎市定,"), ("title", "\"Sōdai ni okeru sekitan to tetsu\" 宋代における石炭と鉄, Tōhōgaku"),
           ("volume", "13"), ("date", "(1957):"), ("pages", "1–15.")],
          {"type": "article-journal", "title": "Sōdai ni okeru sekitan to tetsu 宋代における石炭と鉄",
           "container-title": "Tōhōgaku", "volume": "13", "page": "1-15"}, id="journal-volume"),
        P([("author", "Chen Yinke 陳寅恪,"), ("title", "\"Tianshi dao\" 天師道, Lishi yuyan yanjiusuo jikan 3, no."),
           ("issue", "4"), ("date", "(1933):"), ("pages", "439–66.")],
          {"container-title": "Lishi yuyan yanjiusuo jikan", "volume": "3", "issue": "4", "page": "439-466"},
          id="volume-and-issue"),
        # what the step leaves alone
        P([("author", "Wang Guowei,"), ("title", "\"Yin Zhou zhidu lun,\""), ("container-title", "Guantang jilin"),
           ("volume", "10"), ("date", "(1959):"), ("pages", "451–80.")],
          {"title": "Yin Zhou zhidu lun"}, id="no-characters"),
    ],
)
def test_glossed_article(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = normalize_fields(fields).item
    assert {key: item.get(key) for key in expected} == expected
