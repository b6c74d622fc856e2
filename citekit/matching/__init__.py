"""Record matching: find the records of one work across bibliographies and merge them.

``dedupe(entries)`` profiles every entry once (:mod:`.normalize`), generates
candidate pairs by blocking (:mod:`.blocking`, never all pairs), weighs each
pair's evidence (:mod:`.evidence`, :mod:`.decide`), clusters the matches and
merges each cluster without losing a value (:mod:`.merge`).

Clustering is greedy and guarded: matched pairs are joined strongest first,
and two clusters are never joined when any pair across them is vetoed (a
chapter and its volume, 2012a and 2012b) or flatly contradicted (different
titles, no author in common), so a noisy record cannot chain two different
works together.

Diagnostic codes (stable):

====  ========  ============================================================
code  severity  meaning
====  ========  ============================================================
D001  info      records merged into one entry (names the survivor and aliases)
D002  info      a field conflict: which value was kept, which stored, and why
D003  info      two records look alike but a rule keeps them apart
D004  warning   two different works share one id; the later one is renamed
====  ========  ============================================================
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from citekit.matching.blocking import block_keys, candidate_pairs
from citekit.matching.config import MatchConfig
from citekit.matching.decide import MatchDecision, decide
from citekit.matching.evidence import Profile, compare, could_match, describe, profile
from citekit.matching.merge import Conflict, merge_cluster
from citekit.model import Diagnostic, Entry

__all__ = [
    "ClusterReport",
    "Conflict",
    "DedupeResult",
    "EntryIndex",
    "MatchConfig",
    "MatchDecision",
    "dedupe",
    "match",
]

_DEFAULT = MatchConfig()


@dataclass
class ClusterReport:
    """One cluster of records of one work: who, the evidence that joined them, the conflicts."""

    members: list[int]
    ids: list[str]
    survivor: str
    evidence: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "members": self.members,
            "ids": self.ids,
            "survivor": self.survivor,
            "evidence": self.evidence,
            "conflicts": [c.to_json() for c in self.conflicts],
        }


@dataclass
class DedupeResult:
    """What :func:`dedupe` found.

    ``clusters`` partition the input indices (singletons included), each
    sorted, in order of their first member; ``entries`` holds one entry per
    cluster in the same order (merged where the cluster has several members);
    ``reports`` describe the clusters with more than one member.
    """

    clusters: list[list[int]]
    entries: list[Entry]
    reports: list[ClusterReport] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    #: pairs scored, for measuring the blocking (not all pairs)
    comparisons: int = 0
    #: for each diagnostic, the index of the input record it is about
    subjects: list[int] = field(default_factory=list, repr=False)

    @property
    def duplicates(self) -> list[list[int]]:
        """The clusters with more than one member."""
        return [c for c in self.clusters if len(c) > 1]

    def to_json(self) -> dict[str, Any]:
        return {
            "clusters": [r.to_json() for r in self.reports],
            "entries": self.entries,
            "diagnostics": [d.to_json() for d in self.diagnostics],
        }


def match(a: Entry, b: Entry, config: MatchConfig | None = None) -> MatchDecision:
    """Are ``a`` and ``b`` records of one work?  The decision carries its evidence."""
    cfg = config or _DEFAULT
    return decide(compare(profile(a, 0), profile(b, 1), cfg), cfg)


class EntryIndex:
    """A blocking index over a bibliography, to look up the records of one work fast.

    ``EntryIndex(entries).candidates(entry)`` scores ``entry`` against the
    entries sharing a blocking key (or the first author's name) with it and
    returns them best first; the caller keeps those whose decision is ``same``.
    """

    def __init__(
        self, entries: Sequence[Entry], config: MatchConfig | None = None,
        keys: Sequence[Sequence[str]] | None = None, known: dict[int, Profile] | None = None,
    ) -> None:
        """``keys``: the entries' index keys found earlier (``index_keys``, one list per entry,
        in order): a caller that keeps them between runs reduces an entry to its profile only
        when it is a candidate (``known``: profiles it has made already, by position)."""
        self.config = config or _DEFAULT
        self.entries = list(entries)
        self._profiles: list[Profile | None]
        if keys is not None and len(keys) == len(self.entries):
            self._profiles = [None] * len(self.entries)
            for i, made in (known or {}).items():
                self._profiles[i] = made
            self.keys = [list(k) for k in keys]
        else:
            self._profiles = [profile(e, i) for i, e in enumerate(self.entries)]
            self.keys = [index_keys(p) for p in self._profiles if p is not None]
        self._blocks: dict[str, list[int]] = defaultdict(list)
        for i, entry_keys in enumerate(self.keys):
            for key in entry_keys:
                self._blocks[key].append(i)

    def profile_at(self, i: int) -> Profile:
        """The profile of entry ``i``, made on first use."""
        made = self._profiles[i]
        if made is None:
            made = self._profiles[i] = profile(self.entries[i], i)
        return made

    def candidates(self, entry: Entry, query: Profile | None = None) -> list[tuple[Entry, MatchDecision]]:
        """Entries that may be the same work as ``entry`` (whose profile ``query`` may be
        given), best score first."""
        query = query if query is not None else profile(entry, -1)
        seen: set[int] = set()
        for key in index_keys(query):
            seen.update(self._blocks.get(key, ()))
        scored = []
        for i in seen:
            decision = decide(compare(query, self.profile_at(i), self.config), self.config)
            scored.append((decision.score, i, decision))
        scored.sort(key=lambda t: (-t[0], t[1]))
        return [(self.entries[i], decision) for _, i, decision in scored]


def index_keys(p: Profile) -> list[str]:
    """The keys :class:`EntryIndex` files a profile under: its blocking keys and its first
    author's name."""
    keys = list(block_keys(p))
    if p.persons:
        keys.append("a:" + p.persons[0][0])
    return keys


