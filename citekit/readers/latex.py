"""Footnotes of a LaTeX document: ``\\footnote{…}`` and the keyed citations in them.

The argument of ``\\footnote`` (also ``\\footnotetext`` and ``\\endnote``) is
found by matching braces, skipping escaped braces (``\\{``) and comments (a
``%`` not escaped as ``\\%`` runs to the end of the line), so ``Note.span`` is
the exact extent of the argument in the file: a tool can rewrite it in place.

``\\cite``-family commands inside a note (``\\cite``, ``\\footcite``,
``\\autocite``, ``\\parencite``, ``\\textcite``, ``\\citeauthor``, natbib's
``\\citet``/``\\citep``, the multi-cite ``\\cites`` forms …) become
``Citation(id=key, kind="keyed")``: the prenote is the ``prefix`` (else a signal
typed just before the command: "See \\cite{x}"), the postnote
gives ``locator`` and ``label`` ("6ff." -> page 6ff.; "chap. 3" -> chapter 3).
How they are marked: **they are removed from** ``Note.text`` (which is the
note's remaining prose, LaTeX converted to Unicode) so that nothing parses
them as hand-typed citations; each keyed citation keeps the command as written
in ``Citation.text`` and its offsets in the file in ``Citation.span``.

A citation command that makes a note of its own in the body is read as that note, in its place in the
numbering: ``\\footcite`` always, ``\\smartcite`` always, ``\\autocite`` under a note style (biblatex's
verbose and author-title families, Chicago notes, OSCOLA, or ``autocite=footnote``).  The bibliography
files the document names give the keyed citations their entries (:mod:`citekit.readers.bib_resources`).

A link keeps its address as typed (``\\url{…/~me}``), and ``\\href{url}{text}`` reads "text url".
"""

from __future__ import annotations

import re

from citekit.brackets import closing_bracket
from citekit.extraction.split import trailing_signal
from citekit.formats.latex_text import strip_markup, to_unicode
from citekit.lazy_regex import lazy_compile
from citekit.model import Citation, Diagnostic, Note
from citekit.readers import ReaderResult
from citekit.readers.bib_resources import (
    attach_bibliography,
    latex_bibliography_files,
    without_latex_comments,
)
from citekit.readers.locators import split_locator

__all__ = ["find_keyed_citations", "read_latex_document"]

_NOTE_COMMAND = lazy_compile(
    r"\\(footnote|footnotetext|endnote|footnotemark|footcite|footcites|footfullcite)\*?(?![A-Za-z@])"
)
#: biblatex's citation commands that make a footnote of their own when used in the body
_FOOTNOTE_CITES = ("footcite", "footcites", "footfullcite")
#: and those that do under a note style: ``\smartcite`` always, ``\autocite`` where the style (or the
#: ``autocite=footnote`` option) puts citations in notes -- the verbose and author-title families and the
#: note styles of Chicago, OSCOLA and biblatex-dw
_STYLE_NOTE_COMMAND = lazy_compile(r"\\(autocites?|smartcites?|Autocites?|Smartcites?)\*?(?![A-Za-z@])")
_BIBLATEX_OPTIONS = lazy_compile(r"\\usepackage\s*(?:\[([^\]]*)\])?\s*\{(biblatex(?:-chicago)?)\}")
_NOTE_STYLES = lazy_compile(
    r"(?:^|[,\s])(?:citestyle|style)\s*=\s*(?:verbose|authortitle|ext-verbose|ext-authortitle|chicago-notes|"
    r"oscola|footnote-dw|authortitle-dw|philosophy-verbose|historian|jura2|gerhardt|notes)"
)


def _autocite_makes_notes(text: str) -> bool:
    """Do ``\\autocite`` commands in the body make footnotes (biblatex's options and style)?"""
    for m in _BIBLATEX_OPTIONS.finditer(without_latex_comments(text)):
        options = m.group(1) or ""
        setting = re.search(r"autocite\s*=\s*(\w+)", options)
        if setting:
            return setting.group(1) == "footnote"
        if m.group(2) == "biblatex-chicago":
            return "authordate" not in options  # (its default is the notes style)
        if _NOTE_STYLES.search(options):
            return True
    return False
