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

The parts of one work's citation typed one after the other (``\\citeauthor{k}, \\citetitle{k}, 12``)
are one keyed citation, the page typed after them its locator; biblatex's ``\\volcite{3}[12]{k}`` has
the locator "3:12" (a volume alone is a ``volume`` locator); ``\\mkpageprefix[page]{12}`` is the page.

A note inside a note's argument (``\\footnote{… \\footnote{…}}``) is a note of its own, numbered after
it, and a ``\\footnotemark`` there takes its number as in the body.  In the classes that number notes
per chapter (book, report, KOMA's and memoir) a numbered ``\\chapter`` starts them again at 1, as does
the unit of ``\\counterwithin{footnote}{…}`` (whose number then goes before the note's: "2.1").
A macro's definition is no place of the document; a macro defined as ``\\footnote{#1}`` makes notes, and
so does any other whose body holds a note (``\\newcommand{\\fn}[2]{\\footnote{#1, at #2}}``, text around
the note, an optional argument with its default, xparse's ``m``/``o``/``O{…}``, ``\\def``): its calls are
expanded, in this file and the files it pulls in.  A call that cannot be read is reported (``X205``).
``\\footnotemark[7]`` sets the mark 7 for itself and steps no counter (nor does ``\\footnote[7]``); the
``\\footnotetext`` of a mark takes the mark's place among the notes, one with no mark waiting for it is
kept with the number LaTeX prints and reported (``X101``), and a mark never given its text is reported
(``X104``).  Notes in a ``minipage`` are lettered afresh ("a", "b") and leave the document's counter alone;
``\\endnote`` counts apart from ``\\footnote``; ``\\tablefootnote`` and tufte's ``\\sidenote`` are footnotes.
``\\input``, ``\\include``, ``\\subfile`` and ``\\import`` are read in their place (see
:func:`read_latex_document`).

A link keeps its address as typed (``\\url{…/~me}``, ``\\url|…|``, ``\\path``, ``\\doi`` as "doi:…"), and
``\\href{url}{text}`` reads "text url"; ``\\label``, ``\\index`` and ``\\nocite`` print nothing.  An
acknowledgement (``\\thanks{…}``) is no citation note: its text is kept in an ``X102`` (info).
"""

from __future__ import annotations

import itertools
import os
import re
from dataclasses import dataclass

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

#: (``\\tablefootnote`` of the tablefootnote package and tufte-latex's ``\\sidenote`` are footnotes too, on
#: the footnote counter: one set under a table, the other in the margin)
_NOTE_NAMES = ("footnote|footnotetext|endnote|footnotemark|footcitetext|footcite|footcites|footfullcite"
               "|tablefootnote|sidenote")
_NOTE_COMMAND = lazy_compile(rf"\\({_NOTE_NAMES})\*?(?![A-Za-z@])")
#: biblatex's citation commands that make a footnote of their own when used in the body
_FOOTNOTE_CITES = ("footcite", "footcites", "footfullcite", "footcitetext")
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
    r"\\((?:[Ff]oot|[Aa]uto|[Pp]aren|[Tt]ext|[Ss]mart|[Ss]uper|[Ff]ull|footfull)?[Cc]ites?"
    r"(?:author|year|title|url|date|p|t|alp|alt|yearpar|num)?"
    r"|footcitetext|(?:[AaFfPpSsTt]|ft)?volcites?|[pf]?notecite)"
    r"(?![A-Za-z@])\*?"
)
#: the commands that print one part of a work's citation: "\citeauthor{k}, \citetitle{k}, 12" is one citation
_PART_COMMANDS = ("citeauthor", "citetitle", "citeyear", "citedate", "citeyearpar", "citeurl")
#: what stands between the parts of one citation: spaces, commas, colons, quotes, parentheses
_PART_GAP = lazy_compile(r"[\s,:()'`\"‘’“”«»~]*")
#: a wrapper around a part ("\emph{\citetitle{k}}"): kept when the punctuation around it is removed
_WRAPPER = lazy_compile(r"\\[A-Za-z@]+\*?\s*\{|[{}]")
#: the page typed after a work's parts: ", 12", ", pp.~45--47", ", S. 3 f."
_TYPED_PAGE = lazy_compile(
    r"[\s}]*(,\s*((?:(?:pp?|S|fols?|cols?|nos?)\.(?:~|\\[ ,]|\s)*|\\[Ss](?:~|\s)*)?\d+[a-z]?"
    r"(?:\s*(?:--?|–|\\textendash\s*)\s*\d+[a-z]?)?(?:(?:~|\\,|\s)*ff?\.)?))(?![\w-])"
)
_ANOTHER_NUMBER = lazy_compile(r"\s*,\s*\d")
#: biblatex's pagination macros around a postnote: ``\mkpageprefix[page]{12}`` is the page 12
_PAGINATION = lazy_compile(r"\\(?:mkpageprefix|mkpagetotal)\s*(?:\[[^\]]*\])?\s*\{")
_SPACE = lazy_compile(r"\s+")
_VERBATIM = lazy_compile(
    r"\\verb\*?([^A-Za-z\s*])[^\n]*?\1"
    r"|\\begin\{(verbatim\*?|Verbatim|lstlisting|minted|comment)\}.*?\\end\{\2\}",
    re.DOTALL,
)
#: files a document pulls in: their notes are not in this file
_INCLUDE = lazy_compile(
    r"\\(input|include|subfile)\s*\{([^{}]+)\}"
    r"|\\(import|subimport|inputfrom|subinputfrom|includefrom|subincludefrom)\*?\s*\{([^{}]*)\}\s*\{([^{}]+)\}"
)
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


def _unwrap_pagination(post: str) -> str:
    """``\\mkpageprefix[page]{12}`` -> ``12``: the postnote inside biblatex's pagination macros."""
    while True:
        m = _PAGINATION.search(post)
        if not m:
            return post
        close = closing_bracket(post, m.end() - 1, "{", "}")
        if close < 0:
            return post
        post = post[:m.start()] + post[m.end():close] + post[close + 1:]


def _split_post(post: str | None) -> tuple[str | None, str | None, str | None]:
    if post is None:
        return None, None, None
    return split_locator(_unicode(_unwrap_pagination(post)))


def _unicode(raw: str) -> str:
    """``raw`` LaTeX as Unicode, the addresses of its links kept as typed."""
    raw, urls = _protect_links(raw)
    text = to_unicode(raw)
    return _URL_TOKEN.sub(lambda m: urls[int(m.group(1))], text) if urls else text


def _group_after(src: _Source, at: int, end: int) -> tuple[str, int] | None:
    """The ``{…}`` argument at ``at`` (after spaces), and the offset after it, when it closes before ``end``."""
    brace = src.skip_space(at)
    if brace >= end or src.text[brace] != "{":
        return None
    close = src.group(brace)
    if close < 0 or close > end:
        return None
    return src.text[brace + 1:close], close + 1


def _volume_groups(src: _Source, at: int, end: int, multi: bool
                   ) -> tuple[list[tuple[str | None, str | None, str, str | None]], int]:
    """biblatex's ``\\volcite[prenote]{volume}[pages]{key}`` groups: (prenote, pages, key, volume)."""
    groups: list[tuple[str | None, str | None, str, str | None]] = []
    while True:
        pre, after = src.optional(at)
        volume = _group_after(src, after, end)
        if volume is None:
            break
        pages, after = src.optional(volume[1])
        key = _group_after(src, after, end)
        if key is None:
            break
        groups.append((pre, pages if pages and pages.strip() else None, key[0], volume[0]))
        at = key[1]
        if not multi:
            break
    return groups, at


def _volume_locator(volume: str, pages: str | None) -> tuple[str | None, str | None, str | None]:
    """The locator of a volume citation: "3:12" is page 12 of volume 3, a volume alone is the volume."""
    vol = _unicode(volume).strip()
    if pages is None:
        return vol or None, "volume" if vol else None, None
    locator, label, suffix = _split_post(pages)
    if locator is None:
        return None, None, f"{vol}: {suffix}"
    return f"{vol}:{locator}", label, suffix


def find_keyed_citations(src: _Source, start: int, end: int, once: bool = False
                         ) -> tuple[list[Citation], list[tuple[int, int]]]:
    """Keyed citations between ``start`` and ``end`` of the file, and the spans they take.

    ``once``: only the command at ``start`` (a ``\\footcite`` in the body).  The parts of one work's
    citation typed one after the other ("\\citeauthor{k}, \\emph{\\citetitle{k}}, 12") are one
    citation, with the page typed after them as its locator; the spans then also hold the
    punctuation between the parts and that page (a wrapper's braces stay, with nothing in them).
    """
    text = src.text
    citations: list[Citation] = []
    spans: list[tuple[int, int]] = []
    #: per command: its name, span and the index of its first citation
    commands: list[tuple[str, int, int, int]] = []
    pos = start
    while True:
        m = _CITE_COMMAND.search(text, pos, end)
        if not m:
            break
        if src.in_comment(m.start()):
            pos = m.end()
            continue
        name = m.group(1)
        multi = name.endswith("cites")
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
        groups: list[tuple[str | None, str | None, str, str | None]] = []
        by_volume = "volcite" in name
        if by_volume:
            groups, at = _volume_groups(src, at, end, multi)
        while not by_volume:
            first, after = src.optional(at)
            second, after2 = src.optional(after) if first is not None else (None, after)
            found = _group_after(src, after2, end)
            if found is None:
                break
            keys, at = found
            pre, post = (first, second) if second is not None else (None, first)
            groups.append((pre, post, keys, None))
            if not multi:
                break
        if not groups:
            pos = m.end()
            continue
        command = text[m.start():at]
        first_new = len(citations)
        for group_index, (pre, post, keys, volume) in enumerate(groups):
            key_list = [k.strip() for k in keys.split(",") if k.strip()]
            for index, key in enumerate(key_list):
                last = index == len(key_list) - 1
                if not last:
                    locator, label, suffix = None, None, None
                elif volume is not None:
                    locator, label, suffix = _volume_locator(volume, post)
                else:
                    locator, label, suffix = _split_post(post)
                prefix = (_unicode(pre).strip() or None) if pre and index == 0 else None
                if index == 0 and group_index == 0 and prefix is None:
                    # "See \\cite{x}": the signal typed before the command is its prefix
                    before = text[spans[-1][1] if spans else start: m.start()]
                    prefix = trailing_signal(strip_markup(to_unicode(_LINEBREAK_COMMENT.sub(r"\1 ", before))))
                citations.append(Citation(id=key, kind="keyed", locator=locator, label=label,
                                          prefix=prefix, suffix=suffix, text=command,
                                          span=(m.start(), at)))
        if global_notes and len(citations) > first_new:
            pre_all = _unicode(global_notes[0]).strip()
            post_all = _unicode(global_notes[1]).strip()
            if pre_all:
                typed = citations[first_new].prefix
                citations[first_new].prefix = f"{typed} {pre_all}" if typed else pre_all
            if post_all:
                final = citations[-1]
                final.suffix = f"{final.suffix} {post_all}" if final.suffix else post_all
        spans.append((m.start(), at))
        commands.append((name.rstrip("*"), m.start(), at, first_new))
        pos = at
        if once:
            break
    if any(c[0] in _PART_COMMANDS for c in commands):
        citations, spans = _join_parts(src, citations, commands, end)
    return citations, spans


def _join_parts(src: _Source, citations: list[Citation], commands: list[tuple[str, int, int, int]],
                end: int) -> tuple[list[Citation], list[tuple[int, int]]]:
    """One citation for the parts of one work ("\\citeauthor{k}, \\citetitle{k}, 12"), and the spans."""
    text = src.text
    counts = [(commands[i + 1][3] if i + 1 < len(commands) else len(citations)) - c[3]
              for i, c in enumerate(commands)]
    out: list[Citation] = []
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(commands):
        name, a, b, first = commands[i]
        if name not in _PART_COMMANDS or counts[i] != 1:
            out.extend(citations[first:first + counts[i]])
            spans.append((a, b))
            i += 1
            continue
        run = [i]
        while run[-1] + 1 < len(commands):
            j = run[-1] + 1
            gap = text[commands[run[-1]][2]:commands[j][1]]
            if (commands[j][0] not in _PART_COMMANDS or counts[j] != 1
                    or citations[commands[j][3]].id != citations[first].id
                    or not _PART_GAP.fullmatch(_WRAPPER.sub("", gap))):
                break
            run.append(j)
        parts = [citations[commands[k][3]] for k in run]
        joined = parts[0]
        for part in parts[1:]:
            if part.locator or part.suffix:
                joined.locator, joined.label, joined.suffix = part.locator, part.label, part.suffix
        run_spans = [(commands[k][1], commands[k][2]) for k in run]
        pieces: list[tuple[int, int]] = []
        for (_, gap_start), (gap_end, _) in itertools.pairwise(run_spans):
            pieces.extend(_removable(text, gap_start, gap_end))
        run_end = run_spans[-1][1]
        titled = len(run) > 1 or "title" in commands[run[0]][0]
        typed = _TYPED_PAGE.match(text, run_end, end) if titled and not (joined.locator or joined.suffix) else None
        if typed and _ANOTHER_NUMBER.match(text, typed.end(1), end):
            typed = None  # ", 1994, 12": a year and a page, or two numbers of some other kind: left as typed
        if typed:
            locator, label, suffix = split_locator(_unicode(typed.group(2)))
            if locator is not None and suffix is None:
                joined.locator, joined.label = locator, label
                pieces.append(typed.span(1))
                run_end = typed.end(1)
        joined.span = (run_spans[0][0], run_end)
        joined.text = text[run_spans[0][0]:run_end]
        out.append(joined)
        spans.extend(sorted(run_spans + pieces))
        i = run[-1] + 1
    return out, spans


def _removable(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans between ``start`` and ``end`` that are not a wrapper's command or braces."""
    out: list[tuple[int, int]] = []
    pos = start
    for m in _WRAPPER.finditer(text, start, end):
        if m.start() > pos:
            out.append((pos, m.start()))
        pos = m.end()
    if pos < end:
        out.append((pos, end))
    return out


#: French typography the converter would flatten: "n\\textsuperscript{o}" is "n°" (not the word
#: "no"), "\\no" (babel-french) too; "\\og … \\fg{}" are guillemets
_FRENCH_MARKS = (
    (lazy_compile(r"\b([nN])\\(?:textsuperscript|up)\s*\{\s*o(s?)\s*\}"), r"\1°\2"),
    (lazy_compile(r"\\no(?![A-Za-z@])\s*~?"), "n° "),
    (lazy_compile(r"\\og(?![A-Za-z@])\s*(?:\{\})?\s*"), "« "),
    (lazy_compile(r"\s*\\fg(?![A-Za-z@])\s*(?:\{\})?"), " »"),
)


#: a link command: ``\url{…}`` (also ``\url|…|``), ``\nolinkurl``, ``\path``, ``\doi``,
#: ``\href{url}{text}``; and the document's internal links, ``\hyperlink{target}{text}``
_LINK = lazy_compile(r"\\(url|nolinkurl|path|doi|href|hyperlink|hypertarget)(?![A-Za-z@])\*?\s*([^\sA-Za-z])")
_URL_ESCAPE = lazy_compile(r"\\([#%&_~$])")
_URL_TOKEN = lazy_compile("\ue000(\\d+)\ue001")


def _argument(raw: str, at: int) -> tuple[str, int] | None:
    """The ``{…}`` argument at ``at`` (after spaces) and the offset after it."""
    while at < len(raw) and raw[at].isspace():
        at += 1
    if raw[at:at + 1] != "{":
        return None
    close = closing_bracket(raw, at, "{", "}")
    return (raw[at + 1:close], close + 1) if close > 0 else None


def _protect_links(raw: str, urls: list[str] | None = None) -> tuple[str, list[str]]:
    """``raw`` with each link's address replaced by a token, and the addresses.

    An address is not LaTeX text: converting it would make its ``~`` a space, and an
    ``\\href``'s address would be dropped with the command.  ``\\href{url}{text}``
    keeps both, "text url", as the Markdown reader keeps ``[text](url)``; the text may hold a
    link of its own (``\\href{url}{\\url{url}}`` is the address once).  ``\\doi{…}`` reads
    "doi:…"; an internal link (``\\hyperlink{target}{text}``) is its text.
    """
    urls = [] if urls is None else urls
    out: list[str] = []
    pos = 0
    for m in _LINK.finditer(raw):
        if m.start() < pos:
            continue
        name, opening = m.group(1), m.group(2)
        if opening == "{":
            close = closing_bracket(raw, m.start(2), "{", "}")
        elif name in ("url", "nolinkurl", "path") and opening not in "[(":
            close = raw.find(opening, m.end())  # \url|…|: any character delimits the address
        else:
            continue
        if close < 0:
            break
        address = _URL_ESCAPE.sub(r"\1", raw[m.end():close].strip())
        after = close + 1
        if name in ("hyperlink", "hypertarget"):
            shown = _argument(raw, after)  # (the target is a name in the document: not shown)
            link = ""
            if shown is not None:
                link = "{" + _protect_links(shown[0], urls)[0] + "}"
                after = shown[1]
        else:
            urls.append(f"doi:{address}" if name == "doi" else address)
            link = f"\ue000{len(urls) - 1}\ue001"
            shown = _argument(raw, after) if name == "href" else None
            if shown is not None:
                after = shown[1]
                inner = shown[0].strip()
                plain = inner
                if inner.startswith("\\url{") and inner.endswith("}"):
                    plain = inner[5:-1]  # \href{url}{\url{url}}: the address shown once
                if _URL_ESCAPE.sub(r"\1", plain.strip()) != address:
                    link = "{" + _protect_links(shown[0], urls)[0] + "} " + link
        out.append(raw[pos:m.start()])
        out.append(link)
        pos = after
    out.append(raw[pos:])
    return "".join(out), urls


#: commands that print nothing where they stand: a label, an index entry, a \\nocite
_INVISIBLE = lazy_compile(r"\\(?:label|index|nocite|glsadd)(?![A-Za-z@])\*?\s*(?:\[[^\]]*\]\s*)?\{")


def _without_invisible(raw: str) -> str:
    """``raw`` without ``\\label{…}``, ``\\index{…}`` and ``\\nocite{…}``: they print nothing."""
    pos = 0
    out: list[str] = []
    for m in _INVISIBLE.finditer(raw):
        if m.start() < pos:
            continue
        close = closing_bracket(raw, m.end() - 1, "{", "}")
        if close < 0:
            break
        out.append(raw[pos:m.start()])
        pos = close + 1
    out.append(raw[pos:])
    return "".join(out)


def _note_text(src: _Source, start: int, end: int, remove: list[tuple[int, int]]) -> str:
    parts: list[str] = []
    pos = start
    for a, b in remove:
        parts.append(src.text[pos:a])
        pos = b
    parts.append(src.text[pos:end])
    raw = _without_invisible(_LINEBREAK_COMMENT.sub(r"\1 ", "".join(parts)))
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


#: the classes whose ``\chapter`` resets the footnote counter (notes numbered afresh in each chapter)
_CHAPTER_CLASSES = frozenset({"book", "report", "scrbook", "scrreprt", "memoir", "amsbook", "jsbook",
                              "ctexbook", "ctexrep", "thesis", "ociamthesis"})
_CLASS = lazy_compile(r"\\documentclass\s*(?:\[[^\]]*\])?\s*\{\s*([\w-]+)\s*\}")
#: the counter the footnotes are numbered within: chngcntr/LaTeX's ``\counterwithin{footnote}{chapter}``
#: (``*``: without the chapter's number in the note's), amsmath's ``\numberwithin``, ``\@addtoreset``
_WITHIN = lazy_compile(
    r"\\(counterwithin|counterwithout|numberwithin)(\*?)\s*\{footnote\}\s*\{(\w+)\}"
    r"|\\@(addtoreset|removefromreset)\s*\{footnote\}\s*\{(\w+)\}"
)
_HEADING = lazy_compile(r"\\(chapter|section|appendix)(\*?)(?![A-Za-z@])")
#: a minipage: its notes are lettered afresh ("a", "b" …) and leave the document's counter as it is
_MINIPAGE = lazy_compile(r"\\(begin|end)\s*\{minipage\}")
_THANKS = lazy_compile(r"\\thanks\s*\{")
_INCLUDE_ONLY = lazy_compile(r"\\includeonly\s*\{([^{}]*)\}")
#: a macro definition: its body is no place of the document (``\\newcommand{\\fn}[1]{\\footnote{#1}}``)
_DEFINITION = lazy_compile(
    r"\\((?:re|provide)?newcommand|DeclareRobustCommand|(?:New|Renew|Provide|Declare)DocumentCommand)\*?"
    r"\s*(?:\{\s*\\([A-Za-z@]+)\s*\}|\\([A-Za-z@]+))"
    r"|\\[gex]?def\s*\\([A-Za-z@]+)\s*((?:#\d)*)\s*\{"
)
_WRAPPED_NOTE = lazy_compile(r"\s*\\footnote\s*\{\s*#1\s*\}\s*")
#: a macro that is another name of a note command: ``\let\fn\footnote``, ``\newcommand{\fn}{\footnote}``
_ALIAS = lazy_compile(rf"\s*\\({_NOTE_NAMES})\s*")
_LET = lazy_compile(rf"(?:\\global\s*)?\\let\s*\\([A-Za-z@]+)\s*=?\s*\\({_NOTE_NAMES})(?![A-Za-z@])")
#: xparse's conditionals on an argument: what they print depends on the call, which is not evaluated
_CONDITIONAL = lazy_compile(r"\\If(?:No)?Value|\\IfBoolean")
_PARAMETER = lazy_compile(r"##|#([1-9])")
#: how deep ``\\input`` may nest before the reader stops following (a guard, not a LaTeX limit)
_MAX_DEPTH = 16
#: how deep note macros may expand inside each other (a guard against a macro that calls itself)
_MAX_EXPANSION = 8
#: the commands a macro may not redefine and still be read as ours
_OWN_NAMES = frozenset(_NOTE_NAMES.split("|"))


@dataclass
class _Macro:
    """A macro the document defines: its arguments (kind "m" or "o", with the default of an "o") and body."""

    name: str
    args: list[tuple[str, str | None]]
    body: str
    #: why a call cannot be expanded (an argument of a kind not read, a conditional), or None
    unsupported: str | None = None

    @property
    def alias(self) -> str | None:
        """The note command the macro stands for when it is just that command (``\\let\\fn\\footnote``,
        ``\\newcommand{\\fn}{\\footnote}``) or ``\\footnote{#1}``: read as that command itself."""
        if self.args == [("m", None)] and _WRAPPED_NOTE.fullmatch(self.body):
            return "footnote"
        alone = _ALIAS.fullmatch(self.body) if not self.args else None
        return alone.group(1) if alone else None


def _xparse_arguments(spec: str) -> tuple[list[tuple[str, str | None]], str | None]:
    """xparse's argument specification (``O{p.~1} m``) -> the arguments, and what is not read."""
    args: list[tuple[str, str | None]] = []
    i = 0
    while i < len(spec):
        ch = spec[i]
        if ch.isspace() or ch == "+" or ch == "!":
            i += 1
        elif ch == "m":
            args.append(("m", None))
            i += 1
        elif ch == "o":
            args.append(("o", None))
            i += 1
        elif ch == "O" and spec[i + 1:i + 2] == "{":
            close = closing_bracket(spec, i + 1, "{", "}")
            if close < 0:
                return args, f"an argument specification that does not close ({spec})"
            args.append(("o", spec[i + 2:close]))
            i = close + 1
        else:
            return args, f"an argument of kind '{ch}' (specification {{{spec}}})"
    return args, None


def _definitions(src: _Source, note_command: re.Pattern[str], known_names: frozenset[str] = frozenset()
                 ) -> tuple[list[tuple[int, int]], list[_Macro]]:
    """The spans of macro definitions, and the macros whose body makes a note.

    A macro that is ``\\footnote{#1}`` is read as ``\\footnote``; any other whose body holds a note
    command (or a note macro defined before it) is expanded where it is called.
    """
    spans: list[tuple[int, int]] = []
    macros: list[_Macro] = []
    candidates: list[_Macro] = []
    text = src.text
    for m in _DEFINITION.finditer(text):
        if src.in_comment(m.start()) or src.in_verbatim(m.start()):
            continue
        unsupported: str | None = None
        if m.group(4) is not None:  # \def\fn#1#2{…}
            name = m.group(4)
            args: list[tuple[str, str | None]] = [("m", None)] * len(re.findall("#", m.group(5)))
            brace = m.end() - 1
        else:
            name = m.group(2) or m.group(3)
            pos = m.end()
            if m.group(1).endswith("DocumentCommand"):
                spec = _group_after(src, pos, len(text))
                if spec is None:
                    continue
                args, unsupported = _xparse_arguments(spec[0])
                pos = spec[1]
            else:
                count, pos = src.optional(pos)
                n = int(count.strip()) if count and count.strip().isdigit() else 0
                default, after = src.optional(pos) if n else (None, pos)
                if default is not None:
                    args, pos = [("o", default)] + [("m", None)] * (n - 1), after
                else:
                    args = [("m", None)] * n
            brace = src.skip_space(pos)
            if brace >= len(text) or text[brace] != "{":
                continue
        close = src.group(brace)
        if close < 0:
            continue
        spans.append((m.start(), close + 1))  # (the name defined too: "\\newcommand{\\fn}" calls nothing)
        body = text[brace + 1:close]
        if name in _OWN_NAMES:
            continue
        if unsupported is None and _CONDITIONAL.search(body):
            unsupported = "a conditional on its arguments (\\IfValueTF …)"
        candidates.append(_Macro(name, args, body, unsupported))
    for m in _LET.finditer(text):
        if not (src.in_comment(m.start()) or src.in_verbatim(m.start())) and m.group(1) not in _OWN_NAMES:
            macros.append(_Macro(m.group(1), [], "\\" + m.group(2)))
    # a macro whose body calls a note macro makes notes too ("\\newcommand{\\fnp}[1]{\\fn{#1}{1}}")
    known = set(known_names) | {macro.name for macro in macros}
    while candidates:
        pattern = note_command if not known else re.compile(
            rf"\\({_NOTE_NAMES}|{'|'.join(re.escape(n) for n in sorted(known, key=len, reverse=True))})"
            r"\*?(?![A-Za-z@])")
        found = [macro for macro in candidates if pattern.search(macro.body)]
        if not found:
            break
        macros += found
        known |= {macro.name for macro in found}
        candidates = [macro for macro in candidates if macro not in found]
    return spans, macros


def _alph(n: int) -> str:
    """LaTeX's ``\\alph``: the number of a minipage's note ("a", "b" …)."""
    return chr(ord("a") + n - 1) if 1 <= n <= 26 else str(n)


@dataclass
class _Mark:
    """A ``\\footnotemark`` waiting for its ``\\footnotetext``: its number, place and order."""

    number: str
    index: int
    line: int
    path: str
    order: int
    #: a number given by hand (``\\footnotemark[7]``): it may point to a note read later
    explicit: bool = False


class _Walker:
    """The notes of a document and the files it pulls in, read in the order LaTeX typesets them."""

    def __init__(self, text: str, path: str) -> None:
        self.folder = os.path.dirname(path) if path != "-" else ""
        self.notes: list[Note] = []
        self.diagnostics: list[Diagnostic] = []
        self.counter = 0
        self.style_notes = _autocite_makes_notes(text)
        self.bibliographies: list[str] = []
        #: the macros that make notes, from every file read so far (a preamble's macro is called in a chapter)
        self.macros: dict[str, _Macro] = {}
        #: the marks waiting for their text, and how many marks were made
        self.marks: list[_Mark] = []
        self.mark_count = 0
        #: per open minipage, the number of its notes ("a", "b" …: LaTeX's mpfootnote counter)
        self.minipages: list[int] = []
        #: the endnote counter (``\\endnote`` of the endnotes and enotez packages: not the footnotes')
        self.endnotes = 0
        #: the line of a macro's call while its expansion is read (notes and diagnostics take it)
        self.call_line: int | None = None
        self.expansion_depth = 0
        #: every note in the order it was read (``notes`` has a \\footnotetext's in its mark's place)
        self.added: list[Note] = []
        clean = without_latex_comments(text)
        found = _CLASS.search(clean)
        self.chapters = bool(found and found.group(1) in _CHAPTER_CLASSES)
        #: the unit whose start resets the note counter, and whether its number goes before the note's
        self.within: str | None = "chapter" if self.chapters else None
        self.prefixed = False
        for m in _WITHIN.finditer(clean):
            if m.group(1) in ("counterwithin", "numberwithin") or m.group(4) == "addtoreset":
                self.within = m.group(3) or m.group(5)
                self.prefixed = m.group(1) is not None and not m.group(2)
            elif (m.group(3) or m.group(5)) == self.within:
                self.within, self.prefixed = None, False
        self.chapter = 0
        self.section = 0
        self.appendix = False
        only = _INCLUDE_ONLY.search(clean)
        self.include_only = ({n.strip() for n in only.group(1).split(",") if n.strip()}
                             if only else None)

    # -- numbering ---------------------------------------------------------------------------------------

    def _unit_number(self) -> str:
        def label(n: int) -> str:
            return chr(ord("A") + (n - 1) % 26) if self.appendix and n > 0 else str(n)

        if self.within == "chapter":
            return label(self.chapter)
        if self.chapters:
            return f"{label(self.chapter)}.{self.section}"
        return label(self.section)

    def number(self, value: int) -> str:
        """The note number printed for counter ``value``."""
        if self.prefixed and self.within in ("chapter", "section"):
            return f"{self._unit_number()}.{value}"
        return str(value)

    def heading(self, m: re.Match[str]) -> None:
        kind, starred = m.group(1), bool(m.group(2))
        if kind == "appendix":
            self.appendix = True
            if self.chapters:
                self.chapter = 0
            else:
                self.section = 0
            return
        if starred:
            return  # an unnumbered heading steps no counter
        if kind == "chapter":
            self.chapter += 1
            self.section = 0
        else:
            self.section += 1
        if kind == self.within or (kind == "chapter" and self.within == "section"):
            self.counter = 0

    # -- files -------------------------------------------------------------------------------------------

    def read(self, text: str, path: str, base: str, stack: list[str]) -> None:
        src = _Source(text)
        self.bibliographies.extend(latex_bibliography_files(text))
        definitions, macros = _definitions(src, _NOTE_COMMAND, frozenset(self.macros))
        for macro in macros:
            self.macros[macro.name] = macro
        skipped = src.verbatim + definitions

        def hidden(offset: int) -> bool:
            return src.in_comment(offset) or any(a <= offset < b for a, b in skipped)

        events: list[tuple[int, str, re.Match[str]]] = []
        for kind, pattern in (("counter", _COUNTER_CHANGE), ("heading", _HEADING), ("include", _INCLUDE),
                              ("minipage", _MINIPAGE)):
            events += [(e.start(), kind, e) for e in pattern.finditer(text) if not hidden(e.start())]
        events.sort(key=lambda e: e[0])
        for thanks in _THANKS.finditer(text):
            close = src.group(thanks.end() - 1)
            if hidden(thanks.start()) or close < 0:
                continue
            self.diagnostics.append(Diagnostic(
                "X102", "an acknowledgement note (\\thanks), not a citation note: kept here", path=path,
                line=src.line_of(thanks.start()), severity="info",
                raw=_note_text(src, thanks.end(), close, [])))
        note_command = self._note_command()
        pos = 0
        look_for_styled = self.style_notes or "smartcite" in text
        styled: re.Match[str] | None = None
        while True:
            m = note_command.search(text, pos)
            if look_for_styled and (styled is None or styled.start() < pos):
                # (searched again only once passed: a search from each note to the end would be quadratic)
                styled = _STYLE_NOTE_COMMAND.search(text, pos)
                look_for_styled = styled is not None
            if styled is not None and (m is None or styled.start() < m.start()) and (
                    self.style_notes or styled.group(1).lower().startswith("smart")):
                m = styled  # "\autocite[45]{key}" in the body of a note-style document: a note of its own
            if not m:
                break
            if hidden(m.start()):
                pos = m.end()
                continue
            while events and events[0][0] < m.start():
                self._event(events.pop(0), src, path, base, stack)
            pos = self._note(src, m, path, note_command)
        for event in events:
            self._event(event, src, path, base, stack)

    def _event(self, event: tuple[int, str, re.Match[str]], src: _Source, path: str, base: str,
               stack: list[str]) -> None:
        _, kind, m = event
        if kind == "counter":
            self.counter = _changed_counter(self.counter, m)
        elif kind == "minipage":
            if m.group(1) == "begin":
                self.minipages.append(0)
            elif self.minipages:
                self.minipages.pop()
        elif kind == "heading":
            self.heading(m)
        else:
            self._include(m, src, path, base, stack)

    def _include(self, m: re.Match[str], src: _Source, path: str, base: str, stack: list[str]) -> None:
        """Read the file an ``\\input``/``\\include`` names, in its place; report one not found or a cycle."""
        command = m.group(1) or m.group(3)
        name = (m.group(2) or m.group(5)).strip()
        line = src.line_of(m.start())
        here = os.path.dirname(path) if path != "-" else ""
        if m.group(4) is not None:  # \import{dir}{file}: from the main file's folder, \subimport: from this one
            folder = m.group(4).strip()
            base = os.path.join(here if command.startswith("sub") else self.folder, folder)
            here = base
        if command == "include" and self.include_only is not None and name not in self.include_only:
            self.diagnostics.append(Diagnostic(
                "X203", f"\\include{{{name}}} is left out by the document's \\includeonly: its notes "
                "are not read", path=path, line=line, severity="info", raw=m.group(0)))
            return
        names = [name] if name.endswith(".tex") else [name + ".tex", name]
        found = None
        if path != "-":
            for folder in dict.fromkeys((base, here)):
                for candidate in names:
                    full = os.path.join(folder, candidate)
                    if os.path.isfile(full):
                        found = full
                        break
                if found:
                    break
        if found is None:
            where = ("the document was read from standard input" if path == "-"
                     else "the file was not found next to the main file")
            self.diagnostics.append(Diagnostic(
                "X203", f"\\{command}{{{name}}}: its notes are not read ({where})", path=path, line=line,
                raw=m.group(0)))
            return
        real = os.path.realpath(found)
        if real in stack or len(stack) > _MAX_DEPTH:
            why = ("it is already being read (a cycle)" if real in stack
                   else f"files nested more than {_MAX_DEPTH} deep")
            self.diagnostics.append(Diagnostic(
                "X203", f"\\{command}{{{name}}} is not read again: {why}", path=path, line=line,
                raw=m.group(0)))
            return
        from citekit.errors import InputError
        from citekit.textio import decode_bytes

        try:
            with open(found, "rb") as handle:
                text, decode_diags = decode_bytes(handle.read(), found)
        except (OSError, InputError) as exc:
            self.diagnostics.append(Diagnostic(
                "X203", f"\\{command}{{{name}}}: {found} cannot be read ({exc}); its notes are not read",
                path=path, line=line, raw=m.group(0)))
            return
        self.diagnostics.extend(decode_diags)
        before = len(self.notes)
        self.read(text, found, base, [*stack, real])
        for note in self.notes[before:]:
            if note.path is None:  # (a note of a file this one pulled in already names that file)
                note.path = found
        numbers = [n.number for n in self.notes[before:]]
        which = (f"note {numbers[0]}" if len(numbers) == 1 else
                 f"notes {numbers[0]}–{numbers[-1]}" if numbers else "no notes")
        self.diagnostics.append(Diagnostic(
            "X203", f"\\{command}{{{name}}} is read in its place ({which}; lines and spans of its "
            f"notes are in {os.path.relpath(found, self.folder or os.curdir)})", path=path, line=line, severity="info", raw=m.group(0)))

    # -- notes -------------------------------------------------------------------------------------------

    def _note_command(self) -> re.Pattern[str]:
        """The note commands, with the document's note macros."""
        if not self.macros:
            return _NOTE_COMMAND
        names = "|".join(re.escape(name) for name in sorted(self.macros, key=len, reverse=True))
        return re.compile(rf"\\({_NOTE_NAMES}|{names})\*?(?![A-Za-z@])")

    def _step(self) -> str:
        """Step the note counter (a minipage's own in a minipage) and give the number it prints."""
        if self.minipages:
            self.minipages[-1] += 1
            return _alph(self.minipages[-1])
        self.counter += 1
        return self.number(self.counter)

    def _current(self) -> str:
        """The number the counter prints as it stands (what ``\\footnotetext`` prints)."""
        return _alph(self.minipages[-1]) if self.minipages else self.number(self.counter)

    def _mark(self, number: str, line: int, path: str, explicit: bool = False) -> None:
        self.mark_count += 1
        self.marks.append(_Mark(number, len(self.notes), line, path, self.mark_count, explicit))

    def _add_text_note(self, note: Note, name: str, path: str, explicit: bool, raw: str) -> None:
        """Add the note of a ``\\footnotetext``: in the place of its mark, or (without one) reported."""
        mark = next((k for k in self.marks if k.number == note.number), None)
        if mark is None:
            waiting = ", ".join(f"\\footnotemark {k.number} (line {k.line})" for k in self.marks)
            hint = (f"; the marks waiting for a text are {waiting}" if waiting and not explicit else "")
            self.diagnostics.append(Diagnostic(
                "X101", f"\\{name} of note {note.number} follows no \\footnotemark {note.number}: the note "
                f"is kept with the number LaTeX prints{hint}", path=path, line=note.line,
                raw=raw[:300]))
            self.notes.append(note)
            self.added.append(note)
            return
        self.marks.remove(mark)
        self.notes.insert(mark.index, note)
        self.added.append(note)
        for other in self.marks:  # (the marks made after it now stand one note further on)
            if other.index > mark.index or (other.index == mark.index and other.order > mark.order):
                other.index += 1

    def _note(self, src: _Source, m: re.Match[str], path: str, note_command: re.Pattern[str]) -> int:
        """Read the note command at ``m`` (and the notes inside it); the offset to go on from."""
        text = src.text
        line = self.call_line or src.line_of(m.start())
        name = m.group(1)
        macro = self.macros.get(name) if m.re != _STYLE_NOTE_COMMAND else None
        if macro is not None:
            if macro.alias is None:
                return self._expand(src, m, path, note_command)
            name = macro.alias
        if name in _FOOTNOTE_CITES or m.re == _STYLE_NOTE_COMMAND:
            # "\footcite[45]{key}" in the body: biblatex prints it as a note of its own
            citations, spans = find_keyed_citations(src, m.start(), len(text), once=True)
            if not citations:
                return m.end()
            cited = Note(number="", text="", span=spans[0], line=line, citations=citations)
            if name != "footcitetext":
                cited.number = self._step()
                self.notes.append(cited)
                self.added.append(cited)
            else:  # (the text of a note marked before, as \footnotetext)
                cited.number = self._current()
                self._add_text_note(cited, name, path, explicit=False, raw=text[spans[0][0]:spans[0][1]])
            return spans[0][1]
        number_arg, after = src.optional(m.end()) if name in _NUMBERED_NOTES else (None, m.end())
        if name == "sidenote" and number_arg is not None:
            after = src.optional(after)[1]  # (tufte's \\sidenote[number][offset]{…}: the offset is a length)
        if name == "footnotemark":
            # the mark's number is the one a later \footnotetext prints; "\footnotemark[7]" sets 7 for this
            # mark only (LaTeX does not step the counter), and one that repeats a note's number needs no text
            mark = (number_arg or "").strip()
            if number_arg is None:
                self._mark(self._step(), line, path)
            elif mark.isdigit() and not any(n.number == self.number(int(mark)) for n in self.notes):
                self._mark(self.number(int(mark)), line, path, explicit=True)
            return after
        brace = src.skip_space(after)
        if brace >= len(text) or text[brace] != "{":
            return m.end()
        close = src.group(brace)
        if close < 0:
            self.diagnostics.append(Diagnostic("X201", f"\\{name} without its closing brace; "
                                               "read to the end of the file", path=path, line=line,
                                               raw=text[m.start():m.start() + 200]))
            close = len(text)
        own_number = number_arg.strip() if number_arg else ""
        if own_number:
            number = self.number(int(own_number)) if own_number.isdigit() else own_number
        elif name == "footnotetext":
            number = self._current()
        elif name == "endnote":  # (the endnotes and enotez packages count endnotes apart from footnotes)
            self.endnotes += 1
            number = str(self.endnotes)
        else:
            number = self._step()  # (LaTeX does not step the counter for \footnote[12]{…})
        content_start = brace + 1
        # a note (or a mark) inside this one: a note of its own, numbered after it
        nested: list[re.Match[str]] = []
        inner_end = content_start
        for inner in note_command.finditer(text, content_start, close):
            if inner.start() < inner_end or src.in_comment(inner.start()) or src.in_verbatim(inner.start()):
                continue
            if inner.group(1) in _FOOTNOTE_CITES:
                continue  # (\footcite in a note is a citation of that note)
            nested.append(inner)
            inner_end = self._extent(src, inner, close)
        citations = []
        spans = []
        segment = content_start
        extents = [(inner.start(), self._extent(src, inner, close)) for inner in nested]
        for a, b in [*extents, (close, close)]:
            found, found_spans = find_keyed_citations(src, segment, a)
            citations += found
            spans += found_spans
            segment = b
        note_text = _note_text(src, content_start, close, sorted(spans + extents))
        note = Note(number=number, text=note_text, span=(content_start, close), line=line,
                    citations=citations)
        if name == "footnotetext":
            self._add_text_note(note, name, path, explicit=bool(own_number), raw=text[m.start():close + 1])
        else:
            self.notes.append(note)
            self.added.append(note)
        if not note_text and not citations:
            self.diagnostics.append(Diagnostic("X104", f"note {number} has no text", path=path,
                                               line=line))
        for inner in nested:
            self._note(src, inner, path, note_command)
        return close + 1

    def _extent(self, src: _Source, m: re.Match[str], end: int) -> int:
        """Where the note command at ``m`` ends (after its argument), within ``end``."""
        macro = self.macros.get(m.group(1))
        if macro is not None and macro.alias is None:
            call = _call(src, m, macro)
            return min(call[2], end) if not isinstance(call, str) else m.end()
        first, after = src.optional(m.end())
        if m.group(1) == "sidenote" and first is not None:
            after = src.optional(after)[1]
        if m.group(1) == "footnotemark":  # (a mark takes no argument: "\\footnotemark{}" at most)
            return after + 2 if src.text.startswith("{}", after) else after
        brace = src.skip_space(after)
        if brace < end and src.text[brace] == "{":
            close = src.group(brace)
            if 0 <= close < end:
                return close + 1
        return after

    def _expand(self, src: _Source, m: re.Match[str], path: str, note_command: re.Pattern[str]) -> int:
        """Read the notes a note macro's call makes: its body with the call's arguments put in.

        A note whose text comes from one argument keeps that argument's span in the file; one whose
        text the body adds to takes the call's span.  A call that cannot be read is reported (``X205``).
        """
        macro = self.macros[m.group(1)]
        line = self.call_line or src.line_of(m.start())
        call = _call(src, m, macro) if macro.unsupported is None else macro.unsupported
        if isinstance(call, str) or self.expansion_depth >= _MAX_EXPANSION:
            why = call if isinstance(call, str) else f"macros nested more than {_MAX_EXPANSION} deep"
            self.diagnostics.append(Diagnostic(
                "X205", f"\\{macro.name} makes a note (its definition holds one) but this call cannot be "
                f"read ({why}): its note is not read; the call is kept here", path=path, line=line,
                raw=src.text[m.start():m.start() + 300]))
            return m.end()
        values, starts, end = call
        expanded, pieces = _substitute(macro.body, values, starts)
        sub = _Source(expanded)
        first_added = len(self.added)
        outer_line = self.call_line
        self.call_line = line
        self.expansion_depth += 1
        try:
            pos = 0
            while True:
                inner = note_command.search(expanded, pos)
                if inner is None:
                    break
                if sub.in_comment(inner.start()):
                    pos = inner.end()
                    continue
                pos = max(inner.end(), self._note(sub, inner, path, note_command))
        finally:
            self.call_line = outer_line
            self.expansion_depth -= 1

        def in_file(span: tuple[int, int] | None) -> tuple[int, int]:
            if span is not None:
                for a, b, start in pieces:
                    if a <= span[0] and span[1] <= b:
                        return start + span[0] - a, start + span[1] - a
            return m.start(), end

        for note in self.added[first_added:]:
            note.span = in_file(note.span)
            for citation in note.citations:
                citation.span = in_file(citation.span)
        return end


def _call(src: _Source, m: re.Match[str], macro: _Macro) -> tuple[list[str], list[int], int] | str:
    """The arguments of a macro's call at ``m``: their texts, offsets in the file and the call's end;
    or why they cannot be read."""
    text = src.text
    values: list[str] = []
    starts: list[int] = []
    pos = m.end()
    for number, (kind, default) in enumerate(macro.args, start=1):
        if kind == "o":
            given, after = src.optional(pos)
            if given is None:
                values.append(default or "")
                starts.append(-1)
            else:
                values.append(given)
                starts.append(after - 1 - len(given))
                pos = after
            continue
        at = src.skip_space(pos)
        if at >= len(text) or text[at] in "}]":
            return f"argument {number} of {len(macro.args)} is missing"
        if text[at] == "{":
            close = src.group(at)
            if close < 0:
                return f"argument {number} does not close"
            values.append(text[at + 1:close])
            starts.append(at + 1)
            pos = close + 1
        else:  # a single token: "\fn x" or "\fn\cmd"
            token = re.match(r"\\(?:[A-Za-z@]+|.)|.", text[at:], re.S)
            assert token is not None
            values.append(token.group(0))
            starts.append(at)
            pos = at + len(token.group(0))
    return values, starts, pos


def _substitute(body: str, values: list[str], starts: list[int]) -> tuple[str, list[tuple[int, int, int]]]:
    """``body`` with ``#1``… replaced by ``values``; and where each value stands in the result and in the
    file (its offset there, from ``starts``; a default value stands nowhere in the file)."""
    out: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    length = 0
    pos = 0
    for m in _PARAMETER.finditer(body):
        out.append(body[pos:m.start()])
        length += m.start() - pos
        if m.group(1) is None:
            value = "#"
        else:
            index = int(m.group(1)) - 1
            value = values[index] if index < len(values) else ""
            if index < len(values) and starts[index] >= 0:
                pieces.append((length, length + len(value), starts[index]))
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(body[pos:])
    return "".join(out), pieces


#: the note commands that take the optional ``[number]``
_NUMBERED_NOTES = ("footnote", "footnotetext", "footnotemark", "endnote", "tablefootnote", "sidenote")


def read_latex_document(text: str, path: str = "-") -> ReaderResult:
    """Read the footnotes (and their keyed citations) of a LaTeX file and the files it pulls in.

    ``\\input``/``\\include``/``\\subfile``/``\\import`` are read in their place when the file is found
    (next to the main file, as LaTeX looks for it, or next to the file that names it); the notes
    read from such a file have their ``line`` and ``span`` in that file and its name in ``path``, and an
    ``X203`` (info) says which notes came from where.  A file not found, or one already being read (a cycle), is reported.
    """
    walker = _Walker(text, path)
    start = [os.path.realpath(path)] if path != "-" else []
    walker.read(text, path, walker.folder, start)
    notes, diagnostics = walker.notes, walker.diagnostics
    printed = {note.number for note in notes}
    for mark in walker.marks:
        if mark.explicit and mark.number in printed:
            continue  # ("\\footnotemark[5]" before note 5: a mark that points to a note of its own)
        diagnostics.append(Diagnostic(
            "X104", f"\\footnotemark {mark.number} is never given its \\footnotetext: the mark has no note",
            path=mark.path, line=mark.line))
    diagnostics.extend(attach_bibliography(notes, list(dict.fromkeys(walker.bibliographies)), path))
    if not notes:
        diagnostics.append(Diagnostic("X103", "no footnotes found", path=path, severity="info"))
    return ReaderResult(notes=notes, source=_latex_source(text), diagnostics=diagnostics)


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
