"""Every threshold and policy of record matching, in one documented place.

The defaults are chosen so that a wrong merge is rarer than a missed one: a
merge silently changes a manuscript's bibliography, a miss only leaves a
duplicate the user can still see.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class MatchConfig:
    """Thresholds and policies for :func:`citekit.matching.dedupe` and ``match``.

    Scores are sums of evidence points (see :mod:`citekit.matching.decide`);
    two records are one work when the score reaches ``threshold`` and no rule
    vetoes the merge.
    """

    #: score at or above which two records are the same work
    threshold: float = 4.0
    #: title similarity (0-100, rapidfuzz ratio of folded titles) counted as equal
    title_exact: float = 96.0
    #: title similarity counted as a close variant (typos, a dropped word)
    title_close: float = 88.0
    #: title similarity below which two present titles speak against a match
    title_different: float = 75.0
    #: titles with at most this many significant words ("Introduction") earn
    #: fewer points: they are shared by many different works
    short_title_words: int = 2
    #: largest difference of years still treated as one work (printing dates,
    #: "1990 [1991]"); beyond it the records are kept apart
    year_tolerance: int = 1
    #: merge different editions of a book (``edition`` fields that differ)
    merge_editions: bool = False
    #: merge versions of different kinds: a report, thesis or manuscript with
    #: the article or book that grew from it (Cora and most style guides keep
    #: them apart)
    merge_versions: bool = False
    #: merge a translation with its original (different ``language`` or a
    #: translator on one side only)
    merge_translations: bool = False
    #: sorted-neighbourhood window: each record is compared with this many
    #: following records in title order
    window: int = 2
    #: blocks larger than this are not compared all-pairs but by a window over
    #: the block sorted by full title (keeps the work near-linear)
    max_block: int = 60
    #: pairs whose title similarity falls below this are not scored at all
    #: (cheap pre-filter; records without a title always get scored)
    prefilter_title: float = 60.0
