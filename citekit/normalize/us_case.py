"""An American case by its reporter: "Dred Scott v. Sandford, 60 U.S. (19 How.) 393, 407 (1857)", "Commonwealth
v. Hunt, 45 Mass. (4 Met.) 111 (1842)", "State v. Mann, 13 N.C. (2 Dev.) 263, 266 (1829)", "Ex parte Milligan, 71
U.S. (4 Wall.) 2 (1866)", "Korematsu v. United States, 323 U.S. 214, 216 (1944)".

Historians cite a case as lawyers do: the parties, the reporter's volume and abbreviation (an early one with
the nominative reporter's volume and name in brackets), the first page, the page cited, the court and year in
brackets, perhaps the opinion cited ("(Harlan, J., dissenting)").  The tagger splits such a note at random (the parties as an author with "v." a particle, the reporter
as a series, the first page as the pinpoint).  The shape is fixed, so the step reads the whole text: the
``title`` (the parties), the ``volume``, the reporter (``container-title``; the nominative reporter, which the
official volume makes redundant, stays in the fields only, as the legal step leaves it), the first ``page``, the page cited (the locator), a court in the brackets
(``authority``), the year (``issued``) and the opinion (``note``).
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import expand_dashed_range, squash
from citekit.normalize.base import Context, ItemState, Normalizer

#: a reporter's abbreviation: "U.S.", "S. Ct.", "F.2d", "F. Supp. 2d", "Mass.", "N.C.", "N.E.2d", "Cal. App. 3d"
_REPORTER = r"(?:[A-Z][A-Za-z]{0,6}\.\s?){1,3}(?:[23]d|4th)?"
_CASE_RE = lazy_compile(
    r"^(?P<name>(?:In\sre|Ex\sparte)\s[^,()]{2,60}?|[A-Z][^,()]{1,80}?\sv\.?\s[A-Z][^,()]{1,80}?),\s"
    rf"(?P<volume>\d{{1,4}})\s(?P<reporter>{_REPORTER}?)"
    r"(?:\s\((?P<nominative>\d{1,3}\s[A-Z][A-Za-z.]{1,10}(?:\s[A-Z][a-z.]{1,6})?)\))?"
    r"\s(?P<page>\d{1,5})(?:,\s(?P<pin>\d{1,5}(?:\s?[–-]\s?\d{1,5})?(?:\sn\.\s?\d{1,3})?))?"
    r"\s\((?P<court>[^()]{2,30}?\s)?(?P<year>1[6-9]\d\d|20\d\d)\)"
    # (a justice's opinion or a history after it: "(Harlan, J., dissenting)")
    r"(?:\s\((?P<note>[^()]{3,80})\))?\.?$"
)
_OUTSIDE = ("signal",)


class UsCase(Normalizer):
    """"Parties, 60 U.S. (19 How.) 393, 407 (1857)" -> a ``legal_case`` with its reporter, pages and year."""

    name: ClassVar[str] = "us-case"
    code: ClassVar[str] = "P215"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "title", "title-short", "author", "container-title", "collection-title", "volume", "issue",
        "page", "authority", "issued", "note", "kind", "locator", "label",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if not sequence or len(sequence) > 10 or state.item.get("type") not in (None, "legal_case"):
            return
        # pre-test: the parties joined by "v." (or "In re", "Ex parte") in the first span
        first = sequence[0][1] if sequence[0][0] not in _OUTSIDE or len(sequence) < 2 else sequence[1][1]
        if " v" not in first and not first.startswith(("In re", "Ex parte")):
            return
        text = squash(" ".join(span.strip() for label, span in sequence if label not in _OUTSIDE)).strip()
        m = _CASE_RE.match(text)
        if m is None:
            return
        item = {
            "type": "legal_case",
            "title": m["name"],
            "container-title": m["reporter"].strip(),
            "volume": m["volume"],
            "page": m["page"],
        }
        if m["court"]:
            item["authority"] = m["court"].strip()
        item["issued"] = {"date-parts": [[int(m["year"])]]}
        if m["note"]:
            item["note"] = m["note"]
        state.item = item
        state.kind = "full"
        if m["pin"]:
            state.locator, state.label = expand_dashed_range(m["pin"]), "page"
        else:
            state.locator = state.label = None
