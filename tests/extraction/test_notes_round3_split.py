"""A third round of whole footnotes the splitter and the resolver had never seen.

The notes are invented (works, authors, pages, shelf-marks) and were written with their expected
splits before citekit read them: English, German, French, Italian and transliterated Russian
notes with several works each, joined by "see also", "cf.", "for a different view see",
"vgl. auch", "voir aussi", "si veda anche", "contra"; commentary around the citations; archival
runs whose later files name only their shelf-mark ("GARF, f. R-5446, op. 2, d. 77, l. 14; d. 79,
ll. 3–4"); translations in brackets; and every back-reference form: ibid., ebd., ivi, ibidem,
a.a.O., op. cit. with and without an author, art. cit., supra n. 7, above, n. 3, (wie Anm. 13),
(Anm. 18), (n 11).  They are read as one ``--notes`` document, in order, so back-references have
their earlier notes.  Each row: the note, then its citations as (kind, a word of the citation's
text, locator).

Before the round's fixes 34 of the 44 notes were split fully right (misses: archival runs of bare
shelf-marks, "a p. 150" after an article's range, "(Übersetzung des Verf.)" after the page, a work
named inside "che corregge …", "et, en sens contraire, …"); after them, all 44.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from citekit.extraction import extract
from citekit.model import Document

SplitCheck = Callable[..., None]

#: (note, [(kind, key word in the citation's text, locator)]) -- written before running
ROWS: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # 1
    ('See Margaret Holloway, The Salt Merchants of Cheshire (Manchester, 1988), 23–25; see also Peter Quayle, ‘Brine and Borough: Nantwich in the Seventeenth Century’, Northern History 31 (1995): 77–98, at 80.',
     [('full', 'Salt Merchants', '23–25'), ('full', 'Brine and Borough', '80')]),
    # 2
    ('Ibid., 84.',
     [('ibid', 'Ibid', '84')]),
    # 3
    ('Holloway, Salt Merchants, 40, argues for continuity; for a different view see Quayle, ‘Brine and Borough’, 90–92, and Susan Pirrie, The Wich Towns (Chester, 2001), 12.',
     [('short', 'Holloway', '40'), ('short', 'Quayle', '90–92'), ('full', 'Wich Towns', '12')]),
    # 4
    ('On the brine pits, see Pirrie, Wich Towns, 14–16 (with a map), and Holloway, Salt Merchants, 41.',
     [('short', 'Pirrie', '14–16'), ('short', 'Holloway', '41')]),
    # 5
    ('Cheshire Archives, DCH/E/12, fol. 3; DCH/E/14, fols. 7–9.',
     [('full', 'DCH/E/12', '3'), ('full', 'DCH/E/14', '7–9')]),
    # 6
    ('The lease is printed in Holloway, Salt Merchants, 210–12; cf. Quayle, ‘Brine and Borough’, 95 n. 14.',
     [('short', 'Holloway', '210–12'), ('short', 'Quayle', '95 n. 14')]),
    # 7
    ('Robert Lathom, A Discourse of the Salt Trade (London, 1662; repr. Farnborough, 1970), 9.',
     [('full', 'Discourse of the Salt Trade', '9')]),
    # 8
    ('Op. cit., 11.',
     [('op-cit', 'Op. cit', '11')]),
    # 9
    ('Lathom, op. cit., 12; Holloway, op. cit., 50.',
     [('op-cit', 'Lathom', '12'), ('op-cit', 'Holloway', '50')]),
    # 10
    ('Supra n. 7, at 14; and see Pirrie, above, n. 3, 20.',
     [('supra', 'n. 7', '14'), ('supra', 'Pirrie', '20')]),
    # 11
    ('Salt Union Ltd v Wood [1893] 1 QB 370, 374; see also Tom Breyer, ‘Brine Subsidence and the Law of Support’ (1979) 95 LQR 221, 230.',
     [('full', 'Salt Union', '374'), ('full', 'Brine Subsidence', '230')]),
    # 12
    ('Breyer (n 11) 235; Salt Union (n 11) 376.',
     [('supra', 'Breyer', '235'), ('supra', 'Salt Union', '376')]),
    # 13
    ('Vgl. Konrad Amsel, Die Salinen Lüneburgs im Spätmittelalter, Hamburg 1972, S. 45–47; vgl. auch Gisela Hornbach, Salz und Stadt. Studien zur Sülfmeisterschaft, Lüneburg 1986, S. 101.',
     [('full', 'Salinen Lüneburgs', '45–47'), ('full', 'Salz und Stadt', '101')]),
    # 14
    ('Ebd., S. 103 f.',
     [('ibid', 'Ebd', '103 f.')]),
    # 15
    ('Amsel (wie Anm. 13), S. 50; Hornbach, a.a.O., S. 110.',
     [('supra', 'Amsel', '50'), ('op-cit', 'Hornbach', '110')]),
    # 16
    ('Anders Hornbach, Salz und Stadt (wie Anm. 13), S. 120, die eine spätere Datierung vorschlägt.',
     [('supra', 'Hornbach', '120')]),
    # 17
    ('Stadtarchiv Lüneburg, AB 123, fol. 4r; AB 125, fol. 9v; vgl. Amsel (wie Anm. 13), S. 60.',
     [('full', 'AB 123', '4r'), ('full', 'AB 125', '9v'), ('supra', 'Amsel', '60')]),
    # 18
    ('Zur Sülfmeisterfehde grundlegend Wilhelm Reinecke, Geschichte der Stadt Lüneburg, Bd. 2, Lüneburg 1933, S. 140–180; ferner Hornbach, Salz und Stadt, S. 130.',
     [('full', 'Geschichte der Stadt Lüneburg', '140–180'), ('short', 'Hornbach', '130')]),
    # 19
    ('Reinecke, Geschichte (Anm. 18), S. 150.',
     [('supra', 'Reinecke', '150')]),
    # 20
    ('Voir Jeanne Castel, Le sel de Salins : production et fiscalité (XIIIe-XVe siècle), Besançon, Presses universitaires, 1991, p. 77 ; voir aussi Luc Berthier, « Les salines royales et la ferme générale », Revue d’histoire moderne, 38, 1991, p. 201-230, ici p. 210.',
     [('full', 'sel de Salins', '77'), ('full', 'salines royales', '210')]),
    # 21
    ('Ibid., p. 215.',
     [('ibid', 'Ibid', '215')]),
    # 22
    ('Castel, op. cit., p. 80 ; Berthier, art. cit., p. 220.',
     [('op-cit', 'Castel', '80'), ('op-cit', 'Berthier', '220')]),
    # 23
    ('Archives départementales du Jura, A 45, fol. 12 ; A 47.',
     [('full', 'A 45', '12'), ('full', 'A 47', None)]),
    # 24
    ('Sur la gabelle, voir Castel, Le sel de Salins, p. 90-95 ; contra Berthier, « Les salines royales », p. 225.',
     [('short', 'Castel', '90-95'), ('short', 'Berthier', '225')]),
    # 25
    ('Je remercie M. Berthier de m’avoir signalé ce document.',
     []),
    # 26
    ('Si veda Paolo Valdini, Il sale di Cervia nel Medioevo, Ravenna, Longo, 1979, pp. 33-35; si veda anche Chiara Orsetti, Le saline e il fisco pontificio, in «Studi romagnoli», 41 (1990), pp. 145-170, a p. 150.',
     [('full', 'sale di Cervia', '33-35'), ('full', 'saline e il fisco', '150')]),
    # 27
    ('Ivi, p. 160.',
     [('ibid', 'Ivi', '160')]),
    # 28
    ('Valdini, Il sale di Cervia, cit., p. 40 e Orsetti, Le saline, cit., p. 165.',
     [('short', 'Valdini', '40'), ('short', 'Orsetti', '165')]),
    # 29
    ('ASRa, Camera apostolica, b. 12, fasc. 3; b. 14, fasc. 1, c. 5r.',
     [('full', 'b. 12', None), ('full', 'b. 14', '5r')]),
    # 30
    ('Cfr. Orsetti, Le saline, cit., p. 168, che corregge Valdini, op. cit., p. 41.',
     [('short', 'Orsetti', '168'), ('op-cit', 'Valdini', '41')]),
    # 31
    ('Ibidem.',
     [('ibid', 'Ibidem', None)]),
    # 32
    ('GARF, f. R-5446, op. 2, d. 77, l. 14; d. 79, ll. 3–4.',
     [('full', 'd. 77', '14'), ('full', 'd. 79', '3–4')]),
    # 33
    ('RGAE, f. 7486, op. 1, d. 5, l. 12; see also V. P. Danilov, Sovetskaia dokolkhoznaia derevnia (Moscow, 1977), 88.',
     [('full', 'd. 5', '12'), ('full', 'Sovetskaia', '88')]),
    # 34
    ('N. A. Ivnitskii, Kollektivizatsiia i raskulachivanie [Collectivization and Dekulakization] (Moscow, 1994), 140–42; Danilov, Sovetskaia derevnia, 90.',
     [('full', 'Kollektivizatsiia', '140–42'), ('short', 'Danilov', '90')]),
    # 35
    ('Ivnitskii, op. cit., 145; idem, Repressivnaia politika sovetskoi vlasti v derevne (Moscow, 2000), 30.',
     [('op-cit', 'Ivnitskii', '145'), ('idem', 'Repressivnaia', '30')]),
    # 36
    ('Ibid., 33; GARF, f. R-9401, op. 1, d. 12, l. 5.',
     [('ibid', 'Ibid', '33'), ('full', 'd. 12', '5')]),
    # 37
    ('For a different view see Holloway, Salt Merchants, 60–61; cf. Lathom, Discourse, 20, and Quayle, above, n. 1, 97.',
     [('short', 'Holloway', '60–61'), ('short', 'Lathom', '20'), ('supra', 'Quayle', '97')]),
    # 38
    ('“The wich-houses were the making of the town.” Pirrie, Wich Towns, 30 (quoting a survey of 1610).',
     [('short', 'Pirrie', '30')]),
    # 39
    ('Holloway’s figures (Salt Merchants, 70–72) are accepted by Pirrie, Wich Towns, 33.',
     [('short', 'Salt Merchants', '70–72'), ('short', 'Pirrie', '33')]),
    # 40
    ('See n. 5 above.',
     [('supra', 'n. 5', None)]),
    # 41
    ('Hornbach, Salz und Stadt, S. 140 (Übersetzung des Verf.); vgl. auch Reinecke, Geschichte, S. 160.',
     [('short', 'Hornbach', '140'), ('short', 'Reinecke', '160')]),
    # 42
    ('Valdini, Il sale di Cervia, cit., p. 50; Id., Saline e mercanti a Ravenna, Bologna, 1985, p. 12.',
     [('short', 'Valdini', '50'), ('idem', 'Saline e mercanti', '12')]),
    # 43
    ('TNA, C 1/45/12; C 1/46/3, m. 2.',
     [('full', 'C 1/45/12', None), ('full', 'C 1/46/3', '2')]),
    # 44
    ('Cf. Castel, op. cit., p. 100, et, en sens contraire, Berthier, art. cit., p. 228.',
     [('op-cit', 'Castel', '100'), ('op-cit', 'Berthier', '228')]),
]

#: notes still split wrongly: kept so a fix shows up as an unexpected pass
KNOWN_MISSES: set[int] = set()

#: (note, citation index) -> (note, citation index) of the work it repeats
LINKS = [
    ((2, 0), (1, 1)),  # ibid. after a note citing two works: the one cited last
    ((3, 0), (1, 0)), ((3, 1), (1, 1)), ((4, 0), (3, 2)), ((4, 1), (1, 0)), ((6, 0), (1, 0)),
    ((8, 0), (7, 0)),  # an author-less "Op. cit." after a note citing one work
    ((9, 0), (7, 0)), ((9, 1), (1, 0)), ((10, 0), (7, 0)), ((10, 1), (3, 2)), ((12, 0), (11, 1)),
    ((12, 1), (11, 0)), ((14, 0), (13, 1)), ((15, 0), (13, 0)), ((15, 1), (13, 1)), ((16, 0), (13, 1)),
    ((17, 2), (13, 0)), ((18, 1), (13, 1)), ((19, 0), (18, 0)), ((21, 0), (20, 1)), ((22, 0), (20, 0)),
    ((22, 1), (20, 1)), ((24, 0), (20, 0)), ((24, 1), (20, 1)), ((27, 0), (26, 1)), ((28, 0), (26, 0)),
    ((28, 1), (26, 1)), ((30, 0), (26, 1)), ((30, 1), (26, 0)), ((31, 0), (26, 0)), ((34, 1), (33, 1)),
    ((35, 0), (34, 0)), ((36, 0), (35, 1)), ((37, 0), (1, 0)), ((37, 1), (7, 0)), ((37, 2), (1, 1)),
    ((38, 0), (3, 2)), ((39, 0), (1, 0)), ((39, 1), (3, 2)), ((41, 0), (13, 1)), ((41, 1), (18, 0)),
    ((42, 0), (26, 0)), ((44, 0), (20, 0)), ((44, 1), (20, 1)),
]

#: (note, citation index, prefix): the signal or lead-in that opened the work
PREFIXES = [
    (1, 1, "see also"), (3, 1, "for a different view see"), (4, 0, "On the brine pits, see"), (6, 1, "cf."),
    (13, 1, "vgl. auch"), (17, 2, "vgl."), (20, 1, "voir aussi"), (24, 1, "contra"), (26, 0, "Si veda"),
    (26, 1, "si veda anche"), (30, 1, "che corregge"), (33, 1, "see also"), (37, 1, "cf."), (41, 1, "vgl. auch"),
    (44, 1, "en sens contraire"),
]

#: (note, citation index) -> (archive, shelf-mark): a bare shelf-mark after a ";" is a file of the
#: archive named first, with the levels it elides
ARCHIVAL = [
    ((5, 1), ("Cheshire Archives", "DCH/E/14")), ((17, 1), ("Stadtarchiv Lüneburg", "AB 125")),
    ((23, 1), ("Archives départementales du Jura", "A 47")), ((29, 1), ("ASRa", "b. 14, fasc. 1")),
    ((32, 1), ("GARF", "f. R-5446, op. 2, d. 79")), ((43, 1), ("TNA", "C 1/46/3")),
]


def _read(notes: list[tuple[str, list[tuple[str, str, str | None]]]]) -> Document:
    """One ``--notes`` document of a batch, its notes numbered in order."""
    return extract("\n".join(f"{i} {note}" for i, (note, _) in enumerate(notes, 1)), notes_mode=True)


@pytest.fixture(scope="module")
def doc() -> Document:
    return extract("\n".join(f"{i} {note}" for i, (note, _) in enumerate(ROWS, 1)), notes_mode=True)


def test_every_note_is_kept(doc: Document) -> None:
    assert [n.number for n in doc.notes] == [str(i) for i in range(1, len(ROWS) + 1)]


@pytest.mark.parametrize("number", range(1, len(ROWS) + 1), ids=lambda n: f"{n}-{ROWS[n - 1][0][:40]}")
def test_note_splits(doc: Document, number: int, check_splits: SplitCheck) -> None:
    if number in KNOWN_MISSES:
        pytest.xfail("a known miss of this round")
    check_splits(doc.notes[number - 1].citations, ROWS[number - 1][1])


@pytest.mark.parametrize("source,target", LINKS, ids=lambda p: f"{p[0]}.{p[1]}")
def test_back_references_link(doc: Document, source: tuple[int, int], target: tuple[int, int]) -> None:
    if source[0] in KNOWN_MISSES:
        pytest.xfail("the note is a known miss")
    cit = doc.notes[source[0] - 1].citations[source[1]]
    work = doc.notes[target[0] - 1].citations[target[1]]
    assert cit.id is not None and cit.id == work.id


@pytest.mark.parametrize("number,index,prefix", PREFIXES)
def test_prefixes(doc: Document, number: int, index: int, prefix: str) -> None:
    assert doc.notes[number - 1].citations[index].prefix == prefix


def test_translator_remark_is_a_suffix(doc: Document) -> None:
    """"S. 140 (Übersetzung des Verf.)": the remark after the page is the citation's suffix, not its title."""
    cit = doc.notes[40].citations[0]
    assert (cit.locator, cit.suffix) == ("140", "(Übersetzung des Verf.)")


