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

A publisher span that names a place only ("Rouen," in "…, Rouen, 1998, p. 12") is the place,
and "Rio de Janeiro, Laemmert" read as one publisher is place and publisher, the French and
Portuguese "Place, Publisher, Year" order.  A publisher span just before the bracketed imprint
that has a publisher of its own ("…, Penguin Classics (London: Penguin, 2004)") is the book's
series.  A "publisher" with a year and a page but no title is an author-date citation's
author ("Orme 2001, 12."); a dotted number after the imprint's closing bracket is the passage
cited ("…, 1913), 1.22.").
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_names
from citekit.normalize._text import REPRINT_WORD, data_lines, squash, strip_brackets
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.date import parse_date
from citekit.normalize.volume import split_volume

_PLACE_PUBLISHER_RE = lazy_compile(r"^(?P<place>[^:]{2,60}?)\s*:\s*(?P<publisher>\S.*)$")
_TRAIL = " ,;:."
_KEEP_PERIOD_RE = lazy_compile(
    r"(?:\b[A-ZА-ЯЁ]|\bСПб|\bInc|\bLtd|\bCo|\bCorp|\bEd|\bEds|\bVerl|\bUniv|\bPubl|\bBros|\bS\.A|\bS\.p\.A|\bu\.\s?a|\betc|\bSPb|\bSpb|\bPg|\bSPB)\.$"
)  # ("Köln u. a.": and other places; "SPb.": St Petersburg, as Russian imprints abbreviate it)
#: a dictionary's headword cited: "s.v. “oats”" (read by the tagger as a place)
_SUB_VERBO_RE = lazy_compile(r"^\W*s\.\s?v\.\s*(?P<word>\S.*)$", re.I)


#: the Bluebook's bracket that opens with the editors: "(Wilfrid Prest ed., Oxford Univ. Press",
#: "(T. F. T. Plucknett & J. L. Barton eds.,", "(J. Smith trans., 1990": no digit among the names
_BLUEBOOK_ROLE_RE = lazy_compile(r"^\(\s*(?P<names>[^()\d]+?),?\s+(?P<role>eds?|trans)\.,?(?:\s+(?P<rest>.*))?$")


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
_SERIES_HEAD_RE = lazy_compile(r"^\s*\((?P<series>[^()]*[^\W\d_][^()]*?)(?:,?\s+(?P<number>\d{1,4}[a-z]?))?\)[,.]?\s+(?P<rest>\S.*)$")
_VOLUME_WORDS = ("teil", "tl.", "bd.", "band", "vol.", "vol ", "tome", "part")
#: a volume's or part's label opening the span: "Teil 2, Kiel", "Bd. 3, München", "vol. II, London"
_VOLUME_HEAD_RE = lazy_compile(r"^\s*(?P<volume>(?:Teil|Tl\.|Bd\.|Band|[Vv]ol\.|[Tt]ome|[Pp]art)\s*(?:\d{1,3}|[IVXLC]+))\s*,\s+(?P<rest>\S.*)$")


_YEAR_RE = lazy_compile(r"^(?:1[4-9]|20)\d\d$")
_ISSUE_HEAD_RE = lazy_compile(r"^(?:No|Nr|N°|Heft|H\.|Iss)", re.I)


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


#: the reprint's word before its place: "repr. Harmondsworth", "reprint, London", "Nachdr. Aalen"
_REPRINT_WORD_RE = lazy_compile(rf"{REPRINT_WORD}\.?,?\s+(?=[A-ZÀ-Þ])")


#: a publisher with the imprint's year or years after it, in one span: "Imprimerie nationale, 1853–1858"
_PUBLISHER_YEARS_RE = lazy_compile(r"^(?P<publisher>[^\d]{2,120}?),\s(?P<years>(?:1[5-9]|20)\d\d(?:\s?[-–]\s?\d{2,4})?)$")


