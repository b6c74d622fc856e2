"""Place and publisher: "London: Penguin", "Baltimore, MD", "London and New York".

The place is kept as printed (a US state or a second city is part of it:
"Baltimore, MD", "Paris-Rome", "London and New York"); separate place spans
are joined with "; ".  A span holding "Place: Publisher" in either label is
split, the way most styles print them.  The Bluebook's bracket "(Michael Cromartie
ed., Doubleday 1997)", read as a publisher span, names the editors first: they go to
``editor`` (or ``translator`` for "trans."), the publisher after them stays.  German
reviews run the series and the imprint together, "(Studien zur Geschichte 74), Brüssel:
Verlag X": the bracketed series goes to ``collection-title`` (its number to
``collection-number``); a volume's label opening the span ("Teil 2, Kiel und Hamburg") goes
to ``volume`` or ``part``.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.normalize._person import parse_names
from citekit.normalize._text import squash, strip_brackets
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.volume import split_volume

_PLACE_PUBLISHER_RE = re.compile(r"^(?P<place>[^:]{2,60}?)\s*:\s*(?P<publisher>\S.*)$")
_TRAIL = " ,;:."
_KEEP_PERIOD_RE = re.compile(
    r"(?:\b[A-Z]|\bInc|\bLtd|\bCo|\bCorp|\bEd|\bEds|\bVerl|\bUniv|\bPubl|\bBros|\bS\.A|\bS\.p\.A|\bu\.\s?a|\betc)\.$"
)  # ("Köln u. a.": and other places)
#: a dictionary's headword cited: "s.v. “oats”" (read by the tagger as a place)
_SUB_VERBO_RE = re.compile(r"^\W*s\.\s?v\.\s*(?P<word>\S.*)$", re.I)


#: the Bluebook's bracket that opens with the editors: "(Wilfrid Prest ed., Oxford Univ. Press",
#: "(T. F. T. Plucknett & J. L. Barton eds.,", "(J. Smith trans., 1990": no digit among the names
_BLUEBOOK_ROLE_RE = re.compile(r"^\(\s*(?P<names>[^()\d]+?),?\s+(?P<role>eds?|trans)\.,?(?:\s+(?P<rest>.*))?$")


def _bluebook_editors(state: ItemState, text: str) -> str | None:
    """Take the editors out of "(Name ed., Publisher": the publisher's text is returned (may be "")."""
    m = _BLUEBOOK_ROLE_RE.match(squash(text).strip())
    if m is None:
        return None
    role = "translator" if m["role"] == "trans" else "editor"
    names, _ = parse_names(m["names"])
    if not names or any("literal" in name for name in names):
        return None
    if role not in state.item:
        state.item[role] = names
    return m["rest"] or ""


#: the first characters of the heads below (most imprints start otherwise and pay one set test)
_HEAD_STARTS = frozenset("(TBVvtP")
#: a bracketed series before the imprint: "(Publications de l'Institut 74), Paris: Vrin"
_SERIES_HEAD_RE = re.compile(r"^\s*\((?P<series>[^()]*[^\W\d_][^()]*?)(?:,?\s+(?P<number>\d{1,4}[a-z]?))?\)[,.]?\s+(?P<rest>\S.*)$")
_VOLUME_WORDS = ("teil", "tl.", "bd.", "band", "vol.", "vol ", "tome", "part")
#: a volume's or part's label opening the span: "Teil 2, Kiel", "Bd. 3, München", "vol. II, London"
_VOLUME_HEAD_RE = re.compile(r"^\s*(?P<volume>(?:Teil|Tl\.|Bd\.|Band|[Vv]ol\.|[Tt]ome|[Pp]art)\s*(?:\d{1,3}|[IVXLC]+))\s*,\s+(?P<rest>\S.*)$")


_YEAR_RE = re.compile(r"^(?:1[4-9]|20)\d\d$")
_ISSUE_HEAD_RE = re.compile(r"^(?:No|Nr|N°|Heft|H\.|Iss)", re.I)


def _heads_off(state: ItemState, text: str) -> str:
    """Take a bracketed series or a volume's label off the front of an imprint span; the rest is returned."""
    item = state.item
    series = _SERIES_HEAD_RE.match(text) if text.lstrip()[:1] == "(" else None
    if series is not None and series["number"] and ":" in series["rest"] and not _YEAR_RE.match(series["number"]):
        # only with the series' number and a "Place: Publisher" after it ("(A. Poole, Ed.). Ithaca",
        # "(National Academy of Sciences) Institute of …" are no series)
        if "collection-title" not in item:
            item["collection-title"] = squash(series["series"]).strip(" ,;:")
            item["collection-number"] = series["number"]
        return series["rest"]
    head = _VOLUME_HEAD_RE.match(text) if text.lstrip()[:5].lower().startswith(_VOLUME_WORDS) else None
    if head is not None and head["rest"][:1].isupper() and not _ISSUE_HEAD_RE.match(head["rest"]):
        for key, value in split_volume(head["volume"]).items():
            if key in ("volume", "part") and key not in item:
                item[key] = value
        return head["rest"]
    return text


