"""A manuscript in an English or American library by its shelf-mark: "British Library, Harley MS 7368, fol.
9r", "London, British Library, Add. MS 27632, fols 30r–31v", "Dulwich College, MS VII, fol. 25v",
"Beinecke Library, Osborn MS b197, p. 45", "Harley MS 7368, fol. 10v".

English notes name the library (after its town, if at all), then the shelf-mark with "MS" in it (the
collection's name before "MS" in the British Library's style, after it in the Bodleian's), then the leaf or
page.  The tagger reads a library it does not know as an author and the shelf-mark as a series ("MS",
number "VII"), or cuts the collection's name off into the library's.  The step reads the whole text in
that order and writes the ``archive`` (a name ending in Library, College, Museum, Archives, Record Office
…), its ``archive-place``, the shelf-mark as ``archive_location`` and the leaf (``folio``) or page cited; a
shelf-mark alone ("Harley MS 7368, fol. 10v") is a manuscript too.  The item is a ``manuscript``; what the
earlier steps read into authors, titles and series goes.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import expand_dashed_range, hyphen_range, whole_text
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables
from citekit.normalize.pages import LOCATOR_LABELS

#: the words a library's or a record office's name ends with
_REPOSITORY_END = (
    r"(?:Library|Libraries|College|Museum|Archives?|Record\s+Office|Records\s+Office|Society|Institute|"
    r"Cathedral|Abbey|Castle|House|Hall|School|Inn|Trust)"
)
_NOTE_RE = lazy_compile(
    r"^(?:(?P<place>[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?),\s)??"
    rf"(?:(?P<archive>[A-Z][\w’'.&\s-]{{1,80}}?{_REPOSITORY_END}(?:\s(?:Library|Archives?))?),\s)?"
    r"(?P<mark>(?:[A-Z][A-Za-z]{1,15}\.?\s)?MSS?\.?\s[^,;()]{1,40}?),\s"
    r"(?P<word>fols?|ff?|pp?|sigs?)\.?\s(?P<value>[\w*]+(?:\s?[-–]\s?[\w*]+)?)[.;]?$"
)
#: what the earlier steps may have read from such a note
_READ_BEFORE = (
    "author", "title", "title-short", "collection-title", "collection-number", "publisher", "publisher-place",
    "container-title", "archive", "archive-place", "archive_location", "archive_collection",
)


class EnglishManuscript(Normalizer):
    """"[Place, ][Library, ]Collection MS Number, fol. 9r" -> a ``manuscript`` with its archive and shelf-mark."""

    name: ClassVar[str] = "english-manuscript"
    code: ClassVar[str] = "P166"
    keys: ClassVar[tuple[str, ...]] = ("type", *_READ_BEFORE, "locator", "label")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        full = whole_text(state.sequence, state.derived)
        # pre-test: the word "MS" before a leaf or a page
        if "MS" not in full or len(full) > 200:
            return
        m = _NOTE_RE.match(full)
        if m is None:
            return
        item = state.item
        mark = m["mark"].strip()
        archive = m["archive"]
        if item.get("type") == "manuscript" and item.get("archive_location") == mark and (
            archive is None or item.get("archive") == archive
        ):
            return  # read right already
        drop_variables(item, _READ_BEFORE)
        item.pop("type", None)
        state.item = item = {"type": "manuscript", **item}  # (the type is the item's first key)
        if archive:
            item["archive"] = archive
        if m["place"] and archive:
            item["archive-place"] = m["place"]
        item["archive_location"] = mark
        value = m["value"]
        label = LOCATOR_LABELS.get(m["word"].lower(), "page")
        state.locator = expand_dashed_range(value) if label == "page" else hyphen_range(value)
        state.label = label
        state.kind = "full"
