"""A style may leave entries out of its bibliography by its own rules (MHRA and Chicago notes omit a classic
cited without an edition): the entry is then named in an info diagnostic (S006), never dropped in silence."""

from __future__ import annotations

from citekit.model import Diagnostic
from citekit.render import render_bibliography

CLASSIC = {"id": "aristotle", "type": "classic", "author": [{"family": "Aristotle"}], "title": "Nicomachean Ethics"}
BOOK = {"id": "hagenloh2009", "type": "book", "author": [{"family": "Hagenloh", "given": "Paul"}],
        "title": "Stalin's Police", "issued": {"date-parts": [[2009]]}}


def test_omitted_classic_is_reported() -> None:
    diagnostics: list[Diagnostic] = []
    text = render_bibliography([CLASSIC, BOOK], "mhra-notes", diagnostics=diagnostics)
    assert "Stalin" in text and "Nicomachean" not in text
    assert [(d.code, d.severity) for d in diagnostics] == [("S006", "info")]
    assert "'aristotle' (classic)" in diagnostics[0].message


def test_rendered_entries_give_no_omission_notice() -> None:
    diagnostics: list[Diagnostic] = []
    text = render_bibliography([CLASSIC, BOOK], "apa", diagnostics=diagnostics)
    assert "Nicomachean" in text and "Stalin" in text
    assert diagnostics == []
