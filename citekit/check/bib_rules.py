"""Bibliography rules (C1xx): what makes a .bib file break, or mislead, a build.

=====  ========  ==============================================================
code   severity  finding
=====  ========  ==============================================================
C100   error     a file that cannot be read at all (missing, binary data)
C101   error     an entry that cannot be read (kept untouched by --fix)
C102   error     a key defined twice (in one file or across bibliographies)
C103   warning   the same work under two keys (record matching); --fix merges
C104   warning   a field the biblatex data model requires for the type is missing
C105   warning   a date biber cannot read (``c. 1983``); --fix writes EDTF
C106   error     an unescaped ``&``, ``%`` or ``#`` in a field value
C107   warning   a field outside the biblatex data model of the entry type (reported
                 once per field name and file, with the number of entries)
C108   warning   the file is not UTF-8 (legacy encoding)
C109   error     a ``@string`` macro no bibliography defines (BibTeX shares them)
C110   error     a ``crossref``/``xref`` target that no bibliography defines
C111   warning   an entry type the biblatex data model does not know
C112   info      a page range with a hyphen instead of ``--``; --fix rewrites it
C113   warning   a field given twice in one entry (--fix leaves the entry alone)
=====  ========  ==============================================================

Per-file rules run on :mod:`citekit.check.bibscan`'s positions; the cross-file
rules (duplicate keys across files, macros, crossref targets, same work) run on
every bibliography at once in :func:`cross_bib_findings`.  Entries that name each
other (``related``, ``crossref``, ``xref``, ``xdata``, ``entryset``, ``ids``) are
never reported as the same work.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict, deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from citekit.check.bibscan import BUILTIN_MACROS, BibScan, ChunkEntry, RawEntry, RawField, scan
from citekit.check.ignores import IgnoreMap, find_directives
from citekit.lazy_regex import lazy_compile
from citekit.model import Diagnostic, Entry, Severity

if TYPE_CHECKING:
    from collections.abc import Iterable

#: Fields biber reads verbatim: ``&``, ``%`` and ``#`` are fine in them.
VERBATIM_FIELDS: frozenset[str] = frozenset({
    "url", "doi", "eprint", "file", "pdf", "verba", "verbb", "verbc", "urlraw", "howpublished_url",
})
#: Fields never typeset as LaTeX (verbatim, sort keys, key lists): ``&`` is harmless there.
NOT_TYPESET: frozenset[str] = VERBATIM_FIELDS | {
    "sorttitle", "sortname", "sortkey", "presort", "sortshorthand", "sortyear", "indexsorttitle",
    "keywords", "ids", "crossref", "xref", "xdata", "related", "entryset",
}
DATE_FIELDS: tuple[str, ...] = ("date", "urldate", "origdate", "eventdate")
#: Fields every type may carry: biber and reference managers use them, styles ignore them.
ALWAYS_ALLOWED: frozenset[str] = frozenset({
    "ids", "crossref", "xref", "xdata", "entryset", "related", "relatedtype", "relatedstring",
    "relatedoptions", "keywords", "options", "presort", "sortkey", "sortname", "sorttitle",
    "sortyear", "sortshorthand", "label", "shorthand", "shorthandintro", "execute", "file",
    "abstract", "annotation", "annote", "note", "addendum", "langid", "langidopts", "hyphenation",
    "indexsorttitle", "indextitle", "entrysubtype", "library", "pubstate",
    "usera", "userb", "userc", "userd", "usere", "userf", "verba", "verbb", "verbc",
    "lista", "listb", "listc", "listd", "liste", "listf", "namea", "nameb", "namec",
    "gender", "shortauthor", "shorteditor", "shorttitle", "shortjournal", "shortseries",
    "urldate", "url", "doi", "eprint", "eprinttype", "eprintclass",
    "isbn", "issn", "language", "origlanguage", "timestamp", "owner", "month", "year", "date",
})

_EDTF_DATE = r"(?:-?\d{1,4}(?:-(?:0[1-9]|1[0-2]|2[1-4])(?:-(?:0[1-9]|[12]\d|3[01]))?)?" \
    r"(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?[~?%]?|\d{1,3}X{1,3}|\d{2}XX)"
_DATE_RE = lazy_compile(rf"^(?:{_EDTF_DATE}|{_EDTF_DATE}?/(?:{_EDTF_DATE}|\.\.)?|\.\./{_EDTF_DATE})$")
_YEAR_RE = lazy_compile(r"^-?\d{1,4}$")
_MONTHS = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
}
_UNESCAPED_RE = lazy_compile(r"(?<!\\)[&%#]")
_HYPHEN_RANGE_RE = lazy_compile(r"(?<![-–—\w])(\w*\d+)\s*(?:-|–|—)\s*(\w*\d+)(?![-–—\w])")


#: biber's aliases of classic BibTeX types: (biblatex type, fields the alias implies)
TYPE_ALIASES: dict[str, tuple[str, frozenset[str]]] = {
    "conference": ("inproceedings", frozenset()),
    "electronic": ("online", frozenset()),
    "www": ("online", frozenset()),
    "mastersthesis": ("thesis", frozenset({"type"})),
    "phdthesis": ("thesis", frozenset({"type"})),
    "techreport": ("report", frozenset({"type"})),
}
#: biber's field aliases (BibTeX name -> biblatex name)
FIELD_ALIASES: dict[str, str] = {
    "address": "location", "annote": "annotation", "archiveprefix": "eprinttype",
    "journal": "journaltitle", "key": "sortkey", "pdf": "file", "primaryclass": "eprintclass",
    "school": "institution",
}


@dataclass
class EntryResult:
    """One entry's rule findings and CSL reading, reusable after edits elsewhere in the file.

    Findings are ``(code, message, line offset from the entry's first line, col,
    severity)``, the col on the first line counted from the entry's "@": an entry that only
    moved gets its findings back at its new place.
    """

    findings: list[tuple[str, str, int, int | None, Severity]]
    entry: Entry | None = None
    #: what the hand-typed-citation finder indexes of ``entry`` (see citekit.cite.finder_keys)
    finder_keys: tuple[list[str], list[str]] | None = None
    #: (macro, field, offset from the entry's "@") of each macro a field uses (tuples: most entries
    #: have none, and the empty tuple costs the cache nothing)
    macro_uses: tuple[tuple[str, str, int], ...] = ()
    #: the other keys of each link field (related, crossref ...), in order
    links: tuple[str, ...] = ()
    #: (target, offset from the entry's "@") of each crossref/xref target
    crossrefs: tuple[tuple[str, int], ...] = ()
    #: the keys whose fields the entry inherits (crossref, xref, xdata): its CSL reading
    #: depends on theirs, so it is read again with them whenever the file changes
    inherits: tuple[str, ...] = ()


@dataclass
class BibAnalysis:
    """Everything the checker keeps of one bibliography file (what the cache stores)."""

    path: str
    #: the content hash the analysis belongs to
    digest: str = ""
    #: every key in file order: (key, line, col)
    keys: list[tuple[str, int, int]] = field(default_factory=list)
    #: first line and last line of each entry, by key (first definition)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    #: (key, target, line, col) of each crossref/xref
    crossrefs: list[tuple[str, str, int, int]] = field(default_factory=list)
    #: @string names the file defines (lower case)
    strings: list[str] = field(default_factory=list)
    #: (macro, key, field, line, col) of each macro a field uses
    macro_uses: list[tuple[str, str, str, int, int]] = field(default_factory=list)
    #: (key, other key) for each related/crossref/xref/xdata/entryset link: not duplicates
    links: list[tuple[str, str]] = field(default_factory=list)
    #: the CSL entries the format reader made of the file
    entries: list[Entry] = field(default_factory=list)
    findings: list[Diagnostic] = field(default_factory=list)
    ignores: IgnoreMap = field(default_factory=IgnoreMap)
    #: per-entry results by hash of the entry's text (and the @string names it may use)
    per_entry: dict[str, EntryResult] = field(default_factory=dict)
    #: the hash of each of ``entries``, in the same order
    entry_hashes: list[str] = field(default_factory=list)
    #: the scanner's memory of the file's entries (see citekit.check.bibscan.scan)
    chunks: dict[str, ChunkEntry] = field(default_factory=dict)

    def finder_keys(self) -> list[tuple[list[str], list[str]] | None]:
        """The finder keys of ``entries``, in order (None where not computed)."""
        return [self.per_entry[h].finder_keys if h in self.per_entry else None
                for h in self.entry_hashes]


def analyse_bibtex(
    path: str, text: str, read_diagnostics: Iterable[Diagnostic] = (),
    previous: BibAnalysis | None = None,
) -> BibAnalysis:
    """Run the per-file rules on BibTeX ``text`` (decoded) and read its CSL entries.

    Entries whose text is unchanged since ``previous`` (the last analysis of this
    file) are not checked or read again: adding one entry to a 3,000-entry file
    re-reads one entry.
    """
    result = scan(text, previous.chunks if previous is not None else None)
    reuse = previous.per_entry if previous is not None else {}
    # the CSL reading of an entry depends on the @string values it may use
    strings_signature = "\x00".join(text[a:b] for a, b in result.string_spans)
    order: list[str] = []
    pending: list[tuple[str, RawEntry]] = []
    analysis = BibAnalysis(path, strings=sorted(result.strings), chunks=result.chunks)
    findings = analysis.findings
    for diag in read_diagnostics:
        if diag.code == "F002":  # textio: not UTF-8
            findings.append(Diagnostic(
                "C108", diag.message, path, diag.line, 1, "warning",
            ))
    for error in result.errors:
        line, col = result.position(error.offset)
        start_line, _ = result.position(text.find(error.raw) if error.raw else error.offset)
        findings.append(Diagnostic(
            "C101",
            f"cannot read this entry ({error.message} at line {line}, col {col}); "
            "it is left as it is",
            path, start_line, 1, "error", error.raw,
        ))
    first: dict[str, int] = {}
    for entry in result.entries:
        line, col = result.position(entry.offset)
        end_line, _ = result.position(max(entry.offset, entry.end - 1))
        key_line, key_col = result.position(entry.key_offset)
        analysis.keys.append((entry.key, key_line, key_col))
        if entry.key in first:
            findings.append(Diagnostic(
                "C102",
                f"duplicate key '{entry.key}' (first defined at line {first[entry.key]}); "
                "biber keeps only the first",
                path, key_line, key_col, "error",
            ))
        else:
            first[entry.key] = line
            analysis.spans[entry.key] = (line, end_line)
        entry_hash = hashlib.sha1(
            (strings_signature + "\x01" + text[entry.offset:entry.end]).encode("utf-8")
        ).hexdigest()
        cached = analysis.per_entry.get(entry_hash) or reuse.get(entry_hash)
        if cached is None:
            cached = EntryResult([
                (d.code, d.message, (d.line or line) - line,
                 d.col - col + 1 if d.col is not None and (d.line or line) == line else d.col, d.severity)
                for d in _entry_findings(entry, result, path)
            ])
            _uses_and_links(entry, cached)
            pending.append((entry_hash, entry))
        elif cached.entry is None and entry_hash not in analysis.per_entry:
            # read again: the reader may have skipped it as a second entry of its key, and
            # it may be the first one now (entries it cannot read at all are rare)
            pending.append((entry_hash, entry))
        analysis.per_entry[entry_hash] = cached
        order.append(entry_hash)
        findings.extend(
            Diagnostic(code, message, path, line + offset,
                       f_col + col - 1 if f_col is not None and not offset else f_col, severity)
            for code, message, offset, f_col, severity in cached.findings
        )
        for macro, field_name, offset in cached.macro_uses:
            analysis.macro_uses.append((macro, entry.key, field_name, *result.position(entry.offset + offset)))
        analysis.links.extend((entry.key, other) for other in cached.links)
        for target, offset in cached.crossrefs:
            analysis.crossrefs.append((entry.key, target, *result.position(entry.offset + offset)))
    for directive_line, alone, codes in find_directives(text):
        analysis.ignores.add(directive_line, codes)
        if alone:  # a lone directive exempts the next line, or the whole entry starting there
            span = _entry_starting_at(analysis, directive_line + 1)
            analysis.ignores.add_range(*(span or (directive_line + 1, directive_line + 1)), codes)
    analysis.findings = _aggregate_outside_model(findings)
    _add_inheriting(result, order, pending, analysis)
    if pending:
        _read_pending(path, text, result, pending, analysis, order)
    read_keys: set[str] = set()
    for entry_hash, entry in zip(order, result.entries, strict=True):
        csl = analysis.per_entry[entry_hash].entry
        if csl is not None and entry.key not in read_keys:  # (the reader keeps a key's first entry)
            read_keys.add(entry.key)
            analysis.entries.append(csl)
            analysis.entry_hashes.append(entry_hash)
    return analysis


def _add_inheriting(
    result: BibScan, order: list[str], pending: list[tuple[str, RawEntry]], analysis: BibAnalysis,
) -> None:
    """An entry that inherits fields (crossref, xref, xdata) is read again, with the entries
    it inherits from, whenever the file changed: its reading depends on theirs."""
    if not any(analysis.per_entry[h].inherits for h in order):
        return
    waiting = {h for h, _ in pending}
    for entry_hash, entry in zip(order, result.entries, strict=True):
        if analysis.per_entry[entry_hash].inherits and entry_hash not in waiting:
            waiting.add(entry_hash)
            pending.append((entry_hash, entry))


def _read_pending(
    path: str, text: str, result: BibScan, pending: list[tuple[str, RawEntry]],
    analysis: BibAnalysis, order: list[str],
) -> None:
    """Read the CSL entries of the new or changed entries in one call of the reader (with
    the entries those inherit from, which the reader needs to fill them in)."""
    strings = "\n".join(text[start:end] for start, end in result.string_spans)
    parents: list[RawEntry] = []
    inherited = {key for h, _ in pending for key in analysis.per_entry[h].inherits}
    if inherited:
        wanted = {id(e) for _, e in pending}
        by_key: dict[str, tuple[str, RawEntry]] = {}
        for entry_hash, entry in zip(order, result.entries, strict=True):
            by_key.setdefault(entry.key, (entry_hash, entry))
        todo = list(inherited)
        while todo:  # (and the entries those inherit from: chains are allowed)
            found = by_key.get(todo.pop())
            if found is None or id(found[1]) in wanted:
                continue
            wanted.add(id(found[1]))
            parents.append(found[1])
            todo.extend(analysis.per_entry[found[0]].inherits)
    # in file order, as a fresh read sees them: of two entries with one key the first is read
    batch_entries = sorted([*(e for _, e in pending), *parents], key=lambda e: e.offset)
    batch = strings + "\n" + "\n".join(text[e.offset:e.end] for e in batch_entries)
    queue: dict[str, deque[Entry]] = defaultdict(deque)
    for csl in read_csl_entries(path, batch):
        queue[str(csl.get("id"))].append(csl)
    from citekit.cite import finder_keys

    hash_of = {id(entry): entry_hash for entry_hash, entry in pending}
    for entry in batch_entries:
        waiting = queue.get(entry.key)
        reading = waiting.popleft() if waiting else None
        slot = hash_of.get(id(entry))
        if reading is not None and slot is not None:  # (a parent's reading is not stored again)
            result_for = analysis.per_entry[slot]
            result_for.entry = reading
            result_for.finder_keys = finder_keys(reading)


LINK_FIELDS = ("related", "crossref", "xref", "xdata", "entryset", "ids")


def _uses_and_links(entry: RawEntry, result: EntryResult) -> None:
    """Macros the entry uses (checked across files: BibTeX shares them), the entries it names
    (a related or cross-referenced entry is a different record on purpose) and its crossref
    targets, with offsets from the entry's start so that they move with it."""
    uses: list[tuple[str, str, int]] = []
    links: list[str] = []
    for raw_field in entry.fields:
        for piece in raw_field.pieces:
            if piece.kind == "bare" and not piece.text.isdigit():
                uses.append((piece.text, raw_field.name, piece.offset - entry.offset))
        if raw_field.name in LINK_FIELDS:
            links.extend(other.strip() for other in raw_field.value.split(",") if other.strip())
    crossrefs: list[tuple[str, int]] = []
    inherits: list[str] = []
    for name in ("crossref", "xref", "xdata"):
        ref = entry.get(name)
        if ref is None:
            continue
        targets = [target.strip() for target in ref.value.split(",") if target.strip()]
        inherits.extend(targets)
        if name != "xdata":
            at = (ref.pieces[0].offset if ref.pieces else ref.offset) - entry.offset
            crossrefs.extend((target, at) for target in targets)
    result.macro_uses, result.links = tuple(uses), tuple(links)
    result.crossrefs, result.inherits = tuple(crossrefs), tuple(inherits)


