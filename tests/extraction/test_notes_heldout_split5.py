"""A document of sixteen notes on the history of cholera (English, German, French sources) with full
citations, short forms, Ibid., Ebd., Id., op. cit. and supra n., written by the integrator on
2026-11-28 (03:42 UTC) before the sixth extraction round and kept from its author, whose brief named
the domain (repeated references across a document).

All 16 were right at the round's start (c82ba79) and after it: in this domain the pipeline already
held. Per note: its citations' kind, a word of the title of the entry each points to (so a
back-reference's link is checked) and the locator (None: not compared).
"""

from __future__ import annotations

from typing import Any

from citekit.model import Document

NOTES = [
    ('Richard J. Evans, Death in Hamburg: Society and Politics in the Cholera Years, 1830–1910 (Oxford: Clarendon Press, 1987), 245–50.',
     [('full', 'Death in Hamburg', '245-250')]),
    ('Ibid., 251; see also Alfons Labisch, Homo hygienicus: Gesundheit und Medizin in der Neuzeit (Frankfurt am Main: Campus, 1992), 133.',
     [('ibid', 'Death in Hamburg', '251'), ('full', 'Homo hygienicus', '133')]),
    ('Evans, Death in Hamburg, 260–61; Labisch, Homo hygienicus, 140.',
     [('short', 'Death in Hamburg', '260-261'), ('short', 'Homo hygienicus', '140')]),
    ('Ute Frevert, Krankheit als politisches Problem 1770–1880 (Göttingen: Vandenhoeck & Ruprecht, 1984), 87.',
     [('full', 'Krankheit als politisches Problem', '87')]),
    ('Ebd., S. 92.',
     [('ibid', 'Krankheit als politisches Problem', '92')]),
    ('Frevert, Krankheit, 101; Evans, Death in Hamburg, 300.',
     [('short', 'Krankheit als politisches Problem', '101'), ('short', 'Death in Hamburg', '300')]),
    ('Patrice Bourdelais et Jean-Yves Raulot, Une peur bleue: histoire du choléra en France, 1832–1854 (Paris: Payot, 1987), 45.',
     [('full', 'Une peur bleue', '45')]),
    ('Bourdelais et Raulot, Une peur bleue, 52.',
     [('short', 'Une peur bleue', '52')]),
    ('Id., 60.',
     [('ibid', 'Une peur bleue', '60')]),
    ('On the Prussian regulations, see Frevert, op. cit., 120, and Labisch, op. cit., 150.',
     [('op-cit', 'Krankheit als politisches Problem', '120'), ('op-cit', 'Homo hygienicus', '150')]),
    ('Charles E. Rosenberg, The Cholera Years: The United States in 1832, 1849, and 1866 (Chicago: University of Chicago Press, 1962), 101–2.',
     [('full', 'Cholera Years', '101-102')]),
    ('Rosenberg, Cholera Years, 110; Bourdelais and Raulot, Peur bleue, 70.',
     [('short', 'Cholera Years', '110'), ('short', 'Une peur bleue', '70')]),
    ('Frank M. Snowden, Naples in the Time of Cholera, 1884–1911 (Cambridge: Cambridge University Press, 1995), 34.',
     [('full', 'Naples in the Time of Cholera', '34')]),
    ('Snowden, Naples, 40–42; cf. Evans, supra n. 1, 255.',
     [('short', 'Naples in the Time of Cholera', '40-42'), ('supra', 'Death in Hamburg', '255')]),
    ('Ibid.',
     [('ibid', 'Death in Hamburg', None)]),
    ('Rosenberg, op. cit., 120–21.',
     [('op-cit', 'Cholera Years', '120-121')]),
]


def test_heldout_note(document: Document, held_out_index: int, check_linked_note: Any) -> None:
    check_linked_note(document, held_out_index, NOTES[held_out_index][1])
