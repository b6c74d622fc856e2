"""A rabbinic source cited by its standard numbering: "b. Shabbat 31a", "BT Berakhot 17a", "y. Berakhot 2:4",
"m. Avot 1:1", "t. Sukkah 4:6", "bSchab 31a" (German), "Babylonian Talmud, Bava Metsiʿa 59b", "Genesis Rabbah
44:1", "Maimonides, Mishneh Torah, Hilkhot Teshuvah 3:4", "Shulḥan ʿArukh, Oraḥ Ḥayyim 128:1".

Like a verse of the Bible such a note names no edition: the tractate's folio, the chapter and paragraph, or a
code's section with its numbering find the place in any, so the citation is complete by convention (kind
``full``).  The tagger, which has seen none of these, reads them as a locator, a volume or a person.  When the
whole reference (a signal aside) has one of these shapes the step reads it from the text, as a ``classic``:

* a tractate after the siglum or name of its corpus ("b.", "BT", "y.", "m.", "t.", "Mishnah", "Babylonian
  Talmud", German "bSchab"): the tractate as written is the ``title``, the corpus its ``container-title``
  (a siglum spelled out: "Babylonian Talmud", "Jerusalem Talmud", "Mishnah", "Tosefta"), a folio ("31a",
  "37a–b") the locator with label ``folio``, a chapter and paragraph ("2:4") the locator with label ``section``;
* a work of midrash (a title with a word of ``data/midrash_words.txt``: "Rabbah", "Sifre", "Mekhilta", "Zohar")
  and its numbering: the ``title`` and the locator (label ``section``);
* a code (``data/rabbinic_codes.txt``: "Mishneh Torah", "Shulḥan ʿArukh", "Arbaʿah Turim"), perhaps after its
  author, with a section's name and its numbering: the ``title``, and the section with its numbering as the
  locator (label ``section``).

Anything else in the reference leaves the entry alone.
"""

from __future__ import annotations

import functools
from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_names
from citekit.normalize._text import data_lines, hyphen_range, squash
from citekit.normalize.base import Context, ItemState, Normalizer

#: a folio of the Talmud ("31a", "37a–b", "5a–6b") or a chapter and paragraph ("2:4", "4:6–7", "2:4, 5a")
_NUMBERING = (
    r"(?P<folio>\d{1,3}[a-d](?:\s?[-–]\s?(?:\d{1,3})?[a-d])?)"
    r"|(?P<section>\d{1,3}:\d{1,3}(?:\s?[-–]\s?\d{1,3}(?::\d{1,3})?)?(?:,\s\d{1,3}[a-d](?:[-–][a-d])?)?)"
)
#: a corpus's siglum or name, a tractate of one to three words, its numbering
_TRACTATE_RE = lazy_compile(
    r"^(?P<corpus>[bymt]\.|BT|TB|JT|PT|TJ|Bavli|Yerushalmi|Talmud\sBavli|Talmud\sYerushalmi|Babylonian\sTalmud"
    r"|Jerusalem\sTalmud|Palestinian\sTalmud|Mishnah|Mishna|Tosefta|Tosephta),?\s"
    r"(?P<tractate>[A-ZḤṢṬẒŠ][\wʿʾ'’.-]*(?:\s(?:[A-Za-zḤṢṬẒŠʿ][\wʿʾ'’.-]*)){0,2})\s"
    rf"(?:{_NUMBERING})\.?$"
)
#: the German siglum joined to the tractate's abbreviation: "bSchab 31a", "mAv 1:1", "yBer 2:4", "tSuk 4:6"
_JOINED_RE = lazy_compile(rf"^(?P<corpus>[bymt])(?P<tractate>[A-Z][a-zäöüʿ]{{1,12}}\.?)\s(?:{_NUMBERING})\.?$")
#: a work of midrash or a code's last part: words, then the numbering ("Hilkhot Teshuvah 3:4", "Genesis Rabbah 44:1")
_WORDS_NUMBER_RE = lazy_compile(
    r"^(?P<words>[A-ZḤṢṬẒŠ][^\d,;()]{0,60}?)\s(?P<number>\d{1,3}(?::\d{1,3}){0,2}[a-d]?(?:\s?[-–]\s?\d{1,3}(?::\d{1,3})?[a-d]?)?)\.?$"
)
#: what the sigla stand for
_CORPORA = {
    "b": "Babylonian Talmud", "BT": "Babylonian Talmud", "TB": "Babylonian Talmud", "Bavli": "Babylonian Talmud",
    "Talmud Bavli": "Babylonian Talmud", "y": "Jerusalem Talmud", "JT": "Jerusalem Talmud",
    "PT": "Jerusalem Talmud", "TJ": "Jerusalem Talmud", "Yerushalmi": "Jerusalem Talmud",
    "Talmud Yerushalmi": "Jerusalem Talmud", "m": "Mishnah", "t": "Tosefta",
}
#: labels that hold no part of the reference's shape
_OUTSIDE = ("punct", "signal")


