"""A dated document in an archive: "Cabinet conclusions, 3 May 1940, TNA, CAB 65/13", "Minutes of the Cabinet,
22 June 1940, CAB 65/7/67, The National Archives, Kew", "Will of Jane Austen, 27 April 1817, PROB 11/1596/223,
The National Archives, Kew", "Court roll of the manor of Halesowen, 1293, MS 346, Birmingham Archives".

Minutes, memoranda, circulars and wills are cited by a description, their date, the piece (a
shelf-mark) and the repository, in either order.  The tagger reads the description as an author and the
repository as a publisher or a journal.  The note has a fixed shape, so the step reads it from the
whole text: the description (``title``), the date (``issued``), and the archival parts as the
archived-letter step reads them (:func:`~citekit.normalize.letter.archival_parts`).  Both a
repository and a shelf-mark must be there: without them the note is no archive's and is left alone.
"""

from __future__ import annotations

from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.date import parse_date
from citekit.normalize.letter import archival_parts

_DOCUMENT_RE = lazy_compile(r"^(?P<title>[^,()]{3,120}),\s(?P<date>[^,()]{4,24}?),\s(?P<rest>.+?)[.]?$")


class ArchivedDocument(Normalizer):
    """"Description, date, shelf-mark, repository" -> type ``manuscript``, ``title``, ``issued``, ``archive``,
    ``archive_location``."""

    name: ClassVar[str] = "archived-document"
    code: ClassVar[str] = "P135"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "title", "issued", "archive", "archive-place", "archive_collection", "archive_location", "kind",
        "locator", "label",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"date"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if len(sequence) < 3 or len(sequence) > 10 or sequence[1][0] != "date" or not sequence[1][1][:1].isdigit():
            return  # (the description's span, then the date's, opening with its day or year: "(1999)" is none)
        if not sequence[1][1].rstrip().endswith(",") or not sequence[0][1].rstrip().endswith(","):
            return  # ("Description, date, …": commas after both)
        if "recipient" in state.item:
            return
        text = " ".join(text.strip() for _, text in sequence)
        m = _DOCUMENT_RE.match(text)
        if m is None:
            return
        date = parse_date(m["date"])
        if date is None:
            return
        parts = archival_parts(m["rest"])
        if parts is None or "archive" not in parts or "archive_location" not in parts:
            return
        locator = parts.pop("locator", None)
        item: dict[str, Any] = {"type": "manuscript", "title": m["title"].strip(), "issued": date, **parts}
        if "language" in state.item:
            item["language"] = state.item["language"]
        state.item = item
        state.kind = "full"
        state.locator, state.label = (locator, "folio") if locator else (None, None)
