"""Round 6: licence and rights lines of German, Italian, French and Dutch publishers' PDFs.

Open-access PDFs print their licence at the foot of page 1, right below the notes ("Dieses Werk ist
lizenziert unter …", "Quest'opera è distribuita con Licenza Creative Commons …"): page furniture, never
a note's last line.  The lines are written for these tests.
"""

from __future__ import annotations

import pytest

from citekit.readers.text import _is_boilerplate, analyse

LICENCES = [
    "Dieses Werk ist lizenziert unter einer Creative Commons Namensnennung 4.0 International Lizenz.",
    "Quest'opera è distribuita con Licenza Creative Commons Attribuzione 4.0 Internazionale.",
    "Cette œuvre est mise à disposition selon les termes de la Licence Creative Commons Attribution 4.0 "
    "International.",
    "Dit werk valt onder een Creative Commons Naamsvermelding 4.0 Internationaal-licentie.",
    "Open Access. © 2021 Anna Vogt, publiziert von De Gruyter.",
    "Tutti i diritti sono riservati.",
]


@pytest.mark.parametrize("line,expected", [
    *((line, True) for line in LICENCES),
    # a web page's link to its top, copied with the text
    ("Haut de page", True), ("Top of page", True), ("Inizio pagina", True),
    ("Le haut de page porte la signature du notaire.", False),
    # sentences about licences are prose
    ("Die Lizenz der Creative Commons wurde 2002 eingeführt.", False),
    ("La licenza fu concessa dal duca nel 1598.", False),
    ("Les droits du chapitre furent réservés par l'évêque.", False),
])
def test_licence_lines(line: str, expected: bool) -> None:
    assert _is_boilerplate(line) is expected


@pytest.mark.parametrize("licence", LICENCES[:5])
def test_a_licence_below_page_ones_notes_is_no_notes_text(licence: str) -> None:
    text = ("Die Zunft der Gerber tagte zweimal im Jahr.1 Ihre Protokolle sind erhalten.2\n\n"
            "1 Vgl. Arnd Kluge, Die Zünfte, Stuttgart 2007, S. 211.\n2 StadtAN, B 11 Nr. 4, fol. 12r.\n\n"
            f"{licence}\n\f"
            "Die Meister klagten vor allem über Pfuscher.3\n\n3 Ebd., fol. 14v.\n\f")
    layout = analyse(text)
    assert [(n.number, n.text) for n in layout.notes] == [
        ("1", "Vgl. Arnd Kluge, Die Zünfte, Stuttgart 2007, S. 211."), ("2", "StadtAN, B 11 Nr. 4, fol. 12r."),
        ("3", "Ebd., fol. 14v.")]
