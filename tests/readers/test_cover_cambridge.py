"""The journal line of a Cambridge Core first page: the year before the volume."""

from __future__ import annotations

import pytest

from citekit.readers.cover import read_cover


@pytest.mark.parametrize("line,expected", [
    ("Law and History Review (2026), 44, 411–418",
     {"container-title": "Law and History Review", "volume": "44", "page": "411-418",
      "issued": {"date-parts": [[2026]]}}),
    ("Journal of Roman Studies (2019), 109(2), 1–25",
     {"container-title": "Journal of Roman Studies", "volume": "109", "issue": "2", "page": "1-25",
      "issued": {"date-parts": [[2019]]}}),
])
def test_year_first_journal_line(line: str, expected: dict[str, object]) -> None:
    text = f"{line}\ndoi:10.1017/S0000000000000001\n\nARTICLE\n\nA Title\nA. Author\n\nBody.1\n1 A note.\n"
    source = read_cover(text, text.find("1 A note"))
    assert {k: source[k] for k in expected} == expected
    assert source["type"] == "article-journal"


def test_a_sentence_with_a_year_in_brackets_is_no_journal_line() -> None:
    text = "The court held (1998), 12, 3–4 times\nBody.1\n1 A note.\n"
    assert "container-title" not in read_cover(text, text.find("1 A note"))
