"""The East-Asian-newspaper step (P183) on labelled fields: a newspaper by its romanised title, the day (an era
date with the Western date in brackets) and the page; and what it leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param
NEWS = "article-newspaper"


@pytest.mark.parametrize(
    ("fields", "expected", "locator"),
    [
        P([("author", "Shenbao 申報,"), ("other", "Guangxu 8/3/12"), ("date", "(April 29, 1882),"), ("pages", "1.")],
          {"type": NEWS, "container-title": "Shenbao 申報", "issued": {"date-parts": [[1882, 4, 29]]}, "author": None},
          "1", id="era-date-western-in-brackets"),
        P([("title", "Tōkyō nichinichi shinbun,"), ("date", "5 September 1923,"), ("locator", "2.")],
          {"type": NEWS, "container-title": "Tōkyō nichinichi shinbun", "title": None}, "2", id="japanese-shinbun"),
        P([("title", "Tonga ilbo,"), ("date", "March 3, 1925,"), ("locator", "p. 2.")],
          {"type": NEWS, "container-title": "Tonga ilbo"}, "2", id="korean-ilbo"),
        # what the step leaves alone
        P([("title", "Shenbao 申報,"), ("other", "Guangxu 8/3/12,"), ("pages", "1.")], {"type": "book"}, None,
          id="era-date-without-western-date"),
        P([("author", "Wang Di,"), ("title", "Kaibao,"), ("date", "1990,"), ("locator", "45.")],
          {"type": "book"}, None, id="no-day"),
    ],
)
def test_east_asian_newspaper(fields: list[tuple[str, str]], expected: dict[str, Any], locator: str | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if locator is not None:
        assert (parsed.locator, parsed.label) == (locator, "page")
