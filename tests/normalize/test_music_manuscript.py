"""The music-manuscript step (P163) on labelled fields, independent of the tagger: a source by its library's
RISM siglum and shelf-mark ("D-B, Mus. ms. Bach P 180, fol. 3r"), and what it leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("collection-title", "D-B, Mus. ms. Bach P 180,"), ("locator", "fol. 3r.")],
          {"type": "manuscript", "archive": "D-B", "archive_location": "Mus. ms. Bach P 180",
           "collection-title": None}, ("full", "3r", "folio"), id="berlin"),
        P([("author", "GB-Lbl, Add."), ("collection-title", "MS 31922,"), ("locator", "fol. 12v.")],
          {"archive": "GB-Lbl", "archive_location": "Add. MS 31922", "author": None}, ("full", "12v", "folio"),
          id="siglum-read-as-a-name"),
        P([("author", "US-NYpm,"), ("locator", "Cary 62.")],
          {"archive": "US-NYpm", "archive_location": "Cary 62"}, ("full", None, None), id="shelf-mark-alone"),
        # what the step leaves alone
        P([("author", "Jean-Paul Sartre,"), ("title", "La Nausée,"), ("locator", "p. 12.")],
          {"archive": None}, None, id="a-hyphenated-name"),
        P([("author", "AB-Ccc,"), ("title", "Title,"), ("locator", "p. 12.")],
          {"archive": None}, None, id="no-rism-country"),
    ],
)
def test_music_manuscript(fields: list[tuple[str, str]], expected: dict[str, Any],
                          occurrence: tuple[str, str | None, str | None] | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence
