"""The pipeline's own logic (entries once, locators, idem, failures), with a stand-in parser.

The stand-in reads "Given Family, Title, Place, Year, p. N" by commas, so these
tests exercise the pipeline and not the trained parser (whose quality the
seed and golden tests cover).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.extraction.pipeline import build_document, notes_from_lines, repair_parse
from citekit.model import Citation, Document, Note, ParsedReference


def toy_parse(text: str, *, prev: dict | None = None) -> ParsedReference:
    parts = [p.strip() for p in text.rstrip(".").split(",")]
    item: dict = {"type": "book"}
    locator = None
    if parts and re.fullmatch(r"[A-Z][a-z]+ [A-Z][\w]+", parts[0]):
        given, family = parts.pop(0).split()
        item["author"] = [{"family": family, "given": given}]
    if parts:
        item["title"] = parts.pop(0)
    for part in parts:
        if re.fullmatch(r"\d{4}", part):
            item["issued"] = {"date-parts": [[int(part)]]}
        elif part.startswith("pp. "):
            item["page"], item["type"] = part[4:], "article-journal"
        elif part.startswith("p. "):
            locator = part[3:]
    return ParsedReference(item=item, locator=locator, label="page" if locator else None)


def doc_of(*notes: str) -> Document:
    return Document(path="t.txt", notes=[Note(str(i), t, line=i) for i, t in enumerate(notes, 1)])


def test_a_work_cited_in_full_twice_is_one_entry() -> None:
    doc = build_document(doc_of("See Paul Hagenloh, Stalin’s Police, Baltimore, 2009, p. 3.",
                                "Paul Hagenloh, Stalin’s Police, Baltimore, 2009, p. 9."), toy_parse)
    assert len(doc.entries) == 1
    ids = [c.id for n in doc.notes for c in n.citations]
    assert ids == [doc.entries[0]["id"]] * 2
    assert [c.locator for n in doc.notes for c in n.citations] == ["3", "9"]
    assert doc.notes[0].citations[0].prefix == "See"


def test_short_form_and_ibid_link_to_the_parsed_entry() -> None:
    doc = build_document(doc_of("Paul Hagenloh, Stalin’s Police, Baltimore, 2009, p. 3.",
                                "Ibid., p. 4.", "Hagenloh, Stalin’s Police, p. 6ff."), toy_parse)
    key = doc.entries[0]["id"]
    got = [(c.kind, c.id, c.locator) for n in doc.notes for c in n.citations]
    assert got == [("full", key, "3"), ("ibid", key, "4"), ("short", key, "6ff.")]


def test_idem_with_a_full_citation_takes_the_previous_author() -> None:
    doc = build_document(doc_of("Robert Conquest, The Great Terror, London, 1968.",
                                "Idem, The Harvest of Sorrow, London, 1986, p. 4."), toy_parse)
    assert [e["title"] for e in doc.entries] == ["The Great Terror", "The Harvest of Sorrow"]
    assert doc.entries[1]["author"] == [{"family": "Conquest", "given": "Robert"}]
    assert doc.notes[1].citations[0].kind == "idem"


def test_commentary_makes_no_citation() -> None:
    doc = build_document(doc_of("Details of the operation were first published in Trud on 4 June 1992."), toy_parse)
    assert doc.notes[0].citations == [] and doc.entries == []


def test_parser_failure_keeps_the_citation_with_a_diagnostic() -> None:
    def broken(text: str, *, prev: dict | None = None) -> ParsedReference:
        raise RuntimeError("model missing")

    doc = build_document(doc_of("Paul Hagenloh, Stalin’s Police, Baltimore, 2009, p. 3."), broken)
    cit = doc.notes[0].citations[0]
    assert cit.id is None and cit.text.startswith("Paul Hagenloh")
    assert [(d.code, d.severity, d.line) for d in doc.diagnostics] == [("X502", "error", 1)]
    assert doc.diagnostics[0].raw == cit.text


def test_unreadable_citation_is_kept_as_text() -> None:
    doc = build_document(doc_of("Paul Hagenloh 2009, 3."),
                         lambda text, prev=None: ParsedReference(item={"type": "document"}))
    assert doc.notes[0].citations[0].id is None
    assert [d.code for d in doc.diagnostics] == ["X501"]


def test_reader_citations_are_not_parsed_again() -> None:
    doc = doc_of("See [@hagenloh2009, p. 3].")
    doc.notes[0].citations = [Citation(id="hagenloh2009", kind="keyed", locator="3")]
    calls: list[str] = []

    def spy(text: str, *, prev: dict | None = None) -> ParsedReference:
        calls.append(text)
        return toy_parse(text)

    build_document(doc, spy)
    assert calls == [] and doc.notes[0].citations[0].id == "hagenloh2009"


def test_reader_citation_with_embedded_csl_becomes_an_entry() -> None:
    doc = doc_of("Hagenloh 2009, 3.")
    item = {"type": "book", "title": "Stalin’s Police", "author": [{"family": "Hagenloh"}],
            "issued": {"date-parts": [[2009]]}}
    doc.notes[0].citations = [Citation(id=None, kind="full", parsed=ParsedReference(item=item))]
    build_document(doc, toy_parse)
    assert doc.entries[0]["title"] == "Stalin’s Police"
    assert doc.notes[0].citations[0].id == doc.entries[0]["id"]


@pytest.mark.parametrize("text,expected", [
    ("See A, B, 2009.\nIbid.\n", [("1", "See A, B, 2009."), ("2", "Ibid.")]),
    ("1 See A.\n2 Ibid.\n\n3. Idem.\n", [("1", "See A."), ("2", "Ibid."), ("3", "Idem.")]),
    ("12 See A.\n13 Ibid.\n", [("1", "12 See A."), ("2", "13 Ibid.")]),
])
def test_notes_mode_numbers(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(n.number, n.text) for n in notes_from_lines(text)] == expected


PIECES = ["See Paul Hagenloh, Stalin’s Police, Baltimore, 2009, p. 3.", "Ibid.", "Idem, Other Book, 1990.",
          "Hagenloh, Police, p. 4.", "Hagenloh, supra n. 1.", "Conquest, op. cit.", "; ", ", and ", ". ",
          "This was never printed.", "(", "‘", "»"]


@settings(max_examples=120, deadline=None)
@given(st.lists(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), max_size=5), max_size=6))
def test_pipeline_never_crashes_and_ids_point_at_entries(notes: list[list[str]]) -> None:
    doc = build_document(doc_of(*("".join(parts) for parts in notes)), toy_parse)
    ids = {e["id"] for e in doc.entries}
    assert len(ids) == len(doc.entries)
    for note in doc.notes:
        for cit in note.citations:
            assert cit.id is None or cit.id in ids
            assert cit.span is None or note.text[cit.span[0]: cit.span[1]] == cit.text


def test_a_full_citation_with_a_shortened_title_is_the_same_work() -> None:
    doc = build_document(doc_of("Paul Hagenloh, Stalin’s Police: Public Order and Mass Repression, Baltimore, 2009.",
                                "Paul Hagenloh, Stalin’s Police, 2009, p. 5."), toy_parse)
    assert len(doc.entries) == 1
    assert [c.id for n in doc.notes for c in n.citations] == [doc.entries[0]["id"]] * 2


def test_a_title_the_parser_missed_is_read_from_the_surface() -> None:
    doc = build_document(doc_of("Luhmann, Rechtssoziologie (1972), 239."),
                         lambda text, prev=None: ParsedReference(item={"type": "book", "author": [{"family": "Luhmann"}]}))
    assert doc.entries[0]["title"] == "Rechtssoziologie"


def test_a_repetition_adds_missing_fields_but_overwrites_nothing() -> None:
    doc = build_document(doc_of("Paul Hagenloh, Stalin’s Police, Baltimore.",
                                "Paul Hagenloh, Stalin’s Police, Baltimore, 2009."), toy_parse)
    assert len(doc.entries) == 1 and doc.entries[0]["issued"] == {"date-parts": [[2009]]}


@pytest.mark.parametrize("item,text,expected", [
    ({"type": "chapter", "title": "Nakazannyi narod", "container-title": "ed. Irina Shcherbakova"},
     "Nakazannyi narod, ed. Irina Shcherbakova, Moscow, 1999",
     {"type": "book", "title": "Nakazannyi narod", "editor": [{"family": "Shcherbakova", "given": "Irina"}]}),
    ({"type": "chapter", "title": "Master of the House", "container-title": "Stalin and His Inner Circle"},
     "Oleg Khlevniuk, Master of the House: Stalin and His Inner Circle, New Haven,",
     {"type": "book", "title": "Master of the House: Stalin and His Inner Circle"}),
    ({"type": "chapter", "title": "Die Akte", "container-title": "Verwaltung"},
     "Peter Lang, ‘Die Akte’, in Verwaltung, Göttingen, 2004",
     {"type": "chapter", "title": "Die Akte", "container-title": "Verwaltung"}),
    ({"type": "book", "title": "Schreiber und Richter", "author": [{"family": "Albers"}],
      "editor": [{"family": "Schreiber"}, {"family": "Richter"}]},
     "Ruth Albers, Schreiber und Richter (Berlin, 1999), 33.",
     {"type": "book", "title": "Schreiber und Richter", "author": [{"family": "Albers"}]}),
    ({"type": "chapter", "title": "Arbeitsrecht in Dänemark", "container-title": "Arbeitsrecht in Europa",
      "editor": [{"family": "Henssler"}, {"family": "Braun"}]},
     "Steinrücke/Würtz, Arbeitsrecht in Dänemark, in Henssler/Braun, Arbeitsrecht in Europa 3, 203 ff.",
     {"type": "chapter", "title": "Arbeitsrecht in Dänemark", "container-title": "Arbeitsrecht in Europa",
      "editor": [{"family": "Henssler"}, {"family": "Braun"}]}),  # "in X/Y," names editors without "Hrsg."
    ({"type": "book", "title": "Das Recht der Gesellschaft, Frankfurt am Main 1993"},
     "Niklas Luhmann, Das Recht der Gesellschaft, Frankfurt am Main 1993, S. 582.",
     {"type": "book", "title": "Das Recht der Gesellschaft", "issued": {"date-parts": [[1993]]},
      "publisher-place": "Frankfurt am Main"}),
    ({"type": "chapter", "container-title": "Das Recht der Gesellschaft"},
     "Niklas Luhmann, Das Recht der Gesellschaft, Frankfurt am Main 1993, S. 582.",
     {"type": "book", "title": "Das Recht der Gesellschaft"}),
])
def test_repair_parse(item: dict, text: str, expected: dict) -> None:
    repair_parse(item, text)
    assert item == expected


@pytest.mark.parametrize("text,kind", [
    ("EuGH 18.9.2003, C-125/01, Slg 2003, I-9375.", "legal_case"),
    ("N.M. STAT. ANN. § 22-2F-2(C) (2022).", "legislation"),
    ("Law-Related Education Act of 1978, Pub. L. No. 95-561, 92 Stat. 2216 (1978).", "legislation"),
    ("Dreier/Schulze, Urheberrechtsgesetz, 6. Aufl. 2018, § 27 UrhG Rn. 15.", "book"),
])
def test_legal_sources_are_typed(text: str, kind: str) -> None:
    doc = build_document(doc_of(text), lambda t, prev=None: ParsedReference(item={"type": "book", "title": t[:20]}))
    assert doc.entries[0]["type"] == kind


def test_author_year_repeat_must_agree_on_the_periodical() -> None:
    items = {
        "Rebhahn, Ziele und Probleme, ZEuP 2002, 438.": {"type": "article-journal", "title": "Ziele und Probleme",
                                                        "container-title": "ZEuP", "author": [{"family": "Rebhahn"}],
                                                        "issued": {"date-parts": [[2002]]}},
    }

    def parse(text: str, *, prev: dict | None = None) -> ParsedReference:
        return ParsedReference(item=dict(items.get(text, {"type": "book", "author": [{"family": "Rebhahn"}]})))

    doc = build_document(doc_of("Rebhahn, Ziele und Probleme, ZEuP 2002, 438.", "Rebhahn, ZEuP 2002, 440.",
                                "Rebhahn, RdA 2002, 217."), parse)
    ids = [n.citations[0].id for n in doc.notes]
    assert ids[0] == ids[1] != ids[2]
    assert doc.entries[1]["container-title"] == "RdA"


@pytest.mark.parametrize("note, paper, date", [
    ("Pravda, 22 August 1936, 1.", "Pravda", [1936, 8, 22]),
    ("The Times, 4 June 1992, p. 5.", "The Times", [1992, 6, 4]),
])
def test_a_newspaper_cited_by_its_date_has_no_title_or_author(note: str, paper: str, date: list[int]) -> None:
    from citekit.extraction import extract

    doc = extract(note + "\n", notes_mode=True)
    [entry] = doc.entries
    assert entry.get("container-title") == paper and entry["issued"] == {"date-parts": [date]}
    assert "title" not in entry and "author" not in entry
