"""Footnotes and endnotes of a Word ``.docx`` file, with Zotero/Mendeley citation fields.

A ``.docx`` is a zip: ``word/footnotes.xml`` and ``word/endnotes.xml`` hold the
notes, ``word/document.xml`` the references to them (whose order gives the
printed numbers), ``word/settings.xml`` the number format.

Reference managers store each citation as a field whose code carries the
CSL-JSON of the works: Zotero ``ADDIN ZOTERO_ITEM CSL_CITATION {…}``,
Mendeley ``ADDIN CSL_CITATION {…}``; EndNote ``ADDIN EN.CITE <EndNote>…`` holds
its records as XML instead (see :mod:`citekit.readers.endnote_fields`).  Each cited item becomes
``Citation(kind="full", id=None, parsed=ParsedReference(item=<its CSL>))``
with the locator, label, prefix and suffix the author typed in the plug-in, so
the pipeline uses that data instead of parsing the rendered text.  The note's
``text`` is what the reader of the document sees (field results included);
``Citation.text`` is the rendered citation.  ``Note.span`` and ``line`` are
not set: a Word file has no lines.  Tracked changes count as accepted: text
in ``w:del`` and ``w:moveFrom`` is left out, and so is a note whose reference was deleted (an info
diagnostic says so); a reference without its note is reported (``X104``).  Numbering starts where
the settings or the final section say (``w:numStart``: a chapter file whose notes begin at 41).  A note whose reference carries its own
mark (``customMarkFollows``: the "*" of an acknowledgement) is numbered by that
mark and does not take a number from the count, as in Word.  A link in a note (``w:hyperlink`` or a
``HYPERLINK`` field) keeps its text and then its external address; characters of symbol fonts
(``w:sym``, runs in Symbol or Wingdings) are their Unicode characters (:mod:`citekit.readers.symbol_fonts`);
a symbol that is no character keeps a placeholder (U+FFFD) and a glyph without Unicode its private-use
character, each with an ``X302``.
"""

from __future__ import annotations

import json
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from io import BytesIO
from typing import Any

from lxml import etree

from citekit.lazy_regex import lazy_compile
from citekit.model import Citation, Diagnostic, Entry, Note, ParsedReference
from citekit.readers import ReaderResult
from citekit.readers.symbol_fonts import symbol_lookup, symbol_text_lookup

__all__ = ["read_docx_document"]

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_W = f"{{{W}}}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
_CITATION_PREFIXES = ("ADDIN ZOTERO_ITEM", "ADDIN CSL_CITATION", "ADDIN Mendeley Citation")
_ENDNOTE_PREFIX = "ADDIN EN.CITE"
_ENDNOTE_DATA = "ADDIN EN.CITE.DATA"
_WORD_CITATION = "CITATION "
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_PACKAGE_RELS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
#: ``HYPERLINK "https://…"`` (not ``HYPERLINK \\l "bookmark"``, a place in the document)
_HYPERLINK_FIELD = lazy_compile(r'^HYPERLINK\s+(?!\\l)"?([^"\s]+)"?', re.IGNORECASE)
#: fonts whose text runs are read through their own encoding ("logoV" in Symbol is "λογος")
_SYMBOL_TEXT_FONT = lazy_compile(r"(?i)\s*(?:symbol|wingdings)\b")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=True)
#: what a damaged part raises: bad XML, a bad zip member (CRC, compression), an encrypted one
_UNREADABLE = (etree.XMLSyntaxError, zipfile.BadZipFile, zlib.error, OSError, ValueError,
               NotImplementedError, RuntimeError)


@dataclass
class _Field:
    instr: str = ""
    result: list[str] = field(default_factory=list)
    in_result: bool = False
    #: an EndNote field's record from its nested ``ADDIN EN.CITE.DATA`` field
    data: str = ""


@dataclass
class _NoteContent:
    text: str
    citations: list[Citation]
    diagnostics: list[Diagnostic]


