"""Rules for forms met in notes written after the probe rounds (English cases with the report as a
pinpoint, record offices' sigla and shelf-marks, a series after the translator, a short title read
with the author's name): whole references through tagger and normalizers, input -> expected fields."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.parser import parse_reference

P = pytest.param


def _names(item: dict[str, Any], role: str) -> list[str]:
    return [n.get("family") or n.get("literal") or "" for n in item.get(role, [])]


@pytest.mark.parametrize(
    ("text", "expected", "locator"),
    [
        P("R. v. Dudley and Stephens (1884) 14 QBD 273.",
          {"type": "legal_case", "title": "R. v. Dudley and Stephens", "volume": "14", "container-title": "QBD",
           "page": "273"}, None, id="case name read as authors, report as pinpoint"),
        P("R v Dudley and Stephens (1884) 14 QBD 273, 280",
          {"type": "legal_case", "volume": "14", "container-title": "QBD", "page": "273"}, ("280", "page"),
          id="report and pinpoint after the year"),
        P("Smith v. Jones (1850) 3 Ex 12.",
          {"type": "legal_case", "title": "Smith v. Jones", "volume": "3", "container-title": "Ex", "page": "12"},
          None, id="one-word report"),
    ],
)
def test_english_case_with_report_after_the_year(
    text: str, expected: dict[str, Any], locator: tuple[str, str] | None
) -> None:
    parsed = parse_reference(text)
    assert {key: parsed.item.get(key) for key in expected} == expected
    assert "author" not in parsed.item
    assert (parsed.locator, parsed.label) == (locator or (None, None))


def test_scholar_with_particle_is_no_case() -> None:
    parsed = parse_reference("R. v. Jhering, Geist des römischen Rechts, Leipzig 1852, S. 4.")
    assert parsed.item["type"] == "book"
    assert _names(parsed.item, "author") == ["Jhering"]


@pytest.mark.parametrize(
    ("text", "archive", "location", "title", "locator"),
    [
        P("TNA, CO 323/1021/3, Colonial Office to Treasury, 4 June 1929.", "TNA", "CO 323/1021/3",
          "Colonial Office to Treasury", None, id="department and piece"),
        P("TNA, FO 371/12345, f. 12.", "TNA", "FO 371/12345", None, ("12", "folio"), id="folio, no fond"),
        P("BL, Add MS 41234, fol. 23r.", "BL", "Add MS 41234", None, ("23r", "folio"), id="additional manuscript"),
        P("NARA, RG 59, Box 3, Hull to Winant, 2 March 1942.", "NARA", "Box 3", "Hull to Winant", None,
          id="record group and box"),
        P("PRO, CAB 23/15, Cabinet conclusions, 3 July 1919.", "PRO", "CAB 23/15", "Cabinet conclusions", None,
          id="cabinet papers"),
    ],
)
def test_record_office_siglum_and_shelf_mark(
    text: str, archive: str, location: str, title: str | None, locator: tuple[str, str] | None
) -> None:
    parsed = parse_reference(text)
    item = parsed.item
    assert (item["type"], item.get("archive"), item.get("archive_location"), item.get("title")) == (
        "manuscript", archive, location, title)
    assert "author" not in item
    assert (parsed.locator, parsed.label) == (locator or (None, None))


def test_record_group_is_the_collection_of_its_boxes() -> None:
    item = parse_reference("NARA, RG 59, Box 3, Hull to Winant, 2 March 1942.").item
    assert (item["archive_collection"], item["archive_location"]) == ("RG 59", "Box 3")


def test_court_and_periodical_is_no_shelf_mark() -> None:
    item = parse_reference("BGH, NJW 2003, 1234.").item
    assert "archive" not in item
    assert item.get("authority") == "BGH"


@pytest.mark.parametrize(
    ("text", "series", "number", "translator"),
    [
        P("Cicero, De officiis, trans. Walter Miller, Loeb Classical Library (Cambridge, MA: Harvard University "
          "Press, 1913), 1.22.", "Loeb Classical Library", None, ["Miller"], id="Loeb after the translator"),
    ],
)
def test_series_after_the_translator(text: str, series: str, number: str | None, translator: list[str]) -> None:
    item = parse_reference(text).item
    assert (item.get("collection-title"), item.get("collection-number")) == (series, number)
    assert _names(item, "translator") == translator


@pytest.mark.parametrize(
    ("text", "authors", "title"),
    [
        P("Reinhart Koselleck, Vergangene Zukunft, Frankfurt am Main 1979, S. 17.", ["Koselleck"],
          "Vergangene Zukunft", id="two-word German title"),
        P("Pierre Bourdieu, Homo academicus, Paris, Minuit, 1984, p. 12.", ["Bourdieu"], "Homo academicus",
          id="Latin title"),
        P("Peter Brown, Caroline Bynum, Chicago 1990.", ["Brown", "Bynum"], None, id="two people stay authors"),
        P("Koselleck, Reinhart, Frankfurt 1979.", ["Koselleck"], None, id="inverted name is one person"),
    ],
)
def test_short_title_read_with_the_author(text: str, authors: list[str], title: str | None) -> None:
    item = parse_reference(text).item
    assert (_names(item, "author"), item.get("title")) == (authors, title)


@pytest.mark.parametrize(
    ("text", "author", "recipient", "container"),
    [
        P("John Keats to Benjamin Bailey, 22 November 1817, in The Letters of John Keats, ed. Hyder Edward "
          "Rollins (Cambridge, MA: Harvard University Press, 1958), I, 184.", ["Keats"], ["Bailey"],
          "The Letters of John Keats", id="letter in an edition"),
        P("Jane Austen to Cassandra Austen, 24 January 1809, in Jane Austen's Letters, ed. Deirdre Le Faye, 4th "
          "edn (Oxford: Oxford University Press, 2011), 175.", ["Austen"], ["Austen"], "Jane Austen's Letters",
          id="addressee with an unknown given name"),
    ],
)
def test_letter_named_by_writer_and_addressee(
    text: str, author: list[str], recipient: list[str], container: str
) -> None:
    item = parse_reference(text).item
    assert (_names(item, "author"), _names(item, "recipient"), item.get("container-title")) == (
        author, recipient, container)
    assert " to " in item["title"]


@pytest.mark.parametrize(
    ("text", "place", "publisher"),
    [
        P("Thomas Carver, The Navigation Acts (1924; repr., New York: Octagon Books, 1965), 34.", "New York",
          "Octagon Books", id="a series span took the place's first word"),
        P("Keith Thomas, Religion and the Decline of Magic (1971; repr. Harmondsworth: Penguin, 1973), p. 301.",
          "Harmondsworth", "Penguin", id="the reprint's word before its place"),
    ],
)
def test_reprint_imprint(text: str, place: str, publisher: str) -> None:
    item = parse_reference(text).item
    assert (item.get("publisher-place"), item.get("publisher"), "collection-title" in item) == (place, publisher, False)
