"""CSL ``type`` from the fields found (runs last: it reads what the others set).

Order of the rules matters and goes from the most to the least specific:
legal case ("X v. Y") and statute, thesis and report (genre words), archival
document (``archive*``), conference paper, newspaper article (a day-precise
date and no volume), journal article (container with volume/issue/pages and
no publisher or editor), chapter (container plus editor/publisher/place, or an
"In" container), web page (URL and nothing else that places it), book
(also the edited book: CSL has no separate type, the editor list says it).
A back-reference with no title is a ``document`` (the resolver replaces it).
What the type implies is set here too: a book whose title ends in the kind of
thesis ("…, tesis doctoral", "(unpublished doctoral thesis") is a thesis, the
kind its ``genre`` and the university its ``publisher``; a title that is only
a newspaper's name, with a day's date, is the newspaper (``container-title``).
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.legal import court_name
from citekit.normalize.place import names_a_place
from citekit.normalize.primary_forms import (
    command_paper,
    film,
    interview_as_author,
    interview_in_author,
    newspaper_as_author,
)
from citekit.normalize.title import cut_title_before, put_title

_CASE_RE = lazy_compile(r"\S\s+v\.?\s+\S|\bvs\.\s", re.I)
_CASE_STRICT_RE = lazy_compile(r"^[A-Z][\w.'’&/\- ]*\s+v\.?\s+[A-Z]")  # ("Case C-6/64 Costa v ENEL")
#: (each lookahead names the first characters of the words after it: most positions fail on it at once)
_STATUTE_RE = lazy_compile(
    r"(?=[acdglopsruv§])(?:\b(?:act|acts|statute|code|gesetz|gesetzbuch|verordnung|loi|décret|decreto|legge|regulation|"
    r"directive|ordinance|ukaz|postanovlenie|u\.s\.c|stat\.|c\.\s*\d+)\b|§)",
    re.I,
)
_REPORTER_RE = lazy_compile(
    r"(?=[ABCEFKLQSUW])\b(?:U\.S\.|S\.\s?Ct\.|F\.\s?(?:2d|3d|4th|Supp\.?)|All E\.?R|A\.C\.|Q\.B\.|K\.B\.|Ch\.|W\.L\.R\.|"
    r"L\.\s?Ed\.|BGHZ|BVerfGE|E\.C\.R\.|(?:AC|QB|KB|WLR|UKSC|UKHL|EWCA|EWHC|Cr\s?App\s?R)\b)"  # (OSCOLA, undotted)
)
#: where statutes are published: public laws, statute books, official gazettes
_GAZETTE_RE = lazy_compile(
    r"\b(?:Pub\.\s?L|U\.S\.C|Stat\.|BGBl|Bundesgesetzblatt|Reichsgesetzblatt|Gesetzblatt|RGBl|"
    r"Gazzetta\s+Ufficiale|Journal\s+officiel|Sobranie\s+zakonodatel|Official\s+Journal|Statutes\s+at\s+Large)",
    re.I,
)
_THESIS_RE = lazy_compile(r"\b(?:thesis|dissertation|diss|th[èe]se|tesi|doctoral|phd|ph\.\s?d|master'?s|magisterarbeit|habilitationsschrift|dottorato|kandidatskaia)\b", re.I)
_REPORT_RE = lazy_compile(r"\b(?:report|working\s+paper|technical\s+(?:report|note)|discussion\s+paper|white\s+paper|memorandum|rapport|bericht|tech\.\s+rep)\b", re.I)
_CONFERENCE_RE = lazy_compile(r"\b(?:proceedings|proc\.|conference|symposium|workshop|congress|colloque|tagung|convegno|meeting|annual\s+meeting)\b", re.I)
#: an interview the author held or recorded: "Interview with …", "Entretien avec …", "Gespräch mit …"
_INTERVIEW_RE = lazy_compile(
    r"(?:Oral[- ]history\s+interview|[Ii]nterview|Entretien|Intervista|Entrevista|Gespräch)\s+(?:with|by|avec|con|mit)\b"
)
#: "Proceedings of the American Academy for Jewish Research", "… of the Royal Society": a journal
_SOCIETY_PROCEEDINGS_RE = lazy_compile(
    r"Proceedings\s+of\s+the\s+(?:[A-Z][\w'’-]*\s+){0,5}(?:Academy|Society|Association|Institute)\b"
)
#: a volume in honour of a scholar ("FS Larenz", "Festschrift für Canaris", "Mélanges Carbonnier"):
#: a book, whose parts are chapters even when only pages follow
_FESTSCHRIFT_RE = lazy_compile(
    r"(?:FS|GS|Festschrift|Gedächtnisschrift|Gedenkschrift|Liber\s+amicorum|Mélanges(?!\s+de\b|\s+d['’])|Studi\s+in\s+onore|"
    r"Scritti\s+in\s+onore|Essays\s+in\s+hono(?:u)?r)\b"
)
#: the body that awards a thesis, read as its place by the tagger
_INSTITUTION_RE = lazy_compile(
    r"Universit|College|Institut|Hochschule|[ÉE]cole|Academy|Akademi|Seminary|Sorbonne|Politecnico|Üniversitesi"
)
_NEWSPAPER_RE = lazy_compile(r"\b(?:times|post|herald|gazette|tribune|guardian|zeitung|journal\s+de|corriere|gazzetta|le\s+monde|pravda|izvestiia|izvestiya|trud|news|daily|observer|telegraph|allgemeine)\b", re.I)


#: official German reports, cited without a title: "BGHZ 154, 1 (5)"
_OFFICIAL_REPORTS_RE = lazy_compile(r"^(?:BGHZ|BGHSt|BVerfGE|BVerwGE|BAGE|BSGE|BFHE|RGZ|RGSt|EuGHE|Slg\.)$")
_DECISION_RE = lazy_compile(r"^(?:Urt|Urteil|Beschl|Beschluss|Entsch|sent|sentenza|ord|ordinanza|arrêt|judgment)\b", re.I)


def _decided_by_a_court(state: ItemState, container: str) -> bool:
    """No title, and a court for the author or an official report for the container."""
    if container and _OFFICIAL_REPORTS_RE.match(container) and "author" not in state.spans:
        return True
    if "authority" in state.item:
        return bool(container)  # the names step found "BGH NJW": court and periodical
    authors = state.spans.get("author", ())
    if len(authors) != 1 or court_name(authors[0]) is None:
        return False
    genres = state.spans.get("genre", ())
    return bool(container or any(_DECISION_RE.match(g.strip()) for g in genres))


class ItemType(Normalizer):
    """all fields -> ``type`` (never overrides a type already set)."""

    name: ClassVar[str] = "type"
    code: ClassVar[str] = "P115"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "publisher", "publisher-place", "title", "title-short", "container-title", "genre", "author",
        "collection-title", "number", "director", "interviewer", "note",
    )

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        if "type" not in item:
            if "title" in item and "issued" in item and "container-title" not in item and "author" not in item:
                _newspaper_named_as_title(item)
            elif "title" not in item and "author" in item and state.kind == "full":
                _case_named_as_author(state)
                if "author" in item and not newspaper_as_author(state):
                    interview_as_author(state)
            elif "author" in item and state.kind == "full" and (
                str(item.get("title", ""))[:1] in "cCiIrR" or "nterview with" in state.spans.get("author", ("",))[0]
            ):
                # "Interview with X," + "conducted by the author,"; "Interview with X by Y," + "… Collection,"
                interview_as_author(state)
            if "nterview" in state.spans.get("author", ("",))[0] and interview_in_author(state):
                item["type"] = "interview"
                return
            if "title" in item and (film(state) or command_paper(item)):
                item["type"] = "motion_picture" if "director" in item else "report"
                return
            kind = self.infer(state)
            if kind == "book" and "genre" not in item:
                title = item.get("title", "")
                if (
                    ("," in title or "(" in title or ". " in title) and _may_end_in_thesis(title)
                    and _take_thesis_genre(state)
                ) or _thesis_genre_in_imprint(item):
                    kind = "thesis"
            item["type"] = kind
            if item["type"] == "thesis" and "publisher" not in item and "publisher-place" in item:
                place = item["publisher-place"]
                if _INSTITUTION_RE.search(place):
                    # "(PhD diss., University of Chicago, 2004)": the university awards it, it is no place
                    item["publisher"] = item.pop("publisher-place")

    @staticmethod
    def infer(state: ItemState) -> str:
        # cheap tests (key look-ups, literal substrings) come before each expression
        item = state.item
        title = item.get("title", "")
        container = item.get("container-title", "")
        genre = item.get("genre", "")
        has_author = "author" in item
        if not title and state.kind in ("ibid", "op-cit", "supra", "idem"):
            return "document"
        if title[:1] in "IEGiO" and not container and _INTERVIEW_RE.match(title):
            return "interview"  # "Interview with the author, Moscow, 12 March 2004"
        if title and not has_author and "v" in title and _CASE_STRICT_RE.match(title):
            return "legal_case"
        if container and title and _REPORTER_RE.search(container) and _CASE_RE.search(title):
            return "legal_case"
        if not title and (has_author or container) and _decided_by_a_court(state, container):
            return "legal_case"  # "BGH NJW 2003, 1234", "BGHZ 154, 1", "BAG, Urt. v. 12.3.2003"
        if genre and _THESIS_RE.search(genre):
            return "thesis"
        if not container and "note" in item and _THESIS_RE.search(item["note"]):
            return "thesis"
        if genre and _REPORT_RE.search(genre):
            return "report"
        if "archive" in item or "archive_location" in item or "archive_collection" in item:
            return "manuscript"
        if "recipient" in item and _dated_to_the_month(item):
            return "letter"  # "Jefferson to Madison, 6 September 1789": in an edition too (its container)
        if title and not has_author and not container and _STATUTE_RE.search(title):
            return "legislation"
        if container and not has_author and _GAZETTE_RE.search(container):
            return "legislation"
        has_book_marks = (
            "editor" in item or "publisher" in item or "ISBN" in item
            or "edition" in item  # (periodicals have no editions: "MüKoBGB/Wagner, 8. Aufl. 2020")
            # (a place with an issue number is a journal's: "Punto de Vista, núm. 25, Buenos Aires")
            or ("publisher-place" in item and "issue" not in item)
        )
        if container:
            if "URL" in item and _web_page(state):
                return "webpage"
            if "source-series" in state.derived:
                return "chapter"  # "Registrum epistolarum, PL 77": a text in a volume of the edition
            if _may_be_conference(container) and _CONFERENCE_RE.search(container):
                if "volume" in item and not has_book_marks and _SOCIETY_PROCEEDINGS_RE.match(container):
                    return "article-journal"  # a learned society's journal, cited by its volume
                return "paper-conference"
            issued = item.get("issued") or {}
            parts = issued.get("date-parts") or [[]]
            if len(parts[0]) == 3 and "volume" not in item and (
                not has_book_marks or _NEWSPAPER_RE.search(container)
            ):
                return "article-newspaper"
            if (
                not has_book_marks
                and ("volume" in item or "issue" in item or "page" in item)
                and not _is_festschrift(container)
            ):
                return "article-journal"
            if has_book_marks or _in_marker(state) or _is_festschrift(container):
                return "chapter"
            return "article-journal"
        if "URL" in item and not has_book_marks and "volume" not in item and "DOI" not in item:
            return "webpage"
        if not title and not item.get("author") and not item.get("editor"):
            return "document"
        return "book"


def _dated_to_the_month(item: dict[str, Any]) -> bool:
    """A date with its month at least, the letter's own or the date the edition gives it: a letter is
    always so dated ("A Guide to Unit Testing" read as writer and addressee has no such date)."""
    for key in ("original-date", "issued"):
        date = item.get(key)
        if isinstance(date, dict) and len((date.get("date-parts") or [[]])[0]) >= 2:
            return True
    return False


#: an English or US case name: parties joined by "v." ("R. v. Dudley and Stephens", "Smith v Jones")
_CASE_NAME_RE = lazy_compile(
    r"^(?:R|Rex|Regina|The\s+(?:King|Queen)|[A-Z][\w'’&.-]*(?:\s+(?:of|and|&|the|[A-Z][\w'’&.-]*)){0,5})\.?"
    r"\s+v\.?\s+[A-Z][\w'’&.-]*(?:\s+(?:of|and|&|the|[A-Z][\w'’&.-]*)){0,6}$"
)
#: a law report after the case name, read as a locator: "14 QBD 273", "3 All ER 12", "2 KB 1, 15"
_REPORT_LOCATOR_RE = lazy_compile(r"^\d{1,4}\s+[A-Z][A-Za-z.&' ]{0,20}?\s+\d{1,5}(?:,\s*\d{1,5})?$")


def _case_named_as_author(state: ItemState) -> None:
    """"R. v. Dudley and Stephens (1884) 14 QBD 273": a case name taken for the authors ("R." an
    initial, "v." a particle), with no title but a law report after it.  A scholar cited as "R. v.
    Jhering" has a title after the name, so is never read as a case here."""
    item = state.item
    authors = state.spans.get("author", ())
    if len(authors) != 1 or " v" not in authors[0]:
        return
    name = authors[0].strip(" ,;:")
    if not _CASE_NAME_RE.match(name):
        return
    has_report = "container-title" in item or bool(
        state.label == "page" and state.locator and _REPORT_LOCATOR_RE.match(state.locator)
    )
    if has_report:
        item.pop("author")
        item["title"] = name


