"""The checks a layout table runs, written once: a table module imports those it has data for.

A layout module defines ``DATA`` (its folder), ``NOTES`` (document -> note number -> expected citations),
``FURNITURE`` (words no note or entry may hold), ``SOURCES`` (document -> a word of the title, the
container and an author's family name), and where it checks them ``JOURNAL`` (document -> volume, issue,
pages, DOI, year) and ``XFAIL`` (see conftest.py). Two switches: ``STARRED_NOTE = True`` lets an author's
starred note come before note 1; ``WHOLE_TITLE = True`` holds ``source``'s title to the one given, whole.
Each check reads these from the module it is collected in (``request.module``).
"""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest

from citekit.model import Document


@pytest.mark.layout_check("numbers")
def test_note_numbers(layout: str, layout_document: Document, request: pytest.FixtureRequest) -> None:
    """The numbered notes, in order."""
    starred = getattr(request.module, "STARRED_NOTE", False)
    found = [str(note.number) for note in layout_document.notes if not (starred and str(note.number) == "*")]
    assert found == [str(n) for n in request.module.NOTES[layout]]


@pytest.mark.layout_check("citations")
def test_citations(layout: str, layout_document: Document, check_citations: Any,
                   request: pytest.FixtureRequest) -> None:
    check_citations(layout_document, request.module.NOTES[layout])


@pytest.mark.layout_check("furniture")
def test_no_furniture(layout: str, layout_document: Document, check_layout_furniture: Any,
                      request: pytest.FixtureRequest) -> None:
    """Neither an entry nor a numbered note holds page furniture or end matter; no entry is the article."""
    check_layout_furniture(layout_document, request.module.FURNITURE, request.module.SOURCES[layout]["title"])


def _with_particles(source: dict[str, Any]) -> dict[str, Any]:
    """The source with each author's particle folded into the family name ("van der" + "Velde")."""
    authors = [{**name, "family": " ".join(p for p in (name.get("non-dropping-particle"), name.get("family")) if p)}
               for name in source.get("author", [])]
    return {**source, "author": authors}


@pytest.mark.layout_check("source")
def test_source(layout: str, layout_document: Document, check_layout_source: Any,
                request: pytest.FixtureRequest) -> None:
    """The title (whole, with ``WHOLE_TITLE``: no journal site, head, cover line or byline in it), the
    container and the author."""
    source, expected = layout_document.source, request.module.SOURCES[layout]
    if getattr(request.module, "WHOLE_TITLE", False):
        assert str(source.get("title", "")).lower() == expected["title"].lower(), source
    check_layout_source(SimpleNamespace(source=_with_particles(source)), expected)


@pytest.mark.layout_check("journal")
def test_journal_numbers(layout: str, layout_document: Document, check_journal_numbers: Any,
                         request: pytest.FixtureRequest) -> None:
    check_journal_numbers(layout_document.source, request.module.JOURNAL[layout])