def _aggregate_outside_model(findings: list[Diagnostic]) -> list[Diagnostic]:
    """One C107 per field name and file: a Zotero or Mendeley field in 600 entries is one
    decision for the author, not 600 findings."""
    first: dict[str, Diagnostic] = {}
    more: dict[str, int] = {}
    out = []
    for diag in findings:
        match = _OUTSIDE_RE.match(diag.message) if diag.code == "C107" else None
        if match is None:
            out.append(diag)
        elif match.group(1) in first:
            more[match.group(1)] += 1
        else:
            first[match.group(1)] = diag
            more[match.group(1)] = 0
            out.append(diag)
    for name, diag in first.items():
        if more[name]:
            diag.message += f"; also in {more[name]} more entr{'y' if more[name] == 1 else 'ies'}"
    return out


_OUTSIDE_RE = lazy_compile(r"field '([^']+)' is outside")


def _entry_starting_at(analysis: BibAnalysis, line: int) -> tuple[int, int] | None:
    for first, last in analysis.spans.values():
        if first == line:
            return first, last
    return None


def read_csl_entries(path: str, text: str) -> list[Entry]:
    """CSL entries by the BibTeX reader (its diagnostics are the scanner's to report)."""
    import logging

    from citekit.formats import read

    # bibtexparser logs each block it cannot read; the scanner reports those as C101
    parser_log = logging.getLogger("bibtexparser")
    level = parser_log.level
    parser_log.setLevel(logging.CRITICAL)
    try:
        return read(text, "bibtex", path=path).entries
    except Exception:  # a reader bug must not hide the scanner's findings
        return []
    finally:
        parser_log.setLevel(level)


def _entry_findings(entry: RawEntry, result: BibScan, path: str) -> list[Diagnostic]:
    from citekit.formats import biblatex_model as model

    out: list[Diagnostic] = []
    kind, implied = TYPE_ALIASES.get(entry.type, (entry.type, frozenset()))
    known = kind in model.ENTRY_TYPES
    line, col = result.position(entry.offset)
    if not known and kind != "xdata":
        out.append(Diagnostic(
            "C111", f"unknown entry type @{entry.type} for '{entry.key}' (biber reads it as @misc)",
            path, line, col, "warning",
        ))
    present = {FIELD_ALIASES.get(f.name, f.name) for f in entry.fields if f.value.strip()}
    inherits = "crossref" in present or "xref" in present or "xdata" in present
    if known and not inherits:
        # an @set is its members: biber needs nothing but the entryset
        missing = [("entryset",)] if kind == "set" and "entryset" not in present else (
            [] if kind == "set" else model.missing(kind, present | implied))
        if missing:
            wanted = ", ".join(" or ".join(group) for group in missing)
            out.append(Diagnostic(
                "C104", f"@{entry.type}{{{entry.key}}} lacks required field(s): {wanted}",
                path, line, col, "warning",
            ))
    seen: set[str] = set()
    for raw_field in entry.fields:
        if raw_field.name in seen:
            f_line, f_col = result.position(raw_field.offset)
            out.append(Diagnostic(
                "C113", f"field '{raw_field.name}' given twice in '{entry.key}'; keep one",
                path, f_line, f_col, "warning",
            ))
        seen.add(raw_field.name)
        out.extend(_field_findings(entry, raw_field, kind if known else None, result, path))
    return out


