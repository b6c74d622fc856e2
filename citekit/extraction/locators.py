"""Pinpoint locators at the end of a citation piece ("p. 6ff.", "S. 5 f.", "at 45").

A short form or back-reference is mostly locator ("Ibid., p. 5"), and the
parser may not have seen enough of them to label the tail reliably, so the
extraction code reads the pinpoint itself.  The value keeps the author's
spelling ("6ff.", "751–66"); the label is a CSL locator term.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import expand_dashed_range
from citekit.normalize.pages import LOCATOR_LABELS

#: Spelled labels the tail of a citation reads besides the parser's (``pages.LOCATOR_LABELS``, the one
#: table of what a label means): words that are labels only in this anchored place, after a comma and
#: before a number ("at 45", Turkish "lef 3", a roll's membrane "m. 2", Greek and Russian abbreviations).
#: None of them is in the parser's table (tests/extraction/test_locator_labels.py), so the two never
#: disagree.
_TAIL_LABELS: dict[str, str] = {
    "at": "page", "cfr": "page",
    "f": "folio", "lef": "folio", "vr": "folio", "vrk": "folio", "m": "folio", "k": "folio",  # (a leaf, a membrane)
    "kat. -nr": "number", "kat.nr": "number", "cat. n": "number", "cat. nr": "number", "cat.no": "number",
    "n°s": "number", "doc": "number",
    "hk": "number", "hüküm": "number",  # (a decree in an Ottoman register: "MD 6, hk. 421")
    "s.a": "section", "s. a": "section",  # (an entry of annals by its year, sub anno: "s.a. 788")
    "tit": "section",  # (a title of a law code: "Lex Salica, tit. 59")
    "nt": "note", "rnr": "paragraph", "rz": "paragraph", "randnr": "paragraph",
    "secs": "section", "arts": "article-locator", "tome": "volume", "capitoli": "chapter",
    "planche": "figure", "planches": "figure",
    "fr": "section", "frr": "section", "frg": "section",  # (a fragment of a papyrus or an author: "fr. 6")
    # Russian: list's verso (oborot), glava; Greek: αριθμός, στήλη, έγγραφο
    "דף": "folio",
    "об": "folio", "гл": "chapter", "αρ": "number", "στ": "column", "έγγρ": "number",
    "lk": "page",  # (Estonian "lk 45", lehekülg)
}
#: Spelled label (lower-case, without the final dot) -> CSL locator label.
LABELS: dict[str, str] = {**LOCATOR_LABELS, **_TAIL_LABELS}

_NUM = r"(?:[0-9]+(?:\.[0-9]{1,3}(?![0-9]|\.[0-9]))?|[ivxlcdmIVXLCDM]+)[a-z]?"  # (a numbered paragraph: "para 7.50")
_RANGE = (rf"{_NUM}(?:\s*[-–—/]\s*{_NUM})?(?:\s*(?:ff?\.?|et seq\.?|sqq?\.?|seqq?\.?|ss\.?|segg?\.?|vd\.|"
          r"sgg\.?|e\s+segg?\.?|e\s+sgg\.?|e\s+ss\.?|y\s+ss\.?|(?:et\s+)?suiv\.?|[rv][°º]|[rv]\b\.?|et passim|"
          r"i\s+n(?:ast)?\.(?=\s*$)|"  # (Polish "s. 201 i n." / "i nast.", and the following pages)
          r"κ\.\s?ε\.|κ\.\s?εξ\.))?")  # (Greek "και εξής": "σ. 45 κ.ε.")
_NUM_OB = r"\d+\s?ob\.?"  # a Russian leaf's verso: "l. 14ob." (oborot)
_RANGE = rf"(?:{_NUM_OB}|{_NUM}\s*[-–—]\s*{_NUM_OB}|{_RANGE})"
#: one or more numbers/ranges joined by commas or "and"/"e"/"u." ("341-342, 554")
_VALUE = rf"{_RANGE}(?:\s*(?:,|and|&|e|y|u\.|und)\s*{_RANGE})*"  # (Spanish "pp. 130 y 145", "fs. 3 y 5v")
_LABEL = (
    r"pp?\.?|pgs?\.?|pages?|S\.|Seiten?|at|cols?\.|coll\.|Sp\.|fols?\.|fols?(?=\s\d)|fo\.|ff?\.|cc?\.|"
    r"fls?\.|(?<=,\s)k\.(?=\s?\d)|(?<=,\s)fs\.(?=\s?\d)|"  # a leaf: Portuguese "fl." (folha), Polish "k." (karta), Spanish "fs." (fojas)
    r"(?<=,\s)(?:lef|vrk?\.|hk\.|hüküm)(?=\s?\d)|"
    r"(?<=,\s)(?:frr?|frg)\.(?=\s?\d)|"  # a fragment: "P.Oxy. XIII 1610, fr. 6", "FGrHist 70, frr. 3-5"  # Turkish "lef 3", "vr. 12a" (varak), "hk. 421" (hüküm)
    r"(?<![A-Z]\.\s)Bl\.|(?<!\bi\.\s)(?<!\bi\.)mm?\.(?=\s?\d)|"  # (not the Hungarian op. cit. "i. m. 150")
    r"(?<=[,\s])str\.|(?<=,\s)lk\.?(?=\s\d)|"  # (Croatian, Serbian, Czech "str." -- stranica, strana; Estonian "lk")
    r"nn?\.|notes?|Fn\.?|FN|Anm\.|paras?\.|paras?(?=\s\d)|par\.|Rn\.?|Rnr\.|Rz\.?|Randnr\.|¶|§§?|secs?\.|"
    r"ch\.|chap\.|chapter|cap\.|Kap\.|vols?\.|Bd\.|t\.|art\.|arts\.|arts?(?=\s\d)|ll?\.|lines?|TLN|fig\.|tab\.|"
    # a catalogue's number: "Kat.-Nr. 168", "cat. no. 54", "cat. n. 85", "cat. 45" (a catalogue raisonné cited
    # by its entry, or a catalogue's entry after the page)
    r"Kat\.\s?-?\s?Nr\.|[Cc]at\.\s?(?:nos?|n|nr)\.|[Cc]at\.(?=\s?\d)|"
    r"no\.|Nr\.|[nN]°s?|pagg?\.|págs?\.|nota|nt\.|doc\.|tav\.|pl\.|planches?|capitol[oi]|"
    # annals by the year of their entry, sub anno: "Annales regni Francorum, s.a. 788" (before the page "s.")
    r"(?<=,\s)s\.\s?a\.(?=\s?\d)|(?<=,\s)tit\.(?=\s?\d)|"
    r"[Сс]\.|[Сс]тр\.|[Лл]л?\.|[Тт]\.|[Гг]л\.|(?<=\d\.\s)s\.|(?<=,\s)s\."  # (transliterated "…, s. 47")
    r"|σσ?\.|σελ\.|τ\.|τόμ\.|κεφ\.|αρ\.|στ\.|φφ?\.|υποσ\.|σημ\."  # (Greek, in lower case: "Σ." is an initial)
    r"|(?<=,\s)έγγρ\.(?=\s?\d)"  # (a document in a Greek archive's folder: "φάκ. 112, έγγρ. 4")
    r"|ב?עמ['׳’]|עמודים|עמוד|(?<=,\s)דף(?=\s?\d)"  # (Hebrew: "עמ' 45" -- amud, a page; "דף 12" -- a leaf)
    # the page inside an article's range, after "here": "s. 3-40, tu s. 12" (pl), "zde s. 14" (cs), "här s. 9"
    r"|(?<=\stu\s)s\.|(?<=\szde\s)s\.|(?<=\shär\s)s\.|(?<=\sher\s)s\."
)

_TAIL = lazy_compile(
    rf"(?:^|[,:;\s(])(?P<label>{_LABEL})\s*(?P<value>{_VALUE})\s*[.)]*\s*$",
)
#: a page written before its label, as Latvian and Hungarian notes do: "…, 88. lpp.", "Uo. 45. o.", "45–46. old."
_NUMBER_THEN_LABEL = lazy_compile(
    r"(?:^|[,:;\s])(?P<value>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\.\s?(?P<label>lpp|o|old)\.\s*$")
#: the page right after the Hungarian op. cit. (idézett mű): "Romsics: i. m. 150.", "i. m. 45–46."
_AFTER_HUNGARIAN_OP_CIT = lazy_compile(r"\bi\.\s?m\.,?\s(?P<value>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\.?\s*$")
#: a bare pinpoint after a comma or a closing parenthesis: "Hagenloh (n 1) 6", "Police, 6ff."
#: (with a note on that page, Chicago's "260n12", "260nn12–13": the page's note is part of the value)
_BARE = lazy_compile(
    r"(?:,[”’\"]?|\))\s*(?P<value>\d+(?:nn?\.?\s?\d+(?:\s*[-–]\s*\d+)?|[a-z])?(?:\s*[-–—]\s*\d+)?"
    r"(?:\s*ff?\.?)?)\s*\.?\s*$"
)


#: a bare page, then a note on it: "…, 26 n. 12", "…, 26, n. 12", "…, 260 nn. 12–13"
_PAGE_THEN_NOTE = lazy_compile(
    # (the page may be a range: "pp. 60–1 and n. 4")
    r"(?:,[”’\"]?|\)|\bat|\bpp?\.|\bS\.)\s*(?P<value>\d+(?:\s*[-–]\s*\d+)?(?:,?\s+(?:e|and|und|et|y)\s+|\s+)"
    r"(?:nn?\.|nota|Anm\.|Fn\.)\s?\d+(?:\s*[-–]\s*\d+)?)\s*\.?\s*$"  # ("at 12 n.4", "p. 32 e nota 5")
    # (with a comma between, "p. 3, n. 14", the note is the pinpoint, as before)
)
#: a leaf of an early printed book by its signature: "sig. B2r", "sigs F3v–F4r", "sig. *3v", "sig. 2A3r",
#: "sig. ¶2" (gathering letters, a number, recto or verso; CSL has no label of its own, and a signature
#: names a leaf, so "folio", as the parser reads it)
_SIGN = r"(?:\d?[A-Z]{1,3}|[A-Z][a-z]|[*¶π†χ]{1,3}\d?[A-Z]?)\d{1,2}(?:\.\d)?[rv]?"
_SIGNATURE = lazy_compile(
    rf"(?:^|[,:;\s(])(?P<label>[Ss]igs?\.?)\s*(?P<value>{_SIGN}(?:\s*[-–—]\s*(?:{_SIGN}|[rv]))?"
    rf"(?:\s*(?:,|and|&)\s*{_SIGN})*)\s*[.)]*\s*$"
)
#: a juan (kan, kwŏn) of a Chinese, Japanese or Korean book and a leaf with its side: "juan 25, 3a", "j. 4, 7b–8a"
_JUAN_AND_LEAF = lazy_compile(
    r"(?:^|[,\s(])(?P<label>juan|chüan|j\.|kan|kwŏn|kwon|gwon)\s?(?P<juan>\d{1,4}[A-Za-z]?),\s?"
    r"(?P<leaf>\d{1,4}[a-d](?:\s?[-–]\s?(?:\d{1,5}[a-d]?|[a-d]))?)\s*[.)]*\s*$"
)
#: the work cited throughout: "…, passim"
_PASSIM = lazy_compile(r"(?:,|\))\s*(?P<value>passim)\.?\s*$")


#: a paragraph in square brackets at the end: "Miller (n 9) [87]", "ibid [45]–[47]"
_BRACKETED_PARAGRAPH = lazy_compile(r"(?:\)|\w)\s+\[(?P<value>\d{1,4}(?:\]?\s*[-–]\s*\[?\d{1,4})?)\]\s*\.?\s*$")


#: a bare page singled out of the range before it: "Elliott, Empires of the Atlantic World, 130–31, esp. 131"
_ESPECIALLY = lazy_compile(r",\s*(?:esp\.|especially|especialmente|sobretudo)\s+(?P<value>\d+(?:\s*[-–]\s*\d+)?)\s*\.?\s*$")


#: several bare pages, the first a range: "Hanke, Guild and Commune, 21–22, 30"
_BARE_PAGES = lazy_compile(
    r",\s*(?P<value>\d+\s*[-–]\s*\d+(?:,\s*\d+(?:\s*[-–]\s*\d+)?)+|\d+(?:,\s*\d+){2,}"
    # (or two joined by "and": "…, 75 and 81", never two years: "…, 1998 and 2001")
    r"|(?!(?:1[5-9]|20)\d\d\b)\d{1,4}(?:\s*[-–]\s*\d+)?\s+(?:and|&|e|et|und|y)\s+(?!(?:1[5-9]|20)\d\d\b)\d{1,4}"
    r"(?:\s*[-–]\s*\d+)?)\s*\.?\s*$"
)  # (or three pages and more: "…, 3, 5, 7")


#: Chicago's volume and page after a comma or the imprint's bracket: "Stones of Venice, 1:12",
#: "(London: George Allen, 1903–12), 9:17", "Vie de Rossini (Paris, 1824), 2: 117–19" -- read in
#: full citations too (never a year or range: "(2010): 1-20" has no volume before its colon)
_VOLUME_PAGE = lazy_compile(
    r"(?:,[”’\"]?|\))\s*(?P<value>\d{1,3}: ?\d{1,4}(?:[ab](?![\w]))?(?:\s*[-–]\s*\d{1,4}[ab]?)?(?:n\d+)?)\s*\.?\s*$"
)  # (a juan and a leaf's side of a Chinese or Korean record: "Sejong sillok, 49:12b")  # (the comma inside a quoted title's closing quote: "Schacht, “Idjtihād,” 3:1027")


#: the same right after a short title's last word: "Balthasar, Theo-Drama 4:330"
_VOLUME_PAGE_AFTER_TITLE = lazy_compile(r"\b[A-ZÀ-ÖØ-Þ][\w-]{2,40}\s(?P<value>\d{1,2}:\s?\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\s*\.?\s*$")


#: an ancient or medieval text cited by its own divisions after the title: "Tacitus, Annals 1.1",
#: "Augustine, Confessions 8.12.29" (book, chapter, section: no page of an edition)
_CLASSICAL = lazy_compile(r"(?<=[^\W\d_])\.?\s+(?P<value>\d{1,3}(?:\.\d{1,4}){1,3}[a-z]?)\s*\.?$")


#: a work's own divisions after a comma, as philosophy and theology cite them in short forms and
#: back-references: scholastic question and article ("I-II, q. 94, a. 2", "q. 95, a. 2, ad 3", "d. 8,
#: q. 1"), Kant's A/B pages ("A 107", "A51/B75"), Stephanus and Bekker pages ("443c–e", "1098a18-20"),
#: dotted book.chapter.section ("2.239", "15.12.21"), a Roman book and two numbers ("XV, 12, 21")
_DIVISION = lazy_compile(
    r"(?:,|^|(?<=[^\W\d_])\s)\s*(?P<value>"
    r"[IVX]{1,4}/\d{1,2},\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?|"  # Barth's volume and part: "CD III/2, 203"
    r"(?:[IVX]{1,4}(?:a|ae)?(?:\s?-\s?[IVX]{1,4}(?:ae)?)?,\s*)?(?:d\.\s?\d{1,3},\s*)?q\.\s?\d{1,3}"
    r"(?:,\s*a\.\s?\d{1,2})?(?:,\s*(?:ad\s?\d{1,2}|resp\.|co\.|corp\.|s\.\s?c\.|sed contra))?"
    r"|[AB]\s?\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*ff?\.)?(?:\s*/\s*B\s?\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*ff?\.)?)?"
    r"|\d{2,4}[a-e]\d{0,2}\s*[-–]\s*(?:\d{2,4}[a-e]\d{0,2}|[a-e]\d{0,2}|\d{1,2})"
    r"|(?!\d{1,2}\.\d{1,2}\.\d{4}\b)\d{1,3}(?:\.\d{1,4}){1,3}[a-z]?(?:\s*[-–]\s*\d{1,4}(?:\.\d{1,4}){0,3})?"
    r"|[IVXL]{1,6},\s*(?:[ivxl]{1,7}|\d{1,3}),\s*\d{1,3}"
    r"|[IVXL]{1,6},\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?"  # a book or a volume and its chapter or page: "III, 51"
    r"|ad\s?\d{1,2}"  # the answer to an objection: "Ibid., ad 3"
    r"|[IVXL]{1,6}\.\d{1,3}(?:\.\d{1,3})?(?:\s*[-–]\s*\d{1,3})?"  # a Roman book, dotted: "II.3"
    r"|[IVXL]{1,6}\.\s\d{1,4}(?:\s*[-–]\s*\d{1,4})?"  # a poem's book and line, MHRA's "IX. 780-84"
    # a poem's book, canto (in lower-case Roman) and stanza: The Faerie Queene's "III.vi.43", "II. xii. 42-43"
    r"|[IVXL]{1,6}\.\s?[ivxl]{1,7}\.\s?\d{1,3}(?:\s*[-–]\s*\d{1,3})?"
    r")\s*\.?\s*$"
)


#: one paragraph, then the page it stands on (a single "§": "§§ 3, 5" are two paragraphs): "Ebd., § 258, 399"
_PARAGRAPH_THEN_PAGE = lazy_compile(r"(?:^|[,\s])§\s?\d{1,4}(?:\.\d{1,3})?,\s(?P<value>\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?:\s?ff?\.)?)\s*\.?\s*$")


@dataclass(frozen=True)
class Pinpoint:
    """A locator found at the end of a piece: its value, CSL label and where it starts."""

    value: str
    label: str
    start: int


def stored_locator(value: str) -> str:
    """A pinpoint as citekit stores every locator: a range in full with a hyphen ("392-93" ->
    "392-393", as the parser stores a full citation's); anything else as written ("4:73", "6ff.")."""
    return expand_dashed_range(value) if re.fullmatch(r"\d+\s*[-–]\s*\d+", value) else value


def _clean_value(value: str) -> str:
    value = value.strip()
    if value.endswith(".") and not re.search(r"(?:ff?|seqq?|sqq?|ss|segg?|sgg|suiv|vd|κ\.\s?ε|κ\.\s?εξ|\si\sn|\si\snast)\.$", value):
        value = value[:-1]
    return value.strip()


#: an archival shelf-mark before the pinpoint: fond/opis'/delo, busta, filza, registro ...
_SHELF_MARK = lazy_compile(r"\b(?:op\.\s?\d|d\.\s?\d|f\.\s?[A-ZР]?-?\d|busta\s?\d|b\.\s?\d|filza\s?\d|reg\.\s?\d|fasc\.\s?\d"
                         r"|[A-Z][A-Za-z]{0,9}\s?\d{1,4}/\d{1,4})")  # (a class and piece: "C 1/46/3, mm. 2–3")
#: what a label means after a shelf-mark: "d. 1003, ll. 85–86" are leaves (listy), "filza 3, n. 14"
#: a document's number -- not lines of a poem or a footnote
_ARCHIVAL_LABELS = {"line": "folio", "note": "number"}


def _label_term(spelled: str, before: str = "") -> str:
    key = spelled.strip().rstrip(".").lower()
    if spelled.strip() == "S.":
        return "page"
    term = LABELS.get(key, "page")
    if term in _ARCHIVAL_LABELS and _SHELF_MARK.search(before):
        return _ARCHIVAL_LABELS[term]
    return term


@lru_cache(maxsize=4096)
def find_pinpoint(text: str, *, bare: bool = True) -> Pinpoint | None:
    """The locator at the end of ``text``, if any.

    ``bare`` also accepts an unlabelled number after a comma or parenthesis,
    which is right for short forms and back-references but not for full
    citations (where a trailing number is usually a year or a page range).
    """
    stripped = text.rstrip()
    # pieces cut from a longer note end in "," or ";" ("Penco, op. cit., pp. 742-3,")
    while stripped and stripped[-1] in ",;:":
        stripped = stripped[:-1].rstrip()
    match = _SIGNATURE.search(stripped)
    if match:
        return Pinpoint(match.group("value"), "folio", match.start("label"))
    match = _NUMBER_THEN_LABEL.search(stripped) if stripped.endswith((" lpp.", " o.", " old.", ".lpp.", ".o.", ".old.")) else None
    if match:
        return Pinpoint(match.group("value"), "page", match.start("value"))
    match = _AFTER_HUNGARIAN_OP_CIT.search(stripped) if "m." in stripped else None
    if match:
        return Pinpoint(match.group("value"), "page", match.start("value"))
    match = _JUAN_AND_LEAF.search(stripped) if "j" in stripped or "k" in stripped or "g" in stripped else None
    if match:
        # "Ibid., juan 26, 1b": the juan and the leaf, written "26.1b" as the dotted form and the parser write it
        return Pinpoint(f"{match['juan']}.{match['leaf']}", "folio", match.start("label"))
    match = _PAGE_THEN_NOTE.search(stripped)
    if match:
        # "Reeve, ‘Tithe Disputes’, 26 n. 12": note 12 on page 26 -- the page's note, as "26n12"
        # (the pinpoint starts at its label, as others do: "Erne, Literary Dramatist, p. 31 n. 4" keeps
        # "Literary Dramatist" as the short title)
        return Pinpoint(_clean_value(match.group("value")), "page", match.start())
    match = _PASSIM.search(stripped)
    if match:
        return Pinpoint("passim", "page", match.start("value"))  # "Adler, Canon and Custom, passim"
    match = _PARAGRAPH_THEN_PAGE.search(stripped) if bare else None
    if match:
        return Pinpoint(match.group("value"), "page", match.start("value"))  # "Ebd., § 258, 399"
    match = _TAIL.search(stripped)
    if match:
        value = _clean_value(match.group("value"))
        # "S. 1999" would be a year after a place, not a page: leave it.
        if value:
            label = _label_term(match.group("label"), stripped[: match.start("label")])
            if label == "line" and "ob" in value:
                label = "folio"  # "l. 14ob.": a leaf's verso is no line of a poem
            return Pinpoint(value, label, match.start("label"))
    match = _VOLUME_PAGE.search(stripped)
    if match:
        return Pinpoint(match.group("value"), "page", match.start("value"))
    if bare:
        match = _DIVISION.search(stripped)
        if match and re.match(r"[IVXL]+(?:,\s*|\.)\d|ad\s", match.group("value")) and not stripped[: match.start("value")].rstrip().endswith(","):
            match = None  # ("KpV, AA V, 33": the edition's volume and page, not a book and chapter after a title)
        if match:
            value = match.group("value").rstrip(". ") if not match.group("value").endswith(
                ("resp.", "co.", "corp.", "ff.", "f.", "s. c.", "s.c.")) else match.group("value")
            label = "page" if re.match(r"[AB]\s?\d|\d+[a-e]|[IVX]+/", value) else "section"
            return Pinpoint(value, label, match.start("value"))
        match = _VOLUME_PAGE_AFTER_TITLE.search(stripped)
        if match:
            return Pinpoint(match.group("value"), "page", match.start("value"))  # "Balthasar, Theo-Drama 4:330"
        match = _BRACKETED_PARAGRAPH.search(stripped)
        if match:
            return Pinpoint(match.group("value"), "paragraph", match.start("value"))  # OSCOLA "Miller (n 9) [87]"
        match = _BARE_PAGES.search(stripped)
        if match:
            return Pinpoint(match.group("value"), "page", match.start("value"))  # "…, 21–22, 30"
        match = _ESPECIALLY.search(stripped)
        if match:
            return Pinpoint(match.group("value"), "page", match.start("value"))  # "…, 130–31, esp. 131"
        match = _BARE.search(stripped)
        if match:
            value = _clean_value(match.group("value"))
            if not re.fullmatch(r"1[5-9]\d\d|20\d\d", value):
                return Pinpoint(value, "page", match.start("value"))
        match = _CLASSICAL.search(stripped)
        if match:
            return Pinpoint(match.group("value"), "section", match.start("value"))
    return None
