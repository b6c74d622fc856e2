"""One ok and one bad input per bibliography rule (C1xx), with exact places."""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.check.bib_rules import date_problem, fixed_date

OK_BOOK = "@book{ok2001,\n  author = {Ok, Anna},\n  title = {Fine},\n  date = {2001},\n}\n"

# (rule, bad .bib, expected "line:col: CODE" prefixes)
BAD = [
    ("C101", OK_BOOK + "@book{b,\n  title = {open,\n  date = {2001},\n\n" + OK_BOOK.replace("ok2001", "ok2"),
     ["6:1: C101"]),
    ("C102", OK_BOOK + OK_BOOK, ["6:7: C102"]),
    ("C104", "@article{a,\n  author = {A, B},\n  title = {T},\n  date = {2001},\n}\n",
     ["1:1: C104"]),
    ("C105", "@book{b,\n  author = {A, B},\n  title = {T},\n  year = {c. 1983},\n}\n",
     ["4:11: C105"]),
    ("C105", "@book{b,\n  author = {A, B},\n  title = {T},\n  date = {2001-13},\n}\n",
     ["4:11: C105"]),
    ("C106", "@book{b,\n  author = {A, B},\n  title = {Tom & Jerry, 100% #1},\n  date = {2001},\n}\n",
     ["3:16: C106", "3:28: C106", "3:30: C106"]),
    ("C107", "@book{b,\n  author = {A, B},\n  title = {T},\n  date = {2001},\n  mendeley-tags = {x},\n}\n",
     ["5:3: C107"]),
    ("C109", "@book{b,\n  author = {A, B},\n  title = {T},\n  date = {2001},\n  publisher = oup,\n}\n",
     ["5:15: C109"]),
    ("C110", "@incollection{b,\n  author = {A, B},\n  title = {T},\n  crossref = {gone},\n}\n",
     ["4:15: C110"]),
    ("C111", "@webpage{b,\n  title = {T},\n  date = {2001},\n}\n", ["1:1: C111"]),
    ("C112", "@article{b,\n  author = {A, B},\n  title = {T},\n  journaltitle = {J},\n"
             "  date = {2001},\n  pages = {12-15},\n}\n", ["6:12: C112"]),
]


@pytest.mark.parametrize(("rule", "text", "expected"), BAD, ids=[b[0] for b in BAD])
def test_bad_bibliography_gives_the_rule_at_its_place(check_files, rule, text, expected) -> None:
    found = [d for d in check_files({"refs.bib": text}) if d.code == rule]
    assert [d.format().removeprefix("refs.bib:").split(" ", 2)[0] + " " + d.code for d in found] == [
        e.split(" ")[0] + " " + rule for e in expected
    ]


OK = [
    ("C101/C102/C104/C105", OK_BOOK),
    ("escaped specials", "@book{b,\n  author = {A, B},\n  title = {Tom \\& Jerry, 100\\% \\#1},\n"
                         "  date = {2001},\n  url = {http://x.org/a&b%20#c},\n}\n"),
    ("strings, crossref, aliases",
     "@string{oup = {Oxford UP}}\n@collection{parent,\n  editor = {E, F},\n  title = {P},\n  date = {2001},\n}\n"
     "@book{child,\n  author = {A, B},\n  title = {C},\n  date = {2001},\n  crossref = {parent},\n"
     "  publisher = oup,\n  month = jan,\n}\n"),
    ("BibTeX types and fields", "@phdthesis{t,\n  author = {A, B},\n  title = {T},\n  school = {S},\n"
                                "  year = {2001},\n  address = {Paris},\n}\n"),
    ("EDTF dates", "@book{b,\n  author = {A, B},\n  title = {T},\n  date = {1983~/1985-04},\n"
                   "  urldate = {2020-01-31},\n}\n"),
    ("page ranges", "@article{b,\n  author = {A, B},\n  title = {T},\n  journaltitle = {J},\n"
                    "  date = {2001},\n  pages = {12--15, 17},\n}\n"),
]


@pytest.mark.parametrize(("name", "text"), OK, ids=[o[0] for o in OK])
def test_good_bibliography_is_clean(check_files, name, text) -> None:
    assert check_files({"refs.bib": text}) == []


def test_c102_across_two_files(check_files) -> None:
    found = check_files({"a.bib": OK_BOOK, "b.bib": OK_BOOK})
    assert [d.format() for d in found] == [
        "b.bib:1:7: C102 duplicate key 'ok2001' (also defined in a.bib:1)"
    ]


