"""Forty notes written by the integrator on 2026-11-27 (23:15 UTC) before the day's fifth parser probe
round and kept from its author: a held-out check of that round's normalizer rules.

36 of 40 were fully right at the round's start (555e931), and still 36 after the round's own rules
(the same four failing: the round did not generalise to them). The integrator's rules for those
four forms ("n° 6"; an issue span "(1976–7)" that is the date; a title in guillemets closed before
its journal's comma; "I. V. Stalin, Sochineniia, t." + "12") came after that count, so from then on
these are development figures (40/40). Only what a case names is compared (``check_note`` in
conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    P("Carlo Ginzburg, Il formaggio e i vermi. Il cosmo di un mugnaio del '500 (Torino: Einaudi, 1976), 34.",
      {'type': 'book', 'title': "Il formaggio e i vermi. Il cosmo di un mugnaio del '500", 'author': ['Ginzburg'], 'publisher': 'Einaudi', 'publisher-place': 'Torino', 'year': 1976},
      ('34', 'page'), 'full'),
    P("Orlando Figes, A People's Tragedy: The Russian Revolution, 1891–1924 (London: Jonathan Cape, 1996), pp. 412–14.",
      {'type': 'book', 'title': "A People's Tragedy: The Russian Revolution, 1891–1924", 'author': ['Figes'], 'publisher': 'Jonathan Cape', 'publisher-place': 'London', 'year': 1996},
      ('412-414', 'page'), 'full'),
    P("Lynn Hunt, 'The Many Bodies of Marie Antoinette', in Eroticism and the Body Politic, ed. by Lynn Hunt (Baltimore: Johns Hopkins University Press, 1991), pp. 108–30 (p. 117).",
      {'type': 'chapter', 'title': 'The Many Bodies of Marie Antoinette', 'container-title': 'Eroticism and the Body Politic', 'author': ['Hunt'], 'editor': ['Hunt'], 'page': '108-130', 'year': 1991},
      ('117', 'page'), 'full'),
    P("Jürgen Kocka, „Sozialgeschichte zwischen Strukturgeschichte und Erfahrungsgeschichte“, in: Geschichte und Gesellschaft 10 (1984), S. 395–408, hier S. 400.",
      {'type': 'article-journal', 'title': 'Sozialgeschichte zwischen Strukturgeschichte und Erfahrungsgeschichte', 'container-title': 'Geschichte und Gesellschaft', 'author': ['Kocka'], 'volume': '10', 'page': '395-408', 'year': 1984},
      ('400', 'page'), 'full'),
    P("Hans-Ulrich Wehler, Deutsche Gesellschaftsgeschichte, Bd. 3, München 1995, S. 1250.",
      {'type': 'book', 'title': 'Deutsche Gesellschaftsgeschichte', 'author': ['Wehler'], 'volume': '3', 'publisher-place': 'München', 'year': 1995},
      ('1250', 'page'), 'full'),
    P("Fernand Braudel, La Méditerranée et le monde méditerranéen à l'époque de Philippe II, Paris, Armand Colin, 1949, t. II, p. 45.",
      {'type': 'book', 'title': "La Méditerranée et le monde méditerranéen à l'époque de Philippe II", 'author': ['Braudel'], 'publisher': 'Armand Colin', 'publisher-place': 'Paris', 'year': 1949},
      ('45', 'page'), 'full'),
    P("Roger Chartier, « Le monde comme représentation », Annales ESC, vol. 44, n° 6, 1989, p. 1505-1520.",
      {'type': 'article-journal', 'title': 'Le monde comme représentation', 'container-title': 'Annales ESC', 'author': ['Chartier'], 'volume': '44', 'issue': '6', 'page': '1505-1520', 'year': 1989},
      None, 'full'),
    P("Adriano Prosperi, Tribunali della coscienza. Inquisitori, confessori, missionari, Torino, Einaudi, 1996, pp. 210-12.",
      {'type': 'book', 'title': 'Tribunali della coscienza. Inquisitori, confessori, missionari', 'author': ['Prosperi'], 'publisher': 'Einaudi', 'publisher-place': 'Torino', 'year': 1996},
      ('210-212', 'page'), 'full'),
    P("O. Niccoli, Profeti e popolo nell'Italia del Rinascimento, Roma-Bari 1987, p. 89.",
      {'type': 'book', 'title': "Profeti e popolo nell'Italia del Rinascimento", 'author': ['Niccoli'], 'publisher-place': 'Roma-Bari', 'year': 1987},
      ('89', 'page'), 'full'),
    P("G. Levi, L'eredità immateriale. Carriera di un esorcista nel Piemonte del Seicento, cit., p. 77.",
      {'author': ['Levi']},
      ('77', 'page'), 'op-cit'),
    P("O. V. Khlevniuk, Khoziain: Stalin i utverzhdenie stalinskoi diktatury (Moscow: ROSSPEN, 2010), 221.",
      {'type': 'book', 'title': 'Khoziain: Stalin i utverzhdenie stalinskoi diktatury', 'author': ['Khlevniuk'], 'publisher': 'ROSSPEN', 'publisher-place': 'Moscow', 'year': 2010},
      ('221', 'page'), 'full'),
    P("V. P. Danilov et al., eds., Tragediia sovetskoi derevni, 5 vols (Moscow, 1999–2006).",
      {'title': 'Tragediia sovetskoi derevni', 'editor': ['Danilov'], 'publisher-place': 'Moscow', 'year': 1999},
      None, 'full'),
    P("RGASPI, f. 17, op. 3, d. 1127, l. 12.",
      {'type': 'manuscript', 'archive': 'RGASPI', 'archive_location': 'f. 17, op. 3, d. 1127'},
      ('12', 'folio'), 'full'),
    P("Stephen Kotkin, Magnetic Mountain: Stalinism as a Civilization (Berkeley: University of California Press, 1995), 198–200.",
      {'type': 'book', 'title': 'Magnetic Mountain: Stalinism as a Civilization', 'author': ['Kotkin'], 'publisher': 'University of California Press', 'publisher-place': 'Berkeley', 'year': 1995},
      ('198-200', 'page'), 'full'),
    P("Kotkin, Magnetic Mountain, 201.",
      {'title': 'Magnetic Mountain', 'author': ['Kotkin']},
      ('201', 'page'), 'short'),
    P("Sheila Fitzpatrick, “Ascribing Class: The Construction of Social Identity in Soviet Russia,” Journal of Modern History 65, no. 4 (1993): 745–70, at 750.",
      {'type': 'article-journal', 'title': 'Ascribing Class: The Construction of Social Identity in Soviet Russia', 'container-title': 'Journal of Modern History', 'volume': '65', 'issue': '4', 'page': '745-770', 'year': 1993},
      ('750', 'page'), 'full'),
    P("R v Brown [1994] 1 AC 212 (HL) 236.",
      {'type': 'legal_case', 'title': 'R v Brown'},
      ('236', 'page'), 'full'),
    P("Roe v. Wade, 410 U.S. 113, 153 (1973).",
      {'type': 'legal_case', 'title': 'Roe v. Wade', 'volume': '410', 'page': '113', 'year': 1973},
      ('153', 'page'), 'full'),
    P("Jeremy Waldron, 'The Rule of Law and the Measure of Property' (2012) 71 CLJ 110, 115.",
      {'type': 'article-journal', 'title': 'The Rule of Law and the Measure of Property', 'container-title': 'CLJ', 'author': ['Waldron'], 'volume': '71', 'page': '110', 'year': 2012},
      ('115', 'page'), 'full'),
    P("Reinhard Zimmermann, The Law of Obligations: Roman Foundations of the Civilian Tradition (OUP 1996) 45.",
      {'type': 'book', 'title': 'The Law of Obligations: Roman Foundations of the Civilian Tradition', 'author': ['Zimmermann'], 'publisher': 'OUP', 'year': 1996},
      ('45', 'page'), 'full'),
    P("The Times, 14 March 1921, p. 9.",
      {'type': 'article-newspaper', 'container-title': 'The Times', 'year': 1921},
      ('9', 'page'), 'full'),
    P("Margaret Jones, 'Poor Relief in Rural Norfolk, 1780–1834' (unpublished doctoral thesis, University of East Anglia, 2004), p. 56.",
      {'type': 'thesis', 'title': 'Poor Relief in Rural Norfolk, 1780–1834', 'author': ['Jones'], 'publisher': 'University of East Anglia', 'year': 2004},
      ('56', 'page'), 'full'),
    P("Max Weber, Wirtschaft und Gesellschaft, 5. Aufl., Tübingen 1972, S. 28.",
      {'type': 'book', 'title': 'Wirtschaft und Gesellschaft', 'author': ['Weber'], 'edition': '5', 'publisher-place': 'Tübingen', 'year': 1972},
      ('28', 'page'), 'full'),
    P("Michel Foucault, Surveiller et punir. Naissance de la prison, Paris, Gallimard, 1975, p. 228.",
      {'type': 'book', 'title': 'Surveiller et punir. Naissance de la prison', 'author': ['Foucault'], 'publisher': 'Gallimard', 'publisher-place': 'Paris', 'year': 1975},
      ('228', 'page'), 'full'),
    P("Foucault, Surveiller et punir, op. cit., p. 230.",
      {'author': ['Foucault']},
      ('230', 'page'), 'op-cit'),
    P("Ivi, p. 233.",
      {},
      ('233', 'page'), 'ibid'),
    P("Natalie Zemon Davis, The Return of Martin Guerre (Cambridge, MA: Harvard University Press, 1983), 62.",
      {'type': 'book', 'title': 'The Return of Martin Guerre', 'author': ['Davis'], 'publisher': 'Harvard University Press', 'publisher-place': 'Cambridge, MA', 'year': 1983},
      ('62', 'page'), 'full'),
    P("E. P. Thompson, The Making of the English Working Class, rev. edn (Harmondsworth: Penguin, 1968), p. 213.",
      {'type': 'book', 'title': 'The Making of the English Working Class', 'author': ['Thompson'], 'publisher': 'Penguin', 'publisher-place': 'Harmondsworth', 'year': 1968},
      ('213', 'page'), 'full'),
    P("John Smith, 'Parish Registers and Their Uses', Local Historian, 12 (1976–7), 11–19.",
      {'type': 'article-journal', 'title': 'Parish Registers and Their Uses', 'container-title': 'Local Historian', 'author': ['Smith'], 'volume': '12', 'page': '11-19', 'year': 1976},
      None, 'full'),
    P("Ute Frevert, Ehrenmänner. Das Duell in der bürgerlichen Gesellschaft, München: Beck 1991, S. 98 f.",
      {'type': 'book', 'title': 'Ehrenmänner. Das Duell in der bürgerlichen Gesellschaft', 'author': ['Frevert'], 'publisher': 'Beck', 'publisher-place': 'München', 'year': 1991},
      ('98 f.', 'page'), 'full'),
    P("Ebd., S. 101.",
      {},
      ('101', 'page'), 'ibid'),
    P("Peter Burke, 'Overture: The New History, its Past and its Future', in New Perspectives on Historical Writing, ed. Peter Burke, 2nd edn (Cambridge: Polity, 2001), pp. 1–24.",
      {'type': 'chapter', 'title': 'Overture: The New History, its Past and its Future', 'container-title': 'New Perspectives on Historical Writing', 'editor': ['Burke'], 'edition': '2', 'publisher': 'Polity', 'page': '1-24', 'year': 2001},
      None, 'full'),
    P("Gerhard Ritter, Staatskunst und Kriegshandwerk, 4 Bde., München 1954–1968.",
      {'type': 'book', 'title': 'Staatskunst und Kriegshandwerk', 'author': ['Ritter'], 'number-of-volumes': '4', 'publisher-place': 'München', 'year': 1954},
      None, 'full'),
    P("'Tithe Commutation Act', UK Parliament, https://www.parliament.uk/about/living-heritage/tithe (accessed 3 May 2021).",
      {'title': 'Tithe Commutation Act', 'URL': 'https://www.parliament.uk/about/living-heritage/tithe'},
      None, 'full'),
    P("A. Graziosi, «Collectivisation, révoltes paysannes et politiques gouvernementales», Cahiers du monde russe et soviétique, XXXV (1994), 3, pp. 437-472.",
      {'type': 'article-journal', 'title': 'Collectivisation, révoltes paysannes et politiques gouvernementales', 'container-title': 'Cahiers du monde russe et soviétique', 'author': ['Graziosi'], 'volume': 'XXXV', 'issue': '3', 'page': '437-472', 'year': 1994},
      None, 'full'),
    P("Ibid., 11–12.",
      {},
      ('11-12', 'page'), 'ibid'),
    P("Walter Benjamin, 'The Work of Art in the Age of Mechanical Reproduction', in Illuminations, ed. Hannah Arendt, trans. Harry Zohn (London: Fontana, 1973), pp. 211–44 (p. 220).",
      {'type': 'chapter', 'title': 'The Work of Art in the Age of Mechanical Reproduction', 'container-title': 'Illuminations', 'author': ['Benjamin'], 'editor': ['Arendt'], 'translator': ['Zohn'], 'page': '211-244', 'year': 1973},
      ('220', 'page'), 'full'),
    P("Mark Mazower, Dark Continent: Europe's Twentieth Century (London: Allen Lane, 1998), chap. 4.",
      {'type': 'book', 'title': "Dark Continent: Europe's Twentieth Century", 'author': ['Mazower'], 'publisher': 'Allen Lane', 'year': 1998},
      ('4', 'chapter'), 'full'),
    P("I. V. Stalin, Sochineniia, t. 12 (Moscow: Gospolitizdat, 1949), s. 171.",
      {'type': 'book', 'title': 'Sochineniia', 'author': ['Stalin'], 'volume': '12', 'publisher': 'Gospolitizdat', 'year': 1949},
      ('171', 'page'), 'full'),
    P("Eric Hobsbawm and Terence Ranger (eds), The Invention of Tradition (Cambridge: Cambridge University Press, 1983), 1.",
      {'type': 'book', 'title': 'The Invention of Tradition', 'editor': ['Hobsbawm', 'Ranger'], 'publisher': 'Cambridge University Press', 'year': 1983},
      ('1', 'page'), 'full'),
]



@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_heldout_note(
    note: str, expected: dict[str, Any], occurrence: tuple[str, str] | None, kind: str, check_note: Any
) -> None:
    check_note(note, expected, occurrence, kind)
