"""A file in an archive of China, Taiwan, Japan or Korea by its reference code: "First Historical Archives of
China, Beijing, Junjichu lufu zouzhe, 03-9875-021", "Academia Historica, Taipei, Guomin zhengfu dang'an,
001-012071-0001", "Gaimushō Gaikō Shiryōkan, Tokyo, JACAR Ref. B02030023900", "Kyujanggak Archives, Seoul
National University, Kyu 15083", "Memorial of Lin Zexu, Daoguang 19/3/4 (April 17, 1839), Gongzhongdang, First
Historical Archives of China, Beijing, 04-01-01-0712-003".

Notes on modern East Asia cite the repository (in English or romanised: "dang'anguan", "Shiryōkan", "Bunko",
listed in ``data/east_asian_repositories.txt``), its town, the fonds or series (romanised: "Junjichu lufu
zouzhe", "Rikugunshō dainikki") and the file's code: numbers joined by hyphens ("2-1-1034", the Chinese
archives' fonds-catalogue-file), the Japan Center for Asian Historical Records' reference ("JACAR Ref.
B02030023900", a letter and eleven digits) or a collection's siglum and number beside a named repository
("Kyu 15083"); a document's description and its date, often an era date with the Western date in brackets,
may come first.  The tagger splits such notes at random, so the step reads the whole text, split at its commas
(a bracketed date keeps its comma), each part by its shape.  A note with quotes or an imprint, a part the step
cannot place or no code leaves the note to the steps before.
"""

from __future__ import annotations

from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._romanized import era_date
from citekit.normalize._text import data_lines, hyphen_range, whole_text
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables
from citekit.normalize.date import parse_date
from citekit.normalize.place import names_a_place

#: a file's code: "03-9875-021", "001-012071-0001", "2-1-1034", "2/1/1034", "Q1-6-123", "2A-009-00"; "JACAR Ref.
#: B02030023900", "C04122168600"
_CODE_RE = lazy_compile(
    r"^(?:[A-Z]?\d{1,4}[A-Z]?(?:-\d{1,6}){2,5}|(?:JACAR\s)?(?:Ref\.\s?(?:no\.\s?)?)?[A-C]\d{11}"
    # (or with strokes, "2/1/1234" for the Second Historical Archives' fonds, catalogue and file: never a day,
    # month and year, "12/3/1937")
    r"|(?!\d{1,2}/\d{1,2}/(?:1[6-9]|20)\d\d$)\d{1,4}(?:/\d{1,6}){2,4})$"
)
#: a collection's siglum and number, a code only beside a repository named: "Kyu 15083", "K2-4521"
#: (never a place and a year: "Roma 1979")
_WEAK_CODE_RE = lazy_compile(r"^(?:[A-Z][a-z]{1,4}\.?\s(?!(?:1[5-9]|20)\d\d$)\d{3,6}|[A-Z]\d?-\d{3,6})$")
#: English words that make a part a repository's name
_REPOSITORY_RE = lazy_compile(r"\b(?:Archives?|Library|Libraries|Records)\b")
#: the leaf or page cited
_LEAF_RE = lazy_compile(r"^(?P<word>fols?|ff?|pp?)\.\s?(?P<value>\d{1,5}[rvab]?(?:\s?[-–]\s?\d{1,5}[rvab]?)?)$")
#: a date part: "April 17, 1839" (its comma kept by the split), "12 March 1937", "1937"
_DATE_RE = lazy_compile(r"^(?:[A-Z][a-z]{2,8}\.?\s\d{1,2},\s|\d{1,2}\s[A-Z][a-z]{2,8}\.?\s)?1[6-9]\d\d$")
#: the comma inside brackets, which the split must not cut at
_BRACKETED_COMMA_RE = lazy_compile(r"\([^()]*,[^()]*\)")
#: what a printed work has and an archive's note has not
_PRINTED_RE = lazy_compile(r"[\"“”«»‘]|\(\S[^()]*:|\bed\.|\beds\.|\bpp\.|\bin\s[A-Z]|\bvol\.\s\d+,\sno\.")
_READ_BEFORE = (
    "author", "title", "title-short", "container-title", "collection-title", "collection-number", "publisher",
    "publisher-place", "volume", "issue", "page", "number", "editor", "genre", "note", "issued", "event-place",
    "archive", "archive-place", "archive_location", "archive_collection", "recipient", "edition", "URL",
)

_WORDS: frozenset[str] | None = None
_NAMES: frozenset[str] | None = None


def _repository_lists() -> tuple[frozenset[str], frozenset[str]]:
    """The romanised words that make a repository's name, and whole names (``data/east_asian_repositories.txt``)."""
    global _WORDS, _NAMES
    if _WORDS is None or _NAMES is None:
        lines = data_lines("east_asian_repositories.txt")
        _WORDS = frozenset(
            word.lower() for line in lines if line.startswith("word:") for word in line[5:].split()
        )
        _NAMES = frozenset(line for line in lines if not line.startswith("word:"))
    return _WORDS, _NAMES


def _is_repository(part: str) -> bool:
    words, names = _repository_lists()
    if part in names or _REPOSITORY_RE.search(part):
        return True
    return any(word.lower().replace("’", "'") in words for word in part.split())


