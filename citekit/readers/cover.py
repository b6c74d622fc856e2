"""The document's own metadata, from a JSTOR cover page or a publisher's first page.

A JSTOR cover labels everything ("Author(s):", "Source:", "Stable URL:"), so
it is read field by field; Cairn's and HeinOnline's covers cite the article in
a labelled citation, which is read instead.  Publisher first pages carry a DOI and often a
"Vol. 12, No. 3 … pp. 45-67" line; those are taken when labelled and left out
otherwise: a wrong title is worse than none.  The cover's other lines (JSTOR
lists related items: "United States Army in the World War, 1917-1919") are
never read as the article's data -- only labelled fields are.

European platforms label their covers differently: Cairn's newer cover says "Dans Revue … 2019/2
(n° 66-2), pages 7 à 30" below the title and authors; il Mulino's Rivisteweb names the journal
with its ISSN ("Rivista … (ISSN 0391-6987)") below the author, title and "(doi: …)"; the others cite
the article in a labelled "how to cite" block (:mod:`citekit.readers.own_citation`: OpenEdition,
Persée, Spanish, Portuguese and Italian presses).  On such a cover the one line of names among the
few lines above the anchor is the authors', the rest the title.

Anglophone university presses print the article's data in their own shapes: Project MUSE's cover
("Journal, Volume 56, Number 3, Spring 2023, pp. 311-334 (Article)", title and authors above), and a
first page whose foot sets the journal's citation of the article with the press's copyright line
("The Journal of Modern History 95 (June 2023): 301–334", "History. 2022;107:345–367.", "Hispanic
American Historical Review 103:2", "EHR, CXXXVIII. 590 (February 2023)" -- the initials spelled out by
a running head).  The title and the author stand at the first page's head (a line of names under the
title, an affiliation below), or the author signs the article at its end in capitals.

Latin-American platforms: Redalyc's cover names the article above its journal line ("Revista X, vol. 61,
núm. 2, 2019") -- the title (printed twice, around the authors, or once) and the authors written
"Gutiérrez Sánchez, María José; …"; the pages then come from the journal's line on the article's own first
page or feet.  A journal's name in capitals before its number ("HISTORIA No 56, vol. I, enero-junio 2023:
145-178") is read as the journal's.  Given names the "how to cite" block gives as initials ("Ortiz de
Rozas, F. J.") are written out from the first page's line of names when the initials agree, and the
authors of a Spanish article written in the natural order keep both surnames ("Francisco Javier Gómez de
la Torre": family "Gómez de la Torre").

Journals of imperial and area history: Taylor & Francis name the journal alone on the line above its volume
("THE JOURNAL OF IMPERIAL AND COMMONWEALTH HISTORY" / "2021, VOL. 49, NO. 4, 612–640"); SAGE's cover block
prints it over several lines above "60(2) 187–214, 2023", the title and the names ("Anand Krishnan1", the
number an affiliation's) below the block; a journal's site alone on a line ("brill.com/jesh") is no title's.
Cairn's "(N° 402-403)" is a double issue when the numbers follow each other; Wiley's foot may give an article's
number for its pages ("History Compass. 2022;20:e12712.").

Journals of medieval studies and classics: Chicago's cover line "Speculum, volume 96, number 2, April 2021." and
a byline "By …" (in capitals too: Traditio); Brepols' DOI unlabelled on the copyright line; Cambridge's header
without commas ("The Classical Quarterly (2021) 71.1 1–18"); Persée's "tome 156, livraison 2"; a German
subtitle on the title's second line ("… im Bodenseeraum" / "Zur Praxis …": joined with a colon); the author in
capitals above the title, and the article's own citation at page 1's foot with no copyright (Studi Medievali);
Oxford's cover block (journal, DOI, ©) above the title; Project MUSE's cover of a book or a chapter.
"""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Entry
from citekit.readers.own_citation import read_own_citation

__all__ = ["cover_field", "read_cover", "split_person"]

#: How much of the start of a document a cover page can occupy.
_COVER_CHARS = 8000
_AUTHORS = lazy_compile(r"(?im)^\s*(?:Author\(s\)|Authors?|Review\s+by)\s*:\s*(.+)$")
_SOURCE = lazy_compile(r"(?im)^\s*Source\s*:\s*(.+)$")
_STABLE_URL = lazy_compile(r"(?im)^\s*Stable\s+URL\s*:\s*(https?://\S+)")
_DOI = lazy_compile(r"(?i)(?:doi\s*:?\s*|doi\.org/)(10\.\d{4,9}/[^\s\"<>]+)")
_VOLUME = lazy_compile(r"(?i)\b(?:Vol(?:ume)?\.?|Bd\.|V\.)\s*([0-9IVXLC]+)\b")
_ISSUE = lazy_compile(r"(?i)(?:\b(?:No\.?|Nr\.?|Issue|Number|Heft|n\.|N\.|núm\.)|\b[nN][º°])\s*(\d+(?:\s*[/-]\s*\d+)?)\b")
_PAGES = lazy_compile(r"(?i)\b(?:pp?\.|S\.|P\.|págs?\.)\s*(\d+)\s*[-–]\s*(\d+)\b")
_DATE = lazy_compile(
    r"\(\s*(?:(?P<season>[A-Z][a-z]+\.?)(?:\s*[-–/]\s*[A-Z][a-z]+\.?)?,?\s+)?"
    r"(?:(?P<day>\d{1,2})\s+)?(?P<year>1[5-9]\d\d|20\d\d)\s*\)"
)
_BARE_PAGES = lazy_compile(r"(?:\)|,|\b(?:1[89]|20)\d\d:)\s*(\d{1,4})\s*[-–]\s*(\d{1,4})\s*$")
_LABEL = lazy_compile(r"^[A-Z][\w() ]{2,20}:")
_BARE_JOURNAL_LINE = lazy_compile(
    r"^(?P<journal>[^\d|]{6,90}?)\s+(?P<volume>\d{1,4})\s*\((?P<year>1[89]\d\d|20\d\d)\)"
    r"(?:\s*(?P<issue>\d{1,3})\s*,)?,?\s*(?:(?:S|pp?)\.\s*)?(?P<first>\d{1,5})\s*[-–]\s*(?P<last>\d{1,5})\s*$"
)
#: a Cambridge Core header, year before volume: "Law and History Review (2026), 44, 411–418",
#: "Journal of Roman Studies (2019), 109(2), 1–25", without commas "The Classical Quarterly (2021) 71.1 1–18"
_YEAR_FIRST_JOURNAL_LINE = lazy_compile(
    r"^(?P<journal>[^\d|()]{6,90}?)\s+\((?P<year>1[89]\d\d|20\d\d)\),?\s*(?P<volume>\d{1,4})"
    r"(?:\s*\((?P<issue>\d{1,3}(?:[/-]\d{1,3})?)\)|\.(?P<dotted>\d{1,3}))?(?:,\s*|\s+)(?P<first>\d{1,5})\s*[-–]\s*"
    r"(?P<last>\d{1,5})\s*$"
)
#: a German journal's header, volume and year only: "ZRG GA 138 (2021)", "RabelsZ 84 (2020)"
_HEADER_JOURNAL_LINE = lazy_compile(
    r"^(?P<journal>[A-ZÄÖÜ][\w.&-]*(?:\s[A-ZÄÖÜ][\w.&-]*){0,4})\s+(?P<volume>\d{1,3})\s*"
    r"\((?P<year>1[89]\d\d|20\d\d)\)$"
)
#: page 1's foot giving the article's DOI with the journal's site or ISSN ("DOI: 10.51769/… |
#: www.bmgn-lchr.nl | E-ISSN 2211-2898"): the article's own even below the page's notes
_FOOT_DOI = lazy_compile(r"(?im)^[ \t]*DOI:?\s*(10\.\d{4,9}/[^\s|]+?)\s*\|[^\n]*\b(?:ISSN|www\.)")
#: a tome (Romance journals' volume): "t. LI", "tome 35", "tomo 12"
_TOME = lazy_compile(r"\b(?:t\.|tome|tomo)\s*([0-9IVXLC]+)\b")
#: a journal's name before its volume on a first-page line: words only, set off by a dash
#: ("Revista … – t. LI (2020) – p. 123-145")
_JOURNAL_BEFORE = lazy_compile(r"^([^\W\d][^\d|()]{4,90}?)\s+[–—|-]\s*$")
#: ... or opening the line before a comma, maybe in quotation marks ("«Società e storia», n. 148,
#: 2015, pp. 233-259", "Hispania, 2015, vol. LXXV, nº 250, …, págs. 345-372")
#: a lead that is a volume's label, not a name: "Rocznik LXXII, 2024, nr 3", "Jahrgang 12", "Année XLV"
_COUNTED_NAME = lazy_compile(r"(?i)^(?:rocznik|ročník|jahrgang|année|anno|año|ano|vol\w*|tome|tomo|band|bd)\b|\s[IVXLC]+$")
#: ... or just before its labelled volume, at the line's start (Oxford's "German History Vol. 42, No. 4, pp.
#: 540-558")
_JOURNAL_BEFORE_VOLUME = lazy_compile(r"^(?P<journal>[^\W\d][^\d|(),«»“”\"•·]{2,90}?)\s*[•·|–—-]?\s+$")
_JOURNAL_LEAD = lazy_compile(r"^[«“\"]?(?P<journal>[^\W\d][^\d|(),«»“”\"]{2,90}?)[»”\"]?\s*,")
#: how many of the first lines such a header may stand in
_HEADER_LINES = 5
_YEAR = lazy_compile(r"\b(1[89]\d\d|20\d\d)\b")
#: Lines only a cover page holds: its labelled fields (JSTOR, Taylor & Francis)
#: and the repository's own block of text around them.
_COVER_FIELD = lazy_compile(
    r"""(?ix)
      ^\s*(author\(s\)|source|stable\s+url|published\s+by|accessed|reviewed\s+work\(s\)|review\s+by
           |to\s+cite\s+this\s+article|to\s+link\s+to\s+this\s+article|published\s+online
           |article\s+views|pour\s+citer\s+cet\s+article|citer\s+ce\s+document(?:\s*/\s*cite\s+this\s+document)?
           |date\s+downloaded)\s*:
    | (collaborating\s+with\s+jstor|your\s+use\s+of\s+the\s+jstor\s+archive
       |jstor\s+is\s+a\s+not-for-profit|information\s+about\s+jstor|log\s+in\s+to\s+jstor
       |linked\s+references\s+are\s+available\s+on\s+jstor
       |submit\s+your\s+article\s+to\s+this\s+journal|view\s+related\s+articles
       |view\s+crossmark\s+data|full\s+terms\s+&\s+conditions\s+of\s+access
       |article\s+disponible\s+en\s+ligne|distribution\s+[ée]lectronique\s+cairn
       |content\s+downloaded\s+from\s+heinonline|use\s+of\s+this\s+heinonline\s+pdf
       |^\s*to\s+cite\s+this\s+version\s*:|^\s*hal\s+id\s*:|hal\s+is\s+a\s+multi-disciplinary\s+open\s+access
       |l['’]archive\s+ouverte\s+pluridisciplinaire\s+hal
       |for\s+additional\s+information\s+about\s+this\s+(?:article|book|chapter)|^\s*\[\s*access\s+provided\s+(?:at|by)\b)
    """
)
_MONTHS = {
    name: i + 1
    for i, names in enumerate(
        ("jan january", "feb february", "mar march", "apr april", "may", "jun june",
         "jul july", "aug august", "sep sept september", "oct october", "nov november",
         "dec december")
    )
    for name in names.split()
}
_SEASONS = {"spring", "summer", "autumn", "fall", "winter"}
_PARTICLES = {"von", "van", "de", "der", "den", "del", "della", "di", "da", "du", "le", "la", "zu"}
_NAME_SPLIT = lazy_compile(r"\s*(?:;|,\s*and\s+|\s+and\s+|\s+&\s+|,\s+(?=[A-Z][^,]*\s))\s*")


