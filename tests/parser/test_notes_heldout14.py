"""Twenty notes from Middle Eastern, Islamic and Ottoman studies (transliterated Arabic, Persian and
Ottoman Turkish, modern Turkish scholarship, Ottoman archives, Arabic manuscripts, reference works,
German and French orientalist monographs), written by the integrator on 2026-11-28 (05:45 UTC) before
the twelfth parser round and kept from its author, whose brief named the domain only.

13 of 20 were fully right at the round's start (c65aa2e) and 18 after it (its own 115 notes 26 -> 115).
The integrator's rules after it (the Turkish edition "4. bs." at a title's end; the Middle East's places,
"Damas" before the publisher) made 20: a development figure.
Only what a case names is compared (``check_note`` in conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    P("Albert Hourani, A History of the Arab Peoples (Cambridge, MA: Belknap Press, 1991), 87.",
      {'author': ['Hourani'], 'title': 'A History of the Arab Peoples', 'publisher': 'Belknap Press',
       'publisher-place': 'Cambridge, MA', 'year': 1991}, ('87', 'page'), 'full'),
    P("Halil İnalcık, The Ottoman Empire: The Classical Age, 1300–1600, trans. Norman Itzkowitz and Colin Imber (London: Weidenfeld and Nicolson, 1973), 45.",
      {'author': ['İnalcık'], 'translator': ['Itzkowitz', 'Imber'], 'publisher': 'Weidenfeld and Nicolson', 'year': 1973},
      ('45', 'page'), 'full'),
    P("BOA, İ.DH 1234/96543.",
      {'type': 'manuscript', 'archive': 'BOA'}, None, 'full'),
    P("Ibn Khaldūn, The Muqaddimah: An Introduction to History, trans. Franz Rosenthal, 3 vols (New York: Pantheon Books, 1958), 1:250.",
      {'translator': ['Rosenthal'], 'publisher': 'Pantheon Books', 'number-of-volumes': '3', 'year': 1958}, None, 'full'),
    P("al-Ṭabarī, Taʾrīkh al-rusul wa-l-mulūk, ed. M. J. de Goeje et al. (Leiden: Brill, 1879–1901), I, 2345.",
      {'title': 'Taʾrīkh al-rusul wa-l-mulūk', 'editor': ['Goeje'], 'publisher': 'Brill', 'publisher-place': 'Leiden'},
      None, 'full'),
    P("Encyclopaedia of Islam, 2nd ed., s.v. “Wakf.”",
      {'title': 'Encyclopaedia of Islam', 'edition': '2'}, ('Wakf', 'sub-verbo'), 'full'),
    P("Suraiya Faroqhi, “Crisis and Change, 1590–1699,” in An Economic and Social History of the Ottoman Empire, ed. Halil İnalcık with Donald Quataert (Cambridge: Cambridge University Press, 1994), 411–636, at 450.",
      {'author': ['Faroqhi'], 'title': 'Crisis and Change, 1590–1699',
       'container-title': 'An Economic and Social History of the Ottoman Empire', 'editor': ['İnalcık', 'Quataert'],
       'publisher': 'Cambridge University Press', 'year': 1994}, ('450', 'page'), 'full'),
    P("Cemal Kafadar, Between Two Worlds: The Construction of the Ottoman State (Berkeley: University of California Press, 1995), 62–64.",
      {'author': ['Kafadar'], 'publisher': 'University of California Press', 'year': 1995}, ('62-64', 'page'), 'full'),
    P("Kafadar, Between Two Worlds, 90.",
      {'author': ['Kafadar'], 'title': 'Between Two Worlds'}, ('90', 'page'), 'short'),
    P("İlber Ortaylı, İmparatorluğun En Uzun Yüzyılı, 4. bs. (İstanbul: Hil Yayın, 1995), s. 112.",
      {'author': ['Ortaylı'], 'edition': '4', 'publisher': 'Hil Yayın', 'publisher-place': 'İstanbul', 'year': 1995},
      ('112', 'page'), 'full'),
    P("Halil İnalcık, Osmanlı İmparatorluğu Klasik Çağ (1300-1600), çev. Ruşen Sezer, İstanbul: Yapı Kredi Yayınları, 2003, s. 78.",
      {'author': ['İnalcık'], 'translator': ['Sezer'], 'publisher': 'Yapı Kredi Yayınları', 'publisher-place': 'İstanbul',
       'year': 2003}, ('78', 'page'), 'full'),
    P("Aynı eser, s. 80.",
      {}, ('80', 'page'), 'ibid'),
    P("Paris, Bibliothèque nationale de France, MS arabe 2324, fol. 15a.",
      {'type': 'manuscript'}, ('15a', 'folio'), 'full'),
    P("Istanbul, Süleymaniye Library, MS Ayasofya 3405, fols. 22b–23a.",
      {'type': 'manuscript'}, ('22b-23a', 'folio'), 'full'),
    P("Ussama Makdisi, “Ottoman Orientalism,” American Historical Review 107, no. 3 (2002): 768–96.",
      {'author': ['Makdisi'], 'title': 'Ottoman Orientalism', 'container-title': 'American Historical Review',
       'volume': '107', 'issue': '3', 'year': 2002}, None, 'full'),
    P("Vgl. Josef van Ess, Theologie und Gesellschaft im 2. und 3. Jahrhundert Hidschra, Bd. 4, Berlin/New York 1997, S. 625.",
      {'author': ['Ess'], 'volume': '4', 'year': 1997}, ('625', 'page'), 'full'),
    P("Voir André Raymond, Artisans et commerçants au Caire au XVIIIe siècle, Damas, Institut français de Damas, 1973-1974, t. I, p. 203.",
      {'author': ['Raymond'], 'title': 'Artisans et commerçants au Caire au XVIIIe siècle',
       'publisher': 'Institut français de Damas', 'publisher-place': 'Damas'}, ('203', 'page'), 'full'),
    P("Qurʾān 2:256.",
      {}, ('2:256', 'verse'), 'full'),
    P("Edhem Eldem, Daniel Goffman and Bruce Masters, The Ottoman City between East and West: Aleppo, Izmir, and Istanbul (Cambridge: Cambridge University Press, 1999), 135.",
      {'author': ['Eldem', 'Goffman', 'Masters'], 'year': 1999}, ('135', 'page'), 'full'),
    P("Ömer Lütfi Barkan, “Osmanlı İmparatorluğunda Bir İskân ve Kolonizasyon Metodu Olarak Sürgünler,” İstanbul Üniversitesi İktisat Fakültesi Mecmuası 11 (1949–50): 524–69.",
      {'author': ['Barkan'], 'container-title': 'İstanbul Üniversitesi İktisat Fakültesi Mecmuası', 'volume': '11',
       'year': 1949}, None, 'full'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_heldout14(note: str, expected: dict[str, Any], occurrence: Any, kind: str, check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)
