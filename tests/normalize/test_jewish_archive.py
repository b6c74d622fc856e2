"""The Jewish-archive step (P192) on labelled fields, independent of the tagger: a file by archive, city,
collection and shelf-mark, and what the step leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("title", "Central Zionist Archives (CZA),"), ("locator", "S25/1234.")],
          {"type": "manuscript", "archive": "Central Zionist Archives", "archive_location": "S25/1234",
           "title": None}, ("full", None, None), id="siglum-in-brackets-dropped"),
        P([("author", "USHMM,"), ("title", "RG-15.079M, reel 3,"), ("locator", "fol. 45.")],
          {"archive": "USHMM", "archive_location": "RG-15.079M, reel 3", "author": None},
          ("full", "45", "folio"), id="siglum-reel-folio"),
        P([("title", "Central Archives for the History of the Jewish People (CAHJP), Jerusalem, PL/123,"),
           ("locator", "fol. 12.")],
          {"archive": "Central Archives for the History of the Jewish People", "archive-place": "Jerusalem",
           "archive_location": "PL/123"}, ("full", "12", "folio"), id="city"),
        P([("author", "LBI, Jacob Jacobson Collection,"), ("other", "AR 7002, box 1, folder 3.")],
          {"archive": "LBI", "archive_collection": "Jacob Jacobson Collection",
           "archive_location": "AR 7002, box 1, folder 3"}, ("full", None, None), id="collection"),
        P([("container-title", "Yad Vashem Archives (YVA),"), ("locator", "O.33/1523,"), ("locator", "p. 4.")],
          {"archive": "Yad Vashem Archives", "archive_location": "O.33/1523"}, ("full", "4", "page"), id="page"),
        # what the step leaves alone
        P([("title", "Simon Dubnow to Ahad Ha-Am,"), ("date", "12 March 1905,"), ("other", "YIVO Archives, RG 87,"),
           ("locator", "folder 934.")], {"type": "letter", "archive": "YIVO Archives"}, None, id="a-letter-named-first"),
        P([("author", "YIVO,"), ("title", "Guide to the Archives")], {"archive": None}, None, id="no-shelf-mark"),
        P([("title", "Yad Vashem Archives, O.3/3249, testimony of Ruth Klüger.")], {"archive_location": None}, None,
          id="a-description-after-the-shelf-mark"),
    ],
)
def test_jewish_archive(fields: list[tuple[str, str]], expected: dict[str, Any],
                        occurrence: tuple[str, str | None, str | None] | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence
