"""The rabbinic-source step (P190) on labelled fields, independent of the tagger: a tractate by corpus, folio or
chapter and paragraph, a work of midrash, a code by section, and what the step leaves alone; the grammar it
shares with the extractor (``citekit.normalize._rabbinic``) as a table; and the parser and the extractor
agreeing on the work and the locator of the same references.

The convention: the work is the entry -- the tractate by its canonical name ("Sanh." -> "Sanhedrin") with its
corpus as ``container-title``, the midrash, the code ("Mishneh Torah", its *hilkhot* and numbering the
locator) -- and the place in it the locator."""

from __future__ import annotations

from typing import Any

import pytest

import citekit
from citekit.extraction import extract
from citekit.extraction.rabbinic import rabbinic_reference
from citekit.normalize import normalize_fields
from citekit.normalize._rabbinic import fold, read_rabbinic
from citekit.normalize._text import data_lines

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
        # (a variant spelling gives the canonical name: "Peah" -> "Peʾah", German "Av" -> "Avot")
        P([("author", "y. Peah 1:1, 15b.")], {"container-title": "Jerusalem Talmud", "title": "Peʾah"},
          ("full", "1:1, 15b", "section"), id="yerushalmi-halakhah-and-folio"),
        P([("locator", "mAv 1:1.")], {"title": "Avot", "container-title": "Mishnah"}, ("full", "1:1", "section"),
          id="german-joined-siglum"),
        P([("locator", "b. Sanh. 37a.")], {"title": "Sanhedrin", "container-title": "Babylonian Talmud"},
          ("full", "37a", "folio"), id="abbreviated-tractate"),
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


#: the shared grammar: text -> (title, corpus, author, locator, label), or None
GRAMMAR = [
    # the Talmuds, the Mishnah, the Tosefta: every mark and spelling of one tractate is one work
    ("b. Sanhedrin 37a.", ("Sanhedrin", "Babylonian Talmud", None, "37a", "folio")),
    ("b. Sanh. 37a–b", ("Sanhedrin", "Babylonian Talmud", None, "37a-b", "folio")),
    ("BT Sanh. 37a", ("Sanhedrin", "Babylonian Talmud", None, "37a", "folio")),
    ("bSan 37a", ("Sanhedrin", "Babylonian Talmud", None, "37a", "folio")),
    ("Bavli Shab. 31a", ("Shabbat", "Babylonian Talmud", None, "31a", "folio")),
    ("bSchab 31a", ("Shabbat", "Babylonian Talmud", None, "31a", "folio")),
    ("Babylonian Talmud, Bava Metzia 59b", ("Bava Metsiʿa", "Babylonian Talmud", None, "59b", "folio")),
    ("b. B. Mets. 59b", ("Bava Metsiʿa", "Babylonian Talmud", None, "59b", "folio")),
    ("b. ʿAvod. Zar. 2a", ("ʿAvodah Zarah", "Babylonian Talmud", None, "2a", "folio")),
    ("b. Rosh Hash. 16a", ("Rosh Hashanah", "Babylonian Talmud", None, "16a", "folio")),
    ("y. Peʾah 1:1, 15b.", ("Peʾah", "Jerusalem Talmud", None, "1:1, 15b", "section")),
    ("PT Sanh. 4:9, 22b", ("Sanhedrin", "Jerusalem Talmud", None, "4:9, 22b", "section")),
    ("yBer 4,1 (7c)", ("Berakhot", "Jerusalem Talmud", None, "4,1 (7c)", "section")),
    ("m. Avot 1:1", ("Avot", "Mishnah", None, "1:1", "section")),
    ("Mishnah Sanhedrin 4:5", ("Sanhedrin", "Mishnah", None, "4:5", "section")),
    ("M. Sanh. 4:5", ("Sanhedrin", "Mishnah", None, "4:5", "section")),
    ("t. Sukkah 4:6–7", ("Sukkah", "Tosefta", None, "4:6-7", "section")),
    ("Tos. Ber. 3:7", ("Berakhot", "Tosefta", None, "3:7", "section")),
    ("b. Tamid 32a", ("Tamid", "Babylonian Talmud", None, "32a", "folio")),
    ("b. Gerim 2a", ("Gerim", "Babylonian Talmud", None, "2a", "folio")),  # (a name not listed: as written)
    # midrash
    ("Genesis Rabbah 8:5", ("Genesis Rabbah", None, None, "8:5", "section")),
    ("Gen. Rab. 8:5", ("Genesis Rabbah", None, None, "8:5", "section")),
    ("Bereshit Rabbah 8:5", ("Genesis Rabbah", None, None, "8:5", "section")),
    ("Sifre Deuteronomy, pisqa 32", ("Sifre Deuteronomy", None, None, "32", "section")),
    ("Sifre Deut. 32", ("Sifre Deuteronomy", None, None, "32", "section")),
    ("Sifra, Qedoshim 4:12", ("Sifra", None, None, "Qedoshim 4:12", "section")),
    ("Mekhilta de-Rabbi Ishmael, Beshallah 2", ("Mekhilta de-Rabbi Ishmael", None, None, "Beshallah 2", "section")),
    ("Pesikta de-Rav Kahana 15:5", ("Pesiqta de-Rav Kahana", None, None, "15:5", "section")),
    ("Avot de-Rabbi Natan A 1", ("Avot de-Rabbi Natan A", None, None, "1", "section")),
    ("Zohar 1:15a", ("Zohar", None, None, "1:15a", "section")),
    ("Tanna de-Vei Eliyahu 5", ("Tanna de-Vei Eliyahu", None, None, "5", "section")),  # (a word of the list)
    # the codes: the code is the work, its section and numbering the locator
    ("Maimonides, Mishneh Torah, Hilkhot Teshuvah 3:4.",
     ("Mishneh Torah", None, "Maimonides", "Hilkhot Teshuvah 3:4", "section")),
    ("Mishne Torah, Hilkhot Shabbat 2:3", ("Mishneh Torah", None, None, "Hilkhot Shabbat 2:3", "section")),
    ("MT Laws of Kings 11:4", ("Mishneh Torah", None, None, "Laws of Kings 11:4", "section")),
    ("Shulḥan ʿArukh, Oraḥ Ḥayyim 90:9", ("Shulḥan ʿArukh", None, None, "Oraḥ Ḥayyim 90:9", "section")),
    ("Shulchan Aruch, Even ha-ʿEzer 17:3", ("Shulḥan ʿArukh", None, None, "Even ha-ʿEzer 17:3", "section")),
    ("Tur, Ḥoshen Mishpat 26", ("Arbaʿah Turim", None, None, "Ḥoshen Mishpat 26", "section")),
    # what is none
    ("Simeon b. Yohai 12", None),  # ("b." of a patronymic, a page with no side)
    ("M. Weber 1920", None),
    ("M. Weber 1:212", None),  # (an initial before a name the table does not know)
    ("bFoo 12a", None),  # (a joined siglum the table does not know)
    ("Mishnah Berurah 1:1", None),  # (a commentary, no tractate of the Mishnah)
    ("SA Ministry of Defence 12", None),  # (a code's siglum only before a section of the code)
    ("Boyarin, Border Lines, 151.", None),
    ("Halivni, Midrash, Mishnah, and Gemara, 70.", None),
    ("Genesis 12:3", None),
]


