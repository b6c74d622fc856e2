"""Parse free-text citations, one per line, into structured entries.

Each input line is one reference as typed in a note or a bibliography; the
output has exactly one entry per line, in order (an empty or unparseable line
gives an entry with only an id and a type, plus a diagnostic on stderr).
The pinpoint locator, the signal ("See", "Vgl.") and the kind of reference
(full, short, ibid.) are kept apart from the entry in -f json.

Example:
  echo "See Paul Hagenloh, Stalin’s Police, Baltimore, MD, 2009, p. 3." | citekit parse -f json
  citekit parse notes.txt -f biblatex -o refs.bib
  citekit parse refs.txt -f text --style mhra-notes

Formats: csl-json (a JSON array, the default), json (one object per line:
item, locator, label, prefix, suffix, kind, confidence per field), and every
writable format of 'citekit formats' (bibtex, biblatex, ris, text ...).
"""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from citekit.commands._common import add_output_argument, add_style_argument

    parser.add_argument("input", nargs="?", default="-", metavar="FILE",
                        help="one reference per line ('-' or nothing for standard input)")
    parser.add_argument("-f", "-t", "--format", dest="format", default="csl-json",
                        metavar="FORMAT", help="output format: csl-json (default), json, bibtex, "
                        "biblatex, ris, text, ...")
    add_style_argument(parser)
    add_output_argument(parser)


def run(args: argparse.Namespace) -> int:
    import json
    import sys

    from citekit.commands._common import emit, report
    from citekit.model import Diagnostic
    from citekit.parser import parse_reference, parse_references
    from citekit.textio import read_text

    fmt = args.format.lower()
    spec = None
    if fmt != "json":
        from citekit.formats import registry

        spec = registry.get(fmt)  # unknown format: a usage error before any parsing
        if not spec.writable:
            from citekit.errors import UsageError

            raise UsageError(f"format {spec.name!r} cannot be written")
    text, diagnostics = read_text(args.input)
    lines = text.splitlines()
    stream = fmt == "json" and args.output == "-"
    entries = []
    json_lines: list[str] = []
    # without confidences, the whole input goes through the batched tagger at once (large
    # inputs only; the same results as one at a time); -f json streams line by line
    batch = iter(parse_references(lines)) if fmt != "json" else None
    prev = None
    for number, line in enumerate(lines, start=1):
        if batch is not None:
            result = next(batch)
        else:
            result = parse_reference(line, prev=prev, confidences=True)
            if result.fields:
                prev = result.item
        result.item.setdefault("id", f"ref{number}")
        for diag in result.diagnostics:
            located = Diagnostic(diag.code, diag.message, path=args.input, line=number,
                                 col=diag.col, severity=diag.severity, raw=diag.raw)
            diagnostics.append(located)
        if fmt == "json":
            record = json.dumps(_json_record(result.to_json()), ensure_ascii=False) + "\n"
            if stream:
                sys.stdout.write(record)
                sys.stdout.flush()
            else:
                json_lines.append(record)
        else:
            entries.append(result.item)
    if fmt == "json":
        if not stream:
            emit("".join(json_lines), args.output)
    else:
        assert spec is not None
        from citekit.formats import registry

        options = {"style": args.style} if spec.module == "citekit.render.output" else {}
        emit(registry.write(entries, spec.name, **options), args.output)
    return report(diagnostics)


def _json_record(data: dict[str, object]) -> dict[str, object]:
    """The ``-f json`` object: occurrence data first, diagnostics left to stderr."""
    keys = ("item", "kind", "locator", "label", "prefix", "suffix", "confidence", "fields")
    return {key: data.get(key) for key in keys}
