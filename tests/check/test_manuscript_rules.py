"""One ok and one bad input per manuscript rule (C2xx), in LaTeX and in pandoc Markdown."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.check.manuscript_scan import scan_latex, scan_markdown

BIB = (
    "@book{hagenloh2009,\n  author = {Hagenloh, Paul},\n"
    "  title = {Stalin's Police: Public Order and Mass Repression in the USSR, 1926--1941},\n"
    "  location = {Baltimore, MD},\n  date = {2009},\n}\n"
    "@article{Viallet1990Blanc,\n  author = {Viallet, Jean},\n  title = {Le march{\\'e} noir},\n"
    "  journaltitle = {Revue},\n  date = {1990},\n}\n"
)
HAND = ("See Paul Hagenloh, Stalin's Police: Public Order and Mass Repression in the USSR, "
        "1926--1941, Baltimore, MD, 2009, p. 6.")

# (rule, manuscript name, text, expected formatted findings)
BAD = [
    ("C201", "a.tex", "Text\\cite{iallet1990Blanc}.\n",
     ["a.tex:1:11: C201 key 'iallet1990Blanc' is not in the bibliography; did you mean 'Viallet1990Blanc'?"]),
    ("C201", "a.tex", "x \\textcite{nothing} and \\footcites[3]{hagenloh2009}(see)[4]{HAGENLOH2009}\n",
     ["a.tex:1:13: C201 key 'nothing' is not in the bibliography",
      "a.tex:1:62: C201 key 'HAGENLOH2009' is not in the bibliography; did you mean 'hagenloh2009'?"]),
    ("C201", "a.md", "As shown [see @iallet1990Blanc, 4].\n",
     ["a.md:1:16: C201 key 'iallet1990Blanc' is not in the bibliography; did you mean 'Viallet1990Blanc'?"]),
    ("C202", "a.tex", "Text.\\footnote{" + HAND + "}\n",
     ["a.tex:1:16: C202 footnote cites 'hagenloh2009' by hand; write \\footcite[See][6]{hagenloh2009} "
      "(citekit cite rewrites it)"]),
    ("C202", "a.md", "Text.[^1]\n\n[^1]: Hagenloh, Stalin's Police, 6ff.\n",
     ["a.md:3:7: C202 footnote cites 'hagenloh2009' by hand; write [@hagenloh2009, 6ff.] "
      "(citekit cite rewrites it)"]),
    ("C203", "a.tex", "Text.\\footnote{hagenloh2009, p. 4.}\n",
     ["a.tex:1:16: C203 footnote holds the key 'hagenloh2009' as text; write \\footcite[4]{hagenloh2009}"]),
    ("C203", "a.md", "Text.^[Viallet1990Blanc]\n",
     ["a.md:1:8: C203 footnote holds the key 'Viallet1990Blanc' as text; write [@Viallet1990Blanc]"]),
    ("C204", "a.tex", "Text\\footcite{hagenloh2009}, p. 5 goes on.\n",
     ["a.tex:1:28: C204 ', p. 5' after \\footcite{hagenloh2009} prints outside the note; "
      "put it in the postnote: \\footcite[5]{hagenloh2009}"]),
]


@pytest.mark.parametrize(("rule", "name", "text", "expected"), BAD, ids=[f"{b[0]}-{b[1]}" for b in BAD])
def test_bad_manuscript(check_files, rule, name, text, expected) -> None:
    found = check_files({"refs.bib": BIB, name: text}, paths=[name])
    assert [d.format() for d in found] == expected


OK = [
    ("a.tex", "Text\\footcite[6]{hagenloh2009}. More\\parencite[see][]{Viallet1990Blanc}.\n"
              "\\footnote{This is a remark about Hagenloh's method, not a citation.}\n"
              "\\footcite{hagenloh2009}. Then text, and more.\n\\nocite{*}\n"),
    ("a.tex", "% \\cite{commented} out\nMail me\\footnote{See 100\\% of it.}\n"),
    ("a.md", "Text [@hagenloh2009, 3] and @Viallet1990Blanc says.\n\n[^1]: A remark.\n\n"
             "```\n@notakey in code\n```\nMail a@b.org, see @fig:one and `@code`.\n"),
]


@pytest.mark.parametrize(("name", "text"), OK)
def test_good_manuscript_is_clean(check_files, name, text) -> None:
    assert check_files({"refs.bib": BIB, name: text}, paths=[name]) == []


def test_inline_ignore_on_the_line_and_on_the_line_before(check_files) -> None:
    text = ("a\\cite{nope1} % citekit: ignore C201\n"
            "% citekit: ignore\nb\\cite{nope2}\n"
            "c\\cite{nope3} % citekit: ignore C204\n")
    found = check_files({"refs.bib": BIB, "a.tex": text}, paths=["a.tex"])
    assert [(d.code, d.line) for d in found] == [("C201", 4)]


def test_markdown_ignore_comment(check_files) -> None:
    text = "a [@nope1] <!-- citekit: ignore C201 -->\nb [@nope2]\n"
    found = check_files({"refs.bib": BIB, "a.md": text}, paths=["a.md"])
    assert [(d.code, d.line) for d in found] == [("C201", 2)]


def test_c205_unused_entries_only_when_enabled(check_files) -> None:
    files = {"refs.bib": BIB, "a.tex": "\\cite{hagenloh2009}\n"}
    assert check_files(files) == []
    found = check_files(files, enable={"C205"})
    assert [d.format() for d in found] == [
        "refs.bib:7:10: C205 entry 'Viallet1990Blanc' is not cited in any manuscript"
    ]


def test_manuscript_alone_finds_its_bibliography(check_files) -> None:
    """pre-commit may pass only the chapter: its \\addbibresource names the .bib."""
    files = {"bib/refs.bib": BIB, "ch/a.tex": "\\addbibresource{../bib/refs.bib}\n\\cite{hagenloh2009}\\cite{x}\n"}
    found = check_files(files, paths=["ch/a.tex"])
    assert [(d.path, d.code) for d in found] == [("ch/a.tex", "C201")]


def test_latex_scan_positions_and_footnotes() -> None:
    scan = scan_latex("a.tex", "x\\footnote[3]{A {nested} note \\cite{k}} y\\footnote{plain}\n")
    assert [(u.key, u.line, u.col, u.command) for u in scan.uses] == [("k", 1, 37, "cite")]
    assert [(n.text, n.has_citation) for n in scan.footnotes] == [
        ("A {nested} note \\cite{k}", True), ("plain", False)]


def test_markdown_scan_notes_and_front_matter() -> None:
    text = "---\nbibliography:\n  - a.bib\n  - b.bib\n---\nx[^n]\n\n[^n]: First line\n    continued.\n\nAfter.\n"
    scan = scan_markdown("a.md", text)
    assert scan.bibliographies == ["a.bib", "b.bib"]
    assert [n.text for n in scan.footnotes] == ["First line\n    continued."]


def test_markdown_without_citations_is_not_a_manuscript(check_files) -> None:
    """A README that thanks @octocat cites nothing; a chapter with [@key] cites @bare too."""
    assert check_files({"refs.bib": BIB, "README.md": "Thanks to @octocat.\n"}, paths=["README.md"]) == []
    found = check_files({"refs.bib": BIB, "ch.md": "[@hagenloh2009] and @octocat.\n"}, paths=["ch.md"])
    assert [(d.code, d.col) for d in found] == [("C201", 22)]


_TEX_ALPHABET = st.sampled_from([*"\\{}[]()%@ ,.;:^-\nabcfotenp1", "\\cite", "\\footnote",
                                 "\\footcite", "[^1]:", "[@", "---\n", "```"])


@settings(max_examples=200, deadline=None)
@given(st.lists(_TEX_ALPHABET, max_size=40).map("".join), st.sampled_from(["a.tex", "a.md"]))
def test_manuscript_rules_never_raise(text: str, name: str) -> None:
    from citekit.check import manuscript_rules as rules
    from citekit.check.manuscript_scan import scan_manuscript

    scan = scan_manuscript(name, text)
    keys = ["hagenloh2009"]
    rules.missing_keys(scan, set(keys), keys, {"hagenloh2009": "hagenloh2009"})
    rules.bare_keys(scan, set(keys), keys, {"hagenloh2009": "hagenloh2009"})
    rules.stray_text(scan)
    rules.hand_typed(scan, [{"id": "hagenloh2009", "type": "book", "title": "Stalin's Police",
                             "author": [{"family": "Hagenloh"}]}])


@pytest.mark.parametrize(("text", "stray"), [
    ("a\\footcite{x}, p. 5.", [", p. 5"]),
    ("a\\footcite[3]{x} pp. 5-6.", ["pp. 5-6"]),
    ("a\\footcites{x}{y}, 45ff. more", [", 45ff."]),
    ("In July\\footcite{x}, 1937, the purge", []),
    ("a\\footcite{x}. Then 5 more", []),
    ("a\\footcite{x} and others", []),
])
def test_stray_text_after_footcite(text: str, stray: list[str]) -> None:
    assert [s.text for s in scan_latex("a.tex", text).stray] == stray


def test_c206_missing_bibliography(check_files) -> None:
    found = check_files({"refs.bib": BIB, "a.tex": "x\n\\addbibresource{refs.bib}\n\\addbibresource{gone.bib}\n",
                         "b.md": "---\ntitle: B\nbibliography: nowhere.bib\n---\n[@hagenloh2009]\n"},
                        paths=["a.tex", "b.md"])
    assert [d.format() for d in found] == [
        "a.tex:3:17: C206 bibliography 'gone.bib' does not exist; the document will not build",
        "b.md:3:1: C206 bibliography 'nowhere.bib' does not exist; the document will not build",
    ]