def test_c103_same_work_under_two_keys(check_files) -> None:
    text = (
        "@book{hagenloh2009,\n  author = {Hagenloh, Paul},\n"
        "  title = {Stalin's Police: Public Order and Mass Repression in the USSR, 1926--1941},\n"
        "  date = {2009},\n}\n"
        "@book{HagenlohPolice,\n  author = {Paul Hagenloh},\n"
        "  title = {Stalin's police: public order and mass repression in the {USSR}},\n"
        "  year = 2009,\n}\n"
    )
    found = check_files({"refs.bib": text})
    assert [(d.code, d.line, d.col) for d in found] == [("C103", 6, 7)]
    assert "'HagenlohPolice' looks like the same work as 'hagenloh2009'" in found[0].message


def test_c103_two_works_of_one_author_are_not_flagged(check_files) -> None:
    text = OK_BOOK + OK_BOOK.replace("ok2001", "ok2001b").replace("Fine", "Another Subject Entirely")
    assert check_files({"refs.bib": text}) == []


def test_c108_legacy_encoding(check_files, tmp_path: Path) -> None:
    (tmp_path / "old.bib").write_bytes(
        "@book{b,\n  author = {Müller, Anna},\n  title = {Über},\n  date = {2001},\n}\n".encode("cp1252")
    )
    found = check_files({}, paths=["old.bib"])
    assert [(d.code, d.line) for d in found] == [("C108", 2)]


def test_ignore_directive_before_an_entry_exempts_the_whole_entry(check_files) -> None:
    text = "% citekit: ignore C106 C107\n@book{b,\n  author = {A, B},\n  title = {Tom & Jerry},\n" \
           "  date = {2001},\n  mendeley-tags = {x},\n}\n"
    assert check_files({"refs.bib": text}) == []


DATES = [
    ("date", "2001", None),
    ("date", "2001-02-29", None),
    ("date", "1983~", None),
    ("date", "1983/1985", None),
    ("date", "1983/..", None),
    ("date", "c. 1983", "invalid date 'c. 1983' (write '1983~')"),
    ("date", "Spring 1983", "invalid date 'Spring 1983' (biblatex wants ISO 8601 / EDTF)"),
    ("year", "1983", None),
    ("year", "[1983]", "invalid year '[1983]' (write date = {1983})"),
    ("month", "jan", None),
    ("month", "13", "invalid month '13' (1-12 or jan-dec)"),
]


@pytest.mark.parametrize(("name", "value", "problem"), DATES)
def test_date_problem(name: str, value: str, problem: str | None) -> None:
    assert date_problem(name, value) == problem


@pytest.mark.parametrize(("value", "fixed"), [
    ("c. 1983", "1983~"), ("ca 1983", "1983~"), ("circa 1983", "1983~"), ("1983?", "1983?"),
    ("[1983]", "1983"), ("[1983?]", "1983?"), ("1983-84", "1983/1984"), ("1983--1985", "1983/1985"),
    ("1983.5.2", "1983-05-02"), ("1985-83", None), ("Spring 1983", None),
])
def test_fixed_date(value: str, fixed: str | None) -> None:
    assert fixed_date(value) == fixed


def test_incremental_analysis_equals_a_fresh_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """After an edit, unchanged entries are reused, and the result is as if read afresh."""
    from citekit.check import bib_rules
    from citekit.check.bib_rules import analyse_bibtex

    first = OK_BOOK + "@book{b,\n  title = {Tom & Jerry},\n  date = {c. 1983},\n}\n"
    second = "% a new comment line moves everything\n" + first.replace("Tom &", "Tom and") + \
        "@misc{new,\n  title = {New},\n  date = {2020},\n}\n"
    before = analyse_bibtex("r.bib", first)
    read_sizes: list[int] = []
    real_read = bib_rules.read_csl_entries
    monkeypatch.setattr(bib_rules, "read_csl_entries",
                        lambda path, text: read_sizes.append(text.count("@")) or real_read(path, text))
    incremental = analyse_bibtex("r.bib", second, previous=before)
    assert read_sizes == [2]  # only the changed and the new entry were read again
    fresh = analyse_bibtex("r.bib", second)
    assert [d.format() for d in incremental.findings] == [d.format() for d in fresh.findings]
    assert incremental.entries == fresh.entries
    assert [d.format() for d in fresh.findings] == [
        "r.bib:7:1: C104 @book{b} lacks required field(s): author",
        "r.bib:9:11: C105 invalid date 'c. 1983' (write '1983~') in date of 'b'",
    ]


