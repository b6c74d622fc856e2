"""Round 10: pdftotext layouts of journals of medieval studies and their publishers.

Invented articles, each in the layout of one publisher: Brepols (Viator: the title in capitals, the author's
starred note before note 1, the foot "Viator 52.1 (2021), 123–156. © BREPOLS PUBLISHERS 10.1484/…", the
personal-use notice in capitals on every page, heads in capitals "124 JONATHAN ASHDOWN"), Speculum (the
Medieval Academy's cover block at page 1's foot, heads "346 The Ransom …", the feet "Speculum 96/2 (April
2021)", the author's biography after the last note), Wiley (Early Medieval Europe: "Received: … | Revised:
…", "ORIGINAL ARTICLE", "Correspondence", the foot "Early Medieval Europe. 2021;29:345–372.
wileyonlinelibrary.com/…", heads "346 | BERNARDINI", "ACKNOWLEDGEMENTS", "ORCID", "How to cite this
article:"), De Gruyter (Frühmittelalterliche Studien: "Brought to you by | … / Authenticated / Download Date
| …" on every page, notes numbered "1)", "wie Anm. 3", "Ebd.") and Persée (the Bibliothèque de l'École
des chartes: the "Citer ce document" cover page with "1998, tome 156, livraison 2. pp. 401-436", the title
in capitals, "par" over the author, heads in capitals, "op. cit.").

Five were written before the readers were changed: 12 of their 25 checks passed then (Brepols' foot with its
DOI and, without form feeds, its notice in capitals read into the notes; Speculum's cover line and foot read
into notes 3 and 6, its journal and numbers unread, "By" kept in the given name; Wiley's recto head "BERNARDINI
| 347" and its "ACKNOWLEDGEMENTS" read into notes; De Gruyter's subtitle run into the title; Persée's
"livraison" unread; the citations' misses are the parser's and the classifier's, pinned below).  Two more -- a
Cambridge journal (Traditio: title and byline in capitals, the journal's line, copyright and DOI at page 1's foot,
"Published online by Cambridge University Press" feet) and a JSTOR cover of an older Speculum issue -- were
written after the first fixes: 7 of their 10 checks passed without further changes (Traditio's foot line read
into note 3 and its title not read under the byline in capitals; the JSTOR miss is the classifier's).

Texts are in ``tests/readers/data/medieval_journals/``, written for these tests.  Each document: the note
numbers (no starred note, affiliation or biography taken for a note), each note's citations (kind, a word
of the title, the pinpoint), no page furniture in notes or entries, and the document's own data
(``source``): its title, container and author, and the journal's volume, issue, year, pages and DOI.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.readers.cover import read_cover
from citekit.readers.own_citation import read_own_citation
from citekit.readers.text import _is_boilerplate, analyse, read_text_document
from tests.readers.layout_checks import (  # noqa: F401  (collected here, on this module's tables)
    test_citations,
    test_journal_numbers,
    test_no_furniture,
    test_note_numbers,
    test_source,
)

DATA = Path(__file__).parent / "data" / "medieval_journals"

Cite = tuple[str, str | None, str | None]

#: document -> note number -> expected citations (kind, a word of the title, pinpoint)
NOTES: dict[str, dict[int, list[Cite]]] = {
    "brepols_viator.txt": {
        1: [("full", "Cartulaire du chapitre royal", None)],
        2: [("full", None, None)],
        3: [("full", "Lordship in the County of Maine", "118-120")],
        4: [("ibid", None, None)],
        5: [("full", None, None)],
        6: [("short", "Lordship in the County of Maine", "131")],
        7: [("full", "Actus pontificum", "398-401")],
        8: [("full", "comte d'Anjou", None)],
    },
    "speculum.txt": {
        1: [("full", "Ecclesiastical History", None)],
        2: [("ibid", None, None)],
        3: [("full", None, None)],
        4: [("full", "Beaumont Twins", "24-26")],
        5: [("full", "Regesta Regum Anglo-Normannorum", None)],
        6: [("short", "Beaumont Twins", "31")],
        7: [("full", "Empress Matilda", "41")],
    },
    "wiley_eme.txt": {
        1: [("full", "Capitularia regum Francorum", None)],
        2: [("full", None, None)],
        3: [("full", "Practice of Empire", "293-297")],
        4: [("ibid", None, None)],
        5: [("full", "Bibliotheca capitularium", "562-578")],
        6: [("full", "Collectio capitularium", "432")],
        7: [("short", "Bibliotheca capitularium", "588")],
        8: [("full", "Episcopus", "141")],
    },
    "degruyter_fmst.txt": {
        1: [("full", "Urkundenbuch der Abtei Sanct Gallen", None)],
        2: [("full", None, None)],
        3: [("full", "Geschichte der Grafschaften Alemanniens", "45-52")],
        4: [("full", None, None)],
        5: [("ibid", None, None)],
        6: [("supra", "Geschichte der Grafschaften", "88")],  # ("wie Anm. 3": a cross-reference to note 3)
        7: [("full", None, None)],
        8: [("full", "Formulae Merowingici", "410")],
    },
    "persee_bec.txt": {
        1: [("full", None, None)],
        2: [("full", None, None)],
        3: [("full", "officialités au Moyen Âge", "45-52")],
        4: [("full", "Cartulaire de l'église Notre-Dame de Laon", None)],
        5: [("ibid", None, None)],
        6: [("op-cit", "officialités", "131")],
        7: [("full", "authentification des actes privés", "740")],
    },
    # written after the first fixes (the second set)
    "cambridge_traditio.txt": {
        1: [("full", "Liber pontificalis", None)],
        2: [("full", None, None)],
        3: [("full", None, None)],
        4: [("ibid", None, None)],
        5: [("full", "Katalog der festländischen Handschriften", None)],
        6: [("full", "Rome and the Invention of the Papacy", "188-192")],
        7: [("short", "Rome and the Invention of the Papacy", "201")],
        8: [("full", "Lives of the Eighth-Century Popes", "120-121")],
    },
    "jstor_speculum.txt": {
        1: [("full", "Wool Trade in English Medieval History", "41-43")],
        2: [("full", None, None)],
        3: [("ibid", None, None)],
        4: [("full", "Chronica monasterii de Melsa", None)],
        5: [("short", "Wool Trade", "43")],
        6: [("full", "Calendar of the Patent Rolls", "143")],
    },
}

#: document -> what its ``source`` must hold (its whole title, the container, the author's family name)
SOURCES: dict[str, dict[str, str]] = {
    "brepols_viator.txt": {"title": "The Bishop's Charters and the Cathedral Chapter of Le Mans, 1050–1150",
                           "author": "Ashdown", "container-title": "Viator"},
    "speculum.txt": {"title": "The Ransom of Count Waleran: Lordship, Credit, and the Abbey of Bec, 1120–1140",
                     "author": "Holloway", "container-title": "Speculum"},
    "wiley_eme.txt": {"title": "Royal assemblies and the making of capitularies under Louis the Pious, 814–829",
                      "author": "Bernardini", "container-title": "Early Medieval Europe"},
    "degruyter_fmst.txt": {"title": "Königsboten und Grafen im Bodenseeraum: Zur Praxis der Gerichtsbarkeit im 9. "
                                    "Jahrhundert", "author": "Keller", "container-title": "Frühmittelalterliche Studien"},
    "persee_bec.txt": {"title": "Les notaires de l'officialité de Laon et leurs registres (1280-1340)",
                       "author": "Morel", "container-title": "Bibliothèque de l'école des chartes"},
    "cambridge_traditio.txt": {"title": "A New Witness to the Liber Pontificalis in Carolingian Verona",
                               "author": "Ferrante", "container-title": "Traditio"},
    "jstor_speculum.txt": {"title": "The Cistercians and the Wool Trade of Yorkshire, 1150-1300", "author": "Harmon",
                           "container-title": "Speculum"},
}

#: ... and the journal's numbers
JOURNAL: dict[str, dict[str, object]] = {
    "brepols_viator.txt": {"volume": "52", "issue": "1", "year": 2021, "page": "123-156",
                           "DOI": "10.1484/J.VIATOR.5.128345"},
    "speculum.txt": {"volume": "96", "issue": "2", "year": 2021, "DOI": "10.1086/713456"},
    "wiley_eme.txt": {"volume": "29", "year": 2021, "page": "345-372", "DOI": "10.1111/emed.12456"},
    "degruyter_fmst.txt": {"volume": "52", "year": 2018, "page": "123-156", "DOI": "10.1515/fmst-2018-0005"},
    "persee_bec.txt": {"volume": "156", "issue": "2", "year": 1998, "page": "401-436",
                       "DOI": "10.3406/bec.1998.450912"},
    "cambridge_traditio.txt": {"volume": "76", "year": 2021, "page": "123-160", "DOI": "10.1017/tdo.2021.5"},
    "jstor_speculum.txt": {"volume": "53", "issue": "2", "year": 1978, "page": "255-280"},
}

#: words of page furniture, covers, title blocks and end matter that no note or entry may hold
FURNITURE = ("BREPOLS", "PRIVATE USE", "PERMISSION OF THE PUBLISHER", "JONATHAN ASHDOWN", "THE BISHOP'S CHARTERS",
             "University of Oxford", "I thank", "Keywords", "Abstract", "Medieval Academy", "Chicago Press",
             "Speculum 96", "Lordship and Credit at Bec", "Associate Professor", "utoronto", "wileyonlinelibrary",
             "John Wiley", "BERNARDINI", "ACKNOWLEDGEMENTS", "ORCID", "orcid", "How to cite", "Correspondence",
             "Received", "Brought to you by", "Authenticated", "Download Date", "Universitätsbibliothek",
             "Hans-Werner Keller", "Königsboten", "Persée", "persee", "Citer ce document", "Fichier pdf",
             "J.-B. MOREL", "LES NOTAIRES", "TRADITIO", "Fordham", "Cambridge University Press", "Published online",
             "A NEW WITNESS", "CLAUDIA FERRANTE", "RICHARD W. HARMON", "THE CISTERCIANS", "JSTOR", "jstor",
             "This content downloaded", "All use subject")

#: expectations not met yet: (document, check) -> reason (strict xfails)
#: ``source``'s title is held whole (layout_checks.test_source)
WHOLE_TITLE = True

XFAIL: dict[tuple[str, str], str] = {
    ("brepols_viator.txt", "citations"): "parser and classifier (not the reader; the notes' texts are whole): the "
                                         "manuscript 'Tours, Archives départementales d'Indre-et-Loire, H 360, no. 4.' "
                                         "is classed short (the city taken for an author), and 'Actus pontificum …, "
                                         "Archives historiques du Maine, 2 (Le Mans: …, 1901), pp. 398–401.' reads "
                                         "the pages as a chapter's range, not the pinpoint",
    ("jstor_speculum.txt", "citations"): "classifier (not the reader; the note's text is whole): the record 'London, "
                                         "The National Archives, E 159/67, m. 12d.' is classed short with no entry",
    ("persee_bec.txt", "citations"): "extraction (not the reader; the note's text is whole): '…, p. 701-772, à la p. "
                                     "740.' keeps 'à la p.' in its locator",
}


@pytest.mark.parametrize("name", sorted(NOTES))
def test_the_same_notes_when_the_form_feeds_are_lost(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    with_feeds = [(n.number, n.text) for n in read_text_document(text).notes]
    assert [(n.number, n.text) for n in read_text_document(text.replace("\f", "")).notes] == with_feeds


# -- the rules one by one ---------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["Speculum 96/2 (April 2021)", "Speculum, volume 96, number 2, April 2021.",
                                  "Viator 52.1 (2021), 123–156. © BREPOLS PUBLISHERS 10.1484/J.VIATOR.5.128345",
                                  "THIS DOCUMENT MAY BE PRINTED FOR PRIVATE USE ONLY. IT MAY NOT BE DISTRIBUTED."])
def test_issue_feet_and_press_notices_are_furniture(line: str) -> None:
    assert _is_boilerplate(line)


@pytest.mark.parametrize("line", ["Anglo-Norman Studies 10 (1988): 35–48, at 41.", "Past and Present 96/2 (1982)",
                                  "Speculum 53 (1978): 255–80.", "Traditio, volume 76 of the series, 2021, 45."])
def test_a_cited_journal_is_no_foot(line: str) -> None:
    """A note's citation of a journal goes on to its pages, or names no month of the issue."""
    assert not _is_boilerplate(line)