#: academic titles before a name ("Dr. Katharina Wendel", "Prof. Dr. iur. Hans Meier"): not given names
_HONORIFIC = lazy_compile(r"^(?:(?:Prof|Dr|PD|Dres|Priv\.-Doz|Doz)\.(?:\s?(?:iur|jur|phil|rer\.\s?pol|h\.\s?c|med)\.)*\s+)+")


def split_person(raw: str) -> dict[str, str]:
    """"Peter Whitewood" -> {"given": "Peter", "family": "Whitewood"}; "Dr. Katharina Wendel" drops the "Dr."."""
    words = _HONORIFIC.sub("", raw.strip()).strip(".,").split()
    if not words:
        return {"literal": raw.strip()}
    if len(words) == 1:
        return {"family": words[0]}
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].lower() in _PARTICLES:
        cut -= 1
    name: dict[str, str] = {"family": " ".join(words[cut:]), "given": " ".join(words[:cut])}
    particle = [w for w in words[cut:-1] if w.lower() in _PARTICLES]
    if particle:
        name["non-dropping-particle"] = " ".join(particle)
        name["family"] = words[-1]
    return name


def cover_field(line: str) -> str | None:
    """Which cover field or cover-block phrase ``line`` holds ("source", "stable url" …), if any.

    Only such positive evidence makes text a cover page: the text before a
    document's first download stamp may just as well be its first page.
    """
    m = _COVER_FIELD.search(line)
    if m is None:
        return None
    return " ".join((m.group(1) or m.group(2)).lower().split())


def _authors(raw: str) -> list[dict[str, str]]:
    return [split_person(part) for part in _NAME_SPLIT.split(raw.strip()) if part.strip()]


def _previous_line(text: str, pos: int) -> str:
    """The nearest non-blank line before offset ``pos``."""
    for line in reversed(text[:pos].splitlines()):
        if line.strip():
            return line.strip()
    return ""


def _read_source_line(source: str, entry: Entry) -> None:
    """'The Slavonic and East European Review, Vol. 93, No. 2 (April 2015), pp. 286-314'."""
    volume = _VOLUME.search(source)
    head_end = volume.start() if volume else len(source)
    date = _DATE.search(source)
    if date and date.start() < head_end:
        head_end = date.start()
    container = source[:head_end].strip(" ,;")
    if container:
        entry["container-title"] = container
    if volume:
        entry["volume"] = volume.group(1)
        issue = _ISSUE.search(source, volume.end())
        if issue:
            entry["issue"] = issue.group(1).replace(" ", "")
    pages = _PAGES.search(source)
    if pages:
        entry["page"] = f"{pages.group(1)}-{pages.group(2)}"
    if date:
        parts: list[int] = [int(date.group("year"))]
        season = (date.group("season") or "").strip(".").lower()
        if season in _MONTHS:
            parts.append(_MONTHS[season])
            if date.group("day"):
                parts.append(int(date.group("day")))
        issued: dict[str, object] = {"date-parts": [parts]}
        if season in _SEASONS:
            issued["season"] = season
        entry["issued"] = issued
    else:
        year = _YEAR.search(source)
        if year:
            entry["issued"] = {"date-parts": [[int(year.group(1))]]}


def read_cover(text: str, notes_start: int | None = None) -> Entry:
    """CSL item of the document itself, from its cover or first page; ``{}`` if unknown.

    ``notes_start`` (the offset of the first note, when the reader knows it)
    bounds where a DOI or journal line may be taken from: a DOI in note 1 is a
    cited work's, not the article's.
    """
    head = text[:_COVER_CHARS]
    entry: Entry = {}
    authors = _AUTHORS.search(head)
    source = _SOURCE.search(head)
    hein = _HEIN_CHICAGO.search(head)
    if hein is not None:
        _read_hein_citation(hein, entry)
    elif authors or source:  # a JSTOR-style labelled cover
        entry["type"] = "article-journal"
        if authors:
            title = _previous_line(head, authors.start())
            if title and ":" not in title[:12]:
                entry["title"] = title
            entry["author"] = _authors(authors.group(1))
        if source:
            _read_source_line(_with_continuation(head, source), entry)
        url = _STABLE_URL.search(head)
        if url:
            entry["URL"] = url.group(1)
    elif (cited := _CAIRN_CITATION.search(head)) is not None:
        _read_cairn_citation(cited, entry)
    elif (dans := _CAIRN_DANS.search(head)) is not None:
        _read_cairn_dans(head, dans, entry)
    elif (issn := _ISSN_LINE.search(head)) is not None:
        _read_issn_cover(head, issn, entry)
    elif (muse := _MUSE_BOOK.search(head)) is not None:
        _read_muse_book(text, muse, entry)
    else:
        entry.update(read_own_citation(head))
    top = head[:notes_start] if notes_start is not None else head[:4000]
    doi = _DOI.search(top) or _FOOT_DOI.search(text.split("\f", 1)[0][:_COVER_CHARS])
    found = doi.group(1) if doi else _repeated_doi(text)
    if found:
        entry.setdefault("type", "article-journal")
        entry["DOI"] = found.rstrip(".,;)]")
    if "volume" not in entry:
        _journal_line(top, entry)
    first_page = _first_page(text)
    if "volume" not in entry or "DOI" not in entry:
        _press_foot(text, first_page, entry)
    if "container-title" not in entry:
        _own_foot_line(text, entry)
    if "title" not in entry and "author" not in entry:
        _redalyc_cover(text.split("\f", 1)[0][:_COVER_CHARS], entry) or _title_block(first_page, entry) or (
            _signed_at_end(text, first_page, entry))
    if "page" not in entry and entry.get("container-title"):
        _pages_of_journal_line(text[:_COVER_CHARS * 2], entry)
    _fuller_given_names(first_page, entry)
    _spanish_surnames(entry)
    return entry


