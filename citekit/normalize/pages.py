"""Pages vs pinpoint: the work's page range -> ``page``; what is cited -> ``locator``.

The article range ``pp. 751–66`` is the work's ``page`` (stored expanded with
an ASCII hyphen, ``751-766``, so each style can compress it its own way).
``p. 3``, ``S. 12``, ``6ff.``, ``at 755``, ``here p. 760``, ``n. 4``,
``fol. 12v`` point into the work: they become the occurrence's ``locator``
with its CSL ``label`` (page, note, folio, column, chapter, section,
paragraph, line, volume, book, part, verse, figure, table, appendix,
sub-verbo).  A range in a reference with no container (a book cited in a
note) is the cited range, so a locator too; a bare single number in a journal
reference is the article's first page.  ``345 pp.`` is ``number-of-pages``.
A second pinpoint ("p. 3, n. 4") goes to ``suffix`` so nothing is lost.
A journal article cited by its range alone is its ``page`` whatever the
tagger called the range; "pp. 12–14 (p. 13)" (MHRA) is the range and the
page cited; in a note (the author's name in reading order) the lone page after
"(1974):" is the page cited; "no. 122" read as a pinpoint is the issue.
Archival shelf-marks (busta, filza, reg., fasc., f./op./d. of Russian
archives) are left to the archive normalizer.  After "supra"/"above"/"oben",
a note number is the note of the first full citation: it goes to the CSL
variable made for it, ``first-reference-note-number``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import OPENING_QUOTES, data_lines, expand_dashed_range, squash
from citekit.normalize.archive import is_archival
from citekit.normalize.backref import SUPRA_RE
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.date import parse_date
from citekit.normalize.title import put_title, spans_beside_title, title_continuations
from citekit.normalize.volume import volume_before_container

LOCATOR_LABELS: dict[str, str] = {}
for _label, _words in {
    "page": "p pp pag pagg page pages pgs pg s ss seite seiten pág págs str с стр blz σ σσ σελ",
    "note": "n nn note notes nota note anm fn fnn footnote fußnote σημ υποσ",
    # (and an early printed book's signature, a leaf too: "sig. B2r", "sigs A3v–A4r"; CSL has no label of its own)
    "folio": "fol fols fo f° fº ff c cc carta carte folio folios bl л лл fl fls φ φφ sig sigs fs fjs foja fojas",
    "column": "col coll cols sp spalte column columns",
    "chapter": "chap ch cap capp kap kapitel chapter chapitre capitolo κεφ",
    "section": "sec sect section sections § §§",
    # (an article of a statute, a convention, a code: "art. 24(2)(c)", as the statute step reads it)
    "article-locator": "art",
    "paragraph": "para paras par ¶ ¶¶ rn rdnr abs paragraph",
    # (and a musical work's measures: "mm. 34–40", "bars 1–16", Italian "batt.", French "mes.";
    # and the through line numbers of Shakespeare's First Folio: "TLN 1743")
    "line": "l ll line lines z zeile mm bars batt mes tln",
    "volume": "vol vols bd t т dl deel sv köt τ τόμ",
    "book": "bk book lib livre",
    "part": "pt part teil",
    "verse": "v vv verse",
    # (and a plate: "pl. 3", German "Taf. 12")
    "figure": "fig figs figure abb pl pls plate plates taf tav",  # (Italian "tav.", a plate: tavola)
    "table": "tab table",
    "appendix": "app appendix appendice anhang",
    "sub-verbo": "s.v sub voce s. v λ λήμμα",
    # a document's number in a volume of documents or regesta ("vol. 2 (London: HMSO, 1949), no. 1228")
    "number": "no nos",
}.items():
    for _word in _words.split():
        LOCATOR_LABELS.setdefault(_word.rstrip("."), _label)
#: the words of a catalogue's number (a catalogue raisonné's, an exhibition's: "n° 1234", "Kat.-Nr. 34",
#: "cat. no. 5"), read as a number only where no journal's issue can be meant
CATALOGUE_WORDS = frozenset({"n°", "nº", "nr", "kat.-nr", "kat. nr", "kat", "cat. no", "cat. nos", "cat", "cat.-no"})
for _word in CATALOGUE_WORDS:
    LOCATOR_LABELS.setdefault(_word, "number")
#: shelf-marks that identify an archival document (the archive normalizer's)
ARCHIVAL_WORDS = frozenset(
    "b bb busta buste filza filze fz f reg registro registri fasc fase fascicolo doc docs "
    "op opis d delo fond fonds khr cart cartella mazzo legajo leg exp expte expediente box folder caja liv livro maço".split()
)
_LABEL_ALT = "|".join(
    sorted((re.escape(w) for w in (*LOCATOR_LABELS, *ARCHIVAL_WORDS)), key=len, reverse=True)
)
_SPAN_RE = lazy_compile(
    rf"^(?P<marker>(?:at|here|hier|ici|qui|aldaar|zde|här|aquí|aqui|εδώ|cit|esp|especially|bes|insb|in\s+part|spec)\.?,?\s+)?"
    rf"(?:(?P<label>{_LABEL_ALT})(?:\.\s*|\s+)|(?P<sign>§§|§|¶¶|¶)\s*)?(?P<value>.*)$",
    re.I,
)
#: a series of editions by its siglum (``data/series_sigla.txt``) and number: "CFHB 24", "CSEL 54"
_SERIES_SIGLUM_RE = lazy_compile(r"^(?P<siglum>[A-Z]{2,5})\s(?P<number>\d{1,4})$")
#: the marks that open a quoted (article's) title
_RANGE_RE = lazy_compile(r"^[A-Za-z]?\d+[a-z]?\s*[‐‑‒–—―−-]+\s*[A-Za-z]?\d+[a-z]?$")
_ARXIV_OLD_RE = lazy_compile(r"[a-z-]+(?:\.[A-Z]{2})?/\d{7}")
_COUNT_RE = lazy_compile(r"^(?:[ivxlc]+\s*[,+]\s*)?(\d+)\s*(?:pp?|s|с|pages|seiten|ss)\.?$", re.I)
#: "6ff.", "6 f.", "12 sq.", "et seq.": the period belongs to the locator
_KEEP_PERIOD_RE = lazy_compile(r"(?:\d|\s|\b)(?:ff|f|sqq|sq|seq|s|ss|segg|sgg|seg|sg|suiv)\.$")
#: the last letter of each word of ``_KEEP_PERIOD_RE`` (ff, sq, seq, ss, sg, suiv …)
_KEEP_PERIOD_LAST = frozenset("fqsgv")
#: the German journal form "1234 (1236)": the article's first page and the cited page
#: (and "S. 799, 805", "1234, 1236": a chapter's or an article's first page, then the page cited)
_FIRST_AND_PIN_RE = lazy_compile(
    r"^(?P<label>S\.\s?)?(?P<first>\d+)\s*(?:\((?P<pin>\d+(?:\s?ff?\.?)?)\)|,\s(?P<after>\d+(?:\s?ff?\.?)?))$"
)
#: "22–40 at 31", "pp. 301–25 at p. 310": a page range, then the page cited after "at"
_RANGE_AT_PIN_RE = lazy_compile(
    r"^(?:pp?\.\s*)?(?P<range>\d+\s*[-–]\s*\d+),?\s+at\s+(?:pp?\.\s*)?(?P<pin>\d+(?:\s*[-–]\s*\d+)?)$"
)
_PLURAL_PAGE = frozenset({"pp", "pagg", "pages", "ss", "seiten", "pgs", "págs"})


#: "III, 209": a volume in Roman numerals, then the page cited, in one span (a work in volumes)
_ROMAN_VOLUME_PAGE_RE = lazy_compile(r"^(?P<volume>[IVXLC]{1,6}),\s+(?P<page>\d+(?:\s*[-–]\s*\d+)?)$")
_LEADING_DIGITS_RE = lazy_compile(r"\d+")
#: "Sharīʿa, 115": a short title (no digits, no stops) and the page cited, in one locator span
_SHORT_TITLE_AND_PAGE_RE = lazy_compile(r"^(?P<title>[^\W\d_][^\d,;:.()]{1,60}),\s(?P<page>\d+(?:\s?[-–]\s?\d+)?)$")
_VOLUME_NUMBER_RE = lazy_compile(r"^(?:\d{1,4}|[IVXLC]{1,7})$")
#: "102. o.", "45–47. old.": Hungarian page numbers, the label (oldal) after them
_HUNGARIAN_PAGE_RE = lazy_compile(r"^(?P<number>\d+(?:\s*[-–]\s*\d+)?)\.?\s+(?:o|old)$")
#: "EHRLR 243", "PL 467": a journal's abbreviation in capitals and a page, read as one pinpoint
_PERIODICAL_AND_PAGE_RE = lazy_compile(r"^(?![IVXLCDM]+\s)(?P<abbr>[A-Z][A-Z&]{1,8})\s+(?P<page>\d{1,5})$")


def _bracketed_year(state: ItemState) -> bool:
    """OSCOLA's "[2006]": a journal cited by year has its year in square brackets."""
    return any(text.lstrip().startswith("[") for text in state.spans.get("date", ()))



