"""Short forms by several authors joined in any language, and short forms that name an edition.

"García y López", "Vidal i Puig", "Jansen en De Vries", "Ginzburg e Prosperi", "Novák a Svoboda",
"Dunn, Savage, and Yeandle" link to their full citation; a surname holding the conjunction ("Ortega
y Gasset") stays one person.  "Webb, Diary, 4:73" links to the diary entry cited from the edition.
"""

from __future__ import annotations

import pytest

from citekit.extraction import extract
from citekit.resolve import _author_keys, _author_readings


@pytest.mark.parametrize("author,keys", [
    ("Shapin and Schaffer", ["shapin", "schaffer"]),
    ("Dunn, Savage, and Yeandle", ["dunn", "savage", "yeandle"]),
    ("Nipperdey und Rürup", ["nipperdey", "rurup"]),
    ("Duby et Mandrou", ["duby", "mandrou"]),
    ("Ginzburg e Prosperi", ["ginzburg", "prosperi"]),
    ("García y López", ["garcia", "lopez"]),
    ("Vidal i Puig", ["vidal", "puig"]),
    ("Jansen en De Vries", ["jansen", "vries"]),
    ("Novák a Svoboda", ["novak", "svoboda"]),
    ("Ohlin och Heckscher", ["ohlin", "heckscher"]),
    ("Dreier/Schulze", ["dreier", "schulze"]),
])
def test_author_keys(author: str, keys: list[str]) -> None:
    assert _author_keys(author) == keys


def test_a_surname_holding_a_conjunction_has_a_second_reading() -> None:
    assert _author_readings("Ortega y Gasset") == [["ortega", "gasset"], ["gasset"]]
    assert _author_readings("Duby et Mandrou") == [["duby", "mandrou"]]


def _linked(notes: list[str]) -> list[str | None]:
    doc = extract("\n".join(f"{i} {n}" for i, n in enumerate(notes, 1)), notes_mode=True)
    return [c.id for note in doc.notes for c in note.citations]


@pytest.mark.parametrize("full,short", [
    ("Juan García y Pedro López, Historia de la Iglesia en España (Madrid: Cátedra, 1990), p. 10.",
     "García y López, Historia de la Iglesia, p. 12."),
    ("Josep Vidal i Jordi Puig, Història de Catalunya (Barcelona: Edicions 62, 1995), p. 33.",
     "Vidal i Puig, Història, p. 41."),
    ("Jan Jansen en Pieter de Vries, Geschiedenis van Holland (Amsterdam: Boom, 2001), 55.",
     "Jansen en De Vries, Geschiedenis van Holland, 60."),
    ("Jan Novák a Petr Svoboda, Dějiny Moravy (Praha: Academia, 2003), s. 88.",
     "Novák a Svoboda, Dějiny Moravy, s. 90."),
    ("José Ortega y Gasset, La rebelión de las masas (Madrid: Revista de Occidente, 1930), p. 5.",
     "Ortega y Gasset, La rebelión, p. 7."),
    ("John Winthrop, journal entry, 22 June 1630, in The Journal of John Winthrop, 1630-1649, ed. Richard S. "
     "Dunn, James Savage, and Laetitia Yeandle (Cambridge, MA: Harvard University Press, 1996), 34.",
     "Dunn, Savage, and Yeandle, Journal of John Winthrop, 40."),
    ("Diary of Beatrice Webb, 4 May 1926, in The Diary of Beatrice Webb, ed. Norman and Jeanne MacKenzie, "
     "vol. 4 (London: Virago, 1985), 71.", "Webb, Diary, 4:73."),
])
def test_short_form_links_to_its_full_citation(full: str, short: str) -> None:
    first, repeat = _linked([full, short])
    assert first is not None and repeat == first


def test_people_joined_at_a_conjunction_are_two() -> None:
    doc = extract("1 Juan García y Pedro López, Historia de la Iglesia en España (Madrid: Cátedra, 1990), p. 10.\n"
                  "2 José Ortega y Gasset, La rebelión de las masas (Madrid: Revista de Occidente, 1930), p. 5.",
                  notes_mode=True)
    authors = [[p.get("family") for p in entry["author"]] for entry in doc.entries]
    assert authors == [["García", "López"], ["Ortega y Gasset"]]


def test_short_form_of_three_authors_makes_three_people() -> None:
    doc = extract("1 Dunn, Savage, and Yeandle, Journal of John Winthrop, 40.", notes_mode=True)
    assert [p.get("family") for p in doc.entries[0]["author"]] == ["Dunn", "Savage", "Yeandle"]


def test_an_edition_is_not_matched_through_a_journal() -> None:
    """Only a part of an edited book is found by its book's title: an article is not found by its journal."""
    ids = _linked(["Mary Smith, “Rural Credit,” Journal of Modern History 12 (1990): 33.",
                   "Smith, Journal of Modern History, 40."])
    assert ids[1] != ids[0]


def test_a_name_in_another_authors_title_is_no_link() -> None:
    """"Marx, Capital" is Marx's book, not David Harvey's "A Companion to Marx's Capital"."""
    ids = _linked(["David Harvey, A Companion to Marx's Capital (London: Verso, 2010), 5.", "Marx, Capital, 12."])
    assert ids[1] != ids[0]
