"""Sixth pass: one work, one entry (periodical cites, parser variants), and prose kept out of entries.

Inputs are invented in the style of German/Austrian and English legal notes;
stand-in parsers return the slips seen from the trained parser, so the tests
exercise the pipeline's repairs and not the model.
"""

from __future__ import annotations

import pytest

from citekit.extraction.classify import periodical_citation
from citekit.extraction.pipeline import (
    _author_before_title,
    _authors_inside_title,
    _periodical_inside_title,
    _periodical_key,
    _siglum_before_title,
    build_document,
    merge_bare_periodical_cites,
    reads_as_prose,
    repair_parse,
)
from citekit.extraction.split import split_note
from citekit.model import Citation, Document, Entry, Note, ParsedReference


def doc_of(*notes: str) -> Document:
    return Document(path="t.txt", notes=[Note(str(i), t, line=i) for i, t in enumerate(notes, 1)])


def parse_from(items: dict[str, Entry]):  # type: ignore[no-untyped-def]
    def parse(text: str, *, prev: dict | None = None) -> ParsedReference:
        return ParsedReference(item=dict(items[text]))
    return parse


@pytest.mark.parametrize("title,text,expected", [
    # the periodical's abbreviation, then year and page in the text: title + container
    ("Tarifbindung im Vergleich, ArbR-Beilage", "Huber, Tarifbindung im Vergleich, ArbR-Beilage 2012, 40 ff",
     ("Tarifbindung im Vergleich", "ArbR-Beilage")),
    ("Streikrecht und Grundfreiheiten, DRdA", "Huber, Streikrecht und Grundfreiheiten, DRdA 2010, 208",
     ("Streikrecht und Grundfreiheiten", "DRdA")),
    ("Mindestentgelte, wbl", "Huber, Mindestentgelte, wbl 2016, 689", ("Mindestentgelte", "wbl")),
    ("Befristung, ZAS", "Huber, Befristung, ZAS 2004/2005, 76", ("Befristung", "ZAS")),
    # a place of publication has no page after its year; no page, no container
    ("Grenzen, München", "Huber, Grenzen, München 1999, 121", ("Grenzen, München", None)),
    ("Grenzen, DRdA", "Huber, Grenzen, DRdA 2010", ("Grenzen, DRdA", None)),
])
def test_periodical_left_in_the_title(title: str, text: str, expected: tuple[str, str | None]) -> None:
    item: Entry = {"type": "book", "title": title}
    _periodical_inside_title(item, text)
    assert (item["title"], item.get("container-title")) == expected
    if expected[1]:
        assert item["type"] == "article-journal"


@pytest.mark.parametrize("text,expected", [
    ("Huber, ArbR-Beilage 2011, 65.", "ArbR-Beilage"),  # a supplement keeps its periodical's abbreviation
    ("Huber, RdA-Blg 2009, 9", "RdA-Blg"),
    ("Kaiser-Wilhelmsen 2009, 3", None),  # a double name and a year
])
def test_supplement_abbreviations_are_periodicals(text: str, expected: str | None) -> None:
    found = periodical_citation(text)
    assert (found or {}).get("container-title") == expected


@pytest.mark.parametrize("a,b,same", [
    ("RdA-Beilage", "RdA-Blg", True),
    ("NZA Blg", "NZA-Beilage", True),
    ("RdA", "RdA-Beilage", False),
    ("Journal of Legal History", "Journal of Legal Studies", False),
])
def test_periodical_keys(a: str, b: str, same: bool) -> None:
    assert (_periodical_key(a) == _periodical_key(b)) is same


