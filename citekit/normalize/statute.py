"""Statutes cited by their short title: "Human Rights Act 1998, s 3", "Theft Act 1968, ss 1–6".

English, Irish, Australian and Indian notes (OSCOLA and its kin) cite an Act
by its short title and year, then the section cited.  The tagger has seen few
and leaves the whole citation unlabelled (``other``) or calls it a title, so
nothing would reach the item.  This step reads the Act as a ``legislation``
item with its title, and the section as the locator.  German and other
continental statutes ("§ 823 Abs. 1 BGB") cite a provision without a title;
they are left alone.

Two American forms are read as well: a constitution ("U.S. Const. art. III, § 2",
"Cal. Const. art. I, § 7": the constitution is the title, no author; the article cited the
locator, label ``article-locator``; an amendment keeps its word in the locator, label
``section``), and a session law in the Statutes at Large ("Act of Sept. 24, 1789, ch. 20, § 11,
1 Stat. 73, 78"): chapter and section name the part of the Act (``chapter-number``,
``section``), the Public Law number is its ``number``, "1 Stat. 73" is volume, container and
first page, and only the number after that is the page cited.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import squash
from citekit.normalize.base import Context, ItemState, Normalizer

_STATUTE_RE = lazy_compile(
    r"^(?P<title>(?:The\s+)?[A-Z][\w'’()-]*(?:\s+(?:[A-Z][\w'’()-]*|and|of|for|the|on|to|in|\(\w+\)))*\s+"
    r"(?:Act|Acts|Ordinance|Regulations|Order|Rules|Statute|Code|Measure)(?:\s+(?:1[2-9]|20)\d\d)?)"
    r"(?:,?\s+(?P<label>ss?|sch|schs|art|arts|para|paras|pt|reg|regs|r|rr|cl)\.?\s*(?P<locator>\d[\w()]*"
    r"(?:\s?\(\w{1,4}\))*(?:\s*[-–]\s*\d[\w()]*)?))?\s*[.;,]?$"
)
_STATUTE_WORD_RE = lazy_compile(r"\b(?:Acts?|Ordinance|Regulations|Order|Rules|Statute|Code|Measure)\b")
_LABELS = {
    "s": "section", "ss": "section", "sch": "section", "schs": "section", "art": "section", "arts": "section",
    "para": "paragraph", "paras": "paragraph", "pt": "part", "reg": "section", "regs": "section",
    "r": "section", "rr": "section", "cl": "section",
}
#: the labels a tagger gives the pieces of such a citation ("Theft Act" as an author, "1968," a date)
#: ("s 58(1)": "58" and "(1)" may come as a volume and an issue)
_READ = frozenset({"other", "title", "author", "date", "locator", "pages", "punct", "signal", "volume", "issue"})


#: a constitution and the provision cited: "U.S. Const. art. III, § 2", "N.Y. Const. amend. XIV, § 1"
_CONSTITUTION_RE = lazy_compile(
    r"^(?P<title>(?:[A-Z][A-Za-z]*\.\s?){1,3}Const\.)\s+(?:art\.\s*(?P<article>[IVXLC\d]+\b.*?)"
    r"|(?P<other>(?:amend|pmbl|preamble)\.?.*?))\s*\.?$"
)
#: an Act in the Statutes at Large: title, Public Law, chapter, section, then "1 Stat. 73, 78 (1789)"
_SESSION_LAW_RE = lazy_compile(
    r"^(?P<title>(?:[A-Z][\w.'’-]*\s+)*?(?:Act|Resolution)(?:\s+of\s+(?:[A-Z][a-z]{2,4}\.?\s+\d{1,2},\s+)?"
    r"(?:1[7-9]|20)\d\d)?)"
    r"(?:,\s+Pub\.\s?L\.\s?(?:No\.\s?)?(?P<publaw>\d{1,3}[-–]\d{1,4}))?"
    r"(?:,\s+ch\.\s?(?P<chapter>\d{1,4}))?"
    r"(?:,\s+§§?\s?(?P<section>[\w.()]+(?:\s?[-–]\s?[\w.()]+)?))?"
    r",\s+(?P<volume>\d{1,3})\s+Stat\.\s+(?P<page>\d{1,5})(?:,\s+(?P<pin>\d{1,5}(?:\s?[-–]\s?\d{1,5})?))?"
    r"(?:\s+\((?:1[7-9]|20)\d\d\))?\s*\.?$"
)


class Statute(Normalizer):
    """An Act cited by short title (and section) -> ``legislation`` with ``title`` and the locator."""

    name: ClassVar[str] = "statute"
    code: ClassVar[str] = "P120"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "title", "title-short", "author", "page", "locator", "label", "container-title", "volume",
        "number", "chapter-number", "section", "suffix", "kind", "issue",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"other", "title", "author", "container-title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        spans = state.spans
        if "type" not in state.item:
            containers = spans.get("container-title")
            statutes_at_large = containers is not None and ("Stat" in containers[0] or len(containers) > 1)
            if (statutes_at_large or _names_constitution(spans)) and _american(state):
                return
        if not state.spans.keys() <= _READ or "type" in state.item:
            return
        spans = state.spans
        for label in ("other", "title", "author"):
            if any(map(_STATUTE_WORD_RE.search, spans.get(label, ()))):
                break
        else:
            return  # (no word an Act's title ends in: most references stop here)
        text = squash(" ".join(t for label, t in state.sequence if label != "signal"))
        m = _STATUTE_RE.match(text.strip())
        if m is None:
            return
        item = state.item
        for key in ("author", "title-short", "page", "container-title", "volume", "issue"):
            item.pop(key, None)
        item["type"] = "legislation"
        item["title"] = m["title"]
        state.kind = "full"  # (an Act is cited by its short title every time: "Theft Act 1968" is no short form)
        if m["locator"]:
            state.locator = m["locator"].replace("–", "-").replace(" (", "(")
            state.label = _LABELS.get(m["label"].lower(), "section")


def _american(state: ItemState) -> bool:
    """A constitution or an Act in the Statutes at Large (see the module's docstring): read, or False."""
    spans = state.spans
    if _names_constitution(spans):
        m = _CONSTITUTION_RE.match(_joined(state))
        if m is None:
            return False
        _legislation(state, m["title"])
        if m["article"]:
            state.locator, state.label = m["article"].replace("–", "-"), "article-locator"
        else:
            state.locator, state.label = m["other"], "section"
        return True
    if not any("Stat" in t and t.strip(" ,.") == "Stat" for t in spans["container-title"]):
        return False
    m = _SESSION_LAW_RE.match(_joined(state))
    if m is None:
        return False
    item = state.item
    _legislation(state, m["title"])
    item["container-title"], item["volume"], item["page"] = "Stat.", m["volume"], m["page"]
    if m["publaw"]:
        item["number"] = f"Pub. L. No. {m['publaw'].replace('–', '-')}"
    if m["chapter"]:
        item["chapter-number"] = m["chapter"]
    if m["section"]:
        item["section"] = m["section"]
    state.locator, state.label = (m["pin"].replace("–", "-").replace(" ", ""), "page") if m["pin"] else (None, None)
    return True


def _names_constitution(spans: dict[str, list[str]]) -> bool:
    """Does the first author or title span name a constitution ("U.S. Const.")? (a cheap test)"""
    authors = spans.get("author")
    if authors and "Const." in authors[0]:
        return True
    titles = spans.get("title")
    return titles is not None and "Const." in titles[0]


def _legislation(state: ItemState, title: str) -> None:
    item = state.item
    for key in ("author", "title-short", "page", "container-title", "volume", "issue"):
        item.pop(key, None)
    item["type"] = "legislation"
    item["title"] = title
    state.suffix = None
    state.kind = "full"


def _joined(state: ItemState) -> str:
    return squash(" ".join(t for label, t in state.sequence if label != "signal")).strip()
