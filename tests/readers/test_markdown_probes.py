"""pandoc Markdown notes as authors write them: long notes with quotes and code, tables, early definitions."""

from __future__ import annotations

from citekit.readers.markdown import read_markdown_document

DOCUMENT = """[^early]: A note defined before it is used, citing [@holt1994, p. 23].

The court met twice a week[^early] and kept records.[^long] Appeals were
rare.^[An inline note with [nested [brackets]] and [see @beattie1986, pp. 3-4; also @landau1984].]

| Court | Sessions |
|-------|----------|
| Staple | weekly[^table] |

[^long]: The first paragraph of a long note, see @holt1994 [p. 40].

    An indented second paragraph quoting the statute:

    > "The mayor shall be chosen yearly" (27 Edw. III, st. 2, c. 21).

    ```
    code in a note: [@notacitation]
    ```

    A last paragraph citing [-@landau1984, chap. 3].

[^table]: A note referenced from a table cell.
"""


def test_long_note_with_a_quote_and_code() -> None:
    result = read_markdown_document(DOCUMENT)
    assert [n.number for n in result.notes] == ["1", "2", "3", "4"]
    long = result.notes[1]
    assert long.text == ("The first paragraph of a long note, see. An indented second paragraph quoting the "
                         "statute: \"The mayor shall be chosen yearly\" (27 Edw. III, st. 2, c. 21). "
                         "A last paragraph citing.")
    assert [(c.id, c.locator, c.label) for c in long.citations] == [
        ("holt1994", "40", "page"), ("landau1984", "3", "chapter")]


def test_early_definition_inline_note_and_table_note() -> None:
    result = read_markdown_document(DOCUMENT)
    first, _, inline, table = result.notes
    assert first.text == "A note defined before it is used, citing."
    assert [(c.id, c.locator) for c in first.citations] == [("holt1994", "23")]
    assert inline.text == "An inline note with [nested [brackets]] and."
    assert [(c.id, c.locator, c.prefix) for c in inline.citations] == [
        ("beattie1986", "3-4", "see"), ("landau1984", None, "also")]
    assert table.text == "A note referenced from a table cell."
    # (round 3: the code block in note 2 is left out of its text, but no longer silently)
    assert [(d.code, d.severity) for d in result.diagnostics] == [("X206", "info")]