def test_wiley_heads_with_a_bar() -> None:
    text = ("Body.1\n\n1 Mordek, Bibliotheca, 12.\n\n346 | BERNARDINI\n\nMore.2\n\n2 Ibid., 14.\n\n"
            "BERNARDINI | 347\n\nEven more.3\n\n3 Patzold, Episcopus, 141.\n")
    layout = analyse(text)
    assert [n.text for n in layout.notes] == ["Mordek, Bibliotheca, 12.", "Ibid., 14.", "Patzold, Episcopus, 141."]


def test_acknowledgements_end_the_last_note() -> None:
    text = "Body.1\n\n1 Mordek, Bibliotheca, 12.\n\nACKNOWLEDGEMENTS\nI thank Stuart Airlie.\n"
    assert analyse(text).notes[-1].text == "Mordek, Bibliotheca, 12."


def test_speculum_cover_line_and_byline() -> None:
    text = ("The Ransom of Count Waleran\n\nBy Margaret E. Holloway\n\nBody.1\n\n1 Orderic, History, 6:348.\n\n"
            "Speculum, volume 96, number 2, April 2021.\n© 2021 Medieval Academy of America. All rights reserved.\n")
    source = read_cover(text, text.find("1 Orderic"))
    assert {key: source.get(key) for key in ("container-title", "volume", "issue", "issued", "title")} == {
        "container-title": "Speculum", "volume": "96", "issue": "2", "issued": {"date-parts": [[2021]]},
        "title": "The Ransom of Count Waleran"}
    assert source["author"] == [{"family": "Holloway", "given": "Margaret E."}]


