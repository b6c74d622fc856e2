"""The one grammar of rabbinic citations, shared by the parser's rabbinic-source step
(:mod:`citekit.normalize.rabbinic_source`, P190) and the extractor (:mod:`citekit.extraction.rabbinic`).

A note cites the Talmuds by tractate and folio ("b. Sanhedrin 37a", "BT Sanh. 37a–b", "bSan 37a"), the
Jerusalem Talmud by chapter and halakhah with the folio of its first edition ("y. Peʾah 1:1, 15b", "yBer 4,1
(7c)"), the Mishnah and the Tosefta by chapter and paragraph ("m. Avot 1:1", "t. Sukkah 4:6"), a midrash by
its chapter, pisqa or section ("Genesis Rabbah 8:5", "Sifre Deuteronomy, pisqa 32", "Sifra, Qedoshim 4:12"),
the Zohar by volume and folio ("Zohar 1:15a") and the codes by a section and its numbering ("Maimonides,
Mishneh Torah, Hilkhot Teshuvah 3:4", "Shulḥan ʿArukh, Oraḥ Ḥayyim 90:9").

The convention (SBL Handbook and Chicago practice): the bibliography's entry is the work -- the tractate
within its corpus, the midrash, the code -- and the locator the place in it.

* A tractate's ``title`` is its canonical name from ``data/rabbinic_tractates.txt`` (an abbreviation or a
  variant spelling found there gives the full name: "Sanh." -> "Sanhedrin", "Schab" -> "Shabbat"; a name not
  listed is kept as written) and its corpus, spelled out, the ``container-title`` ("Babylonian Talmud",
  "Jerusalem Talmud", "Mishnah", "Tosefta"): the Mishnah's Sanhedrin and the Bavli's are two works.  A folio
  ("37a", "37a-b") is a locator of label ``folio``, a chapter and paragraph ("4:5", "1:1, 15b") of label
  ``section``.
* A midrash's ``title`` is its canonical name from ``data/rabbinic_midrashim.txt`` ("Gen. Rab." -> "Genesis
  Rabbah"), or the name as written when a word of ``data/midrash_words.txt`` marks it; a named section after
  a comma belongs to the locator ("Sifra, Qedoshim 4:12": "Qedoshim 4:12"), a "pisqa" or "§" does not.
* A code's ``title`` is its canonical name from ``data/rabbinic_codes.txt`` ("Mishne Torah", "MT" ->
  "Mishneh Torah") and the section with its numbering the locator ("Hilkhot Teshuvah 3:4"): the Mishneh Torah
  is one work in one edition, its fourteen books and their *hilkhot* its divisions, as the books of a long
  poem are; a bibliography lists it once, whichever *hilkhot* the notes cite.  An author before it
  ("Maimonides, ") is the work's author.

The whole text must be the reference: "b." before a name that is no tractate ("Simeon b. Yohai 12") or a page
without its side is not one.  Locators store a range's dash as a hyphen, as every locator of the parser does.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import Any

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_names
from citekit.normalize._text import data_lines, hyphen_range, squash

#: the corpus marks of the Talmuds, the Mishnah and the Tosefta (folded: no periods, spaces, case) -> the
#: corpus's name, the ``container-title`` of its tractates
CORPORA = {
    "b": "Babylonian Talmud", "bt": "Babylonian Talmud", "tb": "Babylonian Talmud", "bavli": "Babylonian Talmud",
    "talmudbavli": "Babylonian Talmud", "babyloniantalmud": "Babylonian Talmud",
    "y": "Jerusalem Talmud", "j": "Jerusalem Talmud", "pt": "Jerusalem Talmud", "jt": "Jerusalem Talmud",
    "yt": "Jerusalem Talmud", "tj": "Jerusalem Talmud", "yerushalmi": "Jerusalem Talmud",
    "talmudyerushalmi": "Jerusalem Talmud", "jerusalemtalmud": "Jerusalem Talmud",
    "palestiniantalmud": "Jerusalem Talmud",
    "m": "Mishnah", "mishnah": "Mishnah", "mishna": "Mishnah",
    "t": "Tosefta", "tos": "Tosefta", "tosefta": "Tosefta", "tosephta": "Tosefta",
}
#: the corpora's names, as an entry's ``container-title`` holds them
CORPUS_NAMES = frozenset(CORPORA.values())

#: a word of a name: a tractate's ("Sanh.", "Bava", "Metsiʿa", "ʿAvod."), a midrash's, a code's section's
_WORD = r"[A-ZʿʾĀ-ŽḀ-ỿ][\w'ʿʾ’.-]*"
#: a lower-case word inside such a name: "Rosh ha-Shanah", "Even ha-ʿEzer", "Laws of Kings"
_LINK = r"(?:de|ha|u|ve|bar|ben)-[\w'ʿʾ’]+"
#: a folio and its side ("37a", "31a–b", "59b–60a"; the Yerushalmi's columns "7c")
_FOLIO = r"\d{1,3}[a-d](?:\s*[-–]\s*(?:\d{1,3})?[a-d])?"
#: chapter and paragraph ("1:1", "4:3–5", German "4,1"), perhaps with the Yerushalmi's folio ("1:1, 15b", "4,1 (7c)")
_CHAPTER = (r"\d{1,3}(?:[:.]|,(?=\d))\d{1,3}(?:\s*[-–]\s*\d{1,3}(?:[:.]\d{1,3})?)?"
            r"(?:,?\s*\(?\d{1,3}[a-d](?:\s*[-–]\s*\d{0,3}[a-d])?\)?)?")
_TRACTATE_NUMBERING = rf"(?:(?P<folio>{_FOLIO})|(?P<section>{_CHAPTER}))"
#: a tractate of one to three words
_TRACTATE_NAME = rf"(?P<tractate>{_WORD}(?:\s+(?:{_WORD}|{_LINK})){{0,2}}?)"
#: the corpus's siglum or name, then the tractate and its numbering: "b. Sanh. 37a", "Babylonian Talmud, Bava
#: Metsiʿa 59b", "Mishnah Yoma 8:9"
_TRACTATE_RE = lazy_compile(
    r"(?P<corpus>[bBjJyYmMtT]\.|B\.?T\.?|T\.?B\.?|P\.?T\.?|J\.?T\.?|Y\.?T\.?|T\.?J\.?|Bavli|Yerushalmi|"
    r"Talmud\s+Bavli|Talmud\s+Yerushalmi|Babylonian\s+Talmud|Jerusalem\s+Talmud|Palestinian\s+Talmud|"
    r"Mishnah?|Tosefta|Tosephta|Tos\.)"
    rf"(?:,?\s+|(?<=\.))\s*{_TRACTATE_NAME}\s+{_TRACTATE_NUMBERING}"
)
#: German Judaistik joins the mark to the tractate's siglum: "bSchab 31a", "mAv 1,1", "yBer 4,1 (7c)"
_JOINED_RE = lazy_compile(rf"(?P<corpus>[bymt])(?P<tractate>[A-Z][a-zäöüʿ]{{1,12}}\.?)\s+{_TRACTATE_NUMBERING}")

#: a midrash's or a code's numbering: "8:5", "343", "1:15a" (the Zohar), "3:4–6"
_NUMBER = r"\d{1,3}(?:[:.]\d{1,3}){0,2}[a-d]?(?:\s*[-–]\s*\d{1,3}(?:[:.]\d{1,3})?[a-d]?)?"
#: a named section of a midrash or a code: "Qedoshim", "Hilkhot Teshuvah", "Laws of Kings", "Even ha-ʿEzer"
_SECTION = rf"(?:{_WORD}|Laws\s+(?:of|concerning))(?:\s+(?:{_WORD}|{_LINK}|of|the|and)){{0,5}}?"
#: what follows a midrash's name: a recension ("A"), a named section after a comma, a "pisqa", the numbering
_MIDRASH_TAIL_RE = lazy_compile(
    rf"(?P<recension>\s+[AB](?=\s+\d))?(?:,\s*(?P<section>{_SECTION}))?,?\s+"
    r"(?:(?:pisqa|piska|piskah|pisqaʾ|§|ch\.|chap\.|parashah|par\.)\s*)?"
    rf"(?P<number>{_NUMBER})"
)
#: a midrash named by its words alone: "Yalkut Shimoni 1:10", "Tanna de-Vei Eliyahu 5" (a word of the list in it)
_MIDRASH_WORDS_RE = lazy_compile(rf"(?P<work>{_WORD}(?:\s+(?:{_WORD}|{_LINK})){{0,3}}?)\s+(?P<number>{_NUMBER})")
#: what follows a code's name: its section and the numbering ("Hilkhot Teshuvah 3:4")
_CODE_TAIL_RE = lazy_compile(rf"(?:,\s*|\s+)(?P<section>{_SECTION})\s+(?P<number>{_NUMBER})")
#: the sections a code's siglum ("MT", "SA", "Tur") must stand before
_SIGLUM_SECTION_RE = lazy_compile(
    r"(?:Hilkhot|Hilchot|Hilkot|Hil\.|Laws\s|Ora[ḥh]|Yoreh|Even\s|Eben\s|[ḤH]oshen|Choshen|Orach)")
#: an author before a code: one name, no digits
_AUTHOR_RE = lazy_compile(r"(?P<author>[A-ZĀ-Ž][^\d,;:()]{1,40}?),\s*")

#: a Talmud, Mishnah or Tosefta reference by its corpus mark inside a sentence: "… attributed to Hillel in
#: b. Shabbat 31a." (the mark must open a word)
_TRACTATE_IN_TEXT_RE = lazy_compile(
    r"(?<![\w.])(?:[bymt]\.|B\.?T\.?|P\.?T\.?|Bavli|Yerushalmi|Mishnah|Tosefta)\s*"
    rf"{_WORD}(?:\s+(?:{_WORD}|{_LINK})){{0,2}}?\s+(?:{_FOLIO}|{_CHAPTER})(?![\w:])"
)
_IN_TEXT_MARKS = ("b.", "y.", "m.", "t.", "T ", "Bavli", "Yerushalmi", "Mishnah", "Tosefta")


def fold(text: str) -> str:
    """A name as the tables look it up: no case, diacritics, ʿ ʾ ' ’, periods, hyphens or spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed
                   if not unicodedata.combining(ch) and ch not in "ʿʾ'’`.-‐ " and not ch.isspace()).casefold()


def _table(filename: str) -> dict[str, str]:
    """A data file of "Canonical | variant | …" lines -> every folded spelling to its canonical name."""
    table: dict[str, str] = {}
    for line in data_lines(filename):
        names = [name.strip() for name in line.split("|") if name.strip()]
        for name in names:
            table.setdefault(fold(name), names[0])
    return table


@functools.cache
def tractates() -> dict[str, str]:
    """Every spelling and abbreviation of a tractate (folded) -> its canonical name, read once."""
    return _table("rabbinic_tractates.txt")


def _by_first_word(pairs: list[tuple[str, str]]) -> dict[str, tuple[tuple[str, str], ...]]:
    """Spellings (with their canonical names) by their first word, longest first: a look-up per text."""
    found: dict[str, list[tuple[str, str]]] = {}
    for written, canonical in pairs:
        found.setdefault(written.split()[0], []).append((written, canonical))
    return {first: tuple(sorted(names, key=lambda pair: -len(pair[0]))) for first, names in found.items()}


@functools.cache
def codes() -> dict[str, tuple[tuple[str, str], ...]]:
    """The codes' spellings as written, each with its canonical title, by their first word; read once."""
    found: list[tuple[str, str]] = []
    for line in data_lines("rabbinic_codes.txt"):
        names = [name.strip() for name in line.split("|") if name.strip()]
        found.extend((name, names[0]) for name in names)
    return _by_first_word(found)