_CITE_COMMAND = lazy_compile(
    r"\\((?:[Ff]oot|[Aa]uto|[Pp]aren|[Tt]ext|[Ss]mart|[Ss]uper|full|[Cc]ite)?cites?"
    r"(?:author|year|title|url|p|t|alp|alt|yearpar)?|footcitetext|citeauthor|citeyear|citetitle)"
    r"(?![A-Za-z@])\*?"
)
_SPACE = lazy_compile(r"\s+")
_VERBATIM = lazy_compile(
    r"\\verb\*?([^A-Za-z\s*])[^\n]*?\1"
    r"|\\begin\{(verbatim\*?|Verbatim|lstlisting|minted|comment)\}.*?\\end\{\2\}",
    re.DOTALL,
)
#: files a document pulls in: their notes are not in this file
_INCLUDE = lazy_compile(r"\\(input|include|subfile)\s*\{([^{}]+)\}")
#: a comment and its line end; a ``%`` after an even run of backslashes ("\\\\%") starts one too
_LINEBREAK_COMMENT = lazy_compile(r"(?<!\\)((?:\\\\)*)%[^\n]*\n?")


def _comment_starts(text: str) -> list[int]:
    """Per line, the offset of an unescaped ``%`` (or -1)."""
    starts: list[int] = []
    pos = 0
    for line in text.split("\n"):
        found = -1
        i = line.find("%")
        while i >= 0:
            backslashes = 0
            j = i - 1
            while j >= 0 and line[j] == "\\":
                backslashes += 1
                j -= 1
            if backslashes % 2 == 0:
                found = pos + i
                break
            i = line.find("%", i + 1)
        starts.append(found)
        pos += len(line) + 1
    return starts


