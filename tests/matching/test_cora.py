"""The Cora development half (../shared): pairwise F1 stays at or above the 0.95 target."""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from citekit.matching import dedupe

BENCHMARK = Path(__file__).resolve().parents[2] / "benchmarks" / "dedupe_cora.py"


def _load_benchmark() -> ModuleType:
    spec = importlib.util.spec_from_file_location("dedupe_cora_benchmark", BENCHMARK)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.shared
def test_cora_dev_pairwise_f1(shared_dir: Path) -> None:
    path = shared_dir / "data" / "dedupe" / "cora_dev" / "cora_dev.csv"
    if not path.is_file():
        pytest.skip(f"{path} not found")
    bench = _load_benchmark()
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    items = [bench.to_csl(r) for r in rows]
    result = dedupe(items)
    predicted = [0] * len(items)
    for number, cluster in enumerate(result.clusters):
        for i in cluster:
            predicted[i] = number
    figures = bench.score([r["cluster"] for r in rows], predicted)
    assert figures["pair_f1"] >= 0.95, figures
    assert figures["pair_p"] >= 0.98, figures
    assert result.comparisons < len(items) * (len(items) - 1) // 2 // 10


def test_cora_name_parsing() -> None:
    bench = _load_benchmark()
    assert bench.parse_names("Aha, D. W., Kibler, D., & Albert, M. K.") == [
        {"family": "Aha", "given": "D. W"}, {"family": "Kibler", "given": "D"},
        {"family": "Albert", "given": "M. K"}]
    assert bench.parse_names("Paul E. Utgoff and Carla E. Brodley.") == [
        {"family": "Utgoff", "given": "Paul E."}, {"family": "Brodley", "given": "Carla E."}]
    assert bench.parse_names("Aha, D.W., Kibler E., Albert M.K.:") == [
        {"family": "Aha", "given": "D.W"}, {"family": "Kibler", "given": "E"},
        {"family": "Albert", "given": "M.K"}]
