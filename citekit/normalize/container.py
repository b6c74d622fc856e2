"""Container and series titles: "In:"/"dans" off, series numbers split off.

``container-title`` is the journal, book or proceedings that holds the work;
the word "In" belongs to the citing style.  ``collection-title`` is the
series: "(UTB; 1975)" -> "UTB" with ``collection-number`` "1975",
"(Fonti per la storia di Venezia, 5)" -> the series and number 5.
German and Austrian notes name a volume's editors by their surnames joined
by slashes before its title, often without "Hrsg." ("in Henssler/Braun,
Arbeitsrecht in Europa"): those names are the ``editor``, not part of the
container's title.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.normalize._text import strip_brackets
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.edition import parse_edition
from citekit.normalize.legal import court_and_periodical
from citekit.normalize.names import SURNAME, names_as_container, slashed_names
from citekit.normalize.title import clean_title, put_title, spans_beside_title
from citekit.normalize.volume import NUMBER_OF_VOLUMES_RE

_IN_RE = re.compile(r"^\s*(?:in|dans|en|im)\s*:\s*|^\s*(?:in|dans)\s+(?=\S)", re.I)
_IN_HEADS = frozenset({"in", "da", "en", "im"})
#: "Henssler/Braun, Arbeitsrecht in Europa", "Hinte/Steinhauer (Hrsg.), Die Digitale …": two or
#: more surnames joined by slashes, then a comma and the book's title
_SLASHED_EDITORS_RE = re.compile(
    rf"^(?P<names>{SURNAME}(?:\s?/\s?{SURNAME})+)\s*"
    r"(?:\((?:Hrsg|Hg|Hgg|eds?|Eds?|dir|a cura di)\.?\))?,\s+(?=[^\W\d_]|[„“\"«‘])"
)
#: the word that announces a series: "coll. « Bibliothèque des histoires »", "collana", "Reihe"
#: "5th edn", "2. Aufl.", "3e éd.": an edition statement the tagger put in a series span
#: "repr. Harmondsworth", "Nachdr. Aalen", "rist. anast. Bologna": a reprint, not a series
_REPRINT_RE = re.compile(r"^(?:repr|reprint|reprinted|Nachdr|Neudr|rist|réimpr)\b", re.I)
#: a volume or issue label the tagger left at the container's end: "Logeion: A Journal … Vol"
_LABEL_TAIL_RE = re.compile(r"(?<=\w)[\s,]+(?:Vol|Vols|No|Nr|Bd|Heft|Jg|Jahrg|Fasc|fasc|vol|no|n°)\.?$")
_EDITION_STATEMENT_RE = re.compile(
    r"^\d{1,2}(?:st|nd|rd|th|d|e|a|\.)?\s*(?:edn|ed|edition|aufl|auflage|éd|édition|ediz|edizione)\.?$", re.I
)
_SERIES_CUE_RE = re.compile(r"^(?:coll\.|collection|collana|coll\.ne|reihe|series|ser\.)\s*:?\s*", re.I)
_SERIES_NUMBER_RE = re.compile(
    r"^(?P<title>.*?[^\W\d])\s*(?:[,;:]\s*|\s+)"
    r"(?:(?:[Vv]ol|[Nn]o|[Nn]r|[Nn]|[Bb]d|[Bb]and|[Tt]|[Tt]ome|[Nn]um|[Hh]eft)\.?\s*)?"
    r"(?P<number>\d+[a-z]?|[IVXLC]+)$"
)


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
        "number-of-volumes", "edition", "authority", "note",
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
        containers = [_LABEL_TAIL_RE.sub("", c) for c in containers if c]
        containers = [c for c in containers if c]
        if len(containers) == 1 and "author" not in spans and "authority" not in item:
            reported = court_and_periodical(containers[0])
            if reported is not None:  # "BGH NJW 1992, 2080" tagged as one container
                item["authority"], containers[0] = reported
        if len(containers) == 1 and "/" in containers[0]:
            containers[0] = self._editors_before(containers[0], item)
        if containers and _is_the_works_own_title(state):
            # "Luhmann, Rechtssoziologie, 2. Aufl. 1983, S. 239": no title, no volume or pages,
            # but an edition or an imprint: the "container" is the book itself
            put_title(item, ". ".join(containers))
        elif containers:
            item["container-title"] = ". ".join(containers)
        series = []
        for text in spans.get("collection-title", ()):
            bare = self._statements_off(strip_brackets(text), state)
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

    @staticmethod
    def _statements_off(text: str, state: ItemState) -> str:
        """"5th edn, 55 vols" in a series span: the edition and the number of volumes, not a series."""
        parts = [part.strip() for part in text.split(",")]
        kept = []
        for part in parts:
            count = NUMBER_OF_VOLUMES_RE.match(part.rstrip(" .;:"))
            if count:  # "Istoriia stalinskogo Gulaga, 7 vols": how many volumes
                state.item["number-of-volumes"] = count.group(1)
            elif _EDITION_STATEMENT_RE.match(part) and "edition" not in state.spans:
                state.item["edition"] = parse_edition(part)
            elif _REPRINT_RE.match(part) and "note" not in state.item:
                state.item["note"] = part.rstrip(" .;:")  # "repr. Harmondsworth": the reprint, kept as a note
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
