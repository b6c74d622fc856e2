"""The volumes-imprint step (P197) on labelled fields, independent of the tagger: "…, N vols. (Place: Publisher,
years), vol:page" with the imprint read as a volume, and what the step leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("author", "Simon Dubnow,"), ("title", "History of the Jews in Russia and Poland,"),
           ("container-title", "trans. I. Friedlaender,"), ("volume", "3 vols."), ("location", "(Philadelphia:"),
           ("publisher", "Jewish Publication Society of America,"), ("volume", "1916–20), 1:45.")],
          {"translator": [{"family": "Friedlaender", "given": "I."}], "container-title": None, "volume": None,
           "number-of-volumes": "3", "publisher-place": "Philadelphia", "issued": {"date-parts": [[1916], [1920]]}},
          ("1:45", "page"), id="translator-volumes-pinpoint"),
        P([("author", "Jacob Emden,"), ("container-title", "Sheʾelat Yaʿavets,"),
           ("volume", "2 vols. (Altona, 1739–59), 1:41.")],
          {"title": "Sheʾelat Yaʿavets", "container-title": None, "publisher-place": "Altona",
           "issued": {"date-parts": [[1739], [1759]]}}, ("1:41", "page"), id="title-read-as-a-container"),
        # what the step leaves alone
        P([("author", "Raul Hilberg,"), ("title", "The Destruction of the European Jews,"), ("edition", "3rd ed.,"),
           ("volume", "3 vols."), ("location", "(New Haven:"), ("publisher", "Yale University Press,"),
           ("date", "2003),"), ("locator", "2:512.")],
          {"publisher-place": "New Haven", "issued": {"date-parts": [[2003]]}}, ("2:512", "page"),
          id="read-right-before"),
    ],
)
def test_volumes_imprint(fields: list[tuple[str, str]], expected: dict[str, Any],
                         occurrence: tuple[str, str] | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.locator, parsed.label) == occurrence
