"""BibTeX and biblatex ↔ CSL-JSON entries, through bibtexparser v2.

Reading: bibtexparser's splitter cuts the text into blocks; two middlewares of
ours then resolve values (``@string`` macros, month macros, ``#``
concatenation, enclosing braces/quotes) and ``crossref``/``xdata``
inheritance; each entry is mapped to CSL through the declarative table in
:mod:`citekit.formats.bibtex_fields`.  Writing maps CSL back through the same
table into a bibtexparser ``Library`` and lets bibtexparser's writer add the
enclosing braces (values are never pre-braced).

Lossless round trips: data with no CSL variable is kept in the entry's
``custom`` object (CSL's own place for extensions) under ``custom["bibtex"]``:

* ``fields``: {field: LaTeX value} of fields the table does not map
  (``crossref``, ``timestamp``, ``mrnumber`` …), written back unchanged;
* ``raw``: {field: LaTeX value} of mapped fields whose Unicode form loses
  something (case-protecting braces ``{USSR}``, unknown commands, math, ties,
  a subtitle merged into the title); written back as they were while the CSL
  value still says the same;
* ``type``: the original entry type when the writer would not choose it again
  (``@proceedings``, ``@manual``, ``@booklet`` …);
* ``and-others``: the name variables that ended in ``and others``;
* ``inherited``: fields taken from the ``crossref`` parent (not written back,
  the parent still provides them).

``id`` and ``citation-key`` are the citation key; biblatex ``ids`` aliases are
``custom["ids"]`` (a list, used by dedupe to match keys).

Diagnostic codes (stable):

====  ========  =====================================================================
F030  error     an entry could not be parsed; its text is kept in ``raw``
F031  warning   a second entry with a key already used; kept in ``raw``, not read
F032  warning   a field appears twice in an entry; the first value is used, ``raw`` kept
F033  warning   ``crossref``/``xdata`` names an entry that is not in the file
F034  warning   a value uses an ``@string`` macro that is not defined (kept as text)
F035  info      an ``@xdata`` entry was folded into the entries that use it
F036  info      an ``@preamble`` (kept in ``raw``; the writer puts it back)
F037  info      a date or month could not be read as a date (kept as literal text)
====  ========  =====================================================================
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from typing import Any

from bibtexparser.library import Library
from bibtexparser.middlewares.middleware import LibraryMiddleware
from bibtexparser.model import (
    Block,
    DuplicateBlockKeyBlock,
    DuplicateFieldKeyBlock,
    ExplicitComment,
    Field,
    ParsingFailedBlock,
    Preamble,
    String,
)
from bibtexparser.model import (
    Entry as BibEntry,
)
from bibtexparser.splitter import Splitter

from citekit.formats import addendum
from citekit.formats import bibtex_fields as table
from citekit.formats.biblatex_model import TYPE_FIELDS
from citekit.formats.biblatex_model import allowed as biblatex_allows
from citekit.formats.bibnames import format_names, parse_names
from citekit.formats.latex_text import decode, encode
from citekit.keys import make_key
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

# --- value resolution ---------------------------------------------------------------

MONTH_MACROS: dict[str, str] = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May",
    "jun": "June", "jul": "July", "aug": "August", "sep": "September", "oct": "October",
    "nov": "November", "dec": "December",
}
_MONTH_NUMBERS: dict[str, int] = {}
for _i, (_abbr, _full) in enumerate(MONTH_MACROS.items(), start=1):
    _MONTH_NUMBERS[_abbr] = _MONTH_NUMBERS[_full.lower()] = _MONTH_NUMBERS[str(_i)] = _i
    _MONTH_NUMBERS[f"{_i:02d}"] = _i
_MONTH_NUMBERS["sept"] = 9
_MONTH_ABBR = list(MONTH_MACROS)

_META_UNDEFINED = "citekit_undefined_macros"
_META_INHERITED = "citekit_inherited"
_META_MISSING_PARENT = "citekit_missing_parent"


def _split_concatenation(raw: str) -> list[str]:
    """``{a} # mac # "b"`` → its parts, splitting only at top-level ``#``."""
    parts: list[str] = []
    depth = 0
    quoted = False
    start = 0
    escaped = False
    for pos, ch in enumerate(raw):
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
        elif ch == '"' and depth == 0:
            quoted = not quoted
        elif ch == "#" and depth == 0 and not quoted:
            parts.append(raw[start:pos])
            start = pos + 1
    parts.append(raw[start:])
    return [p.strip() for p in parts]


def evaluate(raw: str, macros: dict[str, str]) -> tuple[str, list[str]]:
    """A raw field value → its LaTeX text, with the macro names that were undefined.

    Handles ``{…}``, ``"…"``, bare numbers, ``@string`` and month macros, and
    ``#`` concatenation of any of them.
    """
    raw = raw.strip()
    if "#" not in raw and raw[:1] == "{" and raw[-1:] == "}":
        return raw[1:-1], []
    pieces = _split_concatenation(raw) if "#" in raw else [raw]
    out: list[str] = []
    undefined: list[str] = []
    for piece in pieces:
        if len(piece) >= 2 and (
            (piece[0] == "{" and piece[-1] == "}") or (piece[0] == '"' and piece[-1] == '"')
        ):
            out.append(piece[1:-1])
        elif piece.isdigit():
            out.append(piece)
        elif piece:
            name = piece.lower()
            if name in macros:
                out.append(macros[name])
            elif name in MONTH_MACROS:
                out.append(MONTH_MACROS[name])
            else:
                undefined.append(piece)
                out.append(piece)
    return "".join(out), undefined


class ResolveValuesMiddleware(LibraryMiddleware):
    """Replace every field's raw value by its text: macros, months, ``#``, enclosing.

    One pass over the blocks in file order, so a ``@string`` may use the ones
    defined before it, as in BibTeX.  Undefined macro names stay as text and
    are listed in the entry's ``parser_metadata`` for a diagnostic.
    """

    def __init__(self) -> None:
        super().__init__(allow_inplace_modification=True)

    @classmethod
    def metadata_key(cls) -> str:
        return "citekit_resolve_values"

    def transform(self, library: Library) -> Library:
        macros: dict[str, str] = {}
        for block in library.blocks:
            if isinstance(block, String):
                value, _ = evaluate(str(block.value), macros)
                macros[block.key.lower()] = value
            elif isinstance(block, BibEntry):
                _resolve_entry(block, macros)
            elif isinstance(block, DuplicateFieldKeyBlock):
                inner = block.ignore_error_block
                if isinstance(inner, BibEntry):
                    _resolve_entry(inner, macros)
        return library


