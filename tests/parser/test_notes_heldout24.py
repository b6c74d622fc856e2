"""Twenty notes from the history of East Central Europe (Polish, Czech, Slovak, Hungarian and Croatian
scholarship: "s."/"str." pages, "t." and "z." volumes and issues, "red."/"oprac."/"szerk." editors,
Polish quotation marks „…”, imprints as "Warszawa 1995", Hungarian names family name first with a colon
before the title, Polish, Czech and Hungarian archives by fond, signature and leaf, "Tamże", English
scholarship on the region and its short forms), written by the integrator on 2026-11-28 (19:10 UTC) before
the twenty-second parser round and kept from its author, whose brief named the domain only.

Against the code before the round (10d1701): 12 of 20 right (misses: the Polish journal after its article, the
AAN leaf, the Czech issue read as pages, "Hanák Péter:" and "Ránki György (szerk.):" heading the note, the
Hungarian archive, "oprac." inside the title, the Czech archive by fond and carton). After the twenty-second and
twenty-third rounds: 17 of 20; after the integrator's rules (``tests/normalize/test_round22_integrator_rules.py``):
20 of 20 (a development figure).

Only what a case names is compared (``check_note`` in conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    P("Jerzy Tomaszewski, Rzeczpospolita wielu narodów (Warszawa: Czytelnik, 1985), s. 45.",
      {'author': ['Tomaszewski'], 'title': 'Rzeczpospolita wielu narodów', 'publisher': 'Czytelnik',
       'publisher-place': 'Warszawa', 'year': 1985}, ('45', 'page'), 'full'),
    P("Andrzej Paczkowski, Pół wieku dziejów Polski 1939–1989, Warszawa 1995, s. 112–114.",
      {'author': ['Paczkowski'], 'title': 'Pół wieku dziejów Polski 1939–1989', 'publisher-place': 'Warszawa',
       'year': 1995}, ('112-114', 'page'), 'full'),
    P("Polskie Siły Zbrojne w drugiej wojnie światowej, t. 3: Armia Krajowa, red. Tadeusz Pełczyński, Londyn 1950, s. 212.",
      {'editor': ['Pełczyński'], 'volume': '3', 'publisher-place': 'Londyn', 'year': 1950}, ('212', 'page'), 'full'),
    P("Marcin Kula, Komunizm jako religia świecka, „Przegląd Historyczny” 1996, t. 87, z. 3, s. 512–524.",
      {'author': ['Kula'], 'title': 'Komunizm jako religia świecka', 'container-title': 'Przegląd Historyczny',
       'year': 1996, 'volume': '87', 'issue': '3'}, None, 'full'),
    P("AAN, KC PZPR, sygn. 237/V-12, k. 34.",
      {'type': 'manuscript'}, ('34', 'folio'), 'full'),
    P("Jan Křen, Konfliktní společenství: Češi a Němci 1780–1918 (Praha: Academia, 1990), s. 203.",
      {'author': ['Křen'], 'title': 'Konfliktní společenství: Češi a Němci 1780–1918', 'publisher': 'Academia',
       'publisher-place': 'Praha', 'year': 1990}, ('203', 'page'), 'full'),
    P("Jiří Kocian, „Komunistická strana Československa a národní fronta“, Soudobé dějiny 5, č. 2–3 (1998): 243–262.",
      {'author': ['Kocian'], 'title': 'Komunistická strana Československa a národní fronta',
       'container-title': 'Soudobé dějiny', 'volume': '5', 'year': 1998, 'page': '243-262'}, None, 'full'),
    P("Hanák Péter: Magyarország a Monarchiában. Budapest, Gondolat, 1975, 87.",
      {'author': ['Hanák'], 'title': 'Magyarország a Monarchiában', 'publisher': 'Gondolat',
       'publisher-place': 'Budapest', 'year': 1975}, ('87', 'page'), 'full'),
    P("Ránki György (szerk.): Magyarország története 1918–1919, 1919–1945. Budapest, Akadémiai Kiadó, 1976, 456–458.",
      {'editor': ['Ránki'], 'publisher': 'Akadémiai Kiadó', 'publisher-place': 'Budapest', 'year': 1976},
      ('456-458', 'page'), 'full'),
    P("MNL OL, K 27, Minisztertanácsi jegyzőkönyvek, 1941. június 26.",
      {'type': 'manuscript'}, None, 'full'),
    P("Timothy Snyder, The Reconstruction of Nations: Poland, Ukraine, Lithuania, Belarus, 1569–1999 (New Haven, CT: Yale University Press, 2003), 154.",
      {'author': ['Snyder'], 'title': 'The Reconstruction of Nations: Poland, Ukraine, Lithuania, Belarus, 1569–1999',
       'publisher': 'Yale University Press', 'publisher-place': 'New Haven, CT', 'year': 2003}, ('154', 'page'), 'full'),
    P("Ivo Banac, The National Question in Yugoslavia: Origins, History, Politics (Ithaca, NY: Cornell University Press, 1984), 141–43.",
      {'author': ['Banac'], 'title': 'The National Question in Yugoslavia: Origins, History, Politics',
       'publisher': 'Cornell University Press', 'year': 1984}, ('141-143', 'page'), 'full'),
    P("Mirjana Gross, Počeci moderne Hrvatske (Zagreb: Globus, 1985), str. 98.",
      {'author': ['Gross'], 'title': 'Počeci moderne Hrvatske', 'publisher': 'Globus', 'publisher-place': 'Zagreb',
       'year': 1985}, ('98', 'page'), 'full'),
    P("Snyder, Reconstruction of Nations, 160.",
      {'author': ['Snyder'], 'title': 'Reconstruction of Nations'}, ('160', 'page'), 'short'),
    P("Tamże, s. 17.",
      {}, ('17', 'page'), 'ibid'),
    P("Tomáš G. Masaryk, Světová revoluce za války a ve válce 1914–1918 (Praha: Orbis a Čin, 1925), 56.",
      {'author': ['Masaryk'], 'title': 'Světová revoluce za války a ve válce 1914–1918', 'publisher': 'Orbis a Čin',
       'publisher-place': 'Praha', 'year': 1925}, ('56', 'page'), 'full'),
    P("Alfred Erich Senn, „The Sovietization of the Baltic States“, Annals of the American Academy of Political and Social Science 317 (1958): 123–129.",
      {'author': ['Senn'], 'title': 'The Sovietization of the Baltic States',
       'container-title': 'Annals of the American Academy of Political and Social Science', 'volume': '317',
       'year': 1958, 'page': '123-129'}, None, 'full'),
    P("Piotr S. Wandycz, The Price of Freedom: A History of East Central Europe from the Middle Ages to the Present, 2nd ed. (London: Routledge, 2001), 212.",
      {'author': ['Wandycz'], 'edition': '2', 'publisher': 'Routledge', 'publisher-place': 'London', 'year': 2001},
      ('212', 'page'), 'full'),
    P("Dokumenty do dziejów PRL, oprac. Andrzej Paczkowski, z. 1 (Warszawa: ISP PAN, 1992), s. 34.",
      {'editor': ['Paczkowski'], 'publisher-place': 'Warszawa', 'year': 1992}, ('34', 'page'), 'full'),
    P("Národní archiv, Praha, fond Předsednictvo ministerské rady, kart. 123, inv. č. 45.",
      {'type': 'manuscript'}, None, 'full'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_heldout_note(note: str, expected: dict[str, Any], occurrence: tuple[str, str] | None, kind: str,
                      check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)