def test_a_bare_doi_on_the_copyright_line() -> None:
    text = ("THE BISHOP'S CHARTERS\n\nJonathan Ashdown\nUniversity of Oxford\n\nBody.1\n\n1 A note.\n"
            "Viator 52.1 (2021), 123–156. © BREPOLS PUBLISHERS 10.1484/J.VIATOR.5.128345\n")
    assert read_cover(text, text.find("1 A note"))["DOI"] == "10.1484/J.VIATOR.5.128345"


def test_a_german_subtitle_on_its_own_line_and_a_double_given_name() -> None:
    text = ("Frühmittelalterliche Studien 52 (2018), S. 123–156\nDOI 10.1515/fmst-2018-0005\n\nHANS-WERNER KELLER\n\n"
            "Königsboten und Grafen im Bodenseeraum\nZur Praxis der Gerichtsbarkeit im 9. Jahrhundert\n\n"
            "Die Gerichtsurkunden des Klosters St. Gallen zeigen die Königsboten bei der Arbeit.\nMehr1.\n\n"
            "1) A note.\n")
    source = read_cover(text, text.find("1) A note"))
    assert source["title"] == "Königsboten und Grafen im Bodenseeraum: Zur Praxis der Gerichtsbarkeit im 9. Jahrhundert"
    assert source["author"][0]["given"] == "Hans-Werner"


