"""``citekit check --fix``: rewrite a .bib file into a normal form, losing nothing.

What is fixed: entries of the same work (C103, within one file) are merged when
their fields agree, the absorbed keys kept in ``ids`` so old ``\\cite`` commands
still resolve; fields are put in a canonical order with aligned ``=``; page
ranges get ``--`` (C112); dates biber cannot read get their EDTF form (C105,
``c. 1983`` -> ``1983~``); unescaped ``&``, ``%``, ``#`` are escaped (C106);
accents become Unicode or LaTeX when ``accents`` says so; a legacy-encoded file
is written as UTF-8 (C108).

What is left alone: text outside entries (comments, ``@string``,
``@preamble``), entries the scanner cannot read (C101), duplicate keys (C102),
and same-work pairs whose fields disagree (their finding stays).  The output
is a fixed point: fixing a fixed file changes nothing.  Writes are atomic.
"""

from __future__ import annotations

import re

from citekit.check import accents
from citekit.check.bib_rules import (
    LINK_FIELDS,
    NOT_TYPESET,
    VERBATIM_FIELDS,
    fixed_date,
    read_csl_entries,
    same_work_pairs,
)
from citekit.check.bibscan import RawEntry, RawField, scan
from citekit.check.config import CheckConfig
from citekit.lazy_regex import lazy_compile
from citekit.textio import atomic_write, decode_bytes, read_bytes

#: Canonical field order; fields not listed follow in their original order.
FIELD_ORDER: tuple[str, ...] = (
    "ids", "crossref", "xref", "xdata", "entrysubtype",
    "author", "editor", "editora", "editorb", "translator", "annotator", "commentator",
    "introduction", "foreword", "afterword", "bookauthor",
    "title", "subtitle", "titleaddon", "shorttitle",
    "maintitle", "mainsubtitle", "booktitle", "booksubtitle", "journaltitle", "journal",
    "journalsubtitle", "issuetitle", "series", "volume", "volumes", "number", "issue", "part",
    "edition", "type", "institution", "school", "organization", "howpublished",
    "location", "address", "publisher", "date", "year", "month", "origdate", "eventdate",
    "pages", "pagetotal", "chapter", "isbn", "issn", "doi", "eprint", "eprinttype", "url",
    "urldate", "language", "langid", "note", "addendum", "keywords",
)
_RANK = {name: i for i, name in enumerate(FIELD_ORDER)}
_PAGE_RANGE_RE = lazy_compile(r"(?<=[\w\]])\s*(?:-|–|—|‒|−)\s*(?=[\w\[])")
_UNESCAPED_RE = lazy_compile(r"(?<!\\)([&%#])")
_SPACE_RE = lazy_compile(r"\s+")
_NO_SPACE_FOLDING = VERBATIM_FIELDS | {"abstract", "file"}


def fix_text(text: str, config: CheckConfig) -> str:
    """The normal form of the BibTeX ``text`` (unchanged parts kept byte for byte)."""
    result = scan(text)
    merged_into, absorbed = _merges(result.entries, text)
    out: list[str] = []
    pos = 0
    for entry in result.entries:
        out.append(text[pos:entry.offset])
        pos = entry.end
        if id(entry) in absorbed:
            # the entry's fields now live in its twin; drop the blank gap it stood in
            if not out[-1].strip():
                out[-1] = ""
            continue
        extra = merged_into.get(id(entry), [])
        out.append(render_entry(entry, text, config, extra))
    out.append(text[pos:])
    return "".join(out)


def _merges(entries: list[RawEntry], text: str) -> tuple[dict[int, list[RawEntry]], set[int]]:
    """Same-work pairs whose fields agree: {kept entry: [absorbed entries]}, {absorbed}."""
    if len(entries) < 2:
        return {}, set()
    by_key: dict[str, RawEntry] = {}
    counts: dict[str, int] = {}
    for entry in entries:
        by_key.setdefault(entry.key, entry)
        counts[entry.key] = counts.get(entry.key, 0) + 1
    # an entry whose key is duplicated is ambiguous to merge: leave it to C102
    csl = [e for e in read_csl_entries("-", text) if counts.get(str(e.get("id")), 0) == 1]
    pairs = same_work_pairs(csl)
    linked = {
        frozenset((entry.key, other.strip()))
        for entry in entries for f in entry.fields if f.name in LINK_FIELDS
        for other in f.value.split(",") if other.strip()
    }
    kept: dict[int, list[RawEntry]] = {}
    absorbed: set[int] = set()
    for first_key, second_key, _, _ in pairs:
        if frozenset((first_key, second_key)) in linked:
            continue  # related on purpose (a translation, a reprint, a set member)
        first, second = by_key.get(first_key), by_key.get(second_key)
        if first is None or second is None or id(first) in absorbed or id(second) in absorbed:
            continue
        if _field_given_twice(first) or _field_given_twice(second):
            continue  # (such an entry is written back as it stands, C113: it could not take the other in)
        if id(second) in kept or not _compatible(first, second, kept.get(id(first), [])):
            continue
        kept.setdefault(id(first), []).append(second)
        absorbed.add(id(second))
    return kept, absorbed


_NAME_FIELDS = frozenset({
    "author", "editor", "editora", "editorb", "editorc", "translator", "bookauthor",
    "annotator", "commentator", "introduction", "foreword", "afterword", "holder",
})


def _plain(value: str) -> str:
    value = accents.to_unicode(_UNESCAPED_RE.sub(r"\\\1", value))
    value = re.sub(r"[{}]", "", value)
    value = re.sub(r"\s*(?:-{1,3}|–|—)\s*", "-", value)
    return _SPACE_RE.sub(" ", value).strip().casefold()