@pytest.mark.parametrize(("text", "expected"), GRAMMAR, ids=[text for text, _ in GRAMMAR])
def test_rabbinic_grammar(text: str, expected: tuple[str, str | None, str | None, str, str] | None) -> None:
    found = read_rabbinic(text)
    assert (None if found is None else (found.title, found.corpus, found.author, found.locator, found.label)) == expected
    if found is not None:  # (where the locator starts, for the extractor's pinpoint)
        assert text[found.at:].startswith(found.locator.split("-")[0])


@pytest.mark.parametrize("filename", ["rabbinic_tractates.txt", "rabbinic_codes.txt", "rabbinic_midrashim.txt"])
def test_a_spelling_names_one_work(filename: str) -> None:
    seen: dict[str, str] = {}
    for line in data_lines(filename):
        names = [name.strip() for name in line.removeprefix("Rabbah:").split("|") if name.strip()]
        for name in names:
            assert seen.setdefault(fold(name), names[0]) == names[0], (name, seen[fold(name)], names[0])


#: references the parser (tagger and normalizers) and the extractor must read alike
AGREE = [
    "b. Sanhedrin 37a.", "b. Sanh. 37b.", "BT Shab. 31a.", "bSchab 31a.", "y. Peʾah 1:1, 15b.", "m. Avot 1:1.",
    "mAv 1,1.", "t. Sukkah 4:6.", "Mishnah Yoma 8:9.", "Babylonian Talmud, Bava Metsiʿa 59b.", "Tosefta Sotah 7:12.",
    "Genesis Rabbah 44:1.", "Gen. Rab. 8:1.", "Sifre Deuteronomy 343.", "Sifra, Qedoshim 4:12.", "Zohar 1:15a.",
    "Mekhilta de-Rabbi Ishmael, Beshallah 2.", "Avot de-Rabbi Natan A 1.",
    "Maimonides, Mishneh Torah, Hilkhot Teshuvah 3:4.", "Mishneh Torah, Laws of Kings 11:4.",
    "Shulḥan ʿArukh, Oraḥ Ḥayyim 128:1.", "Tur, Yoreh Deʿah 1.",
]


@pytest.mark.parametrize("text", AGREE)
def test_parser_and_extractor_agree(text: str) -> None:
    parsed = citekit.parse_reference(text)
    doc = extract(f"1 {text}\n", notes_mode=True)
    (cit,) = doc.notes[0].citations
    entry = {key: value for key, value in doc.entries[0].items() if key != "id"}
    assert (entry, cit.kind, cit.locator, cit.label) == (parsed.item, parsed.kind, parsed.locator, parsed.label)
    found = rabbinic_reference(text)
    assert found is not None and found.item() == parsed.item


def test_abbreviated_and_full_names_are_one_entry() -> None:
    doc = extract("1 b. Sanh. 37a; b. Sanhedrin 37b.\n2 BT Shab. 31a; bSchab 31b; b. Shabbat 32a.\n"
                  "3 m. Sanh. 4:5; Mishnah Sanhedrin 4:6.\n"
                  "4 Maimonides, Mishneh Torah, Hilkhot Teshuvah 3:4; Mishneh Torah, Hilkhot Shabbat 2:3.\n",
                  notes_mode=True)
    ids = [[c.id for c in note.citations] for note in doc.notes]
    assert [len(set(note)) for note in ids] == [1, 1, 1, 1]
    assert len({note[0] for note in ids}) == 4  # (the Bavli's Sanhedrin is not the Mishnah's)
    entries = {entry["id"]: entry for entry in doc.entries}
    assert [(entries[note[0]]["title"], entries[note[0]].get("container-title")) for note in ids] == [
        ("Sanhedrin", "Babylonian Talmud"), ("Shabbat", "Babylonian Talmud"), ("Sanhedrin", "Mishnah"),
        ("Mishneh Torah", None)]
    assert [c.locator for c in doc.notes[3].citations] == ["Hilkhot Teshuvah 3:4", "Hilkhot Shabbat 2:3"]
