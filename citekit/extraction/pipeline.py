"""Document -> bibliography: read the notes, split, classify, parse, resolve.

The stages are deliberately separate so each can be tested alone:

1. a reader (:mod:`citekit.readers`) finds the notes and the document's own
   metadata; ``--notes`` mode takes one note per line instead;
2. :func:`~citekit.extraction.split.split_note` cuts a note into pieces and
   classifies them (full, short, ibid., idem, op. cit., supra, commentary);
3. each full citation is parsed by :func:`citekit.parser.parse_reference`; a
   work cited in full twice becomes one entry;
4. :func:`citekit.resolve.resolve_document` links short forms and
   back-references to their entries.

Citations the author's tools already made machine-readable (LaTeX/pandoc keys,
Zotero/Mendeley field codes) are kept as the reader gave them and their text
is not parsed again.  The hand-typed text around them ("Court Rolls, fol. 12r;
\\textcite{green}") is split and parsed like any note, and the note's
citations keep the order of the text (see :func:`place_reader_citations`).
Spans of hand-typed citations index ``Note.text``; reader-made ones keep the
reader's spans (file offsets for LaTeX/Markdown).

Diagnostic codes (stable; readers use X0xx–X4xx):

=====  ========  ==================================================================
code   severity  meaning
=====  ========  ==================================================================
X501   warning   a citation could not be parsed into a work (kept with its raw text,
                 ``id`` None)
X502   error     the parser failed on a citation (kept with its raw text)
X503   warning   an unnumbered note opens with the rest of a citation whose start the
                 reader did not find ("derts, in: Genealogie 24", "Köln, Ulm)"): kept
                 as a citation with its raw text, no entry
X504   warning   a "full citation" with no author or editor, no digit and no URL reads
                 as a sentence of commentary: kept as a citation with its raw text,
                 no entry
=====  ========  ==================================================================
"""

from __future__ import annotations

import re
from collections.abc import Callable

from rapidfuzz import fuzz

from citekit.extraction.archival import continuation_location, inherit_location
from citekit.extraction.classify import (
    EDITION_SIGLA,
    FRENCH_ARCHIVE,
    IBID_AFTER_TITLE,
    MANUSCRIPT,
    Classification,
    abbreviated_classic,
    archival_file,
    archival_pinpoint,
    author_head,
    classify,
    codex_file,
    corpus_item,
    edition_in_series,
    has_imprint,
    has_prose_words,
    has_publication_facts,
    legal_source_type,
    migne_column,
    numbered_work,
    online_tail,
    periodical_citation,
    reference_entry,
    reported_decision,
    surface_title,
)
from citekit.extraction.ids import entry_key
from citekit.extraction.locators import Pinpoint, find_pinpoint, stored_locator
from citekit.extraction.rabbinic import rabbinic_identity, rabbinic_reference
from citekit.extraction.scripture import scripture_reference
from citekit.extraction.split import (
    PAPER_NUMBER,
    TRANSLATION_LINK,
    Piece,
    explanatory_parenthetical,
    split_note,
    trailing_clause,
    trailing_signal,
)
from citekit.lazy_regex import lazy_compile
from citekit.matching.evidence import numbers_conflict
from citekit.model import Citation, Diagnostic, Document, Entry, Note, ParsedReference
from citekit.normalize._person import known_person_first, parse_names
from citekit.normalize.commentary import commentary_item
from citekit.normalize.names import GENERAL_EDITOR, SURNAME, SURNAMES_BY_SLASH, slashed_names
from citekit.normalize.primary_forms import NEWSPAPER_WORDS
from citekit.normalize.title import clean_title
from citekit.readers.cover import split_person
from citekit.resolve import byname_first, fold, initials_of, resolve_document, title_tokens

#: the codes of a citation kept as its raw text without an entry (writers keep that text too)
KEPT_AS_TEXT = frozenset({"X501", "X502", "X503", "X504"})

Parser = Callable[..., ParsedReference]


def notes_from_lines(text: str) -> list[Note]:
    """``--notes`` input: each non-empty line is one note ("12 Text" keeps its number 12)."""
    notes: list[Note] = []
    expected = 1
    for line_no, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped:
            continue
        number = str(expected)
        match = re.match(r"(\d{1,4})[.)]?\s+(?=\S)", stripped)
        if match and int(match.group(1)) in (expected, 1):
            number = match.group(1)
            stripped = stripped[match.end():]
        notes.append(Note(number=number, text=stripped, line=line_no))
        expected = int(number) + 1
    return notes


#: lower-case words that may open a citation: particles, signals, back-references
_LOWER_OPENERS = lazy_compile(
    r"(?:van|von|de|di|da|del|della|du|le|la|ten|ter|der|den|dos|das|in|ibid|id|idem|ebd|ebenda|ders|dies|"
    r"see|cf|vgl|siehe|auch|also|op|loc|supra|infra|https?|www|doi)\b", re.I)


_ROMAN = lazy_compile(r"[ivxlc]+")


def is_fragment(text: str) -> bool:
    """Does ``text`` read as the end of a citation cut from its start?

    "derts, in: Genealogie 24 (1999), 641–658" (a word hyphenated across the
    cut) opens in lower case; "Nürnberg, Regensburg, Ulm)" closes a bracket
    it never opened.  Used only for unnumbered notes, which the reader found
    by their line shapes: a numbered note's first words are its own.
    """
    stripped = text.strip()
    if not stripped:
        return False
    first_close, first_open = stripped.find(")"), stripped.find("(")
    if first_close >= 0 and (first_open < 0 or first_close < first_open):
        return True
    return stripped[0].islower() and not _LOWER_OPENERS.match(stripped)


#: the siglum an archive's first citation announces after its name: "(AHU)", "(hereafter AGN)", "(en adelante AGI)"
_ANNOUNCED_SIGLUM = lazy_compile(
    r"[(\[](?:(?:hereafter|henceforth|en\s+adelante|de\s+aquí\s+en\s+adelante|doravante|daqui\s+em\s+diante|"
    r"ci-après|désormais|im\s+Folgenden:?|d['’]ora\s+in\s+poi)\s+)?(?P<siglum>[A-Z][A-Za-z]{1,7}(?:-[A-Z]{2,4})?)[)\]]")
#: the words of an archive's name its siglum is made of ("Archivo General de Indias" -> AGI)
_NAME_WORD = lazy_compile(r"(?<![\w'’-])[A-ZÀ-ÞÁÉÍÓÚ][\w'’-]*")


def archive_siglum(archive: str) -> str:
    """The key of an archive whether cited by its name or by its siglum: "Archivo General de Indias (en
    adelante AGI)", "Archivo General de Indias" and "AGI" all -> "agi"; "Arquivo Histórico Ultramarino (AHU)"
    and "AHU" -> "ahu" (the initials of the name's capitalised words, as archives make their sigla)."""
    announced = _ANNOUNCED_SIGLUM.search(archive)
    if announced:
        return fold(announced["siglum"])
    name = archive.split(",")[0].strip()
    if re.fullmatch(r"[A-Z][A-Za-z]{1,7}(?:-[A-Z]{2,4})?", name) and sum(c.isupper() for c in name) >= 2:
        return fold(name)
    words = _NAME_WORD.findall(name)
    if len(words) >= 2 and re.search(r"\b(?:Arch|Arqu|Arxiu)", name):  # (not "Bodleian Library" / "British Library")
        return fold("".join(w[0] for w in words))
    return fold(archive)


class _Bibliography:
    """The document's works, each once, in order of first citation."""

    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.index: dict[tuple[frozenset[str], tuple[str, ...]], str] = {}
        self.by_author_year: dict[tuple[frozenset[str], str], list[str]] = {}
        self.by_families: dict[frozenset[str], list[tuple[tuple[str, ...], str, str]]] = {}
        self.by_id: dict[str, Entry] = {}
        self.by_title: dict[tuple[str, ...], list[str]] = {}
        self.by_identity: dict[tuple[str, ...], str] = {}
        #: the keys of the author's keyed citations (``\\cite{dupaquier1979}``): they name works
        #: in the author's own bibliography, so no extracted entry may take one as its id
        self.reserved = {str(cit.id).lower() for note in doc.notes for cit in note.citations
                         if cit.kind == "keyed" and cit.id}
        for entry in doc.entries:
            self._remember(entry)

    @staticmethod
    def identity(entry: Entry) -> tuple[str, ...] | None:
        """What names a decision or an archival file without a title or an author.

        "BGH, Urt. v. 13.2.2004 – V ZR 225/03, NJW 2004, 2156, 2157" and the same
        decision cited at 2158 are one work (court and docket number, or reporter,
        volume and first page); "RGASPI, f. 17, op. 3, d. 1003, ll. 85–86" and "…, l.
        90" are one file (archive and shelf-mark).
        """
        def part(name: str) -> str:
            return fold(str(entry.get(name) or ""))

        found = _Bibliography.identities(entry)
        return found[0] if found else None

    @staticmethod
    def identities(entry: Entry) -> list[tuple[str, ...]]:
        """Every identity of :meth:`identity`: a decision cited once by its docket number and its
        report ("BGH, Urt. v. … – III ZR 201/14, NJW 2015, 1672") and once by the report alone
        ("BGH NJW 2015, 1672, 1674") is one decision."""
        def part(name: str) -> str:
            return fold(str(entry.get(name) or ""))

        kind = entry.get("type")
        if kind == "manuscript" and entry.get("archive_location"):
            # (two letters in one carton are two documents: the title tells them apart)
            # (the series may stand in the shelf-mark or apart from it: "Lima, 110" or "Lima" and "110")
            shelf = ", ".join(str(entry.get(name)) for name in ("archive_collection", "archive_location")
                              if entry.get(name))
            return [("archive", archive_siglum(str(entry.get("archive") or "")), fold(shelf), part("title"))]
        rabbinic = rabbinic_identity(entry)
        if rabbinic is not None:  # (the Mishnah's "Sanhedrin" is not the Bavli's; "Mishneh Torah" with its author or not)
            return [rabbinic]
        found: list[tuple[str, ...]] = []
        if kind == "legal_case":
            if entry.get("number"):
                found.append(("case", part("authority"), part("number")))
            if entry.get("container-title") and entry.get("page"):
                found.append(("case", part("container-title"), part("volume"), part("page").split("-")[0]))
        return found

    @staticmethod
    def _families(entry: Entry) -> frozenset[str]:
        out = set()
        for person in entry.get("author") or entry.get("editor") or []:
            if isinstance(person, dict):
                words = fold(str(person.get("family") or person.get("literal") or "")).split()
                if words:
                    out.add(words[-1])
                if person.get("literal") and (name := byname_first(words)):
                    out.add(name)  # ("Widukind, Res gestae Saxonicae, II.1" after "Widukind of Corvey, …")
        return frozenset(out)

    @staticmethod
    def _year(entry: Entry) -> str:
        issued = entry.get("issued")
        if isinstance(issued, dict):
            parts = issued.get("date-parts")
            if parts and parts[0]:
                return str(parts[0][0])
            raw = str(issued.get("raw") or issued.get("literal") or "")
            match = re.search(r"\d{4}", raw)
            return match.group(0) if match else ""
        return ""

    def _remember(self, entry: Entry) -> None:
        title = tuple(title_tokens(str(entry.get("title") or "")))
        families = self._families(entry)
        key = str(entry["id"])
        self.by_id[key] = entry
        for identity in self.identities(entry):
            self.by_identity.setdefault(identity, key)
        if title:
            self.index.setdefault((families, title), key)
            same_title = self.by_title.setdefault(title, [])
            if key not in same_title:
                same_title.append(key)
        self.by_families.setdefault(families, []).append((title, self._year(entry), key))
        year = self._year(entry)
        if families and year:
            self.by_author_year.setdefault((families, year), []).append(key)

    def _same_work(self, item: Entry, title: tuple[str, ...], families: frozenset[str]) -> str | None:
        """An earlier entry of this work: same title, or a title cut short, or author + year."""
        def other_year_of(key: str) -> str:
            return self._year(self.by_id[key])

        identities = self.identities(item)
        if identities:
            return next((self.by_identity[i] for i in identities if i in self.by_identity), None)

        if title:
            known = self.index.get((families, title))
            year = self._year(item)
            if known is not None and not self._numbered_apart(item, known) and (
                    families or not year or self._year(self.by_id[known]) in ("", year)):
                return known  # (an anonymous "Report" of 1990 is not the "Report" of 1991)
            anonymous = self._same_title_one_without_author(item, title, families)
            if anonymous is not None:
                return anonymous
            if not families:
                # "Inquiries for Suratte … East-Indies" / "… EastIndies" (1667): without authors, only
                # the same letters spaced or hyphenated differently, in the same year ("East" and
                # "West" differ by one letter too)
                joined = "".join(title)
                found = {key for other, other_year, key in self.by_families.get(families, [])
                         if year and other_year == year and len(joined) >= 20
                         and item.get("type") not in ("legislation", "legal_case")
                         and "".join(other) == joined and not self._numbered_apart(item, key)}
                return found.pop() if len(found) == 1 else None
            # "Stalin's Police" vs "Stalin's Police: Public Order …": one title starts the other
            candidates = [(other, key) for other, other_year, key in self.by_families.get(families, [])
                          if (not year or not other_year or year == other_year)
                          and not self._numbered_apart(item, key)]
            found = {key for other, key in candidates if len(other) >= 2 and len(title) >= 2
                     and (other[: len(title)] == title or title[: len(other)] == other)}
            if not found:
                # "Inquiries for Suratte … East-Indies" / "… EastIndies", "Entwicklungen" /
                # "Entwicklunlungen": a title typed or extracted a little differently
                joined = " ".join(title)
                found = {key for other, key in candidates if len(joined) >= 20
                         and fuzz.ratio(joined, " ".join(other)) >= 92}
            if not found and year and _PAGE_RANGE.fullmatch(str(item.get("page") or "")):
                # the same chapter cited in a note and again in its translation, parsed apart
                # ("Jessop, Zur Relevanz …, Hirsch / Kannankulam (Hg.), Der Staat …, 157-179" /
                # "… (eds.), …"): same authors, year and page range, and a title that opens alike
                page = fold(str(item["page"]))
                found = {key for other, key in candidates
                         if other_year_of(key) == year and fold(str(self.by_id[key].get("page") or "")) == page
                         and len(other) >= 3 and other[:3] == title[:3]}
            return found.pop() if len(found) == 1 else None
        if not families:
            return None
        year = self._year(item)
        if year:
            same = self.by_author_year.get((families, year), [])
            container = fold(str(item.get("container-title") or ""))
            if container:
                # "Rebhahn, RdA 2002" is not "Rebhahn, …, ZEuP 2002": the periodical must agree
                same = [k for k in same if fold(str(self.by_id[k].get("container-title") or "")) == container]
            return same[0] if len(same) == 1 else None
        works = self.by_families.get(families, [])
        return works[0][2] if len(works) == 1 else None

    def _same_title_one_without_author(self, item: Entry, title: tuple[str, ...],
                                       families: frozenset[str]) -> str | None:
        """The one earlier work with exactly this title, where only one of the two names an author.

        The parser loses an author now and then ("Steinhauer, Datenschutz in …"
        once with, once without), and a work cited by a collection's siglum has
        none ("RW 281 f., Arbeit und Bildung, 1989" / "Rudolf Wiethölter, Arbeit
        und Bildung, in: …, 1989").  A short title must also agree on the year.
        """
        year = self._year(item)
        legal = ("legislation", "legal_case")
        if len(title) < 2 or item.get("type") in legal:
            return None  # statutes share titles ("Code", "(Lexis Advance)"); one word says too little
        found = [key for key in self.by_title.get(title, [])
                 if bool(self._families(self.by_id[key])) != bool(families)
                 and self.by_id[key].get("type") not in legal
                 and (len(title) >= 3 or (year and self._year(self.by_id[key]) == year))
                 and not self._numbered_apart(item, key)]
        return found[0] if len(found) == 1 else None

    def _numbered_apart(self, item: Entry, key: str) -> bool:
        """Do the titles differ in a number ("… Perspective I" / "… II", "Band 2" / "Band 3")?

        Title tokens leave such numbers out, so two parts of one work would
        otherwise be one entry.
        """
        # a number on each side ("I" / "II"); a date range only one title has is no other part.
        # Unlike whole bibliographies (``numbers_conflict``'s other caller), a lone "I" counts:
        # one document's "Part I" and "Part II" are two parts.
        a, b = (
            frozenset(t for t in fold(str(entry.get("title") or "")).split()
                      if t.isdigit() or _ROMAN.fullmatch(t))
            for entry in (item, self.by_id[key])
        )
        return numbers_conflict(a, b) is not None

    def add(self, item: Entry) -> tuple[str, bool]:
        """The id of ``item``'s work, adding it when new; whether it was already known.

        A repeated work keeps its first entry, which gains the fields only the
        repetition gives (never overwritten).
        """
        title = tuple(title_tokens(str(item.get("title") or "")))
        families = self._families(item)
        known = self._same_work(item, title, families)
        if known is not None:
            entry = self.by_id[known]
            anonymous = not self._families(entry)
            for field_name, value in item.items():
                if field_name != "id" and field_name not in entry and value:
                    entry[field_name] = value
            if anonymous and self._families(entry):
                self._remember(entry)  # now found by its authors too ("RW 281 f., Arbeit …", then "Roe, Arbeit …")
            return known, True
        entry = dict(item)
        entry.pop("id", None)
        entry["id"] = entry_key(entry, set(self.by_id) | self.reserved)
        self.doc.entries.append(entry)
        self._remember(entry)
        return str(entry["id"]), False

    def short_form(self, author: str, title: str) -> str | None:
        """The one work of ``author`` (a name as a sentence gives it) whose title opens with ``title``."""
        words = fold(author).split()
        short = tuple(title_tokens(title))
        if not words or not short:
            return None
        # (a German genitive names the author too: "Die These Bergers (Stadt und Zunft, S. 50)")
        names = {words[-1], words[-1][:-1]} if words[-1].endswith("s") else {words[-1]}
        found = {key for families, works in self.by_families.items() if names & families
                 for other, _, key in works if other[: len(short)] == short}
        return found.pop() if len(found) == 1 else None

    def repeated_by_full_name(self, name: str, title: str) -> str | None:
        """The one work whose author's name in full opens with ``name`` and whose title (after the
        author's name, which a title may repeat) opens with ``title``: "Iskandar Beg, Tārīkh-i ʿālam-ārā"
        after "Iskandar Beg Munshī, Tārīkh-i ʿālam-ārā-yi ʿAbbāsī, …".  Names with no given name and
        surname in the European sense (Persian, Ottoman, Arabic) are repeated as written; a Turkish
        word may carry its possessive ending in the full title alone ("Seyahatnâme", "Seyahatnâmesi")."""
        words = fold(name).split()
        short = title_tokens(title)
        if len(words) < 2 or not short:
            return None
        found = set()
        for key, entry in self.by_id.items():
            people = [p for p in entry.get("author") or [] if isinstance(p, dict)]
            known = title_tokens(str(entry.get("title") or ""))
            if not people and any(_HAN_OR_KANA.match(word) for word in known):
                # "Sima Guang 司馬光, Zizhi tongjian 資治通鑑 (…)" read with no author, the name in the title:
                # the name and title as romanized, the characters glossing them left out
                romanized = [word for word in known if not _HAN_OR_KANA.match(word)]
                if romanized[: len(words) + len(short)] == words + short:
                    found.add(key)
                continue
            if len(people) != 1:
                continue
            given, family = people[0].get("given") or "", people[0].get("family") or ""
            full = fold(f"{given} {family}").split()
            if full[: len(words)] != words:
                full = fold(f"{family} {given}").split()  # (an East Asian name, the family name first)
                if full[: len(words)] != words:
                    continue
            for start in (0, len(full)) if known[: len(full)] == full else (0,):
                candidate = known[start: start + len(short)]
                if len(candidate) == len(short) and all(
                        word == other or (len(word) >= 5 and other.startswith(word))
                        for word, other in zip(short, candidate, strict=True)):
                    found.add(key)
        return found.pop() if len(found) == 1 else None

    def get(self, entry_id: str | None) -> Entry | None:
        return None if entry_id is None else self.by_id.get(entry_id)

    def person(self, family: str) -> dict[str, str] | None:
        """The one author cited so far with the family name ``family`` and a given name, else None:
        "Ders., Vergangene Zukunft, …" after "Koselleck, Kritik und Krise, S. 25" is read with the
        name in full, "Reinhart Koselleck", as the parser reads a first citation."""
        key = fold(family)
        found = {(str(p.get("given")), str(p.get("family"))) for entry in self.by_id.values()
                 for p in entry.get("author") or [] if isinstance(p, dict) and p.get("given")
                 and fold(str(p.get("family") or "")) == key}
        if len(found) != 1:
            return None
        given, surname = found.pop()
        return {"family": surname, "given": given}