def test_no_prefix_is_left_empty(doc: Document) -> None:
    """A consumed connector leaves no "" (or punctuation-only) prefix behind: None instead."""
    for note in doc.notes:
        for cit in note.citations:
            assert cit.prefix is None or cit.prefix.strip(" ,;:.–—-"), (note.number, cit.prefix)


@pytest.mark.parametrize("source,expected", ARCHIVAL, ids=lambda p: str(p[0]) if isinstance(p[0], int) else "")
def test_archival_runs_inherit_the_archive(doc: Document, source: tuple[int, int], expected: tuple[str, str]) -> None:
    cit = doc.notes[source[0] - 1].citations[source[1]]
    first = doc.notes[source[0] - 1].citations[0]
    entry = next(e for e in doc.entries if e["id"] == cit.id)
    assert (entry.get("type"), entry.get("archive"), entry.get("archive_location")) == ("manuscript", *expected)
    assert cit.id != first.id  # a file of its own, never the first file again


def test_ambiguous_and_assumed_links_are_reported(doc: Document) -> None:
    """Ibid. after a two-work note is taken as the last work, with an R008 note; "See n. 5", whose
    note cites two files, stays unresolved (R002)."""
    codes = {(d.code, d.line) for d in doc.diagnostics}
    assert ("R008", 2) in codes and ("R002", 40) in codes
    assert doc.notes[39].citations[0].id is None
    assert not [d for d in doc.diagnostics if d.code in ("R003", "R004")]


