"""Invariants: rendering never raises on odd items, and never leaves internal marks."""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citekit.model import Citation, Diagnostic
from citekit.render import render_bibliography, render_notes

TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
NAME = st.one_of(
    st.fixed_dictionaries({}, optional={"family": TEXT, "given": TEXT,
                                        "non-dropping-particle": TEXT, "suffix": TEXT}),
    st.fixed_dictionaries({"literal": TEXT}),
    TEXT,
)
DATE = st.one_of(
    st.fixed_dictionaries({"date-parts": st.lists(
        st.lists(st.one_of(st.integers(-3000, 3000), TEXT), max_size=4), max_size=3)},
        optional={"season": st.one_of(st.integers(0, 5), TEXT), "circa": st.booleans()}),
    st.fixed_dictionaries({"raw": TEXT}),
    st.fixed_dictionaries({"literal": TEXT}),
    TEXT,
)
ENTRY = st.fixed_dictionaries(
    {"id": st.sampled_from(["a", "b"]),
     "type": st.sampled_from(["book", "chapter", "article-journal", "manuscript", "thesis",
                              "article-newspaper", "entry-encyclopedia", "nonsense"])},
    optional={"title": TEXT, "container-title": TEXT, "author": st.lists(NAME, max_size=5),
              "editor": st.lists(NAME, max_size=3), "issued": DATE, "page": TEXT,
              "volume": TEXT, "number-of-volumes": TEXT, "publisher-place": TEXT,
              "edition": TEXT, "language": TEXT},
)


def _no_marks(text: str) -> bool:
    return not any("\ue000" <= ch <= "\ue011" for ch in text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(ENTRY, min_size=1, max_size=3),
       st.sampled_from(["chicago-notes-bibliography", "mhra-notes", "citekit-seer-notes"]),
       st.sampled_from(["text", "html", "markdown"]))
def test_rendering_odd_items_never_raises(entries: list[dict[str, Any]], style: str,
                                          output: str) -> None:
    diagnostics: list[Diagnostic] = []
    text = render_bibliography(entries, style=style, output=output, diagnostics=diagnostics)
    notes = render_notes([[Citation(e["id"], locator="3")] for e in entries], entries,
                         style=style, output=output, diagnostics=diagnostics)
    assert _no_marks(text) and all(_no_marks(n) for n in notes)
    assert all(d.code.startswith("S") for d in diagnostics)
