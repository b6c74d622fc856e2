"""The page cited in an English nominate report named by two abbreviations ("2 H. Bl. 393,
394-95"): "Bl." there is Henry Blackstone's report, not a German "Blatt" (leaf)."""

from __future__ import annotations

import pytest

from citekit.extraction.classify import classify


@pytest.mark.parametrize("text,value,label", [
    ("Fitch v. Rawling (1795) 2 H. Bl. 393, 394-95.", "394-395", "page"),
    ("Fitch v. Rawling (1795) 2 H. Bl. 393, 394.", "394", "page"),
    ("R v. Inhabitants of Stoke Gifford (1784) 3 Doug. 421, 423.", "423", "page"),
    ("Caparo Industries plc v Dickman [1990] 2 AC 605 (HL) 617–18", "617-618", "page"),
    ("StA Basel, Bd. 2, Bl. 3.", "3", "folio"),  # the German leaf
])
def test_law_report_pinpoint(text: str, value: str, label: str) -> None:
    pin = classify(text).pinpoint
    assert pin is not None and (pin.value, pin.label) == (value, label)
