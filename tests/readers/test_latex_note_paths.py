"""A note read from a LaTeX file pulled in by ``\\input`` names that file: its ``line`` is a line of
that file, so a diagnostic about it must not pair the main file's name with it."""

from __future__ import annotations

from pathlib import Path

from citekit.extraction import extract
from citekit.model import Note

MAIN = "\\documentclass{article}\n\\begin{document}\nText.\\footnote{Ibid., 2.}\n\\input{chapter1}\n\\end{document}\n"
CHAPTER = "First.\\footnote{Ibid., 5.}\nEmpty.\\footnote{}\n"


def _write(tmp_path: Path) -> Path:
    (tmp_path / "chapter1.tex").write_text(CHAPTER, encoding="utf-8")
    main = tmp_path / "main.tex"
    main.write_text(MAIN, encoding="utf-8")
    return main


def test_notes_of_an_input_file_carry_its_path(tmp_path: Path) -> None:
    doc = extract(str(_write(tmp_path)))
    assert [(n.number, n.path, n.line) for n in doc.notes] == [
        ("1", None, 3), ("2", str(tmp_path / "chapter1.tex"), 1), ("3", str(tmp_path / "chapter1.tex"), 2)]


def test_a_diagnostic_about_such_a_note_names_its_file(tmp_path: Path) -> None:
    doc = extract(str(_write(tmp_path)))
    empty = [d for d in doc.diagnostics if "note 3" in d.message]
    assert empty and all((d.path, d.line) == (str(tmp_path / "chapter1.tex"), 2) for d in empty)


def test_the_path_survives_the_document_json() -> None:
    note = Note("2", "Ibid., 5.", (7, 16), 1, path="chapters/one.tex")
    data = note.to_json()
    assert data["path"] == "chapters/one.tex"
    assert Note.from_json(data) == note
    assert "path" not in Note("1", "x").to_json()  # (a note of the document's own file: no path, as before)