def _number_format(fmt: str, n: int) -> str:
    if fmt in ("lowerRoman", "upperRoman"):
        out = ""
        for value, numeral in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"),
                               (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"),
                               (5, "v"), (4, "iv"), (1, "i")):
            while n >= value:
                out += numeral
                n -= value
        return out.upper() if fmt == "upperRoman" else out
    if fmt in ("lowerLetter", "upperLetter"):
        letter = chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
        return letter.upper() if fmt == "upperLetter" else letter
    return str(n)


def _citations_from_code(code: str, rendered: str, number: str, path: str
                         ) -> tuple[list[Citation], list[Diagnostic]]:
    start, end = code.find("{"), code.rfind("}")
    try:
        data = json.loads(code[start:end + 1]) if 0 <= start < end else None
    except ValueError as exc:
        data = None
        error = str(exc)
    else:
        error = "no JSON object in the field code"
    if not isinstance(data, dict):
        return [], [Diagnostic("X301", f"note {number}: citation field whose CSL-JSON cannot be "
                               f"read ({error}); the rendered text is kept", path=path,
                               raw=code[:500])]
    citations: list[Citation] = []
    diagnostics: list[Diagnostic] = []
    items = [item for item in data.get("citationItems") or [] if isinstance(item, dict)]
    # several works in one field are rendered one after the other, "A, 12; B, 97": each
    # citation keeps its own part when the parts and the works are as many
    parts = rendered.split("; ")
    if len(parts) != len(items):
        parts = [rendered] * len(items)
    for item, shown in zip(items, parts, strict=True):
        raw_item = item.get("itemData")
        csl: Entry = dict(raw_item) if isinstance(raw_item, dict) else {}
        if not csl:
            # (older Zotero fields name the work by its URI only: the rendered text is parsed instead)
            diagnostics.append(Diagnostic("X301", f"note {number}: a citation field names a work "
                                          "without its data (itemData); the rendered text is kept",
                                          path=path, raw=code[:500]))
            continue
        # (Mendeley writes a page locator as a number; labels and affixes are strings in the model)
        locator = _field_string(item.get("locator"))
        label = _field_string(item.get("label")) or ("page" if locator else None)
        prefix = _field_string(item.get("prefix"))
        suffix = _field_string(item.get("suffix"))
        parsed = ParsedReference(item=csl, kind="full", locator=locator, label=label,
                                 prefix=prefix, suffix=suffix)
        citations.append(Citation(id=None, kind="full", locator=locator, label=label,
                                  prefix=prefix, suffix=suffix, text=shown, parsed=parsed))
    return citations, diagnostics


def _field_string(value: object) -> str | None:
    """A citation item's locator, label, prefix or suffix as text (None when empty)."""
    if value is None or isinstance(value, (dict, list, bool)):
        return None
    text = str(value).strip()
    return text or None


