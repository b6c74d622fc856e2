"""A PDF article's own title and authors from its first page's type sizes.

A publisher's first page sets the article's title in the largest type that holds more than a
word a line; the journal's masthead ("Rechtsgeschichte", "Ancilla / Iuris") is larger still but
one word a line, or it comes back on other pages as a running head.  The authors stand in a line
of names right above or below the title.  The text reader's cover rules (JSTOR, Cairn, HeinOnline,
publishers' citation lines) come first: this is what a PDF adds when they find no title.
"""

from __future__ import annotations

import re
from collections import Counter

from citekit.lazy_regex import lazy_compile
from citekit.model import Entry
from citekit.readers.cover import looks_like_names, split_person
from citekit.readers.pdf import PdfLine

__all__ = ["title_from_type_sizes"]

#: the title's type is at least this much larger than the body's
_LARGER = 1.2
#: lines of one block follow each other at most this many type heights apart
_LINE_GAP = 2.2
#: the authors' line stands at most this many body-type heights from the title block
_AUTHOR_REACH = 5.0
#: a footnote mark or affiliation number after a name ("Latia Ward1", "Eric Steinhauer*")
_NAME_MARK = lazy_compile(r"(?<=[^\W\d_])\d{1,2}(?=\s|,|$)|\s?[*∗†‡]+")
#: an affiliation after the names, cut off: "Harun Pačić, 1 Wien"
_AFFILIATION_TAIL = lazy_compile(r",\s*(?:\d|\(|[A-ZÀ-Þ][\w-]+$).*$")


def _body_size(lines: list[PdfLine]) -> float:
    weights: Counter[float] = Counter()
    for ln in lines:
        if ln.size > 0:
            weights[round(ln.size * 2) / 2] += len(ln.text)
    return weights.most_common(1)[0][0] if weights else 0.0


def _blocks(page: list[PdfLine], body: float) -> list[list[PdfLine]]:
    """Runs of lines in the same large type, one under the other."""
    blocks: list[list[PdfLine]] = []
    for ln in page:
        if ln.size < body * _LARGER or not any(ch.isalpha() for ch in ln.text):
            continue
        last = blocks[-1][-1] if blocks else None
        if (last is not None and abs(last.size - ln.size) < 0.3
                and 0 < last.bottom - ln.bottom <= _LINE_GAP * ln.size):
            blocks[-1].append(ln)
        else:
            blocks.append([ln])
    return blocks


def _joined(block: list[PdfLine]) -> str:
    text = ""
    for ln in block:
        piece = ln.text.strip()
        if text.endswith("-") and piece[:1].islower():
            text = text[:-1] + piece  # a word broken at the line's end
        else:
            text = f"{text} {piece}" if text else piece
    return text


def _names(line: str) -> list[dict[str, str]] | None:
    cleaned = _AFFILIATION_TAIL.sub("", _NAME_MARK.sub("", line.strip())).strip(" ,")
    if not looks_like_names(cleaned):
        return None
    if cleaned.isupper():  # names set in capitals: "CRAIG A. STERN"
        cleaned = " ".join(word.capitalize() if len(word) > 2 else word for word in cleaned.split())
    parts = [p for p in re.split(r"\s*(?:,|;|\s&\s|\sand\s|\sAND\s|\sund\s|\set\s)\s*", cleaned) if p.strip()]
    return [split_person(p) for p in parts]


def title_from_type_sizes(lines: list[PdfLine]) -> Entry:
    """The first page's title (and the authors' line next to it), or nothing."""
    pages = sorted({ln.page for ln in lines})
    first = next((p for p in pages if sum(1 for ln in lines if ln.page == p) >= 3), None)
    body = _body_size(lines)
    if first is None or body <= 0:
        return {}
    page = [ln for ln in lines if ln.page == first]
    # (a masthead: one word a line)
    candidates = [block for block in _blocks(page, body) if any(len(ln.text.split()) > 1 for ln in block)]
    if not candidates:
        return {}
    # the largest type; of two blocks in it, the one that is no line of names ("Baconsche Tatsachen"
    # reads like a name too, but a title and its author in one type size come in that order)
    block = max(candidates, key=lambda b: (round(b[0].size, 1), _names(_joined(b)) is None, -page.index(b[0])))
    entry: Entry = {"title": _joined(block).rstrip(" .:")}
    top, bottom = block[0].bottom, block[-1].bottom
    # the authors: the line next to the title above or below it, or a line of names in the title's type
    # (never a running head or foot: those stand on the page's highest or lowest baseline; a line of
    # names below them may come back as a running head on other pages, and is still the byline)
    extremes = (max(ln.bottom for ln in page), min(ln.bottom for ln in page))
    edge = {id(ln) for ln in page if abs(ln.bottom - extremes[0]) < 1 or abs(ln.bottom - extremes[1]) < 1}
    near = sorted(
        (ln for ln in page if ln not in block and body * 0.75 <= ln.size <= block[0].size + 0.3
         and id(ln) not in edge
         and (0 < ln.bottom - top <= _AUTHOR_REACH * body or 0 < bottom - ln.bottom <= _AUTHOR_REACH * body
              or abs(ln.size - block[0].size) < 0.3)),
        key=lambda ln: min(abs(ln.bottom - top), abs(ln.bottom - bottom)),
    )
    for ln in near[:3]:
        authors = _names(ln.text)
        if authors:
            entry["author"] = authors
            break
    return entry
