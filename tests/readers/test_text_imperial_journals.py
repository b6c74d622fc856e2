"""Round 9: pdftotext layouts of journals of imperial, South Asian and African history and their platforms.

Invented articles, each in the layout of one publisher: Taylor & Francis (the Journal of Imperial and
Commonwealth History: the journal, "Vol. 49, No. 4, 612–640" and the DOI over the title, ABSTRACT /
KEYWORDS / ARTICLE HISTORY, the "CONTACT" line and "© 2021 Informa UK Limited …", heads "2 R. HARTLEY" and
"THE JOURNAL OF … 3", endnotes numbered "1." under "Notes" after the "Disclosure statement", then "Notes on
contributor" and "ORCID"), SAGE (the Indian Economic and Social History Review: the "Article" cover block
printing the journal over two lines, "60(2) 187–214, 2023", the author's affiliation numbered 1 like a
note, "Corresponding author:", "Downloaded from journals.sagepub.com at … on …" feet), Cambridge (the
Journal of African History: "doi:", "© The Author(s), 2022. Published by Cambridge University Press. This
is an Open Access article …", "Published online by Cambridge University Press" feet, "Cite this
article:"), Brill (JESHO: the journal line on every page, "© Author, 2022 | doi:…", "Downloaded from
Brill.com … via free access", heads in lower case "416 van der velde") and Persée (Cahiers d'études
africaines: the "Citer ce document" cover page, heads in capitals, French notes with "op. cit. :",
"Résumé" / "Abstract" / "Mots-clés/Keywords" after the last note).

Five were written before the readers were changed: 15 of their 25 checks passed then (the T&F contributor's
note and ORCID, Persée's "Résumé" / "Abstract" read into the last note; SAGE's numbered affiliation taken for
note 1, which then swallowed the page's body and the real note 1; neither SAGE's journal, title and author nor
T&F's journal and year read; Brill's site "brill.com/jesh" read into the title).  Two more -- a JSTOR cover
of an older issue (Modern Asian Studies, 1985: "Author(s):", "Source:", heads in capitals "502 RAJAT DATTA",
"This content downloaded …" feet) and T&F's newer first page (the Journal of Southern African Studies: the
journal in capitals, "2022, VOL. 48, NO. 2, 245–268", "Acknowledgements", "Funding", endnotes running over a
page break) -- were written after the fixes: 9 of their 10 checks passed without further changes (the miss
is the parser's, pinned below).

Texts are in ``tests/readers/data/imperial_journals/``, written for these tests.  Each document: the note
numbers (no affiliation, contributor's note or ORCID taken for a note), each note's citations (kind, a
word of the title, the pinpoint), no page furniture in notes or entries, and the document's own data
(``source``): its title, container and author, and the journal's volume, issue, year, pages and DOI.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.readers.cover import read_cover
from citekit.readers.text import analyse, classify_lines, read_text_document
from tests.readers.layout_checks import (  # noqa: F401  (collected here, on this module's tables)
    test_citations,
    test_journal_numbers,
    test_no_furniture,
    test_note_numbers,
    test_source,
)

DATA = Path(__file__).parent / "data" / "imperial_journals"

Cite = tuple[str, str | None, str | None]

#: document -> note number -> expected citations (kind, a word of the title, pinpoint)
NOTES: dict[str, dict[int, list[Cite]]] = {
    "tandf_jich.txt": {
        1: [("full", "Sepoys and the Company", "45-52")],
        2: [("full", None, None)],
        3: [("full", "Between Mars and Mammon", "88")],
        4: [("ibid", None, "91-93")],
        5: [("full", None, None)],
        6: [("short", "Sepoys and the Company", "140")],
        7: [("full", "Military Synthesis in South Asia", None)],
    },
    "sage_ieshr.txt": {
        1: [("full", "Transition to a Colonial Economy", "20-35")],
        2: [("full", None, None)],
        3: [("ibid", None, None)],
        4: [("full", "Structure of Indian Textile Industry", "140")],
        5: [("short", "Transition to a Colonial Economy", "112")],
        6: [("full", "Company Weavers of Bengal", "67")],
        7: [("short", "Structure of Indian Textile Industry", "165")],
    },
    "cambridge_jah.txt": {
        1: [("full", "Nyamwezi trade", None)],
        2: [("full", "Slaves, Spices and Ivory", "105-109")],
        3: [("full", "Carriers of Culture", "58")],
        4: [("full", None, None)],
        5: [("ibid", None, None)],
        6: [("short", "Slaves, Spices and Ivory", "190")],
        7: [("full", "Feasts and Riot", "55-60")],
    },
    "brill_jesho.txt": {
        1: [("full", "Economy of Bengal", "56-60")],
        2: [("full", None, None)],
        3: [("full", "Indian Merchants and the Decline of Surat", "88")],
        4: [("ibid", None, "92-95")],
        5: [("full", None, None)],
        6: [("short", "Indian Merchants", "101")],
        7: [("full", "Banking and Mercantile House", None)],
    },
    "persee_cea.txt": {
        1: [("full", "royaume du Waalo", "215-220")],
        2: [("full", None, None)],
        3: [("full", "traitants des comptoirs", None)],
        4: [("ibid", None, "130")],
        5: [("full", None, None)],
        6: [("op-cit", "royaume du Waalo", "231")],
        7: [("full", "Sénégal sous le Second Empire", "302")],
    },
    # written after the first fixes (the second set)
    "jstor_mas.txt": {
        1: [("full", "Reforms in the Bengal Salt Monopoly", None), ("full", "Economic History of Bengal", "160-175")],
        2: [("full", None, None)],
        3: [("ibid", None, None)],
        4: [("short", "Economic History of Bengal", "171")],
        5: [("full", "Society, Economy and the Market", "88")],
        6: [("short", "Reforms in the Bengal Salt Monopoly", "160")],
    },
    "tandf_jsas.txt": {
        1: [("full", "Chibaro", "165-170")],
        2: [("full", None, None)],
        3: [("full", "Migrant Labour in South Africa", "201")],
        4: [("ibid", None, "205-207")],
        5: [("short", "Chibaro", "172")],
        6: [("full", "Work, Culture, and Identity", "142")],
    },
}

#: document -> what its ``source`` must hold (its whole title, the container, the author's family name with
#: its particles)
SOURCES: dict[str, dict[str, str]] = {
    "tandf_jich.txt": {"title": "Sepoys, Stores and Credit: Military Bazaars in the Bombay Presidency, 1800–1840", "author": "Hartley",
                       "container-title": "Journal of Imperial and Commonwealth History"},
    "sage_ieshr.txt": {"title": "Weavers, Advances and the Company's Investment in the Northern Circars, 1770–1810", "author": "Krishnan",
                       "container-title": "Indian Economic and Social History Review"},
    "cambridge_jah.txt": {"title": "Ivory, Credit, and Caravan Debt in Unyanyembe, c. 1850–1890", "author": "Mwakalinga",
                          "container-title": "Journal of African History"},
    "brill_jesho.txt": {"title": "Brokers, Bills and Banias: Surat's Sarrafs and the Dutch East India Company, 1680–1720", "author": "van der Velde",
                        "container-title": "Journal of the Economic and Social History of the Orient"},
    "persee_cea.txt": {"title": "Les traitants de Saint-Louis et le crédit de la gomme (1820-1860)", "author": "Diallo",
                       "container-title": "Cahiers d'études africaines"},
    "jstor_mas.txt": {"title": "Salt, Credit and the Company's Monopoly in Bengal, 1790-1836", "author": "Datta",
                      "container-title": "Modern Asian Studies"},
    "tandf_jsas.txt": {"title": "Traders, Tickets and Debt on the Witwatersrand Mine Compounds, 1900–1920",
                       "author": "Mokoena", "container-title": "Journal of Southern African Studies"},
}

#: ... and the journal's numbers
JOURNAL: dict[str, dict[str, object]] = {
    "tandf_jich.txt": {"volume": "49", "issue": "4", "year": 2021, "page": "612-640",
                       "DOI": "10.1080/03086534.2021.1934567"},
    "sage_ieshr.txt": {"volume": "60", "issue": "2", "year": 2023, "page": "187-214",
                       "DOI": "10.1177/00194646231162345"},
    "cambridge_jah.txt": {"volume": "63", "issue": "1", "year": 2022, "page": "45-66",
                          "DOI": "10.1017/S0021853722000123"},
    "brill_jesho.txt": {"volume": "65", "year": 2022, "page": "412-447", "DOI": "10.1163/15685209-12341578"},
    "persee_cea.txt": {"volume": "38", "issue": "150-152", "year": 1998, "page": "431-458",
                       "DOI": "10.3406/cea.1998.1812"},
    "jstor_mas.txt": {"volume": "19", "issue": "3", "year": 1985, "page": "501-532"},
    "tandf_jsas.txt": {"volume": "48", "issue": "2", "year": 2022, "page": "245-268",
                       "DOI": "10.1080/03057070.2022.2045678"},
}

#: words of page furniture, covers, title blocks and end matter that no note or entry may hold
FURNITURE = ("Informa UK", "Taylor & Francis", "CONTACT", "R. HARTLEY", "JOURNAL OF IMPERIAL", "Disclosure",
             "conflict of interest", "Notes on contributor", "ORCID", "orcid", "Lecturer", "KEYWORDS",
             "ARTICLE HISTORY", "sagepub", "Downloaded from", "Corresponding author", "Hyderabad, Telangana",
             "Reprints", "Keywords", "Krishnan 189", "Social History Review 60(2)", "Published online by",
             "Cite this article", "Open Access", "Juma Mwakalinga", "Journal of African History 47",
             "Brill.com", "brill.com", "van der velde", "brokers, bills and banias", "via free access",
             "Social History of the Orient 65", "Persée", "persee", "Citer ce document", "Fichier pdf",
             "ABDOULAYE DIALLO", "LES TRAITANTS", "Résumé", "Abstract", "Mots-clés", "Received", "Accepted",
             "E-mail", "Email", "RAJAT DATTA", "SALT AND CREDIT", "JSTOR", "jstor", "This content downloaded",
             "All use subject", "Printed in Great Britain", "Jawaharlal Nehru University", "T. MOKOENA",
             "JOURNAL OF SOUTHERN AFRICAN", "Editorial Board", "Senior Lecturer", "National Research Foundation",
             "I thank", "Funding")

#: expectations not met yet: (document, check) -> reason (strict xfails)
#: ``source``'s title is held whole (layout_checks.test_source)
WHOLE_TITLE = True

XFAIL: dict[tuple[str, str], str] = {
    ("cambridge_jah.txt", "citations"): "parser (not the reader; the note's text is whole): 'A. Sheriff, Slaves, Spices "
                                        "and Ivory in Zanzibar: …' takes the title's first word into the author "
                                        "(family 'A. Sheriff', given 'Slaves'), so the title loses 'Slaves'",
    ("jstor_mas.txt", "citations"): "parser (not the reader; the note's text is whole): 'Rajat Datta, Society, Economy "
                                    "and the Market: …' takes the title's first word into the author (given 'Society'), "
                                    "as with Sheriff's 'Slaves, Spices and Ivory'",
    ("persee_cea.txt", "citations"): "extraction (not the reader; the notes' texts are whole): 'Ibid. : 130.' and "
                                     "'B. Barry, op. cit. : 231.' lose their French colon locators in the document "
                                     "(parse_reference alone reads 130 and 231), and the op. cit. is linked to no entry",
}


@pytest.mark.parametrize("name", sorted(NOTES))
def test_the_same_notes_when_the_form_feeds_are_lost(name: str) -> None:
    """Without form feeds a verso's head "432 ABDOULAYE DIALLO" and a recto's "LES TRAITANTS DE SAINT-LOUIS 433"
    are still heads (their numbers face each other), not the end of the note above them."""
    text = (DATA / name).read_text(encoding="utf-8")
    with_feeds = [(n.number, n.text) for n in read_text_document(text).notes]
    assert [(n.number, n.text) for n in read_text_document(text.replace("\f", "")).notes] == with_feeds


# -- the rules one by one ---------------------------------------------------------------------------------

@pytest.mark.parametrize("heading", ["Notes on contributor", "Notes on contributors", "ORCID", "Disclosure statement",
                                     "Funding", "Résumé", "Abstract", "Resumen", "Data availability statement"])
def test_end_matter_headings_end_the_last_note(heading: str) -> None:
    text = (f"Body.1 More.2\n\nNotes\n1. Seema Alavi, The Sepoys and the Company (Delhi, 1995), 45.\n"
            f"2. Ibid., 52.\n\n{heading}\nRebecca Hartley is a Lecturer at the University of York.\n")
    assert analyse(text).notes[-1].text == "Ibid., 52."


def test_a_numbered_affiliation_is_no_note() -> None:
    """SAGE numbers the author's affiliation like a note under the title; note 1 is the one further on."""
    text = ("Weavers and Advances\n\nAnand Krishnan1\n\nAbstract\nThe Company bought cloth.\n\n"
            "1 Department of History, University of Hyderabad, Hyderabad, India.\n\n"
            "Corresponding author:\nAnand Krishnan, University of Hyderabad.\n\n"
            "The residency paid advances.1 The debts grew.2\n\n"
            "1 Prasannan Parthasarathi, The Transition to a Colonial Economy (Cambridge, 2001), 20.\n"
            "2 Ibid., 35.\n")
    layout = analyse(text)
    assert [(n.number, n.text[:19]) for n in layout.notes] == [("1", "Prasannan Parthasar"), ("2", "Ibid., 35.")]
    assert any("Department of History" in bio for bio in layout.bio)


