"""An early printed book's catalogue number and signature: "Heywood, An Apology for Actors (London: Nicholas
Okes, 1612), STC 13309, sig. C3v", "Milton, Areopagitica (London, 1644), Wing M2092, p. 4", "Nashe, Pierce
Penilesse, sig. F4v".

Book historians give the short-title catalogue's number of a book printed before 1700 (Pollard and
Redgrave's STC, Wing, the ESTC, the USTC) after its imprint, and cite its unnumbered leaves by their
signature (gathering, leaf, side).  The tagger reads the number as a title, a series or the pinpoint, and
may take the word "sig." into the title before it.  This step reads the whole text:

* the catalogue's siglum and number -> ``number`` ("STC 13309", "Wing M2092"), taken out of the span that
  held it (the title, a series), and the pinpoint after it read again when the number was taken for it;
* a signature closing the note ("sig. B2r", "sigs A3v–A4r", "sig. *3r") -> the locator with label ``folio``
  (CSL has no label for signatures; a signature names a leaf), and a title that swallowed "sig." is cut.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.model import Entry
from citekit.normalize._text import hyphen_range, whole_text
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.pages import LOCATOR_LABELS
from citekit.normalize.title import put_title

#: the catalogues by siglum and their numbers: STC "13309", "22273.5", "11222a"; Wing "M2092", "W2963A"
#: (letters first); ESTC "S104372", "R12345"; USTC "510432" (a second edition's "STC²" or "Wing²" too)
_CATALOGUE_RE = lazy_compile(
    r"(?<![\w.])(?P<siglum>STC²?|Wing²?|ESTC|USTC)\s?(?:\(2nd\s+edn?\.?\)\s?)?"
    r"(?P<number>[A-Z]{0,3}\d{1,7}(?:\.\d{1,3})?[A-Za-z]?)(?![\w])"
    # the German catalogues of the 16th-18th centuries: VD16 by letter and number ("VD16 B 2694", "VD16 ZV
    # 1234"), VD17 and VD18 by their numbers ("VD17 3:006247R", "VD18 10214968")
    r"|(?<![\w.])(?P<siglum_vd>VD1[678])\s?(?P<number_vd>[A-Z]{1,2}\s\d{1,5}|\d{1,3}:\d{3,7}[A-Z]?|\d{8})(?![\w:])"
)
#: one signature: gathering (letters, doubled letters, an asterisk, a pilcrow, pi or chi), leaf, side
_SIGNATURE = r"(?:[A-Za-z]{1,3}|[*¶π§χ†]{1,3}[A-Za-z]?)\d{1,2}[rv]?"
#: "sig. B2r", "sigs A3v–A4r", "sigs C4r–v" closing the note
_SIGNATURE_RE = lazy_compile(
    rf"(?:^|[\s,(;])sigs?\.?\s(?P<signature>{_SIGNATURE}(?:\s?[-–]\s?(?:{_SIGNATURE}|[rv]))?)[.)]*\s*$"
)
#: "sig." closing a title span: the tagger read the word before the signature into the title
_TITLE_SIG_RE = lazy_compile(r",?\s*sigs?\.?$")
#: the pinpoint after a catalogue number: ", p. 1520", ", sig. C3v", ", fols 3–4"
_PIN_AFTER_RE = lazy_compile(
    r"^[,;]?\s*(?P<word>pp?|fols?|ff?|sigs?)\.?\s(?P<value>[\w*¶]+(?:\s?[-–]\s?[\w*¶]+)?)[.)]*\s*$"
)
#: variables a catalogue number may have been read into
_HOLDERS = ("title", "collection-title", "container-title", "volume", "note", "publisher")


class EarlyPrinted(Normalizer):
    """STC/Wing/ESTC numbers -> ``number``; a signature closing the note -> locator, label ``folio``."""

    name: ClassVar[str] = "early-printed"
    code: ClassVar[str] = "P164"
    keys: ClassVar[tuple[str, ...]] = (
        "number", "title", "title-short", "collection-title", "container-title", "volume", "issue", "note",
        "publisher", "archive_location", "type", "locator", "label", "suffix",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        full = whole_text(state.sequence, state.derived)
        # pre-test: a catalogue's siglum or the word "sig." / "sigs" ("sig" alone is in "design", "significant")
        if "STC" not in full and "Wing " not in full and "sig. " not in full and "sigs " not in full and (
            "sigs." not in full and "sig " not in full and "VD1" not in full
        ):
            return
        catalogue = _CATALOGUE_RE.search(full) if "STC" in full or "Wing " in full or "VD1" in full else None
        if catalogue is not None and _well_formed(catalogue):
            _take_catalogue_number(state, full, catalogue)
        signature = _SIGNATURE_RE.search(full)
        if signature is not None:
            _take_signature(state, signature["signature"])


def _well_formed(catalogue: re.Match[str]) -> bool:
    """STC and USTC numbers are numbers; Wing's and the ESTC's open with letters ("M2092", "S104372")."""
    if catalogue["siglum_vd"]:
        return True  # (the expression admits only a VD number's own shapes)
    letters = catalogue["number"][0].isalpha()
    return letters if catalogue["siglum"][0] in "WE" else not letters


def _take_catalogue_number(state: ItemState, full: str, catalogue: re.Match[str]) -> None:
    """The number to ``number``, out of the variable that held it; the pinpoint read again if it was taken."""
    item = state.item
    siglum, digits = catalogue["siglum"] or catalogue["siglum_vd"], catalogue["number"] or catalogue["number_vd"]
    number = f"{siglum} {digits}"
    written = catalogue.group(0)
    item["number"] = number
    _shelf_mark_of_the_number(item, digits)
    _numbers_read_from_the_catalogue_number(item, full, catalogue)
    for key in _HOLDERS:
        value = item.get(key)
        if not isinstance(value, str) or digits not in value:
            continue
        rest = re.sub(rf"[.,;]?\s*{re.escape(written)}[.,;]?", "", value).strip(" ,;.")
        rest = _TITLE_SIG_RE.sub("", rest) if key != "title" else rest
        if key == "title" and rest:
            put_title(item, rest)
        elif rest and not rest.lower().startswith(("sig", "p.", "pp.", "fol")):
            item[key] = rest
        else:
            item.pop(key, None)
    if state.locator is not None and digits in state.locator:
        # the number read as the pinpoint: the pinpoint is what follows it
        state.locator = state.label = None
        pin = _PIN_AFTER_RE.match(full[catalogue.end():])
        if pin is not None:
            state.locator = hyphen_range(pin["value"])
            state.label = LOCATOR_LABELS.get(pin["word"].lower(), "page")
            if state.suffix and pin["value"] in state.suffix:
                state.suffix = None


def _numbers_read_from_the_catalogue_number(item: Entry, full: str, catalogue: re.Match[str]) -> None:
    """A volume or issue read out of the catalogue number ("VD17 3:006247R" as volume "D17", issue "3"):
    dropped when the text has it nowhere but there."""
    outside = full[: catalogue.start()] + " " + full[catalogue.end():]
    for key in ("volume", "issue"):
        value = item.get(key)
        if isinstance(value, str) and value and value in catalogue.group(0) and not re.search(
            rf"(?<!\w){re.escape(value)}(?!\w)", outside
        ):
            item.pop(key)


def _shelf_mark_of_the_number(item: Entry, digits: str) -> None:
    """A catalogue number an archive step read as a shelf-mark ("VD16 B 2694" as the busta "B. 2694"): the
    book is a printed one, not a manuscript."""
    location = item.get("archive_location")
    found = re.findall(r"\d+", location) if isinstance(location, str) else []
    if not found or found[-1] not in digits or item.get("archive"):
        return
    item.pop("archive_location")
    if item.get("type") == "manuscript":
        item["type"] = "book"


def _take_signature(state: ItemState, signature: str) -> None:
    """The signature as the folio locator; a title that swallowed the word "sig." is cut before it."""
    state.locator, state.label = hyphen_range(signature), "folio"
    if state.suffix and signature in state.suffix:
        state.suffix = None
    title = state.item.get("title")
    if isinstance(title, str) and _TITLE_SIG_RE.search(title) and title.rstrip(".").endswith(("sig", "sigs")):
        put_title(state.item, _TITLE_SIG_RE.sub("", title))
