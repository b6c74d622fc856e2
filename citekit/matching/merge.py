"""Merging the records of one work without losing a value.

The survivor is the first record in input order (list the manuscript's own
bibliography first), so its key, which the manuscript cites, stays.  Every other record
contributes the fields the survivor lacks.  When two records disagree on a
field, one value wins and the reason is recorded:

* a full given name beats initials, a full journal name beats its
  abbreviation, a longer page range beats a first page alone;
* otherwise the survivor's value wins.

Spellings that differ only in case, punctuation or accents count as one value
(``Gödel`` / ``Godel``); the accented spelling is kept.

Nothing is dropped.  The losing values are kept in the merged entry's
``custom`` object (the CSL-JSON place for data no CSL variable holds):

* ``custom["ids"]``: the other records' ids (keys), in input order, so
  ``\\cite`` commands that use them keep working (written as biblatex ``ids``);
* ``custom["dedupe-conflicts"]``: ``{field: [losing values]}``;
* ``custom["dedupe-sources"]``: for each merged record, its id.

The returned :class:`Conflict` list says what won and why, for ``--report``.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any

from citekit.matching import normalize as nz
from citekit.model import Entry

#: fields never merged across records
_IDENTITY_FIELDS = frozenset({"id", "citation-key"})


@dataclass
class Conflict:
    """Two records disagreed on ``field``: ``kept`` won over ``dropped`` because ``reason``."""

    entry_id: str
    field: str
    kept: Any
    dropped: Any
    reason: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.entry_id, "field": self.field, "kept": self.kept,
            "dropped": self.dropped, "reason": self.reason,
        }


def _same_value(field_name: str, a: Any, b: Any) -> bool:
    if a == b:
        return True
    if field_name == "DOI":
        return bool(nz.doi_key(a)) and nz.doi_key(a) == nz.doi_key(b)
    if field_name == "ISBN":
        return bool(nz.isbn_keys(a)) and nz.isbn_keys(a) == nz.isbn_keys(b)
    if isinstance(a, str) and isinstance(b, str):
        return nz.fold(a) == nz.fold(b)
    if field_name in ("issued", "accessed", "original-date"):
        return nz.year_of(a) == nz.year_of(b) and _canonical(a) == _canonical(b)
    return False


def _canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, ensure_ascii=False)


def _more_accented(value: Any, current: Any) -> bool:
    """Of two spellings that fold alike, the one with more non-ASCII letters (Gödel)."""
    if not isinstance(value, str) or not isinstance(current, str):
        return False
    return sum(ord(c) > 127 for c in value) > sum(ord(c) > 127 for c in current)


def _name_richness(names: Any) -> int:
    if not isinstance(names, list):
        return 0
    total = 0
    for name in names:
        if isinstance(name, dict):
            total += len(nz.fold(name.get("given")).replace(" ", ""))
    return total


def _prefer(field_name: str, kept: Any, other: Any) -> tuple[bool, str]:
    """Should ``other`` replace ``kept``?  Returns (replace, reason)."""
    if field_name in ("author", "editor", "translator") and isinstance(kept, list) and isinstance(
        other, list
    ):
        # only when the family names are spelled alike: a thesis's own romanisation
        # (Gur'ianov) is never replaced by another system's (Gurjanov)
        if len(kept) == len(other) and nz.person_keys(kept) and [
            p[2] for p in nz.person_keys(kept)
        ] == [p[2] for p in nz.person_keys(other)] and _name_richness(other) > _name_richness(kept):
            return True, "same names, fuller given names"
        return False, "survivor's names kept"
    if field_name in ("container-title", "publisher", "publisher-place") and isinstance(
        kept, str
    ) and isinstance(other, str):
        kt, ot = nz.container_tokens(kept), nz.container_tokens(other)
        if nz.abbreviation_match(kt, ot) and len(other) > len(kept):
            return True, "full form preferred to abbreviation"
        return False, "survivor's value kept"
    if (
        field_name == "page" and isinstance(kept, str) and isinstance(other, str)
        and nz.first_number(kept) == nz.first_number(other) and len(other) > len(kept)
    ):
        return True, "fuller page range"
    return False, "survivor's value kept"


def merge_cluster(entries: list[Entry]) -> tuple[Entry, list[Conflict]]:
    """Merge the records of one work (``entries`` in input order) into one entry."""
    order = list(range(len(entries)))
    survivor = entries[0]
    merged: Entry = copy.deepcopy(survivor)
    conflicts: list[Conflict] = []
    losers: dict[str, list[Any]] = {}
    custom = dict(merged.get("custom") or {})

    for i in order[1:]:
        other = entries[i]
        other_id = str(other.get("id", ""))
        for key, value in other.items():
            if key in _IDENTITY_FIELDS or value in (None, "", [], {}):
                continue
            if key == "custom" and isinstance(value, dict):
                _merge_custom(custom, value, other_id, conflicts, losers)
                continue
            current = merged.get(key)
            if current in (None, "", [], {}):
                merged[key] = copy.deepcopy(value)
                continue
            if _same_value(key, current, value):
                if _more_accented(value, current):
                    merged[key] = copy.deepcopy(value)
                continue
            replace, reason = _prefer(key, current, value)
            if replace:
                merged[key] = copy.deepcopy(value)
                current, value = value, current
            conflicts.append(Conflict(other_id, key, current, value, reason))
            bucket = losers.setdefault(key, [])
            if not any(_canonical(v) == _canonical(value) for v in bucket):
                bucket.append(copy.deepcopy(value))

    aliases = [str(e.get("id")) for e in entries if e is not survivor and e.get("id") is not None]
    aliases += [str(e["citation-key"]) for e in entries if e.get("citation-key")]
    aliases = [a for a in dict.fromkeys(aliases) if a and a != str(merged.get("id"))]
    if aliases:
        existing = custom.get("ids")
        known = list(existing) if isinstance(existing, list) else []
        custom["ids"] = known + [a for a in aliases if a not in known]
    if losers:
        previous = custom.get("dedupe-conflicts")
        stored: dict[str, list[Any]] = dict(previous) if isinstance(previous, dict) else {}
        for key, values in losers.items():
            bucket = list(stored.get(key) or [])
            bucket.extend(v for v in values if _canonical(v) not in map(_canonical, bucket))
            stored[key] = bucket
        custom["dedupe-conflicts"] = stored
    if custom:
        merged["custom"] = custom
    return merged, conflicts


def _merge_custom(
    custom: dict[str, Any],
    other: dict[str, Any],
    other_id: str,
    conflicts: list[Conflict],
    losers: dict[str, list[Any]],
    path: str = "custom",
) -> None:
    """Union of two ``custom`` objects, nested objects key by key (BibTeX's unknown
    fields of both records survive); a differing leaf is a conflict like any field's."""
    for key, value in other.items():
        current = custom.get(key)
        where = f"{path}.{key}"
        if current is None:
            custom[key] = copy.deepcopy(value)
        elif path == "custom" and key == "ids" and isinstance(current, list) and isinstance(value, list):
            custom[key] = current + [v for v in value if v not in current]
        elif path == "custom" and key == "dedupe-conflicts" and isinstance(current, dict) and isinstance(value, dict):
            for name, values in value.items():
                losers.setdefault(name, []).extend(values if isinstance(values, list) else [values])
        elif isinstance(current, dict) and isinstance(value, dict):
            nested = dict(current)
            _merge_custom(nested, value, other_id, conflicts, losers, where)
            custom[key] = nested
        elif _canonical(current) != _canonical(value):
            conflicts.append(Conflict(other_id, where, current, value, "survivor's value kept"))
            bucket = losers.setdefault(where, [])
            if not any(_canonical(v) == _canonical(value) for v in bucket):
                bucket.append(copy.deepcopy(value))