def _bare_doc(titled: list[tuple[str, str, str]], bare: tuple[str, str]) -> Document:
    """Entries of titled articles (id, title, citation text) and one bare cite (id, text), one note each."""
    doc = Document(path="t.txt")
    for number, (key, title, text) in enumerate(titled, 1):
        doc.entries.append({"id": key, "type": "article-journal", "title": title, "container-title": "EuZA",
                            "author": [{"family": "Huber"}], "issued": {"date-parts": [[2011]]}})
        doc.notes.append(Note(str(number), text, citations=[Citation(id=key, kind="full", text=text)]))
    key, text = bare
    doc.entries.append({"id": key, "type": "article-journal", "container-title": "EuZA",
                        "author": [{"family": "Huber"}], "issued": {"date-parts": [[2011]]}})
    doc.notes.append(Note(str(len(titled) + 1), text, citations=[Citation(id=key, kind="full", text=text)]))
    return doc


def test_a_bare_cite_joins_the_article_that_starts_on_its_page() -> None:
    doc = _bare_doc([("a", "Erstes Thema", "Huber, Erstes Thema, EuZA 2011, 143."),
                     ("b", "Zweites Thema", "Huber, Zweites Thema, EuZA 2011, 295 (304).")],
                    ("bare", "Huber, EuZA 2011, 295 (302)."))
    merge_bare_periodical_cites(doc)
    assert [e["id"] for e in doc.entries] == ["a", "b"]
    assert doc.notes[-1].citations[0].id == "b"


def test_a_bare_cite_never_joins_an_article_that_starts_after_its_page() -> None:
    doc = _bare_doc([("a", "Erstes Thema", "Huber, Erstes Thema, EuZA 2011, 143.")], ("bare", "Huber, EuZA 2011, 60."))
    merge_bare_periodical_cites(doc)
    assert [e["id"] for e in doc.entries] == ["a", "bare"]


def test_a_bare_cite_inside_an_article_joins_it() -> None:
    doc = _bare_doc([("a", "Erstes Thema", "Huber, Erstes Thema, EuZA 2011, 47.")], ("bare", "Huber, EuZA 2011, 60."))
    merge_bare_periodical_cites(doc)
    assert [e["id"] for e in doc.entries] == ["a"]
    assert doc.notes[-1].citations[0].id == "a"
    assert doc.notes[-1].citations[0].kind == "short"  # a repeat of the work cited in full before


def test_one_chapter_parsed_two_ways_is_one_entry() -> None:
    # the same chapter in a note and in its translation; the parser put the editors in one title
    # and the book in the other: same authors, year and page range make it one work
    first = "Ann Roe, Über Systeme und Staaten, Lang / Kurz (Hg.), Der Staat der Gesellschaft (2008), 157-179."
    second = "Ann Roe, Über Systeme und Staaten, Lang / Kurz (eds.), Der Staat der Gesellschaft (2008), 157-179."
    author = [{"family": "Roe", "given": "Ann"}]
    items: dict[str, Entry] = {
        first: {"type": "chapter", "author": author, "title": "Über Systeme und Staaten, Lang / Kurz (Hg.)",
                "container-title": "Der Staat der Gesellschaft", "issued": {"date-parts": [[2008]]},
                "page": "157-179"},
        second: {"type": "book", "author": author, "title": "Über Systeme und Staaten: Der Staat der Gesellschaft",
                 "issued": {"date-parts": [[2008]]}, "page": "157-179"},
    }
    doc = build_document(doc_of(first, second), parse_from(items))
    assert len(doc.entries) == 1
    assert doc.notes[0].citations[0].id == doc.notes[1].citations[0].id


def test_two_chapters_of_one_year_stay_apart() -> None:
    first = "Ann Roe, Über Systeme, in: Lang (Hg.), Staaten (2008), 157-179."
    second = "Ann Roe, Über Grenzen, in: Lang (Hg.), Staaten (2008), 180-199."
    author = [{"family": "Roe", "given": "Ann"}]
    items: dict[str, Entry] = {
        first: {"type": "chapter", "author": author, "title": "Über Systeme", "issued": {"date-parts": [[2008]]},
                "page": "157-179"},
        second: {"type": "chapter", "author": author, "title": "Über Grenzen", "issued": {"date-parts": [[2008]]},
                 "page": "180-199"},
    }
    doc = build_document(doc_of(first, second), parse_from(items))
    assert len(doc.entries) == 2


