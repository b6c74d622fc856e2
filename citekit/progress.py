"""A progress bar for long runs on a terminal; silent when stderr is a pipe."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from typing import TextIO, TypeVar

T = TypeVar("T")


def progress(
    items: Iterable[T], total: int, label: str = "", stream: TextIO | None = None
) -> Iterator[T]:
    """Yield ``items``, drawing ``label [####    ] 3/10`` on a TTY stderr.

    Nothing is drawn for fewer than two items or when the stream is not a
    terminal, so pipes and CI logs stay clean.
    """
    out = stream if stream is not None else sys.stderr
    show = total > 1 and hasattr(out, "isatty") and out.isatty()
    last = 0.0
    width = 30
    for done, item in enumerate(items, 1):
        yield item
        if show:
            now = time.monotonic()
            if now - last > 0.1 or done == total:
                last = now
                filled = width * done // max(total, 1)
                out.write(f"\r{label} [{'#' * filled}{' ' * (width - filled)}] {done}/{total}")
                out.flush()
    if show:
        out.write("\n")
        out.flush()
