"""The rabbinic-source step (P190) on labelled fields, independent of the tagger: a tractate by corpus, folio or
chapter and paragraph, a work of midrash, a code by section, and what the step leaves alone."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("locator", "b. Shabbat 31a.")],
          {"type": "classic", "title": "Shabbat", "container-title": "Babylonian Talmud"}, ("full", "31a", "folio"),
          id="bavli-siglum"),
        P([("author", "BT Bava Metsiʿa 59a–b.")],
          {"title": "Bava Metsiʿa", "container-title": "Babylonian Talmud", "author": None},
          ("full", "59a-b", "folio"), id="bavli-two-word-tractate-range"),
        P([("signal", "Cf."), ("volume", "t. Sukkah 4:6.")],
          {"title": "Sukkah", "container-title": "Tosefta", "volume": None}, ("full", "4:6", "section"),
          id="tosefta-after-signal"),
        P([("collection-title", "Mishnah Yoma 8:9.")], {"title": "Yoma", "container-title": "Mishnah"},
          ("full", "8:9", "section"), id="mishnah-spelled-out"),
        P([("author", "y. Peah 1:1, 15b.")], {"container-title": "Jerusalem Talmud", "title": "Peah"},
          ("full", "1:1, 15b", "section"), id="yerushalmi-halakhah-and-folio"),
        P([("locator", "mAv 1:1.")], {"title": "Av", "container-title": "Mishnah"}, ("full", "1:1", "section"),
          id="german-joined-siglum"),
        P([("title", "Genesis Rabbah 44:1.")], {"type": "classic", "title": "Genesis Rabbah"},
          ("full", "44:1", "section"), id="midrash"),
        P([("author", "Sifre Deuteronomy 343.")], {"title": "Sifre Deuteronomy", "author": None},
          ("full", "343", "section"), id="midrash-one-number"),
        P([("author", "Maimonides,"), ("title", "Mishneh Torah, Hilkhot Shabbat 2:3.")],
          {"type": "classic", "author": [{"family": "Maimonides"}], "title": "Mishneh Torah"},
          ("full", "Hilkhot Shabbat 2:3", "section"), id="code-with-author"),
        P([("author", "Shulḥan ʿArukh,"), ("volume", "Even ha-ʿEzer 17:3.")],
          {"title": "Shulḥan ʿArukh", "author": None, "volume": None}, ("full", "Even ha-ʿEzer 17:3", "section"),
          id="code-alone"),
        # what the step leaves alone
        P([("author", "Smith,"), ("title", "Jewish History,"), ("locator", "31a.")], {"type": "book"}, None,
          id="a-short-form-with-a-leaf"),
        P([("title", "Genesis"), ("locator", "12:3.")], {"container-title": None}, None, id="no-corpus"),
        P([("author", "Katz,"), ("title", "Tradition and Crisis,"), ("locator", "2:4.")],
          {"type": "book", "title": "Tradition and Crisis"}, None, id="a-book-with-volume-and-page"),
        P([("author", "M. Weber,"), ("title", "Economy and Society,"), ("locator", "1:212.")],
          {"container-title": None}, None, id="an-initial-is-no-corpus"),
    ],
)
def test_rabbinic_source(fields: list[tuple[str, str]], expected: dict[str, Any],
                         occurrence: tuple[str, str, str] | None) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.kind, parsed.locator, parsed.label) == occurrence
