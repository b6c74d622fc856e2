"""Regular expressions compiled on first use, so that importing the parser stays cheap.

The normalizer chain and the readers hold about a thousand module-level patterns. Compiling them all
at import cost most of the command line's start-up (a pre-commit hook pays it on every commit), while
one document or one reference touches only a fraction of them. ``lazy_compile`` returns an object with
the ``re.Pattern`` interface that compiles on the first call to one of its methods and then stores the
compiled pattern's bound methods on itself, so later calls cost what a compiled pattern's would.
"""

from __future__ import annotations

import re
from typing import Any, cast

#: the methods of a compiled pattern, stored on the instance at the first use of any of them
_METHODS = ("search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer")


class _LazyPattern:
    """A pattern's source and flags until a method is first asked for; then the compiled pattern's methods.

    The methods are not defined on the class: the first look-up of one misses, ``__getattr__`` compiles
    and stores all of them on the instance, and every later call finds its bound method in the instance's
    own dictionary, the fast path of an attribute look-up (a method on the class would be found first
    and shadowed, a slower look-up on every call).
    """

    def __init__(self, pattern: str, flags: int) -> None:
        self.pattern = pattern
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def _compile(self) -> re.Pattern[str]:
        compiled = self._compiled
        if compiled is None:
            compiled = re.compile(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(compiled, name))
            self._compiled = compiled
        return compiled

    def __getattr__(self, name: str) -> Any:
        # (only for names the instance does not hold: the methods before the first call, and the rest
        # of the compiled pattern's interface: flags, groups, groupindex)
        if name.startswith("__") or name in ("pattern", "_flags", "_compiled"):
            raise AttributeError(name)
        return getattr(self._compile(), name)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, _LazyPattern):
            return (self.pattern, self._flags) == (other.pattern, other._flags)
        return self._compile() == other

    def __hash__(self) -> int:
        return hash((self.pattern, self._flags))

    def __reduce__(self) -> tuple[Any, tuple[str, int]]:
        return lazy_compile, (self.pattern, self._flags)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags})"


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, deferred until the pattern is first used.

    Typed as a compiled pattern: callers use it exactly as one. Passing it to the module-level
    ``re`` functions (``re.sub(PATTERN, …)``) is the one use it does not support; call its methods.
    """
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))
