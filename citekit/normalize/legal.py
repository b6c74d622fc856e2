"""Court decisions: the court -> ``authority``, the docket number -> ``number``.

A decision has no author: "BGH NJW 2003, 1234" names the court where a
book names its author, and English and US reports put the court in brackets
after the report ("[1932] AC 562 (HL)", "(9th Cir. 1995)").  Zotero's *case*
and biblatex's ``jurisdiction`` keep the court in a field of its own, so
it goes to CSL ``authority`` as written (never title-cased: "BGH", not
"Bgh").  A German docket number ("VIII ZR 12/02") is the CSL ``number``;
read together with the decision's date ("12.3.2003 – 1 BvR 12/02") the
date becomes ``issued``; a date span that took the chamber number ("12.3.2003 – 5" +
"AZR 12/02") gives it back.  :func:`court_and_periodical` lets the names step read
an author span "BGH NJW" as court and periodical, before pages and type need them.
Runs after type inference and touches ``legal_case`` items only.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import squash, strip_brackets
from citekit.normalize.base import Context, ItemState, Normalizer

#: courts cited in place of an author (German, Austrian, Swiss, EU, Italian, French, UK, US)
_COURT_RE = lazy_compile(
    r"^(?:BGH|BVerfG|BAG|BSG|BFH|BVerwG|BPatG|RG|OGH|VfGH|VwGH|BGer|EuGH|EuG|EGMR|ECJ|ECtHR|CJEU|"
    r"(?:OLG|LG|AG|LAG|ArbG|VG|OVG|VGH|FG|SG|LSG|KG)(?:\s+[A-ZÄÖÜ][\wäöüß.-]+){0,2}|"
    r"Cass\.?(?:\s+(?:civ|crim|soc|com)\.?)?(?:,?\s+sez\.\s*(?:un|[IVX\d]+)\.?)?|Cons\.\s*(?:Stato|const\.)|"
    r"C\.\s*cost\.|Corte\s+cost\.|Trib\.(?:\s+[A-Z][\w]+)?|CE|HL|UKSC|UKHL|PC|SCOTUS)$"
)
#: a court in the brackets after a report: "(HL)", "(CA)", "(9th Cir.)", "(S.D.N.Y.)"
_REPORT_COURT_RE = lazy_compile(
    r"^(?:HL|CA|PC|UKSC|UKHL|CCA|Ch|QB|KB|EWCA|EWHC|Fam|"
    r"(?:\d+(?:st|nd|rd|th|d)|D\.C\.|Fed\.)\s+Cir\.|[A-Z](?:\.\s?[A-Z])*\.?\s?D\.\s?[A-Z][\w.]*|"
    r"[A-Z][a-z]{1,4}\.(?:\s(?:Ct\.\s)?App\.)?)$"
)
#: "vom" / "v." after the kind of decision: the decision's date follows
_DATED_RE = lazy_compile(r"\s+(?:v\.?|vom)$")
#: a German or Austrian docket number: "VIII ZR 12/02", "1 BvR 400/51", "5 AZR 12/02", "9 ObA 12/19"
#: (the chamber number, then the register and the case: a date span may take the first part alone)
_CHAMBER = r"(?:[IVX]+|\d{1,2})"
_REGISTER_AND_CASE = r"[A-Z][A-Za-z]{0,4}\s+\d{1,5}/\d{2,4}"
_DOCKET = rf"{_CHAMBER}\s+{_REGISTER_AND_CASE}"
_DOCKET_RE = lazy_compile(rf"^{_DOCKET}$")
#: the date and docket number read as one note: "12.3.2003 – 1 BvR 12/02"
_DATED_DOCKET_RE = lazy_compile(
    rf"^(?P<d>[0-3]?\d)\.\s?(?P<m>[01]?\d)\.\s?(?P<y>1[89]\d\d|20\d\d)\s*[–—-]\s*(?P<docket>{_DOCKET})$"
)


class LegalCase(Normalizer):
    """A ``legal_case``'s court and docket number -> ``authority`` and ``number``."""

    name: ClassVar[str] = "legal"
    code: ClassVar[str] = "P117"
    keys: ClassVar[tuple[str, ...]] = (
        "authority", "number", "author", "note", "genre", "issued", "page", "volume", "original-date",
        "locator", "label", "suffix", "container-title", "title",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"author", "note", "pages", "container-title", "title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        if item.get("type") != "legal_case":
            return
        title = str(item.get("title") or "")
        if title[-1:] in ".)" and "container-title" not in item and (report := _REPORT_IN_TITLE_RE.match(title)):
            # "Marbury v. Madison, 5 U.S. (1 Cranch)" + "137,": the reporter rode in the title span, so
            # the number after it, read as the volume, is the first page
            if str(item.get("volume") or "").isdigit() and "page" not in item:
                item["page"] = item.pop("volume")
            if "volume" not in item:
                item["title"], item["volume"], item["container-title"] = (
                    report["name"], report["volume"], report["reporter"])
        if "container-title" not in item and "page" not in item and state.label == "page" and state.locator:
            _report_from_locator(state)
        container = str(item.get("container-title") or "")
        if (court := _NEUTRAL_COURT_FIRST_RE.match(container)) and str(item.get("page") or "").isdigit():
            # "[2005] EWCA Civ 123, [2006] QB 45" with the court tagged as a first container
            item["page"] = f"{court['court']} {item['page']}"
            item["container-title"] = court["report"]
        if "page" in item and _NEUTRAL_RE.match(str(item["page"])):
            _neutral_citation(state)
        courts = [c for c in (court_name(t) for t in state.spans.get("author", ())) if c]
        if courts and len(courts) == len(state.spans["author"]) and "authority" not in item:
            item.pop("author", None)
            item["authority"] = courts[0]
        genre = item.get("genre")
        if genre:
            item["genre"] = _DATED_RE.sub("", genre)  # "Urt. v." (Urteil vom): the date follows
        notes = [_unbracket(t) for t in state.spans.get("note", ())]
        kept: list[str] = []
        for note in notes:
            # a docket number ends in digits: a period after them ends the sentence
            bare = note[:-1] if note[-2:-1].isdigit() and note.endswith(".") else note
            if "authority" not in item and _REPORT_COURT_RE.match(note):
                item["authority"] = note
            elif "number" not in item and _DOCKET_RE.match(bare.lstrip("–- ")):
                item["number"] = bare.lstrip("–- ")
            elif "number" not in item and (head := _docket_head(state)) and _DOCKET_TAIL_RE.match(bare):
                # "12.3.2003 – 5" + "AZR 12/02": the date span took the docket's first part
                item["number"] = f"{head} {bare}"
            elif "number" not in item and (dated := _DATED_DOCKET_RE.match(bare)):
                # "12.3.2003 – 1 BvR 12/02": the decision's date, then its docket number
                item["number"] = dated["docket"]
                if "issued" not in item:
                    item["issued"] = {"date-parts": [[int(dated["y"]), int(dated["m"]), int(dated["d"])]]}
            elif note:
                kept.append(note)
        if len(kept) != len(notes):
            if kept:
                item["note"] = "; ".join(kept)
            else:
                item.pop("note", None)


#: the courts of British and Irish neutral citations ("[2017] UKSC 5", "[2005] EWCA Civ 123")
_NEUTRAL_COURTS = r"(?:UKSC|UKHL|UKPC|EWCA\s+(?:Civ|Crim)|EWHC|CSIH|CSOH|NICA|IESC|IEHC|UKUT)"
#: a neutral citation's court and number, read by the pages step as a page: "UKSC 5", "EWCA Civ 123"
_NEUTRAL_RE = lazy_compile(rf"^{_NEUTRAL_COURTS}\s+\d+(?:\s+\([A-Za-z ]+\))?$")


#: a US case name, then its reporter's volume and name (and a nominative reporter in brackets)
_REPORT_IN_TITLE_RE = lazy_compile(
    r"^(?P<name>.+?\sv\.?\s.+?),\s+(?P<volume>\d{1,4})\s+(?P<reporter>(?:U\.S\.|S\.\s?Ct\.|F\.(?:\s?(?:2d|3d|4th))?|"
    r"F\.\s?Supp\.(?:\s?[23]d)?|L\.\s?Ed\.(?:\s?2d)?))(?:\s*\(\d+\s+[A-Z][a-z]+\.?\))?$"
)
#: the court tagged as a first container before the law report: "EWCA Civ" + "QB" joined as "EWCA Civ. QB"
_NEUTRAL_COURT_FIRST_RE = lazy_compile(rf"^(?P<court>{_NEUTRAL_COURTS})\.?\s+(?P<report>\S.*)$")


def _neutral_citation(state: ItemState) -> None:
    """"R (Miller) v Secretary of State … [2017] UKSC 5, [2018] AC 61 [43]": the neutral citation is the
    decision's number (its court the authority), the law report after it gives the first page (the
    report's year is the volume of such series), and the bracketed number the paragraph cited."""
    item = state.item
    neutral = str(item.pop("page"))
    year = (item.get("issued") or {}).get("date-parts", [[None]])[0][0]
    item.setdefault("authority", re.sub(r"\s+\d+.*$", "", neutral))  # "UKSC", "EWCA Civ"
    item.setdefault("number", f"[{year}] {neutral}" if year else neutral)
    report_year = (item.pop("original-date", None) or {}).get("date-parts", [[None]])[0][0]
    if report_year and "volume" not in item:
        item["volume"] = str(report_year)
    if state.label == "page" and state.locator and state.locator.isdigit() and "container-title" in item:
        item["page"] = state.locator  # the report's first page, read as the pinpoint
        state.locator, state.label = None, None
        if state.suffix and state.suffix.strip("[]. ").isdigit():
            state.locator, state.label, state.suffix = state.suffix.strip("[]. "), "paragraph", None


#: a law report read as the pinpoint: "14 QBD 273", "[1932] AC 562, 580" (volume, report, first page, pinpoint)
_REPORT_AS_LOCATOR_RE = lazy_compile(
    r"^(?:(?P<volume>\d{1,4})\s+)?(?P<report>[A-Z][A-Za-z.&']*(?:\s+[A-Z][A-Za-z.&']*){0,3})\s+(?P<page>\d{1,5})"
    r"(?:,\s*(?P<pin>\d{1,5}))?$"
)


def _report_from_locator(state: ItemState) -> None:
    """"R v Dudley and Stephens (1884) 14 QBD 273": the report after the case's year, which the
    tagger took for the pinpoint, is the report's volume, name and first page."""
    match = _REPORT_AS_LOCATOR_RE.match(str(state.locator))
    if match is None or (match["volume"] is None and not _REPORT_ABBR_RE.match(match["report"])):
        return
    item = state.item
    if match["volume"] and "volume" not in item:
        item["volume"] = match["volume"]
    item["container-title"] = match["report"]
    item["page"] = match["page"]
    state.locator = match["pin"]
    state.label = "page" if match["pin"] else None
    if match["pin"] is None and (cited := state.spans.get("locator")):
        # "(1976) 1 EHRR 737, para 49": the paragraph cited, which the pages step set aside for the report
        para = _PARAGRAPH_RE.match(squash(cited[-1]))
        if para:
            state.locator, state.label = para["para"].replace("–", "-"), "paragraph"


#: a paragraph cited after the report: "para 49", "paras 12–14", "§ 45", "¶ 7"
_PARAGRAPH_RE = lazy_compile(r"^(?:(?:at\s+)?paras?\.?|¶¶?|§§?)\s*(?P<para>\d{1,4}(?:\s?[-–]\s?\d{1,4})?)\s*[.;]?$")


#: a report's abbreviation alone, with no volume before it ("AC", "QB", "All ER"): capitals only
_REPORT_ABBR_RE = lazy_compile(r"^[A-Z][A-Z.&]{1,6}(?:\s+[A-Z][A-Za-z.]{1,4})?$")


#: the docket number without its leading chamber number ("AZR 12/02" of "5 AZR 12/02")
_DOCKET_TAIL_RE = lazy_compile(rf"^{_REGISTER_AND_CASE}$")
#: a date span that ran on into the chamber number: "12.3.2003 – 5", "4.5.2010 – VIII"
_DATE_WITH_HEAD_RE = lazy_compile(rf"\d{{4}}\s*[–—-]\s*(?P<head>{_CHAMBER})\W*$")


def _docket_head(state: ItemState) -> str | None:
    """The chamber number a date span took from the docket number after it, if any."""
    for text in state.spans.get("date", ()):
        match = _DATE_WITH_HEAD_RE.search(text)
        if match:
            return match["head"]
    return None


def _unbracket(text: str) -> str:
    """``(HL).`` -> ``HL``; ``9th Cir.`` keeps its period (``strip_brackets`` would take it)."""
    value = squash(text).strip(" ,;:")
    if value[-2:] in (").", "]."):
        value = value[:-1]
    return strip_brackets(value, edge=" ,;:")


#: a periodical's abbreviation ("NJW", "JZ", "NVwZ", "FamRZ"): one short word with two capitals or more
_PERIODICAL_ABBR_RE = lazy_compile(r"^(?![IVXLC]+$)[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,6}(?:-[A-Z]{1,4})?$")  # "NJW-RR"


def court_and_periodical(text: str) -> tuple[str, str] | None:
    """"BGH NJW" -> ("BGH", "NJW"): a court and the periodical reporting it, read as one author.

    German notes cite a decision as "BGH NJW 2003, 1234"; the tagger now and
    then takes court and periodical together for a name.  The last word must be
    an abbreviation with two capitals and what comes before it a court.
    """
    stripped = text.strip(" ,;:")
    cut = stripped.rfind(" ")
    last = stripped[cut + 1 :]
    if cut < 0 or last[1:].islower():
        return None  # (most author spans end in a name: no capital after the first letter)
    if not _PERIODICAL_ABBR_RE.match(last) or sum(ch.isupper() for ch in last) < 2:
        return None
    court = squash(stripped[:cut]).rstrip(" ,")
    return (court, last) if _COURT_RE.match(court) else None


def court_name(text: str) -> str | None:
    """The court named by an author span ("BGH", "OLG München,"), else None."""
    name = squash(text).strip(" ,;:")
    return name if _COURT_RE.match(name) else None
