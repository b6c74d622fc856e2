"""A code's provision cited by its number and the code's abbreviation: "§ 823 Abs. 1 BGB", "Art. 1341 c.c.".

Continental notes cite a statute by the provision, then the code it is in: "§ 823 Abs. 1 BGB",
"Art. 1 Abs. 1 GG", "art. 1382 C. civ.", "Art. 2043 c.c.", "art. 1902 CC", "Art. 6:162 BW".  The
tagger has no title to find and leaves the whole as the locator of an untyped item.  The code is the
work cited (``legislation``, its abbreviation the ``title`` as written) and the provision the
locator, label ``section`` (as "§" and "art." are in the statute step).  The codes are listed in
``data/code_abbreviations.txt``; the note must open with "§" or "Art." (the cheap test).

The United States Code puts the title's number first: "42 U.S.C. § 1983 (2018)".  Read as Bluebook
session laws are (statute step): the code is the ``container-title``, its title's number the
``volume``, the section the item's ``section``, and the citation itself the ``title`` (such a
section has no other); the edition's year is ``issued``.
"""

from __future__ import annotations

import functools
import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import data_lines, squash
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables, item_variables

#: a provision's number and its parts: "823 Abs. 1 S. 2", "6:162", "1341, 1342", "483.º", "2043-2045"
_PROVISION = (
    r"\d{1,4}[a-z]?(?::\d{1,4}[a-z]?)?(?:\.?[º°])?(?:\s*(?:,|[-–]|und|u\.|e|et|y|and)\s*\d{1,4}[a-z]?(?:\.?[º°])?)*"
    r"(?:\s+(?:Abs\.|S\.|Satz|Nr\.|Alt\.|lit\.|Var\.|Hs\.|al\.|co\.|comma|n\.|lett\.|para\.?|§)\s*[\w]{1,4}\)?)*"
)
#: a title of a code and its section: "42 U.S.C. § 1983 (2018)", "17 C.F.R. § 240.10b-5"
_CODE_SECTION_RE = lazy_compile(
    r"^(?P<title_number>\d{1,3})\s+(?P<code>U\.\s?S\.\s?C\.(?:\s?[AS]\.)?|C\.\s?F\.\s?R\.)\s+§§?\s*"
    r"(?P<section>[\w.()-]+?(?:\s?[-–]\s?[\w.()-]+?)?)\.?(?:\s+\((?:[^()]*\s)?(?P<year>(?:19|20)\d\d)\))?\s*\.?$"
)
#: what such a note opens with: "§", "Art."/"art.", or a code's title number ("42 U.S.C.")
_OPENERS = frozenset("§Aa0123456789")
_LABEL = r"(?:§§?|Art(?:s|t|ikel)?\.?|art(?:s|t|icle|icolo|ículo|igo)?\.?|Artikel|Article|Articolo|Artículo|Artigo)"


@functools.cache
def _provision_re() -> re.Pattern[str]:
    codes = "|".join(re.escape(code) for code in sorted(set(data_lines("code_abbreviations.txt")), key=len,
                                                         reverse=True))
    return re.compile(rf"^{_LABEL}\s*(?P<provision>{_PROVISION})\s+(?P<code>{codes})\.?$")


class CodeProvision(Normalizer):
    """"§ 823 Abs. 1 BGB" -> ``legislation`` titled "BGB", locator "823 Abs. 1" (label ``section``);
    "42 U.S.C. § 1983" -> ``legislation`` in the code "U.S.C.", volume 42, section 1983."""

    name: ClassVar[str] = "code-provision"
    code: ClassVar[str] = "P140"
    keys: ClassVar[tuple[str, ...]] = (
        "archive", "archive_location", "archive_collection", "archive-place", "recipient", "editor", "translator",
        "type", "title", "title-short", "author", "container-title", "volume", "issue", "page", "issued", "section",
        "note", "genre", "publisher", "publisher-place", "collection-title", "language",
        "kind", "locator", "label", "suffix",
    )
    inputs: ClassVar[frozenset[str] | None] = None  # (the tagger reads such a note as a locator, or anything)

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if not sequence or "type" in state.item:
            return
        label, first = sequence[0]
        if label == "signal":
            first = next((text for label, text in sequence if label != "signal"), "").lstrip()
        if first[:1] not in _OPENERS:
            return  # (the cheapest test first: most references open with a name)
        if first[:1].isdigit() and (".C." in first or "C.F" in first or "S.C" in first):
            _code_section(state)  # (the code follows its title's number in the first span)
            return
        if first[:1] not in "§Aa" or not (first[:1] == "§" or first[:3].lower() == "art"):
            return  # (no "§" or "Art." opens the note: most references stop here)
        m = _provision_re().match(_joined(state))
        if m is None:
            return
        item = state.item
        drop_variables(item, _CLEARED)
        item["type"] = "legislation"
        item["title"] = m["code"]
        state.kind = "full"
        state.locator, state.label, state.suffix = m["provision"].replace("–", "-"), "section", None


def _code_section(state: ItemState) -> None:
    """"42 U.S.C. § 1983 (2018)": the code, its title's number and the section, as ``legislation``."""
    m = _CODE_SECTION_RE.match(_joined(state))
    if m is None:
        return
    section = m["section"].replace("–", "-")
    item = state.item
    drop_variables(item, _CLEARED)
    item["type"] = "legislation"
    item["title"] = f"{m['title_number']} {m['code']} § {section}"
    item["container-title"] = m["code"].replace(" ", "")
    item["volume"], item["section"] = m["title_number"], section
    if m["year"]:
        item["issued"] = {"date-parts": [[int(m["year"])]]}
    state.kind = "full"
    state.locator = state.label = state.suffix = None


def _joined(state: ItemState) -> str:
    return squash(" ".join(text for label, text in state.sequence if label != "signal")).strip()


#: the variables an earlier step may have read into such a note: all of them give way
_CLEARED = item_variables(CodeProvision.keys)
