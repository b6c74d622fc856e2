"""Hand-typed footnote citations turned into real ones: ``\\footcite[6ff.]{hagenloh2009}``.

A footnote such as ``See Paul Hagenloh, Stalin's Police, Baltimore, MD, 2009,
p. 3.`` is split into citation pieces (:func:`citekit.extraction.split.split_note`,
which also finds the signal "See" and the pinpoint "p. 3").  Each piece is
looked up in the bibliography by :class:`WorkFinder` (first-author family name
plus title similarity, cheap enough to run on every commit); a full citation of
a work that is not there yet is parsed by the reference parser, checked once
more against the bibliography with the record matcher, and added with a stable
key (``hagenloh2009``, then ``hagenloh2009a``).  "Ibid." takes the work of the
previous note when that note cited exactly one.

The rewrite keeps the note as the author wrote it: a note that is one citation
becomes ``\\footcite[See][3]{key}`` (pandoc: ``[See @key, 3]``); in a note that
mixes prose and several works, each citation becomes ``\\cite[..]{key}`` in
place and the prose stays.  Commentary is never touched.

A full citation that is neither in the bibliography nor parsed well enough to
add (:func:`plausible`) stays as written and is reported:

=====  ========  ==============================================================
code   severity  finding
=====  ========  ==============================================================
C210   info      a hand-typed citation left as written (not in the bibliography)
=====  ========  ==============================================================
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from citekit.lazy_regex import lazy_compile
from citekit.model import Diagnostic, Entry

#: Locator label -> the abbreviation written in a postnote (page needs none).
LABEL_ABBREVIATIONS: dict[str, str] = {
    "page": "", "column": "col.", "folio": "fol.", "note": "n.", "paragraph": "para.",
    "section": "§", "chapter": "chap.", "volume": "vol.", "article-locator": "art.",
    "line": "l.", "figure": "fig.", "table": "tab.", "number": "no.",
}

#: How similar (0-100) a piece's text must be to an entry's title to cite it.
TITLE_THRESHOLD = 88.0
_MIN_TITLE = 4

_WORD_RE = lazy_compile(r"[a-z0-9]+")
_YEAR_RE = lazy_compile(r"(?<!\d)(1[4-9]\d\d|20\d\d)(?!\d)")


def fold(text: str) -> str:
    """Lower-case ASCII words separated by single spaces (accents, quotes, TeX dropped)."""
    text = re.sub(r"\\[A-Za-z]+\s*|[{}]", " ", text)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(_WORD_RE.findall(text))


def _names(entry: Entry) -> list[str]:
    for variable in ("author", "editor", "translator", "container-author"):
        names = entry.get(variable)
        if isinstance(names, list) and names:
            out: list[str] = []
            for name in names:
                if isinstance(name, dict):
                    family = name.get("family") or name.get("literal") or ""
                    out.extend(w for w in fold(str(family)).split() if len(w) >= 3)
            if out:
                return out
    return []


def _year(entry: Entry) -> str | None:
    issued = entry.get("issued")
    if isinstance(issued, dict):
        parts = issued.get("date-parts")
        if parts and parts[0] and parts[0][0] not in (None, ""):
            return str(parts[0][0])
        match = _YEAR_RE.search(str(issued.get("raw") or issued.get("literal") or ""))
        if match:
            return match.group()
    return None


def _titles(entry: Entry) -> list[str]:
    title = str(entry.get("title") or "")
    out = [fold(title)]
    short = entry.get("title-short") or entry.get("shortTitle") or re.split(r"[:.?!]", title)[0]
    out.append(fold(str(short)))
    return [t for t in dict.fromkeys(out) if len(t) >= _MIN_TITLE]


#: (folded titles, lookup words) of an entry: what :class:`WorkFinder` indexes
FinderKeys = tuple[list[str], list[str]]


def finder_keys(entry: Entry) -> FinderKeys:
    """The folded titles and lookup words of ``entry`` (cacheable: they depend on it alone)."""
    titles = _titles(entry)
    if not titles:
        return [], []
    words = _names(entry) or titles[0].split()[:1]
    return titles, list(dict.fromkeys(words))


@dataclass
class Found:
    entry: Entry
    score: float


class WorkFinder:
    """Look up the bibliography entry a hand-typed citation names.

    Candidates share a creator's family name with the text (or, for works
    without creators, the first title word); the best title similarity above
    :data:`TITLE_THRESHOLD` wins.  A year in the text that differs from the
    entry's rules the entry out (another edition).
    """

    def __init__(
        self, entries: Iterable[Entry] = (), keys: Iterable[FinderKeys | None] | None = None,
    ) -> None:
        """``keys``, when given, are :func:`finder_keys` of ``entries`` computed earlier."""
        self._by_word: dict[str, list[Entry]] = defaultdict(list)
        self._titles: dict[int, list[str]] = {}
        if keys is None:
            for entry in entries:
                self.add(entry)
        else:
            for entry, precomputed in zip(entries, keys, strict=True):
                self.add(entry, precomputed)

    def add(self, entry: Entry, keys: FinderKeys | None = None) -> None:
        titles, words = keys if keys is not None else finder_keys(entry)
        if not titles:
            return
        self._titles[id(entry)] = titles
        for word in words:
            self._by_word[word].append(entry)

    def fingerprint(self, texts: Iterable[str]) -> str:
        """What :meth:`find` could return for ``texts``: the entries they may name.

        Two runs with the same texts and fingerprint give the same results, however
        many unrelated entries were added in between (the checker's cache key).
        """
        candidates: dict[int, Entry] = {}
        for text in texts:
            for word in fold(text).split():
                for entry in self._by_word.get(word, ()):
                    candidates[id(entry)] = entry
        parts = sorted(
            repr((entry.get("id"), _year(entry), self._titles[id(entry)], _names(entry)))
            for entry in candidates.values()
        )
        return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()

    def mentions_any(self, text: str) -> bool:
        """Cheap pre-test: does ``text`` name any creator of the bibliography?"""
        return any(word in self._by_word for word in fold(text).split())

    def find(self, text: str, *, with_year: bool = True) -> Found | None:
        folded = fold(text)
        words = folded.split()
        candidates: dict[int, Entry] = {}
        for word in words:
            for entry in self._by_word.get(word, ()):
                candidates[id(entry)] = entry
        if not candidates:
            return None
        years = set(_YEAR_RE.findall(text))
        best: Found | None = None
        for entry in candidates.values():
            year = _year(entry)
            if with_year and year and years and year not in years:
                continue
            score = max(
                fuzz.partial_ratio(title, folded) if len(title) <= len(folded)
                else fuzz.partial_ratio(folded, title) * _coverage(folded, title)
                for title in self._titles[id(entry)]
            )
            if score >= TITLE_THRESHOLD and (best is None or score > best.score):
                best = Found(entry, score)
        return best


def _coverage(short: str, long: str) -> float:
    """Penalise a text that is much shorter than the title it partially matches."""
    return min(1.0, len(short) / max(1, len(long)) * 2)


# --- a note's citations ---------------------------------------------------------------------


@dataclass
class PieceCitation:
    """One hand-typed citation in a note, resolved to a bibliography key."""

    start: int  # in the note's text: the span the citation command replaces
    end: int
    key: str
    prefix: str | None  # the signal, when it is rewritten with the citation
    locator: str | None
    label: str | None
    #: a new entry this citation adds to the bibliography (None: already there)
    new_entry: Entry | None = None


@dataclass
class _Resolution:
    key: str
    entry: Entry
    #: the parser's (locator, label) for a parsed citation; ("", "") when it found none
    parsed_locator: tuple[str, str] | None = None
    new: bool = False


def plausible(item: Entry, text: str) -> bool:
    """Is the parser's reading good enough to become a bibliography entry?

    A wrong entry in the author's bibliography is worse than a note left as
    text: the title must be a real phrase of the citation and every creator's
    family name must appear in it.
    """
    title = fold(str(item.get("title") or ""))
    folded = fold(text)
    if len(title) < 8 or len(title.split()) < 2 or title not in folded:
        return False
    names = [n for v in ("author", "editor") for n in item.get(v) or [] if isinstance(n, dict)]
    if not names:
        return False
    for name in names:
        family = fold(str(name.get("family") or name.get("literal") or ""))
        if len(family) < 2 or family not in folded:
            return False
    return True


def _is_page_range_of(entry: Entry, locator: str) -> bool:
    page = str(entry.get("page") or "")
    return bool(page) and _dashes(page) == _dashes(locator)


def _dashes(text: str) -> str:
    """A page range in one spelling: "751–66" and "751--766" both give "751-766"."""
    text = re.sub(r"\s*[-–—]+\s*", "-", text.strip())
    match = re.fullmatch(r"(\d+)-(\d+)", text)
    if match and len(match.group(2)) < len(match.group(1)):
        start, end = match.groups()
        return f"{start}-{start[:len(start) - len(end)]}{end}"
    return text


@dataclass
class NotePlan:
    """How one footnote's text is rewritten; ``whole`` when it is one citation only."""

    citations: list[PieceCitation] = field(default_factory=list)
    whole: bool = False
    #: full citations left as written (not in the bibliography, and not parsed into it)
    unresolved: list[str] = field(default_factory=list)

    @property
    def keys(self) -> list[str]:
        return [c.key for c in self.citations]


class NoteResolver:
    """Resolve the citations of successive notes against a bibliography.

    ``parse`` (the reference parser) is used only for full citations of works
    missing from the bibliography; without it such pieces are left as text.
    A ``finder`` built over ``entries`` may be passed in to share it between documents
    (it must not be shared when ``parse`` adds entries to it).
    """

    def __init__(
        self,
        entries: Sequence[Entry],
        *,
        parse: bool = False,
        taken: Iterable[str] = (),
        finder: WorkFinder | None = None,
    ) -> None:
        self.entries = list(entries)
        # building the finder costs more than resolving a chapter's notes: share it
        self.finder = finder if finder is not None else WorkFinder(self.entries)
        self.parse = parse
        self.taken = {k.lower() for k in taken} | {str(e.get("id", "")).lower() for e in entries}
        self.new_entries: list[Entry] = []
        self._previous: list[str] = []
        self._index: Any = None
        self._by_id: dict[str, Entry] = {str(e.get("id")): e for e in self.entries}

    def forget(self) -> None:
        """A note cited something unknown: an "ibid." after it must not guess."""
        self._previous = []

    def state(self) -> tuple[str, ...]:
        """What the next note's plan depends on besides its text (the works an "ibid." would
        mean), so a caller may remember plans by (text, state); not with ``parse``, which adds
        entries."""
        return tuple(self._previous)

    def restore(self, state: tuple[str, ...]) -> None:
        """Continue as if the note whose plan left ``state`` had just been planned."""
        self._previous = list(state)

    def cited(self, keys: list[str]) -> None:
        """A note cited ``keys`` with commands: an "ibid." after it means them."""
        self._previous = list(dict.fromkeys(keys))

    def plan(self, text: str) -> NotePlan:
        """The rewrite of one note's text (an empty plan leaves it untouched)."""
        from citekit.extraction.split import split_note

        plan = NotePlan()
        pieces = split_note(text)
        cited = [p for p in pieces if p.kind != "commentary"]
        for piece in cited:
            resolved = self._resolve(piece.text, piece.kind)
            if resolved is None:
                if piece.kind == "full":
                    plan.unresolved.append(piece.text)
                continue
            pin = piece.info.pinpoint
            locator, label = (pin.value, pin.label) if pin else (None, None)
            if resolved.parsed_locator is not None:  # the parser told pinpoint from range
                locator, label = resolved.parsed_locator
            elif locator and _is_page_range_of(resolved.entry, locator):
                locator = label = None  # "pp. 751-66" is the article's range, not a pinpoint
            end = piece.end
            if text[piece.start:end].endswith(".") and not (locator or "").endswith("."):
                end -= 1
            plan.citations.append(PieceCitation(
                piece.start, end, resolved.key, piece.prefix, locator, label,
                resolved.entry if resolved.new else None,
            ))
        if plan.citations:
            self._previous = plan.keys
        elif cited:
            self._previous = []  # a citation we could not resolve: ibid. after it is unknown
        if len(plan.citations) == 1 and len(pieces) == 1:
            only = plan.citations[0]
            before = text[:only.start].strip(" \t\n,:")
            plan.whole = before == (only.prefix or "") and not text[only.end:].strip(" .\t\n")
        return plan

    def _resolve(self, text: str, kind: str) -> _Resolution | None:
        if kind == "ibid":
            if len(self._previous) != 1:
                return None
            return _Resolution(self._previous[0], self._by_id.get(self._previous[0], {}))
        if kind not in ("full", "short"):
            return None
        found = self.finder.find(text, with_year=kind == "full")
        if found is not None:
            return _Resolution(str(found.entry.get("id")), found.entry)
        if kind != "full" or not self.parse:
            return None
        return self._add_parsed(text)

    def _add_parsed(self, text: str) -> _Resolution | None:
        from citekit.keys import make_key
        from citekit.parser import parse_reference

        parsed = parse_reference(text)
        item = dict(parsed.item)
        if not plausible(item, text):
            return None
        pinpoint = (parsed.locator, parsed.label or "page") if parsed.locator else ("", "")
        match = self._match_existing(item)
        if match is not None:
            return _Resolution(match, self._by_id.get(match, {}), pinpoint)
        item.pop("id", None)
        key = make_key(item, self.taken)
        item["id"] = key
        self.new_entries.append(item)
        self._by_id[key] = item
        self.finder.add(item)
        self._index = None  # rebuilt with the new entry on next use
        return _Resolution(key, item, pinpoint, new=True)

    def _match_existing(self, item: Entry) -> str | None:
        """A bibliography entry the record matcher calls the same work, if any."""
        try:
            from citekit.matching import EntryIndex
        except ImportError:
            return None
        if self._index is None:
            self._index = EntryIndex(self.entries + self.new_entries)
        for other, decision in self._index.candidates(item):
            if decision.same:
                return str(other.get("id"))
        return None


# --- rendering ---------------------------------------------------------------------------


def postnote(citation: PieceCitation) -> str:
    """The locator as a biblatex postnote: "3", "6ff.", "n. 4"."""
    if not citation.locator:
        return ""
    abbreviation = LABEL_ABBREVIATIONS.get(citation.label or "page", "")
    return f"{abbreviation} {citation.locator}".strip()


def _tex_escape(text: str) -> str:
    return re.sub(r"(?<!\\)([&%#])", r"\\\1", text)


def _optional_argument(text: str) -> str:
    """A "]" would end ``[...]`` early: brace the argument then."""
    return f"{{{text}}}" if "]" in text else text


def latex_command(citation: PieceCitation, command: str) -> str:
    """``\\footcite[See][3]{key}``, ``\\cite[3]{key}`` or ``\\cite{key}``."""
    post = _optional_argument(postnote(citation))
    pre = _optional_argument(_tex_escape(citation.prefix)) if citation.prefix else None
    if pre is not None:
        return f"\\{command}[{pre}][{post}]{{{citation.key}}}"
    if post:
        return f"\\{command}[{post}]{{{citation.key}}}"
    return f"\\{command}{{{citation.key}}}"


def pandoc_citation(citation: PieceCitation) -> str:
    """``[See @key, 3]``."""
    pre = f"{citation.prefix} " if citation.prefix else ""
    post = postnote(citation)
    return f"[{pre}@{citation.key}{', ' + post if post else ''}]"


def rewrite_note_latex(text: str, plan: NotePlan) -> str:
    """The footnote's new body (for a whole-note citation see :func:`latex_command`)."""
    return _rewrite(text, plan, lambda c: latex_command(c, "cite"))


def rewrite_note_pandoc(text: str, plan: NotePlan) -> str:
    return _rewrite(text, plan, pandoc_citation)


def _rewrite(text: str, plan: NotePlan, render: Any) -> str:
    out = text
    for citation in sorted(plan.citations, key=lambda c: c.start, reverse=True):
        start = citation.start
        if citation.prefix:
            # the signal travels inside the citation command: drop it from the prose
            signal_at = out.rfind(citation.prefix, 0, start)
            if signal_at >= 0 and not out[signal_at + len(citation.prefix):start].strip(" ,:"):
                start = signal_at
        out = out[:start] + render(citation) + out[citation.end:]
    return out


# --- a whole document ----------------------------------------------------------------------


@dataclass
class CiteResult:
    text: str
    new_entries: list[Entry]
    rewritten_notes: int
    diagnostics: list[Diagnostic]


def cite_document(
    path: str, text: str, entries: Sequence[Entry], *, parse: bool = True
) -> CiteResult:
    """Rewrite every hand-typed footnote citation of a LaTeX or Markdown document."""
    from citekit.check.manuscript_scan import note_keys, scan_manuscript

    scan = scan_manuscript(path, text)
    resolver = NoteResolver(entries, parse=parse)
    edits: list[tuple[int, int, str]] = []
    diagnostics: list[Diagnostic] = []
    for note in scan.footnotes:
        if note.has_citation:
            resolver.cited(note_keys(note.text, scan.markdown))
            continue
        plan = resolver.plan(note.text)
        for piece in plan.unresolved:
            why = "could not be parsed into an entry" if parse else "--no-new"
            diagnostics.append(Diagnostic(
                "C210", f"left as written: '{_shorten(piece)}' is not in the bibliography ({why})",
                path, note.line, note.col, "info", piece,
            ))
        if not plan.citations:
            continue
        body_end = note.offset + len(note.text)
        if scan.markdown:
            edits.append((note.offset, body_end, rewrite_note_pandoc(note.text, plan)))
        elif plan.whole:
            edits.append((note.start, note.end, latex_command(plan.citations[0], "footcite")))
        else:
            edits.append((note.offset, body_end, rewrite_note_latex(note.text, plan)))
    out = text
    for start, end, replacement in sorted(edits, reverse=True):
        out = out[:start] + replacement + out[end:]
    return CiteResult(out, resolver.new_entries, len(edits), diagnostics)


def _shorten(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"
