"""Table tests of tricky pairs: which records are one work, which stay apart, and why."""

from __future__ import annotations

from typing import Any

import pytest

from citekit.matching import MatchConfig, match


def entry(**fields: Any) -> dict[str, Any]:
    """A CSL entry from short keywords: au="Family, Given; ...", year=, ed=."""
    item: dict[str, Any] = {"id": fields.pop("id", "x"), "type": fields.pop("type", "book")}
    for key, var in (("au", "author"), ("eds", "editor"), ("tr", "translator")):
        if key in fields:
            names = []
            for part in fields.pop(key).split(";"):
                family, _, given = part.strip().partition(",")
                name = {"family": family.strip()}
                if given.strip():
                    name["given"] = given.strip()
                names.append(name)
            item[var] = names
    if "year" in fields:
        item["issued"] = {"date-parts": [[fields.pop("year")]]}
    for key, value in fields.items():
        item[key.replace("_", "-") if key != "DOI" else key] = value
    return item


VOLUME = entry(type="book", eds="Fitzpatrick, Sheila", title="Stalinism: New Directions",
               year=2000, publisher="Routledge", ISBN="0-415-15233-6")
CH1 = entry(type="chapter", au="Kotkin, Stephen", title="Speaking Bolshevik",
            container_title="Stalinism: New Directions", eds="Fitzpatrick, Sheila", year=2000,
            page="250-291", ISBN="0-415-15233-6")
CH2 = entry(type="chapter", au="Kotkin, Stephen", title="Coercion and Identity",
            container_title="Stalinism: New Directions", eds="Fitzpatrick, Sheila", year=2000,
            page="292-310", ISBN="0-415-15233-6")

SAME: list[tuple[str, dict[str, Any], dict[str, Any]]] = [
    ("initials vs full given names, journal abbreviation",
     entry(type="article-journal", au="Whitewood, Peter", title="The Purge of the Red Army and the Soviet Mass Operations, 1937-38",
           container_title="Slavonic and East European Review", volume="93", page="286-314", year=2015),
     entry(type="article-journal", au="Whitewood, P.", title="The purge of the Red Army and the Soviet mass operations, 1937–38",
           container_title="Slavon. East Eur. Rev.", volume="93", page="286", year=2015)),
    ("transliteration variants of author and title",
     entry(au="Gur´ianov, A. Iu.", title="Repressii protiv spetspereselentsev", year=1997),
     entry(au="Gurjanov, Aleksandr", title="Repressii protiv specpereselencev", year=1997)),
    ("LaTeX accents vs Unicode",
     entry(au='G{\\"o}del, Kurt', title='{\\"U}ber formal unentscheidbare S{\\"a}tze', year=1931,
           type="article-journal"),
     entry(au="Gödel, Kurt", title="Über formal unentscheidbare Sätze", year=1931,
           type="article-journal")),
    ("'&' vs 'and' and a subtitle dropped",
     entry(au="Getty, J. Arch; Naumov, Oleg", title="The Road to Terror: Stalin and the Self-Destruction of the Bolsheviks", year=1999),
     entry(au="Getty, John Archibald; Naumov, Oleg V.", title="The Road to Terror", year=1999)),
    ("same DOI, one record without title or author",
     entry(type="article-journal", au="Smith, J.", title="Stalin's purge of the army", DOI="10.5555/abc.1", year=2001),
     entry(type="article-journal", DOI="https://doi.org/10.5555/ABC.1", year=2001)),
    ("preprint and published article (one kind of publication)",
     entry(type="article", au="Harris, James", title="The Great Fear: Stalin's Terror of the 1930s", year=2016),
     entry(type="article-journal", au="Harris, J.", title="The great fear: Stalin's terror of the 1930s",
           container_title="Russian Review", year=2017)),
    ("two-digit and four-digit years in the title",
     entry(type="article-journal", au="Whitewood, P.", title="The Purge of the Red Army, 1937-38", year=2015),
     entry(type="article-journal", au="Whitewood, P.", title="The Purge of the Red Army, 1937-1938", year=2015)),
    ("Cyrillic record with different punctuation",
     entry(au="Хлевнюк, Олег", title="Хозяин. Сталин и утверждение сталинской диктатуры", year=2010),
     entry(au="Хлевнюк, О. В.", title="Хозяин: Сталин и утверждение сталинской диктатуры", year=2010)),
    ("particle kept with the family name on one side only",
     entry(au="van der Linden, Marcel", title="Workers of the World: Essays toward a Global Labor History", year=2008),
     entry(au="Linden, M. van der", title="Workers of the world: essays toward a global labor history", year=2008)),
    ("a person written as one literal name",
     entry(au="Conquest, Robert", title="The Harvest of Sorrow", year=1986),
     {"id": "y", "type": "book", "title": "The Harvest of Sorrow", "author": [{"literal": "Robert Conquest"}],
      "issued": {"date-parts": [[1986]]}}),
    ("háček dropped from a Czech name",
     entry(au="Čapek, Karel", title="Válka s mloky", year=1936),
     entry(au="Capek, K.", title="Valka s mloky", year=1936)),
    ("typo in the title",
     entry(au="Conquest, Robert", title="The Great Terror: A Reassessment", year=1990),
     entry(au="Conquest, R.", title="The Great Teror: A Reassesment", year=1990)),
]

