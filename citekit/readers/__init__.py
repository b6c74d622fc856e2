"""Readers: find the footnotes of a whole document, whatever it was written in.

Each reader turns one kind of document into a :class:`ReaderResult`: the notes
(number as printed, cleaned text, source span, line), the document's own
metadata (``source``, a CSL item, from a cover page when there is one) and
diagnostics.  Splitting notes into citations and parsing them is the
pipeline's job (``citekit.extraction``); readers only say where the notes are,
except for citations the author's tools already made machine-readable
(LaTeX/pandoc keys, Zotero/Mendeley field codes), which they record as
``Note.citations`` so the pipeline never re-parses them from text.

==========  =======================================================================
Readers     ``.txt`` text (pdftotext output) · ``.pdf`` · ``.docx`` · ``.tex`` ·
            ``.md``/``.markdown``; other extensions are sniffed from the content
==========  =======================================================================

Diagnostic codes (stable; ``X`` = extraction/readers):

=====  ========  ==================================================================
code   severity  meaning
=====  ========  ==================================================================
X001   error     the file could not be read (missing, unreadable, not the format)
X002   info      the format was guessed from the content, not the extension
X101   warning   a note number breaks the sequence (kept, with the number printed)
X102   info      an unnumbered author/acknowledgement note (kept in ``raw``, not a
                 citation note)
X103   info      no footnotes found in the document
X104   warning   a note without any text (its number is kept); DOCX: a note reference with no
                 note (info: a note whose reference a tracked change deleted, left out as
                 accepting the change would leave it)
X105   warning   notes printed without their numbers (PDF text lost them, or printed
                 the numbers apart in a column before the texts): numbered from the
                 body's markers or that column when they match, else ``number`` is ""
X106   info      notes marked with symbols (*, †, ‡ …) afresh on each page: numbered in
                 the order they appear (markers in the body likewise)
X201   warning   LaTeX: unbalanced braces in a ``\\footnote`` (read to end of file)
X202   warning   Markdown: a note reference ``[^x]`` without its definition, a note defined
                 twice, or an inline note ``^[`` never closed (not read as a note; the diagnostic
                 holds its start) (info: a definition never referenced, numbered last)
X203   warning   LaTeX: an ``\\input``/``\\include``d file that was not found or would be read
                 inside itself (a cycle): its notes are not read (info: a file read in its place,
                 naming its notes, or one the document's ``\\includeonly`` leaves out)
X204   info      LaTeX/Markdown: a bibliography file the document names (``\\addbibresource``,
                 ``bibliography:``) was not found beside it: its keyed citations stay keys
X205   warning   LaTeX: a macro whose definition makes a note, at a call that could not be read (its
                 arguments missing, or of a kind citekit does not expand): the call is kept in ``raw``
X206   info      Markdown: a code block in a note is no text of the note (kept in ``raw``)
X301   warning   DOCX: a citation field code whose CSL-JSON (or EndNote record) could not be read
X302   warning   DOCX: a symbol (``w:sym``, a run in a symbol font) that is no character (its code
                 not hexadecimal, a control character) or a symbol font's glyph without Unicode: the
                 text keeps U+FFFD or the stored private-use character in its place
X401   warning   PDF: a page whose text could not be extracted
X402   warning   PDF: no text on any page (a scan without a text layer: run OCR first)
=====  ========  ==================================================================
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from citekit.lazy_regex import lazy_compile
from citekit.model import Diagnostic, Entry, Note

__all__ = ["ReaderResult", "read_document", "sniff_format"]

#: extension -> reader name
_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".pdf": "pdf",
    ".docx": "docx",
    ".tex": "latex",
    ".ltx": "latex",
    ".md": "markdown",
    ".markdown": "markdown",
    ".pandoc": "markdown",
}

FORMATS = ("text", "pdf", "docx", "latex", "markdown")


@dataclass
class ReaderResult:
    """What a reader found in one document.

    ``body`` is the running text with page furniture and notes removed (note
    markers left in place), for tools that want to look at the prose.
    """

    notes: list[Note] = field(default_factory=list)
    source: Entry = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    body: str = ""


def sniff_format(path: str, data: bytes | None = None) -> str | None:
    """The reader for ``path``: by extension, else by the first bytes, else None."""
    ext = os.path.splitext(path)[1].lower()
    if ext in _EXTENSIONS:
        return _EXTENSIONS[ext]
    if data is None:
        return None
    head = data[:4096]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        return "docx"
    text = head.decode("utf-8", errors="ignore")
    if "\\documentclass" in text or "\\begin{document}" in text or "\\footnote{" in text:
        return "latex"
    if "[^" in text and "]:" in text:
        return "markdown"
    return "text"


def read_document(path: str, data: bytes | None = None, *, fmt: str | None = None) -> ReaderResult:
    """Read the document at ``path`` (or its bytes ``data``) with the right reader.

    ``fmt`` forces a reader (one of :data:`FORMATS`).  Never raises on bad
    input: a file that cannot be read gives an empty result with an ``X001``.
    """
    if data is None:
        try:
            if path == "-":
                import sys

                data = sys.stdin.buffer.read()
            else:
                with open(path, "rb") as handle:
                    data = handle.read()
        except OSError as exc:
            return ReaderResult(
                diagnostics=[Diagnostic("X001", f"cannot read file: {exc.strerror or exc}",
                                        path=path, severity="error")]
            )
    diagnostics: list[Diagnostic] = []
    if fmt is None:
        fmt = sniff_format(path)
        if fmt is None:
            fmt = sniff_format("", data) or "text"
            if path != "-":
                diagnostics.append(Diagnostic("X002", f"unknown extension; read as {fmt}",
                                              path=path, severity="info"))
    if fmt not in FORMATS:
        return ReaderResult(
            diagnostics=[Diagnostic("X001", f"unknown document format {fmt!r} "
                                    f"(known: {', '.join(FORMATS)})", path=path, severity="error")]
        )
    result = _dispatch(fmt, path, data)
    result.diagnostics[:0] = diagnostics
    for note in result.notes:
        note.text = plain_typography(note.text)
    result.body = plain_typography(result.body)
    return result


#: typographic ligatures PDF text keeps as single characters ("ofﬁcial"): the letters they join
_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st"})
#: a soft hyphen (with the space a line join put after it) and invisible joiners: no letters of the text
_INVISIBLE_RE = lazy_compile("\u00ad\\s*|[\u200b\u2060\ufeff]")


def plain_typography(text: str) -> str:
    """``text`` with ligatures spelled out and soft hyphens and zero-width characters removed.

    PDF text carries them ("ofﬁcial", "New Ha\u00adven" broken at a line end): they are not
    part of the words, and a parser or a search for "official" would not see the word.
    """
    if text.isascii():
        return text
    return _INVISIBLE_RE.sub("", text.translate(_LIGATURES))


def _dispatch(fmt: str, path: str, data: bytes) -> ReaderResult:
    if fmt == "pdf":
        from citekit.readers.pdf import read_pdf_document

        return read_pdf_document(data, path)
    if fmt == "docx":
        from citekit.readers.docx import read_docx_document

        return read_docx_document(data, path)
    from citekit.errors import InputError
    from citekit.textio import decode_bytes

    try:
        text, decode_diags = decode_bytes(data, path)
    except InputError as exc:
        return ReaderResult(
            diagnostics=[Diagnostic("X001", exc.message, path=path, severity="error")]
        )
    if fmt == "latex":
        from citekit.readers import latex

        result = latex.read_latex_document(text, path)
    elif fmt == "markdown":
        from citekit.readers import markdown

        result = markdown.read_markdown_document(text, path)
    else:
        from citekit.readers import text as plain

        result = plain.read_text_document(text, path)
    result.diagnostics[:0] = decode_diags
    return result