def _clean(text: str) -> str:
    text = squash(text)
    for _ in range(2):
        text = strip_brackets(text, " ,;:")
        if text.endswith(".") and not _KEEP_PERIOD_RE.search(text):
            text = text[:-1].rstrip(_TRAIL)
    return text


def _venue_off(value: str) -> str:
    """"Amsterdam (Amsterdam": a venue's city before the bracket that opens the imprint ("exh. cat.,
    Rijksmuseum, Amsterdam (Amsterdam: Rijksmuseum, 2014)"); "Cambridge (Mass." keeps its state."""
    before, _, after = value.rpartition(" (")
    return after if names_a_place(before) and names_a_place(after.rstrip(":").strip()) else value


class PlacePublisher(Normalizer):
    """location and publisher spans -> ``publisher-place`` and ``publisher``."""

    name: ClassVar[str] = "place"
    code: ClassVar[str] = "P109"
    keys: ClassVar[tuple[str, ...]] = (
        "publisher-place", "publisher", "editor", "translator", "collection-title", "collection-number", "volume",
        "part", "locator", "label",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"location", "publisher"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        places: list[str] = []
        publishers: list[str] = []
        has_publisher_span = "publisher" in state.spans
        for text in state.spans.get("location", ()):
            if text[:1] in _HEAD_STARTS:
                text = _heads_off(state, text)
            if text[:4].lower().lstrip(" (").startswith(("s.v", "s. v")) and (sv := _SUB_VERBO_RE.match(text)):
                if state.locator is None:
                    state.locator, state.label = sv["word"].strip(" .,;:\"“”‘’'"), "sub-verbo"
                continue
            value = _clean(text)
            if " (" in value and ")" not in value:
                value = _venue_off(value)
            m = _PLACE_PUBLISHER_RE.match(value) if ":" in value else None
            if m and not has_publisher_span:
                places.append(_clean(m["place"]))
                publishers.append(_clean(m["publisher"]))
            elif value:
                places.append(value)
        for text in state.spans.get("publisher", ()):
            if text[:1] == "(" and (" ed" in text or " trans." in text):
                rest = _bluebook_editors(state, text)
                text = text if rest is None else rest
            if text[:1] in _HEAD_STARTS:
                text = _heads_off(state, text)
            value = _clean(text)
            m = _PLACE_PUBLISHER_RE.match(value) if ":" in value else None
            if m and "location" not in state.spans:
                places.append(_clean(m["place"]))
                publishers.append(_clean(m["publisher"]))
            elif value:
                publishers.append(value)
        if places and not publishers and not has_publisher_span and (len(places) == 2 or ", " in places[0]):
            _publisher_among_places(places, publishers)
        item = state.item
        if places:
            item["publisher-place"] = "; ".join(places)
        if publishers:
            item["publisher"] = "; ".join(publishers)


#: a US state or Canadian province after the city ("Baltimore, MD", "Cambridge, Mass.")
_STATE_RE = re.compile(
    r"^(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.?|(?:Ala|Ariz|Ark|Calif|Cal|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Mass|Md|"
    r"Me|Mich|Minn|Miss|Mo|Mont|Neb|Nebr|Nev|Okla|Ore|Oreg|Pa|Penn|Tenn|Tex|Va|Vt|Wash|Wis|Wisc|Wyo|Ont|Que)\.?)$"
)


def _places() -> frozenset[str]:
    """The tagger's place list and this package's longer one (``data/places.txt``), read once."""
    global _PLACES
    if _PLACES is None:
        from importlib import resources

        from citekit.parser.features import dictionaries

        words = set(dictionaries()["places"])
        try:
            text = (resources.files("citekit.normalize") / "data/places.txt").read_text("utf-8")
        except (OSError, ModuleNotFoundError):
            text = ""
        words.update(w for line in text.splitlines() if not line.startswith("#") for w in line.split())
        _PLACES = frozenset(words)
    return _PLACES


def _is_place(text: str) -> bool:
    """Does a word of ``text`` name a place of the place lists ("Barcelona", "New York")?"""
    places = _places()
    return any(word.strip(".,;:()").lower() in places for word in text.split())


def names_a_place(text: str) -> bool:
    """Is ``text`` a place's name, every capitalised word a place's ("São Paulo", "Den Haag"), not a
    publisher's that holds one ("El Colegio de México")?"""
    places = _places()
    words = [word.strip(".,;:()").lower() for word in text.split() if word[:1].isupper()]
    return bool(words) and all(word in places for word in words)


_PLACES: frozenset[str] | None = None


def _publisher_among_places(places: list[str], publishers: list[str]) -> None:
    """"Barcelona, Vicens Vives" or "Strasbourg" + "Istra" read as places: French, Spanish and Italian
    notes write "Place, Publisher, Year"; after a known place, a name that is none is the publisher."""
    if len(places) == 1:
        head, _, tail = places[0].partition(", ")
        if (tail and "," not in tail and not _STATE_RE.match(tail) and tail[:1].isupper()
                and not any(c.isdigit() for c in tail) and _is_place(head) and not names_a_place(tail)):
            places[0] = head
            publishers.append(tail)
    elif len(places) == 2 and _is_place(places[0]) and places[1][:1].isupper() and not names_a_place(places[1]) \
            and not _STATE_RE.match(places[1]):
        publishers.append(places.pop())
