"""Table tests for the in-document resolver: each back-reference kind, ambiguity, no wrong links."""

from __future__ import annotations

import copy

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from citekit.extraction.classify import classify
from citekit.model import Citation, Document, Note
from citekit.resolve import resolve_document

ENTRIES = {
    "hagenloh2009": {"type": "book", "title": "Stalin’s Police: Public Order and Mass Repression in the USSR, 1926–1941",
                     "author": [{"family": "Hagenloh", "given": "Paul"}]},
    "conquest1968": {"type": "book", "title": "The Great Terror: Stalin’s Purge of the Thirties",
                     "author": [{"family": "Conquest", "given": "Robert"}]},
    "conquest1986": {"type": "book", "title": "The Harvest of Sorrow: Soviet Collectivization and the Terror-Famine",
                     "author": [{"family": "Conquest", "given": "Robert"}]},
    "ulam1974": {"type": "book", "title": "Stalin: The Man and his Era",
                 "author": [{"family": "Ulam", "given": "Adam"}]},
    "shcherbakova1999": {"type": "book", "title": "Nakazannyi narod: po materialam konferentsii",
                         "editor": [{"family": "Shcherbakova", "given": "Irina"}]},
    "gurianov1997": {"type": "book", "title": "Repressii protiv poliakov i pol´skikh grazhdan",
                     "editor": [{"family": "Gur´ianov", "given": "A. E."}]},
    "savigny1840": {"type": "book", "title": "System des heutigen römischen Rechts",
                    "author": [{"family": "Savigny", "given": "Friedrich Carl", "non-dropping-particle": "von"}]},
}


def make_doc(*notes: list[str]) -> Document:
    """Notes as lists of citation texts; "@key" is a full citation of ENTRIES[key]."""
    doc = Document(path="t.txt")
    used: list[str] = []
    for number, texts in enumerate(notes, 1):
        note = Note(number=str(number), text="; ".join(texts), line=number)
        for text in texts:
            if text.startswith("@"):
                key = text[1:]
                if key not in used:
                    used.append(key)
                    doc.entries.append({"id": key, **copy.deepcopy(ENTRIES[key])})
                note.citations.append(Citation(id=key, kind="full", text=ENTRIES[key]["title"]))
                continue
            info = classify(text)
            kind = "full" if info.kind == "commentary" else info.kind
            cit = Citation(id=None, kind=kind, text=text)
            if info.pinpoint:
                cit.locator, cit.label = info.pinpoint.value, info.pinpoint.label
            note.citations.append(cit)
        doc.notes.append(note)
    return doc


def last(doc: Document) -> Citation:
    return doc.notes[-1].citations[-1]