def _spanish_surnames(entry: Entry) -> None:
    """The authors of a Spanish article written "Francisco Javier Gómez de la Torre", "María Ignacia Valdés
    Errázuriz": both surnames are the family name (a name printed inverted says its family name plainly)."""
    title = entry.get("title")
    if not isinstance(title, str) or not isinstance(entry.get("author"), list):
        return
    from citekit.normalize.language import guess_language

    if guess_language(title) != "es":
        return
    from citekit.normalize._person import given_names
    from citekit.normalize.spanish_surnames import _both_surnames

    people = []
    for person in entry["author"]:
        given, family = person.get("given", ""), person.get("family", "")
        particle = person.get("non-dropping-particle", "")
        words = given.split()
        if particle and set(person) == {"given", "family", "non-dropping-particle"} and len(words) >= 2 and (
                words[-1][:1].isupper() and words[-1].isalpha() and words[-1].lower() not in given_names()):
            person = {"family": f"{words[-1]} {particle} {family}", "given": " ".join(words[:-1])}
        elif not particle:
            person = _both_surnames(person, False, f"{given} {family}") or person
        people.append(person)
    entry["author"] = people


#: Redalyc's cover page: the platform's own lines, and the author written "Apellido Apellido, Nombre"
_REDALYC = lazy_compile(r"(?i)\bredalyc\b")
_INVERTED_NAME = lazy_compile(r"^[A-ZÀ-Þ][\w'’-]+(?:\s+(?:de|del|la|las|los|y|da|do|dos|das|e|[A-ZÀ-Þ][\w'’-]+)){0,4},"
                            r"\s+[A-ZÀ-Þ][\w.'’-]*(?:\s+(?:de|del|la|[A-ZÀ-Þ][\w.'’-]*)){0,3}$")
_REDALYC_IMPRINT = lazy_compile(r"(?i)\bissn\b|\S@\S|https?://")
_COVER_JOURNAL = lazy_compile(r"(?i),\s*(?:vol\.|núm\.|num\.|no\.|n\.º|nº)\s*[\dIVXLC]")


def _redalyc_cover(cover: str, entry: Entry) -> bool:
    """Title and authors on Redalyc's cover page: above the journal's line ("Revista X, vol. 61, núm. 2,
    2019"), the title, the authors ("Gutiérrez Sánchez, María José; …") and the title again."""
    if _REDALYC.search(cover) is None:
        return False
    lines = [ln.strip() for ln in cover.split("\n")]
    at = next((k for k, line in enumerate(lines) if _COVER_JOURNAL.search(line) and _YEAR.search(line)), None)
    if at is None:
        return False
    start = at
    while start > 0 and lines[start - 1]:
        start -= 1
    block = lines[start:at]
    names = [k for k, line in enumerate(block)
             if all(_INVERTED_NAME.match(part.strip()) for part in line.split(";"))]
    if len(names) != 1:
        return False
    k = names[0]
    # the title is printed twice, around the authors; or once, after them or before them (under the journal's
    # lines: its ISSN, e-mail, publisher and country, when no blank line sets it off)
    before, after = block[:k], block[k + 1:]
    if after:
        title = after
    else:
        cut = max((j + 1 for j, line in enumerate(before)
                   if _REDALYC_IMPRINT.search(line) or len(line.split()) == 1), default=0)
        title = before[cut:]
    if not title or len(title) > 4:
        return False
    people = []
    for part in block[k].split(";"):
        family, given = (side.strip() for side in part.split(",", 1))
        people.append({"family": family, "given": given})
    entry["title"] = _title_text(title)
    entry["author"] = people
    entry.setdefault("type", "article-journal")
    return True


def _pages_of_journal_line(text: str, entry: Entry) -> None:
    """The pages from a line that prints the journal's name, its volume and "pp. 203-231" (a first page's head
    or a page's foot), when the cover or the citation gave the journal without them."""
    journal = str(entry["container-title"])
    for line in text.split("\n"):
        line = line.strip()
        if not line.startswith(journal) or len(line) > 200:
            continue
        volume = str(entry.get("volume", ""))
        if volume and re.search(rf"\b{re.escape(volume)}\b", line[len(journal):]) is None:
            continue
        pages = _PAGES.search(line)
        if pages and int(pages.group(1)) < int(pages.group(2)):
            entry["page"] = f"{pages.group(1)}-{pages.group(2)}"
            return


def _fuller_given_names(page: str, entry: Entry) -> None:
    """Given names the citation gave as initials ("Ortiz de Rozas, F. J.") written out from the first page's
    line of names ("Federico José Ortiz de Rozas"), when the initials agree."""
    for person in entry.get("author", []):
        given, family = person.get("given", ""), person.get("family", "")
        if not family or not given or not _INITIALS_ONLY.match(given):
            continue
        m = re.search(rf"(?m)^[ \t]*((?:[A-ZÀ-Þ][^\W\d_]+\s+){{1,3}}){re.escape(family)}\b", page)
        if m is None:
            continue
        written = m.group(1).split()
        if [w[0] for w in written] == re.findall(r"[A-ZÀ-Þ]", given):
            person["given"] = " ".join(written)


_INITIALS_ONLY = lazy_compile(r"^(?:[A-ZÀ-Þ]\.\s?-?)+$")


#: Cairn's newer cover: the title, the authors, then "Dans Revue … 2019/2 (n° 66-2), pages 7 à 30"
_CAIRN_DANS = lazy_compile(
    r"(?m)^[ \t]*Dans\s+(?P<journal>[^\n]{3,150}?)\s+(?P<year>1[89]\d\d|20\d\d)/(?P<issue>\d{1,2})\s*"
    r"(?:\((?:[nN]°\s*(?P<vol>\d{1,4})-(?P<iss>\d{1,4})|[nN]°\s*(?P<number>\d{1,4})|Vol\.\s*(?P<v>\d{1,4})"
    r"|(?P<an>\d{1,4})e\s+année)\))?\s*,\s*pages?\s*(?P<first>\d{1,5})\s*(?:à|[-–])\s*(?P<last>\d{1,5})[ \t]*$"
)
#: a platform's cover naming the journal with its ISSN in brackets (il Mulino's Rivisteweb):
#: "Francesca Morandi" / "Il credito …" / "(doi: 10.1410/98765)" / "Rivista … (ISSN 0391-6987)" /
#: "Fascicolo 2, aprile-giugno 2021"
_ISSN_LINE = lazy_compile(r"(?m)^[ \t]*(?P<journal>[^\n()]{3,120}?)\s*\(ISSN\s*\d{4}-\d{3}[\dX]\)[ \t]*$")
_DOI_ALONE = lazy_compile(r"(?im)^[ \t]*\(?doi:\s*10\.\d{4,9}/\S+?\)?[ \t]*$")
_FASCICLE = lazy_compile(r"(?im)^[ \t]*(?:fascicolo|fasc\.|heft|num[ée]ro|número)\s+(?P<issue>\d{1,4})\b[^\n]*?"
                       r"\b(?P<year>1[89]\d\d|20\d\d)[ \t]*$")
#: how many lines a cover's title and authors may take before the line that anchors them
_ABOVE = 5


#: Project MUSE's cover of a book or a chapter cites the book above its link: "Ashdown, Jonathan." / "Bishops and
#: Chapters in Maine, 1050-1150." / "Boydell & Brewer, 2021." / "Project MUSE. https://muse.jhu.edu/book/98765."
_MUSE_BOOK = lazy_compile(r"(?m)^[ \t]*Project MUSE\.?\s*(?:https?://)?muse\.jhu\.edu/book/\d+/?\.?[ \t]*$")
_MUSE_CHAPTER = lazy_compile(r"(?im)^[ \t]*For content related to this chapter[ \t]*$")
_MUSE_IMPRINT = lazy_compile(r"^(?P<publisher>[^,]{2,120}),\s*(?P<year>1[89]\d\d|20\d\d)\.?$")
_MUSE_EDITOR = lazy_compile(r",\s*(?:editors?|eds?\.|translators?)\.?$")
#: a chapter's label above its title on its first page ("CHAPTER 3", "Chapter Three", "3")
_CHAPTER_LABEL = lazy_compile(r"(?i)^(?:(?:chapter|part)\s+[\w.]+|\d{1,3}|[ivxlc]{1,6})$")


