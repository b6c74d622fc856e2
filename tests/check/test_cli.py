"""``citekit check`` through main([...]): exit codes, formats, the fixture thesis, the cache."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from citekit.check import check_paths
from citekit.check.cache import ParseCache
from citekit.check.config import CheckConfig
from citekit.cli import main

FIXTURES = Path(__file__).parent / "fixtures"
CLEAN = "@book{ok2001,\n  author = {Ok, Anna},\n  title = {Fine},\n  date = {2001},\n}\n"


@pytest.fixture
def thesis(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the fixture thesis repository, as the working directory."""
    repo = tmp_path / "thesis"
    shutil.copytree(FIXTURES / "thesis", repo)
    (repo / ".git").mkdir()  # the configuration search stops at the repository root
    monkeypatch.chdir(repo)
    return repo


def test_fixture_thesis_findings_are_the_golden_ones(thesis: Path, capsys) -> None:
    assert main(["check"]) == 1
    expected = (FIXTURES / "thesis.expected.txt").read_text(encoding="utf-8")
    assert capsys.readouterr().out == expected


def test_every_rule_is_planted_in_the_fixture() -> None:
    text = (FIXTURES / "thesis.expected.txt").read_text(encoding="utf-8")
    found = {line.split(" ")[1] for line in text.splitlines()}
    wanted = {f"C1{n:02d}" for n in range(1, 13)} - {"C108"} | {f"C20{n}" for n in range(1, 6)}
    assert wanted <= found  # C108 (legacy bytes) is tested in test_bib_rules


def test_clean_repository_exits_0(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "refs.bib").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "a.tex").write_text("\\cite{ok2001}\n", encoding="utf-8")
    assert main(["check"]) == 0
    assert main(["check", "a.tex", "refs.bib", "--no-cache"]) == 0
    assert capsys.readouterr().out == ""


def test_info_findings_do_not_fail(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "refs.bib").write_text(CLEAN.replace("date = {2001},", "date = {2001},\n  pages = {1-2},"),
                                       encoding="utf-8")
    assert main(["check", "refs.bib"]) == 0
    assert "C112" in capsys.readouterr().out