#: statutes and codes: "20 U.S.C. § 3863", "Pub. L. No. 95-561", "ARIZ. REV. STAT. § 15-154", "§ 823 BGB"
_LEGISLATION = lazy_compile(
    r"§|\bU\.\s?S\.\s?C\.|\bPub\.\s?L\.|\b(?:REV|ANN|GEN|COMP)\.\s?(?:STAT|CODE|LAWS)\b|\bSTAT\.\s?ANN\.|"
    r"\b[A-Z]{2,}\.?\s(?:CODE|STAT\.)|\bArt\.\s?\d+\w*\s(?:GG|BGB|EMRK|AEUV|EUV|StGB|ZPO)\b|"
    r"^(?:RL|VO|Richtlinie|Verordnung|Directive|Regulation)\s*\((?:EU|EG|EWG|EC|EEC)\)|\bBGBl\.|\bABl\.|\bGVBl\."
)
#: a court decision: "EuGH 18.9.2003, C-125/01", "OGH 19.11.2003, 9 Ob A 125/03b", "BVerfGE 7, 198"
_COURT = lazy_compile(
    r"(?:EuGH|EuG|EGMR|ECJ|CJEU|ECtHR|BVerfG|BVerfGE|BGH|BGHZ|BAG|BVerwG|OGH|VfGH|VwGH|OLG|LG|AG|BSG|"
    r"Cass\.|CE|Corte cost\.|Cass\. civ\.)\b[\s,]*(?:\(|\d|v\.|vom|Urt)"
)


#: an archive and its shelfmark, in brackets at the end: "(Besançon, ADD, 1 C 487)",
#: "(Paris, AN, AE, BI 1146, f. 18r/v)", "(Lausanne-Dorigny, ACV, Bin 278)"
_ARCHIVE_SIGNATURE = lazy_compile(
    r"\((?:[A-ZÀ-ÖØ-Þ][\w-]+(?:\s[\w-]+)?,\s)?[A-Z]{2,6}(?:,\s[A-Z]{1,4})?,\s"
    r"(?!(?:1[5-9]|20)\d\d\))(?![^)]*\b(?:ed|edn|eds|Aufl|éd)\b)"  # not a year or an edition: "OUP, 2001"
    r"(?:[A-Za-z]{1,4}\s)*\d[\w /.–-]*"
    r"(?:,\s(?:f|fol|fols|Dok|no|Nr)\.\s?[\w /.–-]+)*\)\.?$"
)


#: an author-date reference's title: "(2015, April 28). Who were the eight people …? The Guardian."
_AUTHOR_DATE_TITLE = lazy_compile(
    r"\((?:n\.\s?d\.|1[5-9]\d\d[a-z]?|20\d\d[a-z]?)(?:,[^()]{1,30})?\)\.\s+(?P<title>[^.?!]{3,300}[?!]?)"
)


def _load_parser() -> Parser:
    from citekit.parser import parse_reference

    return parse_reference


def _people(entry: Entry | None) -> list[dict[str, str]]:
    """An entry's authors (or editors), copied."""
    people = (entry or {}).get("author") or (entry or {}).get("editor") or []
    return [dict(p) for p in people if isinstance(p, dict)]


def _surnames(author: str) -> list[str]:
    """"Shapin und Schaffer" -> ["Shapin", "Schaffer"]; "Vollmer/Kern" -> ["Vollmer", "Kern"].

    Initials are no part of a surname: "P. T. Hoffman, G. Postel-Vinay et J.-L.
    Rosenthal" -> ["Hoffman", "Postel-Vinay", "Rosenthal"] (an "Id." after it
    repeats these people, and their ids are made from the surnames).
    """
    names = []
    for part in re.split(r"\s*(?:/|&|,|\band\b|\bund\b|\bet\b)\s*", author):
        words = [w for w in part.split() if not _INITIALS.fullmatch(w)]
        if words:
            names.append(" ".join(words))
    return names


_INITIALS = lazy_compile(r"[A-ZÀ-ÖØ-Þ]\.(?:-?[A-ZÀ-ÖØ-Þ]\.)*")


#: "in Henssler/Braun, …": a volume named by its editors' surnames, joined by slashes
_IN_SLASHED_NAMES = lazy_compile(rf"\b[Ii]n:?\s+{SURNAME}(?:\s?/\s?{SURNAME})+\s*,")
_EDITED_BY = lazy_compile(
    r",\s*(?:ed\.|eds\.|edited by|hg\.\s*von|hrsg\.\s*von|herausgegeben von|a cura di|éd\.\s*par)\s+"
    r"(?P<names>[^,;()]+?)\s*(?=,|;|\(|$)",
    re.I,
)


_EDITOR_MARK = lazy_compile(
    r"\b(?:eds?\.|edited|editor|Hrsg\.?|hrsg\.|Hg\.|hg\.|a cura|éd\.|dir\.|herausgegeben|ed\b|eds\b)", re.I
)


def repair_parse(item: Entry, text: str) -> None:
    """Undo two parser slips that the citation's surface contradicts.

    - "Title, ed. Irina Shcherbakova, Moscow, 1999" names an editor; when the
      parser filed "ed. Irina Shcherbakova" as a container, it becomes the editor.
    - A "chapter" needs an "in"; without one, "Title: Subtitle" split into
      title and container is one book title, and a lone container is the title.
    - Editors need an "ed."/"Hrsg." in the text; without one they were authors
      (or title words, "Schreiber und Richter").
    - A title ending in ", Place Year" swallowed the imprint; one going on
      with ", Year (remark …" swallowed the date and a remark.
    """
    edited = _EDITED_BY.search(text)
    container = str(item.get("container-title") or "")
    if edited and not item.get("editor") and (not container or re.match(r"(?i)(?:ed|eds|hg|hrsg)\b", container)):
        names = [n.strip() for n in re.split(r"\s*(?:\band\b|\bund\b|&|,)\s*", edited.group("names")) if n.strip()]
        editors = []
        for name in names:
            parts = name.split()
            editors.append({"family": parts[-1], "given": " ".join(parts[:-1])} if len(parts) > 1 else {"family": name})
        item["editor"] = editors
        if container:
            item.pop("container-title", None)
            if item.get("type") == "chapter":
                item["type"] = "book"
    if (item.get("type") == "chapter" and item.get("container-title")
            and not re.search(r"(?:^|[\s,.])[Ii]n:?\s", text) and "〈" not in text and "「" not in text
            and not re.fullmatch(EDITION_SIGLA, str(item["container-title"]))):
        # (but a standard edition by its siglum is the container: "…, De institutione clericorum, PL 107, col. 300")
        # (in CJK script the brackets say it: 〈chapter〉《book》 needs no "in")
        container = item.pop("container-title")
        item["title"] = f"{item['title']}: {container}" if item.get("title") else container
        item["type"] = "book"
    if item.get("editor") and not _EDITOR_MARK.search(text) and not _IN_SLASHED_NAMES.search(text):
        # editors without "ed."/"Hrsg." in the text are misread authors or title words (but
        # "in Henssler/Braun, Arbeitsrecht in Europa" names a volume's editors without one)
        editors = item.pop("editor")
        if not item.get("author"):
            item["author"] = editors
    title = str(item.get("title") or "")
    dated = re.search(r",\s(?P<year>1[5-9]\d\d|20[0-4]\d)\s*\(", title)
    if dated and not item.get("issued"):
        # "Zur Argumentation im Recht, 1995 (Rivalität von …": the year and a remark after the title
        title = item["title"] = title[: dated.start()].strip()
        item["issued"] = {"date-parts": [[int(dated.group("year"))]]}
    imprint = re.search(r",\s*(?P<place>[A-ZÀ-ÖØ-Þ][\w .-]{1,40}?)\s+(?P<year>1[5-9]\d\d|20[0-4]\d)$", title)
    if imprint and not item.get("issued"):
        # "Das Recht der Gesellschaft, Frankfurt am Main 1993": the imprint is not title
        item["title"] = title[: imprint.start()].strip()
        item["issued"] = {"date-parts": [[int(imprint.group("year"))]]}
        item.setdefault("publisher-place", imprint.group("place").strip())
    for role in ("author", "editor"):
        if isinstance(item.get(role), list):
            item[role] = _second_person_split_off(item[role])


#: a conjunction inside a family name, then a second person's given name and surname:
#: "Juan García y Pedro López" read as given "Juan", family "García y Pedro López"
_JOINED_PERSON = lazy_compile(r"\s(?:y|i|e|en|a|och|og|és|oraz)\s(?=\S+\s\S)")


def _second_person_split_off(people: list[Entry]) -> list[Entry]:
    """Two people the parser joined at a conjunction of Spanish, Catalan, Italian, Dutch, Czech,
    Scandinavian, Hungarian or Polish ("García y Pedro López") become two.  A surname holding
    the conjunction ("Ortega y Gasset", "Vidal i Barraquer") stays whole: what follows it must be
    a known given name and a surname."""
    result: list[Entry] = []
    for person in people:
        family = str(person.get("family") or "") if isinstance(person, dict) else ""
        literal = str(person.get("literal") or "") if isinstance(person, dict) else ""
        both = _JOINED_PERSON.search(literal)
        if both and known_person_first(literal[: both.start()]) and known_person_first(literal[both.end():]):
            # "Jan Novák a Petr Svoboda" kept as one literal name
            for name in (literal[: both.start()], literal[both.end():]):
                given, _, surname = name.rpartition(" ")
                result.append({"family": surname, "given": given})
            continue
        match = _JOINED_PERSON.search(family)
        if match and person.get("given") and known_person_first(family[match.end():]):
            given, _, surname = family[match.end():].rpartition(" ")
            result.append({**person, "family": family[: match.start()]})
            result.append({"family": surname, "given": given})
        else:
            result.append(person)
    return result


#: a diary's or journal's entry glued to the title of the edition that prints it: "journal entry. The
#: Journal of John Winthrop, 1630-1649", "diary entry. Diaries and Letters, 1939-1945"
_GLUED_ENTRY = lazy_compile(r"(?i)^(?P<entry>(?:diary|journal)\s+entry|entry|diary)\.\s+(?P<book>[A-Z]\S*\s.*)$")


#: an entry, its date and its book read as one title
_DATED_ENTRY_IN_BOOK = lazy_compile(
    r"^(?P<entry>[^,]{3,80}),\s(?P<date>(?P<day>\d{1,2})\s(?P<month>[A-Z][a-z]+)\.?\s(?P<year>\d{4})|"
    r"(?P<month2>[A-Z][a-z]+)\.?\s(?P<day2>\d{1,2}),\s(?P<year2>\d{4})),\s"
    r"in\s(?P<book>[A-Z].{3,})$"
)
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _entry_glued_to_its_book(item: Entry) -> None:
    """"Harold Nicolson, diary entry, 12 June 1940, in Harold Nicolson, Diaries and Letters, ed. …":
    the entry is a part of the edition -- its title the entry ("diary entry", dated by ``original-date``),
    the edition its book -- and its writer, named twice, one author."""
    for key in ("container-title", "title"):
        match = _GLUED_ENTRY.match(str(item.get(key) or ""))
        if match is None:
            continue
        item["container-title"] = match.group("book")
        if key == "title" or not item.get("title"):
            item["title"] = match.group("entry")
        item["type"] = "chapter"
        people = item.get("author")
        if isinstance(people, list):
            item["author"] = [p for i, p in enumerate(people) if p not in people[:i]]
        return
    title, book = str(item.get("title") or ""), str(item.get("container-title") or "")
    # (or the parser found the edition and left the entry's date in the title: "Journal of Sir Walter
    # Scott, 12 March 1826" in "The Journal of Sir Walter Scott")
    dated = _DATED_ENTRY_IN_BOOK.match(f"{title}, in {book}" if book else title)
    if dated is not None and (not book or dated.group("book") == book):
        # "Journal of Sir Walter Scott, 12 March 1826, in The Journal of Sir Walter Scott": the entry
        # and its date, then the edition, read as one title
        item["title"], item["container-title"], item["type"] = dated.group("entry"), dated.group("book"), "chapter"
        if "original-date" not in item:
            parts = _date_parts(dated)
            if parts:
                item["original-date"] = {"date-parts": [parts]}  # (the entry's own date)
            else:
                item["title"] = f"{item['title']}, {dated.group('date')}"  # (a month not known: kept as written)


def _date_parts(match: re.Match[str]) -> list[int] | None:
    """[year, month, day] of a "12 March 1826" / "March 12, 1826" match (English months), else None."""
    month = (match.group("month") or match.group("month2"))[:3].lower()
    if month not in _MONTHS:
        return None
    day, year = match.group("day") or match.group("day2"), match.group("year") or match.group("year2")
    return [int(year), _MONTHS.index(month) + 1, int(day)]


def _title_word_read_as_author(item: Entry, text: str) -> None:
    """"Lubianka. Stalin i Glavnoe upravlenie …, ed. V. N. Khaustov …": a title's first word is no author.

    An edited collection cited title first: the parser took the word before the
    title's first full stop for a surname.  A lone surname with no given name,
    that the citation opens with and that no comma follows, next to editors,
    is the title's start.
    """
    people = [p for p in item.get("author") or [] if isinstance(p, dict)]
    title = str(item.get("title") or "")
    if len(people) != 1 or people[0].get("given") or not item.get("editor") or not title:
        return
    word = str(people[0].get("family") or "")
    if word and text.lstrip().startswith(f"{word}. {title[:20]}") and not author_head(text):
        item.pop("author")
        item["title"] = f"{word}. {title}"
        item["title-short"] = word  # (how later notes cite it: "Lubianka, pp. 240–41")


def _title_word_in_literal_author(item: Entry, text: str) -> None:
    """"Haim Gerber, State, Society, and Law in Islam: …": the title's first word is no part of the name.

    A title that opens with a list ("State, Society, and Law") gave the parser a
    comma it took for the author's end: the author came back as one literal name
    with the title's first word after a comma, and the title lost that word.
    """
    people = item.get("author")
    title = str(item.get("title") or "")
    if not isinstance(people, list) or len(people) != 1 or not isinstance(people[0], dict) or not title:
        return
    literal = str(people[0].get("literal") or "")
    name, comma, word = literal.rpartition(", ")
    if not comma or " " in word or not word[:1].isupper() or not name:
        return
    if not re.match(rf"\s*{re.escape(literal)},\s+{re.escape(title[:20])}", text):
        return
    item["author"] = _authors_of_head(name)
    item["title"] = f"{word}, {title}"
    head = item["title"].split(": ", 1)[0]
    if head != item["title"]:
        item["title-short"] = head
    else:
        item.pop("title-short", None)


def _editor_read_as_author(item: Entry, text: str) -> None:
    """"Ibn Khaldūn, al-Muqaddima, ed. ʿAlī ʿAbd al-Wāḥid Wāfī, …": the name after "ed." is the editor's.

    When the parser made the editor the author and filed the name the citation
    opens with among the editors (a title that opens with a lower-case article,
    "al-", looks like a name), the surface gives each role back.
    """
    authors = [p for p in item.get("author") or [] if isinstance(p, dict)]
    editors = [p for p in item.get("editor") or [] if isinstance(p, dict)]
    edited = _EDITED_BY.search(text)
    head = author_head(text)
    if not authors or not editors or edited is None or not head or edited.start() < len(head):
        return
    named, opening = fold(edited.group("names")), fold(head)
    if not all(fold(str(p.get("family") or "")) in named and fold(str(p.get("family") or "")) not in opening
               for p in authors) or re.search(r"(?:^|[\s,])[Ii]n:?\s", text[: edited.start()]):
        return  # (the author of a chapter may edit the book too: "Schneider, …, in: …, hg. von … und Schneider")
    if not any(str(p.get("family") or "") and fold(str(p["family"])) in opening for p in editors):
        return
    item["author"] = _authors_of_head(head)
    item["editor"] = authors


def _title_head_read_as_given_name(item: Entry, text: str) -> None:
    """"Colin Imber, Ebu's-suʿud: The Islamic Legal Tradition": the title's head is no given name.

    The parser read the whole name as the family name and the title before its
    subtitle as the given name; the surface has them in that order, name first.
    """
    people = item.get("author")
    title = str(item.get("title") or "")
    if not isinstance(people, list) or len(people) != 1 or not isinstance(people[0], dict) or not title:
        return
    family = str(people[0].get("family") or "")
    given = str(people[0].get("given") or "")
    if " " not in family or not given:
        return
    if not text.lstrip().startswith(family) or not re.match(
            rf"\s*{re.escape(family)},\s+{re.escape(given)}\s*:\s+{re.escape(title[:20])}", text):
        return
    item["author"] = _authors_of_head(family)
    item["title"] = f"{given}: {title}"
    item["title-short"] = given


#: a quoted title the parser ran on past its closing mark into the periodical: "Ce qu’on lisait à Paris
#: au XVIe siècle », Bibliothèque d’Humanisme et Renaissance"
_TITLE_RUN_ON = lazy_compile(
    r"(?P<title>[^«»“”„\"]{3,}?)\s*[»”\"],\s+(?P<part>(?:dans|in|en|nel|nella)\s+)?"
    r"(?P<container>[A-ZÀ-ÖØ-Þ][^«»“”„\",]{2,120})"
)


_GENERAL_EDITORS = lazy_compile(GENERAL_EDITOR)


