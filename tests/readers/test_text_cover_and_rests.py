"""Regressions of the text reader: cover pages need positive evidence; a note's
rest after a page break is found; text that is not furniture never vanishes."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.readers.cover import cover_field
from citekit.readers.text import analyse, read_text_document

DATA = Path(__file__).parent / "data"

#: a thesis chapter exported to text: running heads, page numbers, no boilerplate
THESIS = """Chapter Two

Paper and Power in the Provincial Courts

The provincial courts of the 1820s kept more paper than any court before them.1 Their
clerks were asked to copy every judgment twice, and to send one copy to the ministry in
Berlin, where it was read by nobody at all.2 This chapter follows the paper from the
clerk's desk to the archive and asks what the judges made of it.

1 See Thomas Brandt, Paper Justice: Archives and Authority in Prussia, 1780–1850
(Cambridge: Cambridge University Press, 2011), 14.
2 Ibid., 17–19.

                                                                                     12

CHAPTER TWO: PAPER AND POWER

The second part turns to the judges. Most of them never entered the registry, and some
complained that the clerks kept files from them.3 A few learnt to use the registry as a
weapon against their colleagues.4

3 Geheimes Staatsarchiv, I. HA Rep. 84a, Nr. 1123, fol. 12r.
4 Peter Lang, "Die Akte als Herrschaftsmittel," in Verwaltung und Justiz im Vormärz, ed.
Heinrich Vollmer and Lisa Kern (Göttingen: Wallstein, 2004), 101–24.

                                                                                     13

CHAPTER TWO: PAPER AND POWER

By the 1840s the registry had become the heart of the court.5

5 Lang, "Die Akte," 110.

                                                                                     14