def test_an_institution_as_note_one_is_kept_when_no_other_note_one_follows() -> None:
    """An archive's citation may open with an institution: without a second "1" it is the note."""
    text = "Body.1 More.2\n\n1 University of London, Senate House Library, MS 812, fol. 3.\n2 Ibid., fol. 9.\n"
    assert [n.number for n in analyse(text).notes] == ["1", "2"]


SAGE_HEAD = """Article

The Indian Economic and Social
History Review
60(2) 187–214, 2023
© 2023 Indian Economic and
Social History Association
Reprints and permissions:
in.sagepub.com/journals-permissions-india
DOI: 10.1177/00194646231162345
journals.sagepub.com/home/ier

Weavers, Advances and the Company's Investment in the Northern Circars, 1770–1810

Anand Krishnan1 and Priya Rao2

Abstract
The Company bought its cloth through advances.
"""


def test_sage_cover_block() -> None:
    source = read_cover(SAGE_HEAD + "\nBody.1\n\n1 A note.\n")
    assert {key: source.get(key) for key in ("container-title", "volume", "issue", "page", "title")} == {
        "container-title": "The Indian Economic and Social History Review", "volume": "60", "issue": "2",
        "page": "187-214", "title": "Weavers, Advances and the Company's Investment in the Northern Circars, 1770–1810"}
    assert source["issued"] == {"date-parts": [[2023]]}
    assert source["author"] == [{"family": "Krishnan", "given": "Anand"}, {"family": "Rao", "given": "Priya"}]


