"""Footnotes of a pandoc Markdown document, and the ``[@key]`` citations in them.

* ``[^label]: text`` defines a note; it goes on over lazy continuation lines
  and over further paragraphs indented by four spaces or a tab (pandoc's rule).
* ``^[text]`` is an inline note (brackets nest).
* Notes are numbered as pandoc prints them: in the order their references
  (``[^label]`` or the inline note itself) appear in the body.
* ``[see @key, p. 6; @other]``, ``[-@key]`` and in-text ``@key [p. 6]`` inside
  a note become ``Citation(id=key, kind="keyed")`` with prefix, locator/label
  and suffix; **they are removed from** ``Note.text`` (kept in
  ``Citation.text``, with their file offsets in ``Citation.span``).
* A citation in the body, outside any note, bracketed (``[@key, p. 6]``) or
  in-text (``@key [p. 6]``), is what pandoc turns into a footnote of its own
  under a note style: it becomes a note with no text and its keyed citations.
* Note text is cleaned as pandoc prints it: emphasis marks dropped, ``--``
  an en dash and ``---`` an em dash.

Fenced code blocks and HTML comments are skipped (also inside notes), and block-quote marks in
notes dropped.  What inline code or an indented code block shows (`` `[^x]` ``, `` `[@key]` ``) is
neither a note nor a citation; in a note, inline code keeps its text as typed (backticks included: no
emphasis, link or dash is read in it), and so does a link's address.  A link reads "text address"
(``[text](url "title")``, ``[text][ref]`` and ``[ref]`` with the document's ``[ref]: url``, ``<url>``);
a code block in a note's later paragraphs (indented or fenced) is left out, its text kept in an ``X206``
(info), and list items lose their marks.  A signal typed before a
bracketed citation ("see also [@key, 7]") is its prefix, as in the LaTeX reader.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from citekit.brackets import closing_bracket
from citekit.extraction.split import trailing_signal
from citekit.lazy_regex import lazy_compile
from citekit.model import Citation, Diagnostic, Note
from citekit.readers import ReaderResult
from citekit.readers.bib_resources import attach_bibliography, markdown_bibliography_files
from citekit.readers.locators import split_locator

__all__ = ["parse_citation_group", "read_markdown_document"]

_DEFINITION = lazy_compile(r"^ {0,3}\[\^([^\]\s]+)\]:[ \t]?", re.M)
_REFERENCE = lazy_compile(r"\[\^([^\]\s]+)\](?!:)")
#: a fenced code block, also one indented as a note's later paragraph
_FENCE = lazy_compile(r"^[ \t]{0,8}(`{3,}|~{3,})[^\n]*\n.*?^[ \t]{0,8}\1[`~]*[ \t]*$", re.M | re.S)
#: a block quote's marks at the start of a note's lines
_QUOTE_MARK = lazy_compile(r"(?m)^[ \t]*>[ \t]?")
_KEY = r"-?@(?:\{[^}]+\}|\w(?:[\w:.#$%&+?<>~/-]*\w)?)"
_KEY_RE = lazy_compile(_KEY)
_GROUP = lazy_compile(r"\[([^\[\]]*?" + _KEY + r"[^\[\]]*)\]")
_INTEXT = lazy_compile(r"(?<![\w@\[])(" + _KEY + r")(?:\s*\[([^\[\]]*)\])?")
#: a link's destination and title: ``url``, ``<url>``, ``url "title"``
_TARGET = lazy_compile(r"\s*<?([^\s<>]*)>?(?:\s+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?\s*$", re.S)
_AUTOLINK = lazy_compile(r"<((?:[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)|(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+))>")
_BARE_URL = lazy_compile(r"\b(?:https?|ftp)://[^\s<>\ue000\ue001]*[^\s<>.,;:!?'\")\]\ue000\ue001]")
_KEPT = lazy_compile("\ue000(\\d+)\ue001")
#: emphasis: ``*text*``, ``**text**``; with underscores only at a word's edges (``snake_case`` is a word)
_EMPHASIS = lazy_compile(r"(\*{1,3})(?=\S)(.+?)(?<=\S)\1|(?<![\w\\])(_{1,3})(?=\S)(.+?)(?<=\S)\3(?!\w)")
#: a link reference definition of the document: ``[label]: url "title"``
_REFERENCE_DEFINITION = lazy_compile(
    r"^ {0,3}\[([^\]^][^\]]*)\]:[ \t]*<?([^\s<>]+)>?(?:[ \t]+(?:\"[^\"]*\"|'[^']*'|\([^()]*\)))?[ \t]*$", re.M)
_SPACE = lazy_compile(r"\s+")


@dataclass
class _Raw:
    label: str
    order: int  # offset of the first reference (or of the inline note)
    span: tuple[int, int]
    line: int
    pieces: list[tuple[int, int]] = field(default_factory=list)
    inline_citations: bool = False
    intext: str = ""  # an in-text citation of the body ("@key [p. 6]"): its group text
    #: the code blocks in the note (no text of it): their first line and text, for a diagnostic
    code: list[tuple[int, str]] = field(default_factory=list)


def parse_citation_group(inner: str, offset: int, command: str) -> list[Citation]:
    """``see @a, p. 6; @b`` -> keyed citations (prefix, locator/label, suffix)."""
    citations: list[Citation] = []
    for item in inner.split(";"):
        m = _KEY_RE.search(item)
        if not m:
            continue
        key = m.group(0).lstrip("-@").strip("{}")
        prefix = item[:m.start()].strip() or None
        rest = item[m.end():].strip()
        locator = label = suffix = None
        if rest.startswith(","):
            rest = rest[1:].strip()
        if rest:
            locator, label, suffix = split_locator(_smart_dashes(rest))
        citations.append(Citation(id=key, kind="keyed", locator=locator, label=label,
                                  prefix=prefix, suffix=suffix, text=command,
                                  span=(offset, offset + len(command))))
    return citations


def _keyed(text: str, start: int, end: int, find: str | None = None
           ) -> tuple[list[Citation], list[tuple[int, int]]]:
    """Keyed citations between ``start`` and ``end`` of ``text`` and the spans they cover.

    ``find`` is ``text`` with code masked (same offsets): citations are looked for there, so a
    ``[@key]`` shown as code is not one, and read from ``text``.
    """
    find = text if find is None else find
    citations: list[Citation] = []
    spans: list[tuple[int, int]] = []
    for m in _GROUP.finditer(find, start, end):
        if find[m.start() - 1:m.start()] == "^":
            continue
        group = parse_citation_group(text[m.start(1):m.end(1)], m.start(), text[m.start():m.end()])
        if group and group[0].prefix is None:
            # "see [@x, 7]": the signal typed before the brackets is the citation's prefix, as
            # the LaTeX reader does for "see \cite{x}"
            before = text[spans[-1][1] if spans else start:m.start()]
            group[0].prefix = trailing_signal(_clean(before)) if before.strip() else None
        citations += group
        spans.append((m.start(), m.end()))
    covered = list(spans)
    for m in _INTEXT.finditer(find, start, end):
        if any(a <= m.start() < b for a, b in covered):
            continue
        inner = text[m.start(1):m.end(1)] + (", " + text[m.start(2):m.end(2)] if m.group(2) else "")
        citations += parse_citation_group(inner, m.start(), text[m.start():m.end()])
        spans.append((m.start(), m.end()))
    order = sorted(range(len(spans)), key=lambda k: spans[k][0])
    citations.sort(key=lambda c: c.span[0] if c.span else 0)
    return citations, [spans[k] for k in order]


def _smart_dashes(text: str) -> str:
    """pandoc's ``smart`` extension: ``---`` is an em dash, ``--`` an en dash ("pp. 4--7")."""
    return text.replace("---", "—").replace("--", "–")