def _quoted_title_run_on(item: Entry, text: str) -> None:
    """« Title », Periodical, t. 21, 1959, p. 222-230: an article whose title the parser ran on past the
    closing guillemet into the periodical's name; the marks in the text say where the title ends."""
    match = _TITLE_RUN_ON.fullmatch(str(item.get("title") or ""))
    if match is None or item.get("container-title") or item.get("publisher"):
        return
    title, container = match["title"].strip(), match["container"].strip()
    if not re.search(r"[«“„\"]\s*" + re.escape(title[:30]), text):
        return
    item["title"], item["container-title"] = title, container
    if item.get("type") in (None, "book", "document"):
        item["type"] = "chapter" if match["part"] else "article-journal"  # ("« … », dans L’Ordre des livres")


def _volume_page_read_as_volume(item: Entry, text: str) -> None:
    """"The Stones of Venice, 3 vols. (London: …, 1851–53), 1:4": the "1:4" is the pinpoint.

    Chicago's volume:page names the volume of a multi-volume work the page is
    in; the parser filed it as the entry's volume and issue.  The entry is the
    whole work: the locator keeps both numbers.
    """
    pin = find_pinpoint(text, bare=False)
    if pin is None or not re.fullmatch(r"\d{1,3}:\d.*", pin.value):
        return
    volume, _, page = pin.value.partition(":")
    if str(item.get("volume") or "") == volume:
        item.pop("volume")
        for key in ("issue", "number"):
            if str(item.get(key) or "") and page.startswith(str(item.get(key))):
                item.pop(key)


def _subject_read_as_author(item: Entry, text: str) -> None:
    """"Tim Hilton, John Ruskin: The Early Years": a title that opens with its subject's name.

    The parser took the name before the subtitle's colon for a second author;
    the surface shows the name run into the title ("John Ruskin: The Early …").
    """
    people = [p for p in item.get("author") or [] if isinstance(p, dict)]
    title = str(item.get("title") or "")
    if len(people) < 2 or not title:
        return
    last = people[-1]
    name = " ".join(str(last.get(k) or "") for k in ("given", "family")).strip()
    if name and f"{name}: {title[:20]}" in text:
        item["author"] = people[:-1]
        item["title"] = f"{name}: {title}"
    elif name and name in text and title[:20] in text and (
            joined := re.search(rf"{re.escape(name)}\s+(?:and|und|et|e|y|&)\s+{re.escape(title[:20])}", text)) and (
            not text.startswith(name)):
        # "Debora Silverman, Van Gogh and Gauguin: The Search …": two subjects joined in the title; the
        # parser took the first for a second author
        item["author"] = people[:-1]
        item["title"] = f"{text[joined.start(): joined.start() + len(joined.group(0)) - min(20, len(title))]}{title}"
    elif name and f"{name}. {title[:20]}" in text and not text.startswith(name):
        # "Catherine Kintzler, Jean-Philippe Rameau. Splendeur et naufrage …", "Albrecht Dürer. Das
        # malerische Werk": the subject's name, a full stop, the subtitle (as German and French title)
        item["author"] = people[:-1]
        item["title"] = f"{name}. {title}"


#: an exhibition catalogue's mark after its title: "Vermeer, exh. cat. (…)", "Dürer. Kunst …, Ausst.-Kat.
#: Frankfurt a. M., …", "Caravaggio, catalogo della mostra", "Rembrandt, cat. exp."
_EXHIBITION_MARK = lazy_compile(
    r"(?P<head>[^()]+?),?\s+(?P<mark>exh\.\s*cat\.?|exhibition\s+catalogue|Ausst\.\s?-?\s?Kat\.?|"
    r"Ausstellungskatalog|catalogo\s+della\s+mostra|cat\.\s*(?:d['’])?exp(?:o|osition)?\.?)(?=[\s,;(]|$)"
)


def _exhibition_catalogue(item: Entry, text: str) -> bool:
    """"Vermeer, exh. cat. (Amsterdam: Rijksmuseum, 2023)": a catalogue by its title alone.

    A catalogue named after its artist has no author before its title (its editors,
    if named, follow "ed."); the parser took the artist's name for the author and
    the mark, the venue or the city for the title.  When the head before the mark
    holds no comma, it is the title, and a name read from it or from the venue after
    the mark is no author.  Returns whether the item was repaired.
    """
    match = _EXHIBITION_MARK.match(text.strip())
    if match is None:
        return False
    head = match.group("head").strip().strip("“”\"‘’«» ")
    title = str(item.get("title") or "")
    if "," in head or re.search(r"\b(?:ed|eds|hg|hrsg|a cura di|éd)\.?\s", head) or not re.search(r"[^\W\d_]{3,}", head):
        return False
    folded_title, folded_head = fold(title), fold(head)
    if folded_title and folded_title in folded_head and not _EXHIBITION_MARK.fullmatch(f"x, {title}"):
        return False  # the parser read the title; nothing to mend
    after = text[match.end():]
    people = [p for p in item.get("author") or [] if isinstance(p, dict)]
    kept = [p for p in people
            if not (fold(str(p.get("family") or p.get("literal") or "")) in folded_head
                    or str(p.get("family") or p.get("literal") or "") in after)]
    if kept:
        item["author"] = kept
    else:
        item.pop("author", None)
    item["title"] = head
    item.pop("title-short", None)
    item.setdefault("genre", "exhibition catalogue")
    return True


#: a French article: « title », revue, volume-issue, year, p. first-last
#: ("Craig Muldrew, « Interpreting the Market … », Social History, 18-2, 1993, p. 163-183")
_FRENCH_ARTICLE = lazy_compile(
    r"«\s*(?P<title>[^«»]+?)\s*»\s*,\s*(?P<journal>[^,«»\d][^,«»]{2,120}?),\s*"
    r"(?P<volume>\d{1,4})\s*[-/]\s*(?P<issue>\d{1,3}),\s*(?P<year>1[5-9]\d\d|20[0-4]\d),\s*"
    r"pp?\.\s*(?P<first>\d{1,5})\s*[-–]\s*(?P<last>\d{1,5})"
)


def _french_article(item: Entry, text: str) -> None:
    """A journal article cited the French way: the parser may take "18-2" (volume and issue)
    for pages or miss the journal; the quotes, the numbers' order and the "p." tell it all."""
    match = _FRENCH_ARTICLE.search(text)
    if match is None or re.search(r"\b(?:in|dans)\s*:?\s*$", text[: match.start("journal")]):
        return
    item["type"] = "article-journal"
    item["title"] = match.group("title")
    item["container-title"] = match.group("journal").strip()
    item["volume"], item["issue"] = match.group("volume"), match.group("issue")
    item["page"] = f"{match.group('first')}-{match.group('last')}"
    item["issued"] = {"date-parts": [[int(match.group("year"))]]}
    for key in ("publisher", "publisher-place", "number-of-volumes"):
        item.pop(key, None)


#: a volume's editors before its title in the container: "Alessandro Stanziani (dir.), La qualité …"
_EDITORS_HEAD = lazy_compile(
    r"^(?P<names>[A-ZÀ-ÖØ-Þ][^,()]{2,120}?)\s*\((?:dir|dirs|éds?|eds?|Hrsg|Hg|coord|a cura di)\.?\)\s*,\s*"
    r"(?P<title>\S.+)$"
)


def _editors_inside_container(item: Entry) -> None:
    """"in Alessandro Stanziani (dir.), La qualité des produits …": the editor, then the book."""
    container = str(item.get("container-title") or "")
    match = _EDITORS_HEAD.match(container)
    if match is None or item.get("editor"):
        return
    names = [n for n in re.split(r"\s*(?:,|\bet\b|\band\b|\bund\b|\be\b|/)\s*", match.group("names")) if n]
    item["editor"] = [split_person(n) for n in names]
    item["container-title"] = match.group("title").strip()


def _places_and_others(item: Entry, text: str) -> None:
    """"Köln u. a. 2001": the place as printed, "and other places" and all (not "Köln u. a")."""
    place = str(item.get("publisher-place") or "")
    if not place:
        return
    if "u." not in text and "al." not in text and "etc." not in text:
        return
    base = re.sub(r"\s+u\.\s?a\.?$", "", place)
    match = re.search(rf"{re.escape(base)}\s+(u\.\s?a\.|et\s+al\.|etc\.)", text) if base in text else None
    if match:
        item["publisher-place"] = f"{base} {match.group(1)}"


#: a series and its number in brackets at a title's end: "… im 16. Jahrhundert (Quellen und
#: Forschungen zur höchsten Gerichtsbarkeit im Alten Reich 17)"
_SERIES_AT_END = lazy_compile(r"\s*\((?P<series>[A-ZÄÖÜ][^()]*?(?:\s[^\W\d_]+){2,})\s+(?P<number>\d{1,4})\)$")


def _series_in_title(item: Entry) -> None:
    """A book's series the parser kept in its title goes to the collection fields."""
    title = str(item.get("title") or "")
    match = _SERIES_AT_END.search(title)
    if match is None or item.get("collection-title") or item.get("type") not in ("book", None):
        return
    item["title"] = title[: match.start()].rstrip()
    item["collection-title"] = match.group("series")
    item["collection-number"] = match.group("number")


#: an article opening a title, never a name: "Die Urkunden Konrad I., …", "Le Liber pontificalis, …"
_ARTICLE_HEAD = lazy_compile(r"(?:Die|Der|Das|The|Le|La|Les|Il|Lo|Gli|El|Los|Las)\s")


def _edition_in_series(item: Entry, text: str) -> None:
    """"Regino of Prüm, Chronicon, ed. Friedrich Kurze, MGH SS rer. Germ. 50 (Hanover, 1890)": the series'
    siglum and volume are the edition's collection, the title the work's, the first part of the head its
    author -- however the parser cut the siglum's abbreviations into authors, titles and publishers."""
    match = edition_in_series(text)
    if match is None or item.get("type") not in ("book", "chapter", None):
        return
    parts = [part.strip() for part in match["head"].split(", ")]
    series = match["series"].strip()
    item["title"] = parts[-1]
    item.pop("title-short", None)
    item["type"] = "book"
    item.pop("container-title", None)
    item["collection-title"] = series + ("." if re.search(r"\b[A-Za-z][a-z]{1,9}$", series) and f"{series}." in text else "")
    if match["number"]:
        item["collection-number"] = match["number"]
        if str(item.get("volume") or "") == match["number"]:
            item.pop("volume")
    if len(parts) == 2 and _ARTICLE_HEAD.match(parts[0]):
        item["title"] = match["head"].strip()  # ("Die Urkunden Konrad I., Heinrich I. und Otto I.": one title)
    elif len(parts) == 2:
        item["author"] = [_classic_author(parts[0])]
    elif item.get("author") and set(_name_of(item["author"]).split()) <= set(match["head"].split()):
        item.pop("author")  # ("Diplomata Karolinorum, MGH DD Karol. 1": the title's words, read as names)
    letters = re.sub(r"\W", "", series).lower()
    for role in ("author", "editor"):
        people = [person for person in item.get(role) or []
                  if re.sub(r"\W", "", " ".join(str(v) for v in person.values())).lower() not in letters]
        if people:
            item[role] = people
        else:
            item.pop(role, None)
    item.pop("issue", None)  # ("…, no. 121": the letter cited, not an issue)
    imprint = re.search(r"\((?P<place>[A-ZÀ-Þ][^,():]{1,30}),\s(?:1[5-9]\d\d|20[0-4]\d)", text)
    for key in ("publisher", "publisher-place"):
        value = str(item.get(key) or "")
        if re.search(r"[()]|\bMGH\b|\d", value) or (key == "publisher" and imprint and value == imprint["place"]):
            item.pop(key)  # (the siglum's pieces, or the place of "(Hanover, 1911)" read as the publisher)
    if imprint and not item.get("publisher-place"):
        item["publisher-place"] = imprint["place"]


#: a Chicago imprint in brackets ending in its year, or years: "(London: Smith, Elder, 1851–53)"
_IMPRINT_YEARS = lazy_compile(
    r"\([^()]*:\s[^()]*,\s\[?(?P<first>1[5-9]\d\d|20[0-4]\d)\]?(?:\s*[-–]\s*(?P<last>\d{2,4}))?"
    r"(?:;\s*(?:STC|Wing|ESTC|USTC|VD1[67])\s[^()]*)?\)"  # (an early book's catalogue number after the year: "1623; STC 22273")
)


def _imprint_year(item: Entry, text: str) -> None:
    """The year of a Chicago imprint, when the parser took a range of years for something else (or took a
    number of the pinpoint after the imprint for the year: "(London: …, 1623; STC 22273), TLN 1743")."""
    match = _IMPRINT_YEARS.search(text)
    if match is None:
        return
    if item.get("issued"):
        parts = item["issued"].get("date-parts") if isinstance(item["issued"], dict) else None
        year = str(parts[0][0]) if parts and parts[0] else ""
        if not year or year in text[: match.end()] or year not in text[match.end():]:
            return
    first = match.group("first")
    parts = [[int(first)]]
    if match.group("last"):
        last = match.group("last")
        parts.append([int(first[: 4 - len(last)] + last)])  # "1851–53" -> 1853
    item["issued"] = {"date-parts": parts}


#: an initial, also a transliterated Russian one ("Iu.", "Zh.", "Kh.")
_INITIAL = lazy_compile(r"[A-ZÀ-ÖØ-Þ][a-z]?\.")


def _initial_read_as_surname(item: Entry, text: str) -> None:
    """"A. Iu. Vatlin, Terror …, Moscow, 2004": the parser took "Iu." for the surname.

    When the first author's family name is an initial and the citation's head
    names one person whose surname the item lost, the head's names are the
    authors; the surname is taken back from wherever the parser put it.
    """
    people = [p for p in item.get("author") or [] if isinstance(p, dict)]
    head = author_head(text)
    if not people or not head or not _INITIAL.fullmatch(str(people[0].get("family") or "")):
        return
    authors = _authors_of_head(head)
    if len(authors) != 1 or _INITIAL.fullmatch(authors[0]["family"]):
        return
    surname = authors[0]["family"]
    item["author"] = authors
    for key in ("publisher-place", "publisher"):
        value = str(item.get(key) or "")
        if surname in value:
            rest = re.sub(rf"(?:^|[;,]\s*){re.escape(surname)}(?:[;,]\s*|$)", "", value).strip(" ;,")
            if rest:
                item[key] = rest
            else:
                item.pop(key)


#: "Name, Title, in: …": a title the parser read as the author's given name
_GIVEN_THEN_IN = r"\s*,\s*[Ii]n:?\s"
#: editors as a container: "Schade/Umlauf", "Hirsch-Kreinsen/Minssen (Hrsg)", "Böhle et al"
_EDITORS_AS_CONTAINER = lazy_compile(
    rf"^(?P<names>{SURNAMES_BY_SLASH})(?:\s+et\s+al\.?)?"
    r"\s*(?:\((?:Hrsg|Hg|eds?|dir|coord)\.?\))?\.?$"
)


def _title_from_given_name(item: Entry, text: str) -> None:
    """"Steinhauer, Lizenzen, in: Schade/Umlauf, Handbuch …": undo a title read as a given name.

    When the one author's given name is the text between the surname and
    ", in", it was the chapter's title; the parser's title is then the book,
    and a container made of names ("Schade/Umlauf (Hrsg)") its editors.
    """
    people = item.get("author")
    if not isinstance(people, list) or len(people) != 1 or not isinstance(people[0], dict):
        return
    given = str(people[0].get("given") or "")
    family = str(people[0].get("family") or "")
    if not given or not family:
        return
    # (the patterns below are built from the names: the look is cheap, their compiling is not)
    if not text.lstrip().startswith(family) or not re.match(
            rf"\s*{re.escape(family)}\s*,\s*{re.escape(given)}{_GIVEN_THEN_IN}", text):
        return
    person = dict(people[0])
    person.pop("given")
    item["author"] = [person]
    book = item.pop("title", None)
    container = str(item.pop("container-title", "") or "")
    editors = _EDITORS_AS_CONTAINER.match(container)
    if editors and not item.get("editor"):
        item["editor"] = slashed_names(editors.group("names"))
    elif container:
        book = f"{book}. {container}" if book else container
    item["title"] = given
    if book:
        item["container-title"] = book
    item["type"] = "chapter"


#: "Title; in: Container (1792)": a container the parser left inside the title
_IN_CONTAINER = lazy_compile(r"^(?P<title>.{3,}?)\s*[;,.]\s+[Ii]n:\s+(?P<container>.{3,}?)\s*(?:\((?P<year>1[5-9]\d\d|20[0-4]\d)\))?$")


def _first_page_of_report(item: Entry, text: str) -> None:
    """The first page of a decision's report the parser left out: "…, NJW 2015, 1672, 1674" -> 1672.

    The report's first page names the decision as its docket number does, so
    a later "BGH NJW 2015, 1672, 1675" is found to be the same decision.
    """
    container = str(item.get("container-title") or "")
    if item.get("type") != "legal_case" or item.get("page") or not container:
        return
    match = re.search(rf"(?<!\w){re.escape(container)},?\s+(?:\d{{1,3}}/)?(?:1[89]|20)\d\d,\s*(?:S\.\s*)?(\d{{1,5}})\b",
                      text)
    if match:
        item["page"] = match.group(1)


def _container_inside_title(item: Entry) -> None:
    """"Schilderung des Einflusses …; in: Braunschweigisches Journal (1792)" as one title: split it.

    "in:" introduces the work that holds the one cited; a title never
    contains it.  Only when the parser found no container.
    """
    title = str(item.get("title") or "")
    if item.get("container-title") or " in: " not in title.replace("In: ", "in: "):
        return
    match = _IN_CONTAINER.match(title)
    if match is None:
        return
    item["title"] = match.group("title").strip()
    item["container-title"] = match.group("container").strip()
    item.pop("title-short", None)
    if match.group("year") and not item.get("issued"):
        item["issued"] = {"date-parts": [[int(match.group("year"))]]}
    if item.get("type") in (None, "book", "document"):
        item["type"] = "chapter"


#: a page range ("157-179", "629–664"): with authors and year, it names one printed work
_PAGE_RANGE = lazy_compile(r"\d{1,5}\s*[-–]\s*\d{1,5}")


#: a periodical's abbreviation the parser left at the end of a title: "…, NZA-Beilage", "…, DRdA",
#: "…, ZfRV", "…, wbl", "…, ecolex" (capitals in a short word, or a short lower-case siglum;
#: not a place of publication, "…, München", which is a capital and then lower case)
_PERIODICAL_TAIL = lazy_compile(
    r",\s(?P<abbr>(?:[A-ZÄÖÜ](?=[\w&.]*[A-ZÄÖÜ])[\w&.]{1,9}|[a-zäöü]{2,7})(?:-[A-Z][\w.]{1,9})?)$"
)


#: a year and a first page after a periodical's abbreviation: " 2009, 208", " 2004/2005, 76", " 5/2012, 3"
_YEAR_AND_PAGE = lazy_compile(r"\s+(?:\d{1,3}/)?(?:1[89]|20)\d\d(?:/(?:1[89]|20)?\d\d)?,?\s+(?:S\.\s*)?\d")
#: the same inside a title the parser ran on past it
_PERIODICAL_IN_TITLE = lazy_compile(_PERIODICAL_TAIL.pattern.removesuffix("$") + rf"(?={_YEAR_AND_PAGE.pattern})")


