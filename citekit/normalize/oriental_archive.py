"""An Ottoman archival file or a manuscript in a Middle Eastern or oriental collection, read from its
surface: "BOA, A.MKT.MHM 123/45", "Başbakanlık Osmanlı Arşivi, Cevdet Dahiliye 1234", "BOA, TT 387, s. 45",
"Süleymaniye Kütüphanesi, Ayasofya 2856, fol. 34b", "Topkapı Sarayı Müzesi Kütüphanesi, Revan 1518, vr. 45a",
"Berlin, Staatsbibliothek, Ms. or. oct. 1234, Bl. 5a".

These references hold only a repository, a call number and a leaf or page, in that order; the tagger,
which has seen few of them, reads the repository as an author, the fond's code as a volume and the call
number as a title.  When the whole reference has exactly that shape, and the repository is a siglum of
``data/oriental_repositories.txt`` or a name with a repository's word in it (Arşivi, Kütüphanesi, Library,
Bibliothek …), the step reads it from the text: ``archive`` (a siglum in brackets kept with the name),
``archive-place`` for a city before it, ``archive_location``, a date after the call number (often Hijri:
"5 Ş 1273") as a literal ``issued``, and the leaf ("fol.", "f.", "vr." varak, "Bl." Blatt: label
``folio``), the page ("s.", "S.", "p.") or the decree ("no.", "hüküm": label ``number``) as the locator.

In an archive a fond named in words ("Cevdet Dahiliye 1234") is the ``archive_collection`` and its number
the ``archive_location``; in a library the collection's name is part of the shelf-mark ("Ayasofya 2856"),
and a fond's code ("A.MKT.MHM 123/45", "TT 387") is part of the call number everywhere.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import data_lines, expand_dashed_range, opening_text, squash
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables

_UPPER = "A-ZÇĞİÖŞÜ"
_WORD = r"[\wʿʾ'’-]"
#: a repository's own word: what makes the name before a call number a repository's
_REPOSITORY_WORD_RE = lazy_compile(r"Arşiv|Kütüphane|Müzesi|Librar|[Bb]iblio|Archiv|Museum|Kitābkhāna|Kitabhane")
_SHAPE_RE = lazy_compile(
    rf"^(?:(?P<place>[{_UPPER}][\w-]+),\s(?=[^,]*(?:Librar|[Bb]iblio)))?"
    rf"(?P<name>[{_UPPER}][^,().]{{1,80}}?)(?:\s\((?P<siglum>[{_UPPER}][\w]{{1,5}})\))?"
    r",\s(?P<mark>"
    # a fond's code with its number: "A.MKT.MHM 123/45", "İ.DH 345/22890", "TT 387", "E. 7001/12", "Or. 7912"
    rf"(?P<code>[{_UPPER}][A-Za-z{_UPPER}]{{0,5}}(?:\.\s?[{_UPPER}][A-Za-z{_UPPER}]{{0,5}})*\.?)\s?(?P<code_number>\d(?:[\d/.-]*\d)?[a-z]?)"
    # a manuscript's shelf-mark: "MS Or. 1234", "Ms. or. oct. 1234", "MS arabe 2345", "Cod. arab. 12"
    r"|(?:MSS?|Mss?\.|Cod\.|Codex)\s(?:[\w.]+\s){0,3}\d(?:[\w/.-]*\w)?"
    # a fond or a collection by name: "Cevdet Dahiliye 1234", "Ayasofya 2856", "Feyzullah Efendi 1542"
    rf"|(?P<fond>[{_UPPER}]{_WORD}+(?:\s[{_UPPER}]{_WORD}+){{0,3}})\s(?P<fond_number>\d(?:[\w/.-]*\w)?)"
    r")"
    # a date after the call number: "5 Ş 1273", "12 Rebiülevvel 1275", "1273", "3 March 1849"
    r"(?:,\s(?P<date>(?:\d{1,2}\s[^\W\d]{1,14}\.?\s)?\d{3,4}(?:/\d{3,4})?(?:\s?H\.?)?))?"
    r"(?:,\s(?P<unit>fols?\.|ff?\.|vr\.|varak|Bll?\.|s\.|S\.|pp?\.|no\.|nr\.|hüküm)\s?"
    r"(?P<cited>\d+[abrv]?(?:\s?[-–]\s?\d+[abrv]?)?))?[.;]?$"
)
#: a space the joining of spans put inside a fond's code ("A.MKT. MHM")
_CODE_GAP_RE = lazy_compile(rf"\.\s(?=[{_UPPER}])")
_LABELS = {"fol.": "folio", "fols.": "folio", "f.": "folio", "ff.": "folio", "vr.": "folio", "varak": "folio",
           "bl.": "folio", "bll.": "folio", "s.": "page", "p.": "page", "pp.": "page", "no.": "number",
           "nr.": "number", "hüküm": "number"}
#: the variables the tagger's book-like reading may have left, which the archive's replace
_MISREAD = ("author", "editor", "translator", "title", "title-short", "issued", "container-title", "publisher",
            "publisher-place", "volume", "issue", "page", "edition", "genre", "note", "collection-title",
            "collection-number", "archive_collection", "archive_location", "archive", "archive-place", "language")

_SIGLA: dict[str, str] | None = None


def _has_repository_word(text: str) -> bool:
    """``_REPOSITORY_WORD_RE.search(text)``, first by the pieces every word of it holds."""
    return ("rchiv" in text or "rşiv" in text or "ibli" in text or "Librar" in text or "Kütüp" in text
            or "Müze" in text or "Museum" in text or "Kit" in text) and _REPOSITORY_WORD_RE.search(text) is not None


def repository_sigla() -> dict[str, str]:
    """Siglum -> "archive" or "library", read once."""
    global _SIGLA
    if _SIGLA is None:
        _SIGLA = {}
        for line in data_lines("oriental_repositories.txt"):
            siglum, _, kind = line.partition("|")
            _SIGLA[siglum.strip()] = kind.strip()
    return _SIGLA


class OrientalArchive(Normalizer):
    """"Repository, call number[, date][, fol. N]" -> ``archive``, ``archive_location`` (and the fond as
    ``archive_collection`` in an archive), the leaf or page as the locator."""

    name: ClassVar[str] = "oriental-archive"
    code: ClassVar[str] = "P149"
    keys: ClassVar[tuple[str, ...]] = ("type", "kind", "locator", "label", *_MISREAD)
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if not sequence or len(sequence) > 8:
            return
        head = opening_text(sequence).lstrip()
        # (a siglum opens with two capitals; a repository's word is in the first span, or in the second after a
        # city: "Berlin," + "Staatsbibliothek, …")
        if not (
            head[1:2].isupper() and head.split(",", 1)[0].split(" (", 1)[0].strip(" .") in repository_sigla()
        ) and not _has_repository_word(head) and not (
            len(head) < 24 and len(sequence) > 1 and _has_repository_word(sequence[1][1])
        ):
            return  # (almost every reference: it opens with neither such a siglum nor a repository's name)
        m = _SHAPE_RE.match(squash(" ".join(text for label, text in sequence if label != "signal")))
        if m is None:
            return
        number = m["code_number"] or m["fond_number"]
        if number and number in (text.strip(" .,;()") for text in state.spans.get("date", ())):
            return  # "BOA, Osmanlı Belgelerinde Ermeniler" + "1995.": a book's year, not a file's number
        name = m["name"].strip()
        sigla = repository_sigla()
        kind = sigla.get(name) or (sigla.get(m["siglum"]) if m["siglum"] else None)
        if kind is None:
            if not _REPOSITORY_WORD_RE.search(name):
                return
            kind = "archive" if re.search("Arşiv|Archiv", name) else "library"
        item = state.item
        cited = (expand_dashed_range(m["cited"]), _LABELS[m["unit"].lower()]) if m["unit"] else (None, None)
        read = item.get("archive")
        if (read == name or (m["place"] and read == f"{m['place']}, {name}")) and not m["siglum"] and (
            item.get("archive_location") == m["mark"]
        ) and (
            (state.locator, state.label) == cited
        ):
            return  # (the archive steps read it so already)
        drop_variables(item, _MISREAD)
        item["type"] = "manuscript"
        item["archive"] = f"{name} ({m['siglum']})" if m["siglum"] else name
        if m["place"]:
            item["archive-place"] = m["place"]
        if m["fond"] and kind == "archive":
            item["archive_collection"] = m["fond"]
            item["archive_location"] = m["fond_number"]
        else:
            mark = m["mark"]
            if m["code"] and ". " in mark and not any(mark in squash(text) for label, text in sequence):
                mark = _CODE_GAP_RE.sub(".", mark)  # (the spans joined with a space: "A.MKT." + "MHM 123/45")
            item["archive_location"] = mark
        if m["date"]:
            item["issued"] = {"literal": m["date"]}
        state.kind = "full"
        state.locator, state.label = cited
