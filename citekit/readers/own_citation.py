"""The article's own citation, as journal platforms print it in a labelled "how to cite" block.

European platforms and presses cite the article for the reader, each under its own label and in
its own shape -- and that citation is the most complete statement of the document's metadata:

* OpenEdition: "Référence papier" / "Riferimento cartaceo" -- ``Author, « Title », Journal, 18 |
  2021, 45-68.`` (the number before the bar is the issue) -- and "Référence électronique" (no
  pages: the printed form is preferred when both are there);
* Persée: "Citer ce document / Cite this document :" -- ``Surname Given. Title. In: Journal,
  35ᵉ année, n°4, 1985. pp. 321-340;`` (the family name first, without a comma);
* French presses and platforms: "Pour citer cet article :", "Citer cet article" (author-date);
* Taylor & Francis's cover: "To cite this article:" -- ``Author (2019) Title, Journal, 40:2,
  123-145, DOI: …`` (volume:issue, then the pages);
* HAL's cover: "To cite this version:" -- ``Author. Title. Journal, 2019, 12 (3), pp.45-67. ⟨DOI⟩``;
* Catalan, Polish, Czech and Dutch journals: "Com citar:", "Jak cytować / How to cite:", "Jak citovat:",
  "Hoe te citeren:";
* Spanish, Portuguese and Italian presses: "Cómo citar:", "Cómo citar este artículo / Citation:",
  "Como citar este artigo:", Firenze University Press's "Citation:" -- author-date shapes such as
  ``Díaz Serrano, A. (2021). Title, en Journal 46(1), 45-67.`` or ``L. Bianchi (2022) Title.
  Journal 14(2): 33-58. doi: …``;
* Brazilian journals: "Como citar este artigo:" in ABNT's shape -- ``LOPES, Rafael Ferreira. Title.
  Journal, São Paulo, v. 42, n. 89, p. 131-154, 2022.`` (the family names in capitals, the place after
  the journal's name); Spanish Chicago's "n.º 45 (2022)" is an issue with its year, not a volume.

The citation is read by its shape (quotes or the year in brackets set off the title; the numbers
after the journal's name give volume, issue and pages).  Whatever the shape does not say is left
out: a wrong title is worse than none.
"""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Entry

__all__ = ["read_own_citation"]

#: the labels of a "how to cite" block; the citation follows on the same line or the next ones
_LABEL = lazy_compile(
    r"""(?imx)^[ \t]*(?P<label>
        r[ée]f[ée]rence\s+(?:papier|[ée]lectronique)|riferimento\s+(?:cartaceo|elettronico)
      | (?:paper|electronic|bibliographical)\s+reference|referencia\s+(?:en\s+papel|electr[óo]nica)
      | citer\s+ce\s+document(?:\s*/\s*cite\s+this\s+document)?|(?:pour\s+)?citer\s+cet\s+article
      | c[óo]mo\s+citar(?:\s+este\s+art[íi]culo)?(?:\s*/\s*citation)?
      | como\s+citar(?:\s+este\s+artigo)?|para\s+citar(?:\s+este\s+art(?:[íi]culo|igo))?
      | citation|zitiervorschlag|how\s+to\s+cite(?:\s+this\s+article)?|to\s+cite\s+this\s+(?:version|article)
      | com\s+citar(?:\s+aquest\s+article)?|jak\s+cytowa[ćc](?:\s*/\s*how\s+to\s+cite)?|jak\s+citovat
      | hoe\s+te\s+citeren
    )(?:[ \t]*:[ \t]*|[ \t]*\n)"""
)
#: how far into the document the block may stand (OpenEdition prints it on the cover)
_REACH = 8000
_YEAR = r"(?:1[5-9]\d\d|20\d\d)"
_QUOTED = lazy_compile(r"[«“„\"]\s*(?P<title>[^»”“\"]{3,300}?)\s*[»”“\"]")
#: "(2021)." / "(2021):" / "(2021)" after the authors: an author-date citation
_YEAR_AFTER_AUTHORS = lazy_compile(rf"\((?P<year>{_YEAR})[a-z]?\)\s*[.:,]?\s*")
_DOI = lazy_compile(r"(?i)(?:doi\s*:?\s*|doi\.org/|⟨)(10\.\d{4,9}/[^\s\"<>;⟩]+)")
#: Taylor & Francis's citation: "Author (2019) Title, Journal, 40:2, 123-145" -- the journal is the
#: last part before "volume:issue"
_TANDF = lazy_compile(
    rf"^(?P<authors>[^()]{{3,200}}?)\s\((?P<year>{_YEAR})\)\s(?P<title>.+),\s(?P<journal>[^,]{{3,150}}),\s"
    r"(?P<volume>\d{1,4}):(?P<issue>\d{1,4}(?:-\d{1,4})?),\s(?P<first>\d{1,5})[-–](?P<last>\d{1,5})\b")
