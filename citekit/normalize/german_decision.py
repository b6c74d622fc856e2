"""German decisions by court, date and docket number: "BGH, Urt. v. 12.3.2003 – VIII ZR 12/02, NJW 2003, 1234".

German, Austrian and Swiss notes cite a decision by its court, the kind of decision and its date
("Urt. v.", "Beschl. vom"), its docket number ("VIII ZR 12/02", "1 BvR 400/51", "Rs. 26/62" at the
Court of Justice, "5493/72" at Strasbourg), then the periodical or the official collection that
prints it ("NJW 2003, 1234", "BVerfGE 7, 198") and the pinpoint (a page, or a marginal number
"Rn. 14" of the decision: label ``paragraph``); an Austrian note may give court and docket alone
("OGH 9 ObA 12/19x"), a Swiss one the official collection alone ("BGE 135 III 1 E. 2.3": volume
"135 III", the reasons cited "E. 2.3" the locator, label ``paragraph``).  The tagger splits such a note at random (the date span runs on into the
periodical), so the step reads the whole text.  The court opens the note: its abbreviation is in
``data/courts_german.txt`` (the cheap test); the court is ``authority``, the docket ``number``,
the periodical ``container-title`` with its year or volume and first ``page``.  Runs before type
inference, which keeps the ``legal_case`` type set here; a type an earlier step guessed (a
"manuscript" for a docket read as a shelf-mark) gives way, since the whole note has the shape.
"""

from __future__ import annotations

import functools
import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import data_lines, squash
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables, item_variables

#: the docket numbers: German and Austrian ("VIII ZR 12/02", "9 ObA 12/19x", the Federal Social Court's
#: "B 10 EG 2/09 R"), the Court of Justice's
#: case ("Rs. 26/62", "Rs. C-6/64"), an application to the Strasbourg court ("5493/72")
_DOCKET = (
    r"(?:(?:[IVX]+|\d{1,2})\s+[A-Z][A-Za-z]{0,4}\s+\d{1,5}/\d{2,4}[a-z]?|B\s+\d{1,2}\s+[A-Z]{1,3}\s+\d{1,4}/\d{2}\s+R|Rs\.\s*(?:[CT]-)?\d{1,4}/\d{2}"
    r"|\d{1,6}/\d{2})"
)
#: what prints the decision: a periodical with its year ("NJW 2003, 1234"), an official collection with
#: its volume ("BVerfGE 7, 198", "Slg. 1963, 1"), then the pinpoint (", 1236", " (205)", " Rn. 14")
_REPORT = (
    r"(?P<report>[A-ZÄÖÜ][\wäöü.-]*)\s+(?P<volume>\d{1,4}),\s*(?:S\.\s*)?(?P<page>\d{1,5})"
    r"(?:,\s*(?:S\.\s*)?(?P<pin>\d{1,5})|\s*\((?P<bracket_pin>\d{1,5})\)|,?\s+Rn\.\s*(?P<rn>\d{1,4}(?:\s?[-–]\s?\d{1,4})?))?"
)
_DECISION_RE = lazy_compile(
    r"^(?P<court>[A-ZÄÖÜ][\w]*(?:\s+[A-ZÄÖÜ][\wäöüß.-]+)?),?\s+"
    r"(?:(?:(?P<genre>Urt\.|Urteil|Beschl\.|Beschluss|Entsch\.|Entscheidung|Gutachten|Erk\.)\s+(?:v\.|vom)\s+)?"
    r"(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>1[89]\d\d|20\d\d)\s*(?:[–—-]\s*)?)?"
    rf"(?:(?P<number>{_DOCKET})(?:,\s*|\s*\.?$))?"
    rf"(?:{_REPORT}|(?<=,\s)(?P<name>[A-ZÄÖÜ][^\d,]*?))?\s*\.?$"
)

_YEAR_RE = lazy_compile(r"^(?:1[89]|20)\d\d$")

#: the Swiss Federal Supreme Court's official collection: "BGE 135 III 1 E. 2.3" (volume, part, first page,
#: the reasons cited: "E." = Erwägung, "consid." in French, label ``paragraph``)
_SWISS_COLLECTIONS = frozenset({"BGE", "ATF", "DTF"})
_SWISS_RE = lazy_compile(
    r"^(?P<report>BGE|ATF|DTF)\s+(?P<volume>\d{1,3})\s+(?P<part>I[ab]?|II|III|IV|V)\s+(?P<page>\d{1,4})"
    r"(?:,?\s+(?P<pin>\d{1,4})|,?\s+(?:E\.|consid\.|c\.)\s*(?P<reason>\d{1,2}(?:\.\d{1,2})*[a-z]?))?\s*\.?$"
)


#: the German courts' official collections, which a note may cite alone: "BVerfGE 65, 1 (43) – Volkszählung"
#: (volume, first page, the pinpoint in brackets or after a comma, the decision's popular name after a dash,
#: which the tagger's fields may have lost)
_OFFICIAL_COLLECTIONS = frozenset({"BVerfGE", "BVerfGK", "BGHZ", "BGHSt", "BVerwGE", "BAGE", "BSGE", "BFHE",
                                   "RGZ", "RGSt"})
_OFFICIAL_RE = lazy_compile(
    r"^(?P<report>[A-Z][A-Za-z]+)\s+(?P<volume>\d{1,4}),\s*(?P<page>\d{1,5})"
    r"(?:\s*\((?P<bracket_pin>\d{1,5}(?:\s?[-–]\s?\d{1,5}|\s?f{1,2}\.)?)\)|,\s*(?P<pin>\d{1,5}(?:\s?[-–]\s?\d{1,5}|\s?f{1,2}\.)?))?"
    r"(?:\s*[–—]?\s+(?P<name>[A-ZÄÖÜ„“\"»«][^\d]*?))?\s*\.?$"
)


def _collection_cited(state: ItemState, pattern: re.Pattern[str]) -> re.Match[str] | None:
    """A decision cited by an official collection alone (``pattern`` the collection's shape): what it
    has of any such citation -- the type, the collection as container, the first page -- put in place."""
    m = pattern.match(squash(" ".join(text for label, text in state.sequence if label != "signal")).strip())
    if m is None:
        return None
    item = state.item
    drop_variables(item, _CLEARED)
    item["type"] = "legal_case"
    item["container-title"] = m["report"]
    item["page"] = m["page"]
    state.kind = "full"
    state.locator = state.label = state.suffix = None
    return m


def _official_collection(state: ItemState) -> None:
    """"BVerfGE 65, 1 (43) – Volkszählung": the collection is the container, the decision's name its title."""
    m = _collection_cited(state, _OFFICIAL_RE)
    if m is None:
        return
    state.item["volume"] = m["volume"]
    if m["name"]:
        state.item["title"] = m["name"].strip(" „“”\"»«")
    pin = m["bracket_pin"] or m["pin"]
    if pin:
        state.locator, state.label = re.sub(r"\s?[-–]\s?", "-", pin), "page"


def _swiss_collection(state: ItemState) -> None:
    """"BGE 135 III 1 E. 2.3": the collection is the container, its volume and part the ``volume``."""
    m = _collection_cited(state, _SWISS_RE)
    if m is None:
        return
    state.item["volume"] = f"{m['volume']} {m['part']}"
    if m["pin"]:
        state.locator, state.label = m["pin"], "page"
    elif m["reason"]:
        state.locator, state.label = m["reason"], "paragraph"


@functools.cache
def _courts() -> frozenset[str]:
    return frozenset(data_lines("courts_german.txt"))


@functools.cache
def _court_letters() -> frozenset[str]:
    return frozenset(court[0] for court in _courts() | _SWISS_COLLECTIONS | _OFFICIAL_COLLECTIONS)


class GermanDecision(Normalizer):
    """"Court, Urt. v. date – docket, NJW 2003, 1234" -> a ``legal_case`` with its court, number and report."""

    name: ClassVar[str] = "german-decision"
    code: ClassVar[str] = "P138"
    keys: ClassVar[tuple[str, ...]] = (
        "archive", "archive_location", "archive_collection", "archive-place", "recipient", "editor", "translator",
        "type", "authority", "number", "issued", "original-date", "genre", "container-title", "volume", "page",
        "author", "title", "title-short", "note", "publisher", "publisher-place", "collection-title", "issue",
        "language", "kind", "locator", "label", "suffix",
    )
    # (the Swiss collection comes as the locator alone: "BGE 135 III 1 E. 2.3")
    inputs: ClassVar[frozenset[str] | None] = frozenset(
        {"author", "title", "other", "note", "container-title", "locator"}
    )

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        sequence = state.sequence
        first = sequence[0][1] if sequence and sequence[0][0] != "signal" else next(
            (text for label, text in sequence if label != "signal"), ""
        )
        if first[:1] not in _court_letters():
            return  # (the cheapest test first: most references open with another letter)
        head = first.lstrip().split(None, 1)[0].rstrip(",") if first.strip() else ""
        if head in _SWISS_COLLECTIONS:
            _swiss_collection(state)
            return
        if head in _OFFICIAL_COLLECTIONS:
            _official_collection(state)
            return
        if head not in _courts():
            return  # (no court opens the note: most references stop here)
        m = _DECISION_RE.match(squash(" ".join(text for label, text in sequence if label != "signal")).strip())
        if m is None or m["court"].split()[0] not in _courts() or not (m["number"] or m["report"]):
            return
        report = m["report"]
        if report and sum(ch.isupper() for ch in report) < 2 and not report.endswith("."):
            return  # (a periodical's or a collection's abbreviation: "NJW", "BVerfGE", "Slg.", not "Haftung")
        drop_variables(item, _CLEARED)
        item["type"] = "legal_case"
        item["authority"] = m["court"]
        if m["number"]:
            item["number"] = m["number"]
        if m["genre"]:
            item["genre"] = m["genre"]
        if m["y"]:
            item["issued"] = {"date-parts": [[int(m["y"]), int(m["m"]), int(m["d"])]]}
        elif m["report"] and _YEAR_RE.match(m["volume"]):
            item["issued"] = {"date-parts": [[int(m["volume"])]]}  # "BGH NJW 2003, 1234": the periodical's year
        state.kind = "full"
        state.locator = state.label = state.suffix = None
        if m["name"]:
            item["title"] = m["name"].strip()
        if m["report"]:
            item["container-title"] = m["report"]
            if not _YEAR_RE.match(m["volume"]):
                item["volume"] = m["volume"]  # an official collection's volume, not a periodical's year
            item["page"] = m["page"]
            if m["pin"] or m["bracket_pin"]:
                state.locator, state.label = m["pin"] or m["bracket_pin"], "page"
            elif m["rn"]:
                state.locator, state.label = m["rn"].replace("–", "-").replace(" ", ""), "paragraph"


#: the variables an earlier step may have read into such a note: all of them give way
_CLEARED = item_variables(GermanDecision.keys)