"""

STAMP = ("This content downloaded from 192.0.2.1 on Sun, 12 Jan 2020 10:14:33 UTC\n"
         "All use subject to JSTOR Terms and Conditions\n")

#: download stamps at every page foot, but no cover page before the article
STAMPED_NO_COVER = f"""The Prussian Courts
When the Prussian provincial courts were reorganized after 1815, the clerks who kept
their files became the custodians of a new kind of legal memory.1 The judges rarely
commented on this change, but the clerks did.2
1 See Thomas Brandt, Paper Justice: Archives and Authority in Prussia, 1780–1850, Cambridge,
2011, p. 14.
2 Ibid., p. 17.
{STAMP}202 MARGARET ELLISON
The growth of the record was not planned. The ordinance of 1815 said nothing about who
should pay for the paper.3
3 The ordinance of 1815 was never printed in full.
{STAMP}"""


def test_a_text_without_boilerplate_keeps_its_notes() -> None:
    layout = analyse(THESIS, "chapter.txt")
    assert [n.number for n in layout.notes] == ["1", "2", "3", "4", "5"]
    assert layout.notes[3].text.endswith("(Göttingen: Wallstein, 2004), 101–24.")
    assert "front" not in layout.labels
    labels = dict(zip(THESIS.split("\n"), layout.labels, strict=True))
    assert labels["CHAPTER TWO: PAPER AND POWER"] == "furniture"
    assert "The provincial courts of the 1820s" in layout.body


def test_download_stamps_without_a_cover_do_not_make_page_one_a_cover() -> None:
    layout = analyse(STAMPED_NO_COVER, "stamped.txt")
    assert [n.number for n in layout.notes] == ["1", "2", "3"]
    assert "front" not in layout.labels
    assert not [d for d in layout.diagnostics if d.code == "X101"]
    assert layout.body.startswith("The Prussian Courts\nWhen the Prussian")


def test_a_labelled_cover_is_still_the_front() -> None:
    cover = ("Courts and Paper\n\nAuthor(s): Margaret Ellison\n\n"
             "Source: Journal of Legal History, Vol. 41, No. 3 (2019), pp. 201-229\n\n"
             "Stable URL: https://www.jstor.org/stable/1\n\n")
    layout = analyse(cover + STAMP + "\n" + STAMPED_NO_COVER, "covered.txt")
    assert [n.number for n in layout.notes] == ["1", "2", "3"]
    assert layout.labels[:9] == ["front", "blank", "front", "blank", "front", "blank", "front",
                                 "blank", "front"]
    assert "Author(s)" not in layout.body
    source = read_text_document(cover + STAMP + "\n" + STAMPED_NO_COVER).source
    assert source["author"] == [{"family": "Ellison", "given": "Margaret"}]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Author(s): Peter Whitewood", "author(s)"),
        ("Stable URL: https://www.jstor.org/stable/1", "stable url"),
        ("Society X is collaborating with JSTOR to digitize", "collaborating with jstor"),
        ("To cite this article: A. Author (2010) Title", "to cite this article"),
        ("This content downloaded from 1.2.3.4", None),  # a stamp, on every page: no cover field
        ("Sources: the court rolls", None),
        ("The source: a roll of 1536", None),
    ],
)
def test_cover_field(line: str, kind: str | None) -> None:
    assert cover_field(line) == kind


def _page(head: str, body: str, notes: str) -> str:
    return f"{head} {body}\n\n{notes}\n\n{STAMP}\n"


#: pdftotext without -layout: one line per paragraph; the notes of a page are
#: one paragraph, and note 3's rest opens the next page's notes paragraph
CUT = (
    _page("", "The ordinance demanded that every hearing be minuted, yet it said nothing about "
          "who should pay for the paper or where the minutes should be kept, and the courts "
          "improvised for a decade.1 Court presidents improvised, and their improvisations "
          "hardened into routine within a decade.2",
          "1 See Thomas Brandt, Paper Justice, Cambridge, 2011, p. 14. 2 For the background, "
          "see Ruth Albers, ‘Clerks and the Making of the Record’, Law and History")
    + _page("COURTS AND PAPER 203", "The registry became the place where the court's memory was "
            "made. Its clerks decided what was filed, what was copied and what was thrown "
            "away, and the president seldom overruled them.3",
            "{rest}3 Peter Lang, Die Akte, Göttingen, 2004, p. 110.")
)


@pytest.mark.parametrize(
    "rest",
    ["Review, 27, 2009, 3, pp. 455–82. ", "Review 27 (2009): 455–82.\n\n",
     "quarterly, 27, 2009, 455–82. "],
)
def test_a_cut_notes_rest_after_the_page_break_is_kept(rest: str) -> None:
    text = CUT.replace("{rest}", rest)
    layout = analyse(text, "cut.txt")
    notes = {n.number: n.text for n in layout.notes}
    assert notes["2"].endswith("Law and History " + rest.strip())
    assert notes["3"] == "Peter Lang, Die Akte, Göttingen, 2004, p. 110."
    assert rest.strip() not in layout.body


def test_body_text_before_the_notes_is_not_taken_for_a_rest() -> None:
    prose = ("Historians have disagreed about the weight of these courts, and the exception was "
             "the south, where the levy was collected in full. The figures for those are ")
    text = CUT.replace("{rest}", prose)
    layout = analyse(text, "prose.txt")
    notes = {n.number: n.text for n in layout.notes}
    assert notes["2"].endswith("Law and History")
    assert prose.strip() in layout.body  # the body's part of a notes line stays in the body


def _words(text: str) -> set[str]:
    return set(re.findall(r"[^\W\d_]{2,}", text))


def _unaccounted(text: str) -> set[str]:
    """Words on lines the reader does not call furniture or cover that it lost.

    Words in capitals are left out: a running head fused to a paragraph
    ("THE GRAIN LEVY 102 the courts …") is furniture the reader strips.
    """
    layout = analyse(text, "x.txt")
    kept = _words(layout.body) | _words(" ".join(n.text for n in layout.notes))
    kept |= _words(" ".join(d.raw or "" for d in layout.diagnostics))
    lines = text.split("\n")
    seen: set[str] = set()
    for line, label in zip(lines, layout.labels, strict=True):
        if label in ("body", "note", "bio"):
            seen |= {w for w in _words(line) if not w.isupper()}
    return seen - kept


@pytest.mark.parametrize("name", ["thesis", "stamped", "cut", "prose", "jstor_article"])
def test_no_text_vanishes_silently(name: str) -> None:
    text = {"thesis": THESIS, "stamped": STAMPED_NO_COVER,
            "cut": CUT.replace("{rest}", "Review, 27, 2009, 3, pp. 455–82. "),
            "prose": CUT.replace("{rest}", "Historians have disagreed about it. The figures are ")}
    if name not in text:  # a JSTOR text whose notes paragraphs open with the body's last words
        text[name] = (DATA / f"{name}.txt").read_text(encoding="utf-8")
    assert _unaccounted(text[name]) == set()


_PIECES = ["Body text goes on here", " and on.", "1 ", "2 ", "3 ", "See A. Author, Book, ",
           "1999, p. 4.", "Review, 27, 2009, pp. 4–8. ", "\n", "\n\n", "\f", STAMP,
           "Author(s): X\n", "Stable URL: y\n", ".1", ".2", " Ibid."]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=60).map("".join))
def test_no_text_vanishes_silently_on_any_input(text: str) -> None:
    assert _unaccounted(text) == set()


def _page(number: int, body: list[str], notes: list[str], head_after: int = 0) -> list[str]:
    """A page in pdftotext's order: page number, body, notes; the running head
    printed before the body or, as two-column pages do, after note ``head_after``."""
    head = ["Recherche"]
    lines = [str(number), *([] if head_after else head), *body, *notes[:head_after]]
    return lines + (head if head_after else []) + notes[head_after:]


_WORDS = ("calendar court officer rank office editor state ruler work name district clerk "
          "register printer privilege household judge archive").split()


def _body(page: int) -> list[str]:
    """Three full lines of prose, different on every page."""
    rng = random.Random(page)
    return [" ".join(rng.choice(_WORDS) for _ in range(12)) for _ in range(3)]

#: a column read out of order: note 3 is printed after notes 4 and 5, below a
#: running head that stands mid-page, far from the page number
LATE = "\n".join(
    _page(80, [*_body(80), "and they were read by the judges.1 Few were kept.2"],
          ["1 See Volker Bauer, Repertorium, Frankfurt 1997, 12.", "2 Ebd. 14."])
    + _page(81, [*_body(81), "and the clerks.3 Their editors were officers.4 Many were clerks.5"],
            ["4 Joachim Schwarzkopf, Ueber Staats- und Adress-Calender, Berlin 1792, 3.",
             "5 Ebd. 17.", "3 Manfred Hanisch, Politik in und mit Kalendern. Eine Studie zur",
             "Endterschen Kalendersammlung in Nürnberg, in: Jahrbuch für Fränkische",
             "Landesforschung 49 (1989) 59–76, hier 71; vgl. auch Jan Knopf, Kalender, in:",
             "Von Almanach bis Zeitung, hg. von Ernst Fischer, München 1999, 121–136."],
            head_after=2)
    + [line for n in range(6, 10) for line in _page(76 + n, [*_body(n), f"and the {_WORDS[n]}s.{n}"],
                                                    [f"{n} Ebd. {n * 3}."], head_after=n % 2)]
) + "\n"


def test_a_note_printed_after_higher_numbers_is_its_own_note_in_its_place() -> None:
    layout = analyse(LATE, "late.txt")
    assert [n.number for n in layout.notes] == [str(n) for n in range(1, 10)]
    notes = {n.number: n.text for n in layout.notes}
    assert notes["5"] == "Ebd. 17."
    assert notes["3"].startswith("Manfred Hanisch, Politik in und mit Kalendern. Eine Studie")
    assert notes["3"].endswith("München 1999, 121–136.")
    assert not [d for d in layout.diagnostics if d.code == "X101"]
    labels = dict(zip(LATE.split("\n"), layout.labels, strict=True))
    assert labels["Recherche"] == "furniture"


def test_a_page_number_below_the_expected_note_is_no_late_note() -> None:
    text = LATE.replace("3 Manfred Hanisch", "3\nManfred Hanisch")
    assert "3" not in [n.number for n in analyse(text).notes]


#: pdftotext lost the number of note 9 (a superscript): its text follows note 8's
LOST = """The critics expected a natural law after Aquinas's8 (or even St. German's)9 and
did not find it; the treatise draws instead on the civil law of Rome and on the
Anglican church,10 which shaped its reading of the first.
8
See infra notes 34-44 and accompanying text.
In the early sixteenth century, St. German wrote Doctor and Student, the first major law
book published in English. DANIEL R. COQUILLETTE, THE ANGLO-AMERICAN LEGAL HERITAGE
187-88 (2d ed. 2004). He drew in part upon Aquinas.
10
See infra notes 55-96 and accompanying text.
"""


def test_a_note_whose_number_was_lost_is_split_from_the_note_before() -> None:
    layout = analyse(LOST, "lost.txt")
    notes = {n.number: n.text for n in layout.notes}
    assert notes["8"] == "See infra notes 34-44 and accompanying text."
    assert notes["9"].startswith("In the early sixteenth century, St. German wrote")
    assert notes["9"].endswith("He drew in part upon Aquinas.")
    # (an excerpt starting at note 8 is reported as a jump from 1)
    assert [(d.code, d.line) for d in layout.diagnostics] == [("X101", 4), ("X105", 6)]


def test_without_the_bodys_marker_nothing_is_split() -> None:
    layout = analyse(LOST.replace("German's)9", "German's)"), "lost.txt")
    assert [n.number for n in layout.notes] == ["8", "10"]
    assert [(d.code, d.line) for d in layout.diagnostics] == [("X101", 4), ("X101", 9)]


def test_a_repeated_note_end_is_not_a_running_head() -> None:
    pages = []
    for n in range(1, 4):
        pages += [f"{40 + n}", "REVIEW OF THINGS", *_body(n), f"and the clerks of the court.{n}",
                  f"{n} See the roll of the court, cited in Smith, The Manor, London 1999, note",
                  "66, at 55."]
    layout = analyse("\n".join(pages) + "\n", "heads.txt")
    assert [n.text[-18:] for n in layout.notes] == ["London 1999, note 66, at 55."[-18:]] * 3
    assert layout.labels[1] == "furniture"  # the real head