@pytest.mark.parametrize("title,text,expected", [
    ("Wolf/Fuchs (Hrsg), Handbuch des Streikrechts I", "Wolf/Fuchs (Hrsg), Handbuch des Streikrechts I (2017), 3.",
     ("Handbuch des Streikrechts I", ["Wolf", "Fuchs"])),
    ("Berger et al (Hrsg), Arbeitszeit im Wandel", "Berger et al (Hrsg), Arbeitszeit im Wandel (2009)",
     ("Arbeitszeit im Wandel", ["Berger"])),
])
def test_editors_left_in_the_title(title: str, text: str, expected: tuple[str, list[str]]) -> None:
    item: Entry = {"type": "book", "title": title}
    _authors_inside_title(item, text)
    assert (item["title"], [p["family"] for p in item["editor"]]) == expected
    assert "author" not in item


@pytest.mark.parametrize("item,text,authors", [
    ({"type": "document", "title": "Archivrecht in Bibliotheken"},
     "Brandt, Archivrecht in Bibliotheken, in: Lang/Kurz, Handbuch, Teil C § 25 Rn. 3.", ["Brandt"]),
    ({"type": "book", "title": "Lohn und Leistung"}, "Wolf/Fuchs, Lohn und Leistung (2003), 15.", ["Wolf", "Fuchs"]),
    # a title's first words before a comma are no author ("Hohe Ziele, die …")
    ({"type": "book", "title": "die mit eigenem Lernen einhergehen"}, "Hohe Ziele, die mit eigenem Lernen einhergehen",
     None),
    ({"type": "book", "title": "Lohn", "author": [{"family": "Roe"}]}, "Wolf, Lohn (2003).", ["Roe"]),
    ({"type": "book", "title": "art"}, "UNCRC, art. 24(2)(c).", None),  # a locator label is no title
])
def test_surname_before_the_title_is_the_author(item: Entry, text: str, authors: list[str] | None) -> None:
    _author_before_title(item, text)
    assert ([p["family"] for p in item["author"]] if "author" in item else None) == authors


@pytest.mark.parametrize("item,text,prose", [
    ({"type": "book", "title": "Einer Begründung bedarf die Kündigung zB in Spanien und Finnland"},
     "Einer Begründung bedarf die Kündigung zB in Spanien und Finnland.", True),
    ({"type": "book", "title": "Examples of his references to equity include the law of trusts"},
     "Examples of his references to equity include the law of trusts.", True),
    # a work has an author, a date, a number or a link somewhere
    ({"type": "book", "title": "The General Theory of Law", "author": [{"family": "Roe"}]},
     "Ann Roe, The General Theory of Law and the State", False),
    ({"type": "book", "title": "Sicherheitsbericht der Regierung"},
     "Sicherheitsbericht der Regierung, abrufbar unter http://www.example.org", False),
    ({"type": "book", "title": "Leitfaden für lange Arbeitszeiten"}, "Leitfaden für lange Arbeitszeiten (2019)", False),
    ({"type": "book", "title": "Sachsenspiegel"}, "Sachsenspiegel, Landrecht", False),  # too short to be a sentence
    ({"type": "book", "title": "The Making of the English Working Class"},
     "The Making of the English Working Class, London: Gollancz", False),  # an imprint names a book
])
def test_reads_as_prose(item: Entry, text: str, prose: bool) -> None:
    assert reads_as_prose(item, text) is prose


def test_prose_is_kept_as_a_citation_without_an_entry() -> None:
    sentence = "Einer Begründung bedarf die Kündigung zB in Spanien, Irland und Finnland."
    doc = build_document(doc_of(sentence),
                         lambda text, prev=None: ParsedReference(item={"type": "book", "title": text}))
    assert doc.entries == []
    cit = doc.notes[0].citations
    if cit:  # the splitter may already call it commentary; if not, the pipeline keeps it as text
        assert cit[0].id is None and cit[0].text == sentence
        assert [(d.code, d.raw) for d in doc.diagnostics] == [("X504", sentence)]