def _note_content(element: Any, number: str, path: str, sources: dict[str, Entry] | None = None,
                  links: dict[str, str] | None = None) -> _NoteContent:
    """Visible text and citation fields of one ``w:footnote``/``w:endnote``.

    ``sources`` are the works of Word's own citation tool, by tag
    (:mod:`citekit.readers.word_sources`); ``links`` the external addresses of the part's
    hyperlinks, by relationship id.  A link keeps its text and then its address ("the rolls
    http://…"), as the LaTeX and Markdown readers keep ``\\href`` and ``[text](url)``, unless the
    text shows the address already; a ``HYPERLINK`` field likewise.  A symbol-font character
    (``w:sym``, or a run in the Symbol font) is its Unicode character.
    """
    links = links or {}
    paragraphs: list[str] = []
    citations: list[Citation] = []
    diagnostics: list[Diagnostic] = []
    stack: list[_Field] = []

    def finish(fld: _Field) -> str:
        """Read a field that ends; the text it adds after its result (a link's address)."""
        code = " ".join(fld.instr.split())
        if code.upper().startswith("HYPERLINK"):
            address = _HYPERLINK_FIELD.search(code)
            shown = "".join(fld.result)
            if address and not _shows_address(shown, address.group(1)):
                return " " + address.group(1)
            return ""
        if code.startswith(_ENDNOTE_DATA):
            if stack:  # the outer EN.CITE field's record, base64-encoded
                stack[-1].data = code[len(_ENDNOTE_DATA):].strip()
            return ""
        if code.startswith(_ENDNOTE_PREFIX):
            from citekit.readers.endnote_fields import endnote_citations

            found, diags = endnote_citations(fld.instr, fld.data,
                                             " ".join("".join(fld.result).split()), number, path)
            citations.extend(found)
            diagnostics.extend(diags)
        elif code.startswith(_WORD_CITATION) and sources:
            from citekit.readers.word_sources import word_citations

            found, diags = word_citations(code, " ".join("".join(fld.result).split()), sources, number, path)
            citations.extend(found)
            diagnostics.extend(diags)
        elif code.startswith(_CITATION_PREFIXES):
            found, diags = _citations_from_code(code, " ".join("".join(fld.result).split()),
                                                number, path)
            citations.extend(found)
            diagnostics.extend(diags)
        return ""

    def symbol_problem(problem: str, raw: str) -> None:
        diagnostics.append(Diagnostic("X302", f"note {number}: {problem}", path=path, raw=raw[:500]))

    # tracked changes: what was deleted or moved away is no longer in the note
    # (a set of the elements themselves: it keeps lxml's proxies, and so their identity, alive)
    # (and a text box or drawing written twice: the ``mc:Fallback`` copy of ``mc:Choice``)
    gone = {node for removed in element.iter(_W + "del", _W + "moveFrom", _MC + "Fallback")
            for node in removed.iter()}
    for para in element.iter(_W + "p"):
        parts: list[str] = []

        def emit(shown: str, into: list[str] = parts) -> None:
            """Text the reader sees: the note's, and each field's result it is in."""
            if not shown:
                return
            into.append(shown)
            for fld in stack:
                if fld.in_result:
                    fld.result.append(shown)

        #: per open hyperlink: its address (or None) and where its text starts in ``parts``
        open_links: list[tuple[str | None, int]] = []
        tails: dict[Any, str] = {}
        for event, node in etree.iterwalk(para, events=("start", "end")):
            if node in gone:
                continue
            tag = node.tag
            hidden = bool(stack and not stack[-1].in_result)  # (in a field's code, not its result)
            if event == "end":
                if tag == _W + "hyperlink" and open_links:
                    address, start = open_links.pop()
                    if address and not _shows_address("".join(parts[start:]), address):
                        emit(" " + address)
                elif tag == _W + "fldSimple":
                    emit(tails.pop(node, ""))  # a simple HYPERLINK field's address, after its text
                continue
            if tag == _W + "fldChar":
                kind = node.get(_W + "fldCharType")
                if kind == "begin":
                    stack.append(_Field())
                elif kind == "separate" and stack:
                    stack[-1].in_result = True
                elif kind == "end" and stack:
                    emit(finish(stack.pop()))
            elif tag == _W + "instrText" and stack:
                stack[-1].instr += node.text or ""
            elif tag == _W + "t":
                text = node.text or ""
                if hidden:
                    continue  # field code text shown as text by some writers
                font = _run_font(node)
                if font and _SYMBOL_TEXT_FONT.match(font):
                    text, problems = symbol_text_lookup(font, text)
                    for unread in dict.fromkeys(problems):
                        symbol_problem(unread, node.text or "")
                emit(text)
            elif tag == _W + "hyperlink":
                rid = node.get(_R + "id")
                open_links.append((links.get(rid) if rid else None, len(parts)))
            elif tag == _W + "sym" and not hidden:
                char, problem = symbol_lookup(node.get(_W + "font"), node.get(_W + "char") or "")
                if problem:
                    symbol_problem(problem, etree.tostring(node, encoding="unicode"))
                emit(char)
            elif tag in (_W + "tab", _W + "ptab") and node.getparent() is not None and (
                    node.getparent().tag == _W + "r") and not hidden:
                emit(" ")  # (a w:tab in w:tabs is a tab stop, not a character)
            elif tag in (_W + "br", _W + "cr") and not hidden:
                emit(" ")
            elif tag == _W + "noBreakHyphen" and not hidden:
                # Word's non-breaking hyphen ("pp. 31‑33") is an element, not a character
                emit("-")
            elif tag == _W + "fldSimple":
                instr = node.get(_W + "instr") or ""
                shown = "".join(t.text or "" for t in node.iter(_W + "t"))
                tails[node] = finish(_Field(instr=instr, result=[shown], in_result=True))
            # (w:softHyphen: an optional break, no character of the word)
        paragraphs.append("".join(parts))
    text = " ".join(" ".join(paragraphs).split())
    return _NoteContent(text, citations, diagnostics)