@pytest.mark.parametrize("head,journal", [
    ("The Journal of Imperial and Commonwealth History, 2021\nVol. 49, No. 4, 612–640\n",
     "The Journal of Imperial and Commonwealth History"),
    ("THE JOURNAL OF IMPERIAL AND COMMONWEALTH HISTORY\n2021, VOL. 49, NO. 4, 612–640\n",
     "The Journal of Imperial and Commonwealth History"),
])
def test_tandf_journal_above_its_volume_line(head: str, journal: str) -> None:
    text = (head + "https://doi.org/10.1080/03086534.2021.1934567\n\nSepoys, Stores and Credit\nRebecca Hartley\n"
            "Department of History, University of York, York, UK\n\nBody.1\n\n1 A note.\n")
    source = read_cover(text, text.find("1 A note"))
    assert {key: source.get(key) for key in ("container-title", "volume", "issue", "page", "issued")} == {
        "container-title": journal, "volume": "49", "issue": "4", "page": "612-640",
        "issued": {"date-parts": [[2021]]}}


def test_a_volume_line_under_a_title_takes_no_journal() -> None:
    """Only a line among the first few above a volume line that opens the line is the journal's name."""
    text = ("Some Preface\n\nA. Author\n\nIntroduction\nMore words\nA Title of Sorts\nThe Long Chapter Name\n"
            "Vol. 2, No. 3, 45–67\n\nBody.1\n\n1 A note.\n")
    assert "container-title" not in read_cover(text, text.find("1 A note"))


