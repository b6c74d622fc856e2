"""LaTeX as thesis writers type it: each check names one construct a real chapter holds."""

from __future__ import annotations

from pathlib import Path

from citekit.readers.latex import read_latex_document


def _notes(tex: str, path: str = "-"):  # type: ignore[no-untyped-def]
    return read_latex_document(tex, path)


def test_footnote_with_own_number_does_not_step_counter() -> None:
    r = _notes(r"A.\footnote{First.} B.\footnote[7]{Seventh.} C.\footnote{Second.}")
    assert [(n.number, n.text) for n in r.notes] == [("1", "First."), ("7", "Seventh."), ("2", "Second.")]


def test_footnotemark_and_footnotetext() -> None:
    tex = r"\begin{table}\caption{Arrests\footnotemark}\end{table}\footnotetext{Source: NKVD files.} After.\footnote{Next.}"
    r = _notes(tex)
    assert [(n.number, n.text) for n in r.notes] == [("1", "Source: NKVD files."), ("2", "Next.")]


def test_note_in_section_title_and_caption() -> None:
    tex = r"\section{Police\footnote{On the term.}}" "\n" r"\caption{Map\protect\footnote{Drawn by me.}}"
    r = _notes(tex)
    assert [n.text for n in r.notes] == ["On the term.", "Drawn by me."]


def test_nested_braces() -> None:
    r = _notes(r"x\footnote{On {\itshape the} \textbf{{nested}} case.}")
    assert r.notes[0].text == "On the nested case."


def test_comments_and_escaped_percent() -> None:
    tex = "x\\footnote{Grew by 40\\% % a comment }\n in 1937.}"
    r = _notes(tex)
    assert r.notes[0].text == "Grew by 40% in 1937."


def test_verbatim_and_verb_not_notes() -> None:
    tex = ("\\verb|\\footnote{no}| and\n\\begin{verbatim}\n\\footnote{nor}\n}\n\\end{verbatim}\n"
           "real\\footnote{Yes.}")
    r = _notes(tex)
    assert [n.text for n in r.notes] == ["Yes."]


def test_verb_inside_note_with_braces() -> None:
    r = _notes(r"x\footnote{Type \verb|}| to close.} y\footnote{Two.}")
    assert [n.number for n in r.notes] == ["1", "2"]
    assert r.notes[1].text == "Two."


def test_input_reported(tmp_path: Path) -> None:
    (tmp_path / "ch1.tex").write_text(r"x\footnote{In chapter.}", encoding="utf-8")
    main = tmp_path / "main.tex"
    main.write_text("\\input{ch1}\n", encoding="utf-8")
    r = _notes(main.read_text(encoding="utf-8"), str(main))
    assert any(d.code == "X203" and d.line == 1 for d in r.diagnostics)


def test_autocite_pre_post() -> None:
    r = _notes(r"x\footnote{\autocite[see][12]{hagenloh}.}")
    c = r.notes[0].citations[0]
    assert (c.id, c.prefix, c.locator, c.label) == ("hagenloh", "see", "12", "page")


def test_parencite_and_textcite() -> None:
    r = _notes(r"x\footnote{As \textcite{a} shows \parencite[45--47]{b}.}")
    cs = r.notes[0].citations
    assert [c.id for c in cs] == ["a", "b"]
    assert cs[1].locator == "45–47"


def test_footcite_is_its_own_note() -> None:
    r = _notes(r"Text.\footcite[45]{kotkin} More.\footnote{Plain.}")
    assert [(n.number, n.text) for n in r.notes] == [("1", ""), ("2", "Plain.")]
    assert r.notes[0].citations[0].locator == "45"


def test_cites_multi() -> None:
    r = _notes(r"x\footnote{\cites(See)(and passim)[12]{a}[3]{b}.}")
    cs = r.notes[0].citations
    assert [(c.id, c.locator) for c in cs] == [("a", "12"), ("b", "3")]
    assert cs[0].prefix == "See" and cs[1].suffix == "and passim"


def test_natbib_tilde() -> None:
    r = _notes(r"x\footnote{\citep[p.~3]{key}.}")
    c = r.notes[0].citations[0]
    assert (c.locator, c.label) == ("3", "page")


