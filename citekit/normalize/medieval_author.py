"""Medieval authors known by a byname, a place or an epithet: "Gregory of Tours", "Hugh of Saint-Victor",
"Gregory the Great", "Widukind von Corvey", "Liutprando di Cremona", "Matthew Paris", "Sedulius Scottus".

The names step reads such a name as a given name and a family name ("Gregory of" + "Tours"); a catalogue
files these authors under the whole name, so the step writes it as a ``literal``.  An English name with "of"
or "the" between the given name and the rest is always such a name; with "von", "de", "di" or no link word
("Matthew Paris") only a name listed in ``data/medieval_authors.txt`` is (a modern "Heinrich von Sybel" is
filed under Sybel).  A source whose tagger left its author in the title ("Gregory of Tours, Historiae") gets
it back when the author is of that kind and no author was read.
"""

from __future__ import annotations

from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import given_names
from citekit.normalize._text import data_lines
from citekit.normalize.base import Context, ItemState, Normalizer

_KNOWN: frozenset[str] | None = None
#: "Gregory of Tours", "Gregory the Great", "Hugh of Saint-Victor": a given name, "of"/"the", capitalised words
_ENGLISH_BYNAME_RE = lazy_compile(r"^[A-Z][a-zé]+\s(?:of|the)\s[A-Z][\w’'.-]+(?:\s[A-Z][\w’'.-]+)?$")


def known_medieval_authors() -> frozenset[str]:
    """The listed names, read once."""
    global _KNOWN
    if _KNOWN is None:
        _KNOWN = frozenset(data_lines("medieval_authors.txt"))
    return _KNOWN


def _written(name: dict[str, Any]) -> str:
    """A parsed name written back in reading order: "Gregory of" + "Tours" -> "Gregory of Tours"."""
    parts = (name.get("given"), name.get("dropping-particle"), name.get("non-dropping-particle"), name.get("family"))
    return " ".join(part for part in parts if isinstance(part, str) and part)


def is_medieval_byname(text: str) -> bool:
    """``text`` is the name of an author filed under the whole of it (a byname with "of" or "the" must open
    with a given name: "Calendar of State Papers" is no person)."""
    if text in known_medieval_authors():
        return True
    return _ENGLISH_BYNAME_RE.match(text) is not None and text.split(" ", 1)[0].lower() in given_names()


class MedievalAuthor(Normalizer):
    """"Gregory of" + "Tours" -> the literal "Gregory of Tours"; "Gregory of Tours, Historiae" as a title split."""

    name: ClassVar[str] = "medieval-author"
    code: ClassVar[str] = "P177"
    keys: ClassVar[tuple[str, ...]] = ("author", "title")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        authors = item.get("author")
        if authors:
            # pre-test: a name of two parts or more with a given name
            if not any("given" in name for name in authors):
                return
            rewritten = [
                {"literal": written} if "given" in name and is_medieval_byname(written := _written(name)) else name
                for name in authors
            ]
            if rewritten != authors:
                item["author"] = rewritten
            return
        title = item.get("title")
        if not isinstance(title, str) or ", " not in title[:45]:
            return
        head, _, rest = title.partition(", ")
        if rest and is_medieval_byname(head) and "editor" not in state.spans.get("author", ()):
            item["author"] = [{"literal": head}]
            item["title"] = rest