APART: list[tuple[str, dict[str, Any], dict[str, Any], str]] = [
    ("chapters of one edited volume", CH1, CH2, "different titles"),
    ("two chapters carrying their book's DOI",
     entry(type="chapter", au="Kotkin, Stephen", title="Speaking Bolshevik", DOI="10.4324/9780203130834", year=2000),
     entry(type="chapter", au="Kotkin, Stephen", title="Coercion and identity", DOI="10.4324/9780203130834", year=2000),
     "different titles"),
    ("a volume and its chapter", VOLUME, CH1, "chapter and the volume"),
    ("an edited volume and a chapter with the same title",
     entry(type="book", eds="Smith, A.", title="Empire and Revolution", year=2010),
     entry(type="chapter", au="Smith, A.", title="Empire and Revolution", container_title="Empire and Revolution", year=2010),
     "chapter and the volume"),
    ("different editions",
     entry(au="Fitzpatrick, Sheila", title="The Russian Revolution", edition="2", year=1994),
     entry(au="Fitzpatrick, Sheila", title="The Russian Revolution", edition="3rd ed.", year=2008),
     "years differ"),
    ("different editions in one year",
     entry(au="Fitzpatrick, Sheila", title="The Russian Revolution", edition="2", year=1994),
     entry(au="Fitzpatrick, Sheila", title="The Russian Revolution", edition="3", year=1994),
     "different editions"),
    ("a translation and its original",
     entry(au="Khlevniuk, Oleg", title="Khoziain: Stalin i utverzhdenie stalinskoi diktatury", year=2010, language="ru"),
     entry(au="Khlevniuk, Oleg", title="Khoziain: Stalin i utverzhdenie stalinskoi diktatury", year=2010, language="English",
           tr="Favorov, Nora Seligman"),
     "translation"),
    ("a translation with its own title and year",
     entry(au="Khlevniuk, Oleg", title="Khoziain: Stalin i utverzhdenie stalinskoi diktatury", year=2010),
     entry(au="Khlevniuk, Oleg", title="Master of the House: Stalin and His Inner Circle", year=2009,
           tr="Favorov, Nora Seligman"),
     "different titles"),
    ("Smith 2012a and 2012b",
     entry(type="article-journal", au="Smith, John", title="Purges in the provinces", year=2012, year_suffix="a"),
     entry(type="article-journal", au="Smith, John", title="Purges in the provinces", year=2012, year_suffix="b"),
     "one year"),
    ("volumes of one multi-volume book",
     entry(au="Carr, E. H.", title="The Bolshevik Revolution, 1917-1923", volume="1", year=1950),
     entry(au="Carr, E. H.", title="The Bolshevik Revolution, 1917-1923", volume="2", year=1950),
     "different volumes"),
    ("a book and a review of it",
     entry(au="Conquest, Robert", title="The Great Terror", year=1968),
     entry(type="review-book", au="Ulam, Adam", title="The Great Terror", reviewed_author=[{"family": "Conquest"}], year=1968),
     "review"),
    ("a book and a review titled 'Review of ...'",
     entry(au="Fahlman, Scott", title="NETL: A System for Representing and Using Real-World Knowledge", year=1979),
     entry(type="article-journal", au="Fahlman, Scott", title="Review of NETL: A System for Representing and Using Real-World Knowledge", year=1979),
     "review"),
    ("a technical report and the journal article",
     entry(type="report", au="Pazzani, M.; Kibler, D.", title="The utility of knowledge in inductive learning", year=1991),
     entry(type="article-journal", au="Pazzani, M.; Kibler, D.", title="The utility of knowledge in inductive learning",
           container_title="Machine Learning", year=1992),
     "versions stay apart"),
    ("different DOIs",
     entry(type="article-journal", au="Smith, J.", title="Introduction", DOI="10.1000/a1", year=2000),
     entry(type="article-journal", au="Smith, J.", title="Introduction", DOI="10.1000/b2", year=2000),
     "different DOIs"),
    ("same title, different authors",
     entry(au="Smith, John", title="The Soviet Union 1917-1991", year=1999),
     entry(au="Keep, John", title="The Soviet Union 1917-1991", year=1999),
     "no author in common"),
    ("same author and title, years far apart (a new work)",
     entry(type="paper-conference", au="Ruby, D.; Kibler, D.", title="Learning subgoal sequences for planning", year=1989),
     entry(type="paper-conference", au="Ruby, D.; Kibler, D.", title="Learning subgoal sequences for planning", year=1991),
     "years differ"),
    ("generic short title by one author in different journals",
     entry(type="article-journal", au="Smith, J.", title="Introduction", container_title="Slavic Review", year=2000),
     entry(type="article-journal", au="Smith, J.", title="Introduction", container_title="Kritika", year=2000),
     ""),
    ("parts of a series with numbered titles",
     entry(au="Davies, R. W.", title="The Industrialisation of Soviet Russia 4: Crisis and Progress", year=1996),
     entry(au="Davies, R. W.", title="The Industrialisation of Soviet Russia 5: Crisis and Progress", year=1996),
     "numbers in the titles"),
    ("same author and short title, nothing else to go on",
     entry(type="article-journal", au="Smith, J.", title="Introduction"),
     entry(type="article-journal", au="Smith, J.", title="Introduction"),
     ""),
    ("Cyrillic titles of different works",
     entry(au="Хлевнюк, О.", title="Хозяин: Сталин и утверждение сталинской диктатуры", year=2010),
     entry(au="Хлевнюк, О.", title="Политбюро: механизмы политической власти", year=2010),
     "different titles"),
    ("namesakes with different initials",
     entry(au="Ivanov, A.", title="Istoriia Rossii", year=2001),
     entry(au="Ivanov, V.", title="Istoriia Rossii", year=2001),
     "given names differ"),
]


