"""Plain-text CSL name helpers shared by the text formats (RIS, styled output).

BibTeX names have their own grammar (``bibnames``); this module is for the
simple "Family, Given, Suffix" form most other formats use.
"""

from __future__ import annotations

from typing import Any

_PARTICLES = frozenset(
    "da das de del della dei degli der di do dos du la le van von ten ter zu zum zur".split()
)


def name_to_text(name: dict[str, Any]) -> str:
    """``Family, Given[, Suffix]`` with the non-dropping particle before the family name."""
    if "literal" in name:
        return str(name["literal"])
    family = " ".join(
        p for p in (name.get("non-dropping-particle"), name.get("family")) if p
    )
    given = " ".join(p for p in (name.get("given"), name.get("dropping-particle")) if p)
    parts = [family or given]
    if family and given:
        parts.append(given)
    if name.get("suffix"):
        parts.append(str(name["suffix"]))
    return ", ".join(parts)


def name_from_text(text: str) -> dict[str, Any]:
    """Read ``Family, Given[, Suffix]``; no comma means one literal name (an institution).

    A lower-case particle leading the family part ("van Gogh") is kept apart as
    ``non-dropping-particle`` so sorting and matching use the family name.
    """
    text = text.strip()
    if not text:
        return {"literal": ""}
    if "," not in text:
        return {"literal": text}
    family, _, rest = text.partition(",")
    given, _, suffix = rest.partition(",")
    name: dict[str, Any] = {}
    words = family.strip().split(" ")
    lead = []
    while len(words) > 1 and words[0] in _PARTICLES:  # "van", not "Van" or "lA"
        lead.append(words.pop(0))
    if lead:
        name["non-dropping-particle"] = " ".join(lead)
    name["family"] = " ".join(words)
    if given.strip():
        name["given"] = given.strip()
    if suffix.strip():
        name["suffix"] = suffix.strip()
    return name
