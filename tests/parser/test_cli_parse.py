"""``citekit parse``: one entry per input line, in every output format."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from citekit.cli import main

LINES = [
    "See Paul Hagenloh, Stalin’s Police: Public Order, Mass Repression in the USSR, 1926–1941, "
    "Baltimore, MD, 2009, p. 3.",
    "",
    "Ibid., p. 12.",
    "Adam Ulam, Stalin: The Man and his Era, New York, 1974.",
]


def _run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], data: bytes,
         *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    code = main(["parse", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_csl_json_has_one_item_per_line_in_order(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(monkeypatch, capsys, "\n".join(LINES).encode(), "-f", "csl-json")
    items = json.loads(out)
    assert len(items) == len(LINES)
    assert [item["id"] for item in items] == ["ref1", "ref2", "ref3", "ref4"]
    assert set(items[1]) == {"id", "type"}
    assert "-:2: P001 empty reference" in err
    assert code == 1


def test_json_lines_carry_the_occurrence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = _run(monkeypatch, capsys, "\n".join(LINES).encode(), "-f", "json")
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) == len(LINES)
    first = records[0]
    assert set(first) >= {"item", "locator", "label", "prefix", "suffix", "kind", "confidence"}
    assert first["confidence"] and all(0 <= v <= 1 for v in first["confidence"].values())


def test_bibtex_output(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = _run(monkeypatch, capsys, LINES[3].encode(), "-f", "bibtex")
    assert out.lstrip().startswith("@")


def test_binary_input_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(monkeypatch, capsys, b"\x00\x01PK\x03\x04binary", "-f", "json")
    assert code == 1
    assert "binary" in err and "Traceback" not in err
    assert out == ""


def test_unknown_format_is_a_usage_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, _ = _run(monkeypatch, capsys, b"x", "-f", "nonsense")
    assert code == 2


def test_file_argument_and_output_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "refs.txt"
    src.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    out = tmp_path / "refs.json"
    main(["parse", str(src), "-o", str(out)])
    capsys.readouterr()
    assert len(json.loads(out.read_text(encoding="utf-8"))) == len(LINES)


def test_a_large_input_is_batched_with_the_same_items_as_one_at_a_time(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from citekit.parser import parse_reference

    lines = [
        f"{name}, {title} {n}, {place}, {1900 + n % 120}, p. {n}."
        for n in range(1_100)
        for name, title, place in [(("Adam Ulam", "Stalin", "New York"),
                                    ("G. Cozzi", "Repubblica di Venezia", "Torino"),
                                    ("Ibid", "", ""))[n % 3]]
    ]
    code, out, _ = _run(monkeypatch, capsys, "\n".join(lines).encode(), "-f", "csl-json")
    items = json.loads(out)
    expected = []
    prev = None
    for number, line in enumerate(lines, start=1):
        result = parse_reference(line, prev=prev)
        result.item.setdefault("id", f"ref{number}")
        if result.fields:
            prev = result.item
        expected.append(result.item)
    assert len(items) == 1_100
    assert items == json.loads(json.dumps(expected, ensure_ascii=False))
    assert code in (0, 1)