def _pin_after_first(match: re.Match[str], item: dict[str, object], state: ItemState) -> bool:
    """"1234 (1236)" always; "S. 799, 805", "NJW 2014, 6, 6 ff." (a container, no volume) and
    "66 Socialism and Democracy 531, 535" (the volume before the journal, as law reviews cite)
    when the second page is not before the first.  Otherwise "21, 42" are two pages cited."""
    after = match["after"]
    if after is None:
        return True
    if not match["label"] and (
        "container-title" not in item or ("volume" in item and not volume_before_container(state))
    ):
        return False
    digits = _LEADING_DIGITS_RE.match(after)
    return digits is not None and int(digits.group()) >= int(match["first"])


_YEAR_ONLY_RE = lazy_compile(r"^\s*(?:1[6-9]|20)\d\d\s*,?\s*$")


def _first_page_read_as_volume(state: ItemState) -> bool:
    """Container, a bare year, a bare number tagged volume, then the pinpoint: the German
    periodical cite has no volume ("ZEuP 2000, 1, 3").  SEER's "56, 2004, 2" puts the volume first."""
    spans = state.spans
    volumes = spans.get("volume", ())
    if len(volumes) != 1 or "issue" in spans or "container-title" not in state.item:
        return False
    labels = [(label, text) for label, text in state.sequence if label != "punct"]
    for i in range(1, len(labels) - 1):
        if labels[i][0] == "volume":
            before, after = labels[i - 1], labels[i + 1]
            return (
                before[0] == "date" and _YEAR_ONLY_RE.match(before[1]) is not None
                and i >= 2 and labels[i - 2][0] == "container-title"
                and after[0] == "locator"
                and after[1].lstrip(" (")[:1].isdigit()  # "3", "(3)": no "p." as English notes write
                and volumes[0].strip(" ,.").isdigit()
            )
    return False