def _clean(text: str, refs: dict[str, str] | None = None) -> str:
    """A note's Markdown as the reader sees it: marks of emphasis and block quotes gone, links as
    "text address", dashes smart; code spans and addresses as typed.

    ``refs`` are the document's link reference definitions (``[label]: url``), by folded label.
    """
    kept: list[str] = []

    def keep(value: str) -> str:
        kept.append(value)
        return f"\ue000{len(kept) - 1}\ue001"

    text = _QUOTE_MARK.sub("", text)
    # code spans first: what they show is typed, not marked up (their line breaks are spaces)
    text = _CODE_SPAN.sub(lambda m: keep(_SPACE.sub(" ", m.group(0))), text)
    text = _links(text, refs or {}, keep)
    text = _BARE_URL.sub(lambda m: keep(m.group(0)), text)
    text = _smart_dashes(text)
    text = _SPACE.sub(" ", text).strip()  # (first: an emphasised title may run over a line break)
    text = _EMPHASIS.sub(lambda m: m.group(2) if m.group(1) else m.group(4), text)
    text = re.sub(r"\s+([,.;:)])", r"\1", text)
    while "\ue000" in text:  # (a link's text may hold a code span)
        restored = _KEPT.sub(lambda m: kept[int(m.group(1))], text)
        if restored == text:
            break
        text = restored
    return text