def _field_findings(
    entry: RawEntry, raw_field: RawField, kind: str | None, result: BibScan, path: str
) -> list[Diagnostic]:
    from citekit.formats import biblatex_model as model

    out: list[Diagnostic] = []
    name = raw_field.name
    line, col = result.position(raw_field.offset)
    canonical = FIELD_ALIASES.get(name, name)
    if kind is not None and canonical not in ALWAYS_ALLOWED and not model.allowed(kind, canonical):
        out.append(Diagnostic(
            "C107",
            f"field '{name}' is outside the biblatex data model for @{entry.type} "
            "(styles ignore it)",
            path, line, col, "warning",
        ))
    for piece in raw_field.pieces:
        if piece.kind != "bare" and name not in NOT_TYPESET:
            for match in _UNESCAPED_RE.finditer(piece.text):
                p_line, p_col = result.position(piece.offset + match.start())
                char = match.group()
                out.append(Diagnostic(
                    "C106",
                    f"unescaped '{char}' in {name} of '{entry.key}' breaks LaTeX; write '\\{char}'",
                    path, p_line, p_col, "error",
                ))
    value = raw_field.value.strip()
    value_line, value_col = result.position(
        raw_field.pieces[0].offset if raw_field.pieces else raw_field.offset
    )
    if not any(p.kind == "bare" and not p.text.isdigit() for p in raw_field.pieces):
        problem = date_problem(name, value)
        if problem:
            out.append(Diagnostic(
                "C105", f"{problem} in {name} of '{entry.key}'", path, value_line, value_col,
                "warning",
            ))
    if name == "pages" and value and "--" not in value and _HYPHEN_RANGE_RE.search(value):
        out.append(Diagnostic(
            "C112", f"page range '{value}' in '{entry.key}': write '--' between the numbers",
            path, value_line, value_col, "info",
        ))
    return out


