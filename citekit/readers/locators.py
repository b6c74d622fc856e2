"""Pinpoints from the postnote of a keyed citation (``\\cite[6ff.]{key}``, ``[@key, p. 6]``).

biblatex and pandoc treat a bare number as a page ("6ff." is page 6ff.); a
spelled label ("chap. 3", "S. 12 f.", "n. 4") is read by the extraction
pipeline's pinpoint reader so that both speak the same CSL locator terms.
Anything else ("emphasis added") is not a locator but the citation's suffix.
"""

from __future__ import annotations

from citekit.extraction.locators import find_pinpoint
from citekit.lazy_regex import lazy_compile

__all__ = ["split_locator"]

_BARE = lazy_compile(r"(?i)^(?:\d+|[ivxlcdm]+\b)[\w.\s,–-]*$")
#: a word that is no part of a locator: not a number, "f."/"ff." or a roman numeral
_WORD = lazy_compile(r"(?i)\b(?![ivxlcdm]+\b)(?!ff?\b)[^\W\d_]{2,}")


def split_locator(post: str) -> tuple[str | None, str | None, str | None]:
    """``post`` -> (locator, label, suffix); exactly one of locator or suffix is set."""
    post = post.strip()
    if not post:
        return None, None, None
    pin = find_pinpoint(post, bare=False)
    if pin is not None and pin.start == 0:
        return pin.value, pin.label, None
    for comma in [i for i, ch in enumerate(post) if ch == ","]:
        # "44-45, emphasis added": a locator, then the author's words (pandoc's suffix)
        head, tail = post[:comma].strip(), post[comma + 1:].strip()
        if not _WORD.search(tail):
            continue
        locator, label, rest = split_locator(head)
        if locator is not None and rest is None:
            return locator, label, tail
    if _BARE.match(post):
        return post, "page", None
    return None, None, post
