"""pdftotext layouts of law reviews, Festschriften, books with endnotes and two-column journals.

The snippets are cut from the text of PDFs made with pdflatex from the sources
in ``tests/readers/data/pdf_sources/`` (the whole texts are golden documents in
``tests/extraction/golden/documents/``).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.readers.columns import split_columns
from citekit.readers.text import _is_boilerplate, analyse, read_text_document

LAW_REVIEW = """EQUITY WITHOUT CHANCERY:
FEDERAL REMEDIES, 1789–1850
Miriam T. Okafor∗ & Daniel Reyes†
Commentators at the time were divided, though the division did
not follow party lines. It would be wrong to see in this shift a simple
story of progress or of decline.1 That presentation has shaped the way
later scholars read the cases, often without noticing it.2 One of them
kept meticulous letter books, while the other left only scattered memoranda.
∗

Professor of Law, Harbourview University School of Law. I thank the participants
in the Legal History Colloquium for comments.
†
Associate Professor of Law, Eastvale College of Law.
1
28 U.S.C. § 1331 (2018).
2
Id. at 178.
"""


def test_tex_asterisk_and_dagger_author_notes_are_both_kept() -> None:
    layout = analyse(LAW_REVIEW)
    assert layout.bio == [
        "∗ Professor of Law, Harbourview University School of Law. I thank the participants in the "
        "Legal History Colloquium for comments.",
        "† Associate Professor of Law, Eastvale College of Law.",
    ]
    assert [(n.number, n.text) for n in layout.notes] == [("1", "28 U.S.C. § 1331 (2018)."),
                                                           ("2", "Id. at 178.")]


@pytest.mark.parametrize("line,number,text", [
    ("12 1 William Blackstone, Commentaries *69.", "12", "1 William Blackstone, Commentaries *69."),
    ("5 28 U.S.C. § 1331 (2018).", "5", "28 U.S.C. § 1331 (2018)."),
    # the number fused to a note that opens with a number or a section sign
    ("171 Mose 9,6 wird in den Quellen nur selten angeführt.", "17",
     "1 Mose 9,6 wird in den Quellen nur selten angeführt."),
    ("5§ 823 BGB wird hier nur am Rande behandelt.", "5", "§ 823 BGB wird hier nur am Rande behandelt."),
])
def test_notes_opening_with_a_number(line: str, number: str, text: str) -> None:
    n = int(number)
    body = "Der Rat griff selten ein" + "".join(f", Fall{k}" for k in range(1, n + 1)) + "."
    notes = "\n".join(f"{k} Ebd., S. {k}." for k in range(1, n))
    layout = analyse(f"{body}\n\n{notes}\n{line}\n")
    assert [x.number for x in layout.notes] == [str(k) for k in range(1, n + 1)]
    assert layout.notes[-1].text == text


def test_a_body_sentence_going_on_is_no_note_tail() -> None:
    """The page's last body line continues the line above ("… means that" / "the doctrine …"):
    it is not the rest of the previous page's last note, which ended with a full stop."""
    text = ("The archival evidence complicates the picture in at least three respects, and it does so\n"
            "in ways that the printed reports never show.1 First, the number of suits was small.\n"
            "1\nId. § 12.\n\n\f2026]\n\nEQUITY WITHOUT CHANCERY\n\n1024\n\n"
            "changes shows how legal categories entered everyday commercial life.2\n"
            "Commentators at the time were divided, though the division did not\n"
            "follow party lines. Together they allow a reconstruction of how advice\n"
            "was given and how it was received. None of this means that\n"
            "the doctrine was irrelevant to ordinary people.\n\n"
            "2\nSarah Lindqvist, Notice Pleading Before the Rules, 101 Colum. L. Rev. 1501,\n"
            "1512 (2001).\n")
    layout = analyse(text)
    assert [n.text for n in layout.notes] == [
        "Id. § 12.", "Sarah Lindqvist, Notice Pleading Before the Rules, 101 Colum. L. Rev. 1501, 1512 (2001)."]
    assert "the doctrine was irrelevant to ordinary people." in layout.body


