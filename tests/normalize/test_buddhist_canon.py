"""The Buddhist-canon step (P185) on labelled fields: a text in the Taishō canon or its supplement by number,
volume and page; and what it leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("title", "Dazhidu lun 大智度論, T"), ("volume", "1509,"), ("pages", "25:57c.")],
          {"type": "chapter", "title": "Dazhidu lun 大智度論", "container-title": "T", "volume": "25", "number": "1509"},
          ("full", "57c", "page"), id="taisho"),
        P([("author", "Zhiyi,"), ("title", "Mohe zhiguan,"), ("other", "T no. 1911,"), ("pages", "46:12b10–13.")],
          {"author": [{"literal": "Zhiyi"}], "title": "Mohe zhiguan", "number": "1911", "volume": "46"},
          ("full", "12b10-13", "page"), id="author-no-line-range"),
        P([("title", "Linji lu,"), ("other", "X 1568,"), ("pages", "65:82b.")],
          {"container-title": "X", "number": "1568"}, ("full", "82b", "page"), id="supplement"),
        # what the step leaves alone
        P([("author", "Smith,"), ("title", "Buddhism,"), ("other", "T 12,"), ("pages", "3:45.")],
          {"container-title": None}, None, id="no-register-letter"),
    ],
)
def test_buddhist_canon(fields: list[tuple[str, str]], expected: dict[str, Any],
                        occurrence: tuple[str, str, str] | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence
