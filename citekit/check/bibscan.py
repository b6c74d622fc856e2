"""A fast, forgiving scan of BibTeX text that keeps every position.

The checker needs what a full reader throws away: the exact line and column of
an unescaped ``&``, of a field, of a second entry with the same key, and the
raw text of an entry it cannot read.  This scanner does only that, in one
pass, and is several times faster than a full parse (which the checker runs
only for rules that need CSL entries, behind the cache).

Grammar (what BibTeX and biber accept): outside ``@type{...}`` everything is a
comment; ``@comment``/``@preamble`` are skipped; ``@string{name = value}``
defines a macro; an entry is ``@type{key, name = value, ...}`` (or with round
brackets) where a value is pieces joined by ``#``: ``{balanced}``, ``"quoted"``,
a number or a macro name.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_right
from collections.abc import Mapping
from dataclasses import dataclass, field

from citekit.lazy_regex import lazy_compile

#: Month macros every BibTeX style defines.
BUILTIN_MACROS: frozenset[str] = frozenset(
    "jan feb mar apr may jun jul aug sep oct nov dec".split()
)


@dataclass
class Piece:
    """One part of a field value: ``{...}``/``"..."`` text or a bare macro/number."""

    kind: str  # "brace", "quote" or "bare"
    text: str  # without its delimiters
    offset: int  # offset in the file of ``text``'s first character


@dataclass
class RawField:
    name: str  # lower-cased
    pieces: list[Piece]
    offset: int  # where the field name starts
    end: int  # offset just after the value

    @property
    def value(self) -> str:
        """The value with delimiters removed and pieces joined (macros left as names)."""
        return "".join(p.text for p in self.pieces)


@dataclass
class RawEntry:
    type: str  # lower-cased
    key: str
    offset: int  # the ``@``
    end: int  # just after the closing delimiter
    key_offset: int
    parsed_fields: list[RawField] | None = None
    #: (text, offset of the fields, closing delimiter): an entry reused from an earlier scan
    #: reads its fields only when asked (most callers need only its key and place)
    source: tuple[str, int, str] | None = field(default=None, repr=False)

    @property
    def fields(self) -> list[RawField]:
        if self.parsed_fields is None:
            if self.source is None:
                self.parsed_fields = []
            else:
                text, at, close = self.source
                self.parsed_fields = _fields(text, at, close)[0]
        return self.parsed_fields

    def get(self, name: str) -> RawField | None:
        for f in self.fields:
            if f.name == name:
                return f
        return None


@dataclass
class ScanError:
    """An entry the scanner could not read: where, why, and its raw text."""

    offset: int
    message: str
    raw: str


#: what a scan remembers of an entry that fills its chunk (the text from an ``@`` starting a
#: line to the next such ``@``): type, key, and the offsets from the ``@`` of the key, the
#: fields (-1: none) and the end, and the closing delimiter
ChunkEntry = tuple[str, str, int, int, int, str]


@dataclass
class BibScan:
    text: str
    entries: list[RawEntry] = field(default_factory=list)
    #: chunk digest -> the entry read from it, for the next scan of an edited file
    chunks: dict[str, ChunkEntry] = field(default_factory=dict)
    strings: dict[str, RawField] = field(default_factory=dict)
    #: (start, end) offsets of each ``@string`` definition
    string_spans: list[tuple[int, int]] = field(default_factory=list)
    errors: list[ScanError] = field(default_factory=list)
    _line_starts: list[int] = field(default_factory=list, repr=False)

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of ``offset``."""
        if not self._line_starts:
            self._line_starts = line_starts(self.text)
        line = bisect_right(self._line_starts, offset)
        return line, offset - self._line_starts[line - 1] + 1


def line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in re.finditer("\n", text))
    return starts


_TYPE_RE = lazy_compile(r"@\s*([A-Za-z][\w-]*)\s*([{(])")
_KEY_RE = lazy_compile(r"\s*([^\s,{}()=\"#%'~\\]*)\s*")
#: BibTeX identifiers: anything but ASCII white space and "#%'(),={} (not starting with a digit)
_IDENT = r"[^\d \t\r\n\"#%'(),={}][^ \t\r\n\"#%'(),={}]*"
_NAME_RE = lazy_compile(rf"\s*({_IDENT})\s*")
_BARE_RE = lazy_compile(r"[^\s,{}()#\"=]+")
_WS_RE = lazy_compile(r"\s*")
_NEXT_ENTRY_RE = lazy_compile(r"^[ \t]*@", re.M)
_SIMPLE_FIELD_RE = lazy_compile(
    rf"({_IDENT})[ \t]*=[ \t]*"
    r"(?:\{([^{}\\@\"]*)\}|\"([^{}\\@\"]*)\"|([^\s,{}()#\"=]+))\s*([,})])"
)
_BRACE_TOKEN_RE = lazy_compile(r"\\.|[{}]|\n[ \t]*@", re.S)
_QUOTE_TOKEN_RE = lazy_compile(r'\\.|[{}"]|\n[ \t]*@', re.S)


