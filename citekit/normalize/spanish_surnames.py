"""A Spaniard's two surnames are one family name: "Tulio Halperin Donghi" -> Halperin Donghi, Tulio.

Spanish names carry the father's and the mother's surname ("Jaime Vicens Vives", "Ramón
Menéndez Pidal"), and Spanish-language scholarship cites and sorts by both.  The names step
reads the last word as the family name unless the first surname is a common one
(``_person._SPANISH_FIRST_SURNAMES``); here, once the item's language is known, a name of a
Spanish-language work whose given names end in a word that is no known given name takes that
word into its family name.  A short form names both surnames alone ("Halperin Donghi,
Revolución y guerra"): two words, neither a known given name, are the family name too.

Portuguese names keep the last surname as the family name (Brazilian and Portuguese
usage: "Vitorino Magalhães Godinho" is Godinho), so only Spanish works are read so.
"""

from __future__ import annotations

from typing import Any, ClassVar

from citekit.normalize._person import given_names
from citekit.normalize.base import Context, ItemState, Normalizer

#: places of Spanish-language publishers the language step does not count as Spanish
_SPANISH_PLACES = frozenset({
    "Madrid", "Barcelona", "Sevilla", "Valencia", "Salamanca", "Valladolid", "Zaragoza", "México",
    "Ciudad de México", "Buenos Aires", "Lima", "Santiago", "Santiago de Chile", "Bogotá", "Caracas",
    "Montevideo", "La Habana", "Quito", "Guadalajara", "Puebla", "Córdoba", "Rosario", "La Paz",
})
_ROLES = ("author", "editor", "translator")


def _both_surnames(name: dict[str, Any], short: bool, written: str) -> dict[str, Any] | None:
    """The name with its second surname taken into the family name, or ``None`` (left as it is).

    ``written``: the names' span as written; a name it gives in inverted order ("Cortéz, Rosa
    María") names its family name plainly and is left alone.
    """
    family, given = name.get("family"), name.get("given")
    if not isinstance(family, str) or not isinstance(given, str) or len(name) != 2 or not family.isalpha():
        return None
    words = given.split()
    last = words[-1]
    if (
        not last[:1].isupper() or last.isupper() or not last.replace("'", "").replace("’", "").isalpha()
        or f"{given} {family}" not in written
    ):  # ("O'Phelan Godoy": an apostrophe in the first surname)
        return None
    if not all(w[:1].isupper() for w in words):
        return None  # ("and Feura Bush": a list's conjunction read as a given name)
    known = given_names()
    if last.lower() in known:
        return None
    if len(words) == 1:
        # "Halperin Donghi": a short form's two surnames (a full name's lone given name stays one)
        return {"family": f"{last} {family}"} if short and family.lower() not in known else None
    return {"family": f"{last} {family}", "given": " ".join(words[:-1])}


class SpanishSurnames(Normalizer):
    """author/editor names of a Spanish-language work -> both surnames as the family name."""

    name: ClassVar[str] = "spanish-surnames"
    code: ClassVar[str] = "P124"
    keys: ClassVar[tuple[str, ...]] = _ROLES
    inputs: ClassVar[frozenset[str] | None] = frozenset({"author", "editor"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        if item.get("language") != "es" and item.get("publisher-place") not in _SPANISH_PLACES:
            return
        short = state.kind == "short"
        spans = state.spans
        written = " ".join([*spans.get("author", ()), *spans.get("editor", ()), *spans.get("translator", ())])
        for role in _ROLES:
            names = item.get(role)
            if not isinstance(names, list):
                continue
            changed = [_both_surnames(n, short, written) if isinstance(n, dict) else None for n in names]
            if any(c is not None for c in changed):
                item[role] = [c if c is not None else n for c, n in zip(changed, names, strict=True)]