def _pages_and_locators(state: ItemState) -> Sequence[tuple[str, str]]:
    """The pages and locator spans in reading order (straight from ``spans`` when one label has them all)."""
    spans = state.spans
    if "locator" not in spans:
        found = [("pages", text) for text in spans_beside_title(state, "pages")]
    elif "pages" not in spans:
        found = [("locator", text) for text in spans["locator"]]
    else:
        absorbed = title_continuations(state)
        found = [
            (label, text) for i, (label, text) in enumerate(state.sequence)
            if (label == "pages" or label == "locator") and i not in absorbed
        ]
    if any(":" in text for _, text in found):
        found = [part for label, text in found for part in _range_then_pinpoint(label, text)]
    for _, text in found:
        comma = text.find(", ")
        if comma >= 0 and text[comma + 2 : comma + 3].isalpha():  # a word after the comma: "…, hier S. 7"
            return [part for label, text in found for part in _range_then_marked_pinpoint(label, text)]
    return found


#: "pp. 11-40, in part. p. 20", "S. 3–20, hier S. 7", "p. 1-25, ici p. 12": the work's range, then
#: after a word that marks it the page cited, in one span
_RANGE_MARKED_PIN_RE = lazy_compile(
    r"^(?P<range>\s*(?:(?:pp?|S|pp|pagg?)\.\s*)?\d+\s*[-–]\s*\d+),\s+"
    r"(?P<pin>(?:hier|here|at|ici|qui|aldaar|zde|här|aquí|aqui|in\s+part|spec|esp|especially|bes|insb)\.?\s+\S.*)$",
    re.I,
)


def _range_then_marked_pinpoint(label: str, text: str) -> list[tuple[str, str]]:
    m = _RANGE_MARKED_PIN_RE.match(text) if ", " in text else None  # (the other spans of the list)
    return [("pages", m["range"]), ("locator", m["pin"])] if m else [(label, text)]


#: "pp. 50-77: 55": the article's range, then after the colon the page cited (Italian notes)
_RANGE_COLON_PIN_RE = lazy_compile(r"^(?P<range>\s*(?:pp?\.\s*)?\d+\s*[-–]\s*\d+)\s*:\s*(?P<pin>\d+(?:\s*[-–]\s*\d+)?\.?\s*)$")