def test_a_name_in_a_sentence_before_the_work_is_commentary() -> None:
    note = ("Vgl. Ann Roe, einer bekannten Vertreterin der kritischen Schule, eine Nähe zur Systemtheorie, "
            "Ann B. Roe, On the Politics of Law, Journal of Legal Theory 20 (2013) 629-664.")
    pieces = [(p.kind, p.text) for p in split_note(note)]
    assert pieces[0][0] == "commentary" and pieces[0][1].startswith("Ann Roe, einer")
    assert pieces[1] == ("full", "Ann B. Roe, On the Politics of Law, Journal of Legal Theory 20 (2013) 629-664")


@pytest.mark.parametrize("note", [
    "Ann Roe, in: Lang (Hg.), Staaten der Welt (2008), 12.",
    "Ann Roe, Staaten der Welt, einer Einführung, Berlin 2008, und Ann B. Roe, Grenzen, Wien 2010.",
])
def test_a_citation_opening_with_a_name_stays_a_citation(note: str) -> None:
    assert split_note(note)[0].kind == "full"


@pytest.mark.parametrize("item,text,expected", [
    # a collection's siglum and page before the title: the parser's "author" RW is the container
    ({"type": "book", "title": "Thesen zur Verfassung", "author": [{"family": "GS"}]},
     "GS 49, Thesen zur Verfassung, 1977.", ("Thesen zur Verfassung", "GS", None)),
    ({"type": "book", "title": "GS 298 Stellung des Rechts im Staat"},
     "GS 298 Stellung des Rechts im Staat, 1965.", ("Stellung des Rechts im Staat", "GS", None)),
    ({"type": "book", "title": "Recht und Staat", "author": [{"family": "Roe"}, {"family": "GS"}]},
     "GS 12 f., Recht und Staat, 1980.", ("Recht und Staat", "GS", ["Roe"])),
    # a periodical's year is no page; a court is no collection
    ({"type": "article-journal", "author": [{"family": "Roe"}]}, "ZUM 2011, 538, Urteilsanmerkung",
     (None, None, ["Roe"])),
])
def test_siglum_before_the_title(item: Entry, text: str, expected: tuple) -> None:
    _siglum_before_title(item, text)
    authors = [p["family"] for p in item["author"]] if "author" in item else None
    assert (item.get("title"), item.get("container-title"), authors) == expected


def test_a_work_cited_by_siglum_and_by_author_is_one_entry() -> None:
    texts = ["GS 281 f., Arbeit und Bildung, 1989.", "Ann Roe, Arbeit und Bildung, in: Lang (Hg.), Kultur (1989), 368.",
             "GS 290, Arbeit und Bildung, 1989."]
    items: dict[str, Entry] = {
        texts[0]: {"type": "book", "title": "Arbeit und Bildung", "author": [{"family": "GS"}],
                   "issued": {"date-parts": [[1989]]}},
        texts[1]: {"type": "chapter", "title": "Arbeit und Bildung", "author": [{"family": "Roe", "given": "Ann"}],
                   "container-title": "Kultur", "issued": {"date-parts": [[1989]]}},
        texts[2]: {"type": "book", "title": "Arbeit und Bildung", "author": [{"family": "GS"}],
                   "issued": {"date-parts": [[1989]]}},
    }
    doc = build_document(doc_of(*texts), parse_from(items))
    assert len(doc.entries) == 1
    assert [n.citations[0].locator for n in doc.notes][::2] == ["281 f.", "290"]  # the page in the collection


def test_statutes_with_one_parsed_title_stay_apart() -> None:
    texts = ["TENN. CODE ANN. § 49-6-1028 (2021) (Online).", "WYO. STAT. § 21-4-101 (2021) (Online)."]
    items: dict[str, Entry] = {
        texts[0]: {"type": "legislation", "title": "(Online)", "issued": {"date-parts": [[2021]]}},
        texts[1]: {"type": "legislation", "title": "(Online)", "author": [{"family": "Stat"}],
                   "issued": {"date-parts": [[2021]]}},
    }
    doc = build_document(doc_of(*texts), parse_from(items))
    assert len(doc.entries) == 2