def _read_muse_book(text: str, m: re.Match[str], entry: Entry) -> None:
    """The book (its author or editor, title, publisher and year) from MUSE's citation above the link; for a
    chapter ("For content related to this chapter") the book is the container, and the chapter's title the one
    on the first page after the cover."""
    above = text[:m.start()].rstrip().split("\n\n")[-1].strip().split("\n")  # (the citation's paragraph)
    if not 3 <= len(above) <= 6 or (imprint := _MUSE_IMPRINT.match(above[-1].strip())) is None:
        return
    names, title = above[0].strip().rstrip("."), " ".join(line.strip() for line in above[1:-1]).rstrip(".")
    role = "editor" if _MUSE_EDITOR.search(names) else "author"
    first, *others = re.split(r",?\s+and\s+", _MUSE_EDITOR.sub("", names))
    family, _, given = first.partition(", ")  # the first name inverted ("Ashdown, Jonathan"), the others not
    people = [{"family": family.strip(), "given": given.strip()} if given else split_person(family)]
    people += [split_person(name) for name in others if name.strip()]
    chapter = _MUSE_CHAPTER.search(text, m.end(), m.end() + 600) is not None
    entry["type"] = "chapter" if chapter else "book"
    entry["publisher"] = imprint.group("publisher")
    entry["issued"] = {"date-parts": [[int(imprint.group("year"))]]}
    if not chapter:
        entry["title"], entry[role] = title, people
        return
    entry["container-title"] = title
    entry["editor" if role == "editor" else "container-author"] = people
    if role == "author":
        entry["author"] = people  # (a monograph's chapter is its author's)
    chapter_title = _chapter_title(text.split("\f", 1)[1] if "\f" in text else "")
    if chapter_title:
        entry["title"] = chapter_title


def _chapter_title(page: str) -> str | None:
    """The title on a chapter's first page: its first paragraph of one or two short lines, after its label."""
    lines = [ln.strip() for ln in page.split("\n")[:12]]
    k = 0
    while k < len(lines) and (not lines[k] or _CHAPTER_LABEL.match(lines[k])):
        k += 1
    end = k
    while end < len(lines) and lines[end]:
        end += 1
    title = lines[k:end]
    if not title or len(title) > 2 or any(len(line) > 100 for line in title) or title[-1].endswith("."):
        return None
    return " ".join(title)


def _read_cairn_dans(head: str, m: re.Match[str], entry: Entry) -> None:
    """The article's data from the "Dans …" line of Cairn's newer cover and the lines above it."""
    entry["type"] = "article-journal"
    entry["container-title"] = m.group("journal").strip(" ,")
    entry["issued"] = {"date-parts": [[int(m.group("year"))]]}
    volume = m.group("vol") or m.group("v") or m.group("an")
    issue = m.group("iss") or m.group("number") or m.group("issue")
    if m.group("vol") and int(m.group("iss")) == int(m.group("vol")) + 1:
        # a double issue ("N° 402-403", Outre-mers), not a volume and its number ("n° 66-2")
        volume, issue = None, f"{m.group('vol')}-{m.group('iss')}"
    if volume:
        entry["volume"] = volume
    entry["issue"] = issue
    entry["page"] = f"{m.group('first')}-{m.group('last')}"
    _title_and_authors(_lines_above(head, m.start()), entry)


def _read_issn_cover(head: str, m: re.Match[str], entry: Entry) -> None:
    """A cover with the journal's name and ISSN on a line, its fascicle below, title and author above."""
    doi = _DOI_ALONE.search(head, 0, m.start())
    anchor = doi.start() if doi else m.start()
    above = _lines_above(head, anchor)
    if not above:
        return
    entry["type"] = "article-journal"
    entry["container-title"] = m.group("journal").strip(" ,")
    fascicle = _FASCICLE.search(head, m.end(), m.end() + 200)
    if fascicle:
        entry["issue"] = fascicle.group("issue")
        entry["issued"] = {"date-parts": [[int(fascicle.group("year"))]]}
    _title_and_authors(above, entry)


def _lines_above(head: str, pos: int) -> list[str]:
    """The cover's lines before ``pos`` when there are few of them (its title and authors)."""
    lines = [ln.strip() for ln in head[:pos].split("\n") if ln.strip()]
    return lines if 2 <= len(lines) <= _ABOVE else []


#: the words of a line of authors' names: capitalised names, initials, particles and "and"
_NAME_WORD = lazy_compile(r"^(?:[A-ZÀ-Þ][\w'’.-]*|[A-ZÀ-Þ]\.|de|di|da|del|della|van|von|der|den|du|y|e|et|and|und|&),?$")


def looks_like_names(line: str) -> bool:
    words = line.replace("*", "").split()
    return (2 <= len(words) <= 12 and not any(ch.isdigit() for ch in line)
            and all(_NAME_WORD.match(word) for word in words)
            and sum(word[0].isupper() for word in words) >= 2)


def _title_and_authors(lines: list[str], entry: Entry) -> None:
    """Which of a cover's few lines name the authors (one line of names) and which hold the title."""
    names = [k for k, line in enumerate(lines) if looks_like_names(line)]
    if len(names) != 1 or names[0] not in (0, len(lines) - 1):
        return
    title = [line for k, line in enumerate(lines) if k != names[0]]
    entry["author"] = _authors(lines[names[0]].replace("*", "").replace(" et ", " and "))
    entry["title"] = " ".join(title)


#: Cairn's cover cites the article after "Pour citer cet article :": "Anne Delorme, « Les
#: notaires … », Annales. Histoire, Sciences Sociales 2012/3 (67e année), p. 655-688."
_CAIRN_CITATION = lazy_compile(
    r"(?im)^\s*pour\s+citer\s+cet\s+article\s*:\s*\n\s*(?:\n\s*)?"
    r"(?P<authors>[^«\n]{2,200}?),\s*«\s*(?P<title>[^»\n]+?)\s*»\s*,\s*(?P<journal>[^\n]+?),?\s+"
    r"(?P<year>1[89]\d\d|20\d\d)/(?P<issue>\d{1,2})"
    r"(?:\s*\((?:(?P<volume>\d{1,4})e\s+année|Vol\.\s*(?P<vol>\d{1,4})|n°\s*(?P<number>\d{1,4}))\))?"
    r"(?:,\s*p\.\s*(?P<first>\d{1,5})\s*[-–]\s*(?P<last>\d{1,5}))?"
)


#: HeinOnline's cover cites the article in several styles; its Chicago form is labelled and
#: complete: 'Miriam T. Okafor; Daniel Reyes, "Equity without Chancery," Harbourview Law
#: Review 74 (2026): 1021-1044'
_HEIN_CHICAGO = lazy_compile(
    r"(?im)^\s*chicago\s+\d{1,2}\w{0,2}\s+ed\.\s*\n\s*"
    r"(?P<authors>[^\"“\n]{2,300}?),\s*[\"“](?P<title>[^\"”\n]+?),?[\"”]\s*(?P<journal>[^\n]+?)\s+"
    r"(?P<volume>\d{1,4})(?:,\s*no\.\s*(?P<issue>[\w/-]+))?\s*\((?:[A-Z][a-z]+\.?\s+)?"
    r"(?P<year>1[5-9]\d\d|20\d\d)\)\s*:\s*(?P<first>\d{1,5})(?:\s*[-–]\s*(?P<last>\d{1,5}))?"
)


def _read_hein_citation(m: re.Match[str], entry: Entry) -> None:
    """The article's data from the Chicago citation on a HeinOnline cover page."""
    entry["type"] = "article-journal"
    entry["title"] = m.group("title").strip()
    entry["author"] = _authors(m.group("authors"))
    entry["container-title"] = m.group("journal").strip(" ,")
    entry["volume"] = m.group("volume")
    if m.group("issue"):
        entry["issue"] = m.group("issue")
    entry["issued"] = {"date-parts": [[int(m.group("year"))]]}
    entry["page"] = m.group("first") + (f"-{m.group('last')}" if m.group("last") else "")


def _read_cairn_citation(m: re.Match[str], entry: Entry) -> None:
    """The article's data from the citation a Cairn cover page prints (its own labelled field)."""
    entry["type"] = "article-journal"
    entry["title"] = m.group("title")
    entry["author"] = _authors(re.sub(r"\s+et\s+", " and ", m.group("authors")))
    entry["container-title"] = m.group("journal").strip(" ,")
    entry["issued"] = {"date-parts": [[int(m.group("year"))]]}
    volume = m.group("volume") or m.group("vol")
    if volume:
        entry["volume"] = volume
    entry["issue"] = m.group("number") or m.group("issue")
    if m.group("first"):
        entry["page"] = f"{m.group('first')}-{m.group('last')}"


def _repeated_doi(text: str) -> str | None:
    """A DOI printed on every page (a publisher's running foot) is the article's own."""
    counts: dict[str, int] = {}
    for m in _DOI.finditer(text):
        key = m.group(1).rstrip(".,;)]")
        counts[key] = counts.get(key, 0) + 1
    best = max(counts.items(), key=lambda kv: kv[1], default=None)
    return best[0] if best and best[1] >= 3 else None


def _with_continuation(head: str, source: re.Match[str]) -> str:
    """The Source: line, with the next line when the pages went on to it."""
    value = source.group(1).strip()
    if _PAGES.search(value):
        return value
    rest = head[source.end():].lstrip("\n")
    following = rest.split("\n", 1)[0].strip()
    if following and not _LABEL.match(following):
        value += " " + following
    return value


