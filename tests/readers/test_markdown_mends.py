"""Markdown reader faults found in review: notes of several paragraphs, code spans and links in notes."""

from __future__ import annotations

import pytest

from citekit.readers.markdown import read_markdown_document


def _texts(md: str) -> list[str]:
    return [n.text for n in read_markdown_document(md).notes]


# -- notes of several paragraphs ---------------------------------------------------------------------------

def test_indented_paragraphs_belong_to_the_note_and_the_body_after_does_not() -> None:
    md = ("Text.[^long] More.[^next]\n\n[^long]: First paragraph, see [@holt1994, 12].\n\n"
          "    Second paragraph\n    goes on; compare [@baker1990, 88].\n\n\tThird, indented by a tab.\n\n"
          "Body text, not the note.\n\n[^next]: Next note.\n")
    notes = read_markdown_document(md).notes
    assert [(n.number, n.text) for n in notes] == [
        ("1", "First paragraph, see. Second paragraph goes on; compare. Third, indented by a tab."),
        ("2", "Next note.")]
    assert [(c.id, c.locator) for c in notes[0].citations] == [("holt1994", "12"), ("baker1990", "88")]
    start, end = notes[0].span or (0, 0)
    assert md[start:end].endswith("Third, indented by a tab.")


def test_a_code_block_inside_a_note_is_no_text_of_it() -> None:
    md = "Text.[^1]\n\n[^1]: One.\n\n        \\footnote{code in the note}\n\n    Two.\n"
    assert _texts(md) == ["One. Two."]


def test_list_items_in_a_note_lose_their_marks() -> None:
    md = "Text.[^1]\n\n[^1]: Two sources:\n\n    - the rolls, m. 4;\n    * the files, fol. 3r.\n"
    assert _texts(md) == ["Two sources: the rolls, m. 4; the files, fol. 3r."]


def test_a_paragraph_indented_less_than_four_spaces_is_the_body() -> None:
    md = "Text.[^1]\n\n[^1]: The note.\n\n  Body again.\n"
    assert _texts(md) == ["The note."]


# -- code spans ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("note", "text"),
    [
        ("See `a*b*c` and *emph*.", "See `a*b*c` and emph."),
        ("Run `pandoc --citeproc` -- then stop.", "Run `pandoc --citeproc` – then stop."),
        ("See `[link](http://x.org)` shown as code.", "See `[link](http://x.org)` shown as code."),
        ("See ``code with ` tick`` here.", "See ``code with ` tick`` here."),
        ("Type `[@key]` for [@doe, 4].", "Type `[@key]` for."),
        ("Call `snake_case_name` here.", "Call `snake_case_name` here."),
    ],
)
def test_code_span_is_kept_as_typed(note: str, text: str) -> None:
    assert _texts(f"Text.[^1]\n\n[^1]: {note}\n") == [text]


# -- links -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("note", "text"),
    [
        ("See [the site](http://x.org/a_b_c \"Title\").", "See the site http://x.org/a_b_c."),
        ("See [the rolls](http://x.org/~me/cp_40).", "See the rolls http://x.org/~me/cp_40."),
        ("See <http://y.org/a_b>.", "See http://y.org/a_b."),
        ("Write to <me@example.org>.", "Write to me@example.org."),
        ("See [Smith, *Book*](http://x.org/wiki/A_(b)).", "See Smith, Book http://x.org/wiki/A_(b)."),
        ("See [the `main` branch](http://x.org/tree).", "See the `main` branch http://x.org/tree."),
        ("See [the [new] edition](http://x.org/e).", "See the [new] edition http://x.org/e."),
        ("See http://x.org/snake_case_path_here for it.", "See http://x.org/snake_case_path_here for it."),
        ("The file_name_here and _really_ so.", "The file_name_here and really so."),
        ("See [*Title*][cat] and [the list][].", "See Title http://x.org/cat and the list http://x.org/list."),
        ("See [http://x.org/a](http://x.org/a).", "See http://x.org/a."),
    ],
)
def test_links_keep_their_text_and_address(note: str, text: str) -> None:
    md = f"Text.[^1]\n\n[^1]: {note}\n\n[cat]: http://x.org/cat \"Catalogue\"\n[the list]: <http://x.org/list>\n"
    assert _texts(md) == [text]


@pytest.mark.parametrize(
    ("note", "text", "keys"),
    [
        ("Write to [me@example.org](mailto:me@example.org) or see [@doe, 4].",
         "Write to me@example.org or see.", ["doe"]),
        ("See [the post by @user](http://x.org/@user).", "See the post by @user http://x.org/@user.", []),
        ("See <http://x.org/@user> and http://y.org/@me [@doe].", "See http://x.org/@user and http://y.org/@me.",
         ["doe"]),
    ],
)
def test_an_at_sign_in_a_link_is_no_citation(note: str, text: str, keys: list[str]) -> None:
    (read,) = read_markdown_document(f"Text.[^1]\n\n[^1]: {note}\n").notes
    assert (read.text, [c.id for c in read.citations]) == (text, keys)


def test_an_at_sign_in_a_link_of_the_body_makes_no_note() -> None:
    md = "Mail [me@example.org](mailto:me@example.org) or <https://x.org/@me>.[^1]\n\n[^1]: The note.\n"
    assert [n.text for n in read_markdown_document(md).notes] == ["The note."]
