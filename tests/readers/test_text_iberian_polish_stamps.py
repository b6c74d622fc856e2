"""Download stamps, licence lines and page feet of Spanish, Portuguese, Polish and Czech journals.

Dialnet, SciELO, Redalyc and the Polish repositories stamp each page in the journal's own language
("Documento descargado de …", "Pobrano z …"), print a licence line ("… sob uma licença Creative
Commons") and a foot carrying the page number after a bar ("Rev. Hist. (São Paulo), n. 188, 2023,
p. 1-28 | 2").  None of them may run into a note.  The lines are written for these tests.
"""

from __future__ import annotations

import pytest

from citekit.readers.text import _is_boilerplate, analyse


@pytest.mark.parametrize("line,expected", [
    ("Dialnet. Documento descargado de https://dialnet.unirioja.es el 12/03/2025", True),
    ("Documento baixado de https://www.revistas.usp.br em 03/02/2024", True),
    ("Pobrano z https://apcz.umk.pl/KHM dnia 14.05.2025", True),
    ("Staženo z https://www.hiu.cas.cz dne 3. 4. 2024", True),
    ("Este é um artigo publicado em acesso aberto sob uma licença Creative Commons. SciELO Brasil.", True),
    ("Este artículo se publica bajo una licencia Creative Commons Atribución 4.0 Internacional.", True),
    ("Todos los derechos reservados.", True),
    ("Wszelkie prawa zastrzeżone.", True),
    # prose that shares a word with a stamp
    ("El documento fue descubierto en 1950 por Lohmann Villena.", False),
    ("La licencia de impresión se concedió en 1598.", False),
    ("Pobrano podatek od wszystkich mieszczan.", False),
])
def test_stamps_of_other_languages(line: str, expected: bool) -> None:
    assert _is_boilerplate(line) is expected


#: a SciELO-like article: its foot with "| page" twice, a licence line, the last foot at the text's end
SCIELO_TEXT = """Revista de História Colonial (São Paulo), n. 188, 2023, p. 1-28

O tabaco baiano foi a principal moeda do tráfico na Costa da Mina.1 A Mesa pretendia controlar os preços.2

1 Cf. Pierre Verger, Fluxo e refluxo do tráfico de escravos, Salvador, Corrupio, 2002, p. 28.
2 Jean Baptiste Nardi, O fumo brasileiro no período colonial, São Paulo, Brasiliense, 1996, p. 210.

Rev. Hist. Colon. (São Paulo), n. 188, 2023, p. 1-28 | 2

Nardi mostra que a Mesa raramente conseguiu impor preços.3 Verger sublinha o peso dos negociantes.4

3 Nardi, ob. cit., p. 215-220.
4 Idem, ibidem, p. 221.

Este é um artigo publicado em acesso aberto sob uma licença Creative Commons. SciELO Brasil.

Rev. Hist. Colon. (São Paulo), n. 188, 2023, p. 1-28 | 3

A Mesa foi menos um instrumento de controle do que uma arena de negociação.5

5 Verger, Fluxo e refluxo, p. 40.

Rev. Hist. Colon. (São Paulo), n. 188, 2023, p. 1-28 | 4
"""


def test_feet_and_licence_lines_stay_out_of_the_notes() -> None:
    notes = analyse(SCIELO_TEXT).notes
    assert [n.number for n in notes] == ["1", "2", "3", "4", "5"]
    assert notes[1].text.endswith("1996, p. 210.")
    assert notes[3].text == "Idem, ibidem, p. 221."
    assert notes[4].text == "Verger, Fluxo e refluxo, p. 40."
