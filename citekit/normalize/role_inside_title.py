"""An editor or translator named inside the title span: "Dokumenty do dziejów PRL, oprac. Andrzej Paczkowski,
z. 1" + "(Warszawa: …)", "Počeci moderne Hrvatske, ur. Ivo Banac" + "(Zagreb, 1985)".

When the tagger does not know the role word (Polish "oprac.", Hungarian "szerk.", South Slavic "ur." …), it
reads the role and the names as more of the title.  A title ending in ", <role word> <names>" (perhaps with a
fascicle or volume after them: "z. 1", "t. 2") has them taken out: the names are the ``editor`` or the
``translator`` (when none was read), a closing "z. 1" the ``volume``.  Names that read as an institution, or
words that are no names, leave the title as it is.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import looks_corporate, parse_names
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.place import names_a_place
from citekit.normalize.title import put_title

_UPPER = "A-ZÀ-ÞĀ-ŽČŠŽĆĐŁŚŻŹŃŐŰ"
_EDITOR = (r"ed\.|eds\.|edited\sby|oprac\.|red\.|pod\sred\.|szerk\.|ur\.|sud\.|sast\.|koost\.|toim\.|připr\."
           r"|hrsg\.\sv(?:on|\.)|hg\.\sv(?:on|\.)|éd\.|a\scura\sdi")
_TRANSLATOR = r"trans\.|translated\sby|tłum\.|przeł\.|přel\.|ford\.|prev\.|übers\.\sv(?:on|\.)|trad\."
#: ", <role> <names>[, <volume>]" closing the title; the names are capitalised words (and "and", "i", "a", "és" …)
_ROLE_INSIDE_RE = lazy_compile(
    rf",\s(?:(?P<editor>{_EDITOR})|(?P<translator>{_TRANSLATOR}))\s"
    rf"(?P<names>[{_UPPER}][\w.'’-]*(?:\s(?:[{_UPPER}][\w.'’-]*|and|und|i|a|és|ir|un|ja|et|&|,))*?)"
    r"(?:,\s(?P<volume_word>z|t|cz|sv|d|köt|knj|vol|Bd|tom)\.\s?(?P<volume>\d{1,3}))?$"
)
#: a cheap test: one of the role words' first letters after ", " in the title's last 80 characters
_HEADS = ("ed", "op", "re", "po", "sz", "ur", "su", "sa", "ko", "to", "př", "hr", "hg", "éd", "a ", "tr", "tł", "pr",
          "fo", "üb")


class RoleInsideTitle(Normalizer):
    """"Title, oprac. Andrzej Paczkowski, z. 1" read as one title -> ``title``, ``editor``, ``volume``."""

    name: ClassVar[str] = "role-inside-title"
    code: ClassVar[str] = "P207"
    keys: ClassVar[tuple[str, ...]] = ("title", "title-short", "editor", "translator", "volume")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        title = item.get("title")
        if not isinstance(title, str) or ", " not in title[-80:]:
            return
        tail = title[-80:]
        if not any(f", {head}" in tail for head in _HEADS):
            return
        m = _ROLE_INSIDE_RE.search(title)
        if m is None or m.start() < 3:
            return
        role = "editor" if m["editor"] else "translator"
        names_text = m["names"].strip(" ,")
        if role in item or len(names_text.split()) < 2 or looks_corporate(names_text) or names_a_place(names_text):
            return
        names, _ = parse_names(names_text)
        if not names or any("literal" in name or not name.get("given") for name in names):
            return
        if m["volume"] and "volume" in item:
            return
        put_title(item, title[: m.start()].rstrip(" ,"))
        item[role] = names
        if m["volume"]:
            item["volume"] = m["volume"]