def _resolve_entry(entry: BibEntry, macros: dict[str, str]) -> None:
    undefined: list[str] = []
    for field in entry.fields:
        value, missing = evaluate(str(field.value), macros)
        field.value = value
        undefined.extend(missing)
    if undefined:
        entry.parser_metadata[_META_UNDEFINED] = undefined


#: biblatex's default inheritance: (parent types, child types) → {parent field: child field}.
#: Fields not listed are inherited under their own name when the child lacks them.
_INHERIT_MAPS: tuple[tuple[frozenset[str], frozenset[str], dict[str, str]], ...] = (
    (frozenset({"mvbook", "book"}), frozenset({"inbook", "bookinbook", "suppbook"}),
     {"author": "bookauthor", "title": "booktitle", "subtitle": "booksubtitle",
      "titleaddon": "booktitleaddon"}),
    (frozenset({"mvbook", "mvcollection", "mvreference", "mvproceedings"}),
     frozenset({"book", "collection", "reference", "proceedings", "inbook", "incollection",
                "inreference", "inproceedings", "bookinbook", "suppbook", "suppcollection"}),
     {"title": "maintitle", "subtitle": "mainsubtitle", "titleaddon": "maintitleaddon"}),
    (frozenset({"collection", "reference", "proceedings", "book"}),
     frozenset({"incollection", "inreference", "suppcollection", "inproceedings",
                "conference"}),
     {"title": "booktitle", "subtitle": "booksubtitle", "titleaddon": "booktitleaddon"}),
    (frozenset({"periodical"}), frozenset({"article", "suppperiodical"}),
     {"title": "journaltitle", "subtitle": "journalsubtitle"}),
)
#: Never inherited (biblatex's ``\DefaultInheritance`` exceptions plus the titles).
_NOT_INHERITED = frozenset({
    "ids", "crossref", "xref", "xdata", "entryset", "entrysubtype", "execute", "label",
    "options", "presort", "related", "relatedoptions", "relatedstring", "relatedtype",
    "shorthand", "shorthandintro", "sortkey", "title", "subtitle", "titleaddon",
    "shorttitle", "sorttitle", "indextitle", "indexsorttitle",
})


class ResolveCrossrefMiddleware(LibraryMiddleware):
    """Fill entries from their ``crossref`` parent (biblatex inheritance) and ``xdata``.

    The ``crossref`` field itself stays, so the written file still points to the
    parent; the inherited field names are recorded so the writer leaves them to
    the parent.  ``xdata`` is folded in for good (the ``@xdata`` block is not a
    work and is not returned as an entry).
    """

    def __init__(self) -> None:
        super().__init__(allow_inplace_modification=True)

    @classmethod
    def metadata_key(cls) -> str:
        return "citekit_crossref"

    def transform(self, library: Library) -> Library:
        by_key = {e.key.lower(): e for e in library.entries}
        for entry in library.entries:
            if any(f.key.lower() == "xdata" for f in entry.fields):
                self._fold_xdata(entry, by_key)
            crossref = next((f for f in entry.fields if f.key.lower() == "crossref"), None)
            if crossref is not None:
                parent = by_key.get(str(crossref.value).strip().lower())
                if parent is None:
                    entry.parser_metadata[_META_MISSING_PARENT] = str(crossref.value)
                else:
                    self._inherit(entry, parent)
        return library

    @staticmethod
    def _present(entry: BibEntry) -> set[str]:
        return {f.key.lower() for f in entry.fields}

    def _inherit(self, child: BibEntry, parent: BibEntry) -> None:
        mapping: dict[str, str] = {}
        ptype, ctype = parent.entry_type.lower(), child.entry_type.lower()
        for parents, children, fields in _INHERIT_MAPS:
            if ptype in parents and ctype in children:
                mapping = {**fields, **mapping}
        present = self._present(child)
        inherited: list[str] = []
        for field in parent.fields:
            source = field.key.lower()
            target = mapping.get(source)
            if target is None:
                if source in _NOT_INHERITED:
                    continue
                target = source
            if target in present:
                continue
            child.set_field(Field(target, field.value))
            present.add(target)
            inherited.append(target)
        if inherited:
            child.parser_metadata[_META_INHERITED] = inherited

    def _fold_xdata(self, entry: BibEntry, by_key: dict[str, BibEntry]) -> None:
        field = next(f for f in entry.fields if f.key.lower() == "xdata")
        present = self._present(entry)
        missing: list[str] = []
        for key in (k.strip() for k in str(field.value).split(",")):
            source = by_key.get(key.lower())
            if source is None:
                missing.append(key)
                continue
            for inherited in source.fields:
                if inherited.key.lower() not in present:
                    entry.set_field(Field(inherited.key.lower(), inherited.value))
                    present.add(inherited.key.lower())
        if missing:
            entry.parser_metadata[_META_MISSING_PARENT] = ", ".join(missing)
        else:
            entry.pop(field.key)


# --- dates ------------------------------------------------------------------------

