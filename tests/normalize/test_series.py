"""A book in a numbered series: container + bare volume -> collection-title + collection-number."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param

BROWN = [("author", "Peter Brown,"), ("title", "The Body and Society,"),
         ("container-title", "Lectures on the History of Religions, n.s.,"), ("volume", "13"),
         ("location", "(New York,"), ("date", "1988),"), ("locator", "5.")]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P(BROWN, {"collection-title": "Lectures on the History of Religions, n.s", "collection-number": "13",
                  "type": "book"}, id="series-and-number"),
        P([("author", "R. J. Alexander,"), ("title", "Education for All,"),
           ("container-title", "Research Monograph"), ("volume", "20,"), ("location", "London:"),
           ("publisher", "Institute of Education")],
          {"collection-title": "Research Monograph", "collection-number": "20", "type": "book"},
          id="monograph-series"),
        P([("author", "Coleman B,"), ("title", "To be Immunosuppressed."),
           ("container-title", "Journal of Heart & Lung Transplantation."), ("volume", "30"),
           ("publisher", "(S219)")],
          {"container-title": "Journal of Heart & Lung Transplantation", "volume": "30"}, id="journal-stays"),
        P([("author", "A. Momigliano,"), ("title", "‘The Origins of Universal History’,"),
           ("container-title", "in The Poet and the Historian,"), ("volume", "2"), ("location", "(Chico, CA,"),
           ("date", "1983)")],
          {"container-title": "The Poet and the Historian", "volume": "2"}, id="chapter-in-stays"),
        P([("author", "A. Fox,"), ("title", "Iran,"), ("container-title", "Cambridge History of Iran,"),
           ("volume", "vol. 3"), ("location", "(Cambridge,"), ("date", "1983)")],
          {"container-title": "Cambridge History of Iran", "volume": "3"}, id="labelled-volume-stays"),
    ],
)
def test_book_series(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = normalize_fields(fields).item
    assert {key: item.get(key) for key in expected} == expected
    if "collection-title" in expected:
        assert "container-title" not in item and "volume" not in item
