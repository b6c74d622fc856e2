"""The PDF reader's geometry, checked on lines made here (no PDF needed).

Found by reading the ten real articles of ``../shared/data/docs`` from their PDFs
rather than their pdftotext text (``python3 benchmarks/extract_docs.py --pdf``):

* notes that open alike in narrow columns ("15 Bauer, Repertorium (wie Fn. 1)",
  "16 Bauer, Repertorium (wie Fn. 1)") right after the page's foot in PDFium's reading
  order were taken for a running head; only a line at the top or foot of its page can be one;
* a DOI printed in body type under the first page's notes made them body text;
* a page number PDFium joined to the body line on its baseline ("… gepaart. Ex43") made that
  line reach into the column of notes beside it, which then read as body;
* notes that open with a volume number before a name in small capitals ("25 1 BLACKSTONE,
  supra note 23, at 39.") or before "id." ("39 1 id. at 42.") were no note starts.
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.readers.pdf import PdfLine, _page_edges, _page_number_apart, _zones
from citekit.readers.text import analyse


def line(page: int, text: str, size: float, bottom: float, left: float = 50.0, right: float = 300.0) -> PdfLine:
    return PdfLine(page, text, size, bottom, left, right)


@pytest.mark.parametrize(
    ("bottoms", "expected"),
    [
        # head, page number, three body lines, two note lines, foot: the two highest and lowest baselines
        ([800, 790, 700, 688, 676, 200, 190, 60], [True, True, False, False, False, False, True, True]),
        # two columns of notes on the same baselines count once
        ([800, 500, 200, 200, 190, 190, 60], [True, True, False, False, True, True, True]),
        # a page of three lines: all at an edge
        ([700, 600, 500], [True, True, True]),
    ],
)
def test_page_edges_are_the_highest_and_lowest_baselines(bottoms: list[float], expected: list[bool]) -> None:
    lines = [line(1, f"line {i}", 10.0, b) for i, b in enumerate(bottoms)]
    assert _page_edges(lines) == expected


def test_page_edges_per_page() -> None:
    lines = [line(1, "a", 10, 700), line(1, "b", 10, 600), line(1, "c", 10, 500), line(1, "d", 10, 400),
             line(1, "e", 10, 300), line(2, "f", 10, 650), line(2, "g", 10, 640)]
    assert _page_edges(lines) == [True, True, False, True, True, True, True]


def _zoned_text(notes_alike: bool) -> tuple[str, list[bool], list[bool]]:
    """Three pages: body lines, then (in PDFium's order) the page's foot, then its notes, each
    page's first note opening like the others ("N Bauer, Repertorium (wie Fn. 1)")."""
    rows: list[tuple[str, bool, bool]] = []  # (text, in the notes zone, at a page edge)
    number = 1
    for page in range(1, 4):
        prefix = "\f" if page > 1 else ""
        rows.append((f"{prefix}{page * 10 + 60}", False, True))
        rows.append((f"Body text of page {page} goes on here with a marker.{number} And then it ends", False, False))
        rows.append((f"with words enough for a full line of the body on page {page}.{number + 1}", False, False))
        rows.append(("Territoriale Amtskalender und Amtshandbücher", True, True))
        opening = "Bauer, Repertorium (wie Fn. 1)" if notes_alike else f"Weber, Studie {page} (wie Fn. 4)"
        rows.append((f"{number} {opening}", True, False))
        rows.append((f"Bd. {page}, 20–25.", True, False))
        rows.append((f"{number + 1} Schwarzkopf, Staats- und Adress-Calender {page}, 132.", True, False))
        number += 2
    text = "\n".join(r[0] for r in rows)
    return text, [r[1] for r in rows], [r[2] for r in rows]


@pytest.mark.parametrize("notes_alike", [True, False])
def test_notes_that_open_alike_are_no_running_head(notes_alike: bool) -> None:
    text, zone, edge = _zoned_text(notes_alike)
    layout = analyse(text, "doc.pdf", zone=zone, page_edge=edge)
    assert [n.number for n in layout.notes] == ["1", "2", "3", "4", "5", "6"]
    assert layout.notes[0].text.startswith("Bauer, Repertorium" if notes_alike else "Weber, Studie 1")
    assert all("Territoriale" not in n.text for n in layout.notes)  # the foot is still furniture


def test_without_the_page_edges_alike_openings_were_taken_for_a_head() -> None:
    """What the hint changes: by reading order alone the three alike openings stand next to a
    page's foot and are dropped as a running head (the behaviour the PDF reader no longer gets)."""
    text, zone, _ = _zoned_text(True)
    layout = analyse(text, "doc.pdf", zone=zone)
    assert [n.number for n in layout.notes] != ["1", "2", "3", "4", "5", "6"]


def test_a_doi_in_body_type_under_the_notes_leaves_them_in_the_notes_zone() -> None:
    lines = [line(1, "A long line of body text set in the type of the body of the page.", 9.5, 500 - 12 * i)
             for i in range(20)]
    lines += [line(1, "1 Vgl.: Gantert, Bibliothekarisches Grundwissen, 9. Aufl. 2016, S. 3.", 8.5, 85),
              line(1, "2 Vgl.: Genge, Art. „Sekretierte Bücher“, in: Lexikon des gesamten Buch-", 8.5, 76),
              line(1, "DOI: 10.5771/2699-1284-2020-1-16", 9.5, 42)]
    assert _zones(lines)[-3:] == [True, True, False]


def test_a_sentence_in_body_type_under_small_type_keeps_it_out_of_the_zone() -> None:
    """The rule it refines: small type with a full line of body type below it is no note (a caption)."""
    lines = [line(1, "A long line of body text set in the type of the body of the page.", 9.5, 500 - 12 * i)
             for i in range(20)]
    lines += [line(1, "Figure 1: a caption set in smaller type over the body", 8.5, 250),
              line(1, "And the body goes on under the caption in its own type, a full line.", 9.5, 230)]
    assert _zones(lines)[-2] is False


class _FakeTextPage:
    """Character boxes (left, bottom, right, top) of one line, 5 points a letter; the trailing
    digits start at ``number_left`` when given, else right after the text before them."""

    def __init__(self, line: str, number_left: float | None) -> None:
        self.boxes: list[tuple[float, float, float, float]] = []
        cut = len(line.rstrip("0123456789"))
        x = 80.0
        for i in range(len(line)):
            if i == cut and number_left is not None:
                x = number_left
            self.boxes.append((x, 280.0, x + 5.0, 289.0))
            x += 5.0

    def get_charbox(self, index: int, loose: bool = False) -> tuple[float, float, float, float]:
        return self.boxes[index]


@pytest.mark.parametrize(
    ("text", "number_left", "expected"),
    [
        ("miteinander gepaart. Ex43", 524.0, [("miteinander gepaart. Ex", 0), ("43", 23)]),
        # a number that follows its words closely is the line's own ("… in 1765")
        ("the edition printed in 1765", None, [("the edition printed in 1765", 0)]),
        ("no number at the end", None, [("no number at the end", 0)]),
        ("1765", 524.0, [("1765", 0)]),  # a page number alone is already a line
    ],
)
def test_a_page_number_far_in_the_margin_is_a_line_of_its_own(
    text: str, number_left: float | None, expected: list[tuple[str, int]]
) -> None:
    page: Any = _FakeTextPage(text, number_left)
    assert _page_number_apart(page, text, 0) == expected


@pytest.mark.parametrize(
    ("note_lines", "texts"),
    [
        (["24 See 1 BLACKSTONE, supra note 23, at 38-62.", "25 1 BLACKSTONE, supra note 23, at 39.", "26 Id."],
         {"24": "See 1 BLACKSTONE, supra note 23, at 38-62.", "25": "1 BLACKSTONE, supra note 23, at 39.",
          "26": "Id."}),
        (["38 Id. at 41.", "39 1 id. at 42.", "40 Id."], {"38": "Id. at 41.", "39": "1 id. at 42.", "40": "Id."}),
        # side by side in one PDFium line
        (["35 See supra note 27. 36 1 BLACKSTONE, supra note 23, at 41."],
         {"35": "See supra note 27.", "36": "1 BLACKSTONE, supra note 23, at 41."}),
    ],
)
def test_notes_opening_with_a_volume_number(note_lines: list[str], texts: dict[str, str]) -> None:
    first = int(min(texts, key=int))
    last = int(max(texts, key=int))
    body = [f"Body prose with the markers of the notes.{n} It goes on to a full line of text."
            for n in range(first - 3, last + 1)]
    earlier = [f"{n} Earlier note {n}, at 12." for n in range(first - 3, first)]
    text = "\n".join(body + earlier + note_lines)
    zone = [False] * len(body) + [True] * (len(earlier) + len(note_lines))
    layout = analyse(text, "doc.pdf", zone=zone)
    assert {n.number: n.text for n in layout.notes if n.number in texts} == texts
    assert [n.number for n in layout.notes] == [str(n) for n in range(first - 3, last + 1)]