#: what ends the block of title and authors under a first page's journal line: an affiliation, an
#: abstract or keywords, a numbered section heading, a paragraph
_AFFILIATION_WORDS = r"\b(?:univ\w*|institut\w*|istituto|college|cnrs|csic|academy|accademia|akademie)\b"
_AFFILIATION = lazy_compile(rf"(?i){_AFFILIATION_WORDS}")
_BELOW_STOP = lazy_compile(
    rf"(?i)^(?:.*{_AFFILIATION_WORDS}"
    r"|(?:abstract|summary|r[ée]sum[ée]n?|riassunto|resumo|zusammenfassung|keywords?|palabras|parole|mots)\b"
    r"|\d{1,2}\.\s|[IVX]{1,4}\.\s)"
)
#: the small words of names printed in capitals, written small again ("RUIZ DE LA PEÑA")
_CAPS_PARTICLES = frozenset(_PARTICLES | {"las", "los", "y", "e", "i"})


#: a section's rubric printed above an article's title: one or two words in capitals
_RUBRIC = lazy_compile(r"^[^\W\d_a-zà-ÿ]{4,}(?:\s[^\W\d_a-zà-ÿ]{2,})?$")
_ENGLISH_WORDS = frozenset("the of and in on for with from to".split())
#: lines of a first page's head that are neither title nor author: the DOI, the ISSN, the publisher's ©
#: ... and the journal's site alone on its line ("brill.com/jesh", "journals.sagepub.com/home/ier")
_IMPRINT_LINE = lazy_compile(r"(?i)^(?:doi\b|https?://|issn\b|e-?issn\b|©|\(c\)\s|(?:[\w-]+\.)+(?:com|org|net|info|edu)/\S*$)")
#: the word that introduces the author's name under a title ("von Katharina Brenner", "by Jane Doe")
_BYLINE = lazy_compile(r"^(?i:von|by|par|por|door|av|af)\s+(?=[A-ZÀ-Þ])")


#: a sentence holding a note's marker ("… the city at war.1 The scenes …"): the text, no title
_MARKED_SENTENCE = lazy_compile(r"[^\W\d_][.,;:!?]\d{1,3}(?:\s+[A-Z]|$)")


def _title_and_author_below(head: str, journal_line: str, entry: Entry) -> None:
    """Title and author in the few short lines under a first page's journal line (Italian and Spanish
    journals print "«Journal», n. 148, 2015, pp. 233-259", then the author and the title, in either
    order): one line of names and the title's lines, up to an affiliation, an abstract or a heading."""
    at = head.find(journal_line)
    block: list[str] = []
    affiliation = False
    licence = False  # inside the copyright and licence paragraph under a "©" (Oxford's first page)
    below = head[at + len(journal_line):].split("\n")[1:18]
    for k, raw in enumerate(below):
        line = raw.strip()
        if line.startswith("©"):
            licence = True
        elif licence and (not line or _DOI.search(line) is not None):  # (its end: a blank line, the DOI)
            licence = False
            continue
        if licence or not line or _DOI_ALONE.match(line) or _IMPRINT_LINE.match(line) or _DATED_LABEL.match(line):
            continue
        if (len(block) >= 2 and any(map(looks_like_names, block)) and len(line) >= 75 and (
                k + 1 < len(below) and len(below[k + 1].strip()) >= 75)) or (
                len(line) >= 60 and _MARKED_SENTENCE.search(line) is not None):
            break  # the text's first paragraph under the title and the author (or a sentence with a note's marker)
        if _BELOW_STOP.match(line) or len(line) > 110 or len(block) == 4 or (
                line.endswith(".") and len(line.split()) >= 8):  # (a sentence: the abstract or the text)
            affiliation = _AFFILIATION.search(line) is not None
            break
        if not block and _RUBRIC.match(line):
            continue  # the section's rubric above the title ("ARTICLE", "ARTÍCULOS", "SAGGI")
        block.append(line)
    if len(block) < 2:
        return
    # (a line after a colon is the subtitle, however much it looks like names: "…War Years:" / "A Case Study")
    names = [k for k, line in enumerate(block) if looks_like_names(line) and not (k and block[k - 1].endswith(":"))]
    bylines = [k for k in names if _BYLINE.match(block[k])]
    if len(bylines) == 1:
        names = bylines  # "von Katharina Brenner": the byline names the author, whatever else looks like names
    elif len(names) > 1 and affiliation and names[-1] == len(block) - 1:
        names = names[-1:]  # a title in capitals looks like names too: the author is the affiliation's
    if len(names) != 1 or names[0] not in (0, len(block) - 1):
        return
    # (the parser's reading of names, which knows Spanish and Italian compound surnames)
    from citekit.normalize._person import parse_names

    written = _BYLINE.sub("", block[names[0]].replace("*", "").strip())
    if written.isupper():  # "ANTONIO RUIZ DE LA PEÑA"
        written = " ".join(w.lower() if w.lower() in _CAPS_PARTICLES else _name_word(w) for w in written.split())
    people, _ = parse_names(written)
    if not people:
        return
    title = [line for k, line in enumerate(block) if k != names[0]]
    if len(title) == 2 and _english_words(title[1]) >= 2 and not _english_words(title[0]):
        title = title[:1]  # the title, then its English translation (Iberian and Latin-American journals)
    entry["title"] = _subtitled(title).rstrip("*† ")
    from citekit.normalize.language import guess_language
    from citekit.normalize.spanish_surnames import _both_surnames

    if guess_language(entry["title"]) == "es":  # "Lucía Ferrer Montalvo": both surnames are the family name
        people = [_both_surnames(person, False, written) or person for person in people]
    entry["author"] = people


#: a German subtitle's first word on the title's second line: capitalised only there ("Königsboten und Grafen im
#: Bodenseeraum" / "Zur Praxis der Gerichtsbarkeit …"); inside a German title it is written small
_GERMAN_SUBTITLE = lazy_compile(r"^(?:Zur|Zum|Zu|Über|Vom|Von|Die|Der|Das|Ein|Eine|Einige|Neue|Mit|Aus|Bei)\s")
_GERMAN_WORDS = lazy_compile(r"\s(?:und|im|der|die|des|das|von|zur|zum|für|über)\s")


def _subtitled(lines: list[str]) -> str:
    """A title's lines joined; a German subtitle set on its own line is put after a colon."""
    text = lines[0] if lines else ""
    for line in lines[1:]:
        german = (_GERMAN_SUBTITLE.match(line) is not None and _GERMAN_WORDS.search(f" {text} ") is not None
                  and text[-1:].isalpha())
        text = f"{text}: {line}" if german else f"{text} {line}"
    return text


