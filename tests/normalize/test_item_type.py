"""Type inference (runs last, over everything the chain found)."""

from __future__ import annotations

import pytest

from citekit.normalize import normalize_fields

P = pytest.param

CASES = [
    P([("author", "Robert Conquest,"), ("title", "The Great Terror,"), ("location", "London,"), ("date", "1968")],
      "book", id="book"),
    P([("title", "Repressii protiv poliakov,"), ("editor", "ed. A. E. Gur´ ianov,"), ("location", "Moscow,"),
       ("date", "1997")], "book", id="edited-book"),
    P([("author", "Guder, Darrell L.,"), ("title", "‘Incarnation’,"), ("container-title", "International Review"),
       ("volume", "83: 330"), ("date", "(1994),"), ("pages", "417-428.")], "article-journal", id="journal"),
    P([("author", "Jane Haggis"), ("title", "‘Thoughts on whiteness’"),
       ("container-title", "in Whitening Race."), ("editor", "A. Moreton-Robinson ed."),
       ("location", "Canberra,"), ("publisher", "Aboriginal Studies Press,"), ("pages", "pp. 48-58.")],
      "chapter", id="chapter"),
    P([("author", "R. White,"), ("title", "Timing analysis."),
       ("container-title", "In Proceedings of the IEEE Real-Time Symposium,"), ("pages", "pages 192-202,")],
      "paper-conference", id="conference"),
    P([("title", "Interview with the author,"), ("location", "Moscow,"), ("date", "12 March 2004.")], "interview",
      id="interview"),
    P([("author", "Paul Grendler,"), ("title", "\"The Destruction of Hebrew Books,\""),
       ("container-title", "Proceedings of the American Academy for Jewish Research"), ("volume", "45"),
       ("date", "(1978):"), ("pages", "103–30.")], "article-journal", id="learned-society-proceedings-journal"),
    P([("author", "John Smith,"), ("title", "‘Moscow burns’,"), ("container-title", "The Times,"),
       ("date", "4 June 1992,")], "article-newspaper", id="newspaper"),
    P([("author", "Smith, J."), ("title", "Land reform in Tuscany."), ("genre", "PhD thesis,"),
       ("publisher", "University of Florence")], "thesis", id="thesis"),
    P([("author", "OECD"), ("title", "Economic Outlook."), ("genre", "Working Paper 12")], "report",
      id="report"),
    P([("other", "GARF,"), ("locator", "f. 5446, op. 1, d. 23, l. 4.")], "manuscript", id="archival"),
    P([("author", "Canaris,"), ("title", "Schutzgesetze,"), ("container-title", "FS Larenz,"), ("date", "1973,"),
       ("pages", "S. 27–110.")], "chapter", id="festschrift-chapter"),
    P([("title", "Thurber, James."), ("container-title", "Encyclopedia Americana."), ("date", "1991"),
       ("edition", "ed.")], "chapter", id="edition-makes-a-book"),
    P([("title", "Brown v. Board of Education,"), ("container-title", "347 U.S."), ("pages", "483"),
       ("date", "(1954)")], "legal_case", id="legal-case"),
    P([("title", "Donoghue v Stevenson"), ("date", "[1932]"), ("container-title", "A.C."), ("pages", "562")],
      "legal_case", id="legal-case-uk"),
    P([("title", "Civil Rights Act of 1964,"), ("container-title", "Pub. L. No. 88-352")], "legislation",
      id="statute-in-public-law"),
    P([("title", "Gesetz über die Reichsbank"), ("container-title", "Reichsgesetzblatt"), ("volume", "I"),
       ("date", "1939,"), ("pages", "S. 1015")], "legislation", id="statute-gazette"),
    P([("title", "Loi du 9 décembre 1905"), ("container-title", "Journal officiel")], "legislation",
      id="loi-journal-officiel"),
    P([("author", "Smith"), ("title", "The Act of Reading"), ("container-title", "Poetics Today"), ("volume", "3")],
      "article-journal", id="act-in-article-title"),
    P([("title", "Bürgerliches Gesetzbuch"), ("locator", "§ 823")], "legislation", id="statute"),
    P([("author", "Levine, J."), ("title", "ALA’s Second Life,"), ("url", "http://theshiftedlibrarian.com/")],
      "webpage", id="webpage"),
    P([("backref", "Ibid.,"), ("locator", "p. 3")], "document", id="ibid-has-no-work"),
    P([], "document", id="empty"),
    P([("author", "Mary Hale,"), ("title", "‘The Poet as Steward’ (unpublished doctoral thesis,"),
       ("publisher", "University of Leeds,"), ("date", "2007),")], "thesis", id="thesis-kind-in-the-title"),
    P([("author", "Luis Pérez,"), ("title", "El comercio de Sevilla, tesis doctoral,"), ("date", "1987,")], "thesis",
      id="tesis-doctoral"),
    P([("author", "Anna Weber,"), ("title", "Bürgertum und Bildung, Diss. phil.,"), ("date", "1978,")], "thesis",
      id="diss-phil"),
    P([("author", "A. Benedetti,"), ("title", "Compendio da una tesi di laurea,"), ("location", "Venezia,")], "book",
      id="thesis-word-inside-the-title"),
    P([("title", "Le Monde,"), ("date", "12 mai 1968,"), ("locator", "p. 3.")], "article-newspaper",
      id="newspaper-read-as-title"),
    P([("title", "The Daily Life of Romans,"), ("location", "London,"), ("date", "12 May 1968")], "book",
      id="newspaper-word-in-a-book-title"),
    P([("author", "Beatriz Sarlo,"), ("title", "“Modernidad periférica”,"), ("container-title", "en Punto de Vista,"),
       ("issue", "núm. 25,"), ("location", "Buenos Aires,"), ("date", "1985,"), ("pages", "pp. 3-9.")],
      "article-journal", id="journal-with-its-place-and-issue"),
    P([("author", "A. B.,"), ("title", "X,"), ("container-title", "in Y,"), ("location", "Paris,"), ("date", "1985,"),
       ("pages", "pp. 3-9.")], "chapter", id="place-without-an-issue-is-a-book"),
]


