"""Place and publisher."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize.base import Context, ItemState
from citekit.normalize.place import PlacePublisher

P = pytest.param


def run(fields: list[tuple[str, str]]) -> dict[str, Any]:
    state = ItemState.from_fields(fields)
    PlacePublisher()(state, Context())
    return state.item


CASES = [
    P([("location", "Baltimore, MD,")], {"publisher-place": "Baltimore, MD"}, id="us-state"),
    P([("location", "Moscow,")], {"publisher-place": "Moscow"}, id="city"),
    P([("location", "London: Penguin")], {"publisher-place": "London", "publisher": "Penguin"},
      id="place-colon-publisher"),
    P([("publisher", "London: Penguin,")], {"publisher-place": "London", "publisher": "Penguin"},
      id="in-publisher-span"),
    P([("location", "London:"), ("publisher", "Elsevier.")], {"publisher-place": "London", "publisher": "Elsevier"},
      id="two-spans"),
    P([("location", "Paris-Rome")], {"publisher-place": "Paris-Rome"}, id="paris-rome"),
    P([("location", "London and New York,")], {"publisher-place": "London and New York"}, id="two-places"),
    # "Place, Publisher, Year" (French, Spanish, Italian notes) read as places: a name that is no place
    # after a known place is the publisher
    P([("location", "Barcelona, Vicens Vives,")], {"publisher-place": "Barcelona", "publisher": "Vicens Vives"},
      id="place-comma-publisher-in-one-span"),
    P([("location", "Strasbourg,"), ("location", "Istra,")], {"publisher-place": "Strasbourg", "publisher": "Istra"},
      id="place-then-publisher-as-two-places"),
    P([("location", "London,"), ("location", "New York,")], {"publisher-place": "London; New York"},
      id="two-known-places-stay"),
    P([("location", "Cambridge, Mass.,")], {"publisher-place": "Cambridge, Mass"}, id="abbreviated-state-stays"),
    P([("location", "Köln u. a.")], {"publisher-place": "Köln u. a."}, id="and-other-places-keeps-its-period"),
    P([("location", "London"), ("location", "New York")], {"publisher-place": "London; New York"},
      id="two-place-spans"),
    P([("publisher", "Wiley & Sons, Inc.")], {"publisher": "Wiley & Sons, Inc."}, id="inc-period-kept"),
    P([("location", "(Paris"), ("publisher", "Gallimard)")], {"publisher-place": "Paris", "publisher": "Gallimard"},
      id="brackets"),
    P([("location", "Venezia,"), ("publisher", "Marsilio,")], {"publisher-place": "Venezia", "publisher": "Marsilio"},
      id="italian"),
    P([("location", "Montevideo,"), ("location", "Arca,")], {"publisher-place": "Montevideo", "publisher": "Arca"},
      id="spanish-place-then-publisher"),
    P([("location", "México, El Colegio de México,")],
      {"publisher-place": "México", "publisher": "El Colegio de México"}, id="publisher-named-after-a-place"),
    P([("location", "Rio de Janeiro,"), ("location", "São Paulo,")],
      {"publisher-place": "Rio de Janeiro; São Paulo"}, id="two-places-of-several-words"),
    P([("location", "Amsterdam (Amsterdam:"), ("publisher", "Rijksmuseum,")],
      {"publisher-place": "Amsterdam", "publisher": "Rijksmuseum"}, id="venue-city-before-the-imprint"),
    P([("location", "Cambridge (Mass.):"), ("publisher", "MIT Press,")],
      {"publisher-place": "Cambridge (Mass.)", "publisher": "MIT Press"}, id="bracketed-state-kept"),
]


@pytest.mark.parametrize(("fields", "expected"), CASES)
def test_place_publisher(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    assert run(fields) == expected


# --- heads an imprint span carries in law and history notes ----------------------------------------

IMPRINT_HEAD_CASES = [
    P([("publisher", "(Mary Brown ed., Yale Univ. Press")],
      {"editor": [{"family": "Brown", "given": "Mary"}], "publisher": "Yale Univ. Press"},
      id="bluebook-editor-then-publisher"),
    P([("publisher", "(Peter Smith & Ann Lee eds.,")],
      {"editor": [{"family": "Smith", "given": "Peter"}, {"family": "Lee", "given": "Ann"}]},
      id="bluebook-editors-alone"),
    P([("publisher", "(Jane Doe trans., Penguin")],
      {"translator": [{"family": "Doe", "given": "Jane"}], "publisher": "Penguin"}, id="bluebook-translator"),
    P([("publisher", "(2d ed. Foundation Press")], {"publisher": "2d ed. Foundation Press"},
      id="edition-is-no-editor"),
    P([("publisher", "(Studien zur Landesgeschichte 12), Stuttgart: Kohlhammer")],
      {"collection-title": "Studien zur Landesgeschichte", "collection-number": "12",
       "publisher-place": "Stuttgart", "publisher": "Kohlhammer"}, id="series-before-the-imprint"),
    P([("publisher", "(National Archives) Office of Records")],
      {"publisher": "(National Archives) Office of Records"}, id="bracket-without-number-is-no-series"),
    P([("publisher", "(1 May to 30 June 1990), Bulletin: Report")],
      {"publisher-place": "(1 May to 30 June 1990), Bulletin", "publisher": "Report"},
      id="a-year-is-no-series-number"),
    P([("publisher", "Bd. 3, Berlin und Leipzig")], {"volume": "3", "publisher-place": "Berlin und Leipzig"},
      id="volume-label-before-the-imprint"),
    P([("location", "vol. 4, no. 2")], {"publisher-place": "vol. 4, no. 2"}, id="volume-and-issue-left-alone"),
]


@pytest.mark.parametrize(("fields", "expected"), IMPRINT_HEAD_CASES)
def test_imprint_heads(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    assert run(fields) == expected


def test_sub_verbo_read_as_a_place_is_the_locator() -> None:
    state = ItemState.from_fields([("location", "(London,"), ("location", 's.v. "oats."')])
    PlacePublisher()(state, Context())
    assert state.item == {"publisher-place": "London"}
    assert (state.locator, state.label) == ("oats", "sub-verbo")


#: the imprint as French and Portuguese notes write it, a series before the bracketed imprint, the
#: passage cited after it, and an author-date citation whose name the tagger read as a publisher
def run_chain(fields: list[tuple[str, str]]) -> tuple[dict[str, Any], str | None, str | None, str]:
    from citekit.normalize import normalize_fields

    parsed = normalize_fields(fields)
    return parsed.item, parsed.locator, parsed.label, parsed.kind


IMPRINT_ORDER_CASES = [
    P([("title", "Les confréries de Rouen,"), ("publisher", "Rouen,"), ("date", "1998,")],
      {"publisher-place": "Rouen"}, None, id="a-place-read-as-the-publisher"),
    P([("title", "Storia di Palermo,"), ("publisher", "Palermo,"), ("date", "1975,")],
      {"publisher-place": "Palermo"}, None, id="italian-place-read-as-the-publisher"),
    P([("title", "Os sertões,"), ("publisher", "Rio de Janeiro, Laemmert,"), ("date", "1905,")],
      {"publisher-place": "Rio de Janeiro", "publisher": "Laemmert"}, None, id="place-then-publisher-in-one-span"),
    P([("title", "Atti,"), ("publisher", "Pisa, Italy,"), ("date", "1990,")], {"publisher-place": "Pisa, Italy"}, None,
      id="city-and-country"),
    P([("title", "Atti,"), ("location", "Sydney, Australia,"), ("date", "1990,")],
      {"publisher-place": "Sydney, Australia"}, "publisher", id="a-country-is-no-publisher"),
    P([("title", "Venezia e il suo estuario,"), ("publisher", "Venezia e il suo estuario,"), ("date", "1990,")],
      {"publisher": "Venezia e il suo estuario"}, "publisher-place", id="words-besides-places-are-no-place"),
    P([("title", "Le roman,"), ("publisher", "Gallimard,"), ("date", "1990,")],
      {"publisher": "Gallimard"}, "publisher-place", id="a-publisher-stays"),
    P([("title", "Metamorphoses,"), ("publisher", "Penguin Classics"), ("location", "(London:"),
       ("publisher", "Penguin,"), ("date", "2004),")],
      {"collection-title": "Penguin Classics", "publisher": "Penguin", "publisher-place": "London"}, None,
      id="series-before-the-bracketed-imprint"),
    P([("title", "Aeneid,"), ("publisher", "Oxford World's Classics"), ("location", "(Oxford:"),
       ("publisher", "Oxford University Press,"), ("date", "2007),")],
      {"collection-title": "Oxford World's Classics", "publisher": "Oxford University Press"}, None,
      id="series-with-an-apostrophe"),
    P([("title", "Lives,"), ("publisher", "Loeb Classical Library 47"), ("location", "(Cambridge, MA:"),
       ("publisher", "Harvard University Press,"), ("date", "1914),")],
      {"collection-title": "Loeb Classical Library", "collection-number": "47"}, None,
      id="numbered-series-before-the-imprint"),
    P([("title", "Studies,"), ("location", "(London:"), ("publisher", "Penguin,"), ("date", "2004),")],
      {"publisher": "Penguin"}, "collection-title", id="no-series-without-a-span-before-the-bracket"),
]


@pytest.mark.parametrize(("fields", "expected", "absent"), IMPRINT_ORDER_CASES)
def test_imprint_order(fields: list[tuple[str, str]], expected: dict[str, Any], absent: str | None) -> None:
    item = run_chain(fields)[0]
    assert {key: item.get(key) for key in expected} == expected
    if absent:
        assert absent not in item


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("author", "Cicero,"), ("title", "De officiis,"), ("location", "(Cambridge, MA:"),
           ("publisher", "Harvard University Press,"), ("date", "1913),"), ("other", "1.22.")],
          ("1.22", "section"), id="book-and-chapter-after-the-imprint"),
        P([("author", "Livy,"), ("title", "History of Rome,"), ("location", "(London:"), ("publisher", "Heinemann,"),
           ("date", "1919),"), ("other", "1.7.3–5.")], ("1.7.3-5", "section"), id="a-range-of-sections"),
        P([("author", "Cicero,"), ("title", "De officiis,"), ("location", "(London:"), ("publisher", "Heinemann,"),
           ("date", "1913),"), ("other", "vol. 2.")], (None, None), id="not-a-passage"),
        P([("author", "Cicero,"), ("title", "De officiis,"), ("location", "London:"), ("publisher", "Heinemann,"),
           ("date", "1913,"), ("other", "1.22.")], (None, None), id="only-after-a-closing-bracket"),
    ],
)
def test_passage_after_the_imprint(fields: list[tuple[str, str]], expected: tuple[str | None, str | None]) -> None:
    _, locator, label, _ = run_chain(fields)
    assert (locator, label) == expected


@pytest.mark.parametrize(
    ("fields", "author", "kind"),
    [
        P([("publisher", "Orme"), ("date", "2001,"), ("locator", "12.")], [{"family": "Orme"}], "short",
          id="surname-year-page"),
        P([("publisher", "Bourdieu"), ("date", "(1979:"), ("locator", "12)")], [{"family": "Bourdieu"}], "short",
          id="bracketed-year-and-page"),
        P([("publisher", "Brown and Green"), ("date", "(2004:"), ("locator", "112–15)")],
          [{"family": "Brown"}, {"family": "Green"}], "short", id="two-authors"),
        P([("publisher", "Oxford University Press"), ("date", "2001,"), ("locator", "12.")], None, "full",
          id="a-publisher-is-no-author"),
        P([("publisher", "Paris"), ("date", "2001,"), ("locator", "12.")], None, "full", id="a-place-is-no-author"),
        P([("title", "Medieval Schools,"), ("publisher", "Orme"), ("date", "2001,")], None, "full",
          id="with-a-title-it-stays-the-publisher"),
        P([("publisher", "Olschki,"), ("date", "1979;")], None, "full", id="a-comma-before-the-year-is-an-imprint"),
    ],
)
def test_author_date_read_as_publisher(
    fields: list[tuple[str, str]], author: list[dict[str, str]] | None, kind: str
) -> None:
    item, _, _, found_kind = run_chain(fields)
    assert item.get("author") == author
    assert found_kind == kind
