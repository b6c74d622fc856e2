"""Stable entry ids for extracted works: the project's citation keys.

Ids depend only on the entry and the ids already taken, so extracting the same
document twice gives the same ids and golden files stay stable.
"""

from __future__ import annotations

from collections.abc import Collection

from citekit.keys import make_key
from citekit.model import Entry


def entry_key(entry: Entry, taken: Collection[str]) -> str:
    """A key for ``entry`` not in ``taken`` (``hagenloh2009``, then ``hagenloh2009a`` …)."""
    return make_key(entry, {t.lower() for t in taken})
