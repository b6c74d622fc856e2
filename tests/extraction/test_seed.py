"""The seed document (../shared/seed): every citation of notes 1-4, the short form linked, no furniture."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.model import Document
from citekit.resolve import fold


@pytest.fixture(scope="module")
def seed_doc(shared_dir: Path) -> Document:
    from citekit.extraction import extract

    seeds = sorted((shared_dir / "seed").glob("*.txt"))
    if not seeds:
        pytest.skip("no seed document in ../shared/seed")
    return extract(str(seeds[0]))


def _entry_with(doc: Document, *words: str) -> dict:
    """The one entry whose title (or container) holds every word."""
    found = [e for e in doc.entries
             if all(w in fold(f"{e.get('title', '')} {e.get('container-title', '')}") for w in words)]
    assert len(found) == 1, (words, [e.get("title") for e in doc.entries])
    return found[0]


def _names(entry: dict) -> str:
    people = (entry.get("author") or []) + (entry.get("editor") or [])
    return fold(" ".join(f"{p.get('given', '')} {p.get('family', '')}" for p in people))


def test_source_is_whitewoods_article(seed_doc: Document) -> None:
    source = seed_doc.source
    assert "purge of the red army" in fold(source["title"])
    assert source["author"][0]["family"] == "Whitewood"
    assert fold(source["container-title"]) == "the slavonic and east european review"
    assert (source["volume"], source["issue"]) == ("93", "2")


def test_every_citation_of_notes_1_to_4(seed_doc: Document) -> None:
    hagenloh = _entry_with(seed_doc, "stalins police")
    assert "hagenloh" in _names(hagenloh)
    assert "shcherbakova" in _names(_entry_with(seed_doc, "nakazannyi narod"))
    assert "gurianov" in _names(_entry_with(seed_doc, "repressii protiv poliakov"))
    morris = _entry_with(seed_doc, "polish terror")
    assert "morris" in _names(morris)
    assert (morris.get("volume"), morris.get("issue")) == ("56", "2")
    assert morris.get("page", "").replace("–", "-") in ("751-66", "751-766")
    assert "conquest" in _names(_entry_with(seed_doc, "great terror", "purge of the thirties"))
    assert "ulam" in _names(_entry_with(seed_doc, "man and his era"))
    assert "khlevniuk" in _names(_entry_with(seed_doc, "master of the house"))


def test_locators_and_the_short_form_link(seed_doc: Document) -> None:
    hagenloh = _entry_with(seed_doc, "stalins police")
    note1 = next(n for n in seed_doc.notes if n.number == "1")
    first = next(c for c in note1.citations if c.id == hagenloh["id"])
    assert (first.kind, first.locator) == ("full", "3")
    note2 = next(n for n in seed_doc.notes if n.number == "2")
    assert [(c.kind, c.id, c.locator) for c in note2.citations] == [("short", hagenloh["id"], "6ff.")]


def test_no_entry_from_page_furniture_or_prose(seed_doc: Document) -> None:
    titles = " | ".join(fold(str(e.get("title", ""))) for e in seed_doc.entries)
    for furniture in ("united states army in the world war", "teaching by closed circuit television",
                      "conservation and land management", "strategies of social research", "trud"):
        assert furniture not in titles
    assert len(seed_doc.entries) == 7  # Hagenloh, Shcherbakova, Gur´ianov, Morris, Conquest, Ulam, Khlevniuk
    assert [n.number for n in seed_doc.notes] == ["1", "2", "3", "4"]
