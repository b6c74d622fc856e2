"""The one month table: each step reads the languages its citations use."""

from __future__ import annotations

import pytest

from citekit.normalize._months import month_numbers


@pytest.mark.parametrize(("languages", "options", "name", "number"), [
    (("en",), {}, "sept", 9),
    (("fr",), {}, "févr", 2),
    (("fr",), {"abbreviations": False}, "févr", None),  # a decision's date is written out
    (("fr",), {"abbreviations": False, "dotted": True}, "févr.", 2),
    (("fr",), {"abbreviations": False}, "aout", 8),  # a spelling without its accent is a name, not a short form
    (("it",), {}, "genn", 1),
    (("es", "pt", "nl"), {"abbreviations": False}, "setiembre", 9),
    (("es", "pt", "nl"), {"abbreviations": False}, "março", 3),
    (("es", "pt", "nl"), {"abbreviations": False}, "maart", 3),
    (("fr", "it"), {}, "mar", None),  # an English "mar" is no French or Italian month
    (("de",), {}, "märz", 3),
])
def test_month_numbers(languages: tuple[str, ...], options: dict[str, bool], name: str, number: int | None) -> None:
    assert month_numbers(*languages, **options).get(name) == number


def test_every_language_has_twelve_months() -> None:
    for language in ("en", "fr", "de", "it", "es", "pt", "nl"):
        assert sorted(set(month_numbers(language).values())) == list(range(1, 13)), language
