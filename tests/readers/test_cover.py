"""The document's own metadata from a cover or first page."""

from __future__ import annotations

import pytest

from citekit.readers.cover import read_cover, split_person

JSTOR = """Steam Ploughing in the Fens, 1850-1870

Handbook of Parish Registers

Courts in the Countryside
Author(s): Peter Brown and Ann de la Mare
Source: Agrarian History Review, Vol. 12, No. 4 (Dec., 2001), pp. 33-58
Published by: Society for Agrarian Studies
Stable URL: https://www.jstor.org/stable/987654
"""


def test_jstor_cover_fields_only_from_labelled_lines() -> None:
    assert read_cover(JSTOR) == {
        "type": "article-journal",
        "title": "Courts in the Countryside",
        "author": [{"family": "Brown", "given": "Peter"},
                   {"family": "Mare", "given": "Ann", "non-dropping-particle": "de la"}],
        "container-title": "Agrarian History Review",
        "volume": "12",
        "issue": "4",
        "page": "33-58",
        "issued": {"date-parts": [[2001, 12]]},
        "URL": "https://www.jstor.org/stable/987654",
    }


def test_publisher_first_page_doi_and_journal_line() -> None:
    page = ("Freedom, Security & Justice: European Legal Studies\nISSN 2532-2079\n"
            "2025, n. 1, pp. 86-110\nDOI:10.26321/A.FACCHINETTI.01.2025.05\nwww.fsjeurostudies.eu\n"
            "TITLE OF THE ARTICLE\n1 See Smith, Vol. 3, pp. 1-2.\n")
    assert read_cover(page) == {
        "type": "article-journal", "DOI": "10.26321/A.FACCHINETTI.01.2025.05",
        "issue": "1", "page": "86-110", "issued": {"date-parts": [[2025]]},
    }


def test_nothing_known_gives_nothing() -> None:
    assert read_cover("Just an essay.\n\nWith paragraphs, 1999, pp. 3-4.\n") == {}


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("Peter Whitewood", {"given": "Peter", "family": "Whitewood"}),
        ("Ludwig van Beethoven", {"given": "Ludwig", "family": "Beethoven",
                                  "non-dropping-particle": "van"}),
        ("Plato", {"family": "Plato"}),
        ("Mary Ann Smith", {"given": "Mary Ann", "family": "Smith"}),
    ],
)
def test_split_person(raw: str, name: dict) -> None:
    assert split_person(raw) == name


def test_bare_journal_line_and_a_doi_in_the_notes_is_not_the_articles() -> None:
    page = ("Göttingen Journal of International Law 1 (2009) 2, 291-327\n"
            "Protection against Indirect Expropriation\n"
            "1 This is an updated version, Journal of World Investment, Vol. 7, No. 1 (2006);\n"
            "doi: 10.1234/cited.work\n")
    notes_start = page.index("1 This")
    assert read_cover(page, notes_start) == {
        "type": "article-journal", "container-title": "Göttingen Journal of International Law",
        "volume": "1", "issue": "2", "page": "291-327", "issued": {"date-parts": [[2009]]},
    }


def test_a_doi_repeated_in_every_page_foot_is_the_articles() -> None:
    foot = "https://doi.org/10.5771/2699-1284-2020-1-16, am 08.07.2025, 15:48:49\n"
    text = "Title\n1 Note citing doi: 10.1000/other.\n" + ("Body.\n" + foot) * 3
    assert read_cover(text, text.index("1 Note"))["DOI"] == "10.5771/2699-1284-2020-1-16"
