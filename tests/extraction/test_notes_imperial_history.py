"""Sixty notes of an article on the British Empire in Africa and South Asia and on French colonial Africa, in
the order an article would have them: Chicago notes on East Africa and Nigeria, Oxford notes on India,
French notes on French West and Equatorial Africa.  Several works per note joined by ";", "; and",
"; see also", "; cf.", " ; idem"; commentary before a citation ("On the hut tax, see …"); archival
citations (TNA, IOR, KNA, NAK, ANOM, ANS, missionary archives), letters cited before their archive,
"Ibid." with and without a new shelf-mark; Command papers and Hansard; short forms by a word of the title,
quoted short titles, "Idem" after a note of two authors, "op. cit.", "supra n.", a short title in
parentheses after a quotation.

Written before the code was tuned on this domain.  Per note: its citations' kind, a word of the title of
the entry each points to (None: not compared; an archival file's entry has no title), and the locator
(None: not compared); ``ARCHIVAL``: the archive and shelf-mark of the files cited.

Before the round: 57 of the 60 notes right (misses: the lead-in "The governor's despatch is printed in Report
of the Kenya Land Commission" cut at "Land Commission" as a person's name; the locator "735-I), ix, p. 116" of
a Parliamentary Paper; the short title in brackets after a quotation, "As Guha put it, "…" (Rule of Property,
p. 60)"), 3 of the 11 files (6 with the parser as changed during the round; "Ibid., SNP 10/3 211p/1915" was
linked to the file before it).  After: 60 of 60, 10 of 11, the one left the parser's (``PARSER_MISSES``).
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.model import Document

NOTES = [
    # 1
    ('John Iliffe, A Modern History of Tanganyika (Cambridge: Cambridge University Press, 1979), 103–5.',
     [('full', 'Modern History of Tanganyika', '103-105')]),
    ('Ibid., 110.',
     [('ibid', 'Tanganyika', '110')]),
    ('On the hut tax, see Thomas Spear, Mountain Farmers: Moral Economies of Land and Agricultural Development '
     'in Arusha and Meru (Oxford: James Currey, 1997), 87; and Iliffe, Tanganyika, 132.',
     [('full', 'Mountain Farmers', '87'), ('short', 'Tanganyika', '132')]),
    ('Byatt to Milner, 12 Mar. 1920, TNA, CO 691/29, fol. 45.',
     [('full', None, '45')]),
    # 5
    ('Ibid., fol. 47.',
     [('ibid', None, '47')]),
    ('Frederick Lugard, The Dual Mandate in British Tropical Africa (Edinburgh: Blackwood, 1922), 200–201; see '
     'also Margery Perham, Lugard: The Years of Authority, 1898–1945 (London: Collins, 1960), 138.',
     [('full', 'Dual Mandate', '200-201'), ('full', 'Years of Authority', '138')]),
    ('Lugard to Colonial Office, 14 Jan. 1906, TNA, CO 446/52, fol. 112.',
     [('full', None, '112')]),
    ('NAK, SNP 7/10, 3425/1909, fol. 4.',
     [('full', None, '4')]),
    ('Ibid., SNP 10/3 211p/1915.',
     [('ibid', None, None)]),
    # 10
    ('Perham, Lugard, 140–42.',
     [('short', 'Years of Authority', '140-142')]),
    ('Lugard, Dual Mandate, 211.',
     [('short', 'Dual Mandate', '211')]),
    ("The governor's despatch is printed in Report of the Kenya Land Commission, Cmd. 4556 (London: HMSO, "
     "1934), 345–50.",
     [('full', 'Kenya Land Commission', '345-350')]),
    ('KNA, PC/CP 4/1/2, Central Province Annual Report, 1926, p. 7.',
     [('full', None, '7')]),
    ('Ibid.',
     [('ibid', None, None)]),
    # 15
    ('Bruce Berman and John Lonsdale, Unhappy Valley: Conflict in Kenya and Africa (London: James Currey, '
     '1992), 45.',
     [('full', 'Unhappy Valley', '45')]),
    ('Idem, "Coping with the Contradictions: The Development of the Colonial State in Kenya, 1895–1914," '
     'Journal of African History 20, no. 4 (1979): 487–505, at 490.',
     [('idem', 'Coping with the Contradictions', '490')]),
    ('Berman and Lonsdale, "Coping with the Contradictions," 495.',
     [('short', 'Coping with the Contradictions', '495')]),
    ('Berman and Lonsdale, Unhappy Valley, 60.',
     [('short', 'Unhappy Valley', '60')]),
    ('Hansard, HC Deb., 5th ser., vol. 261, 13 Feb. 1932, col. 1123.',
     [('full', None, None)]),
    # 20
    ('On the Devonshire Declaration, see Indians in Kenya: Memorandum, Cmd. 1922 (London: HMSO, 1923), 10; cf. '
     'Robert G. Gregory, India and East Africa: A History of Race Relations within the British Empire, '
     '1890–1939 (Oxford: Clarendon Press, 1971), 230–35.',
     [('full', 'Indians in Kenya', '10'), ('full', 'India and East Africa', '230-235')]),
    ('Gregory, India and East Africa, 240; Iliffe, Tanganyika, 262.',
     [('short', 'India and East Africa', '240'), ('short', 'Tanganyika', '262')]),
    ('Lord Hailey, An African Survey: A Study of Problems Arising in Africa South of the Sahara (London: Oxford '
     'University Press, 1938), 413.',
     [('full', 'African Survey', '413')]),
    ('Hailey, African Survey, 420–21.',
     [('short', 'African Survey', '420-421')]),
    ('Ibid., 430.',
     [('ibid', 'African Survey', '430')]),
    # 25
    ('Church Missionary Society Archives, University of Birmingham, CMS/G3/A5/O/1910/45, Willis to Baylis, '
     '3 Mar. 1910.',
     [('full', None, None)]),
    ('Spear, op. cit., 92.',
     [('op-cit', 'Mountain Farmers', '92')]),
    ('C. A. Bayly, Indian Society and the Making of the British Empire (Cambridge, 1988), p. 170.',
     [('full', 'Indian Society', '170')]),
    ('Viceroy to Secretary of State, 3 Oct. 1911, IOR/L/PJ/6/1123, file 2047.',
     [('full', None, None)]),
    ('Ibid.',
     [('ibid', None, None)]),
    # 30
    ('Eric Stokes, The English Utilitarians and India (Oxford, 1959), pp. 81–4; see also Thomas R. Metcalf, '
     'Ideologies of the Raj (Cambridge, 1994), p. 22.',
     [('full', 'English Utilitarians', '81-84'), ('full', 'Ideologies of the Raj', '22')]),
    ('Bayly, Indian Society, p. 175; Stokes, Utilitarians, p. 90.',
     [('short', 'Indian Society', '175'), ('short', 'English Utilitarians', '90')]),
    ('Report of the Indian Statutory Commission, vol. I: Survey, Cmd. 3568 (London, 1930), p. 42.',
     [('full', 'Indian Statutory Commission', '42')]),
    ('Report from the Select Committee on the Affairs of the East India Company, PP 1831–2 (735-I), ix, p. 116.',
     [('full', 'Select Committee', '116')]),
    ('Metcalf, op. cit., p. 30.',
     [('op-cit', 'Ideologies of the Raj', '30')]),
    # 35
    ('D. A. Washbrook, "Law, State and Agrarian Society in Colonial India", Modern Asian Studies, 15 (1981), '
     'pp. 649–721, at p. 654.',
     [('full', 'Agrarian Society', '654')]),
    ('Washbrook, "Law, State and Agrarian Society", p. 660; Bayly, op. cit., p. 180.',
     [('short', 'Agrarian Society', '660'), ('op-cit', 'Indian Society', '180')]),
    ('TNA, FO 371/24286, minute by Caroe, 12 Jan. 1940.',
     [('full', None, None)]),
    ('Ranajit Guha, A Rule of Property for Bengal: An Essay on the Idea of Permanent Settlement (Paris, 1963), '
     'p. 45.',
     [('full', 'Rule of Property', '45')]),
    ('Guha, Rule of Property, p. 50; cf. Stokes, op. cit., p. 95.',
     [('short', 'Rule of Property', '50'), ('op-cit', 'English Utilitarians', '95')]),
    # 40
    ('As Guha put it, "the permanent settlement was a product of an ideology" (Rule of Property, p. 60).',
     [('short', 'Rule of Property', '60')]),
    ('Guha, supra n. 38, p. 70.',
     [('supra', 'Rule of Property', '70')]),
    ('Catherine Coquery-Vidrovitch, Le Congo au temps des grandes compagnies concessionnaires, 1898-1930 '
     '(Paris : Mouton, 1972), p. 120.',
     [('full', 'Congo au temps', '120')]),
    ('Ibid., p. 125-126.',
     [('ibid', 'Congo au temps', '125-126')]),
    ('ANOM, 1 AFFPOL 542/3, rapport du gouverneur général, 14 mars 1925.',
     [('full', None, None)]),
    # 45
    ('ANS, 2 G 38/12, Rapport politique annuel, Sénégal, 1938, f. 4.',
     [('full', None, '4')]),
    ('Ibid., f. 7.',
     [('ibid', None, '7')]),
    ('Voir Alice L. Conklin, A Mission to Civilize: The Republican Idea of Empire in France and West Africa, '
     '1895-1930 (Stanford : Stanford University Press, 1997), p. 75 ; idem, « Colonialism and Human Rights, '
     'A Contradiction in Terms? », American Historical Review, 103, 2, 1998, p. 419-442.',
     [('full', 'Mission to Civilize', '75'), ('idem', 'Colonialism and Human Rights', None)]),
    ('Conklin, A Mission to Civilize, p. 80 ; cf. Coquery-Vidrovitch, op. cit., p. 130.',
     [('short', 'Mission to Civilize', '80'), ('op-cit', 'Congo au temps', '130')]),
    ('Sur le travail forcé, voir Babacar Fall, Le travail forcé en Afrique-Occidentale française (1900-1946) '
     '(Paris : Karthala, 1993), p. 33.',
     [('full', 'travail forcé', '33')]),
    # 50
    ('Fall, Le travail forcé, p. 40 ; Conklin, « Colonialism and Human Rights », p. 430.',
     [('short', 'travail forcé', '40'), ('short', 'Colonialism and Human Rights', '430')]),
    ("Georges Hardy, Une conquête morale : l'enseignement en A.O.F. (Paris : Armand Colin, 1917), p. 12.",
     [('full', 'conquête morale', '12')]),
    ('Hardy, op. cit., p. 15 ; idem, Nos grands problèmes coloniaux (Paris : Armand Colin, 1929), p. 8.',
     [('op-cit', 'conquête morale', '15'), ('idem', 'grands problèmes coloniaux', '8')]),
    ("Journal officiel de l'Afrique occidentale française, 12 juin 1926, p. 455.",
     [('full', None, '455')]),
    ('Gouverneur général Carde au ministre des Colonies, 2 mai 1924, ANOM, 1 AFFPOL 160, dossier 2.',
     [('full', None, None)]),
    # 55
    ('Ibid.',
     [('ibid', None, None)]),
    ('Frederick Cooper, Decolonization and African Society: The Labor Question in French and British Africa '
     '(Cambridge: Cambridge University Press, 1996), 90; and Conklin, Mission to Civilize, 190.',
     [('full', 'Decolonization and African Society', '90'), ('short', 'Mission to Civilize', '190')]),
    ('Cooper, Decolonization, 100–102; Fall, op. cit., 50.',
     [('short', 'Decolonization and African Society', '100-102'), ('op-cit', 'travail forcé', '50')]),
    ('Fall, supra n. 49, 60.',
     [('supra', 'travail forcé', '60')]),
    ('Perham, op. cit., 150.',
     [('op-cit', 'Years of Authority', '150')]),
    # 60
    ('SOAS, Methodist Missionary Society Archives, West Africa, Gold Coast, box 8, file 3.',
     [('full', None, None)]),
]


#: index -> reason, a strict xfail each
KNOWN_MISSES: dict[int, str] = {}

#: index of a note citing an archival file -> the archive (a word of it; None: none named), the file's shelf-mark
#: (without the document's description or date) and the citation's locator (None: none)
ARCHIVAL: dict[int, tuple[str | None, str, str | None]] = {
    3: ('TNA', 'CO 691/29', '45'),
    6: ('TNA', 'CO 446/52', '112'),
    7: ('NAK', 'SNP 7/10, 3425/1909', '4'),
    8: ('NAK', 'SNP 10/3 211p/1915', None),  # "Ibid." with a new file: the same archive, another file
    12: ('KNA', 'PC/CP 4/1/2', '7'),
    24: ('Church Missionary Society', 'CMS/G3/A5/O/1910/45', None),
    27: (None, 'IOR/L/PJ/6/1123, file 2047', None),
    36: ('TNA', 'FO 371/24286', None),
    43: ("outre-mer", '1 AFFPOL 542/3', None),
    44: ('ANS', '2 G 38/12', '4'),
    53: ("outre-mer", '1 AFFPOL 160, dossier 2', None),
}


def test_heldout_note(document: Document, held_out_index: int, check_linked_note: Any) -> None:
    check_linked_note(document, held_out_index, NOTES[held_out_index][1])


#: index -> reason: the parser's reading, not the extraction's (a non-strict xfail: the parser is being
#: changed by others, and a fix there shows as a pass)
PARSER_MISSES = {
    24: "the parser's: 'Church Missionary Society Archives, University of Birmingham, CMS/G3/A5/O/1910/45, "
        "Willis to Baylis, 3 Mar. 1910' is read as a book titled 'Church Missionary Society Archives, …, CMS/G3/A' "
        "(volume 5, issue 1910/45, publisher 'Willis to Baylis')",
}


@pytest.mark.parametrize("index", [
    pytest.param(i, marks=pytest.mark.xfail(strict=False, reason=PARSER_MISSES[i])) if i in PARSER_MISSES else i
    for i in sorted(ARCHIVAL)])
def test_archival_file(document: Document, index: int) -> None:
    """The file a note cites: its archive and shelf-mark apart from the description and date of the
    document (which are no part of the shelf-mark), and the leaf cited as the locator."""
    archive, location, locator = ARCHIVAL[index]
    cit = document.notes[index].citations[0]
    entry = next(e for e in document.entries if e["id"] == cit.id)
    assert entry.get("archive_location") == location, entry
    if archive is not None:
        assert archive.lower() in str(entry.get("archive", "")).lower(), entry
    assert cit.locator == locator
    if index == 8:
        assert cit.id != document.notes[7].citations[0].id  # not the file of the note before
