"""Academic titles before an author's name (YAML metadata, cover pages) are not given names."""

from __future__ import annotations

import pytest

from citekit.readers.cover import split_person
from citekit.readers.markdown import read_markdown_document


@pytest.mark.parametrize("raw,expected", [
    ("Dr. Katharina Wendel", {"family": "Wendel", "given": "Katharina"}),
    ("Prof. Dr. iur. Hans Meier", {"family": "Meier", "given": "Hans"}),
    ("Prof. Dr. Dr. h. c. Claus-Wilhelm Canaris", {"family": "Canaris", "given": "Claus-Wilhelm"}),
    ("Peter Whitewood", {"family": "Whitewood", "given": "Peter"}),
    ("Drew Faust", {"family": "Faust", "given": "Drew"}),
])
def test_split_person(raw: str, expected: dict[str, str]) -> None:
    assert split_person(raw) == expected


def test_markdown_metadata_author() -> None:
    result = read_markdown_document("---\ntitle: Haftung\nauthor: Dr. Katharina Wendel\n---\n\nText.[^1]\n\n"
                                    "[^1]: Vgl. BGHZ 74, 103.\n")
    assert result.source["author"] == [{"family": "Wendel", "given": "Katharina"}]
