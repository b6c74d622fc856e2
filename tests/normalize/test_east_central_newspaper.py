"""The East-Central newspaper step (P206) on labelled fields: a newspaper by name, day and page, the day written
in the region's ways, and what the step leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("title", "Rudé právo,"), ("date", "26. 2. 1948,"), ("locator", "s. 1.")],
          {"type": "article-newspaper", "container-title": "Rudé právo", "issued": {"date-parts": [[1948, 2, 26]]},
           "title": None}, ("full", "1", "page"), id="figures"),
        P([("author", "Népszava,"), ("date", "1919."), ("other", "március 22., 3.")],
          {"container-title": "Népszava", "issued": {"date-parts": [[1919, 3, 22]]}, "author": None},
          ("full", "3", "page"), id="hungarian-year-first"),
        P([("title", "Gazeta Wyborcza,"), ("date", "12 V 1990,"), ("locator", "s. 3.")],
          {"container-title": "Gazeta Wyborcza", "issued": {"date-parts": [[1990, 5, 12]]}}, ("full", "3", "page"),
          id="roman-month"),
        P([("title", "Trybuna Ludu,"), ("date", "23 lutego 1948.")],
          {"container-title": "Trybuna Ludu", "issued": {"date-parts": [[1948, 2, 23]]}}, ("full", None, None),
          id="polish-month-no-page"),
        P([("title", "Novosti,"), ("date", "10. listopada 1941.,"), ("locator", "str. 2.")],
          {"container-title": "Novosti", "issued": {"date-parts": [[1941, 10, 10]]}}, ("full", "2", "page"),
          id="croatian-october"),
        # what the step leaves alone
        P([("title", "Warszawa,"), ("date", "12 V 1950.")], {"container-title": None}, None, id="a-place-dateline"),
        P([("author", "Jan Kowalski"), ("title", "do Adama Nowaka,"), ("date", "12 V 1950.")],
          {"container-title": None}, None, id="a-letter"),
        P([("title", "Tomasz Nowak,"), ("date", "12.5.1950,"), ("locator", "s. 2.")], {"container-title": None}, None,
          id="a-person"),
    ],
)
def test_east_central_newspaper(fields: list[tuple[str, str]], expected: dict[str, Any],
                                occurrence: tuple[str, str | None, str | None] | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence
