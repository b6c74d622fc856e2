"""Twenty notes from the history of the British Empire in South Asia and Africa, with a French colonial
archive (English notes in Chicago and Oxford styles, Indian and British imprints, an imprint of three
places, the India Office Records, The National Archives' Colonial Office series, a Kenyan and a French
overseas archive, a missionary society's papers, a Command paper, Parliamentary Papers and Hansard, an
Indian newspaper, an Urdu title in transliteration, "Ibid." and short forms), written by the integrator on
2026-11-28 (14:35 UTC) before the eighteenth parser round and kept from its author, whose brief named the
domain only.

Against the code before the round: 15 of 20 right (misses: the India Office, ANOM and
CMS archival citations typed as books, the Parliamentary Paper's number read as the locator, the Times of
India not a newspaper). After the round: 18 of 20; the two left are strict xfails.

Only what a case names is compared (``check_note`` in conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    P("C. A. Bayly, Empire and Information: Intelligence Gathering and Social Communication in India, 1780–1870 (Cambridge: Cambridge University Press, 1996), 142.",
      {'author': ['Bayly'], 'title': 'Empire and Information: Intelligence Gathering and Social Communication in India, 1780–1870',
       'publisher': 'Cambridge University Press', 'publisher-place': 'Cambridge', 'year': 1996}, ('142', 'page'), 'full'),
    P("British Library, India Office Records (IOR), L/PJ/6/1123, file 2045, Home Department to Secretary of State, 14 March 1911.",
      {'type': 'manuscript'}, None, 'full'),
    P("TNA, CO 533/384/3, Governor of Kenya to Secretary of State for the Colonies, 12 June 1929.",
      {'type': 'manuscript'}, None, 'full'),
    P("Ranajit Guha, Elementary Aspects of Peasant Insurgency in Colonial India (Delhi: Oxford University Press, 1983), pp. 18–22.",
      {'author': ['Guha'], 'title': 'Elementary Aspects of Peasant Insurgency in Colonial India',
       'publisher': 'Oxford University Press', 'publisher-place': 'Delhi', 'year': 1983}, ('18-22', 'page'), 'full'),
    P("Ibid., 47.",
      {}, ('47', 'page'), 'ibid'),
    P("Frederick Cooper, “Conflict and Connection: Rethinking Colonial African History,” American Historical Review 99, no. 5 (1994): 1516–45.",
      {'author': ['Cooper'], 'title': 'Conflict and Connection: Rethinking Colonial African History',
       'container-title': 'American Historical Review', 'volume': '99', 'issue': '5', 'year': 1994, 'page': '1516-1545'},
      None, 'full'),
    P("Report of the Commission of Enquiry into Disturbances in the Gold Coast, 1948, Colonial No. 231 (London: HMSO, 1948), para. 45.",
      {'publisher': 'HMSO', 'publisher-place': 'London', 'year': 1948}, ('45', 'paragraph'), 'full'),
    P("Parliamentary Papers (PP), 1904, Cd. 2175, Report of the Inter-Departmental Committee on Physical Deterioration, p. 12.",
      {'year': 1904}, ('12', 'page'), 'full',
      marks=pytest.mark.xfail(strict=True, reason="the paper's number before its title ('Cd. 2175') is read as the locator")),
    P("Hansard, House of Commons Debates, 5th ser., vol. 251, col. 1203 (10 April 1931).",
      {'volume': '251'}, ('1203', 'column'), 'full'),
    P("Sugata Bose and Ayesha Jalal, Modern South Asia: History, Culture, Political Economy, 3rd edn (London: Routledge, 2011), 98.",
      {'author': ['Bose', 'Jalal'], 'title': 'Modern South Asia: History, Culture, Political Economy', 'edition': '3',
       'publisher': 'Routledge', 'publisher-place': 'London', 'year': 2011}, ('98', 'page'), 'full'),
    P("Partha Chatterjee, The Nation and Its Fragments: Colonial and Postcolonial Histories (Princeton, NJ: Princeton University Press, 1993), 6–9.",
      {'author': ['Chatterjee'], 'title': 'The Nation and Its Fragments: Colonial and Postcolonial Histories',
       'publisher': 'Princeton University Press', 'year': 1993}, ('6-9', 'page'), 'full'),
    P("Bose and Jalal, Modern South Asia, 104.",
      {'author': ['Bose', 'Jalal'], 'title': 'Modern South Asia'}, ('104', 'page'), 'short'),
    P("Catherine Coquery-Vidrovitch, Le Congo au temps des grandes compagnies concessionnaires, 1898–1930 (Paris: Mouton, 1972), p. 211.",
      {'author': ['Coquery-Vidrovitch'], 'title': 'Le Congo au temps des grandes compagnies concessionnaires, 1898–1930',
       'publisher': 'Mouton', 'publisher-place': 'Paris', 'year': 1972}, ('211', 'page'), 'full'),
    P("Archives nationales d’outre-mer (ANOM), Aix-en-Provence, GGAEF 5 D 12, rapport du gouverneur général, 1911.",
      {'type': 'manuscript'}, None, 'full'),
    P("Shahid Amin, “Gandhi as Mahatma: Gorakhpur District, Eastern UP, 1921–2,” in Subaltern Studies III: Writings on South Asian History and Society, ed. Ranajit Guha (Delhi: Oxford University Press, 1984), 1–61, at 23.",
      {'author': ['Amin'], 'title': 'Gandhi as Mahatma: Gorakhpur District, Eastern UP, 1921–2',
       'container-title': 'Subaltern Studies III: Writings on South Asian History and Society', 'editor': ['Guha'],
       'publisher': 'Oxford University Press', 'year': 1984, 'page': '1-61'}, ('23', 'page'), 'full'),
    P("Guha, Elementary Aspects, 30.",
      {'author': ['Guha'], 'title': 'Elementary Aspects'}, ('30', 'page'), 'short'),
    P("The Times of India (Bombay), 3 May 1905, p. 7.",
      {'type': 'article-newspaper'}, ('7', 'page'), 'full'),
    P("Richard Rathbone, Nkrumah and the Chiefs: The Politics of Chieftaincy in Ghana, 1951–60 (Oxford: James Currey; Accra: F. Reimmer; Athens: Ohio University Press, 2000), 55.",
      {'author': ['Rathbone'], 'title': 'Nkrumah and the Chiefs: The Politics of Chieftaincy in Ghana, 1951–60', 'year': 2000},
      ('55', 'page'), 'full'),
    P("Church Missionary Society Archives, Cadbury Research Library, University of Birmingham, CMS/B/OMS/C A2 O 56/12, Henry Townsend to Henry Venn, 21 Aug. 1850.",
      {'type': 'manuscript'}, None, 'full',
      marks=pytest.mark.xfail(strict=True, reason="a reference code with spaces inside ('CMS/B/OMS/C A2 O 56/12') is no archive's code to the parser: typed book")),
    P("Sayyid Ahmad Khan, Asbab-e Baghawat-e Hind (Agra: Mufid-e ʿAm Press, 1859), 12.",
      {'title': 'Asbab-e Baghawat-e Hind', 'publisher-place': 'Agra', 'year': 1859}, ('12', 'page'), 'full'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_heldout_note(note: str, expected: dict[str, Any], occurrence: tuple[str, str] | None, kind: str,
                      check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)
