"""citekit cite: hand-typed notes become \\footcite / [@key]; new works get stable keys."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.cite import WorkFinder, cite_document, plausible
from citekit.cli import main
from citekit.model import ParsedReference

HAGENLOH = {
    "id": "hagenloh2009", "type": "book", "author": [{"family": "Hagenloh", "given": "Paul"}],
    "title": "Stalin's Police: Public Order and Mass Repression in the USSR, 1926-1941",
    "issued": {"date-parts": [[2009]]},
}
MORRIS = {
    "id": "morris2004", "type": "article-journal", "author": [{"family": "Morris", "given": "James"}],
    "title": "The Polish Terror: Spymania and Ethnic Cleansing in the Great Terror",
    "container-title": "Europe-Asia Studies", "page": "751-766", "issued": {"date-parts": [[2004]]},
}
FULL = ("See Paul Hagenloh, Stalin’s Police: Public Order and Mass Repression in the USSR, "
        "1926–1941, Baltimore, MD, 2009, p. 3.")

LATEX = [
    (FULL, "\\footcite[See][3]{hagenloh2009}"),
    ("Hagenloh, Stalin’s Police, 6ff.", "\\footcite[6ff.]{hagenloh2009}"),
    ("Hagenloh, Stalin's Police, n. 4.", "\\footcite[n. 4]{hagenloh2009}"),
    ("Cf. Hagenloh, Stalin's Police.", "\\footcite[Cf.][]{hagenloh2009}"),
    ("For the context, see Hagenloh, Stalin's Police, p. 5; James Morris, ‘The Polish Terror: Spymania "
     "and Ethnic Cleansing in the Great Terror’, Europe–Asia Studies, 56, 2004, pp. 751–66. My remark.",
     "\\footnote{\\cite[For the context, see][5]{hagenloh2009}; \\cite{morris2004}. My remark.}"),
    ("A remark about the weather, not a citation.", "\\footnote{A remark about the weather, not a citation.}"),
    ("Hagenloh, Another Book Entirely, p. 5.", "\\footnote{Hagenloh, Another Book Entirely, p. 5.}"),
]


@pytest.mark.parametrize(("note", "expected"), LATEX)
def test_latex_notes(note: str, expected: str) -> None:
    text = f"Text.\\footnote{{{note}}} More."
    result = cite_document("a.tex", text, [HAGENLOH, MORRIS], parse=False)
    assert result.text == f"Text.{expected} More."


def test_ibid_takes_the_previous_single_work() -> None:
    text = "a\\footnote{Hagenloh, Stalin's Police, p. 5.} b\\footnote{Ibid., p. 7.} c\\footnote{Ibid.}"
    result = cite_document("a.tex", text, [HAGENLOH], parse=False)
    assert result.text == "a\\footcite[5]{hagenloh2009} b\\footcite[7]{hagenloh2009} c\\footcite{hagenloh2009}"


def test_ibid_after_an_unknown_work_is_left() -> None:
    text = "a\\footnote{Jones, Unknown Work, London, 1990, p. 5.} b\\footnote{Ibid., p. 7.}"
    assert cite_document("a.tex", text, [HAGENLOH], parse=False).text == text


def test_markdown_notes() -> None:
    text = f"Text.[^1] More.^[Hagenloh, Stalin's Police, 6ff.]\n\n[^1]: {FULL}\n"
    result = cite_document("a.md", text, [HAGENLOH], parse=False)
    assert result.text == (
        "Text.[^1] More.^[[@hagenloh2009, 6ff.]]\n\n[^1]: [See @hagenloh2009, 3].\n"
    )


def test_new_work_gets_a_stable_key(monkeypatch: pytest.MonkeyPatch) -> None:
    import citekit.parser

    def fake_parse(text: str) -> ParsedReference:
        return ParsedReference(
            item={"type": "book", "author": [{"family": "Hagenloh", "given": "Paul"}],
                  "title": "Stalin's Police", "issued": {"date-parts": [[2009]]}},
            locator="6", label="page")

    monkeypatch.setattr(citekit.parser, "parse_reference", fake_parse)
    other = dict(HAGENLOH, title="A Different Book on Policing", id="hagenloh2009")
    text = "a\\footnote{Paul Hagenloh, Stalin's Police, Baltimore, 2009, p. 6.} b\\footnote{Hagenloh, Stalin's Police, 8.}"
    result = cite_document("a.tex", text, [other])
    assert [e["id"] for e in result.new_entries] == ["hagenloh2009a"]
    assert result.text == "a\\footcite[6]{hagenloh2009a} b\\footcite[8]{hagenloh2009a}"


@pytest.mark.parametrize(("item", "ok"), [
    ({"author": [{"family": "Morris"}], "title": "The Polish Terror"}, True),
    ({"author": [{"family": "James"}], "title": "The"}, False),
    ({"author": [{"family": "Paul"}], "title": "Stalin’s"}, False),
    ({"title": "The Polish Terror"}, False),
    ({"author": [{"family": "Smith"}], "title": "The Polish Terror"}, False),
])
def test_plausible_parse(item: dict, ok: bool) -> None:
    text = "James Morris, ‘The Polish Terror: Spymania’, Europe–Asia Studies, 56, 2004."
    assert plausible(item, text) is ok


def test_finder_rejects_another_year() -> None:
    finder = WorkFinder([HAGENLOH])
    assert finder.find("Paul Hagenloh, Stalin's Police, Baltimore, 2009") is not None
    assert finder.find("Paul Hagenloh, Stalin's Police, 2nd edn, Baltimore, 2015") is None


def test_command_dry_run_writes_nothing(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    bib = "@book{hagenloh2009,\n  author = {Hagenloh, Paul},\n  title = {Stalin's Police},\n  date = {2009},\n}\n"
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    tex = "Text.\\footnote{Hagenloh, Stalin's Police, p. 6.}\n"
    (tmp_path / "a.tex").write_text(tex, encoding="utf-8")
    assert main(["cite", "a.tex", "--bib", "refs.bib", "--dry-run", "--no-new"]) == 0
    out = capsys.readouterr()
    assert "-Text.\\footnote{Hagenloh, Stalin's Police, p. 6.}\n+Text.\\footcite[6]{hagenloh2009}\n" in out.out
    assert "1 note(s) rewritten" in out.err
    assert (tmp_path / "a.tex").read_text(encoding="utf-8") == tex
    assert main(["cite", "a.tex", "--bib", "refs.bib", "-o", "b.tex", "--no-new"]) == 0
    assert (tmp_path / "b.tex").read_text(encoding="utf-8") == "Text.\\footcite[6]{hagenloh2009}\n"


def test_command_usage_errors(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    assert main(["cite", "a.txt", "--bib", "refs.bib"]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["cite", "a.tex"])
    assert exc.value.code == 2


def test_ibid_after_a_footcite_note_means_its_work() -> None:
    text = "a\\footcite[5]{morris2004} b\\footnote{Ibid., p. 7.} c\\footnote{\\cite{a,b}} d\\footnote{Ibid.}"
    result = cite_document("a.tex", text, [HAGENLOH, MORRIS], parse=False)
    assert result.text == ("a\\footcite[5]{morris2004} b\\footcite[7]{morris2004} "
                           "c\\footnote{\\cite{a,b}} d\\footnote{Ibid.}")


def _fake_parser(monkeypatch: pytest.MonkeyPatch) -> None:
    import citekit.parser

    def fake_parse(text: str) -> ParsedReference:
        return ParsedReference(
            item={"type": "article-journal", "author": [{"family": "Morris", "given": "James"}],
                  "title": "The Polish Terror", "container-title": "Europe-Asia Studies",
                  "volume": "56", "page": "751-766", "issued": {"date-parts": [[2004]]}},
            locator=None, label=None)

    monkeypatch.setattr(citekit.parser, "parse_reference", fake_parse)


def test_command_appends_new_entries_to_the_bibliography(tmp_path: Path, monkeypatch, capsys) -> None:
    from citekit.formats import read

    _fake_parser(monkeypatch)
    monkeypatch.chdir(tmp_path)
    bib = "@book{morris2004,\n  author = {Morris, James},\n  title = {A Book on Something Else},\n  date = {2004},\n}\n"
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    (tmp_path / "a.md").write_text(
        "Text.[^1]\n\n[^1]: See James Morris, ‘The Polish Terror’, Europe–Asia Studies, 56, 2004, pp. 751–66.\n",
        encoding="utf-8")
    assert main(["cite", "a.md", "--bib", "refs.bib"]) == 0
    out = capsys.readouterr()
    assert out.out == "Text.[^1]\n\n[^1]: [See @morris2004a].\n"
    assert "1 entry added" in out.err
    new_bib = (tmp_path / "refs.bib").read_text(encoding="utf-8")
    assert new_bib.startswith(bib)
    entries = read(new_bib, "bibtex").entries
    assert [e["id"] for e in entries] == ["morris2004", "morris2004a"]
    assert entries[1]["title"] == "The Polish Terror"


def test_unknown_full_citation_is_reported_and_left() -> None:
    text = "a\\footnote{Jane Jones, Unknown Work on Something, London, 1990, p. 5.}"
    result = cite_document("a.tex", text, [HAGENLOH], parse=False)
    assert result.text == text
    assert [d.format() for d in result.diagnostics] == [
        "a.tex:1:12: C210 left as written: 'Jane Jones, Unknown Work on Something, London, 1990, p. 5.' "
        "is not in the bibliography (--no-new)"]