class _Clusters:
    """Union-find that refuses joins a record of either side contradicts.

    Two clusters are joined only when no pair across them was vetoed and no
    record of one flatly contradicts a record of the other (different titles,
    no author in common): a title-less record matching two different works
    cannot chain them together.
    """

    def __init__(self, profiles: list[Profile], config: MatchConfig) -> None:
        n = len(profiles)
        self.profiles = profiles
        self.config = config
        self.parent = list(range(n))
        self.members: dict[int, list[int]] = {i: [i] for i in range(n)}
        self.forbidden: dict[int, set[int]] = {}

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def forbid(self, i: int, j: int) -> None:
        self.forbidden.setdefault(i, set()).add(j)
        self.forbidden.setdefault(j, set()).add(i)

    def join(self, i: int, j: int) -> bool:
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        small, big = (ri, rj) if len(self.members[ri]) < len(self.members[rj]) else (rj, ri)
        big_members = set(self.members[big])
        for m in self.members[small]:
            if self.forbidden.get(m, set()) & big_members:
                return False
        profiles, config = self.profiles, self.config
        for m in self.members[small]:
            for o in self.members[big]:
                evidence = compare(profiles[m], profiles[o], config)
                if evidence.veto or evidence.contradiction:
                    self.forbid(m, o)
                    return False
        self.parent[small] = big
        self.members[big].extend(self.members.pop(small))
        return True


#: passes of match-and-merge; a pass compares the merged entries of the one
#: before, so that deduplicating the output again finds nothing new
MAX_PASSES = 4


@dataclass
class _Rep:
    """The current entry of one cluster: its members, its (merged) entry, its profile."""

    members: list[int]
    entry: Entry
    profile: Profile
    conflicts: list[Conflict] = field(default_factory=list)


def dedupe(
    entries: list[Entry],
    *,
    config: MatchConfig | None = None,
    sources: Sequence[tuple[str, int | None]] | None = None,
) -> DedupeResult:
    """Cluster the records of one work among ``entries`` and merge each cluster.

    Runs match-and-merge passes until a pass finds nothing to merge (at most
    :data:`MAX_PASSES`): the merged entries are compared again, so running
    ``dedupe`` on its own output changes nothing.  ``sources`` (optional, one
    ``(path, line)`` per entry) places the diagnostics where the records were read.
    """
    gc_was_enabled = gc.isenabled()
    gc.disable()  # millions of short-lived objects, no cycles: collection passes only cost
    try:
        result = _dedupe(entries, config or _DEFAULT)
    finally:
        if gc_was_enabled:
            gc.enable()
    if sources is not None:
        _place(result, sources)
    return result


def _place(result: DedupeResult, sources: Sequence[tuple[str, int | None]]) -> None:
    """Give each diagnostic the path and line of the record it is about."""
    for diag, index in zip(result.diagnostics, result.subjects, strict=True):
        if 0 <= index < len(sources):
            diag.path, diag.line = sources[index]