def _range_then_pinpoint(label: str, text: str) -> list[tuple[str, str]]:
    m = _RANGE_COLON_PIN_RE.match(text)
    return [("pages", m["range"]), ("locator", m["pin"])] if m else [(label, text)]


#: "no. 122", "n° 3", "Nr. 4", "núm. 3", "n.º 2": an issue number the tagger read as a pinpoint
#: (German "H. 2", Heft; Russian "№ 3")
_ISSUE_NUMBER_RE = lazy_compile(r"^(?:no|nos|n°|nº|n\.º|nr|núm|num|h|heft|№)\.?\s*(?P<issue>\d{1,4})$", re.I)


#: "n. 16" right after the volume ("v. 8, n. 16"): the issue (elsewhere "n. 4" is a note)
_BARE_N_ISSUE_RE = lazy_compile(r"^n\.\s?(?P<issue>\d{1,4})$")


#: "45, Abb. 12": a page and a figure or a plate on it, in one span
_SECOND_PINPOINT_RE = lazy_compile(
    r"^(?P<first>\d+(?:\s?[-–]\s?\d+)?),\s(?P<second>(?:fig|figs|Abb|pl|pls|Taf|tav)\.\s?\d+\S*)$"
)
#: pinpoints that follow the page cited ("45, fig. 12", "45, n. 3") and the words they are written with
_SECOND_PINPOINTS = frozenset({"figure", "note", "table"})
_LABEL_WORDS = {"figure": "fig.", "note": "n.", "table": "tab."}


def _page_before_pinpoint(state: ItemState) -> str | None:
    """The page the tagger read as a volume between the imprint's closing bracket and a figure or note cited
    on it ("1988)," + "45," + "fig. 12."); None when the spans are not so."""
    labels = [(label, text) for label, text in state.sequence if label != "punct"]
    for i in range(2, len(labels) - 1):
        label, text = labels[i]
        if label == "volume" and labels[i + 1][0] in ("locator", "pages") and labels[i - 1][1].rstrip()[-2:] in ("),", ")"):
            number = text.strip().rstrip(",")
            return number if number.isdigit() and state.item.get("volume") == number else None
    return None


def _catalogue_number(word: str, item: dict[str, object], state: ItemState) -> bool:
    """"Kat.-Nr. 34", "n° 1234", "no. 1234" after a book (no journal, no container): the number of a catalogue
    raisonné or an exhibition catalogue, not a journal's issue (art historians cite objects by it)."""
    if word[0] in "kc":
        return word in CATALOGUE_WORDS  # ("Kat.-Nr.", "cat. no.": only a catalogue's)
    # "no." and "n°" only after a year ("Wildenstein 1996, no. 1234", "(London: Phaidon, 1954–57), no. 1174"):
    # "Smith, Studies, no. 4" may be a journal's issue, its title read as the book's, and is kept whole
    # ("Ibid., no. 45": a back-reference cites the number of an item in the work, never an issue)
    return (word == "no" or word in CATALOGUE_WORDS) and "container-title" not in item and "issue" not in item and (
        "date" in state.spans or "backref" in state.spans
    )


def _after_volume_span(state: ItemState, text: str) -> bool:
    """Is the span before ``text`` (punctuation aside) a volume span?"""
    before = ""
    for label, span in state.sequence:
        if span is text:
            return before == "volume"
        if label != "punct":
            before = label
    return False


#: a span of two years and nothing else: "1100–1300", "1450-1550,"
_YEARS_ONLY_RE = lazy_compile(r"^\s*(?:1[0-9]|20)\d\d\s*[-–]\s*(?:1[0-9]|20)\d\d\s*[,.;:]?\s*$")
#: the span of years closing a title, early years too ("400–800", "A.D. 200–1000", "c. 1100–1300")
_TITLE_YEARS_RE = lazy_compile(r"^\s*(?:(?:A\.\s?D\.|AD|c\.|ca\.)\s*)?\d{3,4}\s*[-–]\s*\d{2,4}\s*,?\s*$")


