"""Where a LaTeX or pandoc-Markdown manuscript cites, and what its footnotes say.

The checker needs exact positions of every cited key (``\\cite`` family,
``[@key]``), the text and position of every footnote, text that follows a
``\\footcite`` on the same line, and the bibliographies the manuscript names.
A regular-expression scan over the text with comments (and Markdown code)
blanked out keeps every offset valid and reads 600 kB of LaTeX in a few tens
of milliseconds.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

from citekit.brackets import closing_bracket
from citekit.check.bibscan import line_starts
from citekit.check.ignores import IgnoreMap, ignore_map
from citekit.lazy_regex import lazy_compile


@dataclass
class KeyUse:
    key: str
    line: int
    col: int
    command: str  # "footcite", "parencite", ... "[@" / "@" for pandoc (in brackets or not)


@dataclass
class Footnote:
    """A footnote's text (comments blanked) with its place in the file."""

    text: str
    offset: int  # of the text's first character
    line: int
    col: int
    has_citation: bool
    #: where ``\\footnote`` (or ``[^n]:``) starts, and just after the note's end
    start: int = 0
    end: int = 0


@dataclass
class StrayText:
    """Text right after a ``\\footcite`` that belongs in its postnote."""

    command: str
    keys: list[str]
    text: str
    line: int
    col: int


@dataclass
class ManuscriptScan:
    path: str
    markdown: bool
    uses: list[KeyUse] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)
    stray: list[StrayText] = field(default_factory=list)
    #: bibliography files the manuscript names (\\addbibresource, YAML ``bibliography:``)
    bibliographies: list[str] = field(default_factory=list)
    #: (line, col) where each of ``bibliographies`` is named
    bibliography_places: list[tuple[int, int]] = field(default_factory=list)
    #: ``\\nocite{*}``: every entry counts as cited
    cites_all: bool = False
    ignores: IgnoreMap = field(default_factory=IgnoreMap)


class _Positions:
    def __init__(self, text: str) -> None:
        self.starts = line_starts(text)

    def __call__(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1


def is_markdown(path: str) -> bool:
    return path.lower().endswith((".md", ".markdown", ".mdown", ".pandoc"))


def scan_manuscript(path: str, text: str) -> ManuscriptScan:
    markdown = is_markdown(path)
    return scan_markdown(path, text) if markdown else scan_latex(path, text)


# --- LaTeX -------------------------------------------------------------------------------

_TEX_COMMENT_RE = lazy_compile(r"(?<!\\)%[^\n]*")
_CITE_RE = lazy_compile(r"\\([A-Za-z]*cite[A-Za-z]*|nocite)\*?(?![A-Za-z])")
_FOOTNOTE_RE = lazy_compile(r"\\footnote(?:text)?\s*(?:\[[^\]]*\])?\s*\{")
_BIBRESOURCE_RE = lazy_compile(r"\\(?:addbibresource|bibliography|addglobalbib)\s*(?:\[[^\]]*\])?\s*\{([^}]*)\}")
_PINPOINT = r"\d[\d–\-]*(?:[ \t]*ff?\.|[a-z]\b)?"
_STRAY_RE = lazy_compile(
    rf"[ \t]*(?:,[ \t]*(?:(?:pp?|S|ff?|fols?|nn?|chap|ch|vol|col|art|sec|§)\.?[ \t]*)?{_PINPOINT}"
    rf"|(?:pp?|S|fols?|nn?)\.[ \t]*{_PINPOINT})"
)


_YEAR_AFTER_RE = lazy_compile(r"[ \t]*,[ \t]*(?:1\d{3}|20\d{2})")


def blank(text: str, pattern: re.Pattern[str]) -> str:
    """``text`` with every match of ``pattern`` replaced by spaces (newlines kept)."""
    return pattern.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), text)


def _balanced(text: str, open_at: int, opener: str, closer: str) -> int:
    """Offset just after the ``closer`` that closes ``text[open_at]``; -1 if none."""
    close = closing_bracket(text, open_at, opener, closer)
    return close + 1 if close >= 0 else -1


