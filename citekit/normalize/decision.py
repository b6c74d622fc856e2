"""French and Italian court decisions: court, date, decision number ("CE, 12 juillet 2006, n° 298348").

Continental notes cite a decision by its court (and chamber), its date and its
number, then perhaps the report that prints it: "CE, ass., 3 juillet 1996,
n° 169219, Lebon p. 255", "Cass. civ., sez. III, 12 gennaio 2010, n. 238".
The tagger, trained on books and articles, reads the court as an author or a
title and the number as the page or note cited.  The number identifies the
decision (CSL ``number``), it is not a place in it; the court is the
``authority``; the report's page ("Lebon p. 412") is the decision's ``page`` in
its ``container-title``.  The step reads the whole citation's text and acts only
when it has this shape, before type inference (it sets ``legal_case``).  French notes abbreviate the
month ("20 févr. 2001"), number a Conseil constitutionnel decision with its kind ("n° 71-44 DC") and
cite the European courts the same way ("CJCE, 15 juillet 1964, Costa c/ ENEL, aff. 6/64, Rec. p. 1141").
An Italian note names the review that prints the decision by its year, part and column ("…, n. 13533, in
Foro it., 2002, I, c. 769"): year and part are its ``volume``, the column its ``page``.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._months import month_numbers
from citekit.normalize._text import squash
from citekit.normalize.base import Context, ItemState, Normalizer

#: French and Italian months, and French notes' abbreviations with their full stop ("20 févr. 2001")
_MONTHS = month_numbers("fr", "it", abbreviations=False, dotted=True)
#: the courts that open such a citation (French, Belgian, Italian), with a chamber written into the name
#: ("Cass. 1re civ.", "Cass. crim.", "Cons. Stato", "C. cost.", "T.A.R. Lazio", "Trib. Milano")
_COURT = (
    r"(?:CE|C\.\s?E\.|Cass\.(?:\s+(?:\d(?:re|e|ème)\s+)?(?:civ|crim|soc|com|pen|lav|ass\.\s*plén|ch\.\s*mixte)\.?)?"
    r"|Cons\.\s*(?:Stato|const\.|d'[ÉE]tat)|C\.\s*cost\.|Corte\s+cost\.|Corte\s+(?:cass|app)\.(?:\s+[A-Z]\w+)?"
    r"|Cons\.\s*const\.|CAA(?:\s+[A-Z]\w+)?|CA(?:\s+[A-Z]\w+)?|TA(?:\s+[A-Z]\w+)?|T\.?A\.?R\.?(?:\s+[A-Z]\w+)?"
    r"|Trib\.(?:\s+[A-Z]\w+)?|App\.\s+[A-Z]\w+|Conseil\s+d['’][ÉE]tat|Cour\s+de\s+cassation"
    r"|CJCE|CJUE|TPICE|CEDH|Cour\s+EDH)"
)
#: a chamber or formation after the court: "sez. III", "sez. un.", "ass.", "sect.", "1re civ.", "ch. mixte"
#: (a chamber's ordinal after the court's: "Cass. civ. 1re", "Cass. civ. 3e")
_CHAMBER = (
    r"(?:sez\.\s*(?:un\.?|[IVX]+|\d+|lav\.|trib\.)|[Ss]ect\.|[Aa]ss\.|\d(?:re|e|ème)\s+civ\.|civ\.|crim\.|soc\.|com\.|ch\.\s*\w+\.?"
    r"|\d(?:re|e|ème))"
)
#: the parties' name a French decision may carry before or after its number ("…, Koné, n° 169219"):
#: one or a few capitalised words, no digits
_PARTY = r"[A-ZÀ-Þ][\w'’.-]*(?:\s+(?:et\s+|de\s+|c\.\s+|c/\s*)?[A-ZÀ-Þ][\w'’.-]*){0,3}"
_MONTH = "|".join(re.escape(month) for month in sorted(_MONTHS, key=len, reverse=True))
_DECISION_RE = lazy_compile(
    rf"^(?P<court>{_COURT}(?:,?\s+{_CHAMBER})*)(?:,\s+|,?\s+(?:sent|ord)\.\s+)(?P<day>[0-3]?\d)(?:er|°|º)?\s+"
    rf"(?P<month>{_MONTH})\s*(?<=[\s.])(?P<year>1[89]\d\d|20\d\d),\s+(?:(?P<name1>{_PARTY}),\s+)?(?:n[°º]|n\.|no\.?|nos?|aff\.)\s*"
    rf"(?P<number>(?:[CT]-)?(?:\d[\d./-]*\d|\d)(?:\s+(?:DC|QPC|L|LP|LO|FNR|ORGA|I)\b)?)(?:,\s+(?P<name2>{_PARTY}(?=\s*\.?$)))?"
    r"(?:,\s+(?P<report>[^\d,][^,]*?),?\s+p\.\s*(?P<page>\d{1,5})"
    r"|,\s+in\s+(?P<review>[^\d,][^,]*?),\s*(?P<review_year>(?:19|20)\d\d),\s*(?:(?P<part>[IVX]{1,4}),\s*)?"
    r"(?:c|col)\.\s*(?P<column>\d{1,5}))?\s*\.?$",
    re.I,
)
#: the French reports and reviews that print decisions, cited by abbreviation: Dalloz ("D.", "DP" for the
#: Dalloz périodique), Sirey ("S."), the Gazette du Palais, the Semaine juridique ("JCP G"), the
#: Bulletins of the Cour de cassation, the Conseil d'État's Recueil ("Rec.", "Lebon") and law reviews
_FRENCH_REPORT = (
    r"(?:DP|D\.\s?P\.|D\.\s?H\.|D\.|S\.|Gaz\.\s*Pal\.|JCP(?:\s*[GENA]\b)?|Bull\.\s*(?:civ|crim)\.(?:\s*[IVX]+)?"
    r"|Rec\.(?:\s*Lebon)?|Lebon|RTD\s*civ\.|AJDA|RFDA|Dr\.\s*soc\.|JDI)"
)
#: a French decision cited by its report, without a number: "Cass. civ. 1re, 20 mai 1936, [Mercier,]
#: DP 1936, 1, 88[, rapp. Josserand]" -- the report's year and part are its volume, the page its page;
#: "CE, 19 févr. 1875, Prince Napoléon, Rec. 155" -- the page alone
_REPORTED_RE = lazy_compile(
    rf"^(?P<court>{_COURT}(?:,?\s+{_CHAMBER})*),\s+(?P<day>[0-3]?\d)(?:er|°|º)?\s+"
    rf"(?P<month>{_MONTH})\s*(?<=[\s.])(?P<year>1[89]\d\d|20\d\d)"
    rf"(?:,\s+(?P<name>{_PARTY}))?"
    rf",\s+(?P<report>{_FRENCH_REPORT})\s*(?:(?P<report_year>(?:18|19|20)\d\d)\s*,\s*(?:(?P<part>[IVX]{{1,4}}|\d)\s*,\s*)?)?"
    r"(?:p\.\s*)?(?P<page>\d{1,5})"
    r"(?P<tail>(?:,\s+(?:note|obs\.|concl\.|rapp\.|comm\.)\s+[^,\d]+?)*)\s*\.?$",
    re.I,
)
#: the court's first letters (a cheap test before the expressions)
_HEADS = frozenset("CcTA")
#: a court opening the first span (then a comma, a space or the span's end)
_COURT_START_RE = lazy_compile(rf"{_COURT}(?:[,\s]|$)", re.I)


class CourtDecision(Normalizer):
    """"Court, date, n° number[, Report p. N]" -> ``legal_case`` with ``authority`` and ``number``."""

    name: ClassVar[str] = "decision"
    code: ClassVar[str] = "P122"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "authority", "number", "issued", "container-title", "page", "author", "title", "title-short",
        "volume", "collection-title", "publisher", "publisher-place", "note", "original-date", "kind", "locator",
        "label", "suffix",
    )
    # (the court may come as a publisher or a periodical too: "Cass." + "soc.,")
    inputs: ClassVar[frozenset[str] | None] = frozenset(
        {"author", "title", "collection-title", "other", "publisher", "container-title"}
    )

    def __call__(self, state: ItemState, ctx: Context) -> None:
        if "type" in state.item:
            return
        sequence = state.sequence
        first = sequence[0][1] if sequence and sequence[0][0] != "signal" and sequence[0][0] != "punct" else next(
            (text for label, text in sequence if label not in ("punct", "signal")), ""
        )
        if first[:1] not in _HEADS or _COURT_START_RE.match(first) is None:
            return  # (no court opens the citation: most references stop here)
        text = _joined(state)
        m = _DECISION_RE.match(text)
        if m is None:
            reported = _REPORTED_RE.match(text)
            if reported is not None:
                _read_reported(state, reported)
            return
        item = state.item
        for key in ("author", "title", "title-short", "volume", "collection-title", "publisher", "publisher-place",
                    "container-title", "page", "note", "original-date"):
            item.pop(key, None)
        item["type"] = "legal_case"
        item["authority"] = m["court"]
        item["number"] = m["number"]
        item["issued"] = {"date-parts": [[int(m["year"]), _MONTHS[m["month"].lower()], int(m["day"])]]}
        if name := m["name1"] or m["name2"]:
            item["title"] = name.rstrip(".")
        if m["report"]:
            item["container-title"] = m["report"].strip()
            item["page"] = m["page"]
        elif m["review"]:
            # "in Foro it., 2002, I, c. 769": the review's year and part are its volume, the column the page
            item["container-title"] = m["review"].strip()
            item["volume"] = f"{m['review_year']}, {m['part']}" if m["part"] else m["review_year"]
            item["page"] = m["column"]
        state.locator = state.label = state.suffix = None
        state.kind = "full"


def _read_reported(state: ItemState, m: re.Match[str]) -> None:
    """"Cass. civ. 1re, 20 mai 1936, DP 1936, 1, 88": a decision known by its court, date and report."""
    item = state.item
    for key in ("author", "title", "title-short", "volume", "collection-title", "publisher", "publisher-place",
                "container-title", "page", "note", "original-date", "number"):
        item.pop(key, None)
    item["type"] = "legal_case"
    item["authority"] = m["court"]
    item["issued"] = {"date-parts": [[int(m["year"]), _MONTHS[m["month"].lower()], int(m["day"])]]}
    if m["name"]:
        item["title"] = m["name"].rstrip(".")
    item["container-title"] = m["report"].strip()
    if m["report_year"]:
        item["volume"] = f"{m['report_year']}, {m['part']}" if m["part"] else m["report_year"]
    item["page"] = m["page"]
    if m["tail"]:
        item["note"] = m["tail"].strip(" ,")  # "rapp. Josserand", "note Capitant": the commentary printed with it
    state.locator = state.label = state.suffix = None
    state.kind = "full"


def _joined(state: ItemState) -> str:
    """The citation's text after its signal, in one line."""
    return squash(" ".join(text for label, text in state.sequence if label != "signal")).strip()