@pytest.mark.parametrize("line,expected", [
    ("Electronic copy available at: https://ssrn.com/abstract=4419273", True),
    ("© 2026 Informa UK Limited, trading as Taylor & Francis Group", True),
    ("Copyright © 2020 by the Yale Law Journal Company, Inc.", True),
    ("CONTACT Anna Novak anna.novak@uni-west.example", True),
    ("https://doi.org/10.1017/S0738248024000123 Published online by Cambridge University Press", True),
    ("Vol.:(0123456789)", True),
    ("This article is published with open access at Springerlink.com", True),
    ("The book was published online by the author in 2003.", False),
    ("Copyright Act 1988, s. 4.", False),
    ("Contact between the two courts was rare.", False),
])
def test_publisher_and_repository_stamps(line: str, expected: bool) -> None:
    assert _is_boilerplate(line) is expected


def test_a_page_number_before_a_page_break_is_no_bare_note_number() -> None:
    text = ("It would be wrong to see in this shift a1 simple story of progress.\n"
            "By the end of the period\n\n1\n\n\fthe vocabulary had hardened into something like2 a code.\n\n"
            "Notes\n1. Karen Holt, The Assize Circuit in Georgian England (London: Hambledon, 1994), 23.\n"
            "2. Ibid., 31.\n")
    layout = analyse(text)
    assert [(n.number, n.text) for n in layout.notes] == [
        ("1", "Karen Holt, The Assize Circuit in Georgian England (London: Hambledon, 1994), 23."),
        ("2", "Ibid., 31.")]
    assert layout.labels[3] == "furniture"  # the page number "1"


ENDNOTES = """Chapter 1

The Circuit
It would be wrong to see in this shift a1 simple story of progress
or of decline. A generation of2 treatise writers then smoothed over
the disagreement, presenting the rule as settled.

\fChapter 2

The Bench
Later scholars read the cases, often without noticing1 it. Advice
often turned on facts that the client had not thought worth men-
tioning, in the2 decade that followed.

\fNotes
1. The Circuit
1. Karen Holt, The Assize Circuit in Georgian England (London: Hambledon, 1994), 23.
2. Ibid., 31.

2. The Bench
1. John Beattie, Crime and the Courts in England, 1660–1800 (Princeton: Princeton
University Press, 1986), 314.
2. Ibid., 318–20.

5
"""


def test_endnotes_numbered_afresh_for_each_chapter() -> None:
    layout = analyse(ENDNOTES)
    assert [(n.number, n.text) for n in layout.notes] == [
        ("1", "Karen Holt, The Assize Circuit in Georgian England (London: Hambledon, 1994), 23."),
        ("2", "Ibid., 31."),
        ("1", "John Beattie, Crime and the Courts in England, 1660–1800 (Princeton: Princeton "
              "University Press, 1986), 314."),
        ("2", "Ibid., 318–20."),
    ]
    assert "2. The Bench" in layout.body


def test_endnotes_under_a_notes_heading_after_each_chapter() -> None:
    text = ENDNOTES.replace("\fChapter 2", "Notes\n1. Karen Holt, Assize Circuit, 23.\n2. Ibid., 31.\n\n"
                            "\fChapter 2").split("\fNotes")[0]
    text += "Notes\n1. John Beattie, Crime and the Courts, 314.\n2. Ibid., 318–20.\n"
    layout = analyse(text)
    assert [(n.number, n.text) for n in layout.notes] == [
        ("1", "Karen Holt, Assize Circuit, 23."), ("2", "Ibid., 31."),
        ("1", "John Beattie, Crime and the Courts, 314."), ("2", "Ibid., 318–20.")]


def test_a_restart_needs_its_heading() -> None:
    """A "1." after a note, with no heading between, is not a new run of notes."""
    text = ("The court sat twice a week,1 and its records survive.2\n\n"
            "1. Power, Wool Trade, 86.\n2. Ibid., 90.\n1. Lloyd, Wool Trade, 120.\n")
    layout = analyse(text)
    assert [n.number for n in layout.notes] == ["1", "2"]