def _years_close_container(state: ItemState, span: str, before: str = "container-title") -> bool:
    """The span of years comes right after the container (or the title) and right before the imprint."""
    labels = [(label, text) for label, text in state.sequence if label != "punct"]
    for i, (_, text) in enumerate(labels):
        if text is span:
            return (
                0 < i < len(labels) - 1 and labels[i - 1][0] == before
                and labels[i + 1][0] in ("location", "publisher")
                and (before == "container-title" or labels[i + 1][1].lstrip()[:1] == "(")
            )
    return False


def _journal_range(state: ItemState) -> bool:
    """A journal article cited by its range alone ("«Rivista storica italiana», LXVI (1954), pp. 50-58",
    "« Styles … », Environment and Behavior, pp. 100-117"), with no imprint (a book's chapter cited
    so keeps the range as the pages cited)."""
    item, spans = state.item, state.spans
    return (
        "container-title" in item
        and ("location" not in spans or "issue" in item)  # (a place and an issue: a journal's, as ABNT cites)
        and "publisher" not in spans and "editor" not in spans
    )


def _after_colon_date(state: ItemState, text: str) -> bool:
    """"Agricultural History Review 22, no. 1 (1974): 30.": in a Chicago note the lone page after
    the bracketed year and its colon is the page cited, not the article's first page.  A note names
    the author in reading order; a bibliography inverts the name ("Lanning, Peter"), and there the
    page is a one-page article's."""
    authors = state.spans.get("author")
    if not authors or any("," in text.rstrip(" ,.;:") for text in authors):
        return False  # "Zukofsky, Louis. … Poetry 37 (February 1931): 269.": a bibliography's one-page article
    sequence = state.sequence
    for i, (_, span) in enumerate(sequence):
        if span is text:
            colon = False
            for before_label, before in reversed(sequence[:i]):
                tail = before.rstrip()
                if before_label == "punct":
                    colon = colon or ":" in tail
                    continue
                if tail.endswith(":"):
                    colon, tail = True, tail[:-1].rstrip()
                return colon and before_label == "date" and tail.endswith(")")
            return False
    return False


def _after_imprint_bracket(state: ItemState, text: str) -> bool:
    """"…, in: Gesammelte Werke, Bd. 1 (Tübingen: Mohr Siebeck, 1986), 270.": in a note the lone page after a
    chapter's bracketed imprint is the page cited (a chapter's extent is a range), as after a journal's
    "(1974):".  A bibliography, which inverts the author's name, is left alone."""
    spans = state.spans
    authors = spans.get("author")
    if not authors or "publisher" not in spans or any("," in a.rstrip(" ,.;:") for a in authors):
        return False
    before = _span_before(state, text)
    return before is not None and before[0] == "date" and before[1].rstrip(" ,")[-1:] == ")"


def _span_before(state: ItemState, text: str) -> tuple[str, str] | None:
    """The (label, text) of the span before the span ``text`` (the same object), punctuation aside."""
    sequence = state.sequence
    for i, (_, span) in enumerate(sequence):
        if span is text:
            return next(((label, before) for label, before in reversed(sequence[:i]) if label != "punct"), None)
    return None


def _range_after_book_imprint(state: ItemState, text: str) -> bool:
    """"Foreign Relations …, vol. 5, … (Washington, DC: GPO, 1971), 58–59.", "Ránki György (szerk.): …
    Budapest, Akadémiai Kiadó, 1976, 456–458.": a book (a publisher, no container) cited in a note at a
    range of pages right after its imprint's year, with no label (Chicago's pinpoint; "pp. 292-339" after an
    Italian volume is a section's extent).  Its volume does not make it a periodical: the range is the pages
    cited.  A bibliography, which inverts the names, is left alone."""
    spans = state.spans
    if "publisher" not in spans or "location" not in spans or any(
        "," in name.rstrip(" ,.;:") for role in ("author", "editor") for name in spans.get(role, ())
    ):
        return False
    before = _span_before(state, text)
    # (the year alone closes the imprint: "1976,", "1971),"; not "(2007) 2,")
    return before is not None and before[0] == "date" and _IMPRINT_YEAR_RE.match(before[1].strip()) is not None


_IMPRINT_YEAR_RE = lazy_compile(r"^(?:1[5-9]|20)\d\d\)?[,.]?$")


#: the years of a work in volumes closing its imprint's bracket: "1851–53),", "1874–1897)."
_IMPRINT_YEARS_RE = lazy_compile(r"^\(?(?P<start>1[5-9]\d\d)\s?[-–]\s?(?P<end>\d{2}|1[5-9]\d\d|20\d\d)\)[.,;]?$")