CASES = [
    # short forms
    ("short form: author + start of title", [["@hagenloh2009"], ["Hagenloh, Stalin’s Police, p. 6ff."]], "hagenloh2009", None),
    ("short form: a distinctive middle part of the title", [["@hagenloh2009"], ["Hagenloh, Mass Repression, p. 5."]], "hagenloh2009", None),
    ("short form: author alone, unique", [["@hagenloh2009"], ["@ulam1974"], ["Hagenloh, p. 9."]], "hagenloh2009", None),
    ("short form: author alone, two works", [["@conquest1968"], ["@conquest1986"], ["Conquest, p. 9."]], None, "R002"),
    ("short form: title picks one of two works", [["@conquest1968", "@conquest1986"], ["Conquest, Harvest of Sorrow, p. 3."]], "conquest1986", None),
    ("short form: title alone (edited volume)", [["@shcherbakova1999"], ["Nakazannyi narod, p. 5."]], "shcherbakova1999", None),
    ("short form: editor's name", [["@shcherbakova1999"], ["Shcherbakova, Nakazannyi narod, p. 5."]], "shcherbakova1999", None),
    ("short form: transliteration variant", [["@gurianov1997"], ["Gurianov, Repressii, p. 5."]], "gurianov1997", None),
    ("short form: particle in the family name", [["@savigny1840"], ["Savigny, System, Bd. 3, S. 5."]], "savigny1840", None),
    # ibid.
    ("ibid. after a note with one work", [["@hagenloh2009"], ["Ibid., p. 4."]], "hagenloh2009", None),
    ("ibidem without locator", [["@ulam1974"], ["Ibidem."]], "ulam1974", None),
    ("ebd. (German)", [["@savigny1840"], ["Ebd., S. 7."]], "savigny1840", None),
    ("ebenda", [["@savigny1840"], ["Ebenda."]], "savigny1840", None),
    ("ivi (Italian)", [["@ulam1974"], ["Ivi, p. 3."]], "ulam1974", None),
    ("Id. at (US legal = ibid.)", [["@ulam1974"], ["Id. at 45."]], "ulam1974", None),
    # (the convention: after a note citing several works, ibid. repeats the one cited last)
    ("ibid. after a note citing several works", [["@hagenloh2009", "@ulam1974"], ["Ibid."]], "ulam1974", "R008"),
    ("ibid. after a note whose last citation is unresolved",
     [["@hagenloh2009", "Conquest, p. 2."], ["Ibid."]], None, "R003"),
    ("ibid. after a note citing one work twice", [["@hagenloh2009", "Ibid., p. 4."], ["Ibid., p. 5."]],
     "hagenloh2009", None),
    ("ibid. in the first note", [["Ibid., p. 3."]], None, "R003"),
    ("ibid. within a note: the previous citation", [["@hagenloh2009", "@ulam1974", "ibid., p. 5."]], "ulam1974", None),
    ("ibid. after a short form", [["@hagenloh2009"], ["Hagenloh, Stalin’s Police, p. 6."], ["Ibid., p. 8."]], "hagenloh2009", None),
    ("ibid. after an unresolved citation", [["@conquest1968", "@conquest1986"], ["Conquest, p. 2."], ["Ibid."]], None, "R003"),
    # idem
    ("idem with a short title", [["@conquest1968", "@conquest1986"], ["@ulam1974"], ["@conquest1968"], ["Idem, Harvest of Sorrow, p. 4."]], "conquest1986", None),
    ("idem with nothing before", [["Idem, Harvest of Sorrow, p. 4."]], None, "R004"),
    ("idem after a resolved ibid.", [["@ulam1974", "@conquest1968"], ["Ibid., p. 3."], ["Idem, Great Terror, p. 4."]],
     "conquest1968", None),
    ("idem after an unresolved ibid. in the first note", [["Ibid., p. 3.", "idem, Harvest of Sorrow, p. 4."]],
     None, "R004"),
    # an idem whose title names another author's work cited before: the title decides
    ("idem whose title is another author's work", [["@conquest1986", "@hagenloh2009"], ["Idem, Harvest of Sorrow, p. 4."]],
     "conquest1986", None),
    # op. cit.
    ("op. cit.: the author's one work", [["@hagenloh2009"], ["@ulam1974"], ["Hagenloh, op. cit., p. 5."]], "hagenloh2009", None),
    ("op. cit.: author with two works", [["@conquest1968"], ["@conquest1986"], ["Conquest, op. cit., p. 5."]], None, "R002"),
    ("a.a.O.", [["@savigny1840"], ["@ulam1974"], ["Savigny, a.a.O., S. 12."]], "savigny1840", None),
    ("loc. cit.", [["@ulam1974"], ["@hagenloh2009"], ["Ulam, loc. cit."]], "ulam1974", None),
    ("op. cit. for an author never cited", [["@ulam1974"], ["Smith, op. cit., p. 5."]], None, "R006"),
    # an author-less op. cit. / loc. cit. repeats, like ibid., the one work just cited
    ("op. cit. without author after one work", [["@ulam1974"], ["Op. cit., p. 12."]], "ulam1974", None),
    ("loc. cit. without author after one work", [["@hagenloh2009"], ["Loc. cit."]], "hagenloh2009", None),
    ("op. cit. without author within a note", [["@hagenloh2009", "@ulam1974", "op. cit., p. 3."]], "ulam1974", None),
    ("op. cit. without author after several works", [["@hagenloh2009", "@ulam1974"], ["Op. cit., p. 12."]],
     None, "R002"),
    ("op. cit. without author in the first note", [["Op. cit., p. 12."]], None, "R006"),
    ("a.a.O. without author after one work", [["@savigny1840"], ["A.a.O., S. 12."]], "savigny1840", None),
    ("art. cit. without author after one work", [["@ulam1974"], ["Art. cit., p. 7."]], "ulam1974", None),
    ("op. cit. with author still by author", [["@hagenloh2009"], ["@ulam1974"], ["Hagenloh, op. cit., p. 4."]],
     "hagenloh2009", None),
    # supra
    ("supra n. with author", [["@hagenloh2009", "@ulam1974"], ["@conquest1968"], ["Hagenloh, supra n. 1, p. 7."]], "hagenloh2009", None),
    ("see n. without author, one work in that note", [["@hagenloh2009"], ["@ulam1974"], ["See n. 1."]], "hagenloh2009", None),
    ("see n. without author, several works", [["@hagenloh2009", "@ulam1974"], ["@conquest1968"], ["See n. 1."]], None, "R002"),
    ("oben Anm.", [["@savigny1840"], ["@ulam1974"], ["Savigny, oben Anm. 1, S. 9."]], "savigny1840", None),
    ("(Fn. N) German legal", [["@savigny1840"], ["@ulam1974"], ["Savigny (Fn. 1), S. 9."]], "savigny1840", None),
    ("above n (AGLC)", [["@hagenloh2009"], ["@ulam1974"], ["Hagenloh, above n 1, 12."]], "hagenloh2009", None),
    ("supra n. pointing at a later note", [["@hagenloh2009"], ["Ulam, supra n. 5."]], None, None),
]