def _periodical_inside_title(item: Entry, text: str) -> None:
    """"Rebhahn, Flächen- oder Unternehmenstarifvertrag, NZA-Beilage 2011, 64" as title + periodical.

    German and Austrian legal writing cites an article as "Author, Title,
    PERIODICAL Year, Page"; the parser sometimes keeps the periodical's
    abbreviation in the title and finds no container.  The surface decides:
    the title's last comma part is followed in the text by a year and a page,
    as a periodical's abbreviation is (a place has no page after its year).
    """
    title = str(item.get("title") or "")
    if item.get("container-title") or not title:
        return
    # the year and page inside the title ("…, EuZA 2009, 47 (Teil I) und EuZA 2009"), or after it
    match = _PERIODICAL_IN_TITLE.search(title)
    if match is None or match.group("abbr")[0].islower():  # (inside a title, ", bis 2009, 12 …" is prose)
        match = _PERIODICAL_TAIL.search(title)
    head = match.group("abbr").split("-")[0] if match else ""
    if match is None or (head[0].isupper() and re.search(r"[a-zäöüß]{4,}", head)):
        return
    at = text.find(title)
    if match.re == _PERIODICAL_TAIL and (
            at < 0 or not _YEAR_AND_PAGE.match(text[at + len(title):])):
        return
    after = title[match.end():] if match.re == _PERIODICAL_IN_TITLE else text[at + len(title):]
    year = re.search(r"(?:1[89]|20)\d\d", after)
    item["title"] = title[: match.start()].strip()
    item["container-title"] = match.group("abbr")
    item.pop("title-short", None)
    if year and not item.get("issued"):
        item["issued"] = {"date-parts": [[int(year.group(0))]]}
    if item.get("type") in (None, "book", "document"):
        item["type"] = "article-journal"


#: a work cited by the siglum of the collected writings that reprint it, the page there and its
#: own title: "RW 298, Position des Wirtschaftsrechts im Sozialstaat, 1965", "GS 12 f., Über …"
#: (the page is no year: "ZUM 2011, 538" is a periodical)
_SIGLUM_HEAD = lazy_compile(
    r"(?P<siglum>[A-ZÄÖÜ]{2,5})\s+(?!(?:1[5-9]|20)\d\d\b)(?P<page>\d{1,4}(?:\s*ff?\.)?),?\s+(?=[A-ZÄÖÜ][a-zäöüß]{2})"
)


def _siglum_before_title(item: Entry, text: str) -> None:
    """"RW 298, Position des Wirtschaftsrechts im Sozialstaat, 1965": siglum and page, then the title.

    The parser reads the siglum as an author ("RW") or keeps it in the title
    ("RW 298 Position …"), so one essay cited twice became two entries.  The
    siglum names the collection (the container); the page is the citation's
    locator (each citation names its own page), not the entry's.
    """
    match = _SIGLUM_HEAD.match(text.strip())
    if match is None or item.get("type") in ("legislation", "legal_case"):
        return
    siglum, page = match.group("siglum"), match.group("page")
    people = [p for p in item.get("author") or [] if not (isinstance(p, dict) and p.get("family") == siglum)]
    if people:
        item["author"] = people
    else:
        item.pop("author", None)
    title = str(item.get("title") or "")
    head = re.match(rf"{siglum}\s+{re.escape(page)},?\s+", title)
    if head:
        item["title"] = title[head.end():]
    item.setdefault("container-title", siglum)  # the page cited there becomes the citation's locator
    if item.get("type") in (None, "book", "document"):
        item["type"] = "chapter"


#: a law-review pinpoint after a title in capitals: "ANCIENT LAW 94 (Oxford …", "NATURAL LAW
#: 24-25, 27-33", "THE SUMMA THEOLOGICA 209. “Now …" (not a year: "… ENGLAND 1600-1700")
_CAPS_PINPOINT = lazy_compile(
    r"\s+(?!1[5-9]\d\d\b|20[0-4]\d\b)\d{1,4}(?:\s*[-–]\s*\d*)?(?:,\s*\d{1,4}(?:\s*[-–]\s*\d{1,4})?)*"
    r"(?=\s*(?:\(|[.“\"]|$))"
)


def _pinpoint_after_caps_title(item: Entry) -> None:
    """"ANCIENT LAW 94 (Oxford Univ. Press 1931)" read as one title: cut at the pinpoint.

    Law reviews set book titles in capitals and put the page cited right
    after them; the parser often keeps it (and what follows) in the title.
    """
    title = str(item.get("title") or "")
    for match in _CAPS_PINPOINT.finditer(title):
        letters = [ch for ch in title[: match.start()] if ch.isalpha()]
        if len(letters) >= 6 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters):
            item["title"] = title[: match.start()].rstrip(" ,;:")
            item.pop("title-short", None)
            return


def _name_of(people: list[dict[str, str]]) -> str:
    """"Peter Lang" for the first person, "" when there is none."""
    if not people:
        return ""
    person = people[0]
    if person.get("literal"):
        return str(person["literal"])
    return " ".join(str(p) for p in (person.get("given"), person.get("family")) if p)


_WHERE_FOUND = lazy_compile(
    r"(?i:available|accessible|abrufbar|disponible|disponibile|retrieved|consulted|visited|reproduced|online\s+at)"
)


#: an author-date citation and nothing more: "Orme 2001, 12", "Marsh and Orme 2010: 5"
_AUTHOR_DATE_ONLY = lazy_compile(
    r"(?P<names>[A-ZÀ-ÖØ-Þ][\w´'’-]+(?:\s(?:and|und|et|&)\s[A-ZÀ-ÖØ-Þ][\w´'’-]+)?),?\s(?P<year>1[5-9]\d\d|20[0-4]\d)"
    r"(?:[:,]\s?(?P<page>\d+(?:\s*[-–]\s*\d+)?))?"
)


def _described_link(item: Entry, text: str) -> bool:
    """A link the note describes in words before it ("the online edition at https://…"): a web source.

    A bare link after a citation ("… K-12. https://perma.cc/5D7A") is where that
    citation is found, not a work of its own, and stays without an entry.
    """
    url = str(item.get("URL") or "")
    at = text.find(url[:20]) if url else -1
    before = text[:at]
    if at <= 0 or re.search(r"[\d§]", before) or _WHERE_FOUND.search(before):
        # "WASH. REV. CODE § 13.40.630(1)(a). https://perma.cc/…", "available at: www.unctad.org/…": where
        # the work cited before is found
        return False
    return bool(re.match(r"(?i:the|a|an|die|der|das|la|le|les|il|el|l['’])\s", before)
                and re.search(r"(?i:\b(?:at|in|on|under|from|unter|auf|sur|à|dans|su|en)\s*:?\s*$)", before))


#: a tradition of a hadith collection by its book (kitāb), chapter (bāb) and number: "al-Bukhārī, Ṣaḥīḥ,
#: Kitāb al-Aḥkām, no. 7142" is complete by convention, as a verse of scripture is
_HADITH_BY_NUMBER = lazy_compile(
    r",\s(?:[Kk]it[āa]b|[Bb][āa]b)\s[^,;]{1,60}(?:,\s(?:[Bb][āa]b)\s[^,;]{1,40})?,\s"
    r"(?:[Hh]ad[īi]th\s|[Ḥḥ]ad[īi]th\s)?(?:no|nr)\.\s?\d{1,5}\.?$"
)


def _ancient_source(text: str) -> tuple[Entry, Pinpoint | None] | None:
    """The entry and pinpoint of an inscription or papyrus by its corpus ("IG I³ 1453, l. 4": the corpus
    the container, the item its number), of a work of the canon by its numbering ("Plato, Republic
    557a–b", as the parser's classical step reads it) or of a classical work by abbreviations the canon
    list does not hold ("Thuc. 2.40.1": the abbreviations the title), else None."""
    from citekit.normalize.classical import read_classical

    item = corpus_item(text)
    if item is not None:
        corpus, number, cited = item
        return ({"type": "document", "title": cited, "container-title": corpus, "number": number},
                find_pinpoint(text, bare=False))
    migne = migne_column(text)
    if migne is not None:
        return {"type": "book", "title": migne[0]}, Pinpoint(migne[1], "column", 0)
    text = text.strip()
    # (the note's full stop is no part of the numbering: "Thuc. 2.40.1.")
    canon = read_classical(text.rstrip(". ")) if len(text) <= 140 and "(" not in text else None
    if canon is not None and "," in canon[1] and numbered_work(text) is not None:
        canon = None  # ("Thomas d'Aquin, Somme théologique, Ia, q. 13, a. 5": the part is the locator's)
    if canon is not None:
        author, title, locator, label = canon
        work: Entry = {"type": "classic", "author": [{"family": author}]}
        if title:  # ("Thuc. 2.40.1": the author's one work, named by the author alone)
            work["title"] = title
        return work, Pinpoint(locator, label, 0)
    classic = abbreviated_classic(text)
    if classic is not None:
        return {"type": "classic", "title": classic[0]}, Pinpoint(classic[1], "section", 0)
    numbered = numbered_work(text)
    if numbered is not None:
        # "Irenaeus, Against Heresies 4.20.7", "Nietzsche, Zur Genealogie der Moral II 12, KSA 5, 313":
        # an author outside the canon's list, or the page of a standard edition
        bare = f"{numbered.author}, {numbered.title} {numbered.locator}"
        canon = read_classical(bare) if not numbered.edition else None
        if canon is not None and "," in canon[1]:
            canon = None  # ("Somme théologique, Ia": the part of the Summa is no part of the title)
        work = {"type": "classic", "author": [_classic_author(canon[0] if canon else numbered.author)],
                "title": canon[1] if canon and canon[1] else numbered.title}
        if numbered.edition:
            work["container-title"], work["volume"] = numbered.edition, numbered.volume
        return work, Pinpoint(numbered.locator, numbered.label, 0)
    return None


#: a parallel reference to a standard edition in brackets at the end: "(AT 7:24–25)", "(PG 3:872A)"
#: a catalogue's number after the page: "…, 231, cat. no. 31", "…, S. 45, Kat.-Nr. 12", "…, p. 250, cat. n. 85",
#: "…, 203, no. 54", "…, 4:258, letter 676" (a bare "no." or an edition's letter number only right after a page)
_CATALOGUE_TAIL = lazy_compile(
    r"(?:,|;)\s*(?P<tail>(?:(?:cat(?:alogue)?\.?|Kat(?:alog)?\.?)\s*-?\s*(?:nos?|n[°o]?|nr|Nr|num)\.?"
    r"|(?<=\d,\s)(?:nos?\.|n[°o]\.?|Nr\.|letter|Brief|lettre|lettera))\s*[A-Z]?\d+[a-z]?(?:\s*(?:[-–,]|and|und|et|e)\s*[A-Z]?\d+[a-z]?)*)\s*\.?\s*$"
)
_PARALLEL_TAIL = lazy_compile(rf"\s\((?:{EDITION_SIGLA})\s[^()]{{1,30}}\)\s*\.?\s*$")


def _classic_author(name: str) -> dict[str, str]:
    """"Irenaeus" -> family; "Friedrich Nietzsche" -> given and family; "Gregory of Nyssa" -> literal."""
    words = name.split()
    if len(words) == 1:
        return {"family": name}
    if any(word[:1].islower() for word in words[1:]) or len(words) > 3:
        return {"literal": name}
    return {"family": words[-1], "given": " ".join(words[:-1])}


def _cites_the_canon(text: str) -> bool:
    """An author of the canon, a title and a standard numbering, no imprint: what the parser reads as a
    classical work (kind ``full``)."""
    from citekit.normalize.classical import read_classical

    text = text.strip()
    return len(text) <= 140 and "(" not in text and read_classical(text) is not None


def _has_work(item: Entry) -> bool:
    # (a decision is named by its court and docket number: "BVerfG, Beschl. v. 6.11.2019 – 1 BvR 16/13")
    return bool(item.get("title") or item.get("container-title") or item.get("author")
                or item.get("editor") or item.get("archive_location")
                or (item.get("type") == "legal_case" and item.get("authority") and item.get("number")))


def reads_as_prose(item: Entry, text: str) -> bool:
    """Is this "citation" a sentence of the note that the splitter let through?

    A work is named by its creator or dated, numbered or linked somewhere in
    its citation; a stretch of several words with no author or editor, no
    digit and no URL ("Einer Begründung bedarf die Befristung zB in Frankreich,
    Spanien …", "Hohe Autonomie, die mit selbstbestimmtem Lernen einhergeht")
    is commentary.  Such pieces are kept as citations without an entry.
    """
    if item.get("author") or item.get("editor") or item.get("issued") or item.get("URL") or item.get("DOI"):
        return False
    if item.get("type") in ("legislation", "legal_case") or re.search(r"https?:|www\.", text):
        return False
    if re.search(r"\d", text):
        # a sentence that names a date ("Decyzja ta zapadła … 12 maja 1926 r., a więc …"): undated, all of it
        # read as the title, and words of argument in it
        title = str(item.get("title") or "")
        return (len(title) >= 0.8 * len(text.strip(" .")) and len(re.findall(r"[^\W\d_]+", title)) >= 8
                and not item.get("container-title") and has_prose_words(text) and not has_imprint(text))
    if has_imprint(text):
        return False  # "The Making of the English Working Class, London: Gollancz": a book
    return len(re.findall(r"[^\W\d_]+", text)) >= 6


#: an article's pages, then the pages cited in it: "3-69, in particolare pp. 12-14", "751–66, esp. 760"
_PAGES_THEN_PINPOINT = lazy_compile(
    r"^(?P<pages>\d+(?:\s*[-–]\s*\d+)?)\s*,?\s*\(?(?:in particolare|in partic\.|partic\.|spec\.|spéc\.|specie|soprattutto|"
    r"especially|esp\.|here|hier|insbes\.|insbesondere|bes\.|notamment|en particulier|surtout|ici|"
    r"tu|zde|här|aquí|aqui|"  # ("…, s. 7–25, tu s. 10")
    # Greek "here", "especially", "mainly", in either script: "σ. 3-59, ἐνταῦθα σ. 12", "σσ. 1-100, ιδίως σ. 40"
    r"ενταύθα|ἐνταῦθα|εδώ|ἐδῶ|ιδίως|ἰδίως|ειδικά|εἰδικά|κυρίως|"
    r"at|a|à|alla|alle)\s+"  # ("…, pp. 145-170, a p. 150", "…, 77–98, at 80")
    r"(?:(?P<label>pp?\.|S\.|s\.|σσ?\.|p)\s*)?(?P<pin>\d+(?:\s*[-–]\s*\d+)?(?:\s*ff?\.)?)\)?\.?$"
)


#: a citation by author and year ("Hansen 1991, 150", "Meiggs and Lewis 1988: 45"): the work is in the
#: bibliography, the note gives only its pinpoint
_AUTHOR_DATE_HEAD = lazy_compile(
    r"[^\W\d_][\w'’-]*(?:\s(?:and|&|et|und|e|y)\s[^\W\d_][\w'’-]*)?(?:\set\sal\.)?\s(?:1[5-9]\d\d|20[0-4]\d)[a-z]?[,:]\s"
)


def _pinpoint_inside_pages(item: Entry) -> tuple[str, str] | None:
    """Take the pinpoint out of a page field that holds it: "3-69, in particolare pp. 12-14"."""
    match = _PAGES_THEN_PINPOINT.match(str(item.get("page") or "").strip())
    if match is None:
        return None
    item["page"] = match.group("pages")
    return match.group("pin"), "page"


#: the same at the end of the citation's text, when the parser kept the pinpoint out of the pages:
#: "…, Annales de Normandie, 30-1, 1980, p. 51-70, ici p. 55."
_PINPOINT_AFTER_PAGES = lazy_compile(_PAGES_THEN_PINPOINT.pattern.removeprefix("^"))


def _same_range(locator: str, page: str) -> bool:
    """Is ``locator`` ("p. 163–183.") the same page range as ``page`` ("163-183")?"""
    numbers = re.findall(r"\d+", locator)
    return len(numbers) == 2 and "-".join(numbers) == page


def _pinpoint_read_as_volume(item: Entry, text: str, locator: str | None) -> None:
    """"David Orme, The Silent Crown, London, 2001, 88": the page cited is no volume of the book.

    A book's bare number after its year was read as both the volume and the
    locator; without a volume mark ("vol.", "Bd.", "t.") before it, it is the page.
    """
    volume = str(item.get("volume") or "")
    if not volume or volume != locator or item.get("type") not in ("book", None):
        return
    if not re.search(rf"(?i:\b(?:vols?|bde?|band|t|tome|tomo|vol)\.?\s*){re.escape(volume)}\b", text):
        item.pop("volume")


#: a pinpoint right after a closing bracket: "…, 33–47), at 8", "… p. 33-52), ici p. 12", "…), S. 7",
#: or after a range it lies in: "…, ii, 313–65, at 320", "…, pp. 101-136: 110"
_PINPOINT_AFTER_BRACKET = lazy_compile(
    r"(?:\)\s*,|\d\s*[-–]\s*\d+\s*[,:])\s*(?:(?:at|ici|hier|here|a|tu|zde|här|aquí|aqui)\s+)?(?:pp?\.|S\.|s\.)?\s*$"
)
#: "here" before the page label: "s. 7–25, tu s. 10" (pl), "zde s. 14" (cs), "här s. 9" (sv), "aquí p. 5"
_HERE_BEFORE_LABEL = lazy_compile(r"\b(?:tu|zde|här|aquí|aqui)\s+$")
#: the words that mark a pinpoint after a range: "at 320", "ici p. 12", "hier S. 50"
_PINPOINT_MARK = lazy_compile(r"(?:at|ici|hier|here)\s")
#: the same right before the pinpoint's label: "…, at col. 300"
_MARK_BEFORE_LABEL = lazy_compile(r"\b(?:at|ici|hier|here)\s+$")


def _is_locator(suffix: str, locator: str | None) -> bool:
    """Is the parser's suffix ("at 320", "c. 9v") only the locator the citation has already?"""
    if locator is not None and suffix.strip(" .,;") == locator:
        return True  # "45" after "…, 1887), 45" was read as the pinpoint already
    pin = find_pinpoint(suffix, bare=False)
    return locator is not None and pin is not None and pin.value == locator and not suffix[: pin.start].strip(" ,")


def _pinpoint_after_range(text: str, pin: Pinpoint) -> bool:
    """Is ``pin`` the page cited after a bracket or a range of pages that is no pinpoint?"""
    before = _PINPOINT_AFTER_BRACKET.search(text[: pin.start])
    if before is None:
        return False
    return before.group(0).lstrip()[:1] == ")" or bool(_PINPOINT_MARK.match(text, pin.start)) or (
        before.group(0).rstrip().endswith(":")) or bool(_HERE_BEFORE_LABEL.search(text[: pin.start])) or bool(
        _MARK_BEFORE_LABEL.search(text[: pin.start]))  # ("…, col. 293–420, at col. 300": the mark before the label)


_DAY_MONTH_YEAR = (r"(?:\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4}"
                   r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},\s+\d{4})")