@pytest.mark.parametrize(("why", "a", "b"), SAME, ids=[c[0] for c in SAME])
def test_same_work(why: str, a: dict[str, Any], b: dict[str, Any]) -> None:
    decision = match(a, b)
    assert decision.same, (why, decision.evidence)
    assert match(b, a).same, "matching must be symmetric"


@pytest.mark.parametrize(("why", "a", "b", "reason"), APART, ids=[c[0] for c in APART])
def test_different_works(why: str, a: dict[str, Any], b: dict[str, Any], reason: str) -> None:
    decision = match(a, b)
    assert not decision.same, (why, decision.evidence)
    assert not match(b, a).same, "matching must be symmetric"
    assert reason in " ".join(decision.evidence), decision.evidence


def test_merge_editions_policy() -> None:
    a = entry(au="Fitzpatrick, Sheila", title="The Russian Revolution", edition="2", year=1994)
    b = entry(au="Fitzpatrick, Sheila", title="The Russian Revolution", edition="3", year=1994)
    assert not match(a, b).same
    assert match(a, b, MatchConfig(merge_editions=True)).same


def test_merge_versions_policy() -> None:
    a = entry(type="report", au="Pazzani, M.", title="The utility of knowledge in inductive learning", year=1991)
    b = entry(type="article-journal", au="Pazzani, M.", title="The utility of knowledge in inductive learning", year=1991)
    assert match(a, b, MatchConfig(merge_versions=True)).same


def test_shared_isbn_of_chapters_is_not_evidence() -> None:
    intro1 = {**CH1, "title": "Introduction", "author": [{"family": "Fitzpatrick"}]}
    intro2 = {**CH2, "title": "Introduction", "author": [{"family": "Viola"}]}
    decision = match(intro1, intro2)
    assert not decision.same
    assert any("ISBN ignored" in line for line in decision.evidence)


def test_evidence_is_readable() -> None:
    a, b = SAME[0][1], SAME[0][2]
    decision = match(a, b)
    assert decision.score >= MatchConfig().threshold
    assert any(line.startswith("+") and "title" in line for line in decision.evidence)
    assert any("authors agree" in line for line in decision.evidence)
