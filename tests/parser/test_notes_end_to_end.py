"""Whole footnote citations through tagger and normalizers: the entry a scholar expects.

Each note was written by the team in a common humanities or law style; the
expected values were checked by hand.  Only the variables named are compared,
so a note pins what it is about (a series, an archive, a Bluebook book)
without freezing every other field.
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.parser import parse_reference

P = pytest.param

CASES = [
    P("See Ronald Dworkin, Law's Empire 45 (1986).",
      {"type": "book", "title": "Law's Empire", "author": [{"family": "Dworkin", "given": "Ronald"}]},
      ("45", "page"), id="bluebook-book"),
    P("Cf. Quentin Skinner, The Foundations of Modern Political Thought, 2 vols (Cambridge, 1978), i, 23.",
      {"title": "The Foundations of Modern Political Thought", "number-of-volumes": "2"}, ("i, 23", "page"),
      id="number-of-volumes"),
    P("Voir Marc Bloch, Les rois thaumaturges, Paris, Gallimard, 1983 [1924], p. 57.",
      {"issued": {"date-parts": [[1983]]}, "original-date": {"date-parts": [[1924]]}, "publisher": "Gallimard"},
      ("57", "page"), id="first-edition-year"),
    P("GARF, f. R-9401, op. 1, d. 4157, l. 202.",
      {"type": "manuscript", "archive": "GARF", "archive_location": "f. R-9401, op. 1, d. 4157"},
      ("202", "folio"), id="russian-archive-lettered-fond"),
    P("Hannah Arendt, The Origins of Totalitarianism, new edn (New York, 1973), 311.",
      {"title": "The Origins of Totalitarianism", "edition": "new edn"}, ("311", "page"), id="edition-statement"),
    P("Peter Brown, The Body and Society: Men, Women, and Sexual Renunciation in Early Christianity, "
      "Lectures on the History of Religions, n.s., 13 (New York, 1988), 5.",
      {"type": "book", "collection-title": "Lectures on the History of Religions, n.s", "collection-number": "13"},
      ("5", "page"), id="book-series"),
    P("H. Coing, Europäisches Privatrecht, Bd. I: Älteres Gemeines Recht (1500 bis 1800), München 1985, S. 12.",
      # (the work's name is the title, the volume and its own title apart: a later short form names the work)
      {"title": "Europäisches Privatrecht", "volume": "I", "publisher-place": "München"}, ("12", "page"),
      id="work-before-its-volume"),
    P("G. Galasso, Il Regno di Napoli, in Storia d'Italia, diretta da G. Galasso, vol. XV, Torino, UTET, 2005, "
      "pp. 45-67.",
      {"author": [{"family": "Galasso", "given": "G."}], "editor": [{"family": "Galasso", "given": "G."}],
       "container-title": "Storia d'Italia"}, ("45-67", "page"), id="diretta-da"),
    P("Istoriia stalinskogo Gulaga, 7 vols, Moscow, 2004–05, vol. 1, p. 23.",
      {"title": "Istoriia stalinskogo Gulaga", "number-of-volumes": "7", "volume": "1"}, ("23", "page"),
      id="volume-count-and-volume"),
    P("Keith Thomas, Religion and the Decline of Magic (London: Weidenfeld and Nicolson, 1971), 25.",
      {"author": [{"family": "Thomas", "given": "Keith"}]}, ("25", "page"), id="given-name-order"),
    P('"Labour Unrest," Manchester Guardian, 3 June 1912, 9.',
      {"type": "article-newspaper", "title": "Labour Unrest", "container-title": "Manchester Guardian"},
      ("9", "page"), id="newspaper-quoted-title"),
    P("Lorraine Daston and Katharine Park, Wonders and the Order of Nature, 1150–1750 (New York: Zone Books, "
      "1998), 12–14.",
      {"title": "Wonders and the Order of Nature, 1150–1750"}, ("12-14", "page"), id="years-end-the-title"),
    P("Letter from Stalin to Molotov, 1 September 1930, in Lih, Naumov and Khlevniuk (eds), "
      "Stalin's Letters to Molotov, p. 200.",
      {"editor": [{"family": "Lih"}, {"family": "Naumov"}, {"family": "Khlevniuk"}]}, ("200", "page"),
      id="surname-series"),
]


@pytest.mark.parametrize(("note", "expected", "occurrence"), CASES)
def test_note(note: str, expected: dict[str, Any], occurrence: tuple[str, str]) -> None:
    parsed = parse_reference(note)
    assert {key: parsed.item.get(key) for key in expected} == expected
    assert (parsed.locator, parsed.label) == occurrence


PERIODICALS = [
    P("Büssing, Arbeitslosigkeit, Differenzielle Folgen aus psychologischer Sicht, Arbeit 2/1993/1, 5-19.",
      {"type": "article-journal", "container-title": "Arbeit", "volume": "2", "issue": "1", "page": "5-19"},
      id="austrian-volume-year-issue-in-a-date-span"),
    P("See generally Lord Steyn, 'Democracy, the Rule of Law and the Role of Judges' [2006] EHRLR 243.",
      {"type": "article-journal", "container-title": "EHRLR", "page": "243"}, id="oscola-journal-by-year"),
    P("Case C-6/64 Costa v ENEL [1964] ECR 585.", {"type": "legal_case", "container-title": "ECR", "page": "585"},
      id="eu-case-number-before-the-names"),
    P("Human Rights Act 1998, s 3.", {"type": "legislation", "title": "Human Rights Act 1998"}, id="uk-statute"),
    P("J Raz, The Authority of Law (2nd edn, OUP 2009) 45.",
      {"author": [{"family": "Raz", "given": "J."}], "edition": "2", "publisher": "OUP"}, id="oscola-book"),
    P("See also Sriram Ananth, ‘The Politics of the Palestinian BDS Movement’ (2013) 66 Socialism and "
      "Democracy 531, 535;",
      {"type": "article-journal", "volume": "66", "page": "531", "container-title": "Socialism and Democracy"},
      id="oscola-first-page-after-the-journal"),
    P("Kotthoff, Betriebliche Sozialordnung, in Hirsch-Kreinsen/Minssen (Hrsg), Lexikon der Arbeits-und "
      "Industriesoziologie, 45-47.",
      {"type": "chapter", "editor": [{"family": "Hirsch-Kreinsen"}, {"family": "Minssen"}],
       "container-title": "Lexikon der Arbeits-und Industriesoziologie", "title": "Betriebliche Sozialordnung"},
      id="editors-tagged-as-container"),
    P("Kuhn, Tarifrecht in Irland, EuZA 2021, 182 (185).",
      {"type": "article-journal", "container-title": "EuZA", "title": "Tarifrecht in Irland", "page": "182"},
      id="german-periodical-in-title-span"),
    P("Sovetskaia iustitsiia, 1937, no. 5, p. 10.",
      {"type": "article-journal", "container-title": "Sovetskaia iustitsiia", "issue": "5"}, id="journal-issue"),
    P("Pravda, 12 June 1937, p. 1.", {"type": "article-newspaper", "container-title": "Pravda"}, id="newspaper"),
    P("Canaris, in: FS Larenz, 1973, S. 799, 805.",
      {"type": "chapter", "author": [{"family": "Canaris"}], "container-title": "FS Larenz", "page": "799"},
      id="festschrift-first-page-and-pinpoint"),
    P("MüKoBGB/Wagner, 8. Aufl. 2020, § 823 Rn. 5.",
      {"type": "chapter", "container-title": "MüKoBGB", "author": [{"family": "Wagner"}], "edition": "8"},
      id="commentary"),
    P("Lenin, Polnoe sobranie sochinenii, 5th edn, 55 vols, Moscow, 1958–65, vol. 45, p. 345.",
      {"edition": "5", "number-of-volumes": "55", "volume": "45"}, id="edition-and-volume-count"),
]


@pytest.mark.parametrize(("note", "expected"), PERIODICALS)
def test_periodicals_and_law(note: str, expected: dict[str, Any]) -> None:
    item = parse_reference(note).item
    assert {key: item.get(key) for key in expected} == expected
    assert "title" not in item or expected.get("type") != "article-newspaper"


# === field patterns of law and legal-history notes (normalizers: names, place, container, volume) ===

FIELD_PATTERNS = [
    P("Henry Oldfield, A Voyage to the North, in: PTRS III (1668) 801–805, 802.",
      {"container-title": "PTRS", "volume": "III", "page": "801-805"}, ("802", "page"),
      id="journal-volume-left-in-the-container"),
    P("Stephen Hale, Judges and Juries, in THE COMMON LAW TRADITION 12, 19 (Anne Ross ed., 2001).",
      {"editor": [{"family": "Ross", "given": "Anne"}], "container-title": "THE COMMON LAW TRADITION"}, None,
      id="bluebook-editor-in-the-bracket"),
    P("Lenz, GRUR 2015, 445, 447.",
      {"author": [{"family": "Lenz"}], "container-title": "GRUR"}, ("447", "page"),
      id="german-periodical-after-the-surname"),
    P("3 WILLIAM HOLDSWORTH, A HISTORY OF ENGLISH LAW 45 (1923).",
      {"volume": "3", "author": [{"family": "Holdsworth", "given": "William"}]}, None,
      id="bluebook-volume-before-the-author"),
    P("Karl Weber, Preußische Verwaltung, 3 Bde., Berlin 1901–05, Bd. 2, 117.",
      {"volume": "2", "number-of-volumes": "3"}, ("117", "page"), id="volume-count-then-volume-cited"),
]


@pytest.mark.parametrize(("note", "expected", "occurrence"), FIELD_PATTERNS)
def test_field_patterns(note: str, expected: dict[str, Any], occurrence: tuple[str, str] | None) -> None:
    parsed = parse_reference(note)
    assert {key: parsed.item.get(key) for key in expected} == expected
    if occurrence is not None:
        assert (parsed.locator, parsed.label) == occurrence