def test_persee_livraison_is_the_issue() -> None:
    text = ("Citer ce document / Cite this document :\n\nMorel Jean-Baptiste. Les notaires de Laon. In: Bibliothèque "
            "de l'école des chartes. 1998, tome 156, livraison 2. pp. 401-436;\n")
    assert read_own_citation(text)["issue"] == "2"


def test_a_traditio_byline_in_capitals_under_the_title() -> None:
    text = ("A NEW WITNESS TO THE LIBER PONTIFICALIS IN\nCAROLINGIAN VERONA\n\nBY CLAUDIA FERRANTE*\n\n"
            "The Veronese copies of the Liber pontificalis have been studied since Duchesne, and more.1\n\n"
            "1 Duchesne, Liber pontificalis, 1:clxiv.\n")
    source = read_cover(text, text.find("1 Duchesne"))
    assert source["title"] == "A NEW WITNESS TO THE LIBER PONTIFICALIS IN CAROLINGIAN VERONA"
    assert source["author"] == [{"family": "Ferrante", "given": "Claudia"}]


# -- gaps of earlier rounds ---------------------------------------------------------------------------------

ENDNOTES = "Body.1 More.2 And more.3\n\nNotes\n1. See Smith (2010, 45).\n2. Jones, Trade and Empire, 12–14.\n" \
           "3. On this see Brown (2015).\n"
