"""DOI, URL, ISBN, arXiv and PubMed identifiers, cleaned to their canonical form.

Identifiers are the strongest evidence for deduplication and lookup, so they
are cut out of their wrappers ("doi:", "https://doi.org/", "<URL>",
"Retrieved from", "ISBN") and stored bare.  A DOI found in a URL is kept in
both places; an arXiv id becomes ``number: "arXiv:<id>"`` as Zotero does.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import squash
from citekit.normalize.base import Context, ItemState, Normalizer

DOI_RE = lazy_compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)", re.I)
URL_RE = lazy_compile(r"((?:https?|ftp)://[^\s<>\"]+|www\.[^\s<>\"]+)", re.I)
ISBN_RE = lazy_compile(r"\b((?:97[89][\s-]?)?(?:\d[\s-]?){9}[\dXx])\b")
ARXIV_RE = lazy_compile(
    r"arxiv(?:\.org/abs/|\s*:\s*|\s+)(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)",
    re.I,
)
ISSN_RE = lazy_compile(r"\bISSN\W*(\d{4})\s*-?\s*(\d{3}[\dXx])\b", re.I)
#: "doi:10. 1103/PhysRevD…", "10 .1145/…": spaces that PDF extraction put into a DOI
_DOI_GAP_RE = lazy_compile(r"(?<=10)\s+(?=\.)|(?<=10\.)\s+|(?<=\d)\s+(?=/)|(?<=/)\s+")
#: an old-style arXiv id written without the "arXiv:" prefix: "[hep-th/0011193]"
ARXIV_OLD_RE = lazy_compile(r"(?<![\w/.])((?:astro-ph|cond-mat|gr-qc|hep-(?:ex|lat|ph|th)|math(?:-ph)?|nlin|nucl-(?:ex|th)|physics|quant-ph|q-bio|cs)(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?)\b")
PMID_RE = lazy_compile(r"\bPMID:?\s*(\d{1,9})\b")
PMCID_RE = lazy_compile(r"\b(PMC\d{3,9})\b")
#: a note span that holds nothing but identifiers (the note normalizer skips it)
ID_ONLY_RE = lazy_compile(
    r"^\W*(?:(?:PMID:?\s*\d+|PMC\d+|arxiv:?\s*\S+|doi:?\s*10\.\S+|ISBN:?\s*[\dXx -]+)\W*)+$",
    re.I,
)
_TRAIL = ".,;:)]}>»”’'\""


def _trim(value: str) -> str:
    value = value.rstrip(_TRAIL)
    # a closing bracket that belongs to the identifier itself stays
    if value.count("(") > value.count(")"):
        value += ")"
    return value


class Identifiers(Normalizer):
    """doi/url/isbn spans and ids inside notes -> DOI, URL, ISBN, ISSN, PMID, PMCID, number."""

    name: ClassVar[str] = "identifiers"
    code: ClassVar[str] = "P102"
    keys: ClassVar[tuple[str, ...]] = ("DOI", "URL", "ISBN", "ISSN", "PMID", "PMCID", "number")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"doi", "url", "isbn", "note", "other", "pages"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        spans = state.spans
        for text in spans.get("doi", ()):
            m = DOI_RE.search(_DOI_GAP_RE.sub("", text))
            if m and "DOI" not in item:
                item["DOI"] = _trim(m.group(1))
        for text in spans.get("url", ()):
            compact = text.replace(" ", "") if " " in text.strip() else text.strip()
            m = URL_RE.search(compact)
            if m and "URL" not in item:
                item["URL"] = _trim(m.group(1))
            elif not m and "URL" not in item:
                value = _trim(squash(text).strip("<> ")).removeprefix("URL:").strip()
                if value:
                    item["URL"] = value
            d = DOI_RE.search(compact)
            if d and "DOI" not in item:
                item["DOI"] = _trim(d.group(1))
        if "isbn" in spans:
            text = " ".join(spans["isbn"])
            m = ISBN_RE.search(text)
            issn = ISSN_RE.search(text)
            if m and "ISBN" not in item and not issn:
                item["ISBN"] = m.group(1).replace(" ", "-").upper()
            elif issn and "ISSN" not in item:
                item["ISSN"] = f"{issn.group(1)}-{issn.group(2).upper()}"
        for label in ("note", "other", "url", "pages"):
            for text in spans.get(label, ()):
                self._ids_in_text(text, item)

    @staticmethod
    def _ids_in_text(text: str, item: dict[str, object]) -> None:
        lowered = text.lower()
        if "number" not in item and ("arxiv" in lowered or "/" in text):
            m = ARXIV_RE.search(text) or ARXIV_OLD_RE.search(text)
            if m:
                item["number"] = "arXiv:" + m.group(1)
        if "pmid" in lowered and "PMID" not in item:
            m = PMID_RE.search(text)
            if m:
                item["PMID"] = m.group(1)
        if "pmc" in lowered and "PMCID" not in item:
            m = PMCID_RE.search(text)
            if m:
                item["PMCID"] = m.group(1)
        if "10." in text and "DOI" not in item and "doi" in lowered:
            m = DOI_RE.search(text)
            if m:
                item["DOI"] = _trim(m.group(1))
