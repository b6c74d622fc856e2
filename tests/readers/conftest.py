"""Compiling a LaTeX source the PDF reader tests read (skipping when pdflatex cannot); the citation check
the layout tables share."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from citekit.normalize._text import expand_dashed_range


def _pdf_of(folder: Path, source: str, timeout: int = 300) -> bytes:
    if shutil.which("pdflatex") is None:
        pytest.skip("pdflatex not installed")
    (folder / "doc.tex").write_text(source, encoding="utf-8")
    subprocess.run(["pdflatex", "-interaction=nonstopmode", "doc.tex"], cwd=folder,
                   capture_output=True, timeout=timeout, check=False)
    pdf = folder / "doc.pdf"
    if not pdf.exists():
        pytest.skip("pdflatex did not produce a PDF (fonts missing?)")
    return pdf.read_bytes()


@pytest.fixture(scope="session")
def pdf_of() -> Callable[[Path, str], bytes]:
    """``pdf_of(folder, latex_source)``: the PDF pdflatex makes of it in ``folder`` (skips without pdflatex)."""
    return _pdf_of


#: a note's expected citations: (kind, a word of its entry's title or None, its locator or None)
Expected = Sequence[tuple[str, "str | None", "str | None"]]


def same_pinpoint(locator: str | None) -> str | None:
    """A locator with plain hyphens and its range written out ("40–1" and "40-41" are one pinpoint)."""
    if locator is None:
        return None
    plain = locator.replace("–", "-")
    return expand_dashed_range(plain) if re.fullmatch(r"\d+-\d+", plain) else plain


def _check_citations(doc: Any, expected: Mapping[Any, Expected]) -> None:
    titles = {str(entry["id"]): str(entry.get("title", "")) for entry in doc.entries}
    got = {str(note.number): [(c.kind, titles.get(str(c.id), ""), same_pinpoint(c.locator)) for c in note.citations]
           for note in doc.notes}
    for number, citations in expected.items():
        found = got.get(str(number))
        assert found is not None and len(found) == len(citations), (number, found)
        for (kind, title, locator), (got_kind, got_title, got_locator) in zip(citations, found, strict=True):
            assert got_kind == kind, (number, kind, got_kind)
            if title is not None:
                assert title.lower() in got_title.lower(), (number, title, got_title)
            if locator is not None:
                assert got_locator == same_pinpoint(locator), (number, locator, got_locator)


@pytest.fixture(scope="session")
def check_citations() -> Callable[[Any, Mapping[Any, Expected]], None]:
    """``check_citations(document, {note number: [(kind, title word, locator), …]})``: each note's citations
    as expected (a title word and a locator of None are not compared)."""
    return _check_citations


def _check_layout_furniture(doc: Any, furniture: Sequence[str], own_title: str) -> None:
    for note in doc.notes:
        if str(note.number) != "*":  # (an author's starred acknowledgement is the author's own text)
            assert not any(word in note.text for word in furniture), note.text
    for entry in doc.entries:
        text = " ".join(str(value) for value in entry.values())
        assert not any(word in text for word in furniture), entry
        assert own_title.lower() not in str(entry.get("title", "")).lower(), entry


@pytest.fixture(scope="session")
def check_layout_furniture() -> Callable[[Any, Sequence[str], str], None]:
    """``check_layout_furniture(document, words, own_title)``: no numbered note and no entry holds one of the
    words of page furniture, and no entry is the article itself (its title)."""
    return _check_layout_furniture


def _check_layout_source(doc: Any, expected: Mapping[str, str]) -> None:
    source = doc.source
    assert expected["title"].lower() in str(source.get("title", "")).lower(), source
    assert expected["container-title"].lower() in str(source.get("container-title", "")).lower(), source
    assert expected["author"] in [name.get("family") for name in source.get("author", [])], source


@pytest.fixture(scope="session")
def check_layout_source() -> Callable[[Any, Mapping[str, str]], None]:
    """``check_layout_source(document, {"title": …, "container-title": …, "author": family})``: the document's
    ``source`` holds the title's and the container's words and the author's family name."""
    return _check_layout_source


# -- layout tables: a module with ``DATA`` (a folder), ``NOTES`` (document name -> expected notes) and
# ``XFAIL`` ((document name, check) -> reason); a test marked ``layout_check("<check>")`` that takes
# ``layout`` runs once per document, a strict xfail where ``XFAIL`` names that document and check, and
# ``layout_document`` is that document read (once per session).


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    marker = metafunc.definition.get_closest_marker("layout_check")
    if marker is None or "layout" not in metafunc.fixturenames:
        return
    check = marker.args[0]
    xfail: Mapping[tuple[str, str], str] = getattr(metafunc.module, "XFAIL", {})
    metafunc.parametrize("layout", [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=xfail[(name, check)]))
        if (name, check) in xfail else name
        for name in sorted(metafunc.module.NOTES)
    ])


_LAYOUT_DOCUMENTS: dict[Path, Any] = {}


@pytest.fixture
def layout_document(request: pytest.FixtureRequest, layout: str) -> Any:
    """The layout table's document ``layout``, read by ``citekit.extract`` once per session."""
    path = request.module.DATA / layout
    if path not in _LAYOUT_DOCUMENTS:
        from citekit.extraction import extract

        _LAYOUT_DOCUMENTS[path] = extract(path)
    return _LAYOUT_DOCUMENTS[path]


def _check_journal_numbers(source: Mapping[str, Any], expected: Mapping[str, Any]) -> None:
    for key in ("volume", "issue", "page", "DOI"):
        if key in expected:
            wanted = expected[key]
            options = wanted if isinstance(wanted, tuple) else (wanted,)
            assert str(source.get(key, "")).replace("–", "-") in options, (key, source)
    issued = source.get("issued", {})
    parts = issued.get("date-parts") if isinstance(issued, dict) else None
    assert parts and parts[0][0] == expected["year"], source
    assert source.get("type") == "article-journal", source


@pytest.fixture(scope="session")
def check_journal_numbers() -> Callable[[Mapping[str, Any], Mapping[str, Any]], None]:
    """``check_journal_numbers(source, expected)``: the source's volume, issue, page and DOI as expected (where
    named; a tuple gives the values accepted), its year, and the type of a journal article."""
    return _check_journal_numbers
