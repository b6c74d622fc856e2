"""Invariants of dedupe, checked with hypothesis on generated bibliographies.

* the clusters do not depend on the order of the input;
* deduplicating the output again changes nothing;
* no field value of the input is missing from the output (it is in the merged
  field, or kept in ``custom["dedupe-conflicts"]``, or the id in ``custom["ids"]``).
"""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from citekit.matching import dedupe
from citekit.matching import normalize as nz

WORDS = ["terror", "army", "purge", "state", "peasant", "law", "court", "empire", "soviet",
         "revolution", "history", "memory", "archive", "police", "war", "famine", "church"]
FAMILIES = ["Smith", "Gurianov", "Gurjanov", "Müller", "Mueller", "Ivanov", "Li", "Conquest"]
JOURNALS = [("Journal of Modern History", "J. Mod. Hist."), ("Slavic Review", "Slavic Rev.")]


@st.composite
def work(draw: Any) -> dict[str, Any]:
    kind = draw(st.sampled_from(["book", "article-journal", "chapter", "report"]))
    item: dict[str, Any] = {
        "type": kind,
        "title": " ".join(draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=5))).capitalize(),
        "author": [{"family": draw(st.sampled_from(FAMILIES)),
                    "given": draw(st.sampled_from(["A.", "Anna", "B. C.", "Boris"]))}],
        "issued": {"date-parts": [[draw(st.integers(1990, 1993))]]},
    }
    if kind == "article-journal":
        item["container-title"] = draw(st.sampled_from(JOURNALS))[0]
        item["page"] = str(draw(st.integers(1, 3)) * 100)
    if kind == "book" and draw(st.booleans()):
        item["edition"] = str(draw(st.integers(1, 3)))
    return item


@st.composite
def variant(draw: Any, base: dict[str, Any]) -> dict[str, Any]:
    item = copy.deepcopy(base)
    if draw(st.booleans()):
        item["title"] = item["title"].upper() if draw(st.booleans()) else item["title"].lower() + "."
    if draw(st.booleans()):
        item["author"][0]["given"] = item["author"][0]["given"][0] + "."
    if "container-title" in item and draw(st.booleans()):
        item["container-title"] = dict(JOURNALS)[item["container-title"]]
    for key in ("issued", "page", "edition"):
        if key in item and draw(st.integers(0, 4)) == 0:
            del item[key]
    if draw(st.integers(0, 3)) == 0:
        item["note"] = draw(st.sampled_from(["read", "cited in ch. 2", "2nd printing"]))
    return item


@st.composite
def bibliography(draw: Any) -> list[dict[str, Any]]:
    works = draw(st.lists(work(), min_size=1, max_size=6))
    records = []
    for base in works:
        for _ in range(draw(st.integers(1, 3))):
            records.append(draw(variant(base)))
    for n, record in enumerate(records):
        record["id"] = f"r{n}"
    return records


def partition(entries: list[dict[str, Any]]) -> set[frozenset[str]]:
    result = dedupe(entries)
    return {frozenset(entries[i]["id"] for i in cluster) for cluster in result.clusters}


SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(bibliography(), st.randoms(use_true_random=False))
def test_order_independent(entries: list[dict[str, Any]], rnd: Any) -> None:
    shuffled = list(entries)
    rnd.shuffle(shuffled)
    assert partition(shuffled) == partition(entries)


@SETTINGS
@given(bibliography())
def test_idempotent(entries: list[dict[str, Any]]) -> None:
    once = dedupe(entries).entries
    again = dedupe(copy.deepcopy(once))
    assert again.duplicates == []
    assert again.entries == once


def _kept(value: Any, merged_value: Any, stored: list[Any]) -> bool:
    if value == merged_value or value in stored:
        return True
    if isinstance(value, str) and isinstance(merged_value, str):
        return nz.fold(value) == nz.fold(merged_value)
    return False


@SETTINGS
@given(bibliography())
def test_no_value_lost(entries: list[dict[str, Any]]) -> None:
    original = copy.deepcopy(entries)
    result = dedupe(entries)
    assert entries == original, "dedupe must not modify its input"
    for cluster, merged in zip(result.clusters, result.entries, strict=True):
        custom = merged.get("custom", {})
        conflicts = custom.get("dedupe-conflicts", {})
        ids = {merged["id"], *custom.get("ids", [])}
        for i in cluster:
            record = entries[i]
            assert record["id"] in ids
            for key, value in record.items():
                if key == "id":
                    continue
                assert _kept(value, merged.get(key), conflicts.get(key, [])), (key, value, merged)
