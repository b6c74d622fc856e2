"""Thirty notes citing primary sources, written by the integrator on 2026-11-28 (02:32 UTC) before the
eighth parser probe round and kept from its author, whose brief described the domain only (letters,
interviews, parliamentary records, newspapers by date, films, scripture, classical references …).

21 of 30 were fully right at the round's start (4662715) and 22 after it: the round fixed the forms
its author wrote and one of these. The integrator's interviewer-clause rule after it made 23/30 (a
development figure). The ninth round (2026-11-28, 03:50) made all 30 right, but NOT as an
independent check: its brief listed the seven failing forms (letters "X to Y", a series title ending
in a year, a film's director, classical works by their numbering) from the previous closing note.
Only what a case names is compared (``check_note`` in conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    P("Letter from Eleanor Roosevelt to Lorena Hickok, 5 March 1933, Lorena Hickok Papers, Box 1, Franklin D. Roosevelt Presidential Library, Hyde Park, NY.",
      {'type': 'letter', 'author': ['Roosevelt'], 'year': 1933}, None, 'full'),
    P("Interview with Mary Johnson, conducted by the author, Leeds, 14 June 2011.",
      {'type': 'interview', 'year': 2011}, None, 'full'),
    P("Hansard, HC Deb 12 May 1941, vol. 371, col. 1050.",
      {'volume': '371', 'year': 1941}, ('1050', 'column'), 'full'),
    P("Foreign Relations of the United States, 1945, vol. 5, Europe (Washington, DC: Government Printing Office, 1967), 118.",
      {'title': 'Foreign Relations of the United States, 1945', 'volume': '5', 'publisher': 'Government Printing Office', 'year': 1967},
      ('118', 'page'), 'full'),
    P("New York Times, 3 September 1939, 1.",
      {'container-title': 'New York Times', 'year': 1939}, ('1', 'page'), 'full'),
    P("“Riot in the Docks,” Manchester Guardian, 22 August 1911, 7.",
      {'title': 'Riot in the Docks', 'container-title': 'Manchester Guardian', 'year': 1911}, ('7', 'page'), 'full'),
    P("Diary of Samuel Pepys, 2 September 1666, in The Diary of Samuel Pepys, ed. Robert Latham and William Matthews, vol. 7 (London: Bell, 1972), 267.",
      {'editor': ['Latham', 'Matthews'], 'publisher': 'Bell', 'year': 1972}, ('267', 'page'), 'full'),
    P("Augustine, Confessions 8.12.29.",
      {'author': ['Augustine'], 'title': 'Confessions'}, ('8.12.29', 'section'), 'full'),
    P("Aristotle, Nicomachean Ethics 1094a1–3.",
      {'author': ['Aristotle'], 'title': 'Nicomachean Ethics'}, None, 'full'),
    P("Kant, Critique of Pure Reason, A51/B75.",
      {'author': ['Kant'], 'title': 'Critique of Pure Reason'}, None, 'full'),
    P("Census of England and Wales, 1911, vol. 10, Occupations and Industries (London: HMSO, 1914), table 3.",
      {'publisher': 'HMSO', 'year': 1914}, None, 'full'),
    P("Minutes of the Executive Committee, 4 April 1926, TUC Archive, MSS.292/20/9, Modern Records Centre, University of Warwick.",
      {'year': 1926}, None, 'full'),
    P("Congressional Record, 77th Cong., 1st sess., 1941, 87, pt. 2: 1450.",
      {'container-title': 'Congressional Record', 'year': 1941}, None, 'full'),
    P("Battleship Potemkin, directed by Sergei Eisenstein (Moscow: Goskino, 1925).",
      {'title': 'Battleship Potemkin', 'year': 1925}, None, 'full'),
    P("Gordon Wright to Paul Kennedy, 12 January 1964, Wright Papers, Stanford University Archives, box 3, folder 7.",
      {'author': ['Wright'], 'year': 1964}, None, 'full'),
    P("Report of the Royal Commission on the Poor Laws and Relief of Distress, Cd. 4499 (London: HMSO, 1909), 112.",
      {'title': 'Report of the Royal Commission on the Poor Laws and Relief of Distress', 'publisher': 'HMSO', 'year': 1909},
      ('112', 'page'), 'full'),
    P("The Times, 10 November 1918, p. 9, col. 3.",
      {'container-title': 'The Times', 'year': 1918}, None, 'full'),
    P("Oral history interview with Dorothy Height, 1974, Black Women Oral History Project, Schlesinger Library, Harvard University, 45.",
      {'year': 1974}, ('45', 'page'), 'full'),
    P("Matt. 5:3–12.", {}, None, 'full'),
    P("Eusebius, Historia ecclesiastica 3.39.15.",
      {'author': ['Eusebius'], 'title': 'Historia ecclesiastica'}, ('3.39.15', 'section'), 'full'),
    P("John Locke, Two Treatises of Government, ed. Peter Laslett (Cambridge: Cambridge University Press, 1988), II, §27.",
      {'title': 'Two Treatises of Government', 'author': ['Locke'], 'editor': ['Laslett'], 'publisher': 'Cambridge University Press', 'year': 1988},
      None, 'full'),
    P("David Hume, A Treatise of Human Nature, 1.3.14, ed. David Fate Norton and Mary J. Norton (Oxford: Clarendon Press, 2000), 112.",
      {'title': 'A Treatise of Human Nature', 'author': ['Hume'], 'publisher': 'Clarendon Press', 'year': 2000},
      None, 'full'),
    P("Papers Relating to the Foreign Relations of the United States, 1914, Supplement (Washington, DC, 1928), 45–47.",
      {'year': 1928}, ('45-47', 'page'), 'full'),
    P("Anon., The Case of the Poor Weavers (London, 1719), 4.",
      {'title': 'The Case of the Poor Weavers', 'publisher-place': 'London', 'year': 1719}, ('4', 'page'), 'full'),
    P("[Daniel Defoe], A Plan of the English Commerce (London, 1728), 55.",
      {'title': 'A Plan of the English Commerce', 'publisher-place': 'London', 'year': 1728}, ('55', 'page'), 'full'),
    P("Hickok to Roosevelt, 8 March 1933, Hickok Papers, Box 1.",
      {'year': 1933}, None, 'full'),
    P("Mass-Observation Archive, File Report 1485, 'Attitudes to Rationing', November 1942, University of Sussex.",
      {'year': 1942}, None, 'full'),
    P("BBC Written Archives Centre, Caversham, R34/600/1, memo, 3 May 1940.",
      {'year': 1940}, None, 'full'),
    P("Thomas Jefferson to James Madison, 6 September 1789, in The Papers of Thomas Jefferson, ed. Julian P. Boyd, vol. 15 (Princeton, NJ: Princeton University Press, 1958), 392–97.",
      {'author': ['Jefferson'], 'editor': ['Boyd'], 'publisher': 'Princeton University Press', 'year': 1958},
      None, 'full'),
    P("Robert Darnton, \"An Early Information Society: News and the Media in Eighteenth-Century Paris,\" American Historical Review 105, no. 1 (2000): 1–35, at 12.",
      {'type': 'article-journal', 'title': 'An Early Information Society: News and the Media in Eighteenth-Century Paris', 'container-title': 'American Historical Review', 'volume': '105', 'issue': '1', 'page': '1-35', 'year': 2000},
      ('12', 'page'), 'full'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_heldout_note(
    note: str, expected: dict[str, Any], occurrence: tuple[str, str] | None, kind: str, check_note: Any
) -> None:
    check_note(note, expected, occurrence, kind)