#: a newspaper cited by its issue: "New York Times, 3 April 1938", "Clarion-Ledger (Jackson), July 5, 1964"
_PAPER_ISSUE = lazy_compile(
    rf"(?P<paper>(?:The\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,4}}(?:\s+\([A-Z][^()]{{1,30}}\))?),\s+{_DAY_MONTH_YEAR}"
    r"(?:,\s+(?:pp?\.\s*)?\d+[A-Za-z]?(?:\s*[-–,]\s*\d+)*)?\.?$"
)
#: the words of a newspaper's name
_NEWSPAPER_WORD = lazy_compile(rf"\b(?:{'|'.join(NEWSPAPER_WORDS)})\b|\([A-Z][^()]+\)$")
#: another issue of the same paper, its date (and page) alone: "5 April 1938, 12"
_ISSUE_ONLY = lazy_compile(rf"{_DAY_MONTH_YEAR}(?:,\s+(?:pp?\.\s*)?\d+[A-Za-z]?(?:\s*[-–,]\s*\d+)*)?\.?")
#: a file's class and piece in an archive's reference ("CAB 128/9", "FO 371/2486"): no pinpoint
_SHELF_MARK_LOCATOR = lazy_compile(r"\b(?![IVXLCDM]+\b)[A-Z]{2,6}\s?\d+(?:/\d+)+")
#: the bare page after an imprint's closing bracket, ending the citation: "…, 1887), 45."
_PAGE_AFTER_IMPRINT = lazy_compile(
    r"(?:1[5-9]\d\d|20[0-4]\d)(?:\s*[-–]\s*\d{2,4})?\)\s*,\s*"
    # (a multi-volume work's volume and part before the page: Barth's "(…, 1956–75), II/1, 257")
    # (or its volume alone, MHRA's "(Oxford: Clarendon Press, 1925–52), VIII, 587": the set is the work)
    r"(?P<value>(?:[IVX]{1,4}/\d{1,2},\s*|(?P<volume>[IVXL]{1,6}),\s*)?\d+(?:\s*[-–]\s*\d+)?"
    # (a Chinese dynastic history's juan and page, a Veritable Record's juan and leaf: "…, 1959), 6.239", "25.3a")
    r"|\d{1,4}\.\d{1,4}[ab]?)\.?\s*$")
#: a word in Chinese characters or kana (a gloss of the romanized words before it)
_HAN_OR_KANA = lazy_compile(r"[\u3040-\u30ff\u3400-\u9fff]")
#: Kant's pages of the first (A) and second (B) edition after an imprint's year: "…, Hamburg 1998, B 132",
#: "… (Cambridge, 1998), A51/B75" -- the standard pinpoint whatever edition is read
_KANT_PAGE_END = lazy_compile(
    r"(?:1[5-9]\d\d|20[0-4]\d)\)?,\s*(?P<value>[AB]\s?\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*ff?\.)?"
    r"(?:\s*/\s*B\s?\d{1,3}(?:\s*[-–]\s*\d{1,3})?(?:\s*ff?\.)?)?)\s*\.?\s*$")
#: a legislature's record cited by session ("75th Cong., 3rd sess.", "Cong. Rec."): its pages after
#: the volume's colon are the pinpoint, not an article's range
_LEGISLATIVE_RECORD = lazy_compile(r"\bCong(?:ressional)?\.?\s+Rec(?:ord)?\b|\b\d+(?:st|nd|rd|th|d)\s+Cong\.")
_RECORD_PAGES = lazy_compile(r":\s*(?P<value>\d+(?:\s*[-–]\s*\d+)?)\s*\.?\s*$")


#: a place and year, the imprint of a book: "…, Ankara 2002, …", "…, İstanbul: Ötüken, 2000, …"
_PLACE_AND_YEAR = lazy_compile(r",\s[A-ZÀ-ÞÇĞİÖŞÜ][\w.-]+(?::\s[^,]{2,60})?,?\s(?:1[5-9]\d\d|20[0-4]\d)\b")


#: a page's label right before a number: "p. ", "pp. ", "S. ", "s. ", "at "
_PAGE_LABEL_BEFORE = lazy_compile(r"(?:\b(?:pp?|S|s)\.|\bat)\s*$")


def _imprint_between(text: str, locator: str, pinpoint: Pinpoint) -> bool:
    """Does an imprint stand between the parser's ``locator`` and the labelled ``pinpoint`` at the end
    (and no "in:" that would make the first the section of a work inside a book)?"""
    locator = locator.strip()
    at = text.find(locator)
    # (or a work's divisions before its edition: "Augustin, Les Confessions, X, xxvii, 38, trad. …, 1962, p. 208")
    divisions = re.fullmatch(r"[\dIVXLivxl]+(?:,\s*[\dIVXLivxl]+)+", locator) is not None
    if not (locator.isdigit() or divisions) or at < 0 or at >= pinpoint.start or _PAGE_LABEL_BEFORE.search(text, 0, at):
        return False  # (a page the parser read, "p. 160 et seq. and P. Kasznica, …, 1946, p. 198", is one)
    between = text[at: pinpoint.start]
    imprint = _PLACE_AND_YEAR.search(between) or (divisions and re.search(r",\s(?:1[5-9]\d\d|20[0-4]\d),\s*$", between))
    return bool(imprint) and not re.search(r"\b[Ii]n:?[\s\]]", between)


#: the page after a publisher and the imprint's year and its full stop, as Hungarian notes give it:
#: "Budapest, Osiris, 2001. 52.", "Budapest, Osiris, 2001. 45–46."
_PAGE_AFTER_YEAR_STOP = lazy_compile(
    r",\s(?:1[5-9]\d\d|20[0-4]\d)\.\s(?P<value>\d{1,4}(?:\s*[-–]\s*\d{1,4})?)\.?\s*$")
#: the month and day of a Hungarian date, which follow its year: "1920. március 19."
_HUNGARIAN_DAY = lazy_compile(
    r"(?:január|február|március|április|május|június|július|augusztus|szeptember|október|november|december)"
    r"\s\d{1,2}")
#: a part's number and a page, as the parser may read them together: "1, 73"
_PART_THEN_PAGE = lazy_compile(r"\d{1,3},\s?(?P<page>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)")
#: the words of a locator that names no place in the work: a volume or book of it ("díl 1", "књ. 1", "sv. 13"),
#: an issue's number ("nr 131"), a file's signature or box ("sygn. 1035", "šk. 12", "kart. 145", "RG 59")
_COARSE_LOCATOR = lazy_compile(
    r"(?P<kind>(?i:књ|кн|knj|knjiga|díl|dil|sv|svazek|zv|zväzok|cz|część|tom|t|vol|Bd|nr|no|č|br|sygn|šk|kart|karton|"
    r"carton|box|RG))\.?\s?(?P<number>[\dIVXLC]{1,5}(?:[/.]\d{1,4})?)"
)
_VOLUME_WORDS = frozenset({"књ", "кн", "knj", "knjiga", "díl", "dil", "sv", "svazek", "zv", "zväzok", "cz", "część", "tom",
                           "t", "vol", "bd"})
_CONTAINER_WORDS = frozenset({"sygn", "šk", "kart", "karton", "carton", "box", "rg"})


def _choose_locator(piece: Piece, parsed: ParsedReference, item: Entry) -> tuple[str | None, str | None]:
    """The pinpoint of a full citation: the parser's, or a labelled one at the end.

    A trailing "pp. 751–66" of an article or chapter is the work's own page
    range, not a pinpoint, and stays in the entry.
    """
    kant = _KANT_PAGE_END.search(piece.text)
    if kant is not None and item.get("type") != "legal_case":
        # "Kant, Kritik der reinen Vernunft, hg. von …, Hamburg 1998, B 132": a page of the second edition,
        # which the parser may take for a shelf-mark
        if re.sub(r"\W", "", str(item.get("archive_location") or "")) == re.sub(r"\W", "", kant["value"]):
            item.pop("archive_location")
            if item.get("type") == "manuscript":
                item["type"] = "book"
        return kant["value"], "page"
    if (item.get("type") == "legal_case" or item.get("archive_location")) and piece.info.pinpoint is not None:
        # "BGHZ 74, 103, 106": page 106; "ADR, 1 C 12, f. 3": folio 3 (not the carton's number)
        return piece.info.pinpoint.value, piece.info.pinpoint.label
    if item.get("archive_location"):
        # "ADR, 3 E 4522, 4 juin 1765": a file cited whole; only a labelled leaf or page is a
        # pinpoint, never a number of the shelf-mark the parser may have taken for one
        pin = archival_pinpoint(piece.text)
        return (pin.value, pin.label) if pin else (None, None)
    if parsed.locator and PAPER_NUMBER.fullmatch(parsed.locator.strip(" ,.")):
        # (a parliamentary paper's number, "Cd. 876", "Cmd. 1234", "HC 112", is the document's, no pinpoint)
        # "…, Cd. 876 (London: HMSO, 1901), 12-14": the command paper's number is the work's, the
        # pinpoint is the page after the imprint's bracket
        item.setdefault("number", parsed.locator.strip(" ,."))
        pin = find_pinpoint(piece.text)
        if pin is not None and re.search(r"\)\s*,\s*$", piece.text[: pin.start]):
            return pin.value, pin.label
        return None, None
    shelf = _SHELF_MARK_LOCATOR.search(parsed.locator or "")
    if shelf is not None and not item.get("archive_location") and not find_pinpoint(parsed.locator or "", bare=False):
        # "…, 13 February 1947, CAB 128/9, TNA": a file's class and piece, not a page of it
        item["type"], item["archive_location"] = "manuscript", shelf.group(0)
        archive = (parsed.locator or "")[shelf.end():].strip(" ,.;")
        if archive and not re.search(r"\d", archive):
            item.setdefault("archive", archive)
        return None, None
    after = _PAGE_AFTER_IMPRINT.search(piece.text)
    if after is not None and after["volume"] and str(item.get("volume") or after["volume"]) == after["volume"]:
        # MHRA's volume and page of a multi-volume work: the pinpoint is both, the entry the whole set
        item.pop("volume", None)
        return after["value"], "page"
    if after is not None and (parsed.locator is None or re.findall(r"\d+", parsed.locator)[:1] != re.findall(
            r"\d+", after["value"])[:1]):
        is_range = bool(re.search(r"[-–]", after["value"]))
        if not is_range or (item.get("type") not in ("article-journal", "chapter", "article-magazine",
                                                      "article-newspaper", "paper-conference")
                            and str(item.get("page") or "") != after["value"]):
            # Chicago's pinpoint after the imprint's bracket: "…, pt. 2 (Washington, DC: GPO, 1887), 45",
            # "…, ed. C. Vann Woodward (New Haven, CT: Yale University Press, 1981), 420" (no part, volume
            # or chapter's page that the parser took for it)
            if str(item.get("page") or "") == after["value"]:
                item.pop("page")
            return stored_locator(after["value"]), "page"
    record = _RECORD_PAGES.search(piece.text) if _LEGISLATIVE_RECORD.search(piece.text) else None
    if record is not None and not parsed.locator:
        return record.group("value"), "page"  # "Congressional Record, 75th Cong., …, 83, pt. 4: 4512-15"
    surface = piece.info.pinpoint or find_pinpoint(piece.text, bare=False)
    if (surface is not None and parsed.locator and surface.label != "page"
            and parsed.locator.strip().endswith(surface.value) and re.fullmatch(r"[^\W\d]{1,3}\.\s?" + re.escape(surface.value), parsed.locator.strip())):
        # "…, s.a. 788": the parser kept a piece of the label ("a. 788") that the surface reads whole
        return surface.value, surface.label
    if (surface is not None and parsed.locator and re.findall(r"\d+", parsed.locator)[:1] != re.findall(r"\d+", surface.value)[:1]
            and _pinpoint_after_range(piece.text, surface)):
        # "…: 1–14 (repr. in his Essays …, 33–47), at 8": the reprint's pages are in the bracket,
        # the pinpoint comes after it
        return surface.value, surface.label
    if (surface is not None and parsed.locator and parsed.suffix and surface.value in parsed.suffix
            and _imprint_between(piece.text, parsed.locator, surface)):
        # "…, c. 25, Ankara 2002, s. 136": the parser took the volume (Turkish "c.", cilt) for the
        # locator and left the page cited at the end as a suffix; a pinpoint never precedes the imprint
        return surface.value, surface.label
    if (surface is not None and surface.label == "page" and parsed.label == "chapter" and parsed.suffix
            and re.fullmatch(r"(?:pp?|págs?|S)\.\s?" + re.escape(surface.value) + r"\.?", parsed.suffix.strip(" ,"))):
        # "Solórzano Pereira, Política indiana, …, 1648, lib. V, cap. 1, p. 742": the book and chapter of the
        # work, then the page of this edition (the finer one), which the parser left as a suffix
        return surface.value, surface.label
    edition = (re.fullmatch(rf"{EDITION_SIGLA}\s[\dIVXL]{{1,4}}[A-Z]?(?:/\d)?", parsed.locator.strip(" ,."))
               if parsed.locator else None)
    if edition is not None:
        # "Heidegger, Beiträge zur Philosophie, GA 65, Frankfurt a. M. 1989, 12": the volume of the collected
        # edition is the work's, the page at the end the pinpoint
        end = find_pinpoint(piece.text)
        if end is not None and end.start > piece.text.find(edition.group(0)) + len(edition.group(0)):
            return end.value, end.label
    if (surface is not None and surface.label == "page" and parsed.locator and parsed.suffix
            and re.fullmatch(r"§+\s?\d+(?:\.\d+)*|\d+(?:\.\d+)*", parsed.locator.strip())
            and (parsed.label == "section" or "§" in parsed.locator)
            and re.fullmatch(r"(?:pp?|S)\.\s?" + re.escape(surface.value) + r"\.?", parsed.suffix.strip())
            and re.search(r"(?:1[5-9]\d\d|20[0-4]\d),\s*(?:§+\s?)?" + re.escape(parsed.locator.strip().lstrip("§ "))
                          + r",\s*(?:pp?|S)\.", piece.text)):
        # (only after the imprint: "…, in: Laufs (Hrsg.), …, 1976, S. 121" cites § 3 of the ordinance inside the book)
        # "Husserl, Ideen …, 1976, § 24, p. 51": the section, then the page of this edition (the finer one)
        return surface.value, surface.label
    if surface is not None and parsed.locator and surface.value == parsed.locator.strip() + ".":
        return surface.value, surface.label  # "s. 15 vd.": the abbreviation keeps its full stop, as "ff." does
    read = (parsed.locator or "").strip(" ,.")
    if read and _HUNGARIAN_DAY.fullmatch(read) and re.search(r"(?:1[5-9]\d\d|20[0-4]\d)\.\s" + re.escape(read), piece.text):
        return None, None  # "…, 1920. március 19.": the day of a Hungarian date, no page
    part_page = _PART_THEN_PAGE.fullmatch(read) if read else None
    if part_page is not None and re.search(r"\bpts?\.\s?" + re.escape(read), piece.text):
        # "…, ser. 1, vol. 27, pt. 1, 73", "Senate Report 693, …, pt. 2, 191": the part's number, then the page
        # (not a document's number in an edition, "MGH Capit. 1 (…), no. 138, 275", which is part of the pinpoint)
        return stored_locator(part_page["page"]), "page"
    coarse = _COARSE_LOCATOR.fullmatch(read) if read else None
    if coarse is not None:
        at = piece.text.find(read)
        if surface is not None and surface.label in ("page", "folio") and at >= 0 and surface.start > at:
            # "…, díl 1, Praha 2000, s. 56", "…, књ. 1, Београд: Нолит, 1988, стр. 210", "…, nr 131, s. 2",
            # "…, sygn. 1035, k. 12–14": a volume, an issue or a file's signature the parser took for the
            # locator; the page or leaf cited after it is the pinpoint (the volume stays the book's)
            if coarse["kind"].lower() in _VOLUME_WORDS and not item.get("volume"):
                item["volume"] = coarse["number"]
            return surface.value, surface.label
        if coarse["kind"].lower() in _CONTAINER_WORDS:
            return None, None  # "…, šk. 12, č. 345/1939": a box of the archive, no place in the document
    if surface is not None and ":" in surface.value and re.fullmatch(r"\d{1,3}:\d.*", surface.value):
        # Chicago's volume:page ("…, 1851–53), 1:4."): the parser may take the imprint's dates
        return surface.value, surface.label
    if parsed.locator and _same_range(parsed.locator, str(item.get("page") or "")) and item.get("type") in (
            "article-journal", "chapter", "article-magazine", "article-newspaper", "paper-conference"):
        return None, None  # the article's own pages ("…, 18-2, 1993, p. 163-183"), not a pinpoint
    if (parsed.locator and not item.get("page") and surface is not None and surface.value == parsed.locator.strip()
            and surface.label == "page" and re.fullmatch(r"\d+\s*[-–]\s*\d+", surface.value) and item.get("type") in (
                "article-journal", "chapter", "article-magazine", "paper-conference")):
        # "…, Dergisi, C. XIII, S. 4 (1958), s. 68-79": an article's range with no first page before it is
        # the article's own pages, not a pinpoint
        item["page"] = stored_locator(surface.value)
        return None, None
    if parsed.locator and re.search(r"\d|\b[ivxlcdmIVXLCDM]+\b", parsed.locator):
        locator = parsed.locator.strip()
        if locator.count(")") > locator.count("("):
            locator = locator.rstrip(").,; ")  # "(p. 110)." read as "110)"
        if locator.count(")") != locator.count("(") and surface is not None and surface.start > 0 and (
                piece.text.rstrip(" .").endswith(surface.value)):
            # "…, PP 1831–2 (735-I), ix, p. 116", "…, PP 1913 (220), xlvi, p. 15": the parser's locator opens or
            # closes inside the paper's bracket; the labelled page at the citation's end is the pinpoint
            return surface.value, surface.label
        labelled = find_pinpoint(locator, bare=False)
        if labelled is not None and labelled.start == 0:
            return labelled.value, labelled.label  # "n° 312" kept with its label: number 312
        labelled = find_pinpoint(f", {locator}", bare=False)
        if labelled is not None and labelled.start == 2 and labelled.label == "section":
            return labelled.value, labelled.label  # "fr. 418": Pascal's fragment, by its number
        return locator, parsed.label or "page"
    pin = piece.info.pinpoint or find_pinpoint(piece.text, bare=False)
    if pin is None and (after_year := _PAGE_AFTER_YEAR_STOP.search(piece.text)) is not None:
        # Hungarian "Uő: A trianoni békeszerződés. Budapest, Osiris, 2001. 52.": the page after the imprint's year
        return stored_locator(after_year["value"]), "page"
    if pin is None:
        return None, None
    spelled = piece.text[pin.start: pin.start + 3].lower()
    is_range = bool(re.search(r"[-–—]", pin.value))
    if item.get("type") in ("article-journal", "chapter", "article-magazine", "article-newspaper",
                            "paper-conference", "entry-encyclopedia") and (is_range or spelled.startswith("pp")):
        return None, None
    if str(item.get("page") or "") == pin.value:
        if item.get("type") in ("book", "thesis", "report", None) and not is_range:
            item.pop("page", None)
            return pin.value, pin.label
        return None, None
    return pin.value, pin.label


_TRAILING_DATE = lazy_compile(r",?\s*\d{1,2}(?:er)?\s+[a-zéû]+\.?\s+1[4-9]\d\d\s*$")


