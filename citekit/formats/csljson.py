"""CSL-JSON, the pivot: reading and writing are (almost) the identity.

Items are kept exactly as given, including keys citekit does not know, so
CSL-JSON → model → CSL-JSON changes nothing.  What is not a CSL item at all (a
string in the array, say) is reported with its line and kept in the
diagnostic's ``raw``; CSL-JSON has no comments, so writers cannot keep it.

A value of the wrong shape (Crossref's ``"title": ["…"]``, a name or a date
given as a plain string) is reshaped into what CSL expects, with nothing
dropped (list elements joined with "; ", a name string as a ``literal``, a
date string as ``raw``) and reported, so that every writer gets CSL it can map.

Codes: F010 invalid JSON, F011 not an item object, F012 item without ``type``,
F013 a value of the wrong shape (reshaped, or kept as given when it cannot be).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from citekit.lazy_regex import lazy_compile
from citekit.model import (
    DATE_VARIABLES,
    ITEM_TYPES,
    NAME_VARIABLES,
    NUMBER_VARIABLES,
    STRING_VARIABLES,
    Diagnostic,
    Entry,
    ReadResult,
)

_ID_RE = lazy_compile(r'"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)')


def _id_lines(text: str) -> dict[str, int]:
    """First line on which each ``"id": …`` appears, for diagnostics."""
    lines: dict[str, int] = {}
    for match in _ID_RE.finditer(text):
        try:
            value = json.loads(match.group(1))
        except json.JSONDecodeError:
            continue
        lines.setdefault(str(value), text.count("\n", 0, match.start()) + 1)
    return lines


def read(text: str, path: str = "-", **_: Any) -> ReadResult:
    """Read a CSL-JSON array (or one item, or ``{"items": [...]}``)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return ReadResult([], [Diagnostic("F010", f"invalid JSON: {exc.msg}", path=path,
                                          line=exc.lineno, col=exc.colno, severity="error",
                                          raw=text)])
    if isinstance(data, dict):
        data = data["items"] if isinstance(data.get("items"), list) else [data]
    if not isinstance(data, list):
        return ReadResult([], [Diagnostic("F011", "expected an array of CSL items", path=path,
                                          line=1, severity="error", raw=text)])
    lines = _id_lines(text)
    result = ReadResult(positions={})
    for index, item in enumerate(data):
        if not isinstance(item, dict):
            result.diagnostics.append(Diagnostic(
                "F011", f"element {index} is not a CSL item object", path=path,
                severity="error", raw=json.dumps(item, ensure_ascii=False)))
            continue
        line = lines.get(str(item.get("id")))
        if "type" not in item:
            result.diagnostics.append(Diagnostic(
                "F012", f"item {item.get('id', index)!s} has no 'type'", path=path, line=line,
                severity="warning"))
        elif not isinstance(item["type"], str) or item["type"] not in _ITEM_TYPES:
            result.diagnostics.append(Diagnostic(
                "F013", f"item {item.get('id', index)!s}: type {item['type']!r} is not a CSL item type; kept as "
                "given (other formats write it as a generic document)", path=path, line=line, severity="warning"))
        if "id" in item and line is not None:
            result.positions[str(item["id"])] = line
        for variable, problem in _reshape(item):
            result.diagnostics.append(Diagnostic(
                "F013", f"item {item.get('id', index)!s}: {variable!r} {problem}", path=path, line=line,
                severity="warning"))
        result.entries.append(item)
    return result


_ITEM_TYPES = frozenset(ITEM_TYPES)
_NAMES = frozenset(NAME_VARIABLES)
_DATES = frozenset(DATE_VARIABLES)
_TEXTS = frozenset(STRING_VARIABLES + NUMBER_VARIABLES)


def _reshape(item: dict[str, Any]) -> list[tuple[str, str]]:
    """Give wrongly shaped values of known variables their CSL shape; what was done, per variable."""
    problems: list[tuple[str, str]] = []
    for variable, value in list(item.items()):
        if value is None:
            continue  # (null: absent for every writer)
        if variable in _TEXTS:
            if isinstance(value, (str, int, float)) and not isinstance(value, bool):
                continue
            if isinstance(value, list) and value and all(isinstance(v, (str, int, float)) for v in value):
                item[variable] = "; ".join(str(v) for v in value) if len(value) > 1 else value[0]
                problems.append((variable, "is a list, not a string; its values are joined with '; '"))
            else:
                problems.append((variable, f"should be a string or a number, not {_kind(value)}; kept as given"))
        elif variable in _NAMES:
            if isinstance(value, list) and all(isinstance(v, dict) for v in value):
                continue
            if isinstance(value, str):
                item[variable] = [{"literal": value}]
                problems.append((variable, "is a string, not a list of names; kept as one literal name"))
            elif isinstance(value, dict):
                item[variable] = [value]
                problems.append((variable, "is one name, not a list of names; read as a list of one"))
            elif isinstance(value, list) and all(isinstance(v, (str, dict)) for v in value):
                item[variable] = [v if isinstance(v, dict) else {"literal": v} for v in value]
                problems.append((variable, "holds plain strings; each is kept as a literal name"))
            else:
                problems.append((variable, f"should be a list of names, not {_kind(value)}; kept as given"))
        elif variable in _DATES:
            if isinstance(value, dict):
                continue
            if isinstance(value, (str, int)) and not isinstance(value, bool):
                item[variable] = {"raw": str(value)}
                problems.append((variable, "is not a date object; kept as the date's raw text"))
            elif isinstance(value, list) and value and all(isinstance(part, list) for part in value):
                item[variable] = {"date-parts": value}
                problems.append((variable, "is bare date-parts; read as {'date-parts': …}"))
            else:
                problems.append((variable, f"should be a date object, not {_kind(value)}; kept as given"))
    return problems


def _kind(value: Any) -> str:
    return {dict: "an object", list: "a list", bool: "a boolean"}.get(
        type(value), type(value).__name__)


def write(entries: list[Entry], *, failed: Sequence[Diagnostic] = (), **_: Any) -> str:
    """CSL-JSON array, UTF-8, two-space indent (what Zotero and pandoc read).

    CSL requires an ``id``: an item read from a format that has none (an RIS record without
    ``ID``) gets a generated key (``hagenloh2009``), unique in the output; items that have one
    are written as given.
    """
    del failed  # CSL-JSON cannot hold comments; the CLI reports failures on stderr
    if any("id" not in entry for entry in entries):
        from citekit.keys import make_key

        taken = {str(entry["id"]).lower() for entry in entries if "id" in entry}
        entries = [entry if "id" in entry else {"id": make_key(entry, taken), **entry} for entry in entries]
    return json.dumps(entries, ensure_ascii=False, indent=2) + "\n"
