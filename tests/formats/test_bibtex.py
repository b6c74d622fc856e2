"""BibTeX/biblatex reading and writing: field tables, names, LaTeX text, golden files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from citekit.formats import bibtex, bibtex_fields
from citekit.formats.biblatex_model import allowed, missing
from citekit.formats.bibnames import format_names, parse_names
from citekit.formats.latex_text import decode, encode, strip_markup

GOLDEN = Path(__file__).parent / "golden" / "bibtex"
UPDATE = os.environ.get("CITEKIT_UPDATE_GOLDEN") == "1"


# --- LaTeX text ---------------------------------------------------------------------------

@pytest.mark.parametrize(("latex", "text", "lossy"), [
    ("plain words", "plain words", False),
    (r"{\'E}mile Zola", "Émile Zola", False),
    (r"\'{e}t\'{e}", "été", False),
    (r"Fran\c cois", "François", False),
    (r"Stra\ss e", "Straße", False),
    (r"\v{S}koda", "Škoda", False),
    (r"G{\"o}del", "Gödel", False),
    (r"\'{\i}", "í", False),
    (r"Smith \& Co., 50\%", "Smith & Co., 50%", False),
    ("1926--1941 --- a ``quote''", "1926–1941 — a “quote”", False),
    (r"A \emph{Hamlet} study", "A <i>Hamlet</i> study", False),
    (r"{\em Hamlet}", "<i>Hamlet</i>", False),
    (r"\textsc{Ussr}", '<span style="font-variant:small-caps;">Ussr</span>', False),
    ("the {USSR}", "the USSR", True),
    (r"\foo{bar}", "bar", True),
    ("D.~E.", "D. E.", True),
    ("line\n    wrapped", "line wrapped", False),
], ids=lambda v: v if isinstance(v, str) else None)
def test_decode(latex: str, text: str, lossy: bool) -> None:
    assert decode(latex) == (text, lossy)


@pytest.mark.parametrize(("text", "kwargs", "latex"), [
    ("Smith & Co. 50% $5 #1 a_b {x} ~ ^ \\", {},
     r"Smith \& Co. 50\% \$5 \#1 a\_b \{x\} \textasciitilde{} \textasciicircum{} \textbackslash{}"),
    ("Émile été", {"ascii_accents": True}, r"{\'E}mile {\'e}t{\'e}"),
    ("Émile", {}, "Émile"),
    ("Straße Łódź", {"ascii_accents": True}, r"Stra{\ss}e {\L}{\'o}d{\'z}"),
    ("1926–1941", {}, "1926--1941"),
    ("Police in the USSR", {"protect_case": True}, "Police in the {USSR}"),
    ("A <i>Hamlet</i> study", {}, r"A \emph{Hamlet} study"),
])
def test_encode(text: str, kwargs: dict[str, bool], latex: str) -> None:
    assert encode(text, **kwargs) == latex


def test_encode_then_decode_is_identity_on_specials() -> None:
    text = "Smith & Co. — 50% of $5 #1 a_b {x} ~ ^ \\ “q” Émile"
    assert decode(encode(text))[0] == text
    assert decode(encode(text, ascii_accents=True))[0] == text


def test_strip_markup() -> None:
    assert strip_markup("A <i>Hamlet</i> study") == "A Hamlet study"


# --- names -----------------------------------------------------------------------------

@pytest.mark.parametrize(("latex", "names", "others"), [
    ("von Ranke, Leopold", [{"family": "Ranke", "given": "Leopold",
                             "non-dropping-particle": "von"}], False),
    ("Leopold von Ranke", [{"family": "Ranke", "given": "Leopold",
                            "non-dropping-particle": "von"}], False),
    ("Michel de Certeau", [{"family": "Certeau", "given": "Michel",
                            "non-dropping-particle": "de"}], False),
    ("{World Health Organization}", [{"literal": "World Health Organization"}], False),
    ("{Barnes and Noble}", [{"literal": "Barnes and Noble"}], False),
    ("King, Jr., Martin Luther", [{"family": "King", "given": "Martin Luther",
                                   "suffix": "Jr."}], False),
    ("Hagenloh, Paul and others", [{"family": "Hagenloh", "given": "Paul"}], True),
    (r"{\'E}mile Zola", [{"family": "Zola", "given": "Émile"}], False),
    ("{Lloyd George}, David", [{"family": "Lloyd George", "given": "David"}], False),
    ("Plato", [{"family": "Plato"}], False),
    ("Smith, John and Doe, Jane", [{"family": "Smith", "given": "John"},
                                   {"family": "Doe", "given": "Jane"}], False),
])
def test_parse_names(latex: str, names: list[dict[str, str]], others: bool) -> None:
    assert parse_names(latex) == (names, others)


@pytest.mark.parametrize(("names", "others", "latex"), [
    ([{"family": "Ranke", "given": "Leopold", "non-dropping-particle": "von"}], False,
     "von Ranke, Leopold"),
    ([{"literal": "World Health Organization"}, {"family": "Doe", "given": "J."}], True,
     "{World Health Organization} and Doe, J. and others"),
    ([{"family": "King", "given": "Martin Luther", "suffix": "Jr."}], False,
     "King, Jr., Martin Luther"),
    ([{"family": "da Silva", "given": "Ana"}], False, "{da Silva}, Ana"),
])
def test_format_names(names: list[dict[str, str]], others: bool, latex: str) -> None:
    assert format_names(names, others=others) == latex
    assert parse_names(latex) == (names, others)


def test_corporate_name_is_not_double_braced_in_output() -> None:
    entry = {"id": "who2020", "type": "report", "title": "Report",
             "author": [{"literal": "World Health Organization"}]}
    out = bibtex.write([entry], dialect="biblatex")
    assert "author = {{World Health Organization}}" in out
    assert "{{{" not in out


# --- field table -------------------------------------------------------------------------

@pytest.mark.parametrize(("source", "expected"), [
    ("@article{k, journaltitle = {Past \\& Present}}", {"container-title": "Past & Present"}),
    ("@article{k, journal = {Past and Present}, number = {5}}",
     {"container-title": "Past and Present", "issue": "5"}),
    ("@article{k, shortjournal = {P\\&P}}",
     {"journalAbbreviation": "P&P", "container-title-short": "P&P"}),
    ("@book{k, location = {Paris}}", {"publisher-place": "Paris"}),
    ("@book{k, address = {Paris}}", {"publisher-place": "Paris"}),
    ("@book{k, series = {Studies}, number = {12}}",
     {"collection-title": "Studies", "collection-number": "12"}),
    ("@techreport{k, institution = {RAND}, number = {R-1}}",
     {"publisher": "RAND", "number": "R-1", "genre": "Technical report"}),
    ("@phdthesis{k, school = {Boston University}}",
     {"publisher": "Boston University", "genre": "PhD thesis"}),
    ("@thesis{k, type = {mathesis}, institution = {Oxford}}",
     {"genre": "Master's thesis", "publisher": "Oxford"}),
    ("@book{k, langid = {russian}}", {"language": "ru"}),
    ("@book{k, note = {Typescript}}", {"note": "Typescript"}),
    ("@book{k, chapter = {3}}", {"chapter-number": "3"}),
    ("@book{k, pages = {3--7}}", {"page": "3-7"}),
    ("@book{k, year = {2009}, month = jan}", {"issued": {"date-parts": [[2009, 1]]}}),
    ("@book{k, year = {2009}, month = {March}, day = {4}}",
     {"issued": {"date-parts": [[2009, 3, 4]]}}),
    ("@book{k, date = {1926/1941}}", {"issued": {"date-parts": [[1926], [1941]]}}),
    ("@book{k, date = {1950~}}", {"issued": {"date-parts": [[1950]], "circa": True}}),
    ("@book{k, year = {c. 1950}}", {"issued": {"literal": "c. 1950"}}),
    ("@online{k, url = {http://x.org/a_b}, urldate = {2020-01-02}}",
     {"URL": "http://x.org/a_b", "accessed": {"date-parts": [[2020, 1, 2]]}}),
    ("@book{k, doi = {10.1000/a_b}}", {"DOI": "10.1000/a_b"}),
    ("@incollection{k, booktitle = {The Book}, bookauthor = {Doe, J.}}",
     {"container-title": "The Book", "container-author": [{"family": "Doe", "given": "J."}]}),
])
def test_read_field_table(source: str, expected: dict[str, object]) -> None:
    result = bibtex.read(source)
    assert not [d for d in result.diagnostics if d.severity != "info"]
    entry = result.entries[0]
    for key, value in expected.items():
        assert entry[key] == value, key


@pytest.mark.parametrize(("bib_type", "csl_type"), [
    ("article", "article-journal"), ("book", "book"), ("collection", "book"),
    ("incollection", "chapter"), ("inproceedings", "paper-conference"),
    ("phdthesis", "thesis"), ("techreport", "report"), ("unpublished", "manuscript"),
    ("online", "webpage"), ("misc", "document"), ("booklet", "pamphlet"),
    ("inreference", "entry-encyclopedia"), ("whatever", "document"),
])
def test_read_types(bib_type: str, csl_type: str) -> None:
    entry = bibtex.read(f"@{bib_type}{{k, title = {{T}}}}").entries[0]
    assert entry["type"] == csl_type


@pytest.mark.parametrize(("entry", "dialect", "bib_type"), [
    ({"type": "book", "editor": [{"family": "E"}]}, "biblatex", "collection"),
    ({"type": "book", "editor": [{"family": "E"}]}, "bibtex", "book"),
    ({"type": "book", "author": [{"family": "A"}], "editor": [{"family": "E"}]}, "biblatex",
     "book"),
    ({"type": "webpage"}, "biblatex", "online"),
    ({"type": "webpage"}, "bibtex", "misc"),
    ({"type": "thesis", "genre": "MA thesis"}, "bibtex", "mastersthesis"),
    ({"type": "thesis"}, "bibtex", "phdthesis"),
    ({"type": "report"}, "bibtex", "techreport"),
    ({"type": "chapter", "container-author": [{"family": "A"}]}, "biblatex", "inbook"),
    ({"type": "chapter"}, "bibtex", "incollection"),
    ({"type": "legal_case"}, "biblatex", "misc"),
])
def test_write_types(entry: dict[str, object], dialect: str, bib_type: str) -> None:
    assert bibtex_fields.write_type(entry, dialect)[0] == bib_type


def test_classic_fallbacks() -> None:
    entry = {"id": "k", "type": "article-journal", "title": "T", "container-title": "J",
             "publisher-place": "Paris", "issued": {"date-parts": [[2009, 5]]},
             "language": "fr", "URL": "http://x.org"}
    classic = bibtex.write([entry], dialect="bibtex")
    assert "journal = {J}" in classic and "month = may," in classic
    assert "address = {Paris}" in classic and "year = {2009}" in classic
    modern = bibtex.write([entry], dialect="biblatex")
    assert "journaltitle = {J}" in modern and "date = {2009-05}" in modern
    assert "langid = {french}" in modern and "location =" not in modern  # not in @article
    assert "addendum = {Location: Paris}" in modern


def test_webpage_in_classic_bibtex_uses_howpublished() -> None:
    entry = {"id": "w", "type": "webpage", "title": "Site", "URL": "http://x.org/a"}
    out = bibtex.write([entry], dialect="bibtex")
    assert "@misc{w," in out and "howpublished = {\\url{http://x.org/a}}" in out
    assert bibtex.read(out).entries[0]["type"] == "webpage"


def test_biblatex_writer_stays_inside_the_data_model() -> None:
    source = (GOLDEN / "humanities.bib").read_text(encoding="utf-8")
    entries = bibtex.read(source).entries
    entries.append({"id": "arch", "type": "manuscript", "title": "Letter to Stalin",
                    "author": [{"family": "Ezhov", "given": "N."}], "archive": "RGASPI",
                    "archive_location": "f. 17, op. 3", "issued": {"date-parts": [[1937]]}})
    out = bibtex.write(entries, dialect="biblatex")
    library = bibtex.Splitter(out).split()
    for block in library.entries:
        for field in block.fields:
            assert allowed(block.entry_type, field.key), (block.key, field.key)
    assert "Archive: RGASPI" in out and "Archival location: f. 17, op. 3" in out


def test_biblatex_model_tables() -> None:
    assert allowed("book", "date") and allowed("article", "langid")
    assert not allowed("book", "journaltitle")
    assert missing("incollection", ["author", "title", "date"]) == [("editor",), ("booktitle",)]
    assert missing("book", ["title", "year", "editor"], dialect="bibtex") == [("publisher",)]


# --- macros, crossref, xdata -----------------------------------------------------------------

def test_string_macros_months_and_concatenation() -> None:
    source = ('@string{pub = "Johns Hopkins"}\n@string{full = pub # " University Press"}\n'
              '@book{k, publisher = full, address = "Baltimore" # {, MD}, year = 2009, '
              'month = feb}')
    entry = bibtex.read(source).entries[0]
    assert entry["publisher"] == "Johns Hopkins University Press"
    assert entry["publisher-place"] == "Baltimore, MD"
    assert entry["issued"] == {"date-parts": [[2009, 2]]}


def test_undefined_macro_is_reported_and_kept() -> None:
    result = bibtex.read("@book{k, publisher = nopub, title = {T}}", path="x.bib")
    assert result.entries[0]["publisher"] == "nopub"
    assert [d.code for d in result.diagnostics] == ["F034"]


def test_crossref_inherits_with_biblatex_rules_and_keeps_the_link() -> None:
    source = ("@incollection{child, author = {A, B}, title = {Chapter}, crossref = {parent}}\n"
              "@collection{parent, editor = {E, F}, title = {Book}, publisher = {P}, "
              "date = {2000}}")
    child = bibtex.read(source).entries[0]
    assert child["container-title"] == "Book" and child["title"] == "Chapter"
    assert child["editor"] == [{"family": "E", "given": "F"}]
    assert child["issued"] == {"date-parts": [[2000]]}
    assert child["custom"]["bibtex"]["fields"]["crossref"] == "parent"
    out = bibtex.write(bibtex.read(source).entries, dialect="biblatex")
    child_text = out.split("@collection")[0]
    assert "crossref = {parent}" in child_text and "booktitle" not in child_text


def test_missing_crossref_parent_is_reported() -> None:
    result = bibtex.read("@incollection{c, title = {T}, crossref = {nowhere}}", path="x.bib")
    assert [d.code for d in result.diagnostics] == ["F033"]


def test_xdata_is_folded_in() -> None:
    source = ("@xdata{pub, publisher = {Gallimard}, location = {Paris}}\n"
              "@book{k, title = {T}, xdata = {pub}}")
    result = bibtex.read(source)
    assert [e["id"] for e in result.entries] == ["k"]
    assert result.entries[0]["publisher"] == "Gallimard"
    assert "F035" in [d.code for d in result.diagnostics]


def test_ids_and_citation_key() -> None:
    entry = bibtex.read("@book{main, title = {T}, ids = {alias1, alias2}}").entries[0]
    assert entry["id"] == entry["citation-key"] == "main"
    assert entry["custom"]["ids"] == ["alias1", "alias2"]
    assert "ids = {alias1,alias2}" in bibtex.write([entry], dialect="biblatex")


# --- bad input --------------------------------------------------------------------------------

def test_malformed_entry_in_the_middle() -> None:
    source = (GOLDEN / "humanities.bib").read_text(encoding="utf-8")
    result = bibtex.read(source, path="humanities.bib")
    errors = [d for d in result.diagnostics if d.code == "F030"]
    assert len(errors) == 1
    diag = errors[0]
    assert diag.path == "humanities.bib" and diag.line == 34 and diag.severity == "error"
    assert diag.raw is not None and diag.raw.startswith("@article{broken,")
    assert [e["id"] for e in result.entries] == [
        "hagenloh2009", "certeau1980", "practice1980", "zola1898", "king1955", "archive2020"]
    assert result.positions["zola1898"] == 38
    out = bibtex.write(result.entries, failed=errors)
    assert "% ＠article{broken," in out and "%   title = {Unclosed" in out
    assert bibtex.read(out).diagnostics == []  # the comment does not break the file


def test_duplicates_keep_their_text() -> None:
    result = bibtex.read("@book{a, title = {One}}\n@book{a, title = {Two}}\n"
                         "@book{b, title = {X}, title = {Y}}")
    codes = [d.code for d in result.diagnostics]
    assert codes == ["F031", "F032"]
    assert all(d.raw for d in result.diagnostics)
    assert [e["title"] for e in result.entries] == ["One", "X"]


def test_preamble_is_put_back() -> None:
    source = '@preamble{"\\newcommand{\\noop}[1]{}"}\n@book{k, title = {T}}'
    result = bibtex.read(source)
    out = bibtex.write(result.entries, failed=[d for d in result.diagnostics if d.raw])
    assert out.startswith('@preamble{"\\newcommand{\\noop}[1]{}"}')


@pytest.mark.parametrize("text", [
    "", "@", "@book{", "@book{k,", "@book{k, title = {", "}}}}", "@string{x = }",
    "@book{k, title = {a} # }", "@comment{", "\x00\x01", "@book(k, title = {T})",
])
def test_reader_never_raises(text: str) -> None:
    bibtex.read(text)


# --- golden files ------------------------------------------------------------------------------

def _golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if UPDATE or not path.exists():
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


def test_golden_humanities() -> None:
    source = (GOLDEN / "humanities.bib").read_text(encoding="utf-8")
    result = bibtex.read(source, path="humanities.bib")
    failed = [d for d in result.diagnostics if d.raw]
    _golden("humanities.csl.json", json.dumps(result.entries, ensure_ascii=False, indent=2) + "\n")
    _golden("humanities.out.bib", bibtex.write(result.entries, failed=failed))
    _golden("humanities.out.biblatex.bib",
            bibtex.write(result.entries, failed=failed, dialect="biblatex"))


@pytest.mark.parametrize("dialect", ["bibtex", "biblatex"])
def test_round_trip_keeps_every_field(dialect: str) -> None:
    source = (GOLDEN / "humanities.bib").read_text(encoding="utf-8")
    first = bibtex.read(source).entries
    again = bibtex.read(bibtex.write(first, dialect=dialect)).entries
    assert again == first


def test_round_trip_is_byte_stable() -> None:
    source = (GOLDEN / "humanities.bib").read_text(encoding="utf-8")
    once = bibtex.write(bibtex.read(source).entries)
    assert bibtex.write(bibtex.read(once).entries) == once


def test_unknown_fields_survive_biblatex_output() -> None:
    entry = bibtex.read("@book{k, title = {T}, mrnumber = {123}, timestamp = {x}}").entries[0]
    out = bibtex.write([entry], dialect="biblatex")
    assert "mrnumber" not in out.split("@comment")[0]
    assert bibtex.read(out).entries == [entry]


# --- legacy encodings through the CLI ---------------------------------------------------------

def test_convert_latin1_file(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "citekit", "convert", str(GOLDEN / "latin1.bib"), "-t", "csl-json"],
        capture_output=True, text=True, check=False,
    )
    assert proc.returncode == 1, proc.stderr  # F002: not UTF-8 is a data problem
    assert "F002" in proc.stderr and "latin1.bib:2" in proc.stderr
    entry = json.loads(proc.stdout)[0]
    assert entry["author"] == [{"family": "Müller", "given": "Jürgen"}]
    assert entry["title"] == "Études à Zürich"


def test_macroman_text_reads_cleanly() -> None:
    text = (GOLDEN / "macroman.bib").read_bytes().decode("mac_roman")
    entry = bibtex.read(text).entries[0]
    assert entry["title"] == "Études à Zürich"


def test_addendum_labels_are_words() -> None:
    """A CSL variable with no biblatex field goes to ``addendum`` under a label of words: its own name's
    "_" would stop pdflatex ("Missing $ inserted")."""
    out = bibtex.write([{"id": "a", "type": "manuscript", "title": "Konsul in Tunis an Sartine",
                         "archive": "AN", "archive_collection": "Affaires étrangères, BI",
                         "archive_location": "1146", "custom_thing": "x"}], dialect="biblatex")
    assert "Archival collection: Affaires étrangères, BI" in out
    addendum = next(line for line in out.splitlines() if "addendum" in line)
    assert "_" not in addendum, addendum


@pytest.mark.parametrize(("names", "latex"), [
    ([{"family": "Ṭabarī", "non-dropping-particle": "al-"}], "al-Ṭabarī"),
    ([{"family": "Alembert", "given": "Jean", "non-dropping-particle": "d'"}], "d'Alembert, Jean"),
])
def test_particle_ending_in_a_hyphen_or_apostrophe_is_joined(names: list[dict[str, str]], latex: str) -> None:
    """Written onto the family name, as BibTeX users write it (read back, it is one family name:
    BibTeX has no particle of its own there)."""
    assert format_names(names) == latex
    assert parse_names(latex)[0][0]["family"] == latex.split(",")[0]


_VOLUME_BOOK = {"id": "barth1948", "type": "book", "author": [{"family": "Barth", "given": "Karl"}],
                "title": "Die Kirchliche Dogmatik", "volume": "III/2", "volume-title": "Die Lehre von der Schöpfung",
                "issued": {"date-parts": [[1948]]}}
_VOLUME_CHAPTER = {"id": "wieacker1985", "type": "chapter", "author": [{"family": "Wieacker", "given": "Franz"}],
                   "title": "Das Gemeine Recht", "container-title": "Europäisches Privatrecht",
                   "volume-title": "Älteres Gemeines Recht", "volume": "I", "page": "10-20"}


@pytest.mark.parametrize(("entry", "fields"), [
    (_VOLUME_BOOK, {"maintitle": "Die Kirchliche Dogmatik", "title": "Die Lehre von der Schöpfung"}),
    (_VOLUME_CHAPTER, {"maintitle": "Europäisches Privatrecht", "booktitle": "Älteres Gemeines Recht",
                       "title": "Das Gemeine Recht"}),
])
def test_volume_title_is_biblatex_title_under_maintitle(entry: dict[str, object], fields: dict[str, str]) -> None:
    """A volume of a multi-volume work: the work is ``maintitle``, the volume's own title the ``title`` (a
    chapter's ``booktitle``), as biblatex's styles print "Title, vol. III/2 of Work"; read back, the same item."""
    out = bibtex.write([entry], dialect="biblatex")
    for name, value in fields.items():
        assert f"  {name} = {{{value}}}," in out, out
    assert "addendum" not in out
    back = bibtex.read(out).entries[0]
    assert {k: back.get(k) for k in entry if k != "id"} == {k: v for k, v in entry.items() if k != "id"}
    assert "custom" not in back  # (no maintitle left over as a kept field)


def test_maintitle_without_a_volume_title_to_move_stays_a_kept_field() -> None:
    """``maintitle`` inherited from an @mvbook parent is the parent's business; an entry with a
    ``maintitle`` and no title of its own keeps it as it was."""
    source = "@book{a, maintitle = {Werke}, volume = {3}, date = {1970}}"
    entry = bibtex.read(source).entries[0]
    assert "volume-title" not in entry and entry["custom"]["bibtex"]["fields"]["maintitle"] == "Werke"
    assert "maintitle = {Werke}" in bibtex.write([entry], dialect="biblatex")
    parent = ("@mvbook{works, author = {Hegel, G. W. F.}, title = {Werke in zwanzig Bänden}, date = {1970}}\n"
              "@book{vol3, title = {Phänomenologie des Geistes}, volume = {3}, crossref = {works}}")
    child = next(e for e in bibtex.read(parent).entries if e["id"] == "vol3")
    assert child["title"] == "Phänomenologie des Geistes"


@pytest.mark.parametrize(("bib_type", "fields", "added"), [
    # a manuscript: the classic styles print none of the archival fields, so the note says where it is
    ("unpublished", {"archive": "Stadtarchiv N{\\\"u}rnberg", "archive_location": "B. 11"},
     {"note": "Stadtarchiv N{\\\"u}rnberg, B. 11", "key": "Stadtarchiv N{\\\"u}rnberg"}),
    ("unpublished", {"title": "Letter", "archive": "AGI", "archive_collection": "M{\\'e}xico",
                     "archive_location": "leg. 2234"},
     {"note": "AGI, M{\\'e}xico, leg. 2234", "key": "Letter"}),
    # the user's own note stays as it is (and the archive is still in its own fields)
    ("unpublished", {"author": "Smith, J.", "title": "Diary", "note": "Copy", "archive": "TNA"}, {}),
    # no author: sorted by the title ("to sort, need author or key")
    ("book", {"title": "Annales Regni Francorum", "year": "1895"}, {"key": "Annales Regni Francorum"}),
    # a book or a chapter sorts by its editor when it has no author; a misc does not
    ("book", {"editor": "Kurze, F.", "title": "Annales"}, {}),
    ("misc", {"editor": "Kurze, F.", "title": "Annales"}, {"key": "Annales"}),
    ("proceedings", {"organization": "IEEE", "title": "Proceedings"}, {}),
    ("article", {"author": "Morris, J.", "title": "The Polish Terror", "journal": "Europe-Asia Studies"}, {}),
    ("article", {"title": "Editorial", "journal": "Past {\\&} Present"}, {"key": "Editorial"}),
    # a user's own key is never replaced
    ("misc", {"title": "Annales", "key": "Ann"}, {}),
    # nothing to sort by: no key
    ("misc", {"year": "1900"}, {}),
    # a case cited by its report alone: plain prints no misc's container, so the note gives the report
    ("misc", {"booktitle": "BGHZ", "volume": "74", "pages": "103", "authority": "BGH"},
     {"note": "BGH, BGHZ 74, 103", "key": "BGHZ"}),
    ("misc", {"journal": "NJW", "year": "1998", "pages": "2599", "authority": "BGH"},
     {"note": "BGH, NJW 1998, 2599", "key": "NJW"}),  # (a report by year: the year where the volume goes)
    ("misc", {"title": "Lüth", "booktitle": "BVerfGE", "volume": "7", "pages": "198"}, {"key": "Lüth"}),
])
def test_classic_style_fields(bib_type: str, fields: dict[str, str], added: dict[str, str]) -> None:
    assert bibtex.classic_style_fields(bib_type, fields) == added


@pytest.mark.parametrize("entry", [
    {"id": "a", "type": "manuscript", "archive": "Stadtarchiv Nürnberg", "archive_location": "B. 11"},
    {"id": "b", "type": "book", "title": "Annales Regni Francorum", "publisher-place": "Hannover",
     "issued": {"date-parts": [[1895]]}},
    {"id": "c", "type": "manuscript", "title": "Letter", "archive": "TNA", "archive_location": "SP 12/1",
     "note": "Copy"},
    {"id": "d", "type": "manuscript", "archive": "AGI", "archive_collection": "México",
     "archive_location": "leg. 2234"},
    {"id": "e", "type": "legal_case", "container-title": "BGHZ", "volume": "74", "page": "103", "authority": "BGH"},
])
def test_classic_style_fields_are_dropped_on_reading(entry: dict[str, object]) -> None:
    """The derived ``note`` and ``key`` appear in classic BibTeX and are gone again when it is read."""
    text = bibtex.write([entry], dialect="bibtex")
    assert "key = {" in text
    assert ("note = {" in text) == bool(entry.get("archive") or entry.get("note") or entry.get("authority"))
    back = bibtex.read(text).entries[0]
    assert {k: v for k, v in back.items() if k != "citation-key"} == entry
    assert "key = {" not in bibtex.write([entry], dialect="biblatex")


def test_a_users_own_key_and_note_are_kept() -> None:
    """A ``key`` or ``note`` that says more than what citekit derives is read and written back."""
    source = ("@unpublished{x,\n  title = {Letter},\n  note = {TNA, SP 12/1, a copy},\n  archive = {TNA},\n"
              "  archive_location = {SP 12/1},\n  key = {Ltr}\n}\n")
    entry = bibtex.read(source).entries[0]
    assert entry["note"] == "TNA, SP 12/1, a copy"
    written = bibtex.write([entry], dialect="bibtex")
    assert "key = {Ltr}" in written and "note = {TNA, SP 12/1, a copy}" in written


def test_classic_fallback_names_and_dates_read_back_as_names_and_dates() -> None:
    """Classic BibTeX keeps a name or date variable it has no field for under its CSL name; reading
    it gives the names and the date again, not their text ("Mozart, Leopold" as one string)."""
    entry = {"id": "b", "type": "document", "author": [{"family": "Mozart", "given": "Wolfgang Amadeus"}],
             "recipient": [{"family": "Mozart", "given": "Leopold"}],
             "composer": [{"literal": "Wiener Hofkapelle"}], "title": "Letter",
             "submitted": {"date-parts": [[1787, 4, 2]]}, "issued": {"date-parts": [[1787, 4, 4]]}}
    text = bibtex.write([entry], dialect="bibtex")
    assert "recipient = {Mozart, Leopold}" in text and "submitted = {1787-04-02}" in text
    back = bibtex.read(text).entries[0]
    assert {k: v for k, v in back.items() if k != "citation-key"} == entry
