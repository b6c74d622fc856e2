"""An early book's imprint in its bracket, misread: "Robert Greene, Pandosto (London: Thomas Orwin for Thomas
Cadman, 1588)", "Thomas Lodge, Rosalynde (London: Printed by Thomas Orwin for T. G. and John Busbie, 1590)",
"Greenes, Groats-worth of Witte (London: [John Wolfe and John Danter] for William Wright, 1592)".

An imprint of the hand-press period names the printer and the bookseller ("X for Y", "Printed by X for Y",
a printer supplied in square brackets) where a modern one names a publisher.  The tagger, which has seen few,
reads the bracket into the title, or the people in it as authors.  The step finds the bracket in the whole
text ("(Place: …, Year)"), and only when it was so misread: the title is cut before the bracket, the people
read from inside it leave the authors, and the place, the imprint's names (``publisher``, as written) and
the year are read from it.  An author span that then holds the title too ("Robert Greene, Greenes,
Groats-worth of Witte") is split at its first comma.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_names
from citekit.normalize._text import whole_text
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.date import parse_date
from citekit.normalize.title import put_title

#: "(London: Thomas Orwin for Thomas Cadman, 1588)": place, the imprint's names, year (a range, a bracketed year)
_IMPRINT_RE = lazy_compile(
    r"\s\((?P<place>[A-Z][^:()\[\]]{1,40}):\s(?P<names>[^()]{2,160}?),\s(?P<year>\[?1[4-8]\d\d\]?(?:\s?[-–]\s?\d{2,4})?)\)"
)
#: the printing words of an early imprint, one of which the step requires ("for", "by", "printed", a bracket)
_EARLY_IMPRINT_RE = lazy_compile(r"\b(?:for|by|[Pp]rinted|[Ii]mprinted|sold)\b|\[")


class BracketedImprint(Normalizer):
    """"Title (Place: X for Y, 1588)" read into the title or as authors -> title, place, ``publisher``, year."""

    name: ClassVar[str] = "bracketed-imprint"
    code: ClassVar[str] = "P168"
    keys: ClassVar[tuple[str, ...]] = (
        "author", "title", "title-short", "publisher", "publisher-place", "issued",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"title", "author"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        whole = whole_text(state.sequence, state.derived)
        # pre-test: an opening bracket with a colon after it, and a printing word or a square bracket
        if " (" not in whole or ":" not in whole or (
            " for " not in whole and " by " not in whole and "rinted" not in whole and "[" not in whole
        ):
            return
        texts = [text.strip() for _, text in state.sequence]
        full = " ".join(texts)
        m = _IMPRINT_RE.search(full)
        if m is None or not _EARLY_IMPRINT_RE.search(m["names"]):
            return
        start, end = m.start() + 1, m.end()
        # where each span lies in ``full``
        offsets: list[tuple[str, int, int]] = []
        position = 0
        for (label, _), text in zip(state.sequence, texts, strict=True):
            offsets.append((label, position, position + len(text)))
            position += len(text) + 1
        title_over = [(s, e) for label, s, e in offsets if label == "title" and s < start < e]
        authors_inside = [(s, e) for label, s, e in offsets if label == "author" and start <= s < end]
        if not title_over and not authors_inside:
            return  # read right
        item = state.item
        if title_over:
            s, _ = title_over[0]
            head = full[s:start].strip(" ,")
            if head:
                put_title(item, head)
        if authors_inside:
            before = [full[s:e] for label, s, e in offsets if label == "author" and e <= start]
            authors = [name for text in before for name in parse_names(text.strip(" ,"))[0]]
            if authors:
                item["author"] = authors
            else:
                item.pop("author", None)
            if "title" not in item and len(before) == 1:
                _split_author_and_title(item, before[0])
        item["publisher-place"] = m["place"].strip()
        item["publisher"] = m["names"].strip()
        date = parse_date(m["year"].strip("[]"))
        if date:
            item["issued"] = date
        state.derived["imprint-read"] = True  # (a full citation, though no span was the imprint's: no short form)


def _split_author_and_title(item: dict[str, object], text: str) -> None:
    """"Robert Greene, Greenes, Groats-worth of Witte": a name, then the title, in one author span."""
    first, comma, rest = text.strip(" ,").partition(", ")
    people = parse_names(first)[0] if comma else []
    if len(people) == 1 and "given" in people[0] and rest and rest[:1].isupper():
        item["author"] = people
        put_title(item, rest)
