"""A Chinese classic or master cited by its own numbering: "Analects 12.1", "Mencius 2A.6", "Zhuangzi 2",
"Daodejing 38", "Lunyu 2.4".

The classics and the masters are cited, like the Greek and Latin canon, by book, chapter and passage, with
no edition: the citation is complete (kind ``full``, type ``classic``) and the numbering is the locator
(label ``section``).  The works are listed in ``data/chinese_classics.txt`` under their English names and
romanised titles; the title keeps the note's own name.  The tagger reads "Analects 12.1" as a date or a
volume, so the step reads the whole text: the title, then the numbering, nothing else.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import data_lines, hyphen_range, whole_text
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables

#: "Title 12.1", "Title 2A.6", "Title 38", "Title 7.22–23"
_CLASSIC_RE = lazy_compile(
    r"^(?P<title>[A-Z][\w'’ -]{1,30}?),?\s(?P<number>\d{1,3}[AB]?(?:\.\d{1,3}){0,2}(?:\s?[-–]\s?\d{1,3})?)\.?$"
)
_READ_BEFORE = ("author", "title", "title-short", "container-title", "volume", "issue", "page", "issued", "number")
_TITLES: frozenset[str] | None = None


def classic_titles() -> frozenset[str]:
    """Every name of the listed works, read once."""
    global _TITLES
    if _TITLES is None:
        names: set[str] = set()
        for line in data_lines("chinese_classics.txt"):
            head, _, rest = line.partition("|")
            names.add(head.strip())
            names.update(name.strip() for name in rest.split(";") if name.strip())
        _TITLES = frozenset(names)
    return _TITLES


_FIRST: frozenset[str] | None = None


def _first_words() -> frozenset[str]:
    """The first words of the listed names (the step's cheap test)."""
    global _FIRST
    if _FIRST is None:
        _FIRST = frozenset(title.split(" ", 1)[0] for title in classic_titles())
    return _FIRST


class ChineseClassic(Normalizer):
    """"Analects 12.1" -> a ``classic`` titled "Analects", the passage 12.1 cited (label ``section``)."""

    name: ClassVar[str] = "chinese-classic"
    code: ClassVar[str] = "P188"
    keys: ClassVar[tuple[str, ...]] = ("type", *_READ_BEFORE, "kind", "locator", "label")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        if "type" in state.item or state.kind not in ("full", "short"):
            return
        full = whole_text(state.sequence, state.derived)
        # pre-test: a short note closing on a number, opening with a listed title's first word
        if len(full) > 45 or not full.rstrip(".")[-1:].isdigit() or full.split(" ", 1)[0].rstrip(",") not in _first_words():
            return
        m = _CLASSIC_RE.match(full)
        if m is None or m["title"] not in classic_titles():
            return
        drop_variables(state.item, _READ_BEFORE)
        state.item = {"type": "classic", **state.item, "title": m["title"]}
        state.kind = "full"
        state.locator, state.label = hyphen_range(m["number"]).replace(" ", ""), "section"