@pytest.mark.parametrize("name,notes,expected,code", CASES, ids=[c[0] for c in CASES])
def test_resolution(name: str, notes: list[list[str]], expected: str | None, code: str | None) -> None:
    doc = make_doc(*notes)
    resolve_document(doc)
    assert last(doc).id == expected, name
    codes = [d.code for d in doc.diagnostics]
    if code:
        assert code in codes
    if expected is not None:
        assert not [c for c in codes if c in ("R002", "R003", "R004", "R005", "R006")]


@pytest.mark.parametrize("notes,expected", [
    ([["@conquest1968", "@conquest1986"], ["Conquest, p. 2.", "ibid., p. 3.", "idem, Harvest of Sorrow, p. 4."]],
     "conquest1986"),
    ([["@conquest1968", "@conquest1986"], ["@ulam1974"], ["Conquest, p. 2."], ["Ibid., p. 3."],
      ["Idem, Great Terror, p. 4."]], "conquest1968"),
    ([["@conquest1968", "@conquest1986"], ["Conquest, p. 2."], ["Ibid., p. 3."], ["Id., p. 4."],
      ["Idem, Great Terror, p. 4."]], "conquest1968"),
], ids=["same note", "previous note", "two steps"])
def test_idem_after_unresolved_ibid_follows_the_chain(notes: list[list[str]], expected: str) -> None:
    """The ibid. repeats a short form that names Conquest but not which work: the idem after it is
    still Conquest, and its title picks the work (no R004)."""
    doc = make_doc(*notes)
    resolve_document(doc)
    assert last(doc).id == expected
    assert "R004" not in [d.code for d in doc.diagnostics]


def test_resolved_citation_keeps_its_own_locator() -> None:
    doc = make_doc(["@hagenloh2009"], ["Hagenloh, Stalin’s Police, p. 6ff."], ["Ibid., p. 9."])
    resolve_document(doc)
    assert [(c.id, c.kind, c.locator) for n in doc.notes[1:] for c in n.citations] == [
        ("hagenloh2009", "short", "6ff."), ("hagenloh2009", "ibid", "9"),
    ]