#: a locator's label the title span took along: "Second Treatise of Government, sec." + "27."
_LABEL_CLOSING_TITLE_RE = lazy_compile(
    r",\s(?P<word>sec|sect|ch|chap|para|paras|bk|pt|col|cols|fol|fols|art)\.\s*$", re.I
)


def _label_closing_the_title(state: ItemState) -> None:
    """"Locke, Second Treatise of Government, sec." + "27.": the label of the bare number read as a
    page closed the title span; it goes back to the locator ("27", label ``section``).  (Read from the
    span, which never changes, so that the step run again reads the same.)"""
    span = state.spans["title"][-1]
    m = _LABEL_CLOSING_TITLE_RE.search(span)
    if m is None or m.start() == 0 or not _bare_number_after(state.sequence, span, state.locator or ""):
        return
    title = state.item.get("title")
    word = m["word"]
    if isinstance(title, str) and title.endswith(f", {word}"):
        put_title(state.item, title[: -len(word) - 2])
    state.label = LOCATOR_LABELS[word.lower()]


def _bare_number_after(sequence: Sequence[tuple[str, str]], span: str, locator: str) -> bool:
    """The span after ``span`` (punctuation aside) is a number with no label of its own, the one the
    locator was read from (its first number is the locator's)."""
    after = False
    for label, text in sequence:
        if after and label != "punct":
            first = _FIRST_NUMBER_RE.match(text.lstrip())
            return first is not None and locator.startswith(first.group()) and not locator[len(first.group()) :][:1].isdigit()
        after = after or text is span
    return False


_FIRST_NUMBER_RE = lazy_compile(r"\d+")


