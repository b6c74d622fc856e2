"""Fifteen notes of an article on Carolingian and Cluniac history (an edition and a book in one note joined
by "; and", manuscripts by city, library and shelfmark with folios, "Ibid." after a manuscript, an MGH
edition cited by chapter and page, "cf. idem" after a first work, a chapter in an edited volume with "at",
two manuscripts in one note, an "op. cit." beside a short form, annals cited by year ("s.a. 788"), the
Patrologia Latina by volume and column, a short title in a parenthesis after a quotation), written by the
integrator on 2026-11-28 (15:08 UTC) and kept from the fourteenth extraction round's author, whose brief
named the domain only. Per note: its citations' kind, a word of the title of the entry each points to,
and the locator (None: not compared).

Against the code before the round (with the eighteenth parser round's steps): 11 of 15 right (misses: the
second work of note 1 cut at "Cluny’s Property,", a name inside its title; the BnF and the Sankt Gallen and
Vienna manuscripts read as short forms; the annals' short title in a parenthesis after a quotation). After
the fourteenth extraction round: 13 of 15; after the integrator's mend of the split after "; and" (15:30 UTC,
``test_split_author_after_and.py``): 14 (a development figure). The one left is a strict xfail.
"""

from __future__ import annotations

from typing import Any

from citekit.model import Document

NOTES = [
    ('See Recueil des chartes de l’abbaye de Cluny, ed. Auguste Bernard and Alexandre Bruel, 6 vols (Paris, 1876–1903), no. 802; and Barbara H. Rosenwein, To Be the Neighbor of Saint Peter: The Social Meaning of Cluny’s Property, 909–1049 (Ithaca, NY, 1989), 35–48.',
     [('full', 'Recueil des chartes', None), ('full', 'Neighbor of Saint Peter', '35-48')]),
    ('Paris, Bibliothèque nationale de France, MS lat. 12048, fols 3r–5v.',
     [('full', None, '3r-5v')]),
    ('Ibid., fol. 7v.',
     [('ibid', None, '7v')]),
    ('Rosenwein, Neighbor of Saint Peter, 52.',
     [('short', 'Neighbor of Saint Peter', '52')]),
    ('Einhard, Vita Karoli Magni, ed. Oswald Holder-Egger, MGH SS rer. Germ. 25 (Hannover, 1911), c. 24, p. 29.',
     [('full', 'Vita Karoli', None)]),
    ('Patrick J. Geary, Phantoms of Remembrance: Memory and Oblivion at the End of the First Millennium (Princeton, 1994), 86; cf. idem, Furta Sacra: Thefts of Relics in the Central Middle Ages, rev. edn (Princeton, 1990), 44–49.',
     [('full', 'Phantoms of Remembrance', '86'), ('idem', 'Furta Sacra', '44-49')]),
    ('London, British Library, Cotton MS Tiberius A XIII, fol. 118r.',
     [('full', None, '118r')]),
    ('Geary, Phantoms, 90; Einhard, Vita Karoli, c. 25.',
     [('short', 'Phantoms of Remembrance', '90'), ('short', 'Vita Karoli', None)]),
    ('Rosamond McKitterick, “Charlemagne’s Missi and Their Books,” in Early Medieval Studies in Memory of Patrick Wormald, ed. Stephen Baxter et al. (Farnham, 2009), 253–67, at 260.',
     [('full', 'Missi and Their Books', '260')]),
    ('Ibid., 262–63.',
     [('ibid', 'Missi and Their Books', '262-263')]),
    ('Sankt Gallen, Stiftsbibliothek, Cod. Sang. 914, p. 23; Vienna, Österreichische Nationalbibliothek, Cod. 795, fol. 12v.',
     [('full', None, '23'), ('full', None, '12v')]),
    ('McKitterick, “Charlemagne’s Missi,” 264; Rosenwein, op. cit., 60.',
     [('short', 'Missi and Their Books', '264'), ('op-cit', 'Neighbor of Saint Peter', '60')]),
    ('Annales regni Francorum, ed. Friedrich Kurze, MGH SS rer. Germ. 6 (Hannover, 1895), s.a. 788, 80–82.',
     [('full', 'Annales regni Francorum', None)]),
    ('As the annalist put it, Tassilo “broke his oath” (Annales regni Francorum, s.a. 788, 80).',
     [('short', 'Annales regni Francorum', None)]),
    ('Hugh of Saint-Victor, De sacramentis christianae fidei, PL 176, col. 617.',
     [('full', 'De sacramentis', '617')]),
]


#: index -> reason, a strict xfail each
KNOWN_MISSES: dict[int, str] = {
    13: "the short title in a parenthesis after a quotation, '(Annales regni Francorum, s.a. 788, 80)', is not "
        "taken out of the sentence: the note becomes one full citation titled with the prose",
}


def test_heldout_note(document: Document, held_out_index: int, check_linked_note: Any) -> None:
    check_linked_note(document, held_out_index, NOTES[held_out_index][1])
