"""Rules found by probing the readers with thesis chapters as students write them.

Word stores a non-breaking hyphen as an element; biblatex's ``\\footcite`` in
the body and ``\\footnotemark`` both take a note number; pandoc prints an
in-text ``@key [p. 4]`` of the body as a note and ``--`` as an en dash; a
postnote may hold a locator and then the author's own words; Word's
acknowledgement note on a title carries its own mark ("*") and no number.
"""

from __future__ import annotations

import importlib.util
import sys
import zipfile
from io import BytesIO
from pathlib import Path

import pytest

from citekit.readers import read_document
from citekit.readers.latex import read_latex_document, tidy_removed_citations
from citekit.readers.locators import split_locator
from citekit.readers.markdown import read_markdown_document

_spec = importlib.util.spec_from_file_location("docx_builder", Path(__file__).with_name("docx_builder.py"))
assert _spec and _spec.loader
builder = importlib.util.module_from_spec(_spec)
sys.modules["docx_builder"] = builder
_spec.loader.exec_module(builder)


def test_a_word_non_breaking_hyphen_is_a_hyphen() -> None:
    para = builder.run("Robb, White-Collar Crime, 31") + "<w:r><w:noBreakHyphen/></w:r>" + builder.run("33.")
    data = builder.build_docx({1: [para]}, [1])
    notes = read_document("a.docx", data).notes
    assert notes[0].text == "Robb, White-Collar Crime, 31-33."


def test_a_non_breaking_hyphen_in_a_field_code_is_not_text() -> None:
    code = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>PAGE</w:instrText>'
            '</w:r><w:r><w:noBreakHyphen/></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            + builder.run("7") + '<w:r><w:fldChar w:fldCharType="end"/></w:r>')
    data = builder.build_docx({1: [builder.run("Page ") + code]}, [1])
    assert read_document("a.docx", data).notes[0].text == "Page 7"


def test_footcite_in_the_body_is_a_note_of_its_own() -> None:
    text = ("\\begin{document}\nOne.\\footnote{A note.} Two.\\footcite[45]{walton2011} "
            "Three.\\footnote{Another.}\n\\end{document}\n")
    notes = read_latex_document(text).notes
    assert [(n.number, n.text) for n in notes] == [("1", "A note."), ("2", ""), ("3", "Another.")]
    cit = notes[1].citations[0]
    assert (cit.id, cit.kind, cit.locator, cit.label) == ("walton2011", "keyed", "45", "page")
    assert cit.text == "\\footcite[45]{walton2011}"


def test_footcite_inside_a_footnote_is_no_extra_note() -> None:
    notes = read_latex_document("A.\\footnote{See \\footcite{x}.}").notes
    assert len(notes) == 1 and notes[0].citations[0].id == "x"


@pytest.mark.parametrize("body,numbers", [
    ("A\\footnote{a} B\\footnotemark{} C\\footnotetext{b} D\\footnote{c}", ["1", "2", "3"]),
    # (pdflatex prints "0 b" and "1 c": the optional [7] sets the mark for that one command and does not
    # step the counter, and \\footnotetext without [7] prints the counter as it stands -- reported as X101)
    ("A\\footnotemark[7] B\\footnotetext{b} C\\footnote{c}", ["0", "1"]),
    ("A\\footnotemark\\footnotemark B\\footnotetext{b}", ["2"]),
])
def test_footnotemark_takes_the_number_footnotetext_prints(body: str, numbers: list[str]) -> None:
    assert [n.number for n in read_latex_document(body).notes] == numbers


@pytest.mark.parametrize("text,expected", [
    (". The figures are mine.", "The figures are mine."),
    (", “Appendix B”, 301–3;.", ", “Appendix B”, 301–3;."),
    ("; Smith, Manor, 4.", "Smith, Manor, 4."),
    ("see , p. 4 .", "see, p. 4."),
    ("Plain note.", "Plain note."),
])
def test_debris_of_removed_citations_is_tidied(text: str, expected: str) -> None:
    assert tidy_removed_citations(text) == expected


def test_a_note_that_starts_with_a_citation_has_no_leading_stop() -> None:
    notes = read_latex_document("A.\\footnote{\\cites[88]{a}[cf.][211]{b}. The figures are mine.}").notes
    assert notes[0].text == "The figures are mine."
    assert [(c.id, c.prefix, c.locator) for c in notes[0].citations] == [
        ("a", None, "88"), ("b", "cf.", "211")]


def test_markdown_in_text_citation_of_the_body_is_a_note() -> None:
    text = ("As @roberts1990 [p. 41] argued, custom was fixed.[^a] Mail me at x@y.org.\n\n"
            "[^a]: A note.\n")
    notes = read_markdown_document(text).notes
    assert [(n.number, n.text) for n in notes] == [("1", ""), ("2", "A note.")]
    cit = notes[0].citations[0]
    assert (cit.id, cit.locator, cit.label, cit.text) == ("roberts1990", "41", "page",
                                                          "@roberts1990 [p. 41]")


def test_markdown_dashes_are_printed_as_pandoc_prints_them() -> None:
    text = "Body.[^1]\n\n[^1]: Chanock, *Law*, 4--7 --- or so; [@x, pp. 9--10].\n"
    note = read_markdown_document(text).notes[0]
    assert note.text == "Chanock, Law, 4–7 — or so;."
    assert note.citations[0].locator == "9–10"


@pytest.mark.parametrize("post,expected", [
    ("44-45, emphasis added", ("44-45", "page", "emphasis added")),
    ("pp. 4-7, my translation", ("4-7", "page", "my translation")),
    ("12, 14", ("12, 14", "page", None)),
    ("iv, xii", ("iv, xii", "page", None)),
    ("6ff.", ("6ff.", "page", None)),
    ("chap. 2", ("2", "chapter", None)),
    ("emphasis added", (None, None, "emphasis added")),
])
def test_a_postnote_splits_into_locator_and_suffix(post: str, expected: tuple) -> None:
    assert split_locator(post) == expected


@pytest.mark.parametrize("text,expected", [
    ("Stendhal, Vie de Rossini (Paris: Boulland, 1824), 2: 117–19.", ("2: 117–19", "page")),
    ("Ibid., 2: 140.", ("2: 140", "page")),
    ("Ruskin, Stones of Venice, 1:12", ("1:12", "page")),
    ("Odlyzko, ‘This Time’, Journal 10, no. 1 (2010): 1-20.", None),
])
def test_volume_and_page_with_a_space_after_the_colon(text: str, expected: tuple | None) -> None:
    from citekit.extraction.locators import find_pinpoint

    pin = find_pinpoint(text, bare=False)
    assert ((pin.value, pin.label) if pin else None) == expected


def test_a_custom_mark_note_keeps_its_mark_and_takes_no_number() -> None:
    data = builder.build_docx({5: [builder.run("*") + builder.run(" I thank my supervisor.")],
                               6: [builder.run("A first numbered note.")]}, [6])
    # the builder's body references note 6 only: the "*" reference is added by hand
    with zipfile.ZipFile(BytesIO(data)) as z:
        parts = {name: z.read(name) for name in z.namelist()}
    parts["word/document.xml"] = parts["word/document.xml"].replace(
        b"<w:p>", b'<w:p><w:r><w:footnoteReference w:customMarkFollows="1" w:id="5"/></w:r>'
        b"<w:r><w:t>*</w:t></w:r>", 1)
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in parts.items():
            z.writestr(name, content)
    notes = read_document("a.docx", buf.getvalue()).notes
    assert [(n.number, n.text) for n in notes] == [("*", "I thank my supervisor."),
                                                   ("1", "A first numbered note.")]
