"""Rules found by probing whole documents the extractor had never seen (Cairn, De Gruyter, JSTOR)."""

from __future__ import annotations

import pytest

from citekit.extraction.classify import classify
from citekit.extraction.locators import find_pinpoint
from citekit.extraction.pipeline import _surnames
from citekit.extraction.split import split_note


@pytest.mark.parametrize("text,value", [
    ("Ruskin, Stones of Venice, 1:12.", "1:12"),  # Chicago volume:page
    ("(London: George Allen, 1903–12), 9:17.", "9:17"),
    ("Ibid., 2:45–47.", "2:45–47"),
    ("L. Fontaine, L'économie morale, op. cit., p. 121 et suiv.", "121 et suiv."),
    ("Ibid., p. 5 sq.", "5 sq."),
])
def test_pinpoints(text: str, value: str) -> None:
    pin = find_pinpoint(text)
    assert pin is not None and (pin.value, pin.label) == (value, "page")


@pytest.mark.parametrize("text", ["meeting at 10:30", "Smith, 1986"])
def test_no_pinpoint(text: str) -> None:
    assert find_pinpoint(text) is None


@pytest.mark.parametrize("text,kind,author,title", [
    ("P. T. Hoffman, G. Postel-Vinay et J.-L. Rosenthal, Des marchés sans prix..., op. cit., p. 102.",
     "short", "P. T. Hoffman, G. Postel-Vinay et J.-L. Rosenthal", "Des marchés sans prix"),
    ("J.-Y. Grenier, « Une économie de l'identification... », art. cit., p. 40.",
     "short", "J.-Y. Grenier", "Une économie de l'identification"),
    ("Shapin and Schaffer, Leviathan, 22", "short", "Shapin and Schaffer", "Leviathan"),
])
def test_french_initials_in_short_forms(text: str, kind: str, author: str, title: str) -> None:
    info = classify(text)
    assert (info.kind, info.author, info.title) == (kind, author, title)


@pytest.mark.parametrize("note,count", [
    # "J.-L." is a hyphenated given name's initials, not a sentence end
    ("P. T. Hoffman, G. Postel-Vinay et J.-L. Rosenthal, Des marchés sans prix..., op. cit., p. 102.", 1),
    ("Sur ce point, nous suivons J.-Y. Grenier, « Une économie de l'identification... », art. cit., p. 40.", 1),
])
def test_hyphenated_initials_do_not_split(note: str, count: int) -> None:
    pieces = [p for p in split_note(note) if p.info.kind != "commentary"]
    assert len(pieces) == count
    assert pieces[0].text.startswith(("P. T. Hoffman", "J.-Y. Grenier"))


@pytest.mark.parametrize("author,names", [
    ("P. T. Hoffman, G. Postel-Vinay et J.-L. Rosenthal", ["Hoffman", "Postel-Vinay", "Rosenthal"]),
    ("J.-Y. Grenier", ["Grenier"]),
    ("Vollmer/Kern", ["Vollmer", "Kern"]),
    ("Shapin und Schaffer", ["Shapin", "Schaffer"]),
])
def test_surnames_drop_initials(author: str, names: list[str]) -> None:
    assert _surnames(author) == names


def test_colon_lead_in_before_a_title() -> None:
    note = ("John Ruskin, The Stones of Venice, 3 vols. (London: Smith, Elder, 1851–53), 1:4. Subsequent "
            "references are to the Library Edition: The Works of John Ruskin, ed. E. T. Cook and Alexander "
            "Wedderburn, 39 vols. (London: George Allen, 1903–12), 9:17.")
    pieces = [p for p in split_note(note) if p.info.kind != "commentary"]
    assert [p.text[:24] for p in pieces] == ["John Ruskin, The Stones ", "The Works of John Ruskin"]
    assert pieces[1].prefix == "Subsequent references are to the Library Edition"


@pytest.mark.parametrize("text,citation", [
    ("M. Garden, Lyon et les Lyonnais..., op. cit., p. 350-356, qui la rattache toutefois à l'honneur.",
     "M. Garden, Lyon et les Lyonnais..., op. cit., p. 350-356"),
    ("Hewison, Ruskin and Venice, 50, which overstates the case for the notebooks.",
     "Hewison, Ruskin and Venice, 50"),
    ("Hewison, Ruskin and Venice, 50.", None),
    ("Oestmann, Rechtsvielfalt, Frankfurt 2002, S. 9, Die Zeit der Schreiber und der Richter.", None),
])
def test_trailing_clause(text: str, citation: str | None) -> None:
    from citekit.extraction.split import trailing_clause

    cut = trailing_clause(text)
    assert (text[:cut] if cut is not None else None) == citation


@pytest.mark.parametrize("text,expected", [
    ("Ruskin Library, Lancaster University, MS 1851/B, fols. 12r–14v.",
     {"type": "manuscript", "archive": "Ruskin Library, Lancaster University", "archive_location": "MS 1851/B"}),
    ("British Library, Add. MS 38712, fol. 4.",
     {"type": "manuscript", "archive": "British Library", "archive_location": "Add. MS 38712"}),
    ("Archives départementales du Rhône (ci-après ADR), 3 E 4521, minutes de Me Dulieu, 12 mars 1764.",
     {"type": "manuscript", "archive": "Archives départementales du Rhône", "archive_location": "3 E 4521",
      "title": "minutes de Me Dulieu"}),
    ("John Smith, History of Mississippi (Jackson, MS: University Press, 1990), 4.", None),
])
def test_archive_items(text: str, expected: dict[str, str] | None) -> None:
    from citekit.extraction.pipeline import french_archive_item

    assert french_archive_item(text) == expected