def test_superscript_markers_and_a_body_paragraph_after_the_notes() -> None:
    text = ("The court of the staple met twice a week,¹ and its records survive for most of the "
            "fifteenth century.² Disputes over wool were its most common business.\n\n"
            "¹ Eileen Power, The Wool Trade (Oxford, 1941), p. 86.\n² Ibid., p. 90.\n\n"
            "The mayor of the staple was elected each year by the merchants themselves,³ and he sat "
            "with two constables.\n\n³ Lloyd, English Wool Trade, p. 130.\n")
    layout = analyse(text)
    assert [(n.number, n.text) for n in layout.notes] == [
        ("1", "Eileen Power, The Wool Trade (Oxford, 1941), p. 86."), ("2", "Ibid., p. 90."),
        ("3", "Lloyd, English Wool Trade, p. 130.")]
    assert "The mayor of the staple" in layout.body


TWO_COLUMNS = """JOURNAL OF LEGAL HISTORY                                   234

archival evidence complicates the picture in at least     the surviving papers of two firms. Together they al-
three respects. The records of the lower courts show      low a reconstruction of how advice was given and how
a messier picture, with local practice often running      it was received. Clients wrote anxious letters asking
ahead of appellate doctrine. It would be wrong to         whether their contracts would hold, and the answers
see in this shift a simple story of progress or of de-    were rarely reassuring.15 Commentators at the time
cline. The statute itself was drafted in haste, and its   were divided, though the division did not follow
sponsors disagreed about what it was meant to do.14       party lines. What changed in the decade that fol-
What changed in the decade that followed was less the     lowed was less the doctrine than the temper of the
doctrine than the temper of the bench. Commenta-          bench.
tors at the time were divided, though the division did
not follow party lines.                                     15 Ibid., 132; cf. Helmholz, Ius Commune, 120–
                                                          21, on the same question.
  14 Baker, Introduction, 131; Lindgren, ‘Courts of
Piepowder’, 210.
"""


def test_two_column_layout_text_is_read_column_by_column() -> None:
    result = read_text_document(TWO_COLUMNS)
    assert [(n.number, n.text) for n in result.notes] == [
        ("14", "Baker, Introduction, 131; Lindgren, ‘Courts of Piepowder’, 210."),
        ("15", "Ibid., 132; cf. Helmholz, Ius Commune, 120–21, on the same question."),
    ]
    lines = split_columns(TWO_COLUMNS).split("\n")
    assert lines[0] == TWO_COLUMNS.split("\n")[0]  # the head is read whole
    assert lines.index("  14 Baker, Introduction, 131; Lindgren, ‘Courts of") < lines.index(
        "\fthe surviving papers of two firms. Together they al-")  # the right column: a new page


def test_single_column_text_is_left_alone() -> None:
    text = "\n".join(f"Line {k} of a single column of prose that runs across the page    with gaps."
                     for k in range(20))
    assert split_columns(text) == text


def test_springer_logo_lines_and_the_author_block_below_page_one_notes() -> None:
    """Springer prints "1 3" (its logo) at each page's foot and the authors' addresses
    ("* Anna Novak", an e-mail, "1 Department of …") below page 1's notes."""
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "springer_article.txt").read_text(encoding="utf-8")
    layout = analyse(text)
    assert [(n.number, n.text) for n in layout.notes] == [
        ("1", "Anna Kowalczyk, Merchants and Magistrates (Cambridge: Cambridge University Press, 2011), 45."),
        ("2", "Ibid., 47–49."),
        ("3", "See Peter Lindgren, ‘Courts of Piepowder in the Baltic Ports’, Scandinavian Journal of "
              "History 38, no. 2 (2013): 201–224."),
        ("4", "Kowalczyk, Merchants, 88."),
        ("5", "Ibid."),
    ]
    assert layout.bio == ["* Anna Novak anna.novak@uni-west.example 1 Department of History, University of "
                          "the West, Westport, UK"]