class PagesLocator(Normalizer):
    """pages and locator spans -> ``page``/``number-of-pages`` or ``locator`` + ``label``."""

    name: ClassVar[str] = "pages"
    code: ClassVar[str] = "P108"
    keys: ClassVar[tuple[str, ...]] = (
        "page", "number-of-pages", "first-reference-note-number", "locator", "label", "suffix", "volume",
        "container-title", "issue", "issued", "title", "title-short", "collection-title", "collection-number",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"pages", "locator"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        # ("PL 121, 686-688": a source in its edition by siglum is cited at those columns, see title)
        in_container = "container-title" in item or "volume" in item or "issue" in item
        if in_container and state.derived and "source-series" in state.derived:
            in_container = False
        supra = "backref" in state.spans and any(SUPRA_RE.search(t) for t in state.spans["backref"])
        found: dict[str, str] = {}
        locator: tuple[str, str | None] | None = None
        archival: bool | None = None
        extra: list[str] = []
        spans_found = _pages_and_locators(state)
        if len(spans_found) > 1 and spans_found[0][0] == "pages" and "container-title" in item and (
            _YEARS_ONLY_RE.match(spans_found[0][1]) and _years_close_container(state, spans_found[0][1])
        ):
            # "in P. Lane (ed.), Rural England" + "1100–1300" + "(Oxford, 1990)": the book's title ends in years
            item["container-title"] = f"{item['container-title']} {squash(spans_found[0][1]).strip(' ,.;:')}"
            spans_found = spans_found[1:]
        elif spans_found and spans_found[0][0] in ("pages", "locator") and isinstance(title := item.get("title"), str) and (
            _TITLE_YEARS_RE.match(spans_found[0][1]) and _years_close_container(state, spans_found[0][1], "title")
        ):
            # "Framing the Early Middle Ages: Europe and the Mediterranean," + "400–800" + "(Oxford,": the title's
            # years, before the bracketed imprint (where no page range stands)
            glue = ", " if state.spans["title"][-1].rstrip()[-1:] == "," else " "
            put_title(item, f"{title}{glue}{squash(spans_found[0][1]).strip(' ,.;:')}")
            spans_found = spans_found[1:]
        locator_is_range = locator_is_first = False
        issue_taken = 0
        for position, (field_label, text) in enumerate(spans_found):
            if field_label == "locator" and ")" in text and "date" not in state.spans and "issued" not in item and (
                    _IMPRINT_YEARS_RE.match(squash(text)) and (years := parse_date(text)) is not None):
                # "(London: Smith, Elder, 1851–53), 2:114": the years closing the imprint, not a pinpoint
                item["issued"] = years
                continue
            value = squash(text).strip(" ,;:()[]")
            # the expression looks at most 6 characters back from the end: search only those,
            # and only when the letter before the period can end one of its words
            if value.endswith(".") and not (value[-2:-1] in _KEEP_PERIOD_LAST and _KEEP_PERIOD_RE.search(value[-7:])):
                value = value[:-1].rstrip(" ,;:]")  # "(p. 1250)." -> "p. 1250"
                if value.endswith(")") and value.count(")") > value.count("("):
                    value = value[:-1]
            if not value:
                continue
            if value[1:2].isupper() and "collection-title" not in item and (series := _SERIES_SIGLUM_RE.match(value)) and (
                series["siglum"] in data_lines("series_sigla.txt")
            ):
                # "ed. A. Failler," + "CFHB 24" + "(Paris: …)": the edition's series by its siglum, not a pinpoint
                item["collection-title"], item["collection-number"] = series["siglum"], series["number"]
                continue
            if value[0] in "IVXLC" and "volume" not in item and (roman := _ROMAN_VOLUME_PAGE_RE.match(value)):
                # "5 vols (London: Hogarth Press, 1977–84), III, 209": the volume, then the page cited
                item["volume"] = roman["volume"]
                value = roman["page"]
            if " at " in value and in_container and "page" not in found and (at := _RANGE_AT_PIN_RE.match(value)):
                # "22–40 at 31" (Oxford's article form): the article's pages, then the page cited
                found["page"] = expand_dashed_range(at["range"])
                if locator is None:
                    locator = (at["pin"], "page")
                else:
                    extra.append(at["pin"])
                continue
            first_and_pin = _FIRST_AND_PIN_RE.match(value) if in_container and "page" not in found else None
            if first_and_pin and _pin_after_first(first_and_pin, item, state):
                # "NJW 2003, 1234 (1236)", "in: FS Larenz, 1973, S. 799, 805": first page, then the pinpoint
                pin = first_and_pin["pin"] or first_and_pin["after"]
                found["page"] = first_and_pin["first"]
                if locator is None:
                    locator = (pin, "page")
                else:
                    extra.append(pin)
                continue
            periodical = _PERIODICAL_AND_PAGE_RE.match(value) if "container-title" not in item else None
            if periodical and "volume" not in item and "page" not in found and _bracketed_year(state):
                # "[2006] EHRLR 243": an OSCOLA journal, its year in brackets, the article's first page
                item["container-title"] = periodical["abbr"]
                found["page"] = periodical["page"]
                continue
            if "/" in value and _ARXIV_OLD_RE.search(value):
                continue  # "[hep-th/0011193]": an identifier, taken by the identifiers step
            count = _COUNT_RE.match(value) if field_label == "pages" and "number-of-pages" not in found else None
            if count:
                found["number-of-pages"] = count.group(1)
                continue
            marked = False  # "at 755", "here p. 760"
            if value[0] in "nNH№" and position == 0 and "container-title" in item and (
                issue := _ISSUE_NUMBER_RE.match(value)
                or (value[:2] == "n." and _after_volume_span(state, text) and _BARE_N_ISSUE_RE.match(value))
            ) and item.get("issue", issue["issue"]) == issue["issue"]:  # (read again: the same issue)
                # "no. 122" before the year, "v. 8, n. 16" (ABNT): the journal's issue, not a pinpoint
                item["issue"] = issue["issue"]
                issue_taken = 1  # ("núm. 170," + "pp. 901-930": the range after it is the article's)
                continue
            if value[0].isdigit():
                word, number = "", value
                if value[-1] in "od" and (after := _HUNGARIAN_PAGE_RE.match(value)):
                    number = after["number"]  # "102. o." (oldal): the Hungarian label follows the number
            elif value[:3].lower() == "pp.":  # the commonest labels, read as _SPAN_RE reads them
                word, number = "pp", value[3:].strip()
            elif value[:2].lower() == "p.":
                word, number = "p", value[2:].strip()
            else:
                if field_label == "locator" and ", " in value and "title" not in item and position == 0 and (
                    short := _SHORT_TITLE_AND_PAGE_RE.match(value)
                ) and short["title"].split(" ", 1)[0].lower() not in LOCATOR_LABELS and "author" in item:
                    # "Hallaq," + "Sharīʿa, 115": a short form's one-word title read with the page cited
                    put_title(item, short["title"])
                    value = short["page"]
                    word, number = "", value
                else:
                    m = _SPAN_RE.match(value)
                    word = (m["label"] or m["sign"] or "").lower().rstrip(".") if m else ""
                    number = m["value"].strip() if m else value
                    marked = bool(m and m["marker"])
            label: str | None = LOCATOR_LABELS.get(word, "page")
            if label == "number" and (
                ("volume" not in item and not _catalogue_number(word, item, state))
                or field_label != "locator" or not number[:1].isdigit()
                or state.spans.get("title", ("",))[0].lstrip()[:1] in OPENING_QUOTES
            ):
                # (only a volume's documents are numbered, cited as a pinpoint: "vol. 2 …, no. 1228"; not "no pag.",
                # nor an article's issue: "“Prosperity …” Renaissance Quarterly" + "42," + "no. 4")
                word, number, label = "", value, "page"
            if word in ARCHIVAL_WORDS and word not in LOCATOR_LABELS:
                if archival is None:
                    archival = is_archival(state.sequence)
                if archival:
                    continue  # the shelf-mark of an archival document: the archive step's
                number, label = value, None  # "doc. 12" in an edition: kept whole, no CSL label
            if not number:
                continue
            is_range = bool(_RANGE_RE.match(number))
            if is_range:
                number = expand_dashed_range(number)
            if supra and label == "note" and "first-reference-note-number" not in found:
                found["first-reference-note-number"] = number
                continue
            if (
                label == "page"
                and (field_label == "pages" or (is_range and len(spans_found) - issue_taken == 1 and _journal_range(state)))
                and not marked
                and "page" not in found
                and in_container
                and (is_range or word in _PLURAL_PAGE or not word)
                and (is_range or word or not (_after_colon_date(state, text) or _after_imprint_bracket(state, text)))
                and not (is_range and not word and "container-title" not in item and _range_after_book_imprint(state, text))
            ):
                found["page"] = number
            elif (
                locator is not None and locator[1] == "volume" and label == "page" and "volume" not in item
                and _VOLUME_NUMBER_RE.match(locator[0])
            ):
                # "dl. 2, blz. 112", "t. II, p. 340": the volume cited, then the page cited in it
                item["volume"], locator = locator[0], (number, label)
                locator_is_range = is_range
            elif locator is None:
                if label == "page" and ", " in number and (second := _SECOND_PINPOINT_RE.match(number)):
                    # "S. 45, Abb. 12", "p. 112, fig. 34": the page cited, then a figure on it (kept in the suffix)
                    number = expand_dashed_range(second["first"]) if _RANGE_RE.match(second["first"]) else second["first"]
                    extra.append(second["second"])
                locator = (number, label)
                locator_is_range = is_range and label == "page"
                locator_is_first = field_label == "pages" and label == "page" and in_container and number.isdigit()
            elif locator_is_range and label == "page" and text.lstrip()[:1] == "(" and "page" not in found:
                # "pp. 12–14 (p. 13)" (MHRA): the range is the work's, the bracketed page the one cited
                found["page"], locator = locator[0], (number, label)
            elif locator_is_range and label == "page" and marked and in_container and "page" not in found:
                # "3–30, at 12" (Oxford, Cambridge), "1–20, aldaar 12" (Dutch): the range, then the page cited
                found["page"], locator = locator[0], (number, label)
            elif locator_is_first and label == "page" and text.lstrip()[:1] == "(" and "page" not in found and (
                number.isdigit() and int(number) >= int(locator[0])
            ):
                # "in: FS Lang, München 1998, S. 211 (215)": the chapter's first page, the bracketed one cited
                found["page"], locator = locator[0], (number, label)
            else:
                extra.append(value)
        item.update(found)
        if locator is not None and locator[1] in _SECOND_PINPOINTS and "volume" in item and (
            page := _page_before_pinpoint(state)
        ):
            # "(Oxford: OUP, 1988), 45, fig. 12": the page cited (read as a volume), then a figure on it
            del item["volume"]
            extra.insert(0, " ".join(w for w in (_LABEL_WORDS.get(locator[1], ""), locator[0]) if w))
            locator = (page, "page")
        if locator is not None:
            state.locator, state.label = locator
            if locator[1] == "page" and "title" in state.spans and ", " in state.spans["title"][-1][-9:]:
                _label_closing_the_title(state)
        if extra:
            state.suffix = ", ".join(extra)
        if "page" not in item and _first_page_read_as_volume(state):
            # "Zimmermann, ZEuP 2000, 1, 3": periodical, year, first page, pinpoint; no volume
            item["page"] = item.pop("volume")
