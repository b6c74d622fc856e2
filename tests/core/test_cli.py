"""The CLI front door: exit codes, stdout/stderr, -o, usage errors (main([...]) level)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from citekit.cli import COMMANDS, build_parser, main

RIS = "TY  - BOOK\nID  - hagenloh2009\nTI  - Stalin’s Police\nAU  - Hagenloh, Paul\nPY  - 2009\nER  - \n"


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert capsys.readouterr().out.startswith("citekit ")


def test_no_command_is_usage_error() -> None:
    assert main([]) == 2


def test_every_command_has_help_with_an_example() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    for name in COMMANDS:
        description = sub.choices[name].description or ""  # type: ignore[attr-defined]
        assert "Example" in description or "example" in description, name


def test_convert_ris_to_csl_json_file(tmp_path: Path) -> None:
    src = tmp_path / "refs.ris"
    src.write_text(RIS, encoding="utf-8")
    out = tmp_path / "refs.json"
    assert main(["convert", str(src), "-t", "csl-json", "-o", str(out)]) == 0
    items = json.loads(out.read_text(encoding="utf-8"))
    assert items[0]["id"] == "hagenloh2009" and items[0]["author"][0]["family"] == "Hagenloh"


def test_convert_unknown_format_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "refs.ris"
    src.write_text(RIS, encoding="utf-8")
    assert main(["convert", str(src), "-t", "nope"]) == 2
    assert "unknown format 'nope'" in capsys.readouterr().err


def test_missing_file_exits_1_with_path(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["convert", "no/such/file.bib"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("no/such/file.bib: no such file") and "Traceback" not in err


def test_bad_data_exits_1_and_reports_path_line(tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "refs.json"
    src.write_text('[\n{"id": "a", "type": "book"},\n"oops"\n]', encoding="utf-8")
    assert main(["convert", str(src), "-t", "ris"]) == 1
    captured = capsys.readouterr()
    assert "TY  - BOOK" in captured.out
    assert f"{src}: F011" in captured.err


def test_unsniffable_input_is_usage_error(tmp_path: Path) -> None:
    src = tmp_path / "notes.dat"
    src.write_text("just prose", encoding="utf-8")
    assert main(["convert", str(src)]) == 2


def test_formats_lists_names(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["formats"]) == 0
    out = capsys.readouterr().out
    assert "bibtex" in out and "ris" in out and "csl-json" in out


def test_stdin_to_stdout_subprocess() -> None:
    proc = subprocess.run([sys.executable, "-m", "citekit", "convert", "-", "-t", "csl-json"],
                          input=RIS.encode(), capture_output=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)[0]["title"] == "Stalin’s Police"


def test_a_run_builds_only_the_parser_of_its_command() -> None:
    """Start-up: ``citekit parse …`` imports no other command's module; ``citekit --help`` lists them all."""
    parser = build_parser(("parse",))
    sub = next(a for a in parser._actions if a.dest == "command")
    assert list(sub.choices) == ["parse"]  # type: ignore[attr-defined]
    assert list(next(a for a in build_parser()._actions if a.dest == "command").choices) == list(COMMANDS)  # type: ignore[attr-defined]


def test_top_level_help_lists_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert all(name in out for name in COMMANDS)


def test_unknown_command_is_a_usage_error_naming_the_choices(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["parsee", "-"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "parsee" in err and "extract" in err


def test_command_help_is_that_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["parse", "--help"])
    assert exc.value.code == 0
    assert "usage: citekit parse" in capsys.readouterr().out


@pytest.mark.parametrize(("command", "value"), [
    ("extract", "bibtex"), ("parse", "json"), ("dedupe", "ris"), ("convert", "biblatex"), ("format", "html"),
    ("check", "json"),
])
def test_every_writing_command_takes_format_as_f_and_format(command: str, value: str) -> None:
    """One spelling across the commands: ``-f`` and ``--format`` name the output format."""
    parser = build_parser((command,))
    short, long = parser.parse_args([command, "-f", value]), parser.parse_args([command, "--format", value])
    assert vars(short) == vars(long)
    assert value in vars(short).values()
