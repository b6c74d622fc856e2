"""Configuration: files, rule switches, severities, ignores; TOML without tomllib."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.check.config import CheckConfig, load_config, parse_toml_subset
from citekit.errors import UsageError

TOML = '''
# a comment
[tool.other]
x = 1

[tool.citekit.check]
files = ["chapters/*.tex", # trailing comment
         "refs.bib"]
disable = ['C112']
enable = ["C205"]
severity = { C107 = "info", "C201" = "error" }
cache = false

[tool.citekit.check.per-file-ignores]
"draft.tex" = ["C2XX"]
'''


def test_subset_parser_reads_what_tomllib_reads() -> None:
    import tomllib

    assert parse_toml_subset(TOML) == tomllib.loads(TOML)


def test_subset_parser_rejects_what_it_cannot_read() -> None:
    with pytest.raises(ValueError, match="line 1"):
        parse_toml_subset("this is not toml")


def test_pyproject_settings(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(TOML, encoding="utf-8")
    config = load_config(start=tmp_path)
    assert config.root == tmp_path.resolve()
    assert config.files == ["chapters/*.tex", "refs.bib"]
    assert config.severity == {"C107": "info", "C201": "error"}
    assert config.per_file_ignores == {"draft.tex": ["C2XX"]}
    assert config.cache is False
    assert not config.rule_enabled("C112")
    assert config.rule_enabled("C205")


def test_dot_citekit_toml_wins_and_is_found_from_a_subdirectory(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / "pyproject.toml").write_text(TOML, encoding="utf-8")
    (tmp_path / ".citekit.toml").write_text('[check]\ndisable = ["C1"]\n', encoding="utf-8")
    (tmp_path / "chapters").mkdir()
    config = load_config(start=tmp_path / "chapters")
    assert config.source == tmp_path / ".citekit.toml"
    assert not config.rule_enabled("C104") and config.rule_enabled("C201")


def test_no_configuration_gives_defaults(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    config = load_config(start=tmp_path)
    assert config.source is None and config.files == []
    assert config.rule_enabled("C101") and not config.rule_enabled("C205")


@pytest.mark.parametrize("text", [
    '[check]\ndisabel = ["C1"]\n',
    '[check]\nseverity = { C101 = "fatal" }\n',
    '[check]\naccents = "ascii"\n',
    '[check]\nfiles = 3\n',
    '[check\n',
])
def test_bad_configuration_is_a_usage_error(tmp_path: Path, text: str) -> None:
    (tmp_path / ".citekit.toml").write_text(text, encoding="utf-8")
    with pytest.raises(UsageError):
        load_config(start=tmp_path)


@pytest.mark.parametrize(("patterns", "code", "enabled"), [
    (set(), "C101", True), ({"C101"}, "C101", False), ({"C1"}, "C104", False),
    ({"C1XX"}, "C104", False), ({"C1XX"}, "C201", True), ({"ALL"}, "C201", False),
    ({"C10"}, "C104", False), ({"C104"}, "C105", True),
])
def test_rule_switches(patterns: set[str], code: str, enabled: bool) -> None:
    assert CheckConfig(disable=patterns).rule_enabled(code) is enabled


def test_severity_override_and_per_file_ignores(check_files) -> None:
    bib = "@book{b,\n  author = {A, B},\n  title = {T},\n  date = {2001},\n  foo = {x},\n}\n"
    found = check_files({"refs.bib": bib, "draft.tex": "\\cite{nope}\n", "ch.tex": "\\cite{nope}\n"},
                        severity={"C107": "info"}, per_file_ignores={"draft.tex": ["C2XX"]})
    assert [(d.path, d.code, d.severity) for d in found] == [
        ("ch.tex", "C201", "error"), ("refs.bib", "C107", "info")]