def date_problem(name: str, value: str) -> str | None:
    """Why biber cannot read ``value`` as the date field ``name``, or ``None``."""
    value = value.strip().strip("{}")
    if not value:
        return None
    if name in DATE_FIELDS and not _DATE_RE.match(value):
        hint = fixed_date(value)
        advice = f" (write '{hint}')" if hint else " (biblatex wants ISO 8601 / EDTF)"
        return f"invalid date '{value}'{advice}"
    if name == "year" and not _YEAR_RE.match(value):
        hint = fixed_date(value)
        advice = f" (write date = {{{hint}}})" if hint else " (a year is digits only)"
        return f"invalid year '{value}'{advice}"
    if name == "month" and not (value.isdigit() and 1 <= int(value) <= 12) and (
        value.lower()[:3] not in _MONTHS
    ):
        return f"invalid month '{value}' (1-12 or jan-dec)"
    return None


_CIRCA_RE = lazy_compile(r"^(?:c\.|ca\.?|circa|approx\.?|um)\s*(\d{3,4})\??$", re.I)
_BRACKET_RE = lazy_compile(r"^\[(\d{4})\??\]$")
_UNSURE_RE = lazy_compile(r"^(\d{4})\s*\?$")
_RANGE_RE = lazy_compile(r"^(\d{4})\s*(?:-|–|—|--|/)\s*(\d{2,4})$")
_ISO_RE = lazy_compile(r"^(\d{4})[./](\d{1,2})[./](\d{1,2})$")