def test_no_entry_from_commentary(doc: Document) -> None:
    titles = " | ".join(str(e.get("title") or "") for e in doc.entries)
    for word in ("argues", "continuity", "remercie", "Datierung", "wich-houses", "Übersetzung", "corregge",
                 "sens contraire"):
        assert word not in titles
    assert doc.notes[24].citations == []


#: a second batch, written after the fixes for the first one and run before any fix of its own
#: (a held-out check that the rules are general): 26 of its 31 notes were split fully right at
#: first (misses: "Kent History Centre" as an archive, a run after "Nr. 1234, fol. 7;", "[my
#: emphasis]", a German relative clause "dem Stübner, Almosen, S. 50, folgt", two possessive
#: names with bracketed short titles); after fixing those with general rules, all 31.
HELD_OUT: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # 1
    ('See Harriet Combe, Parish and Poor Law in Kent, 1600–1750 (Maidstone, 1983), 56, and Daniel Fothergill, ‘Settlement Examinations in the Weald’, Archaeologia Cantiana 104 (1987): 33–51, at 40; for a different view see Edward Marr, The Old Poor Law Reconsidered (London, 1999), 12–14.',
     [('full', 'Parish and Poor Law', '56'), ('full', 'Settlement Examinations', '40'), ('full', 'Old Poor Law', '12–14')]),
    # 2
    ('Ibid., 15.',
     [('ibid', 'Ibid', '15')]),
    # 3
    ('Kent History Centre, P12/8/1, fol. 22v; P12/8/3, fol. 5; P14/1/2.',
     [('full', 'P12/8/1', '22v'), ('full', 'P12/8/3', '5'), ('full', 'P14/1/2', None)]),
    # 4
    ('Combe, Parish and Poor Law, 60 (citing a vestry minute of 1702); cf. Fothergill (n 1) 44.',
     [('short', 'Combe', '60'), ('supra', 'Fothergill', '44')]),
    # 5
    ('Loc. cit.',
     [('op-cit', 'Loc. cit', None)]),
    # 6
    ('Marr, Old Poor Law, 20 [my emphasis].',
     [('short', 'Marr', '20')]),
    # 7
    ('Op. cit., 22.',
     [('op-cit', 'Op. cit', '22')]),
    # 8
    ('Grundlegend Friedrich Obermaier, Armenfürsorge in Nürnberg 1500–1650, Nürnberg 1978, S. 88–90; vgl. auch Hannelore Stübner, Bettler und Obrigkeit. Eine Fallstudie, in: Zeitschrift für bayerische Landesgeschichte 51 (1988), S. 301–330, hier S. 310.',
     [('full', 'Armenfürsorge', '88–90'), ('full', 'Bettler und Obrigkeit', '310')]),
    # 9
    ('A.a.O., S. 315.',
     [('op-cit', 'A.a.O', '315')]),
    # 10
    ('Stübner (wie Anm. 8), S. 320; dies., Almosen und Arbeit, München 1995, S. 45.',
     [('supra', 'Stübner', '320'), ('idem', 'Almosen', '45')]),
    # 11
    ('Staatsarchiv Nürnberg, Rep. 60a, Nr. 1234, fol. 7; Nr. 1240, fol. 2.',
     [('full', 'Nr. 1234', '7'), ('full', 'Nr. 1240', '2')]),
    # 12
    ('Obermaier, Armenfürsorge, S. 95 f., dem Stübner, Almosen, S. 50, folgt.',
     [('short', 'Obermaier', '95 f.'), ('short', 'Stübner', '50')]),
    # 13
    ('Voir Marcel Aubenas, La charité à Marseille au XVIIIe siècle, Aix-en-Provence, Édisud, 1981, p. 140 ; voir aussi Odile Ferrand, « Les bureaux de charité en Provence », Provence historique, 36, 1986, p. 55-78.',
     [('full', 'charité à Marseille', '140'), ('full', 'bureaux de charité', None)]),
    # 14
    ('Aubenas, op. cit., p. 145 ; Ferrand, art. cit., p. 60 ; AD Bouches-du-Rhône, C 4012 ; C 4015.',
     [('op-cit', 'Aubenas', '145'), ('op-cit', 'Ferrand', '60'), ('full', 'C 4012', None), ('full', 'C 4015', None)]),
    # 15
    ('Cf. Aubenas, La charité, p. 150-152, qui reprend Ferrand, « Les bureaux », p. 70.',
     [('short', 'Aubenas', '150-152'), ('short', 'Ferrand', '70')]),
    # 16
    ('Si vedano Luigi Castagna, La carità a Bologna in età moderna, Bologna, il Mulino, 1990, p. 77 e Marta Ruffo, Ospedali e confraternite, in «Quaderni storici», 62 (1986), pp. 411-440, alle pp. 420-421.',
     [('full', 'carità a Bologna', '77'), ('full', 'Ospedali e confraternite', '420-421')]),
    # 17
    ('Ivi, p. 425.',
     [('ibid', 'Ivi', '425')]),
    # 18
    ('Castagna, op. cit., p. 80; Ruffo, Ospedali, cit., p. 430.',
     [('op-cit', 'Castagna', '80'), ('short', 'Ruffo', '430')]),
    # 19
    ('ASBo, Assunteria di sanità, b. 4, fasc. 2; b. 5.',
     [('full', 'b. 4', None), ('full', 'b. 5', None)]),
    # 20
    ('Sm. A. V. Pavlenko, Nishchenstvo v Rossii XIX veka [Begging in Nineteenth-Century Russia] (Moscow, 2004), 61; see also E. N. Kurbatova, ‘Prizrenie bednykh v Moskve’, Otechestvennaia istoriia, no. 3 (2001): 20–34, at 25.',
     [('full', 'Nishchenstvo', '61'), ('full', 'Prizrenie', '25')]),
    # 21
    ('Pavlenko, op. cit., 70; Kurbatova, op. cit., 30.',
     [('op-cit', 'Pavlenko', '70'), ('op-cit', 'Kurbatova', '30')]),
    # 22
    ('TsGIA SPb, f. 1, op. 2, d. 33, ll. 4–5; d. 35, l. 1.',
     [('full', 'd. 33', '4–5'), ('full', 'd. 35', '1')]),
    # 23
    ('Kurbatova, ‘Prizrenie’, 28, and eadem, Blagotvoritel´nost´ v Moskve (Moscow, 2010), 14.',
     [('short', 'Kurbatova', '28'), ('idem', 'Blagotvoritel', '14')]),
    # 24
    ('Supra n. 20, at 65; Marr, above, n. 1, 30.',
     [('supra', 'n. 20', '65'), ('supra', 'Marr', '30')]),
    # 25
    ('Combe’s account (Parish and Poor Law, 70–75) should be read with Fothergill’s caveats (‘Settlement Examinations’, 48).',
     [('short', 'Parish and Poor Law', '70–75'), ('short', 'Settlement Examinations', '48')]),
    # 26
    ('The overseers’ accounts for 1740–60 are missing.',
     []),
    # 27
    ('R v Inhabitants of Eastbourne (1803) 4 East 103, 107; see Marr (n 1) 40.',
     [('full', 'Eastbourne', '107'), ('supra', 'Marr', '40')]),
    # 28
    ('Id. at 108.',
     [('ibid', 'Id.', '108')]),
    # 29
    ('Vgl. Obermaier, a.a.O., S. 100, und Stübner, Bettler (Anm. 8), S. 325.',
     [('op-cit', 'Obermaier', '100'), ('supra', 'Stübner', '325')]),
    # 30
    ('Ebd.',
     [('ibid', 'Ebd', None)]),
    # 31
    ('Sur ce point, Aubenas, La charité, p. 170, et Ferrand, « Les bureaux », p. 75, divergent.',
     [('short', 'Aubenas', '170'), ('short', 'Ferrand', '75')]),
]