def test_a_year_and_remark_after_the_title_are_cut_off() -> None:
    item: Entry = {"type": "book", "title": "Zur Begründung im Recht, 1995 (Streit um „Verfassung“, „Gesellschaft"}
    repair_parse(item, "GS 172, Zur Begründung im Recht, 1995 (Streit um „Verfassung“, „Gesellschaft“).")
    assert item["title"] == "Zur Begründung im Recht" and item["issued"] == {"date-parts": [[1995]]}


def _anonymous(texts: list[str], titles: list[str], years: list[int]) -> Document:
    items: dict[str, Entry] = {t: {"type": "article-journal", "title": title, "issued": {"date-parts": [[y]]}}
                               for t, title, y in zip(texts, titles, years, strict=True)}
    return build_document(doc_of(*texts), parse_from(items))


def test_an_anonymous_title_typed_a_little_differently_is_one_work() -> None:
    doc = _anonymous(["Enquiries for the Coast and other parts of the East-Indies, in: PT II (1667) 415.",
                      "Enquiries for the Coast and other parts of the EastIndies, in: PT II (1667) 415."],
                     ["Enquiries for the Coast and other parts of the East-Indies",
                      "Enquiries for the Coast and other parts of the EastIndies"], [1667, 1667])
    assert len(doc.entries) == 1


@pytest.mark.parametrize("titles,years", [
    (["Enquiries for the Coast and other parts of the East-Indies",
      "Enquiries for the Coast and other parts of the West-Indies"], [1667, 1667]),  # another region
    (["Enquiries for the Coast and other parts of the East-Indies",
      "Enquiries for the Coast and other parts of the EastIndies"], [1667, 1668]),  # another year
    (["Report", "Report"], [1990, 1991]),
])
def test_anonymous_works_that_differ_stay_apart(titles: list[str], years: list[int]) -> None:
    doc = _anonymous([f"{t}, {y}." for t, y in zip(titles, years, strict=True)], titles, years)
    assert len(doc.entries) == 2


def test_an_entry_that_gains_its_author_is_found_by_it() -> None:
    # siglum first (no author), then the author's own citation adds the author, then the author again
    texts = ["GS 281 f., Arbeit und Bildung, 1989.", "Ann Roe, Arbeit und Bildung, in: Lang (Hg.), Kultur (1989), 368.",
             "Ann Roe, Arbeit und Bildung, in: Lang (ed.), Kultur 368 ff."]
    roe = [{"family": "Roe", "given": "Ann"}]
    items: dict[str, Entry] = {
        texts[0]: {"type": "book", "title": "Arbeit und Bildung", "issued": {"date-parts": [[1989]]}},
        texts[1]: {"type": "chapter", "title": "Arbeit und Bildung", "author": roe, "issued": {"date-parts": [[1989]]}},
        texts[2]: {"type": "chapter", "title": "Arbeit und Bildung", "author": roe},
    }
    doc = build_document(doc_of(*texts), parse_from(items))
    assert len(doc.entries) == 1


@pytest.mark.parametrize("note,prefixes", [
    ("rather in passing GS 506, Pluralismus und Identität, 1981.", ["rather in passing"]),
    ("eher beiläufig GS 506, Pluralismus und Identität, 1981", ["eher beiläufig"]),
    ("Zur Norm: GS 373 ff., Begriffe, 1977; zum Verfassungsrecht: GS 109, Rechtfertigungen, 2003.",
     ["Zur Norm", "zum Verfassungsrecht"]),
])
def test_words_before_a_siglum_are_its_prefix(note: str, prefixes: list[str]) -> None:
    pieces = split_note(note)
    assert [p.prefix for p in pieces] == prefixes
    assert all(p.text.startswith("GS ") for p in pieces)


