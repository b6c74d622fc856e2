"""Round 6: the article's own "how to cite" block, and what ends the last note on platform pages.

The citations are invented, each in one platform's or press's shape.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.readers.cover import read_cover
from citekit.readers.own_citation import _names, read_own_citation
from citekit.readers.text import analyse


@pytest.mark.parametrize("block,expected", [
    # OpenEdition, online only: the electronic reference alone
    ("Référence électronique\nPaul Roux et Marie Caron, « Les foires de Beaucaire », Annales du Midi rhodanien "
     "[En ligne], 7 | 2019, mis en ligne le 2 mai 2020, consulté le 1 mars 2024. URL : http://journals.openedition"
     ".org/amr/88 ; DOI : https://doi.org/10.4000/amr.88\n",
     {"author": [{"family": "Roux", "given": "Paul"}, {"family": "Caron", "given": "Marie"}],
      "title": "Les foires de Beaucaire", "container-title": "Annales du Midi rhodanien", "issue": "7",
      "issued": {"date-parts": [[2019]]}, "DOI": "10.4000/amr.88"}),
    # OpenEdition's web page: "Pour citer cet article" heads the labelled references
    ("Haut de page\nPour citer cet article\nRéférence électronique\nPaul Roux, « Les foires de Beaucaire », Annales "
     "du Midi rhodanien [En ligne], 7 | 2019, mis en ligne le 2 mai 2020.\nHaut de page\n",
     {"author": [{"family": "Roux", "given": "Paul"}], "title": "Les foires de Beaucaire",
      "container-title": "Annales du Midi rhodanien", "issue": "7", "issued": {"date-parts": [[2019]]}}),
    # Persée: family name first, "In:", the volume as a year of the series
    ("Citer ce document / Cite this document :\nDubreuil Marc. La draperie de Louviers. In: Revue du Nord-Ouest, "
     "tome 61, n°240, 1979. pp. 45-62;\n",
     {"author": [{"family": "Dubreuil", "given": "Marc"}], "title": "La draperie de Louviers",
      "container-title": "Revue du Nord-Ouest", "volume": "61", "issue": "240",
      "issued": {"date-parts": [[1979]]}, "page": "45-62"}),
    # a Portuguese press: author-date, the title ending at the full stop before the journal
    ("Como citar este artigo: Lopes, M. J. (2019). A Misericórdia de Braga e o crédito. Revista de História "
     "Minhota, 12(1), 77-99. https://doi.org/10.21747/rhm.2019.12.1.5\n",
     {"author": [{"family": "Lopes", "given": "M. J."}], "title": "A Misericórdia de Braga e o crédito",
      "container-title": "Revista de História Minhota", "volume": "12", "issue": "1",
      "issued": {"date-parts": [[2019]]}, "page": "77-99", "DOI": "10.21747/rhm.2019.12.1.5"}),
    # a French platform's "Citer cet article", author-date, the DOI on the next line
    ("Citer cet article\nGagnon, É. et Roy, M. (2020). Les tanneurs de Lyon. Revue des métiers urbains, 12(3), "
     "45–67.\nhttps://doi.org/10.7202/1071234ar\n",
     {"author": [{"family": "Gagnon", "given": "É."}, {"family": "Roy", "given": "M."}],
      "title": "Les tanneurs de Lyon", "container-title": "Revue des métiers urbains", "volume": "12",
      "issue": "3", "issued": {"date-parts": [[2020]]}, "page": "45-67"}),
    # two inverted names with initials, separated by a comma
    ("Cómo citar: Díaz Serrano, A., Pérez Gil, J. M. (2022). El pósito de Toledo, en Cuadernos de Historia "
     "Fiscal 47(2), 101-120.\n",
     {"author": [{"family": "Díaz Serrano", "given": "A."}, {"family": "Pérez Gil", "given": "J. M."}],
      "title": "El pósito de Toledo", "container-title": "Cuadernos de Historia Fiscal", "volume": "47",
      "issue": "2", "issued": {"date-parts": [[2022]]}, "page": "101-120"}),
    # a Catalan journal (RACO): "Com citar aquest article"
    ("Com citar aquest article: Puig i Ferrer, Joan (2018). «Els gremis de Girona», Estudis d'Història Urbana, "
     "22, 15-38.\n",
     {"author": [{"family": "Puig i Ferrer", "given": "Joan"}], "title": "Els gremis de Girona",
      "container-title": "Estudis d'Història Urbana", "issued": {"date-parts": [[2018]]}, "page": "15-38"}),
    # a Polish journal: "Jak cytować / How to cite:"
    ("Jak cytować / How to cite: Nowak, A. (2021). Cech szewców w Toruniu. Kwartalnik Historii Miast, 69(2), "
     "33-52. https://doi.org/10.12775/KHM.2021.012\n",
     {"author": [{"family": "Nowak", "given": "A."}], "title": "Cech szewców w Toruniu",
      "container-title": "Kwartalnik Historii Miast", "volume": "69", "issue": "2",
      "issued": {"date-parts": [[2021]]}, "page": "33-52", "DOI": "10.12775/KHM.2021.012"}),
    # a German "Zitiervorschlag" with the title in quotes
    ("Zitiervorschlag: Anna Vogt, „Die Hanse und das Recht“, in: Zeitschrift für Stadtrechtsgeschichte 9 (2018), "
     "S. 101–130.\n",
     {"author": [{"family": "Vogt", "given": "Anna"}], "title": "Die Hanse und das Recht",
      "container-title": "Zeitschrift für Stadtrechtsgeschichte", "volume": "9", "issued": {"date-parts": [[2018]]},
      "page": "101-130"}),
])
def test_own_citation_shapes(block: str, expected: dict[str, object]) -> None:
    entry = read_own_citation(block)
    assert {key: entry.get(key) for key in expected} == expected
    assert entry["type"] == "article-journal"


@pytest.mark.parametrize("authors,names", [
    ("Giulia Ferraris e Marco Rossi", ["Giulia Ferraris", "Marco Rossi"]),
    ("Paul Roux et Marie Caron", ["Paul Roux", "Marie Caron"]),
    ("Díaz, A. y Pérez, J.", ["Díaz, A.", "Pérez, J."]),
    ("Díaz Serrano, A., Pérez Gil, J. M.", ["Díaz Serrano, A.", "Pérez Gil, J. M."]),
    # compound surnames joined by "y" / "e" are one name
    ("Ortega y Gasset, José", ["Ortega y Gasset, José"]),
    ("Ramón y Cajal, S. y Ortega y Gasset, J.", ["Ramón y Cajal, S.", "Ortega y Gasset, J."]),
    ("Ana Sousa e Silva", ["Ana Sousa e Silva"]),
    ("Vogt, A.; Kluge, B. & Endres, R.", ["Vogt, A.", "Kluge, B.", "Endres, R."]),
])
def test_authors_one_by_one(authors: str, names: list[str]) -> None:
    assert _names(authors) == names


@pytest.mark.parametrize("text", [
    "Citation of the sources follows the usual rules.\nNo journal here.\n",  # no label with a colon
    "Cómo citar: véase la nota 3.\n",  # a label, but no title and journal after it
    "Pour citer cet article : voir plus bas.\n",
])
def test_no_citation_read_where_there_is_none(text: str) -> None:
    assert read_own_citation(text) == {}


def test_cairn_dans_cover_with_a_volume_and_several_authors() -> None:
    head = ("La police des ports\nJeanne Morel et Luc Perrin\nDans Revue des mondes portuaires 2021/1 (Vol. 52), "
            "pages 33 à 58\nÉditions Armor\nDistribution électronique Cairn.info pour Éditions Armor.\n")
    entry = read_cover(head)
    assert entry == {
        "type": "article-journal", "container-title": "Revue des mondes portuaires",
        "issued": {"date-parts": [[2021]]}, "volume": "52", "issue": "1", "page": "33-58",
        "author": [{"family": "Morel", "given": "Jeanne"}, {"family": "Perrin", "given": "Luc"}],
        "title": "La police des ports"}


BODY = ("Le registre compte quatre cents actes1, presque tous des obligations2.\n\n"
        "1 ADH, 2 E 56/12.\n2 Ibid., fol. 3.\n")


@pytest.mark.parametrize("tail", [
    "Pour citer cet article\nRéférence papier\nJean Roux, « Titre », Revue, 4 | 2020, 1-20.\n",
    "RÉSUMÉS\nLe registre des obligations de 1601.\nINDEX\nMots-clés : crédit\n",
    "Haut de page\nPour citer cet article\nRéférence électronique\nJean Roux, « Titre », Revue [En ligne], 4 | 2020.\n",
    "Per citare questo articolo\nRiferimento elettronico\nGiulia Neri, «Titolo», Rivista [Online], 3 | 2021.\n",
    "Cómo citar este artículo:\nRoux, J. (2020). Título, en Revista 4(1), 1-20.\n",
    "Zitiervorschlag:\nRoux, Titel, ZfS 4 (2020), 1.\n",
    "Top of page\nBibliographical reference\nJean Roux, “Title”, Review of Things, 4 | 2020, 1-20.\n",
])
def test_end_matter_heading_ends_the_last_note(tail: str) -> None:
    layout = analyse(BODY + tail)
    assert [(n.number, n.text) for n in layout.notes] == [("1", "ADH, 2 E 56/12."), ("2", "Ibid., fol. 3.")]
    assert tail.split("\n")[1] in layout.body


def test_paragraph_numbers_in_the_margin_are_no_notes() -> None:
    """OpenEdition numbers its paragraphs ("1", "2" alone on a line): only a number whose marker
    the body printed, and the one due, starts a note."""
    text = ("1\n\nLe registre compte quatre cents actes1, presque tous des obligations2.\n\n2\n\n"
            "Les créanciers sont des marchands de la ville.\n\n1. ADH, 2 E 56/12.\n2. Ibid., fol. 3.\n")
    layout = analyse(text)
    assert [(n.number, n.text) for n in layout.notes] == [("1", "ADH, 2 E 56/12."), ("2", "Ibid., fol. 3.")]
    assert "Les créanciers sont des marchands de la ville." in layout.body


def test_numbers_alone_still_start_notes_where_the_body_has_no_markers() -> None:
    """The marker rule for a first note alone on its number is dropped when the body prints none."""
    text = "The court sat twice a week and its records survive.\n\n1\nHolt, Assize Circuit.\n2\nIbid.\n"
    assert [(n.number, n.text) for n in analyse(text).notes] == [("1", "Holt, Assize Circuit."), ("2", "Ibid.")]


def test_bracketed_markers_keep_the_next_page_body_out_of_the_notes() -> None:
    """Notes numbered "(1)" (Persée's older articles): the body's "(2)" is a marker, so the next
    page's body is no rest of the note before."""
    text = ("Les statuts ont été publiés (1) et commentés.\n\n(1) Ouin, Histoire, Rouen, 1850.\n\f"
            "12 J. MARTIN\n\nLes comptes subsistent en grand nombre (2). Ils couvrent un siècle.\n\n"
            "(2) Arch. dép., G 6789.\n")
    layout = analyse(text)
    assert [(n.number, n.text) for n in layout.notes] == [("1", "Ouin, Histoire, Rouen, 1850."),
                                                           ("2", "Arch. dép., G 6789.")]


@given(st.text(alphabet=st.sampled_from(list("Cómo citar:Pour citer «»()0123456789|.,- \nabcRevista")),
               max_size=300))
@settings(max_examples=200, deadline=None)
def test_own_citation_never_raises_and_needs_title_and_journal(text: str) -> None:
    entry = read_own_citation(text)
    assert entry == {} or (entry.get("title") and entry.get("container-title"))