HELD_OUT_LINKS = [
    ((2, 0), (1, 2)), ((4, 0), (1, 0)), ((4, 1), (1, 1)), ((6, 0), (1, 2)), ((7, 0), (1, 2)), ((10, 0), (8, 1)),
    ((12, 0), (8, 0)), ((12, 1), (10, 1)), ((14, 0), (13, 0)), ((14, 1), (13, 1)), ((15, 0), (13, 0)),
    ((15, 1), (13, 1)), ((17, 0), (16, 1)), ((18, 0), (16, 0)), ((18, 1), (16, 1)), ((21, 0), (20, 0)),
    ((21, 1), (20, 1)), ((23, 0), (20, 1)), ((24, 1), (1, 2)), ((25, 0), (1, 0)), ((25, 1), (1, 1)),
    ((27, 1), (1, 2)), ((29, 0), (8, 0)), ((29, 1), (8, 1)), ((30, 0), (8, 1)), ((31, 0), (13, 0)),
    ((31, 1), (13, 1)),
]

HELD_OUT_ARCHIVAL = [
    ((3, 1), ("Kent History Centre", "P12/8/3")), ((3, 2), ("Kent History Centre", "P14/1/2")),
    ((11, 1), ("Staatsarchiv Nürnberg", "Rep. 60a, Nr. 1240")), ((14, 3), ("AD Bouches-du-Rhône", "C 4015")),
    ((19, 1), ("ASBo", "b. 5")), ((22, 1), ("TsGIA SPb", "f. 1, op. 2, d. 35")),
]


@pytest.fixture(scope="module")
def held_out() -> Document:
    return _read(HELD_OUT)


def test_held_out_ambiguous_back_references_stay_unresolved(held_out: Document) -> None:
    """"Loc. cit." and "A.a.O." after a note citing two works, "Supra n. 20" whose note cites two: no link."""
    for number in (5, 9, 24):
        assert held_out.notes[number - 1].citations[0].id is None
    codes = [(d.code, d.line) for d in held_out.diagnostics]
    assert ("R002", 5) in codes and ("R002", 9) in codes and ("R002", 24) in codes


def test_held_out_remarks_are_suffixes(held_out: Document) -> None:
    assert held_out.notes[5].citations[0].suffix == "[my emphasis]"
    assert (held_out.notes[11].citations[1].prefix, held_out.notes[11].citations[1].suffix) == ("dem", "folgt")
    assert held_out.notes[30].citations[0].prefix == "Sur ce point"


