"""Shapes of primary sources that only the type step can read: it alone sees the whole item.

Films ("Title, directed by X (Studio, 1941)"), interviews ("X, interview by Y"), command papers
("Report …, Cd. 4499") and newspapers cited by their name and a day ("Daily Mail, 12 November 1918")
each fix the CSL type and move a few variables where CSL keeps them.  Each function checks a cheap
literal first (almost every reference has none of these shapes) and says whether it read one.
"""

from __future__ import annotations

import re
from typing import Any

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import given_names, parse_names, parse_one
from citekit.normalize.base import ItemState
from citekit.normalize.title import clean_title, cut_title_before, put_title

#: a British command paper's number closing the title: "…, Cd. 4499", "…, Cmnd. 247", "…, Cm 3205"
#: (and, after a comma, the first series' "C. 2591" and the Colonial Office's "Colonial No. 231")
_COMMAND_PAPER_RE = lazy_compile(
    r"(?:,?\s+(?P<number>(?:Cd|Cmd|Cmnd|Cm)\.?\s?\d{1,5})|,\s(?P<other>C\.\s?-?\s?\d{3,5}|Colonial\sNo\.\s?\d{1,4}))$"
)


def command_paper(item: dict[str, Any]) -> bool:
    """"Report of the Royal Commission …, Cd. 4499": a parliamentary paper, a ``report`` with its
    number (``number``) out of the title.  True when read so."""
    title = item.get("title")
    if not isinstance(title, str) or (
        "Cd" not in title and "Cm" not in title and "C. " not in title and "C.-" not in title and "Colonial No" not in title
    ):
        return False
    m = _COMMAND_PAPER_RE.search(title)
    if m is None or m.start() == 0 or "number" in item:
        return False
    if not cut_title_before(item, m.start()):
        return False
    item["number"] = m["number"] or m["other"]
    return True


#: the film's title, its director ("directed by", "dir."), and the studio opening the bracket
_FILM_RE = lazy_compile(
    r"^(?P<title>\S.*?),\s+(?:directed\s+by|dir\.)\s+(?P<director>[A-Z][^,()]{2,60}?)"
    r"(?:,?\s*\((?P<studio>[^,():]{2,80}?))?\s*[,.]?$"
)


def film(state: ItemState) -> bool:
    """"Citizen Kane, directed by Orson Welles (RKO Radio Pictures, 1941)", "Triumph of the Will, dir.
    Leni Riefenstahl (Reichsparteitag-Film, 1935)": a ``motion_picture``, its ``director`` and the
    studio as ``publisher``.  True when read so."""
    item = state.item
    title = item.get("title")
    if not isinstance(title, str) or ("directed by" not in title and " dir. " not in title) or "editor" in item:
        return False
    text = title
    if title.startswith("directed by"):  # the film's title read as its author
        authors = state.spans.get("author", ())
        if len(authors) != 1:
            return False
        text = f"{authors[0].strip()} {title}"
    elif "author" in item:
        return False
    m = _FILM_RE.match(text)
    if m is None:
        return False
    head = clean_title(m["title"])
    if not head:
        return False
    item.pop("author", None)
    put_title(item, head)
    item["director"] = [parse_one(m["director"].strip())]
    studio = m["studio"] or (item.get("publisher-place") if "publisher" not in item else None)
    if studio:
        item["publisher"] = studio.strip()
        item.pop("publisher-place", None)
    return True


#: "John Smith, interview by Paul Thompson": the person interviewed, then who asked
_INTERVIEWED_RE = lazy_compile(r"^(?P<who>[^,]{3,60}),\s+interview(?:ed)?\s+by\s+(?P<by>[^,]{3,60}?)[,.]?$")
#: "Interview with Fannie Lou Hamer, by Neil McMillen": the interview described, then, after a comma, who held it
#: (without the comma, "Interview with Rosa Parks by Sidney Rogers" is the interview's title: see interview_as_author)
_INTERVIEW_WITH_BY_RE = lazy_compile(
    r"^(?:Oral[- ]history\s+)?[Ii]nterview\s+with\s+(?P<who>[^,]{3,60}?),\s+(?:conducted\s+)?by\s+(?P<by>[^,]{3,60}?)[,.]?$"
)


def interview_in_author(state: ItemState) -> bool:
    """"John Smith, interview by Paul Thompson, 12 June 1972, …": one author span holding both
    people (read as two authors): the ``author`` is the person interviewed, the ``interviewer`` the
    other ("the author" names no one).  True when read so."""
    authors = state.spans.get("author", ())
    if len(authors) != 1 or "nterview" not in authors[0]:
        return False
    m = _INTERVIEWED_RE.match(authors[0].strip()) or _INTERVIEW_WITH_BY_RE.match(authors[0].strip())
    if m is None:
        return False
    item = state.item
    # ("Interview with Mary Johnson, interviewed by Jane Smith": the person interviewed after "with")
    item["author"] = [parse_one(_INTERVIEW_AS_AUTHOR_HEAD_RE.sub("", m["who"].strip()))]
    by = m["by"].strip()
    if not _THE_AUTHOR_RE.match(by):
        item["interviewer"] = [parse_one(by)]
    return True


#: "Interview with Rosa Parks by Sidney Rogers": an interview described, read as its author
_INTERVIEW_AS_AUTHOR_RE = lazy_compile(r"^(?:Oral[- ]history\s+)?[Ii]nterview\s+with\s+\S")
#: the words before the person interviewed
_INTERVIEW_AS_AUTHOR_HEAD_RE = lazy_compile(r"^(?:Oral[- ]history\s+)?[Ii]nterview\s+with\s+")


