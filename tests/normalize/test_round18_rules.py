"""Round 18's steps and widenings on labelled fields (the British Empire in South Asia and Africa, French colonial
Africa): documents in British, African and French colonial archives by their reference codes
(``imperial_archive``), a command paper's or a colonial report's number read as the pinpoint
(``official_paper``, and the type step's "C. 2591" and "Colonial No. 231" closing a title), a newspaper named
with its city in brackets, the place and given-name lists of South Asia and Africa, and the patronymic joiners
("wa", "bin") of a name opening a title; each with a case it must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields
from citekit.normalize.imperial_archive import read_archive_note

P = pytest.param
MS = "manuscript"


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        # --- colonial archives by their reference codes
        P([("author", "TNA, CO 583/176/6, minute by A. J. Dawe,"), ("date", "3 March 1931.")],
          {"type": MS, "archive": "TNA", "archive_location": "CO 583/176/6", "title": "minute by A. J. Dawe",
           "issued": {"date-parts": [[1931, 3, 3]]}, "author": None}, ("full", None, None), id="tna-department-piece"),
        P([("other", "IOR/L/PJ/6/512, file 2101, British Library,"), ("location", "London.")],
          {"type": MS, "archive": "British Library", "archive-place": "London",
           "archive_location": "IOR/L/PJ/6/512, file 2101"}, ("full", None, None), id="ior-code-first"),
        P([("other", "IOR/R/1/1/1342.")],
          {"type": MS, "archive": None, "archive_location": "IOR/R/1/1/1342"}, ("full", None, None), id="ior-alone"),
        P([("title", "Kenya National Archives (KNA), PC/CP/8/5/2, Chief Native Commissioner to Provincial Commissioner,"),
           ("date", "18 May 1946.")],
          {"type": MS, "archive": "Kenya National Archives (KNA)", "archive_location": "PC/CP/8/5/2",
           "title": "Chief Native Commissioner to Provincial Commissioner"}, ("full", None, None), id="slash-code"),
        P([("author", "ANOM,"), ("title", "GGAEF 4 D 12, rapport politique annuel,"), ("location", "Moyen-Congo,"),
           ("date", "1926.")],
          {"type": MS, "archive": "ANOM", "archive_location": "GGAEF 4 D 12",
           "title": "rapport politique annuel, Moyen-Congo"}, ("full", None, None), id="anom-series"),
        P([("author", "Rhodes House Library,"), ("location", "Oxford,"), ("collection-title", "MSS Afr. s. 424,"),
           ("locator", "fol. 88.")],
          {"type": MS, "archive": "Rhodes House Library", "archive-place": "Oxford",
           "archive_location": "MSS Afr. s. 424", "collection-title": None}, ("full", "88", "folio"), id="rhodes-house"),
        P([("author", "CMS Archives,"), ("title", "Cadbury Research Library, University of Birmingham, CA2/O/11, Townsend to Venn,"),
           ("date", "4 January 1850.")],
          {"archive": "Cadbury Research Library, University of Birmingham", "archive_collection": "CMS Archives",
           "archive_location": "CA2/O/11", "title": "Townsend to Venn"}, ("full", None, None), id="papers-before-repository"),
        P([("author", "SOAS, CWM/LMS, South Africa,"), ("title", "Incoming Correspondence, box 12, folder 3, Moffat to Tidman,"),
           ("date", "12 March 1842.")],
          {"archive": "SOAS", "archive_collection": "CWM/LMS, South Africa, Incoming Correspondence",
           "archive_location": "box 12, folder 3"}, ("full", None, None), id="box-and-folder"),
        P([("author", "ANOM, 1 AFFPOL 2556/3,"), ("title", "Gouverneur général de l'AOF au ministre,"), ("date", "3 mars 1932.")],
          {"type": MS, "archive": "ANOM", "archive_location": "1 AFFPOL 2556/3", "author": None,
           "issued": {"date-parts": [[1932, 3, 3]]}}, ("full", None, None), id="anom-affaires-politiques"),
        P([("title", "Frederick Lugard to Lord Selborne, 12 March 1902, Lugard Papers, MSS Brit. Emp."), ("locator", "s. 63,"),
           ("publisher", "Rhodes House,"), ("location", "Oxford.")],
          {"type": MS, "archive": "Rhodes House", "archive-place": "Oxford", "archive_collection": "Lugard Papers",
           "archive_location": "MSS Brit. Emp. s. 63", "publisher": None}, ("full", None, None), id="letter-in-papers"),
        # (left alone: a book whose title names a library; an interview in an oral-history collection)
        P([("author", "John Smith,"), ("title", "A History of the Bodleian Library,"), ("location", "Oxford,"),
           ("date", "1990,"), ("locator", "p. 12.")],
          {"type": "book", "archive": None}, ("full", "12", "page"), id="book-about-a-library"),
        P([("author", "John Smith, interview by Paul Thompson,"), ("date", "12 June 1972,"),
           ("title", "Edwardians Oral History Collection,"), ("other", "QD1/FLWE/123, UK Data Archive,"),
           ("publisher", "University of Essex.")],
          {"type": "interview"}, None, id="interview-left-alone"),
        # --- official papers by their numbers
        P([("title", "Report of the Indian Famine Commission, Part I,"), ("locator", "C. 2591"), ("location", "(London:"),
           ("publisher", "HMSO,"), ("date", "1880),"), ("locator", "34.")],
          {"type": "report", "number": "C. 2591", "publisher": "HMSO"}, ("full", "34", "page"), id="c-series-number"),
        P([("title", "Report of the Indian Statutory Commission,"), ("volume", "vol. 1,"), ("locator", "Cmd. 3568"),
           ("location", "(London:"), ("publisher", "HMSO,"), ("date", "1930),"), ("locator", "para. 22.")],
          {"type": "report", "number": "Cmd. 3568", "volume": "1"}, ("full", "22", "paragraph"), id="cmd-after-volume"),
        P([("title", "Annual Report on Kenya for the Year 1948,"), ("locator", "Colonial No. 231"), ("location", "(London:"),
           ("publisher", "HMSO,"), ("date", "1949).")],
          {"type": "report", "number": "Colonial No. 231"}, ("full", None, None), id="colonial-number-no-pinpoint"),
        P([("title", "Annual Report on Kenya for the Year 1948, Colonial No. 231"), ("location", "(London:"),
           ("publisher", "HMSO,"), ("date", "1949),"), ("locator", "8.")],
          {"type": "report", "number": "Colonial No. 231", "title": "Annual Report on Kenya for the Year 1948"},
          ("full", "8", "page"), id="colonial-number-closing-title"),
        # (left alone: a carta before no imprint)
        P([("author", "ASV,"), ("title", "Senato,"), ("locator", "C. 12,"), ("locator", "c. 3.")],
          {"number": None}, None, id="carta-left-alone"),
        # --- newspapers with their city, places and names
        P([("title", "West African Pilot (Lagos),"), ("date", "4 July 1945,"), ("locator", "p. 1.")],
          {"type": "article-newspaper", "container-title": "West African Pilot (Lagos)", "title": None},
          ("full", "1", "page"), id="newspaper-with-city"),
        P([("title", "Studies in Bengal (Calcutta),"), ("date", "1905,"), ("locator", "p. 7.")],
          {"container-title": None}, None, id="a-year-alone-is-no-newspaper-day"),
        P([("author", "Ranajit Guha,"), ("title", "Elementary Aspects,"), ("location", "Delhi,"), ("publisher", "Oxford University Press,"),
           ("date", "1983.")],
          {"publisher-place": "Delhi", "publisher": "Oxford University Press"}, None, id="delhi"),
        P([("location", "Bamako, Mali;"), ("title", "Rapport,"), ("date", "2015.")],
          {"publisher-place": "Bamako, Mali", "publisher": None}, None, id="city-and-country"),
        P([("title", "Ngũgĩ wa Thiong'o, Decolonising the Mind"), ("location", "(London:"), ("publisher", "James Currey,"),
           ("date", "1986),"), ("locator", "16.")],
          {"author": [{"family": "Thiong'o", "given": "Ngũgĩ wa"}], "title": "Decolonising the Mind"},
          ("full", "16", "page"), id="patronymic-name-opening-title"),
        P([("author", "Jomo Kenyatta, Facing Mount Kenya:"), ("title", "The Tribal Life of the Gikuyu"), ("location", "(London:"),
           ("publisher", "Secker and Warburg,"), ("date", "1938),"), ("locator", "21.")],
          {"author": [{"family": "Kenyatta", "given": "Jomo"}], "title": "Facing Mount Kenya: The Tribal Life of the Gikuyu"},
          None, id="african-given-name"),
    ],
)
def test_round18_rules(fields: list[tuple[str, str]], expected: dict[str, Any],
                       occurrence: tuple[str, str | None, str | None] | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence


@pytest.mark.parametrize(
    "text",
    [
        P("Smith, History of the Library, vol. 2, London, 1990", id="book-with-library-in-title"),
        P("TNA, CO 533/384/9, 3 May 1930, 4 June 1930", id="two-dates"),
        P("CO 4012, 17/326", id="weak-code-without-repository"),
        P("TNA, CO 533/384/9, p. 3, Memorandum", id="pinpoint-not-last"),
    ],
)
def test_not_an_archive_note(text: str) -> None:
    assert read_archive_note(text) is None
