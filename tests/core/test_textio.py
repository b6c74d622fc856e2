"""Encodings are detected, never mangled; replacing a file is atomic."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from citekit.errors import InputError
from citekit.textio import atomic_write, decode_bytes

WORD = "Gur´ianov, Ülkü, Ranke — «Völker», café"


@pytest.mark.parametrize(
    ("data", "expected", "codes"),
    [
        pytest.param(WORD.encode("utf-8"), WORD, [], id="utf-8"),
        pytest.param(b"\xef\xbb\xbf" + "Zoë".encode(), "Zoë", [], id="utf-8 BOM"),
        pytest.param("Zoë".encode("utf-16"), "Zoë", [], id="utf-16 BOM"),
        pytest.param("Müller, Pérez, Ångström".encode("cp1252"), "Müller, Pérez, Ångström",
                     ["F002"], id="latin-1/cp1252"),
        pytest.param("Müller, Pérez, Ångström, façade".encode("mac_roman"),
                     "Müller, Pérez, Ångström, façade", ["F002"], id="MacRoman"),
    ],
)
def test_decode(data: bytes, expected: str, codes: list[str]) -> None:
    text, diags = decode_bytes(data, "refs.bib")
    assert text == expected
    assert [d.code for d in diags] == codes


def test_legacy_encoding_diagnostic_names_line() -> None:
    _, diags = decode_bytes(b"@book{a,\n  title = {M\xfcller}\n}\n", "refs.bib")
    assert diags[0].line == 2 and diags[0].path == "refs.bib"
    assert "cp1252" in diags[0].message


def test_binary_input_is_an_input_error() -> None:
    with pytest.raises(InputError, match="binary"):
        decode_bytes(b"%PDF\x00\x01\x02", "x.bib")


def test_atomic_write_replaces_and_keeps_mode(tmp_path: Path) -> None:
    target = tmp_path / "refs.bib"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o640)
    atomic_write(target, "new ü")
    assert target.read_text(encoding="utf-8") == "new ü"
    assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["refs.bib"]


def test_atomic_write_failure_leaves_original(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "refs.bib"
    target.write_text("old", encoding="utf-8")

    def boom(*_: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write(target, "new")
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["refs.bib"]