#: words of newspapers' names ("Le Monde", "Corriere della Sera", "Frankfurter Zeitung", "Pravda")
_NEWSPAPER_NAME_RE = lazy_compile(
    r"\b(?:times|post|herald|gazette|tribune|guardian|zeitung|corriere|gazzetta|monde|figaro|temps|humanit[ée]|"
    r"lib[ée]ration|stampa|repubblica|pa[ií]s|vanguardia|frankfurter|rundschau|correio|jornal|di[áa]rio|folha|"
    r"pravda|izvestiia|izvestiya|trud|news|daily|observer|telegraph|allgemeine|chronicle|courier|mercury)\b",
    re.I,
)


#: a newspaper's city in brackets closing its name: "The Statesman (Calcutta)"
_BRACKETED_CITY_RE = lazy_compile(r"\s\((?P<city>[A-Z][a-zà-ÿ]+(?:[\s-][A-Z][a-zà-ÿ]+)?)\)$")


def _newspaper_named_as_title(item: dict[str, object]) -> None:
    """"Le Monde, 12 mai 1968, p. 3": a newspaper's name (a few words, one of a newspaper) and a day,
    nothing else: the tagger's title is the periodical."""
    title = item["title"]
    issued = item.get("issued")
    if not isinstance(title, str) or not isinstance(issued, dict) or "volume" in item or "publisher" in item:
        return
    parts = issued.get("date-parts") or [[]]
    if len(parts[0]) != 3:
        return
    # "The Times of India (Bombay)", "West African Pilot (Lagos)": the city it is printed in, in brackets, names
    # a newspaper by itself
    city = _BRACKETED_CITY_RE.search(title) if title.endswith(")") else None
    named_with_city = city is not None and title.count(" ", 0, city.start()) < 6 and names_a_place(city["city"])
    if named_with_city or (title.count(" ") < 4 and _NEWSPAPER_NAME_RE.search(title)):
        item["container-title"] = item.pop("title")
        item.pop("title-short", None)


