"""A work of art cited by its object label: "Titian, Venus of Urbino, 1538, oil on canvas, Florence, Galleria
degli Uffizi, inv. 1437", "Albrecht Dürer, Melencolia I, 1514, engraving, 24 × 18.8 cm, Karlsruhe, Staatliche
Kunsthalle", "Caspar David Friedrich, Der Mönch am Meer, 1808–10, Öl auf Leinwand, Berlin, Alte Nationalgalerie".

Art historians cite an object as a museum labels it: artist, title, date, medium, dimensions, the collection
that holds it and its inventory number.  No tagger span is made for these (the date and the medium are read
into the title, the dimensions as a volume and an issue, the museum as a publisher), so the step reads the
whole text once a medium (``data/art_media.txt``) is found among the comma-separated pieces after the title,
and makes the item a CSL ``graphic``: ``medium``, ``dimensions``, ``issued``, the holding collection as
``archive`` (its city ``archive-place``) and the inventory number as ``archive_location``.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_one
from citekit.normalize._text import data_lines
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.date import parse_date
from citekit.normalize.place import names_a_place


class _Media:
    """The media's opening words (what the pre-test looks up) and their closing words."""

    __slots__ = ("first", "last", "phrases")

    def __init__(self) -> None:
        self.phrases = tuple(line.lower() for line in data_lines("art_media.txt"))
        # (as written, lower case and capitalised: the pre-test looks words up without folding their case)
        first = {p.split(" ", 1)[0] for p in self.phrases}
        last = {p.rsplit(" ", 1)[-1] for p in self.phrases}
        self.first = frozenset({*first, *(w.capitalize() for w in first)})
        self.last = frozenset({*last, *(w.capitalize() for w in last)})


_MEDIA: _Media | None = None


def media() -> _Media:
    """The media, read once."""
    global _MEDIA
    if _MEDIA is None:
        _MEDIA = _Media()
    return _MEDIA


def is_medium(piece: str) -> bool:
    """Is ``piece`` an artwork's medium ("oil on canvas", "Öl auf Leinwand", "pen and brown ink")?  A listed
    material on a support the list does not name is one too ("Öl auf Lindenholz", "olio su tavola di pioppo")."""
    lower = piece.lower()
    words = lower.split(" ", 2)
    if words[0] not in media().first:
        return False
    if len(words) > 2 and words[1] in _ON:
        return True
    return any(  # (the list holds lower-case phrases)
        lower == p or lower.startswith(p + " ") or lower.startswith(p + ",") for p in media().phrases
    )


#: "on" in the languages of the list: a material on any support is a medium
_ON = frozenset({"on", "auf", "sur", "su", "sobre", "op"})


def label_has_medium(text: str) -> bool:
    """Does one of the comma-separated pieces of ``text`` name a medium: an object's label ("Goya, El tres de
    mayo de 1808 en Madrid, 1814, óleo sobre lienzo, …"), whose title's "en"/"and" divides no citations?"""
    return any(is_medium(piece.strip()) for piece in text.split(",")[1:])


#: the object's date: "1538", "c. 1510", "um 1510", "1508–12", "1530s"
_DATE_RE = lazy_compile(r"^(?:(?:c|ca|circa|um|vers|verso|intorno al)\.?\s)?1\d{3}(?:\s?[-–]\s?\d{2,4}|s)?$", re.I)
#: the dimensions: "62 × 48 cm", "24 x 18.8 cm", "H. 45 cm", "82,2 × 60 cm"
_DIMENSIONS_RE = lazy_compile(r"^(?:[HhBbLlW]\.\s?)?\d+(?:[.,]\d+)?\s?(?:[×x]\s?\d+(?:[.,]\d+)?\s?){0,2}(?:cm|mm|m|in\.?)$")
#: an inventory or accession number: "inv. 1437", "Inv.-Nr. 828", "inv. no. 12", "acc. no. 1975.1.110", "NG186"
_INVENTORY_RE = lazy_compile(
    r"^(?:(?:inv|Inv|acc|Acc|cat)\.?(?:-Nr\.|\s?no\.|\s?n\.|\s?nr\.)?\s?[\w./-]+(?:\s[\w./-]+)?"
    r"|[A-Z]{1,4}(?:[-\s]?[A-Z]{1,3})?[-\s]?\d[\w./-]*|no\.\s?\S+"
    r"|\d{1,4}(?:\.\d{1,4}){1,3})$"  # (an accession number: "19.164", "1975.1.110")
)
#: "Inv.-" + "Nr. 828": a word broken at its hyphen across two spans, joined back
_BROKEN_RE = lazy_compile(r"(?<=\.-)\s")
#: a name's words: capitalised, or a particle
_NAME_WORD_RE = lazy_compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*|van|von|de|di|da|del|della|der|du|le|la|y|il|the)$")
#: the labels the tagger gives the spans that may open with the medium or close with it
_DIGITS = frozenset("0123456789")
_FIRST: frozenset[str] = frozenset()
_LAST: frozenset[str] = frozenset()


