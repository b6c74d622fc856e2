"""Greek in Latin letters (``citekit.transliteration``): one transliteration for folding and keys, as for
Cyrillic -- monotonic and polytonic Greek lose their accents and breathings, "ου" is "ou"."""

from __future__ import annotations

import pytest

from citekit.keys import make_key
from citekit.resolve import fold
from citekit.transliteration import latinize


@pytest.mark.parametrize(("text", "expected"), [
    ("Κολιόπουλος", "Koliopoulos"),
    ("Θάνος Βερέμης", "Thanos Veremis"),
    ("Ἱεροσολυμιτικὴ Βιβλιοθήκη", "Ierosolymitiki Vivliothiki"),
    ("ΟΥΡΑΝΟΣ", "OURANOS"),
    ("Élan, café", "Élan, café"),  # (other letters keep their accents: latinize changes Greek and Cyrillic only)
    ("Хлевнюк and Σβορώνος", "Khlevniuk and Svoronos"),
])
def test_latinize_greek(text: str, expected: str) -> None:
    assert latinize(text) == expected


def test_fold_and_key_keep_greek_works() -> None:
    assert fold("Κολιόπουλος, Ληστές") == fold("Koliopoulos, Listes") == "koliopoulos listes"
    entry = {"author": [{"family": "Σβορώνος", "given": "Ν."}], "issued": {"date-parts": [[1976]]}}
    assert make_key(entry, set()) == "svoronos1976"  # (before: "anon1976")
