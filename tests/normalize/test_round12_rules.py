"""Round 12 rules on labelled fields (independent of the tagger): Ottoman archives and oriental
manuscripts, the Qurʾān and hadith, Turkish volumes and back-references, Hijri years, reference works,
an author span holding the title, the Arabic article as a particle."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.normalize import normalize_fields
from citekit.normalize._person import parse_names
from citekit.normalize.hijri_year import _DOUBLE_YEAR_RE, _IMPRINT_RE
from citekit.normalize.oriental_archive import _REPOSITORY_WORD_RE, _has_repository_word

P = pytest.param


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("author", "BOA, A.MKT."), ("locator", "MHM 123/45.")],
          {"archive": "BOA", "archive_location": "A.MKT.MHM 123/45"}, (None, None), id="code-split-by-tagger"),
        P([("author", "Başbakanlık Osmanlı Arşivi,"), ("title", "Cevdet Dahiliye 1234.")],
          {"archive": "Başbakanlık Osmanlı Arşivi", "archive_collection": "Cevdet Dahiliye", "archive_location": "1234"},
          (None, None), id="named-fond-in-archive"),
        P([("author", "BOA,"), ("volume", "MD 7,"), ("locator", "no. 1234.")],
          {"archive": "BOA", "archive_location": "MD 7"}, ("1234", "number"), id="muhimme-decree"),
        P([("author", "BOA,"), ("locator", "C.ADL 12/734, 5 Ş 1273.")],
          {"archive": "BOA", "archive_location": "C.ADL 12/734", "issued": {"literal": "5 Ş 1273"}}, (None, None),
          id="hijri-date-literal"),
        P([("title", "Topkapı Sarayı Müzesi Kütüphanesi, Revan 1518,"), ("locator", "vr. 45a.")],
          {"archive": "Topkapı Sarayı Müzesi Kütüphanesi", "archive_location": "Revan 1518"}, ("45a", "folio"),
          id="library-collection-is-shelf-mark"),
        P([("author", "Berlin,"), ("collection-title", "Staatsbibliothek, Ms. or. oct. 1234,"), ("locator", "Bl. 5a.")],
          {"archive": "Staatsbibliothek", "archive-place": "Berlin", "archive_location": "Ms. or. oct. 1234"},
          ("5a", "folio"), id="place-then-library"),
        P([("other", "British Library,"), ("collection-title", "Or. 7912,"), ("locator", "fols. 3a–5b.")],
          {"archive": "British Library", "archive_location": "Or. 7912"}, ("3a-5b", "folio"), id="oriental-range"),
    ],
)
def test_oriental_archive(fields: list[tuple[str, str]], expected: dict[str, Any],
                          occurrence: tuple[Any, Any]) -> None:
    parsed = normalize_fields(fields)
    assert parsed.item["type"] == "manuscript"
    assert {key: parsed.item.get(key) for key in expected} == expected
    assert (parsed.locator, parsed.label) == occurrence
    assert parsed.kind == "full"


@pytest.mark.parametrize(
    "fields",
    [
        P([("author", "BOA,"), ("title", "Osmanlı Belgelerinde Ermeniler"), ("date", "1995.")], id="book-by-archive"),
        P([("author", "Hallaq, Wael B."), ("title", "Sharīʿa"), ("location", "(Cambridge:")], id="no-repository"),
        P([("author", "Süleymaniye Kütüphanesi,"), ("title", "Yazmalar Kataloğu, 2 vols."), ("date", "1990.")],
          id="catalogue-not-a-shelf-mark"),
    ],
)
def test_oriental_archive_leaves_others(fields: list[tuple[str, str]]) -> None:
    assert normalize_fields(fields).item.get("type") != "manuscript"


@pytest.mark.parametrize(
    ("fields", "title", "occurrence"),
    [
        P([("author", "Qurʾān 2:255.")], "Qurʾān", ("2:255", "verse"), id="quran"),
        P([("signal", "See"), ("author", "Q 4:34–35.")], "Q", ("4:34-35", "verse"), id="q-range"),
        P([("title", "Koran"), ("volume", "sura 3:7.")], "Koran", ("3:7", "verse"), id="koran-sura"),
        P([("author", "Abū Dāwūd,"), ("title", "Sunan,"), ("locator", "no. 3641.")], "Sunan", ("3641", "number"),
          id="sunan"),
        P([("title", "Ṣaḥīḥ Muslim,"), ("locator", "ḥadīth no. 2564.")], "Ṣaḥīḥ Muslim", ("2564", "number"),
          id="sahih-with-compiler-in-title"),
        P([("author", "al-Bukhārī,"), ("title", "Ṣaḥīḥ,"), ("other", "kitāb al-ʿilm,"), ("locator", "no. 68.")],
          "Ṣaḥīḥ", ("68", "number"), id="sahih-book"),
    ],
)
def test_quran_hadith(fields: list[tuple[str, str]], title: str, occurrence: tuple[str, str]) -> None:
    parsed = normalize_fields(fields)
    assert parsed.item["title"] == title
    assert (parsed.locator, parsed.label) == occurrence
    assert parsed.kind == "full"


@pytest.mark.parametrize(
    "fields",
    [
        P([("author", "Smith,"), ("title", "Quranic Studies,"), ("locator", "no. 4.")], id="not-a-collection"),
        P([("author", "Quinn 2:25.")], id="not-the-quran"),
    ],
)
def test_quran_hadith_leaves_others(fields: list[tuple[str, str]]) -> None:
    assert normalize_fields(fields).label not in ("verse", "number")


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("author", "Mustafa Akdağ,"), ("title", "Türkiye'nin İktisadi ve İçtimai Tarihi,"), ("locator", "C. 2"),
           ("location", "(Ankara:"), ("publisher", "DTCF Yayınları,"), ("date", "1971),"), ("locator", "s. 88.")],
          {"volume": "2"}, ("88", "page"), id="cilt-before-imprint"),
        P([("author", "Feridun Emecen,"), ("title", '"Osmanlı Kronikleri," Belleten, C. LX,'), ("locator", "S. 229"),
           ("date", "(1996),"), ("pages", "s. 12–34.")],
          {"container-title": "Belleten", "volume": "LX", "issue": "229", "page": "12-34"}, (None, None),
          id="cilt-and-sayi-after-journal"),
        P([("author", "Mehmet Öz,"), ("title", '"Tahrir Defterleri," Vakıflar Dergisi, sy.'), ("volume", "22"),
           ("date", "(1991),"), ("pages", "s. 429–439.")],
          {"container-title": "Vakıflar Dergisi", "issue": "22", "volume": None}, (None, None), id="sayi-word"),
    ],
)
def test_turkish_volume(fields: list[tuple[str, str]], expected: dict[str, Any],
                        occurrence: tuple[Any, Any]) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    assert (parsed.locator, parsed.label) == occurrence


def test_turkish_volume_leaves_italian_carta() -> None:
    parsed = normalize_fields([("author", "ASFi,"), ("title", "Mediceo del Principato"), ("locator", "c. 12"),
                               ("date", "(1550).")])
    assert parsed.item.get("volume") is None


@pytest.mark.parametrize(
    ("fields", "kind", "authors", "occurrence"),
    [
        P([("author", "İnalcık,"), ("publisher", "a.g.e.,"), ("locator", "s. 112.")], "op-cit", ["İnalcık"],
          ("112", "page"), id="age"),
        P([("author", "Faroqhi,"), ("title", "a.g.m.,"), ("locator", "s. 40.")], "op-cit", ["Faroqhi"],
          ("40", "page"), id="agm"),
        P([("author", "A.e.,"), ("locator", "s. 23.")], "ibid", [], ("23", "page"), id="ae"),
        P([("title", "Aynı eser,"), ("locator", "s. 24.")], "ibid", [], ("24", "page"), id="ayni-eser"),
    ],
)
def test_turkish_backref(fields: list[tuple[str, str]], kind: str, authors: list[str],
                         occurrence: tuple[str, str]) -> None:
    parsed = normalize_fields(fields)
    assert parsed.kind == kind
    assert [n.get("family") for n in parsed.item.get("author", [])] == authors
    assert (parsed.locator, parsed.label) == occurrence
    assert "publisher" not in parsed.item


def test_initials_a_e_are_no_backref() -> None:
    assert normalize_fields([("author", "A.E.,"), ("title", "A Shropshire Lad"), ("date", "1896.")]).kind != "ibid"


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("author", "Muḥammad Amīn al-Muḥibbī,"), ("title", "Khulāṣat al-athar,"), ("location", "(Cairo:"),
           ("publisher", "al-Maṭbaʿa al-Wahbiyya,"), ("volume", "1284/1867), 2:134.")],
          {"issued": {"date-parts": [[1867]]}, "publisher": "al-Maṭbaʿa al-Wahbiyya", "volume": None},
          ("2:134", "page"), id="hijri"),
        P([("author", "Iskandar Beg Munshī,"), ("title", "Tārīkh-i ʿālam-ārā,"), ("location", "(Tehran:"),
           ("collection-title", "Amīr Kabīr, 1350 Sh./"), ("date", "1971),"), ("pages", "1:134.")],
          {"issued": {"date-parts": [[1971]]}, "publisher": "Amīr Kabīr", "collection-title": None},
          ("1:134", "page"), id="shamsi"),
    ],
)
def test_hijri_year(fields: list[tuple[str, str]], expected: dict[str, Any], occurrence: tuple[str, str]) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    assert (parsed.locator, parsed.label) == occurrence


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789/ .ShH():,aA", max_size=40))
def test_hijri_pretest(text: str) -> None:
    """The cheap test says "no double year" only when the imprint's expression cannot match."""
    if _IMPRINT_RE.search(text):
        assert _DOUBLE_YEAR_RE.search(text)


