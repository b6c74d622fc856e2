"""Genre and free notes -> ``genre`` and ``note``, connective boilerplate left out.

"[Doctoral dissertation]" -> genre "Doctoral dissertation" (type inference
reads it).  Note spans that only say how the URL was reached ("Retrieved
from", "Available at:", "[Online]") or only hold identifiers (taken by the
identifiers normalizer) carry nothing for the entry and stay in ``fields``
only; every other note is kept, joined with "; ".
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.normalize._text import squash, strip_brackets
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.identifiers import ID_ONLY_RE

_BOILERPLATE_RE = re.compile(
    r"^\W*(?:retrieved|accessed|available|online|internet|url|consulted|consulté|disponible|"
    r"abgerufen|verfügbar|online\s+verfügbar|en\s+ligne|on\s*line|web|from|at|on|in|at:|via|see|"
    r"last\s+accessed|viewed|available\s+(?:at|from|online)|retrieved\s+(?:from|on)|"
    r"accessed\s+(?:at|on)|electronic\s+version|e-?print|\s)*\W*$",
    re.I,
)
#: "№ 3." (the numero sign before an issue number)
_NUMERO_RE = re.compile(r"№\s?(?P<issue>\d{1,4})[.,]?$")


class GenreNote(Normalizer):
    """genre and note spans -> ``genre``, ``note``."""

    name: ClassVar[str] = "genre-note"
    code: ClassVar[str] = "P111"
    keys: ClassVar[tuple[str, ...]] = ("genre", "note", "issue")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"genre", "note"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        genres = [g for g in (strip_brackets(squash(t)) for t in state.spans.get("genre", ())) if g]
        if genres and genres[0][0] == "№" and (number := _NUMERO_RE.match(genres[0])):
            # GOST's "// Вопросы истории. 2003. № 2.": the journal's issue, read as a genre
            item.setdefault("issue", number["issue"])
            del genres[0]
        if genres:
            item["genre"] = "; ".join(genres)
        notes = []
        for text in state.spans.get("note", ()):
            value = squash(text).strip(" ,;:")
            if not value or _BOILERPLATE_RE.match(value) or ID_ONLY_RE.match(value):
                continue
            notes.append(strip_brackets(value) if value[0] in "([" else value.rstrip("."))
        if notes:
            item["note"] = "; ".join(n for n in notes if n)