@functools.cache
def midrashim() -> dict[str, tuple[tuple[str, str], ...]]:
    """The midrashim's spellings as written, each with its canonical title, by their first word; read once."""
    found: list[tuple[str, str]] = []
    for line in data_lines("rabbinic_midrashim.txt"):
        rabbah = line.startswith("Rabbah:")
        names = [name.strip() for name in line.removeprefix("Rabbah:").split("|") if name.strip()]
        if rabbah:
            canonical = f"{names[0]} Rabbah"
            found.extend((f"{book} {word}", canonical) for book in names for word in ("Rabbah", "Rabba", "Rab.", "R."))
        else:
            found.extend((name, names[0]) for name in names)
    return _by_first_word(found)


@functools.cache
def midrash_words() -> frozenset[str]:
    """The words that mark a work of midrash, read once."""
    return frozenset(data_lines("midrash_words.txt"))


@dataclass(frozen=True)
class RabbinicCitation:
    """A rabbinic work (the tractate in its corpus, the midrash, the code) and the place cited in it."""

    title: str
    locator: str  # (a range's dash a hyphen)
    label: str = "section"  # (a Talmud's folio: "folio")
    corpus: str | None = None  # (a tractate's: "Babylonian Talmud", "Jerusalem Talmud", "Mishnah", "Tosefta")
    author: str | None = None
    at: int = -1  # (where the locator starts in the text read)

    def item(self) -> dict[str, Any]:
        """The work as a CSL item: a ``classic`` with its title, corpus and author."""
        item: dict[str, Any] = {"type": "classic"}
        if self.author:
            item["author"], _ = parse_names(self.author)
        item["title"] = self.title
        if self.corpus:
            item["container-title"] = self.corpus
        return item


@functools.cache
def _work_titles() -> frozenset[str]:
    """The canonical titles of the codes and the listed midrashim."""
    return frozenset(canonical for table in (codes(), midrashim()) for names in table.values() for _, canonical in names)


