"""A title in transliteration followed by its translation in square brackets: "Toldot ha-Yehudim bi-Sefarad
ha-Notsrit [A History of the Jews in Christian Spain]", "“Al halakhah u-derush ke-makor histori” [Halakhah and
Homiletics as Historical Sources], Tarbiz 26".

Notes on Hebrew, Yiddish, Russian or Arabic works give the title as transliterated and then an English
translation in square brackets; the translation is no part of the title (a catalogue records it apart).  The
step takes it out of the ``title`` into ``custom["title-translation"]``.  The tagger also reads such a note in
two ways the step repairs: the author and the transliterated title as one author span with the translation
alone as the title ("Yitzhak Baer, Toldot …" + "[A History …]": the title is the author span's part after the
name), and an article's quoted title, its translation and the journal as one title span ("“…” […], Tarbiz"
+ "26": the journal is the ``container-title``).  A bracket that is no translation (a year, an editor's
"[sic]", one word) is left alone.
"""

from __future__ import annotations

from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_names
from citekit.normalize._text import OPENING_QUOTES, squash, strip_quotes
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import put_title

#: a translation: capitalised, two words or more, no digits alone
_TRANSLATION = r"\[(?P<translation>[A-Z][^\[\]\d]*?\s[^\[\]]{2,150}?)\]"
#: the title, its translation, perhaps a journal after them
_TITLE_RE = lazy_compile(rf"^(?P<title>.{{2,250}}?)\s{_TRANSLATION}(?:,\s(?P<journal>[A-Z][^,\[\]]{{1,80}}?))?[.,]?$")
#: the translation alone, as the tagger's title
_ALONE_RE = lazy_compile(rf"^{_TRANSLATION}[.,]?$")
#: "Given Family, Title" in one author span
_NAME_TITLE_RE = lazy_compile(r"^(?P<name>[^,()\[\]]{3,50}),\s(?P<title>[^()\[\]]{2,200}?)[.,]?$")


#: what a bracket after a title holds when it is no translation: a genre, an edition, a state of the text
_NOT_TRANSLATIONS = frozenset({
    "Thèse", "Thesis", "Dissertation", "Diss", "PhD", "Ph.D.", "Doctoral", "Master's", "Master’s", "Mémoire", "Tesi",
    "Tesis", "Review", "Abstract", "Editorial", "Letter", "Online", "Internet", "Electronic", "Microform",
    "Unpublished", "Translated", "Translation", "Reprint", "Facsimile", "Abridged", "Revised", "Trans", "Traduction",
    "Nouv", "Nouvelle", "Neue", "Nuova", "Nueva",
})
#: an initial or an abbreviation ("G. Renier", "Nouv. éd.", "Dr. H. Coiffait"): names, an edition, no translation
_ABBREVIATION_RE = lazy_compile(r"\b\w{1,4}\.(?:\s|$)")


def is_translation(text: str) -> bool:
    """Does a bracket's text read as a title's translation (not a genre, an edition, a list of names, a
    series with its number)?"""
    if any(ch.isdigit() for ch in text) or _ABBREVIATION_RE.search(text):
        return False
    if text.split(" ", 1)[0].rstrip(".,:’'s") in _NOT_TRANSLATIONS or text.split(" ", 1)[0] in _NOT_TRANSLATIONS:
        return False
    return "," not in text or any(word[:1].islower() for word in text.split())


class TitleTranslation(Normalizer):
    """"Title [Translation]" -> ``title`` and ``custom["title-translation"]``; the title taken back from the
    author span, the journal from the title span."""

    name: ClassVar[str] = "title-translation"
    code: ClassVar[str] = "P194"
    keys: ClassVar[tuple[str, ...]] = ("author", "title", "title-short", "container-title", "custom")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"title", "author"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        title = item.get("title")
        # pre-test: a bracket in the title
        if not isinstance(title, str) or "[" not in title or "]" not in title:
            return
        alone = _ALONE_RE.match(title)
        if alone is not None:
            if is_translation(alone["translation"]):
                self._title_in_author(state, alone["translation"])
            return
        m = _TITLE_RE.match(title)
        if m is None or not is_translation(m["translation"]):
            return
        main = m["title"].rstrip(" ,")
        if m["journal"]:
            if main[:1] not in OPENING_QUOTES or "volume" not in state.spans or "container-title" in item:
                return  # (a journal only after an article's quoted title and before its volume)
            item["container-title"] = m["journal"].strip()
        put_title(item, strip_quotes(main))
        _keep_translation(item, m["translation"])

    @staticmethod
    def _title_in_author(state: ItemState, translation: str) -> None:
        """"Given Family, Title" + "[Translation]": the author span's title back."""
        authors = state.spans.get("author")
        if not authors or len(authors) != 1:
            return
        m = _NAME_TITLE_RE.match(squash(authors[0]).strip())
        if m is None or m["title"].count(", ") > 1:
            return  # (more names after the first: "Tutel'ian VA, Aksiuk IN, Sorokina EIu")
        names, _ = parse_names(m["name"])
        if len(names) != 1 or "given" not in names[0]:
            return
        item = state.item
        item["author"] = names
        put_title(item, m["title"].strip())
        _keep_translation(item, translation)


def _keep_translation(item: dict[str, Any], translation: str) -> None:
    custom = item.get("custom")
    item["custom"] = {**(custom if isinstance(custom, dict) else {}), "title-translation": translation.strip()}
