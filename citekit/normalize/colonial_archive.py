"""A colonial archive's document by its shelf-mark: "AGN (México), Indios, vol. 6, exp. 412, f. 110".

The archives of Spain, Portugal and their former empires are cited archive first, then the section
(*ramo*, *sección*, *fundo*) by name, then the unit and its parts: legajo, volumen, tomo, caja, códice,
cuaderno, processo, expediente, documento, and the foja cited last.  The Iberian-archive step reads the
plainest of these ("AGI, Indiferente General, leg. 1530, f. 4v"); this one reads what it leaves:

* an archive named with its city or country in brackets ("AGN (México)", "Archivo General de la Nación
  (Lima)"), or with the abbreviation it will go by ("Archivo General de Indias (en adelante AGI)",
  "…, Seville (hereafter AGI)": the bracket is dropped, the city kept as ``archive-place``);
* a library before its city ("Biblioteca Nacional, Madrid, MS 2010");
* sections of two parts ("Conselho Ultramarino, Bahia") and the other words for the unit ("vol.", "t.",
  "cuad.", "proc.", "códice", "MS", "Mss.");
* the shelf-marks of PARES, the Spanish archives' portal: the legajo's bare number after the section, its
  parts by letter ("AGI, Patronato, 20, N.5, R.24", "AGI, Indiferente, 1961, L.3", "AGI, Mexico 1088"),
  and the Argentine "Sala IX, 31-4-6".

The whole reference must have that shape (one more word, a document's description or a date, and the
step leaves the entry to the steps before); a shelf-mark of bare numbers counts only after a known
archive's siglum or an "Archivo"/"Arquivo" by name.  The section is the ``archive_collection``, the unit
the ``archive_location``, the foja or folio cited the locator (label ``folio``).
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import expand_dashed_range, squash
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables
from citekit.normalize.date import parse_date
from citekit.normalize.place import names_a_place

#: an archive or library by its name, or by its siglum (with its city or country in brackets)
_ARCHIVE = (
    r"(?:(?:Archivo|Arquivo|Arxiu|Biblioteca|Museo|Museu|Real\sAcademia)\s[^,()\d]{3,80}?"
    r"|[A-Z][A-Za-z]{1,6}(?:-[A-ZÁÉÍÓÚ][a-záéíóú]+)?)"
    r"(?:\s\((?!en\sadelante|hereafter|de\saqu[ií]|doravante|daqui)[^()\d]{2,30}\))?"
)
#: a document's description and date before the archive: "Testamento de Juan de Vargas, Lima, 1612, AGN …",
#: "Viceroy Toledo to the king, Cuzco, 1 March 1572, AGI, …"
_DESCRIBED = (
    r"(?:(?P<description>[A-ZÁÉÍÓÚÑ¿][^,;()\d]{2,120}?(?:,\s[A-ZÁÉÍÓÚ][^,;()\d]{1,40})?),\s"
    r"(?P<date>(?:\d{1,2}\s(?:de\s)?[A-Za-zé]{3,10}\.?\s(?:de\s)?)?1[4-8]\d\d),\s)?"
)
#: "(en adelante AGI)", "(hereafter AGI)", "(hereafter cited as AGN)": the abbreviation the note will use
_HEREAFTER = r"\s\((?:en\sadelante|de\saqu[ií]\sen\sadelante|hereafter(?:\scited\sas)?|doravante|daqui\sem\sdiante)\s[A-Z][A-Za-z]{1,7}\)"
#: a section, a series or a fund by name (no digit; "Ramo Tierras", "Sala IX", "Chancelaria de D. João III")
_SECTION = r"[A-ZÁÉÍÓÚÑ][^,;:()\d]{1,60}?"
#: the words that open a unit or a part of it
_UNIT_WORDS = (
    r"(?:leg\.|legs\.|legajo|caja|cj\.|cx\.|libro|lib\.|liv\.|maço|mç\.|vol\.|vols\.|t\.|tomo|códice|cód\.|cod\."
    r"|proc\.|processo|exp\.|expte\.|expediente|n\.?\s?º|núm\.|no\.|doc\.|docs\.|documento|pieza|carpeta|cuad\."
    r"|cuaderno|ramo|pasta|MSS?|Mss?\.|ms\.)"
)
#: a unit or its part by its word and number ("leg. 567", "n.º 12", "Mss. 3046")
_WORDED = _UNIT_WORDS + r"\s?[\dIVXLC](?:[\w/-]|\.(?=\w))*"
#: PARES's bare parts: "20", "N.5", "R.24", "L.3", "1088", and the Argentine "31-4-6"
_BARE = r"(?:[NRL]\.\s?\d+[A-Za-z]?|\d+[A-Z]?(?:-\d+)*|[A-Z]{1,2}\s\d+[a-z]?)"
#: a section's part: not a unit's word and number ("Madrid, MS 2010": "MS" opens the shelf-mark)
_PART = rf"(?!{_UNIT_WORDS}\s?[\dIVXLC]){_SECTION}"
#: the leaf cited
_LEAF = (
    r"(?P<leafword>fols?\.|ff?\.|fs\.|fls?\.|fojas?|folios?|pp?\.)\s?"
    r"(?P<leaf>\d+\s?[rv]?(?:\s?[-–]\s?\d+\s?[rv]?)?)"
)
_SHAPE_RE = lazy_compile(
    rf"^{_DESCRIBED}(?P<archive>{_ARCHIVE})"
    rf"(?:(?:,\s(?P<city>[A-Z][^,()\d]{{1,30}}))?(?:{_HEREAFTER}|\s\((?P<siglum>[A-Z][A-Za-z]{{1,7}})\)))?,\s"
    rf"(?:(?P<section>{_PART}(?:,\s{_PART}){{0,2}})(?:,\s|\s(?=\d)))?"
    rf"(?P<location>(?:{_WORDED}|{_BARE})(?:,\s(?:{_WORDED}|{_BARE}))*)"
    rf"(?:,\s{_LEAF})?\s?[.;]?$"
)
_WORDED_RE = lazy_compile(_WORDED)
#: the words only an archive's units have (a book has volumes and numbers too)
_ARCHIVAL_RE = lazy_compile(r"\b(?:leg|legs|legajo|caja|cj|cx|maço|mç|códice|cód|proc|processo|exp|expte|expediente|doc|docs"
                          r"|documento|pieza|carpeta|cuad|cuaderno|ramo|pasta)\b|\bMSS?\b|\bMss?\.")
#: sigla of the archives and libraries of the field (a bare-number shelf-mark counts only after one; the
#: extraction reads a legajo cited alone after one: ``classify._IBERIAN_LEGAJO``)
COLONIAL_ARCHIVE_SIGLA = frozenset(
    "AGI AHN AGS AGN AHU ANTT AN ARChV ARCHV AHPC AHPS AHMS AGNP AGNM AGNC AGNA BNE BNM BNL BNP BNRJ BNC BNA APS "
    "ACS AAL AAS AHNM ANH ANB ABNB AGCA AHSA AHPG ARChG AHNOB APEB APESP ANRJ AAQ AHG".split()
)
#: a space the joining of the spans put before a punctuation mark
_GAP_BEFORE_MARK_RE = lazy_compile(r"\s+([.,;:])")
#: the book-like readings the tags may have left, which the archive's replace
_MISREAD = ("author", "title", "title-short", "issued", "container-title", "publisher", "publisher-place",
            "volume", "issue", "page", "edition", "genre", "note", "collection-title", "collection-number",
            "number", "language", "archive-place")
#: a siglum opening the first span ("AGI,", "AGN (México),"; not "J. Smith")
_SIGLUM_HEAD_RE = lazy_compile(r"([A-Z][A-Za-z]{1,6})(?:,|\s\(|-[A-ZÁÉÍÓÚ])")
#: an archive named after a comma inside a span ("Real cédula al virrey, Madrid, 12 de julio de 1530, AGI, …")
_ARCHIVE_INSIDE_RE = lazy_compile(r", (?:" + "|".join(sorted(COLONIAL_ARCHIVE_SIGLA)) + r"|Archivo|Arquivo|Biblioteca)\b")
#: the first three letters of the archives' sigla and names: a span opening with one may be the archive after a
#: document's description ("Testamento de …, 1612," + "AGN (Lima),")
_ARCHIVE_HEADS = frozenset({siglum[:3] for siglum in COLONIAL_ARCHIVE_SIGLA} | {"Arc", "Arq", "Bib"})
#: how an archive's name opens (the cheap test before the expression)
_NAME_OPENERS = ("Archivo", "Arquivo", "Arxiu", "Biblioteca", "Museo", "Museu", "Real Academia")


def _archive_first(first: str) -> bool:
    """Does the first span open with an archive's siglum or name ("AGI,", "AGN (México)", "Archivo …")?"""
    if not (first[1:2].isupper() and first[1:2].isalpha() and first[:1].isupper()):
        return first[:1] in "ABMR" and first.startswith(_NAME_OPENERS)
    if first.startswith(_NAME_OPENERS):
        return True
    opening = _SIGLUM_HEAD_RE.match(first)
    return opening is not None and (opening[1].isupper() or opening[1] in COLONIAL_ARCHIVE_SIGLA)


