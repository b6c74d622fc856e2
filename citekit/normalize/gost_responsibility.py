"""A Cyrillic GOST statement of responsibility: "Лубянка … 1937–1938 / Под ред. А. Н. Яковлева. М.: МФД, 2004".

An edited collection of documents has no author: its title comes first, then " / " and the editors
("Под ред.", "Отв. ред.", Ukrainian "За ред.") or compilers ("Сост.", "Упоряд."); the words are listed in
``data/gost_roles_cyrillic.txt``.  The tagger, which saw few of them, reads the title as an author (the
editor then a second author, or the title's dates as a date).  When a span holds that statement, the
spans before it are the title, the names after the words the editors or compilers (as written: a
Russian editor is named in the genitive after "Под ред."), and no author remains of them.
"""

from __future__ import annotations

import functools
import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_names
from citekit.normalize._text import data_lines, opens_cyrillic
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import main_title


@functools.cache
def _roles() -> dict[str, str]:
    """Statement words ("под ред.", lower case) -> CSL role."""
    out = {}
    for line in data_lines("gost_roles_cyrillic.txt"):
        words, _, role = line.rpartition(" ")
        if words:
            out[words.lower()] = role
    return out


@functools.cache
def _statement_re() -> re.Pattern[str]:
    """" / Под ред. names" inside a span, or "Под ред. names" opening one."""
    words = "|".join(
        r"\s?".join(re.escape(part) for part in form.split()) for form in sorted(_roles(), key=len, reverse=True)
    ) or r"(?!)"
    return re.compile(r"(?:^|\s)/?\s?(?P<role>" + words + r")\s(?P<names>[А-ЯЁІЇЄҐ][^/]*?)[.,;]?$", re.I)


_SPAN_LABELS = ("author", "title", "editor", "date", "other", "isbn", "note")


#: "and others" closing a Russian or Ukrainian list of names (the "et al." of the names step)
_ET_AL_RE = lazy_compile(r"\s+(?:и\s+др|та\s+ін)\.?$")
#: an "author" of one capitalised Cyrillic word and no initials: a title's first word ("Лубянка.")
_LONE_WORD = lazy_compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+\.?")


class GostResponsibility(Normalizer):
    """"Title / Под ред. И. О. Фамилии" -> ``title`` + ``editor`` (or ``compiler``), no author."""

    name: ClassVar[str] = "gost-responsibility"
    code: ClassVar[str] = "P147"
    keys: ClassVar[tuple[str, ...]] = ("author", "editor", "compiler", "title", "title-short", "original-date", "custom")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        if not opens_cyrillic(state.sequence):
            return  # (almost every reference: it opens with no Cyrillic letter)
        spans = [(label, text) for label, text in state.sequence if label not in ("signal", "punct")]
        if spans[0][0] not in ("author", "title"):
            return
        # the opening spans joined (the tagger may cut the statement: "… / Отв." + "ред. Н. В. Петров."),
        # with where each one starts
        starts: list[int] = []
        text = ""
        for label, span in spans[:4]:
            if label not in _SPAN_LABELS:
                break
            starts.append(len(text))
            text = f"{text} {span.strip()}" if text else span.strip()
            lower = span.lower()
            if "ред" not in lower and "сост" not in lower and "упоряд" not in lower and "упор." not in lower:
                continue  # (the cheap look before the expression)
            m = _statement_re().search(text)
            if m is None:
                return
            i = sum(1 for start in starts if start <= m.start("role")) - 1
            lone_word = spans[0][0] == "author" and _LONE_WORD.fullmatch(spans[0][1].strip()) is not None
            if i and not lone_word and (any(lbl != "date" for lbl, _ in spans[1:i]) or "title" in state.spans):
                return  # (only the title read as an author, perhaps with its dates: "Лубянка … 1937–1938";
                # or its first word alone, "Лубянка." + "Сталин и …": no person is named by one word)
            head = text[: m.start()].strip()
            if head:
                self._read(state, head, m["role"], m["names"])
            return

    @staticmethod
    def _read(state: ItemState, title: str, words: str, names_text: str) -> None:
        role = _roles().get(" ".join(words.lower().split()), "editor")
        listed = _ET_AL_RE.sub("", names_text.strip())  # "В. Н. Хаустов и др.": "and others"
        names = parse_names(listed)[0]
        if not names:
            return
        item = state.item
        for key in ("author", "editor", "compiler"):
            item.pop(key, None)  # (what the tagger's reading made of the title and the names)
        if listed != names_text.strip():
            custom = dict(item.get("custom") or {})
            custom["et-al"] = [*custom.get("et-al", []), role]
            item["custom"] = custom
        item.pop("original-date", None)  # ("1937–1938" of the title, read as the date it was written)
        item[role] = names
        title = title.rstrip(" ,;/")
        if title.endswith("."):
            title = title[:-1]
        item["title"] = title
        item.pop("title-short", None)
        if short := main_title(title):
            item["title-short"] = short