class _Stop(Exception):
    def __init__(self, offset: int, message: str) -> None:
        super().__init__(message)
        self.offset = offset
        self.message = message


def scan(text: str, known: Mapping[str, ChunkEntry] | None = None) -> BibScan:
    """Scan ``text``; never raises.  Unreadable entries become :class:`ScanError`.

    ``known`` (the ``chunks`` of an earlier scan of this file) lets an entry whose chunk is
    unchanged be taken as it was read then, its fields read only when asked: reading an
    entry depends on nothing outside its chunk, so the result is the same.
    """
    result = BibScan(text)
    pos = 0
    n = len(text)
    # offsets of the "@" that start a line, and where each one's chunk ends
    starts = [m.end() - 1 for m in _NEXT_ENTRY_RE.finditer(text)]
    chunk_end = dict(zip(starts, [*starts[1:], n], strict=False))  # (no start: no chunk)
    while True:
        at = text.find("@", pos)
        if at < 0 or at >= n:
            break
        end_of_chunk = chunk_end.get(at)
        chunk_key = ""
        if end_of_chunk is not None:
            chunk_key = hashlib.sha1(text[at:end_of_chunk].encode("utf-8")).hexdigest()
            seen = known.get(chunk_key) if known else None
            if seen is not None:
                kind, key, key_at, fields_at, end_at, close = seen
                result.entries.append(RawEntry(
                    kind, key, at, at + end_at, at + key_at,
                    [] if fields_at < 0 else None, (text, at + fields_at, close),
                ))
                result.chunks[chunk_key] = seen
                pos = at + end_at
                continue
        head = _TYPE_RE.match(text, at)
        if head is None:
            # "@" in free text between entries is a comment (e.g. an e-mail address),
            # unless it starts a line: then it is meant as an entry.
            if _starts_line(text, at):
                nxt = _next_entry(text, at + 1)
                result.errors.append(ScanError(
                    at, "cannot read the entry header ('@type{key,' expected)",
                    text[at:nxt].rstrip(),
                ))
                pos = nxt
            else:
                pos = at + 1
            continue
        kind = head.group(1).lower()
        close = "}" if head.group(2) == "{" else ")"
        body = head.end()
        try:
            if kind == "comment":
                pos = _skip_balanced(text, body - 1, close)
                continue
            if kind == "preamble":
                pos = _skip_balanced(text, body - 1, close)
                continue
            if kind == "string":
                fields, end = _fields(text, body, close)
                for f in fields:
                    result.strings[f.name] = f
                result.string_spans.append((at, end))
                pos = end
                continue
            key_match = _KEY_RE.match(text, body)
            assert key_match is not None  # the pattern matches the empty string
            key = key_match.group(1)
            after = key_match.end()
            if not key:
                raise _Stop(body, "entry has no key")
            if after < n and text[after] == ",":
                fields, end = _fields(text, after + 1, close)
                fields_at = after + 1 - at
            elif after < n and text[after] == close:
                fields, end, fields_at = [], after + 1, -1
            else:
                raise _Stop(after, f"expected ',' after the key {key!r}")
            result.entries.append(RawEntry(kind, key, at, end, key_match.start(1), fields))
            if end_of_chunk is not None and end <= end_of_chunk and "@" not in text[end:end_of_chunk]:
                result.chunks[chunk_key] = (kind, key, key_match.start(1) - at, fields_at, end - at, close)
            pos = end
        except _Stop as stop:
            nxt = _next_entry(text, at + 1)
            result.errors.append(ScanError(stop.offset, stop.message, text[at:nxt].rstrip()))
            pos = nxt
    return result


def _starts_line(text: str, offset: int) -> bool:
    start = text.rfind("\n", 0, offset) + 1
    return not text[start:offset].strip()


def _next_entry(text: str, offset: int) -> int:
    match = _NEXT_ENTRY_RE.search(text, offset)
    return match.start() if match else len(text)


