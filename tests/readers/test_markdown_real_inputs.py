"""pandoc Markdown as thesis chapters hold it: each check names one construct."""

from __future__ import annotations

from citekit.readers.markdown import read_markdown_document


def _read(md: str):  # type: ignore[no-untyped-def]
    return read_markdown_document(md, "-")


def test_multi_paragraph_note_with_word_label() -> None:
    md = ("Body.[^archives]\n\n[^archives]: First paragraph\n    continues lazily.\n\n"
          "    Second paragraph of the note.\n\nBack in the body.\n")
    r = _read(md)
    assert [(n.number, n.text) for n in r.notes] == [
        ("1", "First paragraph continues lazily. Second paragraph of the note.")]


def test_inline_note_with_brackets() -> None:
    r = _read("Body.^[A note [with brackets] and [@key, p. 4] inside.] End.\n")
    n = r.notes[0]
    assert n.text == "A note [with brackets] and inside."
    assert [(c.id, c.locator) for c in n.citations] == [("key", "4")]


def test_group_with_prefix_and_two_keys() -> None:
    r = _read("x[^1]\n\n[^1]: [see @a, 3; @b].\n")
    cs = r.notes[0].citations
    assert [(c.id, c.prefix, c.locator) for c in cs] == [("a", "see", "3"), ("b", None, None)]


def test_intext_with_locator_and_suppressed_author() -> None:
    r = _read("x[^1]\n\n[^1]: As @smith [p. 4] says; also [-@jones, 12].\n")
    cs = r.notes[0].citations
    assert [(c.id, c.locator) for c in cs] == [("smith", "4"), ("jones", "12")]
    assert r.notes[0].text == "As says; also."


def test_note_reference_inside_list_and_blockquote() -> None:
    md = "- item one[^a]\n- item two\n\n> Quoted.[^b]\n\n[^a]: In list.\n[^b]: In quote.\n"
    r = _read(md)
    assert [(n.number, n.text) for n in r.notes] == [("1", "In list."), ("2", "In quote.")]


def test_code_block_and_inline_code_do_not_count() -> None:
    md = ("Write `[^x]` for a note.\n\n```\n[^y]\n^[not a note]\n```\n\n    [^z] indented code\n\n"
          "Real.[^r]\n\n[^r]: Real note.\n")
    r = _read(md)
    assert [(n.number, n.text) for n in r.notes] == [("1", "Real note.")]
    assert not [d for d in r.diagnostics if d.code == "X202"]


def test_inline_code_at_key_not_citation() -> None:
    r = _read("x[^1]\n\n[^1]: Mail `me@example.org` or see @a.\n")
    assert [c.id for c in r.notes[0].citations] == ["a"]
    assert "me@example.org" in r.notes[0].text


def test_email_not_a_citation() -> None:
    r = _read("x[^1]\n\n[^1]: Write to jo@example.org for the files.\n")
    assert r.notes[0].citations == []
    assert r.notes[0].text == "Write to jo@example.org for the files."


def test_yaml_front_matter_not_a_note() -> None:
    md = ("---\ntitle: \"Chapter [^not]\"\nauthor: A. B.\nbibliography: refs.bib\n---\n\n"
          "Text.[^1]\n\n[^1]: Note.\n")
    r = _read(md)
    assert [(n.number, n.text) for n in r.notes] == [("1", "Note.")]
    assert r.source.get("title") == "Chapter [^not]"


def test_reference_definition_is_not_a_note() -> None:
    md = "See [the archive][arch].[^1]\n\n[arch]: https://ex.org/archive\n\n[^1]: Note.\n"
    r = _read(md)
    assert [n.text for n in r.notes] == ["Note."]


def test_numbering_by_reference_order() -> None:
    md = "A.[^second] B.[^first]\n\n[^first]: F.\n[^second]: S.\n"
    r = _read(md)
    assert [(n.number, n.text) for n in r.notes] == [("1", "S."), ("2", "F.")]


def test_emphasis_and_dashes() -> None:
    r = _read("x[^1]\n\n[^1]: Kotkin, *Magnetic Mountain* (Berkeley, 1995), 3--5 --- _passim_.\n")
    assert r.notes[0].text == "Kotkin, Magnetic Mountain (Berkeley, 1995), 3–5 — passim."


def test_missing_definition_diagnostic_has_line() -> None:
    r = _read("Line one.\nNo def.[^gone]\n")
    assert any(d.code == "X202" and d.line == 2 for d in r.diagnostics)


def test_note_with_blockquote_inside() -> None:
    md = "x[^1]\n\n[^1]: He wrote:\n\n    > A quoted line.\n\n    So it goes.\n"
    r = _read(md)
    assert r.notes[0].text == "He wrote: A quoted line. So it goes."


def test_body_citation_is_own_note() -> None:
    r = _read("As shown [@kotkin, 45].\n")
    assert [(n.number, n.text, [c.id for c in n.citations]) for n in r.notes] == [("1", "", ["kotkin"])]


def test_crlf_line_endings() -> None:
    md = "Body.[^1]\r\n\r\n[^1]: First\r\n    more.\r\n"
    r = _read(md)
    assert [n.text for n in r.notes] == ["First more."]


def test_citation_syntax_in_inline_code_is_not_cited() -> None:
    md = "Type `[@key]` in the body.[^1]\n\n[^1]: pandoc reads `[see @doe, 4]` as a citation.\n"
    r = _read(md)
    assert [(n.number, n.citations) for n in r.notes] == [("1", [])]
    assert r.notes[0].text == "pandoc reads `[see @doe, 4]` as a citation."


def test_html_comment_hides_notes() -> None:
    md = "Text.<!-- old[^gone] -->[^1]\n\n<!--\n[^gone]: Removed note.\n-->\n[^1]: Kept.\n"
    r = _read(md)
    assert [(n.number, n.text) for n in r.notes] == [("1", "Kept.")]
    assert not [d for d in r.diagnostics if d.code == "X202"]


def test_inline_note_with_code_bracket() -> None:
    r = _read("x^[Type `]` to close.] y\n")
    assert [n.text for n in r.notes] == ["Type `]` to close."]


def test_definition_text_on_next_line() -> None:
    r = _read("x[^1]\n\n[^1]:\n    Text on the next line.\n")
    assert [n.text for n in r.notes] == ["Text on the next line."]


def test_unclosed_inline_note_is_reported() -> None:
    r = _read("Line one.\nBody ^[never closed and more\n")
    assert any(d.code == "X202" and d.line == 2 for d in r.diagnostics)


def test_suffix_after_locator() -> None:
    r = _read("x[^1]\n\n[^1]: [@key, pp. 12--15, emphasis added].\n")
    c = r.notes[0].citations[0]
    assert (c.locator, c.label, c.suffix) == ("12–15", "page", "emphasis added")


def test_tab_indented_continuation() -> None:
    r = _read("x[^1]\n\n[^1]: One.\n\n\tTwo.\n")
    assert r.notes[0].text == "One. Two."


def test_signal_before_brackets_is_prefix() -> None:
    r = _read("x[^1]\n\n[^1]: Kotkin, 3; see also [@hagenloh, 7].\n")
    c = r.notes[0].citations[0]
    assert (c.id, c.prefix, c.locator) == ("hagenloh", "see also", "7")
    assert r.notes[0].text == "Kotkin, 3; see also."