def interview_as_author(state: ItemState) -> bool:
    """"Interview with Rosa Parks by Sidney Rogers, 1956, …": no title, the description read as a
    (corporate) author; it is the title.  Also when the only "title" is who held the interview
    ("Interview with Mary Johnson," + "conducted by the author,"): that clause names the
    ``interviewer``, or, when it is the author of the work citing it, goes to ``note``.  True when read so."""
    authors = state.spans.get("author", ())
    if len(authors) != 1 or not _INTERVIEW_AS_AUTHOR_RE.match(authors[0].lstrip()):
        return False
    item = state.item
    clause = _INTERVIEWER_CLAUSE_RE.match(str(item["title"])) if "title" in item else None
    # ("…, June 4, 1975, Southern Oral History Program Collection, University of North Carolina": the
    # collection that keeps the recording, read as the title)
    collection = _RECORDINGS_RE.search(str(item["title"])) if "title" in item and clause is None else None
    if "title" in item and clause is None and collection is None:
        return False
    title = clean_title(authors[0])
    if not title:
        return False
    if collection is not None:
        item["archive_collection"] = item.pop("title")
        place = item.get("publisher-place")
        if isinstance(place, str) and "publisher" not in item and _KEEPER_RE.search(place):
            item["archive"] = item.pop("publisher-place")
    item.pop("author", None)
    item.pop("title-short", None)
    put_title(item, title)
    if clause is not None:
        who = clause["who"].strip(" ,.;")
        if _THE_AUTHOR_RE.match(who):
            item["note"] = clause.group(0).strip(" ,.;")
        else:
            item["interviewer"] = parse_names(who)[0]
    elif "interviewer" not in item and (people := _WITH_BY_RE.match(title)):
        # "Interview with Rosa Parks by Sidney Rogers": the title names both people
        item["author"] = [parse_one(people["who"])]
        item["interviewer"] = [parse_one(people["by"])]
    return True


#: a collection of recordings: "Southern Oral History Program Collection", "… Oral History Project"
_RECORDINGS_RE = lazy_compile(r"\b(?:Collection|Program|Programme|Project|Archives?|Papers)\b")
#: an institution keeping a collection, read as the place: "University of North Carolina at Chapel Hill"
_KEEPER_RE = lazy_compile(r"\b(?:University|Library|Archives?|Society|Museum|Institute|College)\b")
_NAME = r"[A-Z][\w.'’-]+(?:\s(?:[A-Z][\w.'’-]*|de|van|von|la|le|du)){1,3}"
#: "Interview with <name> by <name>"
_WITH_BY_RE = lazy_compile(rf"^(?:Oral[- ]history\s+)?[Ii]nterview\s+with\s+(?P<who>{_NAME})\s+by\s+(?P<by>{_NAME})$")


#: who held an interview, read as a title after it: "conducted by the author", "interviewed by Jane Smith"
_INTERVIEWER_CLAUSE_RE = lazy_compile(r"^(?:conducted|interviewed|recorded|carried\s+out)\s+by\s+(?P<who>\S.*)$", re.I)
#: the writer of the work that cites the interview
_THE_AUTHOR_RE = lazy_compile(r"^(?:the\s+(?:author|present\s+(?:author|writer)|writer)|me|myself)$", re.I)


#: words of newspapers' and magazines' names (also the extraction's, for issues cited by date alone)
NEWSPAPER_WORDS = (
    "Times", "Post", "Herald", "Gazette", "Tribune", "Guardian", "Mail", "News", "Daily", "Weekly", "Observer",
    "Telegraph", "Chronicle", "Courier", "Mercury", "Advertiser", "Examiner", "Express", "Inquirer", "Standard",
    "Star", "Globe", "Journal", "Record", "Register", "Sentinel", "Spectator", "Punch", "Ledger", "Democrat",
    "Bulletin", "Intelligencer", "Dispatch", "Picayune", "Enquirer", "Liberator", "Defender", "Freeman", "Transcript",
    "Whig", "Argus", "Dealer",
)
_NEWSPAPER_NAME_RE = lazy_compile(rf"\b(?:{'|'.join(NEWSPAPER_WORDS)})\b")


def newspaper_as_author(state: ItemState) -> bool:
    """"Daily Mail, 12 November 1918, p. 4": no title, a newspaper's name (a few capitalised words,
    one of a newspaper, the first no given name) read as the author, and a day's date: the
    newspaper is the ``container-title``.  True when read so."""
    item = state.item
    authors = state.spans.get("author", ())
    if len(authors) != 1 or "title" in item or "container-title" in item or "publisher" in item:
        return False
    issued = item.get("issued")
    if not isinstance(issued, dict) or len((issued.get("date-parts") or [[]])[0]) != 3:
        return False
    name = authors[0].strip(" ,.;:")
    words = name.split()
    # (one word with the city it is printed in, in brackets: "Liberator (Boston), January 1, 1831")
    bracketed_city = "publisher-place" in item and state.spans.get("location", [""])[0].lstrip()[:1] == "("
    if not (2 if not bracketed_city else 1) <= len(words) <= 5 or not all(
        w[:1].isupper() or w in ("of", "and", "the") for w in words
    ):
        return False
    if words[0].lower() in given_names() or not _NEWSPAPER_NAME_RE.search(name):
        return False
    item.pop("author")
    if len(words) == 1:
        # (the city as the paper's name holds it, as "The Statesman (Calcutta)" is read: no book's place)
        name = f"{name} ({item.pop('publisher-place')})"
    item["container-title"] = name
    return True
