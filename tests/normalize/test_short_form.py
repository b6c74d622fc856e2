"""Short citations: author and/or short title, nothing only a full citation has."""

from __future__ import annotations

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "kind"),
    [
        P([("author", "Hagenloh,"), ("title", "Stalin’s Police,"), ("locator", "p. 6ff.")], "short",
          id="author-title-locator"),
        P([("author", "Conquest,"), ("locator", "p. 12.")], "short", id="author-only"),
        P([("title", "Great Terror,"), ("locator", "p. 12.")], "short", id="title-only"),
        P([("author", "Conquest,"), ("title", "The Great Terror,"), ("location", "London,")], "full",
          id="place-means-full"),
        P([("author", "Morris,"), ("title", "Polish Terror,"), ("container-title", "Europe–Asia Studies")],
          "full", id="container-means-full"),
        P([("author", "Smith,"), ("title", "A Book,"), ("date", "n.d.")], "full", id="nd-date-span-is-full"),
        P([("backref", "Ibid.,"), ("locator", "p. 3")], "ibid", id="backref-kind-kept"),
        P([("locator", "p. 3")], "full", id="nothing-to-be-short"),
    ],
)
def test_short_form(fields: list[tuple[str, str]], kind: str) -> None:
    assert normalize_fields(fields).kind == kind