#: the sigla that stand for one archive everywhere ("AN, F7 3688" is "Archives nationales (AN), F7 3688")
_ARCHIVE_NAMES = {"AN": "Archives nationales", "ANOM": "Archives nationales d'outre-mer"}


def french_archive_item(text: str) -> Entry | None:
    """The archival file of a French archive's cote (or a library's manuscript by its shelf-mark,
    "Ruskin Library, Lancaster University, MS 1851/B"), and the document cited in it (its title), else None."""
    match = FRENCH_ARCHIVE.match(text.strip().rstrip(".")) or MANUSCRIPT.match(text.strip().rstrip("."))
    if match is None:
        return None
    archive = match.group("archive").strip()
    item: Entry = {"type": "manuscript", "archive": _ARCHIVE_NAMES.get(archive, archive),
                   "archive_location": match.group("location")}
    rest = match.group("rest") or ""
    pin = find_pinpoint(rest, bare=False)
    if pin is not None:
        rest = rest[: pin.start]
    title = _TRAILING_DATE.sub("", rest).strip(" ,;")
    if re.search(r"[^\W\d_]{3,}", title):
        item["title"] = title
    return item


#: a document described and dated before the file that holds it: "Lugard to Colonial Office, 14 Jan. 1906, TNA,
#: CO 446/52", "Gouverneur général Carde au ministre des Colonies, 2 mai 1924, ANOM, 1 AFFPOL 160, dossier 2"
#: a document's day: "14 Jan. 1906", "2 mai 1924", "January 14, 1906"
_DOCUMENT_DATE = r"(?:\d{1,2}(?:er)?\s+[A-Za-zéû]{3,9}\.?|[A-Z][a-z]{2,8}\.?\s\d{1,2},)\s+1[5-9]\d\d"
_DESCRIBED_FILE = lazy_compile(rf"(?P<description>[A-ZÀ-ÖØ-Þ][^;()\d“”\"«»]{{2,150}}?),\s{_DOCUMENT_DATE},\s(?P<file>.+)")


def described_file(text: str) -> Entry | None:
    """The file of a document cited by its description and date before its archive and shelf-mark, with the
    description as its title, else None: the parser, which knows a letter's form, may still take the archive
    for a journal ("Gouverneur …, 2 mai 1924, ANOM, 1 AFFPOL 160" as an article of "ANOM")."""
    match = _DESCRIBED_FILE.fullmatch(text.strip().rstrip("."))
    if match is None:
        return None
    item = french_archive_item(match["file"])
    if item is None:
        shelved = archival_file(match["file"])
        if shelved is None or not shelved[0]:
            return None
        item = {"type": "manuscript", "archive": shelved[0], "archive_location": shelved[1]}
    item["title"] = match["description"]
    return item


def complete_item(item: Entry, text: str) -> None:
    """Check the parser's item against the citation's surface and fill what it can tell.

    Parser slips the text contradicts are undone (:func:`repair_parse`, a title
    read as a given name, "in:" inside a title, a law-review pinpoint after a
    title in capitals); a commentary cite ("Felten in Rummel/Lukas, ABGB4 §
    1155 Rz 49") is a chapter of the commentary; a bare periodical reference
    ("Kubis, ZUM 2006, 370") becomes an article of that periodical; statutes
    and court decisions are typed as legal sources; a title the parser missed
    is read from the surface ("Luhmann, Rechtssoziologie (1972), 239").
    """
    archival = french_archive_item(text)
    if archival is None and not item.get("archive_location"):
        archival = described_file(text)
    if archival is not None:
        issued = item.get("issued")
        item.clear()
        item.update(archival)
        if issued and archival.get("title"):
            item["issued"] = issued  # the date of the letter or report cited
        return
    # (also when the parser read a shelf-mark but took the archive and the fond for authors:
    # "GARF, f. 1, op. 2, d. 33" -> authors "Garf" and "f. 1", location "op. 2, d. 33")
    shelved = archival_file(text) if not (item.get("archive_location") and item.get("archive")) else None
    if shelved is None and item.get("archive_location"):
        surface, pin = archival_file(text), archival_pinpoint(text)
        if (surface is not None and pin is not None and pin.value in str(item["archive_location"])
                and pin.value not in surface[1]):
            # "AHU, Bahia, cx. 110, doc. 8620": the parser took the document cited ("doc. 8620") for
            # the shelf-mark and dropped the box; the surface has both apart
            shelved = surface
    if shelved is not None:
        # "TNA, SP 12/45, fol. 3", "…; FO 371/1240", "РГАДА. Ф. 141. Оп. 1. Д. 12. Л. 3–5": a file by
        # its archive and shelf-mark (the parser reads the archive's siglum as an author)
        described = str(item.get("title") or "")
        after = text.find(shelved[1]) + len(shelved[1])
        kept = {key: item[key] for key in ("title", "issued") if item.get(key)} if (
            described and shelved[1] in text and described in text[after:]) else {}
        item.clear()
        item.update({"type": "manuscript", "archive_location": shelved[1]})
        if shelved[0]:
            item["archive"] = shelved[0]
        if shelved[0] and codex_file(text) is not None and ", " in shelved[0]:
            # "Sankt Gallen, Stiftsbibliothek, Cod. Sang. 914": the city, then its library
            item["archive-place"], item["archive"] = shelved[0].rsplit(", ", 1)
        item.update(kept)  # the document the parser read after the shelf-mark: its description and date
        url = online_tail(text)[1]
        if url:
            item["URL"] = url  # "…; catalogue at https://…": where the file is found online
        return
    commentary = commentary_item(text)
    if commentary is not None:
        for key in ("title", "note", "publisher", "container-title", "author", "editor", "type"):
            item.pop(key, None)
        item.update(commentary)
        return
    repair_parse(item, text)
    _title_word_read_as_author(item, text)
    _title_word_in_literal_author(item, text)
    _title_head_read_as_given_name(item, text)
    _quoted_title_run_on(item, text)
    _editor_read_as_author(item, text)
    _initial_read_as_surname(item, text)
    _title_from_given_name(item, text)
    _authors_inside_title(item, text)
    _container_inside_title(item)
    _periodical_inside_title(item, text)
    _siglum_before_title(item, text)
    _pinpoint_after_caps_title(item)
    _volume_page_read_as_volume(item, text)
    for _ in range(2):  # ("Van Gogh and Gauguin: …": both subjects were read as authors, the last first)
        _subject_read_as_author(item, text)
    _exhibition_catalogue(item, text)
    _imprint_year(item, text)
    _french_article(item, text)
    _editors_inside_container(item)
    _places_and_others(item, text)
    _series_in_title(item)
    _entry_glued_to_its_book(item)
    _edition_in_series(item, text)
    if item.get("URL") and not re.match(r"(?i)(?:https?://|ftp://|www\.|doi:|10\.\d)", str(item["URL"])):
        item.pop("URL")  # words the parser took for a link ("L'invention du "service public" …")
    periodical = periodical_citation(text)
    if periodical is not None:
        item.pop("title", None)
        item["container-title"] = periodical["container-title"]
        if periodical.get("volume"):
            item.setdefault("volume", periodical["volume"])
        letters = re.sub(r"[\W\d_]", "", periodical["container-title"])
        for person in item.get("author") or []:
            if isinstance(person, dict) and re.sub(r"[\W\d_]", "", str(person.get("given") or "")) == letters:
                person.pop("given")  # "Kubis, ZUM 2006, 370": "ZUM" read as initials "Z. U. M."
        item.setdefault("issued", {"date-parts": [[int(periodical["year"])]]})
        if item.get("type") in (None, "book", "document"):
            item["type"] = "article-journal"
    decision = reported_decision(text)
    if decision is not None:
        # "BGHZ 74, 103, 106", "BGH NJW 1992, 2080": court, reporter, volume and first page only
        for key in ("title", "author", "editor", "container-title", "volume", "page", "issue"):
            item.pop(key, None)
        year = decision.pop("year", None)
        item.update(decision)
        if year:
            item["issued"] = {"date-parts": [[int(year)]]}
        item["type"] = "legal_case"
    elif _COURT.match(text):
        item["type"] = "legal_case"  # "EuGH 18.9.2003, C-125/01"
    elif _LEGISLATION.search(text) and not author_head(text):
        item["type"] = "legislation"  # "N.M. STAT. ANN. § 22-2F-2", but not "Dreier/Schulze, UrhG, § 27"
    elif (legal := legal_source_type(text)) is not None:
        item["type"] = legal  # bills, Drucksachen, directives, treaties, reported cases
    elif item.get("type") == "legislation" and author_head(text):
        # "Rieble (Hrsg), Reformdruck auf das Arbeitsrecht in Europa, § 2 Referat von Evju": the "§"
        # is a section of an author's book, not a statute
        item["type"] = "chapter" if item.get("container-title") else "book"
    elif _ARCHIVE_SIGNATURE.search(text.strip()) and item.get("type") in (None, "book", "document"):
        item["type"] = "manuscript"  # a letter or register cited by its archive's shelfmark
        if item.get("publisher") and not item.get("archive"):
            item["archive"] = item.pop("publisher")
    _first_page_of_report(item, text)
    series = str(item.get("title") or "")
    if series.startswith("(") and series.endswith(")") and f", {series}" in text:
        # "Aufmerksamkeiten, hg. von …, (Archäologie der literarischen Kommunikation VII), München
        # 2001": the bracketed series is no title; the title is read from the surface below
        item.pop("title")
        item.setdefault("collection-title", series.strip("()"))
    apa = _AUTHOR_DATE_TITLE.search(text)
    if apa is not None:
        # "Feinstein, S., & Wood, R. (1995). History of …": the title follows the date; a parser
        # title taken from the authors before it ("S., & Wood, R") is no title
        authors = text[: apa.start()].strip(" .")
        parsed_title = str(item.get("title") or "")
        if authors and (not parsed_title or parsed_title.strip(" .") in authors
                        or parsed_title.startswith(authors)):
            item["title"] = apa.group("title").strip()
    if (not item.get("title") and periodical is None and not item.get("archive_location")
            and item.get("type") not in ("legislation", "legal_case")
            and not (item.get("type") == "article-newspaper" and item.get("container-title"))):
        # (an archival file is named by its archive and shelf-mark: "ASV, Senato, Secreta, reg. 5"
        # has no author "ASV" and no title; a newspaper cited by its date, "Pravda, 22 August
        # 1936, 1", has neither)
        title = surface_title(text)
        if title:
            item["title"] = title
            _people_from_surface(item, text, title)
    _author_before_title(item, text)


def _authors_of_head(head: str) -> list[dict[str, str]]:
    """"Lorraine Daston und Katharine Park" -> two authors, read as the names step reads them
    ("Emmanuel Le Roy Ladurie": family name "Le Roy Ladurie")."""
    authors = []
    for name in re.split(r"\s*(?:/|&|\band\b|\bund\b|\s(?:en|y|i|e|och|og|és|et)\s(?=\S+\s))\s*", head):
        parts = name.split()
        if not parts:
            continue
        read = parse_names(name)[0] if len(parts) > 1 else []
        if len(read) == 1:
            authors.append(read[0])
        else:
            authors.append({"family": parts[-1], "given": " ".join(parts[:-1])} if len(parts) > 1
                           else {"family": parts[0]})
    return authors


def _authors_inside_title(item: Entry, text: str) -> None:
    """"Lorraine Daston und Katharine Park, Wonders and the Order of Nature" as one title: split it.

    Without authors, a title that opens with the citation's author head and a
    comma holds the authors.
    """
    title = str(item.get("title") or "")
    head = author_head(text)
    if item.get("author") or item.get("editor") or not head:
        return
    edited = re.match(rf"{re.escape(head)}(?:\s+et\s+al\.?|\s+u\.\s?a\.)?\s*\((?:Hrsg|Hg|eds?|Eds?|dir|org|coord)\.?\),\s+(?=\S)",
                      title) if title.startswith(head) else None
    if edited and text.lstrip().startswith(head):
        # "Waas/Voss (Hrsg), Restatement of Labour Law …", "Eberling et al (Hrsg), Prekäre …": the
        # editor mark after the head makes it names, whatever their shape
        item["editor"] = _authors_of_head(re.sub(r"\s+et\s+al\.?$", "", head))
        item["title"] = title[edited.end():]
        item.pop("title-short", None)
        return
    if not title.startswith(f"{head}, "):
        return
    if not text.lstrip().startswith(head) or not (
            re.search(r"\b[A-Z]\.|/|\s(?:und|and|&)\s", head) or known_person_first(head)
            # two full names joined by another language's "and": "Jan de Vries en Ad van der Woude"
            or re.fullmatch(r"\S+\s\S.*\s(?:en|y|i|e|och|og|és|et)\s\S+\s\S.*", head)):
        # only a head that reads as names: initials, authors joined by "/", "und", "&", or a known
        # given name and a surname (a title's first words, "Hohe Autonomie, die …", "Member
        # States, one that …", look alike)
        return
    item["author"] = _authors_of_head(head)
    item["title"] = clean_title(title[len(head) + 2:])  # ("« Pour un modèle … »": its quotes go too)
    item.pop("title-short", None)


#: a locator label read as a title ("CRC, art. 24(2)(c)" -> "art"): no author comes with it
_LOCATOR_WORD = lazy_compile(r"(?i)(?:art|arts|p|pp|s|§|§§|para|paras|no|nr|vol|ch|chap|sec|fn|n|rn|rz)\.?")


def _author_before_title(item: Entry, text: str) -> None:
    """"Steinhauer, Datenschutz in Kultureinrichtungen, …, in: Specht/Mantz, …" without an author.

    When the citation opens with surnames ("Name" or "Name/Name") and a comma
    right before the item's title, and the parser found no author or editor,
    those surnames are the authors; otherwise the same work cited again with
    its author becomes a second entry.
    """
    title = str(item.get("title") or "")
    head = author_head(text)
    if (item.get("author") or item.get("editor") or not title or not head
            or item.get("type") in ("legislation", "legal_case") or _LOCATOR_WORD.fullmatch(title)
            or not text.lstrip().startswith(f"{head}, {title}")
            or not re.fullmatch(SURNAMES_BY_SLASH, head)):
        return
    item["author"] = _authors_of_head(head)


def _people_from_surface(item: Entry, text: str, title: str) -> None:
    """After a title read from the surface, undo authors and a container the parser made of it.

    "W.J. Torrance Kirby, Reason and Law, in A COMPANION TO RICHARD HOOKER 251
    (Torrance Kirby ed., 2008)": a parser that found no title has often filed
    its words as names; the author is then the text's author head, and the
    words after ", in" up to the first page or bracket are the container.
    """
    head = author_head(text)
    title_words = {w.lower() for w in re.findall(r"[^\W\d_]{3,}", title)}
    people = [p for p in item.get("author") or [] if isinstance(p, dict)]
    named = " ".join(str(p.get(k) or "") for p in people for k in ("given", "family"))
    if not head or not title_words & {w.lower() for w in re.findall(r"[^\W\d_]{3,}", named)}:
        return
    item["author"] = _authors_of_head(head)
    after = text.find(title) + len(title)
    container = re.match(r"\s*,\s*[Ii]n:?\s+(?P<c>[^,()]+?)\s*(?:\d|\(|,|$)", text[after:])
    if container and not item.get("container-title"):
        item["container-title"] = container.group("c").strip()
        item["type"] = "chapter"


#: what may stand around a reader-made citation without being a citation itself:
#: punctuation, numbers, signals, conjunctions and locator labels ("See …, at 45")
_FILLER = lazy_compile(
    r"(?i)(?:[\W\d_]+|\b(?:see|also|cf|compare|contra|accord|but|e\.?\s?g|generally|further|"
    r"especially|esp|and|or|with|in|vgl|siehe|auch|dazu|ferner|ebenso|etwa|und|oder|cfr|vd|vedi|"
    r"anche|voir|aussi|et|ou|véase|también|zie|ook|at|p|pp|s|f|ff|n|nn|fn|fol|fols|ch|chap|para|"
    r"sec|vol|no|nr|note|notes)\b)"
)


def has_own_text(text: str) -> bool:
    """Does ``text`` hold more than punctuation, numbers, signals and locator labels?"""
    return bool(_FILLER.sub("", text).strip())


#: a year: what a hand-typed full citation carries and the words after a key do not
_YEAR_IN_TEXT = lazy_compile(r"\b(?:1[4-9]\d\d|20\d\d)\b")
#: the last word of prose that leads into a citation ("as argued in", "discussed by")
_LEAD_IN = lazy_compile(r"\b(?:in|by|of|from|the|to|with|and|or|on|at|as|see|cf\.|also|esp\.)$")


def _snap(text: str, pos: int, reach: int = 12) -> int:
    """The word boundary nearest ``pos`` in ``text`` (a keyed citation's estimated place)."""
    pos = max(0, min(len(text), pos))
    for delta in range(reach + 1):
        for p in (pos - delta, pos + delta):
            if 0 <= p <= len(text) and (p in (0, len(text)) or not (
                    text[p - 1].isalnum() and text[p].isalnum())):
                return p
    return pos


def place_reader_citations(note: Note) -> list[tuple[int, int]] | None:
    """Where each reader-made citation of ``note`` stands in ``note.text``, as (start, end).

    LaTeX and Markdown readers remove keyed citations from the text: each is
    placed (zero width) where it was, from its file offset less the citations
    removed before it, moved to the nearest word boundary (the LaTeX-to-Unicode
    conversion changes lengths a little).  A DOCX field's rendered text is
    still in the note: it is found, in order, by its text.  ``None`` when some
    citation cannot be placed: the note's own text is then left alone.
    """
    text = note.text
    places: list[tuple[int, int]] = []
    removed = 0
    cursor = 0
    previous: Citation | None = None
    for cit in note.citations:
        if cit.kind == "keyed" and cit.span is not None and note.span is not None:
            at = _snap(text, cit.span[0] - note.span[0] - removed)
            at = max(at, cursor)
            removed += cit.span[1] - cit.span[0]
            places.append((at, at))
            cursor = at
        elif cit.kind != "keyed" and cit.text:
            if previous is not None and previous.text == cit.text and places and not _same_item(
                    previous, cit):
                places.append(places[-1])  # another work of the same field
            else:
                found = text.find(cit.text, cursor)
                if found < 0:
                    return None
                places.append((found, found + len(cit.text)))
                cursor = found + len(cit.text)
        else:
            return None
        previous = cit
    return places


#: the punctuation a consumed connector may leave behind ("", ",", "; ", "–")
_PREFIX_PUNCTUATION = " \t,;:.–—-"


def clean_prefix(prefix: str | None) -> str | None:
    """A signal or lead-in as the citation keeps it: None when nothing but punctuation is left.

    Connectors ("and", "; see also") are consumed by the splitter; what may remain of them
    is no prefix, and an empty string would read as one in the JSON output.
    """
    if prefix is None or not prefix.strip(_PREFIX_PUNCTUATION):
        return None
    return prefix


def _same_item(a: Citation, b: Citation) -> bool:
    items = [c.parsed.item if c.parsed is not None else {} for c in (a, b)]
    return bool(items[0]) and items[0] == items[1]


