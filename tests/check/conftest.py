"""Helpers for the check tests: write files into a temporary repository and check them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from citekit.check import check_paths
from citekit.check.config import CheckConfig
from citekit.model import Diagnostic

FIXTURES = Path(__file__).parent / "fixtures"

Checker = Callable[..., list[Diagnostic]]


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never touch the developer's real cache from tests."""
    monkeypatch.setenv("CITEKIT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))


@pytest.fixture
def check_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Checker:
    """``check_files({"refs.bib": "...", "a.tex": "..."}, enable=...)`` -> findings."""
    monkeypatch.chdir(tmp_path)

    def run(files: dict[str, str], paths: list[str] | None = None, **settings: object) -> list[Diagnostic]:
        for name, text in files.items():
            target = tmp_path / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        config = CheckConfig(root=tmp_path, cache=False)
        for key, value in settings.items():
            setattr(config, key, value)
        return check_paths(paths if paths is not None else list(files), config)

    return run

