"""A repository's name with particles ("Archivio di Stato di Genova") is no lead-in before a
person's name: the citation keeps its first words."""

from __future__ import annotations

import pytest

from citekit.extraction.split import _take_signal


@pytest.mark.parametrize("text,prefix", [
    ("Archivio di Stato di Genova, Notai antichi 312, fols. 14r–15v.", None),
    ("Archives départementales de la Gironde, Jean Dupont, 3 E 1234.", None),
    ("Biblioteca de Catalunya, Ms. 485, fol. 3.", None),
    # a lead-in before a person's name stays one
    ("Letters of Giuditta Pasta, Bibliothèque nationale de France, NAF 13 567, fol. 22v.", "Letters of"),
])
def test_repository_name_is_not_a_lead_in(text: str, prefix: str | None) -> None:
    assert _take_signal(text, 0, len(text))[0] == prefix
