"""The East-Central heading step (P205) on labelled fields: an author's name left in the title, in the Hungarian
order ("Romsics Ignác: Title") or the usual one ("Ignác Romsics, Title"), and what the step leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("title", "Romsics Ignác: Magyarország története a XX. században."), ("location", "Budapest, Osiris,"),
           ("date", "1999.")],
          {"author": [{"family": "Romsics", "given": "Ignác"}], "title": "Magyarország története a XX. században"},
          id="hungarian-order"),
        P([("title", "Ignác Romsics, Hungary in the Twentieth Century,"), ("location", "(Budapest:"),
           ("publisher", "Corvina,"), ("date", "1999)")],
          {"author": [{"family": "Romsics", "given": "Ignác"}], "title": "Hungary in the Twentieth Century"},
          id="usual-order"),
        P([("title", "Aivars Stranga, Latvijas vēsture,"), ("location", "Rīga:"), ("date", "1997")],
          {"author": [{"family": "Stranga", "given": "Aivars"}], "title": "Latvijas vēsture"}, id="latvian"),
        # what the step leaves alone
        P([("title", "Hungary, Poland and the Great Powers,"), ("location", "London"), ("date", "1999")],
          {"author": None, "title": "Hungary, Poland and the Great Powers"}, id="no-given-name"),
        P([("author", "J. Kowalski,"), ("title", "Jan Matejko, malarz historii,"), ("location", "Kraków"),
           ("date", "1993")],
          {"author": [{"family": "Kowalski", "given": "J."}], "title": "Jan Matejko, malarz historii"},
          id="a-title-about-a-person"),
    ],
)
def test_east_central_heading(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