def test_a_journal_site_line_is_no_part_of_the_title() -> None:
    text = ("Journal of the Economic and Social History of the Orient 65 (2022) 412–447\n\nbrill.com/jesh\n\n"
            "Brokers, Bills and Banias\n\nPieter van der Velde\nLeiden University, Leiden, The Netherlands\n\n"
            "Body.1\n\n1 A note.\n")
    source = read_cover(text, text.find("1 A note"))
    assert source["title"] == "Brokers, Bills and Banias"


def test_numbered_section_headings_in_capitals_are_no_heads() -> None:
    """Only a verso's and a recto's heads face each other; numbered section headings in capitals do not."""
    text = ("Body.1\n\n1 INTRODUCTION\n\nThe agencies.2\n\n2 THE SALT AGENCIES\n\nMore.\n\n"
            "1 Sinha, Economic History, 12.\n2 Ibid., 14.\n")
    labels = classify_lines(text)
    assert "furniture" not in labels


def test_a_journal_with_a_colon_above_its_volume_line() -> None:
    text = ("SOUTH ASIA: JOURNAL OF SOUTH ASIAN STUDIES\n2022, VOL. 45, NO. 3, 512–530\n"
            "https://doi.org/10.1080/00856401.2022.2061234\n\nBody.1\n\n1 A note.\n")
    source = read_cover(text, text.find("1 A note"))
    assert source["container-title"] == "South Asia: Journal of South Asian Studies"


