"""After a large batch the collector gets the batch's objects as old ones, unscanned
(``citekit.parser._fewer_collections``): garbage is still collected, and objects the
program froze stay frozen."""

from __future__ import annotations

import gc
import weakref

import citekit.parser as parser


class _Node:
    def __init__(self) -> None:
        self.other: _Node | None = None


def _cycle() -> weakref.ref[_Node]:
    """A reference cycle nothing points to any more: only the collector frees it."""
    a, b = _Node(), _Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def test_no_young_collection_waits_after_the_batch() -> None:
    assert gc.isenabled()
    with parser._fewer_collections():
        kept = [[n] for n in range(5000)]  # tracked objects the batch leaves behind
    assert gc.get_count()[0] < 700  # the next allocation does not scan all of them
    assert gc.get_freeze_count() == 0
    assert len(kept) == 5000


def test_garbage_made_before_or_during_the_batch_is_still_collected() -> None:
    before = _cycle()
    with parser._fewer_collections():
        during = _cycle()
    assert before() is not None and during() is not None
    gc.collect()
    assert before() is None and during() is None


def test_objects_the_program_froze_stay_frozen() -> None:
    gc.collect()
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        assert frozen > 0
        with parser._fewer_collections():
            pass
        assert gc.get_freeze_count() == frozen
        assert gc.isenabled()
    finally:
        gc.unfreeze()
