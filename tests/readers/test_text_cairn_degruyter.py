"""Publisher PDFs' text outside JSTOR: Cairn's cover and stamps, "12." notes, De Gruyter's stamps."""

from __future__ import annotations

import pytest

from citekit.readers.cover import read_cover
from citekit.readers.text import _is_boilerplate, analyse

CAIRN_COVER = """LES NOTAIRES ET LA VILLE

Anne Delorme

Article disponible en ligne à l'adresse :

https://www.cairn.info/revue-annales-2012-3-page-655.htm

Pour citer cet article :

Anne Delorme, « Les notaires et la ville », Annales. Histoire, Sciences Sociales 2012/3 (67e année), p. 655-688.

Distribution électronique Cairn.info pour Éditions de l'EHESS.
"""


def test_cairn_cover_citation() -> None:
    entry = read_cover(CAIRN_COVER)
    assert entry == {
        "type": "article-journal", "title": "Les notaires et la ville",
        "author": [{"family": "Delorme", "given": "Anne"}],
        "container-title": "Annales. Histoire, Sciences Sociales", "issued": {"date-parts": [[2012]]},
        "volume": "67", "issue": "3", "page": "655-688",
    }


@pytest.mark.parametrize("line,expected", [
    ("Document téléchargé depuis www.cairn.info - Université Lyon 2 - - 159.84.1.20 - 07/02/2022 15:32", True),
    ("Heruntergeladen von Universitätsbibliothek Freiburg am 14.03.2022 09:41:12", True),
    ("© Éditions de l'EHESS. Tous droits réservés pour tous pays.", True),
    ("Die Akten wurden von den Schreibern heruntergeladen und gelesen.", False),
    ("Le notaire a téléchargé rien du tout.", False),
])
def test_publisher_stamps(line: str, expected: bool) -> None:
    assert _is_boilerplate(line) is expected


BODY = ("Dans le Lyon du XVIIIe siècle, le notaire n'est pas seulement l'homme qui rédige les actes : il est "
        "aussi celui qui met en relation prêteurs et emprunteurs, qui connaît la fortune des uns1, et la "
        "réputation des autres, comme on le voit dans toutes les minutes conservées à Lyon2.")
DOTTED = f"""{BODY}

1. Maurice Garden, Lyon et les Lyonnais au XVIIIe siècle, Paris, Les Belles Lettres, 1970, p. 311.
2. Ibid., p. 87.

Document téléchargé depuis www.cairn.info - Université Lumière Lyon 2 - - 159.84.1.20 - 07/02/2022 15:32

A. DELORME 657

{BODY.replace("1,", "3,").replace("Lyon2", "Lyon4")}

3. Ibid., p. 90.
4. Ibid., p. 91.
"""


def test_dot_numbered_notes_among_paragraphs() -> None:
    layout = analyse(DOTTED)
    assert [n.number for n in layout.notes] == ["1", "2", "3", "4"]
    assert layout.notes[1].text == "Ibid., p. 87."
    labels = dict(zip(DOTTED.split("\n"), layout.labels, strict=True))
    assert labels["A. DELORME 657"] == "furniture"


def test_author_note_on_its_own_line_before_note_one() -> None:
    text = BODY + (
        "\n\n* Dr. Johanna Feldmann ist wissenschaftliche Mitarbeiterin am Max-Planck-Institut für"
        " Rechtsgeschichte, Frankfurt am Main.\n1 Vgl. Maurice Garden, Lyon, Paris 1970, S. 3.\n2 Ebd., S. 4.\n")
    layout = analyse(text)
    assert [n.number for n in layout.notes] == ["1", "2"]
    assert layout.bio and layout.bio[0].startswith("* Dr. Johanna Feldmann")


@pytest.mark.parametrize("head,expected", [
    ("ZRG GA 138 (2021)\n\nDOI 10.1515/zrgga-2021-0007\n\nJohanna Feldmann*\n",
     {"type": "article-journal", "DOI": "10.1515/zrgga-2021-0007", "container-title": "ZRG GA",
      "volume": "138", "issued": {"date-parts": [[2021]]}}),
    ("RabelsZ 84 (2020)\n\nEin Titel\n", {"type": "article-journal", "container-title": "RabelsZ",
                                          "volume": "84", "issued": {"date-parts": [[2020]]}}),
    # a sentence with a year in brackets is no header
    ("Die Reform von 1848 (1990)\n", {}),
    ("Eins\nZwei\nDrei\nVier\nFünf\nSechs\nZRG GA 138 (2021)\n", {}),  # not among the first lines
])
def test_journal_header_line(head: str, expected: dict[str, object]) -> None:
    assert read_cover(head) == expected


def test_note_opening_with_a_shelf_mark_is_no_running_head() -> None:
    # "2 ADR, 3 E 4522, 4 juin" has the shape of a head fused to a paragraph ("287 TITLE text")
    body = BODY.replace("Lyon2", "Lyon2, et ailleurs3")
    text = (f"{body}\n\n1 Maurice Garden, Lyon, Paris, 1970, p. 3.\n"
            "2 ADR, 3 E 4522, 4 juin 1765 ; ADR, 3 E 4530, 18 février 1771.\n3 Ibid., p. 5.\n")
    layout = analyse(text)
    assert [(n.number, n.text[:14]) for n in layout.notes] == [
        ("1", "Maurice Garden"), ("2", "ADR, 3 E 4522,"), ("3", "Ibid., p. 5.")]
