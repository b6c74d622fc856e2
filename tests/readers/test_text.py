"""The plain-text reader: golden documents, the seed, table tests and properties."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.readers import read_document
from citekit.readers.text import analyse, classify_lines, clean_note_text, read_text_document

DATA = Path(__file__).parent / "data"


def _golden(name: str) -> dict:
    return json.loads((DATA / name).read_text(encoding="utf-8"))


def _as_json(path: Path) -> dict:
    result = read_document(str(path))
    return {
        "source": result.source,
        "notes": [{"number": n.number, "line": n.line, "text": n.text} for n in result.notes],
        "diagnostics": [[d.code, d.line] for d in result.diagnostics],
    }


@pytest.mark.parametrize("name", ["jstor_article", "pdftotext_article"])
def test_golden_documents(name: str) -> None:
    assert _as_json(DATA / f"{name}.txt") == _golden(f"{name}.golden.json")


def test_spans_point_at_the_notes_own_text() -> None:
    text = (DATA / "jstor_article.txt").read_text(encoding="utf-8")
    result = read_text_document(text, "a.txt")
    for note in result.notes:
        assert note.span is not None
        start, end = note.span
        assert text[start:end].startswith(note.text[:20])
        assert text[start:end].rstrip().endswith(note.text[-8:])


def test_bio_note_is_kept_as_a_diagnostic_not_a_note() -> None:
    result = read_document(str(DATA / "jstor_article.txt"))
    bios = [d for d in result.diagnostics if d.code == "X102"]
    assert [d.raw for d in bios] == [
        "Maria Kowalska is a Senior Lecturer in Economic History at the University of Eastbridge."
    ]
    assert all("Lecturer" not in n.text for n in result.notes)


def test_cover_page_lines_are_never_notes_or_body() -> None:
    text = (DATA / "jstor_article.txt").read_text(encoding="utf-8")
    labels = classify_lines(text)
    lines = text.split("\n")
    furniture_title = lines.index("Steam Ploughing in the Fens, 1850-1870")
    assert labels[furniture_title] == "front"
    assert "Steam Ploughing" not in read_text_document(text).body


def test_page_crossing_note_continues_after_the_next_pages_body() -> None:
    notes = {n.number: n for n in read_document(str(DATA / "pdftotext_article.txt")).notes}
    assert notes["3"].text.endswith("ed. by Paul Green, Cambridge 2001, pp. 101-130.")
    assert "Jane Doe" not in notes["3"].text  # the running head between is dropped


def test_a_number_out_of_sequence_is_kept_with_a_diagnostic() -> None:
    result = read_document(str(DATA / "pdftotext_article.txt"))
    assert [n.number for n in result.notes][-3:] == ["7", "9", "10"]
    gap = [d for d in result.diagnostics if d.code == "X101"]
    assert len(gap) == 1 and gap[0].line == 36 and gap[0].path.endswith("pdftotext_article.txt")


SEED_NOTES = {
    "1": (
        "See Paul Hagenloh, Stalin’s Police: Public Order, Mass Repression in the USSR, 1926–1941, "
        "Baltimore, MD, 2009, p. 3. For the national operations, see Nakazannyi narod: po "
        "materialam konferentsii ‘Repressii protiv rossiiskikh nemtsev v Sovetskom Soiuze v "
        "kontekste sovetskoi natsional´noi politiki’, ed. Irina Shcherbakova, Moscow, 1999; "
        "Repressii protiv poliakov i pol s´kikh grazhdan, ed. A. E. Gur´ ianov, Moscow, 1997; "
        "James Morris, ‘The Polish Terror: Spymania and Ethnic Cleansing in the Great Terror’, "
        "Europe–Asia Studies, 56, 2004, 2, pp. 751–66."
    ),
    "2": (
        "Details of the first mass operation were first published in Trud on 4 June 1992. For "
        "the political context of the publication, see Hagenloh, Stalin’s Police, p. 6ff."
    ),
    "3": (
        "From a large body of work, see Robert Conquest, The Great Terror: Stalin’s Purge of the "
        "Thirties, London, 1968, and Adam Ulam, Stalin: The Man and his Era, New York, 1974."
    ),
    "4": "See Oleg Khlevniuk, Master of the House: Stalin and His Inner Circle, New Haven,",
}


def test_seed_notes(seed_text: str) -> None:
    result = read_text_document(seed_text, "seed.txt")
    assert {n.number: n.text for n in result.notes} == SEED_NOTES
    assert [d.code for d in result.diagnostics] == ["X102"]
    assert result.diagnostics[0].raw.startswith("Peter Whitewood is a Lecturer")


def test_seed_source(seed_text: str) -> None:
    source = read_text_document(seed_text).source
    assert source["title"] == "The Purge of the Red Army and the Soviet Mass Operations, 1937–38"
    assert source["author"] == [{"family": "Whitewood", "given": "Peter"}]
    assert source["container-title"] == "The Slavonic and East European Review"
    assert (source["volume"], source["issue"], source["page"]) == ("93", "2", "286-314")
    assert source["issued"] == {"date-parts": [[2015, 4]]}


def test_seed_furniture_is_not_in_notes_or_body(seed_text: str) -> None:
    result = read_text_document(seed_text)
    everything = result.body + "\n".join(n.text for n in result.notes)
    for furniture in ("This content downloaded", "JSTOR Terms", "United States Army",
                      "Closed-Circuit", "THE RED ARMY PURGE"):
        assert furniture not in everything


@pytest.mark.parametrize(
    ("pieces", "expected"),
    [
        (["Biblio-", "thek"], "Bibliothek"),
        (["Law-", "Related Education"], "Law-Related Education"),  # the compound keeps its hyphen, no space
        (["pp. 1-", "20"], "pp. 1-20"),
        (["a  b", "  c "], "a b c"),
        (["", "x"], "x"),
        ([], ""),
    ],
)
def test_clean_note_text(pieces: list[str], expected: str) -> None:
    assert clean_note_text(pieces) == expected


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Body text.1\n1 A note.\n", ["1"]),
        ("Body.1 More.2\n(1) First.\n(2) Second.\n", ["1", "2"]),
        ("Body 1\n1\nThe note on its own line.\n", ["1"]),
        ("1. INTRODUCTION\nBody text.1\n1 The note.\n", ["1"]),
        ("No notes at all here.\n", []),
        ("Body text.¹ More.²\n¹ See A. Author, Book, 1999.\n² Ibid., p. 4.\n", ["1", "2"]),
        ("Body text.1 More.2\n1See A. Author, Book, 1999.\n2Ibid., p. 4.\n", ["1", "2"]),
    ],
)
def test_note_number_styles(text: str, numbers: list[str]) -> None:
    assert [n.number for n in analyse(text).notes] == numbers


def test_bad_input_gives_diagnostics_not_tracebacks(tmp_path: Path) -> None:
    missing = read_document(str(tmp_path / "nope.txt"))
    assert [d.code for d in missing.diagnostics] == ["X001"]
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    assert [d.code for d in read_document(str(binary)).diagnostics] == ["X001"]
    assert [d.code for d in read_document("x.txt", b"").diagnostics] == ["X103"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,1234\n\f*()ABC")), max_size=400))
def test_any_text_is_read_without_error(text: str) -> None:
    layout = analyse(text)
    assert len(layout.labels) == len(text.split("\n"))
    for note in layout.notes:
        assert note.span is not None and 0 <= note.span[0] <= note.span[1] <= len(text)


_WORDS = ("court custom village steward roll manor statute heriot suitor common lawyer "
          "record entry chapter year dispute objection decade phrase century").split()


def _long_article(pages: int = 100, notes_per_page: int = 4) -> str:
    """A 100-page article in pdftotext's layout: 40 lines a page, 4 notes a page."""
    out: list[str] = []
    n = 0
    for page in range(1, pages + 1):
        out.append(f"{page} THE LONG ARTICLE")
        for line in range(30):
            words = " ".join(_WORDS[(page * 7 + line * 3 + k) % len(_WORDS)] for k in range(12))
            marker = f".{n + 1 + line // 8}" if line % 8 == 7 else ""
            out.append(f"The {words} and more words of the body{marker} go on here")
        for _ in range(notes_per_page):
            n += 1
            out.append(f"{n} See A. Author, A Book about {_WORDS[n % len(_WORDS)]}, London 1999, "
                       f"p. {n}; B. Writer, An Article, Journal {n % 7} (2001),")
            out.append("pp. 10-20, at 12.")
        out.append("Downloaded from example.org by guest on 1 January 2024")
    return "\n".join(out)