@pytest.mark.parametrize(
    ("fields", "authors", "title", "role", "people"),
    [
        P([("author", "al-Ṭabarī, Tārīkh al-rusul wa-l-mulūk, ed. M. J. de Goeje et al."), ("location", "(Leiden:"),
           ("publisher", "Brill,"), ("date", "1879–1901),")],
          ["Ṭabarī"], "Tārīkh al-rusul wa-l-mulūk", "editor", ["Goeje"], id="with-editor"),
        P([("author", "Kâtib Çelebi, Keşfü'z-zunûn"), ("location", "(İstanbul:"), ("date", "1941),")],
          ["Çelebi"], "Keşfü'z-zunûn", None, [], id="title-only"),
    ],
)
def test_author_title_split(fields: list[tuple[str, str]], authors: list[str], title: str, role: str | None,
                            people: list[str]) -> None:
    parsed = normalize_fields(fields)
    assert [n.get("family") for n in parsed.item["author"]] == authors
    assert parsed.item["title"] == title
    if role:
        assert [n.get("family") for n in parsed.item[role]] == people


def test_author_title_split_leaves_inverted_name() -> None:
    parsed = normalize_fields([("author", "Hallaq, Wael B."), ("location", "(Cambridge:"), ("date", "2009).")])
    assert "title" not in parsed.item


