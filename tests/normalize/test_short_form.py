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


@pytest.mark.parametrize(
    ("fields", "title", "locator"),
    [
        P([("author", "Hollis,"), ("title", "Wool Trade, 45.")], "Wool Trade", "45", id="page-in-the-short-title"),
        P([("author", "Bynum,"), ("title", "Body of Christ, 412–14.")], "Body of Christ", "412-414",
          id="range-in-the-short-title"),
        P([("author", "Davis,"), ("title", "Return of Martin Guerre, 1848.")], "Return of Martin Guerre, 1848",
          None, id="year-ends-the-title"),
        P([("author", "Smith,"), ("title", "Europe, 1150–1750.")], "Europe, 1150–1750", None,
          id="years-end-the-title"),
        P([("author", "Hollis,"), ("title", "Wool Trade,"), ("locator", "45.")], "Wool Trade", "45",
          id="locator-of-its-own"),
    ],
)
def test_page_left_in_the_short_title(fields: list[tuple[str, str]], title: str, locator: str | None) -> None:
    parsed = normalize_fields(fields)
    assert (parsed.kind, parsed.item["title"], parsed.locator) == ("short", title, locator)


def test_full_reference_keeps_a_number_ending_its_title() -> None:
    parsed = normalize_fields([("title", "Poems, 12"), ("location", "London,"), ("date", "1850")])
    assert parsed.item["title"] == "Poems, 12" and parsed.locator is None


@pytest.mark.parametrize(
    ("fields", "kind"),
    [
        P([("author", "Smith"), ("date", "1999:"), ("locator", "45.")], "short", id="author-date-colon"),
        P([("signal", "Cf."), ("author", "Lloyd"), ("date", "1979,"), ("locator", "45–7.")], "short",
          id="author-date-with-signal"),
        P([("author", "(Thompson"), ("date", "1963:"), ("locator", "12)")], "short", id="author-date-bracketed"),
        P([("author", "Staudinger/Hager, BGB, Neubearb."), ("date", "2017,"), ("locator", "§ 823.")], "full",
          id="commentary-with-edition-is-full"),
        P([("author", "Smith"), ("date", "12 May 1999,"), ("locator", "4.")], "full", id="a-day-is-no-author-date"),
    ],
)
def test_author_date_citation(fields: list[tuple[str, str]], kind: str) -> None:
    assert normalize_fields(fields).kind == kind


def test_canonical_passage_read_as_the_locator() -> None:
    """A classical work by its standard numbering is complete by convention (kind ``full``, see
    ``classical.py``); the numbering is the locator."""
    parsed = normalize_fields([("author", "Aristotle,"), ("locator", "Nicomachean Ethics 1094a1–3.")])
    assert (parsed.item["title"], parsed.locator, parsed.kind) == ("Nicomachean Ethics", "1094a1-3", "full")