#: the kind of thesis closing a title span: "‘The Poet as Steward’ (unpublished doctoral thesis",
#: "…, thèse de doctorat", "…, tesis doctoral", "…, Diss. phil."
_THESIS_TAIL_RE = lazy_compile(
    r"(?:\s*[,;]\s*\(?|\s*\(|\.\s+)(?P<genre>(?:unpublished\s+)?(?:(?:doctoral|PhD|Ph\.\s?D\.?|DPhil|D\.\s?Phil\.?|MA|M\.A\.|"
    r"MPhil|M\.\s?Phil\.?|master['’]?s|BLitt|B\.\s?Litt\.?|undergraduate|senior|honours|doctorate)\s+)?"
    r"(?:thesis|dissertation)|th[èe]se\s+de\s+doctorat(?:\s+d['’][ÉéEe]tat)?|th[èe]se\s+d['’][ÉéEe]tat|"
    r"tesi\s+di\s+(?:laurea|dottorato)|tesis\s+doctoral(?:\s+in[ée]dita)?|tese\s+de\s+(?:doutoramento|doutorado|mestrado)|"
    r"disserta[çc][ãa]o\s+de\s+mestrado|(?:(?:Phil|Jur|Theol|Med|Rer\.\s*pol)\.\s*)?Diss\.?(?:\s*(?:phil|jur|theol|med|rer\.\s*pol)\.?)?|"
    r"Dissertation|Habilitationsschrift|"
    # Dutch, Polish, Czech, Swedish, Danish and Norwegian, Hungarian theses
    r"(?:niet\s+gepubliceerd\s+)?proefschrift|(?:niepublikowana\s+)?(?:praca|rozprawa)\s+(?:doktorska|magisterska|habilitacyjna)|"
    r"(?:dizerta[čc]n[íi]\s+pr[áa]ce|disertace)|(?:doktors|licentiat)?avhandling|(?:doktor|ph\.\s?d\.-)afhandling|"
    r"doktori\s+[ée]rtekez[ée]s|"
    # Turkish: "doktora tezi", "yayımlanmamış yüksek lisans tezi"
    r"(?:yay[ıi]mlanmam[ıi][şs]\s+)?(?:doktora|y[üu]ksek\s+lisans|sanatta\s+yeterlik)\s+tezi|"
    # Greek: "διδακτορική διατριβή", "αδημοσίευτη μεταπτυχιακή διατριβή", "μεταπτυχιακή εργασία"
    r"(?:αδημοσίευτη\s+)?(?:διδακτορική|μεταπτυχιακή)\s+(?:διατριβή|εργασία))\)?"
    r"(?:,\s+(?P<institution>(?:Universit|Univ\.|[ÉE]cole|College|Institut|Πανεπιστήμι)[^,;()]{2,60}))?$",
    re.I,
)
#: the first letters of the awarding bodies ``_THESIS_TAIL_RE`` takes after the genre
_INSTITUTION_HEADS = ("Univ", "École", "Ecol", "Coll", "Inst", "Πανε")


