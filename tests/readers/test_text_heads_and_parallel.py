"""Text reader: running heads that stand among the notes, heads fused to a paragraph
that opens with a capital, and bilingual articles that print each page's notes twice."""

from __future__ import annotations

import pytest

from citekit.readers.text import _cue, _head_of_words, analyse

_BODY = (
    "The guild courts of {town} heard most disputes about apprentices and wages in the\n"
    "years before the reform, and the registers of {town} survive for nearly every decade of\n"
    "the century, which makes {town} a rare source for the history of work.{m} So {town}.{n}\n"
)
_TOWNS = ["Lübeck", "Bremen", "Hamburg", "Rostock", "Wismar", "Stralsund"]


def _journal_head_text() -> str:
    """Six pages, each with two notes and the journal's head between them (not at a page edge)."""
    pages = []
    for page in range(1, 7):
        first, second = 2 * page - 1, 2 * page
        pages.append(
            _BODY.format(town=_TOWNS[page - 1], m=first, n=second) + "\n"
            f"{first} Anna Berg, Zunftgerichte in {_TOWNS[page - 1]}, Leipzig 19{page + 10}, S. {page * 3},\n"
            f"mit Registern aus {page + 1700}.\n\nLEX FORUM 2021, 3\n\n"
            f"{second} Karl Roth, Lehrlinge und Meister: Die Zunftgerichte der Stadt und ihre\n"
            f"Register, in: Archiv für Stadtgeschichte 12 (1931), 45–67, der die Register\n"
            f"als Quelle für die Geschichte der gewöhnlichen Arbeit nach {page + 1800}\n"
            f"beschreibt, besonders S. {page + 40}.\n\n{10 + page}\n\f"
        )
    return "".join(pages)


def test_a_journal_head_with_year_and_issue_is_furniture_wherever_it_stands() -> None:
    text = _journal_head_text()
    layout = analyse(text)
    lines = text.split("\n")
    heads = [layout.labels[i] for i, line in enumerate(lines) if line == "LEX FORUM 2021, 3"]
    assert heads == ["furniture"] * 6
    assert [n.number for n in layout.notes] == [str(n) for n in range(1, 13)]
    assert all("LEX FORUM" not in n.text for n in layout.notes)
    ends = [f"aus {p + 1700}." if k == 0 else f"S. {p + 40}." for p in range(1, 7) for k in (0, 1)]
    assert [n.text[-len(end):] for n, end in zip(layout.notes, ends, strict=True)] == ends


@pytest.mark.parametrize("key, head", [
    ("ancilla iuris #, #", True),  # a journal's name, year and issue
    ("the red army purge", True),
    ("# luhmann (fn. #), #", False),  # a short note repeated in the same words
    ("vgl. bauer (wie fn. #), #.", False),  # a sentence's end: note text
])
def test_which_repeated_lines_can_be_heads_anywhere(key: str, head: bool) -> None:
    assert _head_of_words(key) is head


_GERMAN = (
    "Die Zunftgerichte der Stadt verhandelten die meisten Streitigkeiten über Lehrlinge und Löhne,\n"
    "und ihre Register sind für fast jedes Jahrzehnt erhalten.{a} Sie sind eine seltene Quelle.{b}\n"
)
_ENGLISH = (
    "The guild courts of the town heard most disputes about apprentices and wages, and their\n"
    "registers survive for nearly every decade.{a} They are a rare source.{b}\n"
)


def _bilingual() -> str:
    out = []
    for a in (1, 3):
        b = a + 1
        out.append(_GERMAN.format(a=a, b=b) + "\n" + _ENGLISH.format(a=a, b=b) + "\n")
        out.append(f"{a} Vgl. Anna Berg, Zunftgerichte im Wandel, Leipzig 1911, S. {a}.\n")
        out.append(f"{b} Dazu Karl Roth, Lehrlinge und Meister, Köln 1920, S. {b}.\n\n")
        out.append(f"{a} See Anna Berg, Zunftgerichte im Wandel, Leipzig 1911, p. {a}.\n")
        out.append(f"{b} On this, Karl Roth, Lehrlinge und Meister, Köln 1920, p. {b}.\n\n")
        out.append(f"{a + 20}\n\f")
    return "".join(out)


def test_a_bilingual_article_gives_each_page_of_notes_twice() -> None:
    layout = analyse(_bilingual())
    assert [n.number for n in layout.notes] == ["1", "2", "1", "2", "3", "4", "3", "4"]
    assert [n.text.split()[0] for n in layout.notes] == ["Vgl.", "Dazu", "See", "On"] * 2
    assert not [d for d in layout.diagnostics if d.code == "X101"]


