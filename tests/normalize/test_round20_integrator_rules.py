"""The integrator's rules after parser rounds 20 and 21, each from a miss of the held-out notes
(``tests/parser/test_notes_heldout22.py``, ``…23.py``) read as a general case, with the cases each rule
must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.parser import parse_reference

P = pytest.param


@pytest.mark.parametrize(
    ("note", "expected", "occurrence"),
    [
        # a Chicago imprint's place and publisher read as one container (container_as_publisher)
        P("Yi Ki-baek, Han’guksa sillon, rev. ed. (Seoul: Ilchogak, 1990), 233.",
          {"publisher": "Ilchogak", "publisher-place": "Seoul", "container-title": None, "type": "book"},
          ("233", "page"), id="bracketed-imprint-read-as-container"),
        P("A. Smith, “Trade and Empire,” in Essays on Empire (London: Verso, 1990), 3–20.",
          {"container-title": "Essays on Empire"}, None, id="a-book-in-brackets-stays-the-container"),
        # a number after the imprint's closing bracket is the page, even one shaped like a year (date)
        P("Ming shi 明史 (Beijing: Zhonghua shuju, 1974), 1878.",
          {"issued": {"date-parts": [[1974]]}, "publisher": "Zhonghua shuju"}, ("1878", "page"),
          id="page-after-imprint-shaped-like-a-year"),
        P("Philip A. Kuhn, Soulstealers (Cambridge, MA: Harvard University Press, 1990).",
          {"issued": {"date-parts": [[1990]]}}, (None, None), id="no-number-after-the-imprint"),
        # an edition statement the tagger read as a note (genre_note)
        P("Salo W. Baron, A Social and Religious History of the Jews, 2nd ed., 18 vols. (New York: Columbia "
          "University Press, 1952–83), 3:45.", {"edition": "2", "note": None}, None, id="edition-read-as-note"),
        # a Chinese archive's file with strokes between fonds, catalogue and file (east_asian_archive)
        P("Second Historical Archives of China, Nanjing, 2/1/1234.",
          {"type": "manuscript", "archive": "Second Historical Archives of China", "archive_location": "2/1/1234"},
          None, id="archive-code-with-strokes"),
        P("Second Historical Archives of China, Nanjing, 12/3/1937.",
          {"archive_location": None}, None, id="a-date-with-strokes-is-no-code"),
    ],
)
def test_integrator_rule(note: str, expected: dict[str, Any], occurrence: tuple[str | None, str | None] | None) -> None:
    parsed = parse_reference(note)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.locator, parsed.label) == occurrence
