"""The whole-text shapes of Greek studies, read in one step: a papyrus or an inscription by its corpus siglum
(read by ``papyrus_inscription``: "P.Oxy. XLVI 3313, l. 12", "IG II² 1035"); a file in a Greek archive or a
Greek manuscript by its shelf-mark: "ΓΑΚ, Αρχείο Οθωνικής Γραμματείας, φάκ. 12",
"ΙΑΥΕ, 1915, φάκ. 12/3", "Εθνική Βιβλιοθήκη της Ελλάδος, κώδ. 2500, φ. 12", "Vat. gr. 1291, fol. 9v"; and a
sitting of the Greek parliament in its record, "ΕΣΒ, 14 Ιουνίου 1910, σ. 12".

Historians of modern Greece cite an archive by its siglum (ΓΑΚ, ΕΛΙΑ, ΙΑΥΕ) or its name, a collection
("Αρχείο …", the papers of a person or an office) or the year of the series, then the file ("φάκ."), the
sub-file ("υποφ."), the box ("κυτ.") or the document ("έγγρ."); Byzantinists cite a manuscript by the
library's Latin siglum and fund and its number (``data/greek_manuscript_funds.txt``).  No title or imprint
follows, and the tagger, which saw none of these, reads the siglum as an author and the file as a page.
When the whole reference has one of these shapes the step reads it from the text: ``type`` manuscript, the
repository as ``archive``, the named collection as ``archive_collection``, the rest of the shelf-mark as
``archive_location``, and the leaf cited ("φ.", "φφ.", "fol.", "ff.") as the locator with label ``folio``.
The parliament's record (Εφημερίς των Συζητήσεων της Βουλής, ΕΣΒ) is read as the Commons' Hansard is (see
``hansard``): a ``book`` by its title as written, the period and session as ``collection-title``, the
sitting's day as ``issued`` and the page cited as the locator.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._months import month_numbers
from citekit.normalize._text import (
    data_lines,
    expand_dashed_range,
    opening_text,
    squash,
    take_whole_note,
)
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables
from citekit.normalize.papyrus_inscription import corpora, read_papyrus_or_inscription

_GREEK_UPPER = "Α-ΩΆΈΉΊΌΎΏ"
#: a shelf-mark's parts: file, sub-file, box, document, codex, number ("φάκ. 12/3", "έγγρ. 45", "κώδ. 2500")
_MARK_PART = r"(?:φάκ|φακ|υποφ|κυτ|κυτίο|έγγρ|εγγρ|κώδ|κωδ|αρ|αριθ|ενότ|υποενότ)\.\s?[\w/.-]*\d[\w/-]*"
#: a leaf or a range of leaves, Latin or Greek recto and verso letters ("12v", "34r–36v", "12α")
_LEAVES = r"(?P<cited>\d+[a-zα-ω]?(?:\s?[-–]\s?\d+[a-zα-ω]?)?)"
#: the words that open a named collection: a person's or an office's papers
_COLLECTION_WORDS = "(?:Αρχείο|Αρχεία|Συλλογή|Κατάλοιπο)"
_GREEK_SHAPE_RE = lazy_compile(
    # (the repository, perhaps with its department: "Μουσείο Μπενάκη, Ιστορικό Αρχείο")
    rf"^(?P<archive>[{_GREEK_UPPER}][^,]{{1,80}}?(?:,\s(?!{_COLLECTION_WORDS}\s)[{_GREEK_UPPER}][^,]{{1,60}}?)?)"
    rf"(?:,\s(?P<collection>{_COLLECTION_WORDS}\s[^,]{{2,80}}))?"
    rf"(?P<mark>(?:,\s(?:1[6-9]\d\d|20\d\d)(?=,))?(?:,\s{_MARK_PART})+)"
    rf"(?:,\s(?:φφ?|fols?|ff?)\.\s?{_LEAVES})?[.;]?$"
)
#: what makes a name an archive's or a library's when it is no siglum
_REPOSITORY_WORD_RE = lazy_compile(r"Αρχεί|Βιβλιοθήκ|Μουσεί|Μονή|Ινστιτούτ|Ίδρυμα|Εταιρ")
_SIGLUM_RE = lazy_compile(rf"^[{_GREEK_UPPER}][{_GREEK_UPPER}.\-–]{{1,12}}$")
_FUND_SHAPE_RE = lazy_compile(
    r"^(?P<mark>(?P<library>\S+)(?:\s(?:gr|graec|lat|suppl|theol|hist|phil|med|jur|nomoc|Barocci|Laud|Auct|Z|Vat|"
    r"[a-zA-Z]{1,8})\.?){0,3}\s\d{1,4}(?:\.\d{1,3})?[a-z]?)"
    rf"(?:,\s(?:fols?|ff?|φφ?)\.\s?{_LEAVES})?[.;]?$"
)
#: the Greek parliament's record by its title (or "ΕΣΒ"), its period, session and sitting, the sitting's day,
#: and the page: "Εφημερίς των Συζητήσεων της Βουλής, Σύνοδος Α΄, Συνεδρίαση 12, 3 Μαρτίου 1911, σ. 345"
_RECORD_RE = lazy_compile(
    r"^(?P<title>Εφημερ[ίι]ς\s+των\s+Συζητήσεων\s+της\s+Βουλής|Εφημερίδα\s+των\s+Συζητήσεων\s+της\s+Βουλής"
    r"|Πρακτικά\s+(?:των\s+)?(?:Συνεδριάσεων|Συζητήσεων)\s+της\s+Βουλής|ΕΣΒ|Ε\.Σ\.Β\.)"
    r"(?P<session>(?:,\s(?:Περίοδος|Σύνοδος|Συνεδρίαση|Συνεδρίασις|Σύνοδος)\s[^,]{1,12})*)"
    r",\s(?P<day>\d{1,2})\s(?P<month>[^\W\d_]{3,12})\s(?P<year>1[89]\d\d|20\d\d)"
    r"(?:,\s(?:σσ?|σελ)\.\s?(?P<page>\d+(?:\s?[-–]\s?\d+)?))?[.;]?$"
)
_MONTHS = month_numbers("el", abbreviations=False)
#: the variables the tagger's reading may have left, which the archive's replace
_MISREAD = ("author", "editor", "translator", "title", "title-short", "issued", "container-title", "publisher",
            "publisher-place", "volume", "issue", "page", "edition", "genre", "note", "collection-title",
            "collection-number", "archive_collection", "archive_location", "archive", "archive-place", "language",
            "number")

#: the libraries' sigla that open a Greek manuscript's shelf-mark, and the corpora's sigla (read once, small)
_FUNDS = frozenset(data_lines("greek_manuscript_funds.txt"))
_CORPORA = corpora()


class GreekSources(Normalizer):
    """"P.Oxy. 1.119" -> ``type`` document; "ΓΑΚ, Αρχείο …, φάκ. 12" and "Vat. gr. 1291, fol. 9v" -> ``type``
    manuscript, ``archive``, ``archive_collection``, ``archive_location``, the leaf as the locator (label
    ``folio``); "ΕΣΒ, 14 Ιουνίου 1910, σ. 12" -> the parliament's record, its sitting's day, the page."""

    name: ClassVar[str] = "greek-sources"
    code: ClassVar[str] = "P158"
    keys: ClassVar[tuple[str, ...]] = ("type", "kind", "locator", "label", *_MISREAD)
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if not sequence or len(sequence) > 8:
            return
        label, head = sequence[0]
        if label == "signal" or label == "punct":
            head = opening_text(sequence)
        first = head[:1]
        if "Α" <= first <= "Ω" or first in "ΆΈΉΊΌΎΏ":
            if (first == "Ε" or first == "Π") and self._record(state):
                return
            self._greek_archive(state)
        elif "A" <= first <= "Z":
            # (one look-up of the first word: a fund's siglum, "Vat.", "Paris.", "Athous"; a corpus's, "BGU", "IG";
            # or a papyrus edition's "P.", "O.", "T.")
            space = head.find(" ", 1, 12)
            word = (head[:space] if space > 0 else head).rstrip(" ,;")
            if word in _FUNDS:
                self._manuscript(state)
            elif (head[1:2] == "." and first in "POT") or word in _CORPORA:
                read_papyrus_or_inscription(state)

    @staticmethod
    def _text(state: ItemState) -> str:
        return squash(" ".join(text for label, text in state.sequence if label != "signal")).strip()

    def _greek_archive(self, state: ItemState) -> None:
        text = self._text(state)
        if len(text) > 200 or "." not in text or not (m := _GREEK_SHAPE_RE.match(text)):
            return
        archive = m["archive"].strip()
        if not _SIGLUM_RE.match(archive) and not _REPOSITORY_WORD_RE.search(archive):
            return
        item = state.item
        drop_variables(item, _MISREAD)
        item["type"] = "manuscript"
        item["archive"] = archive
        if m["collection"]:
            item["archive_collection"] = m["collection"].strip()
        item["archive_location"] = m["mark"].lstrip(", ")
        self._cited(state, m)

    def _record(self, state: ItemState) -> bool:
        text = self._text(state)
        if len(text) > 200 or not (m := _RECORD_RE.match(text)) or (month := _MONTHS.get(m["month"].lower())) is None:
            return False
        item: dict[str, object] = {"type": "book", "title": m["title"]}
        if m["session"]:
            item["collection-title"] = m["session"].lstrip(", ")
        item["issued"] = {"date-parts": [[int(m["year"]), month, int(m["day"])]]}
        take_whole_note(state, item, m["page"])
        return True

    def _manuscript(self, state: ItemState) -> None:
        text = self._text(state)
        if len(text) > 80 or not (m := _FUND_SHAPE_RE.match(text)) or m["library"] not in _FUNDS:
            return
        item = state.item
        drop_variables(item, _MISREAD)
        item["type"] = "manuscript"
        item["archive_location"] = m["mark"]
        self._cited(state, m)

    @staticmethod
    def _cited(state: ItemState, m: re.Match[str]) -> None:
        state.kind = "full"
        if m["cited"]:
            state.locator, state.label = expand_dashed_range(m["cited"]), "folio"
        else:
            state.locator = state.label = None