def _fold(label: str) -> str:
    return " ".join(label.lower().split())


def _links(text: str, refs: dict[str, str], keep: Callable[[str], str]) -> str:
    """``[text](url "title")``, ``[text][ref]``, ``[text][]``, ``[ref]`` and ``<url>`` as "text url".

    The text of a link is kept (brackets may nest in it); its address follows unless the text
    shows it already, and is kept as typed (no emphasis, no dashes).
    """
    out: list[str] = []
    pos = 0
    i = 0
    while i < len(text):
        ch = text[i]
        if ch == "<":
            auto = _AUTOLINK.match(text, i)
            if auto:
                out.append(text[pos:i])
                out.append(keep(auto.group(1)))
                pos = i = auto.end()
                continue
        if ch != "[" or text[i - 1:i] in ("\\", "^"):
            i += 1
            continue
        close = closing_bracket(text, i, "[", "]")
        if close < 0:
            i += 1
            continue
        shown = text[i + 1:close]
        image = text[i - 1:i] == "!"
        address: str | None = None
        end = close + 1
        if text[end:end + 1] == "(":
            paren = closing_bracket(text, end, "(", ")")
            if paren > 0:
                target = _TARGET.match(text[end + 1:paren])
                address = target.group(1) if target else None
                end = paren + 1
        elif text[end:end + 1] == "[":
            ref_close = closing_bracket(text, end, "[", "]")
            if ref_close > 0:
                label = text[end + 1:ref_close] or shown
                address = refs.get(_fold(label))
                if address is not None:
                    end = ref_close + 1
        else:
            address = refs.get(_fold(shown))
        if address is None:
            i += 1
            continue
        start = i - 1 if image else i
        inner = _links(shown, refs, keep)
        bare = _KEPT.sub("", inner)
        shows = address.rstrip("/").split("://")[-1].removeprefix("mailto:") in bare
        out.append(text[pos:start])
        out.append(inner if shows else f"{inner} {keep(address)}".strip())
        pos = i = end
    out.append(text[pos:])
    return "".join(out)


def _mask(match: re.Match[str]) -> str:
    """The match blanked, its line breaks kept (so offsets and lines stay)."""
    return re.sub(r"[^\n]", " ", match.group(0))


#: an HTML comment: what the author took out of the text (notes too)
_HTML_COMMENT = lazy_compile(r"<!--.*?-->", re.S)


def _blank_fences(text: str) -> str:
    """The text with fenced code blocks and HTML comments blanked out (offsets kept)."""
    return _HTML_COMMENT.sub(_mask, _FENCE.sub(_mask, text))