def _cite_arguments(text: str, pos: int, multi: bool) -> tuple[list[tuple[str, int]], int]:
    """The key groups after a cite command at ``pos``: ([(keys text, offset)], end)."""
    groups: list[tuple[str, int]] = []
    n = len(text)
    while True:
        start = pos
        while pos < n and text[pos] in " \t\n":
            pos += 1
        if multi and pos < n and text[pos] == "(":  # \cites(pre)(post)
            close = _balanced(text, pos, "(", ")")
            if close < 0:
                break
            pos = close
            continue
        if pos < n and text[pos] == "[":
            close = _balanced(text, pos, "[", "]")
            if close < 0:
                break
            pos = close
            continue
        if pos < n and text[pos] == "{":
            close = _balanced(text, pos, "{", "}")
            if close < 0:
                break
            groups.append((text[pos + 1:close - 1], pos + 1))
            pos = close
            if multi:
                continue
            return groups, pos
        return groups, start
    return groups, pos


def scan_latex(path: str, text: str) -> ManuscriptScan:
    result = ManuscriptScan(path, markdown=False, ignores=ignore_map(text))
    masked = blank(text, _TEX_COMMENT_RE)
    where = _Positions(text)
    footcites: list[Footnote] = []
    for match in _CITE_RE.finditer(masked):
        command = match.group(1)
        multi = command.endswith("cites")
        groups, end = _cite_arguments(masked, match.end(), multi)
        keys: list[str] = []
        for keys_text, offset in groups:
            for key_match in re.finditer(r"[^,\s]+", keys_text):
                key = key_match.group()
                if key == "*":
                    result.cites_all = True
                    continue
                line, col = where(offset + key_match.start())
                result.uses.append(KeyUse(key, line, col, command))
                keys.append(key)
        if command.startswith(("footcite", "footfullcite", "smartcite")) and groups:
            line, col = where(match.start())
            # a \footcite makes a note of its own: it counts for the "ibid." that follows
            footcites.append(Footnote(
                masked[match.start():end], match.start(), line, col, True, match.start(), end,
            ))
        if command.startswith("footcite") and groups:
            stray = _STRAY_RE.match(masked, end)
            # ", 1937, the purge ..." after a note mark is a year in the sentence, not a page
            if stray and stray.group().strip() and not _YEAR_AFTER_RE.fullmatch(stray.group()):
                line, col = where(end + len(stray.group()) - len(stray.group().lstrip()))
                result.stray.append(StrayText(command, keys, stray.group().strip(), line, col))
    for match in _FOOTNOTE_RE.finditer(masked):
        close = _balanced(masked, match.end() - 1, "{", "}")
        if close < 0:
            continue
        body = masked[match.end():close - 1]
        line, col = where(match.end())
        result.footnotes.append(Footnote(
            body, match.end(), line, col, bool(_CITE_RE.search(body)), match.start(), close,
        ))
    inside = [(n.start, n.end) for n in result.footnotes]
    result.footnotes.extend(
        n for n in footcites if not any(start < n.start < end for start, end in inside)
    )
    result.footnotes.sort(key=lambda n: n.start)
    for match in _BIBRESOURCE_RE.finditer(masked):
        place = where(match.start(1))
        for name in match.group(1).split(","):
            name = name.strip()
            if name:
                result.bibliographies.append(name if name.endswith(".bib") else name + ".bib")
                result.bibliography_places.append(place)
    return result


def note_keys(text: str, markdown: bool) -> list[str]:
    """The keys a footnote cites with commands (for "ibid." in the next note)."""
    if markdown:
        return [m.group(1).strip("{}") for m in _MD_KEY_RE.finditer(text)]
    keys: list[str] = []
    for match in _CITE_RE.finditer(text):
        groups, _ = _cite_arguments(text, match.end(), match.group(1).endswith("cites"))
        keys.extend(k.strip() for keys_text, _ in groups for k in keys_text.split(",") if k.strip())
    return keys


# --- pandoc Markdown ---------------------------------------------------------------------