def _may_end_in_thesis(title: str) -> bool:
    """False when ``_THESIS_TAIL_RE`` cannot match: the genre follows the last comma or bracket (or
    the one before, when an awarding body closes the title), and holds one of the words of ``_has_thesis_word``."""
    cut = max(title.rfind(","), title.rfind("("))
    if cut >= 0 and _thesis_after(title, cut):
        return True
    dot = title.rfind(". ")  # "Las dos caras de Jano. Tesis doctoral": the genre as a sentence of its own
    return dot > cut and _has_thesis_word(title[dot:].lower())


def _thesis_after(title: str, cut: int) -> bool:
    """A thesis word after the comma or bracket at ``cut`` (or the one before an awarding body)."""
    part = title[cut + 1 :]
    if part.lstrip()[:4] in _INSTITUTION_HEADS:
        end, cut = cut, max(title.rfind(",", 0, cut), title.rfind("(", 0, cut))
        part = title[cut + 1 : end]
    return _has_thesis_word(part.lower())


def _has_thesis_word(part: str) -> bool:
    """Does ``part`` (lower case) hold a word that every genre of ``_THESIS_TAIL_RE`` holds one of?"""
    return (
        "thes" in part or "thès" in part or "diss" in part or "tesi" in part or "tese" in part or "habil" in part
        or "proef" in part or "praca" in part or "rozpr" in part or "diser" in part or "dizer" in part
        or "handling" in part or "értekez" in part or "tezi" in part or "διατριβ" in part or "εργασ" in part
    )


