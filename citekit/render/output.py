"""The registry's ``text``, ``html`` and ``markdown`` formats: a styled reference list.

Items that the style cannot render, and input that could not be read at all
(``failed``), are not silently dropped: they follow the list in a comment
section that says so (plain lines for text, an HTML comment, a Markdown
comment), so a user sees what is missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from citekit.model import Diagnostic, Entry
from citekit.render import join_entries


def _comment(lines: list[str], output: str) -> str:
    if not lines:
        return ""
    if output == "html":
        body = "\n".join(line.replace("--", "- -") for line in lines)
        return f"<!-- not rendered:\n{body}\n-->\n"
    if output == "markdown":
        body = "\n".join(line.replace("-->", "- ->") for line in lines)
        return f"\n<!-- not rendered:\n{body}\n-->\n"
    return "\n# not rendered:\n" + "".join(f"# {line}\n" for line in lines)


def write(entries: list[Entry], *, output: str = "text",
          style: str = "chicago-notes-bibliography", locale: str | None = None,
          failed: Sequence[Diagnostic] = (), **_: Any) -> str:
    """The bibliography of ``entries`` in ``style`` as ``output`` (text, html, markdown)."""
    from citekit.render import engine

    rendered = engine.bibliography(entries, style or "chicago-notes-bibliography", output,
                                   locale)
    leftovers = [f"{d.code} {d.message}: {d.raw}" for d in rendered.diagnostics if d.raw]
    leftovers += [f"{d.code} {d.message}: {d.raw}" for d in failed if d.raw]
    return join_entries(rendered.texts, output) + _comment(
        [" ".join(line.split()) for line in leftovers], output)


__all__ = ["write"]
