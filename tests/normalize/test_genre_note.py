"""Genre and free notes."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize.base import Context, ItemState
from citekit.normalize.genre_note import GenreNote

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("genre", "[Doctoral dissertation]")], {"genre": "Doctoral dissertation"}, id="bracketed-genre"),
        P([("genre", "PhD thesis,")], {"genre": "PhD thesis"}, id="genre-comma"),
        P([("note", "Retrieved from")], {}, id="retrieved-from-dropped"),
        P([("note", "available at:")], {}, id="available-at-dropped"),
        P([("note", "[Online]")], {}, id="online-dropped"),
        P([("note", "PMID 22733859.")], {}, id="identifier-only-dropped"),
        P([("note", "(in Russian)")], {"note": "in Russian"}, id="bracketed-note"),
        P([("note", "Reprinted 1990."), ("note", "Unpublished")], {"note": "Reprinted 1990; Unpublished"},
          id="joined"),
    ],
)
def test_genre_note(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    state = ItemState.from_fields(fields)
    GenreNote()(state, Context())
    assert state.item == expected
