"""The integrator's reader rules of 2026-11-28, each with the near misses it must leave alone."""

from __future__ import annotations

import pytest

from citekit.readers.cover import read_cover
from citekit.readers.text import _is_boilerplate, analyse


@pytest.mark.parametrize(("line", "furniture"), [
    ("Società e storia n. 148, 2015 - ISSN 0391-6987 - ISSNe 1972-5515 - DOI: 10.3280/SS2015-148001", True),
    ("Revista de Indias | ISSN 0034-8341 | DOI 10.3989/revindias.2019.001", True),
    # a reference in ISO 690 gives its ISSN after a full stop: a note's text, not a page foot
    ("Český časopis historický 108, 2010, č. 2, s. 200–230. ISSN 0862-6111. DOI: 10.1234/cch.2010", False),
    ("Journal of Modern History, vol. 12, ISSN 0022-2801", False),
])
def test_issn_page_foot(line: str, furniture: bool) -> None:
    assert _is_boilerplate(line) is furniture


NUMBERED_PARAGRAPHS = """1 Au lendemain de la révolution, la question se pose avec une
acuité nouvelle1. Les bureaux deviennent l’instrument principal2.
2 Les historiens ont longtemps négligé ces institutions3.

Notes
1 Voir André Gueslin, Gens pauvres, Paris, Aubier, 1998, p. 112.
2 Archives de Paris, VD6 1254.
3 Gueslin, op. cit., p. 130.
"""

FOOTNOTES_THEN_ENDNOTES = """The first chapter opens with the harvest.1 It ends with the fair.2
1 John Smith, The Harvest (London, 1990), 4.
2 Smith, Harvest, 6.

Notes
1 Mary Jones, The Fair (Oxford, 1985), 10.
2 Jones, Fair, 12.
"""


def test_numbered_paragraphs_before_the_endnotes_are_body() -> None:
    layout = analyse(NUMBERED_PARAGRAPHS)
    assert [note.number for note in layout.notes] == ["1", "2", "3"]
    assert layout.notes[0].text.startswith("Voir André Gueslin")
    assert "Au lendemain" in layout.body


def test_footnotes_before_an_endnotes_run_stay_notes() -> None:
    """Notes that hold no marker of the later run are notes (a chapter's footnotes, then endnotes)."""
    layout = analyse(FOOTNOTES_THEN_ENDNOTES)
    assert [note.text[:10] for note in layout.notes] == ["John Smith", "Smith, Har", "Mary Jones", "Jones, Fai"]


@pytest.mark.parametrize(("head", "expected"), [
    ("«Società e storia», n. 148, 2015, pp. 233-259\n\nMarco Bellandi\n\nLa fiscalità urbana a Milano\n\n"
     "1. Premessa\nLa storiografia …",
     {"container-title": "Società e storia", "issue": "148", "page": "233-259",
      "title": "La fiscalità urbana a Milano", "author": [{"family": "Bellandi", "given": "Marco"}]}),
    ("Hispania, 2015, vol. LXXV, nº 250, mayo-agosto, págs. 345-372, ISSN: 0018-2141\n\n"
     "LOS CORREGIDORES CASTELLANOS*\n\nANTONIO RUIZ DE LA PEÑA\nUniversidad de Salamanca\n\nRESUMEN: …",
     {"container-title": "Hispania", "volume": "LXXV", "issue": "250", "page": "345-372",
      "title": "LOS CORREGIDORES CASTELLANOS", "author": [{"family": "Ruiz de la Peña", "given": "Antonio"}]}),
    # the section's rubric above the title is left out; a title's English translation under it too
    ("Revista de História Colonial (São Paulo), n. 188, 2023, p. 1-28\n\nARTIGO\n\n"
     "A Mesa da Inspeção do Tabaco na Bahia\n\nThe Tobacco Inspection Board of Bahia\n\n"
     "Ricardo Teles Amaral\nUniversidade Federal da Bahia\n",
     {"title": "A Mesa da Inspeção do Tabaco na Bahia", "author": [{"family": "Amaral", "given": "Ricardo Teles"}]}),
    # a byline's "von"; a Spanish title's author keeps both surnames
    ("Geschichte und Gesellschaft 47 (2021), S. 345–372\nISSN 0340-6130\n\nHandwerk und Zunftgericht\n"
     "von Katharina Brenner*\n\nZusammenfassung: …",
     {"title": "Handwerk und Zunftgericht", "author": [{"family": "Brenner", "given": "Katharina"}]}),
    ("Anuario de Estudios Coloniales, vol. 12, 2020, pp. 33-60\n\nLos oficiales reales de la Caja de Zacatecas\n"
     "Lucía Ferrer Montalvo\nUniversidad de Zacatecas\n",
     {"author": [{"family": "Ferrer Montalvo", "given": "Lucía"}]}),
    # a volume's label opening the line is no journal's name
    ("KWARTALNIK HISTORII MIAST\nRocznik LXXII, 2024, nr 3\nPL ISSN 0023-5903\n", {"container-title": None}),
])
def test_journal_line_with_title_and_author_below(head: str, expected: dict[str, object]) -> None:
    entry = read_cover(head)
    assert {key: entry.get(key) for key in expected} == expected
