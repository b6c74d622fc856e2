"""DOI, URL, ISBN, arXiv, PubMed."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize.base import Context, ItemState
from citekit.normalize.identifiers import Identifiers

P = pytest.param


def run(fields: list[tuple[str, str]]) -> dict[str, Any]:
    state = ItemState.from_fields(fields)
    Identifiers()(state, Context())
    return state.item


CASES = [
    P([("doi", "doi:10.1016/j.cell.2009.01.002.")], {"DOI": "10.1016/j.cell.2009.01.002"}, id="doi-prefix"),
    P([("doi", "https://doi.org/10.1093/ahr/rhz001")], {"DOI": "10.1093/ahr/rhz001"}, id="doi-url"),
    P([("doi", "DOI: 10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-0")],
      {"DOI": "10.1002/(SICI)1097-4571(199806)49:8"}, id="sici-cut-at-angle-bracket"),
    P([("url", "<http://www.example.org/a.html>.")], {"URL": "http://www.example.org/a.html"}, id="url-angle"),
    P([("url", "https://doi.org/10.1093/ahr/rhz001")],
      {"URL": "https://doi.org/10.1093/ahr/rhz001", "DOI": "10.1093/ahr/rhz001"}, id="url-with-doi"),
    P([("url", "http://www.sciencedirect.com/science/article/pii/ S1573446399030102")],
      {"URL": "http://www.sciencedirect.com/science/article/pii/S1573446399030102"}, id="url-broken-by-space"),
    P([("url", "www.jstor.org/stable/4145321,")], {"URL": "www.jstor.org/stable/4145321"}, id="www"),
    P([("url", "https://en.wikipedia.org/wiki/Venice_(disambiguation)")],
      {"URL": "https://en.wikipedia.org/wiki/Venice_(disambiguation)"}, id="url-balanced-paren"),
    P([("doi", "doi:10 .1088/1367-2630/12/2/025010")], {"DOI": "10.1088/1367-2630/12/2/025010"},
      id="doi-pdf-gaps"),
    P([("isbn", "ISSN 1858 1633")], {"ISSN": "1858-1633"}, id="issn-in-isbn-span"),
    P([("isbn", "ISBN"), ("isbn", "978-0-19-928035-6")], {"ISBN": "978-0-19-928035-6"}, id="isbn-two-spans"),
    P([("isbn", "ISBN 978-0-19-928035-6.")], {"ISBN": "978-0-19-928035-6"}, id="isbn13"),
    P([("isbn", "ISBN: 0 19 928035 X")], {"ISBN": "0-19-928035-X"}, id="isbn10-spaces"),
    P([("note", "arXiv:1706.03762v5")], {"number": "arXiv:1706.03762v5"}, id="arxiv-new"),
    P([("other", "arXiv hep-th/9901001")], {"number": "arXiv:hep-th/9901001"}, id="arxiv-old"),
    P([("pages", "[hep-th/0011193].")], {"number": "arXiv:hep-th/0011193"}, id="arxiv-old-no-prefix"),
    P([("note", "PMID 22733859.")], {"PMID": "22733859"}, id="pmid"),
    P([("note", "PMCID: PMC3159421")], {"PMCID": "PMC3159421"}, id="pmcid"),
]


@pytest.mark.parametrize(("fields", "expected"), CASES)
def test_identifiers(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    assert run(fields) == expected