#: an inline code span: backticks, its text (not over a blank line), as many backticks
_CODE_SPAN = lazy_compile(r"(?<!`)(`+)(?!`)((?:[^`\n]|\n(?![ \t]*\n)|`(?!\1(?!`)))+?)(?<!`)\1(?!`)")
_LIST_ITEM = lazy_compile(r"^ {0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_INDENTED = lazy_compile(r"^(?: {4}|\t)")


def _mask_code(scan: str) -> str:
    """``scan`` with inline code spans and indented code blocks blanked (offsets kept).

    What code shows (``[^x]``, ``[@key]``) is no note and no citation.  A line indented by four
    spaces after a blank line is code unless it goes on a note or a list item (pandoc's rule).
    """
    lines = scan.split("\n")
    out: list[str] = []
    in_container = False  # the block above belongs to a note definition or a list item
    code = False
    previous_blank = True
    for line in lines:
        blank = not line.strip()
        if blank:
            out.append(line)
            previous_blank = True
            continue
        if _INDENTED.match(line):
            if code or (previous_blank and not in_container):
                code = True
                out.append(" " * len(line))
                previous_blank = False
                continue
        else:
            code = False
            in_container = bool(_DEFINITION.match(line) or _LIST_ITEM.match(line)) or (
                in_container and not previous_blank)
        out.append(line)
        previous_blank = False
    return _CODE_SPAN.sub(_mask, "\n".join(out))


#: a list item's mark at the start of a note's line
_ITEM_MARK = lazy_compile(r"^([ \t]*)([-*+]|\d{1,9}[.)])([ \t]+)(?=\S)")


def _note_blocks(scan_lines: list[str], find_lines: list[str], first: int, stop: int) -> list[tuple[int, str]]:
    """Blank the code blocks (indented eight columns) and the list marks of a note's lines ``first:stop``.

    Offsets stay: a code line becomes spaces, a mark spaces of its width.  The code blocks blanked
    are returned (the index of the first line, the text) for the diagnostic that keeps them.
    """
    blocks: list[tuple[int, str]] = []
    previous_blank = False
    previous_code = False
    previous_item = False
    for k in range(first, stop):
        line = scan_lines[k]
        if not line.strip():
            previous_blank = True
            continue
        width = len(line.expandtabs(4)) - len(line.expandtabs(4).lstrip())
        if width >= 8 and (previous_blank or previous_code) and not previous_item:
            if previous_code:
                blocks[-1] = (blocks[-1][0], blocks[-1][1] + "\n" * (previous_blank + 1) + line)
            else:
                blocks.append((k, line))
            scan_lines[k] = find_lines[k] = " " * len(line)
            previous_code, previous_blank = True, False
            continue
        previous_code = False
        item = _ITEM_MARK.match(line)
        if item and (previous_blank or previous_item):
            blank = " " * (item.end() - item.start(2))
            scan_lines[k] = line[:item.start(2)] + blank + line[item.end():]
            find_lines[k] = find_lines[k][:item.start(2)] + blank + find_lines[k][item.end():]
            previous_item = True
        elif previous_blank:
            previous_item = False
        previous_blank = False
    return blocks


def _mask_links(find: str, refs: dict[str, str]) -> str:
    """``find`` with links blanked (offsets kept): a link is no citation, whatever "@" it shows.

    ``[me@example.org](mailto:…)``, ``[text][ref]``, ``<https://x.org/@user>`` and a bare address.
    """
    spans: list[tuple[int, int]] = []
    for m in re.finditer(r"(?<![\\^])\[(?!\^)", find):
        close = closing_bracket(find, m.start(), "[", "]")
        if close < 0:
            continue
        after = find[close + 1:close + 2]
        end = -1
        if after == "(":
            paren = closing_bracket(find, close + 1, "(", ")")
            end = paren + 1 if paren > 0 else -1
        elif after == "[":
            ref_close = closing_bracket(find, close + 1, "[", "]")
            label = find[close + 2:ref_close] if ref_close > 0 else ""
            if ref_close > 0 and _fold(label or find[m.start() + 1:close]) in refs:
                end = ref_close + 1
        if end > 0:
            spans.append((m.start(), end))
    spans += [m.span() for m in _AUTOLINK.finditer(find)]
    spans += [m.span() for m in _BARE_URL.finditer(find)]
    if not spans:
        return find
    chars = list(find)
    for a, b in spans:
        for k in range(a, b):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)


