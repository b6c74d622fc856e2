"""A hand-typed short form of a work the author cites elsewhere by key (R007).

"Walton, Rossini in Restoration Paris, 52" after ``\\footcite{walton2011}``:
the work is in the author's .bib, not in the text, so no extracted entry can
match it; the key names the author, and when exactly one earlier key does,
the short form takes it instead of becoming an entry of its own (R001).
"""

from __future__ import annotations

import pytest

from citekit.model import Citation, Document, Note
from citekit.resolve import resolve_document


def _doc(keys: list[str], short: str) -> Document:
    notes = [Note(number=str(i), text="", line=i, citations=[Citation(id=k, kind="keyed", text=f"\\cite{{{k}}}")])
             for i, k in enumerate(keys, 1)]
    notes.append(Note(number=str(len(keys) + 1), text=short, line=len(keys) + 1,
                      citations=[Citation(id=None, kind="short", text=short)]))
    return Document(path="a.tex", notes=notes)


@pytest.mark.parametrize("keys,short,expected,code", [
    (["walton2011"], "Walton, Rossini in Restoration Paris, 52.", "walton2011", "R007"),
    (["Walton:Rossini:2011"], "Walton, Rossini in Restoration Paris, 52.", "Walton:Rossini:2011", "R007"),
    (["castilblaze1823"], "Castil-Blaze, Théâtre royal, 2.", "castilblaze1823", "R007"),
    # two keys of the author: which work is meant cannot be told; an entry of its own, as before
    (["walton2011", "walton2015"], "Walton, Rossini in Restoration Paris, 52.", None, "R001"),
    # another author's key ("waltonsmith") is no match for "Walton"
    (["waltonsmith1990"], "Walton, Rossini in Restoration Paris, 52.", None, "R001"),
    ([], "Walton, Rossini in Restoration Paris, 52.", None, "R001"),
])
def test_short_form_takes_the_only_key_of_its_author(keys: list[str], short: str,
                                                     expected: str | None, code: str) -> None:
    doc = _doc(keys, short)
    resolve_document(doc)
    cit = doc.notes[-1].citations[0]
    codes = [d.code for d in doc.diagnostics]
    if code == "R007":
        assert cit.id == expected and codes == ["R007"] and doc.entries == []
    else:
        assert cit.id not in keys and "R001" in codes and len(doc.entries) == 1