def _run_font(text_node: Any) -> str | None:
    """The font a ``w:t``'s run sets for its characters (``w:rFonts``), if any."""
    run = text_node.getparent()
    if run is None:
        return None
    fonts = run.find(f"{_W}rPr/{_W}rFonts")
    if fonts is None:
        return None
    return fonts.get(_W + "ascii") or fonts.get(_W + "hAnsi")


def _shows_address(shown: str, address: str) -> bool:
    """Does a link's text show its address already ("www.example.org" for "http://www.example.org/")?"""
    def bare(value: str) -> str:
        value = value.strip().lower()
        for scheme in ("https://", "http://", "mailto:", "ftp://"):
            if value.startswith(scheme):
                value = value[len(scheme):]
        return value.rstrip("/")

    return bool(bare(address)) and bare(address) in bare(shown)


def _links(archive: zipfile.ZipFile, part: str) -> dict[str, str]:
    """The external hyperlinks of ``part`` (``word/footnotes.xml``): its relationships, by id."""
    folder, name = part.rsplit("/", 1)
    try:
        root = _read_xml(archive, f"{folder}/_rels/{name}.rels")
    except _UNREADABLE:
        return {}
    if root is None:
        return {}
    out: dict[str, str] = {}
    for rel in root.iter(_PACKAGE_RELS + "Relationship"):
        if (rel.get("TargetMode") or "").lower() == "external" and rel.get("Id") and rel.get("Target"):
            out[rel.get("Id")] = rel.get("Target")
    return out


def _custom_mark(reference: Any) -> str:
    """The mark typed after a ``customMarkFollows`` note reference ("*", "†")."""
    run = reference.getparent()
    following = run.getnext() if run is not None else None
    while following is not None:
        shown = "".join(t.text or "" for t in following.iter(_W + "t")).strip()
        if shown:
            return shown.split()[0]
        following = following.getnext()
    return "*"


def _read_xml(archive: zipfile.ZipFile, name: str) -> Any | None:
    try:
        return etree.fromstring(archive.read(name), _PARSER)
    except KeyError:
        return None


def _formats(settings: Any | None, document: Any | None = None) -> dict[str, tuple[str, int]]:
    """Number format and first number of footnotes and endnotes, by kind.

    The document's settings hold them, and the body's final section may override them: a thesis
    chapter kept as a file of its own often starts its notes at 41.
    """
    out = {"footnote": ("decimal", 1), "endnote": ("lowerRoman", 1)}
    holders = [settings]
    if document is not None:
        holders.append(document.find(f"{_W}body/{_W}sectPr"))
    for holder in holders:
        if holder is None:
            continue
        for kind in out:
            pr = holder.find(f"{_W}{kind}Pr")
            if pr is None:
                continue
            fmt, start = out[kind]
            node = pr.find(_W + "numFmt")
            if node is not None and node.get(_W + "val"):
                fmt = node.get(_W + "val") or fmt
            node = pr.find(_W + "numStart")
            value = node.get(_W + "val") if node is not None else None
            if value is not None and value.strip().isdigit():
                start = int(value)
            out[kind] = (fmt, start)
    return out


def _core_properties(archive: zipfile.ZipFile) -> Entry:
    from citekit.readers.cover import split_person

    try:
        root = _read_xml(archive, "docProps/core.xml")
    except _UNREADABLE:
        root = None  # (the document's own metadata only: the notes are still read)
    if root is None:
        return {}
    source: Entry = {}
    for node in root:
        local = etree.QName(node).localname
        value = " ".join((node.text or "").split())
        if not value:
            continue
        if local == "title":
            source["title"] = value
        elif local == "creator":
            source["author"] = [split_person(p) for p in value.replace(" and ", ";").split(";")
                                if p.strip()]
    if source:
        source["type"] = "article"
    return source