#: HAL's citation: "Author, Author. Title. Journal, 2019, 12 (3), pp.45-67. ⟨10.…⟩. ⟨halshs-…⟩" -- the
#: journal is the last sentence before ", year,"
_HAL = lazy_compile(
    rf"^(?P<authors>[^.]{{3,200}}?)\.\s+(?P<title>.+)\.\s+(?P<journal>[^.]{{3,150}}),\s*(?P<year>{_YEAR}),"
    r"(?P<rest>[^⟨]*)")
#: the ABNT citation of Brazilian journals: "LOPES, Rafael Ferreira. Title. Journal, Place, v. 42, n. 89,
#: p. 131-154, 2022." -- the family names in capitals, the journal the last sentence before "v."/"n."
_ABNT = lazy_compile(
    r"^(?P<authors>[A-ZÀ-Þ][A-ZÀ-Þ'’ -]+,\s[^.;]+?(?:;\s[A-ZÀ-Þ][A-ZÀ-Þ'’ -]+,\s[^.;]+?)*)\.\s+(?P<title>.+)\.\s+"
    r"(?P<journal>[A-ZÀ-Þ][^.]{2,150}?),\s(?:[^,.]{2,40},\s)?(?P<rest>(?:v|n)\.\s*\d.*)$")
_PAGES = lazy_compile(r"(?i)(?:\bpp?\.\s*|\bS\.\s*|\bpages?\s+|\bpágs?\.\s*|:\s*|,\s*)(\d{1,5})\s*(?:[-–]|\bà\b|\ba\b)\s*(\d{1,5})\b")
_VOLUME_ISSUE = lazy_compile(r"(?<![\d/])(?P<volume>\d{1,4})\s*\((?P<issue>\d{1,4}(?:[-/]\d{1,4})?)\)")
_SLASHED = lazy_compile(r"(?<![\d/])(?P<first>\d{1,4})/(?P<second>\d{1,4})(?![\d/])")
_ISSUE_BAR_YEAR = lazy_compile(rf"(?<!\d)(?P<issue>\d{{1,4}})\s*\|\s*(?P<year>{_YEAR})")
_VOLUME_WORD = lazy_compile(
    r"(?i)(?:\b(?:vol|t|tome|tomo|bd|jg|v)\.?\s*(?P<a>\d{1,4}|[IVXLC]{1,7})\b"
    r"|(?P<b>\d{1,4})\s*(?:ᵉ|e|è)\s*ann[ée]e)")
#: ... and Persée's "livraison" ("1998, tome 156, livraison 2", the Bibliothèque de l'École des chartes)
_ISSUE_WORD = lazy_compile(r"(?i)(?:\bn\.?\s?[°º]\s*|\bn[úu]m\.\s*|\bno\.\s*|\bnr\.\s*|\bn\.\s*|\bheft\s+|\blivraison\s+)"
                         r"(?P<issue>\d{1,4}(?:-\d{1,4})?)")
_PROCEEDS = lazy_compile(r"^\s*(?:[.,:;]\s*)?(?:(?:en|in|dans|em)\s*:?\s+)?", re.IGNORECASE)
#: where a journal's name ends: a bracketed note ("[En ligne]"), a comma before a number, or a number
_CONTAINER_END = lazy_compile(
    r"\s*(?:\[[^\]]*\]|,\s*(?=\S*\d)|,\s*(?=(?i:vol\b|volume\b|t\.|tome\b|tomo\b|bd\.|jg\.|v\.\s?\d|n\.?\s?[°º]|nos?\.|nr\.|n[úu]m\.|"
    r"heft\b|fasc))|\s(?=\d)|$)")
#: between authors: ";", "&", or a comma after an inverted name's initials ("Díaz Serrano, A., Pérez Gil, J.")
_SPLIT_AUTHORS = lazy_compile(r"\s*(?:;|&|(?<=\b[A-ZÀ-Þ]\.),(?=\s*[^\W\d_]{2}))\s*")
#: "and" between two names; in a compound surname ("Ortega y Gasset", "Sousa e Silva") a side is one word
_AND = lazy_compile(r"\s(?:et|e|y|und|and)\s")
_INITIALS = lazy_compile(r"^(?:[A-ZÀ-Þ]\.\s?-?)+$")


