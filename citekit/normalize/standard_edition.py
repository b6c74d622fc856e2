"""A work cited in a standard or collected edition by the edition's siglum, volume and page: "Kant,
Grundlegung zur Metaphysik der Sitten, AA 4:421", "Heidegger, Sein und Zeit, GA 2, 152", "Nietzsche,
Jenseits von Gut und Böse, KSA 5, 57", "Descartes, Meditationes, AT VII, 25", "Luther, Von der Freiheit
eines Christenmenschen (1520), WA 7, 20–38", "Augustine, Ep. 130, PL 33, 494", or the siglum alone
("Hua VI, 48").

Philosophers and theologians cite the edition every reader of the field has by its siglum
(``data/standard_editions.txt``), so the citation is complete by convention (kind ``full``), like the
canon's numbering.  The tagger reads the siglum as a journal, a volume word or part of the title
("Sein und Zeit, GA 2," + "152."), and "4:421" as a volume and an issue: the step reads the end of the
whole text and, as the title step reads "Registrum epistolarum, PL 77", makes the work a ``chapter``
of the edition's volume: the siglum in ``container-title``, the volume in ``volume`` ("4", "VII",
"III/2", "50A") and the page (or Migne's column) in the locator; the siglum is cut out of the title it
was read into.  What the earlier steps read of the author, the title and the imprint stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import data_lines, hyphen_range
from citekit.normalize.base import Context, ItemState, Normalizer


class _Sigla:
    """The sigla (their first words, for the pre-test) and the label of the number cited after each."""

    __slots__ = ("alternation", "first_words", "labels", "pattern")

    def __init__(self) -> None:
        self.labels: dict[str, str] = {}
        for line in data_lines("standard_editions.txt"):
            siglum, _, label = (cell.strip() for cell in line.partition("|"))
            self.labels[siglum] = label or "page"
        self.first_words = frozenset(siglum.split(" ", 1)[0] for siglum in self.labels)
        body = "|".join(re.escape(s).replace(r"\ ", r"\s") for s in sorted(self.labels, key=len, reverse=True))
        #: the sigla as one group of an expression, longest first (what the extraction side matches them with)
        self.alternation = f"(?:{body or '(?!)'})"
        self.pattern = re.compile(
            r"(?:^|[\s,;(])(?P<open>\()?(?P<siglum>" + (body or r"(?!)") + r")\s?"
            # the volume: 4, 04, VII, IX-1, III/2, I/2, 50A; a series and volume of a composer's edition: II/5/19
            r"(?P<volume>\d{1,3}[A-B]?|[IVXLC]{1,6}(?:\s?[-/]\s?\d{1,2}){0,2}|\d{1,2}/\d{1,2})"
            r"(?:\s?[:,]\s?|\s)(?:(?:S\.|p\.|pp\.|col\.|cols\.|coll\.|Sp\.)\s?)?"
            # the page or column: 421, 377A, 20–38, 45f., 12 ff.
            r"(?P<page>\d{1,4}[A-D]?(?:\s?[-–]\s?\d{1,4}[A-D]?)?(?:\s?ff?\.)?)"
            r"(?(open)\))[.;]?$"
        )


_SIGLA: _Sigla | None = None


def sigla() -> _Sigla:
    """The sigla of the standard editions, read once."""
    global _SIGLA
    if _SIGLA is None:
        _SIGLA = _Sigla()
    return _SIGLA


def edition_tail(text: str) -> re.Match[str] | None:
    """The "SIGLUM volume, page" closing ``text`` (perhaps in brackets), or None."""
    return sigla().pattern.search(text)


#: the first words of the sigla, for the pre-test (read with the list, on first use)
_FIRST_WORDS: frozenset[str] = frozenset()
#: their first letters
_INITIALS: frozenset[str] = frozenset()
#: the first characters of a last span that may be the page after the edition's volume, and of one that may
#: hold a siglum (the sigla are written in Latin capitals; "Ep. 130, PL 33, 494." opens with the work's)
_DIGITS = frozenset("0123456789")
_OPENERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ(")
#: the labels the tagger gives the span that holds the siglum and the volume, or the volume alone, before the page
_BEFORE_THE_PAGE = frozenset({"title", "volume", "container-title", "collection-title", "other", "author", "locator"})
#: what ends the span before a last span that is the page, when the edition's volume ends it ("GA 2,", "AT VII,")
_VOLUME_ENDS = frozenset("0123456789IVXLCAB")


def _first_words() -> frozenset[str]:
    """The sigla's first words (and their first letters), read once: module globals, which the pre-test reads
    faster than an attribute of the list."""
    global _FIRST_WORDS, _INITIALS
    if not _FIRST_WORDS:
        _FIRST_WORDS = sigla().first_words
        _INITIALS = frozenset(word[:1] for word in _FIRST_WORDS)
    return _FIRST_WORDS


def _opens_with_siglum(last: str) -> bool:
    """The last span opens with a siglum ("KSA 5, 57.", "(PG 44, 377A).") or holds one after the work's own
    number ("Ep. 130, PL 33, 494.")."""
    first_words = _first_words()
    if last[:1] == "(":
        last = last[1:]
    if last[:1] in _INITIALS and last[: last.find(" ")] in first_words:
        return True
    if ", " not in last:
        return False  # (most: "S. 52.", "Bd. 2")
    comma = last.rfind(", ")
    return comma > 0 and last[last.rfind(", ", 0, comma) + 2 :].partition(" ")[0] in first_words


def _siglum_before_volume(sequence: Sequence[tuple[str, str]]) -> bool:
    """The last span is the page and a siglum stands before its volume: "Sein und Zeit, GA 2," + "152.",
    "AA 05:" + "30.", "WA" + "7," + "20–38."."""
    prev = sequence[-2][1]
    end = prev[-1:]
    if end == "," or end == ":":
        end = prev[-2:-1]
    if end not in _VOLUME_ENDS:
        return False  # (a title's last word)
    words = prev.rstrip(" ,:").rsplit(" ", 2)
    if len(words) > 1:
        return words[-2].lstrip("(") in _first_words()
    return len(sequence) > 2 and sequence[-3][1].strip(" ,(").rpartition(" ")[2] in _first_words()


def _may_close_with_siglum(sequence: Sequence[tuple[str, str]]) -> bool:
    """The pre-test (as the step makes it inline): a siglum opens the last span, or stands before the volume
    in the span before the page."""
    last = sequence[-1][1]
    first = last[:1]
    if first in _DIGITS:
        return len(sequence) > 1 and sequence[-2][0] in _BEFORE_THE_PAGE and _siglum_before_volume(sequence)
    return first in _OPENERS and _opens_with_siglum(last)


class StandardEdition(Normalizer):
    """"…, SIGLUM volume, page" of a standard edition -> ``container-title``, ``volume``, the page as the
    locator, kind ``full``."""

    name: ClassVar[str] = "standard-edition"
    code: ClassVar[str] = "P160"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "author", "title", "title-short", "container-title", "volume", "issue", "page",
        "number", "kind", "locator", "label",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if not sequence:
            return
        title = state.item.get("title")
        if isinstance(title, str) and title[-1:] == ")" and " (" in title:
            _volume_in_brackets(state.item, title)  # "Sein und Zeit (GA 2)": the book is a volume of the edition
        # the pre-test of _may_close_with_siglum, inline (a call costs what the tests cost): almost every
        # reference ends in a lower-case locator ("p. 45."), or in a page after an imprint ("1998)," + "45.")
        last = sequence[-1][1]
        first = last[:1]
        if first in _DIGITS:
            if len(sequence) < 2 or sequence[-2][0] not in _BEFORE_THE_PAGE or not _siglum_before_volume(sequence):
                return
        elif first not in _OPENERS or not _opens_with_siglum(last):
            return
        if len(sequence) > 12:
            return
        if state.item.get("type") == "classic":
            return  # (the canon's numbering was read; a parallel edition rides in its suffix)
        text = " ".join(text.strip() for label, text in sequence if label != "signal")
        m = edition_tail(text)
        if m is None:
            return
        siglum = re.sub(r"\s+", " ", m["siglum"])
        volume = re.sub(r"\s+", "", m["volume"]).replace("–", "-")
        item = state.item
        for key in ("issue", "page", "number"):
            item.pop(key, None)
        title = item.get("title")
        if title is not None:
            cut = _siglum_in(title, siglum)
            if cut is not None:
                if cut:
                    item["title"] = cut
                else:
                    del item["title"]
                item.pop("title-short", None)
        # the work in a volume of the edition, as the title step reads "Registrum epistolarum, PL 77"
        item["type"] = "chapter"
        item["container-title"] = siglum
        item["volume"] = volume
        head = text[: m.start()].rstrip(" ,;(")
        if "title" not in item and head.count(", ") == 1:
            # "Kant, KpV," + "AA 05:" and "Augustine," + "Ep. 130, PL 33, 494.": the author, then the work
            author, _, work = head.partition(", ")
            if author.isalpha() and author[:1].isupper() and work[:1].isupper():
                item["author"], item["title"] = [{"family": author}], work
        state.locator, state.label = hyphen_range(m["page"].replace(" ", "")), sigla().labels.get(siglum, "page")
        if state.kind == "short":
            state.kind = "full"


#: "(GA 2)", "(Hua III/1)", "(KGW VI 2)" closing a title: the edition's siglum and the book's volume in it
_BRACKETED_RE = lazy_compile(
    r"\s\((?P<siglum>[A-Z][A-Za-z]{0,5}\.?(?:\s(?![IVXLC]+\W)[A-Z][A-Za-z]{0,2})?)\s?"
    r"(?P<volume>\d{1,3}[A-B]?|[IVXLC]{1,6}(?:\s?[/-]\s?\d{1,2}|\s\d{1,2})?)\)$"
)


def _volume_in_brackets(item: dict[str, object], title: str) -> None:
    """A book published as a volume of a collected edition, the siglum and volume in brackets after its title
    ("Martin Heidegger, Sein und Zeit (GA 2), Frankfurt am Main 1977"): the edition is the book's series
    (``collection-title``, ``collection-number``), the title is the book's own."""
    m = _BRACKETED_RE.search(title)
    if m is None or m["siglum"] not in sigla().labels or "collection-title" in item:
        return
    item["title"] = title[: m.start()].rstrip(" ,")
    short = item.get("title-short")
    if isinstance(short, str) and short.endswith(m.group(0)):
        item["title-short"] = short[: -len(m.group(0))].rstrip(" ,")
    item["collection-title"] = m["siglum"]
    item["collection-number"] = re.sub(r"\s+", " ", m["volume"])


def _siglum_in(title: str, siglum: str) -> str | None:
    """The title without the siglum (and the volume after it) that the tagger read into it; None when the
    title does not hold it."""
    if title == siglum or title.startswith(siglum + " "):
        return ""  # ("PL 63": the title span held the siglum and the volume alone)
    at = title.rfind(" " + siglum + " ")
    if at < 0:
        at = title.rfind(" " + siglum)
        if at < 0 or at + len(siglum) + 1 != len(title):
            return None
    return title[:at].rstrip(" ,;(")
