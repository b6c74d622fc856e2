"""The East-Asian-series step (P186) on labelled fields: a romanised series closing the title; and what it leaves
alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("title", "Kojiki 古事記,"), ("editor", "ed. Kurano Kenji,"), ("title", "Nihon koten bungaku taikei 1"),
           ("location", "(Tokyo:"), ("publisher", "Iwanami shoten,"), ("date", "1958).")],
          {"title": "Kojiki 古事記", "collection-title": "Nihon koten bungaku taikei", "collection-number": "1"},
          id="taikei"),
        P([("title", "Tōkai dōchū hizakurige, Tōyō bunko 484"), ("location", "(Tokyo:"), ("publisher", "Heibonsha,"),
           ("date", "1988).")],
          {"title": "Tōkai dōchū hizakurige", "collection-title": "Tōyō bunko", "collection-number": "484"},
          id="bunko"),
        # what the step leaves alone
        P([("title", "The Bunko"), ("location", "(Tokyo:"), ("publisher", "Heibonsha,"), ("date", "1988).")],
          {"title": "The Bunko", "collection-title": None}, id="series-word-alone"),
    ],
)
def test_east_asian_series(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = normalize_fields(fields).item
    assert {key: item.get(key) for key in expected} == expected
