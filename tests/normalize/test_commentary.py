"""German law commentaries: the short name before the slash is the work, the name after it its author."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields
from citekit.normalize.commentary import commentary_and_authors

P = pytest.param


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("MüKoBGB/Wagner,", ("MüKoBGB", [{"family": "Wagner"}], ""), id="muenchener-kommentar"),
        P("Staudinger/Hager, BGB, Neubearb.", ("Staudinger, BGB", [{"family": "Hager"}], "Neubearb."),
          id="commentary-law-and-edition"),
        P("BeckOK BGB/Spindler", None, id="space-inside-the-name-not-read"),
        P("BeckOGK/Spindler/Mayer", ("BeckOGK", [{"family": "Spindler"}, {"family": "Mayer"}], ""),
          id="two-authors"),
        P("Medicus/Petersen,", None, id="two-authors-no-commentary"),
        P("Paul Hagenloh,", None, id="no-slash"),
    ],
)
def test_commentary_and_authors(text: str, expected: Any) -> None:
    assert commentary_and_authors(text) == expected


def test_commentary_entry_is_a_chapter_of_the_commentary() -> None:
    parsed = normalize_fields([("author", "MüKoBGB/Wagner,"), ("edition", "8. Aufl."), ("date", "2020,"),
                               ("locator", "§ 823 Rn. 5.")])
    assert parsed.item == {"type": "chapter", "container-title": "MüKoBGB", "author": [{"family": "Wagner"}],
                           "issued": {"date-parts": [[2020]]}, "edition": "8"}
    assert (parsed.locator, parsed.label) == ("823 Rn. 5", "section")


def test_commentary_with_the_statute_tagged_as_container() -> None:
    parsed = normalize_fields([("author", "Schönke/Schröder/Eser,"), ("container-title", "StGB,"),
                               ("edition", "30. Aufl."), ("date", "2019,"), ("locator", "§ 1 Rn. 3.")])
    assert parsed.item["container-title"] == "Schönke/Schröder, StGB"
    assert parsed.item["author"] == [{"family": "Eser"}]
    assert parsed.item["type"] == "chapter"
