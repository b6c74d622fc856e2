"""Footnotes of a PDF, read with pypdfium2 (PDFium; Apache-2.0/BSD).

What the plain text of a PDF loses, the PDF still has: notes are set in
smaller type at the foot of the page.  Each text line gets its font size (the
size PDFium reports for a character in its middle, scaled by the text matrix)
and its height on the page.  The body size is the size most characters have;
a page's notes zone is the run of lines in clearly smaller type below the
page's last full line of body type.  The lines, page by page, then go through
the plain-text reader (:mod:`citekit.readers.text`) with that zone as a hint:
numbering, furniture and hyphenation are handled there, once.

``Note.span`` and ``Note.line`` refer to the text this reader extracts (the
pages' lines, pages separated by form feeds), available as ``ReaderResult.body``
for the body part.
"""

from __future__ import annotations

import ctypes
from collections import Counter
from dataclasses import dataclass
from typing import Any

from citekit.lazy_regex import lazy_compile
from citekit.model import Diagnostic
from citekit.readers import ReaderResult

__all__ = ["PdfLine", "pdf_lines", "read_pdf_document"]

#: A line is in the notes zone when its type is at most this share of the body size.
_SMALL = 0.92
#: A digit in type this much smaller than its line's is a superscript (a note number).
_SUPERSCRIPT = 0.8
#: A "full" body line, used to find where the body ends on a page.
_FULL_LINE = 25


#: PDFium marks a hyphen at a line break with U+0002 or U+FFFE; inside a line
#: (PDFium joined two printed lines) the word is whole again.
_SOFT_HYPHEN_INSIDE = lazy_compile("[\x02\ufffe](?=.)")
_HYPHENS = str.maketrans({"\x02": "-", "\ufffe": "-"})
#: LaTeX's T1 (Cork) encoding puts ligatures, dashes and quotation marks at control codes; a PDF set
#: in T1 bitmap fonts (T1 without cm-super or lmodern: no glyph names, no ToUnicode) gives PDFium those
#: codes as text ("o\x1ecial", "12\x1515").  No text has them otherwise (0x02 and line breaks aside).
_T1_CONTROL_CODES = str.maketrans({
    "\r": "‚", "\x0e": "‹", "\x0f": "›", "\x10": "“", "\x11": "”", "\x12": "„", "\x13": "«",
    "\x14": "»", "\x15": "–", "\x16": "—", "\x17": "", "\x19": "ı", "\x1b": "ff", "\x1c": "fi",
    "\x1d": "fl", "\x1e": "ffi", "\x1f": "ffl",
})
_HAS_CONTROL_CODE = lazy_compile("[\r\x0e-\x1f]")


@dataclass
class PdfLine:
    page: int
    text: str
    size: float  # font size in points
    bottom: float  # distance of the line's baseline box from the page's foot
    left: float
    right: float


