"""A diary's or journal's entry cited from its printed edition: the entry is a part of the edition.

Each row: the note, then the entry's title, its book (container-title) and the entry's date
(``original-date``) as citekit reads them.
"""

from __future__ import annotations

import pytest

from citekit.extraction import extract

ROWS = [
    ("John Winthrop, journal entry, 22 June 1630, in The Journal of John Winthrop, 1630-1649, ed. Richard S. "
     "Dunn, James Savage, and Laetitia Yeandle (Cambridge, MA: Harvard University Press, 1996), 34.",
     "journal entry", "The Journal of John Winthrop, 1630-1649", [1630, 6, 22]),
    ("Harold Nicolson, diary entry, 12 June 1940, in Harold Nicolson, Diaries and Letters, 1939-1945, ed. Nigel "
     "Nicolson (London: Collins, 1967), 92.",
     "diary entry", "Diaries and Letters, 1939-1945", [1940, 6, 12]),
    ("Journal of Sir Walter Scott, 12 March 1826, in The Journal of Sir Walter Scott, ed. W. E. K. Anderson "
     "(Oxford: Clarendon Press, 1972), 120.",
     "Journal of Sir Walter Scott", "The Journal of Sir Walter Scott", [1826, 3, 12]),
    ("Diary of Beatrice Webb, 4 May 1926, in The Diary of Beatrice Webb, ed. Norman and Jeanne MacKenzie, "
     "vol. 4 (London: Virago, 1985), 71.",
     "Diary of Beatrice Webb", "The Diary of Beatrice Webb", [1926, 5, 4]),
]


@pytest.mark.parametrize("note,title,book,date", ROWS, ids=[r[1] + "|" + r[2][:20] for r in ROWS])
def test_entry_in_its_edition(note: str, title: str, book: str, date: list[int]) -> None:
    entry = extract(f"1 {note}", notes_mode=True).entries[0]
    assert (entry["type"], entry["title"], entry["container-title"]) == ("chapter", title, book)
    assert entry["original-date"] == {"date-parts": [date]}


def test_the_diarist_named_twice_is_one_author() -> None:
    entry = extract(f"1 {ROWS[1][0]}", notes_mode=True).entries[0]
    assert [p["family"] for p in entry["author"]] == ["Nicolson"]