REFERENCES = ("Brown, Alice. 2015. The Company Army. London: Routledge.\n"
              "Jones, Peter. 2012. Trade and Empire. Oxford: Oxford University Press.\n"
              "Smith, John. 2010. Credit and Credit Networks. Cambridge: Cambridge University Press.\n")


@pytest.mark.parametrize("heading", ["References\n", ""])
def test_a_reference_list_straight_after_the_endnotes(heading: str) -> None:
    """Taylor & Francis print the reference list under the last endnote, with its heading or none."""
    assert analyse(ENDNOTES + heading + REFERENCES).notes[-1].text == "On this see Brown (2015)."


def test_a_note_ending_in_a_name_and_year_goes_on() -> None:
    """One author-date line under a note is the note's own (a list needs two entries in order)."""
    text = ENDNOTES + "Brown, Alice. 2015. The Company Army. London: Routledge.\n\nBody again.\n"
    assert "The Company Army" in analyse(text).notes[-1].text


@pytest.mark.parametrize("affiliation", [
    "1 Department of History, University of Hyderabad, Hyderabad, Telangana 500046, India.\n",
    "Corresponding author:\nAnand Krishnan, Department of History, University of Hyderabad, India.\n"])
def test_a_sage_affiliation_under_page_ones_notes(affiliation: str) -> None:
    text = ("The residency paid advances.1 The debts grew.2\n\n"
            "1 Prasannan Parthasarathi, The Transition to a Colonial Economy (Cambridge, 2001), 20.\n"
            f"2 Ibid., 35.\n\n{affiliation}\nThe next page goes on.3\n\n3 Sinha, Economic History, 12.\n")
    assert [(n.number, n.text) for n in analyse(text).notes][1:] == [("2", "Ibid., 35."),
                                                                   ("3", "Sinha, Economic History, 12.")]


def test_an_oxford_cover_block_above_the_title() -> None:
    text = ("The English Historical Review, Vol. CXXXVIII No. 590\nhttps://doi.org/10.1093/ehr/cead012\n"
            "© The Author(s) 2023. Published by Oxford University Press. All rights reserved.\n"
            "For permissions, please e-mail: journals.permissions@oup.com\n\n"
            "Credit, Kinship and the Parish Poor in\nSeventeenth-Century Norfolk*\n\nThomas Aldred\n\n"
            "When the overseers of Wymondham met in the spring of 1631, they recorded the doles they paid.1\n\n"
            "1. K. Wrightson, Earthly Necessities (New Haven, CT, 2000), p. 87.\n")
    source = read_cover(text, text.find("1. K. Wrightson"))
    assert {key: source.get(key) for key in ("title", "container-title", "volume", "issue", "issued")} == {
        "title": "Credit, Kinship and the Parish Poor in Seventeenth-Century Norfolk",
        "container-title": "The English Historical Review", "volume": "CXXXVIII", "issue": "590",
        "issued": {"date-parts": [[2023]]}}
    assert source["author"] == [{"family": "Aldred", "given": "Thomas"}]


MUSE_CHAPTER = """Bishops and Chapters in Maine, 1050-1150
Jonathan Ashdown

Published by Boydell & Brewer

Ashdown, Jonathan.
Bishops and Chapters in Maine, 1050-1150.
Boydell & Brewer, 2021.
Project MUSE. https://muse.jhu.edu/book/98765.

For additional information about this book
https://muse.jhu.edu/book/98765

For content related to this chapter
https://muse.jhu.edu/chapter/3456789

[ Access provided at 28 Nov 2026 09:14 GMT from Universitaet Wien ]
\fCHAPTER 3

The Canons as Scribes

The bishops of Le Mans have left few acta.1 More.2

1 Cartulaire, no. 12.
2 Ibid., no. 13.
"""


def test_a_project_muse_chapter_cover() -> None:
    source = read_text_document(MUSE_CHAPTER).source
    assert source == {
        "type": "chapter", "title": "The Canons as Scribes", "container-title": "Bishops and Chapters in Maine, 1050-1150",
        "author": [{"family": "Ashdown", "given": "Jonathan"}], "container-author": [{"family": "Ashdown", "given": "Jonathan"}],
        "publisher": "Boydell & Brewer", "issued": {"date-parts": [[2021]]}}