def _line_size(textpage: object, line: str, pos: int) -> float:
    """The line's font size: the median over three of its letters (a superscript
    marker or a character PDFium cannot size does not decide it)."""
    sizes = []
    for share in (0.25, 0.5, 0.75):
        index = int(len(line) * share)
        while index > 0 and line[index].isspace():
            index -= 1
        size = _char_size(textpage, pos + index)
        if size > 1.5:
            sizes.append(size)
    if not sizes:
        return 0.0
    sizes.sort()
    return sizes[len(sizes) // 2]


def _char_size(textpage: object, index: int) -> float:
    import pypdfium2.raw as pdfium_c

    matrix = pdfium_c.FS_MATRIX()
    size = pdfium_c.FPDFText_GetFontSize(textpage, index)
    if pdfium_c.FPDFText_GetMatrix(textpage, index, ctypes.byref(matrix)):
        scale = (matrix.b ** 2 + matrix.d ** 2) ** 0.5
        if scale > 0:
            size *= scale
    return float(size)


def pdf_lines(data: bytes, path: str = "-") -> tuple[list[PdfLine], int, list[Diagnostic]]:
    """Every text line of the PDF with its page, font size and height."""
    import pypdfium2 as pdfium

    diagnostics: list[Diagnostic] = []
    pdf = pdfium.PdfDocument(data)
    lines: list[PdfLine] = []
    pages = len(pdf)
    try:
        for number in range(pages):
            page = pdf[number]
            try:
                textpage = page.get_textpage()
                text = textpage.get_text_range()
            except Exception as exc:  # PDFium's errors are plain exceptions
                diagnostics.append(Diagnostic("X401", f"page {number + 1}: text not extracted "
                                              f"({exc})", path=path))
                continue
            pos = 0
            for raw_line in text.split("\r\n"):
                for line, at in _printed_lines(textpage, raw_line, pos):
                    current = _pdf_line(textpage, number + 1, line, at)
                    if current is None:
                        continue
                    if lines and _same_line(lines[-1], current):
                        _merge(lines[-1], current)
                    else:
                        lines.append(current)
                pos += len(raw_line) + 2
            textpage.close()
            page.close()
    finally:
        pdf.close()
    return lines, pages, diagnostics


def _printed_lines(textpage: Any, line: str, pos: int) -> list[tuple[str, int]]:
    """PDFium joins a line ending in a hyphen to the next text line, which at a
    page's last body line is the first footnote ("… these ex-" + "13Id."): split
    where the text after a soft hyphen stands on a lower baseline."""
    pieces: list[tuple[str, int]] = []
    start = 0
    for m in _SOFT_HYPHEN_INSIDE.finditer(line):
        hyphen = m.start()
        if hyphen == 0:
            continue
        try:
            before = textpage.get_charbox(pos + hyphen - 1, loose=True)
            after = textpage.get_charbox(pos + hyphen + 1, loose=True)
        except Exception:  # PDFium has no box for some characters
            continue
        height = max(before[3] - before[1], 1.0)
        if before[1] - after[1] > 0.8 * height:  # the next line's text, not the word's end
            pieces.append((line[start:hyphen + 1], pos + start))
            start = hyphen + 1
    pieces.append((line[start:], pos + start))
    return [piece for text, at in pieces for piece in _page_number_apart(textpage, text, at)]


#: a page number closing a PDFium line: "… miteinander gepaart. Ex43" (the number printed in the margin)
_TRAILING_NUMBER = lazy_compile(r"\d{1,4}\s*$")


def _page_number_apart(textpage: Any, line: str, pos: int) -> list[tuple[str, int]]:
    """PDFium may join a page number printed far out in the margin to the body line on its
    baseline; the line then seems to reach across the page (into a column of notes).  A number
    that stands more than three letter heights from the text before it is a line of its own."""
    m = _TRAILING_NUMBER.search(line)
    if m is None or m.start() == 0 or not line[: m.start()].strip():
        return [(line, pos)]
    before = m.start() - 1
    while before > 0 and line[before].isspace():
        before -= 1
    try:
        left_box = textpage.get_charbox(pos + before, loose=True)
        number_box = textpage.get_charbox(pos + m.start(), loose=True)
    except Exception:  # PDFium has no box for some characters
        return [(line, pos)]
    height = max(left_box[3] - left_box[1], 1.0)
    if number_box[0] - left_box[2] > 3 * height:
        return [(line[: before + 1], pos), (line[m.start():], pos + m.start())]
    return [(line, pos)]


def _pdf_line(textpage: Any, page: int, line: str, pos: int) -> PdfLine | None:
    """One printed line with its size and place; a superscript note number
    fused to the note's first word ("121 William …" is note 12) set apart."""
    stripped = line.strip()
    if not stripped:
        return None
    size = _line_size(textpage.raw, line, pos)
    lead = len(line) - len(line.lstrip())
    first = pos + lead
    last = pos + len(line.rstrip()) - 1
    box = textpage.get_charbox(first, loose=True)
    end_box = textpage.get_charbox(last, loose=True)
    raised = 0
    while raised < min(3, len(stripped) - 1) and stripped[raised].isdigit() and (
            0 < _char_size(textpage.raw, first + raised) < _SUPERSCRIPT * size):
        raised += 1
    if (raised and not stripped[raised].isspace() and not stripped[raised].isdigit()) or (
            raised and stripped[raised].isdigit() and _char_size(textpage.raw, first + raised)
            >= _SUPERSCRIPT * size):
        stripped = stripped[:raised] + " " + stripped[raised:]
    text_line = _SOFT_HYPHEN_INSIDE.sub("", stripped).translate(_HYPHENS)
    if _HAS_CONTROL_CODE.search(text_line):
        text_line = text_line.translate(_T1_CONTROL_CODES)
    return PdfLine(page, text_line, size, min(box[1], end_box[1]), box[0], end_box[2])


def _same_line(before: PdfLine, after: PdfLine) -> bool:
    """PDFium breaks some printed lines at a change of glyph run ("Ren" | "ée"):
    the pieces share the baseline and follow each other from left to right."""
    height = max(before.size, after.size, 1.0)
    return (
        before.page == after.page
        and abs(before.bottom - after.bottom) < 0.4 * height
        and before.right - 2 <= after.left < before.right + 2 * height
    )


def _merge(before: PdfLine, after: PdfLine) -> None:
    gap = after.left - before.right
    joiner = "" if gap < 0.15 * max(before.size, 1.0) else " "
    before.text = before.text + joiner + after.text
    before.right = after.right
    before.size = max(before.size, after.size) if len(after.text) > len(before.text) else before.size


def _zones(lines: list[PdfLine]) -> list[bool]:
    """Which lines are in their page's notes zone.

    A line is when its type is clearly smaller than the body's and no full
    line of body type stands below it in the same column (notes sit at the
    foot of their column, or in a margin column of their own).
    """
    weights: Counter[float] = Counter()
    for ln in lines:
        if ln.size > 0:
            weights[round(ln.size * 2) / 2] += len(ln.text)
    if not weights:
        return [False] * len(lines)
    # notes may hold more characters than the body (law reviews): the body
    # size is the largest size that a good share of the characters have
    total = sum(weights.values())
    body_size = max(size for size, weight in weights.items() if weight >= 0.2 * total)
    body_by_page: dict[int, list[PdfLine]] = {}
    for ln in lines:
        # (of several words: a DOI or URL printed in body type under the notes is the page's foot)
        if ln.size > body_size * _SMALL and len(ln.text) >= _FULL_LINE and ln.text.count(" ") >= 3:
            body_by_page.setdefault(ln.page, []).append(ln)
    zone = []
    for ln in lines:
        small = body_size * 0.5 <= ln.size <= body_size * _SMALL
        zone.append(small and not any(
            body.bottom < ln.bottom and body.left < ln.right and ln.left < body.right
            for body in body_by_page.get(ln.page, ())
        ))
    return zone


#: How many of a page's highest and of its lowest baselines count as its edges (a head of two
#: lines: the journal's name over the page number, or a foot under a rule).
_EDGE_BASELINES = 2


def _page_edges(lines: list[PdfLine]) -> list[bool]:
    """Which lines stand at the top or the foot of their page, by their baselines.

    Running heads and feet stand there; a line in the middle of the page is never one,
    however often its words come back (notes that open alike: "15 Bauer, Repertorium
    (wie Fn. 1)", "16 Bauer, Repertorium (wie Fn. 1)").
    """
    baselines: dict[int, set[float]] = {}
    for ln in lines:
        baselines.setdefault(ln.page, set()).add(round(ln.bottom))
    edges: dict[int, set[float]] = {}
    for page, heights in baselines.items():
        ordered = sorted(heights)
        edges[page] = set(ordered[:_EDGE_BASELINES]) | set(ordered[-_EDGE_BASELINES:])
    return [round(ln.bottom) in edges[ln.page] for ln in lines]


def read_pdf_document(data: bytes, path: str = "-") -> ReaderResult:
    """Read the footnotes of a PDF file's bytes."""
    from citekit.readers.cover import read_cover
    from citekit.readers.text import analyse

    try:
        lines, pages, diagnostics = pdf_lines(data, path)
    except Exception as exc:  # a damaged or encrypted PDF: PDFium raises PdfiumError
        return ReaderResult(diagnostics=[Diagnostic("X001", f"not a readable PDF ({exc})",
                                                    path=path, severity="error")])
    if not lines and pages:
        # (not "no footnotes found": there is no text to look in at all)
        diagnostics.append(Diagnostic(
            "X402", f"no text on any of its {pages} page(s): a scan without a text layer? "
            "Run OCR on it first (e.g. ocrmypdf)", path=path, severity="warning"))
    zone = _zones(lines)
    parts: list[str] = []
    previous_page = 0
    for ln in lines:
        parts.append(("\f" if previous_page and ln.page != previous_page else "") + ln.text)
        previous_page = ln.page
    text = "\n".join(parts)
    layout = analyse(text, path, zone=zone, page_edge=_page_edges(lines))
    first = min((n.span[0] for n in layout.notes if n.span), default=None)
    source = read_cover(text, first)
    if not source.get("title"):
        from citekit.readers.pdf_title import title_from_type_sizes

        for key, value in title_from_type_sizes(lines).items():
            source.setdefault(key, value)
    return ReaderResult(
        notes=layout.notes,
        source=source,
        diagnostics=diagnostics + layout.diagnostics,
        body=layout.body,
    )
