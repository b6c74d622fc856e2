"""RIS: golden file, Zotero's tag choices, round trips, bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.formats import read, write
from citekit.formats.names import _PARTICLES, name_from_text
from citekit.formats.ris_fields import TYPE_TO_RIS
from citekit.model import ITEM_TYPES

GOLDEN = Path(__file__).parent / "golden" / "ris"


def test_golden_zotero_export_reads_as_expected() -> None:
    result = read((GOLDEN / "zotero-export.ris").read_text(encoding="utf-8"), "ris")
    expected = json.loads((GOLDEN / "zotero-export.json").read_text(encoding="utf-8"))
    assert result.diagnostics == []
    assert result.entries == expected
    assert result.positions == {"hagenloh2009": 1, "morris2004": 13, "certeau1980": 29,
                                "gurianov1997": 45}


def test_golden_round_trip_keeps_every_tag() -> None:
    text = (GOLDEN / "zotero-export.ris").read_text(encoding="utf-8")
    entries = read(text, "ris").entries
    again = read(write(entries, "ris"), "ris").entries
    assert again == entries
    assert "TY  - EDBOOK" in write(entries, "ris")
    assert "ZZ  - a tag citekit does not know" in write(entries, "ris")


@pytest.mark.parametrize(
    ("csl_type", "variable", "tag"),
    [
        pytest.param("book", "editor", "A3", id="book editor is A3 for Zotero"),
        pytest.param("book", "collection-editor", "A2", id="book series editor is A2"),
        pytest.param("chapter", "editor", "A2", id="chapter editor is A2"),
        pytest.param("article-journal", "translator", "A4", id="translator is A4"),
        pytest.param("chapter", "container-title", "T2", id="book title of a chapter is T2"),
        pytest.param("book", "collection-title", "T2", id="series of a book is T2"),
        pytest.param("chapter", "collection-title", "T3", id="series of a chapter is T3"),
        pytest.param("article-journal", "journalAbbreviation", "J2", id="journal abbreviation"),
        pytest.param("article-journal", "note", "N1", id="note is N1"),
    ],
)
def test_zotero_tag_choice(csl_type: str, variable: str, tag: str) -> None:
    value: object = [{"family": "Roe", "given": "Ann"}] if variable.endswith(("editor", "translator")) else "X"
    text = write([{"id": "a", "type": csl_type, "title": "T", variable: value}], "ris")
    assert any(line.startswith(f"{tag}  - ") for line in text.splitlines()), text


def test_variables_without_tag_travel_in_extra() -> None:
    entry = {"id": "a", "type": "book", "title": "T", "original-date": {"date-parts": [[1850]]},
             "original-title": "Urtext", "reviewed-author": [{"family": "Poe", "given": "E."}]}
    text = write([entry], "ris")
    assert "M2  - original-date: 1850" in text
    assert read(text, "ris").entries == [entry]


def test_missing_er_and_stray_text_are_reported_and_kept() -> None:
    text = "stray line\nTY  - BOOK\nTI  - First\nTY  - JOUR\nTI  - Second\n"
    result = read(text, "ris", path="x.ris")
    assert [e["title"] for e in result.entries] == ["First", "Second"]
    codes = sorted(d.code for d in result.diagnostics)
    assert codes == ["F020", "F021", "F021"]
    stray = next(d for d in result.diagnostics if d.code == "F020")
    assert stray.raw == "stray line" and stray.line == 1 and stray.format().startswith("x.ris:1:")


def test_unknown_type_is_document_and_kept() -> None:
    result = read("TY  - WEIRD\nTI  - T\nER  - \n", "ris")
    assert result.entries[0]["type"] == "document"
    assert "TY  - WEIRD" in write(result.entries, "ris")
    assert result.diagnostics[0].code == "F022"


def test_continuation_lines_join_abstract() -> None:
    result = read("TY  - JOUR\nAB  - first line\n  second line\nER  - \n", "ris")
    assert result.entries[0]["abstract"] == "first line\nsecond line"


_text = st.text(st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp")), min_size=1,
                max_size=30).map(str.strip).filter(lambda s: s and "," not in s and s[:1].isalpha())
# "van Gogh, V." reads back as particle "van" + family "Gogh" by design, so a
# family name whose first word is a lower-case particle cannot round-trip as one string
_family = _text.filter(lambda s: s.split(" ")[0] not in _PARTICLES)
_name = st.builds(lambda f, g: {"family": f, "given": g}, _family, _text)


def test_only_a_lower_case_particle_is_split_off() -> None:
    assert name_from_text("van Gogh, Vincent") == {
        "non-dropping-particle": "van", "family": "Gogh", "given": "Vincent"}
    assert name_from_text("Van Dyke, Dick") == {"family": "Van Dyke", "given": "Dick"}
    assert name_from_text("lA 0, A") == {"family": "lA 0", "given": "A"}


@settings(max_examples=150, deadline=None)
@given(
    csl_type=st.sampled_from([*sorted(t for t, ty in TYPE_TO_RIS.items() if ty not in ("GEN", "PCOMM", "MPCT", "STAT", "BLOG", "JOUR", "BOOK", "ENCYC")), "book", "article-journal"]),
    title=_text, authors=st.lists(_name, max_size=3), year=st.integers(1000, 2100),
    volume=st.none() | st.integers(1, 999).map(str),
)
def test_write_read_round_trip(csl_type: str, title: str, authors: list[dict[str, str]],
                               year: int, volume: str | None) -> None:
    entry: dict[str, object] = {"type": csl_type, "id": "k", "title": title,
                                "issued": {"date-parts": [[year]]}}
    if authors:
        entry["author"] = authors
    if volume:
        entry["volume"] = volume
    assert read(write([entry], "ris"), "ris").entries == [entry]


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_reader_never_raises(text: str) -> None:
    read(text, "ris")


def test_other_custom_data_survives_ris() -> None:
    entry = {"id": "a", "type": "book", "title": "T",
             "custom": {"bibtex": {"x": "y"}, "ids": ["b", "c"], "ris": {"ZZ": ["q"]}}}
    text = write([entry], "ris")
    assert 'M2  - citekit-custom: {"bibtex": {"x": "y"}, "ids": ["b", "c"]}' in text
    assert read(text, "ris").entries == [entry]


@pytest.mark.parametrize("value", ["Coll\nmore", "Fonds 12\r\nBox 3", '"Quoted" volume', '"x"', "plain: with a colon"])
def test_extra_value_with_a_line_break_or_a_leading_quote_reads_back(value: str) -> None:
    """A variable carried in M2 whose value breaks its line (an archival collection typed over two lines)
    read back as that variable, not as M2's raw text; the other variables of the record too."""
    entry = {"id": "a", "type": "book", "title": "T", "archive_collection": value, "volume-title": "Vol"}
    text = write([entry], "ris")
    assert all(line.startswith(("  ", "TY", "ID", "TI", "M2", "ER")) or not line for line in text.splitlines())
    assert read(text, "ris").entries == [entry]


@settings(max_examples=150, deadline=None)
@given(value=st.text(st.characters(blacklist_categories=("Cs",)), min_size=1).filter(lambda v: v.strip() == v))
def test_extra_values_round_trip(value: str) -> None:
    """Any text of a variable RIS has no tag for survives the round trip through M2."""
    entry = {"id": "a", "type": "book", "title": "T", "archive_collection": value}
    assert read(write([entry], "ris"), "ris").entries == [entry]


@pytest.mark.parametrize("csl_type", ITEM_TYPES)
def test_every_csl_type_reads_back_as_itself(csl_type: str) -> None:
    """RIS has fewer types than CSL (a broadcast and a film are both MPCT): the CSL type travels in
    Extra as Zotero writes it ("type: broadcast"), and the tags read as that type's (a classic's
    pages stay its pages, an article's container its container)."""
    entry = {"id": "a", "type": csl_type, "title": "T", "container-title": "C", "page": "10-20",
             "recipient": [{"family": "Gogh", "given": "Theo", "non-dropping-particle": "van"}]}
    back = read(write([entry], "ris"), "ris").entries[0]
    assert {k: back.get(k) for k in entry} == entry
