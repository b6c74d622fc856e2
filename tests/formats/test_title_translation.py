"""A title's translation, which the parser keeps in ``custom.title-translation`` ("Han’guksa sillon [A new
history of Korea]"): CSL has no variable for it, so each writer puts it where its readers look, and none
loses it."""

from __future__ import annotations

from citekit.formats import bibtex, ris
from citekit.render.engine import bibliography

ENTRY = {
    "id": "yi1990", "type": "book", "title": "Han’guksa sillon", "author": [{"family": "Yi", "given": "Ki-baek"}],
    "publisher": "Ilchogak", "publisher-place": "Seoul", "issued": {"date-parts": [[1990]]},
    "custom": {"title-translation": "A new history of Korea"},
}


def test_biblatex_writes_it_as_the_title_addon() -> None:
    text = bibtex.write([ENTRY], dialect="biblatex")
    assert "titleaddon = {[A new history of Korea]}" in text
    assert "title = {Han’guksa sillon}" in text


def test_classic_bibtex_writes_it_after_the_title() -> None:
    text = bibtex.write([ENTRY])
    assert "title = {Han’guksa sillon [A new history of Korea]}" in text
    assert "titleaddon" not in text  # (no such field in classic BibTeX)


def test_ris_keeps_it_and_reads_it_back() -> None:
    back = ris.read(ris.write([ENTRY])).entries[0]
    assert back["custom"]["title-translation"] == "A new history of Korea"
    assert back["title"] == "Han’guksa sillon"


def test_a_styled_reference_prints_it_in_brackets_after_the_title() -> None:
    rendered = bibliography([ENTRY], style="chicago-notes-bibliography")
    assert rendered.texts == ["Yi, Ki-baek. Han’guksa Sillon [A New History of Korea]. Ilchogak, 1990."]


def test_no_translation_no_brackets() -> None:
    plain = {key: value for key, value in ENTRY.items() if key != "custom"}
    assert "titleaddon" not in bibtex.write([plain], dialect="biblatex")
    assert "[" not in bibliography([plain], style="chicago-notes-bibliography").texts[0]
