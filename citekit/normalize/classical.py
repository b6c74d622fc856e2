"""A classical, medieval or early-modern work cited by its standard numbering: "Augustine, Confessions
8.12.29", "Aristotle, Nicomachean Ethics 1094a1–3", "Kant, Critique of Pure Reason, A51/B75", "Ov. Met.
10.243–97", "Aquinas, Summa theologiae I-II, q. 90, a. 4", "Blackstone, Commentaries, bk. 1, ch. 2".

Such a note names no edition: the canonical numbering finds the place in any of them, so the citation
is complete by convention (kind ``full``, type ``classic``).  The tagger reads these notes at random
(the title as a date, the author as a given name), so the step reads the whole text, as the scripture
step does: an author of the canon (``data/classical_authors.txt``, in the spellings of English,
German, French, Italian and Spanish notes), a comma, the title, then the numbering.  Abbreviated notes
("Ov. Met.", "Verg. Aen.") take the English name of the author and the work's full title from the same
list.  The author must be in the list: "Hagenloh, Stalin's Police, 6" and "Weber, Wirtschaft und
Gesellschaft, 122" stay short forms of modern works.

An author of one work (the historians: "Thuc. 2.40.1", "Hdt. 1.1", "Paus. 1.2.3") is cited by the
author alone before a dotted numbering: the item then has no title.

Locator conventions (stable; tests rely on them):

* dotted or comma-separated numbers ("8.12.29", "3.1.56–88", "19,13") -> label ``section``;
* Bekker pages ("1094a1–3"), Stephanus pages ("514a–517a") and Kant's A/B pages ("A51/B75", "B 132")
  -> label ``page``;
* the Summa's part, question and article ("I-II, q. 90, a. 4") -> label ``section``, the part kept;
* numbered units ("bk. 1, ch. 2", "ch. 13", "sec. 27", "lib. 2, cap. 4") -> the label of the unit
  named first (``book``, ``chapter``, ``section``), the locator the rest of the text ("1, ch. 2");
* an en dash in a range becomes an ASCII hyphen; the range is not expanded ("10.243-97").
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import data_lines, hyphen_range, opening_text
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.standard_edition import edition_tail

_RANGE = r"(?:\s?[-–]\s?{0})?"
#: the numbering closing the note, each form in its own group (the group names the label)
_NUMBERING_RE = lazy_compile(
    r"(?:^|[\s,])(?:"
    # Summa: (part) q. 90, a. 4 (, ad 2)
    r"(?P<summa>(?:(?:I{1,3}|I{1,2}-II|Suppl\.?)\s?,?\s)?q\.\s?\d{1,3},\s?a(?:rt)?\.\s?\d{1,2}(?:,\s?ad\s?\d{1,2})?)"
    # Kant: A51/B75, A 51 / B 75, B 132
    r"|(?P<kant>A\s?\d{1,3}\s?/\s?B\s?\d{1,3}|[AB]\s?\d{1,3})"
    # Bekker: 1094a1–3, 1094a1–b12
    r"|(?P<bekker>\d{2,4}[ab]\d{1,2}" + _RANGE.format(r"(?:\d{2,4}[ab]|[ab])?\d{1,2}") + r")"
    # Stephanus: 514a–517a, 473c–d, 201d, 64c
    r"|(?P<stephanus>\d{1,3}[a-e]\d{0,2}" + _RANGE.format(r"(?:\d{1,3})?[a-e]?\d{0,2}") + r")"
    # Spinoza's Ethics: (part) prop. 7, schol.; def. 3; ax. 1, dem.
    r"|(?P<geometric>(?:[IV]{1,3},?\s)?(?:prop|def|ax|post|lem)\.\s?\d{1,3}"
    r"(?:,?\s(?:schol|sch|cor|dem|expl)\.(?:\s?\d)?)*)"
    # the scholastics' distinctions: (book) d. 17, c. 6; dist. 3, q. 1, a. 2
    # and their commentaries' lectures: (book) lect. 7, n. 2519
    r"|(?P<distinction>(?:[IVXL]{1,5},?\s)?(?:d|dist|lect)\.\s?\d{1,3}(?:,\s?(?:q|c|cap|a|art|n)\.\s?\d{1,5}){0,3})"
    # dotted or comma-separated numbers: 8.12.29, 3.1.56–88, 19,13; a roman book first: VI.9.11, II.xxvii.9
    # (the tagger may cut after the book: "Enneads VI." + "9.11.", joined with a space)
    r"|(?P<dotted>(?:\d{1,4}|[IVXLC]{1,6})\.\s?(?:\d{1,4}|[ivxlc]{1,7})(?:\.(?:\d{1,4}|[ivxlc]{1,7})){0,2}"
    + _RANGE.format(r"\d{1,4}(?:\.\d{1,4}){0,3}")
    + r"|\d{1,4}(?:,\d{1,4}){1,2}" + _RANGE.format(r"\d{1,4}")
    # a roman book and two or three numbers after it: "De trinitate XV, 12, 21"
    + r"|[IVXLC]{1,6},\s\d{1,4}(?:,\s\d{1,4}){1,2})"
    # numbered units: bk. 1, ch. 2; sec. 27; lib. 2, cap. 4; § 4.4; fr. 418; III, c. 25 (a roman book first)
    r"|(?P<unit>(?:(?P<book>[IVX]{1,4}),\s)?"
    r"(?P<word>bk|book|ch|chap|chapter|sec|sect|section|§|lib|cap|c|Buch|Kap|livre|libro|fr|frag|Fr|aph|Aph|pr|m)\.?\s?"
    r"(?P<first>[\dIVXLC]{1,6}(?:\.\d{1,4}){0,3}(?:,\s?(?:ch|chap|sec|sect|para|§|cap|Kap|par)\.?\s?\d{1,4})*))"
    r")[.;]?$"
)
#: the unit word -> the CSL locator label
_UNIT_LABELS = {
    "bk": "book", "book": "book", "lib": "book", "Buch": "book", "livre": "book", "libro": "book",
    "ch": "chapter", "chap": "chapter", "chapter": "chapter", "cap": "chapter", "Kap": "chapter",
    "sec": "section", "sect": "section", "section": "section", "§": "section", "c": "chapter",
    # a fragment or an aphorism (Pascal's Pensées, Nietzsche): CSL has no label of its own for them
    "fr": "section", "frag": "section", "Fr": "section", "aph": "section", "Aph": "section",
    # Boethius's prose and metre ("V, pr. 6", "III, m. 9")
    "pr": "section", "m": "section",
}
#: what a title of the canon never holds (an imprint, a year, a quotation)
_NOT_A_TITLE_RE = lazy_compile(r"[():;\"“”«»\[\]]|\d{2}")
#: labels that hold no part of the shape
_OUTSIDE = ("punct", "signal")


class _Canon:
    """The authors' spellings -> the name to write, and (English name, work abbreviation) -> title."""

    __slots__ = ("authors", "first_words", "works")

    def __init__(self) -> None:
        self.authors: dict[str, str] = {}
        self.works: dict[tuple[str, str], str] = {}
        #: the first word of every spelling ("Thomas" of "Thomas von Aquin"): the step's pre-test
        self.first_words: frozenset[str] = frozenset()
        for line in data_lines("classical_authors.txt"):
            cells = [cell.strip() for cell in line.split("|")]
            english = cells[0]
            self.authors[english] = english
            if len(cells) > 1:
                for spelling in filter(None, (s.strip() for s in cells[1].split(";"))):
                    # an abbreviation is written out as the English name; a spelling is kept as written
                    self.authors[spelling] = english if spelling.endswith(".") else spelling
            if len(cells) > 2:
                for pair in filter(None, (p.strip() for p in cells[2].split(";"))):
                    short, _, title = pair.partition("=")
                    self.works[(english, short.strip())] = title.strip()
        self.first_words = frozenset(spelling.split(" ", 1)[0] for spelling in self.authors)


