"""Edition statements -> the CSL ``edition`` number when there is one.

"2nd edn", "2. Aufl.", "3e éd.", "2a ed.", "2ª ed.", "2. vyd.", "wyd. 2", "4e druk", "2 uppl.",
"Second edition" -> "2"; a
statement that is not a number ("rev. ed.", "Nachdruck") is kept as text
without its edge punctuation.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import squash, strip_brackets
from citekit.normalize.base import Context, ItemState, Normalizer

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10,
    "erste": 1, "zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5,
    "première": 1, "premiere": 1, "deuxième": 2, "seconde": 2, "troisième": 3,
    "prima": 1, "seconda": 2, "terza": 3, "quarta": 4, "quinta": 5,
}
_EDITION_WORDS = (
    r"(?:ed|edn|edition|editions|éd|édition|edizione|ediz|edición|edição|aufl|auflage|ausg|ausgabe|druck|impr|"
    r"impression|print|printing|rist|"
    # Polish, Czech, Dutch, Swedish, Danish, Russian (transliterated)
    r"wyd|wydanie|vyd|vydání|druk|uitg|uitgave|uppl|upplaga|udg|udgave|oplag|izd|изд|"
    # Turkish (baskı, basım: "4. bs.", "2. baskı"), Greek ("6η έκδ.", έκδοση)
    r"bs|baskı|basım|έκδ|εκδ|έκδοση)"
)
_NUMERIC_RE = lazy_compile(
    rf"^(?:(?:ed|wyd|vyd|uppl|izd)\.?\s*)?(\d+)\s*(?:st|nd|rd|th|d|e|er|ème|eme|re|a|°|º|ª|\.[ªº]|\.|-e|-oe|-е|-ое|η)?[\s,]*"
    rf"(?:(?:rev|revised|enl|enlarged|überarb|erw|verb|corr|corrected|augm|riv|rivista|ampl)\.?,?\s*(?:and|und|e|et)?\s*)*"
    rf"{_EDITION_WORDS}?\.?"
    # "2nd edn, rev. P. H. Nidditch": the reviser's name closes the statement
    r"(?:,?\s+rev\.\s+(?:by\s+)?[A-ZÀ-Þ][\w.\s'’-]{1,60})?$",
    re.I,
)
_ORDINAL_RE = lazy_compile(rf"^({'|'.join(_ORDINALS)})\s+{_EDITION_WORDS}\.?$", re.I)


#: "(2nd edn, OUP": an edition statement, a comma, then a publisher's name (no digits)
_EDITION_THEN_PUBLISHER_RE = lazy_compile(
    rf"^\s*\(?\s*(?P<edition>[^,]*?\b{_EDITION_WORDS}\.?)\s*,\s*(?P<publisher>[A-ZÀ-Þ][^\d,;()]{{1,60}}?)\s*[,;]?\s*$",
    re.I,
)


#: a book series' name read as an edition statement ("Loeb Classical Library", "Oxford Medieval Texts")
_SERIES_NAME_RE = lazy_compile(r"\b(?:Library|Series|Texts|Classics|Studies|Collection)\b")
#: a series' name and its number in the series: "Loeb Classical Library 111"
_SERIES_NUMBER_RE = lazy_compile(r"^(?P<series>\D+?),?\s+(?P<number>\d{1,4})$")
_EDITION_WORD_RE = lazy_compile(rf"\b(?:{_EDITION_WORDS}|rev|revised|new|neue|nouvelle|nuova|nueva)\b\.?", re.I)


#: a title, its period, then the edition statement, all in one span: "Raízes do Brasil. 26. ed."
_TITLE_THEN_EDITION_RE = lazy_compile(
    rf"^(?P<title>[^\d]{{3,}}?)\.\s+(?P<edition>\d{{1,3}}(?:\.|ª|a|e|nd|rd|th|st)?\s*{_EDITION_WORDS}\.?,?)$", re.I
)


def numbered_edition(text: str) -> str | None:
    """The number of a text that is a numbered edition statement and nothing else ("2nd ed.", "3e éd.",
    "2. Aufl.", "2nd rev. ed."), else None (a bare number or any other text is none)."""
    value = strip_brackets(squash(text)).strip(" ,;:")
    m = _NUMERIC_RE.match(value) if value[:1].isdigit() else None
    return m.group(1) if m and _EDITION_WORD_RE.search(value) else None


def parse_edition(text: str) -> str:
    value = strip_brackets(squash(text)).strip(" ,;:")
    m = _NUMERIC_RE.match(value)
    if m:
        return m.group(1)
    m = _ORDINAL_RE.match(value)
    if m:
        return str(_ORDINALS[m.group(1).lower()])
    return squash(text).strip(" ,;:()[]")


class Edition(Normalizer):
    """edition spans -> ``edition``."""

    name: ClassVar[str] = "edition"
    code: ClassVar[str] = "P110"
    keys: ClassVar[tuple[str, ...]] = (
        "edition", "publisher", "collection-title", "collection-number", "title", "title-short",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"edition"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        for text in state.spans.get("edition", ()):
            if ". " in text and "title" not in state.item and "title" not in state.spans and (
                titled := _TITLE_THEN_EDITION_RE.match(squash(text))
            ):
                # (imported here: title reads this module)
                from citekit.normalize.title import clean_title, put_title

                # "HOLANDA, Sérgio Buarque de." + "Raízes do Brasil. 26. ed." (ABNT): the title rode along
                put_title(state.item, clean_title(titled["title"]))
                text = titled["edition"]
            publisher = _EDITION_THEN_PUBLISHER_RE.match(text) if "," in text else None
            if publisher and "publisher" not in state.item:
                # OSCOLA "(2nd edn, OUP 2009)": the edition, then the publisher in the same span
                state.item["publisher"] = publisher["publisher"]
                text = publisher["edition"]
            value = parse_edition(text)
            if value[:1].isupper() and _SERIES_NAME_RE.search(value) and not _EDITION_WORD_RE.search(value):
                # "trans. Walter Miller," + "Loeb Classical Library": a series, not an edition statement
                # ("Loeb Classical Library 111": its number in the series after it)
                numbered = _SERIES_NUMBER_RE.match(value)
                if numbered and "collection-title" not in state.item:
                    state.item["collection-title"] = numbered["series"]
                    state.item.setdefault("collection-number", numbered["number"])
                state.item.setdefault("collection-title", value)
                continue
            if value:
                state.item["edition"] = value
                return
