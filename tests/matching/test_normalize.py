"""Table tests of the matching keys: variants of one spelling share one key."""

from __future__ import annotations

import pytest

from citekit.matching import normalize as nz


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('G{\\"o}del & Escher: Bach', "godel and escher bach"),
        ("Gödel", "godel"),
        ("\\v{C}apek", "capek"),
        ("Stra\\ss e", "strasse"),
        ("{\\O}stergaard", "ostergaard"),
        ("Łódź", "lodz"),
        ("  The  RED  Army—1937 ", "the red army 1937"),
        ("Solzhenitsyn's", "solzhenitsyns"),
        ("Сталин и «Большой террор»", "сталин и большои террор"),
        ("Ἱστορίαι", "ιστοριαι"),
        ("", ""),
        (None, ""),
    ],
)
def test_fold(text: str | None, expected: str) -> None:
    assert nz.fold(text) == expected


@pytest.mark.parametrize(
    "variants",
    [
        ["Gur´ianov", "Gurianov", "Gurjanov", "Gur'yanov", "Gurʹianov", "Gur’janov"],
        ["Khrushchev", "Chruščev", "Hrushchev"],
        ["Dostoevskii", "Dostoevsky", "Dostoevskij", "Dostojewskij"],
        ["Solzhenitsyn", "Solženicyn"],
        ["Iagoda", "Jagoda", "Yagoda"],
        ["Iudin", "Yudin", "Judin"],
        ["Zhukov", "Žukov"],
        ["Tukhachevskii", "Tuchačevskij", "Tukhachevsky"],
        ["Müller", "Muller", "M{\\\"u}ller"],
    ],
)
def test_name_key_merges_romanisations(variants: list[str]) -> None:
    keys = {nz.name_key(v) for v in variants}
    assert len(keys) == 1, keys


@pytest.mark.parametrize(
    ("a", "b"),
    [("Smith", "Smyth"), ("Ivanov", "Ivanova"), ("Li", "Lu")],
)
def test_name_key_keeps_different_names_apart(a: str, b: str) -> None:
    assert nz.name_key(a) != nz.name_key(b)


def test_person_keys_keep_a_plain_spelling() -> None:
    (capek,) = nz.person_keys([{"family": "Čapek", "given": "Karel"}])
    assert capek == (nz.name_key("Čapek"), "k", "capek")


@pytest.mark.parametrize(
    ("given", "expected"),
    [("Paul E.", "pe"), ("P. E.", "pe"), ("P.E.", "pe"), ("Jean-Paul", "jp"), ("", "")],
)
def test_initials(given: str, expected: str) -> None:
    assert nz.initials(given) == expected


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("J. Appl. Phys.", "Journal of Applied Physics", True),
        ("Rev. Mod. Hist.", "Review of Modern History", True),
        ("Proc. 5th Intl. Conf. Mach. Learning",
         "Proceedings of the Fifth International Conference on Machine Learning", True),
        ("Slavic Rev.", "Slavic Review", True),
        ("Europe-Asia Stud.", "Europe-Asia Studies", True),
        ("J. Mod. Hist.", "Journal of Medieval History", False),
        ("Slavic Review", "Soviet Review", False),
        ("Am. Hist. Rev.", "English Historical Review", False),
    ],
)
def test_abbreviation_match(short: str, full: str, expected: bool) -> None:
    assert nz.abbreviation_match(nz.container_tokens(short), nz.container_tokens(full)) is expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("0-306-40615-2", {"9780306406157"}),
        ("978-0-306-40615-7", {"9780306406157"}),
        ("ISBN 0306406152; 978-3-16-148410-0", {"9780306406157", "9783161484100"}),
        ("n/a", set()),
    ],
)
def test_isbn_keys(raw: str, expected: set[str]) -> None:
    assert nz.isbn_keys(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("https://doi.org/10.1017/S0037677900016.", "10.1017/s0037677900016"),
        ("doi:10.5555/ABC-1", "10.5555/abc-1"),
        ("not a doi", ""),
    ],
)
def test_doi_key(raw: str, expected: str) -> None:
    assert nz.doi_key(raw) == expected


@pytest.mark.parametrize(
    ("date", "year"),
    [
        ({"date-parts": [[1994, 5]]}, 1994),
        ({"raw": "(1994)."}, 1994),
        ({"literal": "Spring 2001"}, 2001),
        ({"date-parts": [["1990"]]}, 1990),
        ({}, None),
        (None, None),
    ],
)
def test_year_of(date: object, year: int | None) -> None:
    assert nz.year_of(date) == year


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2nd ed.", "2"), ("Second edition", "2"), ("pp. 107-148", "107"), ("xii-30", "xii"), (3, "3")],
)
def test_first_number(value: object, expected: str) -> None:
    assert nz.first_number(value) == expected


@pytest.mark.parametrize(
    ("value", "code"),
    [("en", "en"), ("en-GB", "en"), ("English", "en"), ("Deutsch", "de"), ("german", "de"),
     ("ru", "ru"), ("Russian", "ru"), ("ger", "de"), ("Klingon", ""), ("", ""), (None, "")],
)
def test_language_code(value: str | None, code: str) -> None:
    assert nz.language_code(value) == code


@pytest.mark.parametrize(
    ("title", "key"),
    [
        ("The <i>Great</i> Terror", "great terror"),
        ("\\textit{Capital}: a critique", "capital a critique"),
        ("Brown versus Board of Education", "brown v board of education"),
        ("Brown vs. Board of Education", "brown v board of education"),
        ("Brown v. Board of Education", "brown v board of education"),
    ],
)
def test_title_key(title: str, key: str) -> None:
    assert nz.title_key(title) == key


def test_main_title_drops_subtitle() -> None:
    assert nz.main_title_key("The Great Terror: A Reassessment") == "great terror"
