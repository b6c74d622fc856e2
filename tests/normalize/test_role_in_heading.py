"""The role-in-heading step (P196) on labelled fields, independent of the tagger: "Name, ed., Title" and the
editor span "Title, ed. Names", and what the step leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("author", "Israel Halpern, ed., Pinkas Vaʿad Arbaʿ Aratsot"), ("location", "(Jerusalem:"),
           ("publisher", "Mosad Bialik,"), ("date", "1945),")],
          {"editor": [{"family": "Halpern", "given": "Israel"}], "author": None, "title": "Pinkas Vaʿad Arbaʿ Aratsot"},
          id="editor-named-first"),
        P([("editor", "Sefer Lutsk, ed. Nathan Livneh"), ("location", "(Tel Aviv:"),
           ("publisher", "Irgun Yotsei Lutsk be-Yisrael,"), ("date", "1961),")],
          {"title": "Sefer Lutsk", "editor": [{"family": "Livneh", "given": "Nathan"}]}, id="title-in-the-editor-span"),
        # what the step leaves alone
        P([("editor", "John Smith, ed. Jane Doe"), ("title", "Essays")],
          {"title": "Essays"}, id="a-title-was-read"),
        P([("editor", "Mary Jones, ed. Jane Doe"), ("location", "(London:"), ("date", "1990)")],
          {"title": None}, id="a-person-before-the-role"),
        P([("issue", "I placiti,"), ("title", "ed. C. Manaresi,"), ("author", "I,"), ("location", "Roma")],
          {"editor": None, "title": "ed. C. Manaresi"},
          id="names-after-the-role"),
        P([("author", "Smith,"), ("title", "Editions of Hamlet")], {"title": "Editions of Hamlet", "editor": None},
          id="a-title-opening-with-ed"),
    ],
)
def test_role_in_heading(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