#: a third batch, held out in the same way (written after batch B's fixes, run before any fix of
#: its own): 23 of its 25 notes were split fully right at first (misses: "NLA Aurich, Rep. 4, …,
#: Nr. 12; Nr. 15, Bl. 3" -- "Rep." unknown as a level, "Nr." read as a pinpoint; "AN, F10 1203 ;
#: F10 1205, dossier 3" -- a series and its carton as one level); after the fixes, all 25.
THIRD: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # 1
    ('For the wider context see Rupert Hallam, The Fenland Drainers (Cambridge, 1976), 101–3; Joan Thirsk, ‘The Isle of Axholme before Vermuyden’, Agricultural History Review 1 (1953): 16–28, at 20; and, on the legal side, Clive Orton, Commissioners of Sewers (London, 1985), 44.',
     [('full', 'Fenland Drainers', '101–3'), ('full', 'Isle of Axholme', '20'), ('full', 'Commissioners of Sewers', '44')]),
    # 2
    ('Ibid 46.',
     [('ibid', 'Ibid', '46')]),
    # 3
    ('Hallam (n 1) 110; Orton (n 1) 50–52.',
     [('supra', 'Hallam', '110'), ('supra', 'Orton', '50–52')]),
    # 4
    ('Lincolnshire Archives, Sewers 1/2, m. 4; Sewers 1/5, mm. 2–3.',
     [('full', 'Sewers 1/2', '4'), ('full', 'Sewers 1/5', '2–3')]),
    # 5
    ('The commissioners’ decrees were never printed; see Orton, Commissioners, 60, and Thirsk, ‘Isle of Axholme’, 25.',
     [('short', 'Orton', '60'), ('short', 'Thirsk', '25')]),
    # 6
    ('Vgl. Wolfgang Reuter, Deichbau und Landesherrschaft in Ostfriesland, Aurich 1969, S. 12–15; Vgl. auch Helga Brandt, Die Deichacht als Genossenschaft, in: Niedersächsisches Jahrbuch 40 (1968), S. 77–99.',
     [('full', 'Deichbau', '12–15'), ('full', 'Deichacht', None)]),
    # 7
    ('Reuter (wie Anm. 6), S. 20; vgl. oben Anm. 6.',
     [('supra', 'Reuter', '20'), ('supra', 'Anm. 6', None)]),
    # 8
    ('NLA Aurich, Rep. 4, B IV e, Nr. 12; Nr. 15, Bl. 3.',
     [('full', 'Nr. 12', None), ('full', 'Nr. 15', '3')]),
    # 9
    ('Brandt, Deichacht, S. 80 f.; dies., Küstenschutz im 18. Jahrhundert, Oldenburg 1975, S. 9.',
     [('short', 'Brandt', '80 f.'), ('idem', 'Küstenschutz', '9')]),
    # 10
    ('Ebd., S. 11.',
     [('ibid', 'Ebd', '11')]),
    # 11
    ('Voir Paul Vidalenc, Les marais de l’Ouest : dessèchement et société, Rennes, PUR, 1972, p. 33 ; voir aussi supra, n. 1.',
     [('full', 'marais de l’Ouest', '33'), ('supra', 'n. 1', None)]),
    # 12
    ('AN, F10 1203 ; F10 1205, dossier 3.',
     [('full', 'F10 1203', None), ('full', 'F10 1205', None)]),
    # 13
    ('Vidalenc, op. cit., p. 40 ; cf. Hallam, The Fenland Drainers, p. 120.',
     [('op-cit', 'Vidalenc', '40'), ('short', 'Hallam', '120')]),
    # 14
    ('Ibid., p. 125.',
     [('ibid', 'Ibid', '125')]),
    # 15
    ('Cfr. Gino Barbieri, Bonifiche e paludi nel Ferrarese, Ferrara, 1958, pp. 21-24; v. anche supra, nota 11.',
     [('full', 'Bonifiche', '21-24'), ('supra', 'nota 11', None)]),
    # 16
    ('ASFe, Archivio Bentivoglio, b. 7, fasc. 2, c. 14v; b. 9, c. 2r.',
     [('full', 'b. 7', '14v'), ('full', 'b. 9', '2r')]),
    # 17
    ('Barbieri, op. cit., p. 30; Id., Acque e terre, Bologna, 1961, p. 5.',
     [('op-cit', 'Barbieri', '30'), ('idem', 'Acque e terre', '5')]),
    # 18
    ('Ivi, p. 7.',
     [('ibid', 'Ivi', '7')]),
    # 19
    ('RGIA, f. 1287, op. 27, d. 140, ll. 5–8; d. 141, l. 2.',
     [('full', 'd. 140', '5–8'), ('full', 'd. 141', '2')]),
    # 20
    ('Tam zhe, l. 9.',
     [('ibid', 'Tam zhe', '9')]),
    # 21
    ('S. P. Rudakov, Osushenie bolot v Rossii [Draining the Marshes in Russia] (St Petersburg, 1903), 17; see also Hallam, above, n. 1, 130.',
     [('full', 'Osushenie', '17'), ('supra', 'Hallam', '130')]),
    # 22
    ('Rudakov, Osushenie bolot, 19, quoting an engineer’s report of 1889.',
     [('short', 'Rudakov', '19')]),
    # 23
    ('Op. cit., 21.',
     [('op-cit', 'Op. cit', '21')]),
    # 24
    ('Idem, Melioratsiia (Moscow, 1912), 3.',
     [('idem', 'Melioratsiia', '3')]),
    # 25
    ('On this, see ch. 2 above.',
     []),
]

THIRD_LINKS = [
    ((2, 0), (1, 2)), ((3, 0), (1, 0)), ((3, 1), (1, 2)), ((5, 0), (1, 2)), ((5, 1), (1, 1)), ((7, 0), (6, 0)),
    ((9, 0), (6, 1)), ((10, 0), (9, 1)), ((13, 0), (11, 0)), ((13, 1), (1, 0)), ((14, 0), (1, 0)),
    ((15, 1), (11, 0)), ((17, 0), (15, 0)), ((18, 0), (17, 1)), ((20, 0), (19, 1)), ((21, 1), (1, 0)),
    ((22, 0), (21, 0)), ((23, 0), (21, 0)),
]

THIRD_ARCHIVAL = [
    ((4, 1), ("Lincolnshire Archives", "Sewers 1/5")), ((8, 1), ("NLA Aurich", "Rep. 4, B IV e, Nr. 15")),
    ((12, 1), ("Archives nationales", "F10 1205, dossier 3")), ((19, 1), ("RGIA", "f. 1287, op. 27, d. 141")),
]


@pytest.fixture(scope="module")
def third() -> Document:
    return _read(THIRD)


def test_third_batch_idem_after_op_cit_is_the_same_author(third: Document) -> None:
    """"Idem, Melioratsiia (Moscow, 1912)" after "Op. cit., 21" (= Rudakov): a new work by Rudakov."""
    cit = third.notes[23].citations[0]
    entry = next(e for e in third.entries if e["id"] == cit.id)
    assert [p.get("family") for p in entry["author"]] == ["Rudakov"] and entry["title"] == "Melioratsiia"


def test_third_batch_see_note_with_several_works_stays_unresolved(third: Document) -> None:
    """"vgl. oben Anm. 6" and "voir aussi supra, n. 1" point at notes citing several works: no link."""
    assert third.notes[6].citations[1].id is None and third.notes[10].citations[1].id is None