@pytest.mark.parametrize("item,text,expected", [
    # Chicago volume:page is the pinpoint, not the entry's volume and issue
    ({"type": "book", "title": "The Stones of Venice", "volume": "1", "issue": "4"},
     "John Ruskin, The Stones of Venice, 3 vols. (London: Smith, Elder, 1851–53), 1:4.",
     {"type": "book", "title": "The Stones of Venice", "issued": {"date-parts": [[1851], [1853]]}}),
    # a title opening with its subject's name, read as a second author
    ({"type": "book", "author": [{"family": "Hilton", "given": "Tim"}, {"family": "Ruskin", "given": "John"}],
      "title": "The Early Years", "issued": {"date-parts": [[1985]]}},
     "Tim Hilton, John Ruskin: The Early Years (New Haven: Yale University Press, 1985), 163",
     {"type": "book", "author": [{"family": "Hilton", "given": "Tim"}],
      "title": "John Ruskin: The Early Years", "issued": {"date-parts": [[1985]]}}),
    # two real authors stay
    ({"type": "book", "author": [{"family": "Shapin", "given": "Steven"}, {"family": "Schaffer", "given": "Simon"}],
      "title": "Leviathan and the Air-Pump", "issued": {"date-parts": [[1985]]}},
     "Steven Shapin and Simon Schaffer, Leviathan and the Air-Pump (Princeton: Princeton University Press, 1985), 22",
     {"type": "book", "author": [{"family": "Shapin", "given": "Steven"}, {"family": "Schaffer", "given": "Simon"}],
      "title": "Leviathan and the Air-Pump", "issued": {"date-parts": [[1985]]}}),
])
def test_chicago_surface_repairs(item: dict[str, object], text: str, expected: dict[str, object]) -> None:
    from citekit.extraction.pipeline import complete_item

    complete_item(item, text)
    assert item == expected


@pytest.mark.parametrize("item,text,expected", [
    # « title », revue, volume-issue, year, p. first-last: an article, whatever the parser made of it
    ({"type": "book", "author": [{"family": "Muldrew", "given": "Craig"}], "title": "Interpreting the Market",
      "volume": "18-2", "page": "163-183", "issued": {"date-parts": [[1993]]}},
     "Craig Muldrew, « Interpreting the Market », Social History, 18-2, 1993, p. 163-183.",
     {"type": "article-journal", "author": [{"family": "Muldrew", "given": "Craig"}],
      "title": "Interpreting the Market", "container-title": "Social History", "volume": "18", "issue": "2",
      "page": "163-183", "issued": {"date-parts": [[1993]]}}),
    # words are no URL
    ({"type": "book", "title": "Lyon", "URL": "L'invention du service public"}, "Lyon, Paris, 1970.",
     {"type": "book", "title": "Lyon"}),
    # the editors of the volume stood in its title
    ({"type": "chapter", "title": "Une économie", "container-title": "Alessandro Stanziani (dir.), La qualité"},
     "Jean-Yves Grenier, « Une économie », in Alessandro Stanziani (dir.), La qualité, Paris, Belin, 2003.",
     {"type": "chapter", "title": "Une économie", "container-title": "La qualité",
      "editor": [{"family": "Stanziani", "given": "Alessandro"}]}),
])
def test_french_surface_repairs(item: dict[str, object], text: str, expected: dict[str, object]) -> None:
    from citekit.extraction.pipeline import complete_item

    complete_item(item, text)
    assert item == expected


@pytest.mark.parametrize("item,text,expected", [
    ({"type": "book", "title": "Die Gesellschaft", "publisher-place": "Köln u. a"},
     "Anette Baumann, Die Gesellschaft, Köln u. a. 2001, S. 56",
     {"type": "book", "title": "Die Gesellschaft", "publisher-place": "Köln u. a."}),
    ({"type": "book", "title": "Geistliche Gerichte", "publisher-place": "Köln"},
     "Peter Oestmann, Geistliche Gerichte, Köln u. a. 2012, S. 45",
     {"type": "book", "title": "Geistliche Gerichte", "publisher-place": "Köln u. a."}),
    ({"type": "book", "title": "Recht und Gesellschaft (Quellen und Forschungen zur höchsten Gerichtsbarkeit 17)"},
     "Filippo Ranieri, Recht und Gesellschaft (Quellen und Forschungen zur höchsten Gerichtsbarkeit 17), Köln 1985",
     {"type": "book", "title": "Recht und Gesellschaft", "collection-title":
      "Quellen und Forschungen zur höchsten Gerichtsbarkeit", "collection-number": "17"}),
    # a year range in brackets is no series
    ({"type": "book", "title": "Visitationen am Reichskammergericht (1529–1588)"},
     "Anette Baumann, Visitationen am Reichskammergericht (1529–1588), Berlin 2018",
     {"type": "book", "title": "Visitationen am Reichskammergericht (1529–1588)"}),
])
def test_german_surface_repairs(item: dict[str, object], text: str, expected: dict[str, object]) -> None:
    from citekit.extraction.pipeline import complete_item

    complete_item(item, text)
    assert item == expected
