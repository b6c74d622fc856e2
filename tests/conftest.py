"""Shared fixtures: where ../shared is, skipping cleanly when it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the property tests with a fixed seed (``HYPOTHESIS_PROFILE=ci`` in .ci/run), so a run is
# reproducible; at a desk they draw new examples every time and go on finding new inputs. Neither
# has a per-example deadline: speed is measured by benchmarks/, and on a loaded machine a deadline
# only makes a correct test fail now and then.
settings.register_profile("ci", derandomize=True, deadline=None)
settings.register_profile("desk", deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or "desk")

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CITEKIT_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The ../shared data folder; tests that use it skip when it is not there."""
    if not SHARED.is_dir():
        pytest.skip(f"../shared data not found at {SHARED} (set CITEKIT_SHARED)")
    return SHARED


@pytest.fixture(scope="session")
def seed_text(shared_dir: Path) -> str:
    seeds = sorted((shared_dir / "seed").glob("*.txt"))
    if not seeds:
        pytest.skip("no seed document in ../shared/seed")
    return seeds[0].read_text(encoding="utf-8")
