"""citekit's output formatter for citeproc-py: structured marks, resolved once at the end.

citeproc-py formats eagerly: its HTML formatter wraps text in tags while the
variables themselves go in unescaped, and its quotes are bare characters, so
the rules that depend on what *follows* a quotation (punctuation moved inside
the quotes in American English, a full stop swallowed after "?") cannot be
applied.  citekit's formatter instead emits private-use marks around every
formatted span and every quotation; :func:`serialize` then reads the marked
string as a token stream and produces text, HTML (escaped) or Markdown
(``*italics*``), applying the quotation and punctuation rules across span
boundaries.  The marks never reach users: :func:`serialize` removes all of them.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from citeproc.string import String

from citekit.lazy_regex import lazy_compile

# Private-use code points: opening/closing mark of each span kind.
MARKS: dict[str, tuple[str, str]] = {
    "i": ("\ue000", "\ue001"),
    "b": ("\ue002", "\ue003"),
    "sc": ("\ue004", "\ue005"),
    "sup": ("\ue006", "\ue007"),
    "sub": ("\ue008", "\ue009"),
    "u": ("\ue00a", "\ue00b"),
    "q": ("\ue00c", "\ue00d"),
    # a quotation written in the data with single quotes: kept as typed at the
    # outer level, flipped like any quotation when nested
    "dq": ("\ue00e", "\ue00f"),
    # a quotation written with straight single quotes: the inner level of quotation
    "sq": ("\ue010", "\ue011"),
}
_OPENERS = {o: k for k, (o, _c) in MARKS.items()}
_CLOSERS = {c: k for k, (_o, c) in MARKS.items()}
_ANY_MARK = lazy_compile("[\ue000-\ue011]")


def _span(kind: str, text: object) -> String:
    opening, closing = MARKS[kind]
    return String(f"{opening}{text}{closing}")


# --- the formatter interface citeproc-py calls (module-level names) ----------

def preformat(text: object) -> str:
    """Text goes in raw: escaping is the serializer's job, once, for every piece."""
    return str(text)


def Italic(text: object) -> String:
    return _span("i", text)


Oblique = Italic


def Bold(text: object) -> String:
    return _span("b", text)


def Light(text: object) -> String:
    return String(str(text))


def Underline(text: object) -> String:
    return _span("u", text)


def Superscript(text: object) -> String:
    return _span("sup", text)


def Subscript(text: object) -> String:
    return _span("sub", text)


def SmallCaps(text: object) -> String:
    return _span("sc", text)


def quoted(text: object) -> String:
    """A quotation; which quote characters (outer or inner) is decided when serializing."""
    return _span("q", text)


_DATA_DOUBLE = lazy_compile(r"“(.+?)”")
_DATA_SINGLE = lazy_compile(r"(?<!\w)‘(.+?)’(?!\w)")
_STRAIGHT_DOUBLE = lazy_compile(r'"([^"]+)"')
_STRAIGHT_SINGLE = lazy_compile(r"(?<![\w'])'([^']+?)'(?!\w)")


def mark_data_quotes(text: str) -> str:
    """Quotations typed in a field as quotation marks, so that nesting flips them and
    punctuation moves inside them: "…" and “…” are quotations, '…' a quotation at the
    inner level, ‘…’ kept as typed at the top level; other straight ' are apostrophes (’),
    as citeproc-js prints them."""
    q_open, q_close = MARKS["q"]
    d_open, d_close = MARKS["dq"]
    s_open, s_close = MARKS["sq"]
    doubles, singles = _STRAIGHT_DOUBLE.search(text), _STRAIGHT_SINGLE.search(text)
    double, single = (q_open, q_close), (s_open, s_close)
    if singles and (not doubles or singles.start() < doubles.start()):
        double, single = single, double  # the kind of quotation met first is the outer one
    text = _STRAIGHT_DOUBLE.sub(lambda m: f"{double[0]}{m.group(1)}{double[1]}", text)
    text = _STRAIGHT_SINGLE.sub(lambda m: f"{single[0]}{m.group(1)}{single[1]}", text)
    text = text.replace("'", "’")
    text = _DATA_DOUBLE.sub(lambda m: f"{q_open}{m.group(1)}{q_close}", text)
    return _DATA_SINGLE.sub(lambda m: f"{d_open}{m.group(1)}{d_close}", text)


_NOCASE_SPAN = lazy_compile(r'(<span class="nocase">.*?</span>)', re.IGNORECASE | re.DOTALL)


def mark_rich_text(text: str) -> str:
    """:func:`mark_data_quotes` outside CSL-JSON's ``<span class="nocase">`` tags, whose
    straight quotes are markup (curling them hid the span from citeproc-py, which
    then printed the tag as text instead of protecting its words from case changes)."""
    pieces = _NOCASE_SPAN.split(text)
    for n in range(0, len(pieces), 2):
        pieces[n] = mark_data_quotes(pieces[n])
    for n in range(1, len(pieces), 2):
        inner = pieces[n][len('<span class="nocase">'):-len("</span>")]
        pieces[n] = f'<span class="nocase">{mark_data_quotes(inner)}</span>'
    return "".join(pieces)


def strip_marks(text: str) -> str:
    return _ANY_MARK.sub("", text)


# --- serialisation -----------------------------------------------------------