def test_a_stray_lower_number_inside_a_note_is_not_a_restart() -> None:
    text = (
        _ENGLISH.format(a=1, b=2) + "\n"
        "1 See Anna Berg, Zunftgerichte im Wandel, Leipzig 1911, p. 4.\n"
        "2 On the registers, Karl Roth, Lehrlinge und Meister, in: Archiv für\n"
        "Stadtgeschichte 12.\n"
        "1 Beispiel aus dem Register von 1750 findet sich bei Roth.\n\n12\n\f"
    )
    layout = analyse(text)
    assert [n.number for n in layout.notes] == ["1", "2"]
    assert "Beispiel aus dem Register" in layout.notes[1].text


def _paragraph_text(after_edge: str) -> str:
    long_para = ("The purge of the guild courts began in the spring and spread quickly through the "
                 "town, as every master who had sat on a court was questioned about his dealings "
                 "with the apprentices and the wages they had been paid over the previous decade.")
    return (
        f"{long_para}1 {long_para}\n\n"
        "1 See Anna Berg, Zunftgerichte im Wandel, Leipzig 1911, p. 3.\n\n"
        "This content downloaded from 10.0.0.1 on Mon, 01 Jan 2024 10:00:00 UTC\n\n"
        "All use subject to JSTOR Terms and Conditions\n\n"
        f"{after_edge} {long_para}2 {long_para}\n\n"
        "2 Karl Roth, Lehrlinge und Meister, Köln 1920, p. 12.\n"
    )


@pytest.mark.parametrize("head", [
    "THE GUILD COURTS AND THEIR PURGE, 1750–60 287",  # head, then page number
    "288 URBAN HISTORY REVIEW, 41, 2, 2015",  # page number, then head
])
@pytest.mark.parametrize("opening", ["The masters", "the masters"])
def test_a_fused_head_after_a_page_edge_leaves_the_body(head: str, opening: str) -> None:
    layout = analyse(_paragraph_text(f"{head} {opening}"))
    assert head not in layout.body
    assert opening in layout.body
    assert [n.number for n in layout.notes] == ["1", "2"]


def test_capitals_opening_a_paragraph_without_a_page_edge_stay() -> None:
    text = (
        "NEW GUILD RULES OF 1761 12 The rules were printed and posted in every workshop of the "
        "town, and each master had to read them aloud to his apprentices once a year, in the "
        "presence of a member of the court, who signed the register of the guild to confirm it.\n\n"
    ) + _paragraph_text("Then the masters")
    layout = analyse(text)
    assert "NEW GUILD RULES OF 1761 12 The rules" in layout.body


def test_the_articles_own_doi_alone_on_a_line_is_furniture() -> None:
    text = (
        _BODY.format(town="Lübeck", m=1, n=2) + "\n"
        "1 Anna Berg, Zunftgerichte, Leipzig 1911, S. 3.\n"
        "2 Karl Roth, Register, in: Archiv 12 (1931), 45–67, doi:10.1234/archiv.12.45.\n\n"
        "DOI: 10.5771/2699-1284-2020-1-16\n"
        "https://doi.org/10.5771/2699-1284-2020-1-16, am 08.07.2025, 15:48:49\n\n17\n\f"
    )
    layout = analyse(text)
    labels = dict(zip(text.split("\n"), layout.labels, strict=True))
    assert labels["DOI: 10.5771/2699-1284-2020-1-16"] == "furniture"
    assert layout.notes[1].text.endswith("doi:10.1234/archiv.12.45.")
    assert "2699" not in layout.notes[1].text


@pytest.mark.parametrize("line, cue", [
    ("The Center for Media and Democracy. (n.d.). What we do. https://perma.cc/6ZBL", 1),  # author-date
    ("Smith, J. (2001). Title. Publisher.", 1),
    ("and the North Carolina Department of Public Instruction recommended that", 0),
])
def test_citation_cues(line: str, cue: int) -> None:
    assert _cue(line) == cue


def test_notes_printed_without_numbers_split_after_a_url() -> None:
    text = (
        "The model act was drafted by a lobby group in the early nineties and then offered to\n"
        "the legislatures of several states, which adopted it almost word for word in the years\n"
        "that followed its first publication in a newsletter for members of the group.1\n\n"
        "1 Anna Berg, Model Acts and Their Authors: Lobbying in State Legislatures, Boston 2001, p. 3.\n\n"
        "12\n\f"
        "Critics called the act a vehicle for one reading of the founders, and a watchdog group\n"
        "described the curriculum it required as partisan in its choice of sources and texts.2 The\n"
        "group later replaced it with a shorter act on civic literacy, which is still on its site.3\n\n"
        "The Center for Media and Democracy. (n.d.). What we do. https://perma.cc/6ZBL-KQ7N\n"
        "\"This model legislation would require a semester-long course on the philosophical views of\n"
        "the founders as set out in their writings.\" Karl Roth, Founders and Their Readers, New York\n"
        "2017, p. 4.\n\n13\n\f"
    )
    layout = analyse(text)
    assert [n.number for n in layout.notes] == ["1", "2", "3"]
    assert layout.notes[1].text.endswith("https://perma.cc/6ZBL-KQ7N")
    assert layout.notes[2].text.startswith("\"This model legislation")
