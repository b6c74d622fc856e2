"""Candidate pairs without comparing all pairs.

Two records of one work almost always share at least one cheap key: an
identifier, the first author's family name with the year, or the first
significant words of the title.  Records are grouped by each key (a block)
and only records of one block are compared; a sorted-neighbourhood pass over
the title and the first author catches what a typo in a key word hides.
Blocks larger than :attr:`MatchConfig.max_block` (a very common title word,
a prolific author's year) are not compared all-pairs but by a window over the
block sorted by full title, so the work stays near-linear in the number of
records.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import combinations

from citekit.matching import normalize as nz
from citekit.matching.config import MatchConfig
from citekit.matching.evidence import Profile


def block_keys(p: Profile) -> list[str]:
    """The blocking keys of one profile (see the module docstring), computed once."""
    if p.block_keys is None:
        p.block_keys = _block_keys(p)
    return p.block_keys


def _block_keys(p: Profile) -> list[str]:
    keys: list[str] = []
    if p.doi:
        keys.append("doi:" + p.doi)
    keys.extend("isbn:" + isbn for isbn in p.isbns if p.group == "book")
    first = p.persons[0][0] if p.persons else ""
    if first:
        keys.append(f"ay:{first}:{p.year or ''}")
    words = nz.significant_tokens(p.title)
    if words:
        keys.append("t:" + " ".join(words[:2]))
        if len(words) > 2:
            keys.append("tl:" + " ".join(words[-2:]))
    elif first:
        keys.append(f"ac:{first}:{' '.join(p.container[:2])}")
    return keys


def _window_pairs(members: Sequence[Profile], window: int) -> Iterator[tuple[int, int]]:
    for pos, p in enumerate(members):
        for q in members[pos + 1 : pos + 1 + window]:
            yield p.index, q.index


def candidate_pairs(
    profiles: Sequence[Profile], config: MatchConfig, fresh: set[int] | None = None
) -> list[tuple[int, int]]:
    """Index pairs ``(i, j)`` with ``i < j`` worth scoring, each once, in index order.

    ``profiles[k].index`` must be ``k``.

    With ``fresh`` (indices of records new since an earlier call), blocks without
    a fresh record are skipped: their pairs were generated before.
    """
    blocks: dict[str, list[int]] = defaultdict(list)
    for p in profiles:
        for key in block_keys(p):
            blocks[key].append(p.index)
    n = len(profiles) + 1
    # pairs packed into one int (i * n + j): a set of ints is far cheaper than of tuples
    pairs: set[int] = set()

    def add(found: Iterable[tuple[int, int]]) -> None:
        for i, j in found:
            if i < j:
                pairs.add(i * n + j)
            elif j < i:
                pairs.add(j * n + i)

    for members in blocks.values():
        if len(members) < 2:
            continue
        if fresh is not None and fresh.isdisjoint(members):
            continue
        if len(members) <= config.max_block:
            # members are in index order (profiles are), so i < j in each pair
            pairs.update(i * n + j for i, j in combinations(members, 2))
        else:
            ordered = sorted((profiles[i] for i in members), key=lambda p: (p.title, p.sort_key))
            add(_window_pairs(ordered, config.max_block // 4 or 1))
    by_title = sorted(profiles, key=lambda p: (p.title, p.sort_key))
    add(_window_pairs(by_title, config.window))
    return [divmod(code, n) for code in sorted(pairs)]