def _pages_joined(lines: list[str]) -> list[str]:
    """A journal line cut after its "pp." gets its pages back from the next line ("…, Spring 2023, pp." /
    "311-334 (Article)")."""
    out: list[str] = []
    for line in lines:
        if out and _PP_END.search(out[-1]) and _PAGES_START.match(line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


_PP_END = lazy_compile(r"(?i),\s*pp?\.$")
_PAGES_START = lazy_compile(r"^\d{1,5}\s*[-–]\s*\d{1,5}\b")


def _english_words(line: str) -> int:
    return sum(word in _ENGLISH_WORDS for word in re.findall(r"[a-z]+", line.lower()))


def _journal_line(head: str, entry: Entry) -> None:
    """Volume, issue, year and pages from the journal line of a first page.

    Only a short line near the top counts, and only when it has a labelled
    volume or issue *and* a year or page range ("Review of Legal History
    Vol. 7 (2021) 45-60", "2025, n. 1, pp. 86-110"), or the bare shape
    "Journal Name 1 (2009) 2, 291-327" (Cambridge's "Journal Name (2009), 1(2), 291-327"),
    or a header of journal, volume and year
    alone in the first lines ("ZRG GA 138 (2021)"); numbers elsewhere belong to the text.
    """
    lines = _pages_joined([ln.strip() for ln in head.splitlines() if ln.strip()][:26])[:25]
    for index, line in enumerate(lines):
        if len(line) > 120:
            continue
        header = _HEADER_JOURNAL_LINE.match(line) if index < _HEADER_LINES else None
        if header:
            entry.setdefault("type", "article-journal")
            entry["container-title"] = header.group("journal")
            entry["volume"] = header.group("volume")
            entry.setdefault("issued", {"date-parts": [[int(header.group("year"))]]})
            if "title" not in entry:
                _title_and_author_below(head, line, entry)
            return
        stacked = _STACKED_NUMBERS.match(line) if index < _HEADER_LINES * 2 else None
        if stacked and _read_stacked_block(head, lines, index, stacked, entry):
            return
        bare = _BARE_JOURNAL_LINE.match(line) or _YEAR_FIRST_JOURNAL_LINE.match(line)
        dated = None if bare else next((m for shape in _FOOT_SHAPES if "year" in shape.groupindex
                                        and "journal" in shape.groupindex and (m := shape.match(line))), None)
        if dated:  # "Journal of Islamic Studies 34:1 (2023) pp. 1–30", "Journal of Semitic Studies LXVIII/1 Spring 2023"
            _read_journal_shape(dated, None, entry)
            if index < _HEADER_LINES and "title" not in entry:
                _title_and_author_below(head, line, entry)
            return
        if bare:
            entry.setdefault("type", "article-journal")
            entry["container-title"] = bare.group("journal").strip(" ,")
            entry["volume"] = bare.group("volume")
            issue = bare.group("issue") or bare.groupdict().get("dotted")
            if issue:
                entry["issue"] = issue
            entry["page"] = f"{bare.group('first')}-{bare.group('last')}"
            entry.setdefault("issued", {"date-parts": [[int(bare.group("year"))]]})
            if index < _HEADER_LINES and "title" not in entry:
                _title_and_author_below(head, line, entry)
            return
        volume = _VOLUME.search(line) or _TOME.search(line)
        issue = _ISSUE.search(line, volume.end() if volume else 0) or (
            _ISSUE.search(line[: volume.start()]) if volume else None)  # "HISTORIA No 56, vol. I, …"
        pages = _PAGES.search(line) or _BARE_PAGES.search(line)
        year = _YEAR.search(line)
        if not (volume or issue) or not (pages or year):
            continue
        entry.setdefault("type", "article-journal")
        labelled = issue if issue and volume and issue.start() < volume.start() else volume or issue
        name = _JOURNAL_BEFORE.match(line[: labelled.start()]) if labelled else None
        lead = _JOURNAL_LEAD.match(line) if labelled and name is None else None
        if name is None and lead is None and volume is not None:
            lead = _JOURNAL_BEFORE_VOLUME.match(line[: volume.start()])
        if name and "container-title" not in entry:
            # "Revista de História Económica e Social – t. LI (2020) – p. 123-145"
            entry["container-title"] = name.group(1)
        elif (lead and labelled and lead.end() <= labelled.start() and "container-title" not in entry
              and not _COUNTED_NAME.search(lead.group("journal"))):
            entry["container-title"] = lead.group("journal").strip()
        elif (labelled is issue and issue is not None and "container-title" not in entry
              and (before := _JOURNAL_BEFORE_VOLUME.match(line[: issue.start()])) is not None
              and before.group("journal").isupper() and not _COUNTED_NAME.search(before.group("journal"))):
            # a journal's name in capitals before its number: "HISTORIA ANDINA No 56, vol. I, enero-junio 2023"
            entry["container-title"] = _capitalised(before.group("journal").strip())
        if ("container-title" not in entry and labelled is volume and volume is not None and 0 < index <= _HEADER_LINES
                and _YEAR_LEAD.match(line[: volume.start()])
                and (above := _JOURNAL_ABOVE.match(lines[index - 1])) is not None
                and not _COUNTED_NAME.search(above.group("journal")) and (year or above.group("year"))):
            # the journal alone on the line above its volume: "The Journal of Imperial and Commonwealth History,
            # 2021" / "Vol. 49, No. 4, 612–640", "THE JOURNAL OF …" / "2021, VOL. 49, NO. 4, 612–640" (T&F)
            entry["container-title"] = _journal_name(above.group("journal"))
            if not year and above.group("year"):
                year = _YEAR.search(above.group("year"))
        if index < _HEADER_LINES and "title" not in entry:
            _title_and_author_below(head, line, entry)
        if "title" not in entry and 2 <= index <= _ABOVE and name is None and lead is not None:
            # a platform's cover: the title and the authors above "Journal, Volume 56, Number 3, Spring
            # 2023, pp. 311-334 (Article)" (Project MUSE)
            _title_and_authors(lines[:index], entry)
        if volume:
            entry["volume"] = volume.group(1)
        if issue:
            entry["issue"] = issue.group(1).replace(" ", "")
        if pages:
            entry["page"] = f"{pages.group(1)}-{pages.group(2)}"
        if year and "issued" not in entry:
            entry["issued"] = {"date-parts": [[int(year.group(1))]]}
        return


#: a volume line that opens with the volume's label, maybe after the year ("Vol. 49, No. 4, …", "2021, VOL. 49, …")
_YEAR_LEAD = lazy_compile(r"^\s*(?:(?:1[89]|20)\d\d\s*,?\s*)?$")
#: the journal's name alone on a line, maybe with the year ("The Journal of Imperial and Commonwealth History, 2021")
_JOURNAL_ABOVE = lazy_compile(r"^(?P<journal>[^\W\d][^\d|()«»“”\"@;]{4,90}?)(?:,\s*(?P<year>(?:1[89]|20)\d\d))?$")
#: SAGE's cover block prints the journal over several lines, then "60(2) 187–214, 2023" (volume, issue, pages,
#: year), the copyright holder, "Reprints and permissions:", the DOI and the journal's site
_STACKED_NUMBERS = lazy_compile(
    r"^(?P<volume>\d{1,4})\((?P<issue>\d{1,3}(?:[-/]\d{1,3})?)\)\s+(?P<first>\d{1,5})\s*[-–]\s*(?P<last>\d{1,5}),?\s+"
    + r"(?P<year>(?:1[89]|20)\d\d)$")
#: the rubric above such a block ("Article", "Research Article")
_SECTION_RUBRIC = lazy_compile(r"(?i)^(?:(?:original|research|review)\s+)?(?:article|essay|paper)s?$")
_NAME_LINE = lazy_compile(r"^[^\W\d][^\d|()«»“”\"@:;,.]{1,60}$")
_SMALL_TITLE_WORDS = frozenset({"the", "of", "and", "for", "in", "on", "&"})


def _journal_name(name: str) -> str:
    """A journal's name as printed, or written small when printed in capitals ("THE JOURNAL OF IMPERIAL AND
    COMMONWEALTH HISTORY" -> "The Journal of Imperial and Commonwealth History")."""
    name = name.strip(" ,")
    if not name.isupper():
        return name
    words = name.lower().split()
    return " ".join(w if k and w in _SMALL_TITLE_WORDS else w.capitalize() for k, w in enumerate(words))


def _read_stacked_block(head: str, lines: list[str], index: int, m: re.Match[str], entry: Entry) -> bool:
    """The journal printed over the few lines above ``lines[index]`` ("The Indian Economic and Social" /
    "History Review" / "60(2) 187–214, 2023"), then the title and the authors below the block."""
    start = index
    while start > 0 and index - start < 3 and _NAME_LINE.match(lines[start - 1]) and not _SECTION_RUBRIC.match(
            lines[start - 1]):
        start -= 1
    if start == index:
        return False
    entry["type"] = "article-journal"
    entry.setdefault("container-title", _journal_name(" ".join(lines[start:index])))
    entry["volume"] = m.group("volume")
    entry["issue"] = m.group("issue")
    entry["page"] = f"{m.group('first')}-{m.group('last')}"
    entry.setdefault("issued", {"date-parts": [[int(m.group("year"))]]})
    if "title" not in entry:
        # the title and the names under the block's last line (its paragraph ends at a blank line)
        at = head.find(lines[index])
        below = re.search(r"\n[ \t]*\n", head[at:])
        if below is not None:
            _title_block(head[at + below.end():], entry)
    return True


# -- the first page of a university press's article -------------------------------------------------
#
# Anglophone presses print the article's citation in the first page's foot, set with their copyright
# line: "The Journal of Modern History 95 (June 2023): 301–334" / "© 2023 The University of Chicago …",
# "History. 2022;107:345–367. wileyonlinelibrary.com/journal/hist © 2022 …" (Wiley), "Hispanic American
# Historical Review 103:2" / "doi 10.1215/… © 2023 by Duke University Press", "EHR, CXXXVIII. 590
# (February 2023) https://doi.org/…" / "© The Author(s) 2023. Published by Oxford University Press."
# The block is found by its copyright line; only its lines are read, so a cited work's numbers never are.

_YEAR_RE = r"(?P<year>1[89]\d\d|20\d\d)"
_FOOT_SHAPES = (
    # "The Journal of Modern History 95 (June 2023): 301–334", "Journal of Scottish Historical Studies 43.1 (2023):
    # 45–67" (Edinburgh), "Bulletin of the John Rylands Library 99/1 (2023), 45–67" (Manchester)
    lazy_compile(r"^(?P<journal>[^\W\d][^\d|()]{4,90}?),?\s+(?P<volume>\d{1,4})"
               r"(?:,\s*no\.\s*(?P<issue>\d{1,3})|[./:](?P<issue2>\d{1,3}))?\s*"
               r"\((?:[A-Z][a-z]+\.?(?:\s*[-–/]\s*[A-Z][a-z]+\.?)?\s+)?" + _YEAR_RE
               + r"\)\s*[:,]?\s*(?:pp?\.\s*)?(?P<first>\d{1,5})\s*[-–]\s*(?P<last>\d{1,5})\b"),
    # "History. 2022;107:345–367." (Wiley), "Journal. 2021;12(3):45–67.", an article's number for its pages
    # ("History Compass. 2022;20:e12712.")
    lazy_compile(r"^(?P<journal>[^\W\d][^\d|();]{1,90}?)\.\s*" + _YEAR_RE
               + r";\s*(?P<volume>\d{1,4})(?:\((?P<issue>\d{1,3}(?:[-/]\d{1,3})?)\))?:\s*(?:(?P<first>\d{1,5})\s*[-–]\s*"
               r"(?P<last>\d{1,5})|e\d{3,7})\b"),
    # "Hispanic American Historical Review 103:2" (the year from the copyright line)
    lazy_compile(r"^(?P<journal>[^\W\d][^\d|()]{4,90}?)\s+(?P<volume>\d{1,4}):(?P<issue>\d{1,3})$"),
    # "Journal of Semitic Studies LXVIII/1 Spring 2023" (the volume in roman figures, its issue, the season)
    lazy_compile(r"^(?P<journal>[^\W\d][^\d|()/]{4,90}?)\s+(?P<volume>[IVXLC]{1,9}|\d{1,4})/(?P<issue>\d{1,3})\s+"
               r"(?:[A-Z][a-z]+\.?\s+)?" + _YEAR_RE + r"$"),
    # "Speculum, volume 96, number 2, April 2021." (Chicago's cover line for the Medieval Academy; no pages)
    lazy_compile(r"^(?P<journal>[^\W\d][^\d|(),]{2,90}?),\s+[Vv]olume\s+(?P<volume>\d{1,4}),\s+(?:[Nn]umber|[Ii]ssue)\s+"
               r"(?P<issue>\d{1,3}),\s+(?:[A-Z][a-z]+\.?\s+)?" + _YEAR_RE + r"\.?$"),
    # "EHR, CXXXVIII. 590 (February 2023)": the journal's initials, the volume in roman figures, the issue
    lazy_compile(r"^(?P<initials>[A-Z]{2,6}),\s*(?P<volume>[IVXLC]{1,9}|\d{1,4})\.\s*(?P<issue>\d{1,4})\s*"
               r"\((?:[A-Z][a-z]+\.?\s+)?" + _YEAR_RE + r"\)"),
)
_FOOT_COPYRIGHT = lazy_compile(r"(?i)©\s*(?:(?:the\s+)?author\(?s?\)?,?\s*)?(?P<year>1[89]\d\d|20\d\d)?|\bcopyright\b")
#: a DOI without its label, taken only from the copyright line ("… © BREPOLS PUBLISHERS 10.1484/J.VIATOR.5.128345")
_BARE_DOI = lazy_compile(r"(?<![\w/.])(10\.\d{4,9}/[^\s\"<>]+)")
#: how many lines around its copyright line the foot block may take
_FOOT_REACH = 3


#: the article's own citation at page 1's foot, no copyright with it ("Studi Medievali, 3a serie, LX, 1 (2019),
#: pp. 123-156")
_OWN_FOOT = lazy_compile(
    r"(?m)^[ \t]*(?P<journal>[A-ZÀ-Þ][^\d,()\n]{3,80}),\s*(?:\d{1,2}\w{0,2}\s+s[ée]rie,\s*)?"
    r"(?P<volume>[IVXLC]{1,8}|\d{1,4})(?:,\s*(?P<issue>\d{1,3}))?\s*\((?P<year>1[89]\d\d|20\d\d)\),\s*(?:pp?\.\s*)?"
    r"(?P<first>\d{1,5})\s*[-–]\s*(?P<last>\d{1,5})[ \t]*$")


def _own_foot_line(text: str, entry: Entry) -> None:
    """The journal, volume, issue, year and pages from a line citing the article itself: its first page is the
    one before the page whose head opens with the next number ("124 GIOVANNI ROSSI")."""
    for m in _OWN_FOOT.finditer(text[:_COVER_CHARS]):
        following = int(m.group("first")) + 1
        if re.search(rf"(?m)^\f?{following}\s+[^\W\d]", text[m.end():m.end() + 3000]) is None:
            continue
        entry["type"] = "article-journal"
        entry["container-title"] = m.group("journal").strip()
        entry.setdefault("volume", m.group("volume"))
        if m.group("issue"):
            entry.setdefault("issue", m.group("issue"))
        entry.setdefault("issued", {"date-parts": [[int(m.group("year"))]]})
        entry.setdefault("page", f"{m.group('first')}-{m.group('last')}")
        return


def _first_page(text: str) -> str:
    """The text's first page (up to the first form feed), or its first lines when it has no form feeds."""
    page = text.split("\f", 1)[0]
    if page == text:
        page = "\n".join(text[:_COVER_CHARS].split("\n")[:80])
    return page


def _foot_block(page: str) -> tuple[list[str], int | None]:
    """The lines set with a page's copyright line (no blank line between), and the copyright's year."""
    lines = page.split("\n")
    for i, line in enumerate(lines):
        mark = _FOOT_COPYRIGHT.search(line)
        if mark is None:
            continue
        a = i
        while a > 0 and i - a < _FOOT_REACH and lines[a - 1].strip():
            a -= 1
        b = i
        while b + 1 < len(lines) and b - i < _FOOT_REACH and lines[b + 1].strip():
            b += 1
        year = int(mark.group("year")) if mark.group("year") else None
        return [ln.strip() for ln in lines[a: b + 1]], year
    return [], None


def _press_foot(text: str, page: str, entry: Entry) -> None:
    """The journal, volume, issue, year, pages and DOI from a first page's foot block."""
    block, year = _foot_block(page)
    for line in block:
        for shape in _FOOT_SHAPES:
            m = shape.match(line)
            if m is None:
                continue
            journal = m.groupdict().get("journal") or _initials_expanded(text, m.group("initials"))
            if journal is None and "container-title" not in entry:
                continue
            _read_journal_shape(m, year, entry, journal)
            break
        doi = _DOI.search(line) or (_BARE_DOI.search(line) if _FOOT_COPYRIGHT.search(line) else None)
        if "DOI" not in entry and doi is not None:
            entry["DOI"] = doi.group(1).rstrip(".,;)]")
            entry.setdefault("type", "article-journal")


def _read_journal_shape(m: re.Match[str], year: int | None, entry: Entry, journal: str | None = None) -> None:
    """Fill what a journal line of :data:`_FOOT_SHAPES` says (and the entry lacks); ``year`` when it has none."""
    groups = m.groupdict()
    journal = journal or groups.get("journal")
    entry["type"] = "article-journal"
    if journal:
        entry.setdefault("container-title", journal.strip(" ,."))
    entry.setdefault("volume", m.group("volume"))
    issue = groups.get("issue") or groups.get("issue2")
    if issue:
        entry.setdefault("issue", issue)
    if groups.get("first"):
        entry.setdefault("page", f"{groups['first']}-{groups['last']}")
    found = int(groups["year"]) if groups.get("year") else year
    if found:
        entry.setdefault("issued", {"date-parts": [[found]]})


#: a running head of a page number and a name in capitals ("46 THE ENGLISH HISTORICAL REVIEW")
_CAPS_HEAD = lazy_compile(r"(?m)^[\f \t]*\d{1,4}\s+(?P<name>[A-Z][A-Z &,'’-]{6,80}[A-Z])[ \t]*$")
_SMALL_WORDS = frozenset({"THE", "OF", "AND", "FOR", "IN", "ON", "&"})


def _initials_expanded(text: str, initials: str) -> str | None:
    """The journal's name that its initials stand for, from a running head ("EHR" -> "THE ENGLISH
    HISTORICAL REVIEW", printed above every verso): the head whose words' initials spell them."""
    for m in _CAPS_HEAD.finditer(text):
        words = m.group("name").split()
        if "".join(w[0] for w in words if w not in _SMALL_WORDS) == initials:
            return " ".join(w if w in ("&",) else w.lower() if w in _SMALL_WORDS and k else w.capitalize()
                            for k, w in enumerate(words))
    return None


#: lines of a first page's head that stand above the title: labelled dates ("Received: 12 May 2021"),
#: DOIs, the section's rubric ("ORIGINAL ARTICLE")
_DATED_LABEL = lazy_compile(r"(?i)^(?:received|accepted|published|revised|submitted|advance\s+access\s+publication)\b")


def _title_block(page: str, entry: Entry) -> bool:
    """The title and the author at a first page's head: a few lines of title, then one line of names.

    Wiley, Chicago and Duke print "Title, / 1740–1790*" / "Daniel Whitfield" / "University of Toronto"
    above the text, maybe under the dates received, the DOI and a rubric.  Only that shape is taken.
    """
    lines = [ln.strip() for ln in page.split("\n")][:40]
    k = _past_cover_block(lines, _past_imprint(lines), entry)
    first = next((i for i, line in enumerate(lines) if line), len(lines))
    if _names_above_title(lines, first, entry):
        return True
    # the title's paragraph; the names close it (an affiliation below them) or open the next paragraph
    end = k
    while end < len(lines) and lines[end] and end - k < 6:
        end += 1
    para = lines[k:end]
    split = next((m for m in range(1, len(para) - 1)
                  if looks_like_names(para[m]) and _affiliated(para[m + 1])), None)
    if split is not None:
        title, k = para[:split], k + split
    else:
        title, k = para, end
        while k < len(lines) and not lines[k]:
            k += 1
    if k < len(lines) and not looks_like_names(lines[k]) and looks_like_names(_AFFILIATION_MARKS.sub("", lines[k])):
        lines[k] = _AFFILIATION_MARKS.sub("", lines[k])  # "Anand Krishnan1": the number of the affiliation
    if not title or len(title) > 3 or k >= len(lines) or not looks_like_names(lines[k]):
        return False
    if any(len(line) > 110 for line in title) or title[-1].endswith(".") or (
            len(" ".join(title).split()) < 3 or any(map(_journal_shaped, title))):
        return False
    if not any(lines[k + 1:]):
        return False  # a page's head and nothing below: no article's first page
    after = lines[k + 1] if k + 1 < len(lines) else ""
    if (after and not _affiliated(after)) or (lines[k].isupper() and not _affiliated(after)
                                              and not _BYLINE.match(lines[k])):
        # the names are a paragraph's first line; capitals without an affiliation below them are a
        # running head ("2026]" / "EQUITY WITHOUT CHANCERY"), unless a byline ("BY CLAUDIA FERRANTE", Traditio)
        return False
    names = _BYLINE.sub("", lines[k].replace("*", "").replace("∗", ""))  # ("By Margaret E. Holloway", Speculum)
    if len(title) == 2 and _english_words(title[1]) >= 2 and not _english_words(title[0]) and (
            title[1][:1].isupper() and not title[0].endswith((",", ":", "-", "–"))):
        title = title[:1]  # the title, then its English translation (Iberian and Latin-American journals)
    entry["title"] = _title_text(title)
    entry["author"] = _authors(_capitalised(names) if names.isupper() else names)
    entry.setdefault("type", "article-journal")
    return True


#: the journal's line atop Oxford's cover block: its name, volume and number, no year ("The English Historical
#: Review, Vol. CXXXVIII No. 590")
_COVER_BLOCK_JOURNAL = lazy_compile(r"^(?P<journal>[^\W\d][^\d|(),]{2,90}),\s*Vol\.\s*(?P<volume>[IVXLC]{1,9}|\d{1,4})"
                                  r",?\s+No\.\s*(?P<issue>\d{1,4})$")


#: a section's rubric in capitals, no author's name ("ARTÍCULOS ORIGINALES", "RESEARCH ARTICLE", "SAGGI E STUDI")
_SECTION_WORD = lazy_compile(r"(?i)\b(?:articles?|art[íi]culos?|artigos?|articoli|saggi|essays?|stud(?:ies|i)|reviews?|"
                           r"origina(?:l|les|is)|research|dossier|varia|notes?|m[ée]langes|abhandlungen|aufs[äa]tze)\b")


def _names_above_title(lines: list[str], k: int, entry: Entry) -> bool:
    """The author in capitals alone above the title, the text below it (Italian and French journals: "GIOVANNI
    ROSSI" / "I notai di Lucca e la cancelleria vescovile (secoli IX-X)" / the first paragraph)."""
    if not (k + 3 < len(lines) and lines[k].isupper() and len(lines[k].split()) >= 2 and looks_like_names(lines[k])
            and not lines[k + 1] and _SECTION_WORD.search(lines[k]) is None):
        return False
    start = end = k + 2
    while end < len(lines) and lines[end] and end - start < 3:
        end += 1
    title = lines[start:end]
    text = next((line for line in lines[end:] if line), "")
    if (not title or end - start > 2 or title[-1].endswith(".") or any(len(line) > 110 for line in title)
            or title[0].isupper() or len(text) < 60 or any(map(_journal_shaped, title))):
        return False  # (a title in capitals too may be a running head's)
    entry["title"] = _title_text(title)
    entry["author"] = _authors(_capitalised(lines[k].replace("*", "")))
    entry.setdefault("type", "article-journal")
    return True


def _past_imprint(lines: list[str]) -> int:
    """The first of a page's lines that is no imprint above the title: dates received, a DOI, a rubric, the
    journal's line."""
    k = 0
    while k < len(lines) and (not lines[k] or _DATED_LABEL.match(lines[k]) or _IMPRINT_LINE.match(lines[k])
                              or _DOI_ALONE.match(lines[k]) or _RUBRIC.match(lines[k]) or _journal_shaped(lines[k])
                              or lines[k].startswith(("www.", "©"))):
        k += 1
    return k


def _past_cover_block(lines: list[str], k: int, entry: Entry) -> int:
    """Where the title starts when the page opens with the press's cover block: a paragraph that holds the DOI
    or the copyright line (Oxford: "The English Historical Review, Vol. CXXXVIII No. 590" / "https://doi.org/…" /
    "© The Author(s) 2023. …" / "For permissions, …"), the title in the paragraph after it.  The block's
    journal line and the copyright's year are the journal's."""
    end = k
    while end < len(lines) and lines[end]:
        end += 1
    block = lines[k:end]
    if not any(_IMPRINT_LINE.match(line) or _DOI_ALONE.match(line) for line in block):
        return k
    journal = _COVER_BLOCK_JOURNAL.match(block[0])
    if journal is not None and "container-title" not in entry:
        entry["container-title"] = journal.group("journal")
        entry.setdefault("volume", journal.group("volume"))
        entry.setdefault("issue", journal.group("issue"))
        year = next((m.group("year") for line in block if (m := _FOOT_COPYRIGHT.search(line)) and m.group("year")),
                    None)
        if year:
            entry.setdefault("issued", {"date-parts": [[int(year)]]})
    while end < len(lines) and not lines[end]:
        end += 1
    return end


_EMAIL_LINE = lazy_compile(r"\S@\S")
#: the numbers that tie an author to an affiliation, fused to the name ("Anand Krishnan1", "Rao1,2")
_AFFILIATION_MARKS = lazy_compile(r"(?<=[^\W\d_])\d{1,2}(?:,\d{1,2})*(?=[\s,]|$)")


def _affiliated(line: str) -> bool:
    """Does ``line`` give an author's affiliation or address (under the names)?"""
    return _AFFILIATION.search(line) is not None or _EMAIL_LINE.search(line) is not None


def _journal_shaped(line: str) -> bool:
    """Is ``line`` a journal's line ("RabelsZ 84 (2020)", "History. 2022;107:345–367."), not a title's?"""
    shapes = (_HEADER_JOURNAL_LINE, _BARE_JOURNAL_LINE, _YEAR_FIRST_JOURNAL_LINE, *_FOOT_SHAPES)
    return any(shape.match(line) for shape in shapes)


def _capitalised(names: str) -> str:
    """Names printed in capitals written as names ("ALISON MACLEOD" -> "Alison Macleod")."""
    return " ".join(w.lower() if w.lower() in _PARTICLES | {"and"} else _name_word(w) for w in names.split())


def _name_word(word: str) -> str:
    """A name's word in capitals written small, each part of a double name too ("HANS-WERNER" -> "Hans-Werner")."""
    return "-".join(part.capitalize() for part in word.split("-"))


def _title_text(lines: list[str]) -> str:
    """The title's lines joined, without the star of its acknowledgement note."""
    return " ".join(lines).rstrip("*∗† ").strip()


def _signed_at_end(text: str, page: str, entry: Entry) -> bool:
    """The author who signs the article at its end ("MARGARET ELLISON" / "University of Nottingham, UK",
    as the English Historical Review prints it), with the title at the first page's head."""
    tail = [ln.strip() for ln in text[-3000:].split("\n")]
    signature = None
    for k in range(len(tail) - 2, 0, -1):
        line = tail[k]
        if (line.isupper() and looks_like_names(line) and not tail[k - 1]
                and _AFFILIATION.search(tail[k + 1])):
            signature = line
            break
    if signature is None:
        return False
    lines = [ln.strip() for ln in page.split("\n")]
    lines = lines[_past_imprint(lines):]  # (the journal's header and the DOI above the title: Cambridge's)
    title: list[str] = []
    for line in lines:
        if not line:
            break
        title.append(line)
    if not title or len(title) > 3 or any(len(line) > 90 for line in title) or title[-1].endswith("."):
        return False
    entry["title"] = _title_text(title)
    entry["author"] = _authors(_capitalised(signature))
    entry.setdefault("type", "article-journal")
    return True
