"""Convert a bibliography between formats (BibTeX, biblatex, CSL-JSON, RIS, styled text).

Example:
  citekit convert refs.bib -t csl-json -o refs.json
  citekit convert refs.ris -t biblatex
  cat refs.json | citekit convert - -t text --style mhra-notes
"""

from __future__ import annotations

import argparse

from citekit.commands._common import add_output_argument, add_style_argument, emit, report


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="*", default=["-"], metavar="IN",
                        help="input files ('-' or nothing for standard input)")
    parser.add_argument("-t", "-f", "--to", "--format", dest="to", default="csl-json",
                        metavar="FORMAT", help="output format (see 'citekit formats'); default csl-json")
    parser.add_argument("--from", dest="source_format", metavar="FORMAT",
                        help="input format, when the extension or content does not tell")
    add_style_argument(parser)
    add_output_argument(parser)


def run(args: argparse.Namespace) -> int:
    from citekit.commands._common import read_entries
    from citekit.formats import registry

    out_spec = registry.get(args.to)  # usage error before any reading
    entries, diagnostics = read_entries(args.inputs, args.source_format)
    options = {"style": args.style} if out_spec.module == "citekit.render.output" else {}
    text = registry.write(entries, out_spec.name, failed=[d for d in diagnostics if d.raw], **options)
    emit(text, args.output)
    return report(diagnostics)