class ColonialArchive(Normalizer):
    """"AGN (México), Indios, vol. 6, exp. 412, f. 110" -> ``archive``, ``archive_collection``,
    ``archive_location``, the foja as the locator."""

    name: ClassVar[str] = "colonial-archive"
    code: ClassVar[str] = "P169"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "archive", "archive_collection", "archive_location", *_MISREAD, "kind", "locator", "label", "suffix",
    )
    inputs: ClassVar[frozenset[str] | None] = None  # (the tagger reads such a line as anything)

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        while sequence and sequence[0][0] in ("signal", "punct"):
            sequence = sequence[1:]  # ("Cf. AGN (México), …": the signal is the citation's prefix)
        if len(sequence) < 2:
            return
        first = sequence[0][1]
        if not _archive_first(first):
            heads = _ARCHIVE_HEADS
            for _, text in sequence[1:]:
                if text[:3] in heads:
                    break  # ("Testamento de …, 1612," + "AGN (Lima),")
            else:
                if not (", A" in first or ", B" in first) or _ARCHIVE_INSIDE_RE.search(first) is None:
                    return  # (almost every reference: "Gibson, op. cit.", "J. Smith")
        text = _GAP_BEFORE_MARK_RE.sub(r"\1", squash(" ".join(text for _, text in sequence)))
        m = _SHAPE_RE.match(text)
        if m is None:
            return
        archive, location = m["archive"], m["location"]
        siglum = archive.partition(" (")[0].partition("-")[0]
        bracketed = archive.rpartition(" (")[2].rstrip(")")  # ("Biblioteca Nacional del Perú (BNP)": its siglum)
        named = archive.startswith(_NAME_OPENERS)
        if not named and siglum not in COLONIAL_ARCHIVE_SIGLA and (not siglum.isupper() or _ARCHIVAL_RE.search(location) is None):
            return  # ("Smith, Title, 12", "UNESCO, Historia general, vol. 3": an unknown siglum needs a legajo, a caja …)
        if (_WORDED_RE.match(location) is None or not m["section"]) and not (
            siglum in COLONIAL_ARCHIVE_SIGLA or bracketed in COLONIAL_ARCHIVE_SIGLA or archive.startswith(("Archivo", "Arquivo"))
        ):
            return  # (a bare number after an unknown siglum is no shelf-mark)
        section = m["section"]
        place = m["city"]
        if section and named and not place and archive.startswith(("Biblioteca", "Museo", "Museu")):
            head, _, rest = section.partition(", ")
            if names_a_place(head):  # "Biblioteca Nacional, Madrid, MS 2010"
                place, section = head, rest or None
        item = state.item
        drop_variables(item, _MISREAD)
        item["type"] = "manuscript"
        item["archive"] = f"{archive} ({m['siglum']})" if m["siglum"] else archive
        if m["description"]:
            item["title"] = m["description"]
            if m["date"] and (date := parse_date(m["date"])) is not None:
                item["issued"] = date
        if place:
            item["archive-place"] = place
        if section:
            item["archive_collection"] = section
        else:
            item.pop("archive_collection", None)
        item["archive_location"] = location
        state.kind = "full"
        state.suffix = None
        if m["leaf"]:
            leaf = expand_dashed_range(m["leaf"].replace(" ", ""))
            state.locator, state.label = leaf, ("page" if m["leafword"].startswith("p") else "folio")
        else:
            state.locator, state.label = None, None