@pytest.mark.parametrize(
    ("fields", "title", "entry"),
    [
        P([("author", 'İslâm Ansiklopedisi, s.v. "Tımar.')], "İslâm Ansiklopedisi", "Tımar", id="quoted"),
        P([("author", "Encyclopaedia Iranica, s. v. Ṣafavid Dynasty.")], "Encyclopaedia Iranica", "Ṣafavid Dynasty",
          id="unquoted"),
    ],
)
def test_reference_entry(fields: list[tuple[str, str]], title: str, entry: str) -> None:
    parsed = normalize_fields(fields)
    assert (parsed.item.get("title"), parsed.item.get("author")) == (title, None)
    assert (parsed.locator, parsed.label) == (entry, "sub-verbo")


@pytest.mark.parametrize(
    ("text", "family", "particle"),
    [
        P("al-Ṭabarī", "Ṭabarī", "al-", id="al"),
        P("Muḥammad Amīn al-Muḥibbī", "Muḥibbī", "al-", id="given-then-al"),
        P("al-ʿAskarī", "ʿAskarī", "al-", id="al-ayn"),
        P("an-Nawawī", "Nawawī", "an-", id="assimilated"),
        P("Khaled El-Rouayheb", "El-Rouayheb", None, id="capitalised-is-the-name"),
        P("Aziz Al-Azmeh", "Al-Azmeh", None, id="capitalised-al"),
    ],
)
def test_arabic_article_is_a_particle(text: str, family: str, particle: str | None) -> None:
    name = parse_names(text)[0][-1]
    assert (name.get("family"), name.get("non-dropping-particle")) == (family, particle)


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("author", "Halil İnalcık,"), ("title", "Osmanlı İmparatorluğu, çev. Ruşen Sezer"), ("location", "(İstanbul:"),
           ("date", "2003).")], {"translator": ["Sezer"], "title": "Osmanlı İmparatorluğu"}, id="cev"),
        P([("author", "Ayşe Yılmaz,"), ("title", '"Osmanlı Devleti\'nde Vakıflar" (doktora tezi,'),
           ("location", "Ankara Üniversitesi,"), ("date", "2005).")],
          {"type": "thesis", "genre": "doktora tezi", "publisher": "Ankara Üniversitesi"}, id="doktora-tezi"),
        P([("author", "Hallaq,"), ("locator", "Sharīʿa, 115.")], {"title": "Sharīʿa"}, id="short-title-with-page"),
        P([("title", "Tanin"), ("date", "3 Ağustos 1908.")], {"issued": {"date-parts": [[1908, 8, 3]]}},
          id="turkish-month"),
    ],
)
def test_turkish_words_and_short_title(fields: list[tuple[str, str]], expected: dict[str, Any]) -> None:
    item = normalize_fields(fields).item
    got = {key: [n.get("family") for n in item.get(key, [])] if key == "translator" else item.get(key)
           for key in expected}
    assert got == expected


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Arşiv", "Kütüphane", "Müzesi", "Library", "biblio", "Biblio", "Archiv", "Museum",
                                 "Kitābkhāna", "Kitabhane", "Kit", "rchi", " ", ",", "a", "B", "ş"]),
                max_size=8).map("".join) | st.text(max_size=30))
