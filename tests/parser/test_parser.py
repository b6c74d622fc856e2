"""parse_reference / parse_references: fields, confidences, and never raising."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.model import ParsedReference
from citekit.parser import clean_text, parse_reference, parse_references, tag_fields

SEER_BOOK = (
    "See Paul Hagenloh, Stalin’s Police: Public Order, Mass Repression in the USSR, "
    "1926–1941, Baltimore, MD, 2009, p. 3."
)
SEER_ARTICLE = (
    "James Morris, ‘The Polish Terror: Spymania and Ethnic Cleansing in the Great Terror’, "
    "Europe–Asia Studies, 56, 2004, 2, pp. 751–66."
)


def test_seer_book_fields() -> None:
    fields, _ = tag_fields(SEER_BOOK)
    labels = dict(fields)
    assert labels["signal"] == "See"
    assert labels["author"].startswith("Paul Hagenloh")
    assert labels["date"].startswith("2009")
    # the tagger may call the pinpoint "pages"; the normalizers decide (a book has no range)
    assert labels.get("locator", labels.get("pages")) == "p. 3."
    result = parse_reference(SEER_BOOK)
    assert (result.locator, result.label, result.prefix) == ("3", "page", "See")


def test_seer_article_fields() -> None:
    fields, _ = tag_fields(SEER_ARTICLE)
    labels = dict(fields)
    assert labels["title"].startswith("‘The Polish Terror")
    assert labels["container-title"].startswith("Europe–Asia Studies")
    assert labels["pages"].startswith("pp. 751–66")


def test_fields_keep_their_attached_punctuation_and_cover_the_text() -> None:
    fields, _ = tag_fields(SEER_ARTICLE)
    assert all(text in SEER_ARTICLE for _, text in fields)
    assert any(text.endswith("’,") for label, text in fields if label == "title")


def test_ibid_is_a_backref_with_a_locator() -> None:
    fields, _ = tag_fields("Ibid., p. 12.")
    assert ("backref", "Ibid.,") in fields
    assert ("locator", "p. 12.") in fields


def test_confidences_are_probabilities_per_csl_variable() -> None:
    result = parse_reference(SEER_BOOK, confidences=True)
    assert result.confidence
    assert set(result.confidence) <= {"prefix", "author", "title", "publisher-place", "issued",
                                      "locator", "container-title", "volume", "page", "issue",
                                      "editor", "publisher"}
    assert all(0.0 <= v <= 1.0 for v in result.confidence.values())
    assert parse_reference(SEER_BOOK).confidence == {}


def test_empty_reference_gives_a_typed_item_and_a_diagnostic() -> None:
    result = parse_reference(" \t\x00 ")
    assert result.item == {"type": "document"}
    assert [d.code for d in result.diagnostics] == ["P001"]


def test_batch_keeps_one_result_per_input() -> None:
    texts = [SEER_BOOK, "", "Ibid., p. 12.", SEER_ARTICLE]
    results = parse_references(texts)
    assert len(results) == 4
    assert results[1].diagnostics[0].code == "P001"


def test_clean_text() -> None:
    assert clean_text("  a\u2028b\x07  c\n") == "a b c"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_never_raises_on_arbitrary_text(text: str) -> None:
    result = parse_reference(text, confidences=True)
    assert isinstance(result, ParsedReference)
    assert isinstance(result.item, dict) and "type" in result.item


@settings(max_examples=5, deadline=None)
@given(st.text(min_size=1, max_size=300).map(lambda s: (s * (10_240 // len(s) + 1))[:10_240]))
def test_never_raises_on_long_lines(text: str) -> None:
    assert len(text) == 10_240
    assert isinstance(parse_reference(text), ParsedReference)


def test_control_characters_and_odd_input() -> None:
    for text in ("\x00\x01\x02", "\ud800", "(((((", "p.", "———", "1" * 5000, "\u202e abc"):
        assert isinstance(parse_reference(text), ParsedReference)


def test_a_large_batch_restores_the_garbage_collector_threshold() -> None:
    import gc

    from citekit.parser import parse_references

    before = gc.get_threshold()
    results = parse_references(["Adam Ulam, Stalin: The Man and his Era, New York, 1974."] * 1_100)
    assert len(results) == 1_100 and results[0].item.get("title") == "Stalin: The Man and his Era"
    assert gc.get_threshold() == before


def test_a_chapter_whose_in_rides_in_the_title_span_gets_its_container() -> None:
    from citekit.parser import parse_reference

    item = parse_reference(
        "W. Halbfass, Tatsache I, in: Historisches Wörterbuch der Philosophie, Darmstadt 1971."
    ).item
    assert (item.get("title"), item.get("container-title"), item.get("type")) == (
        "Tatsache I", "Historisches Wörterbuch der Philosophie", "chapter")
