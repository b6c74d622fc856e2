"""Two-column pages in ``pdftotext -layout`` text, put back into reading order.

``pdftotext -layout`` keeps a page's geometry: a two-column page comes out
with the left and the right column side by side on each line, separated by a
band of spaces (the gutter).  Read line by line, that text interleaves the two
columns -- a note of the left column gets half a line of the right column's
body.  This module finds the gutter of each page and rewrites the page as its
left column, then its right column, so the notes reader sees the order a
human reads in (pdftotext without ``-layout`` does the same).  The right
column starts with a form feed, as a new page would: the notes at the foot of
the left column end there (or go on, as across a page break).

A gutter is a band of at least two character positions, in the middle half of
the page, that hardly any line prints into, with text on both sides of it on
many lines.  A line printing across the band (a title, a long footer) is read
whole and separates the column blocks before and after it, unless it has a
gap of its own next to the band; so are a page's
head and foot lines when a blank line sets them apart.  Pages without a gutter
are left untouched, so single-column text never changes.

Note spans then refer to the rewritten text, which
:func:`citekit.readers.text.read_text_document` returns as the body's source.
"""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile

__all__ = ["split_columns"]

_GAP = lazy_compile(r" {2,}")
#: how far from the page's gutter a line's own gap may be
_SLACK = 4

#: a gutter is at least this many positions wide
_MIN_GUTTER = 2
#: lines printing into the gutter, as a share of the page's lines with text
_CROSSING = 0.04
#: lines with text on both sides of the gutter, as a share of the page's lines with text
_BOTH_SIDES = 0.4
#: a page needs this many such lines
_MIN_ROWS = 8


def split_columns(text: str) -> str:
    """``text`` with each two-column page rewritten as its left, then its right column."""
    if "   " not in text:
        return text
    pages = text.split("\f")
    changed = False
    for k, page in enumerate(pages):
        split = _split_page(page)
        if split is not None:
            pages[k] = split
            changed = True
    return "\f".join(pages) if changed else text


def _gutter(lines: list[str]) -> tuple[int, int] | None:
    """The gutter ``[a, b)`` of a page's lines, or None when it has none."""
    filled = [ln for ln in lines if ln.strip()]
    if len(filled) < _MIN_ROWS:
        return None
    width = max(len(ln) for ln in filled)
    if width < 60:
        return None
    occupancy = [0] * width
    for ln in filled:
        for x, ch in enumerate(ln):
            if not ch.isspace():
                occupancy[x] += 1
    allowed = max(1, int(_CROSSING * len(filled)))
    best: tuple[int, int] | None = None
    best_rows, best_width = 0, 0
    x = width // 4
    while x < 3 * width // 4:
        if occupancy[x] > allowed:
            x += 1
            continue
        a = x
        while x < width and occupancy[x] <= allowed:
            x += 1
        b = x
        if b - a >= _MIN_GUTTER:
            rows = sum(1 for ln in filled if ln[:a].strip() and ln[b:].strip())
            if (rows, b - a) > (best_rows, best_width):  # the widest band of the most rows
                best, best_rows, best_width = (a, b), rows, b - a
    if best is None or best_rows < max(_MIN_ROWS, _BOTH_SIDES * len(filled)):
        return None
    return best


def _edge_lines(lines: list[str]) -> set[int]:
    """The page's head and foot: up to two lines with text set apart by a blank line."""
    edges: set[int] = set()
    for order in (range(len(lines)), range(len(lines) - 1, -1, -1)):
        group: list[int] = []
        for i in order:
            if lines[i].strip():
                group.append(i)
            elif group:
                break
        if 0 < len(group) <= 2 and len(group) < sum(1 for ln in lines if ln.strip()):
            edges.update(group)
    return edges


def _near_gap(line: str, a: int, b: int) -> tuple[int, int] | None:
    """A line that prints into the gutter may still have its own gap of two
    spaces or more a few positions off (a long left-column line): split there."""
    for m in _GAP.finditer(line, max(0, a - _SLACK), min(len(line), b + _SLACK)):
        if m.start() > 0 and m.end() < len(line):
            return m.start(), m.end()
    return None


def _split_page(page: str) -> str | None:
    lines = page.split("\n")
    gutter = _gutter(lines)
    if gutter is None:
        return None
    a, b = gutter
    edges = _edge_lines(lines)
    out: list[str] = []
    left: list[str] = []
    right: list[str] = []

    def flush() -> None:
        indent = min((len(r) - len(r.lstrip()) for r in right if r.strip()), default=0)
        out.extend(left)
        shifted = [r[indent:] for r in right]
        if any(r.strip() for r in left) and any(r.strip() for r in shifted):
            # the right column starts like a new page: a note at the foot of the left
            # column ends there (or goes on, as across a page break)
            first = next(k for k, r in enumerate(shifted) if r.strip())
            shifted[first] = "\f" + shifted[first]
        out.extend(shifted)
        left.clear()
        right.clear()

    for i, ln in enumerate(lines):
        if not ln.strip():
            left.append("")
            right.append("")
            continue
        cut = (a, b) if not ln[a:b].strip() else _near_gap(ln, a, b)
        if i in edges or cut is None:
            flush()
            out.append(ln)
            continue
        if ln[:cut[0]].strip():
            left.append(ln[:cut[0]].rstrip())
        if ln[cut[1]:].strip():
            right.append(" " * max(0, cut[1] - b) + ln[cut[1]:].rstrip())
    flush()
    return "\n".join(out)
