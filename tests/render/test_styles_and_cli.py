"""Finding styles, the format and styles commands, and import cost."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from citekit.cli import main
from citekit.errors import UsageError
from citekit.render.styles import find_style, list_styles, own_styles

ITEMS = Path(__file__).parent / "data" / "items.json"


def test_own_style_listed_and_found() -> None:
    assert "citekit-seer-notes" in own_styles()
    assert "citekit-seer-notes" in list_styles()
    assert find_style("citekit-seer-notes").name == "citekit-seer-notes.csl"
    assert find_style("mhra-notes").name == "mhra-notes.csl"


def test_style_by_path(tmp_path: Path) -> None:
    path = find_style("apa")
    assert find_style(str(path)) == path
    with pytest.raises(UsageError, match="not found"):
        find_style(str(tmp_path / "missing.csl"))


def test_unknown_style_lists_near_matches() -> None:
    with pytest.raises(UsageError) as info:
        find_style("chicago-notes-bibliografy")
    assert "chicago-notes-bibliography" in str(info.value)


def test_format_command_text_and_html(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["format", str(ITEMS), "--style", "citekit-seer-notes"]) == 0
    out = capsys.readouterr().out
    assert "Hagenloh, Paul, Stalin’s Police" in out
    assert main(["format", str(ITEMS), "-t", "html"]) == 0
    assert '<div class="csl-entry">' in capsys.readouterr().out


def test_format_command_notes_of_a_document(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    doc = {"path": "a.txt", "source": {}, "entries": json.loads(ITEMS.read_text("utf-8")),
           "notes": [{"number": "1", "text": "See …", "citations": [
               {"id": "hagenloh", "kind": "full", "locator": "3", "label": "page",
                "prefix": "See"}]},
               {"number": "2", "text": "…", "citations": [
                   {"id": "hagenloh", "kind": "short", "locator": "6ff", "label": "page"}]}],
           "diagnostics": []}
    path = tmp_path / "a.citekit.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert main(["format", str(path), "--notes", "--style", "citekit-seer-notes"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "1. See Paul Hagenloh, Stalin’s Police: Public Order, Mass Repression in the USSR, "
        "1926–1941, Baltimore, MD, 2009, p. 3.",
        "2. Ibid., p. 6ff.",
    ]


def test_format_unknown_style_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["format", str(ITEMS), "--style", "no-such-style-xyz"]) == 2
    assert "unknown style" in capsys.readouterr().err


def test_styles_command_search(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["styles", "--search", "seer"]) == 0
    assert capsys.readouterr().out.splitlines() == ["* citekit-seer-notes"]
    assert main(["styles", "--search", "zzzz-nothing"]) == 1


def test_registry_text_format_writes_a_styled_list() -> None:
    from citekit.formats import registry

    entries = json.loads(ITEMS.read_text("utf-8"))
    text = registry.write(entries, "markdown", style="chicago-notes-bibliography")
    assert "*Stalin’s Police: Public Order, Mass Repression in the USSR, 1926–1941*" in text


def test_import_of_render_package_is_cheap() -> None:
    code = "import sys, citekit.render; print('citeproc' in sys.modules, 'lxml' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]


def test_parsed_styles_are_cached() -> None:
    from citekit.render import engine

    assert engine.load_style("mhra-notes") is engine.load_style("mhra-notes")