def fixed_date(value: str) -> str | None:
    """The EDTF form biber reads for a common hand-typed date, or ``None`` if unsure.

    ``c. 1983`` -> ``1983~`` (circa); ``1983?``/``[1983?]`` -> ``1983?``;
    ``[1983]`` -> ``1983``; ``1983-84`` -> ``1983/1984``; ``1983.05.02`` -> ``1983-05-02``.
    """
    value = value.strip()
    if match := _CIRCA_RE.match(value):
        return f"{match.group(1)}~"
    if match := _UNSURE_RE.match(value):
        return f"{match.group(1)}?"
    if match := _BRACKET_RE.match(value):
        return match.group(1) + ("?" if "?" in value else "")
    if match := _RANGE_RE.match(value):
        start, end = match.group(1), match.group(2)
        end = start[: 4 - len(end)] + end
        return f"{start}/{end}" if end > start else None
    if match := _ISO_RE.match(value):
        year, month, day = match.groups()
        if 1 <= int(month) <= 12 and 1 <= int(day) <= 31:
            return f"{year}-{int(month):02d}-{int(day):02d}"
    return None


# --- rules across all bibliographies ------------------------------------------------------


def cross_bib_findings(
    analyses: list[BibAnalysis], same_work: bool = True, memory: PairMemory | None = None,
) -> list[Diagnostic]:
    """Duplicate keys across files, crossref targets, and the same work under two keys."""
    out: list[Diagnostic] = []
    defined: dict[str, tuple[str, int]] = {}
    for analysis in analyses:
        seen_here: set[str] = set()
        for key, line, col in analysis.keys:
            if key in seen_here:
                continue  # reported by the per-file rule
            seen_here.add(key)
            if key in defined and defined[key][0] != analysis.path:
                other, other_line = defined[key]
                out.append(Diagnostic(
                    "C102", f"duplicate key '{key}' (also defined in {other}:{other_line})",
                    analysis.path, line, col, "error",
                ))
            defined.setdefault(key, (analysis.path, line))
    macros = set(BUILTIN_MACROS).union(*(a.strings for a in analyses))
    for analysis in analyses:
        for macro, key, name, line, col in analysis.macro_uses:
            if macro.lower() not in macros:
                out.append(Diagnostic(
                    "C109", f"undefined @string macro '{macro}' in {name} of '{key}'",
                    analysis.path, line, col, "error",
                ))
    for analysis in analyses:
        for key, target, line, col in analysis.crossrefs:
            if target not in defined:
                out.append(Diagnostic(
                    "C110", f"crossref target '{target}' of '{key}' is not defined",
                    analysis.path, line, col, "error",
                ))
    if same_work:
        out.extend(same_work_findings(analyses, memory))
    return out