def _skip_balanced(text: str, open_at: int, close: str) -> int:
    """Offset after the delimiter closing the one at ``open_at`` (``@comment``, ``@preamble``:
    entries commented out inside them are text, not the start of a new entry)."""
    if close == ")":
        end = text.find(")", open_at)
        if end < 0:
            raise _Stop(open_at, "unbalanced '(': the entry never closes")
        return end + 1
    return _match_brace(text, open_at, stop_at_entry=False) + 1


def _match_brace(text: str, open_at: int, stop_at_entry: bool = True) -> int:
    """Offset of the ``}`` closing the ``{`` at ``open_at``.

    An ``@`` at the start of a line inside braces means a brace was left open:
    stop there so one missing ``}`` costs one entry, not the rest of the file.
    """
    close = text.find("}", open_at + 1)
    if close > 0:  # fast path: most values hold no nested brace, escape or "@"
        inner = text[open_at + 1:close]
        if "{" not in inner and "\\" not in inner and ("@" not in inner or not stop_at_entry):
            return close
    depth = 0
    for match in _BRACE_TOKEN_RE.finditer(text, open_at):
        token = match.group()
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
            if depth == 0:
                return match.start()
        elif token[0] == "\n" and stop_at_entry:
            break
    raise _Stop(open_at, "unbalanced '{': a brace is never closed")


def _fields(text: str, pos: int, close: str) -> tuple[list[RawField], int]:
    fields: list[RawField] = []
    n = len(text)
    while True:
        pos = _WS_RE.match(text, pos).end()  # type: ignore[union-attr]
        if pos >= n:
            raise _Stop(pos, f"the entry never closes (missing '{close}')")
        if text[pos] == close:
            return fields, pos + 1
        if text[pos] == ",":
            pos += 1
            continue
        simple = _SIMPLE_FIELD_RE.match(text, pos)
        if simple is not None and simple.group(5) in ("," + close):
            # fast path: "name = {flat text}" (most fields): one regular expression
            if simple.group(2) is not None:
                piece = Piece("brace", simple.group(2), simple.start(2))
            elif simple.group(3) is not None:
                piece = Piece("quote", simple.group(3), simple.start(3))
            else:
                piece = Piece("bare", simple.group(4), simple.start(4))
            fields.append(RawField(simple.group(1).lower(), [piece], simple.start(1), simple.start(5)))
            pos = simple.start(5)
            continue
        name = _NAME_RE.match(text, pos)
        if name is None or not name.group(1):
            raise _Stop(pos, f"expected a field name, found {text[pos:pos + 12]!r}")
        after = name.end()
        if after >= n or text[after] != "=":
            raise _Stop(after, f"expected '=' after the field name {name.group(1)!r}")
        pieces, pos = _value(text, after + 1, close)
        fields.append(RawField(name.group(1).lower(), pieces, name.start(1), pos))


def _value(text: str, pos: int, close: str) -> tuple[list[Piece], int]:
    pieces: list[Piece] = []
    n = len(text)
    while True:
        pos = _WS_RE.match(text, pos).end()  # type: ignore[union-attr]
        if pos >= n:
            raise _Stop(pos, "the value never ends")
        ch = text[pos]
        if ch == "{":
            end = _match_brace(text, pos)
            pieces.append(Piece("brace", text[pos + 1:end], pos + 1))
            pos = end + 1
        elif ch == '"':
            end = _quote_end(text, pos)
            pieces.append(Piece("quote", text[pos + 1:end], pos + 1))
            pos = end + 1
        else:
            bare = _BARE_RE.match(text, pos)
            if bare is None:
                raise _Stop(pos, f"expected a value, found {text[pos:pos + 12]!r}")
            pieces.append(Piece("bare", bare.group(), pos))
            pos = bare.end()
        pos = _WS_RE.match(text, pos).end()  # type: ignore[union-attr]
        if pos < n and text[pos] == "#":
            pos += 1
            continue
        if pos < n and text[pos] in ("," + close):
            return pieces, pos
        raise _Stop(pos, f"expected ',' or '{close}' after a value, found {text[pos:pos + 12]!r}")


def _quote_end(text: str, open_at: int) -> int:
    depth = 0
    for match in _QUOTE_TOKEN_RE.finditer(text, open_at + 1):
        token = match.group()
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        elif token == '"' and depth == 0:
            return match.start()
        elif token[0] == "\n":
            break
    raise _Stop(open_at, "unbalanced '\"': a quoted value never closes")