_ISO_RE = lazy_compile(r"^(-?\d{1,4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def _parse_iso(text: str) -> list[int] | None:
    match = _ISO_RE.match(text.strip())
    if not match:
        return None
    parts = [int(p) for p in match.groups() if p is not None]
    if len(parts) > 1 and not 1 <= parts[1] <= 12:
        return None
    if len(parts) > 2 and not 1 <= parts[2] <= 31:
        return None
    return parts


def parse_date(text: str) -> dict[str, Any] | None:
    """A biblatex (ISO 8601/EDTF level 0–1) date → CSL date; ``None`` if not one.

    ``2009``, ``2009-05``, ``2009-05-12``, ranges ``1926/1941`` and open ranges
    ``1926/``, approximate ``1950~`` (circa) and uncertain ``1950?``.
    """
    text = text.strip()
    circa = False
    if text.endswith(("~", "?", "%")):
        circa = True
        text = text[:-1]
    if "/" in text:
        start_text, _, end_text = text.partition("/")
        start = _parse_iso(start_text) if start_text not in ("", "..") else None
        end = _parse_iso(end_text) if end_text not in ("", "..") else None
        if start is None or (end is None and end_text not in ("", "..")):
            return None
        date: dict[str, Any] = {"date-parts": [start, end] if end else [start]}
        if end is None:
            date["date-parts"] = [start, [0]]  # open range: CSL uses 0 as "open end"
    else:
        parts = _parse_iso(text)
        if parts is None:
            return None
        date = {"date-parts": [parts]}
    if circa:
        date["circa"] = True
    return date


def format_date(date: Any) -> str | None:
    """A CSL date → biblatex date text (the inverse of :func:`parse_date`)."""
    if not isinstance(date, dict):
        return None
    parts = date.get("date-parts")
    if not parts or not parts[0] or parts[0][0] in (None, ""):
        return None

    def one(p: list[Any]) -> str:
        try:
            nums = [int(x) for x in p if x not in (None, "")]
        except (TypeError, ValueError):
            return ""
        if not nums:
            return ""
        out = f"{nums[0]:04d}" if nums[0] >= 0 else str(nums[0])
        return out + "".join(f"-{n:02d}" for n in nums[1:3])

    text = one(parts[0])
    if not text:
        return None
    if len(parts) > 1:
        end = "" if list(parts[1]) in ([0], ["0"]) else one(parts[1])
        text += "/" + end
    if date.get("circa"):
        text += "~"
    return text


_YEAR_RANGE_RE = lazy_compile(r"(\d{4})\s*[-–/]\s*(\d{4})")


def _year_month_date(
    year: str, month: str | None, day: str | None
) -> tuple[dict[str, Any], bool]:
    """Classic ``year``/``month``/``day`` → CSL date and whether it was understood."""
    year_text = decode(year)[0]
    end: list[int] = []
    span = _YEAR_RANGE_RE.fullmatch(year_text)
    if span:
        year_text, end = span.group(1), [int(span.group(2))]
    if re.fullmatch(r"-?\d{1,4}", year_text):
        parts: list[int] = [int(year_text)]
        if month is not None:
            month_number = _MONTH_NUMBERS.get(decode(month)[0].strip().lower().rstrip("."))
            if month_number is None:
                return {"date-parts": [parts], "season": decode(month)[0]}, False
            parts.append(month_number)
            if day is not None and decode(day)[0].strip().isdigit():
                parts.append(int(decode(day)[0]))
        return {"date-parts": [parts, end] if end else [parts]}, True
    literal = year_text if month is None else f"{decode(month)[0]} {year_text}"
    return {"literal": literal}, False


# --- reading --------------------------------------------------------------------------

_CSL_BY_LOWER: dict[str, str] = {v.lower(): v for v in ALL_VARIABLES}
_DATE_FIELDS = {"urldate": "accessed", "eventdate": "event-date", "origdate": "original-date"}
_CLASSIC_DATE_FIELDS = frozenset({"year", "month", "day", "date"})
_KEPT_AS_IS = frozenset({"crossref", "xref", "xdata", "ids", "entrysubtype"})


def _decode_kind(kind: str, value: str) -> tuple[Any, bool]:
    """A field's LaTeX value → (CSL value, lossy) for the given rule kind."""
    if kind == "verbatim":
        text = value.strip()
        if text.startswith("\\url{") and text.endswith("}"):
            text = text[5:-1]
        return text, False
    if kind == "pages":
        text, lossy = decode(value)
        return text.replace("–", "-").replace("—", "-"), lossy
    if kind == "genre":
        text, lossy = decode(value)
        return table.GENRE_KEYS.get(text.lower(), text), lossy
    if kind == "language":
        text, lossy = decode(value)
        code = table.LANGUAGE_FOR_LANGID.get(text.lower())
        if code is None:
            return text, lossy
        return code, lossy or table.LANGID_FOR_LANGUAGE.get(code.lower()) != text
    return decode(value)


_SUBTITLE_MAIN = {"subtitle": "title", "booksubtitle": "booktitle",
                  "journalsubtitle": "journaltitle"}


def _inherited_variables(fields: list[str], bib_type: str) -> list[str]:
    """Inherited field names → the CSL variables (or unknown field names) they filled."""
    out: list[str] = []
    for name in fields:
        name = _SUBTITLE_MAIN.get(name, name)
        if name in _CLASSIC_DATE_FIELDS:
            variable = "issued"
        elif name in _DATE_FIELDS:
            variable = _DATE_FIELDS[name]
        else:
            rule = table.read_rule(name, bib_type)
            variable = rule.csl if rule is not None and rule.csl else name
        if variable not in out:
            out.append(variable)
    return out


def _read_main_title(entry: Entry, unknown: dict[str, str], raw: dict[str, str]) -> None:
    """A volume of a multi-volume work: biblatex's ``maintitle`` is the work, ``title`` (or, in a
    volume's chapter, ``booktitle``) the volume; CSL calls the volume's own title ``volume-title``.

    Only where the volume's title is there to move: else ``maintitle`` stays a kept field.
    """
    volume_variable = "container-title" if entry.get("type") in _CONTAINED_CSL else "title"
    volume_title = entry.get(volume_variable)
    if not isinstance(volume_title, str) or not volume_title or "volume-title" in entry:
        return
    value = unknown.pop("maintitle")
    main, lossy = decode(value)
    subtitle = unknown.pop("mainsubtitle", None)
    if subtitle is not None:
        main = _join_subtitle(main, decode(subtitle)[0])
        raw["mainsubtitle"] = subtitle
        lossy = True
    if lossy:
        raw["maintitle"] = value
    entry["volume-title"] = volume_title
    entry[volume_variable] = main


#: CSL types whose ``container-title`` is a book (a volume's chapter: ``booktitle`` in biblatex)
_CONTAINED_CSL = frozenset({"chapter", "paper-conference", "entry", "entry-encyclopedia", "entry-dictionary"})


def _join_subtitle(title: str, subtitle: str) -> str:
    if not title:
        return subtitle
    return f"{title} {subtitle}" if title[-1:] in ":?!.;" else f"{title}: {subtitle}"


class _EntryReader:
    """Maps one resolved bibtexparser entry to a CSL item plus diagnostics."""

    def __init__(self, block: BibEntry, path: str) -> None:
        self.block = block
        self.path = path
        self.line = (block.start_line or 0) + 1
        self.diagnostics: list[Diagnostic] = []

    def read(self) -> Entry:
        block = self.block
        bib_type = block.entry_type.lower()
        fields: dict[str, str] = {}
        for field in block.fields:
            fields.setdefault(field.key.lower(), str(field.value))
        csl_type = table.read_type(bib_type, fields)
        entry: Entry = {"id": block.key, "type": csl_type, "citation-key": block.key}
        unknown: dict[str, str] = {}
        raw: dict[str, str] = {}
        others: list[str] = []
        derived = _derived_classic_fields(bib_type, fields)

        for name, value in fields.items():
            if name in _CLASSIC_DATE_FIELDS or name in _DATE_FIELDS or name in derived:
                continue
            if name == "ids":
                entry.setdefault("custom", {})["ids"] = [
                    k.strip() for k in value.split(",") if k.strip()
                ]
                continue
            if name == "entrysubtype" and value.strip().lower() == csl_type:
                continue  # the CSL type itself (see bibtex_fields.read_type)
            if name in _KEPT_AS_IS:
                unknown[name] = value
                continue
            if name in ("subtitle", "booksubtitle", "journalsubtitle"):
                main = _SUBTITLE_MAIN[name]
                if main in fields or (main == "journaltitle" and "journal" in fields):
                    continue  # merged with its main field below
            if name == "howpublished" and table.is_url_of(value, fields.get("url")):
                continue  # the classic-BibTeX spelling of ``url`` (the writer's fallback)
            rule = table.field_rule(name, bib_type)
            if rule is not None and rule.csl and rule.csl not in entry:
                self._read_field(entry, rule, name, value, fields, raw, others)
            elif rule is None and name in _CSL_BY_LOWER and _CSL_BY_LOWER[name] not in entry:
                self._read_csl_named(entry, _CSL_BY_LOWER[name], name, value, raw, others)
            else:
                unknown[name] = value
        self._read_dates(entry, fields, raw, unknown)
        if "addendum" in unknown:
            self._read_addendum(entry, bib_type, unknown, fields, raw, others)
        inherited = block.parser_metadata.get(_META_INHERITED)
        if "maintitle" in unknown and "maintitle" not in (inherited or ()):
            _read_main_title(entry, unknown, raw)
        if entry.get("journalAbbreviation") and "container-title-short" not in entry:
            entry["container-title-short"] = entry["journalAbbreviation"]
        if bib_type in table.IMPLIED_GENRE and "genre" not in entry:
            entry["genre"] = table.IMPLIED_GENRE[bib_type]

        bibtex: dict[str, Any] = {}
        if unknown:
            bibtex["fields"] = unknown
        if raw:
            bibtex["raw"] = raw
        if others:
            bibtex["and-others"] = others
        if inherited:
            bibtex["inherited"] = _inherited_variables(inherited, bib_type)
        if bib_type not in {
            table.write_type(entry, "bibtex")[0], table.write_type(entry, "biblatex")[0]
        }:
            bibtex["type"] = bib_type
        if bibtex:
            entry.setdefault("custom", {})["bibtex"] = bibtex
        self._metadata_diagnostics()
        return entry

    def _read_addendum(
        self, entry: Entry, bib_type: str, unknown: dict[str, str], fields: dict[str, str],
        raw: dict[str, str], others: list[str],
    ) -> None:
        """The "Label: value" segments the writer put in ``addendum`` (see addendum.py), back
        into their variables; the user's own text stays in ``addendum``."""
        csl_type = str(entry["type"])

        def readable(kind: str, name: str) -> bool:
            if kind == "field":
                return name not in fields and not biblatex_allows(bib_type, name)
            rule = table.write_rule(name, csl_type, "biblatex")
            return name not in entry and (rule is None or not biblatex_allows(bib_type, rule.bib))

        rest, segments = addendum.read_segments(unknown["addendum"], readable)
        for kind, name, value in segments:
            if kind == "variable":
                if name not in entry:
                    self._read_csl_named(entry, name, name, value, raw, others)
                continue
            rule = table.field_rule(name, bib_type)
            if rule is not None and rule.csl and rule.csl not in entry:
                self._read_field(entry, rule, name, value, fields, raw, others)
        if rest:
            unknown["addendum"] = rest
        else:
            del unknown["addendum"]

    def _read_csl_named(
        self, entry: Entry, variable: str, name: str, value: str, raw: dict[str, str], others: list[str]
    ) -> None:
        """A field named after a CSL variable (classic output keeps such variables under their own
        name): names and dates are read back as names and dates, the rest as text."""
        if variable in NAME_VARIABLES:
            names, and_others = parse_names(value)
            if names:
                entry[variable] = names
                if and_others:
                    others.append(variable)
                return
        elif variable in DATE_VARIABLES:
            date = parse_date(value)
            if date is not None:
                entry[variable] = date
                return
        text, lossy = decode(value)
        entry[variable] = text
        if lossy:
            raw[name] = value

    def _read_field(
        self, entry: Entry, rule: table.FieldRule, name: str, value: str,
        fields: dict[str, str], raw: dict[str, str], others: list[str],
    ) -> None:
        if rule.kind == "names":
            names, and_others = parse_names(value)
            if names:
                entry[rule.csl] = names
            if and_others:
                others.append(rule.csl)
            return
        if rule.kind == "date":
            return
        csl_value, lossy = _decode_kind(rule.kind, value)
        subtitle_field = table.SUBTITLES.get(name)
        if subtitle_field and subtitle_field in fields:
            subtitle, _ = decode(fields[subtitle_field])
            csl_value = _join_subtitle(str(csl_value), subtitle)
            raw[subtitle_field] = fields[subtitle_field]
            lossy = True
        if csl_value in ("", None):
            raw[name] = value
            return
        entry[rule.csl] = csl_value
        if lossy:
            raw[name] = value

    def _read_dates(
        self, entry: Entry, fields: dict[str, str], raw: dict[str, str], unknown: dict[str, str]
    ) -> None:
        if "date" in fields:
            date = parse_date(fields["date"])
            if date is None:
                date = {"literal": decode(fields["date"])[0]}
                self._info(f"date {fields['date']!r} is not an ISO date; kept as literal text")
            entry["issued"] = date
            for extra in ("year", "month", "day"):
                if extra in fields:
                    unknown[extra] = fields[extra]
        elif "year" in fields:
            date, understood = _year_month_date(fields["year"], fields.get("month"),
                                                fields.get("day"))
            entry["issued"] = date
            if not understood:
                self._info(f"year/month {fields['year']!r}/{fields.get('month')!r} "
                           "kept as literal text")
                for name in ("year", "month", "day"):
                    if name in fields:
                        raw[name] = fields[name]
        elif "month" in fields or "day" in fields:
            for name in ("month", "day"):
                if name in fields:
                    unknown[name] = fields[name]
        for name, variable in _DATE_FIELDS.items():
            if name in fields:
                text = decode(fields[name])[0]
                date = parse_date(fields[name])
                if date is None:
                    date = {"literal": text}
                    self._info(f"{name} {text!r} is not an ISO date; kept as literal text")
                entry[variable] = date

    def _info(self, message: str) -> None:
        self.diagnostics.append(Diagnostic("F037", message, path=self.path, line=self.line,
                                           severity="info"))

    def _metadata_diagnostics(self) -> None:
        meta = self.block.parser_metadata
        for name in meta.get(_META_UNDEFINED, ()):
            self.diagnostics.append(Diagnostic(
                "F034", f"@string macro {name!r} is not defined; kept as text in "
                f"entry {self.block.key!r}", path=self.path, line=self.line))
        if _META_MISSING_PARENT in meta:
            self.diagnostics.append(Diagnostic(
                "F033", f"entry {self.block.key!r} refers to {meta[_META_MISSING_PARENT]!r}, "
                "which is not in this file", path=self.path, line=self.line))


def _failed_diagnostic(block: ParsingFailedBlock, path: str) -> Diagnostic:
    line = (block.start_line or 0) + 1
    if isinstance(block, DuplicateBlockKeyBlock):
        return Diagnostic("F031", f"duplicate key {block.key!r}: this entry is not read "
                          "(the first one with that key is)", path=path, line=line,
                          raw=block.raw)
    if isinstance(block, DuplicateFieldKeyBlock):
        return Diagnostic("F032", f"{block.error}".split(". Note")[0] + "; the first value is used",
                          path=path, line=line, raw=block.raw)
    error = block.error
    message = str(getattr(error, "abort_reason", "") or error or type(error).__name__)
    message = re.sub(r"\s+", " ", message)
    return Diagnostic("F030", f"malformed entry: {message.strip()}", path=path, line=line,
                      severity="error", raw=block.raw)


def read(text: str, path: str = "-", **options: Any) -> ReadResult:
    """Read BibTeX or biblatex text into CSL entries (both dialects are understood).

    Never raises on bad input: a malformed entry becomes an ``F030`` diagnostic
    holding its text, and the entries around it are still read.
    """
    result = ReadResult()
    logging.getLogger("bibtexparser").setLevel(logging.ERROR)  # we report, it need not log
    try:
        library = Splitter(text).split()
        library = ResolveValuesMiddleware().transform(library)
        library = ResolveCrossrefMiddleware().transform(library)
    except Exception as exc:  # the splitter's own bugs must not cost the user the file
        result.diagnostics.append(Diagnostic(
            "F030", f"could not split the file into entries: {exc}", path=path, line=1,
            severity="error", raw=text))
        return result
    hidden: dict[str, dict[str, str]] = {}
    for block in library.blocks:
        if isinstance(block, BibEntry):
            if block.entry_type.lower() == "xdata":
                result.diagnostics.append(Diagnostic(
                    "F035", f"@xdata {block.key!r} folded into the entries that use it",
                    path=path, line=(block.start_line or 0) + 1, severity="info"))
                continue
            _read_entry(block, path, result)
        elif isinstance(block, DuplicateFieldKeyBlock):
            result.diagnostics.append(_failed_diagnostic(block, path))
            inner = block.ignore_error_block
            if isinstance(inner, BibEntry):
                _read_entry(inner, path, result)
        elif isinstance(block, ParsingFailedBlock):
            result.diagnostics.append(_failed_diagnostic(block, path))
        elif isinstance(block, ExplicitComment) and block.comment.startswith(_HIDDEN_PREFIX):
            hidden.update(_read_hidden(block.comment))
        elif isinstance(block, Preamble):
            result.diagnostics.append(Diagnostic(
                "F036", "@preamble kept for the writer", path=path,
                line=(block.start_line or 0) + 1, severity="info", raw=block.raw))
    if hidden:
        for entry in result.entries:
            extra = hidden.get(entry["id"])
            if extra:
                fields = entry.setdefault("custom", {}).setdefault("bibtex", {}).setdefault(
                    "fields", {})
                for name, value in extra.items():
                    fields.setdefault(name, value)
    return result


#: The writer keeps fields biblatex's data model does not allow in such a comment.
_HIDDEN_PREFIX = "citekit-fields:"


def _read_hidden(comment: str) -> dict[str, dict[str, str]]:
    """``citekit-fields: key: f = {v}, …`` → {key: {field: value}}."""
    body = comment[len(_HIDDEN_PREFIX):].strip()
    key, _, fields_text = body.partition(":")
    try:
        library = Splitter(f"@misc{{{key.strip()},{fields_text}}}").split()
    except Exception:
        return {}
    out: dict[str, dict[str, str]] = {}
    for entry in library.entries:
        out[entry.key] = {f.key.lower(): evaluate(str(f.value), {})[0] for f in entry.fields}
    return out


def _read_entry(block: BibEntry, path: str, result: ReadResult) -> None:
    reader = _EntryReader(block, path)
    try:
        entry = reader.read()
    except Exception as exc:  # a mapping bug must not lose the entry: keep it raw
        result.diagnostics.append(Diagnostic(
            "F030", f"entry {block.key!r} could not be converted: {exc}", path=path,
            line=reader.line, severity="error", raw=block.raw))
        return
    result.entries.append(entry)
    result.positions.setdefault(block.key, reader.line)
    result.diagnostics.extend(reader.diagnostics)


# --- writing ----------------------------------------------------------------------

_KEY_BAD_RE = lazy_compile(r"[\s,{}()\"#%'=\\~]")
_NUMBER_RANGE_RE = lazy_compile(r"(?<=[0-9A-Za-z])\s*[-–—]+\s*(?=[0-9A-Za-z])")
#: Field order in the output: creators, titles, publication, numbers, dates, the rest.
_ORDER = ["author", "editor", "translator", "bookauthor", "maintitle", "mainsubtitle", "title", "subtitle",
          "shorttitle", "booktitle", "booksubtitle", "journaltitle", "journal", "journalsubtitle",
          *(r.bib for r in table.FIELD_RULES), "day", "entrysubtype", "ids", "crossref"]
_ORDER_INDEX = {name: i for i, name in enumerate(dict.fromkeys(_ORDER))}

#: the fields the classic styles (plain, abbrv, alpha, unsrt) sort an entry type by, before ``key``
_SORT_NAMES: dict[str, tuple[str, ...]] = {
    "book": ("author", "editor"), "inbook": ("author", "editor"),
    "proceedings": ("editor", "organization"), "manual": ("author", "organization"),
}
#: what stands in for a missing name in the sort: the first of these fields the entry has
_SORT_STAND_INS = ("title", "booktitle", "journal", "archive", "howpublished", "note")
#: archival fields, which the classic styles do not print: joined into ``note`` for them
_ARCHIVE_FIELDS = ("archive", "archive_collection", "archive_location")


def classic_style_fields(bib_type: str, fields: dict[str, str]) -> dict[str, str]:
    """Fields the classic BibTeX styles need that the entry's own fields only imply.

    Those styles print none of the archival fields, so a manuscript would come out as a bare
    title (or nothing): the archive and its shelf-mark go into ``note`` when the entry has none;
    so does a ``@misc`` case's report when it has no title ("BGH, BGHZ 74, 103").
    And an entry with no author (or, by its type, editor) is sorted by ``key``, which plain
    warns about when missing ("to sort, need author or key"): it gets the title, or what stands
    in for one.  Both are derived, so the reader drops them again when they still say only that
    (:func:`_derived_classic_fields`); a ``key`` or ``note`` of the user's own is never replaced.
    """
    added: dict[str, str] = {}
    if "note" not in fields:
        archive = ", ".join(fields[name] for name in _ARCHIVE_FIELDS if fields.get(name))
        if archive:
            added["note"] = archive
        elif bib_type == "misc" and not fields.get("title") and (fields.get("booktitle") or fields.get("journal")):
            # a case cited by its report alone ("BGHZ 74, 103"): plain prints none of a misc's
            # container, volume and pages, and warns "all relevant fields are empty"
            report = " ".join(filter(None, (fields.get("booktitle") or fields.get("journal"),
                                            fields.get("volume") or fields.get("year"))))  # ("NJW 1990, 2599")
            report += f", {fields['pages']}" if fields.get("pages") else ""
            added["note"] = ", ".join(filter(None, (fields.get("authority"), report)))
    if "key" not in fields and not any(fields.get(name) for name in _SORT_NAMES.get(bib_type, ("author",))):
        merged = {**fields, **added}
        stand_in = next((merged[name] for name in _SORT_STAND_INS if merged.get(name)), None)
        if stand_in:
            added["key"] = stand_in
    return added


def _derived_classic_fields(bib_type: str, fields: dict[str, str]) -> frozenset[str]:
    """The fields of a read entry that :func:`classic_style_fields` would derive from the rest
    just as they are: citekit wrote them for the classic styles, and they carry nothing else."""
    if ("note" not in fields and "key" not in fields) or "crossref" in fields:
        return frozenset()  # (the writer derives nothing for an entry that inherits from a crossref)
    derived: set[str] = set()
    rest = dict(fields)
    if "key" in rest:
        key = rest.pop("key")
        if classic_style_fields(bib_type, rest).get("key") == key:
            derived.add("key")
    if "note" in rest:
        note = rest.pop("note")
        if classic_style_fields(bib_type, {k: v for k, v in rest.items() if k != "key"}).get("note") == note:
            derived.add("note")
    return frozenset(derived)


def _csl_value_equal(kind: str, raw_value: str, current: Any) -> bool:
    """Does ``raw_value`` (kept from the source) still say what ``current`` says?"""
    value, _ = _decode_kind(kind, raw_value)
    return bool(value == current)


class _EntryWriter:
    def __init__(self, entry: Entry, dialect: str, key: str) -> None:
        self.entry = entry
        self.dialect = dialect
        self.key = key
        self.ascii = dialect == "bibtex"
        custom_value = entry.get("custom")
        custom: dict[str, Any] = custom_value if isinstance(custom_value, dict) else {}
        bibtex_value = custom.get("bibtex")
        bibtex: dict[str, Any] = bibtex_value if isinstance(bibtex_value, dict) else {}
        self.custom = custom
        self.unknown: dict[str, str] = dict(bibtex.get("fields") or {})
        self.raw: dict[str, str] = dict(bibtex.get("raw") or {})
        self.others: set[str] = set(bibtex.get("and-others") or ())
        self.inherited: set[str] = (
            set(bibtex.get("inherited") or ()) if "crossref" in self.unknown else set()
        )
        self.source_type = str(bibtex.get("type") or "")
        self.fields: dict[str, str] = {}
        self.addendum: list[str] = []
        self.hidden: dict[str, str] = {}

    def entry_type(self) -> tuple[str, str | None]:
        chosen, subtype = table.write_type(self.entry, self.dialect)
        source = self.source_type
        if source and table.READ_TYPES.get(source, "document") == self.entry.get("type"):
            valid = (source in table.BIBTEX_TYPES if self.dialect == "bibtex"
                     else source in _BIBLATEX_WRITABLE)
            if valid:
                return source, subtype
        return chosen, subtype

    def _title_translation(self) -> None:
        """The title's translation (``custom.title-translation``, no CSL variable): biblatex's
        ``titleaddon`` in brackets, after the title in classic BibTeX, which has no such field."""
        translation = self.custom.get("title-translation")
        if not isinstance(translation, str) or not translation.strip() or "title" not in self.fields:
            return
        text = "[" + encode(translation.strip(), ascii_accents=self.ascii) + "]"
        if self.dialect == "bibtex":
            self.fields["title"] = f"{self.fields['title']} {text}"
        else:
            self.put("titleaddon", text)

    def put(self, name: str, value: str) -> bool:
        """Set a field unless it is already set (False) or left to the crossref parent."""
        if not value:
            return True
        if name in self.fields:
            return False
        self.fields[name] = value
        return True

    def build(self) -> BibEntry:
        entry = self.entry
        bib_type, subtype = self.entry_type()
        csl_type = str(entry.get("type") or "document")
        self.bib_type = bib_type
        written = self._write_main_title(bib_type, csl_type)
        for variable, value in entry.items():
            if variable in ("id", "type", "custom", "citation-key", "container-title-short",
                            "categories") or value in (None, "", []) or variable in written:
                continue
            if variable == "journalAbbreviation" or variable in _DATE_VARIABLE_FIELDS \
                    or variable in self.inherited:
                continue
            rule = table.write_rule(variable, csl_type, self.dialect)
            if rule is None:
                self._fallback(variable, value)
                continue
            self._write_rule(rule, variable, value)
        self._title_translation()
        abbreviation = entry.get("journalAbbreviation") or entry.get("container-title-short")
        if abbreviation and "journalAbbreviation" not in self.inherited:
            rule = table.write_rule("journalAbbreviation", csl_type, self.dialect)
            if rule is not None:
                self._write_rule(rule, "journalAbbreviation", abbreviation)
            else:
                self._fallback("journalAbbreviation", abbreviation)
        self._write_dates()
        self._write_genre(bib_type)
        if subtype and "entrysubtype" not in self.unknown:
            self.put("entrysubtype", subtype)
        if self.dialect == "bibtex" and bib_type == "misc" and entry.get("URL") \
                and "howpublished" not in self.fields:
            self.put("howpublished", "\\url{" + str(entry["URL"]) + "}")
        if not subtype and "entrysubtype" not in self.unknown and csl_type in ITEM_TYPES \
                and table.read_type(bib_type, self.fields) != csl_type:
            self.put("entrysubtype", table.subtype_for(csl_type))  # read back as this type
        ids = self.custom.get("ids")
        if isinstance(ids, list) and ids:
            self.put("ids", ",".join(str(i) for i in ids))
        for name, value in self.unknown.items():
            if name not in self.fields and name not in self.inherited:
                self.put(name, value)
        if self.dialect == "bibtex" and not self.inherited:
            for name, value in classic_style_fields(bib_type, self.fields).items():
                self.put(name, value)
        if self.dialect == "biblatex":
            self._fit_biblatex_model(bib_type)
        elif self.addendum:
            self.fields["note"] = ". ".join(filter(None, (self.fields.get("note"), *self.addendum)))
        ordered = sorted(self.fields, key=lambda n: _ORDER_INDEX.get(n, len(_ORDER_INDEX)))
        bib_fields = []
        for name in ordered:
            field = Field(name, self.fields[name])
            if name == "month" and self.fields[name] in _MONTH_ABBR:
                field.enclosing = "no-enclosing"
            bib_fields.append(field)
        return BibEntry(bib_type, self.key, bib_fields)

    def _write_main_title(self, bib_type: str, csl_type: str) -> tuple[str, ...]:
        """A volume of a multi-volume work in biblatex: the work's title in ``maintitle``, the
        volume's (CSL ``volume-title``) in ``title``, or in ``booktitle`` for a chapter of the
        volume.  Classic BibTeX has no such field (``volume-title`` is kept under its own name).
        Returns the variables written."""
        entry = self.entry
        volume_title = entry.get("volume-title")
        if self.dialect != "biblatex" or not isinstance(volume_title, str) or not volume_title:
            return ()
        if "maintitle" in self.unknown or not biblatex_allows(bib_type, "maintitle"):
            return ()
        contained = csl_type in _CONTAINED_CSL
        work_variable, volume_field = ("container-title", "booktitle") if contained else ("title", "title")
        work = entry.get(work_variable)
        if not isinstance(work, str) or not work or work_variable in self.inherited \
                or not biblatex_allows(bib_type, volume_field):
            return ()
        self.put("maintitle", self._raw_or_encoded("maintitle", work))
        self.put(volume_field, self._raw_or_encoded(volume_field, volume_title))
        return (work_variable, "volume-title")

    def _raw_or_encoded(self, name: str, value: str) -> str:
        """The field as the source .bib spelled it when that still says ``value``, else encoded."""
        raw = self.raw.get(name)
        if raw is not None and decode(raw)[0] == value:
            return raw
        return self._encode("title", name, value)

    def _write_rule(self, rule: table.FieldRule, variable: str, value: Any) -> None:
        name = rule.bib
        if name == "type":
            return  # written by _write_genre (depends on the entry type)
        raw = self.raw.get(name)
        subtitle_field = table.SUBTITLES.get(name)
        if raw is not None and subtitle_field and subtitle_field in self.raw:
            merged = _join_subtitle(decode(raw)[0], decode(self.raw[subtitle_field])[0])
            if merged == value:
                self.put(name, raw)
                self.put(subtitle_field, self.raw[subtitle_field])
                return
        elif raw is not None and _csl_value_equal(rule.kind, raw, value):
            self.put(name, raw)
            return
        if not self.put(name, self._encode(rule.kind, variable, value)):
            self._fallback(variable, value)

    def _encode(self, kind: str, variable: str, value: Any) -> str:
        if kind == "names":
            if not isinstance(value, list):
                return ""
            return format_names(value, others=variable in self.others, ascii_accents=self.ascii)
        text = str(value)
        if kind == "verbatim":
            return text
        if kind == "pages":
            return _NUMBER_RANGE_RE.sub("--", encode(text, ascii_accents=self.ascii))
        if kind == "language" and (self.dialect == "biblatex" or variable == "language"):
            return table.LANGID_FOR_LANGUAGE.get(text.lower(), encode(text))
        return encode(text, ascii_accents=self.ascii, protect_case=kind == "title")

    def _fallback(self, variable: str, value: Any) -> None:
        """A CSL variable with no field in this dialect."""
        if isinstance(value, dict):
            text = format_date(value) or str(value.get("literal") or value.get("raw") or "")
        elif isinstance(value, list):
            if value and isinstance(value[0], dict):
                if self.dialect == "bibtex":
                    self.put(_BIBLATEX_NAME.get(variable, variable.lower()),
                             format_names(value, ascii_accents=self.ascii))
                    return
                self.addendum.append(addendum.segment(addendum.label_of(variable), addendum.display_names(value)))
                return
            else:
                text = ", ".join(str(v) for v in value)
        else:
            text = str(value)
        if not text:
            return
        if self.dialect == "bibtex":
            # classic styles ignore fields they do not know: keep it under the CSL
            # name (the reader maps such fields back to their variable)
            for name in dict.fromkeys((_BIBLATEX_NAME.get(variable, variable.lower()), variable.lower())):
                if _read_back_as(name, self.bib_type) != variable:
                    continue  # ("number" of a book is its series number, not an issue)
                raw = self.raw.get(name)
                if self.put(name, raw if raw is not None and decode(raw)[0] == text
                            else encode(text, ascii_accents=True)):
                    return
            # no field reads back as this variable (an article's number beside its issue):
            # printed after the note
            self.addendum.append(addendum.segment(addendum.label_of(variable), encode(text, ascii_accents=True)))
            return
        self.addendum.append(addendum.segment(addendum.label_of(variable), encode(text)))

    def _write_dates(self) -> None:
        entry = self.entry
        issued = entry.get("issued")
        if isinstance(issued, dict) and "issued" not in self.inherited:
            self._write_issued(issued)
        for name, variable in _DATE_FIELDS.items():
            value = entry.get(variable)
            if isinstance(value, dict) and variable not in self.inherited:
                text = format_date(value)
                if text is not None:
                    self.put(name, text)
                elif value.get("literal") or value.get("raw"):
                    self._fallback(variable, value)

    def _write_issued(self, issued: dict[str, Any]) -> None:
        if all(k in self.raw for k in ("year",)) and (
            _year_month_date(self.raw["year"], self.raw.get("month"), self.raw.get("day"))[0]
            == issued
        ):
            for name in ("year", "month", "day"):
                if name in self.raw:
                    self.put(name, self.raw[name])
            return
        text = format_date(issued)
        if self.dialect == "biblatex":
            if text is not None:
                self.put("date", text)
                if issued.get("season"):
                    self.addendum.append(encode(str(issued["season"])))
                return
        elif text is not None and not issued.get("circa"):
            parts = issued["date-parts"][0]
            rest = issued["date-parts"][1:]
            end = rest[0][0] if rest and rest[0] and rest[0][0] not in (0, "0") else None
            self.put("year", f"{parts[0]}--{end}" if end is not None else str(parts[0]))
            if len(parts) > 1 and str(parts[1]).isdigit() and 1 <= int(parts[1]) <= 12:
                self.put("month", _MONTH_ABBR[int(parts[1]) - 1])
                if len(parts) > 2:
                    self.put("day", str(parts[2]))
            elif issued.get("season"):
                self.put("month", encode(str(issued["season"]), ascii_accents=True))
            return
        literal = issued.get("literal") or issued.get("raw")
        if literal:
            self.put("year", encode(str(literal), ascii_accents=self.ascii))
        elif text is not None:
            # a range or circa date in classic BibTeX: year keeps the text
            parts = issued["date-parts"]
            years = "--".join(str(p[0]) for p in parts if p and p[0] not in (0, "0"))
            self.put("year", ("ca. " if issued.get("circa") else "") + years)

    def _write_genre(self, bib_type: str) -> None:
        genre = self.entry.get("genre")
        if not genre:
            return
        raw = self.raw.get("type")
        if raw is not None and _csl_value_equal("genre", raw, genre):
            self.put("type", raw)
            return
        if self.dialect == "bibtex" and table.IMPLIED_GENRE.get(bib_type) == genre:
            return
        key = table.KEY_FOR_GENRE.get(str(genre).lower())
        if self.dialect == "biblatex" and key is not None:
            self.put("type", key)
        else:
            self.put("type", encode(str(genre), ascii_accents=self.ascii))

    def _fit_biblatex_model(self, bib_type: str) -> None:
        """Move fields outside the type's data model where they are valid."""
        for name in list(self.fields):
            if biblatex_allows(bib_type, name):
                continue
            value = self.fields.pop(name)
            if name in self.unknown:
                self.hidden[name] = value
            else:
                self.addendum.append(addendum.segment(addendum.label_of(name), value))
        if self.addendum:
            target = next((f for f in ("addendum", "note") if biblatex_allows(bib_type, f)), None)
            if target is None:
                self.hidden["addendum"] = ". ".join(self.addendum)
            else:
                existing = self.fields.get(target)
                self.fields[target] = ". ".join(([existing] if existing else []) + self.addendum)


def _read_back_as(name: str, bib_type: str) -> str | None:
    """The CSL variable the reader makes of field ``name`` in a ``bib_type`` entry."""
    rule = table.field_rule(name, bib_type)
    if rule is not None:
        return rule.csl or None
    return _CSL_BY_LOWER.get(name)


_DATE_VARIABLE_FIELDS = frozenset({"issued", *_DATE_FIELDS.values()})
#: The biblatex field of a CSL variable: its name in classic BibTeX output too
#: (classic styles ignore it, Zotero and citekit read it).
_BIBLATEX_NAME: dict[str, str] = {}
for _rule in table.FIELD_RULES:
    if "biblatex" in _rule.dialects and _rule.write and _rule.csl:
        _BIBLATEX_NAME.setdefault(_rule.csl, _rule.bib)
_BIBLATEX_WRITABLE = frozenset(TYPE_FIELDS)


def _safe_key(entry: Entry, taken: set[str]) -> str:
    key = str(entry.get("citation-key") or entry.get("id") or "")
    if not key or _KEY_BAD_RE.search(key) or key in taken:
        return make_key(entry, taken)
    taken.add(key)
    return key


def _comment(diag: Diagnostic) -> str:
    """A block that could not be read, kept as a comment BibTeX and biber skip."""
    if diag.code == "F036" and diag.raw:
        return diag.raw.strip() + "\n"
    raw = (diag.raw or "").replace("@", "＠")
    lines = [f"% citekit: could not read this block ({diag.format()});",
             "% its text follows unchanged except that @ is written as ＠:"]
    lines.extend("% " + line for line in raw.splitlines())
    return "\n".join(lines) + "\n"


def write(
    entries: list[Entry], *, failed: Sequence[Diagnostic] = (), dialect: str = "bibtex",
    **options: Any,
) -> str:
    """CSL entries → BibTeX (``dialect="bibtex"``) or biblatex text.

    ``failed`` diagnostics with ``raw`` text (entries that could not be read)
    are kept as comments after the entries; an ``@preamble`` is put back as is.
    """
    from bibtexparser import write_string
    from bibtexparser.middlewares.enclosing import AddEnclosingMiddleware
    from bibtexparser.writer import BibtexFormat

    taken: set[str] = set()
    blocks: list[Block] = []
    hidden_comments: list[str] = []
    preambles = [d for d in failed if d.code == "F036" and d.raw]
    for entry in entries:
        writer = _EntryWriter(entry, dialect, _safe_key(entry, taken))
        blocks.append(writer.build())
        if writer.hidden:
            body = ", ".join(f"{k} = {{{v}}}" for k, v in writer.hidden.items())
            hidden_comments.append(f"@comment{{{_HIDDEN_PREFIX} {writer.key}: {body}}}\n")
    library = Library(blocks)
    fmt = BibtexFormat()
    fmt.indent = "  "
    fmt.block_separator = "\n"
    stack = [AddEnclosingMiddleware(reuse_previous_enclosing=False, enclose_integers=True,
                                    default_enclosing="{", allow_inplace_modification=True)]
    text = write_string(library, unparse_stack=stack, bibtex_format=fmt) if blocks else ""
    head = "".join(_comment(d) + "\n" for d in preambles)
    tail = "".join("\n" + c for c in hidden_comments)
    tail += "".join("\n" + _comment(d) for d in failed if d.raw and d.code != "F036")
    return head + text + tail
