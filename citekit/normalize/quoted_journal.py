"""An article's journal read as a book series: "«La nación como utopía», Allpanchis, n.º 25, 1985, pp. 17-35".

Spanish, Portuguese and Italian notes set an article's title in quotes and follow it with the journal's
name, its number and year, with no imprint.  The tagger, which has seen short names after a title as
series more often than as journals, sometimes labels the journal a ``collection-title``; the article
becomes a book in a series and its range the pages cited.  When the author's name and a comma come
first, the title opens with a quotation mark, the "series" follows it and is followed by a volume or an
issue, and nothing of a book's is there (no place, no
publisher, no editor, no container), the series is the journal: ``container-title``.  Runs right after
the container step, before the steps that read the volume, the pages and the type.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import OPENING_QUOTES
from citekit.normalize.base import Context, ItemState, Normalizer

#: a "series" that is a Roman number, perhaps after "A." (anno): the journal's series or year, not its name
_VOLUME_LIKE_RE = lazy_compile(r"^(?:A\.\s?|n\.\s?s\.\s?|s\.\s?)?[IVXLCDMivxlcdm]+\W*$")
#: spans that make the reference a book's (a series then is a series)
_BOOKISH = frozenset({"location", "publisher", "editor", "container-title", "translator", "edition"})


class QuotedJournal(Normalizer):
    """quoted title + ``collection-title`` + volume/issue, no imprint -> the series is the ``container-title``."""

    name: ClassVar[str] = "quoted-journal"
    code: ClassVar[str] = "P171"
    keys: ClassVar[tuple[str, ...]] = ("container-title", "collection-title", "collection-number")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"collection-title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        spans = state.spans
        item = state.item
        titles = spans.get("title")
        series = item.get("collection-title")
        if (
            not titles or not isinstance(series, str) or titles[0].lstrip()[:1] not in OPENING_QUOTES
            or _VOLUME_LIKE_RE.match(series)  # (a journal's series or year, "civ", "A. XXXI": no journal's name)
            or "container-title" in item or not _BOOKISH.isdisjoint(spans)
            or ("volume" not in spans and "issue" not in spans)
        ):
            return
        labels = [label for label, _ in state.sequence if label != "punct"]
        at = labels.index("title")
        if (
            at == 0 or labels[at - 1] != "author" or labels.count("title") != 1
            or labels[at + 1 : at + 3] not in (["collection-title", "volume"], ["collection-title", "issue"])
            or state.spans["author"][-1].rstrip()[-1:] != ","
        ):
            return  # ("Author, «Title», Journal, n.º 25" only: Italian notes quote the journal's name itself)
        item["container-title"] = series
        del item["collection-title"]
        item.pop("collection-number", None)
