"""Helpers every sub-command shares: inputs, outputs, diagnostics, exit codes."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citekit.model import Diagnostic, Entry


def add_output_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o", "--output", metavar="OUT", default="-",
        help="write here instead of standard output (an existing file is replaced atomically)",
    )


def add_style_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--style", metavar="STYLE", default="chicago-notes-bibliography",
        help="CSL style for text/html/markdown output: a name from 'citekit styles' or a .csl file",
    )


def emit(text: str, output: str) -> None:
    """Write ``text`` to stdout (``-``) or atomically to the file ``output``."""
    if output == "-":
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    from citekit.textio import atomic_write

    atomic_write(output, text)


def report(diagnostics: Iterable[Diagnostic]) -> int:
    """Print diagnostics to stderr as ``path:line: CODE message``; return the exit status.

    Errors and warnings make the status 1 (data problems found); info does not.
    """
    status = 0
    for diag in diagnostics:
        print(diag.format(), file=sys.stderr)
        if diag.severity in ("error", "warning"):
            status = 1
    return status


def read_entries(
    paths: list[str], fmt: str | None = None
) -> tuple[list[Entry], list[Diagnostic]]:
    """Read bibliography files of any registered format (sniffed unless ``fmt``)."""
    from citekit.errors import UsageError
    from citekit.formats import registry
    from citekit.textio import read_text

    entries: list[Entry] = []
    diagnostics: list[Diagnostic] = []
    for path in paths or ["-"]:
        text, diags = read_text(path)
        diagnostics.extend(diags)
        spec = registry.get(fmt) if fmt else registry.sniff(text, path)
        if spec is None:
            raise UsageError(f"{path}: cannot tell the format; name it with --from")
        result = registry.read(text, spec.name, path=path)
        entries.extend(result.entries)
        diagnostics.extend(result.diagnostics)
    return entries, diagnostics
