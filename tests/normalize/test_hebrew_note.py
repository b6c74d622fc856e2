"""The Hebrew-note step (P191) on labelled fields, independent of the tagger: a book, an article, a chapter, an
encyclopaedia's entry, ibid. and a short form in Hebrew script, and what the step leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("title", "יעקב כ״ץ, מסורת ומשבר (ירושלים: מוסד ביאליק,"), ("date", "1958),"), ("locator", "עמ' 45.")],
          {"type": "book", "author": [{"family": "כ״ץ", "given": "יעקב"}], "title": "מסורת ומשבר",
           "publisher-place": "ירושלים", "publisher": "מוסד ביאליק", "issued": {"date-parts": [[1958]]},
           "language": "he"}, ("full", "45", "page"), id="book"),
        P([("title", "ראו: גרשם שלום, שבתי צבי, כרך ב (תל אביב: עם עובד,"), ("date", "1957),"),
           ("pages", "עמ' 210–212.")],
          {"volume": "ב", "title": "שבתי צבי"}, ("full", "210-212", "page"), id="signal-volume-range"),
        P([("title", "בנציון דינור, במפנה הדורות (ירושלים: מוסד ביאליק, תשט\"ו),"), ("locator", "עמ' 83.")],
          {"issued": {"literal": "תשט\"ו"}}, ("full", "83", "page"), id="hebrew-year-stays-literal"),
        P([("author", "משה רוסמן,"), ("title", "\"על נשים ומשפחה"), ("volume", "ציון 68"), ("date", "(2003),"),
           ("locator", "עמ' 24.")],
          {"type": "article-journal", "title": "על נשים ומשפחה", "container-title": "ציון", "volume": "68"},
          ("full", "24", "page"), id="article-closing-quote-left-out"),
        P([("title", "חוה טורניאנסקי, \"ספר מסה ומריבה\", בתוך: ספר היובל (ירושלים: מאגנס, 1985), עמ' 12.")],
          {"type": "chapter", "container-title": "ספר היובל", "publisher": "מאגנס"}, ("full", "12", "page"),
          id="chapter-in"),
        P([("title", "האנציקלופדיה העברית, כרך יז, ערך 'חסידות'.")],
          {"title": "האנציקלופדיה העברית", "volume": "יז"}, ("full", "חסידות", "sub-verbo"), id="entry"),
        P([("author", "שם,"), ("locator", "עמ' 45.")], {"title": None}, ("ibid", "45", "page"), id="ibid-page"),
        P([("author", "שם.")], {}, ("ibid", None, None), id="ibid"),
        P([("other", "בער, תולדות היהודים, עמ' 45.")], {"author": [{"family": "בער"}], "title": "תולדות היהודים"},
          ("short", "45", "page"), id="short-form"),
        P([("title", "מאקס ווײַנרײַך, געשיכטע פֿון דער ייִדישער שפּראַך (ניו־יאָרק: ייִוואָ, 1973), עמ' 45.")],
          {"language": "yi"}, ("full", "45", "page"), id="yiddish"),
        # what the step leaves alone
        P([("title", "תולדות היהודים")], {"type": "book", "title": "תולדות היהודים"}, None, id="a-title-alone"),
        P([("author", "Baer,"), ("title", "תולדות היהודים,"), ("locator", "p. 45.")],
          {"author": [{"family": "Baer"}]}, None, id="latin-script-opening"),
    ],
)
def test_hebrew_note(fields: list[tuple[str, str]], expected: dict[str, Any],
                     occurrence: tuple[str, str, str | None] | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence
