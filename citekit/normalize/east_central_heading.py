"""An author's name left in the title span of an East Central European note: the Hungarian order, family name
first and a colon before the title ("Romsics Ignác: Magyarország története a XX. században. Budapest, 1999."),
and the usual order with a comma when the tagger did not know the given name ("Ignác Romsics, Hungary in the
Twentieth Century, trans. …", "Aivars Stranga, Latvijas–Padomju Savienības attiecības, Rīga …").

When no author was read and the title opens so, with a given name of the region
(``data/east_central_given_names.txt``), the name is the ``author`` and the rest the ``title``.
"""

from __future__ import annotations

import functools
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import data_lines
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import put_title

_UPPER = "A-ZÁÄČĆĎÉĚËÍĽĹŁŃŇÓÖŐÔŘŔŚŠŤÚŮÜŰÝŹŻŽĀĒĢĪĶĻŅŌŪĘĄĖĮŲÕ"
#: "Romsics Ignác: Title": family name, one or two given names, a colon
_HUNGARIAN_RE = lazy_compile(
    rf"^(?P<family>[{_UPPER}][\w'’-]+)\s(?P<given>[{_UPPER}][\w-]+(?:\s[{_UPPER}][\w-]+)?):\s(?P<title>\S.{{2,}})$"
)
#: "Ignác Romsics, Title": a given name (perhaps an initial after it), the family name, a comma
_USUAL_RE = lazy_compile(
    rf"^(?P<given>[{_UPPER}][\w-]+(?:\s[{_UPPER}]\.)?)\s(?P<family>[{_UPPER}][\w'’-]+(?:-[{_UPPER}][\w'’-]+)?),\s"
    r"(?P<title>\S.{2,})$"
)


@functools.cache
def east_central_given_names() -> frozenset[str]:
    """The given names, lower case (read once)."""
    return frozenset(word for line in data_lines("east_central_given_names.txt") for word in line.split())


class EastCentralHeading(Normalizer):
    """"Romsics Ignác: Title", "Ignác Romsics, Title" read as one title -> ``author`` and ``title``."""

    name: ClassVar[str] = "east-central-heading"
    code: ClassVar[str] = "P205"
    keys: ClassVar[tuple[str, ...]] = ("author", "title", "title-short")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        if "author" in item or "editor" in item or "author" in state.spans:
            return
        first = next((label for label, text in state.sequence if label not in ("punct", "signal")), None)
        title = item.get("title")
        if first != "title" or not isinstance(title, str) or len(title) < 8:
            return
        given_names = east_central_given_names()
        m = _HUNGARIAN_RE.match(title) if ": " in title[:40] else None
        if m is not None and m["given"].split()[0].lower() in given_names:
            family, given = m["family"], m["given"]
        else:
            m = _USUAL_RE.match(title) if ", " in title[:40] else None
            if m is None or m["given"].split()[0].lower() not in given_names:
                return
            if m["family"].lower() in given_names:
                return
            family, given = m["family"], m["given"]
        item["author"] = [{"family": family, "given": given}]
        put_title(item, m["title"].strip())
