"""Non-English works in styled lists: no title case on them, transliterated
initials keep their period, protected (nocase) text keeps its lower case."""

from __future__ import annotations

import pytest

from citekit.model import Citation
from citekit.render import render_bibliography, render_notes
from citekit.render.casing import is_english, title_case
from citekit.render.markup import mark_rich_text
from citekit.render.names import initials, mark_initials

CHICAGO = "chicago-notes-bibliography"


def book(title: str, **extra: object) -> dict:
    return {"id": "x", "type": "book", "title": title, "publisher": "P",
            "author": [{"family": "Larenz", "given": "Karl"}],
            "issued": {"date-parts": [[1987]]}, **extra}


@pytest.mark.parametrize(
    ("language", "expected"),
    [(None, True), ("en", True), ("en-GB", True), ("English", True), ("En", True),
     ("de", False), ("fr-FR", False), ("ru", False), ("ru-Latn", False), ("German", False)],
)
def test_is_english(language: str | None, expected: bool) -> None:
    assert is_english(language) is expected


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        pytest.param(book("Recht der Schuldverhältnisse", language="de"),
                     "Recht der Schuldverhältnisse.", id="German kept"),
        pytest.param(book("Histoire du climat", language="fr-FR"), "Histoire du climat.",
                     id="French region kept"),
        pytest.param(book("Politbiuro i vlast´ v 1930-e gody", language="ru"),
                     "Politbiuro i vlast´ v 1930-e gody.", id="transliterated Russian kept"),
        pytest.param(book("history of the climate", language="English"),
                     "History of the Climate.", id="English by name is title-cased"),
        pytest.param(book("history of the climate"), "History of the Climate.",
                     id="no language: English, as in citeproc-js"),
    ],
)
def test_title_case_only_for_english(entry: dict, expected: str) -> None:
    assert expected in render_bibliography([entry], style=CHICAGO)


@pytest.mark.parametrize(
    ("title", "expected"),
    [("histoire du climat depuis l’an mil", "Histoire Du Climat Depuis l’an Mil"),
     ("the state d’après-guerre", "The State d’après-guerre")],
)
def test_title_case_leaves_elided_articles(title: str, expected: str) -> None:
    assert str(title_case(title)) == expected


@pytest.mark.parametrize(
    ("given", "mark", "hyphen", "expected"),
    [
        ("M. Iu.", ". ", True, "M. Iu."),
        ("Iu. M.", ". ", True, "Iu. M."),
        ("Shch. Ch.", ". ", True, "Shch. Ch."),
        ("Zh. A.", ". ", True, "Zh. A."),
        ("M.Iu.", ". ", True, "M. Iu."),
        ("Wm. H.", ". ", True, "Wm. H."),
        ("Mikhail Iur´evich", ". ", True, "M. I."),
        ("M. Iu", ". ", True, "M. I."),  # no period in the data: a name, initialised
        ("Jean-Paul", ". ", True, "J.-P."),
        ("Jean-Paul", ". ", False, "J. P."),
        ("Iu.-M.", ". ", True, "Iu.-M."),
        ("de la M.", ". ", True, "de la M."),
        ("M. Iu.", ".", True, "M.Iu."),
    ],
)
def test_initials(given: str, mark: str, hyphen: bool, expected: str) -> None:
    assert initials(given, mark, hyphen=hyphen) == expected


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("M. Iu.", "M. Iu."),
        ("Iu. M.", "Iu. M."),
        ("Shch. Ch.", "Shch. Ch."),
        ("Ia. A.", "Ia. A."),
        ("Wm. H.", "Wm. H."),
        ("M Iu", "M. Iu"),  # only one letter or a period in the data makes an initial
        ("Oleg Vital´evich", "Oleg Vital´evich"),
        ("J.-P.", "J. P."),
    ],
)
def test_mark_initials(given: str, expected: str) -> None:
    assert mark_initials(given, ". ") == expected


@pytest.mark.parametrize(
    ("style", "expected"),
    [(CHICAGO, "Pavlov, M. Iu., and Shch. Ch. Zhukov."),
     ("apa", "Pavlov, M. Iu., & Zhukov, Shch. Ch. (1996)."),
     ("mhra-notes", "Pavlov, M. Iu., and Shch. Ch. Zhukov,")],
)
def test_transliterated_initials_in_styles(style: str, expected: str) -> None:
    entry = {"id": "p", "type": "book", "title": "Politbiuro", "language": "ru",
             "author": [{"family": "Pavlov", "given": "M. Iu."},
                        {"family": "Zhukov", "given": "Shch. Ch."}],
             "publisher": "ROSSPEN", "issued": {"date-parts": [[1996]]}}
    assert render_bibliography([entry], style=style).startswith(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [('<span class="nocase">f. 17</span>, "op." 3',
      '<span class="nocase">f. 17</span>, \ue00cop.\ue00d 3'),
     ('say "x" <span class="nocase">a "b"</span>',
      'say \ue00cx\ue00d <span class="nocase">a \ue00cb\ue00d</span>'),
     ("plain", "plain")],
)
def test_mark_rich_text_keeps_nocase_tags(text: str, expected: str) -> None:
    assert mark_rich_text(text) == expected


@pytest.mark.parametrize(
    ("location", "expected"),
    [('<span class="nocase">f. 17</span>, op. 3, d. 1003', "f. 17, op. 3, d. 1003. RGASPI."),
     ("f. 17, op. 3, d. 1003", "F. 17, op. 3, d. 1003. RGASPI."),  # Chicago, as citeproc-js
     ("box 3, folder 2", "Box 3, folder 2. RGASPI.")],
)
def test_archive_shelf_mark_casing(location: str, expected: str) -> None:
    entry = {"id": "a", "type": "manuscript", "archive": "RGASPI", "archive_location": location}
    assert render_bibliography([entry], style=CHICAGO).strip() == expected
    note = render_notes([[Citation(id="a")]], [entry], style=CHICAGO)[0]
    assert "span" not in note and "nocase" not in note
