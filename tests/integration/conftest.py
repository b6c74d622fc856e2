"""What biber's data-model validation says about a .bib, against what citekit predicts.

biber warns about fields outside an entry type's data model (citekit must never write one), about
mandatory fields an entry lacks (a note often gives no publisher or date: ``citekit check`` reports
them from ``biblatex_model.missing``) and about a volume that is not a number ("II").  The last two
come from the data, not the writer; the test holds biber and citekit's tables to the same list.
(Not ``--quiet``: it silences the warnings themselves.)
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from bibtexparser import parse_string

from citekit.formats.biblatex_model import missing

_MISSING_RE = re.compile(
    r"Entry '(?P<key>[^']+)' \([^)]*\): Missing mandatory field (?:'(?P<one>[^']+)'|- one of '(?P<any>[^']+)' must be defined)"
)
_VOLUME_RE = re.compile(r"Entry '(?P<key>[^']+)' \([^)]*\): Invalid value of field 'volume' must be datatype 'integer'")


def unexplained_warnings(bib_text: str, biber_output: str) -> tuple[list[str], set[tuple[str, tuple[str, ...]]]]:
    """(biber's warnings citekit does not predict, the predicted missing fields biber did not report)."""
    predicted: set[tuple[str, tuple[str, ...]]] = set()
    roman_volumes: set[str] = set()
    for block in parse_string(bib_text).entries:
        fields = {field.key.lower(): str(field.value) for field in block.fields}
        for group in missing(block.entry_type.lower(), fields):
            predicted.add((block.key, tuple(sorted(group))))
        if "volume" in fields and not fields["volume"].strip().isdigit():
            roman_volumes.add(block.key)
    unexplained: list[str] = []
    reported: set[tuple[str, tuple[str, ...]]] = set()
    for line in biber_output.splitlines():
        if not line.startswith("WARN"):
            continue  # (and not the closing "INFO - WARNINGS: n")
        if m := _MISSING_RE.search(line):
            group = tuple(sorted(name.strip() for name in (m["one"] or m["any"]).split(",")))
            reported.add((m["key"], group))
            if (m["key"], group) in predicted:
                continue
        elif (m := _VOLUME_RE.search(line)) and m["key"] in roman_volumes:
            continue
        unexplained.append(line)
    return unexplained, predicted - reported


@pytest.fixture
def biber_unexplained() -> Callable[[str, str], tuple[list[str], set[tuple[str, tuple[str, ...]]]]]:
    """``biber_unexplained(bib_text, biber_output)``: see :func:`unexplained_warnings`."""
    return unexplained_warnings