def read_own_citation(text: str) -> Entry:
    """The article's data from its own labelled citation near the start (or ``{}``)."""
    head = text[:_REACH]
    found: list[Entry] = []
    for m in _LABEL.finditer(head):
        citation = _block(head, m.end())
        entry = _parse(citation, family_first=m.group("label").lower().startswith("citer ce document"))
        if entry.get("title") and entry.get("container-title"):
            found.append(entry)
    if not found:
        return {}
    # OpenEdition prints the citation twice: the printed one ("papier") has the pages, the
    # electronic one the DOI; the fuller one leads, the other fills its gaps
    found.sort(key=len, reverse=True)
    best = found[0]
    for other in found[1:]:
        for key, value in other.items():
            best.setdefault(key, value)
    return best


def _block(head: str, start: int) -> str:
    """The citation after a label: its lines up to a blank line or the next label (at most four)."""
    lines: list[str] = []
    for line in head[start:].split("\n"):
        stripped = line.strip()
        if not stripped:
            if lines:
                break
            continue
        if _LABEL.match(stripped + "\n") or (lines and re.match(r"(?i)^(?:doi|https?:)", stripped)):
            break  # the next label ("Pour citer cet article" / "Référence électronique"), a link line
        lines.append(stripped)
        if len(lines) == 4:
            break
    return " ".join(lines)


def _parse(citation: str, family_first: bool) -> Entry:
    doi = _DOI.search(citation)
    if doi:
        citation = citation[: doi.start()].rstrip(" ;,.⟨") + "."
    citation = re.sub(r"(?i)\s*;?\s*(?:URL\s*:\s*)?https?://\S+", "", citation)
    entry: Entry = {"type": "article-journal"}
    tandf = _TANDF.match(citation)
    if tandf is not None:
        people = [_person(part, False) for part in _names(tandf.group("authors").strip(" ,:"))]
        entry.update({"author": people} if people else {})
        entry.update({"title": tandf.group("title").strip(" ,."), "container-title": tandf.group("journal").strip(),
                      "volume": tandf.group("volume"), "issue": tandf.group("issue"),
                      "page": f"{tandf.group('first')}-{tandf.group('last')}",
                      "issued": {"date-parts": [[int(tandf.group("year"))]]}})
        if doi:
            entry["DOI"] = doi.group(1).rstrip(".,;)]")
        return entry
    abnt = None
    quoted = _QUOTED.search(citation)
    dated = _YEAR_AFTER_AUTHORS.search(citation)
    if quoted and (dated is None or quoted.start() < dated.start() or dated.end() <= quoted.start()):
        authors = citation[: dated.start() if dated and dated.end() <= quoted.start() else quoted.start()]
        title = quoted.group("title").strip(" ,.")
        rest = citation[quoted.end():]
    elif dated:
        authors = citation[: dated.start()]
        after = citation[dated.end():]
        # the title runs to ", en " / ". In: " / the first full stop before the journal
        cut = re.search(r",\s+(?:en|in|em)\s+|\.\s+(?:In|En|Dans)\s*:?\s+|\.\s+(?=[A-ZÀ-Þ])", after)
        if cut is None:
            return {}
        title = after[: cut.start()].strip(" ,.")
        rest = after[cut.start():]
    elif (abnt := _ABNT.match(citation)) is not None and not family_first:
        authors, title = abnt.group("authors"), abnt.group("title")
        authors = "; ".join(_caps_family(name) for name in authors.split(";"))
        rest = f"{abnt.group('journal')}, {abnt.group('rest')}"
    elif (hal := _HAL.match(citation)) is not None and not family_first:
        authors, title = hal.group("authors"), hal.group("title")
        rest = f"{hal.group('journal')}, {hal.group('year')},{hal.group('rest')}"
    elif family_first:
        # Persée: "Martinet Jean. Title. In: Journal, …"
        parts = re.match(r"^(?P<authors>[^.]{3,120}?)\.\s+(?P<title>.+?)\.\s+In\s*:\s*(?P<rest>.+)$", citation)
        if parts is None:
            return {}
        authors, title, rest = parts.group("authors"), parts.group("title"), parts.group("rest")
    else:
        return {}
    people = [_person(part, family_first) for part in _names(authors.strip(" ,:"))]
    if people:
        entry["author"] = people
    entry["title"] = title
    _numbers(_PROCEEDS.sub("", rest, count=1), entry)
    if abnt is not None:  # (the place after the journal's name is not the journal's)
        entry["container-title"] = abnt.group("journal").strip()
    year = dated.group("year") if dated else None
    if year and "issued" not in entry:
        entry["issued"] = {"date-parts": [[int(year)]]}
    if doi:
        entry["DOI"] = doi.group(1).rstrip(".,;)]")
    return entry