_CANON: _Canon | None = None


def canon() -> _Canon:
    """The list of the canon's authors and their works, read once."""
    global _CANON
    if _CANON is None:
        _CANON = _Canon()
    return _CANON


def _author_name(written: str) -> dict[str, str]:
    if "\u00a0" in written:  # (a given name and the canon's family name, joined by _given_and_canon_family)
        given, _, family = written.rpartition("\u00a0")
        return {"family": family, "given": given}
    return {"family": written} if " " not in written else {"literal": written}


#: a given name or initials before a family name: "Ludwig", "G. W.", "Jean-Luc"
_GIVEN_RE = lazy_compile(r"^(?:[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?|[A-Z]\.(?:\s?[A-Z]\.)*)(?:\s(?:[A-Z][a-zà-ÿ]+|[A-Z]\.))?$")


def _given_and_canon_family(author: str) -> str | None:
    """"Ludwig Wittgenstein" -> "Ludwig\u00a0Wittgenstein" when the last word is an author of the canon written
    as its family name and the words before it a given name; else None."""
    given, _, family = author.rpartition(" ")
    if canon().authors.get(family) != family or not _GIVEN_RE.match(given):
        return None
    return f"{given}\u00a0{family}"


def _head(head: str) -> tuple[str, str] | None:
    """"Augustine, Confessions" or "Ov. Met." -> (the author as written out, the title); else None."""
    known = canon()
    author, comma, title = head.partition(", ")
    if comma:
        name = known.authors.get(author)
        if " " in author and (name is None or name == author) and (full := _given_and_canon_family(author)) is not None:
            name = full  # "Ludwig Wittgenstein", "Immanuel Kant": a given name before the canon's family name
        title = title.strip().rstrip(",").strip()
        if name is None or not title or len(title) > 80 or _NOT_A_TITLE_RE.search(title):
            return None
        return name, title
    # "Ov. Met.", "Verg. Aen.", "Arist. Eth. Nic.": an abbreviated author, then a work of that author
    first, space, rest = head.partition(" ")
    name = known.authors.get(first)
    if not space and name is not None:
        return name, ""  # "Thuc. 2.40.1", "Herodotus 1.1": an author of one work (its numbering is dotted)
    if not space or name is None or not first.endswith("."):
        return None
    work = known.works.get((name, rest.strip()))
    return (name, work) if work else None


