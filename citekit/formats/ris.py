"""RIS, as Zotero, EndNote and most catalogues exchange it.

The tag table lives in :mod:`citekit.formats.ris_fields`; this module only
splits records, applies the table both ways and keeps what it cannot map:
tags it does not know stay in ``custom["ris"]`` and are written back, CSL
variables with no tag travel in ``M2`` as ``variable: value`` lines.

Codes: F020 text outside a record, F021 record without ``ER``, F022 unknown type.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from typing import Any

from citekit.formats.names import name_from_text, name_to_text
from citekit.formats.ris_fields import READ_ALIASES, RIS_TO_TYPE, RULES, TYPE_TO_RIS, TagRule
from citekit.lazy_regex import lazy_compile
from citekit.model import (
    ALL_VARIABLES,
    DATE_VARIABLES,
    ITEM_TYPES,
    NAME_VARIABLES,
    Diagnostic,
    Entry,
    ReadResult,
)

_TAG_RE = lazy_compile(r"^([A-Z][A-Z0-9])  ?-(?: (.*))?$")
_DATE_RE = lazy_compile(r"^\s*(\d{1,4})(?:[/-](\d{0,2}))?(?:[/-](\d{0,2}))?(?:/(.*))?\s*$")
_EXTRA_RE = lazy_compile(r"^([A-Za-z][\w-]*):\s*(.*)$")
_MULTI = frozenset({"KW"})
#: M2 line that carries citekit's other ``custom`` data (BibTeX leftovers, merge
#: conflicts) so RIS loses nothing; Zotero keeps it in Extra.
_CUSTOM_KEY = "citekit-custom"


def _read_rule(tag: str, csl_type: str) -> TagRule | None:
    for rule in RULES:
        if rule.tag == tag and rule.applies(csl_type):
            return rule
    return None


def _parse_date(value: str) -> dict[str, Any]:
    match = _DATE_RE.match(value)
    if not match:
        return {"raw": value.strip()}
    parts = [int(match.group(1))]
    for group in (match.group(2), match.group(3)):
        if not group or not int(group):
            break
        parts.append(int(group))
    date: dict[str, Any] = {"date-parts": [parts]}
    if match.group(4) and match.group(4).strip():
        date["season"] = match.group(4).strip()
    return date


def _format_date(date: dict[str, Any]) -> tuple[str | None, str | None]:
    """(DA value, PY value) for a CSL date; (None, None) when only text is known."""
    parts = (date.get("date-parts") or [[]])[0]
    if not parts:
        return None, None
    try:
        year, *rest = (int(p) for p in parts)
    except (TypeError, ValueError):
        return None, None
    month = f"{rest[0]:02d}" if rest else ""
    day = f"{rest[1]:02d}" if len(rest) > 1 else ""
    return f"{year:04d}/{month}/{day}/{date.get('season', '')}", f"{year:04d}"


def _date_to_extra(date: dict[str, Any]) -> str:
    if "date-parts" in date:
        return "/".join("-".join(f"{int(p):02d}" if i else f"{int(p):04d}"
                                 for i, p in enumerate(dp)) for dp in date["date-parts"])
    return str(date.get("raw") or date.get("literal") or "")


def _date_from_extra(value: str) -> dict[str, Any]:
    ranges = []
    for piece in value.split("/"):
        if not re.fullmatch(r"\d{1,4}(-\d{1,2}){0,2}", piece.strip()):
            return {"raw": value}
        ranges.append([int(p) for p in piece.strip().split("-")])
    return {"date-parts": ranges}


class _Record:
    def __init__(self, line: int) -> None:
        self.line = line
        self.tags: list[tuple[str, str]] = []


def _split_records(text: str, path: str, diags: list[Diagnostic]) -> list[_Record]:
    records: list[_Record] = []
    current: _Record | None = None
    stray: list[str] = []
    stray_line = 0
    for number, raw_line in enumerate(text.splitlines(), 1):
        line = raw_line.rstrip("\r").lstrip("\ufeff")
        match = _TAG_RE.match(line)
        if match:
            tag, value = match.group(1), (match.group(2) or "")
            if tag == "TY":
                if current is not None:
                    diags.append(Diagnostic("F021", "record has no ER line before the next TY",
                                            path=path, line=current.line))
                current = _Record(number)
                records.append(current)
            if current is None:
                stray.append(line)
                stray_line = stray_line or number
                continue
            if tag == "ER":
                current = None
                continue
            current.tags.append((tag, value.strip()))
        elif line.strip():
            if current is not None and current.tags:
                tag, value = current.tags[-1]
                current.tags[-1] = (tag, value + "\n" + line.strip())
            else:
                stray.append(line)
                stray_line = stray_line or number
    if current is not None:
        diags.append(Diagnostic("F021", "last record has no ER line", path=path, line=current.line))
    if stray:
        diags.append(Diagnostic("F020", "text outside any RIS record (kept in raw)", path=path,
                                line=stray_line, raw="\n".join(stray)))
    return records


def _record_to_entry(record: _Record, path: str, diags: list[Diagnostic]) -> Entry:
    ty = record.tags[0][1].upper() if record.tags else "GEN"
    csl_type = RIS_TO_TYPE.get(ty)
    entry: Entry = {"type": csl_type or "document"}
    custom: dict[str, list[str]] = {}
    if csl_type is None:
        diags.append(Diagnostic("F022", f"unknown RIS type {ty!r}, read as document", path=path,
                                line=record.line))
        custom["TY"] = [ty]
    elif TYPE_TO_RIS.get(csl_type) != ty:
        custom["TY"] = [ty]  # keep e.g. EDBOOK so writing gives it back
    for tag, value in record.tags[1:]:  # the CSL type in Extra decides how the tags read
        typed = _TYPE_IN_EXTRA_RE.search(value) if tag == "M2" else None
        if typed and typed[1] in ITEM_TYPES:
            entry["type"] = typed[1]
    start_page = end_page = None
    for tag, value in record.tags[1:]:
        if not value:
            continue
        if tag == "ID":
            entry["id"] = value
            continue
        if tag == "EP":
            end_page = value
            continue
        if tag == "M2" and all(_EXTRA_RE.match(v) for v in value.splitlines()):
            for extra_line in value.splitlines():
                _apply_extra(entry, extra_line)
            continue
        if tag == "ED":
            entry.setdefault("editor", []).append(name_from_text(value))
            continue
        rule = _read_rule(READ_ALIASES.get(tag, tag), entry["type"])
        if rule is None or (rule.kind in ("text", "pages") and rule.variable in entry
                            and tag not in _MULTI):
            custom.setdefault(tag, []).append(value)
            continue
        if rule.kind == "name":
            entry.setdefault(rule.variable, []).append(name_from_text(value))
        elif rule.kind == "date":
            if rule.variable not in entry or tag == "DA":
                entry[rule.variable] = _parse_date(value)
        elif rule.kind == "pages":
            start_page = value
        elif tag in _MULTI and rule.variable in entry:
            entry[rule.variable] += ", " + value
        else:
            entry[rule.variable] = value
    if start_page or end_page:
        entry["page"] = "-".join(p for p in (start_page, end_page) if p)
    if custom:
        entry.setdefault("custom", {})["ris"] = custom
    return entry


_TYPE_IN_EXTRA_RE = lazy_compile(r"^type: (\S+)$", re.M)


def _apply_extra(entry: Entry, line: str) -> None:
    match = _EXTRA_RE.match(line)
    assert match is not None
    key, value = match.group(1), match.group(2)
    if key == _CUSTOM_KEY:
        try:
            other = json.loads(value)
        except json.JSONDecodeError:
            other = None
        if isinstance(other, dict):
            entry.setdefault("custom", {}).update(other)
            return
    if value.startswith('"'):  # (written so by ``_extra_line``: a value with a line break or a leading quote)
        try:
            decoded = json.loads(value)
        except json.JSONDecodeError:
            decoded = None
        if isinstance(decoded, str):
            value = decoded
    if key == "type" and value.strip() in ITEM_TYPES:
        entry["type"] = value.strip()  # a CSL type the RIS type stands for among others
        return
    if key in NAME_VARIABLES:
        family, _, given = value.partition("||")
        name = (name_from_text(f"{family.strip()}, {given.strip()}") if given.strip()
                else {"literal": family.strip()})  # ("van Gogh || Theo": the particle apart)
        entry.setdefault(key, []).append(name)
    elif key in DATE_VARIABLES:
        entry[key] = _date_from_extra(value)
    elif key in ALL_VARIABLES:
        entry[key] = value
    else:
        entry.setdefault("custom", {}).setdefault("extra", []).append(line)


def read(text: str, path: str = "-", **_: Any) -> ReadResult:
    """Read every TY…ER record; broken records are still read, with a diagnostic."""
    result = ReadResult(positions={})
    for record in _split_records(text, path, result.diagnostics):
        entry = _record_to_entry(record, path, result.diagnostics)
        if "id" in entry:
            result.positions[str(entry["id"])] = record.line
        result.entries.append(entry)
    return result


def _entry_to_lines(entry: Entry) -> list[str]:
    csl_type = str(entry.get("type", "document"))
    custom = dict((entry.get("custom") or {}).get("ris") or {})
    ty = (custom.pop("TY", None) or [TYPE_TO_RIS.get(csl_type, "GEN")])[0]
    lines = [f"TY  - {ty}"]
    if "id" in entry:
        lines.append(f"ID  - {entry['id']}")
    written = {"id", "type", "custom"}
    for rule in RULES:
        value = entry.get(rule.variable)
        if value in (None, "", []) or not rule.applies(csl_type):
            continue
        if rule.variable in written and rule.kind != "name":
            continue
        if rule.kind == "name":
            if rule.variable in written:
                continue
            lines.extend(f"{rule.tag}  - {name_to_text(n)}" for n in value)
        elif rule.kind == "date":
            da, py = _format_date(value)
            if da is None or len(value.get("date-parts", [])) > 1:
                continue  # ranges and text dates go to M2 below
            lines.append(f"{rule.tag}  - {da}")
            if rule.variable == "issued":
                lines.append(f"PY  - {py}")
        elif rule.kind == "pages":
            pieces = re.split(r"\s*[-–—]+\s*", str(value), maxsplit=1)
            lines.append(f"SP  - {pieces[0]}")
            if len(pieces) > 1:
                lines.append(f"EP  - {pieces[1]}")
        else:
            lines.append(f"{rule.tag}  - " + str(value).replace("\n", "\n      "))
        written.add(rule.variable)
    extra: list[str] = []
    if RIS_TO_TYPE.get(ty) != csl_type and csl_type in ITEM_TYPES:
        extra.append(_extra_line("type", csl_type))  # (a broadcast is a MPCT, read as a film)
    for key, value in entry.items():
        if key in written or key == "citation-key":
            continue
        if key in NAME_VARIABLES and isinstance(value, list):
            extra.extend(_extra_line(key, n.get("literal") or _extra_name(n)) for n in value)
        elif key in DATE_VARIABLES and isinstance(value, dict):
            extra.append(_extra_line(key, _date_to_extra(value)))
        elif key in ALL_VARIABLES and value not in (None, ""):
            extra.append(_extra_line(key, str(value)))
    extra.extend((entry.get("custom") or {}).get("extra") or [])
    other = {k: v for k, v in (entry.get("custom") or {}).items() if k not in ("ris", "extra")}
    if other:
        extra.append(f"{_CUSTOM_KEY}: " + json.dumps(other, ensure_ascii=False, sort_keys=True))
    if extra:
        lines.append("M2  - " + "\n      ".join(extra))
    for tag, values in custom.items():
        lines.extend(f"{tag}  - {v}" for v in values)
    lines.append("ER  - ")
    return lines


def _extra_name(name: dict[str, Any]) -> str:
    """Zotero's "Family || Given" form of a name in Extra, the particle before the family name."""
    family = " ".join(str(name[k]) for k in ("non-dropping-particle", "family") if name.get(k))
    return f"{family} || {name.get('given', '')}"


def _extra_line(key: str, value: str) -> str:
    """One ``variable: value`` line of ``M2``.  A value with a line break would end its line and
    leave the rest unlabelled (read back as M2's raw text, the variable lost): such a value, and one
    that opens with a quote, is written as a JSON string, which the reader decodes."""
    if value.splitlines() != [value] or value.startswith('"'):  # (any break the reader's splitlines sees)
        encoded = json.dumps(value, ensure_ascii=False)
        # (JSON escapes the control characters but leaves these, which splitlines also breaks at)
        encoded = encoded.replace("\x85", "\\u0085").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
        return f"{key}: {encoded}"
    return f"{key}: {value}"


def write(entries: list[Entry], *, failed: Sequence[Diagnostic] = (), **_: Any) -> str:
    """RIS records separated by blank lines; UTF-8 (Zotero's default)."""
    del failed  # RIS has no comment syntax; the CLI reports failures on stderr
    return "".join("\n".join(_entry_to_lines(e)) + "\n\n" for e in entries)