class _Builder:
    def __init__(self, doc: Document, parse: Parser) -> None:
        self.doc = doc
        self.parse = parse
        self.bib = _Bibliography(doc)
        self.prev_entry: Entry | None = None
        #: the author of the previous citation of any kind, as far as known before
        #: resolution: an entry's full name, or the surname of a short form
        self.prev_author: list[dict[str, str]] = []
        #: the archival file the note's previous citation named: a bare shelf-mark after it
        #: ("…, d. 12, l. 5; d. 14, l. 7") is a file of the same archive
        self.note_file: Entry | None = None
        #: the newspaper the note's previous citation named by its issue's date: a bare date after it
        #: ("New York Times, 3 April 1938, 1; 5 April 1938, 12") is another issue of the same paper
        self.note_paper: str | None = None
        #: the archival file the previous citation (of any note) named: "Ibid., SNP 10/3 211p/1915" after
        #: it is another file of the same archive
        self.last_file: Entry | None = None

    def diag(self, code: str, message: str, note: Note, raw: str, severity: str = "warning") -> None:
        self.doc.diagnostics.append(Diagnostic(
            code, f"note {note.number}: {message}", path=note.path or self.doc.path, line=note.line,
            severity="error" if severity == "error" else "warning", raw=raw,
        ))

    def note(self, note: Note) -> None:
        self.note_file = None
        self.note_paper = None
        if note.citations:
            self.mixed_note(note)
            return
        note.citations = self.hand_typed(note, note.text, 0)

    def hand_typed(self, note: Note, text: str, offset: int) -> list[Citation]:
        """The citations of hand-typed ``text``, which starts at ``offset`` of the note's text."""
        out: list[Citation] = []
        for piece in split_note(text):
            piece = self.same_author_classic(piece, out)
            paper = self.paper_repeat(piece.text) if piece.is_commentary else None
            if paper is not None:
                # "Cmd. 6655, 14" after "Report of the Commission on Higher Education …, Cmd. 6655 (…)": the
                # paper cited again by its number alone
                cit = Citation(id=paper, kind="short", prefix=clean_prefix(piece.prefix), text=piece.text,
                               span=(piece.start + offset, piece.end + offset))
                pin = find_pinpoint(piece.text)
                if pin is not None:
                    cit.locator, cit.label = stored_locator(pin.value), pin.label
                out.append(cit)
                continue
            if piece.is_commentary:
                continue
            if not note.number and not out and piece.kind in ("full", "short") and is_fragment(piece.text):
                # kept as an unparsed full citation: the resolver must not read it as a short form
                out.append(Citation(id=None, kind="full", prefix=clean_prefix(piece.prefix), text=piece.text,
                                    span=(piece.start + offset, piece.end + offset)))
                self.diag("X503", "the rest of a citation whose start was not found; kept as text",
                          note, piece.text)
                continue
            if self.note_paper and piece.prefix is None and _ISSUE_ONLY.fullmatch(piece.text.strip()):
                piece = Piece(piece.text, piece.start, piece.end, piece.prefix, piece.info, author=self.note_paper)
            cit = self.citation(note, piece)
            entry = self.bib.get(cit.id) if cit.kind == "full" else None
            issue = _PAPER_ISSUE.match(piece.text)
            newspaper = bool(entry and entry.get("type") == "article-newspaper")
            self.note_paper = (piece.author or (issue["paper"] if issue else None)) if newspaper else None
            self.note_file = entry if entry and entry.get("type") == "manuscript" and entry.get(
                "archive_location") else None
            if cit.kind != "ibid" or cit.id is not None:  # (a bare "Ibid." repeats the file before)
                self.last_file = self.bib.get(cit.id) if cit.kind in ("full", "ibid") else None
                if self.last_file is not None and not self.last_file.get("archive_location"):
                    self.last_file = None  # (a letter in an archive has its file too: "Lugard to …, TNA, CO 446/52")
            if cit.kind == "ibid":
                self.note_file = self.last_file  # "Ibid., fols. 3–5; CO 533/351": the next file of its archive
            if offset and cit.span is not None:
                cit.span = (cit.span[0] + offset, cit.span[1] + offset)
            out.append(cit)
        return out

    def paper_repeat(self, text: str) -> str | None:
        """The one parliamentary paper cited before whose number ``text`` repeats with a page ("Cmd. 6655,
        14"), else None."""
        stripped = text.strip().rstrip(".")
        number = PAPER_NUMBER.match(stripped)
        pin = find_pinpoint(stripped)
        if number is None or (number.end() < len(stripped) and (pin is None or pin.start < number.end())):
            return None
        if pin is not None and stripped[number.end(): pin.start].strip(" ,"):
            return None  # (more than the number and the page: a citation of its own)
        key = re.sub(r"\W", "", number.group(0)).lower()
        found = [k for k, e in self.bib.by_id.items() if re.sub(r"\W", "", str(e.get("number") or "")).lower() == key]
        return found[0] if len(found) == 1 else None

    def same_author_classic(self, piece: Piece, before: list[Citation]) -> Piece:
        """"Augustine, Confessions 7.10.16; De trinitate 15.12.21": after a classic work of the note, a
        title and its divisions alone cite another work of the same author."""
        if piece.prefix is not None or piece.kind not in ("commentary", "short") or not before:
            return piece
        entry = self.bib.get(before[-1].id)
        people = (entry or {}).get("author") or []
        if not entry or entry.get("type") != "classic" or len(people) != 1 or classify(piece.text).author:
            return piece
        person = people[0]
        name = person.get("literal") or " ".join(filter(None, (person.get("given"), person.get("family"))))
        numbered = numbered_work(f"{name}, {piece.text}") if name else None
        if numbered is None:
            return piece
        pinpoint = Pinpoint(numbered.locator, numbered.label, max(piece.text.rfind(numbered.locator), 0))
        return Piece(piece.text, piece.start, piece.end, None, Classification("full", pinpoint=pinpoint), author=name)

    def mixed_note(self, note: Note) -> None:
        """Reader-made citations, and the hand-typed text between them, in the note's order."""
        places = place_reader_citations(note)
        if places is None:
            for cit in note.citations:
                self.keep_reader_citation(cit)
            return
        merged: list[Citation] = []
        cursor = 0
        previous: Citation | None = None
        for cit, (start, end) in zip(list(note.citations), places, strict=True):
            if start > cursor and previous is not None and previous.kind == "keyed":
                cursor = self.key_continuation(note, previous, cursor, start)
            if start > cursor:
                if cit.prefix is None and cit.kind != "keyed":
                    # "See " typed before a Zotero field (found by its text, so placed exactly;
                    # readers set keyed citations' signals from the source themselves)
                    cit.prefix = trailing_signal(note.text[cursor:start])
                merged.extend(self.own_text(note, cursor, start, leads_in=True))
            self.keep_reader_citation(cit)
            merged.append(cit)
            cursor = max(cursor, end)
            previous = cit
        if previous is not None and previous.kind == "keyed":
            cursor = self.key_continuation(note, previous, cursor, len(note.text))
        merged.extend(self.own_text(note, cursor, len(note.text)))
        note.citations = merged

    def key_continuation(self, note: Note, key: Citation, start: int, end: int) -> int:
        """Where the note's own text resumes after the words that go on a keyed citation.

        "\\citetitle{walton2011}, “Appendix B”, 301–3; …": what follows the key after a
        comma, up to the next ";", belongs to it (its suffix) and is no work of its own --
        unless it carries a year, the mark of a full citation typed by hand.
        """
        segment = note.text[start:end]
        if not segment.lstrip().startswith(","):
            return start
        head = segment.split(";", 1)[0]
        words = head.strip(" .,;:")
        if not has_own_text(words) or _YEAR_IN_TEXT.search(words):
            return start
        if key.suffix is None:
            key.suffix = words
        return start + len(head)

    def own_text(self, note: Note, start: int, end: int, leads_in: bool = False) -> list[Citation]:
        """Citations in the note's own text between two reader-made ones (none in mere filler).

        ``leads_in``: a reader-made citation follows the text.
        """
        segment = note.text[start:end]
        if not has_own_text(segment) or trailing_signal(segment) == segment.strip(" .,;:"):
            return []
        lead = len(segment) - len(segment.lstrip(" .,;:"))  # the end of the citation before
        body = segment
        signal = trailing_signal(segment.rstrip(" .,;:"))
        if signal and segment.rstrip(" .,;:").endswith(signal):
            # "…, p. 12; voir aussi \cite{x}": the signal belongs to the reader-made citation
            # after it (which the reader gave it as prefix), not to the hand-typed text
            body = segment.rstrip(" .,;:")[: -len(signal)]
        if leads_in and _LEAD_IN.search(body.rstrip(" .,;:")):
            # "See the summary in \autocite{x}": prose that introduces the citation after it;
            # no citation ends in "in", "by" or "the"
            return []
        return self.hand_typed(note, body[lead:], start + lead)

    def keep_reader_citation(self, cit: Citation) -> None:
        self.last_file = None
        if cit.parsed is not None and cit.kind != "keyed" and _has_work(cit.parsed.item):
            cit.id, _ = self.bib.add(cit.parsed.item)
            self.prev_entry = self.bib.get(cit.id)
            self.prev_author = _people(self.prev_entry)

    def citation(self, note: Note, piece: Piece) -> Citation:
        remark = None
        parallel = _PARALLEL_TAIL.search(piece.text) if piece.info.kind != "commentary" else None
        if parallel and find_pinpoint(piece.text[: parallel.start()]) is not None:
            # "…, 2:16–17 (AT 7:24–25)", "De trinitate 15.17.29 (CCSL 50A:503)": the same place in a
            # standard edition, after the pinpoint -- the citation's suffix, not its locator
            remark = parallel.start()
        if piece.info.kind != "commentary" and remark is None:
            catalogue = _CATALOGUE_TAIL.search(piece.text)
            if catalogue and find_pinpoint(piece.text[: catalogue.start()]) is not None:
                # "…, 203–4, cat. no. 54": the catalogue's entry on the work, after the page cited --
                # a remark the pinpoint must not swallow (the page stays the locator)
                remark = catalogue.start()
        if piece.info.kind != "commentary" and remark is None:
            remark = explanatory_parenthetical(piece.text)
            if remark is None:
                remark = trailing_clause(piece.text)
        suffix = None
        if remark is not None:
            # "Horwitz, supra note 1, at 35 (discussing the writ system)": the gloss is the
            # citation's suffix; the source and its pinpoint are read without it
            suffix = piece.text[remark:].strip(" .;,")
            cited = piece.text[:remark].rstrip()
            piece = Piece(cited, piece.start, piece.start + len(cited), piece.prefix, classify(cited),
                          author=piece.author)
        info = piece.info
        kind = info.kind
        cit = Citation(id=None, kind="full" if kind == "commentary" else kind,
                       prefix=clean_prefix(piece.prefix), text=piece.text, span=(piece.start, piece.end))
        if suffix is not None:
            cit.suffix = suffix
        shelf_mark = (continuation_location(piece.text)
                      if kind == "full" and self.note_file is not None and piece.prefix is None else None)
        if shelf_mark is not None and self.note_file is not None:
            self.next_file(self.note_file, shelf_mark, cit, info)
            return cit
        after_ibid = _IBID_THEN.match(piece.text) if kind == "ibid" and self.last_file is not None else None
        shelf_mark = continuation_location(piece.text[after_ibid.end():]) if after_ibid else None
        if shelf_mark is not None and self.last_file is not None:
            # "Ibid., SNP 10/3 211p/1915" after "NAK, SNP 7/10, 3425/1909": the same archive, another file
            # (a leaf alone, "Ibid., fol. 47", is no shelf-mark: the file before, at another leaf)
            self.next_file(self.last_file, shelf_mark, cit, info)
            return cit
        scripture = scripture_reference(piece.text) if kind == "full" else None
        if scripture is not None and info.pinpoint is not None:
            # "Genesis 9:25-27": no parser needed, and every verse of a book cites one work
            cit.id, _ = self.bib.add({"type": "book", "title": scripture.book.rstrip(".")})
            cit.locator, cit.label = info.pinpoint.value, info.pinpoint.label
            self.prev_entry = self.bib.get(cit.id)
            self.prev_author = []
            return cit
        rabbinic = rabbinic_reference(piece.text) if kind == "full" else None
        if rabbinic is not None:
            # "b. Sanhedrin 37a", "Mishneh Torah, Hilkhot Teshuvah 3:4": complete by convention, one entry per
            # tractate (in its corpus), midrash or code, whatever folio or section is cited -- the parser's entry
            work: Entry = rabbinic.item()
            cit.id, _ = self.bib.add(work)
            cit.locator, cit.label = rabbinic.locator, rabbinic.label
            self.prev_entry = self.bib.get(cit.id)
            self.prev_author = list(work.get("author") or [])
            return cit
        reference = reference_entry(piece.text) if kind == "full" else None
        if reference is not None:
            # "EI², s.v. “Madrasa”": every headword cites the one reference work, the headword the locator
            work = {"type": "book", "title": reference.work}
            if reference.edition:
                work["edition"] = reference.edition
            cit.id, _ = self.bib.add(work)
            cit.locator, cit.label = reference.headword, "sub-verbo"
            self.prev_entry = self.bib.get(cit.id)
            self.prev_author = []
            return cit
        repeat_of = self.classic_repeat(piece.text) if kind in ("short", "full") else None
        if repeat_of is not None:
            # "Locke, Essay 2.27.10" after "John Locke, An Essay Concerning Human Understanding, ed. …
            # (Oxford, 1975), 2.27.9": the edition cited in full before, by its short title and divisions
            cit.kind, cit.id, (cit.locator, cit.label) = "short", repeat_of[0], repeat_of[1]
            return cit
        if kind == "short" and (_cites_the_canon(piece.text) or _HADITH_BY_NUMBER.search(piece.text)):
            # "Augustine, Confessions 8.12.29": a classical work by its numbering is complete by
            # convention, as the parser reads it (``citekit.normalize.classical``)
            kind = cit.kind = "full"
        ancient = (_ancient_source(f"{piece.author}, {piece.text}" if piece.author else piece.text)
                   if kind == "full" else None)
        repeat = self.full_name_repeat(piece.text) if ancient is not None and not piece.author else None
        if repeat is not None and (self.bib.get(repeat) or {}).get("type") != "classic":
            # "Sima Guang, Zizhi tongjian, 194.6102" after "Sima Guang, Zizhi tongjian (Beijing: …, 1956),
            # 192.6031": a juan and page of the edition cited before, not a classic of its own
            cit.kind, cit.id = "short", repeat
            pin = find_pinpoint(piece.text)
            if pin is not None:
                cit.locator, cit.label = stored_locator(pin.value), pin.label
            return cit
        if ancient is not None:
            # "IG I³ 1453", "Thuc. 2.40.1", "Plato, Republic 557a–b": an inscription, a papyrus or a
            # classical work by its siglum, abbreviations or canonical numbering -- complete as cited,
            # with no imprint for the parser to read
            entry, pinpoint = ancient
            numbered = numbered_work(piece.text)
            if numbered is not None and numbered.parallel and not cit.suffix:
                cit.suffix = numbered.parallel  # "(CCSL 50A:503)": the same place in a standard edition
            cit.id, _ = self.bib.add(entry)
            if pinpoint is not None:
                cit.locator, cit.label = stored_locator(pinpoint.value), pinpoint.label
            self.prev_entry = self.bib.get(cit.id)
            self.prev_author = list(entry.get("author") or [])
            return cit
        # "Iskandar Beg, Tārīkh-i ʿālam-ārā, 1:260": a name in full looked like a first citation, but author and
        # title are a work cited before, and nothing beyond them is given; "Paradise Lost, 4.299", "Henslowe's
        # Diary, 96": a title that looked like a person's name, and a pinpoint -- the title of a work cited before
        repeat = (self.full_name_repeat(piece.text) or self.title_repeat(piece.text)) if kind == "full" else None
        if repeat is not None:
            cit.kind, cit.id = "short", repeat
            pin = find_pinpoint(piece.text)
            if pin is not None:
                cit.locator, cit.label = stored_locator(pin.value), pin.label
            return cit
        if kind == "idem" and info.rest and self.idem_classic(cit, info.rest):
            return cit
        if kind == "full" or (kind == "idem" and info.rest and info.title is None):
            self.full(note, piece, cit, info)
            return cit
        if info.pinpoint is not None:
            cit.locator, cit.label = stored_locator(info.pinpoint.value), info.pinpoint.label
        if piece.author and kind == "short" and info.title:
            # "As Kemp rightly observes (Rural Unrest, 91)": the sentence names the author
            cit.id = self.bib.short_form(piece.author, info.title)
        if info.author:  # "Teubner, a.a.O.": an "Idem" next refers to Teubner
            self.prev_author = [self.bib.person(name) or {"family": name} for name in _surnames(info.author)]
        return cit

    def idem_classic(self, cit: Citation, rest: str) -> bool:
        """"Ders., Philosophische Untersuchungen, § 43" after "Wittgenstein, Tractatus …, 5.6": another
        work of the author just cited, by its own divisions -- a new classic entry (True), else False."""
        if self.prev_entry is None or self.prev_entry.get("type") != "classic" or len(self.prev_author) != 1:
            return False
        name = _name_of(self.prev_author)
        numbered = numbered_work(f"{name}, {rest}", sections=True) if name else None
        if numbered is None:
            return False
        work: Entry = {"type": "classic", "author": [dict(self.prev_author[0])], "title": numbered.title}
        if numbered.edition:
            work["container-title"], work["volume"] = numbered.edition, numbered.volume
        cit.id, _ = self.bib.add(work)
        cit.locator, cit.label = stored_locator(numbered.locator), numbered.label
        self.prev_entry = self.bib.get(cit.id)
        return True

    def classic_repeat(self, text: str) -> tuple[str, tuple[str, str]] | None:
        """The earlier edition (a parsed full citation, not a bare classic) that "Author, Short title
        divisions" repeats, with the locator; None when the text is no such citation or names no earlier
        edition by that author whose title opens with the short one (and is longer)."""
        numbered = numbered_work(text)
        if numbered is None or numbered.edition:
            return None
        key = self.bib.short_form(numbered.author, numbered.title)
        if key is None and re.fullmatch(r"[A-Z][A-Za-z]{0,2}[A-Z]", numbered.title):
            # "Kant, KrV, A 107" after "Immanuel Kant, Kritik der reinen Vernunft, …": the title by its initials
            family = fold(numbered.author).split()[-1:]
            found = [k for k, e in self.bib.by_id.items() if family and family[0] in self.bib._families(e)
                     and initials_of(numbered.title, str(e.get("title") or ""))]
            key = found[0] if len(found) == 1 else None
            entry = self.bib.get(key)
            return (key, (stored_locator(numbered.locator), numbered.label)) if key and entry else None
        entry = self.bib.get(key)
        if key is None or entry is None or entry.get("type") == "classic":
            return None
        if title_tokens(str(entry.get("title") or "")) == title_tokens(numbered.title) and not entry.get("collection-title"):
            # (a work cited whole again, "Gregory of Tours, Decem libri historiarum, V.14", repeats an edition in a
            # series cited before, "…, ed. Krusch and Levison, MGH SS rer. Merov. 1.1 (Hanover, 1951), II.31")
            return None
        return key, (stored_locator(numbered.locator), numbered.label)

    def full_name_repeat(self, text: str) -> str | None:
        """The work cited before that ``text`` repeats by its author's name in full, its title cut
        short and a pinpoint (:meth:`_Bibliography.repeated_by_full_name`), else None."""
        head = author_head(text)
        if " " not in head or not all(_NAME_WORD.fullmatch(word) for word in head.split()):
            return None  # (a person's name, not an archive's siglum: "StA Lübeck, Ämterbuch, fol. 13r")
        if has_publication_facts(text) or archival_file(text) is not None:
            return None
        start = text.find(head)
        pin = find_pinpoint(text)
        end = pin.start if pin is not None and pin.start > start else len(text)
        title = text[start + len(head): end].strip(" ,.;:‘’“”\"'«»")
        return self.bib.repeated_by_full_name(head, title) if title else None

    def title_repeat(self, text: str) -> str | None:
        """The one earlier work whose title is (else opens with) the whole of ``text`` before its pinpoint:
        a title cited again with nothing but a place in it.  An exact title wins over a longer one
        ("Hamlet" the play over "'Hamlet' without Hamlet"); an archival file is cited in full each time."""
        pin = find_pinpoint(text)
        if pin is None or pin.start == 0 or has_publication_facts(text) or archival_file(text) is not None:
            return None
        tokens = title_tokens(text[: pin.start])
        if not tokens or len(tokens) > 8:
            return None
        titles = {key: title_tokens(str(entry.get("title") or "")) for key, entry in self.bib.by_id.items()}
        for found in ([k for k, t in titles.items() if t == tokens],
                      [k for k, t in titles.items() if t[: len(tokens)] == tokens]):
            if found:
                return found[0] if len(found) == 1 else None
        return None

    def next_file(self, previous: Entry, shelf_mark: str, cit: Citation, info: Classification) -> None:
        """A bare shelf-mark after a file: the same archive (and collection), the levels it elides."""
        item: Entry = {"type": "manuscript", "archive_location": inherit_location(
            str(previous["archive_location"]), shelf_mark)}
        item.update({key: previous[key] for key in ("archive", "archive_collection", "archive-place", "language")
                     if previous.get(key)})
        if info.pinpoint is not None:
            cit.locator, cit.label = stored_locator(info.pinpoint.value), info.pinpoint.label
        cit.id, _ = self.bib.add(item)
        self.prev_entry = self.bib.get(cit.id)
        self.prev_author = []

    def full(self, note: Note, piece: Piece, cit: Citation, info: Classification) -> None:
        text = piece.text
        if piece.author:
            # the name the sentence gave before the title: "As Helen Marsh argues in The Quiet Republic …"
            text = f"{piece.author}, {text}"
        if cit.kind == "idem" and info.rest:
            # the parser reads "Schreiber und Richter: …" after "Idem," as authors; give it the
            # name the author wrote "Idem" for, so it sees an ordinary "Name, Title, …"
            name = _name_of(self.prev_author)
            text = f"{name}, {info.rest}" if name else info.rest
        # "gen. ed. Gary Taylor", "gen. eds David Bevington, …": the parser reads the role itself, but the tagger,
        # which has seen "ed." before editors far more often, places the spans better without "gen."
        text = _GENERAL_EDITORS.sub("ed.", text)
        same_edition = IBID_AFTER_TITLE.match(text) if self.prev_entry and not self.prev_entry.get("archive") else None
        if same_edition is not None:
            text = text[: same_edition.end("work")] + text[same_edition.end("ibid"):]  # (the parser reads the rest)
        try:
            parsed = self.parse(text, prev=self.prev_entry)
        except Exception as exc:  # the parser's bug must not lose the note
            self.diag("X502", f"the parser failed on this citation ({type(exc).__name__}: {exc})",
                      note, piece.text, "error")
            return
        cit.parsed = parsed
        item = dict(parsed.item)
        author_date = _AUTHOR_DATE_ONLY.fullmatch(text.strip().rstrip("."))
        if author_date:
            # "Orme 2001, 12", "Holloway 1998: 45": the author, the year and the page, nothing else to read
            item = {"type": item.get("type") or "book",
                    "author": [{"family": name} for name in re.split(r"\s+(?:and|und|et|&)\s+", author_date["names"])],
                    "issued": {"date-parts": [[int(author_date["year"])]]}}
        if cit.kind == "idem" and self.prev_author:
            item["author"] = [dict(p) for p in self.prev_author]
        elif (self.prev_author and "author" not in item and "editor" not in item and cit.prefix
              and TRANSLATION_LINK.fullmatch(cit.prefix)):
            # "… [Eng. trans. Montaillou: Cathars and Catholics (London, 1978), 32]": the translation's
            # author is the original's (its translator, when named, is read from the text)
            item["author"] = [dict(p) for p in self.prev_author]
        complete_item(item, text)
        if same_edition is not None and self.prev_entry is not None:
            # "…, ibid., c. 44": the edition, its series, editor and imprint, are the work's cited before
            for key in ("editor", "collection-title", "collection-number", "container-title", "volume",
                        "publisher", "publisher-place", "issued"):
                if self.prev_entry.get(key):
                    item[key] = self.prev_entry[key]
        if self.last_file is not None and _IN_THE_FILE_BEFORE.search(piece.text) and not item.get("archive_location"):
            # "Lord Curzon to Lord George Hamilton, 19 Sept. 1901, ibid.": another document of the file just cited
            if fold(str(item.get("archive_collection") or "")).strip(". ") == "ibid":
                item.pop("archive_collection")
            item.update({key: self.last_file[key] for key in (
                "archive", "archive-place", "archive_collection", "archive_location") if self.last_file.get(key)})
        issue = _PAPER_ISSUE.fullmatch(text.strip())
        if issue and item.get("type") != "article-newspaper" and not item.get("container-title") and (
                _NEWSPAPER_WORD.search(issue["paper"])):
            # "Clarion-Ledger (Jackson), 5 July 1964": a paper's issue, not a person's undated book
            paper = re.fullmatch(r"(?P<name>.+?)(?:\s+\((?P<place>[^()]+)\))?", issue["paper"])
            assert paper is not None
            item = {"type": "article-newspaper", "container-title": paper["name"],
                    **({"publisher-place": paper["place"]} if paper["place"] else {}),
                    **({"issued": item["issued"]} if item.get("issued") else {})}
        if not _has_work(item) and _described_link(item, piece.text):
            item["type"] = "webpage"  # "the online edition at https://…", "the database at https://…"
        if not _has_work(item) and not _described_link(item, piece.text):
            self.diag("X501", "could not read a work from this citation; kept as text", note, piece.text)
            return
        if reads_as_prose(item, piece.text):
            self.diag("X504", "reads as a sentence, not a work (no author, date or number); kept as text",
                      note, piece.text)
            return
        inner = _pinpoint_inside_pages(item)
        after_pages = None if inner else _PINPOINT_AFTER_PAGES.search(piece.text.strip())
        if after_pages:
            # "…, pp. 145-170, a p. 150": the page cited, and the article's range the parser left in the locator
            inner = (after_pages.group("pin"), "page")
            if not item.get("page") and item.get("type") != "book" and re.search(r"[-–]", after_pages.group("pages")):
                item["page"] = after_pages.group("pages")  # (a first page alone, "p. 20, spéc. p. 25", is no range)
        if author_date and author_date["page"]:
            inner = (author_date["page"], "page")
        cit.locator, cit.label = inner if inner else _choose_locator(piece, parsed, item)
        lot = re.fullmatch(r"(?:lots?|Los|lotto|lote)\.?\s+(?P<number>\d+[a-z]?(?:\s*[-–]\s*\d+)?)", cit.locator or "")
        if lot is not None:
            # "…, sale cat., Christie's, London, 7 July 2015, lot 14": the lot is the sale catalogue's number
            cit.locator, cit.label = lot["number"], "number"
        if item.get("type") == "graphic" and cit.label in ("number", "page", None):
            # a work of art is cited whole: its inventory number names the object, no place in it
            cit.locator = cit.label = None
        if cit.locator and _AUTHOR_DATE_HEAD.match(piece.text):
            # "Hansen 1991, 150–52": the range in full, as the same citation's repeats store it
            cit.locator = stored_locator(cit.locator)
        if cit.locator and cit.locator in str(item.get("note") or "") and re.fullmatch(
                r"(?:tu|zde|här|aquí|aqui|here|hier|at)\s+(?:pp?\.|S\.|s\.)?\s*" + re.escape(cit.locator) + r"\.?",
                str(item.get("note") or "")):
            item.pop("note")  # "tu s. 10": the pinpoint, which the parser also kept as a note
        _pinpoint_read_as_volume(item, piece.text, cit.locator)
        siglum = _SIGLUM_HEAD.match(piece.text.strip())
        if cit.locator is None and siglum and item.get("container-title") == siglum.group("siglum"):
            cit.locator, cit.label = siglum.group("page"), "page"  # "RW 298, Position …": page 298 of RW
        if parsed.suffix and not cit.suffix and not _is_locator(parsed.suffix, cit.locator):
            cit.suffix = parsed.suffix
        if parsed.prefix and not cit.prefix and not (
                item.get("title") and fold(str(item["title"]))[:30] in fold(parsed.prefix)):
            # (not a lead-in that holds the work's own title: "Dürer. Kunst – Künstler – Kontext, Ausst.-Kat. …")
            cit.prefix = clean_prefix(parsed.prefix)
        cit.id, known = self.bib.add(item)
        if known and not item.get("title") and self.bib.identity(item) is None:
            cit.kind = "short"  # an author-date repeat ("Hagenloh 2009, 6")
        elif known and cit.kind == "full" and _bare_repeat(piece.text, str((self.bib.get(cit.id) or {}).get("title") or "")):
            # "Domínguez Ortiz, La sociedad española, p. 120": a two-word surname looked like a given
            # name and a surname, but the work was cited before and nothing beyond a title is given
            cit.kind = "short"
        self.prev_entry = self.bib.get(cit.id)
        self.prev_author = _people(self.prev_entry)
        for diag in parsed.diagnostics:
            diag.path = note.path or self.doc.path
            if diag.line is None:
                diag.line = note.line
            self.doc.diagnostics.append(diag)


#: a document described and dated, then "ibid." for the file that holds it: "…, 19 Sept. 1901, ibid., fol. 5"
_IN_THE_FILE_BEFORE = lazy_compile(rf"{_DOCUMENT_DATE},\s+(?i:ibid(?:em)?)\.?(?:,\s+[^,;]{{1,30}})?\.?\s*$")
#: "Ibid., " and what follows it: a new shelf-mark, or a leaf of the file before
_IBID_THEN = lazy_compile(r"\s*(?i:ibid(?:em)?|ib|ibíd(?:em)?)\.?,\s+")
#: a word of a person's name: a capital, then small letters ("Iskandar", "Çelebi", "ʿAlī", "al-Dīn")
_NAME_WORD = lazy_compile(r"(?:(?:al|el)-)?[ʿʾ]?[A-ZÀ-ÖØ-ÞĀ-ŽḀ-ỿ][a-zß-ÿā-žḁ-ỿʿʾ'’-]+|b\.|ibn|bin|bint")


def _bare_repeat(text: str, known_title: str) -> bool:
    """Author, title and pinpoint only, no imprint: a short form (not an archival file or a legal source,
    which are cited in full every time).  Years of the known work's title ("Nederland 1500-1815")
    are no imprint."""
    head = author_head(text)
    pin = find_pinpoint(text)
    # persons' names ("Domínguez Ortiz", "De Vries en Van der Woude"), not an archive's siglum ("StA Lübeck")
    person = bool(head) and all(
        re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+|de|da|do|dos|del|der|den|la|van|von|en|y|i|e|och|og", w)
        for w in head.split())
    bare = re.sub(r"\d{4}", lambda m: "" if m.group(0) in known_title else m.group(0), text)
    return (person and (pin is None or pin.label == "page") and not has_publication_facts(bare)
            and archival_file(text) is None and legal_source_type(text) is None and reported_decision(text) is None)


def _keyed_entries(doc: Document) -> None:
    """The works of keyed citations whose entries the reader found in the author's bibliography
    files: entries under their own keys, known before any note is read, so that a work typed out by
    hand in a note links to the author's entry rather than making a second one."""
    known = {str(entry.get("id")) for entry in doc.entries}
    for note in doc.notes:
        for cit in note.citations:
            if cit.kind == "keyed" and cit.id and cit.parsed is not None and cit.parsed.item and cit.id not in known:
                doc.entries.append({**cit.parsed.item, "id": cit.id})
                known.add(cit.id)


def build_document(doc: Document, parse: Parser | None = None) -> Document:
    """Fill ``doc.entries`` and each note's citations from the notes' text; resolve them."""
    _keyed_entries(doc)
    builder = _Builder(doc, parse or _load_parser())
    for note in doc.notes:
        builder.note(note)
        for cit in note.citations:
            cit.prefix = clean_prefix(cit.prefix)
    merge_bare_periodical_cites(doc)
    resolve_document(doc)
    _archival_labels(doc)
    return doc


#: what a locator label means in an archival file: "l. 87"/"ll. 85–86" are leaves (Russian
#: *list*/*listy*), "n. 14" a document's number -- not lines or a footnote
_ARCHIVAL_LABEL = {"line": "folio", "note": "number"}


def _archival_labels(doc: Document) -> None:
    """Relabel the locators of citations of archival files ("Ibid., l. 87" after an archive's file)."""
    manuscripts = {str(e["id"]) for e in doc.entries
                   if e.get("type") == "manuscript" and e.get("archive_location")}
    for note in doc.notes:
        for cit in note.citations:
            if cit.id in manuscripts and cit.label in _ARCHIVAL_LABEL:
                cit.label = _ARCHIVAL_LABEL[cit.label]


def merge_bare_periodical_cites(doc: Document) -> None:
    """A periodical cite without a title is the same work as the titled one it matches anywhere.

    German legal writing often cites an article by periodical, year and page
    alone ("Rebhahn, EuZA 2010, 80") and gives its title elsewhere, sometimes
    later ("Rebhahn, Die Zukunft der Kollektivautonomie, EuZA 2010, 80").
    When exactly one titled work has the same authors, periodical and year,
    the bare entry is dropped and its citations point at that work.  The
    first page tells works of one author, periodical and year apart ("Rebhahn,
    EuZA 2011, 295" is the article printed from page 295, not the one from
    page 143): a work whose first page is the cite's page wins, and a work
    that starts after the page cited is not it.
    """
    def key(entry: Entry) -> tuple[frozenset[str], str, str]:
        return (_Bibliography._families(entry), _periodical_key(str(entry.get("container-title") or "")),
                _Bibliography._year(entry))

    first_pages = _first_pages(doc)
    titled: dict[tuple[frozenset[str], str, str], list[str]] = {}
    for entry in doc.entries:
        if entry.get("title") and entry.get("container-title"):
            titled.setdefault(key(entry), []).append(str(entry["id"]))
    replace: dict[str, str] = {}
    for entry in doc.entries:
        if entry.get("title") or not entry.get("container-title") or entry.get("type") != "article-journal":
            continue
        families, container, year = key(entry)
        works = titled.get((families, container, year), [])
        bare = first_pages.get(str(entry["id"]), set())
        if bare:
            same_page = [w for w in works if first_pages.get(w, set()) & bare]
            # else a page inside an article ("Pačić, EuZA 2009, 60" of the article from page 47),
            # never one before its start
            works = same_page or [w for w in works if not first_pages.get(w)
                                  or min(map(int, first_pages[w])) <= min(map(int, bare))]
        if families and container and year and len(works) == 1:
            replace[str(entry["id"])] = works[0]
    if not replace:
        return
    doc.entries[:] = [e for e in doc.entries if str(e["id"]) not in replace]
    cited: set[str] = set()
    for note in doc.notes:
        for cit in note.citations:
            if cit.id in replace:
                cit.id = replace[cit.id]
                if cit.id in cited and cit.kind == "full":
                    cit.kind = "short"  # a title-less repeat of a work cited before, as in _Builder.full
            if cit.id:
                cited.add(cit.id)


def _periodical_key(container: str) -> str:
    """A periodical's name for comparison; a supplement's abbreviation varies ("RdA-Beilage", "RdA-Blg").

    Only for abbreviations (a short first word with two capitals): "Journal of X"
    and "Journal of Y" stay apart.
    """
    words = fold(container).split()
    first = re.split(r"[\s-]", container.strip(), maxsplit=1)[0]
    if len(words) > 1 and len(first) <= 6 and sum(ch.isupper() for ch in first) >= 2:
        return f"{words[0]} supplement"
    return " ".join(words)


def _first_pages(doc: Document) -> dict[str, set[str]]:
    """Each periodical article's first page as its citations print it ("EuZA 2011, 295 (304)" -> 295)."""
    pages: dict[str, set[str]] = {}
    by_id = {str(e["id"]): e for e in doc.entries}
    for note in doc.notes:
        for cit in note.citations:
            entry = by_id.get(str(cit.id))
            container = str(entry.get("container-title") or "") if entry else ""
            if not container or cit.kind not in ("full", "short") or container not in cit.text:
                continue
            at = cit.text.find(container)
            while at >= 0:  # (each mention of the periodical, then its year and page: no pattern per title)
                match = _YEAR_THEN_PAGE.match(cit.text, at + len(container))
                if match:
                    pages.setdefault(str(cit.id), set()).add(match.group(1))
                at = cit.text.find(container, match.end() if match else at + 1)
    return pages


#: after a periodical's title in a citation, its year and the article's first page: ", 2011, 295"
_YEAR_THEN_PAGE = lazy_compile(r",?\s+(?:\d{1,3}/)?(?:1[89]|20)\d\d(?:/\d{1,4})?,\s*(?:S\.\s*)?(\d+)")


def extract_text(text: str, path: str = "-", *, fmt: str | None = None, notes_mode: bool = False) -> Document:
    """Extract from a document's text (or bytes already decoded) named ``path``."""
    if notes_mode:
        doc = Document(path=path, notes=notes_from_lines(text))
        return build_document(doc)
    return extract_bytes(text.encode("utf-8"), path, fmt=fmt)


def extract_bytes(data: bytes, path: str = "-", *, fmt: str | None = None) -> Document:
    """Extract from the raw bytes of a document (PDF, DOCX, text …)."""
    from citekit.readers import read_document

    result = read_document(path, data, fmt=fmt)
    doc = Document(path=path, source=dict(result.source), notes=list(result.notes),
                   diagnostics=list(result.diagnostics))
    return build_document(doc)


def extract_path(path: str, *, fmt: str | None = None, notes_mode: bool = False) -> Document:
    """Extract from the file at ``path`` (``-`` is standard input)."""
    if notes_mode:
        from citekit.errors import InputError
        from citekit.textio import read_text

        try:
            text, diags = read_text(path)
        except (InputError, OSError) as exc:
            return Document(path=path, diagnostics=[Diagnostic(
                "X001", f"cannot read file: {getattr(exc, 'message', None) or exc}", path=path,
                severity="error")])
        doc = extract_text(text, path, notes_mode=True)
        doc.diagnostics[:0] = diags
        return doc
    from citekit.readers import read_document

    result = read_document(path, fmt=fmt)
    doc = Document(path=path, source=dict(result.source), notes=list(result.notes),
                   diagnostics=list(result.diagnostics))
    return build_document(doc)