def read_docx_document(data: bytes, path: str = "-") -> ReaderResult:
    """Read the footnotes and endnotes of a ``.docx`` file's bytes."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
        document = _read_xml(archive, "word/document.xml")
    except _UNREADABLE as exc:
        return ReaderResult(diagnostics=[Diagnostic("X001", f"not a readable .docx file ({exc})",
                                                    path=path, severity="error")])
    if document is None:
        return ReaderResult(diagnostics=[Diagnostic("X001", "not a Word document (no "
                                                    "word/document.xml)", path=path,
                                                    severity="error")])
    diagnostics: list[Diagnostic] = []
    try:
        settings = _read_xml(archive, "word/settings.xml")
    except _UNREADABLE:
        settings = None
    formats = _formats(settings, document)
    from citekit.readers.word_sources import read_word_sources

    sources = read_word_sources(archive)
    notes: list[Note] = []
    for part, kind in (("word/footnotes.xml", "footnote"), ("word/endnotes.xml", "endnote")):
        fmt, first = formats[kind]
        try:
            root = _read_xml(archive, part)
        except _UNREADABLE as exc:
            diagnostics.append(Diagnostic("X001", f"{part} cannot be read ({exc})",
                                          path=path, severity="error"))
            continue
        if root is None:
            continue
        links = _links(archive, part)
        by_id = {}
        for element in root.iter(_W + kind):
            if element.get(_W + "type") in ("separator", "continuationSeparator",
                                             "continuationNotice"):
                continue
            by_id[element.get(_W + "id")] = element
        # a reference deleted with tracked changes took its note with it (changes count as accepted)
        deleted = {node for removed in document.iter(_W + "del", _W + "moveFrom")
                   for node in removed.iter(_W + kind + "Reference")}
        refs = [ref for ref in document.iter(_W + kind + "Reference") if ref not in deleted]
        for ref in deleted:
            note_id = ref.get(_W + "id")
            if note_id in by_id and note_id not in {r.get(_W + "id") for r in refs}:
                del by_id[note_id]
                diagnostics.append(Diagnostic("X104", f"a {kind} whose reference is deleted (tracked "
                                              f"change, id {note_id}) is left out", path=path,
                                              severity="info"))
        order = [ref.get(_W + "id") for ref in refs]
        custom = {ref.get(_W + "id"): _custom_mark(ref) for ref in refs
                  if ref.get(_W + "customMarkFollows") in ("1", "true", "on")}
        missing = [ref for ref in refs if ref.get(_W + "id") not in by_id]
        for ref in missing:
            diagnostics.append(Diagnostic("X104", f"a {kind} reference in the text (id "
                                          f"{ref.get(_W + 'id')}) has no {kind} in {part}",
                                          path=path))
        seen: set[str | None] = set()
        counter = 0
        for note_id in order + [k for k in by_id if k not in order]:
            if note_id in seen or note_id not in by_id:
                continue
            seen.add(note_id)
            if note_id in custom:
                number = custom[note_id]  # "*" on a chapter title: Word does not count it
            else:
                counter += 1
                number = _number_format(fmt, counter + first - 1)
            content = _note_content(by_id[note_id], number, path, sources, links)
            if note_id in custom and content.text.startswith(number):
                content.text = content.text[len(number):].lstrip()  # the mark typed in the note
            notes.append(Note(number=number, text=content.text, citations=content.citations))
            diagnostics.extend(content.diagnostics)
            if not content.text and not content.citations:
                diagnostics.append(Diagnostic("X104", f"{kind} {number} has no text", path=path))
    if not notes:
        diagnostics.append(Diagnostic("X103", "no footnotes or endnotes found", path=path,
                                      severity="info"))
    return ReaderResult(notes=notes, source=_core_properties(archive), diagnostics=diagnostics)