def _may_be_artwork(state: ItemState) -> bool:
    """The pre-test: the title ends in a medium's last word ("…, 1538, oil on canvas"), or the third or fourth
    span opens with a medium's first word ("oil on panel, 62 × 48 cm, …")."""
    global _FIRST, _LAST
    if not _FIRST:
        _FIRST, _LAST = media().first, media().last
    title = state.item.get("title")
    if type(title) is str and title[title.rfind(" ") + 1 :] in _LAST and ", " in title:
        return True
    sequence = state.sequence
    text = sequence[2][1]
    if text[: text.find(" ")].rstrip(",") in _FIRST:
        return True
    if len(sequence) > 3:
        text = sequence[3][1]
        return text[: text.find(" ")].rstrip(",") in _FIRST  # ("bronze, Florence, …": a one-word medium)
    return False


class Artwork(Normalizer):
    """"Artist, Title, date, medium, dimensions, City, Collection, inv. N" -> type ``graphic`` with ``medium``,
    ``dimensions``, ``archive`` and ``archive_location``."""

    name: ClassVar[str] = "artwork"
    code: ClassVar[str] = "P162"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "author", "title", "title-short", "issued", "medium", "dimensions", "archive", "archive-place",
        "archive_location", "publisher", "publisher-place", "volume", "issue", "page", "collection-title",
        "collection-number", "container-title", "genre", "kind", "locator", "label",
    )
    #: (the tagger reads an object's title, or its title and date and medium, as a title span; the medium and the
    #: rest of the label, when it has read the title with the artist's name, as an unlabelled span)
    inputs: ClassVar[frozenset[str] | None] = frozenset({"title", "other"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if len(sequence) < 3 or len(sequence) > 12 or not _may_be_artwork(state):
            return
        text = " ".join(text.strip() for label, text in sequence if label != "signal" and label != "punct").rstrip(" .")
        if ".- " in text:
            text = _BROKEN_RE.sub("", text)
        pieces = text.split(", ")
        at = next((i for i in range(2, len(pieces)) if is_medium(pieces[i])), 0)
        if not at:
            return
        words = pieces[0].split()
        if not (0 < len(words) <= 5 and all(_NAME_WORD_RE.match(w) for w in words)):
            return
        title_pieces = pieces[1:at]
        date = None
        if len(title_pieces) > 1 and _DATE_RE.match(title_pieces[-1]):
            date = parse_date(title_pieces.pop())
        rest = pieces[at + 1 :]
        if len(title_pieces) > 2 or (date is None and not rest):
            return  # (a medium closing a note with no date before it: "…, Monumento da Lezze, incisione")
        dimensions = rest.pop(0) if rest and _DIMENSIONS_RE.match(rest[0]) else None
        inventory = rest.pop() if rest and _INVENTORY_RE.match(rest[-1]) else None
        if len(rest) > 3:
            return  # (more than a place and a collection: not an object's label)
        item = state.item
        for key in self.keys:
            if key not in ("kind", "locator", "label"):
                item.pop(key, None)
        item["type"] = "graphic"
        name = parse_one(pieces[0])
        if name.get("family") or name.get("literal"):
            item["author"] = [name]
        item["title"] = ", ".join(title_pieces)
        if date is not None:
            item["issued"] = date
        item["medium"] = pieces[at]
        if dimensions:
            item["dimensions"] = dimensions
        if rest:
            places = [piece for piece in rest if names_a_place(piece)]
            if not places and len(rest) == 2 and " " not in rest[0]:
                places = [rest[0]]  # ("Karlsruhe, Staatliche Kunsthalle": a city the lists lack, before the museum)
            holders = [piece for piece in rest if piece not in places]
            if holders:
                item["archive"] = ", ".join(holders)
                if places:
                    item["archive-place"] = ", ".join(places)
            else:
                item["archive"] = ", ".join(rest)
        if inventory:
            item["archive_location"] = inventory
        state.locator = state.label = None
        state.kind = "full"
