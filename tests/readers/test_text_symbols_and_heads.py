"""Layouts probed on 2026-11-28: symbol-marked notes per page, "Cite this article" blocks,
small-capital running heads, and a cut note whose rest opens with a capital."""

from __future__ import annotations

import pytest

from citekit.readers.symbol_notes import number_symbol_notes
from citekit.readers.text import _is_bio, analyse, classify_lines

SYMBOL_PAGES = (
    "ANCIENT LIGHTS\n\nBy A. WRITER *\n\n"
    "The judges knew the difficulty,† and met it with a presumed grant.‡\n\n"
    "* Fellow of Some College, Oxbridge.\n"
    "† Gale, Easements (1839), p. 177.\n"
    "‡ Holdsworth, History of English Law, vol. vii (1925), p. 338.\n\n"
    "176\n\f"
    "The leading case is Darwin v. Upton,* argued again in 1752.†\n\n"
    "* (1786) 2 Wms. Saund. 175.\n"
    "† Ibid f. 44v.\n"
)


def test_symbol_notes_are_numbered_in_order_with_their_markers() -> None:
    text, count = number_symbol_notes(SYMBOL_PAGES, _is_bio)
    assert count == 4
    lines = text.split("\n")
    assert "difficulty,1 and met it with a presumed grant.2" in text
    assert "Upton,3 argued again in 1752.4" in text
    assert "* Fellow of Some College, Oxbridge." in lines  # the author note keeps its mark
    assert "By A. WRITER *" in lines
    assert "2 Holdsworth, History of English Law, vol. vii (1925), p. 338." in lines
    assert len(lines) == len(SYMBOL_PAGES.split("\n"))


def test_symbol_notes_are_read_as_notes() -> None:
    layout = analyse(SYMBOL_PAGES)
    assert [(n.number, n.text) for n in layout.notes] == [
        ("1", "Gale, Easements (1839), p. 177."),
        ("2", "Holdsworth, History of English Law, vol. vii (1925), p. 338."),
        ("3", "(1786) 2 Wms. Saund. 175."),
        ("4", "Ibid f. 44v."),
    ]
    assert [d.code for d in layout.diagnostics].count("X106") == 1


@pytest.mark.parametrize("text", [
    # author notes of a law review: no symbol notes to number
    "TITLE\nJane Roe∗ & John Doe†\nBody.1\n∗ Professor of Law, Some University.\n"
    "† Associate Professor of Law, Other College.\n1 Id. at 4.\n",
    # three authors' notes on the first page only (not worded as biographies)
    "TITLE\nA. Roe∗, B. Doe† & C. Poe‡\nBody.1\n∗ J.D. 2020.\n† LL.M. 2019.\n‡ Ph.D. 2018.\n1 Id. at 4.\n",
    # symbols that do not climb the cycle page by page: a list, not notes
    "* First point\n* Second point\n* Third point\n‡ odd\n",
])
def test_texts_without_a_symbol_cycle_are_left_alone(text: str) -> None:
    assert number_symbol_notes(text, _is_bio) == (text, 0)


def test_marks_alone_on_their_lines_as_pdftotext_sets_them() -> None:
    text = ("The judges knew it,* and met it with a presumed grant.† And more.‡\n\n"
            "*\n\nGale, Easements (1839), p. 177.\n†\nHoldsworth, History, vol. vii (1925), p. 338.\n"
            "‡\nIbid., p. 340.\n\n1\n\f"
            "The leading case is Darwin v. Upton,* argued again in 1752.†\n\n*\n\n(1786) 2 Wms. Saund. 175.\n"
            "†\nIbid f. 44v.\n\n2\n")
    layout = analyse(text)
    assert [(n.number, n.text) for n in layout.notes] == [
        ("1", "Gale, Easements (1839), p. 177."), ("2", "Holdsworth, History, vol. vii (1925), p. 338."),
        ("3", "Ibid., p. 340."), ("4", "(1786) 2 Wms. Saund. 175."), ("5", "Ibid f. 44v."),
    ]
    assert "The judges knew it,1 and met it with a presumed grant.2 And more.3" in number_symbol_notes(text, _is_bio)[0]


