"""Styled reference lists and notes: CSL through citeproc-py, fixed where it falls short.

``render_bibliography`` and ``render_notes`` are the API; the engine
(:mod:`citekit.render.engine`) is imported on first use so that importing
this package stays cheap.  See the engine's docstring for the S diagnostic codes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citekit.model import Citation, Diagnostic, Entry

__all__ = ["join_entries", "render_bibliography", "render_notes"]

OUTPUTS = ("text", "html", "markdown")


def _check_output(output: str) -> None:
    if output not in OUTPUTS:
        from citekit.errors import UsageError

        raise UsageError(f"unknown output {output!r} (known: {', '.join(OUTPUTS)})")


def join_entries(texts: Sequence[str], output: str) -> str:
    """One bibliography document: lines of text, an HTML list, Markdown paragraphs."""
    if not texts:
        return ""
    if output == "html":
        body = "".join(f'  <div class="csl-entry">{t}</div>\n' for t in texts)
        return f'<div class="csl-bib-body">\n{body}</div>\n'
    if output == "markdown":
        return "\n\n".join(texts) + "\n"
    return "\n".join(texts) + "\n"


def render_bibliography(
    entries: Sequence[Entry],
    style: str = "chicago-notes-bibliography",
    output: str = "text",
    locale: str | None = None,
    diagnostics: list[Diagnostic] | None = None,
) -> str:
    """The bibliography of ``entries`` in ``style``, sorted as the style says.

    Items the style cannot render are left out of the text and reported in
    ``diagnostics`` (when given) with the raw item kept.
    """
    _check_output(output)
    from citekit.render import engine

    rendered = engine.bibliography(entries, style, output, locale)
    if diagnostics is not None:
        diagnostics.extend(rendered.diagnostics)
    return join_entries(rendered.texts, output)


def render_notes(
    notes: Sequence[Sequence[Citation]],
    entries: Sequence[Entry],
    style: str = "chicago-notes-bibliography",
    output: str = "text",
    locale: str | None = None,
    diagnostics: list[Diagnostic] | None = None,
) -> list[str]:
    """One rendered note per inner list; first, subsequent, ibid. follow from the sequence."""
    _check_output(output)
    from citekit.render import engine

    rendered = engine.notes_of(entries, notes, engine.load_style(style, locale), output)
    if diagnostics is not None:
        diagnostics.extend(rendered.diagnostics)
    return rendered.texts
