"""The declarative RIS ↔ CSL table, chosen for what Zotero's RIS import reads.

Each :class:`TagRule` says which RIS tag carries which CSL variable, for which
CSL types (``None``: all).  The first rule that matches a (tag, type) wins on
reading; writing uses every rule whose type matches.  Zotero's quirks decide
the choices:

* creators: ``AU`` author, ``A4`` translator; editors are ``A2`` except for
  books, where Zotero reads ``A2`` as series editor and ``A3`` as editor.
* ``T2`` is the journal for articles and the book for chapters; for a book it
  is the series, for a chapter the series is ``T3``.
* ``J2`` is the journal abbreviation (Zotero's ``journalAbbreviation``).
* ``N1`` becomes a child note in Zotero, so CSL ``note`` goes there; CSL
  variables with no RIS tag go to ``M2`` as ``variable: value`` lines, which
  Zotero keeps in Extra (and reads as CSL variables when citing).
"""

from __future__ import annotations

from dataclasses import dataclass

#: CSL type → RIS TY for writing.
TYPE_TO_RIS: dict[str, str] = {
    "article": "GEN", "article-journal": "JOUR", "article-magazine": "MGZN",
    "article-newspaper": "NEWS", "bill": "BILL", "book": "BOOK", "broadcast": "MPCT",
    "chapter": "CHAP", "classic": "BOOK", "collection": "BOOK", "dataset": "DATA",
    "document": "GEN", "entry": "ENCYC", "entry-dictionary": "DICT",
    "entry-encyclopedia": "ENCYC", "event": "GEN", "figure": "FIGURE", "graphic": "ART",
    "hearing": "HEAR", "interview": "PCOMM", "legal_case": "CASE", "legislation": "STAT",
    "manuscript": "MANSCPT", "map": "MAP", "motion_picture": "MPCT",
    "musical_score": "MUSIC", "pamphlet": "PAMP", "paper-conference": "CONF",
    "patent": "PAT", "performance": "GEN", "periodical": "JFULL",
    "personal_communication": "PCOMM", "post": "BLOG", "post-weblog": "BLOG",
    "regulation": "STAT", "report": "RPRT", "review": "JOUR", "review-book": "JOUR",
    "software": "COMP", "song": "SOUND", "speech": "SLIDE", "standard": "STAND",
    "thesis": "THES", "treaty": "GEN", "webpage": "ELEC",
}

#: RIS TY → CSL type for reading (the unambiguous inverse plus RIS-only types).
RIS_TO_TYPE: dict[str, str] = {
    "ABST": "article-journal", "ADVS": "motion_picture", "AGGR": "dataset",
    "ANCIENT": "manuscript", "ART": "graphic", "BILL": "bill", "BLOG": "post-weblog",
    "BOOK": "book", "CASE": "legal_case", "CHAP": "chapter", "CHART": "figure",
    "CLSWK": "book", "COMP": "software", "CONF": "paper-conference",
    "CPAPER": "paper-conference", "CTLG": "book", "DATA": "dataset", "DBASE": "dataset",
    "DICT": "entry-dictionary", "EBOOK": "book", "ECHAP": "chapter", "EDBOOK": "book",
    "EJOUR": "article-journal", "ELEC": "webpage", "ENCYC": "entry-encyclopedia",
    "EQUA": "document", "FIGURE": "figure", "GEN": "document", "GOVDOC": "report",
    "GRANT": "document", "HEAR": "hearing", "ICOMM": "personal_communication",
    "INPR": "article-journal", "JFULL": "periodical", "JOUR": "article-journal",
    "LEGAL": "legal_case", "MANSCPT": "manuscript", "MAP": "map", "MGZN": "article-magazine",
    "MPCT": "motion_picture", "MULTI": "motion_picture", "MUSIC": "musical_score",
    "NEWS": "article-newspaper", "PAMP": "pamphlet", "PAT": "patent",
    "PCOMM": "personal_communication", "RPRT": "report", "SER": "book", "SLIDE": "speech",
    "SOUND": "song", "STAND": "standard", "STAT": "legislation", "THES": "thesis",
    "UNBILL": "bill", "UNPB": "manuscript", "VIDEO": "motion_picture",
}

_BOOKS = frozenset({"book", "classic", "collection"})
_ARTICLES = frozenset({"article-journal", "article-magazine", "article-newspaper",
                       "periodical", "review", "review-book"})
_IN_BOOK = frozenset({"chapter", "entry", "entry-dictionary", "entry-encyclopedia",
                      "paper-conference"})


@dataclass(frozen=True)
class TagRule:
    tag: str
    variable: str
    kind: str = "text"  # text | name | date | pages
    types: frozenset[str] | None = None  # None: every type
    exclude: frozenset[str] = frozenset()

    def applies(self, csl_type: str) -> bool:
        if csl_type in self.exclude:
            return False
        return self.types is None or csl_type in self.types


_NOT_BOOK = _BOOKS
RULES: tuple[TagRule, ...] = (
    TagRule("TI", "title"),
    TagRule("T2", "container-title", types=_ARTICLES | _IN_BOOK | frozenset(
        {"webpage", "post-weblog", "post", "broadcast", "legislation", "bill", "article"})),
    TagRule("T2", "collection-title", types=_BOOKS | frozenset({"report", "map", "software"})),
    TagRule("T3", "collection-title", types=_IN_BOOK),
    TagRule("AU", "author", "name"),
    TagRule("A2", "editor", "name", exclude=_NOT_BOOK),
    TagRule("A2", "collection-editor", "name", types=_BOOKS),
    TagRule("A3", "editor", "name", types=_BOOKS),
    TagRule("A3", "collection-editor", "name", exclude=_BOOKS),
    TagRule("A4", "translator", "name"),
    TagRule("DA", "issued", "date"),
    TagRule("Y2", "accessed", "date"),
    TagRule("ET", "edition"),
    TagRule("LA", "language"),
    TagRule("PB", "publisher"),
    TagRule("CY", "publisher-place"),
    TagRule("SN", "ISSN", types=_ARTICLES),
    TagRule("SN", "ISBN", exclude=_ARTICLES),
    TagRule("SP", "number-of-pages", types=frozenset({"book", "thesis", "manuscript"})),
    TagRule("SP", "page", "pages", exclude=frozenset({"book", "thesis", "manuscript"})),
    TagRule("VL", "volume"),
    TagRule("IS", "issue"),
    TagRule("NV", "number-of-volumes"),
    TagRule("DO", "DOI"),
    TagRule("UR", "URL"),
    TagRule("J2", "journalAbbreviation"),
    TagRule("J2", "container-title-short"),
    TagRule("ST", "title-short"),
    TagRule("AB", "abstract"),
    TagRule("N1", "note"),
    TagRule("AN", "archive_location"),
    TagRule("DB", "archive"),
    TagRule("CN", "call-number"),
    TagRule("M3", "genre"),
    TagRule("SE", "section"),
    TagRule("M1", "number"),
    TagRule("KW", "keyword"),
)

#: Degenerate tags other programs write, read as the variable given.
READ_ALIASES: dict[str, str] = {
    "A1": "AU", "T1": "TI", "CT": "TI", "JF": "T2", "JO": "T2", "BT": "T2",
    "ED": "A3", "Y1": "DA", "PY": "DA", "N2": "AB", "JA": "J2",
}
