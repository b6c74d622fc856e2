"""The one data model every part of citekit speaks.

An :data:`Entry` is a CSL-JSON item (a plain ``dict``): CSL-JSON is the pivot
between every format, so keeping entries as CSL dicts makes CSL-JSON → model →
CSL-JSON the identity by construction.  Data that no CSL variable holds (an
unknown BibTeX field, say) travels in the item's ``custom`` object, which the
CSL 1.0.2 schema reserves for exactly that.

Around entries sit the document-level records: a :class:`Note` (a footnote
with its number, text and source span), the :class:`Citation` occurrences in
it (which entry, the pinpoint locator, the signal, the kind of reference) and
:class:`Diagnostic` (a problem found in the input, never an exception).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, TypedDict

# --- CSL 1.0.2 vocabulary -------------------------------------------------

#: An entry: one CSL-JSON item.
Entry = dict[str, Any]

ITEM_TYPES: tuple[str, ...] = (
    "article", "article-journal", "article-magazine", "article-newspaper", "bill",
    "book", "broadcast", "chapter", "classic", "collection", "dataset", "document",
    "entry", "entry-dictionary", "entry-encyclopedia", "event", "figure", "graphic",
    "hearing", "interview", "legal_case", "legislation", "manuscript", "map",
    "motion_picture", "musical_score", "pamphlet", "paper-conference", "patent",
    "performance", "periodical", "personal_communication", "post", "post-weblog",
    "regulation", "report", "review", "review-book", "software", "song", "speech",
    "standard", "thesis", "treaty", "webpage",
)

NAME_VARIABLES: tuple[str, ...] = (
    "author", "chair", "collection-editor", "compiler", "composer", "container-author",
    "contributor", "curator", "director", "editor", "editorial-director",
    "executive-producer", "guest", "host", "interviewer", "illustrator", "narrator",
    "organizer", "original-author", "performer", "producer", "recipient",
    "reviewed-author", "script-writer", "series-creator", "translator",
)

DATE_VARIABLES: tuple[str, ...] = (
    "accessed", "available-date", "event-date", "issued", "original-date", "submitted",
)

#: Variables CSL treats as numbers (rendered with <number>, may hold ranges).
NUMBER_VARIABLES: tuple[str, ...] = (
    "chapter-number", "citation-number", "collection-number", "edition",
    "first-reference-note-number", "issue", "locator", "number", "number-of-pages",
    "number-of-volumes", "page", "page-first", "part", "printing", "section",
    "supplement", "version", "volume",
)

STRING_VARIABLES: tuple[str, ...] = (
    "abstract", "annote", "archive", "archive_collection", "archive_location",
    "archive-place", "authority", "call-number", "citation-label", "collection-title",
    "container-title",
    "container-title-short", "dimensions", "division", "DOI", "event", "event-title",
    "event-place", "genre", "ISBN", "ISSN", "jurisdiction", "keyword", "language",
    "medium", "note", "original-publisher", "original-publisher-place",
    "original-title", "part-title", "PMCID", "PMID", "publisher", "publisher-place",
    "references", "reviewed-genre", "reviewed-title", "scale", "source", "status",
    "title", "title-short", "URL", "volume-title", "volume-title-short",
    "year-suffix", "journalAbbreviation", "shortTitle", "citation-key",
)

#: Every variable a CSL 1.0.2 item may carry besides ``id``, ``type``,
#: ``categories`` and ``custom``.
ALL_VARIABLES: frozenset[str] = frozenset(
    NAME_VARIABLES + DATE_VARIABLES + NUMBER_VARIABLES + STRING_VARIABLES
)


class Name(TypedDict, total=False):
    """A CSL name: a person split into parts, or a ``literal`` (institution)."""

    family: str
    given: str
    suffix: str
    literal: str
    # CSL spells these two with hyphens; TypedDict cannot, so they are documented
    # here and accessed with item["non-dropping-particle"] / ["dropping-particle"].


class Date(TypedDict, total=False):
    """A CSL date: one or two ``date-parts`` (a range), or ``literal``/``raw`` text."""

    season: str | int
    circa: bool | str | int
    literal: str
    raw: str


# --- Document records ------------------------------------------------------

CitationKind = Literal["full", "short", "ibid", "idem", "op-cit", "supra", "keyed"]
Severity = Literal["error", "warning", "info"]


@dataclass
class Diagnostic:
    """A problem found in input: reported with its place, never raised.

    ``code`` is stable (tools and ignore lists match on it); ``raw`` keeps the
    text that could not be handled so that nothing is lost.
    """

    code: str
    message: str
    path: str = "-"
    line: int | None = None
    col: int | None = None
    severity: Severity = "warning"
    raw: str | None = None

    def format(self) -> str:
        """``path:line:col: CODE message``, the form linters and editors read."""
        where = self.path
        if self.line is not None:
            where += f":{self.line}"
            if self.col is not None:
                where += f":{self.col}"
        return f"{where}: {self.code} {self.message}"

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "code": self.code,
            "message": self.message,
            "severity": self.severity,
            "path": self.path,
        }
        if self.line is not None:
            out["line"] = self.line
        if self.col is not None:
            out["col"] = self.col
        if self.raw is not None:
            out["raw"] = self.raw
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Diagnostic:
        return cls(
            code=str(data["code"]),
            message=str(data["message"]),
            path=str(data.get("path", "-")),
            line=data.get("line"),
            col=data.get("col"),
            severity=data.get("severity", "warning"),
            raw=data.get("raw"),
        )


@dataclass
class Citation:
    """One occurrence of a work in a note.

    The pinpoint (``locator`` with its ``label``: page, chapter, folio, note …)
    belongs to the occurrence, never to the entry: the work's own page range
    stays in the entry's ``page``.  ``id`` is the entry cited, or ``None`` when a
    back-reference could not be resolved (a wrong link is worse than none).
    """

    id: str | None
    kind: CitationKind = "full"
    locator: str | None = None
    label: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    text: str = ""
    span: tuple[int, int] | None = None
    #: the parser's reading of ``text`` (not serialised): what the resolver links
    parsed: ParsedReference | None = field(default=None, repr=False, compare=False)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id, "kind": self.kind}
        for key in ("locator", "label", "prefix", "suffix"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.text:
            out["text"] = self.text
        if self.span is not None:
            out["span"] = list(self.span)
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Citation:
        span = data.get("span")
        return cls(
            id=data.get("id"),
            kind=data.get("kind", "full"),
            locator=data.get("locator"),
            label=data.get("label"),
            prefix=data.get("prefix"),
            suffix=data.get("suffix"),
            text=data.get("text", ""),
            span=(int(span[0]), int(span[1])) if span else None,
        )


@dataclass
class Note:
    """A footnote or endnote: its number as printed, its text, where it stood.

    ``path`` is set only for a note read from another file than the document's own (a LaTeX chapter
    pulled in by ``\\input``): its ``line`` and ``span`` are in that file, and diagnostics name it.
    """

    number: str
    text: str
    span: tuple[int, int] | None = None
    line: int | None = None
    citations: list[Citation] = field(default_factory=list)
    path: str | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"number": self.number, "text": self.text}
        if self.path is not None:
            out["path"] = self.path
        if self.span is not None:
            out["span"] = list(self.span)
        if self.line is not None:
            out["line"] = self.line
        out["citations"] = [c.to_json() for c in self.citations]
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Note:
        span = data.get("span")
        return cls(
            number=str(data.get("number", "")),
            text=str(data.get("text", "")),
            span=(int(span[0]), int(span[1])) if span else None,
            line=data.get("line"),
            citations=[Citation.from_json(c) for c in data.get("citations", [])],
            path=str(data["path"]) if data.get("path") else None,
        )


@dataclass
class Document:
    """What ``citekit extract`` makes of one input document.

    ``source`` describes the document itself (from its cover page, when known);
    ``entries`` is its bibliography, each work once; ``notes`` keep every
    occurrence with its locator.  ``to_json`` is the contract of ``-f json``.
    """

    path: str = "-"
    source: Entry = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "source": self.source,
            "entries": self.entries,
            "notes": [n.to_json() for n in self.notes],
            "diagnostics": [d.to_json() for d in self.diagnostics],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Document:
        return cls(
            path=str(data.get("path", "-")),
            source=dict(data.get("source") or {}),
            entries=list(data.get("entries") or []),
            notes=[Note.from_json(n) for n in data.get("notes") or []],
            diagnostics=[Diagnostic.from_json(d) for d in data.get("diagnostics") or []],
        )


@dataclass
class ReadResult:
    """What a format reader returns: the entries it read and what went wrong.

    A reader never raises on bad data: an entry it cannot read becomes a
    :class:`Diagnostic` whose ``raw`` keeps the text, so writers can put it back.
    """

    entries: list[Entry] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: 1-based line where each entry (by ``id``) starts in the source, for messages
    positions: dict[str, int] = field(default_factory=dict)


@dataclass
class ParsedReference:
    """The reference parser's reading of one citation string.

    ``item`` is the CSL entry of the work; the pinpoint locator, the signal
    (``prefix``), trailing commentary (``suffix``) and the ``kind`` of reference
    belong to this occurrence and are kept apart from it.  ``fields`` are the
    labelled segments the tagger found, ``confidence`` the tagger's marginal
    probability per CSL field.
    """

    item: Entry
    kind: CitationKind = "full"
    locator: str | None = None
    label: str | None = None
    prefix: str | None = None
    suffix: str | None = None
    fields: list[tuple[str, str]] = field(default_factory=list)
    confidence: dict[str, float] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "locator": self.locator,
            "label": self.label,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "kind": self.kind,
            "confidence": self.confidence,
            "fields": [list(f) for f in self.fields],
            "diagnostics": [d.to_json() for d in self.diagnostics],
        }
