"""``parse_references`` switches the cyclic collector off for a large batch: it must give the
process its collector back as it found it, also when parsing fails half-way."""

from __future__ import annotations

import gc

import pytest

import citekit.parser as parser


@pytest.mark.parametrize("enabled", [True, False])
def test_collector_state_is_restored(enabled: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(parser, "_worth_batching", lambda count: True)
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        results = parser.parse_references(["Paul Hagenloh, Stalin's Police (Baltimore, MD, 2009), 3.", "Ibid., 12."])
        assert [r.kind for r in results] == ["full", "ibid"]
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_collector_restored_after_a_failure(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        assert not gc.isenabled()  # (the batch runs with the collector off)
        raise RuntimeError("boom")

    monkeypatch.setattr(parser, "_worth_batching", lambda count: True)
    monkeypatch.setattr(parser, "_parse_all", broken)
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        parser.parse_references(["a", "b"])
    assert gc.isenabled()
