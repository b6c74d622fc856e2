"""Turn hand-typed footnote citations into real \\footcite / [@key] citations.

Reads a LaTeX (biblatex) or pandoc Markdown document and its bibliography,
finds footnotes that cite works by hand ("See Paul Hagenloh, Stalin's Police,
Baltimore, MD, 2009, p. 3."), and rewrites each as a citation of the
bibliography entry, the pinpoint in the postnote and the signal in the
prenote: \\footcite[See][3]{hagenloh2009} or [See @hagenloh2009, 3].  Works not
yet in the bibliography are parsed and appended to it with stable keys
(hagenloh2009, then hagenloh2009a).  Notes that are commentary stay as written.

The rewritten document goes to standard output (or -o OUT); the bibliography
is updated in place.  --dry-run changes nothing and prints a unified diff of
both instead.

Example:
  citekit cite chapter1.tex --bib refs.bib -o chapter1.cited.tex
  citekit cite notes.md --bib refs.bib --dry-run
"""

from __future__ import annotations

import argparse
import sys

from citekit.commands._common import add_output_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="a .tex (biblatex) or .md (pandoc) document")
    parser.add_argument("--bib", metavar="BIB", required=True,
                        help="the bibliography (.bib) to cite from and to add new works to")
    add_output_argument(parser)
    parser.add_argument("--dry-run", action="store_true",
                        help="change nothing; print a unified diff of the document and the .bib")
    parser.add_argument("--no-new", action="store_true",
                        help="only cite works already in the bibliography; add no entries")


def run(args: argparse.Namespace) -> int:
    import difflib
    from pathlib import Path

    from citekit.cite import cite_document
    from citekit.commands._common import emit, report
    from citekit.errors import UsageError
    from citekit.formats import read, write
    from citekit.textio import atomic_write, read_text

    if not args.file.lower().endswith((".tex", ".ltx", ".md", ".markdown")):
        raise UsageError(f"{args.file}: expected a .tex or .md document")
    text, diagnostics = read_text(args.file)
    bib_path = Path(args.bib)
    bib_text = ""
    if bib_path.exists():
        bib_text, bib_diags = read_text(args.bib)
        diagnostics.extend(bib_diags)
    entries = read(bib_text, "bibtex", path=args.bib).entries if bib_text else []
    result = cite_document(args.file, text, entries, parse=not args.no_new)
    diagnostics.extend(result.diagnostics)
    new_bib = bib_text
    if result.new_entries:
        addition = write(result.new_entries, "biblatex")
        addition += "" if addition.endswith("\n") else "\n"
        separator = "" if not bib_text or bib_text.endswith("\n\n") else (
            "\n" if bib_text.endswith("\n") else "\n\n")
        new_bib = bib_text + separator + addition
    if args.dry_run:
        out_name = args.file if args.output == "-" else args.output
        for old, new, name in ((text, result.text, out_name), (bib_text, new_bib, args.bib)):
            sys.stdout.writelines(difflib.unified_diff(
                old.splitlines(keepends=True), new.splitlines(keepends=True),
                fromfile=f"a/{name}", tofile=f"b/{name}",
            ))
    else:
        emit(result.text, args.output)
        if new_bib != bib_text:
            atomic_write(bib_path, new_bib)
    print(
        f"citekit cite: {result.rewritten_notes} note(s) rewritten, "
        f"{len(result.new_entries)} entr{'y' if len(result.new_entries) == 1 else 'ies'} "
        f"added{' (dry run: nothing written)' if args.dry_run else ''}",
        file=sys.stderr,
    )
    return report(diagnostics)
