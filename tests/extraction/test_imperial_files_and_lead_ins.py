"""Notes of imperial history: the files of colonial archives, "Ibid." with a new shelf-mark, a letter cited
before its archive or "ibid." for it, and sentences that say where a document is found."""

from __future__ import annotations

import pytest

from citekit.extraction import extract
from citekit.extraction.classify import archival_file, classify
from citekit.extraction.locators import find_pinpoint
from citekit.extraction.split import split_note


def _entry(doc: object, note: int, index: int = 0) -> dict[str, object]:
    cit = doc.notes[note].citations[index]  # type: ignore[attr-defined]
    return next(e for e in doc.entries if e["id"] == cit.id)  # type: ignore[attr-defined]


@pytest.mark.parametrize("text,expected", [
    ("ANS, 17 G 233, f. 3.", ("ANS", "17 G 233")),
    ("ANOM, GGAEF 4 D 13.", ("ANOM", "GGAEF 4 D 13")),
    ("KNA, PC/CP 4/1/2, Central Province Annual Report, 1926, p. 7.", ("KNA", "PC/CP 4/1/2")),
    ("KNA, DC/MSA/1/3.", ("KNA", "DC/MSA/1/3")),
    ("Spear, Mountain Farmers, 87.", None),  # an author's surname has its small letters
])
def test_a_colonial_archive_s_siglum_and_code(text: str, expected: tuple[str, str] | None) -> None:
    assert archival_file(text) == expected
    if expected is not None:
        assert classify(text).kind == "full"


def test_ibid_with_a_new_shelf_mark_is_another_file_of_the_same_archive() -> None:
    doc = extract("NAK, SNP 7/10, 3425/1909, fol. 4.\nIbid., SNP 10/3 211p/1915.\nIbid., fol. 9.\n"
                  "Ibid., fols. 3–5; SNP 10/4.\n", notes_mode=True)
    first, second = _entry(doc, 0), _entry(doc, 1)
    assert (second["archive"], second["archive_location"]) == ("NAK", "SNP 10/3 211p/1915")
    assert first["id"] != second["id"] and doc.notes[1].citations[0].kind == "ibid"
    assert doc.notes[2].citations[0].id == second["id"]  # a leaf alone: the file before
    assert _entry(doc, 3, 1)["archive"] == "NAK"  # the next file after an ibid. of a file is of its archive


def test_a_bare_ibid_after_a_book_is_no_file() -> None:
    doc = extract("NAK, SNP 7/10, fol. 4.\nJohn Iliffe, A Modern History of Tanganyika (Cambridge, 1979), 5.\n"
                  "Ibid., 7.\n", notes_mode=True)
    assert doc.notes[2].citations[0].id == doc.notes[1].citations[0].id


def test_a_letter_before_its_archive_and_ibid_for_the_file() -> None:
    doc = extract("Gouverneur général Carde au ministre des Colonies, 2 mai 1924, ANOM, 1 AFFPOL 160, dossier 2.\n"
                  "British Library, Mss Eur F111/222, Curzon to Hamilton, 12 June 1901.\n"
                  "Lord Curzon to Lord George Hamilton, 19 Sept. 1901, ibid., fol. 5.\n", notes_mode=True)
    letter = _entry(doc, 0)
    assert letter["archive_location"] == "1 AFFPOL 160, dossier 2"
    assert letter["title"] == "Gouverneur général Carde au ministre des Colonies"
    again = _entry(doc, 2)
    assert (again["archive"], again["archive_location"]) == ("British Library", "Mss Eur F111/222")
    assert again["id"] != _entry(doc, 1)["id"] and doc.notes[2].citations[0].locator == "5"


@pytest.mark.parametrize("note,lead,cited", [
    ("The governor's despatch is printed in Report of the Kenya Land Commission, Cmd. 4556 (London: HMSO, 1934), "
     "345–50.", "The governor's despatch is printed in", "Report of the Kenya Land Commission"),
    ("The memorandum, dated 3 May 1921, is in TNA, CO 583/99, fols. 301–9.",
     "The memorandum, dated 3 May 1921, is in", "TNA, CO 583/99"),
])
def test_where_a_document_is_found(note: str, lead: str, cited: str) -> None:
    [piece] = split_note(note)
    assert piece.prefix == lead and piece.text.startswith(cited) and piece.kind == "full"


@pytest.mark.parametrize("note,start", [
    ("Correspondence relating to the Welfare of Women in Tropical Africa, 1935–37, Cmd. 5784 (London: HMSO, "
     "1938), p. 8.", "Correspondence"),
    ("Report on Indian Constitutional Reforms, Cd. 9109 (London, 1918), para. 150.", "Report"),
])
def test_a_paper_s_title_is_no_lead_in_before_a_name(note: str, start: str) -> None:
    """Capitals after an article or a title's small words, or before a paper's number, are no person's name."""
    [piece] = split_note(note)
    assert piece.text.startswith(start)


def test_a_short_title_in_brackets_after_a_quotation() -> None:
    pieces = [p for p in split_note('As Guha put it, "the permanent settlement was a product of an ideology" '
                                    '(Rule of Property, p. 60).') if p.kind != "commentary"]
    assert [(p.kind, p.text, p.author) for p in pieces] == [("short", "Rule of Property, p. 60", "Guha")]


def test_a_page_range_then_a_note_on_it() -> None:
    pin = find_pinpoint("Ibid., pp. 60–1 and n. 4.")
    assert pin is not None and pin.value == "60–1 and n. 4"


def test_a_paper_s_bracket_is_not_the_locator() -> None:
    doc = extract("Report from the Select Committee on the Affairs of the East India Company, PP 1831–2 (735-I), "
                  "ix, p. 116.\n", notes_mode=True)
    assert doc.notes[0].citations[0].locator == "116"


def test_the_next_work_s_topic_after_and() -> None:
    pieces = split_note("See, for example, Iliffe, Tanganyika, 150; and, on Kenya, Berman, Control and Crisis, 200.")
    assert [(p.prefix, p.text) for p in pieces] == [
        ("See, for example", "Iliffe, Tanganyika, 150"), ("and, on Kenya", "Berman, Control and Crisis, 200.")]


def test_a_paper_cited_again_by_its_number() -> None:
    doc = extract("Report of the Commission on Higher Education in West Africa, Cmd. 6655 (London: HMSO, 1945), 12.\n"
                  "Cmd. 6655, 14.\nCmd. 7000, 3.\n", notes_mode=True)
    again = doc.notes[1].citations[0]
    assert (again.kind, again.id, again.locator) == ("short", doc.notes[0].citations[0].id, "14")
    assert doc.notes[2].citations == []  # a number cited before by no paper: nothing to link
