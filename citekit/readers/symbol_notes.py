"""Notes marked with symbols (*, †, ‡, §, ‖, ¶) afresh on every page.

Older journals and many book scans mark footnotes not with numbers but with a
short cycle of symbols that starts again at "*" on each page (doubled, "**",
"††", once the cycle is used up).  The text reader finds notes by their
numbers, so this module rewrites such a text first: every note's symbol at the
start of its line (or alone on a line above the note's text, as pdftotext
often sets it), and the matching marker in the body above it, become the
note's number in order of appearance (1, 2, 3 … through the document).  Lines
are neither added nor removed, so line numbers stay those of the input.

Only a clear pattern is rewritten: at least three symbol notes that are not
author notes, on two pages at least, their symbols climbing the cycle one
step at a time on each page and falling back to the first only where a new
page's notes begin.
Anything else (a lone "* Professor of Law" under the title, a bulleted list)
leaves the text as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from citekit.lazy_regex import lazy_compile

__all__ = ["number_symbol_notes"]

#: the cycle, in the order printers use it; TeX prints its asterisk as U+2217 "∗"
_CYCLE = "*†‡§‖¶"
_SAME = str.maketrans("∗⁎", "**")
_NOTE_LINE = lazy_compile(
    r"^(\s*)([*∗⁎]{1,2}|†{1,2}|‡{1,2}|§{1,2}|‖{1,2}|¶{1,2})(?=\s*[^\s*∗⁎†‡§‖¶]|\s*$)")
_MIN_NOTES = 3


def _rank(symbol: str) -> int:
    return _CYCLE.index(symbol[0].translate(_SAME)) + len(_CYCLE) * (len(symbol) - 1)


def _marker(symbol: str) -> re.Pattern[str]:
    """The symbol as a note marker in prose: after a word or punctuation, not doubled."""
    first = re.escape(symbol[0]) if symbol[0] not in "*∗⁎" else "[*∗⁎]"
    return re.compile(rf"(?<=.)(?<![*∗⁎†‡§‖¶]){first}{{{len(symbol)}}}(?![*∗⁎†‡§‖¶])")


#: the marks a symbol-marked note can open with (those of ``_NOTE_LINE``)
_MARKS = "*∗⁎†‡§‖¶"


def number_symbol_notes(text: str, is_bio: Callable[[str], bool]) -> tuple[str, int]:
    """``text`` with symbol-marked notes and their markers numbered, and how many were.

    ``is_bio`` tells an author note ("* Fellow of …") on the first page apart:
    it keeps its symbol (the reader reports it as such) but holds its place
    in the cycle.
    """
    if not any(mark in text for mark in _MARKS):
        return text, 0  # (most documents number their notes: no line to look at)
    lines = text.split("\n")
    starts: list[tuple[int, str, int, bool]] = []  # line, symbol, rank, author note
    for i, line in enumerate(lines):
        m = _NOTE_LINE.match(line)
        if m and not line[m.end():].strip():
            # the mark alone on its line (pdftotext sets it apart): the note's text follows
            following = next((ln for ln in lines[i + 1: i + 4] if ln.strip()), "")
            if not following or _NOTE_LINE.match(following):
                continue
            line = f"{m.group(2)} {following}"
        if m:
            symbol = m.group(2)
            rank = _rank(symbol)
            # author notes stand on the first page only: "† Cambridge University Press, 1960"
            # on a later page is a citation, whatever its words
            first_page = not starts or (rank > 0 and all(r > 0 or k == 0 for k, (_, _, r, _) in enumerate(starts)))
            starts.append((i, symbol, rank, first_page and is_bio(line)))
    if sum(not bio for *_, bio in starts) < _MIN_NOTES or all(rank == 0 for _, _, rank, _ in starts):
        return text, 0
    groups: list[list[tuple[int, str, int, bool]]] = []
    for start in starts:
        if start[2] == 0:
            groups.append([start])
        elif groups and start[2] == groups[-1][-1][2] + 1:
            groups[-1].append(start)
        else:
            return text, 0  # not a cycle restarting per page: leave the text alone
    if sum(any(not bio for *_, bio in group) for group in groups) < 2:
        return text, 0  # one page's marks: an article's author notes ("∗ J.D. 2020", "† …")
    number = 0
    body_from = 0
    for group in groups:
        body_to = group[0][0]
        cursor = (body_from, 0)
        for line_no, symbol, _, bio in group:
            if bio:
                continue
            number += 1
            cursor = _renumber_marker(lines, symbol, number, cursor, body_to)
            line = lines[line_no]
            indent = line[:len(line) - len(line.lstrip())]
            lines[line_no] = (indent + str(number) + " " + line[len(indent) + len(symbol):].lstrip()).rstrip()
        body_from = group[-1][0] + 1
    return "\n".join(lines), number


def _renumber_marker(lines: list[str], symbol: str, number: int, cursor: tuple[int, int],
                     body_to: int) -> tuple[int, int]:
    """Put ``number`` for the first marker ``symbol`` at or after ``cursor`` above the notes."""
    pattern = _marker(symbol)
    line_no, col = cursor
    while line_no < body_to:
        line = lines[line_no]
        if not _NOTE_LINE.match(line):
            m = pattern.search(line, col)
            if m:
                lines[line_no] = line[:m.start()] + str(number) + line[m.end():]
                return line_no, m.start() + len(str(number))
        line_no, col = line_no + 1, 0
    return cursor
