"""A classical work cited by its standard numbering is a full citation in a document too, as the parser
reads it (``citekit.normalize.classical``): the classifier's short-form shape ("Author, Title 6") must not
turn it into a short form with no full citation to point to."""

from __future__ import annotations

from citekit.extraction import extract


def test_classical_work_is_full_and_keeps_its_numbering() -> None:
    doc = extract("Augustine, Confessions 8.12.29; cf. Peter Brown, Augustine of Hippo (London: Faber, 1967), 108.\n"
                  "Augustine, Confessions 9.10.23.\n", notes_mode=True)
    first, brown = doc.notes[0].citations
    again = doc.notes[1].citations[0]
    assert (first.kind, first.locator, first.label) == ("full", "8.12.29", "section")
    assert brown.kind == "full"
    assert again.id == first.id and again.locator == "9.10.23"
    entry = next(e for e in doc.entries if e["id"] == first.id)
    assert (entry["type"], entry["title"], entry["author"]) == ("classic", "Confessions", [{"family": "Augustine"}])


def test_modern_short_form_stays_short() -> None:
    doc = extract("Paul Hagenloh, Stalin's Police (Baltimore, MD, 2009), 3.\nHagenloh, Stalin's Police, 6.\n",
                  notes_mode=True)
    short = doc.notes[1].citations[0]
    assert (short.kind, short.id) == ("short", doc.notes[0].citations[0].id)
