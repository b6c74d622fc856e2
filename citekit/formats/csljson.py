"""CSL-JSON, the pivot: reading and writing are (almost) the identity.

Items are kept exactly as given, including keys citekit does not know, so
CSL-JSON → model → CSL-JSON changes nothing.  What is not a CSL item at all (a
string in the array, say) is reported with its line and kept in the
diagnostic's ``raw``; CSL-JSON has no comments, so writers cannot keep it.

Codes: F010 invalid JSON, F011 not an item object, F012 item without ``type``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from citekit.model import Diagnostic, Entry, ReadResult

_ID_RE = re.compile(r'"id"\s*:\s*("(?:[^"\\]|\\.)*"|-?\d+)')


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
        if "id" in item and line is not None:
            result.positions[str(item["id"])] = line
        result.entries.append(item)
    return result


def write(entries: list[Entry], *, failed: Sequence[Diagnostic] = (), **_: Any) -> str:
    """CSL-JSON array, UTF-8, two-space indent (what Zotero and pandoc read)."""
    del failed  # CSL-JSON cannot hold comments; the CLI reports failures on stderr
    return json.dumps(entries, ensure_ascii=False, indent=2) + "\n"
