"""Table tests for the rules added for bibliography entries (round 4): reference lists, not notes.

Each row is a tagger's fields (as it labels such entries) and what the chain must make of them;
the ``@``-keys are the occurrence (an entry of a list cites no pinpoint).
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields


def _read(fields: list[tuple[str, str]]) -> dict[str, Any]:
    parsed = normalize_fields(fields)
    return {**parsed.item, "@locator": parsed.locator, "@label": parsed.label}


def _families(item: dict[str, Any], role: str) -> list[str | None]:
    return [name.get("family") for name in item.get(role, [])]


@pytest.mark.parametrize(
    ("fields", "family", "given", "title"),
    [
        # Chicago: the tagger ended the author span at the comma; the given names opened the title
        ([("author", "Davis,"), ("title", "Natalie Zemon. The Return of Martin Guerre.")],
         "Davis", "Natalie Zemon", "The Return of Martin Guerre"),
        # … or inside the given names
        ([("author", "Quint, Rachel"), ("title", "Ann. A Grammar of Dissent.")], "Quint", "Rachel Ann", "A Grammar of Dissent"),
        # ABNT: a particle closes the given names
        ([("author", "HOLANDA,"), ("title", "Sérgio Buarque de. Raízes do Brasil.")], "Holanda", None, "Raízes do Brasil"),
        # German: the given name before the colon
        ([("author", "Weber,"), ("title", "Max: Wirtschaft und Gesellschaft,")], "Weber", "Max", "Wirtschaft und Gesellschaft"),
        # initials only
        ([("author", "Pocock,"), ("title", "J. G. A. The Machiavellian Moment.")], "Pocock", "J. G. A.", "The Machiavellian Moment"),
        # GOST: "Family I. I." and the title's first word in the author span
        ([("author", "Хлевнюк О. В. Хозяин."), ("title", "Сталин и утверждение сталинской диктатуры.")],
         "Хлевнюк", "О. В.", "Хозяин. Сталин и утверждение сталинской диктатуры"),
    ],
)
def test_given_names_leave_the_title(fields: list[tuple[str, str]], family: str, given: str | None, title: str) -> None:
    item = _read(fields)
    assert item["author"][0]["family"] == family
    if given is not None:
        assert item["author"][0]["given"] == given
    assert item["title"] == title


@pytest.mark.parametrize(
    "fields",
    [
        # a title whose first sentence is one word is no given name when the author has one already
        [("author", "Smith, John,"), ("title", "Rome. The Eternal City.")],
        # nor when the word is no known given name
        [("author", "Smith,"), ("title", "Carthage. A History.")],
        # nor when the title is nothing but the words
        [("author", "Smith,"), ("title", "Anna.")],
        # a person's comma list in a note: the title opens with a capital, not a given name and a period
        [("author", "Smith,"), ("title", "Anna Karenina and Its Readers,")],
    ],
)
def test_titles_that_keep_their_first_words(fields: list[tuple[str, str]]) -> None:
    item = _read(fields)
    assert item["title"] == fields[1][1].rstrip(".,")


def test_ed_opening_the_title_makes_the_names_editors() -> None:
    item = _read([("author", "Whitcombe, Harriet,"), ("title", "ed. The Victorian Parish in Crisis."), ("date", "1998.")])
    assert _families(item, "editor") == ["Whitcombe"]
    assert "author" not in item
    assert item["title"] == "The Victorian Parish in Crisis"


def test_gost_second_author_opening_the_title() -> None:
    item = _read([("author", "Зайончковский П. А.,"), ("title", "Шепелев Л. Е. Чиновный мир России.")])
    assert _families(item, "author") == ["Зайончковский", "Шепелев"]
    assert item["title"] == "Чиновный мир России"


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        # GOST: the number of pages closing a book's entry is no pinpoint
        ([("author", "Миронов Б. Н."), ("title", "Социальная история."), ("date", "1999."), ("pages", "548 с.")],
         {"number-of-pages": "548", "@locator": None}),
        # GOST: "№ 3." read as a genre is the journal's issue
        ([("title", "Мир мнений"), ("container-title", "Отечественная история."), ("date", "1998."), ("genre", "№ 3."),
          ("pages", "С. 25–39.")], {"issue": "3", "page": "25-39"}),
        # German: "H. 2" (Heft) before the page range is the issue
        ([("title", "Die Reichskirche,"), ("container-title", "in: ZHF"), ("volume", "14"), ("date", "(1987),"),
          ("locator", "H. 2,"), ("pages", "S. 171–199.")], {"issue": "2", "page": "171-199", "@locator": None}),
        # Italian: "XXXII (1997), 2, pp. …": the second number after the journal is its issue
        ([("title", "Il linguaggio del corpo,"), ("container-title", "in «Quaderni storici»,"), ("volume", "XXXII"),
          ("date", "(1997),"), ("volume", "2,"), ("pages", "pp. 353-378.")], {"volume": "XXXII", "issue": "2"}),
    ],
)
def test_numbers_of_a_reference_list(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = _read(fields)
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    ("fields", "role", "families", "title"),
    [
        # MLA: "Translated by …" read as a note
        ([("author", "Ernaux, Annie."), ("title", "The Years."), ("note", "Translated by Alison L. Strayer,")],
         "translator", ["Strayer"], "The Years"),
        # German: ", übers. von …" closing the title span
        ([("author", "Burke, Peter:"), ("title", "Die Renaissance in Italien, übers. von Reinhard Kaiser,")],
         "translator", ["Kaiser"], "Die Renaissance in Italien"),
    ],
)
def test_people_of_a_reference_list(
    fields: list[tuple[str, str]], role: str, families: list[str], title: str
) -> None:
    item = _read(fields)
    assert _families(item, role) == families
    assert item["title"] == title


def test_thesis_named_after_a_period() -> None:
    item = _read([("author", "Ruiz, José."), ("title", "Las dos caras de Jano. Tesis doctoral,"),
                  ("publisher", "Universidad de Murcia,"), ("date", "1994.")])
    assert (item["type"], item["title"], item["genre"]) == ("thesis", "Las dos caras de Jano", "Tesis doctoral")


@pytest.mark.parametrize(("raw", "title"), [("Городская реформа 1870 г.", "Городская реформа 1870 г."),
                                           ("Надписи XI–XIV вв.", "Надписи XI–XIV вв."),
                                           ("Городская реформа.", "Городская реформа")])
def test_date_abbreviation_keeps_its_period(raw: str, title: str) -> None:
    assert _read([("author", "Кипнис А. Л."), ("title", raw)])["title"] == title
