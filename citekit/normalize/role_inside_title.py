"""An editor or translator named inside the title span: "Dokumenty do dziejów PRL, oprac. Andrzej Paczkowski,
z. 1" + "(Warszawa: …)", "Počeci moderne Hrvatske, ur. Ivo Banac" + "(Zagreb, 1985)".

When the tagger does not know the role word (Polish "oprac.", Hungarian "szerk.", South Slavic "ur." …), it
reads the role and the names as more of the title.  A title whose last role word (the names step's grammar,
``names.last_role_word``) follows a comma and is followed only by names (perhaps with a fascicle or volume
after them: "z. 1", "t. 2") has them taken out: the names are the ``editor`` or the ``translator`` (when none
was read), a closing "z. 1" the ``volume``.  Names that read as an institution or a place leave the title as
it is.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import looks_corporate, parse_names
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.names import last_role_word
from citekit.normalize.place import names_a_place
from citekit.normalize.title import put_title

_UPPER = "A-ZÀ-ÞĀ-ŽČŠŽĆĐŁŚŻŹŃŐŰ"
#: the names after the role word, to the title's end (capitalised words, and "and", "i", "a", "és" …), perhaps
#: with a fascicle's or volume's number after them
_NAMES_TAIL_RE = lazy_compile(
    rf"\s(?P<names>[{_UPPER}][\w.'’-]*(?:\s(?:[{_UPPER}][\w.'’-]*|and|und|i|a|és|ir|un|ja|et|&|,))*?)"
    r"(?:,\s(?P<volume_word>z|t|cz|sv|d|köt|knj|vol|Bd|tom)\.\s?(?P<volume>\d{1,3}))?$"
)
#: how much of the title's end is searched for the role word
_TAIL = 100


class RoleInsideTitle(Normalizer):
    """"Title, oprac. Andrzej Paczkowski, z. 1" read as one title -> ``title``, ``editor``, ``volume``."""

    name: ClassVar[str] = "role-inside-title"
    code: ClassVar[str] = "P207"
    keys: ClassVar[tuple[str, ...]] = ("title", "title-short", "editor", "translator", "volume")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        title = item.get("title")
        if not isinstance(title, str) or ", " not in title[-_TAIL:]:
            return
        offset = max(0, len(title) - _TAIL)
        found = last_role_word(title[offset:])
        if found is None:
            return
        role, start, end = found[0], found[1] + offset, found[2] + offset
        if role not in ("editor", "translator") or start < 3 or title[start - 2:start] != ", ":
            return
        if title[start:end].lower() == "dir.":
            return  # (a film's director, as often as a French volume's editor: the type step reads it)
        m = _NAMES_TAIL_RE.match(title, end)
        if m is None:
            return
        names_text = m["names"].strip(" ,")
        if role in item or len(names_text.split()) < 2 or looks_corporate(names_text) or names_a_place(names_text):
            return
        names, _ = parse_names(names_text)
        if not names or any("literal" in name or not name.get("given") for name in names):
            return
        if m["volume"] and "volume" in item:
            return
        put_title(item, title[: start - 2].rstrip(" ,"))
        item[role] = names
        if m["volume"]:
            item["volume"] = m["volume"]
