"""LaTeX notes as authors write them: multicite global notes, \\footnote[n], \\verb, \\input."""

from __future__ import annotations

from pathlib import Path

from citekit.readers.latex import read_latex_document


def _cites(tex: str) -> list[list[tuple[str | None, str | None, str | None, str | None, str | None]]]:
    result = read_latex_document(tex)
    return [[(c.id, c.locator, c.label, c.prefix, c.suffix) for c in n.citations] for n in result.notes]


def test_multicite_global_prenote_and_postnote() -> None:
    tex = (r"Text.\footnote{See \footcites(Compare)(and the literature cited there)"
           r"[12]{holt1994}[45--47]{beattie1986}.}")
    assert _cites(tex) == [[
        ("holt1994", "12", "page", "See Compare", None),
        ("beattie1986", "45–47", "page", None, "and the literature cited there"),
    ]]


def test_a_single_parenthesis_is_the_global_postnote() -> None:
    assert _cites(r"\footnote{\cites(passim){a}{b}}") == [[("a", None, None, None, None),
                                                           ("b", None, None, None, "passim")]]


def test_the_signal_before_a_multicite_goes_to_its_first_work_only() -> None:
    assert _cites(r"\footnote{See \cites[3]{a}[4]{b}.}") == [[("a", "3", "page", "See", None),
                                                             ("b", "4", "page", None, None)]]


def test_footnote_with_its_own_number_does_not_step_the_counter() -> None:
    tex = r"A.\footnote{One.} B.\footnote[12]{Twelve.} C.\footnote{Two.}"
    result = read_latex_document(tex)
    assert [(n.number, n.text) for n in result.notes] == [("1", "One."), ("12", "Twelve."), ("2", "Two.")]


def test_notes_in_section_titles_and_captions_and_none_in_verbatim() -> None:
    tex = ("\\section{Courts\\footnote{On the title see \\cite[p.~3]{holt1994}.}}\n"
           "\\begin{figure}\\caption{A map\\footnote{Drawn from \\textcite{holt1994}, map 2.}}\\end{figure}\n"
           "Code: \\verb|\\footnote{not a note}| and\n"
           "\\begin{verbatim}\n\\footnote{nor this}\n\\end{verbatim}\n"
           "% \\footnote{nor a comment}\n"
           "End.\\footnote{Last.}\n")
    result = read_latex_document(tex)
    assert [(n.number, n.text) for n in result.notes] == [
        ("1", "On the title see."), ("2", "Drawn from, map 2."), ("3", "Last.")]
    assert [c.id for n in result.notes for c in n.citations] == ["holt1994", "holt1994"]


def test_input_files_are_reported(tmp_path: Path) -> None:
    (tmp_path / "chapter1.tex").write_text(r"Text.\footnote{In chapter 1.}", encoding="utf-8")
    main = tmp_path / "main.tex"
    tex = "\\input{chapter1}\n\\include{missing}\n% \\input{commented}\nBody.\\footnote{Here.}\n"
    result = read_latex_document(tex, str(main))
    # (a file found is read in its place: its notes come first, numbered on with the document's)
    assert [(n.number, n.text) for n in result.notes] == [("1", "In chapter 1."), ("2", "Here.")]
    assert [(d.code, d.line, d.severity) for d in result.diagnostics] == [
        ("X203", 1, "info"), ("X203", 2, "warning")]
    assert "chapter1.tex" in result.diagnostics[0].message
    assert "not found" in result.diagnostics[1].message