#: a fourth batch, held out in the same way (after batch C's fixes): 18 of its 25 notes were split
#: fully right at first (misses: "Lambeth Palace Library" and "Generallandesarchiv Karlsruhe, 67/1234"
#: as archives, "AD Côte-d’Or", an Italian mazzo "m. 14" read as a membrane, OSCOLA's "fols 12–13",
#: a topic lead-in that swallowed the author ("for the Russian case Shchapov, …"), a quotation in
#: brackets after the page; and "l. 3 ob.", whose expected locator kept the sentence's full stop,
#: which citekit's locators never do); after the fixes, all 25.
FOURTH: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # 1
    ('See generally Margaret Lowe, Tithe Disputes in the Court of Arches, 1660–1740 (Oxford, 1991), 3–9; cf. also Simon Pardew, ‘Tithe and Custom’, Journal of Ecclesiastical History 44 (1993): 210–35, 214.',
     [('full', 'Tithe Disputes', '3–9'), ('full', 'Tithe and Custom', '214')]),
    # 2
    ('Lowe, Tithe Disputes, 15; ibid., 17.',
     [('short', 'Lowe', '15'), ('ibid', 'ibid', '17')]),
    # 3
    ('Pardew, supra note 1, at 220.',
     [('supra', 'Pardew', '220')]),
    # 4
    ('Lambeth Palace Library, Arches Ee 4, fols 12–13; Arches Ee 6, fol. 40.',
     [('full', 'Arches Ee 4', '12–13'), ('full', 'Arches Ee 6', '40')]),
    # 5
    ('Id. at 41.',
     [('ibid', 'Id.', '41')]),
    # 6
    ('Dazu ausführlich Karl-Heinz Spieß, Zehnt und Pfarrei im Spätmittelalter, Stuttgart 1987, S. 201–230, bes. S. 210; a. A. Ulrike Hagedorn, Der Zehntstreit von Kirchberg, in: Blätter für deutsche Landesgeschichte 128 (1992), S. 55–80.',
     [('full', 'Zehnt und Pfarrei', '210'), ('full', 'Zehntstreit', None)]),
    # 7
    ('Spieß, a. a. O., S. 215; ebenda, S. 216.',
     [('op-cit', 'Spieß', '215'), ('ibid', 'ebenda', '216')]),
    # 8
    ('Ders., Lehnsrecht und Zehnt, Köln 1990, S. 7 (mit weiteren Nachweisen).',
     [('idem', 'Lehnsrecht', '7')]),
    # 9
    ('Hagedorn (Anm. 6), S. 60 f.; Spieß, Zehnt (wie Anm. 6), S. 220.',
     [('supra', 'Hagedorn', '60 f.'), ('supra', 'Spieß', '220')]),
    # 10
    ('Generallandesarchiv Karlsruhe, 67/1234, fol. 3; 67/1240.',
     [('full', '67/1234', '3'), ('full', '67/1240', None)]),
    # 11
    ('Voir Anne Morel, La dîme en Bourgogne à l’époque moderne, Dijon, EUD, 1999, p. 88-90 ; et, pour une autre lecture, Henri Dutour, « Dîme et conflits paroissiaux », Annales de Bourgogne, 61, 1989, p. 5-30, ici p. 12.',
     [('full', 'dîme en Bourgogne', '88-90'), ('full', 'Dîme et conflits', '12')]),
    # 12
    ('Idem, « Le clergé face à la dîme », Cahiers d’histoire, 40, 1995, p. 101-120.',
     [('idem', 'clergé face', None)]),
    # 13
    ('Morel, ouvr. cit., p. 95 ; Dutour, « Dîme et conflits », art. cit., p. 20.',
     [('op-cit', 'Morel', '95'), ('short', 'Dutour', '20')]),
    # 14
    ('AD Côte-d’Or, G 1123 ; G 1125, pièce 4.',
     [('full', 'G 1123', None), ('full', 'G 1125', None)]),
    # 15
    ('Sul tema si veda Carlo Ferraresi, Decime e parrocchie nel Piemonte sabaudo, Torino, Giappichelli, 1984, p. 50; contra Elena Gatti, Le decime contese, Milano, 1996, p. 14.',
     [('full', 'Decime e parrocchie', '50'), ('full', 'decime contese', '14')]),
    # 16
    ('Ferraresi, Decime, cit., p. 55; Gatti, op. cit., p. 20; ibidem, p. 22.',
     [('short', 'Ferraresi', '55'), ('op-cit', 'Gatti', '20'), ('ibid', 'ibidem', '22')]),
    # 17
    ('AST, Materie ecclesiastiche, m. 12, fasc. 3; m. 14.',
     [('full', 'm. 12', None), ('full', 'm. 14', None)]),
    # 18
    ('Cfr. anche Gatti, Le decime contese, cit., pp. 30-31.',
     [('short', 'Gatti', '30-31')]),
    # 19
    ('A. N. Sakharov, Tserkovnaia desiatina v Drevnei Rusi [Church Tithe in Old Rus´] (Moscow, 1988), 40–41; Ia. N. Shchapov, Gosudarstvo i tserkov´ (Moscow, 1989), 77.',
     [('full', 'Tserkovnaia', '40–41'), ('full', 'Gosudarstvo', '77')]),
    # 20
    ('Tam zhe, 80.',
     [('ibid', 'Tam zhe', '80')]),
    # 21
    ('Sakharov, Ukaz. soch., 45.',
     [('op-cit', 'Sakharov', '45')]),
    # 22
    ('RGADA, f. 1441, op. 1, d. 7, l. 3 ob.; d. 9.',
     [('full', 'd. 7', '3 ob'), ('full', 'd. 9', None)]),
    # 23
    ('For the canon law, see Lowe (n 1) 30; and for the Russian case Shchapov, Gosudarstvo, 80–82.',
     [('supra', 'Lowe', '30'), ('short', 'Shchapov', '80–82')]),
    # 24
    ('The figures are my own calculations from the tithe maps.',
     []),
    # 25
    ('Lowe, Tithe Disputes, 40 (“the tithe was a tax in all but name”); Pardew, ‘Tithe and Custom’, 230.',
     [('short', 'Lowe', '40'), ('short', 'Pardew', '230')]),
]

FOURTH_LINKS = [
    ((2, 0), (1, 0)), ((2, 1), (1, 0)), ((3, 0), (1, 1)), ((7, 0), (6, 0)), ((7, 1), (6, 0)), ((9, 0), (6, 1)),
    ((9, 1), (6, 0)), ((13, 0), (11, 0)), ((13, 1), (11, 1)), ((16, 0), (15, 0)), ((16, 1), (15, 1)),
    ((16, 2), (15, 1)), ((18, 0), (15, 1)), ((20, 0), (19, 1)), ((21, 0), (19, 0)), ((23, 0), (1, 0)),
    ((23, 1), (19, 1)), ((25, 0), (1, 0)), ((25, 1), (1, 1)),
]

FOURTH_ARCHIVAL = [
    ((4, 1), ("Lambeth Palace Library", "Arches Ee 6")), ((10, 1), ("Generallandesarchiv Karlsruhe", "67/1240")),
    ((14, 1), ("AD Côte-d’Or", "G 1125, pièce 4")), ((17, 1), ("AST", "Materie ecclesiastiche, m. 14")),
    ((22, 1), ("RGADA", "f. 1441, op. 1, d. 9")),
]


@pytest.fixture(scope="module")
def fourth() -> Document:
    return _read(FOURTH)


def test_fourth_batch_idem_takes_the_previous_author(fourth: Document) -> None:
    """"Ders., Lehnsrecht und Zehnt" after Spieß; "Idem, « Le clergé … »" after Dutour (the last work)."""
    authors = {e["id"]: [p.get("family") for p in e.get("author", [])] for e in fourth.entries}
    assert authors[fourth.notes[7].citations[0].id] == ["Spieß"]
    assert authors[fourth.notes[11].citations[0].id] == ["Dutour"]


