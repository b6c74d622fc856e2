"""The era-imprint step (P184) on labelled fields: an imprint dated by an era's year with the Western year in
brackets; and what it leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("author", "Li Shizhen,"), ("title", "Bencao gangmu (Nanjing: Hu Chenglong, Wanli"),
           ("date", "21 [1593]),"), ("pages", "12.3b.")],
          {"title": "Bencao gangmu", "publisher-place": "Nanjing", "publisher": "Hu Chenglong",
           "issued": {"date-parts": [[1593]]}}, id="ming-reign-in-title"),
        P([("title", "Shingaku dōwa"), ("location", "(Kyoto,"), ("other", "Genroku"), ("volume", "5"),
           ("date", "[1692]).")],
          {"publisher-place": "Kyoto", "issued": {"date-parts": [[1692]]}, "volume": None}, id="place-only-era-volume"),
        # what the step leaves alone
        P([("title", "Bencao gangmu"), ("location", "(Nanjing:"), ("publisher", "Hu Chenglong,"),
           ("other", "Smith 21"), ("date", "[1593]).")], {"publisher": "Hu Chenglong"}, id="no-era-name"),
    ],
)
def test_era_imprint(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = normalize_fields(fields).item
    assert {key: item.get(key) for key in expected} == expected