def _take_thesis_genre(state: ItemState) -> bool:
    """"‘The Poet as Steward’ (unpublished doctoral thesis", "…, thèse de doctorat, Université de Paris":
    the kind of thesis (and the body awarding it) the tagger left at the end of a book's title go to
    ``genre`` (and ``publisher``).  True when the title had one."""
    item = state.item
    title = item["title"]
    m = _THESIS_TAIL_RE.search(title)
    if m is None or m.start() == 0:
        return False
    if not cut_title_before(item, m.start()):
        return False
    item["genre"] = m["genre"]
    if m["institution"] and "publisher" not in item:
        item["publisher"] = m["institution"].strip()
    return True




#: "Diss. Marburg", "Diss. phil. Wien": the genre the tagger read as the start of the place
_DISS_PLACE_RE = lazy_compile(
    r"^(?P<genre>(?:(?:Phil|Jur|Theol|Med)\.\s*)?Diss\.(?:\s*(?:phil|jur|theol|med|masch)\.)?)\s+(?P<place>\S.*)$"
)


#: "Phil. Diss. Universität Wien", "PhD diss., University of Chicago": a thesis's genre, then who awarded it
_GENRE_OPENING_PUBLISHER_RE = lazy_compile(
    r"^(?P<genre>(?:(?:Phil|Jur|Theol|Med)\.\s*)?Diss\.(?:\s*(?:phil|jur|theol|med|masch)\.)?|"
    r"(?:unpublished\s+)?(?:PhD|Ph\.\s?D\.|doctoral|DPhil|D\.\s?Phil\.|MA|M\.A\.|MPhil)\s+(?:diss\.|thesis|dissertation)|"
    r"th[èe]se\s+de\s+doctorat|tesi\s+di\s+(?:laurea|dottorato)|tesis\s+doctoral)"
    r",?\s+(?P<institution>(?:Universit|Univ\.|[ÉE]cole|College|Institut|Hochschule)\S*(?:\s\S+){0,8})$",
    re.I,
)


