"""One registry of formats, with lazy loading so the CLI starts fast.

A format is a module with ``read(text, path="-", **options) -> ReadResult``
and/or ``write(entries, **options) -> str``; the registry records its name,
file extensions and a cheap content sniffer, and imports the module on first
use.  Built-in formats are declared at the bottom of this file; other packages
can add theirs with :func:`register` or the ``citekit.formats`` entry-point group
(an object with the :class:`FormatSpec` fields).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from citekit.errors import UsageError
from citekit.lazy_regex import lazy_compile
from citekit.model import Entry, ReadResult


@dataclass(frozen=True)
class FormatSpec:
    """How to find and use one format."""

    name: str
    module: str
    description: str
    extensions: tuple[str, ...] = ()
    readable: bool = True
    writable: bool = True
    #: keyword options passed to the module's read/write (e.g. the BibTeX dialect)
    options: Mapping[str, Any] = field(default_factory=dict)
    #: cheap test on the first few kB of a text: does it look like this format?
    sniff: Callable[[str], bool] | None = None

    def load(self) -> ModuleType:
        return importlib.import_module(self.module)


_REGISTRY: dict[str, FormatSpec] = {}
_entry_points_loaded = False


def register(spec: FormatSpec) -> None:
    """Add (or replace) a format under ``spec.name``."""
    _REGISTRY[spec.name] = spec


def _load_entry_points() -> None:
    global _entry_points_loaded
    if _entry_points_loaded:
        return
    _entry_points_loaded = True
    from importlib.metadata import entry_points

    for ep in entry_points(group="citekit.formats"):
        spec = ep.load()
        if isinstance(spec, FormatSpec):
            register(spec)


def names(*, readable: bool | None = None, writable: bool | None = None) -> list[str]:
    """Registered format names, optionally only those that can read or write."""
    out = []
    for spec in _REGISTRY.values():
        if readable is not None and spec.readable != readable:
            continue
        if writable is not None and spec.writable != writable:
            continue
        out.append(spec.name)
    return out


def get(name: str) -> FormatSpec:
    """The format called ``name``; a :class:`UsageError` listing the known ones if none."""
    key = name.lower()
    if key not in _REGISTRY:
        _load_entry_points()
    if key not in _REGISTRY:
        known = ", ".join(sorted(_REGISTRY))
        raise UsageError(f"unknown format {name!r} (known: {known})")
    return _REGISTRY[key]


def for_path(path: str) -> FormatSpec | None:
    """The readable format a file name's extension says, if any."""
    lower = path.lower()
    best: FormatSpec | None = None
    best_len = 0
    for spec in _REGISTRY.values():
        if not spec.readable:
            continue
        for ext in spec.extensions:
            if lower.endswith(ext) and len(ext) > best_len:
                best, best_len = spec, len(ext)
    return best


def sniff(text: str, path: str = "-") -> FormatSpec | None:
    """Guess the format of ``text``: from the extension of ``path``, else the content."""
    if path != "-":
        spec = for_path(path)
        if spec is not None:
            return spec
    head = text[:4096]
    for spec in _REGISTRY.values():
        if spec.readable and spec.sniff is not None and spec.sniff(head):
            return spec
    return None


def read(text: str, fmt: str, path: str = "-", **options: Any) -> ReadResult:
    """Read ``text`` in format ``fmt`` into CSL-JSON entries plus diagnostics."""
    spec = get(fmt)
    if not spec.readable:
        raise UsageError(f"format {spec.name!r} can be written but not read")
    result: ReadResult = spec.load().read(text, path=path, **{**spec.options, **options})
    return result


def write(entries: list[Entry], fmt: str, **options: Any) -> str:
    """Write CSL-JSON ``entries`` in format ``fmt``."""
    spec = get(fmt)
    if not spec.writable:
        raise UsageError(f"format {spec.name!r} can be read but not written")
    text: str = spec.load().write(entries, **{**spec.options, **options})
    return text


# --- built-in formats -------------------------------------------------------

_BIB_RE = lazy_compile(r"^\s*@\s*[A-Za-z]+\s*[{(]", re.M)
_RIS_RE = lazy_compile(r"^TY  - ", re.M)


def _looks_like_json_items(head: str) -> bool:
    stripped = head.lstrip()
    return stripped.startswith("[") or (stripped.startswith("{") and '"type"' in head)


def _looks_like_document_json(head: str) -> bool:
    stripped = head.lstrip()
    return stripped.startswith("{") and '"notes"' in head and '"entries"' in head


register(FormatSpec(
    "json", "citekit.formats.document_json",
    "citekit document JSON (source, entries, notes with citations, diagnostics)",
    extensions=(".citekit.json",), sniff=_looks_like_document_json,
))
register(FormatSpec(
    "csl-json", "citekit.formats.csljson", "CSL-JSON (Zotero, pandoc, citeproc)",
    extensions=(".json", ".csl.json", ".csljson"), sniff=_looks_like_json_items,
))
register(FormatSpec(
    "bibtex", "citekit.formats.bibtex", "classic BibTeX (.bib for bibtex)",
    extensions=(".bib", ".bibtex"), sniff=lambda h: bool(_BIB_RE.search(h)),
    options={"dialect": "bibtex"},
))
register(FormatSpec(
    "biblatex", "citekit.formats.bibtex", "biblatex (.bib for biber)",
    extensions=(), options={"dialect": "biblatex"},
))
register(FormatSpec(
    "ris", "citekit.formats.ris", "RIS (Zotero, EndNote, reference managers)",
    extensions=(".ris",), sniff=lambda h: bool(_RIS_RE.search(h)),
))
for _name, _desc in (
    ("text", "styled reference list, plain text (--style)"),
    ("html", "styled reference list, HTML (--style)"),
    ("markdown", "styled reference list, Markdown (--style)"),
):
    register(FormatSpec(
        _name, "citekit.render.output", _desc, readable=False, options={"output": _name},
    ))
