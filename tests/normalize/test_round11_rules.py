"""Round 11 rules on labelled fields (independent of the tagger): Russian and Ukrainian archives,
back-references, GOST headings and statements of responsibility, pinpoints, signals."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields
from citekit.parser.signals import leading_signal

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "archive", "location", "occurrence"),
    [
        P([("collection-title", "ГАРФ. Ф. Р-5446. Оп. 1. Д. 120. Л. 45.")], "ГАРФ", "Ф. Р-5446. Оп. 1. Д. 120",
          ("45", "folio"), id="garf"),
        P([("author", "ЦДАВО України."), ("date", "Ф. 1. Оп. 20. Спр. 6197. Арк. 12 зв.")], "ЦДАВО України",
          "Ф. 1. Оп. 20. Спр. 6197", ("12 зв.", "folio"), id="sprava-arkush-verso"),
        P([("author", "RGAE,"), ("other", "f. 7486, op. 37, d. 235, ll. 3–5ob.")], "RGAE",
          "f. 7486, op. 37, d. 235", ("3-5ob.", "folio"), id="transliterated"),
        P([("collection-title", "РГАСПИ. Ф. 17. Оп. 3. Д. 1.")], "РГАСПИ", "Ф. 17. Оп. 3. Д. 1", (None, None),
          id="file-without-leaf"),
    ],
)
def test_russian_archive(fields: list[tuple[str, str]], archive: str, location: str,
                         occurrence: tuple[Any, Any]) -> None:
    parsed = normalize_fields(fields)
    assert parsed.item["type"] == "manuscript"
    assert (parsed.item["archive"], parsed.item["archive_location"]) == (archive, location)
    assert (parsed.locator, parsed.label) == occurrence


@pytest.mark.parametrize(
    "fields",
    [
        P([("author", "Петров Н. В."), ("title", "Оп. 1 как жанр."), ("date", "1999.")], id="no-fond-or-file"),
        P([("title", "Opera omnia, op. 3, d. 4"), ("date", "1999.")], id="no-archive-shape"),
    ],
)
def test_russian_archive_leaves_others(fields: list[tuple[str, str]]) -> None:
    assert normalize_fields(fields).item.get("type") != "manuscript"


@pytest.mark.parametrize(
    ("fields", "kind", "authors", "occurrence"),
    [
        P([("author", "Хлевнюк О. В. Указ."), ("other", "соч. С. 88.")], "op-cit", ["Хлевнюк"], ("88", "page"),
          id="ukaz-soch"),
        P([("title", "Кульчицький С. В. Зазнач. праця. С. 40.")], "op-cit", ["Кульчицький"], ("40", "page"),
          id="zaznach-pratsia"),
        P([("title", "Там само. Арк. 5.")], "ibid", [], ("5", "folio"), id="tam-samo-leaf"),
    ],
)
def test_east_slavic_backref(fields: list[tuple[str, str]], kind: str, authors: list[str],
                             occurrence: tuple[str, str]) -> None:
    parsed = normalize_fields(fields)
    assert parsed.kind == kind
    assert [name.get("family") for name in parsed.item.get("author", [])] == authors
    assert "title" not in parsed.item
    assert (parsed.locator, parsed.label) == occurrence


@pytest.mark.parametrize(
    ("fields", "authors", "title", "imprint"),
    [
        P([("title", "Кондрашин В. В. Голод 1932–1933 годов: трагедия российской деревни."), ("location", "М.,"),
           ("date", "2008.")], ["Кондрашин"], "Голод 1932–1933 годов: трагедия российской деревни", ("М.", None),
          id="title-span"),
        P([("author", "Земсков В. Н. ГУЛАГ (историко-социологический аспект)"),
           ("container-title", "Социологические исследования."), ("date", "1991.")], ["Земсков"],
          "ГУЛАГ (историко-социологический аспект)", (None, None), id="author-span"),
        P([("title", "Кульчицький С. В. Голодомор як геноцид: труднощі усвідомлення. К.: Наш час,"),
           ("date", "2008.")], ["Кульчицький"], "Голодомор як геноцид: труднощі усвідомлення", ("К.", "Наш час"),
          id="imprint-in-span"),
        P([("author", "В. Н. Хаустов,"), ("title", "Л. Самуэльсон. Сталин, НКВД и репрессии."), ("date", "2009.")],
          ["Хаустов", "Самуэльсон"], "Сталин, НКВД и репрессии", (None, None), id="second-author-in-title"),
    ],
)
def test_gost_heading(fields: list[tuple[str, str]], authors: list[str], title: str,
                      imprint: tuple[Any, Any]) -> None:
    item = normalize_fields(fields).item
    assert [name.get("family") for name in item.get("author", [])] == authors
    assert item["title"] == title
    assert (item.get("publisher-place"), item.get("publisher")) == imprint


def test_gost_heading_leaves_two_names_alone() -> None:
    item = normalize_fields([("author", "Юнге М., Биннер Р."), ("title", "Как террор стал «Большим»."),
                             ("date", "2003.")]).item
    assert [name["family"] for name in item["author"]] == ["Юнге", "Биннер"]


@pytest.mark.parametrize(
    ("fields", "role", "names", "title"),
    [
        P([("author", "Лубянка. Сталин и НКВД."), ("date", "1937–1938"), ("author", "Под ред. А. Н. Яковлева."),
           ("date", "2004.")], "editor", ["Яковлева"], "Лубянка. Сталин и НКВД. 1937–1938", id="pod-red-own-span"),
        P([("author", "Сталинские депортации. 1928–1953 / Сост. Н. Л. Поболь, П. М. Полян."), ("date", "2005.")],
          "compiler", ["Поболь", "Полян"], "Сталинские депортации. 1928–1953", id="sost-in-span"),
        P([("author", "Голод в СССР / Відп. ред. В. В. Кондрашин."), ("date", "2011.")], "editor", ["Кондрашин"],
          "Голод в СССР", id="ukrainian-editor"),
    ],
)
def test_gost_responsibility(fields: list[tuple[str, str]], role: str, names: list[str], title: str) -> None:
    item = normalize_fields(fields).item
    assert "author" not in item
    assert [name.get("family") for name in item[role]] == names
    assert item["title"] == title


@pytest.mark.parametrize(
    ("fields", "occurrence"),
    [
        P([("title", "Хозяин."), ("date", "2010."), ("other", "С. 47.")], ("47", "page"), id="page"),
        P([("title", "Хозяин."), ("date", "2010."), ("other", "Арк. 3–4.")], ("3-4", "folio"), id="arkush"),
        P([("title", "Хозяин."), ("date", "2010."), ("other", "С. 47 и сл.")], (None, None), id="not-only-a-pin"),
    ],
)
def test_cyrillic_pinpoint(fields: list[tuple[str, str]], occurrence: tuple[Any, Any]) -> None:
    parsed = normalize_fields(fields)
    assert (parsed.locator, parsed.label) == occurrence


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("См.: Хлевнюк О. В. Хозяин.", "См.: "),
        ("Подробнее см.: Павлова И. В.", "Подробнее см.: "),
        ("Ср. также Жуков Ю. Н.", "Ср. также "),
        ("Див.: Кульчицький С. В.", "Див.: "),
        ("Смирнов А. Б. Title.", ""),
        ("Сталин и НКВД.", ""),
    ],
)
def test_east_slavic_signal(text: str, signal: str) -> None:
    assert text[: leading_signal(text)] == signal
