"""The author's own bibliography files named by a LaTeX or Markdown document.

A keyed citation (``\\cite{hagenloh2009}``, ``[@hagenloh2009]``) names a work in the author's .bib (or
CSL-JSON) file.  When the document says which files (``\\addbibresource{refs.bib}``,
``\\bibliography{refs,more}``, pandoc's ``bibliography:`` in the YAML header) and they stand beside it,
each keyed citation gets that entry as its ``parsed`` item: the document's bibliography then holds the
works cited by key too, and a work also typed out by hand in a note is found to be the same entry
instead of a second one.  A file that cannot be found or read is reported (info) and changes nothing:
the keys stay keys.

====  ========  =================================================================
code  severity  meaning
====  ========  =================================================================
X204  info      a bibliography file the document names was not found or not read
====  ========  =================================================================
"""

from __future__ import annotations

import os
import re

from citekit.lazy_regex import lazy_compile
from citekit.model import Diagnostic, Entry, Note, ParsedReference

__all__ = ["attach_bibliography", "latex_bibliography_files", "markdown_bibliography_files", "without_latex_comments"]

_ADD_RESOURCE = lazy_compile(r"\\(?:addbibresource|addglobalbib|addsectionbib)\s*(?:\[[^\]]*\])?\s*\{([^{}]+)\}")
_BIBLIOGRAPHY = lazy_compile(r"\\bibliography\s*\{([^{}]+)\}")
#: pandoc's YAML header: "bibliography: refs.bib" or a list of files under it
_YAML_HEADER = lazy_compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*\n", re.S)
_YAML_BIBLIOGRAPHY = lazy_compile(r"(?m)^bibliography:[ \t]*(.*)$")
_YAML_ITEM = lazy_compile(r"(?m)^[ \t]+-[ \t]+(.+)$")
#: a comment: an unescaped % ("\\\\%" is a line break, then a comment) to the end of the line
_COMMENT = lazy_compile(r"(?<!\\)((?:\\\\)*)%[^\n]*")
#: a bibliography file's format by its extension
_FORMATS = {".bib": "bibtex", ".bibtex": "bibtex", ".json": "csl-json", ".ris": "ris"}


def without_latex_comments(text: str) -> str:
    """LaTeX without its comments (an unescaped % to the end of the line)."""
    return _COMMENT.sub(r"\1", text)


def latex_bibliography_files(text: str) -> list[str]:
    """The files ``\\addbibresource`` and ``\\bibliography`` name (``.bib`` added where BibTeX adds it)."""
    text = without_latex_comments(text)
    files = [m.group(1).strip() for m in _ADD_RESOURCE.finditer(text)]
    for m in _BIBLIOGRAPHY.finditer(text):
        for name in m.group(1).split(","):
            name = name.strip()
            if name:
                files.append(name if name.endswith(".bib") else f"{name}.bib")
    return files


def markdown_bibliography_files(text: str) -> list[str]:
    """The files of pandoc's ``bibliography:`` field in the document's YAML header."""
    header = _YAML_HEADER.match(text)
    if header is None:
        return []
    field = _YAML_BIBLIOGRAPHY.search(header.group(1))
    if field is None:
        return []
    value = field.group(1).strip()
    if value.startswith("[") and value.endswith("]"):
        names = value[1:-1].split(",")
    elif value:
        names = [value]
    else:  # a list on the lines below
        rest = header.group(1)[field.end():]
        names = []
        for line in rest.split("\n")[1:]:
            item = _YAML_ITEM.match(line)
            if item is None:
                break
            names.append(item.group(1))
    return [name.strip().strip("'\"") for name in names if name.strip().strip("'\"")]


def _read_entries(file: str, document: str) -> tuple[list[Entry], list[Diagnostic]]:
    from citekit.formats import read
    from citekit.textio import InputError, read_text

    fmt = _FORMATS.get(os.path.splitext(file)[1].lower(), "bibtex")
    where = os.path.join(os.path.dirname(document), file) if not os.path.isabs(file) else file
    try:
        text, _ = read_text(where)
    except (OSError, InputError) as exc:
        # (the file as the document names it: a message that does not depend on where the document lies)
        why = "not found beside the document" if isinstance(exc, FileNotFoundError) or not os.path.exists(where) \
            else f"not read ({type(exc).__name__})"
        return [], [Diagnostic("X204", f"bibliography file {file} {why}; its keys stay keys",
                               path=document, severity="info")]
    result = read(text, fmt, path=where)
    # (what the file's reader could not read is reported with the file's own path and line)
    return result.entries, list(result.diagnostics)


def attach_bibliography(notes: list[Note], files: list[str], path: str) -> list[Diagnostic]:
    """Give each keyed citation whose key the files hold that entry as its ``parsed`` item."""
    keyed = [cit for note in notes for cit in note.citations if cit.kind == "keyed" and cit.id]
    if not keyed or not files or path == "-":
        return []
    diagnostics: list[Diagnostic] = []
    by_key: dict[str, Entry] = {}
    for file in files:
        entries, problems = _read_entries(file, path)
        diagnostics.extend(problems)
        for entry in entries:
            by_key.setdefault(str(entry.get("id")), entry)
    for cit in keyed:
        found = by_key.get(str(cit.id))
        if found is not None and cit.parsed is None:
            cit.parsed = ParsedReference(item=dict(found), kind="keyed", locator=cit.locator, label=cit.label,
                                         prefix=cit.prefix, suffix=cit.suffix)
    return diagnostics
