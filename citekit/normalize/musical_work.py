"""A musical work cited by its opus or thematic-catalogue number: "J. S. Bach, Mass in B minor, BWV 232",
"Mozart, Symphony No. 40 in G minor, K. 550, mm. 1–20", "Haydn, Streichquartett C-Dur, Hob. III:77, T. 5–12",
"Schubert, Winterreise, D. 911, no. 5", "Beethoven, String Quartet in C-sharp minor, op. 131, bars 1–16".

Musicologists cite a work by its number in the composer's catalogue (``data/thematic_catalogues.txt``), which
names it as fully as the canon's numbering names a classic: the citation is complete (kind ``full``), of CSL
type ``musical_score``, the number in ``number``, and the pinpoint is a passage of the work: measures ("mm.",
"bars", German "T."/"Takt", Italian "batt.", French "mes."; label ``line``, music's lines), a number within it
("no. 5", "Nr. 5"; ``number``), a movement (``part``) or a page of the score.  The tagger splits these notes
at random ("Symphony No. 40 in" + "G minor," read as an author; "op." + "131, bars 1–16."), so the step reads
the whole text, "Composer, Title, NUMBER[, passage]", and replaces what the earlier steps read of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_one
from citekit.normalize._text import data_lines, hyphen_range
from citekit.normalize.base import Context, ItemState, Normalizer

#: the words that label a passage of a musical work, and their CSL labels
PASSAGE_LABELS: dict[str, str] = {
    "mm": "line", "m": "line", "bars": "line", "bar": "line", "b": "line", "bb": "line", "t": "line",
    "takt": "line", "takte": "line", "batt": "line", "battute": "line", "mes": "line", "mesures": "line",
    "no": "number", "nos": "number", "nr": "number", "n": "number", "n°": "number",
    "mvt": "part", "movt": "part", "mov": "part", "satz": "part", "p": "page", "pp": "page", "s": "page",
}


#: passage words too common at a note's end to open the whole-text reading
_COMMON = frozenset({"p", "pp", "s", "n", "b", "m"})


class _Catalogues:
    """The catalogue sigla (``data/thematic_catalogues.txt``), the words that may open a note's last span, and
    the whole-text pattern."""

    __slots__ = ("openers", "passages", "pattern", "sigla")

    def __init__(self) -> None:
        self.sigla = frozenset(data_lines("thematic_catalogues.txt"))
        words = {s.split(" ", 1)[0] for s in self.sigla}
        # the last span opens with the number ("BWV 232.") or with the passage after it ("mm. 1–20.")
        self.openers = frozenset(w for s in words for w in (s, s + "."))
        # (not a page's or a note's label: "p. 45." closes most notes, and a score's page is cited after its
        # number rarely enough to leave to the tagger)
        self.passages = frozenset(
            w for p in PASSAGE_LABELS if p not in _COMMON for w in (p + ".", p, p.capitalize() + ".", p.capitalize())
        )
        body = "|".join(re.escape(s).replace(r"\ ", r"\.?\s") for s in sorted(self.sigla, key=len, reverse=True))
        passage = "|".join(sorted((re.escape(p) for p in PASSAGE_LABELS), key=len, reverse=True))
        self.pattern = re.compile(
            r"^(?P<head>[^,]{2,80}(?:,\s[^,]{2,120})?),\s"
            # the number: "BWV 232", "K. 550", "Hob. III:77", "op. 59 no. 1", "KV 620a", "D 911", "op. 10/2", "MWV A 25"
            r"(?P<number>(?:" + (body or r"(?!)") + r")\.?\s?(?:[IVXL]{1,5}:\s?|[A-Z]\s)?\d{1,4}[a-z]?(?:[/.]\d{1,3})?"
            r"(?:\s?[-–]\s?\d{1,4}[a-z]?)?"  # (a set of works: "BWV 846–869")
            r"(?:\s(?:no\.|No\.|Nr\.)\s?\d{1,3})?)"
            # the movement: "second movement", "mvt. 4", "1. Satz", "finale"
            r"(?:,\s(?P<movement>(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|\d\.)\s(?:movement|mvt\.|Satz)"
            r"|(?:mvt|movt|mov)\.\s?\d|Satz\s\d|finale))?"
            r"(?:,\s(?P<label>" + passage + r")\.?\s?(?P<passage>\d{1,4}[a-z]?(?:\s?[-–]\s?\d{1,4}[a-z]?)?))?"
            r"\.?$",
            re.I,
        )


_CATALOGUES: _Catalogues | None = None


def catalogues() -> _Catalogues:
    """The catalogues, read once."""
    global _CATALOGUES
    if _CATALOGUES is None:
        _CATALOGUES = _Catalogues()
    return _CATALOGUES


def read_musical_work(text: str) -> re.Match[str] | None:
    """"Composer, Title, NUMBER[, passage]" as the whole ``text``, or None (also when the number's siglum is no
    catalogue's: the pattern is case-blind, the list is not)."""
    m = catalogues().pattern.match(text)
    if m is None:
        return None
    if siglum_of(m) not in catalogues().sigla:
        return None
    return m


def siglum_of(m: re.Match[str]) -> str:
    """The catalogue's siglum of a match of the pattern ("BWV", "K", "op")."""
    return re.split(r"[\s.\d]", m["number"], maxsplit=1)[0]


#: an abbreviated word in a title ("Cod. Eccel."): a source's title, not a musical work's ("No." and "Nr." aside)
_ABBREVIATION_RE = lazy_compile(r"\b(?!No\.|Nr\.)[A-Z][a-z]{1,5}\.")
#: sigla that are also a person's initial or a document's mark ("D. 95", "K. 12"): read only after a composer
_AMBIGUOUS = frozenset({"D", "K", "op", "Op", "FP", "BB", "JW"})


#: the words that may open the last span, the sigla, and the words of a passage after the number, read once
#: (module globals: the pre-test reads them per reference)
_OPENERS: frozenset[str] = frozenset()
_SIGLA: frozenset[str] = frozenset()
_PASSAGES: frozenset[str] = frozenset()


def _siglum_before(sequence: Sequence[tuple[str, str]]) -> bool:
    """A catalogue's siglum in one of the three spans before the passage ("K. 550," + "mm. 1–20.", "Hob." +
    "III:" + "77," + "T. 5–12."): the pre-test's second look, for a last span that opens with "no.", "T." …"""
    for i in range(max(0, len(sequence) - 4), len(sequence) - 1):
        for word in sequence[i][1].split():
            if word.rstrip(".,:") in _SIGLA:
                return True
    return False
_DIGITS = frozenset("0123456789")
#: a name's words: capitalised, or a particle ("van", "de", "von", "di")
_NAME_WORD_RE = lazy_compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*|van|von|de|di|da|del|della|der|du|le|la|y)$")


class MusicalWork(Normalizer):
    """"Composer, Title, BWV 232[, mm. 1–20]" -> type ``musical_score``, ``number``, the passage as the locator,
    kind ``full``."""

    name: ClassVar[str] = "musical-work"
    code: ClassVar[str] = "P161"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "author", "title", "title-short", "number", "volume", "issue", "page", "issued",
        "publisher", "publisher-place", "collection-title", "collection-number", "container-title", "language",
        "archive_location", "kind", "locator", "label", "suffix",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        global _OPENERS, _SIGLA, _PASSAGES
        sequence = state.sequence
        if len(sequence) < 2 or len(sequence) > 9:
            return
        if not _OPENERS:
            _OPENERS, _SIGLA, _PASSAGES = catalogues().openers, catalogues().sigla, catalogues().passages
        last = sequence[-1][1]
        if last[:1] in _DIGITS:
            # "op." + "131, bars 1–16.": the siglum closes the span before
            prev = sequence[-2][1]
            if prev.rstrip(" ,").rpartition(" ")[2].rstrip(".") not in _SIGLA and (
                prev[: prev.find(" ")].rstrip(".") not in _SIGLA  # ("op. 57," + "1. Satz.")
            ):
                return
        else:
            first = last[: last.find(" ")]
            if first not in _OPENERS and (first not in _PASSAGES or not _siglum_before(sequence)):
                return
        text = " ".join(text.strip() for label, text in sequence if label != "signal" and label != "punct")
        m = read_musical_work(text)
        if m is None:
            return
        head = m["head"]
        composer, _, title = head.partition(", ")
        item = state.item
        if title:
            words = composer.split()
            if not (0 < len(words) <= 4 and all(_NAME_WORD_RE.match(w) for w in words)):
                return
            name = parse_one(composer)
            if not name.get("family"):
                return
            item["author"] = [name]
            if siglum_of(m) in _AMBIGUOUS and (_ABBREVIATION_RE.search(title) or "-" in m["number"]):
                return  # ("Verci, Cod. Eccel., D. 103-5": a codex's documents, not Schubert's Deutsch numbers)
        elif siglum_of(m) in _AMBIGUOUS:
            return  # ("Verci, D. 95": a regest's document, not Schubert's Deutsch number)
        else:
            title = composer
            item.pop("author", None)
        for key in ("volume", "issue", "page", "issued", "publisher", "publisher-place", "collection-title",
                    "collection-number", "container-title", "title-short"):
            item.pop(key, None)
        location = item.get("archive_location")
        if isinstance(location, str) and location in m["number"]:
            del item["archive_location"]  # ("op. 57": an opus, not the opis of a Russian archive's shelf-mark)
        item["type"] = "musical_score"
        item["title"] = title
        item["number"] = hyphen_range(re.sub(r"\s+", " ", m["number"]).replace(": ", ":"))  # ("Hob. III:" + "77": spans rejoined)
        movement = m["movement"]
        if m["label"]:
            state.locator = hyphen_range(m["passage"].replace(" ", ""))
            state.label = PASSAGE_LABELS.get(m["label"].lower(), "page")
            if movement:
                state.suffix = movement  # ("second movement, mm. 1–12": the measures cited, in that movement)
        elif movement:
            digits = "".join(c for c in movement if c.isdigit())
            state.locator, state.label = digits or movement, "part"  # ("op. 57, 1. Satz": the movement cited)
        else:
            state.locator = state.label = None
        if state.kind == "short":
            state.kind = "full"