_MD_CODE_RE = lazy_compile(r"^(```|~~~)[^\n]*\n.*?^\1[^\n]*$|`[^`\n]+`|<!--.*?-->", re.M | re.S)
_MD_KEY_RE = lazy_compile(r"(?<![\w.@\\])-?@(\{[^}\s]+\}|\w(?:[\w:.#$%&+?<>~/-]*\w)?)")
_MD_BRACKETED_RE = lazy_compile(r"\[[^\[\]\n]*@[^\[\]]*\]")
_MD_NOTE_DEF_RE = lazy_compile(r"^\[\^([^\]\s]+)\]:[ \t]*", re.M)
_MD_INLINE_NOTE_RE = lazy_compile(r"\^\[")
_CROSSREF_PREFIXES = ("fig:", "sec:", "tbl:", "eq:", "lst:")
_FRONT_MATTER_RE = lazy_compile(r"\A---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*\n", re.S)


def scan_markdown(path: str, text: str) -> ManuscriptScan:
    result = ManuscriptScan(path, markdown=True, ignores=ignore_map(text, markdown=True))
    masked = blank(text, _MD_CODE_RE)
    where = _Positions(text)
    front = _FRONT_MATTER_RE.match(masked)
    body_start = 0
    if front:
        body_start = front.end()
        result.bibliographies = _yaml_bibliographies(front.group(1))
        line = text.count("\n", 0, front.start(1) + front.group(1).find("bibliography:")) + 1
        result.bibliography_places = [(line, 1)] * len(result.bibliographies)
    bracketed = [m.span() for m in _MD_BRACKETED_RE.finditer(masked, body_start)]
    for match in _MD_KEY_RE.finditer(masked, body_start):
        key = match.group(1).strip("{}")
        if key.startswith(_CROSSREF_PREFIXES):
            continue
        line, col = where(match.start(1))
        inside = any(start < match.start() < end for start, end in bracketed)
        result.uses.append(KeyUse(key, line, col, "[@" if inside else "@"))
    for match in _MD_NOTE_DEF_RE.finditer(masked, body_start):
        end = _note_definition_end(masked, match.end())
        body = masked[match.end():end]
        line, col = where(match.end())
        result.footnotes.append(Footnote(
            body, match.end(), line, col, bool(_MD_KEY_RE.search(body)), match.start(), end,
        ))
    for match in _MD_INLINE_NOTE_RE.finditer(masked, body_start):
        close = _balanced(masked, match.end() - 1, "[", "]")
        if close < 0:
            continue
        body = masked[match.end():close - 1]
        line, col = where(match.end())
        result.footnotes.append(Footnote(
            body, match.end(), line, col, bool(_MD_KEY_RE.search(body)), match.start(), close,
        ))
    result.footnotes.sort(key=lambda note: note.offset)
    return result


def _note_definition_end(text: str, start: int) -> int:
    """End of a ``[^n]:`` definition: its first line plus indented continuation lines."""
    pos = text.find("\n", start)
    if pos < 0:
        return len(text)
    while True:
        nxt = text.find("\n", pos + 1)
        line = text[pos + 1: nxt if nxt >= 0 else len(text)]
        if line.startswith(("    ", "\t")):
            pos = nxt if nxt >= 0 else len(text)
            if nxt < 0:
                return pos
            continue
        if not line.strip() and nxt >= 0:
            following = text[nxt + 1: text.find("\n", nxt + 1) if text.find("\n", nxt + 1) >= 0 else len(text)]
            if following.startswith(("    ", "\t")):
                pos = nxt
                continue
        return pos


def _yaml_bibliographies(front: str) -> list[str]:
    """``bibliography: refs.bib`` or a YAML list of files, from the front matter."""
    match = re.search(r"^bibliography:[ \t]*(.*)$", front, re.M)
    if not match:
        return []
    inline = match.group(1).strip()
    if inline.startswith("["):
        return [p.strip().strip("'\"") for p in inline.strip("[]").split(",") if p.strip()]
    if inline:
        return [inline.strip("'\"")]
    items = []
    for line in front[match.end():].splitlines()[1:]:
        item = re.match(r"^\s+-\s+(.*)$", line)
        if not item:
            break
        items.append(item.group(1).strip().strip("'\""))
    return items