def test_repository_word_pretest(text: str) -> None:
    """The literal pieces say "no repository's word" only when the expression finds none."""
    assert _has_repository_word(text) == bool(_REPOSITORY_WORD_RE.search(text))


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("author", "Jean Aubin,"), ("title", "Études safavides I"), ("volume", "JESHO 2"), ("date", "(1959),"),
           ("locator", "p. 37-81.")],
          {"container-title": "JESHO", "volume": "2", "page": "37-81", "collection-title": None}, (None, None),
          id="journal-siglum"),
        P([("author", "Augustine,"), ("title", "De civitate Dei"), ("volume", "CCSL 47"), ("date", "(1955),"),
           ("locator", "p. 12.")],
          {"container-title": None}, ("12", "page"), id="series-cited-at-a-page"),
        P([("author", "Tanin,"), ("volume", "3 Ağustos"), ("date", "1908,"), ("locator", "s. 1.")],
          {"issued": {"date-parts": [[1908, 8, 3]]}, "volume": None}, ("1", "page"), id="day-month-volume"),
        P([("author", "Smith,"), ("volume", "3 vols."), ("date", "1908,"), ("locator", "p. 1.")],
          {"issued": {"date-parts": [[1908]]}}, ("1", "page"), id="not-a-month"),
        P([("author", "Suraiya Faroqhi,"), ("title", "Osmanlı Kültürü, çev."), ("container-title", "Elif Kılıç"),
           ("location", "(İstanbul:"), ("publisher", "Tarih Vakfı,"), ("date", "1997),"), ("locator", "s. 112.")],
          {"container-title": None, "title": "Osmanlı Kültürü"}, ("112", "page"), id="role-after-title"),
        P([("author", "Ibn Baṭṭūṭa,"), ("title", "Riḥla,"), ("location", "(Paris:"),
           ("publisher", "Imprimerie nationale, 1853–1858),"), ("volume", "2:45.")],
          {"publisher": "Imprimerie nationale", "issued": {"date-parts": [[1853], [1858]]}}, ("2:45", "page"),
          id="years-closing-the-publisher"),
    ],
)
def test_round12_repairs(fields: list[tuple[str, str]], expected: dict[str, Any],
                         occurrence: tuple[Any, Any]) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    assert (parsed.locator, parsed.label) == occurrence


@pytest.mark.parametrize(
    ("fields", "expected", "occurrence"),
    [
        P([("author", "Hodgson,"), ("title", "Venture of Islam, 2:375.")], {"title": "Venture of Islam"},
          ("2:375", "page"), id="short-title-vol-page"),
        P([("author", "EI², s.v."), ("title", '"Ḳānūn" (H. İnalcık).')], {"title": "EI²", "author": None},
          ("Ḳānūn", "sub-verbo"), id="sv-then-headword"),
        P([("author", "Muṣṭafā ʿĀlī, Künhü’l-aḫbār, ed. Faris Çerçi (Kayseri:"),
           ("publisher", "Erciyes Üniversitesi Yayınları,"), ("date", "2000),"), ("volume", "2:345.")],
          {"title": "Künhü’l-aḫbār", "publisher-place": "Kayseri"}, ("2:345", "page"), id="place-closing-author"),
        P([("author", "Yavuz Cezar,"), ("title", '"Mali Kurumlar," Türkiye Araştırmaları Literatür Dergisi 2, sy.'),
           ("volume", "4"), ("date", "(2004):"), ("pages", "101–120.")],
          {"container-title": "Türkiye Araştırmaları Literatür Dergisi", "volume": "2", "issue": "4"}, (None, None),
          id="volume-before-sayi"),
    ],
)
def test_round12_third_batch_repairs(fields: list[tuple[str, str]], expected: dict[str, Any],
                                     occurrence: tuple[Any, Any]) -> None:
    parsed = normalize_fields(fields)
    assert {key: parsed.item.get(key) for key in expected} == expected
    assert (parsed.locator, parsed.label) == occurrence
