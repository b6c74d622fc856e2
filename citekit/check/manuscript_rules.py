"""Manuscript rules (C2xx): citations that will not print as the author meant.

=====  ========  ==============================================================
code   severity  finding
=====  ========  ==============================================================
C201   error     a cited key (``\\cite`` family, ``[@key]``) that no bibliography
                 defines, with a "did you mean" for near misses
C202   warning   a footnote that cites a work of the bibliography by hand;
                 the message gives the ``\\footcite`` (``[@key]``) replacing it
C203   warning   a footnote that holds a bare key as text
C204   warning   text after a ``\\footcite`` that belongs in its postnote
                 (``\\footcite{key}, p. 5``)
C205   info      an entry no manuscript cites (opt-in: ``enable = ["C205"]``)
C206   error     a bibliography the manuscript names (``\addbibresource``, YAML
                 ``bibliography:``) that does not exist
=====  ========  ==============================================================
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from citekit.check.manuscript_scan import Footnote, ManuscriptScan, note_keys
from citekit.lazy_regex import lazy_compile
from citekit.model import Diagnostic, Entry

if TYPE_CHECKING:
    from citekit.cite import NotePlan, WorkFinder

#: rapidfuzz ratio (0-100) above which a defined key is offered as "did you mean".
SUGGESTION_CUTOFF = 80.0

_BARE_KEY_RE = lazy_compile(
    r"^\s*(?P<key>[A-Za-z][\w:./+-]*\d[\w:./+-]*|[A-Za-z]+[\w:./+-]*[A-Z][\w:./+-]*)"
    r"\s*(?:,\s*(?:(?:pp?|S)\.\s*)?(?P<loc>[\divxlc][\w–-]*(?:\s*ff?\.)?))?\s*\.?\s*$"
)


def suggest_key(key: str, keys: Sequence[str], folded: dict[str, str]) -> str | None:
    """The defined key ``key`` was probably meant to be, or ``None``."""
    if key.lower() in folded:
        return folded[key.lower()]
    best = process.extractOne(key, keys, scorer=fuzz.ratio, score_cutoff=SUGGESTION_CUTOFF)
    return str(best[0]) if best else None


def missing_keys(scan: ManuscriptScan, keys: set[str], keys_list: Sequence[str],
                 folded: dict[str, str]) -> list[Diagnostic]:
    """C201 for every cited key no bibliography defines."""
    out = []
    suggestions: dict[str, str | None] = {}
    # A bare "@name" in Markdown is a citation only where the file cites at all (a README
    # that thanks "@octocat" is not a manuscript): bracketed citations or a bibliography.
    cites = not scan.markdown or bool(scan.bibliographies) or any(u.command == "[@" for u in scan.uses)
    for use in scan.uses:
        if use.key in keys or not cites:
            continue
        if use.key not in suggestions:
            suggestions[use.key] = suggest_key(use.key, keys_list, folded)
        hint = suggestions[use.key]
        advice = f"; did you mean '{hint}'?" if hint else ""
        out.append(Diagnostic(
            "C201", f"key '{use.key}' is not in the bibliography{advice}",
            scan.path, use.line, use.col, "error",
        ))
    return out


def stray_text(scan: ManuscriptScan) -> list[Diagnostic]:
    """C204: a locator typed after ``\\footcite`` prints outside the note."""
    out = []
    for stray in scan.stray:
        locator = re.sub(r"^,\s*", "", stray.text)
        locator = re.sub(r"^(?:pp?|S)\.\s*", "", locator)
        key = ",".join(stray.keys)
        out.append(Diagnostic(
            "C204",
            f"'{stray.text}' after \\{stray.command}{{{key}}} prints outside the note; "
            f"put it in the postnote: \\{stray.command}[{locator}]{{{key}}}",
            scan.path, stray.line, stray.col, "warning",
        ))
    return out


def bare_keys(scan: ManuscriptScan, keys: set[str], keys_list: Sequence[str],
              folded: dict[str, str]) -> list[Diagnostic]:
    """C203: ``\\footnote{hagenloh2009}`` (or ``[^1]: hagenloh2009, p. 3``)."""
    out = []
    for note in scan.footnotes:
        if note.has_citation:
            continue
        match = _BARE_KEY_RE.match(note.text)
        if not match:
            continue
        written = match.group("key")
        key = written if written in keys else suggest_key(written, keys_list, folded)
        if key is None:
            continue
        locator = match.group("loc")
        if scan.markdown:
            replacement = f"[@{key}{', ' + locator if locator else ''}]"
        else:
            replacement = f"\\footcite[{locator}]{{{key}}}" if locator else f"\\footcite{{{key}}}"
        out.append(Diagnostic(
            "C203", f"footnote holds the key '{written}' as text; write {replacement}",
            scan.path, note.line, note.col, "warning",
        ))
    return out


def hand_typed(
    scan: ManuscriptScan, entries: Sequence[Entry], finder: WorkFinder | None = None,
    memo: dict[tuple[str, tuple[str, ...]], tuple[str | None, tuple[str, ...]]] | None = None,
) -> list[Diagnostic]:
    """C202: footnotes citing a bibliography work by hand, with their replacement.

    ``memo`` (note text, state before it) -> (message, state after it) holds the plans of an
    earlier run over the same bibliographies: an edit elsewhere in the chapter plans no note
    again (planning loads the whole note splitter).  It is replaced by this run's plans.
    """
    from citekit.cite import NoteResolver

    resolver = NoteResolver(entries, finder=finder)
    remembered = memo if memo is not None else {}
    used: dict[tuple[str, tuple[str, ...]], tuple[str | None, tuple[str, ...]]] = {}
    out = []
    for note in scan.footnotes:
        if note.has_citation:
            resolver.cited(note_keys(note.text, scan.markdown))
            continue
        if not resolver.finder.mentions_any(note.text) and not _is_ibid(note):
            resolver.forget()  # an unrelated note: an "ibid." after it is not ours to resolve
            continue
        before = (note.text, resolver.state())
        known = remembered.get(before)
        if known is None:
            known = (_hand_typed_message(resolver.plan(note.text), scan.markdown), resolver.state())
        else:
            resolver.restore(known[1])
        used[before] = known
        if known[0] is not None:
            out.append(Diagnostic("C202", known[0], scan.path, note.line, note.col, "warning"))
    if memo is not None:
        memo.clear()
        memo.update(used)
    return out


def _hand_typed_message(plan: NotePlan, markdown: bool) -> str | None:
    """The C202 message for a note's plan (None: nothing to rewrite)."""
    from citekit.cite import latex_command, pandoc_citation

    if not plan.citations:
        return None
    if markdown:
        suggestion = "; ".join(pandoc_citation(c) for c in plan.citations)
    elif plan.whole:
        suggestion = latex_command(plan.citations[0], "footcite")
    else:
        suggestion = "\\footnote{... " + " ... ".join(
            latex_command(c, "cite") for c in plan.citations) + " ...}"
    keys = ", ".join(f"'{k}'" for k in dict.fromkeys(plan.keys))
    return f"footnote cites {keys} by hand; write {suggestion} (citekit cite rewrites it)"


def _is_ibid(note: Footnote) -> bool:
    return bool(re.match(r"\s*(?:ibid|ib\.|ebd\.|ebenda)", note.text, re.I))


def unused_entries(cited: set[str], defined: list[tuple[str, str, int, int]]) -> list[Diagnostic]:
    """C205: entries no manuscript cites (``\\nocite{*}`` anywhere cites them all)."""
    return [
        Diagnostic("C205", f"entry '{key}' is not cited in any manuscript", path, line, col, "info")
        for key, path, line, col in defined
        if key not in cited
    ]
