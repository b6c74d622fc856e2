"""A title's language, when its function words say so plainly -> CSL ``language``.

CSL processors title-case titles of items whose language is unset or English
("Verwaltung Und Justiz Im Vormärz"); marking a German, French or Italian title
as such keeps its capitalisation.  Only a clear vote counts: at least two
function words of one language and none of English, so English stays unset
(the CSL default) and mixed or short titles are left alone.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.normalize.base import Context, ItemState, Normalizer

_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the of and in on for with from to a an".split()),
    "de": frozenset("der die das und im in zur zum des dem den ein eine einer über für von mit "
                    "aus bei als auf".split()),
    "fr": frozenset("le la les et du des de un une dans pour sur au aux d l".split()),
    "it": frozenset("il lo la gli le e del della dei delle degli nel nella per con di da un una "
                    "alla allo ai".split()),
    "es": frozenset("el la los las y del de en para con por una un".split()),
}
_WORD_RE = re.compile(r"[^\W\d_]+")
#: the same words in lower-cased ASCII text (faster than the Unicode class)
_ASCII_WORD_RE = re.compile(r"[a-z]+")
_ENGLISH = _WORDS["en"]
_OTHERS = tuple(lang for lang in _WORDS if lang != "en")
#: function word -> the (non-English) languages it belongs to: one look-up per word
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang in _OTHERS:
    for _word in _WORDS[_lang]:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of ``text`` when the function words agree, else ``None``."""
    if text.isascii():  # lower-casing ASCII keeps the words where they are
        words = _ASCII_WORD_RE.findall(text.lower())
    else:
        words = [w.lower() for w in _WORD_RE.findall(text)]
    if len(words) < 3 or not _ENGLISH.isdisjoint(words):
        return None
    hits = [_LANGUAGES_OF[word] for word in words if word in _LANGUAGES_OF]
    if len(hits) < 2:  # a language needs two of its words
        return None
    counts = dict.fromkeys(_OTHERS, 0)
    for langs in hits:
        for lang in langs:
            counts[lang] += 1
    ranked = sorted(((n, lang) for lang, n in counts.items()), reverse=True)
    (best, lang), (second, _) = ranked[0], ranked[1]
    if best >= 2 and best >= 2 * second:
        return lang
    return None


class Language(Normalizer):
    """title (+ container) -> ``language`` when unmistakably not English."""

    name: ClassVar[str] = "language"
    code: ClassVar[str] = "P116"
    keys: ClassVar[tuple[str, ...]] = ("language",)
    inputs: ClassVar[frozenset[str] | None] = frozenset({"title", "container-title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        if "language" in state.item:
            return
        item = state.item
        text = f"{item.get('title', '')} {item.get('container-title', '')}"
        lang = guess_language(text)
        if lang is not None:
            state.item["language"] = lang
