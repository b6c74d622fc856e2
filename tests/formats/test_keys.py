"""Citation keys: readable, ASCII, stable, suffixed on collision."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.keys import ascii_fold, base_key, make_key


@pytest.mark.parametrize(("entry", "key"), [
    ({"author": [{"family": "Hagenloh", "given": "Paul"}], "issued": {"date-parts": [[2009]]}},
     "hagenloh2009"),
    ({"author": [{"family": "Ranke", "non-dropping-particle": "von"}],
      "issued": {"date-parts": [[1824]]}}, "ranke1824"),
    ({"editor": [{"family": "Müller-Łódź"}], "issued": {"date-parts": [[1990, 5]]}},
     "mullerlodz1990"),
    ({"author": [{"literal": "The World Health Organization"}]}, "world"),
    ({"title": "The Great Terror", "issued": {"raw": "c. 1968"}}, "great1968"),
    ({"title": "<i>Hamlet</i> and Its Problems"}, "hamlet"),
    ({}, "anon"),
    ({"author": [{"family": "Ørsted"}], "issued": {"date-parts": [[1820]]}}, "orsted1820"),
])
def test_base_key(entry: dict[str, Any], key: str) -> None:
    assert base_key(entry) == key


def test_make_key_suffixes_and_records() -> None:
    entry = {"author": [{"family": "Hagenloh"}], "issued": {"date-parts": [[2009]]}}
    taken: set[str] = set()
    keys = [make_key(entry, taken) for _ in range(4)]
    assert keys == ["hagenloh2009", "hagenloh2009a", "hagenloh2009b", "hagenloh2009c"]
    assert taken == set(keys)


def test_make_key_runs_past_z() -> None:
    entry = {"author": [{"family": "X"}]}
    taken = {"x"} | {"x" + chr(c) for c in range(ord("a"), ord("z") + 1)}
    assert make_key(entry, taken) == "xaa"


@pytest.mark.parametrize(("text", "folded"), [
    ("Ranke-Müller", "rankemuller"), ("Straße", "strasse"), ("Ærø", "aero"), ("Œuvre", "oeuvre"),
])
def test_ascii_fold(text: str, folded: str) -> None:
    assert ascii_fold(text) == folded