#: a fifth batch, held out in the same way (after batch D's fixes), with notes meant to tempt the new
#: rules into wrong splits ("…, 45, which remains the standard account"): 22 of its 25 notes were
#: split fully right at first (misses: "Essex Record Office, D/DP M123, m. 4" -- a stroke in the
#: shelf-mark and a membrane after a shelf-mark without a number stroke; "dem Lindau (wie Anm. 6),
#: S. 12, widerspricht"; "As Zanin rightly observes (Feudo e comunità, 12)", lost whole); after the
#: fixes, all 25.
FIFTH: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # 1
    ('E. R. Hadley, The Copyholders of Essex (Colchester, 1962), 45, which remains the standard account.',
     [('full', 'Copyholders of Essex', '45')]),
    # 2
    ('Hadley, Copyholders, 50, who follows Rowena Platt, Manor and Market in Essex (Chelmsford, 1958), 12.',
     [('short', 'Hadley', '50'), ('full', 'Manor and Market', '12')]),
    # 3
    ('Ibid., 14–15; see also Essex Record Office, D/DP M123, m. 4; D/DP M125.',
     [('ibid', 'Ibid', '14–15'), ('full', 'D/DP M123', '4'), ('full', 'D/DP M125', None)]),
    # 4
    ('Platt, op. cit., 20.',
     [('op-cit', 'Platt', '20')]),
    # 5
    ('Vgl. Dieter Kremer, Grundherrschaft und Bauernlegen in Vorpommern, Greifswald 1970, S. 33; Vgl. auch ders., Gutsherrschaft im Ostseeraum, Rostock 1982, S. 17–19.',
     [('full', 'Grundherrschaft', '33'), ('idem', 'Gutsherrschaft', '17–19')]),
    # 6
    ('Ebd., S. 20; zustimmend Petra Lindau, Leibeigenschaft und Landesrecht, in: Zeitschrift für Agrargeschichte 30 (1982), S. 1–25, hier S. 9.',
     [('ibid', 'Ebd', '20'), ('full', 'Leibeigenschaft', '9')]),
    # 7
    ('Kremer, Grundherrschaft (wie Anm. 5), S. 40, dem Lindau (wie Anm. 6), S. 12, widerspricht.',
     [('supra', 'Kremer', '40'), ('supra', 'Lindau', '12')]),
    # 8
    ('Landesarchiv Greifswald, Rep. 38b, Nr. 411; Nr. 415, fol. 8.',
     [('full', 'Nr. 411', None), ('full', 'Nr. 415', '8')]),
    # 9
    ('Cf. Jean Roubaud, Les seigneuries du Vexin, Paris, Picard, 1965, p. 120, qui cite Marc Lebrun, Le Vexin français, Rouen, 1930, p. 45.',
     [('full', 'seigneuries du Vexin', '120'), ('full', 'Vexin français', '45')]),
    # 10
    ('Roubaud, op. cit., p. 125 ; Lebrun, op. cit., p. 50 ; cf. supra, n. 9.',
     [('op-cit', 'Roubaud', '125'), ('op-cit', 'Lebrun', '50'), ('supra', 'n. 9', None)]),
    # 11
    ('Loc. cit.',
     [('op-cit', 'Loc. cit', None)]),
    # 12
    ('Si veda Franco Bellini, Signori e contadini nel Friuli, Udine, 1977, p. 61 (trad. ted. Herren und Bauern in Friaul, Wien, 1985, S. 70).',
     [('full', 'Signori e contadini', '61')]),
    # 13
    ('Bellini, Signori, cit., pp. 62-63, e, in senso contrario, Laura Zanin, Feudo e comunità, Padova, 1990, p. 8.',
     [('short', 'Bellini', '62-63'), ('full', 'Feudo e comunità', '8')]),
    # 14
    ('Ivi, p. 9.',
     [('ibid', 'Ivi', '9')]),
    # 15
    ('ASUd, Archivio Savorgnan, b. 21, fasc. 4, c. 3r; b. 22, fasc. 1.',
     [('full', 'b. 21', '3r'), ('full', 'b. 22', None)]),
    # 16
    ('I. D. Koval´chenko, Russkoe krepostnoe krest´ianstvo v pervoi polovine XIX v. (Moscow, 1967), 210–12; idem, Krest´iane i krepostnoe khoziaistvo (Moscow, 1959), 8.',
     [('full', 'Russkoe', '210–12'), ('idem', 'Krest´iane', '8')]),
    # 17
    ('Tam zhe, 11.',
     [('ibid', 'Tam zhe', '11')]),
    # 18
    ('Koval´chenko, Russkoe krepostnoe krest´ianstvo, 215.',
     [('short', 'Koval', '215')]),
    # 19
    ('GAIO, f. 50, op. 1, d. 112, l. 40; op. 2, d. 3.',
     [('full', 'd. 112', '40'), ('full', 'op. 2', None)]),
    # 20
    ('The manor court rolls for these years are lost; see n. 3 above.',
     [('supra', 'n. 3', None)]),
    # 21
    ('Platt (n 2) 30; Hadley (n 1) 60; cf. Kremer (n 5) 45.',
     [('supra', 'Platt', '30'), ('supra', 'Hadley', '60'), ('supra', 'Kremer', '45')]),
    # 22
    ('For a different view see Lindau, ‘Leibeigenschaft’, 15, and Roubaud, Les seigneuries, 130.',
     [('short', 'Lindau', '15'), ('short', 'Roubaud', '130')]),
    # 23
    ('As Zanin rightly observes (Feudo e comunità, 12), the evidence is thin.',
     [('short', 'Feudo e comunità', '12')]),
    # 24
    ('Hadley, Copyholders, 70; id., ‘Essex Copyhold Reconsidered’, Agricultural History Review 12 (1964): 1–16, at 5.',
     [('short', 'Hadley', '70'), ('idem', 'Essex Copyhold', '5')]),
    # 25
    ('Id. at 7.',
     [('ibid', 'Id.', '7')]),
]

FIFTH_LINKS = [
    ((2, 0), (1, 0)), ((3, 0), (2, 1)), ((4, 0), (2, 1)), ((6, 0), (5, 1)), ((7, 0), (5, 0)), ((7, 1), (6, 1)),
    ((10, 0), (9, 0)), ((10, 1), (9, 1)), ((13, 0), (12, 0)), ((14, 0), (13, 1)), ((17, 0), (16, 1)),
    ((18, 0), (16, 0)), ((21, 0), (2, 1)), ((21, 1), (1, 0)), ((22, 0), (6, 1)), ((22, 1), (9, 0)),
    ((23, 0), (13, 1)), ((24, 0), (1, 0)), ((25, 0), (24, 1)),
]

FIFTH_ARCHIVAL = [
    ((3, 1), ("Essex Record Office", "D/DP M123")), ((3, 2), ("Essex Record Office", "D/DP M125")),
    ((8, 1), ("Landesarchiv Greifswald", "Rep. 38b, Nr. 415")), ((19, 1), ("GAIO", "f. 50, op. 2, d. 3")),
]


@pytest.fixture(scope="module")
def fifth() -> Document:
    return _read(FIFTH)


def test_fifth_batch_ambiguous_references_stay_unresolved(fifth: Document) -> None:
    """"Loc. cit." after two works, "see n. 3 above" and "cf. supra, n. 9" at notes citing several."""
    assert fifth.notes[10].citations[0].id is None
    assert fifth.notes[19].citations[0].id is None and fifth.notes[9].citations[2].id is None
    assert fifth.notes[2].citations[1].locator == "4"  # "D/DP M123, m. 4": a membrane, the pinpoint


