"""Twenty notes from United States history (Chicago notes: letters in collected works by volume and page,
Foreign Relations of the United States, the Congressional Record and the Annals of Congress, newspapers by
date, manuscript collections and presidential libraries, the National Archives by record group and decimal
file, a Supreme Court case, a dissertation, an oral-history interview, a corporate author, "Ibid." and short
forms), written by the integrator on 2026-11-28 (19:10 UTC) before the twenty-third parser round and kept
from its author, whose brief named the domain only.

Against the code before the round (10d1701): 14 of 20 right (misses: the letter's volume and pages read as a
journal's, FRUS's range after the imprint kept as the book's pages, the Congressional Record's page, the
interview described with its collection, the corporate author, the Chicago Defender's day). After the
twenty-second and twenty-third rounds: 17 of 20; after the integrator's rules
(``tests/normalize/test_round22_integrator_rules.py``): 20 of 20 (a development figure).

Only what a case names is compared (``check_note`` in conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    P("Eric Foner, Reconstruction: America’s Unfinished Revolution, 1863–1877 (New York: Harper & Row, 1988), 412.",
      {'author': ['Foner'], 'title': 'Reconstruction: America’s Unfinished Revolution, 1863–1877',
       'publisher': 'Harper & Row', 'publisher-place': 'New York', 'year': 1988}, ('412', 'page'), 'full'),
    P("Abraham Lincoln to William H. Seward, April 1, 1861, in The Collected Works of Abraham Lincoln, ed. Roy P. Basler, 8 vols. (New Brunswick, NJ: Rutgers University Press, 1953–55), 4:316–18.",
      {'author': ['Lincoln'], 'recipient': ['Seward'], 'container-title': 'The Collected Works of Abraham Lincoln',
       'editor': ['Basler'], 'publisher': 'Rutgers University Press', 'volume': '4'}, None, 'full'),
    P("Foreign Relations of the United States, 1947, vol. 5, The Near East and Africa (Washington, DC: Government Printing Office, 1971), 58–59.",
      {'volume': '5', 'publisher': 'Government Printing Office', 'publisher-place': 'Washington, DC', 'year': 1971},
      ('58-59', 'page'), 'full'),
    P("Congressional Record, 80th Cong., 1st sess., 1947, 93, pt. 2: 1981.",
      {'year': 1947}, ('1981', 'page'), 'full'),
    P("New York Times, March 13, 1947, 1.",
      {'type': 'article-newspaper', 'container-title': 'New York Times', 'date': [1947, 3, 13]}, ('1', 'page'), 'full'),
    P("Harry S. Truman Papers, President’s Secretary’s Files, box 187, Harry S. Truman Library, Independence, MO.",
      {'type': 'manuscript', 'archive': 'Harry S. Truman Library'}, None, 'full'),
    P("Record Group 59, Central Decimal File 1945–49, 711.61/3-1547, box 3512, National Archives, College Park, MD.",
      {'type': 'manuscript'}, None, 'full'),
    P("Dred Scott v. Sandford, 60 U.S. 393, 407 (1857).",
      {'type': 'legal_case', 'title': 'Dred Scott v. Sandford', 'year': 1857}, ('407', 'page'), 'full'),
    P("Gordon S. Wood, The Radicalism of the American Revolution (New York: Knopf, 1992), 95–96.",
      {'author': ['Wood'], 'title': 'The Radicalism of the American Revolution', 'publisher': 'Knopf',
       'publisher-place': 'New York', 'year': 1992}, ('95-96', 'page'), 'full'),
    P("Wood, Radicalism, 101.",
      {'author': ['Wood'], 'title': 'Radicalism'}, ('101', 'page'), 'short'),
    P("Ibid., 104.",
      {}, ('104', 'page'), 'ibid'),
    P("Edmund S. Morgan, “Slavery and Freedom: The American Paradox,” Journal of American History 59, no. 1 (June 1972): 5–29.",
      {'author': ['Morgan'], 'title': 'Slavery and Freedom: The American Paradox',
       'container-title': 'Journal of American History', 'volume': '59', 'issue': '1', 'year': 1972, 'page': '5-29'},
      None, 'full'),
    P("Richard White, “It’s Your Misfortune and None of My Own”: A New History of the American West (Norman: University of Oklahoma Press, 1991), 57.",
      {'author': ['White'], 'publisher': 'University of Oklahoma Press', 'publisher-place': 'Norman', 'year': 1991},
      ('57', 'page'), 'full'),
    P("Martha Hodes, “Wartime Dialogues on Illicit Sex: White Women and Black Men in the Civil War South” (PhD diss., Princeton University, 1991), 88.",
      {'type': 'thesis', 'author': ['Hodes'], 'title': 'Wartime Dialogues on Illicit Sex: White Women and Black Men in the Civil War South',
       'publisher': 'Princeton University', 'year': 1991}, ('88', 'page'), 'full'),
    P("Interview with Clifford Durr by John Egerton, June 4, 1975, Southern Oral History Program Collection, University of North Carolina at Chapel Hill.",
      {'type': 'interview', 'interviewer': ['Egerton']}, None, 'full'),
    P("U.S. Bureau of the Census, Historical Statistics of the United States, Colonial Times to 1970 (Washington, DC: Government Printing Office, 1975), 1:14.",
      {'author': ['U.S. Bureau of the Census'], 'title': 'Historical Statistics of the United States, Colonial Times to 1970',
       'publisher': 'Government Printing Office', 'year': 1975}, None, 'full'),
    P("Thomas Jefferson, Notes on the State of Virginia, ed. William Peden (Chapel Hill: University of North Carolina Press, 1955), 162.",
      {'author': ['Jefferson'], 'editor': ['Peden'], 'title': 'Notes on the State of Virginia',
       'publisher-place': 'Chapel Hill', 'year': 1955}, ('162', 'page'), 'full'),
    P("Chicago Defender, July 5, 1919.",
      {'type': 'article-newspaper', 'container-title': 'Chicago Defender', 'date': [1919, 7, 5]}, None, 'full'),
    P("Annals of Congress, 16th Cong., 1st sess., 1820, 1024.",
      {'year': 1820}, ('1024', 'page'), 'full'),
    P("James M. McPherson, Battle Cry of Freedom: The Civil War Era (New York: Oxford University Press, 1988), 234.",
      {'author': ['McPherson'], 'title': 'Battle Cry of Freedom: The Civil War Era', 'publisher': 'Oxford University Press',
       'year': 1988}, ('234', 'page'), 'full'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_heldout_note(note: str, expected: dict[str, Any], occurrence: tuple[str, str] | None, kind: str,
                      check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)