def read_classical(text: str) -> tuple[str, str, str, str] | None:
    """The whole note -> (author, title, locator, label) when it cites a work of the canon by its
    numbering; else None."""
    m = _NUMBERING_RE.search(text)
    if m is None or m.start() < 4:
        return None
    read = _head(text[: m.start()].rstrip(" ,"))
    if read is None or (not read[1] and not m["dotted"]):
        return None
    if m["summa"] or m["geometric"] or m["distinction"]:
        locator, label = m["summa"] or m["geometric"] or m["distinction"], "section"
    elif m["kant"] or m["bekker"] or m["stephanus"]:
        locator, label = m["kant"] or m["bekker"] or m["stephanus"], "page"
    elif m["dotted"]:
        locator, label = m["dotted"].replace(". ", "."), "section"
    else:  # (after an unnamed book, "III, c. 25", the locator keeps the book and the unit's word)
        locator, label = m["unit"] if m["book"] else m["first"], _UNIT_LABELS[m["word"]]
    return read[0], read[1], hyphen_range(locator), label


class ClassicalWork(Normalizer):
    """"Author, Title numbering" of the canon -> type ``classic``, ``author``, ``title``, the numbering
    as the locator, kind ``full``."""

    name: ClassVar[str] = "classical"
    code: ClassVar[str] = "P130"
    keys: ClassVar[tuple[str, ...]] = ("type", "author", "title", "kind", "locator", "label", "suffix")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        n = len(sequence)
        if n > 6 or n == 0:
            return  # (more spans than "author, title, numbering" and its punctuation has)
        head = opening_text(sequence)
        first_words = canon().first_words
        if head.lstrip()[:24].partition(" ")[0].rstrip(",") not in first_words:
            return  # (almost every reference: its first word is no spelling of an author of the canon)
        last = sequence[-1][1]
        parallel = None
        if last.rstrip(" .;")[-1:] == ")":
            parts = [text.strip() for label, text in sequence if label not in _OUTSIDE]
            parallel = edition_tail(" ".join(parts))  # "De vita Moysis 2.162 (PG 44, 377A)": the edition's column beside
            if parallel is None or parallel["open"] is None:
                return
        elif not _ends_in_numbering(last):
            return
        parts = [text.strip() for label, text in sequence if label not in _OUTSIDE]
        text = " ".join(parts)
        if parallel is not None:
            text = text[: parallel.start()].rstrip()
        if len(text) > 140 or "(" in text:
            return  # (an imprint: an edition is cited, not the canon's numbering)
        read = read_classical(text)
        if read is None:
            return
        author, title, locator, label = read
        if parallel is not None:
            state.suffix = parallel.group().strip(" .;")
        state.item = {"type": "classic", "author": [_author_name(author)]}
        if title:
            state.item["title"] = title
        state.kind = "full"
        state.locator, state.label = locator, label


def _ends_in_numbering(last: str) -> bool:
    """The last span ends in a digit or a Stephanus/Bekker letter, a full stop aside ("64c.", "473c–d.")."""
    tail = last.rstrip().rstrip(".;")
    return tail[-1:].isdigit() or (tail[-1:] in ("a", "b", "c", "d", "e") and tail[-2:-1] in _DIGIT_OR_DASH) or (
        tail[-1:] in ("l", "r", "m", "h") and tail.rpartition(" ")[2] in _GEOMETRIC_ENDS  # Spinoza's "prop. 7, schol."
    )


#: the last words of Spinoza's numbering: scholium, corollary, demonstration, explanation
_GEOMETRIC_ENDS = frozenset({"schol", "sch", "cor", "dem", "expl"})


_DIGIT_OR_DASH = frozenset("0123456789-–")
