"""LaTeX reader faults found in review: keyed citations that lost their key or page, notes nested in
other notes, the footnote counter of chapter classes, ``\\input``/``\\include``, and links' tildes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from citekit.readers import read_document
from citekit.readers.latex import read_latex_document

DATA = Path(__file__).parent / "data" / "structured2"

Cite = tuple[str | None, str | None, str | None, str | None, str | None]


def _cites(tex: str) -> list[Cite]:
    (note,) = read_latex_document(tex).notes
    assert all(c.kind == "keyed" for c in note.citations)
    return [(c.id, c.prefix, c.locator, c.label, c.suffix) for c in note.citations]


# -- 1. every keyed citation keeps its key, its prenote as prefix and its postnote as locator -------------

@pytest.mark.parametrize(
    ("tex", "expected"),
    [
        # capitalised forms (biblatex's sentence-initial commands, natbib's \Citet …)
        (r"\footnote{\Cite[12]{key}.}", [("key", None, "12", "page", None)]),
        (r"\footnote{\Citeauthor{key} disagrees.}", [("key", None, None, None, None)]),
        (r"\footnote{\Citet[see][12]{key}.}", [("key", "see", "12", "page", None)]),
        (r"\footnote{\Parencite[14]{key}.}", [("key", None, "14", "page", None)]),
        (r"\footnote{\citedate{key}.}", [("key", None, None, None, None)]),
        # a postnote wrapped in biblatex's pagination macro
        (r"\footnote{\cite[\mkpageprefix[page]{12}]{key}.}", [("key", None, "12", "page", None)]),
        # biblatex's volume citations: \volcite[prenote]{volume}[pages]{key}
        (r"\footnote{\volcite{3}[12]{key}.}", [("key", None, "3:12", "page", None)]),
        (r"\footnote{\pvolcite[see]{2}{key}.}", [("key", "see", "2", "volume", None)]),
        (r"\footnote{\ftvolcite{2}[45--47]{key}.}", [("key", None, "2:45–47", "page", None)]),
        # the forms the review named, kept working
        (r"\footnote{\footcite[12]{key}}", [("key", None, "12", "page", None)]),
        (r"\footnote{\autocite[see][12]{key}}", [("key", "see", "12", "page", None)]),
        (r"\footnote{\parencite[12]{key}}", [("key", None, "12", "page", None)]),
        (r"\footnote{\textcite[12]{key}}", [("key", None, "12", "page", None)]),
        (r"\footnote{\cites[12]{a}[14]{b}}", [("a", None, "12", "page", None), ("b", None, "14", "page", None)]),
        (r"\footnote{\cite[p.~12]{key}}", [("key", None, "12", "page", None)]),
    ],
)
def test_every_keyed_citation_keeps_key_prefix_and_locator(tex: str, expected: list[Cite]) -> None:
    assert _cites(tex) == expected


def test_author_title_year_of_one_work_are_one_citation_with_the_page_typed_after() -> None:
    tex = r"A.\footnote{See \citeauthor{holt1994}, \emph{\citetitle{holt1994}}, \citeyear{holt1994}, 12.}"
    (note,) = read_latex_document(tex).notes
    assert [(c.id, c.prefix, c.locator, c.label) for c in note.citations] == [("holt1994", "See", "12", "page")]
    assert note.text == "See."  # (the signal stays in the text, as for "See \\cite{x}")
    assert note.citations[0].text is not None and note.citations[0].text.startswith("\\citeauthor{holt1994}")


def test_short_title_citation_keeps_its_page_range() -> None:
    tex = r"A.\footnote{\citeauthor{a}, \citetitle{a}, pp.~45--47; see also \citetitle{b}.}"
    (note,) = read_latex_document(tex).notes
    assert [(c.id, c.prefix, c.locator, c.label) for c in note.citations] == [
        ("a", None, "45–47", "page"), ("b", "see also", None, None)]
    assert note.text == "see also."


def test_an_author_named_in_prose_stays_one_citation_and_the_prose_stays() -> None:
    tex = r"A.\footnote{As \citeauthor{a} argues in \citetitle{b}, the court sat 12 days.}"
    (note,) = read_latex_document(tex).notes
    assert [(c.id, c.locator) for c in note.citations] == [("a", None), ("b", None)]
    assert note.text == "As argues in, the court sat 12 days."


def test_a_postnote_of_its_own_wins_over_the_page_typed_after() -> None:
    tex = r"A.\footnote{\citeauthor{a}, \citetitle[7]{a}, and passim.}"
    (note,) = read_latex_document(tex).notes
    assert [(c.id, c.locator) for c in note.citations] == [("a", "7")]
    assert note.text == ", and passim."


# -- 2. notes nested in notes, \footnotemark/\footnotetext, chapter counters, \input and \include ---------

def test_footnote_nested_in_a_footnote_is_a_note_of_its_own() -> None:
    tex = r"A.\footnote{Outer \cite[3]{a}\footnote{Inner, \cite[4]{b}.} end.} B.\footnote{Third.}"
    notes = read_latex_document(tex).notes
    assert [(n.number, n.text) for n in notes] == [("1", "Outer end."), ("2", "Inner,."), ("3", "Third.")]
    assert [[c.id for c in n.citations] for n in notes] == [["a"], ["b"], []]
    inner = notes[1]
    assert inner.span is not None and tex[inner.span[0]:inner.span[1]] == r"Inner, \cite[4]{b}."


def test_footnotemark_inside_a_note_takes_a_number() -> None:
    tex = (r"A.\footnote{One; see also the table\footnotemark.}"
           r"\footnotetext{Two, for the table.} B.\footnote{Three.}")
    notes = read_latex_document(tex).notes
    assert [(n.number, n.text) for n in notes] == [("1", "One; see also the table."),
                                                    ("2", "Two, for the table."), ("3", "Three.")]


def test_labels_and_index_entries_are_not_note_text() -> None:
    tex = r"A.\footnote{\label{fn:courts}On the courts\index{courts!royal} see below.}"
    (note,) = read_latex_document(tex).notes
    assert note.text == "On the courts see below."


def test_a_footnote_in_a_macro_definition_is_no_note_and_the_macro_makes_notes() -> None:
    tex = ("\\newcommand{\\fn}[1]{\\footnote{#1}}\n\\begin{document}\nA.\\fn{One.} B.\\footnote{Two.}"
           " C.\\fn{See \\cite[5]{a}.}\n")
    notes = read_latex_document(tex).notes
    assert [(n.number, n.text) for n in notes] == [("1", "One."), ("2", "Two."), ("3", "See.")]
    assert [(c.id, c.locator) for c in notes[2].citations] == [("a", "5")]


@pytest.mark.parametrize("cls", ["book", "report", "scrbook", "scrreprt", "memoir"])
def test_chapter_classes_number_notes_per_chapter(cls: str) -> None:
    tex = (f"\\documentclass{{{cls}}}\n\\begin{{document}}\n\\chapter{{One}}\nA.\\footnote{{1a}} "
           "B.\\footnote{1b}\n\\section{S}\nC.\\footnote{1c}\n\\chapter*{Preface}\nD.\\footnote{1d}\n"
           "\\chapter{Two}\nE.\\footnote{2a}\n")
    notes = read_latex_document(tex).notes
    assert [(n.number, n.text) for n in notes] == [("1", "1a"), ("2", "1b"), ("3", "1c"), ("4", "1d"),
                                                    ("1", "2a")]


def test_article_class_numbers_notes_through_sections() -> None:
    tex = "\\documentclass{article}\n\\section{One}\nA.\\footnote{a}\n\\section{Two}\nB.\\footnote{b}\n"
    assert [n.number for n in read_latex_document(tex).notes] == ["1", "2"]


def test_counterwithin_numbers_notes_by_section_with_its_number() -> None:
    tex = ("\\documentclass{article}\n\\counterwithin{footnote}{section}\n\\section{One}\nA.\\footnote{a}"
           "\\footnote{b}\n\\section{Two}\nB.\\footnote{c}\n")
    assert [n.number for n in read_latex_document(tex).notes] == ["1.1", "1.2", "2.1"]
    tex = tex.replace("\\counterwithin{", "\\counterwithin*{")
    assert [n.number for n in read_latex_document(tex).notes] == ["1", "2", "1"]


def test_counterwithout_keeps_book_notes_running() -> None:
    tex = ("\\documentclass{book}\n\\counterwithout{footnote}{chapter}\n\\chapter{One}\nA.\\footnote{a}\n"
           "\\chapter{Two}\nB.\\footnote{b}\n")
    assert [n.number for n in read_latex_document(tex).notes] == ["1", "2"]


def test_input_and_include_are_followed_in_place(tmp_path: Path) -> None:
    (tmp_path / "chapters").mkdir()
    (tmp_path / "chapters" / "one.tex").write_text(
        "\\chapter{One}\nA.\\footnote{In one, \\cite[3]{a}.}\n\\input{chapters/part}\n", encoding="utf-8")
    (tmp_path / "chapters" / "part.tex").write_text("B.\\footnote{In the part.}\n", encoding="utf-8")
    (tmp_path / "two.tex").write_text("\\chapter{Two}\nC.\\footnote{In two.}\n", encoding="utf-8")
    main = tmp_path / "main.tex"
    main.write_text("\\documentclass{book}\n\\begin{document}\nIntro.\\footnote{Main.}\n"
                    "\\include{chapters/one}\n\\input{two.tex}\n\\input{missing}\nEnd.\\footnote{Last.}\n"
                    "\\end{document}\n", encoding="utf-8")
    result = read_document(str(main))
    assert [(n.number, n.text, n.line) for n in result.notes] == [
        ("1", "Main.", 3), ("1", "In one,.", 2), ("2", "In the part.", 1), ("1", "In two.", 2),
        ("2", "Last.", 7)]
    assert [c.id for c in result.notes[1].citations] == ["a"]
    part = (tmp_path / "chapters" / "part.tex").read_text(encoding="utf-8")
    span = result.notes[2].span
    assert span is not None and part[span[0]:span[1]] == "In the part."
    found = [(d.code, d.severity, d.path, d.line) for d in result.diagnostics]
    assert ("X203", "info", str(main), 4) in found
    assert ("X203", "info", str(tmp_path / "chapters" / "one.tex"), 3) in found
    assert ("X203", "warning", str(main), 6) in found
    missing = next(d for d in result.diagnostics if d.line == 6 and d.path == str(main))
    assert "not found" in missing.message


def test_an_include_cycle_is_reported_not_followed(tmp_path: Path) -> None:
    (tmp_path / "a.tex").write_text("A.\\footnote{In a.}\n\\input{b}\n", encoding="utf-8")
    (tmp_path / "b.tex").write_text("B.\\footnote{In b.}\n\\input{a}\n\\input{main}\n", encoding="utf-8")
    main = tmp_path / "main.tex"
    main.write_text("\\input{a}\nM.\\footnote{Main.}\n", encoding="utf-8")
    result = read_document(str(main))
    assert [(n.number, n.text) for n in result.notes] == [("1", "In a."), ("2", "In b."), ("3", "Main.")]
    cycles = [d for d in result.diagnostics if "(a cycle)" in d.message]
    assert [(d.path, d.line, d.severity) for d in cycles] == [
        (str(tmp_path / "b.tex"), 2, "warning"), (str(tmp_path / "b.tex"), 3, "warning")]


def test_includeonly_leaves_out_the_other_chapters(tmp_path: Path) -> None:
    for name in ("one", "two"):
        (tmp_path / f"{name}.tex").write_text(f"X.\\footnote{{In {name}.}}\n", encoding="utf-8")
    main = tmp_path / "main.tex"
    main.write_text("\\includeonly{two}\n\\begin{document}\n\\include{one}\n\\include{two}\n", encoding="utf-8")
    result = read_document(str(main))
    assert [n.text for n in result.notes] == ["In two."]
    assert any(d.code == "X203" and d.line == 3 and "includeonly" in d.message for d in result.diagnostics)


def test_golden_thesis_with_chapters(tmp_path: Path) -> None:
    main = DATA / "thesis_main.tex"
    result = read_document(str(main))
    got = {
        # (a note of an included chapter names its file: relative to the data folder, as written here)
        "notes": [{**n.to_json(), **({"path": Path(n.path).relative_to(DATA).as_posix()} if n.path else {})}
                  for n in result.notes],
        "diagnostics": [{**d.to_json(), "path": Path(d.path).name} for d in result.diagnostics],
    }
    assert got == json.loads((DATA / "thesis_main.golden.json").read_text(encoding="utf-8"))


# -- 3. a link's tilde stays a tilde -------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("tex", "text"),
    [
        (r"\footnote{See \url{http://x.org/~me/a_b}.}", "See http://x.org/~me/a_b."),
        (r"\footnote{See \href{http://x.org/~you}{his page}.}", "See his page http://x.org/~you."),
        (r"\footnote{See \href{http://x.org/~you}{\url{http://x.org/~you}}.}", "See http://x.org/~you."),
        (r"\footnote{See \href{http://x.org/~you}{\nolinkurl{x.org/~you}}.}", "See x.org/~you http://x.org/~you."),
        (r"\footnote{See \url|http://x.org/~me|.}", "See http://x.org/~me."),
        (r"\footnote{See \path{/home/~me/notes}.}", "See /home/~me/notes."),
        (r"\footnote{See \doi{10.1000/x~y}.}", "See doi:10.1000/x~y."),
        (r"\footnote{See \hyperlink{sec~2}{the second part}.}", "See the second part."),
        (r"\footnote{See \url{http://x.org/a~b~c}, p.~3.}", "See http://x.org/a~b~c, p. 3."),
    ],
)
def test_tilde_in_links_stays_a_tilde(tex: str, text: str) -> None:
    (note,) = read_latex_document(tex).notes
    assert note.text == text


def test_tilde_in_a_link_in_a_prenote_or_postnote_stays_a_tilde() -> None:
    tex = r"\footnote{\cite[from \url{http://x.org/~me}][see \url{http://y.org/~a}]{k}}"
    assert _cites(tex) == [("k", "from http://x.org/~me", None, None, "see http://y.org/~a")]


def test_two_numbers_typed_after_the_parts_are_left_as_typed() -> None:
    (note,) = read_latex_document(r"A.\footnote{\citeauthor{a}, \citetitle{a}, 1994, 12.}").notes
    assert [(c.id, c.locator) for c in note.citations] == [("a", None)]
    assert note.text == ", 1994, 12."


def test_footcitetext_in_the_body_is_the_text_of_the_note_marked_before() -> None:
    notes = read_latex_document(r"A.\footnotemark\footcitetext[12]{key} B.\footnote{Two.}").notes
    assert [(n.number, [(c.id, c.locator) for c in n.citations]) for n in notes] == [
        ("1", [("key", "12")]), ("2", [])]


def test_an_acknowledgement_note_is_kept_in_a_diagnostic() -> None:
    result = read_latex_document("\\title{Courts\\thanks{I thank \\emph{the} archivists.}}\nA.\\footnote{One.}\n")
    assert [n.text for n in result.notes] == ["One."]
    assert [(d.code, d.line, d.raw) for d in result.diagnostics] == [("X102", 1, "I thank the archivists.")]
