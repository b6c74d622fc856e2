"""``\\autocite`` in the body makes a footnote under a note style (biblatex's verbose and author-title
families, Chicago notes, OSCOLA, ``autocite=footnote``) and ``\\smartcite`` always: the reader counts
those notes in their place, so "Ibid." in the next note points to the right work."""

from __future__ import annotations

import pytest

from citekit.readers.latex import read_latex_document

BODY = r"""
\begin{document}
Text.\footnote{See \cite[3]{conquest1968}.} Then.\autocite[7]{hagenloh2009} More.\footnote{Ibid., 8.}
\end{document}
"""


@pytest.mark.parametrize(("preamble", "numbers"), [
    (r"\usepackage[style=verbose-trad2]{biblatex}", ["1", "2", "3"]),
    (r"\usepackage[backend=biber,style=authortitle-icomp]{biblatex}", ["1", "2", "3"]),
    (r"\usepackage[style=authoryear,autocite=footnote]{biblatex}", ["1", "2", "3"]),
    (r"\usepackage[notes,backend=biber]{biblatex-chicago}", ["1", "2", "3"]),
    (r"\usepackage{biblatex-chicago}", ["1", "2", "3"]),
    # in-text styles: \autocite is a parenthetical citation in the prose, no note
    (r"\usepackage[style=authoryear]{biblatex}", ["1", "2"]),
    (r"\usepackage[style=verbose,autocite=inline]{biblatex}", ["1", "2"]),
    (r"% \usepackage[style=verbose]{biblatex}" "\n" r"\usepackage[style=numeric]{biblatex}", ["1", "2"]),
])
def test_autocite_in_the_body(preamble: str, numbers: list[str]) -> None:
    result = read_latex_document("\\documentclass{article}\n" + preamble + BODY)
    assert [n.number for n in result.notes] == numbers
    if len(numbers) == 3:
        assert [(c.kind, c.id, c.locator) for c in result.notes[1].citations] == [("keyed", "hagenloh2009", "7")]


def test_smartcite_is_always_a_note_in_the_body() -> None:
    text = "\\documentclass{article}\\usepackage[style=authoryear]{biblatex}\\begin{document}\n" \
           "A.\\smartcite[12]{ulam1973} B.\\footnote{Some words, \\smartcite{conquest1968}.}\n\\end{document}\n"
    result = read_latex_document(text)
    assert [(n.number, [c.id for c in n.citations]) for n in result.notes] == [("1", ["ulam1973"]),
                                                                              ("2", ["conquest1968"])]
