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

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import squash, strip_brackets
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.date import parse_date
from citekit.normalize.edition import numbered_edition
from citekit.normalize.identifiers import ID_ONLY_RE

_BOILERPLATE_RE = lazy_compile(
    r"^\W*(?:retrieved|accessed|available|online|internet|url|consulted|consulté|disponible|"
    r"abgerufen|verfügbar|online\s+verfügbar|en\s+ligne|on\s*line|web|from|at|on|in|at:|via|see|"
    r"last\s+accessed|viewed|available\s+(?:at|from|online)|retrieved\s+(?:from|on)|"
    r"accessed\s+(?:at|on)|electronic\s+version|e-?print|\s)*\W*$",
    re.I,
)
#: "№ 3." (the numero sign before an issue number)
_NUMERO_RE = lazy_compile(r"№\s?(?P<issue>\d{1,4})[.,]?$")


#: "(paper presented at the International Medieval Congress, Leeds, July 9, 2014)": a talk, not a publication
#: (not "Paper presented at the Proceedings of …": that one was printed in them)
_PRESENTED_RE = lazy_compile(
    r"^(?P<genre>(?:conference\s+|seminar\s+)?(?:paper|lecture|talk|address|keynote(?:\s+address)?))\s+"
    r"(?:presented|delivered|given|read)\s+(?:at|to|before)\s+(?!(?:the\s+)?Proceedings\b)(?P<event>[^,]{3,120}?)"
    r"(?:,\s+(?P<place>[A-ZÀ-Þ][^,\d]{1,40}?))?(?:,\s+(?P<date>[^,]*?\d{4}|[^,]*?,\s*\d{4}))?\.?$",
    re.I,
)


class GenreNote(Normalizer):
    """genre and note spans -> ``genre``, ``note``."""

    name: ClassVar[str] = "genre-note"
    code: ClassVar[str] = "P111"
    keys: ClassVar[tuple[str, ...]] = ("genre", "note", "issue", "type", "event-title", "event-place", "issued", "edition")
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
            if "edition" not in item and (edition := numbered_edition(value)) is not None:
                item["edition"] = edition  # "…, 2nd ed., 18 vols.": the tagger's note is the edition
                continue
            value = strip_brackets(value) if value[0] in "([" else value.rstrip(".")
            if " at " in value and value[:1] in "PpLlTtAaKkCcSs" and (talk := _PRESENTED_RE.match(value)):
                _read_talk(state, talk)
                continue
            notes.append(value)
        if notes:
            item["note"] = "; ".join(n for n in notes if n)


def _read_talk(state: ItemState, talk: re.Match[str]) -> None:
    """A paper read at a meeting: ``speech`` with its genre, event, place and date (not a note)."""
    item = state.item
    item.setdefault("type", "speech")
    item.setdefault("genre", talk["genre"].lower())
    item["event-title"] = talk["event"].removeprefix("the ").strip()
    if talk["place"]:
        item["event-place"] = talk["place"].strip()
    if talk["date"] and "issued" not in item and (date := parse_date(talk["date"].strip())):
        item["issued"] = date