class _Source:
    """The file's text with line starts and comments, for brace matching."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.line_starts = [0]
        for m in re.finditer("\n", text):
            self.line_starts.append(m.end())
        self.comments = _comment_starts(text)
        #: spans of \verb|…| and verbatim environments: code, not notes
        self.verbatim = [m.span() for m in _VERBATIM.finditer(text)]

    def in_verbatim(self, offset: int) -> bool:
        return any(a <= offset < b for a, b in self.verbatim)

    def line_of(self, offset: int) -> int:
        import bisect

        return bisect.bisect_right(self.line_starts, offset)

    def in_comment(self, offset: int) -> bool:
        line = self.line_of(offset) - 1
        start = self.comments[line]
        return 0 <= start <= offset

    def skip_space(self, pos: int) -> int:
        text = self.text
        while pos < len(text):
            if text[pos].isspace():
                pos += 1
            elif text[pos] == "%" and self.in_comment(pos):
                nl = text.find("\n", pos)
                pos = len(text) if nl < 0 else nl + 1
            else:
                break
        return pos

    def group(self, pos: int, open_: str = "{", close: str = "}") -> int:
        """Offset of the ``close`` matching the ``open_`` at ``pos`` (-1 when unbalanced)."""
        text = self.text
        depth = 0
        i = pos
        n = len(text)
        while i < n:
            ch = text[i]
            if ch == "\\":
                i += 2
                continue
            if ch == "%" and self.in_comment(i):
                nl = text.find("\n", i)
                i = n if nl < 0 else nl + 1
                continue
            if ch == open_:
                depth += 1
            elif ch == close:
                depth -= 1
                if depth == 0:
                    return i
            elif open_ == "[" and ch == "{":
                end = self.group(i)
                if end < 0:
                    return -1
                i = end
            i += 1
        return -1

    def optional(self, pos: int) -> tuple[str | None, int]:
        """An optional ``[arg]`` at ``pos`` (after spaces): its text and the offset after it."""
        at = self.skip_space(pos)
        if at < len(self.text) and self.text[at] == "[":
            end = self.group(at, "[", "]")
            if end > 0:
                return self.text[at + 1:end], end + 1
        return None, pos


def _split_post(post: str | None) -> tuple[str | None, str | None, str | None]:
    if post is None:
        return None, None, None
    return split_locator(to_unicode(post))


def find_keyed_citations(src: _Source, start: int, end: int, once: bool = False
                         ) -> tuple[list[Citation], list[tuple[int, int]]]:
    """Keyed citations between ``start`` and ``end`` of the file, and their spans.

    ``once``: only the command at ``start`` (a ``\\footcite`` in the body).
    """
    text = src.text
    citations: list[Citation] = []
    spans: list[tuple[int, int]] = []
    pos = start
    while True:
        m = _CITE_COMMAND.search(text, pos, end)
        if not m:
            break
        if src.in_comment(m.start()):
            pos = m.end()
            continue
        multi = m.group(1).endswith("cites")
        at = m.end()
        # biblatex's multicite commands take a global (prenote)(postnote) first
        global_notes: list[str] = []
        while multi and len(global_notes) < 2:
            opening = src.skip_space(at)
            close_paren = src.group(opening, "(", ")") if opening < end and text[opening] == "(" else -1
            if close_paren < 0 or close_paren > end:
                break
            global_notes.append(text[opening + 1:close_paren])
            at = close_paren + 1
        if len(global_notes) == 1:
            global_notes.insert(0, "")  # one (…) alone is the postnote
        groups: list[tuple[str | None, str | None, str]] = []
        while True:
            first, after = src.optional(at)
            second, after2 = src.optional(after) if first is not None else (None, after)
            brace = src.skip_space(after2)
            if brace >= end or text[brace] != "{":
                break
            close = src.group(brace)
            if close < 0 or close > end:
                break
            keys = text[brace + 1:close]
            pre, post = (first, second) if second is not None else (None, first)
            groups.append((pre, post, keys))
            at = close + 1
            if not multi:
                break
        if not groups:
            pos = m.end()
            continue
        command = text[m.start():at]
        first_new = len(citations)
        for group_index, (pre, post, keys) in enumerate(groups):
            key_list = [k.strip() for k in keys.split(",") if k.strip()]
            for index, key in enumerate(key_list):
                last = index == len(key_list) - 1
                locator, label, suffix = _split_post(post) if last else (None, None, None)
                prefix = (to_unicode(pre).strip() or None) if pre and index == 0 else None
                if index == 0 and group_index == 0 and prefix is None:
                    # "See \\cite{x}": the signal typed before the command is its prefix
                    before = text[spans[-1][1] if spans else start: m.start()]
                    prefix = trailing_signal(strip_markup(to_unicode(_LINEBREAK_COMMENT.sub(r"\1 ", before))))
                citations.append(Citation(id=key, kind="keyed", locator=locator, label=label,
                                          prefix=prefix, suffix=suffix, text=command,
                                          span=(m.start(), at)))
        if global_notes and len(citations) > first_new:
            pre_all = to_unicode(global_notes[0]).strip()
            post_all = to_unicode(global_notes[1]).strip()
            if pre_all:
                typed = citations[first_new].prefix
                citations[first_new].prefix = f"{typed} {pre_all}" if typed else pre_all
            if post_all:
                final = citations[-1]
                final.suffix = f"{final.suffix} {post_all}" if final.suffix else post_all
        spans.append((m.start(), at))
        pos = at
        if once:
            break
    return citations, spans


#: French typography the converter would flatten: "n\\textsuperscript{o}" is "n°" (not the word
#: "no"), "\\no" (babel-french) too; "\\og … \\fg{}" are guillemets
_FRENCH_MARKS = (
    (lazy_compile(r"\b([nN])\\(?:textsuperscript|up)\s*\{\s*o(s?)\s*\}"), r"\1°\2"),
    (lazy_compile(r"\\no(?![A-Za-z@])\s*~?"), "n° "),
    (lazy_compile(r"\\og(?![A-Za-z@])\s*(?:\{\})?\s*"), "« "),
    (lazy_compile(r"\s*\\fg(?![A-Za-z@])\s*(?:\{\})?"), " »"),
)


#: a link command: ``\url{…}``, ``\nolinkurl{…}``, ``\href{url}{text}``
_LINK = lazy_compile(r"\\(url|nolinkurl|href)(?![A-Za-z@])\s*\{")
_URL_ESCAPE = lazy_compile(r"\\([#%&_~$])")
_URL_TOKEN = lazy_compile("\ue000(\\d+)\ue001")


def _protect_links(raw: str) -> tuple[str, list[str]]:
    """``raw`` with each link's address replaced by a token, and the addresses.

    An address is not LaTeX text: converting it would make its ``~`` a space, and an
    ``\\href``'s address would be dropped with the command.  ``\\href{url}{text}``
    keeps both, "text url", as the Markdown reader keeps ``[text](url)``.
    """
    urls: list[str] = []
    out: list[str] = []
    pos = 0
    for m in _LINK.finditer(raw):
        if m.start() < pos:
            continue
        close = closing_bracket(raw, m.end() - 1, "{", "}")
        if close < 0:
            break
        url = _URL_ESCAPE.sub(r"\1", raw[m.end():close].strip())
        urls.append(url)
        link = f"\ue000{len(urls) - 1}\ue001"
        after = close + 1
        if m.group(1) == "href":
            brace = after
            while brace < len(raw) and raw[brace].isspace():
                brace += 1
            shown_end = closing_bracket(raw, brace, "{", "}") if raw[brace:brace + 1] == "{" else -1
            if shown_end > 0:
                shown = raw[brace + 1:shown_end]
                if _URL_ESCAPE.sub(r"\1", shown.strip()) != url:
                    link = f"{{{shown}}} {link}"
                after = shown_end + 1
        out.append(raw[pos:m.start()])
        out.append(link)
        pos = after
    out.append(raw[pos:])
    return "".join(out), urls


def _note_text(src: _Source, start: int, end: int, remove: list[tuple[int, int]]) -> str:
    parts: list[str] = []
    pos = start
    for a, b in remove:
        parts.append(src.text[pos:a])
        pos = b
    parts.append(src.text[pos:end])
    raw = _LINEBREAK_COMMENT.sub(r"\1 ", "".join(parts))
    for pattern, replacement in _FRENCH_MARKS:
        raw = pattern.sub(replacement, raw)
    raw, urls = _protect_links(raw)
    text = strip_markup(to_unicode(raw))
    if urls:
        text = _URL_TOKEN.sub(lambda m: urls[int(m.group(1))], text)
    text = _SPACE.sub(" ", text).strip()
    return tidy_removed_citations(text)


def tidy_removed_citations(text: str) -> str:
    """The debris a removed citation leaves: "see , p." and ". The figures".

    A ";" left before the final "." stays, and so does a leading "," (", p. 4"):
    both still mark where the citation was and what goes on it.
    """
    text = re.sub(r"\s+([,.;:)])", r"\1", text)
    return re.sub(r"^[.;]+\s*", "", text)  # "\\cites{a}{b}. The figures …"


#: the footnote counter set by hand: a chapter file that starts at 41, or the marks of a table
#: whose texts follow ("\footnotemark\footnotemark … \addtocounter{footnote}{-1}\footnotetext{…}")
_COUNTER_CHANGE = lazy_compile(
    r"\\(setcounter|addtocounter)\s*\{footnote\}\s*\{\s*([-+]?\d+)\s*\}"
    r"|\\(stepcounter|refstepcounter)\s*\{footnote\}"
)


def _changed_counter(counter: int, change: re.Match[str]) -> int:
    """The footnote counter after one ``\\setcounter``/``\\addtocounter``/``\\stepcounter``."""
    if change.group(1) == "setcounter":
        return int(change.group(2))
    if change.group(1) == "addtocounter":
        return max(0, counter + int(change.group(2)))
    return counter + 1


def read_latex_document(text: str, path: str = "-") -> ReaderResult:
    """Read the footnotes (and their keyed citations) of a LaTeX file."""
    src = _Source(text)
    notes: list[Note] = []
    diagnostics: list[Diagnostic] = []
    counter = 0
    pos = 0
    style_notes = _autocite_makes_notes(text)
    changes = [c for c in _COUNTER_CHANGE.finditer(text)
               if not src.in_comment(c.start()) and not src.in_verbatim(c.start())]
    while True:
        m = _NOTE_COMMAND.search(text, pos)
        styled = _STYLE_NOTE_COMMAND.search(text, pos) if style_notes or "smartcite" in text else None
        if styled is not None and (m is None or styled.start() < m.start()) and (
                style_notes or styled.group(1).lower().startswith("smart")):
            m = styled  # "\autocite[45]{key}" in the body of a note-style document: a note of its own
        if not m:
            break
        if src.in_comment(m.start()) or src.in_verbatim(m.start()):
            pos = m.end()
            continue
        while changes and changes[0].start() < m.start():
            counter = _changed_counter(counter, changes.pop(0))
        line = src.line_of(m.start())
        if m.group(1) in _FOOTNOTE_CITES or m.re == _STYLE_NOTE_COMMAND:
            # "\footcite[45]{key}" in the body: biblatex prints it as a note of its own
            citations, spans = find_keyed_citations(src, m.start(), len(text), once=True)
            if not citations:
                pos = m.end()
                continue
            counter += 1
            notes.append(Note(number=str(counter), text="", span=spans[0], line=line,
                              citations=citations))
            pos = spans[0][1]
            continue
        number_arg, after = src.optional(m.end())
        if m.group(1) == "footnotemark":
            # the mark's number is the one a later \footnotetext prints
            mark = (number_arg or "").strip()
            counter = int(mark) if mark.isdigit() else counter + 1
            pos = after
            continue
        brace = src.skip_space(after)
        if brace >= len(text) or text[brace] != "{":
            pos = m.end()
            continue
        close = src.group(brace)
        if close < 0:
            diagnostics.append(Diagnostic("X201", f"\\{m.group(1)} without its closing brace; "
                                          "read to the end of the file", path=path, line=line,
                                          raw=text[m.start():m.start() + 200]))
            close = len(text)
        own_number = number_arg.strip() if number_arg else ""
        if m.group(1) != "footnotetext" and not own_number:
            counter += 1  # LaTeX does not step the counter for \footnote[12]{…}
        number = own_number or str(counter)
        content_start = brace + 1
        citations, spans = find_keyed_citations(src, content_start, close)
        note_text = _note_text(src, content_start, close, spans)
        notes.append(Note(number=number, text=note_text, span=(content_start, close),
                          line=line, citations=citations))
        if not note_text and not citations:
            diagnostics.append(Diagnostic("X104", f"note {number} has no text", path=path,
                                          line=line))
        # nested \footnote inside a note is rare; go on after the whole note
        pos = close + 1
    diagnostics.extend(_included_files(src, path))
    diagnostics.extend(attach_bibliography(notes, latex_bibliography_files(text), path))
    if not notes:
        diagnostics.append(Diagnostic("X103", "no footnotes found", path=path, severity="info"))
    return ReaderResult(notes=notes, source=_latex_source(text), diagnostics=diagnostics)


def _included_files(src: _Source, path: str) -> list[Diagnostic]:
    """An ``X203`` for each ``\\input``/``\\include``: the notes of that file are not read here."""
    import os

    out: list[Diagnostic] = []
    folder = os.path.dirname(path) if path != "-" else ""
    for m in _INCLUDE.finditer(src.text):
        if src.in_comment(m.start()) or src.in_verbatim(m.start()):
            continue
        name = m.group(2).strip()
        candidate = os.path.join(folder, name)
        if not os.path.splitext(candidate)[1]:
            candidate += ".tex"
        found = path != "-" and os.path.isfile(candidate)
        how = (f"read it too: citekit extract {candidate}" if found else
               "the file was not found next to this one")
        out.append(Diagnostic("X203", f"\\{m.group(1)}{{{name}}}: the notes of that file are not "
                              f"read with this one ({how})", path=path,
                              line=src.line_of(m.start()), raw=m.group(0)))
    return out


_TITLE = lazy_compile(r"\\title\s*(?:\[[^\]]*\])?\s*\{")
_AUTHOR = lazy_compile(r"\\author\s*(?:\[[^\]]*\])?\s*\{")


def _latex_source(text: str) -> dict[str, object]:
    """The document's own \\title and \\author, when it declares them."""
    from citekit.readers.cover import split_person

    src = _Source(text)
    source: dict[str, object] = {}
    m = _TITLE.search(text)
    if m and not src.in_comment(m.start()):
        end = src.group(m.end() - 1)
        if end > 0:
            title = _SPACE.sub(" ", strip_markup(to_unicode(
                re.sub(r"\\(?:thanks|footnote)\s*\{[^{}]*\}", "", text[m.end():end])
            ))).strip()
            if title:
                source["title"] = title
    m = _AUTHOR.search(text)
    if m and not src.in_comment(m.start()):
        end = src.group(m.end() - 1)
        if end > 0:
            raw = re.sub(r"\\(?:thanks|footnote)\s*\{[^{}]*\}", "", text[m.end():end])
            names = [strip_markup(to_unicode(part)).strip()
                     for part in re.split(r"\\and\b|\\\\|,", raw)]
            people = [split_person(n) for n in names if n]
            if people:
                source["author"] = people
    if source:
        source["type"] = "article"
    return source
