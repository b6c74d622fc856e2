"""The declarative BibTeX/biblatex ↔ CSL table: entry types and fields, both ways.

Each :class:`FieldRule` says which BibTeX field carries which CSL variable, how
the value is converted (``kind``), for which entry types it applies on reading
(``read_types``, BibTeX types) and on writing (``write_types``, CSL types) and
in which dialects the writer uses it.  Reading takes, per field, the first rule
whose ``read_types`` match; writing takes, per CSL variable and dialect, the
first rule whose ``write_types`` match.  The classic-BibTeX fallbacks are rules
of their own: ``journaltitle``/``journal``, ``location``/``address``,
``institution``/``school``, ``date``/``year``+``month``.

Type rules (:data:`WRITE_TYPES`) carry ``when`` conditions, e.g. an editor-only
book is ``@collection`` in biblatex and ``@book`` with an editor in BibTeX; a
web page is ``@online`` in biblatex and ``@misc`` with ``howpublished`` in
BibTeX.  The choices for Zotero and LaTeX are explained in ``docs/bibtex.md``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from citekit.lazy_regex import lazy_compile
from citekit.model import ITEM_TYPES

Dialect = Literal["bibtex", "biblatex"]
Kind = Literal[
    "text", "title", "names", "verbatim", "number", "pages", "date", "genre", "language",
    "keywords",
]
BOTH: frozenset[str] = frozenset({"bibtex", "biblatex"})
BIBLATEX: frozenset[str] = frozenset({"biblatex"})
BIBTEX: frozenset[str] = frozenset({"bibtex"})


def _types(*names: str) -> frozenset[str]:
    return frozenset(names)


# --- entry types --------------------------------------------------------------

#: BibTeX/biblatex entry type → CSL type (reading).  Unknown types read as
#: ``document`` and keep their name in ``custom["bibtex"]["type"]``.
READ_TYPES: dict[str, str] = {
    "article": "article-journal", "book": "book", "mvbook": "book", "collection": "book",
    "mvcollection": "book", "reference": "book", "mvreference": "book",
    "proceedings": "book", "mvproceedings": "book", "manual": "book", "booklet": "pamphlet",
    "inbook": "chapter", "bookinbook": "chapter", "suppbook": "chapter",
    "incollection": "chapter", "suppcollection": "chapter", "inreference": "entry-encyclopedia",
    "inproceedings": "paper-conference", "conference": "paper-conference",
    "thesis": "thesis", "phdthesis": "thesis", "mastersthesis": "thesis",
    "report": "report", "techreport": "report", "unpublished": "manuscript",
    "online": "webpage", "www": "webpage", "electronic": "webpage", "patent": "patent",
    "periodical": "periodical", "suppperiodical": "article-journal", "software": "software",
    "dataset": "dataset", "misc": "document", "letter": "personal_communication",
    "movie": "motion_picture", "video": "motion_picture", "audio": "song", "music": "song",
    "artwork": "graphic", "image": "graphic", "legislation": "legislation",
    "jurisdiction": "legal_case", "legal": "treaty", "standard": "standard",
    "review": "review", "performance": "performance",
}

#: biblatex ``entrysubtype`` values that refine ``@article``.
ARTICLE_SUBTYPES: dict[str, str] = {"magazine": "article-magazine", "newspaper": "article-newspaper"}

#: Entry types classic BibTeX's standard styles (plain, unsrt, alpha) define.
BIBTEX_TYPES: frozenset[str] = frozenset({
    "article", "book", "booklet", "conference", "inbook", "incollection", "inproceedings",
    "manual", "mastersthesis", "misc", "phdthesis", "proceedings", "techreport", "unpublished",
})


def _has(variable: str) -> Callable[[dict[str, Any]], bool]:
    return lambda entry: bool(entry.get(variable))


def _editor_only(entry: dict[str, Any]) -> bool:
    return bool(entry.get("editor")) and not entry.get("author")


_MASTERS_RE = lazy_compile(r"master|magister|\bM\.?\s?A\b|\bM\.?\s?Sc?\b|mathesis|licen", re.I)


def _masters(entry: dict[str, Any]) -> bool:
    return bool(_MASTERS_RE.search(str(entry.get("genre") or "")))


@dataclass(frozen=True)
class TypeRule:
    """CSL type → (biblatex type, BibTeX type), when ``when`` holds for the entry."""

    csl: str
    biblatex: str
    bibtex: str
    when: Callable[[dict[str, Any]], bool] | None = None
    #: biblatex ``entrysubtype`` written with the type
    subtype: str | None = None


#: Writing: the first rule for the entry's CSL type whose ``when`` holds.
WRITE_TYPES: tuple[TypeRule, ...] = (
    TypeRule("article-journal", "article", "article"),
    TypeRule("article-magazine", "article", "article", subtype="magazine"),
    TypeRule("article-newspaper", "article", "article", subtype="newspaper"),
    TypeRule("article", "article", "article", when=_has("container-title")),
    TypeRule("review", "article", "article", when=_has("container-title")),
    TypeRule("review-book", "article", "article", when=_has("container-title")),
    TypeRule("book", "collection", "book", when=_editor_only),
    TypeRule("book", "book", "book"),
    TypeRule("classic", "book", "book"),
    TypeRule("chapter", "inbook", "incollection", when=_has("container-author")),
    TypeRule("chapter", "incollection", "incollection"),
    TypeRule("entry-encyclopedia", "inreference", "incollection"),
    TypeRule("entry-dictionary", "inreference", "incollection"),
    TypeRule("entry", "inreference", "incollection"),
    TypeRule("paper-conference", "inproceedings", "inproceedings"),
    TypeRule("thesis", "thesis", "mastersthesis", when=_masters),
    TypeRule("thesis", "thesis", "phdthesis"),
    TypeRule("report", "report", "techreport"),
    TypeRule("manuscript", "unpublished", "unpublished"),
    TypeRule("pamphlet", "booklet", "booklet"),
    TypeRule("webpage", "online", "misc"),
    TypeRule("post", "online", "misc"),
    TypeRule("post-weblog", "online", "misc"),
    TypeRule("patent", "patent", "misc"),
    TypeRule("periodical", "periodical", "misc"),
    TypeRule("software", "software", "misc"),
    TypeRule("dataset", "dataset", "misc"),
)


def read_type(bib_type: str, fields: dict[str, str]) -> str:
    """The CSL type of a ``bib_type`` entry with these (lower-case) fields, as the reader
    and the writer both judge it: a CSL type citekit wrote in ``entrysubtype`` because the
    entry type alone would read back as another (an artwork's ``@misc``), a newspaper's
    ``@article``, classic BibTeX's web page (``@misc`` with its URL in ``howpublished``)."""
    subtype = fields.get("entrysubtype", "").strip().lower()
    if subtype in _WRITTEN_AS and bib_type in _WRITTEN_AS[subtype]:
        return subtype
    csl_type = READ_TYPES.get(bib_type, "document")
    if csl_type == "article-journal":
        return ARTICLE_SUBTYPES.get(subtype, csl_type)
    if bib_type == "misc" and is_url_of(fields.get("howpublished", ""), fields.get("url")):
        return "webpage"
    return csl_type


def subtype_for(csl_type: str) -> str:
    """What the writer puts in ``entrysubtype`` so that ``read_type`` gives ``csl_type``
    back: biblatex's own word where it has one ("newspaper"), else the CSL type."""
    return next((rule.subtype for rule in WRITE_TYPES if rule.csl == csl_type and rule.subtype), csl_type)


def is_url_of(value: str, url: str | None) -> bool:
    """``howpublished = {\\url{...}}`` holding the entry's ``url``: classic BibTeX's web page."""
    text = value.strip()
    return url is not None and text.startswith("\\url{") and text[5:-1] == url.strip()


def write_type(entry: dict[str, Any], dialect: str) -> tuple[str, str | None]:
    """The (entry type, biblatex entrysubtype) to write ``entry`` as; ``misc`` if no rule."""
    csl_type = entry.get("type")
    for rule in WRITE_TYPES:
        if rule.csl == csl_type and (rule.when is None or rule.when(entry)):
            if dialect == "biblatex":
                return rule.biblatex, rule.subtype
            return rule.bibtex, None
    return "misc", None


# --- thesis/report type keys and language ids ---------------------------------------

#: biblatex localisation keys in ``type`` ↔ the CSL ``genre`` text they print as.
GENRE_KEYS: dict[str, str] = {
    "phdthesis": "PhD thesis", "mathesis": "Master's thesis", "candthesis": "Candidate thesis",
    "techreport": "Technical report", "resreport": "Research report",
    "software": "Computer software", "datacd": "CD-ROM", "audiocd": "Audio CD",
}
KEY_FOR_GENRE: dict[str, str] = {v.lower(): k for k, v in GENRE_KEYS.items()}

#: Default ``genre`` implied by a BibTeX entry type (not written back when unchanged).
IMPLIED_GENRE: dict[str, str] = {
    "phdthesis": "PhD thesis", "mastersthesis": "Master's thesis",
    "techreport": "Technical report",
}

#: biblatex/babel ``langid`` ↔ CSL ``language`` (BCP 47).  First spelling wins on writing.
LANGIDS: tuple[tuple[str, str], ...] = (
    ("english", "en"), ("american", "en-US"), ("british", "en-GB"), ("USenglish", "en-US"),
    ("UKenglish", "en-GB"), ("canadian", "en-CA"), ("australian", "en-AU"),
    ("newzealand", "en-NZ"), ("ngerman", "de"), ("german", "de"), ("naustrian", "de-AT"),
    ("austrian", "de-AT"), ("nswissgerman", "de-CH"), ("french", "fr"), ("italian", "it"),
    ("spanish", "es"), ("portuguese", "pt"), ("brazil", "pt-BR"), ("dutch", "nl"),
    ("russian", "ru"), ("ukrainian", "uk"), ("polish", "pl"), ("czech", "cs"),
    ("slovak", "sk"), ("slovene", "sl"), ("croatian", "hr"), ("serbian", "sr"),
    ("bulgarian", "bg"), ("romanian", "ro"), ("hungarian", "hu"), ("greek", "el"),
    ("latin", "la"), ("swedish", "sv"), ("danish", "da"), ("norsk", "nb"),
    ("nynorsk", "nn"), ("finnish", "fi"), ("estonian", "et"), ("latvian", "lv"),
    ("lithuanian", "lt"), ("turkish", "tr"), ("catalan", "ca"), ("basque", "eu"),
    ("galician", "gl"), ("irish", "ga"), ("welsh", "cy"), ("icelandic", "is"),
    ("hebrew", "he"), ("arabic", "ar"), ("japanese", "ja"), ("chinese", "zh"),
    ("korean", "ko"),
)
LANGUAGE_FOR_LANGID: dict[str, str] = {}
LANGID_FOR_LANGUAGE: dict[str, str] = {}
for _langid, _code in LANGIDS:
    LANGUAGE_FOR_LANGID.setdefault(_langid.lower(), _code)
    LANGID_FOR_LANGUAGE.setdefault(_code.lower(), _langid)


# --- fields -----------------------------------------------------------------------

@dataclass(frozen=True)
class FieldRule:
    """One BibTeX field ↔ one CSL variable."""

    bib: str
    csl: str
    kind: Kind = "text"
    #: BibTeX entry types this rule reads from (``None``: all)
    read_types: frozenset[str] | None = None
    #: CSL types this rule writes for (``None``: all)
    write_types: frozenset[str] | None = None
    #: dialects whose writer uses this rule
    dialects: frozenset[str] = BOTH
    #: False: a read-only alias (the writer uses another rule)
    write: bool = True


_CONTAINED = _types("chapter", "paper-conference", "entry", "entry-encyclopedia",
                    "entry-dictionary")
_IN_BOOK = _types("inbook", "bookinbook", "suppbook", "incollection", "suppcollection",
                  "inreference", "inproceedings", "conference")
_SERIAL = _types("article-journal", "article-magazine", "article-newspaper", "article",
                 "review", "review-book", "periodical")
_ACADEMIC = _types("thesis", "report")
_THESIS_REPORT_BIB = _types("thesis", "phdthesis", "mastersthesis", "report", "techreport")
_NUMBERED = _types("report", "patent", "legislation", "bill", "standard", "document")

FIELD_RULES: tuple[FieldRule, ...] = (
    # creators
    FieldRule("author", "author", "names"),
    FieldRule("editor", "editor", "names"),
    FieldRule("translator", "translator", "names"),
    FieldRule("bookauthor", "container-author", "names", dialects=BIBLATEX),
    # titles (``subtitle`` fields are merged by the reader; see bibtex.py)
    FieldRule("title", "title", "title"),
    FieldRule("shorttitle", "title-short"),
    FieldRule("booktitle", "container-title", read_types=_IN_BOOK,
              write_types=_CONTAINED),
    FieldRule("journaltitle", "container-title", write_types=_SERIAL,
              dialects=BIBLATEX),
    FieldRule("journal", "container-title", write_types=_SERIAL, dialects=BIBTEX),
    FieldRule("shortjournal", "journalAbbreviation", write_types=_SERIAL, dialects=BIBLATEX),
    FieldRule("series", "collection-title"),
    FieldRule("eventtitle", "event-title", dialects=BIBLATEX),
    FieldRule("origtitle", "original-title", dialects=BIBLATEX),
    # numbers
    FieldRule("volume", "volume", "number"),
    FieldRule("volumes", "number-of-volumes", "number", dialects=BIBLATEX),
    FieldRule("number", "issue", "number", read_types=_types("article", "periodical"),
              write_types=_SERIAL),
    FieldRule("number", "number", "number", read_types=_types(
        "report", "techreport", "patent", "legislation", "standard", "misc", "manual"),
        write_types=_NUMBERED),
    FieldRule("number", "collection-number", "number"),
    FieldRule("pages", "page", "pages"),
    FieldRule("pagetotal", "number-of-pages", "number", dialects=BIBLATEX),
    FieldRule("chapter", "chapter-number", "number"),
    FieldRule("edition", "edition", "number"),
    FieldRule("part", "part", "number", dialects=BIBLATEX),
    # publication
    FieldRule("publisher", "publisher", write_types=frozenset(READ_TYPES.values()) - _ACADEMIC
              | _types("document", "classic", "pamphlet", "article")),
    FieldRule("institution", "publisher", read_types=_THESIS_REPORT_BIB | _types("manual"),
              write_types=_ACADEMIC, dialects=BIBLATEX),
    FieldRule("school", "publisher", read_types=_THESIS_REPORT_BIB, write_types=_types("thesis"),
              dialects=BIBTEX),
    FieldRule("institution", "publisher", read_types=_THESIS_REPORT_BIB,
              write_types=_types("report"), dialects=BIBTEX),
    FieldRule("organization", "publisher", write=False),
    FieldRule("location", "publisher-place", dialects=BIBLATEX),
    FieldRule("address", "publisher-place", dialects=BIBTEX),
    FieldRule("venue", "event-place", dialects=BIBLATEX),
    FieldRule("type", "genre", "genre"),
    FieldRule("howpublished", "medium"),
    FieldRule("entrysubtype", "", write=False),  # refines @article (ARTICLE_SUBTYPES)
    # dates (parsed and written as a whole by bibtex.py; listed for the documentation)
    FieldRule("date", "issued", "date", dialects=BIBLATEX),
    FieldRule("year", "issued", "date", dialects=BIBTEX),
    FieldRule("month", "issued", "date", dialects=BIBTEX),
    FieldRule("urldate", "accessed", "date"),
    FieldRule("eventdate", "event-date", "date", dialects=BIBLATEX),
    FieldRule("origdate", "original-date", "date", dialects=BIBLATEX),
    # identifiers and links
    FieldRule("doi", "DOI", "verbatim"),
    FieldRule("url", "URL", "verbatim"),
    FieldRule("isbn", "ISBN", "verbatim"),
    FieldRule("issn", "ISSN", "verbatim"),
    FieldRule("pmid", "PMID", "verbatim", dialects=BIBTEX),
    # notes and the rest
    FieldRule("note", "note"),
    FieldRule("annotation", "annote", dialects=BIBLATEX),
    FieldRule("annote", "annote", dialects=BIBTEX),
    FieldRule("abstract", "abstract"),
    FieldRule("keywords", "keyword", "keywords"),
    FieldRule("langid", "language", "language", dialects=BIBLATEX),
    FieldRule("language", "language", "language", dialects=BIBTEX),
    FieldRule("origlocation", "original-publisher-place", dialects=BIBLATEX),
    FieldRule("origpublisher", "original-publisher", dialects=BIBLATEX),
    FieldRule("archive", "archive", dialects=BIBTEX),
    FieldRule("archive_location", "archive_location", dialects=BIBTEX),
    FieldRule("callnumber", "call-number", dialects=BIBTEX),
)

#: Bib fields that form one CSL value with their main field (title + subtitle).
SUBTITLES: dict[str, str] = {
    "title": "subtitle", "booktitle": "booksubtitle", "journaltitle": "journalsubtitle",
    "journal": "journalsubtitle",
}

#: CSL variables the biblatex writer cannot give a field of their own: printed in
#: ``addendum`` (or ``note``) as "Label: value" so nothing the user typed is lost.
ADDENDUM_LABELS: dict[str, str] = {
    "archive": "Archive", "archive_location": "Archival location", "archive_collection": "Archival collection",
    "call-number": "Call number",
    "archive-place": "Archive place", "medium": "Medium", "dimensions": "Dimensions",
    "scale": "Scale", "source": "Source", "status": "Status", "division": "Division",
    "authority": "Authority", "jurisdiction": "Jurisdiction", "section": "Section",
    "supplement": "Supplement", "reviewed-title": "Review of", "PMID": "PMID",
    "PMCID": "PMCID", "event": "Event", "version": "Version",
}

#: Rules by BibTeX field name, in table order (reading).
RULES_BY_BIB: dict[str, tuple[FieldRule, ...]] = {}
for _rule in FIELD_RULES:
    RULES_BY_BIB[_rule.bib] = (*RULES_BY_BIB.get(_rule.bib, ()), _rule)

#: Writing rules per dialect, by CSL variable, in table order.
WRITE_RULES: dict[str, dict[str, tuple[FieldRule, ...]]] = {"bibtex": {}, "biblatex": {}}
for _rule in FIELD_RULES:
    if not _rule.write or not _rule.csl or _rule.kind == "date":
        continue
    for _dialect in _rule.dialects:
        table = WRITE_RULES[_dialect]
        table[_rule.csl] = (*table.get(_rule.csl, ()), _rule)


def read_rule(field: str, bib_type: str) -> FieldRule | None:
    """The rule that reads ``field`` of a ``bib_type`` entry, if any."""
    for rule in RULES_BY_BIB.get(field, ()):
        if rule.read_types is None or bib_type in rule.read_types:
            return rule
    return None


def field_rule(field: str, bib_type: str) -> FieldRule | None:
    """The rule the reader takes for ``field`` of a ``bib_type`` entry: the entry type's, else any rule
    for the field (what the writer's fallback wrote: ``booktitle`` of a book, ``institution`` of a misc)."""
    return read_rule(field, bib_type) or next(iter(RULES_BY_BIB.get(field, ())), None)


def write_rule(variable: str, csl_type: str, dialect: str) -> FieldRule | None:
    """The rule that writes CSL ``variable`` of a ``csl_type`` entry in ``dialect``."""
    for rule in WRITE_RULES[dialect].get(variable, ()):
        if rule.write_types is None or csl_type in rule.write_types:
            return rule
    return None


#: CSL type -> the bib entry types the writer may give it (its rules' types, and ``misc``)
_WRITTEN_AS: dict[str, frozenset[str]] = {}
for _type_rule in WRITE_TYPES:
    _WRITTEN_AS[_type_rule.csl] = _WRITTEN_AS.get(_type_rule.csl, frozenset({"misc"})) | {
        _type_rule.biblatex, _type_rule.bibtex}
for _csl_type in ITEM_TYPES:
    _WRITTEN_AS.setdefault(_csl_type, frozenset({"misc"}))
