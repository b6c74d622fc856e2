"""Works cited in Cyrillic keep their letters in keys and links, and meet their transliteration."""

from __future__ import annotations

import pytest

from citekit.extraction import extract
from citekit.keys import make_key
from citekit.resolve import fold
from citekit.transliteration import latinize


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Хлевнюк", "Khlevniuk"),
        ("Щербакова, Гурьянов", "Shcherbakova, Gurianov"),  # the soft sign dropped, as fold drops "´"
        ("ЮЖНЫЙ ЯР", "IuZhNYI IaR"),
        ("Khlevniuk, p. 3", "Khlevniuk, p. 3"),
        ("Gur´ianov «Мемориал»", "Gur´ianov «Memorial»"),
    ],
)
def test_latinize(text: str, expected: str) -> None:
    assert latinize(text) == expected


def test_fold_and_key_keep_cyrillic_works() -> None:
    assert fold("Хлевнюк О. В. Хозяин") == fold("Khlevniuk O. V. Khoziain") == "khlevniuk o v khoziain"
    entry = {"author": [{"family": "Хлевнюк", "given": "О. В."}], "issued": {"date-parts": [[2010]]}}
    assert make_key(entry, set()) == "khlevniuk2010"


def test_cyrillic_back_references_and_transliterated_short_form_link() -> None:
    notes = "\n".join([
        "Павлова И. В. Механизм власти и строительство сталинского социализма. Новосибирск, 2001. С. 45.",
        "Хлевнюк О. В. Хозяин. Сталин и утверждение сталинской диктатуры. М., 2010. С. 12.",
        "Павлова И. В. Указ. соч. С. 50.",
        "Хлевнюк О. В. Хозяин. С. 15.",
        "Khlevniuk, Khoziain, p. 20.",
    ]) + "\n"
    document = extract(notes, notes_mode=True)
    assert [entry["id"] for entry in document.entries] == ["pavlova2001", "khlevniuk2010"]
    links = [(c.kind, c.id, c.locator) for note in document.notes[2:] for c in note.citations]
    assert links == [("op-cit", "pavlova2001", "50"), ("short", "khlevniuk2010", "15"),
                     ("short", "khlevniuk2010", "20")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Feldbæk", "feldbaek"), ("Łódź", "lodz"), ("Großmann", "grossmann"), ("Œuvres", "oeuvres"),
     ("Øystein Rian", "oystein rian"), ("Þórður", "thordur")],
)
def test_fold_spells_out_latin_letters_that_do_not_decompose(text: str, expected: str) -> None:
    # (before, "Feldbæk" folded to "feldb k": two words, and "Feldbæk, a.a." did not link)
    assert fold(text) == expected
