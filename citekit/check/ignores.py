"""Inline exemptions: ``% citekit: ignore C201`` and ``<!-- citekit: ignore C201 -->``.

A directive at the end of a line exempts that line; a directive alone on its
line exempts the next line (so it can sit above a long ``\\footnote``).  In a
.bib file a directive alone on the line before an entry exempts the whole
entry.  Without codes, every rule is ignored there.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from citekit.lazy_regex import lazy_compile

_TEX_RE = lazy_compile(r"(?<!\\)%\s*citekit:\s*ignore\b([^\n]*)")
_MD_RE = lazy_compile(r"<!--\s*citekit:\s*ignore\b(.*?)-->")
_CODE_RE = lazy_compile(r"[A-Za-z]+\d*")

#: a line-level "ignore everything" marker
ALL = "*"


@dataclass
class IgnoreMap:
    """Line number -> codes exempted there (``*`` for all)."""

    lines: dict[int, set[str]] = field(default_factory=dict)

    def add(self, line: int, codes: set[str]) -> None:
        self.lines.setdefault(line, set()).update(codes)

    def add_range(self, first: int, last: int, codes: set[str]) -> None:
        for line in range(first, last + 1):
            self.add(line, codes)

    def ignores(self, line: int | None, code: str) -> bool:
        if line is None:
            return False
        codes = self.lines.get(line)
        return bool(codes) and (ALL in codes or code in codes)  # type: ignore[operator]


def find_directives(text: str, markdown: bool = False) -> list[tuple[int, bool, set[str]]]:
    """``(line, alone_on_line, codes)`` for every directive in ``text``."""
    out = []
    pattern = _MD_RE if markdown else _TEX_RE
    for match in pattern.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line = text.count("\n", 0, match.start()) + 1
        alone = not text[line_start:match.start()].strip()
        codes = {c.upper() for c in _CODE_RE.findall(match.group(1))} or {ALL}
        out.append((line, alone, codes))
    return out


def ignore_map(text: str, markdown: bool = False) -> IgnoreMap:
    """The exemptions of a manuscript: same line, or the next line for a lone directive."""
    result = IgnoreMap()
    for line, alone, codes in find_directives(text, markdown):
        result.add(line, codes)
        if alone:
            result.add(line + 1, codes)
    return result
