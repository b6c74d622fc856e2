"""Round 8 normalizer rules, one table row per rule (the tagger's spans in -> what the item gets).

The spans are those the shipped model gives notes of ``tests/parser/test_notes_round8.py`` (primary
sources: letters, interviews, command papers, newspapers, films, scripture, pamphlets) and variants of
them; each row checks one general rule of ``citekit/normalize``.  The rows marked "left alone" check
that each rule leaves the forms it must not touch.
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields
from citekit.normalize.base import Context, ItemState
from citekit.normalize.pages import PagesLocator
from citekit.normalize.scripture import Scripture, scripture_books

P = pytest.param
NAME_KEYS = ("author", "editor", "recipient", "interviewer", "director")


def _seen(item: dict[str, Any], key: str) -> Any:
    """A CSL variable as a row names it: names by family (or literal), the year alone."""
    if key in NAME_KEYS:
        return [name.get("family") or name.get("literal") for name in item.get(key, [])]
    return item.get(key)


ROWS = [
    # --- scripture: book chapter:verse (step scripture, P129)
    P([("title", "Gen. 1:27.")], {"type": "book", "title": "Genesis"}, ("1:27", "verse"), id="scripture-one-span"),
    P([("author", "Matt."), ("volume", "5:3–12.")], {"title": "Matthew", "author": []}, ("5:3-12", "verse"),
      id="scripture-book-read-as-author"),
    P([("volume", "1 Cor. 13:4.")], {"title": "1 Corinthians", "volume": None, "issue": None}, ("13:4", "verse"),
      id="scripture-numbered-book"),
    P([("author", "II Sam."), ("volume", "11:2–4.")], {"title": "2 Samuel"}, ("11:2-4", "verse"),
      id="scripture-roman-book-number"),
    P([("signal", "See"), ("author", "John 3:16 (KJV).")], {"title": "John", "version": "KJV"}, ("3:16", "verse"),
      id="scripture-version-after-a-signal"),
    P([("title", "Song of Solomon 2:1.")], {"title": "Song of Solomon"}, ("2:1", "verse"), id="scripture-book-of-words"),
    P([("author", "Smith"), ("volume", "12:45.")], {"title": None, "author": ["Smith"]}, None,
      id="scripture-left-alone-no-book"),
    P([("author", "John Smith,"), ("title", "Acts,"), ("volume", "2:4.")], {"title": "Acts", "author": ["Smith"]}, None,
      id="scripture-left-alone-more-than-a-verse"),
    P([("title", "Genesis and Geology,"), ("location", "Cambridge,"), ("date", "1951.")],
      {"title": "Genesis and Geology", "type": "book"}, None, id="scripture-left-alone-no-chapter-verse"),
    # --- letters: a writer, an addressee and a date (type step)
    P([("author", "Elizabeth Montagu to Elizabeth Carter,"), ("date", "12 March 1762,"), ("location", "San Marino, CA.")],
      {"type": "letter", "author": ["Montagu"], "recipient": ["Carter"]}, None, id="letter-writer-to-addressee"),
    P([("author", "Mary Shelley to Leigh Hunt,"), ("date", "9 February 1824,"),
       ("container-title", "in The Letters of Mary Wollstonecraft Shelley,"), ("editor", "ed. Betty T. Bennett,"),
       ("location", "(Baltimore:"), ("publisher", "Johns Hopkins University Press,"), ("date", "1980),"),
       ("volume", "1:412.")],
      {"type": "letter", "container-title": "The Letters of Mary Wollstonecraft Shelley", "volume": None, "issue": None},
      ("1:412", "page"), id="letter-in-an-edition-volume-and-page"),
    P([("title", "Letter from Jane Addams to Mary Rozet Smith,"), ("date", "3 May 1921,"),
       ("note", "Box 4, Folder 2, Papers of Jane Addams,"), ("publisher", "Swarthmore College Peace Collection.")],
      {"type": "letter", "recipient": ["Smith"]}, None, id="letter-in-an-archive"),
    P([("author", "An Incremental Approach to Unit Testing,"), ("location", "New York,"), ("date", "1988.")],
      {"type": "book"}, None, id="letter-left-alone-no-day-or-month"),
    # --- volume:page after a book's imprint (volume step)
    P([("author", "Society of Critical Care Medicine."), ("title", "Guidelines for standards of care."),
       ("publisher", "Society of Critical Care Medicine."), ("container-title", "Crit Care Med"), ("volume", "10;"),
       ("volume", "19:275-278.")], {"volume": "10", "page": "275-278"}, None, id="volume-page-left-alone-in-a-journal"),
    # --- command papers (type step)
    P([("title", "Report of the Royal Commission on the Poor Laws, Cd. 4499"), ("location", "(London:"),
       ("publisher", "HMSO,"), ("date", "1909),"), ("locator", "112.")],
      {"type": "report", "title": "Report of the Royal Commission on the Poor Laws", "number": "Cd. 4499"},
      ("112", "page"), id="command-paper-cd"),
    P([("title", "Social Insurance and Allied Services, Cmd. 6404"), ("location", "(London:"), ("publisher", "HMSO,"),
       ("date", "1942).")], {"type": "report", "number": "Cmd. 6404"}, None, id="command-paper-cmd"),
    P([("title", "Cdn Studies in Cmnd Papers"), ("location", "(London:"), ("publisher", "HMSO,"), ("date", "1980).")],
      {"type": "book", "number": None, "title": "Cdn Studies in Cmnd Papers"}, None, id="command-paper-left-alone-no-number"),
    # --- films (type step)
    P([("author", "Citizen Kane,"), ("title", "directed by Orson Welles (RKO Radio Pictures,"), ("date", "1941).")],
      {"type": "motion_picture", "title": "Citizen Kane", "director": ["Welles"], "author": [],
       "publisher": "RKO Radio Pictures"}, None, id="film-title-read-as-author"),
    P([("title", "Triumph of the Will, dir. Leni Riefenstahl"), ("location", "(Reichsparteitag-Film,"), ("date", "1935).")],
      {"type": "motion_picture", "title": "Triumph of the Will", "director": ["Riefenstahl"],
       "publisher": "Reichsparteitag-Film", "publisher-place": None}, None, id="film-dir-in-the-title"),
    P([("title", "Les Lieux de mémoire,"), ("editor", "dir. Pierre Nora"), ("location", "(Paris:"),
       ("publisher", "Gallimard,"), ("date", "1984).")],
      {"type": "book", "editor": ["Nora"], "director": []}, None, id="film-left-alone-french-dir-editor"),
    # --- interviews (type step)
    P([("author", "Interview with Rosa Parks by Sidney Rogers,"), ("date", "1956,"),
       ("collection-title", "Pacifica Radio Archives.")],
      # (the title names both people: the one interviewed is the author, CSL's and Zotero's interviewee)
      {"type": "interview", "title": "Interview with Rosa Parks by Sidney Rogers", "author": ["Parks"],
       "interviewer": ["Rogers"]}, None,
      id="interview-described-read-as-author"),
    P([("author", "John Smith, interview by Paul Thompson,"), ("date", "12 June 1972,"),
       ("title", "Edwardians Oral History Collection,")],
      {"type": "interview", "author": ["Smith"], "interviewer": ["Thompson"]}, None, id="interview-by-named"),
    P([("author", "Margaret Thompson, interviewed by the author,"), ("date", "14 May 2003.")],
      {"type": "interview", "author": ["Thompson"], "interviewer": []}, None, id="interview-by-the-author"),
    P([("author", "Margaret Thompson,"), ("title", "interview by the author,"), ("location", "Leeds,"),
       ("date", "14 May 2003.")], {"type": "interview", "author": ["Thompson"]}, None, id="interview-lower-case-title"),
    P([("title", "Oral history interview with Ella Baker,"), ("date", "19 September 1974.")],
      {"type": "interview"}, None, id="oral-history-interview"),
    P([("author", "Charles Briggs,"), ("title", "Learning How to Ask: Interviews in Social Science,"),
       ("location", "Cambridge,"), ("date", "1986.")], {"type": "book", "interviewer": []}, None,
      id="interview-left-alone-book-about-interviews"),
    # --- a newspaper's name read as the author (type step)
    P([("author", "Daily Mail,"), ("date", "12 November 1918,"), ("locator", "p. 4,")],
      {"type": "article-newspaper", "container-title": "Daily Mail", "author": []}, ("4", "page"),
      id="newspaper-read-as-author"),
    P([("author", "Morning Chronicle,"), ("date", "3 March 1820.")],
      {"type": "article-newspaper", "container-title": "Morning Chronicle"}, None, id="newspaper-chronicle"),
    P([("author", "Emily Post,"), ("date", "3 May 1922.")], {"author": ["Post"], "container-title": None}, None,
      id="newspaper-left-alone-a-person"),
    P([("author", "Daily Mail,"), ("date", "1918.")], {"container-title": None}, None,
      id="newspaper-left-alone-no-day"),
    # --- a classical work and its passage read as a journal (short-form step)
    P([("author", "Tacitus,"), ("container-title", "Annals 15.44.")],
      {"title": "Annals", "container-title": None, "author": ["Tacitus"]}, ("15.44", "section"),
      id="classical-work-read-as-journal"),
    P([("author", "Plato,"), ("container-title", "Republic 514a.")], {"title": "Republic", "container-title": None},
      ("514a", "page"), id="stephanus-page-read-as-journal"),
    P([("author", "Smith,"), ("container-title", "Nature"), ("volume", "12.3.")],
      {"title": None, "container-title": "Nature", "volume": "12"}, None, id="classical-left-alone-journal-and-volume"),
    P([("author", "Smith,"), ("container-title", "Past and Present 12.3."), ("date", "1957.")],
      {"title": None}, None, id="classical-left-alone-with-a-date"),
    # --- a locator's label left at the end of the title (pages step)
    P([("author", "Locke,"), ("title", "Second Treatise of Government, sec."), ("locator", "27.")],
      {"title": "Second Treatise of Government"}, ("27", "section"), id="label-closing-the-title-sec"),
    P([("author", "Bentham,"), ("title", "Fragment on Government, Ch."), ("locator", "4.")],
      {"title": "Fragment on Government"}, ("4", "chapter"), id="label-closing-the-title-ch"),
    P([("author", "Brown,"), ("title", "Essays, Art"), ("locator", "12.")], {"title": "Essays, Art"}, ("12", "page"),
      id="label-left-alone-a-word-of-the-title"),
    P([("author", "Jones,"), ("title", "Legal Essays, Sec."), ("locator", "p. 27.")], {}, ("27", "page"),
      id="label-left-alone-locator-has-its-own-label"),
    # --- an author supplied in square brackets (names step)
    P([("author", "[Daniel Defoe],"), ("title", "The Shortest-Way with the Dissenters"), ("location", "(London,"),
       ("date", "1702),")], {"author": ["Defoe"]}, None, id="attributed-author"),
    P([("author", "[Jonathan Swift?],"), ("title", "A Modest Proposal"), ("date", "1729.")], {"author": ["Swift"]},
      None, id="attributed-author-doubted"),
]


@pytest.mark.parametrize(("fields", "expected", "occurrence"), ROWS)
def test_round8_rule(
    fields: list[tuple[str, str]], expected: dict[str, Any], occurrence: tuple[str, str] | None
) -> None:
    parsed = normalize_fields(fields)
    assert {key: _seen(parsed.item, key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.locator, parsed.label) == occurrence


def test_every_abbreviation_names_one_book() -> None:
    books = scripture_books()
    assert books["Gen"] == "Genesis" and books["Matt"] == "Matthew" and books["Genesis"] == "Genesis"
    assert all(name == books[name] for name in set(books.values()))


def test_scripture_step_is_idempotent() -> None:
    state = ItemState.from_fields([("author", "Matt."), ("volume", "5:3–12.")])
    step = Scripture()
    step(state, Context())
    first = (dict(state.item), state.locator, state.label)
    step(state, Context())
    assert (state.item, state.locator, state.label) == first


def test_issue_read_again_is_the_same_issue() -> None:
    """"no. 1926" read as the issue: the pages step run twice neither adds a page nor a locator."""
    state = ItemState.from_fields([("container-title", "0"), ("pages", "no. 1926")])
    state.item["container-title"] = "0"
    step = PagesLocator()
    step(state, Context())
    first = (dict(state.item), state.locator)
    step(state, Context())
    assert (state.item, state.locator) == first
