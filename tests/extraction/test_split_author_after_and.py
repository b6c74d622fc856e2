"""A work after "; and" starts at its author, even when a name inside its title is followed by a comma."""

from __future__ import annotations

import pytest

from citekit.extraction.split import split_note


@pytest.mark.parametrize(("note", "expected"), [
    # a possessive name in the title ("Cluny’s Property,") was taken as the citation's start
    ("See Recueil des chartes, no. 802; and Barbara H. Rosenwein, To Be the Neighbor of Saint Peter: The Social "
     "Meaning of Cluny’s Property, 909–1049 (Ithaca, NY, 1989), 35–48.",
     [("See", "Recueil des chartes, no. 802"), ("and", "Barbara H. Rosenwein, To Be the Neighbor of Saint Peter")]),
    ("See Iliffe, Tanganyika, 3; and Terence Ranger, “The Invention of Tradition in Colonial Africa,” in The "
     "Invention of Tradition, ed. Eric Hobsbawm and Terence Ranger (Cambridge, 1983), 211–62, at 247.",
     [("See", "Iliffe, Tanganyika, 3"), ("and", "Terence Ranger, “The Invention of Tradition")]),
    # a topic after the conjunction is still a lead-in
    ("Iliffe, Tanganyika, 3; and, on Kenya, Berman, Control and Crisis, 200.",
     [(None, "Iliffe, Tanganyika, 3"), ("and, on Kenya", "Berman, Control and Crisis, 200")]),
])
def test_the_work_after_and_starts_at_its_author(note: str, expected: list[tuple[str | None, str]]) -> None:
    pieces = split_note(note)
    assert [(piece.prefix, piece.text[: len(text)]) for piece, (_, text) in zip(pieces, expected, strict=True)] == expected