def test_mixed_keys_and_typed_text() -> None:
    r = _notes(r"x\footnote{See \cite[12]{a}; and Hagenloh, \emph{Stalin's Police}, 6.}")
    n = r.notes[0]
    assert [c.id for c in n.citations] == ["a"]
    assert n.citations[0].prefix == "See"
    assert "Hagenloh, Stalin's Police, 6." in n.text


def test_accents_dashes_ties() -> None:
    r = _notes(r"x\footnote{G{\"o}ttingen: Vandenhoeck \& Ruprecht, 1999, pp.~3--5 --- cf.\ \'{e}tude, \textit{Caf\'e}.}")
    assert r.notes[0].text == "Göttingen: Vandenhoeck & Ruprecht, 1999, pp. 3–5 — cf. étude, Café."


def test_unbalanced_is_diagnostic_with_line() -> None:
    r = _notes("ok\n\nx\\footnote{never closed\n")
    assert any(d.code == "X201" and d.line == 3 for d in r.diagnostics)
    assert r.notes and r.notes[0].text == "never closed"


def test_footnote_inside_footnote_not_dropped() -> None:
    r = _notes(r"x\footnote{Outer\footnote{Inner.} end.}")
    texts = [n.text for n in r.notes]
    assert any("Inner." in t for t in texts)


def test_footnote_in_comment_skipped() -> None:
    r = _notes("% x\\footnote{old}\nA.\\footnote{New.}")
    assert [(n.number, n.text) for n in r.notes] == [("1", "New.")]


def test_footnotetext_with_number() -> None:
    r = _notes(r"a\footnotemark[4] \footnotetext[4]{Four.}")
    assert [(n.number, n.text) for n in r.notes] == [("4", "Four.")]


def test_linebreak_then_comment() -> None:
    r = _notes("x\\footnote{Line one\\\\% drop this\nline two.}")
    assert r.notes[0].text == "Line one line two."


def test_percent_in_url_escaped() -> None:
    r = _notes(r"x\footnote{\url{https://ex.org/a\%20b}, 12.}")
    assert "a%20b" in r.notes[0].text


def test_footnote_after_starred_and_spaces() -> None:
    r = _notes("x\\footnote\n  {Spread over lines.}")
    assert r.notes[0].text == "Spread over lines."


def test_natbib_empty_pre_and_two_keys() -> None:
    r = _notes(r"x\footnote{\citep[e.g.][p.~3]{a,b}; \textcite[][12]{c}; \cite[see][]{d}.}")
    cs = r.notes[0].citations
    assert [(c.id, c.prefix, c.locator) for c in cs] == [
        ("a", "e.g.", None), ("b", None, "3"), ("c", None, "12"), ("d", "see", None)]


def test_comment_environment_and_iffalse_free() -> None:
    tex = "\\begin{comment}\nold\\footnote{Old.}\n\\end{comment}\nnew\\footnote{New.}"
    assert [n.text for n in _notes(tex).notes] == ["New."]


def test_href_keeps_address_and_url_keeps_tilde() -> None:
    tex = (r"x\footnote{\href{https://ex.org/f?id=3\#p}{\emph{Online {Archive}}}, f.~2; "
           r"\url{https://ex.org/~hagen/cv_2.pdf}; \href{https://ex.org}{https://ex.org}.}")
    assert _notes(tex).notes[0].text == ("Online Archive https://ex.org/f?id=3#p, f. 2; "
                                         "https://ex.org/~hagen/cv_2.pdf; https://ex.org.")


def test_counter_set_by_hand() -> None:
    tex = ("\\setcounter{footnote}{40}\nA.\\footnote{Forty-one.}\n"
           "\\begin{tabular}{ll} a\\footnotemark & b\\footnotemark \\end{tabular}\n"
           "\\addtocounter{footnote}{-1}\\footnotetext{Table A.}\n"
           "\\stepcounter{footnote}\\footnotetext{Table B.}\nC.\\footnote{Next.}\n"
           "% \\setcounter{footnote}{0}\nD.\\footnote{Last.}")
    r = _notes(tex)
    assert [(n.number, n.text) for n in r.notes] == [
        ("41", "Forty-one."), ("42", "Table A."), ("43", "Table B."), ("44", "Next."), ("45", "Last.")]
