"""Ten notes of an Ottoman-history article (transliterated Arabic and Ottoman names with al- and Ibn,
Turkish scholarship with "s." and "a.g.e.", Ottoman archival call numbers, Arabic manuscripts, the
Qurʾān), written by the integrator on 2026-11-28 (05:50 UTC) and kept from the twelfth rounds' authors,
whose briefs named the domain only. 8 of 10 were right at the rounds' start (c65aa2e) and 9 after them;
the integrator's rule after them (a known archive's siglum opens full citations: "BOA, Cevdet Dahiliye
4567" had been read as a short form) made 10/10, a development figure. Per note: its citations' kind, a
word of the title of the entry each points to, and the locator (None: not compared).
"""

from __future__ import annotations

from typing import Any

from citekit.model import Document

NOTES = [
    ('See Cemal Kafadar, Between Two Worlds: The Construction of the Ottoman State (Berkeley: University of California Press, 1995), 62; and Halil İnalcık, The Ottoman Empire: The Classical Age, 1300–1600 (London: Weidenfeld and Nicolson, 1973), 45.',
     [('full', 'Between Two Worlds', '62'), ('full', 'The Ottoman Empire', '45')]),
    ('al-Ṭabarī, Taʾrīkh al-rusul wa-l-mulūk, ed. M. J. de Goeje (Leiden: Brill, 1879–1901), I, 2345; Ibn Khaldūn, The Muqaddimah, trans. Franz Rosenthal (New York: Pantheon Books, 1958), 250.',
     [('full', 'Taʾrīkh', None), ('full', 'Muqaddimah', '250')]),
    ('Ibid., 252.',
     [('ibid', 'Muqaddimah', '252')]),
    ('BOA, Mühimme Defteri 7, no. 1234; BOA, Cevdet Dahiliye 4567.',
     [('full', None, None), ('full', None, None)]),
    ('Kafadar, Between Two Worlds, 90.',
     [('short', 'Between Two Worlds', '90')]),
    ('İlber Ortaylı, İmparatorluğun En Uzun Yüzyılı (İstanbul: Hil Yayın, 1995), s. 112.',
     [('full', 'İmparatorluğun En Uzun Yüzyılı', '112')]),
    ('Ortaylı, a.g.e., s. 115.',
     [('op-cit', 'İmparatorluğun En Uzun Yüzyılı', '115')]),
    ('On the waqf of Haseki Hürrem, see Amy Singer, Constructing Ottoman Beneficence: An Imperial Soup Kitchen in Jerusalem (Albany: State University of New York Press, 2002), 25–27.',
     [('full', 'Constructing Ottoman Beneficence', '25-27')]),
    ('Istanbul, Süleymaniye Library, MS Ayasofya 3405, fol. 22b.',
     [('full', None, '22b')]),
    ('Qurʾān 2:256; cf. Singer, Constructing Ottoman Beneficence, 30.',
     [('full', None, '2:256'), ('short', 'Constructing Ottoman Beneficence', '30')]),
]


def test_heldout_note(document: Document, held_out_index: int, check_linked_note: Any) -> None:
    check_linked_note(document, held_out_index, NOTES[held_out_index][1])
