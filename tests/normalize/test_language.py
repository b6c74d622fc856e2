"""Language guess from a title's function words: only clear cases are marked."""

from __future__ import annotations

import pytest

from citekit.normalize import normalize_fields
from citekit.normalize.language import guess_language


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        pytest.param("Verwaltung und Justiz im Vormärz", "de", id="German"),
        pytest.param("Die Akte als Herrschaftsmittel", "de", id="German article"),
        pytest.param("Les greffiers et l’État : histoire d’un métier", "fr", id="French"),
        pytest.param("Storia della Repubblica di Venezia", "it", id="Italian"),
        pytest.param("The Polish Terror: Spymania and Ethnic Cleansing", None, id="English unset"),
        pytest.param("Stalin’s Police", None, id="too short"),
        pytest.param("Repressii protiv poliakov i pol´skikh grazhdan", None, id="transliterated Russian"),
        pytest.param("Die Akte and the State", None, id="mixed with English"),
    ],
)
def test_guess_language(title: str, expected: str | None) -> None:
    assert guess_language(title) == expected


def test_chain_sets_language_for_german_title() -> None:
    parsed = normalize_fields([("author", "Peter Lang,"), ("title", "Die Akte als Herrschaftsmittel,"),
                               ("location", "Berlin,"), ("date", "1999.")])
    assert parsed.item.get("language") == "de"
