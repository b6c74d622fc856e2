"""biblatex's ``addendum``: the writer's "Label: value" segments read back into their variables,
the user's own text left alone (addendum.py)."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.formats import bibtex
from citekit.formats.addendum import display_names, read_segments
from citekit.formats.bibnames import parse_names


def _any(kind: str, name: str) -> bool:
    return name != "note"


@pytest.mark.parametrize(("text", "rest", "segments"), [
    ("Archive: Museo del Prado. Archive place: Madrid", "",
     [("variable", "archive", "Museo del Prado"), ("variable", "archive-place", "Madrid")]),
    # the user's own text first, then the writer's (joined by ". ", a value's own final dot kept)
    ("Reprint of the 1890 edition.. Recipient: King, Jr., M. L.. Medium: Oil on canvas", "Reprint of the 1890 edition.",
     [("variable", "recipient", "King, Jr., M. L."), ("variable", "medium", "Oil on canvas")]),
    # a label the writer could not have used here ends the run: it stays the user's, with all before it
    ("Note: first printed 1890. Archive: AGI", "Note: first printed 1890", [("variable", "archive", "AGI")]),
    ("Archive: AGI. Note: first printed 1890", "Archive: AGI. Note: first printed 1890", []),
    # a bib field moved out of the entry type's data model
    ("Location: Paris", "", [("field", "location", "Paris")]),
    # no label at all, or a label inside a sentence
    ("See also the second edition", "See also the second edition", []),
    ("With a preface by the editor: Archive: none", "With a preface by the editor: Archive: none", []),
])
def test_read_segments(text: str, rest: str, segments: list[tuple[str, str, str]]) -> None:
    assert read_segments(text, _any) == (rest, segments)


@pytest.mark.parametrize(("names", "text"), [
    ([{"family": "Gogh", "given": "Theo", "non-dropping-particle": "van"}], "Theo van Gogh"),
    ([{"family": "Ruiz Ibáñez", "given": "José Javier"}], "José Javier {Ruiz Ibáñez}"),
    ([{"literal": "Museo Nacional Centro de Arte Reina Sofía"}], "{Museo Nacional Centro de Arte Reina Sofía}"),
    ([{"family": "King", "given": "Martin Luther", "suffix": "Jr."}], "King, Jr., Martin Luther"),
    ([{"family": "Kurosawa", "given": "Akira"}, {"family": "Hashimoto", "given": "Shinobu"}],
     "Akira Kurosawa and Shinobu Hashimoto"),
])
def test_display_names_read_back(names: list[dict[str, str]], text: str) -> None:
    """As a bibliography prints them, and BibTeX's name parser gives the same parts back."""
    assert display_names(names) == text
    assert parse_names(text)[0] == names


_ARTWORK: dict[str, Any] = {
    "id": "picasso1937", "type": "graphic", "title": "Guernica",
    "author": [{"family": "Picasso", "given": "Pablo"}], "issued": {"date-parts": [[1937]]},
    "medium": "Oil on canvas", "dimensions": "349 × 777 cm",
    "archive": "Museo Nacional Centro de Arte Reina Sofía", "archive-place": "Madrid",
}
_LETTER: dict[str, Any] = {
    "id": "gogh1888", "type": "personal_communication", "title": "Letter to Theo",
    "author": [{"family": "Gogh", "given": "Vincent", "non-dropping-particle": "van"}],
    "recipient": [{"family": "Gogh", "given": "Theo", "non-dropping-particle": "van"}],
    "issued": {"date-parts": [[1888, 9, 8]]}, "archive": "Van Gogh Museum", "archive_location": "b612 V/1962",
}
_CASE: dict[str, Any] = {
    "id": "donoghue1932", "type": "legal_case", "title": "Donoghue v Stevenson", "container-title": "AC",
    "volume": "1932", "page": "562", "authority": "House of Lords", "issued": {"date-parts": [[1932]]},
}
_FILM: dict[str, Any] = {
    "id": "kurosawa1950", "type": "motion_picture", "title": "Rashōmon",
    "director": [{"family": "Kurosawa", "given": "Akira"}], "publisher": "Daiei", "issued": {"date-parts": [[1950]]},
}


@pytest.mark.parametrize("entry", [_ARTWORK, _LETTER, _CASE, _FILM], ids=lambda e: e["type"])
@pytest.mark.parametrize("dialect", ["biblatex", "bibtex"])
def test_types_without_a_bib_type_round_trip(entry: dict[str, Any], dialect: str) -> None:
    """An artwork, a letter, a case, a film: ``@misc`` with the CSL type in ``entrysubtype`` (which
    neither biber nor BibTeX's styles complain of), read back as the same item, nothing lost."""
    out = bibtex.write([entry], dialect=dialect)
    assert out.startswith("@misc{") and f"entrysubtype = {{{entry['type']}}}" in out, out
    back = bibtex.read(out).entries[0]
    assert {k: v for k, v in back.items() if k not in ("id", "citation-key")} == \
        {k: v for k, v in entry.items() if k != "id"}, out


def test_users_addendum_is_kept_beside_the_writers_segments() -> None:
    """Read, written again: the user's addendum first, the variables after it, once each."""
    text = ("@misc{a,\n  title = {Guernica},\n  entrysubtype = {graphic},\n  date = {1937},\n"
            "  addendum = {Photographed before restoration. Dimensions: 349 × 777 cm}\n}\n")
    entry = bibtex.read(text).entries[0]
    assert entry["type"] == "graphic" and entry["dimensions"] == "349 × 777 cm"
    assert entry["custom"]["bibtex"]["fields"] == {"addendum": "Photographed before restoration"}
    assert bibtex.write([entry], dialect="biblatex") == text


def test_a_users_labelled_addendum_on_a_book_stays_text() -> None:
    """"Note:" in a book's addendum is not the writer's (a book has a ``note`` field): kept as written."""
    text = "@book{a,\n  title = {T},\n  date = {1990},\n  addendum = {Note: first printed 1890}\n}\n"
    entry = bibtex.read(text).entries[0]
    assert "note" not in entry
    assert entry["custom"]["bibtex"]["fields"]["addendum"] == "Note: first printed 1890"


def test_an_articles_number_beside_its_issue_is_printed_in_the_note() -> None:
    """Classic BibTeX has one ``number`` field: the issue takes it, the article's own number is
    printed after the note rather than dropped."""
    entry = {"id": "a", "type": "article-journal", "title": "T", "container-title": "J", "issue": "2",
             "number": "e1234", "note": "In Spanish", "issued": {"date-parts": [[2020]]}}
    out = bibtex.write([entry], dialect="bibtex")
    assert "number = {2}" in out and "note = {In Spanish. Number: e1234}" in out, out