def _dedupe(entries: list[Entry], cfg: MatchConfig) -> DedupeResult:
    reps = [_Rep([i], e, profile(e, i)) for i, e in enumerate(entries)]
    clusters = _Clusters([rep.profile for rep in reps], cfg)
    joined: dict[tuple[int, int], MatchDecision] = {}
    vetoed: list[tuple[int, int, MatchDecision]] = []
    # every profile gets a serial number; a pair of serials scored once is never rescored
    serials = 0
    stride = 2 * len(entries) + 1
    seen: set[int] = set()
    comparisons = 0
    fresh: set[int] | None = None
    for _ in range(MAX_PASSES):
        profiles = []
        for k, rep in enumerate(reps):
            rep.profile.index = k
            profiles.append(rep.profile)
            if rep.profile.serial < 0:
                rep.profile.serial, serials = serials, serials + 1
        matches: list[tuple[float, tuple[str, ...], tuple[str, ...], int, int, MatchDecision]] = []
        pairs = candidate_pairs(profiles, cfg, fresh)
        if fresh is None:  # first pass: serial == index, every pair is new
            seen.update(k * stride + m for k, m in pairs)
        for k, m in pairs:
            pk, pm = profiles[k], profiles[m]
            if fresh is not None:
                sk, sm = pk.serial, pm.serial
                ident = sk * stride + sm if sk < sm else sm * stride + sk
                if ident in seen:
                    continue
                seen.add(ident)
            comparisons += 1
            if not could_match(pk, pm, cfg):
                continue  # cannot match; a later join re-checks such pairs in full
            evidence = compare(pk, pm, cfg)
            i, j = reps[k].members[0], reps[m].members[0]
            if evidence.veto:
                clusters.forbid(i, j)
                if evidence.score >= cfg.threshold:
                    vetoed.append((i, j, decide(evidence, cfg)))
            elif evidence.score >= cfg.threshold:
                decision = decide(evidence, cfg)
                lo, hi = sorted((pk.sort_key, pm.sort_key))
                matches.append((-decision.score, lo, hi, i, j, decision))
        matches.sort(key=lambda t: t[:3])
        changed = False
        for _, _, _, i, j, decision in matches:
            if clusters.find(i) != clusters.find(j) and clusters.join(i, j):
                joined[(i, j) if i < j else (j, i)] = decision
                changed = True
        if not changed:
            break
        reps = _regroup(entries, reps, clusters)
        fresh = {k for k, rep in enumerate(reps) if rep.profile.serial < 0}

    return _assemble(entries, reps, joined, vetoed, comparisons, clusters)


def _regroup(entries: list[Entry], reps: list[_Rep], clusters: _Clusters) -> list[_Rep]:
    """One representative per cluster; clusters that grew are merged again from their records."""
    old = {tuple(rep.members): rep for rep in reps}
    out = []
    for members in sorted(sorted(m) for m in clusters.members.values()):
        rep = old.get(tuple(members))
        if rep is None:
            merged, conflicts = merge_cluster([entries[i] for i in members])
            rep = _Rep(members, merged, profile(merged, 0), conflicts)
        out.append(rep)
    return out


def _assemble(
    entries: list[Entry],
    reps: list[_Rep],
    joined: dict[tuple[int, int], MatchDecision],
    vetoed: list[tuple[int, int, MatchDecision]],
    comparisons: int,
    clusters: _Clusters,
) -> DedupeResult:
    out_entries: list[Entry] = []
    reports: list[ClusterReport] = []
    diagnostics: list[Diagnostic] = []
    subjects: list[int] = []
    evidence_by_root: dict[int, list[str]] = defaultdict(list)
    for (i, j), decision in sorted(joined.items()):
        label = f"{entries[i].get('id', i)} ~ {entries[j].get('id', j)}: " + "; ".join(
            decision.evidence
        )
        evidence_by_root[clusters.find(i)].append(label)

    used_ids: dict[str, Entry] = {}
    for rep in reps:
        group, merged = rep.members, rep.entry
        if len(group) > 1:
            ids = [str(entries[i].get("id", i)) for i in group]
            survivor = str(merged.get("id", ""))
            reports.append(ClusterReport(
                members=group, ids=ids, survivor=survivor,
                evidence=evidence_by_root[clusters.find(group[0])], conflicts=rep.conflicts,
            ))
            aliases = [x for x in ids if x != survivor]
            diagnostics.append(Diagnostic(
                "D001", f"merged {len(group)} records of one work into {survivor}"
                + (f" (aliases: {', '.join(aliases)})" if aliases else ""),
                severity="info",
            ))
            subjects.append(group[0])
            for c in rep.conflicts:
                diagnostics.append(Diagnostic(
                    "D002", f"{survivor}: {c.field}: kept {_short(c.kept)} over {_short(c.dropped)}"
                    f" from {c.entry_id} ({c.reason}; the other value is kept in custom)",
                    severity="info",
                ))
                subjects.append(group[0])
        key = merged.get("id")
        if isinstance(key, str) and key in used_ids:
            new_key = _free_key(key, used_ids)
            diagnostics.append(Diagnostic(
                "D004", f"two different works share the id {key}; the second is renamed {new_key}",
            ))
            subjects.append(group[0])
            merged = {**merged, "id": new_key}
        if isinstance(merged.get("id"), str):
            used_ids[merged["id"]] = merged
        out_entries.append(merged)

    for i, j, decision in sorted(vetoed, key=lambda v: (v[0], v[1])):
        if clusters.find(i) == clusters.find(j):
            continue
        diagnostics.append(Diagnostic(
            "D003", f"{describe(entries[i])} and {describe(entries[j])} look alike but stay "
            f"apart: {decision.veto}",
            severity="info",
        ))
        subjects.append(i)
    groups = [rep.members for rep in reps]
    return DedupeResult(groups, out_entries, reports, diagnostics, comparisons, subjects)


def _free_key(key: str, used: dict[str, Entry]) -> str:
    n = 2
    while f"{key}-{n}" in used:
        n += 1
    return f"{key}-{n}"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
