"""Whole footnotes the splitter had never seen: several works per note, prose around citations,
"quoted in" chains, back-references in six languages, cross-references and commentary-only notes.

The notes are invented (works, authors and pages), written with their expected splits before the
extractor saw them.  They are extracted as one ``--notes`` document, in order, so the back-references
have their earlier notes to point at.  Each row: the note, then its citations as (kind, a word of the
citation's text, locator).  A note that is only commentary or a cross-reference ("See below,
section 4") gives no citation, but the note is kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from citekit.extraction import extract
from citekit.extraction.classify import author_head, classify
from citekit.extraction.ids import entry_key
from citekit.extraction.locators import find_pinpoint
from citekit.extraction.split import internal_reference, split_note, trailing_clause
from citekit.model import Document

SplitCheck = Callable[..., None]

#: (note, [(kind, key word in the citation's text, locator)]) -- written before running
ROWS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # 1
    ("See Margaret Holloway, The Lost Archives of Bruges (Oxford, 1998), 45; and also Peter Lindqvist, Harbour and Hinterland (Cambridge, 2004), 112–14.",
     [("full", "Lost Archives", "45"), ("full", "Harbour and Hinterland", "112–14")]),
    # 2
    ("Compare Thomas Reinholt, Grain and Grace: Famine Relief in Early Modern Saxony (Leipzig, 2011), 78, with Anna Vogt, Hunger und Herrschaft (Göttingen, 2007), 203.",
     [("full", "Grain and Grace", "78"), ("full", "Hunger und Herrschaft", "203")]),
    # 3
    ("As Helen Marsh argues in The Quiet Republic (London, 1999), 45, the council never met after 1642.",
     [("full", "Quiet Republic", "45")]),
    # 4
    ("The point is made forcefully by Jonathan Pryce, Merchants of Doubt in Tudor England (Manchester, 2003), 17–19, though his evidence is thin.",
     [("full", "Merchants of Doubt", "17–19")]),
    # 5
    ("This reading has not gone unchallenged (David Orme, The Silent Crown, London, 2001, 88).",
     [("full", "Silent Crown", "88")]),
    # 6
    ("“No man is above the law and no man is below it.” Theodore Renwick, Collected Addresses (Washington, 1903), 12.",
     [("full", "Collected Addresses", "12")]),
    # 7
    ("Quoted in Laura Benning, The Reluctant Reformers (Boston, 1987), 54.",
     [("full", "Reluctant Reformers", "54")]),
    # 8
    ("Henry Calder, Letters from the Frontier (Edinburgh, 1822), 14, quoted in Laura Benning, The Reluctant Reformers (Boston, 1987), 54.",
     [("full", "Letters from the Frontier", "14"), ("full", "Reluctant Reformers", "54")]),
    # 9
    ("Ibid., 45–46.", [("ibid", "Ibid", "45–46")]),
    # 10
    ("Ibid.", [("ibid", "Ibid", None)]),
    # 11
    ("Idem, The Reluctant Reformers Revisited (Boston, 2009), 33.", [("idem", "Revisited", "33")]),
    # 12
    ("Holloway, op. cit., p. 52.", [("op-cit", "Holloway", "52")]),
    # 13
    ("Holloway, Lost Archives, loc. cit.", [("short", "Holloway", None)]),
    # 14
    ("Reinholt, a.a.O., S. 80.", [("op-cit", "Reinholt", "80")]),
    # 15
    ("Ebd., S. 81 f.", [("ibid", "Ebd", "81 f.")]),
    # 16
    ("Ebenda, S. 90.", [("ibid", "Ebenda", "90")]),
    # 17
    ("Ders., Kornpreise und Kirchenzucht, Leipzig 2014, S. 12.", [("idem", "Kornpreise", "12")]),
    # 18
    ("Vogt, Hunger und Herrschaft (wie Anm. 2), S. 205.", [("supra", "Vogt", "205")]),
    # 19
    ("Holloway, supra n. 1, at 60.", [("supra", "Holloway", "60")]),
    # 20
    ("Orme, above n 5, 90.", [("supra", "Orme", "90")]),
    # 21
    ("Orme (n 5) 91.", [("supra", "Orme", "91")]),
    # 22
    ("See n. 14 above.", [("supra", "n. 14", None)]),
    # 23
    ("See above, ch. 2.", []),
    # 24
    ("Ivi, p. 3.", [("ibid", "Ivi", "3")]),
    # 25
    ("Ibidem, pp. 14-15.", [("ibid", "Ibidem", "14-15")]),
    # 26
    ("Хлевнюк О. В. Хозяин. Сталин и утверждение сталинской диктатуры. М., 2010. С. 112.",
     [("full", "Хозяин", "112")]),
    # 27
    ("Там же. С. 45.", [("ibid", "Там же", "45")]),
    # 28
    ("Хлевнюк О. В. Указ. соч. С. 115.", [("op-cit", "Указ. соч", "115")]),
    # 29
    ("Tam zhe, s. 47.", [("ibid", "Tam zhe", "47")]),
    # 30
    ("I. V. Pavlova, Stalinizm: stanovlenie mekhanizma vlasti (Novosibirsk, 1993), 56; cf. also O. Khlevniuk, Politbiuro: mekhanizmy politicheskoi vlasti v 1930-e gody (Moscow, 1996), 72–80.",
     [("full", "Stalinizm", "56"), ("full", "Politbiuro", "72–80")]),
    # 31
    ("Vgl. etwa Klaus Berger, Stadt und Zunft im Spätmittelalter, München 1995, S. 33; anders jedoch Maria Kessel, Die Zunft als Gemeinde, in: Zeitschrift für Stadtgeschichte 12 (2001), S. 45–67, hier S. 50.",
     [("full", "Stadt und Zunft", "33"), ("full", "Zunft als Gemeinde", "50")]),
    # 32
    ("Zit. nach Klaus Berger, Stadt und Zunft im Spätmittelalter, München 1995, S. 40.",
     [("full", "Stadt und Zunft", "40")]),
    # 33
    ("Johann Fries, Chronik der Stadt Würzburg, Würzburg 1848, S. 201, zit. nach Berger, Stadt und Zunft, S. 41.",
     [("full", "Chronik der Stadt", "201"), ("short", "Berger", "41")]),
    # 34
    ("Cité par Jean Dufresne, La ville et ses pauvres, Paris, Fayard, 1992, p. 118.",
     [("full", "La ville et ses pauvres", "118")]),
    # 35
    ("Louis Mercier, Tableau de Paris, Amsterdam, 1782, t. II, p. 44, cité par Dufresne, op. cit., p. 120.",
     [("full", "Tableau de Paris", "44"), ("op-cit", "Dufresne", "120")]),
    # 36
    ("Voir Jean Dufresne, La ville et ses pauvres, Paris, Fayard, 1992, p. 12 ; voir aussi Claire Ménard, « Les hôpitaux de Lyon au XVIIIe siècle », Revue d'histoire moderne, 45-2, 1998, p. 301-325.",
     [("full", "La ville et ses pauvres", "12"), ("full", "Les hôpitaux de Lyon", None)]),
    # 37
    ("Id., ibid., p. 14.", [("ibid", "ibid", "14")]),
    # 38
    ("Ead., « Les hôpitaux de Lyon », art. cit., p. 310.", [("idem", "hôpitaux", "310")]),
    # 39
    ("Cfr. Giorgio Bellini, Mercanti e banchieri a Genova, Milano, Giuffrè, 1988, pp. 55-60; contra, Paolo Ferri, La crisi del credito genovese, Bologna, Il Mulino, 1995, p. 12.",
     [("full", "Mercanti e banchieri", "55-60"), ("full", "La crisi del credito", "12")]),
    # 40
    ("Bellini, Mercanti e banchieri, cit., p. 61.", [("short", "Bellini", "61")]),
    # 41
    ("Ivi, pp. 62-63.", [("ibid", "Ivi", "62-63")]),
    # 42
    ("Véase Carmen Ruiz, La Inquisición en Toledo, Madrid, Alianza, 1990, p. 77; y también Luis Ortega, Herejes y conversos, Sevilla, 2002, pp. 10-12.",
     [("full", "Inquisición en Toledo", "77"), ("full", "Herejes y conversos", "10-12")]),
    # 43
    ("Ruiz, op. cit., p. 80.", [("op-cit", "Ruiz", "80")]),
    # 44
    ("On the wider question see, e.g., Martin Thale, The Hanseatic Mind (Leiden, 2010), 3–9, and Sofia Brandt, Salt and Silver (Lund, 2015), 201.",
     [("full", "Hanseatic Mind", "3–9"), ("full", "Salt and Silver", "201")]),
    # 45
    ("For a contrary view, see Thale, Hanseatic Mind, 12; but see Brandt, Salt and Silver, 204–5.",
     [("short", "Thale", "12"), ("short", "Brandt", "204–5")]),
    # 46
    ("I am grateful to Dr Eleanor Finch for drawing my attention to this manuscript.", []),
    # 47
    ("All translations are my own unless otherwise stated.", []),
    # 48
    ("The figures are rounded to the nearest hundred; see the Appendix.", []),
    # 49
    ("See below, section 4.", []),
    # 50
    ("Eleanor Finch, ‘Guild Records Online’, Digital Archives Review 4 (2018), https://doi.org/10.1234/dar.2018.004.",
     [("full", "Guild Records Online", None)]),
    # 51
    ("Peter Lindqvist, ‘Harbour Dues in the Baltic’, Scandinavian Economic History Review 52 (2004): 33–51, doi:10.1080/03585522.2004.9999999.",
     [("full", "Harbour Dues", None)]),
    # 52
    ("Donoghue v Stevenson [1932] AC 562 (HL) 580; Caparo Industries plc v Dickman [1990] 2 AC 605 (HL) 617–18; and see Compensation Act 2006, s 1.",
     [("full", "Donoghue", "580"), ("full", "Caparo", "617–18"), ("full", "Compensation Act", "1")]),
    # 53
    ("Brown v. Board of Education, 347 U.S. 483, 495 (1954); Plessy v. Ferguson, 163 U.S. 537 (1896); 42 U.S.C. § 1983 (2018).",
     [("full", "Brown", "495"), ("full", "Plessy", None), ("full", "U.S.C.", None)]),
    # 54
    ("BGH, Urt. v. 12.3.2015 – III ZR 201/14, NJW 2015, 1672, 1674; BVerfGE 115, 118, 152.",
     [("full", "BGH", "1674"), ("full", "BVerfGE", "152")]),
    # 55
    ("Lindqvist (n 1) 116.", [("supra", "Lindqvist", "116")]),
    # 56
    ("Ibid 117.", [("ibid", "Ibid", "117")]),
    # 57
    ("Holloway, Lost Archives, 60–62, and Lindqvist, Harbour and Hinterland, 115.",
     [("short", "Holloway", "60–62"), ("short", "Lindqvist", "115")]),
    # 58
    ("Holloway, Lost Archives, 63, as well as Orme, Silent Crown, 92.",
     [("short", "Holloway", "63"), ("short", "Orme", "92")]),
    # 59
    ("E.g. Kessel, Zunft als Gemeinde, 52; i.e. the argument of her second chapter.",
     [("short", "Kessel", "52")]),
    # 60
    ("Berger, Stadt und Zunft, S. 34, spricht von einer „Krise der Zunftverfassung“, was freilich übertrieben ist.",
     [("short", "Berger", "34")]),
    # 61
    ("So auch Kessel (Anm. 31), S. 55; a. A. Berger (Anm. 31), S. 35.",
     [("supra", "Kessel", "55"), ("supra", "Berger", "35")]),
    # 62
    ("Siehe oben, Kap. 2.", []),
    # 63
    ("Näher dazu unten, Abschnitt III.", []),
    # 64
    ("Le registre est aujourd'hui perdu ; nous citons d'après la copie du XVIIIe siècle.", []),
    # 65
    ("Il documento è edito in Giovanni Rossi, Documenti genovesi del Trecento, Genova, 1967, pp. 88-90.",
     [("full", "Documenti genovesi", "88-90")]),
    # 66
    ("Come ha mostrato Paolo Ferri, La crisi del credito genovese, Bologna, Il Mulino, 1995, pp. 40-41, la crisi precede il 1340.",
     [("full", "La crisi del credito", "40-41")]),
    # 67
    ("Así lo sostiene Luis Ortega, Herejes y conversos, Sevilla, 2002, p. 15, aunque sin pruebas documentales.",
     [("full", "Herejes y conversos", "15")]),
    # 68
    ("См.: Павлова И. В. Сталинизм: становление механизма власти. Новосибирск, 1993. С. 56; Хлевнюк О. В. Политбюро. Механизмы политической власти в 1930-е годы. М., 1996. С. 72.",
     [("full", "Сталинизм", "56"), ("full", "Политбюро", "72")]),
    # 69
    ("Nadia Orlova, Peasant Voices under Stalin (New York, 1996), 41.",
     [("full", "Peasant Voices", "41")]),
    # 70
    ("Iu. Tsvetkov, Sovetskaia derevnia v 1930-e gody (Moscow, 1999), 33, cited in Orlova, Peasant Voices, 42.",
     [("full", "Sovetskaia derevnia", "33"), ("short", "Orlova", "42")]),
    # 71
    ("Orlova, Peasant Voices, 43; idem, ‘The Village Soviet Revisited’, Slavic Review 58 (1999): 101–20, at 105.",
     [("short", "Orlova", "43"), ("idem", "Village Soviet", "105")]),
    # 72
    ("Op. cit., p. 44.", [("op-cit", "Op. cit", "44")]),
    # 73
    ("Ibid., 2:48.", [("ibid", "Ibid", "2:48")]),
    # 74
    ("Ibid.; Orme, Silent Crown, 95.", [("ibid", "Ibid", None), ("short", "Orme", "95")]),
    # 75
    ("Holloway, Lost Archives, 70 (emphasis added).", [("short", "Holloway", "70")]),
    # 76
    ("See Anna Vogt, ‘Brot und Ordnung’, in Städtische Versorgung im Mittelalter, ed. Klaus Berger (Stuttgart, 2005), 11–30, at 14; compare eadem, Hunger und Herrschaft, 210.",
     [("full", "Brot und Ordnung", "14"), ("idem", "Hunger und Herrschaft", "210")]),
    # 77
    ("See generally Sofia Brandt, Salt and Silver (Lund, 2015); Martin Thale, The Hanseatic Mind (Leiden, 2010); Anna Vogt, Hunger und Herrschaft (Göttingen, 2007).",
     [("full", "Salt and Silver", None), ("full", "Hanseatic Mind", None), ("full", "Hunger und Herrschaft", None)]),
    # 78
    ("Brandt (above n 77) 22; Thale (n 77) 40.", [("supra", "Brandt", "22"), ("supra", "Thale", "40")]),
    # 79
    ("Calder, supra note 8, at 15; Benning, supra note 8, at 55.", [("supra", "Calder", "15"), ("supra", "Benning", "55")]),
    # 80
    ("Vgl. BGH NJW 2015, 1672, 1674; zust. Kessel, JZ 2016, 88, 90; abl. Berger, NJW 2016, 301.",
     [("full", "BGH", "1674"), ("full", "Kessel", "90"), ("full", "Berger", "301")]),
    # 81
    ("So ausdrücklich Reinholt, Grain and Grace, S. 79; ebenso Vogt, Hunger und Herrschaft, S. 206.",
     [("short", "Reinholt", "79"), ("short", "Vogt", "206")]),
    # 82
    ("Dufresne, La ville, p. 130 ; Ménard, « Les hôpitaux », art. cit., p. 310.",
     [("short", "Dufresne", "130"), ("short", "Ménard", "310")]),
    # 83
    ("Berger, Stadt und Zunft, S. 82; vgl. auch ders., Zunft und Rat, in: Hansische Geschichtsblätter 120 (2002), S. 1–30.",
     [("short", "Berger", "82"), ("idem", "Zunft und Rat", None)]),
    # 84
    ("ibid, 47.", [("ibid", "ibid", "47")]),
    # 85
    ("Там же. С. 46–47; см. также: Павлова И. В. Указ. соч. С. 60.",
     [("ibid", "Там же", "46–47"), ("op-cit", "Павлова", "60")]),
    # 86
    ("Lindqvist, Harbour and Hinterland, 115–20, contra Holloway, Lost Archives, 12.",
     [("short", "Lindqvist", "115–20"), ("short", "Holloway", "12")]),
    # 87
    ("Cf. also Holloway, Lost Archives, 14; cf. Orme, Silent Crown, 3.",
     [("short", "Holloway", "14"), ("short", "Orme", "3")]),
    # 88
    ("Dies., a.a.O., S. 12.", [("op-cit", "a.a.O", "12")]),
    # 89
    ("Ders. (Anm. 31), S. 4.", [("supra", "Ders", "4")]),
    # 90
    ("Указ. соч. С. 61.", [("op-cit", "Указ. соч", "61")]),
    # 91
    ("Ukaz. soch., s. 62.", [("op-cit", "Ukaz. soch", "62")]),
    # 92
    ("Benning, Reluctant Reformers, 56–57, quoting Calder, Letters from the Frontier, 15.",
     [("short", "Benning", "56–57"), ("short", "Calder", "15")]),
    # 93
    ("Mercier, Tableau de Paris, t. II, p. 45, cité par Dufresne, La ville, p. 121.",
     [("short", "Mercier", "45"), ("short", "Dufresne", "121")]),
    # 94
    ("Fries, Chronik, S. 202 (zit. nach Berger, Stadt und Zunft, S. 42).",
     [("short", "Fries", "202"), ("short", "Berger", "42")]),
    # 95
    ("On this see also Chapter 3 below.", []),
    # 96
    ("Cf. supra, n. 40.", [("supra", "supra", None)]),
    # 97
    ("Voir infra, p. 212.", []),
    # 98
    ("The manuscript is discussed by Holloway, Lost Archives, 71, and, more cautiously, by Orme, Silent Crown, 96.",
     [("short", "Holloway", "71"), ("short", "Orme", "96")]),
    # 99
    ("Ferri, La crisi del credito, p. 13; contra Bellini, op. cit., p. 62.",
     [("short", "Ferri", "13"), ("op-cit", "Bellini", "62")]),
    # 100
    ("Idem, Silent Crown, 97.", [("idem", "Silent Crown", "97")]),
    # 101
    ("R v Brown [1994] 1 AC 212 (HL) 236; Offences against the Person Act 1861, s 47.",
     [("full", "R v Brown", "236"), ("full", "Offences against the Person Act", "47")]),
    # 102
    ("Mercier, Tableau de Paris, Amsterdam, 1782, t. II, p. 46, cité dans Dufresne, La ville et ses pauvres, op. cit., p. 122.",
     [("full", "Tableau de Paris", "46"), ("short", "Dufresne", "122")]),
]


#: (note, citation index) -> (note, citation index) of the work it repeats
LINKS = [
    ((12, 0), (1, 0)), ((13, 0), (1, 0)), ((14, 0), (2, 0)), ((15, 0), (2, 0)), ((19, 0), (1, 0)),
    ((20, 0), (5, 0)), ((21, 0), (5, 0)), ((22, 0), (14, 0)), ((27, 0), (26, 0)), ((33, 1), (31, 0)),
    ((35, 1), (34, 0)), ((40, 0), (39, 0)), ((41, 0), (39, 0)), ((43, 0), (42, 0)), ((45, 0), (44, 0)),
    ((45, 1), (44, 1)), ((55, 0), (1, 1)), ((56, 0), (1, 1)), ((57, 0), (1, 0)), ((57, 1), (1, 1)),
    ((61, 0), (31, 1)), ((61, 1), (31, 0)), ((70, 1), (69, 0)), ((71, 0), (69, 0)), ((78, 0), (77, 0)),
    ((78, 1), (77, 1)), ((79, 0), (8, 0)), ((79, 1), (8, 1)), ((80, 0), (54, 0)), ((83, 0), (31, 0)),
    ((86, 1), (1, 0)), ((92, 0), (8, 1)), ((92, 1), (8, 0)), ((93, 0), (35, 0)), ((93, 1), (34, 0)),
    ((94, 0), (33, 0)), ((94, 1), (31, 0)), ((96, 0), (40, 0)), ((98, 0), (1, 0)), ((98, 1), (5, 0)),
    ((99, 0), (39, 1)), ((99, 1), (39, 0)), ((102, 1), (34, 0)),
]

#: (note, citation index, prefix): signals, linking phrases and lead-ins are the citation's prefix
PREFIXES = [
    (1, 1, "and also"), (2, 1, "with"), (32, 0, "Zit. nach"), (3, 0, "As Helen Marsh argues in"), (8, 1, "quoted in"),
    (31, 1, "anders jedoch"), (33, 1, "zit. nach"), (35, 1, "cité par"), (42, 1, "y también"),
    (44, 0, "On the wider question see, e.g."), (66, 0, "Come ha mostrato"), (67, 0, "Así lo sostiene"),
    (68, 0, "См."), (70, 1, "cited in"), (80, 1, "zust."), (80, 2, "abl."), (85, 1, "см. также"),
    (86, 1, "contra"), (92, 1, "quoting"), (94, 1, "zit. nach"), (98, 1, "more cautiously, by"),
    (102, 1, "cité dans"),
]


@pytest.fixture(scope="module")
def doc() -> Document:
    return extract("\n".join(f"{i} {note}" for i, (note, _) in enumerate(ROWS, 1)), notes_mode=True)


def test_every_note_is_kept(doc: Document) -> None:
    assert [n.number for n in doc.notes] == [str(i) for i in range(1, len(ROWS) + 1)]


@pytest.mark.parametrize("number", range(1, len(ROWS) + 1), ids=lambda n: f"{n}-{ROWS[n - 1][0][:40]}")
def test_note_splits(doc: Document, number: int, check_splits: SplitCheck) -> None:
    expected = ROWS[number - 1][1]
    got = doc.notes[number - 1].citations
    check_splits(got, expected)
    for cit in got:
        assert not re.match(r"(?:e\.g\.|i\.e\.|cf\.|see|vgl\.|voir|jedoch|y\s)", cit.text, re.I)  # no signal left


@pytest.mark.parametrize("source,target", LINKS, ids=lambda p: f"{p[0]}.{p[1]}")
def test_back_references_link(doc: Document, source: tuple[int, int], target: tuple[int, int]) -> None:
    cit = doc.notes[source[0] - 1].citations[source[1]]
    work = doc.notes[target[0] - 1].citations[target[1]]
    assert cit.id is not None and cit.id == work.id


@pytest.mark.parametrize("number,index,prefix", PREFIXES)
def test_prefixes(doc: Document, number: int, index: int, prefix: str) -> None:
    assert doc.notes[number - 1].citations[index].prefix == prefix


def test_no_entry_from_commentary_or_cross_references(doc: Document) -> None:
    titles = " | ".join(str(e.get("title") or "") for e in doc.entries)
    for word in ("Appendix", "section", "Kap.", "Abschnitt", "Chapter 3", "grateful", "translations",
                 "unchallenged", "argues", "mostrato", "discussed"):
        assert word not in titles


def test_named_author_of_a_title_after_a_lead_in(doc: Document) -> None:
    marsh = next(e for e in doc.entries if e.get("title") == "The Quiet Republic")
    assert marsh["author"] == [{"family": "Marsh", "given": "Helen"}]


def test_russian_works_are_keyed_by_a_transliterated_author(doc: Document) -> None:
    cited = doc.notes[25].citations[0]
    assert cited.id == "khlevniuk2010"
    entry = next(e for e in doc.entries if e["id"] == cited.id)
    assert entry["author"] == [{"family": "Хлевнюк", "given": "О. В."}]
    assert entry["title"] == "Хозяин. Сталин и утверждение сталинской диктатуры"


# ---- a second batch, written after the first was fixed: Spanish and Italian back-references,
# "passim", "26 n. 12", "ici p. 55", OSCOLA "cf", treaties without a year, a short title in brackets

ROWS2: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("See e.g. Rachel Adler, Canon and Custom (Chicago, 2005), 77–79; i.e. the chapter on tithes.",
     [("full", "Canon and Custom", "77–79")]),
    ("Adler, Canon and Custom, 80; cf. also Simon Reeve, ‘Tithe Disputes in Kent’, Archaeologia Cantiana 101 (1984): 21–40, at 25.",
     [("short", "Adler", "80"), ("full", "Tithe Disputes", "25")]),
    ("Reeve, ‘Tithe Disputes’, 26 n. 12.", [("short", "Reeve", "26 n. 12")]),
    ("Ibid., 27, quoting the churchwardens' presentment of 1611.", [("ibid", "Ibid", "27")]),
    ("On tithes generally, see Adler, Canon and Custom, passim.", [("short", "Adler", "passim")]),
    ("Adler (n 1) 81–82; Reeve (n 2) 30.", [("supra", "Adler", "81–82"), ("supra", "Reeve", "30")]),
    ("Kemp, Rural Unrest, passim.", [("short", "Kemp", "passim")]),
    ("Cf. Martin Thale, review of Adler, Canon and Custom, Journal of Ecclesiastical History 57 (2006): 344–45.",
     [("full", "Journal of Ecclesiastical History", None)]),
    ("Gerhard Lenz, Die Reichsstadt und ihr Umland, Stuttgart 1988, S. 12–14; ders., Stadtherrschaft im Wandel, in: ZHF 20 (1993), S. 1–25, hier S. 7; dagegen Ute Brandl, Umland ohne Herrschaft, Köln 2001, S. 99.",
     [("full", "Reichsstadt", "12–14"), ("idem", "Stadtherrschaft", "7"), ("full", "Umland ohne Herrschaft", "99")]),
    ("Lenz, Reichsstadt (wie Anm. 9), S. 15; Brandl, a.a.O., S. 100 f.", [("supra", "Lenz", "15"), ("op-cit", "Brandl", "100 f.")]),
    ("Ebd., S. 101; ähnlich bereits Lenz (wie Anm. 9), S. 16.", [("ibid", "Ebd", "101"), ("supra", "Lenz", "16")]),
    ("Dazu ausführlich unten, Abschnitt 4.2.", []),
    ("Vgl. dazu oben, Anm. 10.", [("supra", "Anm. 10", None)]),
    ("Zitiert nach Brandl, Umland, S. 102.", [("short", "Brandl", "102")]),
    ("Jean Morel, Les confréries de Rouen, Rouen, 1975, p. 33-35 ; Pierre Vidal, « Confréries et métiers », Annales de Normandie, 30-1, 1980, p. 51-70, ici p. 55.",
     [("full", "Les confréries de Rouen", "33-35"), ("full", "Confréries et métiers", "55")]),
    ("Morel, ouvr. cit., p. 36 ; Vidal, art. cit., p. 56.", [("op-cit", "Morel", "36"), ("op-cit", "Vidal", "56")]),
    ("Ibid., p. 57 ; voir aussi ci-dessous, chap. 3.", [("ibid", "Ibid", "57")]),
    ("Sur ce point, voir la mise au point de Morel, Les confréries, p. 40-42, qui nuance fortement cette thèse.",
     [("short", "Morel", "40-42")]),
    ("Luigi Carta, Le corporazioni a Cagliari, Roma, 1978, p. 23; Id., Statuti e matricole, in «Archivio storico sardo», 35 (1986), pp. 101-130, a p. 110.",
     [("full", "Le corporazioni a Cagliari", "23"), ("idem", "Statuti e matricole", "110")]),
    ("Carta, Le corporazioni, cit., p. 24 e ss.", [("short", "Carta", "24 e ss.")]),
    ("Ibidem, p. 25; in senso contrario, v. Marco Pinna, Artigiani e mercanti, Sassari, 1990, p. 8.",
     [("ibid", "Ibidem", "25"), ("full", "Artigiani e mercanti", "8")]),
    ("José Ferrer, Los gremios de Valencia, Valencia, 1985, pp. 45-47; cfr. también Ana Soler, Cofradías y oficios, Madrid, 1999, p. 12.",
     [("full", "Los gremios de Valencia", "45-47"), ("full", "Cofradías y oficios", "12")]),
    ("Ferrer, ob. cit., p. 50.", [("op-cit", "Ferrer", "50")]),
    ("Ídem, p. 51.", [("ibid", "Ídem", "51")]),
    ("Ibíd., p. 52.", [("ibid", "Ibíd", "52")]),
    ("N. I. Ivanov, Krest'ianskoe dvizhenie v Povolzh'e (Saratov, 1968), 14; idem, 'Volneniia 1905 goda', Voprosy istorii, no. 3 (1970): 33–45, at 40.",
     [("full", "Krest'ianskoe dvizhenie", "14"), ("idem", "Volneniia", "40")]),
    ("Ivanov, Krest'ianskoe dvizhenie, 15–16, cited in Sarah Kemp, Rural Unrest in Russia (Oxford, 2003), 88.",
     [("short", "Ivanov", "15–16"), ("full", "Rural Unrest", "88")]),
    ("Smith v Jones [2001] EWCA Civ 123, [45]; cf Brown v Green [1999] 1 WLR 456 (CA) 460.",
     [("full", "Smith v Jones", "45"), ("full", "Brown v Green", "460")]),
    ("Human Rights Act 1998, s 3(1); European Convention on Human Rights, art 8.",
     [("full", "Human Rights Act", "3(1)"), ("full", "European Convention", "8")]),
    ("This is not the place to rehearse the debate; for a summary see Kemp, Rural Unrest, 12–20.",
     [("short", "Kemp", "12–20")]),
    ("See, most recently, Kemp (n 27) 90, and the literature cited there.", [("supra", "Kemp", "90")]),
    ("As Kemp rightly observes (Rural Unrest, 91), the sources are silent.", [("short", "Rural Unrest", "91")]),
    ("The quotation is from Adler, Canon and Custom, 5.", [("short", "Adler", "5")]),
    ("Reeve, ‘Tithe Disputes’, 22; Adler, Canon and Custom, 6; and Kemp, Rural Unrest, 7.",
     [("short", "Reeve", "22"), ("short", "Adler", "6"), ("short", "Kemp", "7")]),
    ("Ibid., 8; similarly Lenz (n 9) 17.", [("ibid", "Ibid", "8"), ("supra", "Lenz", "17")]),
]

LINKS2 = [
    ((2, 0), (1, 0)), ((3, 0), (2, 1)), ((4, 0), (2, 1)), ((5, 0), (1, 0)), ((6, 0), (1, 0)), ((6, 1), (2, 1)),
    ((10, 0), (9, 0)), ((10, 1), (9, 2)), ((14, 0), (9, 2)), ((16, 0), (15, 0)), ((16, 1), (15, 1)),
    ((18, 0), (15, 0)), ((20, 0), (19, 0)), ((21, 0), (19, 0)), ((23, 0), (22, 0)), ((24, 0), (22, 0)),
    ((25, 0), (22, 0)), ((27, 0), (26, 0)), ((30, 0), (27, 1)), ((31, 0), (27, 1)), ((32, 0), (27, 1)),
    ((33, 0), (1, 0)), ((34, 0), (2, 1)), ((34, 1), (1, 0)), ((34, 2), (27, 1)),
]
PREFIXES2 = [
    (1, 0, "See e.g."), (11, 1, "ähnlich bereits"), (14, 0, "Zitiert nach"), (28, 1, "cf"),
    (30, 0, "for a summary see"), (33, 0, "The quotation is from"), (35, 1, "similarly"),
]


@pytest.fixture(scope="module")
def doc2() -> Document:
    return extract("\n".join(f"{i} {note}" for i, (note, _) in enumerate(ROWS2, 1)), notes_mode=True)


@pytest.mark.parametrize("number", range(1, len(ROWS2) + 1), ids=lambda n: f"{n}-{ROWS2[n - 1][0][:40]}")
def test_note_splits_second_batch(doc2: Document, number: int, check_splits: SplitCheck) -> None:
    expected = ROWS2[number - 1][1]
    got = doc2.notes[number - 1].citations
    check_splits(got, expected)


@pytest.mark.parametrize("source,target", LINKS2, ids=lambda p: f"{p[0]}.{p[1]}")
def test_back_references_link_second_batch(doc2: Document, source: tuple[int, int], target: tuple[int, int]) -> None:
    cit = doc2.notes[source[0] - 1].citations[source[1]]
    assert cit.id is not None and cit.id == doc2.notes[target[0] - 1].citations[target[1]].id


@pytest.mark.parametrize("number,index,prefix", PREFIXES2)
def test_prefixes_second_batch(doc2: Document, number: int, index: int, prefix: str) -> None:
    assert doc2.notes[number - 1].citations[index].prefix == prefix


# ---- a third batch, numbered on after the first (notes 103-124) so that it cites the first batch's works:
# brackets that cite another work, links without a comma, lead-ins ending in a verb, U.S. constitution

ROWS3: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("See, for example, the essays collected in Helen Marsh and David Orme, eds., Councils and Commons (London, 2010).",
     [("full", "Councils and Commons", None)]),
    ("For the text see Acts of the Privy Council, 1613–14 (London, 1921), 45–46; for context, G. R. Ellison, Tudor Councils (Cambridge, 1960), 90.",
     [("full", "Acts of the Privy Council", "45–46"), ("full", "Tudor Councils", "90")]),
    ("Marsh, Quiet Republic, 46–47 (a point missed by Orme, Silent Crown, 98).",
     [("short", "Marsh", "46–47"), ("short", "Orme", "98")]),
    ("Ibid. (emphasis in original).", [("ibid", "Ibid", None)]),
    ("Compare Marsh, Quiet Republic, 50 with Orme, Silent Crown, 99.", [("short", "Marsh", "50"), ("short", "Orme", "99")]),
    ("See Orme, Silent Crown, 100 and Marsh, Quiet Republic, 51.", [("short", "Orme", "100"), ("short", "Marsh", "51")]),
    ("Vgl. hierzu die Nachweise bei Klaus Berger, Stadt und Zunft im Spätmittelalter, München 1995, S. 12 mit Anm. 4.",
     [("full", "Stadt und Zunft", "12 mit Anm. 4")]),
    ("Eine gute Übersicht bietet Berger, Stadt und Zunft, S. 20–25.", [("short", "Berger", "20–25")]),
    ("On which see Holloway (n 1) 14–15; contrast Lindqvist (n 1) 40.", [("supra", "Holloway", "14–15"), ("supra", "Lindqvist", "40")]),
    ("Voir notamment Dufresne, La ville, p. 12 et Ménard, « Les hôpitaux », p. 60.", [("short", "Dufresne", "12"), ("short", "Ménard", "60")]),
    ("Cfr. ad es. Bellini, Mercanti, p. 30 e Ferri, La crisi, p. 9.", [("short", "Bellini", "30"), ("short", "Ferri", "9")]),
    ("Там же. Т. 2. С. 14.", [("ibid", "Там же", "14")]),
    ("См. подробнее: Хлевнюк О. В. Хозяин. С. 120–125.", [("short", "Хлевнюк", "120–125")]),
    ("Quoted in Holloway, Lost Archives, 90, from a sermon of 1605.", [("short", "Holloway", "90")]),
    ("Cited in Orlova (n 69) 92.", [("supra", "Orlova", "92")]),
    ("U.S. Const. art. I, § 8; Marbury v. Madison, 5 U.S. 137, 177 (1803).", [("full", "U.S. Const", "I, § 8"), ("full", "Marbury", "177")]),
    ("Regulation (EU) 2016/679, art 17; Case C-131/12 Google Spain EU:C:2014:317, para 93.", [("full", "2016/679", "17"), ("full", "Google Spain", "93")]),
    ("Id. at 178 (Marshall, C.J.).", [("ibid", "Id", "178")]),
    ("See generally Marsh, Quiet Republic; Orme, Silent Crown.", [("short", "Marsh", None), ("short", "Orme", None)]),
    ("A fuller account will appear in my forthcoming book.", []),
    ("Thus also Orme, Silent Crown, 101, though with reservations.", [("short", "Orme", "101")]),
    ("Dufresne (op. cit., p. 140) en donne une autre lecture.", [("op-cit", "op. cit", "140")]),
]

LINKS3 = [
    ((105, 0), (3, 0)), ((105, 1), (5, 0)), ((107, 0), (3, 0)), ((107, 1), (5, 0)), ((108, 0), (5, 0)),
    ((108, 1), (3, 0)), ((109, 0), (31, 0)), ((110, 0), (31, 0)), ((111, 0), (1, 0)), ((111, 1), (1, 1)),
    ((112, 0), (34, 0)), ((112, 1), (36, 1)), ((113, 0), (39, 0)), ((113, 1), (39, 1)), ((116, 0), (1, 0)),
    ((117, 0), (69, 0)), ((121, 0), (3, 0)), ((121, 1), (5, 0)), ((123, 0), (5, 0)), ((124, 0), (34, 0)),
]
PREFIXES3 = [
    (105, 1, "a point missed by"), (107, 1, "with"), (110, 0, "Eine gute Übersicht bietet"), (111, 1, "contrast"),
    (115, 0, "См. подробнее"), (116, 0, "Quoted in"), (117, 0, "Cited in"), (123, 0, "Thus also"),
]


@pytest.fixture(scope="module")
def doc3() -> Document:
    notes = ROWS + ROWS3
    return extract("\n".join(f"{i} {note}" for i, (note, _) in enumerate(notes, 1)), notes_mode=True)


@pytest.mark.parametrize("number", range(len(ROWS) + 1, len(ROWS) + len(ROWS3) + 1),
                         ids=lambda n: f"{n}-{ROWS3[n - len(ROWS) - 1][0][:40]}")
def test_note_splits_third_batch(doc3: Document, number: int, check_splits: SplitCheck) -> None:
    expected = ROWS3[number - len(ROWS) - 1][1]
    got = doc3.notes[number - 1].citations
    check_splits(got, expected)


@pytest.mark.parametrize("source,target", LINKS3, ids=lambda p: f"{p[0]}.{p[1]}")
def test_back_references_link_third_batch(doc3: Document, source: tuple[int, int], target: tuple[int, int]) -> None:
    cit = doc3.notes[source[0] - 1].citations[source[1]]
    assert cit.id is not None and cit.id == doc3.notes[target[0] - 1].citations[target[1]].id


@pytest.mark.parametrize("number,index,prefix", PREFIXES3)
def test_prefixes_third_batch(doc3: Document, number: int, index: int, prefix: str) -> None:
    assert doc3.notes[number - 1].citations[index].prefix == prefix


# ---- a fourth batch: quotations before their source, links described in words, Russian "Он же",
# a topic after ", and,", several bare pages, "(my translation)"

ROWS4: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("‘The guild was the town.’ Peter Hanke, Guild and Commune in Lübeck (Kiel, 1977), 9.", [("full", "Guild and Commune", "9")]),
    ("„Die Zunft war die Stadt.“ – so Hanke, Guild and Commune, S. 10.", [("short", "Hanke", "10")]),
    ("« La confrérie est une famille », écrit Jean Morel, Les confréries de Rouen, Rouen, 1975, p. 12.", [("full", "Les confréries", "12")]),
    ("See the online edition at https://www.example.org/hanke/guild.html (accessed 4 May 2021).", [("full", "example.org", None)]),
    ("Anna Berg, ‘Guild Seals’, Sigillum 3 (2019): 1–20, https://doi.org/10.5555/sig.2019.3.1, at 12.", [("full", "Guild Seals", "12")]),
    ("Hanke, Guild and Commune, 11; see also the database at https://guilds.example.net (accessed 1 June 2020).",
     [("short", "Hanke", "11"), ("full", "guilds.example.net", None)]),
    ("Ibid., 12–13; i.e. in the chapter on seals.", [("ibid", "Ibid", "12–13")]),
    ("Berg, ‘Guild Seals’, 14; Hanke, Guild and Commune, 15; Morel, Les confréries, p. 16.",
     [("short", "Berg", "14"), ("short", "Hanke", "15"), ("short", "Morel", "16")]),
    ("Cfr. anche Luca Neri, Sigilli e corporazioni, Firenze, 2001, pp. 3-5, e, per il caso genovese, Paolo Ferri, La crisi del credito genovese, Bologna, 1995, p. 7.",
     [("full", "Sigilli e corporazioni", "3-5"), ("full", "La crisi del credito", "7")]),
    ("Neri, op. cit., p. 6; Ferri, op. cit., p. 8.", [("op-cit", "Neri", "6"), ("op-cit", "Ferri", "8")]),
    ("This was first suggested by Hanke in 1977 and has since become orthodoxy; see Berg, ‘Guild Seals’, 2.", [("short", "Berg", "2")]),
    ("On the seals see Berg (n 5) 3–4 and, for Lübeck, Hanke (n 1) 20.", [("supra", "Berg", "3–4"), ("supra", "Hanke", "20")]),
    ("Hanke, Guild and Commune, 21–22, 30.", [("short", "Hanke", "21–22, 30")]),
    ("Idem, ‘Seals and Signs’, Zeitschrift des Vereins für Lübeckische Geschichte 60 (1980): 5–25, at 7; and Berg (n 5) 5.",
     [("idem", "Seals and Signs", "7"), ("supra", "Berg", "5")]),
    ("A. V. Smirnov, Tsekhi v Moskve (Moscow, 1990), 17; see also A. V. Smirnov, ‘Tsekhovaia organizatsiia’, Voprosy istorii, no. 5 (1992): 40–51.",
     [("full", "Tsekhi v Moskve", "17"), ("full", "Tsekhovaia organizatsiia", None)]),
    ("Smirnov, Tsekhi, 18; Smirnov, ‘Tsekhovaia organizatsiia’, 41.", [("short", "Tsekhi", "18"), ("short", "Tsekhovaia", "41")]),
    ("Смирнов А. В. Цехи в Москве. М., 1990. С. 19; Он же. Цеховая организация // Вопросы истории. 1992. № 5. С. 42.",
     [("full", "Цехи в Москве", "19"), ("idem", "Цеховая", "42")]),
    ("Ср.: Neri, Sigilli, p. 9.", [("short", "Neri", "9")]),
    ("For criticism of this view, compare Hanke, Guild and Commune, 23, and Berg, ‘Guild Seals’, 6, with Neri, Sigilli, 10.",
     [("short", "Hanke", "23"), ("short", "Berg", "6"), ("short", "Neri", "10")]),
    ("Neri, Sigilli, 11 (my translation).", [("short", "Neri", "11")]),
    ("The document (StA Lübeck, Ämterbuch, fol. 12v) is lost.", [("full", "Ämterbuch", "12v")]),
    ("StA Lübeck, Ämterbuch, fol. 13r; ebd., fol. 14v.", [("full", "Ämterbuch", "13r"), ("ibid", "ebd", "14v")]),
]

LINKS4 = [
    ((2, 0), (1, 0)), ((6, 0), (1, 0)), ((8, 0), (5, 0)), ((8, 1), (1, 0)), ((8, 2), (3, 0)), ((10, 0), (9, 0)),
    ((10, 1), (9, 1)), ((11, 0), (5, 0)), ((12, 0), (5, 0)), ((12, 1), (1, 0)), ((13, 0), (1, 0)),
    ((16, 0), (15, 0)), ((16, 1), (15, 1)), ((18, 0), (9, 0)), ((19, 0), (1, 0)), ((19, 1), (5, 0)),
    ((19, 2), (9, 0)), ((20, 0), (9, 0)), ((22, 0), (21, 0)), ((22, 1), (21, 0)),
]
PREFIXES4 = [
    (2, 0, "so"), (3, 0, "écrit"), (9, 1, "per il caso genovese"), (12, 1, "for Lübeck"), (18, 0, "Ср."),
    (19, 0, "For criticism of this view, compare"), (19, 2, "with"),
]


@pytest.fixture(scope="module")
def doc4() -> Document:
    return extract("\n".join(f"{i} {note}" for i, (note, _) in enumerate(ROWS4, 1)), notes_mode=True)


@pytest.mark.parametrize("number", range(1, len(ROWS4) + 1), ids=lambda n: f"{n}-{ROWS4[n - 1][0][:40]}")
def test_note_splits_fourth_batch(doc4: Document, number: int, check_splits: SplitCheck) -> None:
    expected = ROWS4[number - 1][1]
    got = doc4.notes[number - 1].citations
    check_splits(got, expected)
    for cit in got:
        assert cit.kind != "full" or cit.id is not None  # every full citation is a work


@pytest.mark.parametrize("source,target", LINKS4, ids=lambda p: f"{p[0]}.{p[1]}")
def test_back_references_link_fourth_batch(doc4: Document, source: tuple[int, int], target: tuple[int, int]) -> None:
    cit = doc4.notes[source[0] - 1].citations[source[1]]
    assert cit.id is not None and cit.id == doc4.notes[target[0] - 1].citations[target[1]].id


@pytest.mark.parametrize("number,index,prefix", PREFIXES4)
def test_prefixes_fourth_batch(doc4: Document, number: int, index: int, prefix: str) -> None:
    assert doc4.notes[number - 1].citations[index].prefix == prefix


def test_fourth_batch_entries(doc4: Document) -> None:
    by_id = {e["id"]: e for e in doc4.entries}
    assert by_id["morel1975"]["title"].startswith("Les confréries de Rouen")  # not the quotation before it
    assert (by_id["example"]["type"], by_id["example"]["URL"]) == ("webpage", "https://www.example.org/hanke/guild.html")
    assert doc4.notes[19].citations[0].suffix == "(my translation)"


# ---- a fifth batch, numbered on after the first (notes 103-120): back-references inside a note,
# OSCOLA paragraphs, author-date citations in brackets, several pages, topics without a comma

ROWS6: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("Margaret Holloway, ‘Guild Archives’, Archives 20 (1999): 1–19, at 4; eadem, Lost Archives, 12.",
     [("full", "Guild Archives", "4"), ("idem", "Lost Archives", "12")]),
    ("Holloway, Lost Archives, 45; ibid., 47.", [("short", "Holloway", "45"), ("ibid", "ibid", "47")]),
    ("Bellini, cit., p. 5.", [("op-cit", "Bellini", "5")]),
    ("Reinholt, a.a.O. (Fn. 2), S. 81.", [("supra", "Reinholt", "81")]),
    ("Donoghue v Stevenson (n 52) 581; ibid 582.", [("supra", "Donoghue", "581"), ("ibid", "ibid", "582")]),
    ("Ibid [45].", [("ibid", "Ibid", "45")]),
    ("Id. §§ 3-4.", [("ibid", "Id", "3-4")]),
    ("Calder, supra note 8, at 12 n.4.", [("supra", "Calder", "12 n.4")]),
    ("1848 was a turning point; see Holloway, Lost Archives, 3.", [("short", "Holloway", "3")]),
    ("Holloway, Lost Archives, 3, 5, 7.", [("short", "Holloway", "3, 5, 7")]),
    ("Holloway, Lost Archives, 3ff.", [("short", "Holloway", "3ff.")]),
    ("See Holloway, Lost Archives, 3; and for a different view Lindqvist, Harbour and Hinterland, 4.",
     [("short", "Holloway", "3"), ("short", "Lindqvist", "4")]),
    ("This is disputed (Holloway 1998: 45; Orme 2001, 12).", [("short", "Holloway", "45"), ("short", "Orme", "12")]),
    ("Cfr. Ruiz, op. cit., pp. 3-4; en sentido contrario, Ortega, Herejes, p. 5.", [("op-cit", "Ruiz", "3-4"), ("short", "Ortega", "5")]),
    ("Vgl. Vogt (Anm. 2), S. 204; dies., Brot und Ordnung (Anm. 76), S. 15.", [("supra", "Vogt", "204"), ("idem", "Brot und Ordnung", "15")]),
    ("Holloway (n 1) 50; Lindqvist (n 1) 51; Orme (n 5) 52.", [("supra", "Holloway", "50"), ("supra", "Lindqvist", "51"), ("supra", "Orme", "52")]),
    ("Ibid., pp. 53–54 and 60.", [("ibid", "Ibid", "53–54 and 60")]),
    ("For the Danish case, see Holloway, Lost Archives, 61–65; for Sweden, Lindqvist, Harbour and Hinterland, 70–72.",
     [("short", "Holloway", "61–65"), ("short", "Lindqvist", "70–72")]),
]

LINKS6 = [
    ((104, 0), (1, 0)), ((104, 1), (1, 0)), ((105, 0), (39, 0)), ((106, 0), (2, 0)), ((111, 0), (1, 0)),
    ((115, 0), (1, 0)), ((115, 1), (5, 0)), ((116, 0), (42, 0)), ((116, 1), (42, 1)), ((117, 0), (2, 1)),
    ((117, 1), (76, 0)), ((118, 0), (1, 0)), ((118, 1), (1, 1)), ((118, 2), (5, 0)), ((120, 0), (1, 0)),
    ((120, 1), (1, 1)),
]


@pytest.fixture(scope="module")
def doc6() -> Document:
    notes = ROWS + ROWS6
    return extract("\n".join(f"{i} {note}" for i, (note, _) in enumerate(notes, 1)), notes_mode=True)


@pytest.mark.parametrize("number", range(len(ROWS) + 1, len(ROWS) + len(ROWS6) + 1),
                         ids=lambda n: f"{n}-{ROWS6[n - len(ROWS) - 1][0][:40]}")
def test_note_splits_fifth_batch(doc6: Document, number: int, check_splits: SplitCheck) -> None:
    expected = ROWS6[number - len(ROWS) - 1][1]
    got = doc6.notes[number - 1].citations
    check_splits(got, expected)


@pytest.mark.parametrize("source,target", LINKS6, ids=lambda p: f"{p[0]}.{p[1]}")
def test_back_references_link_fifth_batch(doc6: Document, source: tuple[int, int], target: tuple[int, int]) -> None:
    cit = doc6.notes[source[0] - 1].citations[source[1]]
    assert cit.id is not None and cit.id == doc6.notes[target[0] - 1].citations[target[1]].id


# ---- a sixth batch, numbered on after the first (notes 103-112): short titles in brackets after a name
# in the sentence, "quoted in full by", cross-references in brackets

ROWS7: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("Holloway’s claim that the archive was burned in 1794 (Lost Archives, 88) rests on a single letter.", [("short", "Lost Archives", "88")]),
    ("The letter, printed in Peter Lindqvist, Harbour and Hinterland (Cambridge, 2004), 301–2, is dated 12 May 1794.", [("full", "Harbour and Hinterland", "301–2")]),
    ("Orme (Silent Crown, 40) and Marsh (Quiet Republic, 12) both accept it.", [("short", "Silent Crown", "40"), ("short", "Quiet Republic", "12")]),
    ("Die These Bergers (Stadt und Zunft, S. 50) ist umstritten.", [("short", "Stadt und Zunft", "50")]),
    ("Selon Dufresne (La ville, p. 45), la ville comptait 3 000 pauvres en 1790.", [("short", "La ville", "45")]),
    ("Secondo Bellini (Mercanti e banchieri, p. 70) il credito crollò nel 1340.", [("short", "Mercanti", "70")]),
    ("The letter of 1794 is quoted in full by Holloway, Lost Archives, 89–90, and in part by Orme, Silent Crown, 41.",
     [("short", "Holloway", "89–90"), ("short", "Orme", "41")]),
    ("Contrast the view of Jonathan Pryce, Merchants of Doubt in Tudor England (Manchester, 2003), 20, who thinks the letter forged.",
     [("full", "Merchants of Doubt", "20")]),
    ("Marsh’s argument (above, n. 3) is stronger.", []),
    ("As noted above (n. 22), the archive is lost.", []),
]

LINKS7 = [
    ((103, 0), (1, 0)), ((105, 0), (5, 0)), ((105, 1), (3, 0)), ((106, 0), (31, 0)), ((107, 0), (34, 0)),
    ((108, 0), (39, 0)), ((109, 0), (1, 0)), ((109, 1), (5, 0)),
]


@pytest.fixture(scope="module")
def doc7() -> Document:
    notes = ROWS + ROWS7
    return extract("\n".join(f"{i} {note}" for i, (note, _) in enumerate(notes, 1)), notes_mode=True)


@pytest.mark.parametrize("number", range(len(ROWS) + 1, len(ROWS) + len(ROWS7) + 1),
                         ids=lambda n: f"{n}-{ROWS7[n - len(ROWS) - 1][0][:40]}")
def test_note_splits_sixth_batch(doc7: Document, number: int, check_splits: SplitCheck) -> None:
    expected = ROWS7[number - len(ROWS) - 1][1]
    got = doc7.notes[number - 1].citations
    check_splits(got, expected)


@pytest.mark.parametrize("source,target", LINKS7, ids=lambda p: f"{p[0]}.{p[1]}")
def test_back_references_link_sixth_batch(doc7: Document, source: tuple[int, int], target: tuple[int, int]) -> None:
    cit = doc7.notes[source[0] - 1].citations[source[1]]
    assert cit.id is not None and cit.id == doc7.notes[target[0] - 1].citations[target[1]].id


# ---- Romance-language notes: adverbial lead-ins in lower case ("più di recente,", "et, pour une
# perspective différente,"), "e nota 5", "ici p. 505"

ROWS9: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("Per un quadro d'insieme si veda Giorgio Bellini, Mercanti e banchieri a Genova, Milano, Giuffrè, 1988; più di recente, Paolo Ferri, La crisi del credito genovese, Bologna, Il Mulino, 1995, pp. 1-30.",
     [("full", "Mercanti", None), ("full", "La crisi", "1-30")]),
    ("Bellini, Mercanti e banchieri, cit., pp. 40 ss.; contra Ferri, La crisi, cit., p. 31.", [("short", "Bellini", "40 ss."), ("short", "Ferri", "31")]),
    ("Ivi, p. 32 e nota 5.", [("ibid", "Ivi", "32 e nota 5")]),
    ("Véanse, entre otros, Carmen Ruiz, La Inquisición en Toledo, Madrid, Alianza, 1990, pp. 5-9, y Luis Ortega, Herejes y conversos, Sevilla, 2002, p. 14.",
     [("full", "Inquisición", "5-9"), ("full", "Herejes", "14")]),
    ("Ruiz, La Inquisición, p. 10; Ortega, op. cit., p. 15.", [("short", "Ruiz", "10"), ("op-cit", "Ortega", "15")]),
    ("Ibid., p. 16, donde se cita el proceso de 1491.", [("ibid", "Ibid", "16")]),
    ("Voir, par exemple, Jean Dufresne, La ville et ses pauvres, Paris, Fayard, 1992, p. 20 ; et, pour une perspective différente, Claire Ménard, « Les hôpitaux de Lyon », Revue d'histoire moderne, 45-2, 1998, p. 301-325.",
     [("full", "La ville", "20"), ("full", "Les hôpitaux", None)]),
    ("Dufresne, La ville…, op. cit., p. 21-22.", [("short", "Dufresne", "21-22")]),
    ("Ibid., p. 23 ; id., « Pauvreté et assistance », Annales, 40-3, 1985, p. 500-520, ici p. 505.", [("ibid", "Ibid", "23"), ("idem", "Pauvreté", "505")]),
    ("Siehe hierzu Klaus Berger, Stadt und Zunft im Spätmittelalter, München 1995, S. 60 ff.; ferner Maria Kessel, Die Zunft als Gemeinde, in: Zeitschrift für Stadtgeschichte 12 (2001), S. 45–67.",
     [("full", "Stadt und Zunft", "60 ff."), ("full", "Zunft als Gemeinde", None)]),
    ("Berger (Anm. 10), S. 61; Kessel (Anm. 10), S. 50; ebd., S. 52.", [("supra", "Berger", "61"), ("supra", "Kessel", "50"), ("ibid", "ebd", "52")]),
]

@pytest.fixture(scope="module")
def doc9() -> Document:
    return extract("\n".join(f"{i} {note}" for i, (note, _) in enumerate(ROWS9, 1)), notes_mode=True)


@pytest.mark.parametrize("number", range(1, len(ROWS9) + 1), ids=lambda n: f"{n}-{ROWS9[n - 1][0][:40]}")
def test_note_splits_romance_batch(doc9: Document, number: int, check_splits: SplitCheck) -> None:
    expected = ROWS9[number - 1][1]
    got = doc9.notes[number - 1].citations
    check_splits(got, expected)


def test_adverbial_lead_ins_are_no_authors(doc9: Document) -> None:
    ids = [c.id for n in (doc9.notes[0], doc9.notes[3], doc9.notes[6]) for c in n.citations]
    assert ids == ["bellini1988", "ferri1995", "ruiz1990", "ortega2002", "dufresne1992", "menard1998"]
    assert [c.prefix for c in doc9.notes[6].citations] == ["Voir, par exemple", "et, pour une perspective différente"]


# ---- English discursive notes: a signal inside brackets, "i.e." before a work, a verb after the page

ROWS10: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("On the wider literature (e.g. Thomas Reinholt, Grain and Grace (Leipzig, 2011), 5–9) see below.", [("full", "Grain and Grace", "5–9")]),
    ("The standard account, i.e. Margaret Holloway, The Lost Archives of Bruges (Oxford, 1998), is now dated.", [("full", "Lost Archives", None)]),
    ("Anna Berg, ‘Guild Seals’, Sigillum 3 (2019): 1–20, doi:10.5555/sig.2019.3.1.", [("full", "Guild Seals", None)]),
    ("Berg, ‘Guild Seals’, 5, and Reinholt, Grain and Grace, 10, agree; but cf. Holloway, Lost Archives, 20.",
     [("short", "Berg", "5"), ("short", "Reinholt", "10"), ("short", "Holloway", "20")]),
    ("See n. 2 above and the works cited there.", [("supra", "n. 2", None)]),
    ("Ibid. Cf. also Berg (n 3) 6.", [("ibid", "Ibid", None), ("supra", "Berg", "6")]),
    ("Quoted from the manuscript (fol. 3v) by Holloway, Lost Archives, 21.", [("short", "Holloway", "21")]),
    ("I owe this reference to Anna Berg.", []),
    ("Reinholt, Grain and Grace, 11 (quoting a sermon of 1620).", [("short", "Reinholt", "11")]),
    ("For the figures, Holloway (n 2) 22–24 remains indispensable.", [("supra", "Holloway", "22–24")]),
]

IDS10 = [["reinholt2011"], ["holloway1998"], ["berg2019"], ["berg2019", "reinholt2011", "holloway1998"],
         ["holloway1998"], ["holloway1998", "berg2019"], ["holloway1998"], [], ["reinholt2011"], ["holloway1998"]]


@pytest.fixture(scope="module")
def doc10() -> Document:
    return extract("\n".join(f"{i} {note}" for i, (note, _) in enumerate(ROWS10, 1)), notes_mode=True)


@pytest.mark.parametrize("number", range(1, len(ROWS10) + 1), ids=lambda n: f"{n}-{ROWS10[n - 1][0][:40]}")
def test_note_splits_discursive_batch(doc10: Document, number: int, check_splits: SplitCheck) -> None:
    expected = ROWS10[number - 1][1]
    got = doc10.notes[number - 1].citations
    check_splits(got, expected)
    assert [c.id for c in got] == IDS10[number - 1]


# ---- legal notes: several decisions and statutes, OSCOLA paragraphs, German commentaries

LEGAL_PRELUDE = [
    "Alice Smith, First Book (London, 2000), 1.", "Preface.", "Preface.", "Alice Smith, Second Book (London, 2001).",
    "Bob Jones, Third Book (Oxford, 2002).", "Preface.", "Preface.", "Preface.",
    "R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5, [2018] AC 61.",
]
LEGAL: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("See, e.g., Roe v. Wade, 410 U.S. 113, 153 (1973); Planned Parenthood v. Casey, 505 U.S. 833, 846 (1992); "
     "but see Dobbs v. Jackson Women’s Health Org., 597 U.S. 215, 231 (2022).",
     [("full", "Roe v. Wade", "153"), ("full", "Planned Parenthood", "846"), ("full", "Dobbs", "231")]),
    ("Id. at 232; see also Casey, 505 U.S. at 847.", [("ibid", "Id", "232"), ("short", "Casey", "847")]),
    ("EuGH, Urt. v. 13.5.2014 – C-131/12, Google Spain, Rn. 93; BVerfG, Beschl. v. 6.11.2019 – 1 BvR 16/13, Rn. 105.",
     [("full", "Google Spain", "93"), ("full", "BVerfG", "105")]),
    ("Art. 8 EMRK; § 1004 BGB analog.", []),  # provisions, no works
    ("Vgl. Palandt/Sprau, BGB, 80. Aufl. 2021, § 823 Rn. 12; MüKoBGB/Wagner, 8. Aufl. 2020, § 823 Rn. 30.",
     [("full", "Palandt", "823 Rn. 12"), ("full", "Wagner", "823 Rn. 30")]),
    ("Smith (n 4) 12; cf Jones (n 5) para 3.", [("supra", "Smith", "12"), ("supra", "Jones", "3")]),
    ("Ibid para 4.", [("ibid", "Ibid", "4")]),
    ("R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5, [2018] AC 61 [86]; "
     "see also Miller (n 9) [87].", [("full", "Miller", "86"), ("supra", "Miller", "87")]),
]


@pytest.fixture(scope="module")
def legal_doc() -> Document:
    notes = LEGAL_PRELUDE + [note for note, _ in LEGAL]
    return extract("\n".join(f"{i} {note}" for i, note in enumerate(notes, 1)), notes_mode=True)


@pytest.mark.parametrize("index", range(len(LEGAL)), ids=lambda i: LEGAL[i][0][:40])
def test_legal_notes(legal_doc: Document, index: int, check_splits: SplitCheck) -> None:
    expected = LEGAL[index][1]
    got = legal_doc.notes[len(LEGAL_PRELUDE) + index].citations
    check_splits(got, expected)
    for cit in got:
        assert cit.kind != "full" or cit.id is not None


def test_legal_back_references_link(legal_doc: Document) -> None:
    notes = legal_doc.notes
    assert notes[14].citations[0].id == notes[3].citations[0].id  # Smith (n 4)
    assert notes[14].citations[1].id == notes[4].citations[0].id  # Jones (n 5)
    assert notes[16].citations[1].id == notes[16].citations[0].id == notes[8].citations[0].id  # Miller


# ---- notes of commentary and cross-references only: no citation (the rules above must not fire)

COMMENTARY: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    ("The council met in 1642, as the minutes show, and again in 1644.", []),
    ("Smith, however, disagrees with this view, and so does Jones.", []),
    ("This point was made by Holloway, among others, in a lecture of 1998.", []),
    ("As Marsh argues in her introduction, the evidence is thin.", []),
    ("Wie Berger zu Recht betont, war die Zunft keine Gemeinde.", []),
    ("Comme le montre Dufresne, la ville était pauvre.", []),
    ("I thank Anna Vogt, Peter Lindqvist and Martin Thale for their comments.", []),
    ("The translation is by Orme, with minor changes.", []),
    ("Cf. the discussion in chapter 3, section 2, below.", []),
    ("For the dating, see the Appendix, Table 2.", []),
    ("Diese Auffassung vertritt auch Berger, freilich ohne Begründung.", []),
    ("See my remarks above, p. 12.", []),
    ("Il testo è citato da Bellini senza indicazione della fonte.", []),
    ("The phrase was coined by Thomas Reinholt in 2011.", []),
    ("On this, see further below, n. 40.", []),
    ("Sur ce point, voir plus loin, chapitre 4.", []),
    ("Dazu noch unten, bei Fn. 55.", []),
    ("Об этом см. ниже, гл. 3.", []),
]


@pytest.mark.parametrize("note", [note for note, _ in COMMENTARY])
def test_commentary_and_cross_references_give_no_citation(note: str) -> None:
    doc = extract(f"1 {note}", notes_mode=True)
    assert len(doc.notes) == 1 and doc.notes[0].citations == [] and doc.entries == []


# ---- the rules one by one -------------------------------------------------------------------

@pytest.mark.parametrize("note,expected", [
    # a linking phrase after a complete citation with its pinpoint: a second work, the phrase its prefix
    ("A. Smith, Title One (London, 1990), 4, quoted in B. Jones, Title Two (Paris, 2001), 7.",
     [(None, "A. Smith, Title One (London, 1990), 4"), ("quoted in", "B. Jones, Title Two (Paris, 2001), 7.")]),
    ("Hans Roth, Alte Chronik, Ulm 1790, S. 3, zit. nach Weber, Neue Studien, S. 9.",
     [(None, "Hans Roth, Alte Chronik, Ulm 1790, S. 3"), ("zit. nach", "Weber, Neue Studien, S. 9.")]),
    ("Roth, Chronik, S. 4 (zit. nach Weber, Studien, S. 10).",
     [(None, "Roth, Chronik, S. 4"), ("zit. nach", "Weber, Studien, S. 10")]),
    ("Paul Lenoir, Mémoires, Paris, 1801, p. 12, cité par Morel, op. cit., p. 40.",
     [(None, "Paul Lenoir, Mémoires, Paris, 1801, p. 12"), ("cité par", "Morel, op. cit., p. 40.")]),
    ("Vance, Old Roads, 12, contra Hale, New Roads, 40.",
     [(None, "Vance, Old Roads, 12"), ("contra", "Hale, New Roads, 40.")]),
    # not before prose, and not without a pinpoint before the phrase
    ("Vance, Old Roads, 12, with whom the court agreed in 1990.",
     [(None, "Vance, Old Roads, 12, with whom the court agreed in 1990.")]),
    ("Compare the edition quoted in Hale, New Roads, 40.", None),
])
def test_source_links(note: str, expected: list[tuple[str | None, str]] | None) -> None:
    pieces = [p for p in split_note(note) if p.kind != "commentary"]
    if expected is None:
        assert len(pieces) == 1
        return
    assert [(p.prefix, p.text) for p in pieces] == expected


@pytest.mark.parametrize("text,internal", [
    ("below, section 4.", True), ("oben, Kap. 2.", True), ("unten, Abschnitt III.", True),
    ("the Appendix.", True), ("Chapter 3 below.", True), ("infra, p. 212", True), ("ci-dessus, chapitre 2", True),
    ("Hagenloh, Police", False), ("Appendix Smith, Title", False), ("Master of the House", False),
])
def test_internal_reference(text: str, internal: bool) -> None:
    assert internal_reference(text) is internal


@pytest.mark.parametrize("text,kind,locator", [
    ("Там же. С. 45.", "ibid", "45"),
    ("Там же, с. 46–47.", "ibid", "46–47"),
    ("Tam zhe, s. 47.", "ibid", "47"),
    ("Указ. соч. С. 61.", "op-cit", "61"),
    ("Ukaz. soch., s. 62.", "op-cit", "62"),
    ("Павлова И. В. Указ. соч. С. 60.", "op-cit", "60"),
    ("Id., ibid., p. 14.", "ibid", "14"),
    ("Ead., ibid.", "ibid", None),
])
def test_back_reference_vocabulary(text: str, kind: str, locator: str | None) -> None:
    info = classify(text)
    assert info.kind == kind
    assert (info.pinpoint.value if info.pinpoint else None) == locator


@pytest.mark.parametrize("text,author", [
    ("Павлова И. В. Указ. соч. С. 60.", "Павлова"),  # GOST: initials after the surname, no comma
    ("Хлевнюк О.В. Хозяин. М., 2010.", "Хлевнюк"),
    ("О. В. Хлевнюк, Хозяин, М., 2010.", "О. В. Хлевнюк"),
])
def test_cyrillic_author_heads(text: str, author: str) -> None:
    assert author_head(text) == author


@pytest.mark.parametrize("text,cut", [
    # a clause opening with an article, a conjunction or a verb after the pinpoint is the sentence going on
    ("Ferri, La crisi, pp. 40-41, la crisi precede il 1340.", "Ferri, La crisi, pp. 40-41"),
    ("Berger, Stadt und Zunft, S. 34, spricht von einer Krise.", "Berger, Stadt und Zunft, S. 34"),
    ("Pryce, Merchants, 17–19, though his evidence is thin.", "Pryce, Merchants, 17–19"),
    # a remark in brackets stays; a locator after the pinpoint is no clause
    ("2 AQUINAS, supra note 27, at 209-10 (I-II, 91, 3, observing that the law is fixed).", None),
    ("Kessel, Zunft, S. 45–67, hier S. 50.", None),
    # a verb right after the page or the imprint
    ("Holloway (n 2) 22–24 remains indispensable.", "Holloway (n 2) 22–24"),
    ("Reinholt, Grain and Grace, 10, agree", "Reinholt, Grain and Grace, 10"),
    ("Margaret Holloway, The Lost Archives (Oxford, 1998), is now dated.", "Margaret Holloway, The Lost Archives (Oxford, 1998)"),
    # but not a page in roman numerals or "passim"
    ("Kenneth Clark, Ruskin Today (London: John Murray, 1964), xiii.", None),
    ("Histoire de l’Académie, Amsterdam 1734, v–vi.", None),
    ("Adler, Canon and Custom, passim.", None),
])
def test_clause_after_pinpoint(text: str, cut: str | None) -> None:
    at = trailing_clause(text)
    assert (text[:at] if at is not None else None) == cut


@pytest.mark.parametrize("note,prefix,cited,author", [
    ("As Helen Marsh argues in The Quiet Republic (London, 1999), 45, the council never met.",
     "As Helen Marsh argues in", "The Quiet Republic (London, 1999), 45", "Helen Marsh"),
    ("Wie Klaus Berger in Stadt und Zunft, München 1995, S. 33, gezeigt hat, war die Zunft keine Gemeinde.",
     "Wie Klaus Berger in", "Stadt und Zunft, München 1995, S. 33", "Klaus Berger"),
    ("Ce point a été bien montré par Jean Dufresne dans La ville et ses pauvres, Paris, 1992, p. 12.",
     "Ce point a été bien montré par Jean Dufresne dans", "La ville et ses pauvres, Paris, 1992, p. 12",
     "Jean Dufresne"),
])
def test_author_named_in_a_lead_in(note: str, prefix: str, cited: str, author: str) -> None:
    pieces = [p for p in split_note(note) if p.kind != "commentary"]
    assert [(p.prefix, p.text, p.author) for p in pieces] == [(prefix, cited, author)]


@pytest.mark.parametrize("note,prefix", [
    ("The manuscript is discussed by Holloway, Lost Archives, 71.", "The manuscript is discussed by"),
    ("Le manuscrit est évoqué par Dufresne, La ville, p. 12.", "Le manuscrit est évoqué par"),
])
def test_agent_lead_in_before_a_surname(note: str, prefix: str) -> None:
    pieces = [p for p in split_note(note) if p.kind != "commentary"]
    assert len(pieces) == 1 and pieces[0].prefix == prefix and pieces[0].kind == "short"


@pytest.mark.parametrize("text,value", [
    ("BGH NJW 2015, 1672, 1674", "1674"),
    ("BGH, Urt. v. 12.3.2015 – III ZR 201/14, NJW 2015, 1672, 1674 f.", "1674 f."),
    ("David Orme, The Silent Crown, London, 2001, 88", "88"),  # a bare page after the imprint's year
])
def test_pinpoints_of_full_citations(text: str, value: str) -> None:
    info = classify(text)
    assert info.kind == "full" and info.pinpoint is not None and info.pinpoint.value == value


@pytest.mark.parametrize("text,value", [
    ("Reeve, ‘Tithe Disputes’, 26 n. 12.", "26 n. 12"),  # note 12 on page 26, as Chicago's "26n12"
    ("Adler, Canon and Custom, passim.", "passim"),
    ("Carta, Le corporazioni, cit., p. 24 e ss.", "24 e ss."),
    ("European Convention on Human Rights, art 8.", "8"),
])
def test_pinpoints_of_short_forms(text: str, value: str) -> None:
    pin = find_pinpoint(text)
    assert pin is not None and pin.value == value


@pytest.mark.parametrize("text,kind", [
    ("Ídem, p. 51.", "ibid"), ("Ibíd., p. 52.", "ibid"), ("Ferrer, ob. cit., p. 50.", "op-cit"),
    ("European Convention on Human Rights, art 8.", "full"),  # a treaty needs no year
])
def test_spanish_back_references_and_treaties(text: str, kind: str) -> None:
    assert classify(text).kind == kind


def test_pinpoint_after_an_articles_pages() -> None:
    doc = extract("1 Pierre Vidal, « Confréries et métiers », Annales de Normandie, 30-1, 1980, p. 51-70, ici p. 55.",
                  notes_mode=True)
    assert doc.notes[0].citations[0].locator == "55"


def test_short_title_in_brackets_after_the_authors_name() -> None:
    doc = extract("1 Sarah Kemp, Rural Unrest in Russia (Oxford, 2003), 88.\n"
                  "2 As Kemp rightly observes (Rural Unrest, 91), the sources are silent.", notes_mode=True)
    cit = doc.notes[1].citations[0]
    assert (cit.kind, cit.text, cit.id, cit.locator) == ("short", "Rural Unrest, 91", "kemp2003", "91")
    assert len(doc.entries) == 1


@pytest.mark.parametrize("note,kind", [
    # a cross-reference to a later note is no back-reference: nothing is cited there yet
    ("See infra note 33.", None), ("Dazu noch unten, bei Fn. 55.", None), ("See n. 14 above.", "supra"),
    # a remark about another note in brackets is the author's own cross-reference
    ("As noted above (n. 22), the archive is lost.", None),
    ("Marsh’s argument (above, n. 3) is stronger.", None),
    # but a work named before the note number is cited there
    ("An dieser Stelle könnte man, wie Guski (Fn. 41) andeutet, einen Berührungspunkt sehen.", "supra"),
])
def test_forward_references_and_remarks_about_notes(note: str, kind: str | None) -> None:
    kinds = [p.kind for p in split_note(note) if p.kind != "commentary"]
    assert kinds == ([kind] if kind else [])


@pytest.mark.parametrize("note,cited", [
    ("Orme (Silent Crown, 40) and Marsh (Quiet Republic, 12) both accept it.",
     [("Silent Crown, 40", "Orme"), ("Quiet Republic, 12", "Marsh")]),
    ("Selon Dufresne (La ville, p. 45), la ville comptait 3 000 pauvres en 1790.", [("La ville, p. 45", "Dufresne")]),
    ("Holloway’s claim that the archive was burned in 1794 (Lost Archives, 88) rests on a single letter.",
     [("Lost Archives, 88", "Holloway")]),
    # an imprint in brackets is no short form
    ("David Orme, The Silent Crown (London, 2001), 88.", []),
])
def test_short_titles_in_brackets_after_a_name(note: str, cited: list[tuple[str, str]]) -> None:
    pieces = [p for p in split_note(note) if p.author]
    assert [(p.text, p.author) for p in pieces] == cited


def test_author_date_citations_in_brackets() -> None:
    doc = extract("1 David Orme, The Silent Crown, London, 2001, 88.\n"
                  "2 This is disputed (Holloway 1998: 45; Orme 2001, 12).", notes_mode=True)
    cits = doc.notes[1].citations
    assert [(c.text, c.locator) for c in cits] == [("Holloway 1998: 45", "45"), ("Orme 2001, 12", "12")]
    assert cits[1].id == "orme2001" and cits[1].kind == "short"


def test_a_bare_page_after_the_year_is_no_volume() -> None:
    doc = extract("1 David Orme, The Silent Crown, London, 2001, 88.\n2 Paul Roe, Old Roads, vol. 3, London, 2001, 3.",
                  notes_mode=True)
    assert "volume" not in doc.entries[0] and doc.notes[0].citations[0].locator == "88"
    assert doc.entries[1]["volume"] == "3"


def test_a_decision_cited_by_docket_and_by_report_is_one_work() -> None:
    doc = extract("1 BGH, Urt. v. 12.3.2015 – III ZR 201/14, NJW 2015, 1672, 1674.\n"
                  "2 Vgl. BGH NJW 2015, 1672, 1675.", notes_mode=True)
    ids = [c.id for n in doc.notes for c in n.citations]
    assert len(doc.entries) == 1 and ids == [doc.entries[0]["id"]] * 2
    assert [c.locator for n in doc.notes for c in n.citations] == ["1674", "1675"]


@pytest.mark.parametrize("entry,key", [
    ({"author": [{"family": "Хлевнюк", "given": "О.В."}], "issued": {"date-parts": [[2010]]}}, "khlevniuk2010"),
    ({"author": [{"family": "Щербакова"}], "issued": {"date-parts": [[1999]]}}, "shcherbakova1999"),
    ({"title": "Тайны истории", "issued": {"date-parts": [[2001]]}}, "tainy2001"),
])
def test_cyrillic_keys(entry: dict[str, object], key: str) -> None:
    assert entry_key(entry, set()) == key
