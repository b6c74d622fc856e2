"""Merge the records of one work across bibliographies, losing no value.

Reads any mix of BibTeX, biblatex, CSL-JSON, RIS and extracted document JSON,
finds the records of one work (despite diacritics, romanisation, initials,
abbreviated journals, typos), and writes one entry per work.  Chapters of one
volume, a volume and its chapter, editions, translations, 2012a/2012b and
reviews stay apart.  The surviving key stays; the other keys are kept as
aliases (biblatex ``ids``), and every conflicting value is kept and reported.

The output format is the first input's format unless -f says otherwise;
``-f json`` writes the clusters with their evidence for tools.  Exit status
is 1 when duplicates were found (like a formatter that rewrote a file), 0
when there were none, 2 on a usage error.

Example:
  citekit dedupe thesis.bib zotero.json -o merged.bib --report
  citekit dedupe refs.bib --dry-run --report
  citekit dedupe a.ris b.bib -f json | jq '.clusters[].ids'
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from citekit.commands._common import add_output_argument, emit, report

if TYPE_CHECKING:
    from citekit.matching import DedupeResult
    from citekit.model import Diagnostic, Entry


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("inputs", nargs="*", default=["-"], metavar="FILES",
                        help="bibliography files ('-' or nothing for standard input)")
    parser.add_argument("-f", "--format", dest="format", metavar="FORMAT",
                        help="output format (default: the first input's); 'json' gives the "
                             "clusters with their evidence")
    parser.add_argument("--from", dest="source_format", metavar="FORMAT",
                        help="input format, when the extension or content does not tell")
    parser.add_argument("--report", action="store_true",
                        help="print each cluster with its evidence and conflicts to stderr")
    parser.add_argument("--dry-run", action="store_true",
                        help="find duplicates and report them, but write nothing")
    parser.add_argument("--merge-editions", action="store_true",
                        help="treat different editions of a book as one work")
    parser.add_argument("--merge-versions", action="store_true",
                        help="merge a report, thesis or manuscript with its published version")
    add_output_argument(parser)


def _read(
    paths: list[str], fmt: str | None
) -> tuple[list[Entry], list[Diagnostic], str, list[tuple[str, int | None]]]:
    """Read every input; also return the first input's format name and where
    each entry was read (path, line)."""
    from citekit.errors import UsageError
    from citekit.formats import registry
    from citekit.textio import read_text

    entries: list[Entry] = []
    diagnostics: list[Diagnostic] = []
    first_format = ""
    sources: list[tuple[str, int | None]] = []
    for path in paths or ["-"]:
        text, diags = read_text(path)
        diagnostics.extend(diags)
        spec = registry.get(fmt) if fmt else registry.sniff(text, path)
        if spec is None:
            raise UsageError(f"{path}: cannot tell the format; name it with --from")
        first_format = first_format or spec.name
        result = registry.read(text, spec.name, path=path)
        entries.extend(result.entries)
        sources.extend((path, result.positions.get(str(e.get("id")))) for e in result.entries)
        diagnostics.extend(result.diagnostics)
    return entries, diagnostics, first_format, sources


def _print_report(result: DedupeResult, entries: list[Entry]) -> None:
    from citekit.matching.evidence import describe

    for number, cluster in enumerate(result.reports, 1):
        print(f"cluster {number}: {len(cluster.members)} records -> {cluster.survivor}",
              file=sys.stderr)
        for i in cluster.members:
            print(f"  {describe(entries[i])}", file=sys.stderr)
        for line in cluster.evidence:
            print(f"  evidence {line}", file=sys.stderr)
        for c in cluster.conflicts:
            print(f"  conflict {c.field}: kept {c.kept!r} over {c.dropped!r} from {c.entry_id}"
                  f" ({c.reason})", file=sys.stderr)
    for diag in result.diagnostics:
        if diag.code == "D003":
            print(diag.format(), file=sys.stderr)
    print(f"{len(result.reports)} works with duplicates; "
          f"{sum(len(c) for c in result.duplicates) - len(result.reports)} records merged away",
          file=sys.stderr)


def _conflicts_as_bibtex_fields(entries: list[Entry]) -> list[Entry]:
    """Copies of ``entries`` whose stored conflict values become unknown BibTeX fields
    (``dedupe-publisher = {Penguin}``): bibtex and biber ignore them, and nothing is lost
    in a .bib output.  The BibTeX writer writes ``custom["bibtex"]["fields"]`` unchanged."""
    import re

    out = []
    for entry in entries:
        custom = entry.get("custom")
        conflicts = custom.get("dedupe-conflicts") if isinstance(custom, dict) else None
        if not isinstance(custom, dict) or not isinstance(conflicts, dict) or not conflicts:
            out.append(entry)
            continue
        bibtex = dict(custom.get("bibtex") or {})
        fields = dict(bibtex.get("fields") or {})
        for name, values in conflicts.items():
            texts = [_as_text(v) for v in (values if isinstance(values, list) else [values])]
            text = " | ".join(texts)
            if text.count("{") != text.count("}"):
                text = text.replace("{", "").replace("}", "")
            fields["dedupe-" + re.sub(r"[^A-Za-z0-9]+", "-", name).strip("-").lower()] = text
        bibtex["fields"] = fields
        new_custom = {k: v for k, v in custom.items() if k != "dedupe-conflicts"}
        new_custom["bibtex"] = bibtex
        out.append({**entry, "custom": new_custom})
    return out


def _as_text(value: object) -> str:
    import json

    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(n, dict) for n in value):
        from citekit.formats.names import name_to_text

        return " and ".join(name_to_text(n) for n in value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def run(args: argparse.Namespace) -> int:
    import json

    from citekit.formats import registry
    from citekit.matching import MatchConfig, dedupe

    if args.format and args.format != "json":
        registry.get(args.format)  # usage error before any reading
    entries, diagnostics, first_format, sources = _read(args.inputs, args.source_format)
    config = MatchConfig(merge_editions=args.merge_editions, merge_versions=args.merge_versions)
    result = dedupe(entries, config=config, sources=sources)

    if args.report:
        _print_report(result, entries)
    status = report(diagnostics + [d for d in result.diagnostics if d.code in ("D001", "D004")])
    if not args.dry_run:
        out_format = args.format or ("csl-json" if first_format == "json" else first_format)
        if out_format == "json":
            text = json.dumps(result.to_json(), ensure_ascii=False, indent=2) + "\n"
        else:
            out_entries = result.entries
            if registry.get(out_format).module == "citekit.formats.bibtex":
                out_entries = _conflicts_as_bibtex_fields(out_entries)
            text = registry.write(out_entries, out_format,
                                  failed=[d for d in diagnostics if d.raw])
        emit(text, args.output)
    return 1 if result.reports or status else 0