def _numbers(rest: str, entry: Entry) -> None:
    """The journal's name, then volume, issue, year and pages, from the text after the title."""
    end = _CONTAINER_END.search(rest)
    container = rest[: end.start()].strip(" ,.") if end else ""
    if container and not re.search(r"\d", container):
        entry["container-title"] = container
    numbers = rest[end.end():] if end else rest
    years = [int(y) for y in re.findall(rf"\b{_YEAR}\b", numbers)]
    bar = _ISSUE_BAR_YEAR.search(numbers)
    pair = _VOLUME_ISSUE.search(numbers)
    slashed = _SLASHED.search(numbers)
    volume = _VOLUME_WORD.search(numbers)
    issue = _ISSUE_WORD.search(numbers)
    if bar:
        entry["issue"] = bar.group("issue")
    elif pair and re.fullmatch(_YEAR, pair.group("issue")):
        if issue and issue.start("issue") == pair.start("volume"):
            entry["issue"] = pair.group("volume")  # "n.º 45 (2022)": a number without a volume
            if volume:
                entry["volume"] = volume.group("a") or volume.group("b")
        else:
            entry["volume"] = pair.group("volume")  # "9 (2018)": the year in brackets
    elif pair:
        entry["volume"], entry["issue"] = pair.group("volume"), pair.group("issue")
    elif slashed and not re.fullmatch(_YEAR, slashed.group("first")):
        entry["volume"], entry["issue"] = slashed.group("first"), slashed.group("second")
    else:
        if volume:
            entry["volume"] = volume.group("a") or volume.group("b")
        if issue:
            entry["issue"] = issue.group("issue")
    pages = list(_PAGES.finditer(numbers))
    if pages:
        first, last = pages[-1].group(1), pages[-1].group(2)
        if int(first) <= int(last) and not re.fullmatch(_YEAR, first):
            entry["page"] = f"{first}-{last}"
    if years:
        entry["issued"] = {"date-parts": [[years[0]]]}


def _caps_family(name: str) -> str:
    """"SAMPAIO, Antonio Carlos" -> "Sampaio, Antonio Carlos" (ABNT prints the family name in capitals)."""
    family, _, given = name.partition(",")
    small = {"de", "da", "do", "das", "dos", "e", "del", "la", "y"}
    written = " ".join(w.lower() if w.lower() in small else w.capitalize() for w in family.split())
    return f"{written},{given}"


def _names(authors: str) -> list[str]:
    """The authors one by one: split at ";", "&", a comma after initials, and "et"/"y"/"und" … when
    both sides are whole names (two words, or an inverted name with its comma)."""
    out: list[str] = []
    for part in _SPLIT_AUTHORS.split(authors):
        start = 0
        for m in _AND.finditer(part):
            left, right = part[start:m.start()], part[m.end():]
            if all("," in side or len(side.split()) >= 2 for side in (left, right)):
                out.append(left)
                start = m.end()
        out.append(part[start:])
    return [name for name in out if name.strip()]


def _person(raw: str, family_first: bool) -> dict[str, str]:
    """One author: "Díaz Serrano, A." (inverted), "Martinet Jean" (Persée), "L. Bianchi"."""
    from citekit.readers.cover import split_person

    raw = raw.strip(" ,;:")
    if raw.endswith(".") and not re.search(r"(?:^|[\s.-])[A-ZÀ-Þ]\.$", raw):
        raw = raw[:-1]  # the sentence's full stop, not an initial's
    if "," in raw:
        family, given = (part.strip() for part in raw.split(",", 1))
        if given and len([word for word in given.split() if not word.islower()]) <= 3:  # ("Jucá de": a particle)
            return {"family": family, "given": given}
    words = raw.split()
    if family_first and len(words) >= 2 and not _INITIALS.match(words[-1]):
        return {"family": " ".join(words[:-1]), "given": words[-1]}
    return split_person(raw)