@dataclass
class PairMemory:
    """Same-work pairs by entry-text hash, so an edit re-matches only the changed entries."""

    #: (hash, hash) in sorted order -> (score, evidence)
    pairs: dict[tuple[str, str], tuple[float, str]] = field(default_factory=dict)
    #: hash of each entry matched so far -> its index keys (``citekit.matching.index_keys``): with them
    #: only the changed entries and their candidates are reduced to profiles
    keys: dict[str, list[str]] = field(default_factory=dict)


def same_work_pairs(
    entries: list[Entry], hashes: list[str] | None = None, memory: PairMemory | None = None,
) -> list[tuple[str, str, float, str]]:
    """(first id, second id, score, evidence) for each pair the matcher calls the same work.

    With ``hashes`` (one per entry) and a ``memory`` of an earlier run, only entries
    whose hash is new are matched against the others; the memory is updated.
    """
    from citekit.matching import EntryIndex

    if hashes is None:
        hashes = [str(i) for i in range(len(entries))]
    memory = memory if memory is not None else PairMemory()
    current = set(hashes)
    found = {k: v for k, v in memory.pairs.items() if k[0] in current and k[1] in current}
    kept = memory.keys
    changed = [i for i, h in enumerate(hashes) if h not in kept]
    if changed:
        from citekit.matching import index_keys
        from citekit.matching.evidence import profile

        made: dict[int, Any] = {}
        keys = []
        for i, (h, entry) in enumerate(zip(hashes, entries, strict=True)):
            entry_keys = kept.get(h)
            if entry_keys is None:
                made[i] = profile(entry, i)
                entry_keys = index_keys(made[i])
            keys.append(entry_keys)
        memory.keys = dict(zip(hashes, keys, strict=True))
        index = EntryIndex(entries, keys=keys, known=made)
        position = {id(entry): i for i, entry in enumerate(entries)}
        for i in changed:
            for other, decision in index.candidates(entries[i], index.profile_at(i)):
                j = position.get(id(other))
                if j is None or j == i or not decision.same or hashes[i] == hashes[j]:
                    continue
                pair = (min(hashes[i], hashes[j]), max(hashes[i], hashes[j]))
                found.setdefault(pair, (float(decision.score), _evidence_text(decision.evidence)))
    elif len(kept) != len(current):
        memory.keys = {h: kept[h] for h in current}  # (entries removed: forget them)
    memory.pairs = found
    first_at = {h: i for i, h in reversed(list(enumerate(hashes)))}
    out: list[tuple[str, str, float, str]] = []
    seen: set[tuple[str, str]] = set()
    for (ha, hb), (score, evidence) in found.items():
        i, j = sorted((first_at[ha], first_at[hb]))
        a, b = str(entries[i].get("id")), str(entries[j].get("id"))
        if a != b and (a, b) not in seen:
            seen.add((a, b))
            out.append((a, b, score, evidence))
    return out


