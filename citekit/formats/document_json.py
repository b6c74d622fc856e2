"""The document JSON of ``citekit extract -f json``, read back as entries.

Writing takes entries only (``-f json`` on entries gives a document with no
notes); the extract command writes full :class:`~citekit.model.Document`\\ s
itself.  Reading accepts one document or a list of them and returns their
entries and diagnostics, so extracted documents can feed ``dedupe``.
"""

from __future__ import annotations

import json
from typing import Any

from citekit.model import Diagnostic, Document, Entry, ReadResult


def read(text: str, path: str = "-", **_: Any) -> ReadResult:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return ReadResult([], [Diagnostic("F010", f"invalid JSON: {exc.msg}", path=path,
                                          line=exc.lineno, col=exc.colno, severity="error")])
    docs = data if isinstance(data, list) else [data]
    result = ReadResult()
    for doc in docs:
        if not isinstance(doc, dict):
            result.diagnostics.append(Diagnostic("F011", "expected a citekit document object",
                                                 path=path, severity="error", raw=json.dumps(doc)))
            continue
        parsed = Document.from_json(doc)
        result.entries.extend(parsed.entries)
        result.diagnostics.extend(parsed.diagnostics)
    return result


def write(entries: list[Entry], **_: Any) -> str:
    return json.dumps(Document(entries=entries).to_json(), ensure_ascii=False, indent=2) + "\n"
