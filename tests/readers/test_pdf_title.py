"""A PDF article's own title and authors from its first page's type sizes (``pdf_title``).

The first pages here are lines made by hand in the shapes of real first pages read during
development: a journal's masthead in huge one-word lines over the title, the author's line above
or below the title (in body type, in capitals with a dagger, or in the title's own type further
down), a running head at the page's top edge that reads like a name, and a page with no larger
type at all.
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.readers.pdf import PdfLine
from citekit.readers.pdf_title import title_from_type_sizes


def _page(rows: list[tuple[float, float, str]], page: int = 1) -> list[PdfLine]:
    return [PdfLine(page, text, size, bottom, 60.0, 500.0) for size, bottom, text in rows]


def _body(page: int, lines: int = 30, size: float = 9.4) -> list[PdfLine]:
    """Body text: the type most characters are set in."""
    return _page([(size, 700 - 12 * i, f"Body line {i} of page {page} with enough words to weigh") for i in range(lines)],
                 page)


CASES: list[Any] = [
    pytest.param(
        [(7.9, 705.8, "Zeitschrift des Max-Planck-Instituts für europäische Rechtsgeschichte"),
         (23.0, 697.2, "Rg"), (23.9, 635.0, "Rechtsgeschichte"), (9.4, 549.6, "Rg1 2002 36 – 55"),
         (9.4, 427.4, "Lorraine Daston"), (17.9, 393.1, "Baconsche Tatsachen"),
         (7.9, 127.8, "Dieser Beitrag steht unter einer Lizenz")],
        {"title": "Baconsche Tatsachen", "author": [{"given": "Lorraine", "family": "Daston"}]}, 9.4,
        id="masthead-and-name-like-title",
    ),
    pytest.param(
        [(9.0, 760.2, "ARTICLES & ESSAYS https://doi.org/10.6092/issn.2531-6133/10402"),
         (17.2, 711.2, "A Mistake of Natural Law:"), (17.2, 689.3, "Sir William Blackstone and the Anglican Way"),
         (7.9, 648.9, "CRAIG A. STERN †"), (9.0, 567.5, "ABSTRACT: It is said that no book on the common law")],
        {"title": "A Mistake of Natural Law: Sir William Blackstone and the Anglican Way",
         "author": [{"given": "Craig A.", "family": "Stern"}]}, 9.0,
        id="two-line-title-author-in-capitals",
    ),
    pytest.param(
        [(116.0, 717.6, "Ancilla"), (116.0, 627.6, "Iuris"), (23.5, 425.7, "Von der Verfassung"),
         (23.5, 400.6, "zum Recht der Gesellschaft"), (23.5, 101.9, "Gunther Teubner*"),
         (10.5, 38.9, "Ancilla Iuris, 2020 Lagen des Rechts Article")],
        {"title": "Von der Verfassung zum Recht der Gesellschaft",
         "author": [{"given": "Gunther", "family": "Teubner"}]}, 10.5,
        id="author-in-the-title-type-far-below",
    ),
    pytest.param(
        [(9.0, 680.1, "DOI: 10.25364/01.10:2023.2.1."), (14.0, 619.2, "Soziologische Bemerkungen zum Arbeitsrecht"),
         (14.0, 562.4, "Harun Pačić, 1 Wien"), (12.0, 485.2, "Abstract: Unter Rückgriff auf Regelungsmodelle")],
        {"title": "Soziologische Bemerkungen zum Arbeitsrecht", "author": [{"given": "Harun", "family": "Pačić"}]},
        11.0, id="author-with-affiliation-mark",
    ),
    pytest.param(
        [(11.0, 760.0, "Territoriale Amtskalender"), (14.4, 720.0, "Amtskalender im Alten Reich"),
         (11.0, 690.0, "Verwaltung kalender reich Staat kalender druck Amt reich")],
        {"title": "Amtskalender im Alten Reich"}, 11.0,
        id="running-head-at-the-top-is-no-author",
    ),
    pytest.param(
        [(12.0, 703.8, "From the Field: Law-Related Education as a Branch of Civics Education"),
         (12.0, 631.2, "Latia Ward1")],
        {}, 12.0,
        id="no-larger-type",
    ),
]


@pytest.mark.parametrize(("rows", "expected", "body_size"), CASES)
def test_title_and_authors(rows: list[tuple[float, float, str]], expected: dict[str, Any], body_size: float) -> None:
    lines = _page(rows) + _body(2, size=body_size) + _body(3, size=body_size)
    assert title_from_type_sizes(lines) == expected


def test_no_lines() -> None:
    assert title_from_type_sizes([]) == {}
