"""Continental enactments by kind, number and date: "Ley 1/2000, de 7 de enero", "Loi n° 85-677 du 5 juillet 1985".

Spanish, Portuguese, French and Italian notes cite a statute or a decree by its kind, its number and
the day it was enacted, perhaps its subject and the official journal that printed it: "Ley 1/2000,
de 7 de enero, de Enjuiciamiento Civil", "Decreto-Lei n.º 446/85, de 25 de outubro", "Loi n° 85-677
du 5 juillet 1985, JO 6 juillet 1985, p. 7584", "l. 22 aprile 1941, n. 633", "d.lgs. 30 giugno 2003,
n. 196".  The tagger makes a title of it (or a locator of "Ley 1/2000").  Such an enactment is
``legislation``: the citation up to its date (and subject) is the ``title``, the number ``number``,
the date ``issued``; the journal is ``container-title`` and its page the enactment's ``page``.  A
two-digit year in the number ("446/85") is of the 1900s: these traditions write four digits since 2000.
The kind of act opens the note (the cheap test).

Acts of the European Union are cited the OSCOLA way: "Council Directive 93/13/EEC of 5 April 1993 on
unfair terms in consumer contracts [1993] OJ L95/29": the number is ``number``, the day of adoption
``issued`` (else the journal's year), the Official Journal ``container-title`` with its issue ("L95")
and first ``page``, the article cited the locator.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._months import month_numbers
from citekit.normalize._text import squash
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables, item_variables

_MONTHS = month_numbers("fr", "it", "es", "pt", "nl", abbreviations=False, dotted=True)
_MONTH = "|".join(re.escape(month) for month in sorted(_MONTHS, key=len, reverse=True))
_YEAR = r"1[6-9]\d\d|20\d\d"
#: the kinds of act, as each tradition writes them
_KIND = (
    r"(?:Ley(?:\s+Org[áa]nica)?|Real\s+Decreto(?:[-\s]ley|\s+Legislativo)?|Decreto(?:[-\s]Le[iy])?|Lei(?:\s+Org[âa]nica)?"
    r"|Loi(?:\s+organique|\s+constitutionnelle)?|D[ée]cret|Ordonnance|Arr[êe]t[ée]"
    r"|Legge(?:\s+costituzionale)?|l\.|L\.|d\.\s?lgs\.|D\.\s?Lgs\.|d\.\s?l\.|D\.L\.|d\.\s?P\.\s?R\.|D\.P\.R\.|r\.\s?d\.|R\.D\.)"
)
#: "Ley 1/2000, de 7 de enero", "Decreto-Lei n.º 446/85, de 25 de outubro", "Loi n° 85-677 du 5 juillet 1985"
_NUMBER_FIRST_RE = lazy_compile(
    rf"^(?P<title>(?P<kind>{_KIND})\s+(?:n\.?\s?[º°o]\.?\s*)?(?P<number>\d{{1,5}}(?:[/-]\d{{1,5}})+),?\s+"
    rf"(?:de|du)\s+(?P<d>[0-3]?\d)(?:er|º)?\s+(?:de\s+)?(?P<month>{_MONTH})(?:\s+(?:de\s+)?(?P<y>{_YEAR}))?"
    r"(?P<subject>,\s+[a-zà-ÿ][^,()]*?)?)"  # the subject, in lower case: ", de Enjuiciamiento Civil", ", relative à …"
    r"(?:\s*[,(]\s*(?P<journal>JO(?:RF)?|BOE|DR|Diário\s+da\s+República)\b[^()]*?(?:,?\s+p\.\s*(?P<page>\d{1,6}))?\)?)?"
    r"\s*\.?$"
)
#: "l. 22 aprile 1941, n. 633", "d.lgs. 30 giugno 2003, n. 196"
_DATE_FIRST_RE = lazy_compile(
    rf"^(?P<title>(?P<kind>{_KIND})\s+(?P<d>[0-3]?\d)\s+(?P<month>{_MONTH})\s+(?P<y>{_YEAR}),?\s+n\.\s*"
    r"(?P<number>\d{1,5}))\s*\.?$"
)
#: an act of the European Union in the Official Journal: "Council Directive 93/13/EEC of 5 April 1993 on
#: unfair terms in consumer contracts [1993] OJ L95/29", "Regulation (EU) 2016/679 … [2016] OJ L119/1"
_EU_ACT_RE = lazy_compile(
    r"^(?P<title>(?:(?:Council|Commission|European\s+Parliament\s+and\s+Council)\s+)?(?:Regulation|Directive|Decision)"
    r"\s+(?:\((?:EU|EC|EEC|Euratom)\)\s+)?(?:No\s+)?(?P<number>\d{1,4}/\d{1,4}(?:/(?:EU|EC|EEC|Euratom))?)"
    r"(?P<rest>\s[^\[\]]*?)?)\s*\[(?P<oj_year>(?:19|20)\d\d)\]\s+OJ\s+(?P<issue>[LC]\s?\d{1,4}[A-Z]?)/(?P<page>\d{1,4})"
    r"(?:,\s*(?:arts?\.?|articles?)\s*(?P<article>\d+[\w()]*(?:\s*[-–]\s*\d+[\w()]*)?))?\s*\.?$"
)
#: "of 5 April 1993": the day the act was adopted
_OF_DATE_RE = lazy_compile(r"\bof\s+(?P<d>[0-3]?\d)\s+(?P<month>[A-Z][a-z]+)\s+(?P<y>(?:19|20)\d\d)\b")
_ENGLISH_MONTHS = {name.capitalize(): number for name, number in month_numbers("en", abbreviations=False).items()}
_EU_ACT_WORDS = ("Council ", "Commission ", "European Parliament ", "Regulation ", "Directive ", "Decision ")
_HEADS = frozenset("LlDdRrOACE")


class NumberedAct(Normalizer):
    """"Ley 1/2000, de 7 de enero, de …" -> ``legislation`` with ``title``, ``number`` and ``issued``."""

    name: ClassVar[str] = "numbered-act"
    code: ClassVar[str] = "P141"
    keys: ClassVar[tuple[str, ...]] = (
        "archive", "archive_location", "archive_collection", "archive-place", "recipient", "editor", "translator",
        "type", "title", "title-short", "number", "issued", "container-title", "page", "author", "volume",
        "issue", "note", "genre", "publisher", "publisher-place", "collection-title", "original-date",
        "kind", "locator", "label", "suffix",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"title", "locator", "other", "author"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if not sequence:
            return
        label, first = sequence[0]
        if label == "signal":
            first = next((text for label, text in sequence if label != "signal"), "").lstrip()
        if first[:1] not in _HEADS or state.item.get("type", "legislation") not in ("legislation", "book", "document"):
            return  # (the cheapest test first: most references open with another letter)
        if first.startswith(_EU_ACT_WORDS):
            _eu_act(state, squash(" ".join(t for label, t in sequence if label != "signal")).strip())
            return
        if _KIND_START_RE.match(first) is None:
            return  # (no kind of act opens the note: most references stop here)
        text = squash(" ".join(text for label, text in state.sequence if label != "signal")).strip()
        m = _NUMBER_FIRST_RE.match(text) or _DATE_FIRST_RE.match(text)
        if m is None:
            return
        groups = m.groupdict()
        number = m["number"]
        year = groups.get("y")
        if year is None:
            tail = re.split(r"[/-]", number)[-1]
            if len(tail) == 4:
                year = tail
            elif len(tail) == 2:
                year = f"19{tail}"
            else:
                return
        item = state.item
        language = item.get("language")
        drop_variables(item, _CLEARED)
        item["type"] = "legislation"
        item["title"] = m["title"].strip(" ,")
        item["number"] = number
        item["issued"] = {"date-parts": [[int(year), _MONTHS[m["month"].lower()], int(m["d"])]]}
        if groups.get("journal"):
            item["container-title"] = squash(m["journal"])
            if groups.get("page"):
                item["page"] = m["page"]
        if language:
            item["language"] = language
        state.kind = "full"
        state.locator = state.label = state.suffix = None


_KIND_START_RE = lazy_compile(rf"{_KIND}(?:\s|$)")


#: the variables an earlier step may have read into such a note: all of them give way
_CLEARED = item_variables(NumberedAct.keys)


def _eu_act(state: ItemState, text: str) -> None:
    """An EU act in the Official Journal: ``legislation`` with its number, the journal's issue and first page,
    the article cited the locator (label ``section``)."""
    m = _EU_ACT_RE.match(text)
    if m is None:
        return
    item = state.item
    language = item.get("language")
    drop_variables(item, _CLEARED)
    item["type"] = "legislation"
    item["title"] = m["title"].strip(" ,")
    item["number"] = m["number"]
    adopted = _OF_DATE_RE.search(m["rest"] or "")
    if adopted and adopted["month"] in _ENGLISH_MONTHS:
        item["issued"] = {"date-parts": [[int(adopted["y"]), _ENGLISH_MONTHS[adopted["month"]], int(adopted["d"])]]}
    else:
        item["issued"] = {"date-parts": [[int(m["oj_year"])]]}
    item["container-title"] = "OJ"
    item["issue"], item["page"] = m["issue"].replace(" ", ""), m["page"]
    if language:
        item["language"] = language
    state.kind = "full"
    state.suffix = None
    if m["article"]:
        state.locator, state.label = m["article"].replace("–", "-"), "section"
    else:
        state.locator = state.label = None