@pytest.mark.parametrize(("fields", "expected"), CASES)
def test_item_type(fields: list[tuple[str, str]], expected: str) -> None:
    assert normalize_fields(fields).item["type"] == expected


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        P([("author", "Mary Hale,"), ("title", "‘The Poet as Steward’ (unpublished doctoral thesis,"),
           ("publisher", "University of Leeds,"), ("date", "2007),")],
          {"title": "The Poet as Steward", "genre": "unpublished doctoral thesis", "publisher": "University of Leeds"},
          id="kind-of-thesis-leaves-the-title"),
        P([("author", "Marie Lefort,"), ("title", "La dévotion à Rouen, thèse de doctorat, Université de Rouen,"),
           ("date", "1995,")],
          {"title": "La dévotion à Rouen", "genre": "thèse de doctorat", "publisher": "Université de Rouen"},
          id="awarding-body-after-the-kind"),
        P([("author", "Daniel Marsh,"), ("title", "The Lyric and the Ledger"), ("genre", "(PhD diss.,"),
           ("location", "University of Chicago,"), ("date", "2004),")],
          {"title": "The Lyric and the Ledger", "genre": "PhD diss", "publisher": "University of Chicago"},
          id="university-read-as-a-place"),
        P([("title", "Corriere della Sera,"), ("date", "3 maggio 1915,")],
          {"container-title": "Corriere della Sera", "title": None}, id="newspaper-title-is-the-container"),
    ],
)
def test_what_the_type_implies(fields: list[tuple[str, str]], expected: dict[str, object]) -> None:
    item = normalize_fields(fields).item
    assert {key: item.get(key) for key in expected} == expected