#: a sixth batch of law notes (English, American, German, French, Italian, Russian), held out in the
#: same way: 16 of its 20 notes were split fully right at first (misses: "BGHZ 111, 63, 66" read as
#: pages "63, 66"; "RTD civ. 1990, p. 20, spéc. p. 25" and "…, p. 300, a p. 305" -- a first page, then
#: the page cited; "Art. 844 c.c.; v. Rossi, …" -- the Italian "v." (vedi) before a capitalised name
#: read as part of the name, being also the German "v." of "v. Savigny"; now a signal when the work
#: after it is cited the Italian way, "…, cit." or "…, p. 90"; a provision alone, "Art. 844 c.c.", is
#: no work in citekit, as for "§ 433 BGB" in the earlier tables); after the fixes, all 20.
SIXTH: list[tuple[str, list[tuple[str, str, str | None]]]] = [
    # 1
    ('See Miller v Jackson [1977] QB 966 (CA) 976; Kennaway v Thompson [1981] QB 88 (CA) 93; and, for the academic debate, Jane Buckley, ‘Nuisance and the Public Interest’ (1982) 98 LQR 337, 340.',
     [('full', 'Miller', '976'), ('full', 'Kennaway', '93'), ('full', 'Nuisance and the Public Interest', '340')]),
    # 2
    ('Buckley (n 1) 345; cf Kennaway (n 1) 94.',
     [('supra', 'Buckley', '345'), ('supra', 'Kennaway', '94')]),
    # 3
    ('Ibid 95.',
     [('ibid', 'Ibid', '95')]),
    # 4
    ('Boomer v. Atlantic Cement Co., 257 N.E.2d 870, 873 (N.Y. 1970); see also Richard Epstein, Nuisance Law: Corrective Justice and Its Utilitarian Constraints, 8 J. Legal Stud. 49, 55 (1979).',
     [('full', 'Boomer', '873'), ('full', 'Nuisance Law', '55')]),
    # 5
    ('Id. at 60.',
     [('ibid', 'Id.', '60')]),
    # 6
    ('Epstein, supra note 4, at 70; Boomer, 257 N.E.2d at 875.',
     [('supra', 'Epstein', '70'), ('short', 'Boomer', '875')]),
    # 7
    ('BGH, Urt. v. 12.3.1990 – V ZR 47/89, BGHZ 111, 63, 66; vgl. auch Peter Baur, Nachbarrecht und Immissionsschutz, 2. Aufl., München 1985, S. 150 f.',
     [('full', 'BGH', '66'), ('full', 'Nachbarrecht', '150 f.')]),
    # 8
    ('Baur (Fn. 7), S. 155; a. A. Wolfgang Fritzsche, Der Ausgleichsanspruch nach § 906 Abs. 2 S. 2 BGB, NJW 1995, 1121, 1124.',
     [('supra', 'Baur', '155'), ('full', 'Ausgleichsanspruch', '1124')]),
    # 9
    ('Fritzsche, NJW 1995, 1121, 1125; ebenso OLG Köln, NJW-RR 1998, 12, 13.',
     [('short', 'Fritzsche', '1125'), ('full', 'OLG Köln', '13')]),
    # 10
    ('Cass. civ. 3e, 4 févr. 1971, Bull. civ. III, n° 78 ; voir aussi François Caballero, Essai sur la notion juridique de nuisance, Paris, LGDJ, 1981, p. 230.',
     [('full', 'Cass', '78'), ('full', 'Essai sur la notion', '230')]),
    # 11
    ('Caballero, op. cit., p. 240 ; contra Pierre Lamy, « Les troubles anormaux de voisinage », RTD civ. 1990, p. 20, spéc. p. 25.',
     [('op-cit', 'Caballero', '240'), ('full', 'troubles anormaux', '25')]),
    # 12
    ('Ibid., p. 27.',
     [('ibid', 'Ibid', '27')]),
    # 13
    ('Cass. civ., sez. II, 3 gennaio 2001, n. 25, in Foro it., 2001, I, c. 500; cfr. Marco Rossi, Le immissioni, Milano, Giuffrè, 1999, p. 80.',
     [('full', 'Cass', '500'), ('full', 'Le immissioni', '80')]),
    # 14
    ('Rossi, op. cit., p. 85, e, in senso conforme, Anna Neri, Immissioni e tutela, in Riv. dir. civ., 2003, I, p. 300, a p. 305.',
     [('op-cit', 'Rossi', '85'), ('full', 'Immissioni e tutela', '305')]),
    # 15
    ('Ivi, p. 306.',
     [('ibid', 'Ivi', '306')]),
    # 16
    ('Art. 844 c.c.; v. Rossi, Le immissioni, cit., p. 90.',
     [('short', 'Rossi', '90')]),
    # 17
    ('The statute was repealed in 1990; see n. 9 above.',
     [('supra', 'n. 9', None)]),
    # 18
    ('M. I. Pisarev, Sosedskoe pravo [Neighbour Law] (Moscow, 1998), 33; cf. Baur (Fn. 7), S. 160.',
     [('full', 'Sosedskoe', '33'), ('supra', 'Baur', '160')]),
    # 19
    ('Pisarev, op. cit., 40.',
     [('op-cit', 'Pisarev', '40')]),
    # 20
    ('Tam zhe, 41.',
     [('ibid', 'Tam zhe', '41')]),
]


SIXTH_LINKS = [
    ((2, 0), (1, 2)), ((2, 1), (1, 1)), ((3, 0), (1, 1)), ((5, 0), (4, 1)), ((6, 0), (4, 1)), ((6, 1), (4, 0)),
    ((8, 0), (7, 1)), ((9, 0), (8, 1)), ((11, 0), (10, 1)), ((12, 0), (11, 1)), ((14, 0), (13, 1)),
    ((15, 0), (14, 1)), ((16, 0), (13, 1)), ((18, 1), (7, 1)), ((19, 0), (18, 0)), ((20, 0), (18, 0)),
]


@pytest.fixture(scope="module")
def sixth() -> Document:
    return _read(SIXTH)


def test_sixth_batch_italian_v_is_a_signal(sixth: Document) -> None:
    assert sixth.notes[15].citations[0].prefix == "v."


def test_sixth_batch_first_page_then_page_cited(sixth: Document) -> None:
    """"RTD civ. 1990, p. 20, spéc. p. 25": 25 is cited; a first page alone is no page range of the entry."""
    cit = sixth.notes[10].citations[1]
    entry = next(e for e in sixth.entries if e["id"] == cit.id)
    assert cit.locator == "25" and entry.get("page") in (None, "20")


#: the held-out batches B-F by their fixture: notes, back-references and their targets, archival runs
BATCHES: dict[str, tuple[list, list, list]] = {
    "held_out": (HELD_OUT, HELD_OUT_LINKS, HELD_OUT_ARCHIVAL),
    "third": (THIRD, THIRD_LINKS, THIRD_ARCHIVAL),
    "fourth": (FOURTH, FOURTH_LINKS, FOURTH_ARCHIVAL),
    "fifth": (FIFTH, FIFTH_LINKS, FIFTH_ARCHIVAL),
    "sixth": (SIXTH, SIXTH_LINKS, []),
}


@pytest.mark.parametrize(
    ("batch", "number"),
    [(name, n) for name, (notes, _, _) in BATCHES.items() for n in range(1, len(notes) + 1)],
    ids=lambda value: str(value),
)
def test_batch_note_splits(request: pytest.FixtureRequest, batch: str, number: int, check_splits: SplitCheck) -> None:
    document = request.getfixturevalue(batch)
    check_splits(document.notes[number - 1].citations, BATCHES[batch][0][number - 1][1])


@pytest.mark.parametrize(
    ("batch", "source", "target"),
    [(name, source, target) for name, (_, links, _) in BATCHES.items() for source, target in links],
    ids=lambda value: str(value),
)
def test_batch_back_references_link(
    request: pytest.FixtureRequest, batch: str, source: tuple[int, int], target: tuple[int, int]
) -> None:
    document = request.getfixturevalue(batch)
    cit = document.notes[source[0] - 1].citations[source[1]]
    work = document.notes[target[0] - 1].citations[target[1]]
    assert cit.id is not None and cit.id == work.id


@pytest.mark.parametrize(
    ("batch", "source", "expected"),
    [(name, source, expected) for name, (_, _, runs) in BATCHES.items() for source, expected in runs],
    ids=lambda value: str(value),
)
def test_batch_archival_runs(
    request: pytest.FixtureRequest, batch: str, source: tuple[int, int], expected: tuple[str, str]
) -> None:
    document = request.getfixturevalue(batch)
    cit = document.notes[source[0] - 1].citations[source[1]]
    entry = next(e for e in document.entries if e["id"] == cit.id)
    assert (entry.get("archive"), entry.get("archive_location")) == expected
