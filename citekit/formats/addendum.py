"""biblatex's ``addendum`` as citekit writes it, and read back.

biblatex's data model has no field for some CSL variables of some entry types (an
artwork's archive, a letter's recipient, a film's director, an article's publisher).
The writer prints them in ``addendum`` as "Label: value" segments joined by ". ",
visible in the bibliography and valid under ``biber --validate-datamodel``; the reader
turns those segments back into the variables, so a write → read round trip keeps
them.  A segment is read only under a label the writer uses, and only for a variable
the writer could not have given a field of its own in that entry; any other text
stays in ``addendum`` as the user wrote it.

Names are written so that they read back exactly: a multi-word family name or an
institution in braces (invisible in print), a suffix in BibTeX's "von Last, Jr,
First" form.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from citekit.formats import bibtex_fields as table
from citekit.formats.latex_text import encode
from citekit.lazy_regex import lazy_compile
from citekit.model import ALL_VARIABLES


def label_of(name: str) -> str:
    """A CSL variable's or a bib field's label: words, never the name's own "_" or "-"
    ("archive_collection" would stop LaTeX with "Missing $ inserted")."""
    return table.ADDENDUM_LABELS.get(name) or name.replace("_", " ").replace("-", " ").capitalize()


def segment(label: str, text: str) -> str:
    return f"{label}: {text}"


def _braced(text: str) -> str:
    return "{" + text + "}" if " " in text or "," in text else text


def display_names(names: list[Any]) -> str:
    """Names as read in a bibliography ("Theo van Gogh", "Ann Marie {Ruiz Ibáñez}"),
    in a form BibTeX's name parser reads back to the same parts."""
    written = []
    for name in names:
        if not isinstance(name, dict):
            written.append(encode(str(name)))
            continue
        if name.get("literal") or not name.get("family"):
            written.append("{" + encode(str(name.get("literal") or name.get("given") or "")) + "}")
            continue
        family = _braced(encode(str(name["family"])))
        particle = encode(str(name.get("non-dropping-particle") or name.get("dropping-particle") or ""))
        given = encode(str(name.get("given") or ""))
        if name.get("suffix"):
            last = f"{particle} {family}".strip()
            written.append(f"{last}, {encode(str(name['suffix']))}, {given}".rstrip(", "))
        else:
            written.append(" ".join(part for part in (given, particle, family) if part))
    return " and ".join(written)


#: label -> ("variable", CSL variable) for variables, ("field", bib field) for fields
#: the writer moved out of an entry type's data model
_BY_LABEL: dict[str, tuple[str, str]] = {}
for _rule in table.FIELD_RULES:
    if "biblatex" in _rule.dialects and _rule.csl and _rule.write:
        _BY_LABEL.setdefault(label_of(_rule.bib), ("field", _rule.bib))
for _variable in sorted(ALL_VARIABLES):
    _BY_LABEL[label_of(_variable)] = ("variable", _variable)

_SEGMENT_RE = lazy_compile(
    r"(?:^|(?<=\.)\s+)(?P<label>"
    + "|".join(sorted((re.escape(label) for label in _BY_LABEL), key=len, reverse=True))
    + r"): "
)


def read_segments(
    text: str, readable: Callable[[str, str], bool]
) -> tuple[str, list[tuple[str, str, str]]]:
    """Split an ``addendum`` into the user's own text and the writer's segments.

    Returns the text left (the part before the first segment the writer could have
    made) and the segments as (kind, name, value) with kind ``"variable"`` or
    ``"field"``.  ``readable(kind, name)`` says whether the writer could have put that
    variable or field in this entry's addendum; reading stops at the first label it
    refuses (reading from the end), which stays in the user's text with all before it.
    """
    matches = list(_SEGMENT_RE.finditer(text))
    run: list[re.Match[str]] = []
    for m in reversed(matches):  # the writer's segments come last, after the user's text
        if not readable(*_BY_LABEL[m["label"]]):
            break
        run.insert(0, m)
    if not run:
        return text, []
    segments = []
    for m, following in zip(run, [*run[1:], None], strict=True):
        value = text[m.end():following.start()] if following else text[m.end():]
        if following:
            value = _without_separator(value)
        segments.append((*_BY_LABEL[m["label"]], value.strip()))
    return _without_separator(text[:run[0].start()]), segments


def _without_separator(text: str) -> str:
    """Text before a segment, without the ". " the writer joined it with."""
    text = text.rstrip()
    return text[:-1] if text.endswith(".") else text