def _kind(part: str) -> str:
    if _CODE_RE.match(part):
        return "code"
    if _is_repository(part):
        return "repository"
    if _WEAK_CODE_RE.match(part):
        return "weak-code"
    if _LEAF_RE.match(part):
        return "leaf"
    if part.startswith("University") or part.endswith("University"):
        return "university"
    if names_a_place(part):
        return "place"
    if era_date(part) is not None or (_DATE_RE.match(part) and parse_date(part) is not None):
        return "date"
    return "text"


def _split(text: str) -> list[str]:
    """The note's parts at its commas, a bracketed date's comma kept: "…, Daoguang 19/3/4 (April 17, 1839), …"."""
    protected = _BRACKETED_COMMA_RE.sub(lambda m: m[0].replace(",", "\x00"), text) if "(" in text else text
    return [part.strip().replace("\x00", ",") for part in protected.rstrip(" .").split(", ")]


def read_east_asian_archive(text: str) -> tuple[dict[str, Any], tuple[str, str] | None] | None:
    """The CSL variables of such a note and its (locator, label), or None when it has not that shape."""
    parts = _split(text)
    if len(parts) > 9 or any(not part for part in parts):
        return None
    kinds = [_kind(part) for part in parts]
    repositories = [n for n, kind in enumerate(kinds) if kind == "repository"]
    codes = [n for n, kind in enumerate(kinds) if kind in ("code", "weak-code")]
    if len(repositories) != 1 or len(codes) != 1:
        return None
    repository, code = repositories[0], codes[0]
    item: dict[str, Any] = {"archive_location": parts[code]}
    taken = {repository, code}
    archive = parts[repository]
    after = repository + 1
    while after < len(parts) and kinds[after] == "university":
        archive = f"{archive}, {parts[after]}"
        taken.add(after)
        after += 1
    if after < len(parts) and kinds[after] == "place":
        item["archive-place"] = parts[after]
        taken.add(after)
        after += 1
    item["archive"] = archive
    locator: tuple[str, str] | None = None
    for n, kind in enumerate(kinds):
        if n in taken:
            continue
        if kind == "date":
            if "issued" in item:
                return None
            era = era_date(parts[n])
            western = era[1] if era else parts[n]
            date = parse_date(western) if western else None
            if date is not None:
                item["issued"] = date
            taken.add(n)
        elif kind == "leaf":
            if n != len(parts) - 1 or (m := _LEAF_RE.match(parts[n])) is None:
                return None
            value = hyphen_range(m["value"])
            locator = (value, "page") if m["word"][0] == "p" else (value, "folio")
            taken.add(n)
    # the rest is text: the run next to the repository or the code is the fonds, another the description
    runs: list[list[int]] = []
    for n in range(len(parts)):
        if n in taken:
            continue
        if kinds[n] != "text" or any(ch.isdigit() for ch in parts[n]):
            return None
        if runs and runs[-1][-1] == n - 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    if len(runs) > 2 or any(len(run) > 1 for run in runs):
        return None
    first_taken_after = {run[0]: min((n for n in taken if n > run[-1]), default=None) for run in runs}
    for run in runs:
        n = run[0]
        nxt = first_taken_after[n]
        fonds = (nxt == code and n > repository) or (nxt == repository and (len(runs) == 2 or n > 0))
        if fonds and "archive_collection" not in item:
            item["archive_collection"] = parts[n]
        elif "title" not in item:
            item["title"] = parts[n]
        else:
            return None
    return item, locator


class EastAsianArchive(Normalizer):
    """"[Description, date, ][Fonds, ]Repository[, Town][, Fonds], Code[, f. N]" -> a ``manuscript`` with its
    archive, town, fonds and reference code."""

    name: ClassVar[str] = "east-asian-archive"
    code: ClassVar[str] = "P182"
    keys: ClassVar[tuple[str, ...]] = ("type", *_READ_BEFORE, "kind", "locator", "label")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        if "type" in state.item or state.kind not in ("full", "short"):
            return
        full = whole_text(state.sequence, state.derived)
        # pre-test: a short note closing on a digit (the code) or a leaf, with a word of a repository's name
        if len(full) > 240 or not _may_be_east_asian_archive(full):
            return
        read = read_east_asian_archive(full)
        if read is None or _PRINTED_RE.search(full):
            return
        found, locator = read
        drop_variables(state.item, _READ_BEFORE)
        state.item = {"type": "manuscript", **state.item, **found}
        state.kind = "full"
        state.locator, state.label = locator if locator else (None, None)


def _may_be_east_asian_archive(text: str) -> bool:
    """The note closes on a digit or a leaf, one of its last two parts has a code's shape (anchored patterns on
    short strings, which fail at once on a page or a year), and it holds a word of a repository's name (the
    English words, then the listed romanised ones: a few dozen substring tests)."""
    body = text.rstrip(" .")
    end = body[-1:]
    if not (end.isdigit() or end in "abrv"):
        return False
    # the code closes the note or stands before the leaf: two short anchored matches on the last two parts
    if not any(_CODE_RE.match(part) or _WEAK_CODE_RE.match(part) for part in body.rsplit(", ", 2)[-2:]):
        return False
    lowered = text.lower()
    if "archiv" in lowered or "librar" in lowered or "records" in lowered:
        return True
    words, names = _repository_lists()
    return any(word in lowered for word in words) or any(name in text for name in names)