def _evidence_text(evidence: Any) -> str:
    if isinstance(evidence, dict):
        return ", ".join(f"{k} {v:.2f}" if isinstance(v, float) else f"{k} {v}"
                         for k, v in list(evidence.items())[:4])
    if isinstance(evidence, (list, tuple)):
        return ", ".join(str(e) for e in evidence[:4])
    return str(evidence)


def same_work_findings(
    analyses: list[BibAnalysis], memory: PairMemory | None = None,
) -> list[Diagnostic]:
    entries: list[Entry] = []
    hashes: list[str] = []
    where: dict[str, tuple[str, int, int]] = {}
    for analysis in analyses:
        for key, line, col in analysis.keys:
            where.setdefault(key, (analysis.path, line, col))
        entries.extend(analysis.entries)
        hashes.extend(analysis.entry_hashes)
    linked = {frozenset(link) for analysis in analyses for link in analysis.links}
    # one finding per later record, naming its earliest twin (and how many others)
    twins: dict[str, list[tuple[str, float, str]]] = {}
    for first, second, score, evidence in same_work_pairs(entries, hashes, memory):
        if second in where and frozenset((first, second)) not in linked:
            twins.setdefault(second, []).append((first, score, evidence))
    out = []
    for second, matches in twins.items():
        matches.sort(key=lambda m: where.get(m[0], ("", 0, 0))[1:])
        first, score, evidence = matches[0]
        path, line, col = where[second]
        first_path, first_line, _ = where.get(first, ("?", 0, 0))
        place = f"line {first_line}" if first_path == path else f"{first_path}:{first_line}"
        detail = f"; {evidence}" if evidence else ""
        others = f" and {len(matches) - 1} other entr{'y' if len(matches) == 2 else 'ies'}" if (
            len(matches) > 1) else ""
        out.append(Diagnostic(
            "C103",
            f"'{second}' looks like the same work as '{first}'{others} ({place}; score "
            f"{score:.2f}{detail}); merge them (--fix keeps both keys in ids)",
            path, line, col, "warning",
        ))
    return out
