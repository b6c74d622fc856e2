"""Footnotes in, bibliography out: the ``citekit extract`` pipeline as a Python API.

>>> doc = extract("1 See Paul Hagenloh, Stalin's Police, Baltimore, 2009, p. 3.", notes_mode=True)
>>> doc.notes[0].citations[0].locator
'3'

Modules: :mod:`~citekit.extraction.split` (note -> pieces),
:mod:`~citekit.extraction.classify` (what a piece is),
:mod:`~citekit.extraction.locators` (pinpoints),
:mod:`~citekit.extraction.pipeline` (the stages together),
:mod:`citekit.resolve` (short forms and back-references).
"""

from __future__ import annotations

import os

from citekit.model import Document

__all__ = ["extract"]


def extract(
    path_or_text: str | os.PathLike[str] | bytes,
    *,
    fmt: str | None = None,
    notes_mode: bool = False,
) -> Document:
    """Extract a document's notes, citations and bibliography.

    A path (or a string naming an existing file) is read as a file, its format
    taken from ``fmt`` or its extension/content; bytes are a document's raw
    content; any other string is the document's text.  ``notes_mode`` reads
    one note per line.  Never raises on bad input: problems are diagnostics.
    """
    from citekit.extraction import pipeline

    if isinstance(path_or_text, bytes):
        return pipeline.extract_bytes(path_or_text, fmt=fmt)
    if isinstance(path_or_text, os.PathLike) or (
        "\n" not in path_or_text and len(path_or_text) < 4096 and os.path.isfile(path_or_text)
    ):
        return pipeline.extract_path(os.fspath(path_or_text), fmt=fmt, notes_mode=notes_mode)
    return pipeline.extract_text(path_or_text, fmt=fmt or ("text" if not notes_mode else None),
                                 notes_mode=notes_mode)