@dataclass(frozen=True)
class Quotes:
    """The locale's quotation marks and its punctuation-in-quote option."""

    open: str = "“"
    close: str = "”"
    inner_open: str = "‘"
    inner_close: str = "’"
    punctuation_inside: bool = False


_HTML_TAGS = {
    "i": ("<i>", "</i>"),
    "b": ("<b>", "</b>"),
    "sc": ('<span style="font-variant:small-caps;">', "</span>"),
    "sup": ("<sup>", "</sup>"),
    "sub": ("<sub>", "</sub>"),
    "u": ('<span style="text-decoration:underline;">', "</span>"),
}
_MD_TAGS = {"i": ("*", "*"), "b": ("**", "**"), "sup": ("^", "^"), "sub": ("~", "~")}
_MD_SPECIAL = lazy_compile(r"([\\`*_\[\]<>#])")

#: terminal punctuation that makes a following full stop or comma redundant
_SWALLOWS = {".": set("?!.")}
#: punctuation that moves inside a closing quotation mark where the locale says so
_MOVES_INSIDE = frozenset(".,")


def _tokens(marked: str) -> list[tuple[str, str]]:
    """Split into ("text", ch) / ("open", kind) / ("close", kind) / ("qopen"|"qclose", "")."""
    out: list[tuple[str, str]] = []
    for ch in marked:
        if ch in _OPENERS:
            kind = _OPENERS[ch]
            out.append(("qopen", kind) if kind in ("q", "dq", "sq") else ("open", kind))
        elif ch in _CLOSERS:
            kind = _CLOSERS[ch]
            out.append(("qclose", kind) if kind in ("q", "dq", "sq") else ("close", kind))
        else:
            out.append(("text", ch))
    return out


def _drop_empty_spans(tokens: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Remove a span that opens and closes with nothing inside (``**`` in Markdown)."""
    out: list[tuple[str, str]] = []
    for token in tokens:
        if out and token[0] == "close" and out[-1] == ("open", token[1]):
            out.pop()
            continue
        out.append(token)
    return out


def _previous_text(tokens: list[tuple[str, str]], index: int) -> tuple[int, bool]:
    """Index of the text char before ``index`` over closing marks, and whether a quote closed."""
    j = index - 1
    crossed_quote = False
    while j >= 0 and tokens[j][0] in ("close", "qclose"):
        crossed_quote = crossed_quote or tokens[j][0] == "qclose"
        j -= 1
    return j, crossed_quote


def _fix_punctuation(tokens: list[tuple[str, str]], quotes: Quotes) -> list[tuple[str, str]]:
    """Apply the rules for a full stop or comma that follows closing marks."""
    out: list[tuple[str, str]] = []
    for kind, value in tokens:
        if kind == "text" and value in _MOVES_INSIDE and out:
            j, crossed_quote = _previous_text(out, len(out))
            before = out[j][1] if j >= 0 and out[j][0] == "text" else ""
            if value in _SWALLOWS and before and before in "?!":
                continue  # "Books?”." -> "Books?”"
            if j < len(out) - 1:  # punctuation right after a span or quotation
                ellipsis = before == "." and j >= 1 and out[j - 1] == ("text", ".")
                if value in _SWALLOWS and before == "." and not ellipsis:
                    continue
                if crossed_quote and quotes.punctuation_inside:
                    first_quote = next(k for k in range(j + 1, len(out)) if out[k][0] == "qclose")
                    out.insert(first_quote, (kind, value))
                    continue
        out.append((kind, value))
    return out


def _resolve_quotes(tokens: list[tuple[str, str]], quotes: Quotes) -> list[tuple[str, str]]:
    """Quotation marks by depth: outer marks, then inner, alternating (CSL flip-flop)."""
    depth = 0
    out: list[tuple[str, str]] = []
    for kind, value in tokens:
        if kind == "qopen":
            level = depth + (value == "sq" and depth == 0)
            if value == "dq" and depth == 0:
                out.append(("text", "‘"))
            else:
                out.append(("text", quotes.open if level % 2 == 0 else quotes.inner_open))
            depth += 1
        elif kind == "qclose":
            depth = max(depth - 1, 0)
            level = depth + (value == "sq" and depth == 0)
            if value == "dq" and depth == 0:
                out.append(("text", "’"))
            else:
                out.append(("text", quotes.close if level % 2 == 0 else quotes.inner_close))
        else:
            out.append((kind, value))
    return out


def serialize(marked: str, output: str = "text", quotes: Quotes | None = None) -> str:
    """Turn a marked rendering into ``text``, ``html`` or ``markdown``."""
    quotes = quotes or Quotes()
    tokens = _resolve_quotes(_fix_punctuation(_drop_empty_spans(_tokens(marked)), quotes), quotes)
    parts: list[str] = []
    text_run: list[str] = []

    def flush() -> None:
        if not text_run:
            return
        run = "".join(text_run)
        text_run.clear()
        if output == "html":
            run = html.escape(run, quote=False)
        elif output == "markdown":
            run = _MD_SPECIAL.sub(r"\\\1", run)
        parts.append(run)

    for kind, value in tokens:
        if kind == "text":
            text_run.append(value)
            continue
        flush()
        tags = _HTML_TAGS if output == "html" else _MD_TAGS if output == "markdown" else {}
        if value in tags:
            parts.append(tags[value][0 if kind == "open" else 1])
    flush()
    return "".join(parts)
