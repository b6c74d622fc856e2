"""EndNote's citation fields in Word files: ``ADDIN EN.CITE <EndNote>…</EndNote>``.

EndNote's Word plug-in keeps each citation's records in the field code as
XML: one ``<Cite>`` per cited work, with the cited pages (``<Pages>``), the
typed prefix and suffix, and the whole ``<record>`` (reference type,
contributors, titles, dates, publisher …).  A long code goes into a nested
``ADDIN EN.CITE.DATA`` field as base64 instead.  Each ``<Cite>`` with a
record becomes a full citation whose parsed item is the record as CSL-JSON,
so the pipeline does not parse the rendered text; a code that cannot be read
is an ``X301`` and the rendered text is parsed as typed.
"""

from __future__ import annotations

import base64
import binascii
from typing import Any

from lxml import etree

from citekit.lazy_regex import lazy_compile
from citekit.model import Citation, Diagnostic, Entry, ParsedReference

__all__ = ["endnote_citations", "record_to_csl"]

_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=False)

#: EndNote reference type (the ``name`` of ``<ref-type>``) -> CSL type
_TYPES = {
    "book": "book",
    "edited book": "book",
    "book section": "chapter",
    "electronic book section": "chapter",
    "journal article": "article-journal",
    "electronic article": "article-journal",
    "magazine article": "article-magazine",
    "newspaper article": "article-newspaper",
    "thesis": "thesis",
    "report": "report",
    "conference paper": "paper-conference",
    "conference proceedings": "paper-conference",
    "case": "legal_case",
    "statute": "legislation",
    "bill": "bill",
    "manuscript": "manuscript",
    "unpublished work": "manuscript",
    "web page": "webpage",
    "dictionary": "entry-dictionary",
    "encyclopedia": "entry-encyclopedia",
    "map": "map",
}
#: the container of a part: the journal or the book the record's piece is in
_CONTAINED = {"chapter", "article-journal", "article-magazine", "article-newspaper",
              "paper-conference", "entry-dictionary", "entry-encyclopedia"}
_YEAR = lazy_compile(r"\d{4}")


def _text(node: Any | None) -> str:
    """A node's text without EndNote's ``<style>`` wrappers, whitespace normalised."""
    if node is None:
        return ""
    return " ".join("".join(node.itertext()).split())


def _person(raw: str) -> dict[str, str]:
    """EndNote writes "Family, Given"; an institution has no comma."""
    if "," in raw:
        family, given = (part.strip() for part in raw.split(",", 1))
        return {"family": family, "given": given} if given else {"family": family}
    return {"literal": raw}


def record_to_csl(record: Any) -> Entry:
    """One EndNote ``<record>`` as a CSL-JSON item."""
    ref_type = record.find("ref-type")
    kind = _TYPES.get((ref_type.get("name") or "").lower(), "book") if ref_type is not None else "book"
    item: Entry = {"type": kind}
    for role, path in (("author", "contributors/authors/author"),
                       ("editor", "contributors/secondary-authors/author"),
                       ("translator", "contributors/subsidiary-authors/author")):
        names = [_person(_text(n)) for n in record.findall(path) if _text(n)]
        if names:
            item[role] = names
    title = _text(record.find("titles/title"))
    if title:
        item["title"] = title
    container = _text(record.find("titles/secondary-title")) or _text(
        record.find("periodical/full-title"))
    if container and kind in _CONTAINED:
        item["container-title"] = container
    elif container:
        item["collection-title"] = container
    for tag, key in (("volume", "volume"), ("number", "issue"), ("pages", "page"),
                     ("edition", "edition"), ("publisher", "publisher"),
                     ("pub-location", "publisher-place"), ("electronic-resource-num", "DOI"),
                     ("isbn", "ISBN")):
        value = _text(record.find(tag))
        if value:
            item[key] = value
    year = _YEAR.search(_text(record.find("dates/year")))
    if year:
        item["issued"] = {"date-parts": [[int(year.group(0))]]}
    url = _text(record.find("urls/related-urls/url"))
    if url:
        item["URL"] = url
    return item


def _decode(instr: str, data: str) -> tuple[Any | None, str]:
    """The ``<EndNote>`` element of a field (from its code or its base64 data) and an error."""
    start = instr.find("<EndNote")
    xml: str | bytes
    if start >= 0:
        xml = instr[start:instr.rfind(">") + 1]
    elif data:
        try:
            xml = base64.b64decode(data, validate=False)
        except (binascii.Error, ValueError) as exc:
            return None, f"base64 data not readable ({exc})"
    else:
        return None, "no <EndNote> record in the field code"
    try:
        root = etree.fromstring(xml.encode("utf-8") if isinstance(xml, str) else xml, _PARSER)
    except etree.XMLSyntaxError as exc:
        return None, f"record XML not well-formed ({exc})"
    return root, ""


def endnote_citations(instr: str, data: str, rendered: str, number: str, path: str
                      ) -> tuple[list[Citation], list[Diagnostic]]:
    """The citations of one EndNote field: ``instr`` is its code, ``data`` its base64 record."""
    root, error = _decode(instr, data)
    cites = root.findall("Cite") if root is not None else []
    citations: list[Citation] = []
    for cite in cites:
        record = cite.find("record")
        if record is None:
            continue
        item = record_to_csl(record)
        if "title" not in item:
            continue
        locator = _text(cite.find("Pages")) or None
        prefix = _text(cite.find("Prefix")).replace("`", " ").strip() or None
        suffix = _text(cite.find("Suffix")).replace("`", " ").strip() or None
        label = "page" if locator else None
        parsed = ParsedReference(item=item, kind="full", locator=locator, label=label,
                                 prefix=prefix, suffix=suffix)
        citations.append(Citation(id=None, kind="full", locator=locator, label=label,
                                  prefix=prefix, suffix=suffix, text=rendered, parsed=parsed))
    if citations:
        return citations, []
    why = error or "no cited record with a title"
    return [], [Diagnostic("X301", f"note {number}: EndNote citation field not readable ({why}); "
                           "the rendered text is kept", path=path, raw=instr[:500])]
