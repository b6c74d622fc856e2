"""A chapter's book and its editors read into the title: "«Los poblados de hacienda», en Elías Trabulse
(comp.), Historia y sociedad …".

Spanish and Portuguese notes cite a chapter as "«Chapter», en (em) Editor (comp., coord., ed., org.),
Book, Ciudad, Editorial, año": the editors' role follows their names in brackets.  The tagger, which
takes a chapter's book for a second part of its title when no "In" opens a span, runs the whole into the
title.  A title that opens with a quotation mark closed before ", en"/", em"/", in", names and a bracketed
role is split: the quoted words are the title, the names the ``editor``, what follows the
``container-title``.  When the tagger did read the editors apart ("«Chapter»," + "en X (dir.)," + "Book,"),
the title step joins the two titles into one: the second, after the editors, is the ``container-title``.
Runs after the container step, when no container was read.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_names
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import clean_title, put_title

_SHAPE_RE = lazy_compile(
    r"^[«“\"‘](?P<title>[^«»“”\"]{3,300}?)[»”\"’],?\s(?:en|em|in|En|Em|In)\s(?P<editors>[^()\d]{3,200}?)\s"
    r"\((?:comps?|coords?|eds?|orgs?|dirs?|ed|eds)\.?\),?\s(?P<container>[A-ZÁÉÍÓÚÑ¿¡].{2,300})$"
)


#: "en X (dir.)", "em X (org.)", "in X (ed.)": an editors' span that names the book's editors before it
_IN_EDITORS_RE = lazy_compile(r"^\s*(?:en|em|in|En|Em|In)\s.*\((?:comps?|coords?|eds?|orgs?|dirs?)\.?\)[\s,.;]*$")


def _book_after_editors(state: ItemState, titles: list[str]) -> None:
    """"«Chapter»," + "en X (dir.)," + "Book,": the second title is the chapter's book."""
    fields = [(label, text) for label, text in state.sequence if label != "punct"]
    labels = [label for label, _ in fields]
    at = labels.index("title")
    if labels[at : at + 3] != ["title", "editor", "title"] or titles[0].lstrip()[:1] not in "«“\"‘":
        return
    if _IN_EDITORS_RE.match(fields[at + 1][1]) is None:
        return
    item = state.item
    put_title(item, clean_title(titles[0]))
    item["container-title"] = clean_title(titles[1])


class ChapterInTitle(Normalizer):
    """title "«Chapter», en X (comp.), Book" -> ``title`` Chapter, ``editor`` X, ``container-title`` Book."""

    name: ClassVar[str] = "chapter-in-title"
    code: ClassVar[str] = "P173"
    keys: ClassVar[tuple[str, ...]] = ("title", "title-short", "editor", "container-title")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        titles = state.spans.get("title", ())
        if len(titles) == 2 and "container-title" not in item and isinstance(item.get("editor"), list):
            _book_after_editors(state, titles)
            return
        title = item.get("title")
        if (
            not isinstance(title, str) or title[:1] not in "«“\"‘" or "container-title" in item or "editor" in item
            or " (" not in title
        ):
            return
        m = _SHAPE_RE.match(title)
        if m is None:
            return
        editors, _ = parse_names(m["editors"])
        if not editors:
            return
        put_title(item, clean_title(m["title"]))
        item["editor"] = editors
        item["container-title"] = clean_title(m["container"])
