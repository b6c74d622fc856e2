"""Container and series titles: "In:"/"dans" off, series numbers split off.

``container-title`` is the journal, book or proceedings that holds the work;
the word "In" belongs to the citing style.  ``collection-title`` is the
series: "(UTB; 1975)" -> "UTB" with ``collection-number`` "1975",
"(Fonti per la storia di Venezia, 5)" -> the series and number 5.
German and Austrian notes name a volume's editors by their surnames joined
by slashes before its title, often without "Hrsg." ("in Henssler/Braun,
Arbeitsrecht in Europa"): those names are the ``editor``, not part of the
container's title; so is a single surname there ("in: Benkert, Die Bibliothek …")
when the work's own authors are cited by surname alone, as those notes do.  A journal's volume (and its year in brackets) that the tagger left at the
container's end ("in: Phil. Trans. IX–X (1674–75)" before the pages) goes to ``volume``
(and ``issued`` when no date span gave one).  A container span that runs on into its editors
("in: Handbuch der Rhetorik, hg. von Gert Ueding, 12 Bde., Tübingen 1992–2015") keeps the
book's title; the editors go to ``editor``, the count of volumes to ``number-of-volumes`` and
the place after it to ``publisher-place``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import given_names, parse_names
from citekit.normalize._text import REPRINT_WORD, hyphen_dashes, strip_brackets
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.edition import parse_edition
from citekit.normalize.legal import court_and_periodical
from citekit.normalize.names import SURNAME, names_as_container, names_as_series, slashed_names
from citekit.normalize.place import names_a_place
from citekit.normalize.title import BRACKETED_EDITORS_RE, clean_title, put_title, spans_beside_title
from citekit.normalize.volume import IMPRINT_RE, NUMBER_OF_VOLUMES_RE

#: (Greek "στο:", "στο", "στον τόμο": the preposition with its article, "in the")
_IN_RE = lazy_compile(
    r"^\s*(?:in|dans|en|im|στο|στον|στη|στην)\s*:\s*|^\s*(?:in|dans|στο|στον|στη|στην)\s+(?=\S)"
    r"|^\s*en\s+(?-i:(?=[A-ZÀ-Þ«“\"]))",
    re.I,
)
_IN_HEADS = frozenset({"in", "da", "en", "im", "στ"})
#: "Henssler/Braun, Arbeitsrecht in Europa", "Hinte/Steinhauer (Hrsg.), Die Digitale …": two or
#: more surnames joined by slashes, then a comma and the book's title
_SLASHED_EDITORS_RE = lazy_compile(
    rf"^(?P<names>{SURNAME}(?:\s?/\s?{SURNAME})+)\s*"
    r"(?:\((?:Hrsg|Hg|Hgg|eds?|Eds?|dir|a cura di)\.?\))?,\s+(?=[^\W\d_]|[„“\"«‘])"
)
#: the word that announces a series: "coll. « Bibliothèque des histoires »", "collana", "Reihe"
#: "5th edn", "2. Aufl.", "3e éd.": an edition statement the tagger put in a series span
def _place_follows(state: ItemState, text: str) -> bool:
    """Is the span after ``text`` a place that goes on to its publisher ("York:")?"""
    spans = [(label, span) for label, span in state.sequence if label != "punct"]
    for (_, span), (next_label, next_span) in pairwise(spans):
        if span is text or span.strip(" ,;:.") == text.strip(" ,;:."):
            return next_label == "location" and next_span.rstrip().endswith(":") and next_span[:1].isupper()
    return False


#: "repr. Harmondsworth", "Nachdr. Aalen", "rist. anast. Bologna": a reprint, not a series
_REPRINT_RE = lazy_compile(rf"^{REPRINT_WORD}\b", re.I)
_YEAR_PART_RE = lazy_compile(r"^\(?(?:1[5-9]|20)\d\d\)?[.;]?\)?$")
#: "repr. London: Fontana": the reprint's word, then its place and publisher in one part
_REPRINT_IMPRINT_RE = lazy_compile(
    rf"^(?P<word>{REPRINT_WORD}\.?,?)\s+"
    r"(?P<place>[A-ZÀ-Þ][^:()\d]{1,40}?)\s*:\s*(?P<publisher>[A-ZÀ-Þ][^:()\d]{1,60}?)[\s.;)]*$",
    re.I,
)
#: a volume or issue label the tagger left at the container's end: "Logeion: A Journal … Vol"
_LABEL_TAIL_RE = lazy_compile(r"(?<=\w)[\s,]+(?:Vol|Vols|No|Nr|Bd|Heft|Jg|Jahrg|Fasc|fasc|vol|no|n°)\.?$")
#: the Greek issue's label (τεύχος) closing a journal's span: "Σύγχρονα Θέματα, τχ."
_ISSUE_LABEL_TAIL_RE = lazy_compile(r"(?<=\w)[\s,]+(?:τχ|núm|núms|n\.\s?º|nº)\.?$")
#: the ends of the issue's labels of ``_ISSUE_LABEL_TAIL_RE`` (Greek τεύχος, Spanish and Portuguese número)
_ISSUE_LABEL_ENDS = ("τχ", "τχ.", "núm", "núm.", "núms.", "º", "º.")
#: the words ``_LABEL_TAIL_RE`` ends in: a container that ends in none needs no search
_LABEL_TAIL_WORDS = ("Vol", "Vols", "No", "Nr", "Bd", "Heft", "Jg", "Jahrg", "Fasc", "fasc", "vol", "no", "n°")
_EDITION_STATEMENT_RE = lazy_compile(
    r"^\d{1,2}(?:st|nd|rd|th|d|e|a|\.)?\s*(?:edn|ed|edition|aufl|auflage|éd|édition|ediz|edizione)\.?$", re.I
)
_SERIES_CUE_RE = lazy_compile(r"^(?:coll\.|collection|collana|coll\.ne|reihe|series|ser\.)\s*:?\s*", re.I)
_SERIES_NUMBER_RE = lazy_compile(
    r"^(?P<title>.*?[^\W\d])\s*(?:[,;:]\s*|\s+)"
    r"(?:(?:[Vv]ol|[Nn]o|[Nn]r|[Nn]|[Bb]d|[Bb]and|[Tt]|[Tt]ome|[Nn]um|[Hh]eft)\.?\s*)?"
    r"(?P<number>\d+[a-z]?|[IVXLC]+)$"
)


#: a journal's volume closing the container span, perhaps with its year(s) in brackets: "PTRS II",
#: "Annales IX–X (1674–75)", "Studi 48/2 (1988)"; a four-digit number is a year, not a volume
_VOLUME_TAIL_RE = lazy_compile(
    r"(?<=[\w.])\s+(?P<volume>(?:[IVXLC]+(?:\s?[-–]\s?[IVXLC]+)?|(?!(?:1[4-9]|20)\d\d\b)\d{1,4}(?:\s?[-–/]\s?\d{1,4})?))"
    r"(?:\s*[(\[](?P<year>(?:1[4-9]|20)\d\d)(?:[-–/][\d/]{1,7})?[)\]])?$"
)


_VOLUME_TAIL_ENDS = frozenset("IVXLC)]")


def _volume_tail(container: str, state: ItemState) -> re.Match[str] | None:
    """The volume (and year) at a journal's end: "Journal 12 (1990)" with the pages after it.

    Only in that shape, with the year in brackets inside the span or in the date span right
    after it: "In ASPLOS IV," or "Proceedings of CHI 90" name a conference, "Lectures in
    Theoretical Biology 2." a book.  A roman numeral after a given name is a ruler's
    ("Studies on Edward I"), not a volume.
    """
    if "volume" in state.spans or not ("pages" in state.spans or "locator" in state.spans):
        return None
    m = _VOLUME_TAIL_RE.search(container)
    if m is None or m.start() == 0 or container.count("(") != container.count(")"):
        return None
    if not m["year"] and not _bracketed_date_after_container(state):
        return None
    before = container[: m.start()].rsplit(None, 1)[-1]
    if m["volume"][0] in "IVXLC" and before.lower() in given_names():
        return None
    return m


def _bracketed_date_after_container(state: ItemState) -> bool:
    """Is the span after the container a bracketed date ("in: Journal 12" + "(1990)")?"""
    seen = False
    for label, text in state.sequence:
        if label == "container-title":
            seen = True
        elif seen and label != "punct":
            return label == "date" and text.lstrip()[:1] in "(["
    return False


#: a book's title, its editors after "hg. von"/"edited by", perhaps the count of volumes and imprint after them
_EDITORS_IN_CONTAINER_RE = lazy_compile(
    r"^(?P<book>.*?[^\W\d_].*?),\s+(?:h(?:rs)?g\.\s+v(?:on|\.)|herausgegeben\s+von|edited\s+by|ed\.\s+by|a\s+cura\s+di"
    r"|éd(?:ité)?\.?\s+par|ed[ds]?\.(?=\s+[A-ZÀ-Þ]))\s+(?P<names>[^\d()]+?)(?:,\s+(?P<rest>\d.*))?$"
)


def _editors_off(container: str, state: ItemState) -> str:
    """"Handbuch, hg. von Gert Ueding, 12 Bde., Tübingen 1992–2015" -> "Handbuch" (editors and count kept)."""
    m = _EDITORS_IN_CONTAINER_RE.match(container)
    if m is None:
        return container
    names, _ = parse_names(m["names"])
    if not names or any("literal" in name for name in names):
        return container
    item = state.item
    if "editor" not in item:
        item["editor"] = names
    parts = [part.strip() for part in m["rest"].split(",")] if m["rest"] else []
    count = NUMBER_OF_VOLUMES_RE.match(parts[0]) if parts else None
    if count and "number-of-volumes" not in item:
        item["number-of-volumes"] = count.group(1)
        imprint = IMPRINT_RE.match(parts[1]) if len(parts) > 1 else None
        if imprint and "location" not in state.spans and "publisher-place" not in item:
            item["publisher-place"] = imprint["place"]  # "12 Bde., Tübingen 1992–2015"
    return m["book"].rstrip(" ,;:")


#: one surname before the book's title, the way German law notes name a volume's editor ("in: Benkert,
#: Die Bibliothek zwischen Autor und Leser"): a name-like word, then a title of two words or more
_ONE_EDITOR_RE = lazy_compile(rf"^(?P<name>{SURNAME}),\s+(?P<book>[A-ZÄÖÜ„“\"][\w„“\"-]*\s+[^\W\d_].*)$")
#: words that open a book's title in that place and are no surname
_TITLE_WORDS = frozenset({"Festschrift", "Gedächtnisschrift", "Handbuch", "Kommentar", "Lexikon", "Werke",
                          "Schriften", "Beiträge", "Studien", "Materialien", "Jahrbuch", "Archiv", "Einleitung"})


def _surnames_only(item: dict[str, object]) -> bool:
    """Are the work's authors cited by surname alone ("Steinhauer,"), the German law notes' style?"""
    authors = item.get("author")
    return isinstance(authors, list) and bool(authors) and all(
        isinstance(name, dict) and set(name) == {"family"} for name in authors
    )


def _one_editor_before(container: str, spans: Sequence[str], item: dict[str, object]) -> str:
    """"in: Benkert, Die Bibliothek …" -> the book, and Benkert as its editor (the span said "in:")."""
    if not spans or not _IN_RE.match(spans[0]):
        return container
    m = _ONE_EDITOR_RE.match(container)
    if m is None or m["name"] in _TITLE_WORDS:
        return container
    item["editor"] = [{"family": m["name"]}]
    return m["book"]


#: a span that only says "new series": "n.s.", "N.F.", "nuova serie", "3e série", "s. III"
_SERIES_MARK_RE = lazy_compile(
    r"^(?:n\.\s?s|n\.\s?f|new\s+series|nuova\s+serie|neue\s+folge|nouvelle\s+s[ée]rie|"
    r"\d+(?:e|a|rd|th|nd|st)?\s+s[ée]rie|s\.\s?[IVX]+|ser\.\s?\d+)\.?$",
    re.I,
)
#: a quoted article's title, then the journal's name, in one title span: "‘The Veil of Manuscript’, Renaissance Drama"
_QUOTED_TITLE_THEN_JOURNAL_RE = lazy_compile(r"^[‘'“\"](?P<title>[^‘’“”\"]{2,200})[’'”\"],\s(?P<journal>[A-Z][^,;:()\d]{2,80})$")
#: an issue's number closing the container span: "en Punto de Vista, núm. 25", "Revista, n. 16"
_ISSUE_PART_RE = lazy_compile(r"^(?:no|nos|n|n°|nº|n\.º|nr|núm|num|número|numéro|numero|cz|č|zesz)\.?\s*(?P<issue>\d{1,4})$", re.I)


def _tail_parts_off(container: str, state: ItemState) -> str:
    """What rode after the journal's name in its span, last part first: a journal's series mark
    ("Review of English Studies, n.s."), the issue ("Punto de Vista, núm. 25"), the place (ABNT: "Revista
    Brasileira de História, São Paulo")."""
    item, spans = state.item, state.spans
    while ", " in container:
        head, _, part = container.rpartition(", ")
        part = part.strip(" .")
        if not head.strip() or not part:
            break
        if _SERIES_MARK_RE.match(part) and "location" not in spans and "publisher" not in spans:
            pass  # a journal's (a book series keeps it: "Lectures on …, n.s., 13"); it stays in ``fields``
        elif "issue" not in spans and "issue" not in item and (issue := _ISSUE_PART_RE.match(part)):
            item["issue"] = issue["issue"]
        elif (
            "location" not in spans and item.get("publisher-place", part) == part  # (read again: the same place)
            and not any(c.isdigit() for c in part) and names_a_place(part)
        ):
            item["publisher-place"] = part
        else:
            break
        container = head.rstrip(" ,;:")
    return container


#: "Voprosy istorii. 1958": a journal's title, then after its period the year (GOST 7.1)
#: (no digit or comma before the year, no one-letter word: "7 geun. 1729", "Sen., 28 mag. 1636",
#: "…, personale di amministrazione, a. 1894" are dates of archival documents)
_GOST_YEAR_RE = lazy_compile(r"^(?P<title>[^\W\d][^\d,]*?\w\w)\.\s(?P<year>1[5-9]\d\d|20\d\d)$")
#: parts only an article or chapter has (a volume alone may be a multi-volume book's: "Bd. 3")
_ARTICLE_PARTS = ("issue", "pages")
_BOOK_PARTS = ("edition", "location", "publisher")


def _is_the_works_own_title(state: ItemState) -> bool:
    """A lone container span that reads as a book's title, not as the journal or book holding the work."""
    spans = state.spans
    if "title" in spans or len(spans.get("container-title", ())) != 1:
        return False
    if any(label in spans for label in _ARTICLE_PARTS):
        return False
    text = spans["container-title"][0].lstrip()
    if _IN_RE.match(text) or text[:1] in "«\"“":  # "in: Handbuch", "«Studi»": a container by its form
        return False
    return any(label in spans for label in _BOOK_PARTS)


class Container(Normalizer):
    """container-title and collection-title spans -> their CSL variables."""

    name: ClassVar[str] = "container"
    code: ClassVar[str] = "P105"
    keys: ClassVar[tuple[str, ...]] = (
        "container-title", "collection-title", "collection-number", "title", "title-short", "editor",
        "number-of-volumes", "edition", "authority", "note", "volume", "issued", "publisher-place", "issue",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"container-title", "collection-title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        spans = state.spans
        # the names step may have read the container already ("Schönke/Schröder/Eser," + "StGB")
        container_spans = () if state.derived.get("container-read") else spans_beside_title(state, "container-title")
        containers = [
            clean_title(_IN_RE.sub("", t) if t.lstrip()[:2].lower() in _IN_HEADS else t, abbreviated=True)
            for t in container_spans  # not a subtitle cut off the title
            if not names_as_container(t)  # "ed. Irina Shcherbakova": names, taken by the names step
        ]
        containers = [
            _LABEL_TAIL_RE.sub("", c) if c.rstrip(".").endswith(_LABEL_TAIL_WORDS) else c for c in containers if c
        ]
        if containers and containers[-1].endswith(_ISSUE_LABEL_ENDS) and (
            issue := _ISSUE_LABEL_TAIL_RE.search(containers[-1])
        ):
            # "Σύγχρονα Θέματα, τχ." + "35", "Anuario IEHS, núm." + "6": the issue's label (τεύχος, número) closed the
            # journal; its number is the issue
            containers[-1] = containers[-1][: issue.start()]
            state.derived["issue-label"] = True
        containers = [c for c in containers if c]
        if len(containers) == 1 and _SERIES_MARK_RE.match(containers[0]) and "container-title" not in item and (
            split := _QUOTED_TITLE_THEN_JOURNAL_RE.match(str(item.get("title", "")))
        ):
            # "‘The Veil of Manuscript’, Renaissance Drama," + "n.s.,": the journal read into the article's title
            # span, its series mark alone as the container
            put_title(item, split["title"])
            containers = [split["journal"]]
        if len(containers) > 1:
            # "«Archivio storico italiano», n.s., 148": the series marker is the volume's, not the journal's
            # name (it stays in ``fields``)
            containers = [c for c in containers if not _SERIES_MARK_RE.match(c)] or containers
        if len(containers) == 1 and "author" not in spans and "authority" not in item:
            reported = court_and_periodical(containers[0])
            if reported is not None:  # "BGH NJW 1992, 2080" tagged as one container
                item["authority"], containers[0] = reported
        if len(containers) == 1:
            containers[0] = self._one_container(containers[0], container_spans, state)
        if containers and _is_the_works_own_title(state):
            # "Luhmann, Rechtssoziologie, 2. Aufl. 1983, S. 239": no title, no volume or pages,
            # but an edition or an imprint: the "container" is the book itself
            put_title(item, ". ".join(containers))
        elif containers:
            item["container-title"] = ". ".join(containers)
        series = []
        for text in spans.get("collection-title", ()):
            bare = self._statements_off(strip_brackets(text) + (":" if text.rstrip().endswith(":") else ""), state)
            if bare[:1] == "=":
                bare = bare.lstrip("= ")  # "(= Studien zur Geschichte, Bd. 5)": German marks the series with "="
            if bare and names_as_series(bare):
                continue  # "trans. L. A. Manyon, 2 vols": names (the names step's), the count taken above
            if bare and (title := clean_title(_SERIES_CUE_RE.sub("", bare))):
                series.append(title)
        if not series:
            return
        text = "; ".join(series)
        m = _SERIES_NUMBER_RE.match(text)
        if m and len(series) == 1 and not m["title"].isdigit():
            item["collection-title"] = m["title"].rstrip(" ,;:")
            item["collection-number"] = m["number"]
        else:
            item["collection-title"] = text

    def _one_container(self, container: str, container_spans: Sequence[str], state: ItemState) -> str:
        """Editors, a count of volumes and a journal's volume that rode in the one container span."""
        item = state.item
        if ", " in container:
            container = _tail_parts_off(container, state)
        if "/" in container:
            container = self._editors_before(container, item)
        elif ".)" in container and (edited := BRACKETED_EDITORS_RE.match(container)):
            # "in: P. Klep (red.), Migratie in Nederland": the book's editors, then the book
            names = parse_names(edited["names"])[0]
            if names and not any("literal" in name for name in names):
                item.setdefault("editor", names)
                container = edited["work"]
        elif "editor" not in item and ", " in container and _surnames_only(item):
            container = _one_editor_before(container, container_spans, item)
        if (
            "g. v" in container or "by " in container or "cura" in container or "par " in container or "gegeben" in container
            or ", ed" in container  # "in Ethics and Practical Reason, ed. Garrett Cullity and Berys Gaut"
        ):
            container = _editors_off(container, state)  # "…, hg. von Gert Ueding, 12 Bde., …"
        last = container[-1:]
        if last.isdigit() and "date" not in state.spans and (gost := _GOST_YEAR_RE.match(container)):
            # "Zimin A. A. Reformy // Voprosy istorii. 1958. No 3.": GOST puts the year after the journal
            # (the year leaves the journal's name even when a date is known already: the step may run again)
            item.setdefault("issued", {"date-parts": [[int(gost["year"])]]})
            return gost["title"]
        if (last.isdigit() or last in _VOLUME_TAIL_ENDS) and (tail := _volume_tail(container, state)) is not None:
            # "in: PTRS IX–X (1674–75)" + "41–47": the journal's volume and year rode in its span
            container = container[: tail.start()].rstrip(" ,;:")
            item["volume"] = hyphen_dashes(tail["volume"].replace(" ", ""))
            if tail["year"] and "date" not in state.spans and "issued" not in item:
                item["issued"] = {"date-parts": [[int(tail["year"])]]}
        return container

    @staticmethod
    def _statements_off(text: str, state: ItemState) -> str:
        """"5th edn, 55 vols" in a series span: the edition and the number of volumes, not a series."""
        parts = [part.strip() for part in text.split(",")]
        kept = []
        reprint = False
        for part in parts:
            count = NUMBER_OF_VOLUMES_RE.match(part.rstrip(" .;:"))
            if count:  # "Istoriia stalinskogo Gulaga, 7 vols": how many volumes
                state.item["number-of-volumes"] = count.group(1)
            elif _EDITION_STATEMENT_RE.match(part) and "edition" not in state.spans:
                state.item["edition"] = parse_edition(part)
            elif _REPRINT_RE.match(part) and "note" not in state.item:
                imprint = _REPRINT_IMPRINT_RE.match(part) if ":" in part else None
                if imprint and "publisher" not in state.item and "publisher" not in state.spans:
                    # "(Cambridge, 1897; repr. London: Fontana, 1960)": the reprint cited, its place and publisher
                    state.item["publisher"] = imprint["publisher"]
                    if "location" not in state.spans or "publisher-place" not in state.item:
                        state.item["publisher-place"] = imprint["place"]
                    part = imprint["word"]
                state.item["note"] = part.rstrip(" .;:")  # "repr. Harmondsworth": the reprint, kept as a note
                reprint = True
            elif reprint and _YEAR_PART_RE.match(part):
                continue  # "…, 1960)": the reprint's year (the date step's)
            elif reprint and part is parts[-1] and part.isalpha() and part[:1].isupper() and _place_follows(state, text):
                state.derived["place-head"] = part  # "repr., New" + "York:": the first word of the reprint's place
            elif reprint and part.endswith(":") and "publisher-place" not in state.item and "location" not in state.spans:
                # "(1929; repr., London: Penguin, 2004)": the reprint's place, before its publisher
                state.item["publisher-place"] = part.rstrip(" :")
            else:
                kept.append(part)
        return ", ".join(kept) if len(kept) < len(parts) else text

    @staticmethod
    def _editors_before(container: str, item: dict[str, object]) -> str:
        """"Henssler/Braun, Arbeitsrecht in Europa" -> the book, and its editors when none are known."""
        match = _SLASHED_EDITORS_RE.match(container)
        if match is None or not container[match.end():].strip():
            return container
        if "editor" not in item:
            item["editor"] = slashed_names(match["names"])
        return container[match.end():]