def test_a_sentence_about_a_name_then_a_siglum_citation() -> None:
    note = "Ann Roe, with whom he certainly agrees, GS 85, Ann Roe (1895-1977), 1989."
    pieces = [(p.kind, p.text, note[p.start:p.end]) for p in split_note(note)]
    assert pieces[0][:2] == ("commentary", "Ann Roe, with whom he certainly agrees")
    assert pieces[1][:2] == ("full", "GS 85, Ann Roe (1895-1977), 1989.") and pieces[1][1] == pieces[1][2]


@pytest.mark.parametrize("title,text,expected", [
    ("Die Haftung im Vergleich, ArbZ 2009, 47 (Teil I) und ArbZ 2009",
     "Huber, Die Haftung im Vergleich, ArbZ 2009, 47 (Teil I) und ArbZ 2009, 218 (Teil II).",
     ("Die Haftung im Vergleich", "ArbZ")),
    ("Zeitreihen, bis 2009, 12 Länder im Vergleich", "Huber, Zeitreihen, bis 2009, 12 Länder im Vergleich (2010)",
     ("Zeitreihen, bis 2009, 12 Länder im Vergleich", None)),
])
def test_periodical_inside_a_title_that_runs_on(title: str, text: str, expected: tuple[str, str | None]) -> None:
    item: Entry = {"type": "book", "title": title}
    _periodical_inside_title(item, text)
    assert (item["title"], item.get("container-title")) == expected


@pytest.mark.parametrize("note,prefix,text", [
    ("Italian translation: Le regole del diritto, Roma 1975.", "Italian translation", "Le regole del diritto, Roma 1975."),
    ("trad. it.: Le regole del diritto, Roma 1975.", "trad. it.", "Le regole del diritto, Roma 1975."),
    ("Dt. Übersetzung: Die Regeln des Rechts, Berlin 1977.", "Dt. Übersetzung", "Die Regeln des Rechts, Berlin 1977."),
    ("Version 2: A Study of Law, London 1990.", None, "Version 2: A Study of Law, London 1990."),  # a title
])
def test_a_translation_label_is_a_prefix(note: str, prefix: str | None, text: str) -> None:
    piece = split_note(note)[0]
    assert (piece.prefix, piece.text) == (prefix, text)


@pytest.mark.parametrize("note,expected", [
    # moved from test_continuations_and_signals: the sentence stays commentary, its "4 id." is now cited
    ("So, in a third place, he writes of the divine laws, 4 id. at 177 (1765).",
     [("commentary", "So, in a third place, he writes of the divine laws"), ("ibid", "4 id. at 177 (1765)")]),
    ("Examples include the law of nuisance, 3 id. at 218, and of the criminal law, id. at 11, 30, dueling, "
     "id. at 199.",
     [("commentary", "Examples include the law of nuisance"), ("ibid", "3 id. at 218"),
      ("commentary", "and of the criminal law"), ("ibid", "id. at 11, 30"), ("commentary", "dueling"),
      ("ibid", "id. at 199")]),
    ("The same criticism was made of his view: ibid., pp. 311-12.",
     [("commentary", "The same criticism was made of his view:"), ("ibid", "ibid., pp. 311-12")]),
    # a back-reference that opens the piece, or a quoted "id.", is left to the usual rules
    ("Id. at 12.", [("ibid", "Id. at 12.")]),
])
def test_back_references_inside_a_sentence_are_cited(note: str, expected: list[tuple[str, str]]) -> None:
    pieces = split_note(note)
    assert [(p.kind, p.text) for p in pieces] == expected
    assert all(note[p.start:p.end] == p.text for p in pieces)


def test_ibidem_after_a_citation_is_its_periodical_not_a_back_reference() -> None:
    note = ('A. Roe, "Pratiques et conjoncture", Bulletin du Centre, 1975 (4), p. 39-62, and "La pratique '
            'en ville", ibidem, 1976 (4), p. 55-74.')
    kinds = [p.kind for p in split_note(note)]
    assert kinds[0] == "full" and "ibid" not in kinds
