"""Notes that mix reader-made citations (LaTeX/pandoc keys, Zotero fields) with
hand-typed ones: both are kept, in the order of the note.

A stand-in parser reads "Given Family, Title, Place, Year, p. N" by commas, so
these tests exercise the pipeline, not the trained parser.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.extraction.pipeline import build_document, has_own_text, place_reader_citations
from citekit.model import Citation, Document, Note, ParsedReference
from citekit.readers.latex import read_latex_document
from citekit.readers.markdown import read_markdown_document


def toy_parse(text: str, *, prev: dict | None = None) -> ParsedReference:
    parts = [p.strip() for p in text.rstrip(".").split(",")]
    item: dict = {"type": "book"}
    locator = None
    if parts and re.fullmatch(r"[A-Z][a-z]+ [A-Z]\w+", parts[0]):
        given_name, family = parts.pop(0).split()
        item["author"] = [{"family": family, "given": given_name}]
    if parts:
        item["title"] = parts.pop(0)
    for part in parts:
        if re.fullmatch(r"\d{4}", part):
            item["issued"] = {"date-parts": [[int(part)]]}
        elif part.startswith("p. "):
            locator = part[3:]
    return ParsedReference(item=item, locator=locator, label="page" if locator else None)


class Spy:
    def __init__(self) -> None:
        self.calls: list[str] = []

    def __call__(self, text: str, *, prev: dict | None = None) -> ParsedReference:
        self.calls.append(text)
        return toy_parse(text)


def _latex(*notes: str) -> Document:
    body = " ".join(f"Body.\\footnote{{{n}}}" for n in notes)
    result = read_latex_document(f"\\begin{{document}}\n{body}\n\\end{{document}}\n", "a.tex")
    return Document(path="a.tex", notes=result.notes)


def _kinds(doc: Document) -> list[list[tuple[str, str | None]]]:
    return [[(c.kind, c.id) for c in n.citations] for n in doc.notes]


def test_hand_typed_text_before_a_latex_key_is_parsed_too() -> None:
    doc = build_document(_latex(r"Court Rolls, fol. 12r; \textcite{green}."), toy_parse)
    citations = doc.notes[0].citations
    assert [(c.kind, c.text) for c in citations] == [
        ("full", "Court Rolls, fol. 12r"), ("keyed", r"\textcite{green}")]
    assert citations[0].span == (0, 21)  # hand-typed spans index the note's text
    assert len(doc.entries) == 1 and citations[0].id == doc.entries[0]["id"]


def test_order_of_the_note_is_kept_around_several_keys() -> None:
    doc = build_document(_latex(
        r"See \cite{green}, at 45. Also John Smith, The Manor, London, 1999, p. 4; "
        r"\autocite[12]{brown}; Ibid."), toy_parse)
    got = [(c.kind, c.id, c.locator) for c in doc.notes[0].citations]
    assert got == [("keyed", "green", None), ("full", "smith1999", "4"),
                   ("keyed", "brown", "12"), ("ibid", "brown", None)]


def test_markdown_keys_and_hand_typed_citations() -> None:
    text = ("Body.[^1]\n\n[^1]: Court Rolls, fol. 12r; [see @green, p. 45]. "
            "John Smith, The Manor, London, 1999, p. 4.\n")
    doc = Document(path="a.md", notes=read_markdown_document(text, "a.md").notes)
    build_document(doc, toy_parse)
    assert [(c.kind, c.id) for c in doc.notes[0].citations] == [
        ("full", "rolls"), ("keyed", "green"), ("full", "smith1999")]


@pytest.mark.parametrize(
    "note",
    [r"\cite{green}.", r"See \cite{green}, at 45.", r"Cf. also \textcite[3]{a} and \cite{b}, p. 7.",
     r"Vgl. \cite{a}, S. 12 f.; ferner \cite{b}."],
)
def test_filler_around_keys_is_not_parsed(note: str) -> None:
    spy = Spy()
    doc = build_document(_latex(note), spy)
    assert spy.calls == []
    assert all(c.kind == "keyed" for c in doc.notes[0].citations)


def test_a_zotero_field_stays_unparsed_and_the_rest_is_parsed() -> None:
    item = {"type": "book", "title": "Paper Justice", "author": [{"family": "Brandt"}]}
    field = Citation(id=None, kind="full", text="(Brandt 2011)", parsed=ParsedReference(item=item))
    note = Note("1", "Court Rolls, fol. 12r; (Brandt 2011). John Smith, The Manor, London, 1999.",
                citations=[field])
    spy = Spy()
    doc = build_document(Document(path="a.docx", notes=[note]), spy)
    assert spy.calls == ["Court Rolls, fol. 12r", "John Smith, The Manor, London, 1999."]
    assert [c.text for c in doc.notes[0].citations] == [
        "Court Rolls, fol. 12r", "(Brandt 2011)", "John Smith, The Manor, London, 1999."]
    assert [e["title"] for e in doc.entries] == ["fol. 12r", "Paper Justice", "The Manor"]


def test_one_zotero_field_citing_two_works_is_placed_once() -> None:
    items = [{"type": "book", "title": t} for t in ("One", "Two")]
    fields = [Citation(id=None, kind="full", text="(A 1; B 2)", parsed=ParsedReference(item=i))
              for i in items]
    note = Note("1", "(A 1; B 2); Court Rolls, fol. 3.", citations=fields)
    assert place_reader_citations(note) == [(0, 10), (0, 10)]
    doc = build_document(Document(path="a.docx", notes=[note]), toy_parse)
    assert [c.text for c in doc.notes[0].citations] == ["(A 1; B 2)", "(A 1; B 2)", "Court Rolls, fol. 3."]


def test_a_citation_that_cannot_be_placed_leaves_the_text_alone() -> None:
    field = Citation(id=None, kind="full", text="(not in the text)",
                     parsed=ParsedReference(item={"type": "book", "title": "X"}))
    note = Note("1", "John Smith, The Manor, London, 1999.", citations=[field])
    assert place_reader_citations(note) is None
    spy = Spy()
    build_document(Document(path="a.docx", notes=[note]), spy)
    assert spy.calls == [] and len(note.citations) == 1


@pytest.mark.parametrize(
    ("text", "expected"),
    [(".", False), ("; ", False), ("See also", False), (", at 45.", False), ("Vgl. S. 12 f.;", False),
     ("Court Rolls, fol. 12r;", True), ("; Ibid.", True), ("as argued by", True),
     ("the rolls show it", True)],
)
def test_has_own_text(text: str, expected: bool) -> None:
    assert has_own_text(text) is expected


_WORDS = ["Court Rolls, fol. 3", "See", "John Smith, The Manor, London, 1999", "Ibid.", ";", ",",
          ".", " ", "p. 4", "and the rolls"]


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS),
                          st.sampled_from([r"\cite{a}", r"\textcite[4]{b}", r"\cite{c}"])),
                max_size=12))
def test_reader_citations_all_stay_in_their_order(parts: list[str]) -> None:
    doc = _latex(" ".join(parts) or "x")
    keys = [c.id for n in doc.notes for c in n.citations]
    build_document(doc, toy_parse)
    assert [c.id for n in doc.notes for c in n.citations if c.kind == "keyed"] == keys


@pytest.mark.parametrize("note", [
    r"See the summary in \autocite[12]{green}.",
    r"As discussed by \textcite{green}, the point stands.",
    r"For the background see \cite{green}.",
])
def test_prose_leading_into_a_key_is_no_citation(note: str) -> None:
    doc = build_document(_latex(note), toy_parse)
    assert [(c.kind, c.id) for c in doc.notes[0].citations] == [("keyed", "green")]
    assert doc.entries == []


@pytest.mark.parametrize("note,suffix,works", [
    (r"\citetitle{walton}, “Appendix B”, 301--3; \cite{green}.", "“Appendix B”, 301–3", 0),
    (r"\cite{walton}, who disagrees.", "who disagrees", 0),
    (r"\cite{walton}, and John Smith, The Manor, London, 1999, p. 4.", None, 1),
    (r"\cite{walton}, at 45.", None, 0),
])
def test_words_after_a_key_go_on_it(note: str, suffix: str | None, works: int) -> None:
    doc = build_document(_latex(note), toy_parse)
    assert doc.notes[0].citations[0].suffix == suffix
    assert len(doc.entries) == works
