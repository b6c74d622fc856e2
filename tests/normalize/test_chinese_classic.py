"""The Chinese-classic step (P188) on labelled fields: a classic or master by its numbering; and what it leaves
alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("date", "Analects 12.1.")], {"type": "classic", "title": "Analects"}, ("full", "12.1", "section"),
          id="analects"),
        P([("title", "Mencius"), ("volume", "2A.6.")], {"title": "Mencius", "volume": None}, ("full", "2A.6", "section"),
          id="mencius-book-part"),
        P([("title", "Daodejing,"), ("locator", "38.")], {"type": "classic"}, ("full", "38", "section"),
          id="daodejing-chapter"),
        # what the step leaves alone
        P([("title", "Odes"), ("volume", "3.30.")], {"type": None}, None, id="horaces-odes-not-listed"),
        P([("author", "Legge,"), ("title", "Analects,"), ("locator", "45.")], {"type": None}, None, id="with-an-author"),
    ],
)
def test_chinese_classic(fields: list[tuple[str, str]], expected: dict[str, Any],
                         occurrence: tuple[str, str, str] | None) -> None:
    parsed = normalize_fields(fields)
    got = {key: parsed.item.get(key) for key in expected}
    if expected.get("type", "x") is None:
        got["type"] = None if parsed.item.get("type") != "classic" else "classic"
    assert got == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence
