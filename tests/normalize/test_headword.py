"""The headword step (P195) on labelled fields, independent of the tagger: a reference work by headword with an
edition, a volume or the entry's author around "s.v.", and what the step leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("title", "Encyclopaedia Judaica,"), ("collection-title", "2nd ed."), ("author", ", s.v."),
           ("title", "“Hasidism.”")],
          {"title": "Encyclopaedia Judaica", "edition": "2", "author": None, "container-title": None},
          ("full", "Hasidism", "sub-verbo"), id="edition-between"),
        P([("author", "EJ, s.v."), ("title", "“Frankists,” by Gershom Scholem.")], {"title": "EJ", "author": None},
          ("full", "Frankists", "sub-verbo"), id="entry-author-after"),
        P([("title", "Jüdisches Lexikon, Bd. 2, s.v. „Frankisten“.")], {"title": "Jüdisches Lexikon", "volume": "2"},
          ("full", "Frankisten", "sub-verbo"), id="volume-between"),
        P([("signal", "See"), ("title", "The YIVO Encyclopedia of Jews in Eastern Europe, s.v. “Hasidism.”")],
          {"title": "The YIVO Encyclopedia of Jews in Eastern Europe"}, ("full", "Hasidism", "sub-verbo"),
          id="after-a-signal"),
        # what the step leaves alone
        P([("author", "Lane,"), ("title", "Lexicon"), ("location", "(London:"), ("publisher", "Williams,"),
           ("date", "1863),"), ("locator", "s.v. “ʿaql.”")], {"publisher": "Williams"}, None, id="an-imprint-between"),
    ],
)
def test_headword(fields: list[tuple[str, str]], expected: dict[str, Any],
                  occurrence: tuple[str, str, str] | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence
