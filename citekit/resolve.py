"""In-document resolution: link short forms and back-references to the work they repeat.

Walks a :class:`~citekit.model.Document`'s citations in reading order, the way
a legal citator reads notes:

- **short form** ("Hagenloh, Stalin's Police, p. 6ff."): the earlier work whose
  creators include the author and whose title contains every distinctive word
  of the short title, anywhere in it (not only at its start); the author alone
  when only one work of that author was cited; the title alone for works
  without an author.  Authors are joined in any language ("García y López",
  "Vidal i Puig", "Jansen en De Vries", "Novák a Svoboda"; "Ortega y Gasset"
  is also read as one surname).  A part of an edited book (a diary entry, a
  journal entry, a chapter) is found by its book's title ("Webb, Diary" after
  "…, 4 May 1926, in The Diary of Beatrice Webb, ed. …"), and a writer named
  in the title of a work that has only editors ("Diary of Beatrice Webb") by it;
- **ibid.** / ibidem / ebd. / ebenda / ivi / "Id. at 5": the work of the
  preceding citation (same note) or of the preceding note; after a note citing
  several works, the one cited last (the reader has just read it; ``R008``
  names the others) unless the page cited lies outside that article's pages,
  and nothing when that last citation is unresolved;
- **idem** / id. / ders. / dies. / eadem: the author of the previous citation
  (through an unresolved ibid. or idem, the author of the citation it repeats),
  with a title that picks that author's work (or a new work of that author);
- **op. cit.** / a.a.O. / loc. cit. / cit.: the author's earlier work, when the
  author has exactly one; without an author ("Op. cit., p. 12"), like ibid.,
  the work just cited -- only when the previous note cites a single work;
- **supra** / above / "see n. 12" / "oben Anm. 12" / "(Fn. 12)": the work cited
  in that note (narrowed by the author or title given with it).

Each resolved citation keeps its own locator and its ``kind``.  Whatever is
ambiguous stays unresolved (``id`` None) with a diagnostic naming the
candidates: a wrong link is worse than none.  A short form that matches no
earlier work but names an author and a title becomes an entry of its own (the
work is cited, only never in full), with an ``R001`` info diagnostic -- unless
an earlier keyed citation's key names that author ("Walton, Rossini, 52" after
``\\footcite{walton2011}``), the only one to do so: the short form then takes
that key (``R007``), as the key's work is not in the document's text to match.

Diagnostic codes (stable):

=====  ========  ==================================================================
code   severity  meaning
=====  ========  ==================================================================
R001   info      short form matches no earlier work: kept as an entry of its own
R002   warning   short form, op. cit. or supra matches several works (names them)
R003   warning   ibid. without a single work before it (first note, a note citing
                 several works or none)
R004   warning   idem without an earlier author to repeat
R005   warning   supra/"see n. N" points at a note that is missing or holds no
                 matching work
R006   warning   back-reference whose work could not be found (no earlier match)
R007   info      short form linked to an earlier keyed citation (``\\cite{walton2011}``,
                 ``[@walton2011]``) whose key starts with the short form's author,
                 the only such key: the work is in the author's own bibliography
R008   info      ibid. after a note citing several works: linked to the work cited
                 last (the convention), or -- when the page cited lies outside that
                 article's pages -- to the one other work that can hold it; the
                 others named
=====  ========  ==================================================================
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from citekit.extraction.classify import (
    EDITION_SIGLA,
    Classification,
    classify,
    monotonic,
    opens_with_idem,
)
from citekit.extraction.locators import find_pinpoint
from citekit.lazy_regex import lazy_compile
from citekit.model import Citation, Diagnostic, Document, Entry, Note
from citekit.transliteration import latinize

__all__ = ["initials_of", "resolve_document"]

_STOPWORDS = frozenset(
    """a an the of and or in on at to for from with by its his her their la le les l
    des du de d et en un une au aux sur der die das den dem des und im in am zur zum von vom
    ein eine einer eines il lo gli i di del della dello dei degli e per con nel nella nei
    su sul sulla al alla allo ai agli dal dalla da el los las y o""".split()
)
#: the Greek articles, conjunctions and prepositions, taken out before the folding (folded they would
#: meet words of other languages: "τον" and the French "ton", "για" and the Italian "già")
_GREEK_STOPWORDS = lazy_compile(
    r"(?<!\w)(?:ο|η|το|του|της|των|τον|την|τα|οι|τις|τους|και|στο|στη|στην|στον|στα|στους|στις|σε|από|για|με|κατά)(?!\w)",
    re.I,
)


#: Latin letters NFKD leaves whole, in ASCII
_UNDECOMPOSED = str.maketrans({
    "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "ẞ": "SS", "œ": "oe", "Œ": "OE",
    "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ı": "i", "ŋ": "ng",
})
#: what separates the words of a folded text: anything but Latin letters, digits, Hebrew letters, kana, CJK
#: ideographs and Hangul (syllables, and the letters NFKD splits them into)
_NOT_A_WORD_CHAR = lazy_compile("[^a-z0-9\u05d0-\u05ea\u1100-\u11ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]+")


@lru_cache(maxsize=1 << 16)  # (names and titles recur: a document's authors are folded once per look-up)
def fold(text: str) -> str:
    """Lower-case ASCII letters and digits only: "Gur´ianov" and "Gurianov" compare equal, and so do
    "Хлевнюк" and "Khlevniuk"."""
    # soft-sign and apostrophe marks vanish ("Gur´ianov", "pol´skikh"), hyphens separate
    # Cyrillic and Greek are transliterated, so "Хлевнюк" meets "Khlevniuk" (and is not dropped as non-ASCII)
    # letters that do not decompose ("Feldbæk", "Łódź", "Großmann") are spelt out, not dropped
    # (and Hebrew's geresh and gershayim inside a word: "כ״ץ" is one name; Hebrew letters are words too)
    decomposed = unicodedata.normalize("NFKD", re.sub(r"[´ʹʼ`'’׳״]", "", latinize(text)).translate(_UNDECOMPOSED))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # other punctuation separates words ("1550–1720" -> "1550 1720"); spaces collapse
    # (CJK characters and Hangul's letters are kept: they are the words of a note in CJK script)
    return " ".join(_NOT_A_WORD_CHAR.sub(" ", stripped.lower()).split())


def title_tokens(text: str) -> list[str]:
    """Distinctive words of a title, folded, in order."""
    return [t for t in fold(_GREEK_STOPWORDS.sub(" ", re.sub(r"[’']s\b", "", text))).split() if t not in _STOPWORDS]


#: the words that join a medieval author's name to a byname ("Regino of Prüm", "Paul the Deacon", "Thietmar von
#: Merseburg", "Raoul de Caen", "Paolo di Tarso"), who is cited again by the name alone
_BYNAME_LINKS = frozenset({"of", "the", "von", "de", "di", "da", "du", "le", "der"})


def byname_first(words: list[str]) -> str | None:
    """The name a medieval author with a byname is cited by again ("regino" of "regino of prum", folded
    words), else None."""
    return words[0] if len(words) >= 3 and words[1] in _BYNAME_LINKS and words[0][:1].isalpha() else None


#: a name written in Chinese characters or kana (the family name first, no space)
_CJK_NAME = lazy_compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]+")


def _family_names(entry: Entry) -> set[str]:
    names: set[str] = set()
    for role in ("author", "editor", "container-author", "translator", "compiler"):
        for person in entry.get(role) or []:
            if not isinstance(person, dict):
                continue
            raw = str(person.get("family") or person.get("literal") or "")
            # a literal may hold several people ("Heinrich Vollmer and Lisa Kern")
            parts = re.split(r"\s*(?:\band\b|\bund\b|&|/|;)\s*", raw) if person.get("literal") else [raw]
            for part in parts:
                words = fold(part).split()
                if words:
                    names.add(" ".join(words))
                    names.add(words[-1])
                if len(words) == 1 and 2 < len(words[0]) <= 5 and _CJK_NAME.fullmatch(words[0]):
                    # "丸山眞男", "余英時": a name in characters, the family name first and cited alone
                    # again ("丸山、前掲書"): its first two characters (or one, for a three-character name)
                    names.update(words[0][:cut] for cut in (1, 2) if len(words[0]) - cut >= 1)
                if person.get("literal") and (name := byname_first(words)):
                    names.add(name)  # "Regino of Prüm", "Paul the Deacon": cited again as "Regino", "Paul"
    return names


#: what joins the authors of a short form: "Shapin and Schaffer", "Dreier/Schulze", "Dunn, Savage, and
#: Yeandle", "Nipperdey und Rürup", "Duby et Mandrou", "Ginzburg e Prosperi", "García y López",
#: "Vidal i Puig", "Jansen en De Vries", "Kowalski i Nowak", "Novák a Svoboda", "Ohlin och Heckscher",
#: "Βερέμης και Κολιόπουλος"
_AUTHOR_JOINS = lazy_compile(r"\s*(?:/|&|,|\b(?:and|und|et|e|y|i|en|a|och|og|és|oraz|και)\b)\s*")


def _author_keys(author: str) -> list[str]:
    """Family names written in a short form: "Shapin and Schaffer" -> ["shapin", "schaffer"]."""
    keys = []
    for person in _AUTHOR_JOINS.split(author):
        words = [w for w in fold(person).split() if len(w) > 1]  # "Cipolla C." -> cipolla
        if words:
            keys.append(words[-1])
    return keys


def _author_readings(author: str) -> list[list[str]]:
    """The family names of a short form's author, split at every conjunction, then -- for a surname
    that holds one ("Ortega y Gasset", "Vidal i Barraquer") -- at the unambiguous joins only."""
    readings = [_author_keys(author)]
    whole = []
    for person in re.split(r"\s*(?:/|&|,|\b(?:and|und|et)\b)\s*", author):
        words = [w for w in fold(person).split() if len(w) > 1]
        if words:
            whole.append(words[-1])
    if whole and whole != readings[0]:
        readings.append(whole)
    return [keys for keys in readings if keys]


@dataclass
class _Work:
    """An entry as the resolver compares it: folded family names and title words."""

    entry: Entry
    families: set[str]
    title: list[str]
    title_text: str

    @classmethod
    def of(cls, entry: Entry) -> _Work:
        title = str(entry.get("title") or entry.get("container-title") or "")
        short = str(entry.get("title-short") or entry.get("shortTitle") or "")
        return cls(entry, _family_names(entry), title_tokens(f"{title} {short}"), fold(title))

    @property
    def id(self) -> str:
        return str(self.entry.get("id"))


@dataclass
class _State:
    doc: Document
    works: dict[str, _Work] = field(default_factory=dict)
    order: dict[str, None] = field(default_factory=dict)  # ids in order of first citation
    by_note: dict[str, list[Citation]] = field(default_factory=dict)
    entries: dict[str, Entry] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.entries = {str(e.get("id")): e for e in self.doc.entries}

    def known(self, entry_id: str | None) -> _Work | None:
        if entry_id is None:
            return None
        work = self.works.get(entry_id)
        if work is None:
            entry = self.entries.get(entry_id)
            if entry is None:
                return None
            work = _Work.of(entry)
            self.works[entry_id] = work
        self.order.setdefault(entry_id)
        return work

    def seen(self) -> list[_Work]:
        return [self.works[i] for i in self.order]


def _near(token: str, words: set[str]) -> bool:
    """``token`` or an OCR-garbled / inflected form of it is among ``words``."""
    if token in words:
        return True
    if len(token) < 5:
        return False
    return any(len(w) >= 5 and ((w.startswith(token[:5]) and abs(len(w) - len(token)) <= 3)
                                or fuzz.ratio(token, w) >= 85) for w in words)


#: words a pinpoint leaves in a short title when the locator was only partly cut off
#: ("Portmann/Wildhaber, Schweizerisches Arbeitsrecht4, 22 f, 41": "22 f" stays with the title)
_LOCATOR_WORDS = frozenset("f ff sq sqq seq seqq rn rz fn".split())


def _one_typo(token: str, words: set[str]) -> bool:
    """A short word typed with one letter left out or changed ("Lw" for "Law")."""
    return len(token) >= 2 and any(
        len(token) <= len(w) <= len(token) + 1 and Levenshtein.distance(token, w) == 1 for w in words)


def _title_matches(short: list[str], work: _Work) -> bool:
    """Every distinctive word of the short title is in the work's title (anywhere).

    One short word may carry a typo when at least two others match ("Labour and
    the Lw in Europe"); longer words already allow slips (:func:`_near`).
    """
    # volume numbers ("De'pievani, 1") and pinpoint words ("22 f")
    short = [t for t in short if not t.isdigit() and t not in _LOCATOR_WORDS]
    if not short:
        return False
    words = set(work.title)
    missing = [t for t in short if not _near(t, words)]
    return not missing or (len(missing) == 1 and len(short) >= 3 and _one_typo(missing[0], words))


def _contiguous(short: list[str], work: _Work) -> bool:
    n = len(short)
    return any(work.title[i: i + n] == short for i in range(len(work.title) - n + 1))


def _by_author(author: str, works: Iterable[_Work]) -> list[_Work]:
    candidates = list(works)
    for keys in _author_readings(author):
        found = [w for w in candidates if all(k in w.families for k in keys)]
        if found:
            return found
    words = fold(author).split()
    if len(words) == 2 and not _AUTHOR_JOINS.search(author):
        # "Wang Fansen, Quanli de maoxiguan zuoyong": an East Asian name, the family name first; the work
        # whose author has that family name and that given name
        family, given = words
        return [w for w in candidates if any(
            isinstance(p, dict) and fold(str(p.get("family") or "")) == family
            and fold(str(p.get("given") or "")).replace(" ", "") == given
            for p in w.entry.get("author") or [])]
    return []


def _authored_by(author: str, entry: Entry) -> bool:
    """Is every family name of ``author`` among the entry's authors (not its editors or translators)?"""
    names = _family_names({"author": entry.get("author") or []})
    return any(keys and all(k in names for k in keys) for keys in _author_readings(author))


def _solely_by(author: str, entry: Entry) -> bool:
    """Are the entry's authors exactly the people ``author`` names (no co-author beside them)?"""
    names = _family_names({"author": entry.get("author") or []})
    return any(keys and set(keys) == names for keys in _author_readings(author))


def _by_container(title: str, works: Iterable[_Work]) -> list[_Work]:
    """Works whose book holds the short title: "Webb, Diary, 4:73" after "Diary of Beatrice Webb, 4
    May 1926, in The Diary of Beatrice Webb, ed. …" -- the entry cited is a part (a diary entry, a
    letter, a chapter) of the edition the short form names.  Only parts with a book and editors."""
    short = title_tokens(title)
    found = []
    for work in works:
        container = str(work.entry.get("container-title") or "")
        if not container or not (work.entry.get("editor") or work.entry.get("type") == "chapter"):
            continue
        if _title_matches(short, _Work(work.entry, work.families, title_tokens(container), fold(container))):
            found.append(work)
    return found


def _by_title(title: str, works: Iterable[_Work]) -> list[_Work]:
    short = title_tokens(title)
    found = [w for w in works if _title_matches(short, w)]
    if len(found) > 1:
        exact = [w for w in found if _contiguous(short, w)]
        if exact:
            found = exact
        if len(found) > 1:
            starts = [w for w in found if w.title[: len(short)] == short]
            if len(starts) == 1:
                found = starts
        if len(found) > 1:
            # "On Copia" opens On Copia of Words and Ideas, not De copia, though its words without the
            # small ones ("copia") are the whole of De copia's: the short title as spelled decides
            spelled = fold(title).strip()
            literal = [w for w in found if re.match(rf"{re.escape(spelled)}\b", w.title_text)]
            if spelled and len(literal) == 1:
                found = literal
        if len(found) > 1:
            # "Reluctant Reformers" is the whole title of The Reluctant Reformers, only a part of
            # The Reluctant Reformers Revisited (which a writer would have shortened otherwise)
            whole = [w for w in found if set(title_tokens(w.title_text)) == set(short)]
            if len(whole) == 1:
                found = whole
    return found


def _cited_page(cit: Citation) -> int | None:
    """The first page a back-reference cites ("48", "112–14"), when its locator is a page."""
    match = re.match(r"\d+", cit.locator or "")
    return int(match.group(0)) if match and cit.label in (None, "page") else None


def _holds_page(work: _Work | None, page: int) -> bool:
    """Could ``page`` be in ``work``: always, unless the work is an article or chapter whose
    page range ("71-93", "210–35") leaves it out."""
    match = re.fullmatch(r"\s*(\d+)\s*[-–]\s*(\d+)\s*", str(work.entry.get("page") or "")) if work else None
    if match is None:
        return True
    first, last = match.group(1), match.group(2)
    if len(last) < len(first):  # "210–35" is 210–235
        last = first[: len(first) - len(last)] + last
    return int(first) <= page <= int(last)


def _describe(works: Iterable[_Work]) -> str:
    parts = []
    for w in works:
        title = str(w.entry.get("title") or "")[:50]
        parts.append(f"{w.id} ({title})" if title else w.id)
    return ", ".join(parts)


class _Resolver:
    def __init__(self, doc: Document) -> None:
        self.state = _State(doc)
        self.doc = doc
        self.prev: Citation | None = None  # the previous citation, any note
        self.prev_note_citations: list[Citation] | None = None
        #: the keys of the keyed citations read so far, in order (for R007)
        self.keys_seen: list[str] = []
        #: an unresolved ibid. or idem -> the citation it repeats (an idem after it follows the chain)
        self.repeats: dict[int, Citation] = {}
        #: entries made from short forms (R001), with their citations and diagnostics
        self.provisional: dict[str, tuple[list[Citation], list[Diagnostic]]] = {}
        #: the abbreviations full citations announce ("… (hereafter OR)") -> the entry they stand for
        self.announced: dict[str, str] = {}

    def absorb_provisional(self, work: _Work) -> None:
        """A full citation after short forms of the same work: they become its citations.

        The short form's author must be among the work's creators and every
        word of its title in the work's title, as for any short form.
        """
        for pid in list(self.provisional):
            short = self.state.works.get(pid)
            if short is None or pid == work.id:
                continue
            if not (short.families & work.families) or not _title_matches(short.title, work):
                continue
            cits, diags = self.provisional.pop(pid)
            for c in cits:
                c.id = work.id
            self.doc.entries[:] = [e for e in self.doc.entries if str(e.get("id")) != pid]
            self.doc.diagnostics[:] = [d for d in self.doc.diagnostics if all(d is not x for x in diags)]
            del self.state.works[pid]
            self.state.order.pop(pid, None)

    # -- diagnostics ---------------------------------------------------------
    def diag(self, code: str, message: str, note: Note, cit: Citation, severity: str = "warning") -> None:
        self.doc.diagnostics.append(Diagnostic(
            code, f"note {note.number}: {message}", path=note.path or self.doc.path, line=note.line,
            severity="info" if severity == "info" else "warning", raw=cit.text or None,
        ))

    # -- the walk --------------------------------------------------------------
    def run(self) -> None:
        for note in self.doc.notes:
            for index, cit in enumerate(note.citations):
                self.resolve(note, index, cit)
                if cit.kind == "keyed" and cit.id and cit.id not in self.keys_seen:
                    self.keys_seen.append(cit.id)
                self.prev = cit
            self.state.by_note.setdefault(str(note.number), note.citations)
            self.prev_note_citations = note.citations

    def resolve(self, note: Note, index: int, cit: Citation) -> None:
        if cit.kind in ("full", "keyed") and cit.id is not None:
            said = f"{cit.text} {cit.suffix or ''}"  # (the remark may stand apart as the citation's suffix)
            if "ereafter" in said and (announced := _HEREAFTER.search(said)) is not None:
                self.announced.setdefault(announced["abbreviation"], cit.id)
            work = self.state.known(cit.id)
            if work is not None and self.provisional:
                self.absorb_provisional(work)
            return
        if cit.id is not None and cit.kind != "idem":
            self.state.known(cit.id)
            return
        info = classify(cit.text)
        kind = cit.kind
        if kind == "short" and info.author is None and info.title is None:
            # "Complete English Poems, p. 312" cut from a remark's brackets: a title whose words look like a
            # person's name (read alone, a first citation cut short); the short title is all before the pinpoint
            pin = find_pinpoint(cit.text)
            head = (cit.text[: pin.start] if pin else cit.text).strip(" ,.;:‘’“”\"'«»")
            if head:
                info = replace(info, kind="short", title=head)
        if kind == "ibid":
            self.ibid(note, index, cit)
        elif kind == "idem":
            self.idem(note, cit, info)
        elif kind == "supra":
            self.supra(note, cit, info)
        elif kind == "op-cit":
            self.op_cit(note, index, cit, info)
        elif kind == "short":
            head = cit.text.split(",", 1)[0].strip()
            if self.announced and head in self.announced and (work := self.state.known(self.announced[head])):
                # "OR, ser. 1, vol. 27, pt. 3, 912" after "… (hereafter OR)": the work by the abbreviation
                # its first citation announced
                self.link(cit, work)
                return
            self.short(note, cit, info)

    def link(self, cit: Citation, work: _Work) -> None:
        cit.id = work.id
        self.state.known(work.id)
        if work.id in self.provisional:
            self.provisional[work.id][0].append(cit)

    def repeated(self, note: Note, index: int) -> Citation | None:
        """The citation an ibid. at ``index`` repeats: the one before it in the note, else the
        previous note's last one (None in the first note or after a note citing nothing)."""
        if index > 0:
            return note.citations[index - 1]
        return self.prev_note_citations[-1] if self.prev_note_citations else None

    def ibid(self, note: Note, index: int, cit: Citation) -> None:
        previous = self.repeated(note, index)
        if previous is not None:
            self.repeats[id(cit)] = previous
        if index > 0:
            if previous is not None and previous.id is not None:
                self.link_id(cit, previous.id)
            else:
                self.diag("R003", "ibid. follows a citation that is itself unresolved", note, cit)
            return
        cites = self.prev_note_citations
        if not cites or previous is None:
            reason = "it is in the first note" if cites is None else "the preceding note cites no work"
            self.diag("R003", f"ibid. cannot be resolved: {reason}", note, cit)
            return
        ids = list(dict.fromkeys(c.id for c in cites))
        if len(ids) == 1 and ids[0] is not None:
            self.link_id(cit, ids[0])
            return
        if previous.id is None:
            names = ", ".join(str(i) for i in ids if i) or "unresolved citations"
            self.diag("R003", f"ibid. after a note whose last citation is unresolved ({names}); "
                      "left unresolved", note, cit)
            return
        # the convention: ibid. repeats the work cited last, the one the reader has just read --
        # unless the page it cites lies outside that article's pages ("Ibid., 48" after "…, 71-93")
        target: str = previous.id
        page = _cited_page(cit)
        if page is not None and not _holds_page(self.state.known(previous.id), page):
            holding = [i for i in ids if i and i != previous.id and _holds_page(self.state.known(i), page)]
            if len(holding) == 1:
                target = holding[0]
            else:
                self.diag("R003", f"ibid. after a note citing several works ({', '.join(str(i) for i in ids if i)}): "
                          f"the last one's pages do not hold p. {page}; left unresolved", note, cit)
                return
        self.link_id(cit, target)
        others = ", ".join(str(i) for i in ids if i and i != target)
        how = "the last one" if target == previous.id else "the one whose pages hold the page cited"
        self.diag("R008", f"ibid. after a note citing several works: taken as {how}, {target} "
                  f"(not {others or 'an unresolved citation'})", note, cit, "info")

    def link_id(self, cit: Citation, entry_id: str) -> None:
        cit.id = entry_id
        self.state.known(entry_id)
        if entry_id in self.provisional:
            self.provisional[entry_id][0].append(cit)

    def author_source(self) -> tuple[_Work | None, set[str]]:
        """The work and the family names an idem repeats: the previous citation's, or -- when that is
        an ibid. or idem left unresolved -- those of the citation it in turn repeats."""
        cit = self.prev
        visited: set[int] = set()
        while cit is not None and id(cit) not in visited:
            visited.add(id(cit))
            work = self.state.known(cit.id)
            if work is not None:
                return work, work.families
            following = self.repeats.get(id(cit))
            if following is None:
                break
            cit = following
        if cit is not None and cit.kind in ("short", "op-cit", "supra"):
            author = classify(cit.text).author  # an unresolved short form still names its author
            return None, set(_author_keys(author)) if author else set()
        return None, set()

    def idem(self, note: Note, cit: Citation, info: Classification) -> None:
        if self.prev is not None:
            self.repeats[id(cit)] = self.prev
        source, families = self.author_source()
        if not families:
            self.diag("R004", "idem without an earlier author to repeat", note, cit)
            return
        authors = [p for p in source.entry.get("author") or source.entry.get("editor") or []] if source else []
        if cit.id is not None:
            # a new work by the same author: the entry was made from the rest of the citation,
            # with the author as far as known then; the previous work's names are the full ones
            entry = self.state.known(cit.id)
            if entry is not None and source is not None and authors and entry.id != source.id:
                entry.entry["author"] = [dict(p) for p in authors]
                self.state.works[cit.id] = _Work.of(entry.entry)
            return
        same_author = [w for w in self.state.seen() if w.families & families]
        title = info.title or ""
        found = _by_title(title, same_author) if title else [source] if source else []
        if not found and title:
            # "Ead., « Les hôpitaux de Lyon », art. cit." after a note ending with another author's
            # book: the title names the work whoever the idem was meant for
            found = [w for w in _by_title(title, self.state.seen()) if _contiguous(title_tokens(title), w)]
        if len(found) == 1:
            self.link(cit, found[0])
        elif not found:
            self.diag("R006", f"idem: no earlier work of that author matches {title!r}", note, cit)
        else:
            self.diag("R002", f"idem is ambiguous between {_describe(found)}", note, cit)

    def op_cit(self, note: Note, index: int, cit: Citation, info: Classification) -> None:
        if not info.author and opens_with_idem(cit.text):
            self.idem_op_cit(note, cit)
            return
        if not info.author:
            # (and the Turkish "a.g.e." / "Age." -- adı geçen eser, the work named before; the Greek "Ό.π.")
            bare = re.match(r"\W*(?:op|loc|art|a\.\s?a|o\.\s?c|cit|ukaz|указ|a\.?\s?g\.?\s?[emy]\b|[όο]\.\s?π)",
                            monotonic(cit.text), re.I)
            if info.title is None and bare:
                # a bare "Op. cit., p. 5" / "Loc. cit." repeats, like ibid., the work just cited: the one
                # before it in the note, or the one work of the previous note
                self.bare_op_cit(note, index, cit)
                return
            titled = [w for w in _by_title(info.title, self.state.seen()) if _contiguous(title_tokens(info.title), w)] if (
                info.title) else []
            if len(titled) == 1:
                # "Caravaggio e il suo tempo, cit., p. 252": an authorless work by its short title -- a short form
                cit.kind = "short"
                self.link(cit, titled[0])
                return
            self.diag("R006", "op. cit. without an author", note, cit)
            return
        found = _by_author(info.author, self.state.seen())
        if len(found) > 1:
            # "Lesure, op. cit." after his biography and the letters he edited: "op. cit." names the work
            # the person wrote; the editions they only edited do not compete with it
            written = [w for w in found if _authored_by(info.author, w.entry)]
            if len(written) == 1:
                found = written
        if len(found) > 1:
            # "Jalal, op. cit." after Bose and Jalal's book and Jalal's own: a work of two authors is cited
            # by both names, so the one name alone means the work that person wrote alone
            alone = [w for w in found if _solely_by(info.author, w.entry)]
            if len(alone) == 1:
                found = alone
        if len(found) > 1 and re.search(r"\bart\.\s?cit\b", cit.text, re.I):
            # "Moutoukias, art. cit." after his book and an article of his: "art. cit." names the article
            articles = [w for w in found if w.entry.get("type") in _PART_TYPES]
            if len(articles) == 1:
                found = articles
        if len(found) == 1:
            self.link(cit, found[0])
        elif not found:
            self.diag("R006", f"op. cit.: no earlier work by {info.author}", note, cit)
        else:
            self.diag("R002", f"op. cit. by {info.author} is ambiguous between {_describe(found)}", note, cit)

    def idem_op_cit(self, note: Note, cit: Citation) -> None:
        """"Id., art. cit., p. 70", "Ders., a.a.O., S. 20": the author just named, and that author's one
        work cited before -- or, for "art. cit." / "op. cit.", the one article / the one book of them."""
        if self.prev is not None:
            self.repeats[id(cit)] = self.prev
        _, families = self.author_source()
        found = [w for w in self.state.seen() if w.families & families] if families else []
        if len(found) > 1:
            article = bool(re.search(r"\bart\.\s?cit\b", cit.text, re.I))
            parts = [w for w in found if (w.entry.get("type") in _PART_TYPES) == article]
            if re.search(r"\b(?:art|op)\.\s?cit\b", cit.text, re.I) and parts:
                found = parts
        if len(found) == 1:
            self.link(cit, found[0])
        elif not found:
            self.diag("R006", "op. cit. after idem: no earlier work of that author", note, cit)
        else:
            self.diag("R002", f"op. cit. after idem is ambiguous between {_describe(found)}", note, cit)

    def bare_op_cit(self, note: Note, index: int, cit: Citation) -> None:
        if index > 0:
            works = [self.state.known(note.citations[index - 1].id)]
        else:
            works = [self.state.known(c.id) for c in self.prev_note_citations or []]
        found = list({w.id: w for w in works if w is not None}.values())
        if len(found) == 1 and None not in works:
            self.link(cit, found[0])
        elif found:
            self.diag("R002", f"op. cit. without an author after several works ({_describe(found)})", note, cit)
        else:
            self.diag("R006", "op. cit. without an author and no single work before it", note, cit)

    def supra(self, note: Note, cit: Citation, info: Classification) -> None:
        if (info.note_ref and re.search(r"\d\s*[-–]\s*\d", info.note_ref)) or re.search(
                r"accompanying text|text accompanying", cit.text) or (
                not (info.author or info.title) and _SEVERAL_NOTES.search(cit.text)):
            # "supra notes 66-76 and accompanying text", "supra text accompanying note 31", "supra
            # notes 41 and 44 for instances where …" point at an argument, not at a work
            self.diag("R005", "reference to several notes or to the text, not to one work", note, cit)
            return
        target = self.state.by_note.get(str(info.note_ref)) if info.note_ref else None
        if target is None:
            if info.author or info.title:
                self.short(note, cit, info, create=False)
                return
            self.diag("R005", f"note {info.note_ref} is not before this note", note, cit)
            return
        works = []
        for c in target:
            w = self.state.known(c.id)
            if w is not None and w not in works:
                works.append(w)
        if not (info.author or info.title) and any(c.id is None and c.kind in ("ibid", "idem") for c in target):
            # the note also repeats a work that could not be told ("Id." with no single work before
            # it): its one known work need not be the one meant
            self.diag("R002", f"note {info.note_ref} holds back-references that could not be resolved; "
                      "which of its works is meant is not certain", note, cit)
            return
        if info.author:
            narrowed = _by_author(info.author, works)
            if not narrowed and not info.title:
                narrowed = _by_title(info.author, works)
            works = narrowed
        if info.title and len(works) > 1:
            works = _by_title(info.title, works)
        if len(works) == 1:
            self.link(cit, works[0])
        elif not works:
            self.diag("R005", f"note {info.note_ref} holds no matching work", note, cit)
        else:
            self.diag("R002", f"supra n. {info.note_ref} is ambiguous between {_describe(works)}", note, cit)

    def short(self, note: Note, cit: Citation, info: Classification, *, create: bool = True) -> None:
        seen = self.state.seen()
        found: list[_Work] = []
        if info.author and info.title and _CATALOGUE_MARK.fullmatch(info.title.strip(" .,()")):
            # "Vermeer, exh. cat., 115": the catalogue by its title (the artist's name), the mark telling it
            # from a monograph whose title opens with the same name ("Vermeer and the Art of Painting")
            self.catalogue(note, cit, info.author)
            return
        if info.author:
            by_author = _by_author(info.author, seen)
            if by_author:
                found = _by_title(info.title, by_author) if info.title else by_author
                if info.title and not found:
                    found = _by_container(info.title, by_author)
                if info.title and not found:
                    # "Titian: Prince of Painters, 233" after a work of art by Titian: the artist's name
                    # opens the title of a catalogue that has no author
                    found = _by_title(f"{info.author} {info.title}", [w for w in seen if not w.entry.get("author")])
                if info.title and not found and len(by_author) == 1 and not create:
                    found = by_author
            elif info.title and (named := _by_title(f"{info.author} {info.title}",
                                                   [w for w in seen if not w.entry.get("author")])):
                # "Webb, Diary" after "Diary of Beatrice Webb, 4 May 1926, in …, ed. …": the writer is
                # named in the title of a work that has editors and no author (not "Marx, Capital" for
                # Harvey's "Marx's Capital")
                found = named
            elif info.title is None or not _by_title(info.title, seen):
                # the head may be a title ("Nakazannyi narod, p. 5")
                found = _by_title(info.author + (f" {info.title}" if info.title else ""), seen)
                if not found and info.title is None:
                    found = []
        elif info.title:
            found = _by_title(info.title, seen)
        cut = _before_inner_pinpoint(info.title)
        if not found and info.author and cut:
            # "Flecker, Arbeit und Beschäftigung, 111-117, unter Hinweis darauf": the pages stand
            # inside, a remark follows them; the short title is what comes before the pages
            found = _by_title(cut, _by_author(info.author, seen))
        spelled = info.title or info.author or ""  # ("KpV, AA V, 33": the siglum read as a name)
        if not spelled:  # ("CD IV/1, 45" cut from a sentence: no author, no title the classifier sees)
            spelled = cit.text.split(",", 1)[0]
        siglum = _SIGLUM_TITLE.fullmatch(spelled.strip()) if spelled and not found else None
        if siglum:
            # "ST I, q. 13, a. 5", "Barth, KD III/2", "Kant, KrV, B 132": the work by its title's initials
            pool = _by_author(info.author, seen) if info.author and info.title else seen
            found = [w for w in pool if initials_of(siglum["letters"], str(w.entry.get("title") or ""))]
        if len(found) == 1:
            self.link(cit, found[0])
            return
        if len(found) > 1:
            self.diag("R002", f"short form is ambiguous between {_describe(found)}", note, cit)
            return
        key = self.key_of_author(info.author) if create and info.author else None
        if key is not None:
            cit.id = key
            self.diag("R007", f"short form linked to the keyed citation {key} (its key names the "
                      "author)", note, cit, "info")
            return
        if create and info.author and info.title and _could_be_title(info.title):
            entry = _entry_from_short(info)
            entry["id"] = _unique_id(self.doc, entry)
            self.doc.entries.append(entry)
            work = _Work.of(entry)
            self.state.works[work.id] = work
            self.diag("R001", "short form matches no earlier citation: kept as its own entry", note, cit, "info")
            self.provisional[work.id] = ([], [self.doc.diagnostics[-1]])
            self.link(cit, work)
            return
        self.diag("R006", "no earlier work matches this short form", note, cit)

    def catalogue(self, note: Note, cit: Citation, title: str) -> None:
        """Link a catalogue cited by its title and its mark: the work of exactly that title, else the one
        catalogue whose title holds it; anything else is left unresolved, never guessed."""
        words = title_tokens(title)
        candidates = [w for w in self.state.seen() if _title_matches(words, w)]  # (unnarrowed: the monograph
        # titled exactly "Titian" must not hide the catalogue "Titian: Prince of Painters")
        marked = [w for w in candidates if "catal" in str(w.entry.get("genre") or "").lower()]
        if len(marked) > 1:
            marked = [w for w in marked if w.title_text == fold(title)] or marked
        # (a catalogue the parser did not mark: the work of exactly that title, with no author -- a
        # monograph titled after the artist has one)
        exact = [w for w in candidates if w.title_text == fold(title) and not w.entry.get("author")]
        found = marked or exact
        if len(found) == 1:
            self.link(cit, found[0])
        elif found:
            self.diag("R002", f"catalogue short form is ambiguous between {_describe(found)}", note, cit)
        else:
            self.diag("R006", f"no earlier catalogue is titled {title!r}", note, cit)

    def key_of_author(self, author: str) -> str | None:
        """The one earlier citation key that starts with ``author``'s family name ("walton2011")."""
        first = re.split(r"\s*(?:/|&|\band\b|\bund\b|\bet\b|,)\s*", author)[0]
        words = [w for w in fold(first).split() if len(w) > 1]
        if not words:
            return None
        names = {"".join(words), words[-1]}  # "Castil-Blaze" -> castilblaze; "J. Walton" -> walton
        # a key's head is the name before the year or a separator: "walton2011", "Walton:Rossini:2011"
        keys = [k for k in self.keys_seen if fold(re.split(r"[\d:_/.]", k)[0]).replace(" ", "") in names]
        return keys[0] if len(keys) == 1 else None


#: an exhibition catalogue's mark where a short form's title would stand ("Vermeer, exh. cat., 115")
_CATALOGUE_MARK = lazy_compile(r"exh\.\s*cat\.?|exhibition\s+catalogue|Ausst\.\s?-?\s?Kat\.?|Ausstellungskatalog|"
                             r"catalogo\s+della\s+mostra|cat\.\s*(?:d['’])?exp(?:o|osition)?\.?", re.I)

#: the parts of a book or a periodical ("art. cit." repeats one of them)
_PART_TYPES = frozenset({"article-journal", "article-magazine", "article-newspaper", "chapter",
                         "paper-conference", "entry-encyclopedia", "entry-dictionary"})

#: a work named by its title's initials, as philosophy and theology abbreviate their classics ("ST",
#: "CD", "KrV", "KpV", "GMS", "PhG", "SuZ", "ScG"), with a part after it ("ST I-II", "CD III/2")
#: the abbreviation a full citation announces for its later ones: "… (hereafter OR)", "[hereafter cited as FRUS]"
_HEREAFTER = lazy_compile(
    r"[(\[]\s*(?:[Hh]ereafter|[Hh]enceforth)(?:\s+(?:cited|referred\s+to)(?:\s+as)?)?:?\s+"
    r"(?P<abbreviation>[A-Z][A-Za-z.&]{0,9}(?:\s[A-Z][A-Za-z.]{0,9}){0,2})\s*[)\]]")
_SIGLUM_TITLE = lazy_compile(r"(?P<letters>[A-Z][A-Za-z]{0,2}[A-Z])(?:\s+[IVX]{1,4}(?:-[IVX]{1,4})?(?:/\d)?)?"
                           # (and the standard edition it is read in: "KpV, AA V")
                           rf"(?:,\s{EDITION_SIGLA}\s[IVXL\d]{{1,5}}(?:-\d)?)?")


def initials_of(letters: str, title: str) -> bool:
    """Do ``letters`` spell the initials of ``title``'s main title ("ST" of "Summa theologiae", "KrV" of
    "Kritik der reinen Vernunft", "PhG" of "Phänomenologie des Geistes")?  Every capital letter opens
    a word in turn; a small letter may open a word or go on the word just opened; small function
    words may be passed over."""
    main = re.split(r"[:.;(]\s|\s[-–]\s", title, maxsplit=1)[0]
    words = [w for w in re.findall(r"[^\W\d_]+", main)]
    if len(words) < 2 or len(letters) > len(words) + 1:
        return False

    def match(i: int, j: int, in_word: bool) -> bool:
        if i == len(letters):
            return all(fold(w) in _STOPWORDS for w in words[j:])
        letter = letters[i]
        if j < len(words) and words[j][:1].lower() == letter.lower() and match(i + 1, j + 1, True):
            return True
        if letter.islower() and in_word and j > 0 and letter in words[j - 1][1:3] and match(i + 1, j, False):
            return True  # ("Ph" of "Phänomenologie")
        return j < len(words) and fold(words[j]) in _STOPWORDS and match(i, j + 1, False)

    return match(0, 0, False)


_NOT_TITLES = frozenset(
    "opera op cit rit dt eit cil voi vol vols art loc ed eds ibid idem id ivi sgg segg seg ss pag pagg "
    "doc nota fig tav".split()
)


#: "notes 41 and 44", "nn. 3, 5", "Fn. 12 und 14": several notes named at once
_SEVERAL_NOTES = lazy_compile(r"(?i)\b(?:notes|nn\.|fns?\.?|Fn\.?|Anm\.)\s*\d+\s*(?:,|and|&|und|e|et)\s*\d")


#: lower-case words a title may open with
_LOWER_TITLE_OPENERS = frozenset("de di da del della dei degli von van il lo la le l les el los las".split())


def _before_inner_pinpoint(title: str | None) -> str | None:
    """The words of a short title before pages written inside it ("Title, 111-117, remark")."""
    match = re.search(r",\s*\d+(?:\s*[-–]\s*\d+)?\s*(?:ff?\.?)?\s*,\s*\S", title or "")
    return title[: match.start()].strip() if title and match and match.start() > 0 else None


def _could_be_title(title: str) -> bool:
    """A short title good enough to stand as a work: a real word, not "Opera" or "op. e voi".

    Nor a clause: a title does not open with a lower-case word ("who stipulates
    this question at Dolzer" is the sentence around a back-reference), except
    a particle or article some languages leave in lower case ("de jure belli").
    """
    first = title.split()[0] if title.split() else ""
    if first[:1].islower() and not any(ch.isdigit() for ch in first) and first.lower() not in _LOWER_TITLE_OPENERS:
        return False
    tokens = title_tokens(title)
    words = [t for t in tokens if not t.isdigit()]
    if not words or all(w in _NOT_TITLES or len(w) <= 2 for w in words):
        return False
    # a pinpoint read as a title: "II, 221 sgg. e fonti citate"
    odd = sum(1 for t in tokens if t.isdigit() or t in _NOT_TITLES or re.fullmatch(r"[ivxlcdm]+", t))
    return odd * 3 < len(tokens)


def _entry_from_short(info: Classification) -> Entry:
    entry: Entry = {"type": "book", "title": info.title}
    if info.author:
        # "Dunn, Savage, and Yeandle": three people (a surname holding "y" or "i" stays whole)
        names = re.split(r"\s*(?:/|&|,|\band\b|\bund\b|\bet\b)\s*", info.author)
        entry["author"] = [{"family": name.strip()} for name in names if name.strip()]
    return entry


def _unique_id(doc: Document, entry: Entry) -> str:
    from citekit.extraction.ids import entry_key

    taken = {str(e.get("id")) for e in doc.entries}
    return entry_key(entry, taken)


def resolve_document(doc: Document) -> None:
    """Link the short forms and back-references of ``doc`` in place (see module doc)."""
    _Resolver(doc).run()
