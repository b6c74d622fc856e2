"""Bluebook books: "Title 57 (1962)" is a book cited at page 57, not a journal volume."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param

CASES = [
    P([("author", "BARRY NICHOLAS,"), ("title", "AN INTRODUCTION TO ROMAN LAW"), ("volume", "57"), ("date", "(1962).")],
      ({"type": "book", "author": [{"family": "Nicholas", "given": "Barry"}],
        "title": "AN INTRODUCTION TO ROMAN LAW", "issued": {"date-parts": [[1962]]}}, "57"),
      id="title-volume-year"),
    P([("author", "Ronald Dworkin,"), ("container-title", "Law's Empire"), ("volume", "45"), ("date", "(1986).")],
      ({"type": "book", "author": [{"family": "Dworkin", "given": "Ronald"}], "title": "Law's Empire",
        "issued": {"date-parts": [[1986]]}}, "45"),
      id="english-container-is-the-book"),
    P([("author", "HERBERT STUART FIFOOT,"), ("container-title", "LORD MANSFIELD"), ("volume", "26"),
       ("date", "(1936).")],
      ({"type": "book", "author": [{"family": "Fifoot", "given": "Herbert Stuart"}], "title": "LORD MANSFIELD",
        "issued": {"date-parts": [[1936]]}}, "26"),
      id="small-capitals-container-is-the-book"),
    P([("author", "Maine,"), ("title", "Ancient Law 94"), ("date", "(1861).")],
      ({"type": "book", "author": [{"family": "Maine"}], "title": "Ancient Law", "issued": {"date-parts": [[1861]]}},
       "94"),
      id="pinpoint-inside-title-span"),
    P([("author", "H.L.A. Hart,"), ("title", "The Concept of Law"), ("volume", "12–14"), ("edition", "(2d ed."),
       ("date", "1994).")],
      ({"type": "book", "author": [{"family": "Hart", "given": "H. L. A."}], "title": "The Concept of Law",
        "issued": {"date-parts": [[1994]]}, "edition": "2"}, "12-14"),
      id="edition-in-the-bracket"),
    P([("author", "Niklas Luhmann,"), ("container-title", "Soziale Systeme"), ("volume", "18"), ("date", "(2021).")],
      ({"type": "article-journal", "author": [{"family": "Luhmann", "given": "Niklas"}],
        "container-title": "Soziale Systeme", "issued": {"date-parts": [[2021]]}, "volume": "18"}, None),
      id="german-journal-volume-stays"),
    P([("author", "Smith,"), ("container-title", "Toronto Law Journal"), ("volume", "17"), ("date", "(1967).")],
      ({"type": "article-journal", "author": [{"family": "Smith"}], "container-title": "Toronto Law Journal",
        "issued": {"date-parts": [[1967]]}, "volume": "17"}, None),
      id="periodical-word-stays-a-journal"),
    P([("author", "Müller,"), ("container-title", "The Journal of Law and Society"), ("volume", "5"),
       ("date", "(1978),"), ("pages", "12–30.")],
      ({"type": "article-journal", "author": [{"family": "Müller"}], "container-title": "The Journal of Law and Society",
        "issued": {"date-parts": [[1978]]}, "volume": "5", "page": "12-30"}, None),
      id="pages-after-the-year-stay-a-journal"),
    P([("author", "Stolleis,"), ("title", "Geschichte des öffentlichen Rechts"), ("volume", "Bd. 2"),
       ("date", "(1992).")],
      ({"type": "book", "author": [{"family": "Stolleis"}], "title": "Geschichte des öffentlichen Rechts",
        "issued": {"date-parts": [[1992]]}, "volume": "2", "language": "de"}, None),
      id="labelled-volume-stays"),
    P([("author", "Roy Rosenzweig,"), ("title", "Eight Hours for What We Will, 1870–1920"),
       ("location", "(Cambridge:"), ("publisher", "Cambridge University Press,"), ("date", "1983)")],
      ({"type": "book", "author": [{"family": "Rosenzweig", "given": "Roy"}],
        "title": "Eight Hours for What We Will, 1870–1920", "issued": {"date-parts": [[1983]]},
        "publisher-place": "Cambridge", "publisher": "Cambridge University Press"}, None),
      id="years-closing-a-title-are-no-pinpoint"),
    P([("author", "L. Zan,"), ("title", "Quali spazi restano, “L’impresa”,"), ("volume", "5"), ("date", "(1988);")],
      ({"type": "book", "author": [{"family": "Zan", "given": "L."}], "title": "Quali spazi restano, “L’impresa”",
        "issued": {"date-parts": [[1988]]}, "volume": "5"}, None),
      id="journal-in-quotes-keeps-its-volume"),
    # a chapter: the first page rides with the book's title, the page cited follows
    P([("author", "Tim Stretton,"), ("title", "Coverture and Unity of Person,"),
       ("container-title", "in BLACKSTONE AND HIS COMMENTARIES 111,"), ("pages", "125"),
       ("publisher", "(Wilfrid Prest ed.,"), ("date", "2009).")],
      ({"type": "chapter", "author": [{"family": "Stretton", "given": "Tim"}], "title": "Coverture and Unity of Person",
        "container-title": "BLACKSTONE AND HIS COMMENTARIES", "issued": {"date-parts": [[2009]]}, "page": "111",
        "editor": [{"family": "Prest", "given": "Wilfrid"}]}, "125"),
      id="chapter-first-page-with-the-book"),
]


@pytest.mark.parametrize(("fields", "expected"), CASES)
def test_bluebook_book(fields: list[tuple[str, str]], expected: tuple[Any, ...]) -> None:
    parsed = normalize_fields(fields)
    item, locator = expected
    assert (parsed.item, parsed.locator) == (item, locator)
    if locator is not None:
        assert parsed.label == "page"