class PlacePublisher(Normalizer):
    """location and publisher spans -> ``publisher-place`` and ``publisher``."""

    name: ClassVar[str] = "place"
    code: ClassVar[str] = "P109"
    keys: ClassVar[tuple[str, ...]] = (
        "publisher-place", "publisher", "editor", "translator", "collection-title", "collection-number", "volume",
        "part", "locator", "label", "author", "event-place", "title", "title-short", "issued",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"location", "publisher"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        places: list[str] = []
        publishers: list[str] = []
        spans = state.spans
        has_publisher_span = "publisher" in spans
        if has_publisher_span and "title" not in spans and _author_date_publisher(state):
            return
        series_span = (
            _series_before_imprint(state) if has_publisher_span and len(spans["publisher"]) > 1 and "location" in spans
            else None
        )  # (the series, then the bracket's own publisher: two publisher spans)
        meeting = _meeting_place(state) if len(spans.get("location", ())) > 1 and has_publisher_span else None
        title_head = _title_head_as_place(state) if len(spans.get("location", ())) == 2 else None
        for text in state.spans.get("location", ()):
            if text is title_head:
                continue  # "Greece:" + "The Modern Sequel" + "(London:": the title's first words, not a place
            if text is meeting:
                # "Atti del Convegno … (Ravenna," + "10–12 settembre 1965)" + "(Firenze: Sansoni, 1966)":
                # where the meeting was held, not where its proceedings were printed
                state.item["event-place"] = _clean(text)
                continue
            if text[:1] in _HEAD_STARTS:
                text = _heads_off(state, text)
            if text[:4].lower().lstrip(" (").startswith(("s.v", "s. v")) and (sv := _SUB_VERBO_RE.match(text)):
                if state.locator is None:
                    state.locator, state.label = sv["word"].strip(" .,;:\"“”‘’'"), "sub-verbo"
                continue
            value = _clean(text)
            if value[:1] in "rRNnf" and (reprint := _REPRINT_WORD_RE.match(value)):
                value = value[reprint.end():]  # "repr. Harmondsworth:": the reprint's place (its year is the date's)
            if " (" in value and ")" not in value:
                value = _venue_off(value)
            m = _PLACE_PUBLISHER_RE.match(value) if ":" in value else None
            if m and not has_publisher_span:
                places.append(_clean(m["place"]))
                publishers.append(_clean(m["publisher"]))
            elif value:
                places.append(value)
        for text in state.spans.get("publisher", ()):
            if text is series_span:
                continue
            if text[:1] == "(" and (" ed" in text or " trans." in text):
                rest = _bluebook_editors(state, text)
                text = text if rest is None else rest
            if text[:1] in _HEAD_STARTS:
                text = _heads_off(state, text)
            if text[:4].lower().lstrip(" (").startswith(("s.v", "s. v")) and (sv := _SUB_VERBO_RE.match(text)):
                # "Oxford English Dictionary, 2nd ed.," + "s.v. “hearth.”": the entry cited, not a publisher
                if state.locator is None:
                    state.locator, state.label = sv["word"].strip(" .,;:\"“”‘’'"), "sub-verbo"
                continue
            value = _clean(text)
            m = _PLACE_PUBLISHER_RE.match(value) if ":" in value else None
            if m and "location" not in state.spans:
                places.append(_clean(m["place"]))
                publishers.append(_clean(m["publisher"]))
            elif value:
                title_date = None
                if value[-1:].isdigit() and (years := _PUBLISHER_YEARS_RE.match(value)) and (
                    ("date" not in spans and "issued" not in state.item)
                    or (title_date := _date_before_the_imprint(state, text)) is not None
                ) and (issued := parse_date(years["years"])) is not None:
                    # "(Paris:" + "Imprimerie nationale, 1853–1858)," + "2:45": the years closed the publisher span
                    # (and "(London: George Bishop, Ralph Newberie and Robert Barker, 1598–1600)")
                    value = years["publisher"]
                    state.item["issued"] = issued
                    title = state.item.get("title")
                    if title_date is not None and isinstance(title, str) and title:
                        from citekit.normalize.title import put_title  # (title reads this module)

                        put_title(state.item, f"{title}, {title_date}")
                publishers.append(value)
        if places and not publishers and not has_publisher_span and (len(places) == 2 or ", " in places[0]) and not (
            len(places) == 2 and spans["location"][-1].lstrip()[:1] == "("
        ):  # ("Modena" + "(Barbarano Vicentino)": a second place in brackets is a place)
            _publisher_among_places(places, publishers)
        elif publishers and not places and "location" not in spans and len(publishers) == 1:
            _place_among_publishers(places, publishers)
        item = state.item
        if "other" in spans and state.locator is None:
            _passage_after_imprint(state)
        if publishers and not places and "location" not in spans and "publisher-place" not in item and (
            place := _place_closing_the_title(state)
        ):
            places.append(place)  # "Il Seicento, Torino," + "EDT,": the place rode in the title span
        if places and (head := state.derived.get("place-head")):
            places[0] = f"{head} {places[0]}"  # "repr., New" + "York:": the series span took the place's first word
        if places:
            item["publisher-place"] = "; ".join(places)
        if publishers:
            item["publisher"] = "; ".join(publishers)


def _date_before_the_imprint(state: ItemState, publisher: str) -> str | None:
    """The years closing the bracketed imprint's publisher span ("privately printed, 1875–94)") are the
    edition's, and a date span right after the title, before the bracket, is the title's own ("A Transcript
    of the Registers …, 1554–1640 A.D.,"): that date span's text when so (it goes back to the title), else None."""
    sequence = [(label, text) for label, text in state.sequence if label != "punct"]
    if not publisher.rstrip(" ,.;").endswith(")") or sum(label == "date" for label, _ in sequence) != 1:
        return None
    at = next(i for i, (label, _) in enumerate(sequence) if label == "date")
    bracket = next((i for i, (label, text) in enumerate(sequence) if label == "location" and text.lstrip()[:1] == "("), None)
    if at == 0 or sequence[at - 1][0] != "title" or bracket is None or bracket < at or sequence[at][1].rstrip(" ,.")[-1:] == ")":
        return None
    return sequence[at][1].strip(" ,;")


def _title_head_as_place(state: ItemState) -> str | None:
    """"Greece:" + "The Modern Sequel" + "(London:": a title's first words before its colon read as a place, the
    bracketed imprint after the title.  The title gets its head back; the span is returned (``None`` if not so)."""
    sequence = [(label, text) for label, text in state.sequence if label != "punct"]
    for (before, _), (label, text), (after, _), (imprint_label, imprint) in zip(
        sequence, sequence[1:], sequence[2:], sequence[3:], strict=False
    ):
        if label != "location":
            continue
        if before == "author" and after == "title" and text.rstrip().endswith(":") and text[:1] != "(" and (
            imprint_label == "location" and imprint.lstrip()[:1] == "(" and isinstance(state.item.get("title"), str)
        ):
            from citekit.normalize.title import put_title  # (title reads this module)

            put_title(state.item, f"{text.strip()} {state.item['title']}")
            return text
        return None
    return None


def _meeting_place(state: ItemState) -> str | None:
    """The first of two bracketed places when it is followed by a date and the second one opens the
    imprint ("(Ravenna," + "10–12 settembre 1965)" … "(Firenze:"): the place of a meeting."""
    sequence = [(label, text) for label, text in state.sequence if label != "punct"]
    for i, (label, text) in enumerate(sequence[:-2]):
        if label == "location" and text[:1] == "(" and text.rstrip()[-1:] == "," and sequence[i + 1][0] == "date":
            later = [t for lab, t in sequence[i + 2 :] if lab == "location"]
            if later and later[0].rstrip()[-1:] == ":" and sequence[i + 1][1].rstrip()[-1:] == ")":
                return text
    return None


#: a US state or Canadian province after the city ("Baltimore, MD", "Cambridge, Mass.")
_STATE_RE = lazy_compile(
    r"^(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.?|(?:Ala|Ariz|Ark|Calif|Cal|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Kans|Ky|La|Mass|Md|"
    r"Me|Mich|Minn|Miss|Mo|Mont|Neb|Nebr|Nev|Okla|Ore|Oreg|Pa|Penn|Tenn|Tex|Va|Vt|Wash|Wis|Wisc|Wyo|Ont|Que)\.?)$"
)


def _places() -> frozenset[str]:
    """The tagger's place list and this package's longer one (``data/places.txt``), read once."""
    global _PLACES
    if _PLACES is None:
        from citekit.parser.features import dictionaries

        words = set(dictionaries()["places"])
        words.update(w for line in data_lines("places.txt") for w in line.split())
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


def _place_closing_the_title(state: ItemState) -> str | None:
    """"Il Seicento, Torino," + "EDT,": a known place closing the title span right before the
    publisher span (Italian, French and Spanish notes write "Title, Place, Publisher, Year"); the
    title loses it.  ``None`` when the title does not end so."""
    item = state.item
    title = item.get("title")
    if not title or ", " not in title:
        return None
    head, _, place = title.rpartition(", ")
    if not (place[:1].isupper() and head and names_a_place(place)):
        return None
    previous = ""
    for label, _ in state.sequence:
        if label == "publisher":
            break
        if label != "punct":
            previous = label
    if previous != "title":
        return None
    from citekit.normalize.title import put_title  # (title reads this module)

    put_title(item, head)
    return place


def _publisher_among_places(places: list[str], publishers: list[str]) -> None:
    """"Barcelona, Vicens Vives" or "Strasbourg" + "Istra" read as places: French, Spanish and Italian
    notes write "Place, Publisher, Year"; after a known place, a name that is none is the publisher."""
    if len(places) == 1:
        head, _, tail = places[0].partition(", ")
        if (tail and "," not in tail and not _STATE_RE.match(tail) and not is_country(tail) and tail[:1].isupper()
                and not any(c.isdigit() for c in tail) and _is_place(head) and not names_a_place(tail)):
            places[0] = head
            publishers.append(tail)
    elif len(places) == 2 and _is_place(places[0]) and places[1][:1].isupper() and not names_a_place(places[1]) \
            and not _STATE_RE.match(places[1]) and not is_country(places[1]):
        publishers.append(places.pop())


def _place_among_publishers(places: list[str], publishers: list[str]) -> None:
    """"Rouen" or "Rio de Janeiro, Laemmert" read as the publisher: a known place alone is the place,
    and before a name that is none it is the place of that publisher."""
    value = publishers[0]
    if any(map(str.isdigit, value)):
        return
    if only_places(value):
        places.append(publishers.pop())
        return
    head, _, tail = value.partition(", ")
    if tail and "," not in tail and tail[:1].isupper() and not _STATE_RE.match(tail) and only_places(head) \
            and not names_a_place(tail) and not is_country(tail):
        places.append(head)
        publishers[0] = tail


#: the words that join places ("Urbana and Chicago", "Tours & Paris", "Venezia-Roma")
_PLACE_JOINS = frozenset({"and", "&", "und", "e", "et", "y", "-", "/", ","})
#: the small words inside a place's name ("Rio de Janeiro", "Frankfurt am Main", "Newcastle upon Tyne")
_PLACE_PARTICLES = frozenset({"de", "do", "da", "del", "di", "am", "an", "sur", "en", "upon", "on", "im"})
_PLACE_SPLIT_RE = lazy_compile(r"[\s,/]+|(?<=\w)-(?=[A-ZÀ-Þ])")


#: countries after a city ("Pisa, Italy", "Genève, Suisse", "Sydney, Australia"): part of the place
#: (kept out of the place lists, which the container step reads for a conference's city)
_COUNTRIES = frozenset(
    "italy italia italie italien france frankreich francia germany deutschland allemagne germania spain españa "
    "espagne spanien spagna portugal brasil brazil brésil argentina australia canada suisse schweiz switzerland "
    "svizzera austria österreich autriche belgium belgique belgien netherlands nederland england scotland wales "
    "ireland usa uk mexico méxico "
    # the Middle East, North Africa and South Asia, in English, French, German and Turkish
    "morocco maroc marokko egypt égypte ägypten mısır syria syrie syrien suriye lebanon liban libanon lübnan "
    "iraq irak iran turkey turquie türkei türkiye israel israël jordan jordanie jordanien tunisia tunisie "
    "tunesien algeria algérie algerien libya libye libyen yemen kuwait qatar oman palestine afghanistan "
    "pakistan india inde indien "
    # the rest of South Asia and sub-Saharan Africa, with their colonial names
    "bangladesh ceylon burma nepal kenya nigeria ghana senegal sénégal mali uganda tanzania tanganyika zambia "
    "zimbabwe rhodesia malawi nyasaland sudan soudan ethiopia éthiopie somalia cameroon cameroun gabon guinea "
    "guinée dahomey bénin togo madagascar mozambique angola namibia botswana lesotho swaziland eswatini rwanda "
    "burundi congo zaïre zaire "
    # East and Southeast Asia ("Yokohama, Japan", "Taipei, Taiwan", "Seoul, Korea")
    "japan japon china chine taiwan korea corée "
    "singapore vietnam thailand indonesia malaysia philippines".split()
)


def is_country(text: str) -> bool:
    return text.strip(" ,;:.()").lower() in _COUNTRIES


def only_places(text: str) -> bool:
    """Is every word of ``text`` a place's or a word joining places ("Venezia", "Urbana and Chicago",
    "Genève, Suisse")?  Not "Venezia e il suo estuario" (a title), "Il cardo" (a publisher)."""
    words = [w for w in _PLACE_SPLIT_RE.split(text.strip(" ,;:.")) if w]
    if not words or len(words) > 6:
        return False
    places = _places()
    for i, word in enumerate(words):
        if word in _PLACE_JOINS or (i and word in _PLACE_PARTICLES):
            continue
        if not word[:1].isupper() or (len(word) < 3 and not word.isupper()):
            return False
        if word.lower() not in places and (i == 0 or word.lower() not in _COUNTRIES):
            return False
    return True


#: a book series' name before the bracketed imprint, maybe with its number: "Loeb Classical Library 47"
_SERIES_NUMBER_RE = lazy_compile(r"^(?P<series>[A-ZÀ-Þ][^\d()]*?)(?:,?\s+(?P<number>\d{1,4}))?$")


def _series_before_imprint(state: ItemState) -> str | None:
    """The publisher span just before "(Place:" when the bracket names a publisher of its own:
    "Penguin Classics" + "(London:" + "Penguin," is the series, then the imprint."""
    sequence = [(label, text) for label, text in state.sequence if label != "punct"]
    for i in range(len(sequence) - 2):
        label, text = sequence[i]
        if label != "publisher" or text.lstrip()[:1] == "(":
            continue
        nxt_label, nxt = sequence[i + 1]
        if nxt_label != "location" or nxt.lstrip()[:1] != "(" or not nxt.rstrip().endswith(":"):
            return None
        if sequence[i + 2][0] != "publisher":
            return None
        m = _SERIES_NUMBER_RE.match(_clean(text))
        if m is None or "collection-title" in state.item:
            return None
        state.item["collection-title"] = m["series"]
        if m["number"]:
            state.item["collection-number"] = m["number"]
        return text
    return None


#: the labels of an author-date citation whose name the tagger read as a publisher ("Orme 2001, 12.")
_AUTHOR_DATE_LABELS = frozenset({"publisher", "date", "locator", "pages", "punct", "signal"})
#: a cited year, maybe with its letter and brackets: "2001,", "(1999:", "2004a"
_CITED_YEAR_RE = lazy_compile(r"^\s*\(?(?:1[5-9]|20)\d\d[a-z]?\)?\s*[,:;.]?\s*\)?\s*$")
#: a surname or two ("Orme", "Le Goff", "Brown and Green"), no publisher's word
_SURNAMES_RE = lazy_compile(
    r"^(?:[a-z]{1,3}\s)?[A-ZÀ-Þ][\w'’-]+(?:\s(?:[A-ZÀ-Þ][\w'’-]+|and|&|und|et|e|y))*?(?:\s+et\s+al\.?)?$"
)
_PUBLISHER_WORDS = frozenset("press verlag university books editions éditions editore editori publishers".split())


def _author_date_publisher(state: ItemState) -> bool:
    """"Orme" + "2001," + "12.": a publisher, a year and the page cited make an author-date citation."""
    spans = state.spans
    if not _AUTHOR_DATE_LABELS.issuperset(spans) or len(spans["publisher"]) != 1 or "date" not in spans:
        return False
    if len(spans["date"]) != 1 or not _CITED_YEAR_RE.match(spans["date"][0]):
        return False
    first = next((text for label, text in state.sequence if label not in ("punct", "signal")), None)
    if first is not spans["publisher"][0]:
        return False
    if first.rstrip()[-1:] in ",.;":
        return False  # "Olschki, 1979": a publisher and its year (an author-date citation has no comma there)
    name = squash(first).strip(" ,;:(")
    if not _SURNAMES_RE.match(name) or _PUBLISHER_WORDS.intersection(name.lower().split()) or names_a_place(name):
        return False
    names, _ = parse_names(name)
    if not names or any("literal" in n for n in names):
        return False
    state.item["author"] = names
    state.derived["author-date"] = True
    return True


#: a passage cited after the imprint: "1.22", "2.40.1", "3.1.56–88"
_PASSAGE_RE = lazy_compile(r"^\s*(?P<passage>\d{1,4}(?:\.\d{1,4}){1,3}(?:\s?[-–]\s?\d{1,4}(?:\.\d{1,4}){0,3})?)\s*[.;]?\s*$")


def _passage_after_imprint(state: ItemState) -> None:
    """"(Cambridge, MA: Harvard University Press, 1913)," + "1.22.": the last span, after the bracket
    that closes the imprint, is the passage cited (book.chapter), which the tagger left unlabelled."""
    sequence = state.sequence
    last = len(sequence) - 1
    while last > 0 and sequence[last][0] == "punct":
        last -= 1
    if last < 1 or sequence[last][0] != "other" or state.locator is not None:
        return
    m = _PASSAGE_RE.match(sequence[last][1])
    before = next((text for label, text in reversed(sequence[:last]) if label != "punct"), "")
    if m is None or not before.rstrip(" ,;").endswith(")"):
        return
    state.locator, state.label = m["passage"].replace("–", "-").replace(" ", ""), "section"
