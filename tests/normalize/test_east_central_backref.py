"""The East-Central back-reference step (P203) on labelled fields: "Isto", "Ten pat", "Turpat", "Samas", "Uo.",
"Tamże" with a leaf, and the op. cit. words "i. m.", "n. dj.", "c. d." after the author's name."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("author", "Isto,"), ("locator", "str. 56.")], {"author": None}, ("ibid", "56", "page"), id="isto"),
        P([("title", "Ten pat,"), ("locator", "p. 158.")], {"title": None}, ("ibid", "158", "page"), id="ten-pat"),
        P([("note", "Turpat,"), ("locator", "46. lpp.")], {"note": None}, ("ibid", "46", "page"), id="turpat"),
        P([("author", "Samas,"), ("locator", "lk 12.")], {"author": None}, ("ibid", "12", "page"), id="samas"),
        P([("locator", "Uo. 46.")], {}, ("ibid", "46", "page"), id="uo-bare-page"),
        P([("author", "Tamże,"), ("locator", "k. 12–13.")], {}, ("ibid", "12-13", "folio"), id="tamze-karta"),
        P([("author", "Prav tam.")], {"author": None}, ("ibid", None, None), id="prav-tam-alone"),
        P([("title", "Romsics: i. m. 118.")], {"author": [{"family": "Romsics"}], "title": None},
          ("op-cit", "118", "page"), id="hungarian-im"),
        P([("author", "Goldstein,"), ("locator", "n. dj., str. 250.")], {"author": [{"family": "Goldstein"}]},
          ("op-cit", "250", "page"), id="croatian-n-dj"),
        P([("author", "Kořalka,"), ("other", "c. d.,"), ("locator", "s. 12.")], {"author": [{"family": "Kořalka"}]},
          ("op-cit", "12", "page"), id="czech-c-d"),
        # what the step leaves alone
        P([("author", "Isto Ahonen,"), ("title", "Suomen historia,"), ("location", "Helsinki"), ("date", "1999.")],
          {"title": "Suomen historia"}, ("full", None, None), id="a-name"),
        P([("author", "Samas,"), ("title", "Eesti ajalugu,"), ("location", "Tartu"), ("date", "2001,"),
           ("locator", "lk 3.")], {"title": "Eesti ajalugu"}, None, id="a-title-after"),
    ],
)
def test_east_central_backref(fields: list[tuple[str, str]], expected: dict[str, Any],
                              occurrence: tuple[str, str | None, str | None] | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence
