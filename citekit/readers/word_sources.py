"""Word's own citation tool: ``CITATION`` fields and the sources kept in ``customXml``.

Word's References > Insert Citation stores each cited work once, as a
``b:Source`` in a ``customXml/itemN.xml`` part (``b:Sources``, the
bibliography namespace), and each citation as a field ``CITATION Tag \\p 213
\\l 2057`` (``\\p`` pages, ``\\v`` volume, ``\\f`` prefix, ``\\s`` suffix,
``\\m Tag2`` a further work).  The rendered text ("(Thompson, 1963, p. 213)")
is all a parser would see, so the reader turns each tag into a full citation
whose parsed item is the source as CSL-JSON.  A tag without its source is an
``X301`` and the rendered text is parsed as typed.
"""

from __future__ import annotations

import shlex
import zipfile
import zlib
from typing import Any

from lxml import etree

from citekit.lazy_regex import lazy_compile
from citekit.model import Citation, Diagnostic, Entry, ParsedReference

__all__ = ["read_word_sources", "word_citations"]

_B = "{http://schemas.openxmlformats.org/officeDocument/2006/bibliography}"
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
_ITEM = lazy_compile(r"^customXml/item\d+\.xml$")

#: Word's source types -> CSL types
_TYPES = {
    "Book": "book", "BookSection": "chapter", "JournalArticle": "article-journal",
    "ArticleInAPeriodical": "article-magazine", "ConferenceProceedings": "paper-conference",
    "Report": "report", "InternetSite": "webpage", "DocumentFromInternetSite": "webpage",
    "ElectronicSource": "document", "Case": "legal_case", "Patent": "patent", "Misc": "document",
    "Interview": "interview", "Film": "motion_picture", "SoundRecording": "song",
    "Performance": "performance", "Art": "graphic",
}
#: Word's source fields -> CSL variables (plain text ones)
_FIELDS = {
    "Title": "title", "City": "publisher-place", "Publisher": "publisher", "JournalName": "container-title",
    "BookTitle": "container-title", "PeriodicalTitle": "container-title", "ConferenceName": "container-title",
    "Volume": "volume", "Issue": "issue", "Pages": "page", "Edition": "edition", "URL": "URL",
    "DOI": "DOI", "Court": "authority", "CaseNumber": "number", "Reporter": "container-title",
    "Institution": "publisher", "ThesisType": "genre", "StandardNumber": "ISBN",
}
#: Word's roles -> CSL name variables
_ROLES = {"Author": "author", "Editor": "editor", "Translator": "translator", "BookAuthor": "container-author"}


def _text(node: Any, name: str) -> str:
    child = node.find(_B + name)
    return " ".join((child.text or "").split()) if child is not None else ""


def _source_to_csl(source: Any) -> Entry:
    csl: Entry = {"type": _TYPES.get(_text(source, "SourceType"), "document")}
    for word, variable in _FIELDS.items():
        value = _text(source, word)
        if value and variable not in csl:
            csl[variable] = value
    year = _text(source, "Year")
    if year.isdigit():
        csl["issued"] = {"date-parts": [[int(year)]]}
    elif year:
        csl["issued"] = {"literal": year}
    roles = source.find(_B + "Author")
    for role in roles if roles is not None else ():
        role_variable = _ROLES.get(etree.QName(role).localname)
        if role_variable is None:
            continue
        names: list[dict[str, str]] = []
        for person in role.iter(_B + "Person"):
            given = " ".join(p for p in (_text(person, "First"), _text(person, "Middle")) if p)
            name = {"family": _text(person, "Last")}
            if given:
                name["given"] = given
            if name["family"]:
                names.append(name)
        corporate = _text(role, "Corporate")
        if corporate:
            names.append({"literal": corporate})
        if names:
            csl[role_variable] = names
    return csl


def read_word_sources(archive: zipfile.ZipFile) -> dict[str, Entry]:
    """The works Word's citation tool keeps in the file, by their tag (empty if none)."""
    sources: dict[str, Entry] = {}
    for name in archive.namelist():
        if not _ITEM.match(name):
            continue
        try:
            root = etree.fromstring(archive.read(name), _PARSER)
        except (etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error, OSError, ValueError,
                NotImplementedError, RuntimeError):
            continue  # another add-in's data (or a damaged part), not ours to judge
        if root.tag != _B + "Sources":
            continue
        for source in root.iter(_B + "Source"):
            tag = _text(source, "Tag")
            if tag:
                sources[tag] = _source_to_csl(source)
    return sources


def word_citations(code: str, rendered: str, sources: dict[str, Entry], number: str, path: str
                   ) -> tuple[list[Citation], list[Diagnostic]]:
    """The works of one ``CITATION`` field code, each a full citation with its pages."""
    try:
        words = shlex.split(code.replace("\\", "\\\\"))[1:]
    except ValueError:
        words = code.split()[1:]
    cited: list[dict[str, str]] = []
    switch = ""
    for word in words:
        if word.startswith("\\") and len(word) == 2:
            switch = word[1]
            continue
        if not cited or switch == "m":
            cited.append({"tag": word})
        elif switch:
            cited[-1][switch] = word
        switch = ""
    citations: list[Citation] = []
    missing = [c["tag"] for c in cited if c["tag"] not in sources]
    if missing or not cited:
        return [], [Diagnostic("X301", f"note {number}: Word citation of {', '.join(missing) or 'no source'} "
                               "whose source is not in the file; the rendered text is kept",
                               path=path, raw=code[:500])]
    for c in cited:
        locator = c.get("p") or None
        label = "page" if locator else None
        prefix, suffix = c.get("f") or None, c.get("s") or None
        parsed = ParsedReference(item=dict(sources[c["tag"]]), kind="full", locator=locator, label=label,
                                 prefix=prefix, suffix=suffix)
        citations.append(Citation(id=None, kind="full", locator=locator, label=label, prefix=prefix,
                                  suffix=suffix, text=rendered, parsed=parsed))
    return citations, []
