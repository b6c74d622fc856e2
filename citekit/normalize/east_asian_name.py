"""Chinese, Japanese and Korean names written family name first: "Maruyama Masao 丸山眞男", "Yoshikawa Kōjirō",
"Sima Qian 司馬遷", "Yi Hwang 李滉", "Wang Gungwu", "Ban Gu".

Scholars of East Asia write the names of Chinese, Japanese and Korean authors in their own order, the family
name first, often with the name's characters after it, beside Western scholars' names in Western order.  The
names step reads a two-word name the Western way unless the first word is a listed Chinese or Korean family
name and the second a romanised given name; it takes the characters for the family name.  This step, right
after it, reads such a name again from what the names step made of it:

* with characters after it, the romanised words are the name, in East Asian order (the characters are the
  same name in script, not part of the family name);
* a listed Chinese or Korean family name before a word that is no Western given name but can be read as
  romanised syllables ("Wang Gungwu", "Ban Gu", "Yi Hwang"), where the note is in that order (characters in the
  note, or a romanised title);
* two words that both read as Hepburn, the first no Western given name, when the title is romanised
  ("Yoshikawa Kōjirō, Gen Min shi gaisetsu"): a Japanese author of a Japanese book (a Japanese scholar's English
  book, "Masao Miyoshi, Accomplices of Silence", keeps the Western order of its title page).

A name the note wrote inverted, its family name and a comma first ("Otake, Midori"), is left as the names step
read it; so is a Hepburn name that opens with a common Japanese given name (``data/japanese_given_names.txt``)
and closes with a word that is none ("Hitoshi Takase").
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, ClassVar

from citekit.matching.normalize import fold
from citekit.normalize._person import east_asian_surnames, given_names
from citekit.normalize._romanized import (
    has_cjk,
    is_hepburn,
    is_romanized,
    romanized_title,
    strip_cjk,
)
from citekit.normalize._text import data_lines
from citekit.normalize.base import Context, ItemState, Normalizer

_ROLES = ("author", "editor", "translator")


def _written(name: dict[str, Any]) -> str:
    """A parsed name written back as the note gave it (the given name first, as the names step read it)."""
    if "literal" in name:
        return str(name["literal"])
    parts = (name.get("given"), name.get("dropping-particle"), name.get("non-dropping-particle"), name.get("family"))
    return " ".join(part for part in parts if isinstance(part, str) and part)


def _native_order_name(words: list[str], native: Callable[[], bool], script: bool = False) -> dict[str, str] | None:
    """Two romanised words as family name and given name, or None when they are not read that way (``script``:
    the name's characters follow it, which settles the order)."""
    if len(words) != 2:
        return None
    family, given = words
    if not (family[:1].isupper() and given[:1].isupper()) or given.isupper() or family.isupper():
        return None
    if script:
        return {"family": family, "given": given} if is_romanized(family) and is_romanized(given) else None
    # (set look-ups first: most names are Western, "Peter Bol", "Mary Berry")
    if given.lower() in given_names() or (family.lower() in given_names() and family not in east_asian_surnames()):
        return None
    if family in east_asian_surnames() and is_romanized(given):
        # a given name of two syllables says the order ("Wang Gungwu", "Pak Chiwŏn", "Yi Ki-baek"); one syllable
        # only where the note is written in that order (in a Western list "Meng Qu" and "Wei Gai" are given name
        # and family name), and never a second capital after a hyphen ("Jen Lin-Liu", Western order)
        # (a second word that is a family name too, "Yu Zhang", "Ban Gu", likewise only in such a note)
        second = given.partition("-")[2]
        one_syllable = len(given) < 5 and not second
        if second[:1].isupper() or ((one_syllable or given in east_asian_surnames()) and not native()):
            return None
        return {"family": family, "given": given}
    if is_hepburn(family) and is_hepburn(given) and native():
        if fold(family) in japanese_given_names() and fold(given) not in japanese_given_names():
            return None  # ("Hitoshi Takase" beside a romanised title: a given name first, the Western order)
        return {"family": family, "given": given}
    return None


@functools.cache
def japanese_given_names() -> frozenset[str]:
    """Common Japanese given names (``data/japanese_given_names.txt``), read once."""
    return frozenset(word for line in data_lines("japanese_given_names.txt") for word in line.split())


class EastAsianName(Normalizer):
    """"Maruyama Masao 丸山眞男" (read as given "Maruyama Masao", family "丸山眞男") -> family "Maruyama", given
    "Masao"; "Yoshikawa Kōjirō" before a romanised title -> family "Yoshikawa"."""

    name: ClassVar[str] = "east-asian-name"
    code: ClassVar[str] = "P180"
    keys: ClassVar[tuple[str, ...]] = (*_ROLES, "title")
    inputs: ClassVar[frozenset[str] | None] = frozenset(_ROLES)

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        if not item.get("author") and "author" in state.spans:
            _one_name_author(state)
        known: list[bool] = []

        def native() -> bool:  # (worked out once, when a name needs it)
            if not known:
                known.append(_native_context(state))
            return known[0]

        for role in _ROLES:
            names = item.get(role)
            if not names:
                continue
            rewritten = []
            changed = False
            for name in names:
                written = _written(name)
                # pre-test: a name of two words or more, with characters or a capitalised second word
                if " " not in written:
                    rewritten.append(name)
                    continue
                script = has_cjk(written)
                words = strip_cjk(written).split() if script else written.split()
                if not words or (script and not any(ch.isascii() and ch.isalpha() for ch in written)):
                    rewritten.append(name)  # (a name in script only: the CJK step's)
                    continue
                if not script and _inverted(name, state.spans.get(role, ())):
                    rewritten.append(name)  # ("Otake, Midori", "Kumagai, Wataru": the note put the family name first)
                    continue
                new = _native_order_name(words, native, script)
                if new is None and script and role == "author" and len(names) == 1 and _title_not_name(words, state):
                    # "Hou Han shu 後漢書 (Beijing: …)": a title with its characters, read as the author
                    item["title"] = written
                    item.pop("author")
                    return
                if new is None and script:
                    new = {"literal": " ".join(words)} if len(words) == 1 else None
                if new is not None and new != name:
                    rewritten.append(new)
                    changed = True
                else:
                    rewritten.append(name)
            if changed:
                item[role] = rewritten


def _inverted(name: dict[str, Any], spans: Any) -> bool:
    """Did the note write this name family name first, then a comma ("Chen, Rui", "Fonte, Moderata")?"""
    family, given = name.get("family"), name.get("given")
    if not isinstance(family, str) or not isinstance(given, str) or not family or not given:
        return False
    return any(f"{family}, {given}" in text or f"{family},{given}" in text for text in spans)


def _one_name_author(state: ItemState) -> None:
    """"Dōgen, Shōbōgenzō" read as the title (from the author span): a monk's or a master's one romanised name
    before a romanised title is the author."""
    title = state.item.get("title")
    if not isinstance(title, str) or ", " not in title[:30]:
        return
    head, _, rest = title.partition(", ")
    if " " in head or not head[:1].isupper() or not is_romanized(head) or not romanized_title(rest):
        return
    state.item["author"] = [{"literal": head}]
    state.item["title"] = rest


def _title_not_name(words: list[str], state: ItemState) -> bool:
    """Romanised words with a word in lower case, and no title read: a title's words ("Hou Han shu"), not a name."""
    return (
        "title" not in state.item and "title" not in state.spans and len(words) > 2
        and any(word.islower() for word in words[1:]) and all(is_romanized(word) for word in words)
    )


def _native_context(state: ItemState) -> bool:
    """Does the note write its names in East Asian order: characters in it, or a romanised title?"""
    for texts in state.spans.values():
        if any(has_cjk(text) for text in texts):
            return True
    # (the title step comes after this one: the title's span as the tagger cut it, an imprint after it cut off)
    for key in ("title", "container-title"):
        for text in state.spans.get(key, ()):
            if romanized_title(text.split(" (", 1)[0].strip(" ,.;:")):
                return True
        # (a title the split step took out of the author span: "Dōgen, Shōbōgenzō, ed. Mizuno Yaoko")
        title = state.item.get(key)
        if isinstance(title, str) and key not in state.spans and romanized_title(title):
            return True
    return False
