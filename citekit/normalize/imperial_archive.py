"""A document in a British, African or French colonial archive by its reference code: "TNA, CO 533/384/9,
Governor to Secretary of State, 20 June 1930", "IOR/L/PJ/6/512, file 2101, British Library, London", "KNA,
DC/MKS/1/1/12, Machakos District Annual Report, 1920", "ANOM, GGAEF 4 D 12, rapport politique annuel, 1926",
"SOAS, CWM/LMS, South Africa, Incoming Correspondence, box 12, folder 3, Moffat to Tidman, 12 March 1842".

Notes on the British Empire and French Africa cite the archive (by name or siglum, maybe with its town),
then the reference code, or the code first and the archive last, with a description and a date on either
side.  The codes are the archives' own: the India Office's "IOR/L/PJ/…", a department and piece ("CO
533/384/9", "FO 371/24545", "ADM 11/1/1086"), the slash-codes of African national archives ("PC/CP/8/5/2"),
Rhodes House's "MSS Afr. s. 424", the French series "17 G 233" and "GGAEF 4 D 12".  The tagger splits such
notes at random (the archive as an author, the code as a journal), so the step reads the whole text, split
at its commas, each part by its shape: the repository (``archive``: a name with "Archives", "Library", "Record
Office" … or a known siglum), the town after it (``archive-place``), the code with its file, box and folder
(``archive_location``), the papers or series before the code (``archive_collection``), the description
(``title``), the date (``issued``) and the folio or page cited (the locator).  A part the step cannot place,
a code that only an archive's name makes one ("17 G 233") without that name, or a printed book's marks
(quotes, an imprint in brackets) leave the note to the steps before.
"""

from __future__ import annotations

from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import expand_dashed_range, hyphen_range, whole_text
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables
from citekit.normalize.date import parse_date
from citekit.normalize.place import names_a_place

