"""The integrator's German official collections cited alone (P138): "BVerfGE 65, 1 (43) – Volkszählung".

The collection is the container, the number after the volume its first page, the bracketed or
second number the pinpoint, and the decision's popular name after the dash its title; the tagger's
fields may have lost the dash.  Near misses: a court opening the note keeps the court-and-date path,
and a collection abbreviation inside a book's title is no decision.
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields


@pytest.mark.parametrize(("fields", "expected", "occurrence"), [
    # the tagger's reading of the held-out note: the dash lost, the pinpoint in the locator span
    ([("container-title", "BVerfGE"), ("volume", "65,"), ("locator", "1 (43)"), ("location", "Volkszählung.")],
     {"type": "legal_case", "container-title": "BVerfGE", "volume": "65", "page": "1", "title": "Volkszählung"},
     ("43", "page")),
    ([("title", "BVerfGE"), ("volume", "7,"), ("pages", "198"), ("punct", "–"), ("location", "„Lüth“.")],
     {"type": "legal_case", "container-title": "BVerfGE", "page": "198", "title": "Lüth"}, (None, None)),
    # no pinpoint: the number after the volume is the first page, not a locator
    ([("container-title", "RGZ"), ("volume", "78,"), ("locator", "239.")],
     {"type": "legal_case", "container-title": "RGZ", "volume": "78", "page": "239", "title": None}, (None, None)),
    ([("container-title", "BGHZ"), ("volume", "154,"), ("pages", "1"), ("locator", "(5–7).")],
     {"type": "legal_case", "page": "1"}, ("5-7", "page")),
    # a near miss: the abbreviation opens a book's title ("BGHZ und Zivilrecht" is no report)
    ([("title", "BGHZ und Zivilrecht."), ("location", "Berlin"), ("date", "1990.")],
     {"type": "book", "title": "BGHZ und Zivilrecht", "container-title": None}, (None, None)),
])
def test_official_collection_alone(
    fields: list[tuple[str, str]], expected: dict[str, Any], occurrence: tuple[str | None, str | None]
) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    assert (parsed.locator, parsed.label) == occurrence


@pytest.mark.parametrize(("text", "expected"), [
    ("Cass. civ. 1re, 20 mai 1936, DP 1936, 1, 88.",
     {"type": "legal_case", "authority": "Cass. civ. 1re", "issued": {"date-parts": [[1936, 5, 20]]},
      "container-title": "DP", "volume": "1936, 1", "page": "88", "title": None, "author": None}),
    ("Cass. civ. 1re, 20 mai 1936, Mercier, DP 1936, 1, 88, rapp. Josserand.",
     {"title": "Mercier", "container-title": "DP", "page": "88", "note": "rapp. Josserand"}),
    ("Cass. ch. réun., 13 févr. 1930, Jand'heur, DP 1930, 1, 57, rapp. Le Marc'hadour, concl. Matter, note Ripert.",
     {"authority": "Cass. ch. réun.", "title": "Jand'heur", "volume": "1930, 1", "page": "57",
      "note": "rapp. Le Marc'hadour, concl. Matter, note Ripert"}),
    ("CE, 19 févr. 1875, Prince Napoléon, Rec. 155.",
     {"type": "legal_case", "authority": "CE", "title": "Prince Napoléon", "container-title": "Rec.", "page": "155",
      "volume": None}),
    ("Cass. 1re civ., 20 mai 1936, D. 1936, 1, 88.",
     {"authority": "Cass. 1re civ.", "container-title": "D.", "volume": "1936, 1"}),
    # near misses: a book by an author named like a court's abbreviation; a date with no report after it
    ("CE, Le contentieux administratif, Paris 1936, p. 88.", {"type": "book"}),
    ("Cass. civ. 1re, 20 mai 1936, dans Les grands arrêts, Paris 1990.", {"authority": None, "page": None}),
])
def test_french_decision_by_its_report(text: str, expected: dict[str, Any]) -> None:
    from citekit.parser import parse_reference

    parsed = parse_reference(text)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if expected.get("type") == "legal_case" or expected.get("authority"):
        assert (parsed.kind, parsed.locator) == ("full", None)