def test_cairn_cover_of_a_double_issue() -> None:
    """Outre-mers numbers its double issues "N° 402-403"; Cairn's "n° 66-2" is a volume and its number."""
    text = ("Les marchands de gomme et la colonie (1820-1860)\nAbdoulaye Diallo\n"
            "Dans Outre-mers 2019/1 (N° 402-403), pages 45 à 67\nÉditions SFHOM\nISSN 1631-0438\n\nBody.1\n\n1 A note.\n")
    source = read_cover(text, text.find("1 A note"))
    assert {key: source.get(key) for key in ("container-title", "volume", "issue", "page", "title")} == {
        "container-title": "Outre-mers", "volume": None, "issue": "402-403", "page": "45-67",
        "title": "Les marchands de gomme et la colonie (1820-1860)"}


def test_wiley_foot_with_an_article_number() -> None:
    """History Compass numbers its articles ("2022;20:e12712") instead of printing pages."""
    text = ("DOI: 10.1111/hic3.12712\n\nARTICLE\n\nFamine and empire in British India\n\nPriya Sharma\n\n"
            "Department of History, University of Warwick, Coventry, UK\n\nBody.1\n\n1 A note.\n"
            "History Compass. 2022;20:e12712. wileyonlinelibrary.com/journal/hic3 © 2022 John Wiley & Sons Ltd.\n")
    source = read_cover(text, text.find("1 A note"))
    assert {key: source.get(key) for key in ("container-title", "volume", "issued")} == {
        "container-title": "History Compass", "volume": "20", "issued": {"date-parts": [[2022]]}}