#: sigla of the archives of the British Empire, its former colonies and French Africa (and of the
#: missionary societies' archives cited as repositories)
_SIGLA = frozenset(
    "TNA PRO BL IOR NAI NAK KNA KNADS NAN NAE NAUK PRAAD GNA NAG ANS ANOM CAOM SAB KAB TAB NAB NAZ ZNA NAM NAMA "
    "NAZA BNA NRS NLS NMML MSA WBSA TNSA PSA UPSA SOAS CMS RHL RH ANM ANCI ANG ANC SHD MAE CADN".split()
)
#: the words that make a part the name of a repository
_REPOSITORY_RE = lazy_compile(
    r"\b(?:Archives?|Library|Record\sOffice|Records\sOffice|Records(?:\sService)?|Bibliothèque|Archivum|Rhodes\sHouse)\b"
)
#: a repository's siglum in brackets after its name or town: "Kenya National Archives (KNA)", "Kew (TNA)"
_BRACKETED_SIGLUM_RE = lazy_compile(r"\s\((?P<siglum>[A-Z][A-Za-z]{1,7})\)$")
#: reference codes that say "archive" by themselves
_STRONG_CODE_RE = lazy_compile(
    r"^(?:IOR/[A-Z][A-Za-z&]*(?:/[\w&.-]+)*"  # the India Office Records: "IOR/L/PJ/6/512", "IOR/L/P&J/7/1132"
    # a department and piece: "CO 533/384/9", "PREM 4/43B/2" (not a standard's or an EU document's "ISO 9001/2000")
    r"|(?!(?:ISO|IEC|EN|DIN|BS|ASTM|ANSI|NF|COM|SEC|SWD|UN)\s)[A-Z]{1,5}\s\d{1,5}[A-Z]?(?:/\d{1,5}[A-Z]?)+"
    r"|(?=[A-Z\d/]*\d)[A-Z][A-Z\d]{0,5}(?:/[A-Z\d]{1,8}){2,}"  # a slash-code: "PC/CP/8/5/2", "CA2/O/11"
    r"|MSS?\.?\s(?:[A-Z][a-z]{1,5}\.\s){1,2}[a-z]\.\s?\d{1,5}"  # Rhodes House: "MSS Afr. s. 424", "MSS Brit. Emp. s. 57"
    r"|Mss\.?\s?Eur\.?\s[A-Z]\s?\d{1,4}(?:/[\w-]+)*"  # the India Office's European manuscripts: "Mss Eur F111/222"
    r")$"
)
#: reference codes that need a repository named beside them: "17 G 233", "1 AFFPOL 2556/3", "GGAEF 4 D 12",
#: "FM SG AEF XIII/4", "NTS 7204", "CO 4012"
_WEAK_CODE_RE = lazy_compile(
    r"^(?:\d{1,3}\s?[A-Z]{1,8}\s?\d{1,5}(?:/\d+)*"
    r"|[A-Z]{2,6}(?:\s[A-Z]{2,4}){0,2}\s(?:\d{1,4}\s?[A-Z]{1,2}\s?\d{1,5}|[IVXL]{1,6}/\d{1,4})"
    r"|[A-Z]{2,5}\s\d{1,5})$"
)
#: a file, box, folder … in the archive's unit (with its year in brackets: "file 800 (74)"), or the bare numbers
#: after a code ("17/326")
_UNIT_RE = lazy_compile(
    r"^(?:(?:file|files|box|folder|bundle|piece|item|jacket|carton|dossier|pièce|ref\.|no\.|nos\.|vol\.|pt\.|part)"
    r"\s?[\dA-Z][\w/.]*(?:\s?[-–]\s?\d+)?(?:\s\(\d{1,5}\))?|\d{1,5}/\d{1,5}(?:/\d{1,5})*)$"
)
#: the units that open a shelf-mark by themselves, beside a repository named ("…, box 12, folder 3", "…, nos. 12–15")
_OPENING_UNIT_RE = lazy_compile(r"^(?:file|files|box|folder|bundle|nos?\.|jacket|carton|dossier)\s")
#: the leaf or page cited
_LEAF_RE = lazy_compile(r"^(?P<word>fols?|ff?|folios?|pp?)\.?\s?(?P<value>\d{1,5}[rv]?(?:\s?[-–]\s?\d{1,5}[rv]?)?)$")
#: a date part: "12 January 1937", "August 1907", "12 mars 1921", "1926"
_DATE_PART_RE = lazy_compile(r"^(?:\d{1,2}(?:er)?\s)?(?:[A-Za-zéû]{3,9}\.?\s)?1[6-9]\d\d$")
#: what a printed work has and an archive's note has not: quotes, an imprint, an edition's or article's marks
#: (and an oral history's interview, which the type step reads)
_PRINTED_RE = lazy_compile(
    r"[\"“”«»‘]|\(\S[^()]*:|\bed\.|\beds\.|\bpp\.|\bin\s[A-Z]|\bdans\b|\bvol\.\s\d+,\sno\.|\binterview"
)
#: a code's slash between capitals or digits ("CO 533/384", "PC/CP/8")
_CODE_SLASH_RE = lazy_compile(r"[A-Z\d]/[A-Z\d]")
#: a university closing a repository's name: "Cadbury Research Library, University of Birmingham"
_UNIVERSITY_RE = lazy_compile(r"^University\sof\s[A-Z]")
#: what the earlier steps may have read from such a note
_READ_BEFORE = (
    "author", "title", "title-short", "container-title", "collection-title", "collection-number", "publisher",
    "publisher-place", "volume", "issue", "page", "number", "editor", "genre", "note", "issued", "event-place",
    "archive", "archive-place", "archive_location", "archive_collection", "recipient", "edition",
)


def _kind(part: str) -> str:
    """What a comma-separated part of the note is: a repository, a code (strong or weak), a unit, a leaf, a
    date, a place, a university, or text."""
    if _STRONG_CODE_RE.match(part):
        return "code"
    if part in _SIGLA or _REPOSITORY_RE.search(part):
        return "repository"
    if _WEAK_CODE_RE.match(part):
        return "weak-code"
    if _UNIT_RE.match(part):
        return "unit"
    if _LEAF_RE.match(part):
        return "leaf"
    if _DATE_PART_RE.match(part) and parse_date(part) is not None:
        return "date"
    if _UNIVERSITY_RE.match(part):
        return "university"
    return "text"


