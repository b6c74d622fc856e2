"""The integrator's rules of the night of 2026-11-27/28 for the forms its held-out notes found wrong
(see tests/parser/test_notes_heldout7.py): each rule with the forms it must leave alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields
from citekit.normalize._text import strip_quotes

P = pytest.param


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        P("'The People's Voice'", "The People's Voice", id="apostrophe-inside-straight-quotes"),
        P("'The People's Voice", "The People's Voice", id="apostrophe-lone-opening-quote"),
        P("‘The People’s Voice’", "The People’s Voice", id="apostrophe-inside-curly-quotes"),
        P("' L'Edilizia veneziana'", "L'Edilizia veneziana", id="elided-article-inside-quotes"),
        P("L'histoire", "L'histoire", id="elided-article-alone-kept"),
        P("Nakazannyi narod: ‘Repressii politiki’", "Nakazannyi narod: ‘Repressii politiki’",
          id="inner-quotation-closing-the-title-kept"),
        P("'第三空间'视角下高校图书馆", "'第三空间'视角下高校图书馆", id="cjk-quoted-term-kept"),
    ],
)
def test_strip_quotes_apostrophes(text: str, expected: str) -> None:
    assert strip_quotes(text) == expected


def _item(fields: list[tuple[str, str]]) -> dict[str, Any]:
    return normalize_fields(fields).item


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("author", "Lorenzo Bianconi,"), ("title", "Il Seicento, Torino,"), ("publisher", "EDT,"), ("date", "1982")],
          {"title": "Il Seicento", "publisher-place": "Torino", "publisher": "EDT"}, id="place-closing-the-title"),
        P([("title", "Storia di Roma, Antica,"), ("publisher", "Laterza,"), ("date", "1990")],
          {"title": "Storia di Roma, Antica", "publisher": "Laterza"}, id="word-that-is-no-place-kept"),
        P([("title", "Il Seicento, Torino,"), ("location", "Milano,"), ("publisher", "EDT,"), ("date", "1982")],
          {"title": "Il Seicento, Torino", "publisher-place": "Milano"}, id="place-span-of-its-own-wins"),
        P([("title", "Storia di Venezia,"), ("date", "1982")], {"title": "Storia di Venezia"},
          id="no-publisher-after-the-title-kept"),
    ],
)
def test_place_closing_the_title(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = _item(fields)
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    ("fields", "title", "families"),
    [
        P([("author", "Bloch, Feudal Society,"), ("backref", "op. cit.,"), ("locator", "p. 150.")],
          "Feudal Society", ["Bloch"], id="name-and-short-title-before-op-cit"),
        P([("author", "Bloch, Marc,"), ("backref", "op. cit.,"), ("locator", "p. 150.")],
          None, ["Bloch"], id="inverted-name-before-op-cit-kept"),
        P([("author", "Smith, J. R.,"), ("backref", "op. cit.,"), ("locator", "p. 3.")],
          None, ["Smith"], id="initials-after-the-comma-kept"),
        P([("title", "Daston and Galison, Objectivity,"), ("locator", "20.")],
          "Objectivity", ["Daston", "Galison"], id="two-surnames-opening-a-short-title"),
        P([("title", "Pride and Prejudice,"), ("locator", "45.")],
          "Pride and Prejudice", [], id="title-with-and-but-no-comma-kept"),
        P([("title", "Daston and Galison, Objectivity,"), ("publisher", "Zone,"), ("date", "2007")],
          "Daston and Galison, Objectivity", [], id="full-citation-not-read-so"),
    ],
)
def test_names_before_short_titles(fields: list[tuple[str, str]], title: str | None, families: list[str]) -> None:
    item = _item(fields)
    assert item.get("title") == title
    assert [name.get("family") for name in item.get("author", [])] == families


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("author", "Richard Taruskin,"), ("title", "'Back to Whom? Neoclassicism as Ideology', 19th-Century Music,"),
           ("volume", "16"), ("date", "(1993),"), ("pages", "286–302")],
          {"title": "Back to Whom? Neoclassicism as Ideology", "container-title": "19th-Century Music"},
          id="straight-single-quotes-then-a-journal-opening-with-an-ordinal"),
        P([("title", "'Parish Registers', Local Historian,"), ("volume", "12")],
          {"title": "Parish Registers", "container-title": "Local Historian"}, id="straight-single-quotes"),
        P([("title", "'Back to Whom?', 1990,")], {"container-title": None}, id="a-year-after-the-quotes-is-no-journal"),
    ],
)
def test_straight_quoted_title_then_its_journal(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = _item(fields)
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("title", "The National Archives, Kew, E 134/12Jas1/Mich12.")],
          {"archive": "The National Archives", "archive-place": "Kew", "archive_location": "E 134/12Jas1/Mich12",
           "archive_collection": None}, id="repository-then-its-place"),
        P([("author", "TNA, Kew, C 1/46/3.")],
          {"archive": "TNA", "archive-place": "Kew", "archive_location": "C 1/46/3", "author": None},
          id="siglum-place-and-department-mark-read-as-authors"),
        P([("author", "TNA, FO 371/24855,"), ("locator", "f. 12.")],
          {"archive": "TNA", "archive-place": None, "archive_location": "FO 371/24855"}, id="siglum-without-place"),
        P([("title", "Archivo General de Simancas, Estado, leg. 1234,"), ("locator", "fol. 5.")],
          {"archive": "Archivo General de Simancas", "archive-place": None, "archive_collection": "Estado"},
          id="series-that-is-no-place-stays-the-series"),
    ],
)
def test_archive_place(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = _item(fields)
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("title", "Il Seicento,"), ("publisher", "EDT,"), ("date", "1982"), ("title", "(Storia della musica, 4),")],
          {"collection-title": "Storia della musica", "collection-number": "4"}, id="bracketed-series-and-its-number"),
        P([("title", "Il Seicento,"), ("publisher", "EDT,"), ("date", "1982"), ("title", "(Storia della musica),")],
          {"collection-title": "Storia della musica", "collection-number": None}, id="bracketed-series-without-number"),
    ],
)
def test_bracketed_series_number(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = _item(fields)
    assert {key: item.get(key) for key in expected} == expected


@pytest.mark.parametrize(
    ("fields", "kind", "prefix"),
    [
        P([("backref", "See id."), ("locator", "at 45.")], "ibid", "See", id="signal-inside-the-id-span"),
        P([("backref", "Cf. id."), ("locator", "at 3.")], "ibid", "Cf.", id="cf-inside-the-id-span"),
        P([("signal", "See also"), ("backref", "id."), ("locator", "at 496-97.")], "ibid", "See also",
          id="signal-span-of-its-own"),
        P([("backref", "Vgl. ebd.,"), ("locator", "S. 4.")], "ibid", "Vgl.", id="german-signal-inside-the-ebd-span"),
        P([("backref", "Seeing it."), ("locator", "at 3.")], "full", None, id="no-back-reference-after-the-word"),
    ],
)
def test_signal_opening_a_back_reference(fields: list[tuple[str, str]], kind: str, prefix: str | None) -> None:
    parsed = normalize_fields(fields)
    assert (parsed.kind, parsed.prefix) == (kind, prefix)