def test_footnotes_numbered_afresh_in_each_chapter() -> None:
    text = ("Chapter 1\n\nLa corte\nLe sentenze precedenti1 avevano accennato alla regola,2 senza impegnarsi.\n\n"
            "1 Cfr. U. Santarelli, Mercanti, Torino 1989, p. 44.\n2 Ivi, p. 50.\n\n\f"
            "Chapter 2\n\nI consoli\nCiò che mutò nel decennio1 successivo fu meno la dottrina che\n"
            "l'atteggiamento dei giudici.2 Gli atti dei tribunali minori mostrano un quadro complesso.\n\n"
            "1 Cfr. P. Grossi, L'ordine giuridico medievale, Roma-Bari 1995, p. 130.\n2 Ivi, p. 131.\n")
    layout = analyse(text)
    assert [(n.number, n.text) for n in layout.notes] == [
        ("1", "Cfr. U. Santarelli, Mercanti, Torino 1989, p. 44."), ("2", "Ivi, p. 50."),
        ("1", "Cfr. P. Grossi, L'ordine giuridico medievale, Roma-Bari 1995, p. 130."), ("2", "Ivi, p. 131.")]
    assert not [d for d in layout.diagnostics if d.code == "X101"]


def test_a_stray_one_in_the_body_is_no_new_chapter() -> None:
    """Only the markers 1 and 2 since the last note, and a note 2 after it, restart the count."""
    text = ("The court sat in Part 1 of the building.1 It heard few cases.2\n\n"
            "1 Holt, Assize Circuit, 23.\n2 Ibid., 31.\n\n\f"
            "Later the court moved to Part 1 again.3\n\n"
            "1 January 1990 was the date of the move, and the clerks kept no record of it.\n"
            "3 Ibid., 40.\n")
    layout = analyse(text)
    assert [n.number for n in layout.notes] == ["1", "2", "3"]


def test_heinonline_cover_and_page_stamps() -> None:
    """A HeinOnline PDF's text: a cover citing the article in several styles (its Chicago form is
    read), and "HeinOnline -- 74 Harbourview L. Rev. 1022 2026" at the head of every page."""
    from pathlib import Path

    path = Path(__file__).parent / "data" / "heinonline_law_review.txt"
    result = read_text_document(path.read_text(encoding="utf-8"))
    assert result.source == {
        "type": "article-journal", "title": "Equity without Chancery: Federal Remedies, 1789-1850",
        "author": [{"family": "Okafor", "given": "Miriam T."}, {"family": "Reyes", "given": "Daniel"}],
        "container-title": "Harbourview Law Review", "volume": "74", "issued": {"date-parts": [[2026]]},
        "page": "1021-1044"}
    assert [n.number for n in result.notes] == [str(k) for k in range(1, 21)]
    assert result.notes[11].text == "1 William Blackstone, Commentaries *69."
    assert "HeinOnline" not in " ".join(n.text for n in result.notes)
    assert _is_boilerplate("HeinOnline -- 74 Harbourview L. Rev. 1022 2026")
    assert _is_boilerplate("-- The search text of this PDF is generated from uncorrected OCR text.")


@given(st.lists(st.text(alphabet="ab cd.\n", max_size=140), max_size=40))
@settings(max_examples=150, deadline=None)
def test_column_splitting_keeps_every_character(pages: list[str]) -> None:
    """Reordering columns moves text, never drops or invents any (form feeds and spaces aside)."""
    text = "\f".join(pages)
    out = split_columns(text)
    assert sorted(out.replace(" ", "").replace("\f", "").replace("\n", "")) == sorted(
        text.replace(" ", "").replace("\f", "").replace("\n", ""))


_WORDS = st.lists(st.sampled_from(["court", "record", "1789", "Ibid.,", "see", "law", "p.", "12"]),
                  min_size=1, max_size=6).map(" ".join)


@given(st.lists(st.tuples(_WORDS, _WORDS), min_size=10, max_size=30))
@settings(max_examples=100, deadline=None)
def test_a_two_column_page_reads_left_column_first(rows: list[tuple[str, str]]) -> None:
    page = "\n".join(f"{left:<50}      {right}" for left, right in rows)
    lines = split_columns(page).split("\n")
    lefts = [left for left, _ in rows]
    rights = [right for _, right in rows]
    assert [ln.rstrip() for ln in lines[: len(rows)]] == lefts
    assert [ln.lstrip("\f").rstrip() for ln in lines[len(rows):]] == rights