def test_pair_memory_matches_only_changed_entries_and_agrees_with_a_fresh_run() -> None:
    from citekit.check.bib_rules import PairMemory, same_work_pairs

    def book(key: str, title: str, year: int = 2009) -> dict:
        return {"id": key, "type": "book", "author": [{"family": "Hagenloh", "given": "Paul"}],
                "title": title, "issued": {"date-parts": [[year]]}}

    police = "Stalin's Police: Public Order and Mass Repression in the USSR"
    entries = [book("a", police), book("b", police.lower()), book("c", "Another Subject Entirely")]
    memory = PairMemory()
    assert [p[:2] for p in same_work_pairs(entries, ["ha", "hb", "hc"], memory)] == [("a", "b")]
    edited = [*entries[:2], book("c", police), book("d", "Yet Another Book", 2015)]
    incremental = same_work_pairs(edited, ["ha", "hb", "hc2", "hd"], memory)
    fresh = same_work_pairs(edited)
    assert sorted(p[:2] for p in incremental) == sorted(p[:2] for p in fresh) == [
        ("a", "b"), ("a", "c"), ("b", "c")]


def test_pair_memory_reduces_only_changed_entries_and_their_candidates(monkeypatch) -> None:
    """Unchanged entries are reduced to profiles only when a changed entry may be the same
    work, even when they move or repeat; the pairs agree with a fresh run."""
    import citekit.matching.evidence as evidence
    from citekit.check.bib_rules import PairMemory, same_work_pairs

    def book(key: str, title: str, family: str = "Whitewood", year: int = 2015) -> dict:
        return {"id": key, "type": "book", "author": [{"family": family, "given": "Peter"}],
                "title": title, "issued": {"date-parts": [[year]]}}

    army = "The Red Army and the Great Terror"
    entries = [book("a", army), book("b", "Stalin's Police", "Hagenloh", 2009),
               book("c", "Military Purges", "Harris", 2013)]
    memory = PairMemory()
    assert same_work_pairs(entries, ["ha", "hb", "hc"], memory) == []
    reduced: list[str] = []
    real = evidence.profile

    def counting(entry: dict, index: int = 0) -> evidence.Profile:
        reduced.append(str(entry["id"]))
        return real(entry, index)

    import citekit.matching as matching

    monkeypatch.setattr(evidence, "profile", counting)
    monkeypatch.setattr(matching, "profile", counting)
    edited = [book("d", army.upper()), entries[2], entries[0], entries[1], entries[1]]
    hashes = ["hd", "hc", "ha", "hb", "hb"]
    incremental = same_work_pairs(edited, hashes, memory)
    assert reduced == ["d", "a"]  # the new entry and its one candidate, nothing else
    monkeypatch.setattr(evidence, "profile", real)
    monkeypatch.setattr(matching, "profile", real)
    assert sorted(p[:2] for p in incremental) == sorted(p[:2] for p in same_work_pairs(edited)) == [("d", "a")]


def test_macros_defined_in_another_bibliography(check_files) -> None:
    book = "@book{b,\n  author = {A, B},\n  title = {T},\n  date = {2001},\n  publisher = oup,\n}\n"
    assert check_files({"strings.bib": "@string{oup = {Oxford UP}}\n", "refs.bib": book}) == []
    found = check_files({"refs.bib": book}, paths=["refs.bib"])
    assert [(d.code, d.line, d.col) for d in found] == [("C109", 5, 15)]


def test_outside_model_is_reported_once_per_field(check_files) -> None:
    entry = "@book{k{n},\n  author = {A, B},\n  title = {Title {n}},\n  date = {200{n}},\n  bibsource = {x},\n}\n"
    found = check_files({"refs.bib": "".join(entry.replace("{n}", str(n)) for n in range(3))})
    assert [d.format() for d in found] == [
        "refs.bib:5:3: C107 field 'bibsource' is outside the biblatex data model for @book "
        "(styles ignore it); also in 2 more entries"]


def test_related_entries_are_not_the_same_work(check_files) -> None:
    title = "Stalin's Police: Public Order and Mass Repression in the USSR"
    text = (f"@book{{orig,\n  author = {{Hagenloh, Paul}},\n  title = {{{title}}},\n  date = {{2009}},\n}}\n"
            f"@book{{transl,\n  author = {{Hagenloh, Paul}},\n  title = {{{title}}},\n  date = {{2009}},\n"
            "  related = {orig},\n  relatedtype = {translationof},\n}\n")
    assert check_files({"refs.bib": text}) == []
    from citekit.check.config import CheckConfig
    from citekit.check.fix import fix_text
    assert "@book{transl," in fix_text(text, CheckConfig(cache=False))


def test_set_needs_only_its_members(check_files) -> None:
    assert check_files({"refs.bib": "@set{s,\n  entryset = {a,b},\n}\n"}) == []
    found = check_files({"refs.bib": "@set{s,\n}\n"})
    assert [d.message for d in found] == ["@set{s} lacks required field(s): entryset"]
