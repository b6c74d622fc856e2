"""French typography in a LaTeX note: numéro and guillemets survive the conversion to text."""

from __future__ import annotations

import pytest

from citekit.readers.latex import read_latex_document


@pytest.mark.parametrize("tex,expected", [
    (r"t. III, n\textsuperscript{o} 312.", "t. III, n° 312."),  # not the word "no"
    (r"N\textsuperscript{os} 3-4.", "N°s 3-4."),
    (r"\no~5 et n\up{o} 6.", "n° 5 et n° 6."),
    (r"\og gouvernement des subsistances \fg{}, p. 3.", "« gouvernement des subsistances », p. 3."),
    (r"XVII\textsuperscript{e} siècle.", "XVIIe siècle."),  # other superscripts as before
    (r"\emph{Population}, vol. 1, 1946.", "Population, vol. 1, 1946."),
])
def test_french_marks(tex: str, expected: str) -> None:
    result = read_latex_document(f"Text\\footnote{{{tex}}}")
    assert [n.text for n in result.notes] == [expected]
