"""A publisher read as a book's container between the place and the year: "Rio de Janeiro, Civilização
Brasileira, 2001".

In the imprint of the Spanish and Portuguese house style ("Ciudad, Editorial, año") the publisher stands
between the place and the year with no colon before it.  The tagger, meeting a name it has seen as a
journal's or a collection's ("Civilização Brasileira", "Revista de Occidente"), labels it a
``container-title``, and the book becomes a chapter of its own publisher.  A container span that comes
right after the place and right before the year, with no "in"/"en"/"em" before it and no publisher
read elsewhere, is the publisher; so is one after a title span that the place closes ("O império das
províncias, Rio de Janeiro," + "Civilização Brasileira,": the place leaves the title).  Runs right after
the container step.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import QUOTES
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.place import names_a_place
from citekit.normalize.title import put_title

#: a publisher's name: capitalised words and the small words between them
_NAME_RE = lazy_compile(
    r"^[A-ZÀ-Þ][\w'’.&-]*(?:\s(?:[A-ZÀ-Þ][\w'’.&-]*|de|da|do|das|dos|del|y|e|and|&|of|la|las|los|für)){0,6}$"
)
#: small words inside a place's name ("Rio de Janeiro", "Frankfurt am Main", "Stratford-upon-Avon")
_PLACE_PARTICLES = frozenset("de da do das dos del la las los y e of on upon am an der sur en".split())
#: a name ending in a number, Roman or Arabic: a volume of proceedings or a journal's, no publisher
_NUMBERED_RE = lazy_compile(r"\s(?:[IVXLC]+|\d+)\.?$")
_IN_WORDS = ("in ", "In ", "en ", "En ", "em ", "Em ", "dans ", "im ")


class ContainerAsPublisher(Normalizer):
    """"Place," + container "Name," + "Year" (no publisher) -> ``publisher`` Name, no container."""

    name: ClassVar[str] = "container-as-publisher"
    code: ClassVar[str] = "P172"
    keys: ClassVar[tuple[str, ...]] = ("container-title", "publisher", "publisher-place", "title", "title-short")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"container-title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        spans = state.spans
        if "publisher" in spans or "date" not in spans or len(spans.get("container-title", ())) != 1:
            return
        fields = [(label, text) for label, text in state.sequence if label != "punct"]
        labels = [label for label, _ in fields]
        at = labels.index("container-title")
        if not (0 < at < len(labels) - 1 and labels[at + 1] == "date"):
            return
        if "location" not in spans and self._bracketed_imprint(state, spans["container-title"][0]):
            return
        place = None
        if labels[at - 1] == "title" and "location" not in spans and labels.count("title") == 1:
            head, _, tail = fields[at - 1][1].strip(" ,;:").rpartition(", ")
            if (not head or not names_a_place(tail) or state.item.get("title") != head + ", " + tail
                    or any(word[:1].islower() and word not in _PLACE_PARTICLES for word in tail.split()[1:])):
                return  # (not "…in Missouri, USA cattle": a place's words are capitalised)
            place = tail  # ("O império das províncias, Rio de Janeiro,": the place closes the title span)
        elif labels[at - 1] != "location":
            return
        text = spans["container-title"][0].strip(" ,;:")
        if (not text or text[:1] in QUOTES or text.startswith(_IN_WORDS) or _NAME_RE.match(text) is None
                or _NUMBERED_RE.search(text) or "volume" in spans or "issue" in spans):
            return  # (a publisher's name is a few capitalised words, not a numbered proceedings volume or a
            # journal before its volume: not "source unknown (CPSC?)", "Lunar and Planetary Science XXXV")
        item = state.item
        if "publisher" in item or "title" not in item:
            return
        item.pop("container-title", None)
        item["publisher"] = text
        if place is not None:
            put_title(item, item["title"][: -len(place) - 2])
            item["publisher-place"] = place

    @staticmethod
    def _bracketed_imprint(state: ItemState, span: str) -> bool:
        """"(Seoul: Ilchogak," + "1990),": a Chicago imprint's place and publisher read as one container
        (the tagger took the publisher it has not seen for a journal's name); True when it was one."""
        match = _BRACKETED_IMPRINT_RE.match(span.strip())
        item = state.item
        if (match is None or not names_a_place(match["place"]) or "publisher" in item or "title" not in item
                or _NAME_RE.match(match["publisher"]) is None or _NUMBERED_RE.search(match["publisher"])):
            return False
        item.pop("container-title", None)
        item["publisher"] = match["publisher"]
        item.setdefault("publisher-place", match["place"])
        return True


#: a Chicago imprint opened in brackets, its year in the next span: "(Seoul: Ilchogak,", "(New Haven, CT: Yale
#: University Press,"
_BRACKETED_IMPRINT_RE = lazy_compile(r"^\((?P<place>[A-ZÀ-Þ][^():;,]*(?:,\s[A-Z]{2})?):\s(?P<publisher>[^():;,]+?),?$")