def test_json_and_github_formats(thesis: Path, capsys) -> None:
    assert main(["check", "-f", "json", "chapters/ch1.tex"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert data["rewritten"] == []
    first = data["diagnostics"][0]
    assert first == {
        "code": "C201", "severity": "error", "path": "chapters/ch1.tex", "line": 4, "col": 46,
        "message": "key 'iallet1990Blanc' is not in the bibliography; did you mean 'Viallet1990Blanc'?",
    }
    assert main(["check", "-f", "github", "chapters/ch1.tex"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == ("::error file=chapters/ch1.tex,line=4,col=46,title=C201::key 'iallet1990Blanc' "
                        "is not in the bibliography; did you mean 'Viallet1990Blanc'?")


def test_only_given_files_are_reported(thesis: Path, capsys) -> None:
    assert main(["check", "chapters/ch2.md"]) == 1
    out = capsys.readouterr().out
    assert out and all(line.startswith("chapters/ch2.md:") for line in out.splitlines())


def test_fix_rewrites_then_is_a_no_op(thesis: Path, capsys) -> None:
    before = (thesis / "refs.bib").read_text(encoding="utf-8")
    assert main(["check", "--fix", "refs.bib"]) == 1
    err = capsys.readouterr().err
    assert "refs.bib: rewritten by --fix" in err
    after = (thesis / "refs.bib").read_text(encoding="utf-8")
    assert after != before
    assert "ids       = {HagenlohPolice}" in after
    assert main(["check", "--fix", "refs.bib"]) == 1  # findings it cannot fix remain
    assert "rewritten" not in capsys.readouterr().err
    assert (thesis / "refs.bib").read_text(encoding="utf-8") == after


@pytest.mark.parametrize("argv", [
    ["check", "-f", "xml"],
    ["check", "--config", "missing.toml"],
])
def test_usage_errors_exit_2(thesis: Path, argv: list[str]) -> None:
    try:
        status = main(argv)
    except SystemExit as exc:  # argparse
        status = int(exc.code or 0)
    assert status == 2


def test_bad_configuration_exits_2(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".citekit.toml").write_text("[check]\nnonsense = 1\n", encoding="utf-8")
    assert main(["check"]) == 2
    assert "unknown citekit check setting" in capsys.readouterr().err


def test_missing_file_is_a_finding_not_a_traceback(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["check", "nope.bib"]) == 1
    assert capsys.readouterr().out == "nope.bib: C100 no such file\n"


def test_cache_hits_and_content_hash_invalidation(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    bib = tmp_path / "refs.bib"
    bib.write_text(CLEAN, encoding="utf-8")
    (tmp_path / "a.tex").write_text("\\cite{ok2001}\n", encoding="utf-8")
    config = CheckConfig(root=tmp_path)
    cache = ParseCache(directory=tmp_path / "cache")
    assert check_paths(["refs.bib", "a.tex"], config, cache) == []
    assert cache.hits == 0
    warm = ParseCache(directory=tmp_path / "cache")
    assert check_paths(["refs.bib", "a.tex"], config, warm) == []
    assert warm.hits >= 3 and warm.misses == 0
    bib.write_text(CLEAN.replace("ok2001", "changed2001"), encoding="utf-8")
    after = ParseCache(directory=tmp_path / "cache")
    found = check_paths(["refs.bib", "a.tex"], config, after)
    assert [d.code for d in found] == ["C201"]
    assert after.misses >= 1


def test_csl_json_bibliography_and_other_json(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    items = [
        {"id": "ok2001", "type": "book", "title": "Fine", "author": [{"family": "Ok", "given": "Anna"}],
         "issued": {"date-parts": [[2001]]}},
        {"id": "ok2001", "type": "book", "title": "Twin", "issued": {"date-parts": [[2001]]}},
    ]
    (tmp_path / "refs.json").write_text(json.dumps(items, indent=1), encoding="utf-8")
    (tmp_path / "package.json").write_text('{"name": "not-a-bibliography"}', encoding="utf-8")
    (tmp_path / "a.md").write_text("See [@ok2001, 3] and [@ok2002].\n", encoding="utf-8")
    assert main(["check", "refs.json", "package.json", "a.md"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(" ")[1] for line in lines] == ["C201", "C102"]
    assert lines[0] == "a.md:1:24: C201 key 'ok2002' is not in the bibliography; did you mean 'ok2001'?"
    assert lines[1].startswith("refs.json:") and "duplicate id 'ok2001'" in lines[1]


def test_run_from_a_subdirectory_uses_the_repository_configuration(thesis: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(thesis / "chapters")
    assert main(["check", "ch2.md", "./ch2.md"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines and all(line.startswith("ch2.md:") for line in lines)
    assert "ch2.md:9:37: C201 key 'shaerer2003' is not in the bibliography; did you mean 'shearer2003'?" in lines
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert "../refs.bib:" in out and "ch1.tex:" in out


def test_hand_typed_results_survive_an_unrelated_new_entry(tmp_path: Path, monkeypatch) -> None:
    from citekit.check import manuscript_rules

    monkeypatch.chdir(tmp_path)
    bib = ("@book{hagenloh2009,\n  author = {Hagenloh, Paul},\n  title = {Stalin's Police},\n"
           "  date = {2009},\n}\n")
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    (tmp_path / "a.tex").write_text("x\\footnote{Hagenloh, Stalin's Police, p. 5.}\n", encoding="utf-8")
    calls: list[str] = []
    real = manuscript_rules.hand_typed
    monkeypatch.setattr(manuscript_rules, "hand_typed",
                        lambda scan, *a: calls.append(scan.path) or real(scan, *a))
    config = CheckConfig(root=tmp_path)
    cache_dir = tmp_path / "cache"
    first = check_paths([], config, ParseCache(directory=cache_dir))
    assert [d.code for d in first] == ["C202"] and calls == ["a.tex"]
    (tmp_path / "refs.bib").write_text(bib + CLEAN, encoding="utf-8")
    assert check_paths([], config, ParseCache(directory=cache_dir)) == first
    assert calls == ["a.tex"]  # reused: the new entry is not one the note could name
    (tmp_path / "refs.bib").write_text(bib.replace("Stalin's Police", "Another Title"), encoding="utf-8")
    assert check_paths([], config, ParseCache(directory=cache_dir)) == []
    assert calls == ["a.tex", "a.tex"]


def test_an_edit_elsewhere_in_a_chapter_plans_no_note_again(tmp_path: Path, monkeypatch) -> None:
    """The hand-typed rule remembers each note's plan by its text and the "ibid." state before it:
    a chapter edited elsewhere reuses them; a changed note, or one whose "ibid." now means
    another work, is planned again, and the findings are those of a fresh run."""
    from citekit.cite import NoteResolver

    monkeypatch.chdir(tmp_path)
    bib = ("@book{hagenloh2009,\n  author = {Hagenloh, Paul},\n  title = {Stalin's Police},\n"
           "  date = {2009},\n}\n@book{whitewood2015,\n  author = {Whitewood, Peter},\n"
           "  title = {The Red Army and the Great Terror},\n  date = {2015},\n}\n")
    (tmp_path / "refs.bib").write_text(bib, encoding="utf-8")
    chapter = ("x\\footnote{Hagenloh, Stalin's Police, p. 5.}\ny\\footnote{Ibid., p. 6.}\n"
               "z\\footnote{Whitewood, The Red Army and the Great Terror, p. 9.}\n")
    (tmp_path / "a.tex").write_text(chapter, encoding="utf-8")
    planned: list[str] = []
    real = NoteResolver.plan
    monkeypatch.setattr(NoteResolver, "plan", lambda self, text: planned.append(text) or real(self, text))
    config = CheckConfig(root=tmp_path)
    cache = tmp_path / "cache"
    first = check_paths([], config, ParseCache(directory=cache))
    assert [(d.code, d.line, "'hagenloh2009'" in d.message) for d in first] == [
        ("C202", 1, True), ("C202", 2, True), ("C202", 3, False)]
    assert len(planned) == 3
    (tmp_path / "a.tex").write_text("New opening line.\n" + chapter, encoding="utf-8")
    moved = check_paths([], config, ParseCache(directory=cache))
    assert len(planned) == 3  # nothing planned again
    assert [(d.line, d.message) for d in moved] == [(d.line + 1, d.message) for d in first]
    # the first note now cites Whitewood: the unchanged "Ibid." after it means another work
    edited = chapter.replace("Hagenloh, Stalin's Police, p. 5.", "Whitewood, The Red Army and the Great Terror, p. 5.")
    (tmp_path / "a.tex").write_text(edited, encoding="utf-8")
    again = check_paths([], config, ParseCache(directory=cache))
    # the changed note, the "Ibid." after it and the third note (the work an "ibid." would mean
    # before it changed too); the unchanged notes of a longer chapter before the edit are not
    assert len(planned) == 6
    assert again == check_paths([], config, ParseCache(enabled=False))
    assert ["'whitewood2015'" in d.message for d in again] == [True, True, True]


def test_ris_bibliography(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "refs.ris").write_text(
        "TY  - BOOK\nID  - smith2001\nAU  - Smith, Anna\nTI  - A Book\nPY  - 2001\nER  - \n\n"
        "TY  - JOUR\nAU  - Doe, J\nTI  - Broken\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("[@smith2001] [@nokey]\n", encoding="utf-8")
    assert main(["check", "refs.ris", "a.md"]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "a.md:1:16: C201 key 'nokey' is not in the bibliography"
    assert lines[1].startswith("refs.ris:") and " C101 " in lines[1]


def test_unknown_file_type_is_a_usage_error(tmp_path: Path, monkeypatch, capsys) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    assert main(["check", "notes.txt"]) == 2
    assert "not a bibliography or manuscript: notes.txt" in capsys.readouterr().err