def read_markdown_document(text: str, path: str = "-") -> ReaderResult:
    """Read the footnotes (and keyed citations) of a pandoc Markdown file."""
    scan = _blank_fences(text)
    refs: dict[str, str] = {}
    for link_definition in _REFERENCE_DEFINITION.finditer(scan):
        refs.setdefault(_fold(link_definition.group(1)), link_definition.group(2))
    find = _mask_links(_mask_code(scan), refs)
    line_starts = [0] + [m.end() for m in re.finditer("\n", scan)]

    def line_of(offset: int) -> int:
        import bisect

        return bisect.bisect_right(line_starts, offset)

    diagnostics: list[Diagnostic] = []
    definitions: dict[str, _Raw] = {}
    in_notes: list[tuple[int, int]] = []  # spans of definitions, not body
    lines = scan.split("\n")
    note_lines: list[tuple[int, int]] = []  # the later lines of each definition
    note_raws: list[_Raw] = []  # (and the definition itself)
    index = 0
    while index < len(lines):
        start = line_starts[index]
        m = _DEFINITION.match(scan, start)
        if not m or m.start() != start:
            index += 1
            continue
        label = m.group(1)
        content_start = m.end()
        last = index
        j = index + 1
        while j < len(lines):
            line = lines[j]
            if not line.strip():
                k = j
                while k < len(lines) and not lines[k].strip():
                    k += 1
                if k < len(lines) and (lines[k].startswith("    ") or lines[k].startswith("\t")):
                    j = k
                    continue
                break
            if _DEFINITION.match(line) or (not line.startswith((" ", "\t")) and
                                           not lines[j - 1].strip()):
                break
            last = j
            j += 1
        end = line_starts[last] + len(lines[last])
        note_lines.append((index + 1, last + 1))
        raw = _Raw(label, -1, (content_start, end), index + 1, [(content_start, end)])
        note_raws.append(raw)
        if label in definitions:
            diagnostics.append(Diagnostic("X202", f"note [^{label}] defined twice; the first is kept",
                                          path=path, line=index + 1))
        else:
            definitions[label] = raw
        in_notes.append((start, end))
        index = last + 1

    # in a note's later paragraphs: code blocks are no text of it, list items lose their marks
    scan_lines, find_lines = scan.split("\n"), find.split("\n")
    for (first, stop), raw_note in zip(note_lines, note_raws, strict=True):
        raw_note.code += [(k + 1, block) for k, block in _note_blocks(scan_lines, find_lines, first, stop)]
    scan, find = "\n".join(scan_lines), "\n".join(find_lines)
    # a fenced code block in a note's later paragraphs (``scan`` has it blank): no text of it either
    import bisect

    starts = [raw_note.span[0] for raw_note in note_raws]  # (definitions in the order of the file)
    for fence in _FENCE.finditer(text):
        at = bisect.bisect_right(starts, fence.start()) - 1
        if at < 0:
            continue
        raw_note = note_raws[at]  # the definition before it: the fence is in it, or in a paragraph of it
        indented = _INDENTED.match(text, fence.start()) is not None
        end = raw_note.span[1]
        if fence.start() < end or (indented and not scan[end:fence.start()].strip()):
            raw_note.code.append((line_of(fence.start()), fence.group(0)))
            raw_note.code.sort()

    def in_definition(pos: int) -> bool:
        return any(a <= pos < b for a, b in in_notes)

    ordered: list[_Raw] = []
    inline_spans: list[tuple[int, int]] = []
    for m in re.finditer(r"\^\[|\[\^", find):
        pos = m.start()
        if in_definition(pos) or any(a <= pos < b for a, b in inline_spans):
            continue
        if find.startswith("^[", pos):
            close = closing_bracket(find, pos + 1, "[", "]")
            if close < 0:
                diagnostics.append(Diagnostic("X202", "inline note ^[ without its closing bracket; "
                                              "not read as a note", path=path, line=line_of(pos),
                                              raw=text[pos:pos + 80]))
                continue
            raw = _Raw("", pos, (pos + 2, close), line_of(pos), [(pos + 2, close)])
            ordered.append(raw)
            inline_spans.append((pos, close + 1))
            continue
        ref = _REFERENCE.match(find, pos)
        if not ref:
            continue
        label = ref.group(1)
        if label not in definitions:
            diagnostics.append(Diagnostic("X202", f"note reference [^{label}] has no definition",
                                          path=path, line=line_of(pos), raw=ref.group(0)))
            continue
        if definitions[label].order < 0:
            definitions[label].order = pos
            ordered.append(definitions[label])

    # body citations outside notes: pandoc makes each a note under a note style
    body_groups: list[tuple[int, int]] = []
    for m in _GROUP.finditer(find):
        if find[m.start() - 1:m.start()] == "^" or in_definition(m.start()):
            continue
        if any(a <= m.start() < b for a, b in inline_spans):
            continue
        raw = _Raw("", m.start(), (m.start() + 1, m.end() - 1), line_of(m.start()), [])
        raw.inline_citations = True
        ordered.append(raw)
        body_groups.append((m.start(), m.end()))

    # in-text citations of the body ("as @key [p. 41] argued"): under a note style pandoc
    # prints the author in the text and the citation in a note of its own
    for m in _INTEXT.finditer(find):
        if in_definition(m.start()) or any(a <= m.start() < b for a, b in inline_spans + body_groups):
            continue
        raw = _Raw("", m.start(), (m.start(), m.end()), line_of(m.start()), [])
        raw.intext = scan[m.start(1):m.end(1)] + (", " + scan[m.start(2):m.end(2)] if m.group(2) else "")
        ordered.append(raw)

    ordered.sort(key=lambda r: r.order)
    unreferenced = [r for r in definitions.values() if r.order < 0]
    for raw in unreferenced:
        diagnostics.append(Diagnostic("X202", f"note [^{raw.label}] is never referenced; "
                                      "numbered after the others", path=path, line=raw.line,
                                      severity="info"))
    notes: list[Note] = []
    for number, raw in enumerate(ordered + unreferenced, start=1):
        a, b = raw.span
        if raw.intext:
            citations = parse_citation_group(raw.intext, a, text[a:b])
            notes.append(Note(str(number), "", raw.span, raw.line, citations))
            continue
        if raw.inline_citations:
            citations = parse_citation_group(text[a:b], a - 1, text[a - 1:b + 1])
            notes.append(Note(str(number), "", raw.span, raw.line, citations))
            continue
        for code_line, block in raw.code:
            diagnostics.append(Diagnostic("X206", f"note {number}: a code block in the note is no text of "
                                          "it and is left out (kept here)", path=path, line=code_line,
                                          severity="info", raw=block[:2000]))
        citations, spans = _keyed(scan, a, b, find)
        parts: list[str] = []
        pos = a
        for s, e in spans:  # (code blocks in a note are left out: ``scan`` has them blank)
            parts.append(scan[pos:s])
            pos = e
        parts.append(scan[pos:b])
        note_text = _clean("".join(parts), refs)
        notes.append(Note(str(number), note_text, raw.span, raw.line, citations))
    if not notes:
        diagnostics.append(Diagnostic("X103", "no footnotes found", path=path, severity="info"))
    diagnostics.extend(attach_bibliography(notes, markdown_bibliography_files(text), path))
    return ReaderResult(notes=notes, source=_front_matter(text), diagnostics=diagnostics)


_YAML = lazy_compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*\n", re.S)


def _front_matter(text: str) -> dict[str, object]:
    """``title:`` and ``author:`` from a YAML metadata block, when simple."""
    from citekit.readers.cover import split_person

    m = _YAML.match(text)
    if not m:
        return {}
    source: dict[str, object] = {}
    authors: list[dict[str, str]] = []
    in_authors = False
    for line in m.group(1).splitlines():
        field_match = re.match(r"^(\w[\w-]*):\s*(.*)$", line)
        if field_match:
            key, value = field_match.group(1).lower(), field_match.group(2).strip().strip("'\"")
            in_authors = key == "author"
            if key == "title" and value:
                source["title"] = value
            elif key == "author" and value:
                authors += [split_person(v) for v in value.strip("[]").split(",") if v.strip()]
            elif key == "date" and value:
                source["issued"] = {"raw": value}
        elif in_authors and line.strip().startswith("-"):
            name = line.strip()[1:].strip().strip("'\"")
            if name.startswith("name:"):
                name = name[5:].strip().strip("'\"")
            if name:
                authors.append(split_person(name))
    if authors:
        source["author"] = authors
    if source:
        source["type"] = "article"
    return source
