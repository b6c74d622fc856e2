"""From evidence to a decision: one work or two, and why.

The rule is deliberately simple so that a user can check it by reading the
evidence: the points are added up, the records are one work when the sum
reaches :attr:`MatchConfig.threshold`, and any veto (a type-aware rule such
as "a chapter is not its volume") wins over any sum.

Points, as given by :func:`citekit.matching.evidence.compare`:

==============================  ======
evidence                        points
==============================  ======
same DOI (not chapter vs book)  +6
same ISBN (two books)           +3
title equal / close             +4 / +3 (short titles +1.5 / +1)
titles different                -4
authors agree / mostly          +2 / +1
no author in common             -4
first given names differ        -2
same year                       +1
container agrees / differs      +1 / -1.5
first page agrees / differs     +1 / -1.5
volume agrees / differs         +0.5 / -1
edition on one side only        -1
translator on one side only     -1
==============================  ======

Evidence of -4 points (different titles, no author in common) is also a
contradiction: it does not veto a pair's sum, but it keeps two records out of
one cluster, so a third record cannot chain them together.

Vetoes: different DOIs; different numbers in the titles (``Part 1`` /
``Part 2``); years further apart than the tolerance; year
suffixes ``a``/``b``; book vs part (a volume and its chapter); a review and
its book; different editions, volumes of a book or languages (a translation;
unless the policy allows); different kinds of publication (report, thesis,
manuscript vs published; unless ``merge_versions``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from citekit.matching.config import MatchConfig
from citekit.matching.evidence import Evidence


@dataclass
class MatchDecision:
    """Whether two records are one work, the score and the readable evidence."""

    same: bool
    score: float
    evidence: list[str] = field(default_factory=list)
    #: the rule that forbids the merge, if any (a veto also blocks merging the
    #: two records' clusters transitively)
    veto: str | None = None


def decide(evidence: Evidence, config: MatchConfig) -> MatchDecision:
    """Apply the threshold and the vetoes to ``evidence``."""
    score = evidence.score
    same = evidence.veto is None and score >= config.threshold
    return MatchDecision(same=same, score=score, evidence=evidence.lines(), veto=evidence.veto)
