"""The title-translation step (P194) on labelled fields, independent of the tagger: a transliterated title's
translation in square brackets, the title back from the author span, the journal from the title span, and what
the step leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("author", "Shmuel Ettinger,"), ("title", "Bein Polin le-Rusyah [Between Poland and Russia]"),
           ("location", "(Jerusalem:"), ("publisher", "Merkaz Zalman Shazar,"), ("date", "1994),")],
          {"title": "Bein Polin le-Rusyah", "custom": {"title-translation": "Between Poland and Russia"}},
          id="translation-after-the-title"),
        P([("author", "Yitzhak Baer, Toldot ha-Yehudim bi-Sefarad ha-Notsrit"),
           ("title", "[A History of the Jews in Christian Spain]"), ("location", "(Tel Aviv:"),
           ("publisher", "Am Oved,"), ("date", "1959),")],
          {"author": [{"family": "Baer", "given": "Yitzhak"}], "title": "Toldot ha-Yehudim bi-Sefarad ha-Notsrit"},
          id="title-in-the-author-span"),
        P([("author", "Jacob Katz,"),
           ("title", "“Al halakhah u-derush ke-makor histori” [Halakhah and Homiletics as Historical Sources], Tarbiz"),
           ("volume", "26"), ("date", "(1957):"), ("pages", "123–35.")],
          {"type": "article-journal", "title": "Al halakhah u-derush ke-makor histori", "container-title": "Tarbiz"},
          id="journal-in-the-title-span"),
        # what the step leaves alone
        P([("author", "Smith,"), ("title", "The Letters [1650–1660]")], {"title": "The Letters [1650–1660]"},
          id="a-bracketed-date"),
        P([("author", "Smith,"), ("title", "Life of Jesus [sic]")], {"title": "Life of Jesus [sic]"},
          id="one-word-in-brackets"),
        P([("author", "Guyet S."), ("title", "Aspects économiques du syndrome [Thèse d’exercice].")],
          {"title": "Aspects économiques du syndrome [Thèse d’exercice]", "custom": None}, id="a-genre"),
        P([("author", "Fillioux,"), ("title", "Examen de l’ouvrage [Nouv. éd.]")], {"custom": None},
          id="an-abbreviation"),
        P([("author", "Tutel'ian VA, Aksiuk IN, Sorokina EIu, Gapparov MM."),
           ("title", "[Medical and biological assessment of maize]")], {"custom": None},
          id="a-list-of-names-is-no-title"),
        P([("author", "Cohen, Gerson D."), ("title", "[A Critical Edition]")], {"author": [
            {"family": "Cohen", "given": "Gerson D."}]}, id="an-inverted-name-keeps-its-given-name"),
    ],
)
def test_title_translation(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
