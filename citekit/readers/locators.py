"""Pinpoints from the postnote of a keyed citation (``\\cite[6ff.]{key}``, ``[@key, p. 6]``).

biblatex and pandoc treat a bare number as a page ("6ff." is page 6ff.); a
spelled label ("chap. 3", "S. 12 f.", "n. 4") is read by the extraction
pipeline's pinpoint reader so that both speak the same CSL locator terms.
Anything else ("emphasis added") is not a locator but the citation's suffix.
A volume and a page ("vol. 2, p. 12", "Bd. 2, S. 12", "2:12") are the locator "2:12", a page,
as biblatex's ``\\volcite{2}[12]`` and the pipeline's short forms ("Stones of Venice, 2:12") have it.
"""

from __future__ import annotations

from citekit.extraction.locators import find_pinpoint
from citekit.lazy_regex import lazy_compile

__all__ = ["split_locator"]

_BARE = lazy_compile(r"(?i)^(?:\d+|[ivxlcdm]+\b)[\w.\s,–-]*$")
#: one volume (not a range or a list of them)
_ONE = lazy_compile(r"(?i)^(?:\d+|[ivxlcdm]+)$")
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
    if pin is not None and pin.label == "page":
        # "vol. 2, p. 12": the volume, then the page in it -- "2:12"
        volume = find_pinpoint(post[:pin.start].rstrip(" ,;"), bare=False)
        if volume is not None and volume.start == 0 and volume.label == "volume" and _ONE.match(volume.value):
            return f"{volume.value}:{pin.value}", "page", None
    # "2:12": the volume and the page as Chicago writes them (the pipeline reads them after a comma)
    joined = find_pinpoint(", " + post, bare=False)
    if joined is not None and joined.start == 2 and ":" in joined.value:
        return joined.value, joined.label, None
    for comma in reversed([i for i, ch in enumerate(post) if ch == ","]):
        # "44-45, emphasis added": a locator, then the author's words (pandoc's suffix); the
        # longest locator first ("vol. 2, p. 12, emphasis added")
        head, tail = post[:comma].strip(), post[comma + 1:].strip()
        if not _WORD.search(tail):
            continue
        locator, label, rest = split_locator(head)
        if locator is not None and rest is None:
            return locator, label, tail
    if _BARE.match(post):
        return post, "page", None
    return None, None, post
