"""An edition in a series of editions of early modern texts, named between the editors and the imprint:
"Shakespeare, Hamlet, ed. by Ann Thompson and Neil Taylor, The Arden Shakespeare, Third Series (London:
Thomson Learning, 2006)", "Sir Thomas More, ed. by W. W. Greg, rev. by Harold Jenkins, Malone Society
Reprints (Oxford: …)", "The Book of Margery Kempe, ed. by … Allen, EETS o.s. 212 (London: …)".

The tagger has seen few such series: it reads the series as the title and the author, title and editors
before it as one author span, or the series into the editors' span and its number as the pinpoint.  The
series are listed (``data/edition_series.txt``), so this step finds one closing the text before the imprint's
bracket and reads the head again: "[Author, ]Title, ed. (by) Names[, rev. by Names][, trans. by Names]" (a series
with no editor, reviser or translator before it is left to the other steps).
The author is the part before the first comma when a title follows it and it is a person's name; the
series -> ``collection-title`` (with its sub-series: "Third Series"), its number -> ``collection-number``;
the revisers, for whom CSL has no role, are kept in ``note``.  A pinpoint taken from the series' number is
read again from the end of the note.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_names
from citekit.normalize._text import data_lines, expand_dashed_range, hyphen_range, whole_text
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.pages import LOCATOR_LABELS
from citekit.normalize.title import put_title

_SUBSERIES = (
    r"(?:,\s(?:(?:First|Second|Third|Fourth|Fifth|New|Original|Extra|Supplementary)\s[Ss]eries"
    r"|\d(?:st|nd|rd|th)\s[Ss]er(?:ies|\.)|[no]\.\s?s\.))?"
)
#: the roles in the head, each opening with its word
_ROLE_RE = lazy_compile(
    r",\s(?P<role>ed\.(?:\sby)?|eds\.|edited\sby|rev\.(?:\sby)?|revised\sby|trans\.(?:\sby)?|translated\sby)\s"
)
#: what the head's first part must look like to be an author: a person's name (initials or words, a particle)
_PERSON_RE = lazy_compile(
    r"^(?:(?:Sir|Dame)\s)?(?:[A-Z]\.\s?|[A-Z][a-zà-ÿ’'-]+\s){0,3}(?:(?:de|van|von|du|la|le)\s)?[A-Z][a-zà-ÿ’'-]+$"
)
#: a pinpoint closing the note: "p. 17", "ll. 120–35", "l. 1725", "3.1.55–87", "III, 312"
_PIN_RE = lazy_compile(
    r"^[.,]?\s*(?:(?P<word>pp?|ll?|fols?|sigs?)\.?\s)?(?P<value>[\w.]*\w(?:\s?[-–]\s?[\w.]*\w)?)\.?$"
)
_PATTERN: re.Pattern[str] | None = None


def _pattern() -> re.Pattern[str]:
    """The note's shape with the listed series, built once."""
    global _PATTERN
    if _PATTERN is None:
        names: set[str] = set()
        for line in data_lines("edition_series.txt"):
            names.add(line)
            if line.startswith("The "):
                names.add(line[4:])
        alternatives = "|".join(re.escape(name) for name in sorted(names, key=len, reverse=True))
        _PATTERN = re.compile(
            rf"^(?P<head>[^()]{{3,300}}?),\s(?P<series>(?:{alternatives}){_SUBSERIES})"
            r"(?:,?\s(?P<number>\d{1,4}(?:\s?[-–]\s?\d{1,4})?))?,?\s\((?P<imprint>[^()]{3,120})\)(?P<tail>.*)$"
        )
    return _PATTERN


class EditionSeries(Normalizer):
    """"[Author, ]Title, ed. by X, Series[ N] (imprint)" -> author, title, editor, ``collection-title``/-number."""

    name: ClassVar[str] = "edition-series"
    code: ClassVar[str] = "P167"
    keys: ClassVar[tuple[str, ...]] = (
        "author", "title", "title-short", "editor", "translator", "collection-title", "collection-number",
        "container-title", "volume", "note", "locator", "label", "suffix",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        full = whole_text(state.sequence, state.derived)
        # pre-test: an editor's, reviser's or translator's word (or EETS, cited after its editor's name in a span
        # of its own), an imprint's bracket and a comma before it
        if ", ed" not in full and ", trans" not in full and ", rev" not in full and "EETS" not in full:
            return
        bracket = full.find(" (")
        if bracket < 8 or "," not in full[:bracket]:
            return
        m = _pattern().match(full)
        if m is None:
            return
        head = _read_head(m["head"])
        if head is None:
            return
        author, title, roles = head
        item = state.item
        if author is not None:
            item["author"] = author
        else:
            item.pop("author", None)
        put_title(item, title)
        for role in ("editor", "translator"):
            if role in roles:
                item[role] = roles[role]
            elif role == "editor" and "editor" in item and roles:
                del item["editor"]  # (the series or the title read as an editor)
        if "reviser" in roles:
            revisers = f"rev. by {roles['reviser']}"
            item["note"] = f"{item['note']}; {revisers}" if isinstance(item.get("note"), str) else revisers
        series, number = m["series"], m["number"]
        item["collection-title"] = series
        container = item.get("container-title")
        if isinstance(roles.get("container-title"), str):
            item["container-title"] = roles["container-title"]
        elif isinstance(container, str) and (series in container or container in series):
            del item["container-title"]
        if number:
            item["collection-number"] = hyphen_range(number)
            if item.get("volume") == number:
                del item["volume"]
            if state.locator == number:
                state.locator = state.label = None
                pin = _PIN_RE.match(m["tail"].strip())
                if pin is not None and any(c.isdigit() for c in pin["value"]):
                    label = LOCATOR_LABELS.get((pin["word"] or "p").lower(), "page")
                    value = pin["value"]
                    state.locator = expand_dashed_range(value) if label in ("page", "line") else hyphen_range(value)
                    state.label = label
                    if state.suffix and value in state.suffix:
                        state.suffix = None


def _read_head(head: str) -> tuple[list[dict[str, str]] | None, str, dict[str, object]] | None:
    """"William Shakespeare, Hamlet, ed. by A and B" -> (authors or None, title, {role: names or text}); a
    collection the work is printed in ("Mankind, in The Macro Plays") as the role ``container-title``."""
    cuts = list(_ROLE_RE.finditer(head))
    work = head[: cuts[0].start()] if cuts else head
    roles: dict[str, object] = {}
    for i, cut in enumerate(cuts):
        end = cuts[i + 1].start() if i + 1 < len(cuts) else len(head)
        names = head[cut.end() : end].strip(" ,")
        word = cut["role"][:3]
        if word == "rev":
            roles["reviser"] = names
            continue
        people, _ = parse_names(names)
        if not people or any("literal" in person for person in people):
            return None
        roles["editor" if word in ("ed.", "eds", "edi") else "translator"] = people
    author: list[dict[str, str]] | None = None
    title = work.strip(" ,")
    first, comma, rest = title.partition(", ")
    if comma and rest.startswith("in ") and len(rest) > 5:
        # "Mankind, in The Macro Plays, ed. by …": a work printed in a collection of the series
        roles["container-title"] = rest[3:].strip()
        title = first
    elif comma and not first.startswith(("The ", "A ", "An ")) and all(
        _PERSON_RE.match(name) for name in first.split(" and ")
    ):
        # "Thomas Middleton and William Rowley, The Changeling": one or two people, then the title
        people, _ = parse_names(first)
        if people and all("family" in person for person in people):
            author, title = people, rest.strip()
    if not title or len(title) < 2:
        return None
    return author, title, roles