def test_a_project_muse_book_cover_of_an_edited_volume() -> None:
    text = MUSE_CHAPTER.replace("For content related to this chapter\n", "").replace(
        "Ashdown, Jonathan.", "Ashdown, Jonathan, and Mary Smith, editors.")
    source = read_text_document(text).source
    assert {key: source.get(key) for key in ("type", "title", "editor")} == {
        "type": "book", "title": "Bishops and Chapters in Maine, 1050-1150",
        "editor": [{"family": "Ashdown", "given": "Jonathan"}, {"family": "Smith", "given": "Mary"}]}


CQ = """The Classical Quarterly (2021) 71.1 1–18
doi:10.1017/S0009838821000355

THE SHIELD OF ACHILLES AND THE CITY AT PEACE*

This paper argues that the city at peace on the shield answers the city at war.1 The
scenes of the wedding and the lawsuit belong together, as their order is the poet's.2

1 M.W. Edwards, The Iliad: A Commentary. Volume V (Cambridge, 1991), 200–9.
2 Edwards (n. 1), 215.

JOHN PETERSEN
University of Bristol
john.petersen@bristol.ac.uk
"""


def test_a_cambridge_header_without_commas_and_a_signature_at_the_end() -> None:
    """The Classical Quarterly's header ("(2021) 71.1 1–18") over its DOI, the title in capitals; the author
    signs at the end, under the last note."""
    result = read_text_document(CQ)
    assert [n.text for n in result.notes][-1] == "Edwards (n. 1), 215."
    source = result.source
    assert {key: source.get(key) for key in ("container-title", "volume", "issue", "page", "title")} == {
        "container-title": "The Classical Quarterly", "volume": "71", "issue": "1", "page": "1-18",
        "title": "THE SHIELD OF ACHILLES AND THE CITY AT PEACE"}
    assert source["author"] == [{"family": "Petersen", "given": "John"}]


STUDI = """GIOVANNI ROSSI

I notai di Lucca e la cancelleria vescovile (secoli IX-X)

Le carte lucchesi dell'età carolingia sono state edite da Domenico Barsocchini1. Esse
mostrano una continuità notarile senza pari in Italia2.

1 Memorie e documenti per servire all'istoria del ducato di Lucca, V/2, Lucca 1837, p. 205.
2 H. SCHWARZMAIER, Lucca und das Reich bis zum Ende des 11. Jahrhunderts, Tübingen 1972,
pp. 45-52.

Studi Medievali, 3a serie, LX, 1 (2019), pp. 123-156

124 GIOVANNI ROSSI

I notai sottoscrivevano come « notarius domni regis »3.

3 Ibid., p. 301.

I NOTAI DI LUCCA 125

Il quadro cambia dopo il 900.4

4 P. CAMMAROSANO, Italia medievale, Roma 1991, p. 70.
"""


def test_an_own_citation_at_page_ones_foot_and_the_author_above_the_title() -> None:
    """Studi Medievali cites the article at page 1's foot with no copyright: its first page is the one before
    the first head's ("124 GIOVANNI ROSSI"), so it is no note's end; the author in capitals stands above the title."""
    result = read_text_document(STUDI)
    assert result.notes[1].text == ("H. SCHWARZMAIER, Lucca und das Reich bis zum Ende des 11. Jahrhunderts, "
                                    "Tübingen 1972, pp. 45-52.")
    source = result.source
    assert {key: source.get(key) for key in ("container-title", "volume", "issue", "page", "title")} == {
        "container-title": "Studi Medievali", "volume": "LX", "issue": "1", "page": "123-156",
        "title": "I notai di Lucca e la cancelleria vescovile (secoli IX-X)"}
    assert source["author"] == [{"family": "Rossi", "given": "Giovanni"}]


def test_a_cited_article_on_other_pages_stays_in_its_note() -> None:
    text = STUDI.replace("Studi Medievali, 3a serie, LX, 1 (2019), pp. 123-156\n", "").replace(
        "pp. 45-52.\n", "pp. 45-52; and Quellen und Forschungen,\nLXX, 2 (1990), pp. 100-156\n")
    assert read_text_document(text).notes[1].text.endswith("Quellen und Forschungen, LXX, 2 (1990), pp. 100-156")
