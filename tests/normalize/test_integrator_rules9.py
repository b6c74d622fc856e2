"""The integrator's widening of the GOST statement-of-responsibility step (P147), with its near misses."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields


@pytest.mark.parametrize(("fields", "expected"), [
    # the title's first word alone read as an author; the statement in a span of another label; "и др."
    ([("author", "Лубянка."), ("title", "Сталин и Главное управление госбезопасности НКВД. 1937–1938."),
      ("isbn", "Документы / Сост. В. Н. Хаустов и др."), ("location", "М.,"), ("date", "2004."),
      ("pages", "С. 58–60.")],
     {"author": None, "title": "Лубянка. Сталин и Главное управление госбезопасности НКВД. 1937–1938. Документы",
      "compiler": [{"family": "Хаустов", "given": "В. Н."}], "custom": {"et-al": ["compiler"]}}),
    # a person with initials stays the author of a book with an editor named after its title
    ([("author", "Хлевнюк О. В."), ("title", "Политбюро. Механизмы политической власти в 1930-е годы"),
      ("editor", "/ Под ред. А. Н. Яковлева."), ("location", "М.,"), ("date", "1996.")],
     {"author": [{"family": "Хлевнюк", "given": "О. В."}]}),
])
def test_statement_of_responsibility(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = normalize_fields(fields).item
    assert {key: item.get(key) for key in expected} == expected
