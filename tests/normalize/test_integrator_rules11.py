"""The integrator's rules after the twelfth parser round (development: written after the held-out notes
of ``tests/parser/test_notes_heldout14.py`` were run): the Turkish edition statement ("4. bs.", "2. baskı")
at a title's end, the Middle East's places of publication in their French, German and Turkish names
("Damas", "Le Caire" is left to the tagger), and a hadith collection named before its numbering with the
compiler in its title ("Ṣaḥīḥ Muslim, …, no. 1847") or before it ("al-Bukhārī, Ṣaḥīḥ, …": the compiler
read here, never "Ṣaḥīḥ" as his given name).
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields
from citekit.parser import parse_reference


@pytest.mark.parametrize(("fields", "expected"), [
    ([("author", "İlber Ortaylı,"), ("title", "İmparatorluğun En Uzun Yüzyılı, 4. bs."), ("location", "(İstanbul:"),
      ("publisher", "Hil Yayın,"), ("date", "1995),")],
     {"title": "İmparatorluğun En Uzun Yüzyılı", "edition": "4"}),
    ([("author", "Halil İnalcık,"), ("title", "Devlet-i Aliyye, 2. baskı,"), ("location", "İstanbul:"),
      ("publisher", "İş Bankası,"), ("date", "2009.")],
     {"title": "Devlet-i Aliyye", "edition": "2"}),
    # near miss: "bs" is no edition word inside a title
    ([("author", "Ali Yılmaz,"), ("title", "Notlar ve bs örnekleri,"), ("location", "Ankara:"), ("date", "2001.")],
     {"title": "Notlar ve bs örnekleri", "edition": None}),
    # a place of the Middle East closing the title span before the publisher
    ([("author", "André Raymond,"), ("title", "Artisans et commerçants au Caire au XVIIIe siècle, Damas,"),
      ("publisher", "Institut français de Damas,"), ("date", "1973-1974,")],
     {"title": "Artisans et commerçants au Caire au XVIIIe siècle", "publisher-place": "Damas"}),
])
def test_edition_and_place(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = normalize_fields(fields).item
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(("text", "expected", "occurrence"), [
    ("Ṣaḥīḥ Muslim, Kitāb al-Imāra, bāb 12, no. 1847.",
     {"type": "classic", "title": "Ṣaḥīḥ Muslim", "author": None}, ("1847", "number")),
    ("al-Bukhārī, Ṣaḥīḥ, Kitāb al-īmān, bāb 2, no. 8.",
     {"type": "classic", "title": "Ṣaḥīḥ", "author": [{"family": "Bukhārī", "non-dropping-particle": "al-"}]},
     ("8", "number")),
    ("Abū Dāwūd, Sunan, no. 3641.", {"type": "classic", "title": "Sunan"}, ("3641", "number")),
])
def test_hadith_collections(text: str, expected: dict[str, Any], occurrence: tuple[str, str]) -> None:
    parsed = parse_reference(text)
    assert {key: parsed.item.get(key) for key in expected} == expected
    assert (parsed.kind, parsed.locator, parsed.label) == ("full", *occurrence)
