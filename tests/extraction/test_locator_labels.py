"""One table of what a locator's label means: the parser's (``pages.LOCATOR_LABELS``), which the
extraction's reading of a citation's tail extends only with words of its own."""

from __future__ import annotations

import pytest

from citekit.extraction.locators import _TAIL_LABELS, LABELS, find_pinpoint
from citekit.normalize.pages import LOCATOR_LABELS


def test_the_tail_only_adds_words() -> None:
    """No word means one thing to the parser and another to the extraction."""
    assert not set(_TAIL_LABELS) & set(LOCATOR_LABELS)
    assert all(LABELS[word] == label for word, label in LOCATOR_LABELS.items())


@pytest.mark.parametrize(("tail", "value", "label"), [
    ("Convention, art. 8.", "8", "article-locator"),
    # a musical work's measures; a roll's membranes after its class and piece
    ("Beethoven, Symphony no. 5, mm. 34–40.", "34–40", "line"),
    ("Lincolnshire Archives, Sewers 1/5, mm. 2–3.", "2–3", "folio"),
    ("TNA, C 1/46/3, m. 2.", "2", "folio"),
    # an Italian plate (tavola)
    ("Longhi, Piero della Francesca, tav. 12.", "12", "figure"),
    ("AGN, Indios, vol. 6, exp. 1012, fs. 3 y 5v.", "3 y 5v", "folio"),
])
def test_labels_at_the_tail(tail: str, value: str, label: str) -> None:
    found = find_pinpoint(tail)
    assert found is not None and (found.value, found.label) == (value, label)
