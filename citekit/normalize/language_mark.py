"""A language named in brackets after a title or a pinpoint: "Zion 10 (1944): 21–54 (Hebrew)", "…, 1994), 33
(in Hebrew)", "Tarbiz 29 (1960): 297–312 [Hebrew]", "“Nisuei behalah …” (Hebrew), Zion 27", "…, 35 (Yiddish)".

Scholars of Jewish history, of Eastern Europe and of the Middle East mark a work in a language their readers
may not read by naming it in brackets ("(Hebrew)", "(in Yiddish)", "[in Hebrew, with English summary]").
The tagger reads the mark as part of the title, the journal, the pinpoint or a note.  The step finds the mark
in the whole text, sets the item's ``language`` (``data/language_marks.txt``: "Hebrew" -> ``he``, "Yiddish"
-> ``yi``) and takes the mark out of every variable and of the locator that holds it.  A bracket that names
no listed language is left alone.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import data_lines, squash, strip_quotes
from citekit.normalize.base import Context, ItemState, Normalizer

#: "(Hebrew)", "(in Hebrew)", "[Hebrew]", "(in Hebrew, with English summary)", "(hebr.)"
_MARK_RE = lazy_compile(
    r"\s?[(\[](?:in\s|en\s|auf\s)?(?P<word>[A-Za-zéäü][\w.-]{2,14}?)"
    r"(?:[,;]?\s(?:with\s(?:an\s)?)?English\s(?:summary|summaries|abstract))?[)\]]"
)
#: the variables a mark may have been read into
_VARIABLES = ("title", "title-short", "container-title", "note", "collection-title", "publisher", "genre")

_CODES: dict[str, str] | None = None


def language_marks() -> dict[str, str]:
    """The listed words and their language codes, read once."""
    global _CODES
    if _CODES is None:
        _CODES = dict(line.rsplit(" ", 1) for line in data_lines("language_marks.txt") if " " in line)
    return _CODES


def _without(text: str, mark: str) -> str:
    """``text`` with the mark taken out, its edges tidied."""
    return squash(text.replace(mark, " ")).strip(" .,;:")


class LanguageMark(Normalizer):
    """"… (Hebrew)" -> ``language`` ``he``, the mark out of the title, the journal or the locator."""

    name: ClassVar[str] = "language-mark"
    code: ClassVar[str] = "P193"
    keys: ClassVar[tuple[str, ...]] = ("language", *_VARIABLES, "locator", "label")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        # pre-test: a bracketed word somewhere in the note's spans
        if not any(("(" in text or "[" in text) for _, text in state.sequence):
            return
        codes = language_marks()
        for _, text in state.sequence:
            if "(" not in text and "[" not in text:
                continue
            for m in _MARK_RE.finditer(text):
                code = codes.get(m["word"])
                if code is not None:
                    self._apply(state, m.group().strip(), m["word"], code)
                    return

    @staticmethod
    def _apply(state: ItemState, mark: str, word: str, code: str) -> None:
        item = state.item
        item["language"] = code
        inner = mark.strip("()[] ")
        for key in _VARIABLES:
            value = item.get(key)
            if isinstance(value, str) and value.strip(" .,;()[]") == inner:
                item.pop(key)  # (the mark alone, its brackets taken off by the step that read it)
            elif isinstance(value, str) and mark in value:
                rest = _without(value, mark)
                if rest:
                    item[key] = strip_quotes(rest) if key in ("title", "title-short") else rest
                else:
                    item.pop(key)
        locator = state.locator
        if locator is not None and (mark in locator or locator.strip(" .()[]") in (word, f"in {word}")):
            rest = _without(locator, mark) if mark in locator else ""
            if rest:
                state.locator = rest
            else:
                state.locator = state.label = None
