"""Archival runs: a bare shelf-mark after ";" is the next file of the archive the note named first."""

from __future__ import annotations

import pytest

from citekit.extraction import extract
from citekit.extraction.archival import continuation_location, inherit_location, levels
from citekit.extraction.pipeline import clean_prefix


@pytest.mark.parametrize("location,expected", [
    ("f. R-9401, op. 1, d. 12", ["f. R-9401", "op. 1", "d. 12"]),
    ("Ф. 141. Оп. 1. Д. 12", ["Ф. 141", "Оп. 1", "Д. 12"]),
    ("FO 371/56789", ["FO 371/56789"]),
    ("b. 12, fasc. 3", ["b. 12", "fasc. 3"]),
])
def test_levels(location: str, expected: list[str]) -> None:
    assert levels(location) == expected


@pytest.mark.parametrize("text,expected", [
    ("d. 14, l. 7.", "d. 14"),
    ("FO 371/56790.", "FO 371/56790"),
    ("DCH/E/14, fols. 7–9.", "DCH/E/14"),
    ("b. 14, fasc. 1, c. 5r.", "b. 14, fasc. 1"),
    ("Harley MS 980, fol. 2.", "Harley MS 980"),
    ("C 1/46/3, m. 2.", "C 1/46/3"),
    ("A 47.", "A 47"),
    # not a bare shelf-mark: a work, prose, a page alone, a file that names its own archive
    ("Holloway, Salt Merchants, 41.", None),
    ("the other files are lost.", None),
    ("p. 45.", None),
    ("ГАРФ. Ф. 5446. Оп. 1. Д. 40. Л. 7.", None),
    ("AD Aude, 3 E 120, fol. 15.", None),
])
def test_continuation_location(text: str, expected: str | None) -> None:
    assert continuation_location(text) == expected


@pytest.mark.parametrize("previous,continuation,expected", [
    ("f. R-9401, op. 1, d. 12", "d. 14", "f. R-9401, op. 1, d. 14"),  # the elided fond and opis
    ("f. R-9401, op. 1, d. 12", "op. 2, d. 3", "f. R-9401, op. 2, d. 3"),
    ("Ф. 141. Оп. 1. Д. 12", "Д. 14", "Ф. 141. Оп. 1. Д. 14"),
    ("FO 371/56789", "FO 371/56790", "FO 371/56790"),  # a whole shelf-mark: it stands alone
    ("SP 12/45", "FO 371/1", "FO 371/1"),
    ("Consejo Real, leg. 45", "leg. 47", "Consejo Real, leg. 47"),
    ("Arte della Lana, 45", "46", "Arte della Lana, 46"),  # a bare number: the last level changes
])
def test_inherit_location(previous: str, continuation: str, expected: str) -> None:
    assert inherit_location(previous, continuation) == expected


@pytest.mark.parametrize("note,files", [
    ("GARF, f. R-9401, op. 1, d. 12, l. 5; d. 14, l. 7.",
     [("GARF", "f. R-9401, op. 1, d. 12", "5"), ("GARF", "f. R-9401, op. 1, d. 14", "7")]),
    ("TNA, FO 371/56789; FO 371/56790.",
     [("TNA", "FO 371/56789", None), ("TNA", "FO 371/56790", None)]),
    ("РГАДА. Ф. 141. Оп. 1. Д. 12. Л. 3–5; Д. 14. Л. 7.",
     [("РГАДА", "Ф. 141. Оп. 1. Д. 12", "3–5"), ("РГАДА", "Ф. 141. Оп. 1. Д. 14", "7")]),
    # another archive named after the ";" keeps its own name
    ("TNA, SP 12/45, fol. 3; BL, Add. MS 4, fol. 2.",
     [("TNA", "SP 12/45", "3"), ("BL", "Add. MS 4", "2")]),
])
def test_archival_run_in_a_note(note: str, files: list[tuple[str, str, str | None]]) -> None:
    doc = extract(f"1 {note}", notes_mode=True)
    entries = {e["id"]: e for e in doc.entries}
    got = [(entries[c.id].get("archive"), entries[c.id].get("archive_location"), c.locator)
           for c in doc.notes[0].citations if c.id]
    assert got == files
    assert len({c.id for c in doc.notes[0].citations}) == len(files)


def test_a_later_note_citing_the_inherited_file_is_the_same_entry() -> None:
    doc = extract("1 GARF, f. R-9401, op. 1, d. 12, l. 5; d. 14, l. 7.\n2 GARF, f. R-9401, op. 1, d. 14, l. 9.",
                  notes_mode=True)
    assert doc.notes[1].citations[0].id == doc.notes[0].citations[1].id


def test_a_shelf_mark_after_prose_is_not_taken_for_a_file() -> None:
    doc = extract("1 Holloway, The Salt Merchants (Manchester, 1988), 23; d. 14, l. 7.", notes_mode=True)
    assert not [e for e in doc.entries if e.get("type") == "manuscript"]


@pytest.mark.parametrize("prefix,expected", [
    (None, None), ("", None), (" ", None), (",", None), ("; ", None), ("–", None),
    ("see also", "see also"), ("See e.g.", "See e.g."), ("Ср.", "Ср."),
])
def test_clean_prefix(prefix: str | None, expected: str | None) -> None:
    assert clean_prefix(prefix) == expected
