"""Extract footnotes from documents and turn their citations into a bibliography.

Reads PDF text (pdftotext output), PDF, DOCX, LaTeX and Markdown; finds every
note, splits it into citations, parses each, links short forms and ibid. to
their full citation, and writes the document JSON (-f json: source, entries,
notes with citations and locators, diagnostics; several files give a JSON
array) or the merged bibliography in another format.  With --notes each input
line is one footnote's text.

Example:
  citekit extract examples/article.txt -f bibtex -o article.bib
  citekit extract chapter1.tex chapter2.tex -f text --style chicago-notes-bibliography
  printf 'See Paul Hagenloh, Stalin’s Police, Baltimore, 2009, p. 3.\\nIbid., p. 5.\\n' | citekit extract --notes -f json
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from citekit.commands._common import add_output_argument, add_style_argument

if TYPE_CHECKING:
    from citekit.model import Diagnostic, Document, Entry

_FORMATS = ("json", "csl-json", "bibtex", "biblatex", "ris", "text", "html", "markdown")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="FILE", default=["-"],
                        help="documents to read ('-' or nothing: standard input)")
    parser.add_argument("-f", "--format", default="json", choices=_FORMATS,
                        help="output: document JSON (default) or a bibliography format")
    parser.add_argument("--from", dest="reader", metavar="READER", default=None,
                        choices=("text", "pdf", "docx", "latex", "markdown"),
                        help="read every input as this kind of document (default: by extension/content)")
    parser.add_argument("--notes", action="store_true",
                        help="each input line is one footnote's text (tools that already have the notes)")
    add_style_argument(parser)
    add_output_argument(parser)


def merge_entries(docs: list[Document]) -> list[Entry]:
    """The documents' bibliographies as one list: a work in several documents once.

    Two entries are one work when their family names and title words agree
    (the same test the pipeline uses inside a document); a key used by two
    different works gets a fresh suffix.  Cross-document fuzzy matching is
    ``citekit dedupe``'s job.
    """
    from citekit.extraction.ids import entry_key
    from citekit.resolve import fold, title_tokens

    merged: list[Entry] = []
    seen: dict[tuple[str, ...], str] = {}
    taken: set[str] = set()
    for doc in docs:
        for entry in doc.entries:
            names = sorted(fold(str(p.get("family") or p.get("literal") or ""))
                           for p in entry.get("author") or entry.get("editor") or [] if isinstance(p, dict))
            identity = (*names, "|", *title_tokens(str(entry.get("title") or "")), str(entry.get("id")))
            identity = identity[:-1] if entry.get("title") else identity
            if identity in seen:
                continue
            out = dict(entry)
            if str(out.get("id")) in taken:
                out["id"] = entry_key(out, taken)
            taken.add(str(out["id"]))
            seen[identity] = str(out["id"])
            merged.append(out)
    return merged


def run(args: argparse.Namespace) -> int:
    import json

    from citekit.commands._common import emit, report
    from citekit.extraction.pipeline import KEPT_AS_TEXT, extract_path
    from citekit.formats import write
    from citekit.progress import progress

    paths: list[str] = list(args.files) or ["-"]
    docs = [extract_path(path, fmt=args.reader, notes_mode=args.notes)
            for path in progress(paths, len(paths), "extract")]
    diagnostics: list[Diagnostic] = [d for doc in docs for d in doc.diagnostics]
    if args.format == "json":
        data = [doc.to_json() for doc in docs]
        text = json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False, indent=2) + "\n"
    else:
        # every citation kept as text without an entry goes along (a "%" comment in BibTeX)
        failed = [d for d in diagnostics if d.raw and d.code in KEPT_AS_TEXT]
        text = write(merge_entries(docs), args.format, failed=failed, style=args.style)
    emit(text, args.output)
    return report(diagnostics)
