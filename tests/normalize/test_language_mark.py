"""The language-mark step (P193) on labelled fields, independent of the tagger: "(Hebrew)", "(in Yiddish)",
"[Hebrew]" after a title, a journal or a pinpoint, and what the step leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "locator"),
    [
        P([("author", "Jacob Katz,"), ("title", "“Marriage and Sexual Life,”"), ("container-title", "Zion"),
           ("volume", "10"), ("date", "(1944):"), ("pages", "21–54"), ("locator", "(Hebrew).")],
          {"language": "he", "container-title": "Zion"}, None, id="mark-read-as-the-pinpoint"),
        P([("author", "Israel Halpern,"), ("title", "“Nisuei behalah be-mizrah Eiropah” (Hebrew),"),
           ("container-title", "Zion"), ("volume", "27"), ("date", "(1962):"), ("pages", "36–58.")],
          {"language": "he", "title": "Nisuei behalah be-mizrah Eiropah"}, None, id="mark-after-the-title"),
        P([("author", "Shmuel Niger,"), ("title", "Di tsveyshprakhikeyt"), ("location", "(Detroit:"),
           ("publisher", "Louis Lamed Foundation,"), ("date", "1941),"), ("locator", "35 (Yiddish).")],
          {"language": "yi"}, "35", id="mark-with-the-page"),
        P([("author", "H. H. Ben-Sasson,"), ("title", "“Concepts and Reality,”"), ("container-title", "Tarbiz"),
           ("volume", "29"), ("date", "(1960):"), ("pages", "297–312"), ("note", "[in Hebrew, with English summary].")],
          {"language": "he", "note": None}, None, id="square-brackets-and-summary"),
        P([("author", "A. Shapira,"), ("title", "Berl (in Russian)"), ("date", "1980")], {"language": "ru"}, None,
          id="another-language"),
        # what the step leaves alone
        P([("author", "Smith,"), ("title", "History (Revised),"), ("date", "1990")],
          {"title": "History (Revised)"}, None, id="a-bracket-that-names-no-language"),
    ],
)
def test_language_mark(fields: list[tuple[str, str]], expected: dict[str, Any], locator: str | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    assert parsed.locator == locator
