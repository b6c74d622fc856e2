"""What ``citekit check`` checks, read from ``pyproject.toml`` or ``.citekit.toml``.

A thesis repository configures the checker once, next to its sources::

    [tool.citekit.check]            # in pyproject.toml; in .citekit.toml write [check]
    files = ["chapters/*.tex", "notes/*.md", "refs.bib"]
    bibliography = ["refs.bib"]     # default: every bibliography among the files
    disable = ["C112"]              # rules switched off
    enable = ["C205"]               # opt-in rules (unused entries)
    severity = { C107 = "info", C201 = "error" }
    per-file-ignores = { "chapters/draft.tex" = ["C202"] }
    accents = "unicode"             # --fix: "unicode", "latex" or "keep" (default)
    cache = true                    # parse cache in $XDG_CACHE_HOME/citekit

Inline, a manuscript line is exempted with ``% citekit: ignore C201`` (LaTeX,
BibTeX) or ``<!-- citekit: ignore C201 -->`` (Markdown), on the line itself or
alone on the line before; without codes every rule is ignored there.

Python 3.11+ reads TOML with :mod:`tomllib`; on 3.10 a small reader handles the
subset above (tables, strings, booleans, numbers, arrays and inline tables), so
citekit needs no extra dependency for its configuration.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citekit.errors import UsageError
from citekit.lazy_regex import lazy_compile
from citekit.model import Severity

#: Rules that are off unless enabled (they are opinions, not errors).
OPT_IN_RULES: frozenset[str] = frozenset({"C205"})

#: Files checked when neither the command line nor the configuration names any.
DEFAULT_FILES: tuple[str, ...] = ("**/*.bib", "**/*.tex", "**/*.md")

_SEVERITIES = ("error", "warning", "info")
_ACCENTS = ("keep", "unicode", "latex")


@dataclass
class CheckConfig:
    """The checker's settings; every field has a default that works with no file."""

    root: Path = field(default_factory=Path.cwd)
    files: list[str] = field(default_factory=list)
    bibliography: list[str] = field(default_factory=list)
    disable: set[str] = field(default_factory=set)
    enable: set[str] = field(default_factory=set)
    severity: dict[str, Severity] = field(default_factory=dict)
    per_file_ignores: dict[str, list[str]] = field(default_factory=dict)
    accents: str = "keep"
    cache: bool = True
    #: where the settings came from, for messages (None: defaults)
    source: Path | None = None

    def rule_enabled(self, code: str) -> bool:
        if _matches_any(code, self.disable):
            return False
        return code not in OPT_IN_RULES or _matches_any(code, self.enable)

    def fingerprint(self) -> str:
        """A string that changes whenever a setting that affects findings changes."""
        return repr((
            sorted(self.disable), sorted(self.enable), sorted(self.severity.items()),
            sorted((k, sorted(v)) for k, v in self.per_file_ignores.items()),
            self.accents, sorted(self.bibliography),
        ))


def _matches_any(code: str, patterns: set[str]) -> bool:
    """``ALL``; ``C1`` or ``C1XX`` (a whole group); ``C104`` (one rule)."""
    for pattern in patterns:
        upper = pattern.upper()
        if upper == "ALL" or code == upper:
            return True
        stem = upper[:-2] if upper.endswith("XX") else upper
        if len(stem) < 4 and code.startswith(stem):
            return True
    return False


def find_config_file(start: Path) -> Path | None:
    """The nearest ``.citekit.toml`` or ``pyproject.toml`` with a citekit table, upwards."""
    for directory in (start, *start.parents):
        dotfile = directory / ".citekit.toml"
        if dotfile.is_file():
            return dotfile
        pyproject = directory / "pyproject.toml"
        if pyproject.is_file() and "[tool.citekit" in pyproject.read_text(
            encoding="utf-8", errors="replace"
        ):
            return pyproject
        if (directory / ".git").exists():
            break
    return None


def load_config(path: str | Path | None = None, start: Path | None = None) -> CheckConfig:
    """Read the configuration from ``path``, or find it from ``start`` (default: cwd).

    A malformed file or an unknown setting is a :class:`UsageError` (exit 2): a
    silently ignored typo would switch a rule on or off behind the author's back.
    """
    start = (start or Path.cwd()).resolve()
    if path is not None:
        file = Path(path)
        if not file.is_file():
            raise UsageError(f"configuration file {path} not found")
    else:
        found = find_config_file(start)
        if found is None:
            return CheckConfig(root=start)
        file = found
    try:
        data = parse_toml(file.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise UsageError(f"{file}: cannot read the configuration: {exc}") from None
    table = data.get("tool", {}).get("citekit", {}) if file.name == "pyproject.toml" else data
    # pyproject.toml: [tool.citekit.check]; .citekit.toml: [check] or top level
    default: dict[str, Any] = {} if file.name == "pyproject.toml" else table
    settings = dict(table.get("check", default))
    return _build(settings, file)


def _build(settings: dict[str, Any], file: Path) -> CheckConfig:
    config = CheckConfig(root=file.parent.resolve(), source=file)
    known = {
        "files", "bibliography", "disable", "enable", "severity", "per-file-ignores",
        "accents", "cache",
    }
    unknown = sorted(set(settings) - known)
    if unknown:
        raise UsageError(f"{file}: unknown citekit check setting(s): {', '.join(unknown)} "
                         f"(known: {', '.join(sorted(known))})")
    config.files = _str_list(settings.get("files", []), "files", file)
    config.bibliography = _str_list(settings.get("bibliography", []), "bibliography", file)
    config.disable = {c.upper() for c in _str_list(settings.get("disable", []), "disable", file)}
    config.enable = {c.upper() for c in _str_list(settings.get("enable", []), "enable", file)}
    severity = settings.get("severity", {})
    if not isinstance(severity, dict):
        raise UsageError(f"{file}: 'severity' must be a table of CODE = \"error|warning|info\"")
    for code, level in severity.items():
        if level not in _SEVERITIES:
            raise UsageError(f"{file}: severity of {code} must be one of {', '.join(_SEVERITIES)}")
        config.severity[str(code).upper()] = level
    ignores = settings.get("per-file-ignores", {})
    if not isinstance(ignores, dict):
        raise UsageError(f"{file}: 'per-file-ignores' must be a table of \"glob\" = [codes]")
    config.per_file_ignores = {
        str(glob): [c.upper() for c in _str_list(codes, f"per-file-ignores.{glob}", file)]
        for glob, codes in ignores.items()
    }
    accents = settings.get("accents", "keep")
    if accents not in _ACCENTS:
        raise UsageError(f"{file}: 'accents' must be one of {', '.join(_ACCENTS)}")
    config.accents = accents
    cache = settings.get("cache", True)
    if not isinstance(cache, bool):
        raise UsageError(f"{file}: 'cache' must be true or false")
    config.cache = cache
    return config


def _str_list(value: Any, name: str, file: Path) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise UsageError(f"{file}: {name!r} must be a string or a list of strings")


# --- TOML ---------------------------------------------------------------------------


def parse_toml(text: str) -> dict[str, Any]:
    """Parse TOML with :mod:`tomllib` when present, else with :func:`parse_toml_subset`."""
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        return parse_toml_subset(text)
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ValueError(str(exc)) from None


_TABLE_RE = lazy_compile(r"^\[\s*([^\[\]]+?)\s*\]\s*(?:#.*)?$")
_KEY_RE = lazy_compile(r'^("[^"]*"|[A-Za-z0-9_.-]+)\s*=\s*(.*)$')


def parse_toml_subset(text: str) -> dict[str, Any]:
    """Read the TOML a configuration needs, without a third-party package.

    Handles ``[table.sub]`` headers, ``key = value`` with basic strings, literal
    strings, booleans, integers, (multi-line) arrays and inline tables.  Anything
    else raises :class:`ValueError` naming the line.
    """
    root: dict[str, Any] = {}
    current = root
    lines = text.splitlines()
    i = 0
    while i < len(lines):
        line = lines[i].strip()
        lineno = i + 1
        i += 1
        if not line or line.startswith("#"):
            continue
        header = _TABLE_RE.match(line)
        if header and not line.startswith("[["):
            current = root
            for part in _split_dotted(header.group(1)):
                current = current.setdefault(part, {})
            continue
        match = _KEY_RE.match(line)
        if not match:
            raise ValueError(f"line {lineno}: cannot read {line!r}")
        key, value = match.group(1), match.group(2)
        # arrays and inline tables may span lines: gather until brackets balance
        while _open_brackets(value) > 0 and i < len(lines):
            value += "\n" + lines[i]
            i += 1
        parts = _split_dotted(key)
        target = current
        for part in parts[:-1]:
            target = target.setdefault(part, {})
        target[parts[-1]] = _toml_value(value, lineno)
    return root


def _split_dotted(key: str) -> list[str]:
    return [p.strip().strip('"') for p in re.findall(r'"[^"]*"|[^.]+', key)]


def _open_brackets(value: str) -> int:
    depth, quote, comment = 0, "", False
    for ch in value:
        if ch == "\n":
            comment = False
        elif comment:
            continue
        elif quote:
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            comment = True
        elif ch in "[{":
            depth += 1
        elif ch in "]}":
            depth -= 1
    return depth


def _strip_comments(value: str) -> str:
    out, quote = [], ""
    for line in value.split("\n"):
        kept = []
        for ch in line:
            if quote:
                if ch == quote:
                    quote = ""
            elif ch in "\"'":
                quote = ch
            elif ch == "#":
                break
            kept.append(ch)
        out.append("".join(kept))
    return "\n".join(out).strip()


def _toml_value(raw: str, lineno: int) -> Any:
    value = _strip_comments(raw)
    if value in ("true", "false"):
        return value == "true"
    # TOML strings, arrays and inline tables are close enough to Python literals
    # once booleans and `key = value` pairs are translated.
    pythonish = re.sub(r"\btrue\b", "True", re.sub(r"\bfalse\b", "False", value))
    pythonish = re.sub(
        r'([{,]\s*)("[^"]*"|[A-Za-z0-9_-]+)\s*=',
        lambda m: f"{m.group(1)}{_quote_key(m.group(2))}:",
        pythonish,
    )
    try:
        return ast.literal_eval(pythonish)
    except (ValueError, SyntaxError):
        raise ValueError(f"line {lineno}: cannot read the value {value!r}") from None


def _quote_key(key: str) -> str:
    return key if key.startswith('"') else f'"{key}"'