_DISS_CLOSING_TITLE_RE = lazy_compile(
    r",\s+(?P<genre>Diss\.(?:\s*(?:phil|jur|theol|med|masch)\.)?)\s+(?P<place>[A-ZÄÖÜ][a-zäöüß]+(?:[-/][A-ZÄÖÜ][a-zäöüß]+)?(?:\s[a-z]\.\s?[A-Z][a-z]{0,2}\.)?)$"
)


def _thesis_genre_in_imprint(item: dict[str, Any]) -> bool:
    """"…, Diss. Marburg 1972" (the genre read as part of the place) or "…, tesi di dottorato, Università
    di Padova, 2008" (the genre read as a series): a thesis.  True when read so."""
    publisher = item.get("publisher")
    if isinstance(publisher, str) and (m := _GENRE_OPENING_PUBLISHER_RE.match(publisher)):
        # "(Phil. Diss. Universität Wien, 1978)": the genre read with the awarding university
        item["genre"], item["publisher"] = m["genre"], m["institution"]
        return True
    place = item.get("publisher-place")
    if isinstance(place, str) and "Diss." in place[:11] and (m := _DISS_PLACE_RE.match(place)):
        item["genre"], item["publisher-place"] = m["genre"], m["place"]
        return True
    title = item.get("title")
    if isinstance(title, str) and "Diss." in title and "publisher-place" not in item and (m := _DISS_CLOSING_TITLE_RE.search(title)):
        # "Die Reichsritterschaft am Oberrhein, Diss. Freiburg" + "1968": genre and place closed the title
        put_title(item, title[: m.start()])
        item["genre"], item["publisher-place"] = m["genre"], m["place"]
        return True
    series = item.get("collection-title")
    if (
        isinstance(series, str) and "collection-number" not in item and _has_thesis_word(series.lower())
        and _THESIS_TAIL_RE.match(f", {series}") is not None
    ):
        item["genre"] = item.pop("collection-title")
        if isinstance(place := item.get("publisher-place"), str) and "publisher" not in item and _INSTITUTION_RE.search(place):
            item["publisher"] = item.pop("publisher-place")
        return True
    return False


#: item variables a web page never has (a periodical's or a book's)
_QUOTES = "\"“‘'«„"
_NOT_WEB_KEYS = ("volume", "issue", "page", "publisher", "DOI", "editor", "ISBN", "edition")


def _web_page(state: ItemState) -> bool:
    """"Oliver Grant, ‘Enclosure Maps’, Norfolk Record Society <https://…> [accessed 12 June 2019]": a URL
    with the day it was read, in a site named as the container, nothing of a periodical or a book.  When
    the site's owner came first and the page's title in quotes after it ("Imperial War Museum, "Letters
    from the Somme," accessed …"), the two change places."""
    item = state.item
    if any(key in item for key in _NOT_WEB_KEYS):
        return False
    if "accessed" not in item and not str(item.get("note", ""))[:8].lower().startswith("accessed"):
        return False
    spans = [text.lstrip() for label, text in state.sequence if label == "title" or label == "container-title"]
    if "author" not in item and len(spans) == 2 and spans[0][:1] not in _QUOTES and spans[1][:1] in _QUOTES:
        item["title"], item["container-title"] = item["container-title"], item["title"]
        item.pop("title-short", None)
    return True


def _is_festschrift(container: str) -> bool:
    """"FS Larenz", "Festschrift für …", "Mélanges Carbonnier", "Studi in onore di …"."""
    return container[:1] in "FGLMSE" and _FESTSCHRIFT_RE.match(container) is not None


def _may_be_conference(container: str) -> bool:
    """False when ``_CONFERENCE_RE`` cannot match: in lower-cased ASCII text every word it
    finds holds one of these literals (not so for other text: case-insensitive matching
    takes some non-ASCII letters for ASCII ones, ſ for s, K for k)."""
    if not container.isascii():
        return True
    lowered = container.lower()
    return (
        "proc" in lowered or "conference" in lowered or "symposium" in lowered or "workshop" in lowered
        or "congress" in lowered or "colloque" in lowered or "tagung" in lowered or "convegno" in lowered
        or "meeting" in lowered
    )


def _in_marker(state: ItemState) -> bool:
    for text in state.spans.get("container-title", ()):
        head = text.lstrip()[:3].lower()
        if head.startswith(("in ", "in:")):
            return True
    return False
