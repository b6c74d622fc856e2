"""An imprint the tagger left at the end of the title: "…, São Paulo, Brasiliense," / "… (Seoul: Ilchogak,".

Two forms of the same slip, both just before the year:

* the continental order "Title, Place, Publisher, Year" read as one title (or container) span:
  "Formação do Brasil contemporâneo, São Paulo, Brasiliense," + "1942,";
* the Chicago bracket opened inside the title span: "Han'guksa sillon (Seoul: Ilchogak," + "1967),",
  "in Guantang jilin (Beijing: Zhonghua shuju," + "1959),";
* the open order with a colon, "Title, Place: Publisher, Year" (or "…, χ.χ.", no date), as Greek notes write it: "στο Χ. Χατζηιωσήφ
  (επιμ.), Ιστορία της Ελλάδας του 20ού αιώνα, Αθήνα: Βιβλιόραμα," + "1999,".

The title (or container title) keeps what comes before; the place and the publisher go to their
variables.  Only when the item has neither, the place is a known one (``place.names_a_place``) and
the publisher is a short name that is no place: "…, Paris, London" stays a title (in the
bracketed form any capitalised name before the colon is taken for the place).
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize.base import Context, ItemState, Normalizer

#: a French series after the publisher, its closing guillemet perhaps cut off with the span: ", coll. « Tel »"
_SERIES_TAIL_RE = lazy_compile(r",\s+coll\.\s+[«\"“]\s?(?P<series>[^«»\"“”,]{2,60}?)\s?[»\"”]?$")
#: "…, São Paulo, Brasiliense": the last two comma-separated parts of a title
_COMMA_IMPRINT_RE = lazy_compile(r"^(?P<head>.{3,}?),\s+(?P<place>[A-ZÀ-Þ][^,()]{1,30}),\s+(?P<publisher>[A-ZÀ-Þ][^,()]{1,50})$")
#: "… (Seoul: Ilchogak": a bracket opened after the title, a place, a colon, the publisher
_BRACKET_IMPRINT_RE = lazy_compile(r"^(?P<head>.{3,}?)\s+\((?P<place>[A-ZÀ-Þ][^,():]{1,30}):\s+(?P<publisher>[^,():]{2,50})$")
#: "…, Αθήνα: Βιβλιόραμα" (the Greek and Chicago open order): a comma, a place, a colon, the publisher
_COMMA_COLON_IMPRINT_RE = lazy_compile(r"^(?P<head>.{3,}?),\s+(?P<place>[^\W\d_][^,():]{1,30}):\s+(?P<publisher>[^,():]{2,50})$")
#: the mark of no date closing a title span after its imprint: ", n.d.", ", s.d.", ", o.J.", Greek ", χ.χ."
_NO_DATE_TAIL_RE = lazy_compile(r",\s(?:χ\.\s?χ|n\.\s?d|s\.\s?d|o\.\s?J)\.?$")
#: the last characters of those marks (a cheap test before the expression)
_NO_DATE_LAST = frozenset(".χdDJ")
_DIGIT_RE = lazy_compile(r"\d")
#: a place's name of one to three capitalised words ("Seoul", "Hong Kong", "Rio de Janeiro", "Αθήνα")
_PLACE_NAME_RE = lazy_compile(r"^[A-ZÀ-ÞΑ-ΩΆ-Ώ][\w'’-]+(?:\s(?:[A-ZÀ-ÞΑ-ΩΆ-Ώ][\w'’-]+|de|do|am|an|upon|on|sur)){0,3}$")


def _before_date(state: ItemState) -> set[str]:
    """The labels (title, container-title) whose last span comes right before a date span (punctuation aside)."""
    followed: dict[str, bool] = {}
    previous = ""
    for label, _ in state.sequence:
        if label == "punct":
            continue
        if previous == "title" or previous == "container-title":
            followed[previous] = label == "date"
        previous = label
    if previous == "title" or previous == "container-title":
        followed[previous] = False
    return {label for label, yes in followed.items() if yes}


def split_imprint(text: str) -> tuple[str, str, str] | None:
    """(head, place, publisher) of a title ending in an imprint, or ``None``."""
    # (imported here: place reads the title step, which this module's step follows)
    from citekit.normalize.place import names_a_place

    if text.endswith(")"):
        return None
    last_part = text[text.rfind(", ") + 2:]
    m = _COMMA_COLON_IMPRINT_RE.match(text) if ":" in last_part and not _DIGIT_RE.search(last_part) else None
    if m is None and _DIGIT_RE.search(text[-60:]):
        return None
    bracket = text.rfind(" (")
    if m is None and bracket > 0 and ":" in text[bracket:]:
        m = _BRACKET_IMPRINT_RE.match(text)
    if m is None:
        # (the place's part first, by partition: most titles with commas end in no place)
        before = text.rpartition(", ")[0].rpartition(", ")[2]
        if not before or not names_a_place(before):
            return None
        m = _COMMA_IMPRINT_RE.match(text)
    if m is None:
        return None
    place, publisher = m["place"].strip(), m["publisher"].strip(" .")
    if names_a_place(publisher) or len(publisher.split()) > (10 if m.re == _COMMA_COLON_IMPRINT_RE else 6):
        return None
    if m.re == _COMMA_COLON_IMPRINT_RE and not _PLACE_NAME_RE.match(place):
        return None  # ("…, dans. Grenoble : Ellug": the place is a capitalised name, nothing before it)
    if not names_a_place(place) and not (m.re != _COMMA_IMPRINT_RE and _PLACE_NAME_RE.match(place)):
        return None  # (a colon says "imprint" plainly: a city the place list lacks will do)
    return m["head"].rstrip(" ,;:"), place, publisher


#: first words of places of two words and more ("New" + "York"): never a whole place
_PLACE_OPENINGS = frozenset("New San Santa Santo São Saint St Sankt Port Fort Los Las La El Le Nueva Nuevo Nova Novo Buenos".split())
#: one abbreviated word ("Mass.", "Ver."): a state's or a city's abbreviation, no publisher
_ABBREVIATED_RE = lazy_compile(r"^[A-Z][a-z]{0,5}\.$")


def _place_closing_title(state: ItemState) -> None:
    """"Laboratorio tropical …, 1750-1767, Caracas," + location "Monte Ávila," + "1993,": the place closed the
    title span and the publisher was read as the place; the title's last part names a place, the "place"
    none."""
    from citekit.normalize.place import names_a_place
    from citekit.normalize.title import put_title  # (title reads the place step)

    item = state.item
    locations = state.spans["location"]
    title = item.get("title")
    if len(locations) != 1 or not isinstance(title, str) or ", " not in title:
        return
    publisher = locations[0].strip(" ,;:.")
    head, _, place = title.rpartition(", ")
    if (
        item["publisher-place"] != publisher or names_a_place(publisher) or not names_a_place(place)
        or not _PLACE_NAME_RE.match(publisher) or len(head) < 3
        or not place[:1].isupper() or len(place.split()) > 3 or place in _PLACE_OPENINGS
        or _ABBREVIATED_RE.match(locations[0].strip(" ,;:"))
    ):
        return  # (not "…, New" + "York-Manchester", "…, Cambridge" + "Mass.": the place goes on)
    labels = [label for label, _ in state.sequence if label != "punct"]
    at = labels.index("location")
    if not (0 < at < len(labels) - 1 and labels[at - 1] == "title" and labels[at + 1] == "date"):
        return
    put_title(item, head)
    item["publisher-place"], item["publisher"] = place, publisher


class ImprintInTitle(Normalizer):
    """A title or container title ending in "Place, Publisher" / "(Place: Publisher" before the year ->
    ``publisher-place`` and ``publisher``."""

    name: ClassVar[str] = "imprint-in-title"
    code: ClassVar[str] = "P125"
    keys: ClassVar[tuple[str, ...]] = (
        "title", "title-short", "container-title", "publisher-place", "publisher", "collection-title",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"title", "container-title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        if "publisher" not in item and "publisher-place" in item and "location" in state.spans:
            _place_closing_title(state)
            return
        if "publisher" in item or "publisher-place" in item:
            return
        if "date" not in state.spans:
            if isinstance(title := item.get("title"), str) and title[-1:] in _NO_DATE_LAST:
                self._undated(state, title)
            return
        before_date: set[str] | None = None
        for key, label in (("container-title", "container-title"), ("title", "title"), ("container-title", "title")):
            text = item.get(key)
            if not isinstance(text, str) or (", " not in text and " (" not in text):
                continue
            if before_date is None:
                before_date = _before_date(state)
            if label not in before_date:
                continue
            series = None
            if "coll" in text[-80:] and (series := _SERIES_TAIL_RE.search(text)):
                # "…, Paris, Cerf, coll. « La nuit surveillée »": the French series closes the imprint
                text = text[: series.start()]
            parts = split_imprint(text)
            if parts is None:
                continue
            head, place, publisher = parts
            if series is not None and "collection-title" not in item:
                item["collection-title"] = series["series"].strip()
            if key == "title":
                from citekit.normalize.title import put_title  # (title reads the place step)

                put_title(item, head)
            else:
                item[key] = head
            item["publisher-place"] = place
            item["publisher"] = publisher
            return
        if before_date and "title" in before_date and "location" not in state.spans and "publisher" not in state.spans and (
            "container-title" not in state.spans
        ):
            self._place_alone(state)

    @staticmethod
    def _place_alone(state: ItemState) -> None:
        """"Ιστορία του νέου ελληνισμού, τ. Β΄, Θεσσαλονίκη" + "1964,": a known place alone closing the title
        span before the year ("Place Year", as Greek, German and Italian notes write it)."""
        from citekit.normalize.place import names_a_place
        from citekit.normalize.title import put_title  # (title reads the place step)

        title = state.item.get("title")
        if not isinstance(title, str):
            return
        head, _, place = title.rpartition(", ")
        if head and _PLACE_NAME_RE.match(place) and names_a_place(place) and not (
            names_a_place(head.rsplit(" ", 1)[-1])  # ("Between Paris, London": two places name the subject)
        ):
            put_title(state.item, head)
            state.item["publisher-place"] = place

    @staticmethod
    def _undated(state: ItemState, title: str) -> None:
        """"…, Αθήνα: Επικαιρότητα, χ.χ." (or "…, n.d."): the imprint and the mark of no date in the title span."""
        if not (mark := _NO_DATE_TAIL_RE.search(title)):
            return
        parts = split_imprint(title[: mark.start()])
        if parts is None:
            return
        from citekit.normalize.title import put_title  # (title reads the place step)

        head, state.item["publisher-place"], state.item["publisher"] = parts
        put_title(state.item, head)
        state.derived["imprint-read"] = True  # (a full citation, though no span was a publisher's: no short form)
