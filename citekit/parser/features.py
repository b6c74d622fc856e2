"""Token features for the CRF tagger, built for speed.

Most features describe a token on its own (its word, shape, affixes,
dictionary membership) and do not depend on where it stands, so they are
computed once per distinct token string and cached; a reference then only
adds the few features that depend on its context (neighbouring words,
position, whether we are inside quotes or brackets, whether a year or an
``in`` has been seen).  Features are plain strings, the form
``pycrfsuite`` takes without conversion.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache
from pathlib import Path

from citekit.parser.tokenize import Token

#: Dictionary files shipped in ``citekit/parser/dictionaries``: name -> feature.
DICTIONARIES: tuple[str, ...] = (
    "months", "locators", "roles", "signals", "backrefs", "given", "stopwords",
    "places", "publishers", "journals", "names",
)

_YEAR = re.compile(r"^[(\[]?(1[4-9]\d\d|20[0-4]\d)[a-z]?[)\].,]?$")
_YEAR_RANGE = re.compile(r"^(1[4-9]\d\d|20[0-4]\d)\s?[-–—/]\s?(\d{2}|\d{4})$")
_RANGE = re.compile(r"^\d+[a-z]?\s?[-‐‑–—]\s?\d+[a-z]?$", re.IGNORECASE)
_ROMAN = re.compile(r"^(?=[ivxlcdm]+$)m{0,4}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$")
_PINPOINT = re.compile(r"^\d+(ff?|sq|sqq|[rv])\.?$", re.IGNORECASE)
_ISBN = re.compile(r"^(97[89][-\s]?)?\d{1,5}[-\s]?\d+[-\s]?\d+[-\s]?[\dX]$")
#: Distinct token strings whose features are kept (bounds memory on huge inputs).
_CACHE_LIMIT = 100_000
_OPEN = "([{«‹“„‘‚"
_CLOSE = ")]}»›”’"
_QUOTES = "«»‹›“”„‘’‚\"'"


@lru_cache(maxsize=1)
def dictionaries() -> dict[str, frozenset[str]]:
    """The shipped word lists, loaded once."""
    base = Path(__file__).resolve().parent / "dictionaries"
    out: dict[str, frozenset[str]] = {}
    for name in DICTIONARIES:
        try:
            text = (base / f"{name}.txt").read_text(encoding="utf-8")
        except FileNotFoundError:
            text = ""
        out[name] = frozenset(text.split())
    return out


def shape(text: str) -> str:
    """Compressed character classes: ``Stalin’s`` -> ``Xx’x``, ``751–66`` -> ``d–d``."""
    out: list[str] = []
    last = ""
    for ch in text[:12]:
        if ch.isupper():
            cls = "X"
        elif ch.isalpha():
            cls = "x"
        elif ch.isdigit():
            cls = "d"
        else:
            cls = ch
        if cls != last:
            out.append(cls)
            last = cls
    return "".join(out)


class FeatureExtractor:
    """Turns token sequences into CRF feature lists, caching per-token work."""

    def __init__(self, known: frozenset[str] | None = None) -> None:
        #: the attributes the model has weights for: others are dropped once per
        #: token string, so the CRF never looks them up (same tags, less work)
        self._known = known
        # word -> the names of the lists holding it, in DICTIONARIES order: one
        # lookup per token instead of one per list
        membership: dict[str, list[str]] = {}
        for name, words in dictionaries().items():
            for word in words:
                membership.setdefault(word, []).append(name)
        self._membership = {word: tuple(names) for word, names in membership.items()}
        self._static: dict[
            str, tuple[list[str], list[str], list[str], str, list[str], list[str]]
        ] = {}

    def _describe(
        self, text: str
    ) -> tuple[list[str], list[str], list[str], str, list[str], list[str]]:
        """Static features of a token string, its features as a neighbour, and its class."""
        cached = self._static.get(text)
        if cached is not None:
            return cached
        lower = text.lower()
        bare = lower.rstrip(".")
        shp = shape(text)
        feats = ["w=" + lower]
        if len(lower) > 1 or lower.isalnum():
            feats.append("sh=" + shp)
        if len(lower) > 3:
            feats.append("p3=" + lower[:3])
            feats.append("s3=" + lower[-3:])
        first = text[0]
        has_digit = any(ch.isdigit() for ch in text)
        if has_digit and text.isdigit():
            feats.append("num" + (str(len(text)) if len(text) < 5 else "5"))
        cls = "w"
        if not has_digit:
            pass
        elif _YEAR.match(text):
            feats.append("year")
            cls = "Y"
        elif _YEAR_RANGE.match(text):
            feats.append("yearrange")
            cls = "Y"
        elif _RANGE.match(text):
            feats.append("range")
            cls = "R"
        elif _PINPOINT.match(text):
            feats.append("pinpoint")
            cls = "N"
        else:
            cls = "N"
        if bare and not bare.strip("ivxlcdm") and _ROMAN.match(bare):
            feats.append("roman")
        if lower.startswith(("http", "www.")):
            feats.append("url")
            cls = "U"
        elif lower.startswith("10.") and "/" in lower:
            feats.append("doi")
            cls = "U"
        elif len(text) >= 10 and has_digit and _ISBN.match(text):
            feats.append("isbn")
        if not any(ch.isalnum() for ch in text):
            cls = text if len(text) == 1 else "P"
            feats.append("punct")
            if text in _OPEN:
                feats.append("open")
            if text in _CLOSE:
                feats.append("close")
            if text in _QUOTES:
                feats.append("quote")
        elif cls == "w":
            cls = "C" if first.isupper() else "l"
        found = self._membership.get(lower, ())
        if bare != lower and bare in self._membership:
            either = set(found) | set(self._membership[bare])
            found = tuple(name for name in DICTIONARIES if name in either)
        hits = found
        feats.extend("d=" + name for name in hits)
        word = lower if len(lower) < 20 else lower[:20]
        as_prev = ["w-1=" + word, "sh-1=" + shp, *("d-1=" + h for h in hits)]
        as_next = ["w+1=" + word, "sh+1=" + shp, *("d+1=" + h for h in hits)]
        as_prev2 = ["w-2=" + word]
        as_next2 = ["w+2=" + word]
        known = self._known
        if known is not None:
            feats = [f for f in feats if f in known]
            as_prev = [f for f in as_prev if f in known]
            as_next = [f for f in as_next if f in known]
            as_prev2 = [f for f in as_prev2 if f in known]
            as_next2 = [f for f in as_next2 if f in known]
        result = (
            [sys.intern(f) for f in feats],
            [sys.intern(f) for f in as_prev],
            [sys.intern(f) for f in as_next],
            cls,
            [sys.intern(f) for f in as_prev2],
            [sys.intern(f) for f in as_next2],
        )
        if len(self._static) < _CACHE_LIMIT:
            self._static[text] = result
        return result

    def sequence(self, tokens: list[Token]) -> list[list[str]]:
        """One feature list per token, in order."""
        n = len(tokens)
        if not n:
            return []
        described = [self._describe(t.text) for t in tokens]
        classes = [d[3] for d in described]
        out: list[list[str]] = []
        depth_quote = depth_paren = commas = dots = 0
        seen_year = seen_in = seen_quote_close = False
        bos = ["BOS"]
        eos = ["EOS"]
        for i in range(n):
            static, _, _, cls, _, _ = described[i]
            context = [
                _POS[10 * i // n],
                _COMMAS[commas if commas < 6 else 6],
                _DOTS[dots if dots < 4 else 4],
                "c-2=" + (classes[i - 2] + classes[i - 1] if i > 1 else "^"),
                "c+2=" + (classes[i + 1] + classes[i + 2] if i + 2 < n else "$"),
            ]
            if depth_quote:
                context.append("inquote")
            if depth_paren:
                context.append("inparen")
            if seen_year:
                context.append("afteryear")
            if seen_in:
                context.append("afterin")
            if seen_quote_close:
                context.append("afterquote")
            out.append(
                static
                + (described[i - 1][1] if i else bos)
                + (described[i + 1][2] if i + 1 < n else eos)
                + (described[i - 2][4] if i > 1 else _NONE)
                + (described[i + 2][5] if i + 2 < n else _NONE)
                + context
            )
            text = tokens[i].text
            if cls == "Y":
                seen_year = True
            elif cls in ("C", "l"):
                if text in _IN_WORDS:
                    seen_in = True
            elif text == ",":
                commas += 1
            elif text == "." or text == ";":
                dots += 1
            elif text == '"':
                if depth_quote:
                    depth_quote -= 1
                    seen_quote_close = True
                else:
                    depth_quote += 1
            elif text in _OPEN_QUOTES:
                depth_quote += 1
            elif text in _CLOSE_QUOTES:
                if depth_quote:
                    depth_quote -= 1
                seen_quote_close = True
            elif text == "(" or text == "[":
                depth_paren += 1
            elif (text == ")" or text == "]") and depth_paren:
                depth_paren -= 1
        return out


_NONE: list[str] = []
_POS = [f"pos={k}" for k in range(10)]
_COMMAS = [f"commas={k}" for k in range(7)]
_DOTS = [f"dots={k}" for k in range(5)]
_IN_WORDS = frozenset({"in", "In", "in:", "In:", "dans", "en", "Dans"})
_OPEN_QUOTES = frozenset("«“„‘‚`")
_CLOSE_QUOTES = frozenset("»”’")
