"""The GOST heading the tagger left in the title: "Кондрашин В. В. Голод 1932–1933 годов. М., 2008."

Russian and Ukrainian notes open a book or an article with the author's family name and initials, then
the title with no comma between ("Земсков В. Н. ГУЛАГ (историко-социологический аспект) // …").  The
tagger, which saw few Cyrillic notes, often reads the name and the title as one span: a title (with no
author) or an author (with no title).  The step cuts such a span after the initials: the name becomes
the author, the rest the title (a GOST imprint riding at its end, "К.: Наш час", goes to place and
publisher).  A second author the tagger put at the head of the title, after an author span that closes
with a comma ("В. Н. Хаустов," + "Л. Самуэльсон. Сталин, НКВД …"), joins the authors likewise.

Only Cyrillic names are read, and the rest must hold a lower-case word (a title, not another name).
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_names
from citekit.normalize._text import opens_cyrillic
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import main_title

_UP = "А-ЯЁІЇЄҐ"
_LOW = "а-яёіїєґ'’"
_FAMILY = rf"[{_UP}][{_LOW}]+(?:-[{_UP}][{_LOW}]+)?"
_INITIALS = rf"[{_UP}]\.\s?(?:[{_UP}]\.)?"
#: "Кондрашин В. В. Голод …": family name, initials, the title
_HEADING_RE = lazy_compile(rf"^(?P<name>{_FAMILY}\s{_INITIALS})\s(?P<rest>.+)$")
#: "Л. Самуэльсон. Сталин …", "Янсен М. Title": a further author, either order, then the title
_NEXT_AUTHOR_RE = lazy_compile(rf"^(?P<name>{_INITIALS}\s?{_FAMILY}|{_FAMILY}\s{_INITIALS})\.?\s(?P<rest>.+)$")
#: a title, not a name: a lower-case word in it
_TITLE_WORD_RE = lazy_compile(rf"[\s(«\"][{_LOW[:-2]}]{{3,}}")
#: "… труднощі усвідомлення. К.: Наш час": a GOST imprint closing the span
_IMPRINT_RE = lazy_compile(rf"\.\s(?P<place>[{_UP}][{_LOW}]*\.?)\s?:\s(?P<publisher>[^.:/]+?)[,.]?$")


#: the span that holds both halves, and the label of the half it then lacks
_OTHER_HALF = {"title": "author", "author": "title"}


class GostHeading(Normalizer):
    """"Фамилия И. О. Title" in one span -> ``author`` + ``title`` (+ the imprint at its end)."""

    name: ClassVar[str] = "gost-heading"
    code: ClassVar[str] = "P146"
    keys: ClassVar[tuple[str, ...]] = ("author", "title", "title-short", "publisher-place", "publisher")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"title", "author"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        if not opens_cyrillic(state.sequence):
            return  # (almost every reference: it opens with no Cyrillic letter)
        spans = [(label, text) for label, text in state.sequence if label not in ("signal", "punct")]
        label, text = spans[0]
        item = state.item
        other = _OTHER_HALF.get(label)
        if other is not None and other not in state.spans:  # the name and the title in one span
            self._split(state, text)
        elif (label == "author" and text.rstrip().endswith(",") and len(spans) > 1 and spans[1][0] == "title"
              and len(state.spans["title"]) == 1 and len(state.spans["author"]) == 1 and item.get("author")):
            m = _NEXT_AUTHOR_RE.match(spans[1][1].strip())
            if m and _TITLE_WORD_RE.search(m["rest"]):
                names = parse_names(m["name"])[0]
                known = {name.get("family") for name in item["author"]}
                if names and not any(name.get("family") in known for name in names):  # (not read already)
                    item["author"] = [*item["author"], *names]
                    self._set_title(state, m["rest"])

    def _split(self, state: ItemState, text: str) -> None:
        m = _HEADING_RE.match(text.strip())
        if m is None or not _TITLE_WORD_RE.search(m["rest"]):
            return
        names = parse_names(m["name"])[0]
        if len(names) != 1:
            return
        state.item["author"] = names
        self._set_title(state, m["rest"])

    @staticmethod
    def _set_title(state: ItemState, rest: str) -> None:
        item = state.item
        title = rest.strip().rstrip(" ,;")
        imprint = _IMPRINT_RE.search(title)
        if imprint and "publisher" not in item and "publisher-place" not in item:
            item["publisher-place"] = imprint["place"]
            item["publisher"] = imprint["publisher"].strip()
            title = title[: imprint.start()]
        title = title.rstrip(" .")
        item["title"] = title
        item.pop("title-short", None)
        if short := main_title(title):
            item["title-short"] = short
