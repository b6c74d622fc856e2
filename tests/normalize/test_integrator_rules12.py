"""The integrator's rule for a multi-volume work cited with the volume's own title in one title span
(P104, the title step): "Europäisches Privatrecht, Bd. I: Älteres Gemeines Recht" is the work, the volume
"I" and its ``volume-title``.  Near misses: a subtitle after a colon with no volume before it, and a
volume span of its own (the tagger's reading is kept)."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields


@pytest.mark.parametrize(("fields", "expected"), [
    ([("author", "Helmut Coing,"), ("title", "Europäisches Privatrecht, Bd. I: Älteres Gemeines Recht (1500 bis 1800),"),
      ("location", "München"), ("date", "1985,")],
     {"title": "Europäisches Privatrecht", "volume": "I", "volume-title": "Älteres Gemeines Recht (1500 bis 1800)"}),
    ([("author", "Karl Barth,"), ("title", "Church Dogmatics, vol. III/2: The Doctrine of Creation"),
      ("location", "(Edinburgh:"), ("publisher", "T&T Clark,"), ("date", "1960),")],
     {"title": "Church Dogmatics", "volume": "III/2", "volume-title": "The Doctrine of Creation"}),
    ([("author", "Sergio Luzzatto,"), ("title", "Atlante della letteratura italiana, Bd. 2: Dalla Controriforma alla Restaurazione,"),
      ("location", "Torino"), ("date", "2011.")],
     {"title": "Atlante della letteratura italiana", "volume": "2"}),
    # near misses
    ([("author", "Jonathan Sperber,"), ("title", "Karl Marx: A Nineteenth-Century Life"), ("location", "(New York:"),
      ("date", "2013),")],
     {"title": "Karl Marx: A Nineteenth-Century Life", "volume": None, "volume-title": None}),
    ([("author", "Richard Taruskin,"), ("title", "The Oxford History of Western Music, vol. 3: Music in the Nineteenth Century"),
      ("volume", "4"), ("date", "2005.")],
     {"volume-title": None}),
])
def test_volume_with_its_title(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = normalize_fields(fields).item
    assert {key: item.get(key) for key in expected} == expected
