"""Spanish, Portuguese and Dutch decisions: "STS 123/2010, de 12 de marzo", "HR 5 november 1965, NJ 1966, 136".

Each tradition cites a decision by a shape of its own, none of which the tagger has learnt:

* Spanish notes give the kind of decision and the court in one siglum ("STS", "STC", "SAP Madrid"),
  the decision's number and year, then "de" and the day ("STC 11/1981, de 8 de abril, FJ 7"), or the
  full date and the Aranzadi repertory ("STS de 12 de marzo de 2010 (RJ 2010, 1234)"); a "FJ"
  (fundamento jurídico) cited is the locator, label ``paragraph``;
* Portuguese notes open with "Acórdão do" and the court ("Acórdão do STJ de 12 de março de 2010,
  proc. 123/05", "Acórdão do Tribunal Constitucional n.º 353/2012, de 5 de julho");
* Dutch notes give the court and the date, then the ECLI and the report ("HR 12 maart 2010,
  ECLI:NL:HR:2010:BK1234, NJ 2010/123"), the case's name in brackets ("(Kelderluik)").

The court (the siglum as written) is ``authority``, the decision's or the proceedings' number
``number`` (the ECLI where no number is given: it identifies the decision, like a neutral
citation), the report ``container-title`` with its year as ``volume`` and its entry as ``page``.
The first word of the note is the cheap test (``data/courts_national.txt``).  Runs before type
inference, which keeps the ``legal_case`` type set here; a type an earlier step guessed ("book" for
"HR" read as an author and "NJ" as a place) gives way, since the whole note has the shape.
"""

from __future__ import annotations

import functools
import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._months import month_numbers
from citekit.normalize._text import data_lines, squash
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables, item_variables

_MONTHS = month_numbers("es", "pt", "nl", abbreviations=False)
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_YEAR = r"1[89]\d\d|20\d\d"

_SPANISH_RE = lazy_compile(
    r"^(?P<court>(?:STS|STC|SAP|SAN|STSJ|ATS|ATC)(?:\s+[A-Z][\wáéíóú]+)?)(?:\s+\((?:Sala\s+)?[^()]{1,30}\))?"
    rf",?\s+(?:(?P<number>\d{{1,5}}/(?P<number_year>{_YEAR})),?\s+)?de\s+(?P<d>[0-3]?\d)\s+de\s+(?P<month>{_MONTH})"
    rf"(?:\s+de\s+(?P<y>{_YEAR}))?"
    rf"(?:,?\s*\((?P<report>RJ|RTC|EDJ|JUR|RJCA)\s+(?P<report_year>{_YEAR}),?\s*[/\\]?\s*(?P<entry>\d{{1,6}})\))?"
    r"(?:,\s*(?:FJ|F\.\s?J\.)\s*(?P<fj>\d{1,3}(?:\s?[-–]\s?\d{1,3})?))?\s*\.?$",
    re.I,
)
_PORTUGUESE_RE = lazy_compile(
    r"^(?:Acórdão|Ac\.)\s+d[oa]\s+(?P<court>[A-Z][\wçãáéíóú]*(?:\s+(?:de\s+|da\s+|do\s+)?[A-Z][\wçãáéíóú]*){0,4})"
    rf"(?:\s+n\.?[º°]\s*(?P<number>\d{{1,5}}/(?P<number_year>\d{{2}}|{_YEAR})))?,?\s+de\s+(?P<d>[0-3]?\d)"
    rf"(?:\.(?P<m>[01]?\d)\.(?P<y2>{_YEAR})|\s+de\s+(?P<month>{_MONTH})(?:\s+de\s+(?P<y>{_YEAR}))?)"
    r"(?:,\s*(?:proc\.|processo)\s*(?:n\.?[º°]\s*)?(?P<proc>\d[\w./-]*\w))?\s*\.?$",
    re.I,
)
_DUTCH_RE = lazy_compile(
    r"^(?P<court>HR|Hoge\s+Raad|Rb\.?\s+[A-Z][\w-]+|Hof\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?|CRvB|ABRvS|CBb)"
    rf",?\s+(?P<d>[0-3]?\d)\s+(?P<month>{_MONTH})\s+(?P<y>{_YEAR})"
    r"(?:,\s*(?P<ecli>ECLI:\s?NL:\s?[A-Z]+:\s?\d{4}:\s?[A-Z0-9]+))?"
    rf"(?:,\s*(?P<report>NJ|AB|JOR|RvdW|JAR|BNB|NJB)\s+(?P<report_year>{_YEAR})\s*[/,]\s*(?P<entry>\d{{1,5}}))?"
    r"(?:,?\s*\((?P<name>[^()]{2,60})\))?\s*\.?$",
)


@functools.cache
def _heads() -> frozenset[str]:
    return frozenset(data_lines("courts_national.txt"))


@functools.cache
def _head_letters() -> frozenset[str]:
    return frozenset(head[0] for head in _heads())


class NationalDecision(Normalizer):
    """Spanish, Portuguese and Dutch decisions -> a ``legal_case`` with its court, number, date and report."""

    name: ClassVar[str] = "national-decision"
    code: ClassVar[str] = "P139"
    keys: ClassVar[tuple[str, ...]] = (
        "archive", "archive_location", "archive_collection", "archive-place", "recipient", "editor", "translator",
        "type", "authority", "number", "issued", "original-date", "genre", "container-title", "volume", "page",
        "author", "title", "title-short", "note", "publisher", "publisher-place", "collection-title",
        "issue", "language", "edition", "archive_location", "kind", "locator", "label", "suffix",
    )
    inputs: ClassVar[frozenset[str] | None] = None  # (the tagger gives these notes any labels at all)

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if not sequence:
            return
        label, first = sequence[0]
        if label == "signal":
            first = next((text for label, text in sequence if label != "signal"), "").lstrip()
        if first[:1] not in _head_letters():
            return  # (the cheapest test first: most references open with another letter)
        cut = first.find(" ")
        head = (first[:cut] if cut > 0 else first).rstrip(",")
        if head not in _heads():
            return  # (no court's siglum opens the note: most references stop here)
        text = squash(" ".join(text for label, text in sequence if label != "signal")).strip()
        m = _SPANISH_RE.match(text) or _PORTUGUESE_RE.match(text) or _DUTCH_RE.match(text)
        if m is None:
            return
        groups = m.groupdict()
        year = groups.get("y") or groups.get("y2") or groups.get("number_year")
        if year is None or len(year) != 4:
            return  # (a date with no year we can trust)
        month = int(groups["m"]) if groups.get("m") else _MONTHS[groups["month"].lower()]
        item = state.item
        drop_variables(item, _CLEARED)
        item["type"] = "legal_case"
        item["authority"] = squash(m["court"])
        item["issued"] = {"date-parts": [[int(year), month, int(m["d"])]]}
        number = groups.get("proc") or groups.get("number") or (groups.get("ecli") or "").replace(" ", "")
        if number:
            item["number"] = number
        if groups.get("report"):
            item["container-title"] = m["report"]
            item["volume"], item["page"] = m["report_year"], m["entry"]
        if groups.get("name"):
            item["title"] = m["name"].strip()
        state.kind = "full"
        state.locator = state.label = state.suffix = None
        if groups.get("fj"):
            state.locator, state.label = m["fj"].replace("–", "-").replace(" ", ""), "paragraph"


#: the variables an earlier step may have read into such a note: all of them give way
_CLEARED = item_variables(NationalDecision.keys)