def rabbinic_identity(item: dict[str, Any]) -> tuple[str, ...] | None:
    """What makes two entries one rabbinic work, their authors aside: a tractate's corpus and title, a code's
    or a listed midrash's title ("Maimonides, Mishneh Torah" and "Mishneh Torah" are one work)."""
    if item.get("type") != "classic":
        return None
    title = str(item.get("title") or "")
    corpus = item.get("container-title")
    if corpus in CORPUS_NAMES:
        return ("rabbinic", fold(str(corpus)), fold(title))
    if not corpus and title in _work_titles():
        return ("rabbinic", "", fold(title))
    return None


def _startswith_name(text: str, table: dict[str, tuple[tuple[str, str], ...]]) -> tuple[int, str] | None:
    """The length and canonical name of the listed name ``text`` opens with (a whole word)."""
    first = text.split(None, 1)[0].rstrip(",") if text else ""
    for written, canonical in table.get(first, ()):
        if text.startswith(written) and (len(text) == len(written) or not text[len(written)].isalnum()
                                         or written.endswith(".")):
            return len(written), canonical
    return None


def _tractate(text: str) -> RabbinicCitation | None:
    m = _TRACTATE_RE.fullmatch(text)
    joined = m is None
    if m is None:
        m = _JOINED_RE.fullmatch(text)
        if m is None:
            return None
    corpus = CORPORA.get(fold(m["corpus"]))
    if corpus is None:
        return None
    written = m["tractate"]
    canonical = tractates().get(fold(written))
    if canonical is None:
        if joined or (m["corpus"][0].isupper() and m["corpus"][1:] == "."):
            return None  # ("M. Weber 1:212": an initial, not the Mishnah; "bSan": a siglum the table knows)
        if _startswith_name(f"{m['corpus']} {written}", codes()):
            return None  # ("Mishnah Berurah 1:1": a commentary, no tractate)
        canonical = written
    numbering, label = (m["folio"], "folio") if m["folio"] else (m["section"], "section")
    return RabbinicCitation(canonical, hyphen_range(numbering), label, corpus, at=m.start(label))


def _midrash(text: str) -> RabbinicCitation | None:
    named = _startswith_name(text, midrashim())
    if named is not None:
        tail = _MIDRASH_TAIL_RE.fullmatch(text, named[0])
        if tail is not None:
            title = named[1] + (f" {tail['recension'].strip()}" if tail["recension"] else "")
            locator = f"{squash(tail['section'])} {tail['number']}" if tail["section"] else tail["number"]
            at = tail.start("section") if tail["section"] else tail.start("number")
            return RabbinicCitation(title, hyphen_range(locator), at=at)
    if "," in text or midrash_words().isdisjoint(text.split()):
        return None
    m = _MIDRASH_WORDS_RE.fullmatch(text)
    if m is None or midrash_words().isdisjoint(m["work"].split()):
        return None
    return RabbinicCitation(squash(m["work"]), hyphen_range(m["number"]), at=m.start("number"))


def _code(text: str) -> RabbinicCitation | None:
    author = _AUTHOR_RE.match(text)
    start = author.end() if author is not None else 0
    named = _startswith_name(text[start:], codes())
    if named is None and author is not None:
        author, start = None, 0
        named = _startswith_name(text, codes())
    if named is None:
        return None
    written = text[start: start + named[0]]
    tail = _CODE_TAIL_RE.fullmatch(text, start + named[0])
    if tail is None or ((written.isupper() or written == "Tur") and not _SIGLUM_SECTION_RE.match(tail["section"])):
        return None
    name = squash(author["author"]) if author is not None else None
    if name is not None and len(parse_names(name)[0]) != 1:
        return None
    return RabbinicCitation(named[1], hyphen_range(f"{squash(tail['section'])} {tail['number']}"), author=name,
                            at=tail.start("section"))


def read_rabbinic(text: str) -> RabbinicCitation | None:
    """The work and place if the whole of ``text`` (a final period aside) is a rabbinic reference."""
    lead = len(text) - len(text.lstrip())
    stripped = text.strip().rstrip(".;,").strip()
    if not stripped or len(stripped) > 120:
        return None
    if not any(ch.isdigit() for ch in stripped[-6:]) and not stripped.endswith(")"):
        return None  # (the numbering ends the reference: a cheap test before the patterns)
    found = _tractate(stripped) or _midrash(stripped) or _code(stripped)
    if found is None:
        return None
    return RabbinicCitation(found.title, found.locator, found.label, found.corpus, found.author, found.at + lead)


def rabbinic_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the Talmud, Mishnah and Tosefta references a sentence makes in passing."""
    if not any(mark in text for mark in _IN_TEXT_MARKS):
        return []
    return [(m.start(), m.end()) for m in _TRACTATE_IN_TEXT_RE.finditer(text) if read_rabbinic(m.group(0)) is not None]
