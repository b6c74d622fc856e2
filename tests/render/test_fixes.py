"""One test per citeproc-py shortcoming that citekit's rendering layer fixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.model import Citation, Diagnostic
from citekit.render import render_bibliography, render_notes

BOOK = {"id": "b", "type": "book", "title": "The Return of Martin Guerre",
        "author": [{"family": "Davis", "given": "Natalie Zemon"}],
        "publisher": "Harvard University Press", "publisher-place": "Cambridge, MA",
        "issued": {"date-parts": [[1983]]}}


def csl(tmp_path: Path, citation_layout: str, *, style_attrs: str = "",
        bibliography: str = "") -> str:
    """A minimal note style written for one test; returns its path."""
    path = tmp_path / "test.csl"
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n'
        f'<style xmlns="http://purl.org/net/xbiblio/csl" class="note" version="1.0" '
        f'{style_attrs}><info><title>t</title><id>t</id><updated>2026-01-01T00:00:00Z'
        f'</updated></info><citation><layout>{citation_layout}</layout></citation>'
        f'{bibliography}</style>', encoding="utf-8")
    return str(path)


def test_punctuation_after_question_mark_in_quotes_is_dropped() -> None:
    article = {"id": "d", "type": "article-journal", "title": "What Is the History of Books?",
               "author": [{"family": "Darnton", "given": "Robert"}], "container-title": "Daedalus",
               "volume": "111", "issue": "3", "page": "65-83", "issued": {"date-parts": [[1982]]}}
    text = render_bibliography([article], style="chicago-notes-bibliography")
    assert "Books?” Daedalus" in text
    assert "?”." not in text


def test_punctuation_moves_inside_quotes_in_american_english() -> None:
    chapter = {**BOOK, "id": "c", "type": "chapter", "title": "Signals from Below",
               "container-title": "Accusatory Practices"}
    text = render_notes([[Citation("c")]], [chapter], style="chicago-notes-bibliography")[0]
    assert "“Signals from Below,” in" in text


def test_subsequent_author_substitute() -> None:
    second = {**BOOK, "id": "b2", "title": "Society and Culture in Early Modern France"}
    text = render_bibliography([BOOK, second], style="mhra-notes")
    lines = text.splitlines()
    assert lines[0].startswith("Davis, Natalie Zemon,")
    assert lines[1].startswith("——, ")


def test_editor_standing_in_for_author_is_printed_once() -> None:
    edited = {"id": "e", "type": "book", "title": "The Invention of Tradition",
              "editor": [{"family": "Hobsbawm", "given": "Eric"},
                         {"family": "Ranger", "given": "Terence"}],
              "publisher": "Cambridge University Press", "issued": {"date-parts": [[1983]]}}
    text = render_bibliography([edited], style="chicago-notes-bibliography")
    assert text == ("Hobsbawm, Eric, and Terence Ranger, eds. The Invention of Tradition. "
                    "Cambridge University Press, 1983.\n")
    assert "Edited by" not in text


def test_no_stray_label_without_its_variable(tmp_path: Path) -> None:
    style = csl(tmp_path, '<group delimiter=", "><text variable="title"/>'
                          '<group delimiter=" "><label variable="page" form="short"/>'
                          '<text variable="page"/></group></group>')
    assert render_notes([[Citation("b")]], [BOOK], style=style) == [
        "The Return of Martin Guerre"]


def test_number_variable_inside_group_is_kept() -> None:
    volumes = {**BOOK, "number-of-volumes": "5"}
    text = render_bibliography([volumes], style="chicago-notes-bibliography")
    assert "5 vols." in text


def test_text_case_applies_to_terms(tmp_path: Path) -> None:
    style = csl(tmp_path, '<group delimiter=" "><text term="in" text-case="capitalize-first"/>'
                          '<text variable="title" font-style="italic"/></group>')
    assert render_notes([[Citation("b")]], [BOOK], style=style) == [
        "In The Return of Martin Guerre"]


def test_capitalize_first_sees_through_italics(tmp_path: Path) -> None:
    style = csl(tmp_path, '<text macro="t" text-case="capitalize-first"/>',
                bibliography="")
    style_text = Path(style).read_text(encoding="utf-8").replace(
        "<citation>", '<macro name="t"><text term="ibid" font-style="italic"/></macro><citation>')
    Path(style).write_text(style_text, encoding="utf-8")
    assert render_notes([[Citation("b")]], [BOOK], style=style) == ["Ibid."]


@pytest.mark.parametrize(("locators", "expected"), [
    (("3", "3"), "Ibid."),
    (("3", "4"), "Ibid., p. 4."),
    ((None, None), "Ibid."),
    (("3", None), "Davis, The Return of Martin Guerre."),
])
def test_ibid_with_equal_and_different_locators(locators: tuple, expected: str) -> None:
    first, second = locators
    notes = render_notes([[Citation("b", locator=first)], [Citation("b", locator=second)]],
                         [BOOK], style="citekit-seer-notes")
    assert notes[1] == expected


def test_ibid_not_after_a_note_citing_several_works() -> None:
    other = {**BOOK, "id": "o", "title": "Fiction in the Archives", "title-short": "Fiction"}
    notes = render_notes([[Citation("b"), Citation("o")], [Citation("o")]], [BOOK, other],
                         style="citekit-seer-notes")
    assert notes[1] == "Davis, Fiction."


def test_html_output_is_escaped() -> None:
    risky = {**BOOK, "title": "Peasants & Police <Kursk>"}
    text = render_bibliography([risky], style="chicago-notes-bibliography", output="html")
    assert "<i>Peasants &amp; Police &lt;Kursk&gt;</i>" in text
    assert "<Kursk>" not in text


def test_markdown_italics() -> None:
    text = render_bibliography([BOOK], style="chicago-notes-bibliography", output="markdown")
    assert "*The Return of Martin Guerre*" in text


def test_if_disambiguate_holds_only_for_colliding_items(tmp_path: Path) -> None:
    style = csl(tmp_path, '<group delimiter=", "><names variable="author"><name form="short"/>'
                          '</names><choose><if disambiguate="true"><text variable="title"/>'
                          '</if></choose></group>')
    other = {**BOOK, "id": "o", "title": "Fiction in the Archives"}
    alone = {"id": "g", "type": "book", "title": "The Cheese and the Worms",
             "author": [{"family": "Ginzburg", "given": "Carlo"}]}
    notes = render_notes([[Citation("b")], [Citation("o")], [Citation("g")]],
                         [BOOK, other, alone], style=style)
    assert notes == ["Davis, The Return of Martin Guerre", "Davis, Fiction in the Archives",
                     "Ginzburg"]


def test_initialize_false_keeps_given_names_in_2026_styles() -> None:
    note = render_notes([[Citation("b", locator="3")]], [BOOK],
                        style="chicago-notes-bibliography")[0]
    assert note.startswith("Natalie Zemon Davis, ")


def test_initials_in_data_keep_their_mark() -> None:
    edited = {"id": "g", "type": "book", "title": "Repressii",
              "editor": [{"family": "Gur´ianov", "given": "A.E."}]}
    text = render_bibliography([edited], style="chicago-notes-bibliography")
    assert text.startswith("Gur´ianov, A. E., ed.")


def test_page_range_minimal_two_keeps_two_digits() -> None:
    article = {"id": "l", "type": "article-journal", "title": "Labour History",
               "author": [{"family": "Linden", "given": "Marcel",
                           "non-dropping-particle": "van der"}],
               "container-title": "IRSH", "volume": "59", "page": "1-25",
               "issued": {"date-parts": [[2014]]}}
    assert "pp. 1–25" in render_bibliography([article], style="mhra-notes")


def test_item_that_crashes_citeproc_py_becomes_a_diagnostic(tmp_path: Path) -> None:
    # citeproc-py asserts on a season where a numeric month is asked for
    style = csl(tmp_path, '<date variable="issued"><date-part name="month" form="numeric"/>'
                          '</date>')
    seasonal = {**BOOK, "id": "s", "issued": {"date-parts": [[1937]], "season": 2}}
    diagnostics: list[Diagnostic] = []
    notes = render_notes([[Citation("s", text="Davis 1937")], [Citation("b")]],
                         [seasonal, BOOK], style=style, diagnostics=diagnostics)
    assert notes[0] == "Davis 1937"  # the raw citation is kept, not dropped
    assert [d.code for d in diagnostics] == ["S001"]
    assert diagnostics[0].raw is not None and '"id": "s"' in diagnostics[0].raw


def test_unknown_cited_id_is_reported() -> None:
    diagnostics: list[Diagnostic] = []
    notes = render_notes([[Citation("nope", text="Nope, p. 3")]], [BOOK],
                         style="citekit-seer-notes", diagnostics=diagnostics)
    assert notes == ["Nope, p. 3"]
    assert [d.code for d in diagnostics] == ["S002"]


def test_bad_dates_and_names_do_not_raise() -> None:
    odd = {"id": "x", "type": "book", "title": "Odd", "author": [{"literal": "Memorial"}, {}],
           "issued": {"raw": "1937-06"}, "accessed": "circa 1900"}
    text = render_bibliography([odd], style="chicago-notes-bibliography")
    assert text.startswith("Memorial. Odd")


def test_unresolved_citation_breaks_the_ibid_chain() -> None:
    diagnostics: list[Diagnostic] = []
    notes = render_notes([[Citation("b", locator="3")], [Citation(None, text="Smith, p. 4")],
                          [Citation("b", locator="3")]], [BOOK], style="citekit-seer-notes",
                         diagnostics=diagnostics)
    assert notes[1] == "Smith, p. 4"
    assert notes[2] == "Davis, The Return of Martin Guerre, p. 3."
    assert diagnostics[0].code == "S002" and "not linked" in diagnostics[0].message


def _smiths() -> list[dict]:
    return [{"id": "d", "type": "book", "title": "Former People", "author": [
                {"family": "Smith", "given": "Douglas"}], "issued": {"date-parts": [[2012]]}},
            {"id": "j", "type": "book", "title": "Red Nations", "author": [
                {"family": "Smith", "given": "Jeremy"}], "issued": {"date-parts": [[2013]]}}]


def test_given_names_added_to_tell_namesakes_apart() -> None:
    notes = render_notes([[Citation("d", locator="3")], [Citation("j", locator="4")]],
                         _smiths(), style="modern-language-association")
    assert notes == ["(D. Smith 3)", "(J. Smith 4)"]


def test_apa_initials_for_namesakes_even_when_years_differ() -> None:
    notes = render_notes([[Citation("d")], [Citation("j")]], _smiths(), style="apa")
    assert notes == ["(D. Smith, 2012)", "(J. Smith, 2013)"]


def test_partial_first_author_substitute() -> None:
    alone = {**BOOK, "id": "a", "author": [{"family": "Davis", "given": "Natalie Zemon"}]}
    joint = {**BOOK, "id": "z", "title": "Women on the Margins",
             "author": [{"family": "Davis", "given": "Natalie Zemon"},
                        {"family": "Farge", "given": "Arlette"}]}
    lines = render_bibliography([alone, joint], style="mhra-notes").splitlines()
    assert lines[1].startswith("——, and Arlette Farge, ")


def test_ibid_capitalised_at_the_start_of_a_note_only() -> None:
    notes = render_notes([[Citation("b", locator="3")], [Citation("b", locator="3")],
                          [Citation("b", locator="4", prefix="See")]], [BOOK],
                         style="chicago-notes-bibliography-subsequent-ibid")
    assert notes[1:] == ["Ibid.", "See ibid., 4."]


def test_year_suffix_shared_by_cites_and_bibliography() -> None:
    first = {"id": "f", "type": "book", "title": "Former People", "publisher": "FSG",
             "author": [{"family": "Smith", "given": "Douglas"}],
             "issued": {"date-parts": [[2012]]}}
    second = {**first, "id": "r", "title": "Alpha Rasputin"}
    notes = render_notes([[Citation("f")], [Citation("r")]], [first, second], style="apa")
    assert notes == ["(Smith, 2012b)", "(Smith, 2012a)"]
    assert render_bibliography([first, second], style="apa").splitlines() == [
        "Smith, D. (2012a). Alpha Rasputin. FSG.", "Smith, D. (2012b). Former People. FSG."]


def test_note_kept_as_written_is_escaped_in_html() -> None:
    notes = render_notes([[Citation(None, text="Smith & Co <ms>")]], [BOOK],
                         style="citekit-seer-notes", output="html")
    assert notes == ["Smith &amp; Co &lt;ms&gt;"]