def test_a_hundred_page_article_reads_every_note() -> None:
    """A 100-page article's 400 notes across its pages (its speed is measured by
    ``benchmarks/extract_speed.py``, not here: a timed test fails on a loaded machine)."""
    result = read_text_document(_long_article())
    assert [str(note.number) for note in result.notes] == [str(n) for n in range(1, 401)]


UNNUMBERED = """Review of Things 3 (2020)
12
The court sat in the town hall and heard the case over two days in the spring of that year, with
the steward as clerk; the rolls record every entry in his hand.1 The suitors objected to the
procedure,2 and the court referred the matter to the county for a ruling on the custom. 3
1 See A. Author, The Courts of the Manor, London 1999, p. 4.
2 B. Writer, Custom and Law, Oxford 2001, pp. 10-12.
3 Court Rolls, DE/1/4, fol. 12r.
Review of Things 3 (2020)
13
The county answered within the month, and the steward entered the answer on the roll without
comment; the next sitting followed the ruling.4 Later rolls cite it as settled.5
See C. Clerk, County Rulings, Cambridge 1988, p. 77.
Ibid., p. 80.
Review of Things 3 (2020)
14
The rolls of the following decade show no further objection.6
6 Court Rolls, DE/1/9, fol. 2r.
"""


def test_notes_that_lost_their_numbers_are_numbered_from_the_markers() -> None:
    layout = analyse(UNNUMBERED, "u.txt")
    assert [(n.number, n.text) for n in layout.notes][3:5] == [
        ("4", "See C. Clerk, County Rulings, Cambridge 1988, p. 77."),
        ("5", "Ibid., p. 80."),
    ]
    assert [(d.code, d.line) for d in layout.diagnostics] == [("X105", 13)]
    assert layout.labels[:3] == ["furniture", "furniture", "body"]


def test_endnotes_and_a_date_at_the_start_of_a_body_line() -> None:
    text = (
        "The treaty was signed in the spring.1 It came into force later that year.\n"
        "1 January 1990 was the date the parties chose, and the courts applied it.2\n"
        "The courts were slow to follow the treaty in its first years.3\n"
        "Notes\n"
        "1 See A. Author, Treaties, London 1999, p. 4.\n"
        "2 B. Writer, Courts, Oxford 2001, pp. 10-12.\n"
        "3 Ibid., p. 13.\n"
    )
    layout = analyse(text)
    assert [(n.number, n.line) for n in layout.notes] == [("1", 5), ("2", 6), ("3", 7)]
    assert layout.notes[0].text == "See A. Author, Treaties, London 1999, p. 4."