def read_archive_note(text: str) -> tuple[dict[str, Any], tuple[str, str] | None] | None:
    """The CSL variables of a colonial archive's note and its (locator, label), or None when the note has
    not that shape."""
    parts = [part.strip() for part in text.rstrip(" .").split(", ")]
    if len(parts) > 12 or any(not part for part in parts):
        return None
    kinds = [_kind(part) for part in parts]
    has_repository = "repository" in kinds
    if not has_repository and "code" not in kinds:
        return None  # (a weak code or a unit alone is no archive's)
    coded = [n for n, kind in enumerate(kinds) if kind in ("code", "weak-code", "unit")]
    if not coded or coded != list(range(coded[0], coded[-1] + 1)):
        return None  # the code, then its units, in one run
    if kinds[coded[0]] == "unit" and not (has_repository and _OPENING_UNIT_RE.match(parts[coded[0]])):
        return None
    if "weak-code" in kinds and not has_repository:
        return None
    # the town after the repository (its siglum in brackets goes with the name), a university closing its name
    repository = max((n for n, kind in enumerate(kinds) if kind == "repository"), default=None)
    demoted: set[int] = set()
    for n, kind in enumerate(kinds):
        if kind == "repository" and n != repository:
            kinds[n] = "text"  # ("CMS Archives, Cadbury Research Library": the papers, then their repository)
            demoted.add(n)
    item: dict[str, Any] = {}
    taken = set(coded)
    if repository is not None:
        archive = parts[repository]
        taken.add(repository)
        after = repository + 1
        while after < len(parts) and kinds[after] == "university":
            archive = f"{archive}, {parts[after]}"
            taken.add(after)
            after += 1
        if after < len(parts) and kinds[after] == "text":
            m = _BRACKETED_SIGLUM_RE.search(parts[after])
            place = parts[after][: m.start()] if m else parts[after]
            if names_a_place(place):
                item["archive-place"] = place
                if m:
                    archive = f"{archive} ({m['siglum']})"
                taken.add(after)
        item["archive"] = archive
    item["archive_location"] = ", ".join(parts[n] for n in coded)
    locator: tuple[str, str] | None = None
    dates = [n for n, kind in enumerate(kinds) if kind == "date"]
    if len(dates) > 1:
        return None
    if dates:
        item["issued"] = parse_date(parts[dates[0]])
        taken.add(dates[0])
    for n, kind in enumerate(kinds):
        if kind == "leaf":
            if locator is not None or n != len(parts) - 1:
                return None  # (the leaf closes the note)
            m = _LEAF_RE.match(parts[n])
            if m is None:
                return None
            value = m["value"]
            locator = (expand_dashed_range(value), "page") if m["word"][0] == "p" else (hyphen_range(value), "folio")
            taken.add(n)
    # the rest is text: the run just before the code is the papers or series, another run the description
    runs: list[list[int]] = []
    for n in range(len(parts)):
        if n in taken:
            continue
        if kinds[n] not in ("text", "university") or any(c.isdigit() for c in parts[n]):
            return None  # (a part with numbers the step cannot place)
        if runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    descriptions = []
    for run in runs:
        papers = run[-1] == coded[0] - 1 and (run[0] > 0 or not dates or dates[0] > coded[0])
        # ("CMS Archives, Cadbury Research Library, …, CA2/O/11": papers named as an archive, before their
        # repository and the code)
        papers = papers or (not demoted.isdisjoint(run) and all(n in taken for n in range(run[-1] + 1, coded[0])))
        if papers:
            item["archive_collection"] = ", ".join(parts[n] for n in run)
        else:
            descriptions.append(run)
    if len(descriptions) > 1:
        return None
    if descriptions:
        item["title"] = ", ".join(parts[n] for n in descriptions[0])
    return item, locator


class ImperialArchive(Normalizer):
    """"[Description, date, ]Archive[, Town], Code[, file N][, description][, date][, f. N]" (or the code first
    and the archive last) -> a ``manuscript`` with its archive, reference code and description."""

    name: ClassVar[str] = "imperial-archive"
    code: ClassVar[str] = "P174"
    keys: ClassVar[tuple[str, ...]] = ("type", *_READ_BEFORE, "kind", "locator", "label")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        if "type" in state.item or state.kind != "full":
            return  # (typed by a step before, or a back-reference)
        full = whole_text(state.sequence, state.derived)
        # pre-test: a short note with a code's slash between capitals or digits, a repository's word or a siglum
        if len(full) > 260 or not _may_be_archive_note(full):
            return
        read = read_archive_note(full)
        if read is None or _PRINTED_RE.search(full):
            return
        found, locator = read
        item = state.item
        drop_variables(item, _READ_BEFORE)
        state.item = {"type": "manuscript", **item, **found}
        state.locator, state.label = locator if locator else (None, None)


def _may_be_archive_note(text: str) -> bool:
    """The cheap test first (plain substring look-ups, then one small pattern where a slash is): a code's slash
    between capitals or digits, a repository's word, Rhodes House's "MSS", or an archive's siglum opening the note."""
    if "/" in text and _CODE_SLASH_RE.search(text):
        return True
    return (
        "Archiv" in text or "Library" in text or "Record" in text or "MSS" in text
        or text.partition(",")[0] in _SIGLA
    )