@functools.cache
def rabbinic_codes() -> frozenset[str]:
    """The titles of the codes, read once."""
    return frozenset(data_lines("rabbinic_codes.txt"))


@functools.cache
def midrash_words() -> frozenset[str]:
    """The words that mark a work of midrash, read once."""
    return frozenset(data_lines("midrash_words.txt"))


def _cited(match: Any) -> tuple[str, str]:
    """The locator and its label of a tractate's numbering."""
    if match["folio"]:
        return hyphen_range(match["folio"]), "folio"
    return hyphen_range(match["section"]), "section"


class RabbinicSource(Normalizer):
    """"b. Shabbat 31a", "m. Avot 1:1", "Genesis Rabbah 44:1", "Shulḥan ʿArukh, Oraḥ Ḥayyim 128:1" -> a
    ``classic`` with its ``title`` (and corpus, author), the numbering as the locator."""

    name: ClassVar[str] = "rabbinic-source"
    code: ClassVar[str] = "P190"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "title", "title-short", "container-title", "author", "editor", "translator", "kind", "locator",
        "label", "volume", "issue", "page", "publisher", "publisher-place", "issued", "collection-title",
        "collection-number", "language",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        # pre-test: a short reference whose last span closes with a folio ("31a") or a chapter and paragraph
        # ("2:4"), or a number alone in a reference of two spans at most ("Sifre Deuteronomy" + "343")
        if not sequence or len(sequence) > 6:
            return
        last = sequence[-1][1].rstrip(" .;")
        if not last or last[-1] not in "0123456789abcd" or not any(ch.isdigit() for ch in last[-4:]):
            return
        if last[-1] not in "abcd" and ":" not in last and len(sequence) > 2:
            return
        text = squash(" ".join(span for label, span in sequence if label not in _OUTSIDE)).strip()
        if len(text) > 120:
            return
        m = _TRACTATE_RE.match(text) or _JOINED_RE.match(text)
        if m is not None:
            corpus = m["corpus"].rstrip(".")
            state.item = {"type": "classic", "title": m["tractate"],
                          "container-title": _CORPORA.get(corpus, corpus)}
            state.kind = "full"
            state.locator, state.label = _cited(m)
            return
        self._named_work(state, text)

    @staticmethod
    def _named_work(state: ItemState, text: str) -> None:
        """A code's section or a work of midrash: "[Author, ]Title[, Section] N:N"."""
        parts = text.split(", ")
        if len(parts) > 4:
            return
        tail = _WORDS_NUMBER_RE.match(parts[-1])
        if tail is None:
            return
        codes = rabbinic_codes()
        for i, part in enumerate(parts[:-1]):
            if part in codes and i <= 1 and i == len(parts) - 2:
                author, title, locator = parts[:i], part, f"{tail['words']} {tail['number']}"
                break
        else:
            words = tail["words"].split()
            if len(parts) > 2 or len(words) > 4 or midrash_words().isdisjoint(words):
                return
            author, title, locator = parts[:-1], tail["words"], tail["number"]
        item: dict[str, Any] = {"type": "classic"}
        if author:
            names, _ = parse_names(author[0])
            if len(names) != 1:
                return
            item["author"] = names
        item["title"] = title
        state.item = item
        state.kind = "full"
        state.locator, state.label = hyphen_range(locator), "section"
