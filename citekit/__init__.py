"""citekit: footnotes in, clean bibliographies out.

The public API is imported lazily so that ``import citekit`` (and the CLI) stay
fast; each name loads its module on first use.
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

_LAZY = {
    "parse_reference": "citekit.parser",
    "parse_references": "citekit.parser",
    "extract": "citekit.extraction",
    "dedupe": "citekit.matching",
    "read": "citekit.formats",
    "write": "citekit.formats",
    "render_bibliography": "citekit.render",
    "render_notes": "citekit.render",
    "Document": "citekit.model",
    "Note": "citekit.model",
    "Citation": "citekit.model",
    "Diagnostic": "citekit.model",
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'citekit' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
