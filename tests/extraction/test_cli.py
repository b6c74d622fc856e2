"""``citekit extract`` end to end: formats, several files, --notes, bad input without tracebacks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citekit.cli import main

NOTES = "See Paul Hagenloh, Stalin’s Police, Baltimore, 2009, p. 3.\nIbid., p. 5.\n"


@pytest.fixture()
def notes_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, encoding="utf-8")
    return path


def test_json_of_one_file_is_one_document(notes_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--notes", "-f", "json", str(notes_file)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"path", "source", "entries", "notes", "diagnostics"}
    first, second = (n["citations"][0] for n in data["notes"])
    assert first["prefix"] == "See" and first["kind"] == "full"
    assert second["kind"] == "ibid" and second["locator"] == "5" and second["id"] == first["id"]


def test_several_files_give_an_array(notes_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.txt"
    other.write_text("Robert Conquest, The Great Terror, London, 1968.\n", encoding="utf-8")
    assert main(["extract", "--notes", str(notes_file), str(other)]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [Path(d["path"]).name for d in data] == ["notes.txt", "other.txt"]


@pytest.mark.parametrize("fmt,marker", [("bibtex", "@"), ("biblatex", "@"), ("csl-json", '"type"'), ("ris", "TY  - ")])
def test_bibliography_formats(notes_file: Path, fmt: str, marker: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--notes", "-f", fmt, str(notes_file)]) == 0
    out = capsys.readouterr().out
    assert out.count(marker) >= 1


def test_output_file(notes_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    assert main(["extract", "--notes", "-f", "csl-json", "-o", str(out), str(notes_file)]) == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))) == 1


def test_missing_file_is_a_diagnostic_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", str(tmp_path / "missing.txt")]) == 1
    captured = capsys.readouterr()
    assert "X001" in captured.err and "Traceback" not in captured.err


def test_binary_file_is_a_diagnostic(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "junk.txt"
    path.write_bytes(bytes(range(256)) * 4)
    assert main(["extract", "-f", "bibtex", str(path)]) == 1
    assert "X001" in capsys.readouterr().err


def test_unknown_format_is_a_usage_error(notes_file: Path) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "-f", "docx", str(notes_file)])
    assert exc.value.code == 2


def test_python_api_reads_text_and_paths(notes_file: Path) -> None:
    import citekit

    from_path = citekit.extract(str(notes_file), notes_mode=True)
    from_text = citekit.extract(NOTES, notes_mode=True)
    assert [c.kind for n in from_path.notes for c in n.citations] == ["full", "ibid"]
    assert [c.kind for n in from_text.notes for c in n.citations] == ["full", "ibid"]


def test_citations_kept_as_text_stay_in_the_bibtex_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sentence = "Hohe Autonomie, die mit selbstbestimmtem Lernen einhergeht, Wissenschaft und Praxis."
    path = tmp_path / "notes.txt"
    path.write_text(sentence + "\nRobert Conquest, The Great Terror, London, 1968.\n", encoding="utf-8")
    assert main(["extract", "--notes", "-f", "bibtex", str(path)]) == 1
    captured = capsys.readouterr()
    assert "@book{conquest1968" in captured.out
    assert f"% {sentence}" in captured.out  # the X504 text, kept as a comment
    assert "X504" in captured.err
