"""Round 6: a book's chapter endnotes under a Spanish, Portuguese, Dutch or Polish notes heading.

Each chapter numbers its notes from 1; the heading ("Notas", "Noten", "Przypisy") opens the section
where a "1." after a chapter's title starts a new run.  The texts are invented.
"""

from __future__ import annotations

import pytest

from citekit.readers.text import analyse

BOOK = """Capítulo 1

El cabildo
No sería correcto ver en este cambio1 una simple historia de progreso
o de decadencia. Una generación de2 tratadistas allanó después el desacuerdo.

\fCapítulo 2

La audiencia
Los estudiosos leyeron los pleitos sin advertirlo1. Los consejos
dependían a menudo de hechos que el cliente no había mencionado2.

\f{heading}
1. El cabildo
1. Ruth Pike, Aristócratas y comerciantes (Barcelona: Ariel, 1978), 23.
2. Ibid., 31.

2. La audiencia
1. Modesto Ulloa, La Hacienda Real de Castilla (Madrid: FUE, 1977), 314.
2. Ibid., 318-20.
"""


@pytest.mark.parametrize("heading", ["Notas", "NOTAS", "Noten", "Przypisy", "Notes"])
def test_chapter_endnotes_restart_under_the_notes_heading(heading: str) -> None:
    layout = analyse(BOOK.format(heading=heading))
    assert [(n.number, n.text) for n in layout.notes] == [
        ("1", "Ruth Pike, Aristócratas y comerciantes (Barcelona: Ariel, 1978), 23."),
        ("2", "Ibid., 31."),
        ("1", "Modesto Ulloa, La Hacienda Real de Castilla (Madrid: FUE, 1977), 314."),
        ("2", "Ibid., 318-20."),
    ]
    assert "2. La audiencia" in layout.body
