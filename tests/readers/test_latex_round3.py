"""LaTeX faults left open at the last review: note macros, marks and texts, postnotes, minipages.

Each expectation about numbering was checked against pdflatex (LaTeX 2e's own ``\\footnotemark``,
``\\footnotetext`` and ``minipage``): an optional ``[n]`` sets the mark for that one note and does
not step the counter; a ``\\footnotetext`` without ``[n]`` prints the counter as it stands; a
``\\footnote`` in a minipage is numbered "a", "b" … afresh in each minipage and does not step the
document's counter.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.readers.latex import read_latex_document
from citekit.readers.markdown import read_markdown_document


def _numbered(tex: str, path: str = "-") -> list[tuple[str, str]]:
    return [(n.number, n.text) for n in read_latex_document(tex, path).notes]


def _codes(tex: str, path: str = "-") -> list[str]:
    return [d.code for d in read_latex_document(tex, path).diagnostics]


# -- 1. macros whose body makes a note ----------------------------------------------------------------

def test_a_two_argument_note_macro_is_expanded() -> None:
    tex = ("\\newcommand{\\fn}[2]{\\footnote{#1, at #2}}\n"
           "Text.\\fn{Smith, Book}{12} More.\\footnote{Next.}\n")
    result = read_latex_document(tex, "ch.tex")
    assert [(n.number, n.text, n.line) for n in result.notes] == [
        ("1", "Smith, Book, at 12", 2), ("2", "Next.", 2)]
    assert not [d for d in result.diagnostics if d.code == "X205"]


def test_a_note_macro_with_text_around_the_note() -> None:
    tex = ("\\newcommand{\\seefn}[1]{ (see below)\\footnote{See #1.}}\n"
           "A\\seefn{Smith} B\\footnote{Two.}")
    assert _numbered(tex) == [("1", "See Smith."), ("2", "Two.")]


def test_a_macro_without_arguments_that_makes_a_note() -> None:
    tex = "\\newcommand{\\funding}{\\footnote{Funded by the Trust.}}\nTitle\\funding{} text\\footnote{Two.}"
    assert _numbered(tex) == [("1", "Funded by the Trust."), ("2", "Two.")]


def test_a_note_macro_with_an_optional_argument_and_its_default() -> None:
    tex = ("\\newcommand{\\fnp}[2][p.~1]{\\footnote{#2, #1.}}\n"
           "A\\fnp{Smith} B\\fnp[p.~5]{Jones}")
    assert _numbered(tex) == [("1", "Smith, p. 1."), ("2", "Jones, p. 5.")]


def test_a_renewcommand_and_a_def_that_make_notes() -> None:
    tex = ("\\newcommand{\\fn}{}\\renewcommand{\\fn}[2]{\\footnote{#2: #1}}\n"
           "\\def\\dfn#1{\\footnote{Def #1}}\n"
           "A\\fn{x}{y} B\\dfn{z}")
    assert _numbered(tex) == [("1", "y: x"), ("2", "Def z")]


def test_xparse_note_macros() -> None:
    tex = ("\\NewDocumentCommand{\\fn}{m}{\\footnote{#1}}\n"
           "\\NewDocumentCommand{\\fnat}{O{p.~1} m}{\\footnote{#2, #1}}\n"
           "A\\fn{Plain.} B\\fnat{Smith} C\\fnat[p.~9]{Jones}")
    result = read_latex_document(tex)
    assert [(n.number, n.text) for n in result.notes] == [
        ("1", "Plain."), ("2", "Smith, p. 1"), ("3", "Jones, p. 9")]
    plain = result.notes[0]
    assert plain.span is not None and tex[plain.span[0]:plain.span[1]] == "Plain."


def test_a_note_macro_keeps_keyed_citations() -> None:
    tex = "\\newcommand{\\fnc}[2]{\\footnote{See \\cite[#2]{#1}.}}\nA\\fnc{hagenloh2009}{12}"
    (note,) = read_latex_document(tex).notes
    assert [(c.id, c.locator, c.label, c.prefix) for c in note.citations] == [
        ("hagenloh2009", "12", "page", "See")]


def test_a_note_macro_defined_in_the_main_file_makes_notes_in_an_input_file(tmp_path: Path) -> None:
    (tmp_path / "ch1.tex").write_text("One\\fn{A}{1}. Two\\wrap{B}.\n", encoding="utf-8")
    main = tmp_path / "main.tex"
    tex = ("\\newcommand{\\fn}[2]{\\footnote{#1, #2}}\n\\newcommand{\\wrap}[1]{\\footnote{#1}}\n"
           "\\begin{document}\n\\input{ch1}\n\\end{document}\n")
    main.write_text(tex, encoding="utf-8")
    notes = read_latex_document(tex, str(main)).notes
    assert [(n.number, n.text) for n in notes] == [("1", "A, 1"), ("2", "B")]
    assert notes[0].path == str(tmp_path / "ch1.tex") and notes[0].line == 1


def test_a_note_macro_whose_call_cannot_be_read_is_reported() -> None:
    tex = "\\newcommand{\\fn}[2]{\\footnote{#1 #2}}\nA.\n\\fn{only one"
    result = read_latex_document(tex, "ch.tex")
    found = [d for d in result.diagnostics if d.code == "X205"]
    assert len(found) == 1
    assert found[0].path == "ch.tex" and found[0].line == 3 and "\\fn" in found[0].message
    assert found[0].raw is not None and "only one" in found[0].raw


def test_a_note_macro_of_an_argument_kind_not_read_is_reported() -> None:
    tex = "\\NewDocumentCommand{\\fn}{v}{\\footnote{#1}}\nA\\fn|x|.\n"
    result = read_latex_document(tex, "ch.tex")
    found = [d for d in result.diagnostics if d.code == "X205"]
    assert len(found) == 1 and found[0].line == 2 and "\\fn" in found[0].message


# -- 2. \footnotemark[n] and \footnotetext[n] ----------------------------------------------------------

def test_a_numbered_mark_and_text_pair_takes_the_mark_number_and_place() -> None:
    tex = "A\\footnotemark[7] B\\footnote{One.} C\\footnotetext[7]{Seven.} D\\footnote{Two.}"
    result = read_latex_document(tex)
    assert [(n.number, n.text) for n in result.notes] == [("7", "Seven."), ("1", "One."), ("2", "Two.")]
    assert result.diagnostics == [] or all(d.severity == "info" for d in result.diagnostics)


def test_a_footnotetext_without_a_mark_is_reported_and_kept() -> None:
    tex = "A.\n\\footnotetext{Orphan.}\nB\\footnote{One.}"
    result = read_latex_document(tex, "ch.tex")
    assert [(n.number, n.text) for n in result.notes] == [("0", "Orphan."), ("1", "One.")]
    found = [d for d in result.diagnostics if d.code == "X101"]
    assert len(found) == 1 and found[0].line == 2 and "\\footnotetext" in found[0].message


def test_a_numbered_footnotetext_without_its_mark_is_reported_and_kept() -> None:
    result = read_latex_document("A\\footnotetext[5]{Five.} B\\footnote{One.}")
    assert [(n.number, n.text) for n in result.notes] == [("5", "Five."), ("1", "One.")]
    assert [d.code for d in result.diagnostics if d.severity != "info"] == ["X101"]


def test_a_numbered_mark_does_not_step_the_counter() -> None:
    # pdflatex prints "0 b" and "1 c": \footnotemark[7] set the mark 7 for itself only
    result = read_latex_document("A\\footnotemark[7] B\\footnotetext{b} C\\footnote{c}")
    assert [(n.number, n.text) for n in result.notes] == [("0", "b"), ("1", "c")]
    assert "X101" in [d.code for d in result.diagnostics]


def test_a_mark_that_repeats_a_note_number_needs_no_text() -> None:
    result = read_latex_document("A\\footnote{One.} B\\footnotemark[1] C\\footnote{Two.}")
    assert [(n.number, n.text) for n in result.notes] == [("1", "One."), ("2", "Two.")]
    assert [d for d in result.diagnostics if d.severity != "info"] == []


def test_a_mark_never_given_its_text_is_reported() -> None:
    result = read_latex_document("A\\footnotemark\nB\\footnote{Two.}", "ch.tex")
    assert [(n.number, n.text) for n in result.notes] == [("2", "Two.")]
    found = [d for d in result.diagnostics if d.code == "X104"]
    assert len(found) == 1 and found[0].line == 1 and "\\footnotemark" in found[0].message


# -- 3. postnotes: volume and page, prenote -------------------------------------------------------------

@pytest.mark.parametrize("cite,expected", [
    ("\\cite[vol.~2, p.~12]{key}", ("2:12", "page", None, None)),
    ("\\cite[vol.~2, pp.~12--14]{key}", ("2:12–14", "page", None, None)),
    ("\\cite[Bd.~2, S.~12]{key}", ("2:12", "page", None, None)),
    ("\\cite[2:12]{key}", ("2:12", "page", None, None)),
    ("\\cite[vol.~2, p.~12, emphasis added]{key}", ("2:12", "page", None, "emphasis added")),
    ("\\cite[vol.~3]{key}", ("3", "volume", None, None)),
    ("\\autocite[45--47]{key}", ("45–47", "page", None, None)),
    ("\\footcite[see][chap.~3]{key}", ("3", "chapter", "see", None)),
    ("\\cite[cf.][vol.~2, p.~12]{key}", ("2:12", "page", "cf.", None)),
    ("\\cite[p.~12]{key}", ("12", "page", None, None)),
])
def test_a_postnote_is_the_locator_and_a_prenote_the_prefix(cite: str, expected: tuple[object, ...]) -> None:
    (note,) = read_latex_document(f"A.\\footnote{{{cite}}}").notes
    (c,) = note.citations
    assert (c.locator, c.label, c.prefix, c.suffix) == expected


def test_a_pandoc_locator_with_a_volume() -> None:
    (note,) = read_markdown_document("A.[^1]\n\n[^1]: [@key, vol. 2, p. 12].\n").notes
    (c,) = note.citations
    assert (c.locator, c.label, c.suffix) == ("2:12", "page", None)


# -- 5. more of the same kind -----------------------------------------------------------------------------

def test_notes_in_a_minipage_are_lettered_afresh_and_leave_the_counter() -> None:
    tex = ("Z\\footnote{zed}\n\\begin{minipage}{5cm}A\\footnote{mp one} B\\footnote{mp two}\\end{minipage}"
           " C\\footnote{body}\n\\begin{table}\\begin{minipage}{5cm}Q\\footnote{tab q}\\end{minipage}"
           "\\end{table} D\\footnote{last}")
    assert _numbered(tex) == [("1", "zed"), ("a", "mp one"), ("b", "mp two"), ("2", "body"),
                              ("a", "tab q"), ("3", "last")]


def test_notes_in_section_titles_and_captions_with_protect() -> None:
    tex = ("\\section{Police\\protect\\footnote{On \\cite[12]{k}.}}\n"
           "\\begin{figure}\\caption[Map]{Map\\protect\\footnote{Drawn.}}\\end{figure}\nX\\footnote[3]{Three.}"
           " Y\\footnote{Next.}")
    result = read_latex_document(tex)
    assert [(n.number, n.text) for n in result.notes] == [("1", "On."), ("2", "Drawn."), ("3", "Three."),
                                                          ("3", "Next.")]
    assert [(c.id, c.locator) for c in result.notes[0].citations] == [("k", "12")]


def test_biblatex_multicites_with_postnotes() -> None:
    (note,) = read_latex_document("A\\footnote{\\cites[vol.~2, p.~4]{a}[see][12]{b}{c}.}").notes
    assert [(c.id, c.locator, c.label, c.prefix) for c in note.citations] == [
        ("a", "2:4", "page", None), ("b", "12", "page", "see"), ("c", None, None, None)]


def test_textcite_parencite_fullcite_footfullcite() -> None:
    tex = ("A\\footnote{\\textcite[12]{a}; \\parencite[see][3]{b}; \\fullcite{c}.} "
           "B\\footfullcite[22]{d} C\\footnote{x}")
    notes = read_latex_document(tex).notes
    assert [n.number for n in notes] == ["1", "2", "3"]
    assert [(c.id, c.locator, c.prefix) for c in notes[0].citations] == [
        ("a", "12", None), ("b", "3", "see"), ("c", None, None)]
    assert [(c.id, c.locator) for c in notes[1].citations] == [("d", "22")]


def test_endnotes_are_counted_apart_from_footnotes() -> None:
    # (the endnotes and enotez packages give \endnote a counter of its own)
    tex = "A\\footnote{x} B\\endnote{y} C\\footnote{z} D\\endnote{w} E\\endnote[9]{nine}"
    assert _numbered(tex) == [("1", "x"), ("1", "y"), ("2", "z"), ("2", "w"), ("9", "nine")]


def test_a_note_macro_inside_a_note_is_a_note_of_its_own() -> None:
    tex = "\\newcommand{\\fnc}[2]{\\footnote{\\cite[#2]{#1}}}\nA\\footnote{See \\fnc{k}{3}.}"
    notes = read_latex_document(tex).notes
    assert [(n.number, n.text) for n in notes] == [("1", "See."), ("2", "")]
    assert [(c.id, c.locator) for c in notes[1].citations] == [("k", "3")]


def test_a_note_macro_with_a_token_argument() -> None:
    tex = "\\newcommand{\\ibid}[1]{\\footnote{Ibid., #1.}}\nA\\ibid{p.~4} B\\ibid 5"
    assert _numbered(tex) == [("1", "Ibid., p. 4."), ("2", "Ibid., 5.")]


def test_marks_in_a_table_then_their_texts() -> None:
    tex = ("\\begin{tabular}{ll} a\\footnotemark & b\\footnotemark \\end{tabular}\n"
           "\\addtocounter{footnote}{-1}\\footnotetext{Table A.}\n"
           "\\stepcounter{footnote}\\footnotetext{Table B.}\nC.\\footnote{Next.}")
    result = read_latex_document(tex)
    assert [(n.number, n.text) for n in result.notes] == [("1", "Table A."), ("2", "Table B."), ("3", "Next.")]
    assert [d for d in result.diagnostics if d.severity != "info"] == []


def test_tablefootnote_and_tufte_sidenote_are_footnotes() -> None:
    tex = ("A\\footnote{One.} \\begin{table}\\tablefootnote{In the table.}\\end{table} "
           "B\\sidenote{In the margin.} C\\sidenote[][-2cm]{Moved up.} D\\footnote{Five.}")
    assert _numbered(tex) == [("1", "One."), ("2", "In the table."), ("3", "In the margin."),
                              ("4", "Moved up."), ("5", "Five.")]


def test_other_names_of_the_footnote_command() -> None:
    tex = ("\\let\\fnote\\footnote\n\\newcommand{\\fnalias}{\\footnote}\n"
           "\\let\\oldfootnote\\footnote\\renewcommand{\\footnote}[1]{\\oldfootnote{\\small #1}}\n"
           "A\\fnote{One.} B\\fnalias{Two.} C\\footnote{Three.}")
    assert _numbered(tex) == [("1", "One."), ("2", "Two."), ("3", "Three.")]


def test_a_numbered_mark_pointing_to_a_later_note_needs_no_text() -> None:
    result = read_latex_document("A\\footnotemark[1] B\\footnote{One.}")
    assert [(n.number, n.text) for n in result.notes] == [("1", "One.")]
    assert [d for d in result.diagnostics if d.severity != "info"] == []


def test_a_macro_that_calls_a_note_macro_makes_notes() -> None:
    tex = ("\\newcommand{\\fn}[2]{\\footnote{#1, #2}}\n\\newcommand{\\fnone}[1]{\\fn{#1}{p.~1}}\n"
           "A\\fnone{Smith} B\\fn{Jones}{p.~2}")
    assert _numbered(tex) == [("1", "Smith, p. 1"), ("2", "Jones, p. 2")]