def _names(value: str) -> list[tuple[str, str]]:
    """(family, first initial) per name: "Paul Hagenloh" and "Hagenloh, Paul" agree."""
    out = []
    for name in re.split(r"\s+and\s+", _plain(value)):
        if "," in name:
            family, _, given = name.partition(",")
        else:
            given, _, family = name.rpartition(" ")
        out.append((family.strip(), given.strip()[:1]))
    return out


def _same_value(name: str, a: str, b: str) -> bool:
    """Do two spellings of field ``name`` say the same (case, braces, dashes, name order)?"""
    if name in _NAME_FIELDS:
        return _names(a) == _names(b)
    return _plain(a) == _plain(b)


def _field_given_twice(entry: RawEntry) -> bool:
    names = [f.name for f in entry.fields]
    return len(set(names)) != len(names)


def _compatible(first: RawEntry, second: RawEntry, already: list[RawEntry]) -> bool:
    """Can ``second`` be merged into ``first`` without losing any field value?"""
    values: dict[str, str] = {f.name: _field_source(f) for f in first.fields}
    for other in already:
        for f in other.fields:
            values.setdefault(f.name, _field_source(f))
    for f in second.fields:
        if f.name == "ids":
            continue
        if f.name in values and not _same_value(f.name, values[f.name], _field_source(f)):
            return False
    return True


def _field_source(f: RawField) -> str:
    return " # ".join(p.text if p.kind == "bare" else f"{{{p.text}}}" for p in f.pieces)


def render_entry(entry: RawEntry, text: str, config: CheckConfig,
                 absorbed: list[RawEntry] | None = None) -> str:
    """One entry in normal form: ``@type{key,`` then ``  name = {value},`` lines."""
    if _field_given_twice(entry):
        return text[entry.offset:entry.end]  # a field given twice (C113): the author decides
    fields: dict[str, str] = {}
    order: list[str] = []
    aliases: list[str] = []
    for f in entry.fields:
        fields[f.name] = _render_value(f, config)
        order.append(f.name)
    for other in absorbed or []:
        aliases.append(other.key)
        for f in other.fields:
            if f.name == "ids":
                aliases.extend(a.strip() for a in f.value.split(",") if a.strip())
            elif f.name not in fields:
                fields[f.name] = _render_value(f, config)
                order.append(f.name)
    if aliases:
        existing = [a.strip() for a in _strip_braces(fields.get("ids", "")).split(",") if a.strip()]
        fields["ids"] = "{" + ", ".join(dict.fromkeys(existing + aliases)) + "}"
        if "ids" not in order:
            order.append("ids")
    _fix_dates(fields, order)
    position = {name: i for i, name in enumerate(order)}
    order.sort(key=lambda name: (_RANK.get(name, len(_RANK)), position[name]))
    if not order:
        return f"@{entry.type}{{{entry.key},\n}}"
    width = max(len(name) for name in order)
    lines = [f"@{entry.type}{{{entry.key},"]
    lines.extend(f"  {name.ljust(width)} = {fields[name]}," for name in order)
    lines.append("}")
    return "\n".join(lines)


def _strip_braces(value: str) -> str:
    return value[1:-1] if value.startswith("{") and value.endswith("}") else value


def _render_value(f: RawField, config: CheckConfig) -> str:
    parts = []
    single = len(f.pieces) == 1
    for piece in f.pieces:
        if piece.kind == "bare":
            parts.append(piece.text)
        else:
            parts.append("{" + _normalise_text(f.name, piece.text, config, single) + "}")
    return " # ".join(parts)


def _normalise_text(name: str, value: str, config: CheckConfig, single: bool) -> str:
    if name in VERBATIM_FIELDS:
        return value
    if name not in _NO_SPACE_FOLDING:
        value = _SPACE_RE.sub(" ", value)
        if single:  # a piece of a concatenation keeps its edge spaces: {OUP} # { Press}
            value = value.strip()
    if name not in NOT_TYPESET:
        value = _UNESCAPED_RE.sub(r"\\\1", value)
    if config.accents == "unicode":
        value = accents.to_unicode(value)
    elif config.accents == "latex":
        value = accents.to_latex(accents.to_unicode(value))
    if name == "pages":
        value = _PAGE_RANGE_RE.sub("--", value)
        value = re.sub(r"-{3,}", "--", value)
    return value


def _fix_dates(fields: dict[str, str], order: list[str]) -> None:
    """``date``/``year`` values biber cannot read become EDTF where the meaning is sure."""
    for name in ("date", "urldate", "origdate", "eventdate", "year"):
        value = fields.get(name)
        if value is None or not value.startswith("{") or not value.endswith("}"):
            continue
        inner = value[1:-1].strip()
        if name == "year" and re.fullmatch(r"-?\d{1,4}", inner):
            continue
        fixed = fixed_date(inner)
        if fixed is None or fixed == inner:
            continue
        if name == "year":
            if re.fullmatch(r"-?\d{1,4}", fixed):
                fields["year"] = "{" + fixed + "}"  # "[1983]" -> "1983"
            elif "date" not in fields:  # "c. 1983": only a date can say circa
                fields["date"] = "{" + fixed + "}"
                order[order.index("year")] = "date"
                del fields["year"]
            continue
        else:
            fields[name] = "{" + fixed + "}"


def fix_bibliography(path: str, config: CheckConfig) -> bool:
    """Fix ``path`` in place (atomically); ``True`` when its content changed."""
    data = read_bytes(path)
    text, diagnostics = decode_bytes(data, path)
    fixed = fix_text(text, config)
    legacy = any(d.code == "F002" for d in diagnostics)
    if fixed == text and not legacy:
        return False
    atomic_write(path, fixed)
    return True
