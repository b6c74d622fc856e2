"""A government body as the author, read into the title: "U.S. Bureau of the Census, Historical Statistics of the
United States, Colonial Times to 1970 (Washington, DC: …, 1975)", "U.S. Department of Agriculture, Yearbook of
Agriculture, 1938 (…)".

Chicago cites a government publication under its issuing body (a "corporate author").  The tagger, which
expects a person first, reads "U.S. Bureau of the Census" with the title as one title.  When a title with no
author before it opens with "U.S." or "United States" and a body's name (one word of an agency among its
words: Bureau, Department, Office, Commission …) then a comma and a capitalised title, the step takes the body
as the ``author`` (a literal) and the rest as the ``title``.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import put_title

_WORD = r"(?:[A-Z][\w’'.-]*|of|the|and|on|for)"
_BODY_RE = lazy_compile(
    rf"^(?P<body>(?:U\.\s?S\.|United\sStates),?\s{_WORD}(?:\s{_WORD}){{0,9}}),\s(?P<title>[A-Z][^,].{{4,}})$"
)
#: a word of an agency's name
_AGENCY_RE = lazy_compile(
    r"\b(?:Bureau|Department|Office|Commission|Congress|Senate|House|Board|Administration|Agency|Service|"
    r"Army|Navy|Committee|Census|Council|Survey|Treasury|Division|Corps)\b"
)


class GovernmentAuthor(Normalizer):
    """"U.S. Bureau of the Census, Title" read as one title -> the body as ``author``, the rest ``title``."""

    name: ClassVar[str] = "government-author"
    code: ClassVar[str] = "P213"
    keys: ClassVar[tuple[str, ...]] = ("author", "title", "title-short")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        title = item.get("title")
        if not isinstance(title, str) or title[:1] != "U" or "author" in item or "editor" in item:
            return
        m = _BODY_RE.match(title)
        if m is None or not _AGENCY_RE.search(m["body"]):
            return
        item["author"] = [{"literal": m["body"]}]
        put_title(item, m["title"])
