"""A parse cache keyed by content hash, so a pre-commit run re-reads only what changed.

Each cached value is stored under the SHA-256 of (citekit version, cache
format, kind of analysis, the input bytes): an edited file gets a new key, so
the cache never needs invalidating, and an upgrade of citekit starts afresh.
The cache lives in ``$CITEKIT_CACHE_DIR`` or ``$XDG_CACHE_HOME/citekit/check``
(``~/.cache/citekit/check``), outside the author's repository.  A cache that
cannot be read or written is simply not used: it only ever saves time.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Any

from citekit import __version__

#: Bumped whenever a cached structure changes shape.
CACHE_FORMAT = "15"


def default_cache_dir() -> Path:
    explicit = os.environ.get("CITEKIT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "citekit" / "check"


def digest(*parts: bytes | str) -> str:
    """SHA-256 over ``parts`` (each length-prefixed, so boundaries cannot collide)."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


class ParseCache:
    """Get and put analyses by key; a disabled cache stores nothing."""

    def __init__(self, enabled: bool = True, directory: Path | None = None) -> None:
        self.enabled = enabled
        self.directory = directory or default_cache_dir()
        self.hits = 0
        self.misses = 0

    def _file(self, kind: str, key: str) -> Path:
        name = digest(__version__, CACHE_FORMAT, kind, key)
        return self.directory / name[:2] / name

    def get(self, kind: str, key: str) -> Any | None:
        if not self.enabled:
            return None
        # (unpickling a 3,000-entry analysis makes tens of thousands of containers, each batch of which
        # would start a garbage collection of everything loaded so far: none is garbage, so none runs)
        collecting = gc.isenabled()
        gc.disable()
        try:
            with open(self._file(kind, key), "rb") as handle:
                value = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
                TypeError, ValueError):
            self.misses += 1
            return None
        finally:
            if collecting:
                gc.enable()
        self.hits += 1
        return value

    def put(self, kind: str, key: str, value: Any) -> None:
        if not self.enabled:
            return
        target = self._file(kind, key)
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        except OSError:
            return