def test_only_the_first_page_has_author_notes() -> None:
    text = SYMBOL_PAGES.replace("† Ibid f. 44v.", "† History of the University of Oxford, vol. 5 (1986), 12.")
    numbered, count = number_symbol_notes(text, _is_bio)
    assert count == 4
    assert "4 History of the University of Oxford, vol. 5 (1986), 12." in numbered.split("\n")


def test_doubled_symbols_go_on_after_the_cycle() -> None:
    marks = ["*", "†", "‡", "§", "‖", "¶", "**", "††"]
    page = "".join(f"Sentence {k}.{m}\n" for k, m in enumerate(marks)) + "\n"
    page += "".join(f"{m} Smith {k}, Book (Oxford, 1960), {k + 1}.\n" for k, m in enumerate(marks))
    text, count = number_symbol_notes(page + "\f" + page, _is_bio)
    assert count == 16
    assert "Sentence 7.8\n" in text and "8 Smith 7, Book (Oxford, 1960), 8." in text
    assert "16 Smith 7, Book (Oxford, 1960), 8." in text


def test_cite_this_article_block_is_furniture() -> None:
    text = ("Body of the page.1\n1 Gray, Copyhold (1963), 54.\n\n"
            "Cite this article: Doe J (2026). A Title. Law and History Review 44, 1–8.\n")
    labels = classify_lines(text)
    assert labels[3] == "furniture"
    assert analyse(text).notes[0].text == "Gray, Copyhold (1963), 54."


def test_small_capital_heads_after_a_page_edge_are_furniture() -> None:
    text = ("Body text on the first page.1\n1 A. Author, A Book (Leiden, 2001), 3.\n\f"
            "146 van der velde\n\nBody text on the next page goes on here.2\n2 Ibid., 4.\n\f"
            "the notary and the merchant 147\n\nMore body.\n")
    labels = classify_lines(text)
    lines = text.split("\n")
    assert labels[lines.index("\f146 van der velde")] == "furniture"
    assert labels[lines.index("\fthe notary and the merchant 147")] == "furniture"


def test_cut_note_rest_opening_with_a_capital_is_taken() -> None:
    body = "A line of the body that is long enough to count as a full line of prose here"
    text = (f"{body}.1\n{body}, and more.2\n"
            "1 Pieter Smit, Notaries in the Low Countries (Leiden: Brill, 2001), 41–57.\n"
            "2 On proof see Dirk Heirbaut, ‘Rules for Solving Conflicts of\n\n"
            "Downloaded from Brill.com 11/28/2026 12:03:11AM\n\f"
            f"{body} again.3\nit goes on, for the page has its own notes.4\n"
            "Law in Medieval Flanders’, Tijdschrift voor Rechtsgeschiedenis 75 (2007): 73–96.\n"
            "3 Archivio di Stato di Genova, Notai antichi 312, fols. 14r–15v.\n"
            "4 Smit, Notaries, 63.\n")
    notes = {n.number: n.text for n in analyse(text).notes}
    assert notes["2"].endswith("Conflicts of Law in Medieval Flanders’, Tijdschrift voor "
                               "Rechtsgeschiedenis 75 (2007): 73–96.")
    assert notes["3"].startswith("Archivio")


@pytest.mark.parametrize("pieces,expected", [
    (["See Holds-", "worth, History"], "See Holdsworth, History"),
    (["Smith-", "Jones, A Book"], "Smith-Jones, A Book"),
    (["Anglo-", "Saxon Charters"], "Anglo-Saxon Charters"),
    (["pp. 338-", "342."], "pp. 338-342."),
    (["A —", "B"], "A — B"),
])
def test_note_lines_joined_at_hyphens(pieces: list[str], expected: str) -> None:
    from citekit.readers.text import clean_note_text

    assert clean_note_text(pieces) == expected