def test_ambiguity_diagnostic_names_the_candidates() -> None:
    doc = make_doc(["@conquest1968"], ["@conquest1986"], ["Conquest, op. cit., p. 5."])
    resolve_document(doc)
    message = next(d for d in doc.diagnostics if d.code == "R002").message
    assert "conquest1968" in message and "conquest1986" in message
    assert next(d for d in doc.diagnostics if d.code == "R002").raw == "Conquest, op. cit., p. 5."


def test_unmatched_short_form_becomes_its_own_entry() -> None:
    doc = make_doc(["@ulam1974"], ["Smith, Unknown Pleasures, p. 3."], ["Smith, Unknown Pleasures, p. 5."])
    resolve_document(doc)
    ids = [n.citations[0].id for n in doc.notes[1:]]
    assert ids[0] is not None and ids[0] == ids[1]
    entry = next(e for e in doc.entries if e["id"] == ids[0])
    assert entry["title"] == "Unknown Pleasures" and entry["author"] == [{"family": "Smith"}]
    assert [d.code for d in doc.diagnostics] == ["R001"]


def test_same_author_other_title_is_not_linked() -> None:
    doc = make_doc(["@hagenloh2009"], ["Hagenloh, Soviet Policing Reconsidered, p. 5."])
    resolve_document(doc)
    assert last(doc).id != "hagenloh2009"


FRAGMENTS = ["@hagenloh2009", "@conquest1968", "@ulam1974", "Ibid.", "ibid., p. 3.", "Idem, Stalin, p. 2.",
             "Conquest, op. cit.", "Hagenloh, supra n. 1.", "See n. 7.", "Ulam, Stalin, p. 4.", "",
             "Smith, Untitled, p. 3.", "a.a.O.", "(Fn. 3)", "Ebd.", "Id.", "ders., Recht"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=40).filter(lambda t: not t.startswith("@"))), max_size=4), max_size=8))
def test_never_crashes_and_links_only_to_entries(notes: list[list[str]]) -> None:
    doc = make_doc(*notes)
    resolve_document(doc)
    ids = {e["id"] for e in doc.entries}
    for note in doc.notes:
        for cit in note.citations:
            assert cit.id is None or cit.id in ids


def test_short_form_before_its_full_citation_joins_it() -> None:
    doc = make_doc(["Hagenloh, Stalin’s Police, p. 2."], ["@hagenloh2009"], ["Hagenloh, Stalin’s Police, p. 6."])
    resolve_document(doc)
    assert [n.citations[0].id for n in doc.notes] == ["hagenloh2009"] * 3
    assert [e["id"] for e in doc.entries] == ["hagenloh2009"]
    assert not doc.diagnostics


def test_ibid_after_several_works_names_the_others() -> None:
    """R008 is information, not a warning: the link is the convention's, the others are named."""
    doc = make_doc(["@hagenloh2009", "@conquest1968", "@ulam1974"], ["Ibid., p. 2."])
    resolve_document(doc)
    (diag,) = [d for d in doc.diagnostics if d.code == "R008"]
    assert diag.severity == "info" and "hagenloh2009" in diag.message and "conquest1968" in diag.message
    assert last(doc).id == "ulam1974"


def test_ibid_page_outside_the_last_article_takes_the_work_that_holds_it() -> None:
    """"Ibid., 48" after "…, Book, 1977. … Article, Journal 8 (2018), 71-93": page 48 is not in the
    article, so the ibid. repeats the book; with two works that could hold it, nothing is linked."""
    ENTRIES["goldoni2018"] = {"type": "article-journal", "title": "Material Study", "page": "71-93",
                              "author": [{"family": "Goldoni"}]}
    try:
        cases = [(["@ulam1974", "@goldoni2018"], "Ibid., p. 48.", "ulam1974"),
                 (["@ulam1974", "@goldoni2018"], "Ibid., p. 80.", "goldoni2018"),
                 (["@ulam1974", "@hagenloh2009", "@goldoni2018"], "Ibid., p. 48.", None)]
        for first, ibid, expected in cases:
            doc = make_doc(first, [ibid])
            resolve_document(doc)
            assert last(doc).id == expected, ibid
        assert "R003" in [d.code for d in doc.diagnostics]
    finally:
        del ENTRIES["goldoni2018"]
