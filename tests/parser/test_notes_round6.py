"""Footnotes of round 6: single-citation notes from domains earlier rounds had not probed.

Invented works cited as literary scholars (MLA-style notes, editions "ed. with an introduction by",
acts and scenes, lines, books and cantos), classicists and patristic scholars ("Cic. Att. 1.5.3", Loeb
and CSEL volumes, Migne), biblical scholars and canonists, art historians (exhibition and sale
catalogues, museum objects), musicologists (scores, liner notes, yearbooks), international lawyers
(CJEU, ECtHR, UN documents, treaties in the UNTS), French and Italian lawyers (Cass., CE, Corte cost.),
Spanish and Portuguese historians (archives, "2.ª ed."), and notes citing dictionaries, conference
papers, reviews, reprints, translations, works "et al." and corporate authors.  Expected values were
written before the notes were first parsed; one was then brought in line with the chain's documented
convention (not its output): "§ 45" is label ``section``.  Only what a case names is compared (see
``tests/parser/conftest.py``).  Notes still read wrongly are marked ``KNOWN_MISS`` (strict); the
reasons are in ``benchmarks/results/parser_notes.md`` (round 6).
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param
#: the tagger's spans are wrong, or the reading needs more than a general normalizer rule
KNOWN_MISS = pytest.mark.xfail(reason="round 6: still read wrongly (see parser_notes.md)", strict=True)

CASES = [
    # --- literature: MLA-style notes, editions, acts and scenes, lines, books and cantos
    P('Harriet Lindqvist, The Orchard and the Sea: A Novel, ed. with an introduction by Paul Rendell (London: Fenwick Press, 2012), 77.',
      {'type': 'book', 'title': 'The Orchard and the Sea: A Novel', 'author': ['Lindqvist'], 'editor': ['Rendell'], 'publisher': 'Fenwick Press', 'publisher-place': 'London', 'year': 2012},
      ('77', 'page'), 'full', id='lit-ed-with-intro'),
    P('Thomas Aldcroft, The Widow of Padua, ed. Jane Morrow (Manchester: Revels Press, 2004), Act 3, scene 1.',
      {'type': 'book', 'title': 'The Widow of Padua', 'author': ['Aldcroft'], 'editor': ['Morrow'], 'publisher': 'Revels Press', 'year': 2004},
      None, 'full', id='lit-act-scene'),
    P('Eleanor Vane, "The Drowned Bell," in Collected Poems, ed. Martin Hale (Oxford: Oxford University Press, 1999), ll. 12–20.',
      {'type': 'chapter', 'title': 'The Drowned Bell', 'author': ['Vane'], 'container-title': 'Collected Poems', 'editor': ['Hale'], 'publisher': 'Oxford University Press', 'year': 1999},
      ('12-20', 'line'), 'full', id='lit-lines'),
    P('Robert Ashby, The Faerie Pilgrim, ed. Anne Colley (Harlow: Longman, 2001), Book IV, canto 2.',
      {'type': 'book', 'title': 'The Faerie Pilgrim', 'author': ['Ashby'], 'editor': ['Colley'], 'publisher': 'Longman', 'year': 2001},
      None, 'full', id='lit-book-canto'),
    P('Clara Whitcombe, "Silence and Complicity in the Victorian Governess Novel," PMLA 118, no. 4 (2003): 912–28.',
      {'type': 'article-journal', 'title': 'Silence and Complicity in the Victorian Governess Novel', 'author': ['Whitcombe'], 'container-title': 'PMLA', 'volume': '118', 'issue': '4', 'year': 2003, 'page': '912-928'},
      None, 'full', id='lit-pmla'),
    P('Daniel Okafor, Reading the Margins: Annotation and the Early Novel (Ithaca, NY: Cornell University Press, 2015), 143.',
      {'type': 'book', 'title': 'Reading the Margins: Annotation and the Early Novel', 'author': ['Okafor'], 'publisher': 'Cornell University Press', 'publisher-place': 'Ithaca, NY', 'year': 2015},
      ('143', 'page'), 'full', id='lit-ithaca-ny'),
    P('Mary Pellham, The Tenant of Hollins Mill, 3 vols (London: Smith, Elder, 1851), II, 45.',
      {'type': 'book', 'title': 'The Tenant of Hollins Mill', 'author': ['Pellham'], 'publisher': 'Smith, Elder', 'publisher-place': 'London', 'year': 1851},
      None, 'full', id='lit-three-decker'),
    P('Pellham, Tenant of Hollins Mill, II, 60.',
      {'author': ['Pellham'], 'title': 'Tenant of Hollins Mill'}, None, 'short', id='lit-short-roman-vol'),
    # --- classics and patristics
    P('Cic. Att. 1.5.3.',
      {}, ('1.5.3', 'section'), 'full', id='cl-cic-att'),
    P('Aug. Conf. 8.12.29.',
      {}, ('8.12.29', 'section'), 'full', id='cl-aug-conf'),
    P('Cicero, Letters to Atticus, ed. and trans. D. R. Shackleton Bailey, Loeb Classical Library 7 (Cambridge, MA: Harvard University Press, 1999), 1:45.',
      {'title': 'Letters to Atticus', 'author': ['Cicero'], 'publisher': 'Harvard University Press', 'year': 1999, 'collection-title': 'Loeb Classical Library', 'collection-number': '7'},
      None, 'full', id='cl-loeb-series'),
    P('Plutarch, Lives, vol. 7, trans. Bernadotte Perrin, Loeb Classical Library 99 (Cambridge, MA: Harvard University Press, 1919), 215.',
      {'title': 'Lives', 'author': ['Plutarch'], 'translator': ['Perrin'], 'volume': '7', 'publisher': 'Harvard University Press', 'year': 1919},
      ('215', 'page'), 'full', id='cl-loeb-vol'),
    P('Jerome, Epistulae 22.30, ed. Isidor Hilberg, CSEL 54 (Vienna: Tempsky, 1910), 189.',
      {'author': ['Jerome'], 'publisher': 'Tempsky', 'publisher-place': 'Vienna', 'year': 1910},
      ('189', 'page'), 'full', id='cl-csel'),
    P('Gregory of Nyssa, De vita Moysis, PG 44, col. 300A.',
      {'title': 'De vita Moysis'}, ('300A', 'column'), 'full', id='cl-migne'),
    # --- Bible and canon law
    P('Matt. 5:3–12.',
      {}, None, 'full', id='bib-matt'),
    P('Gen. 1:1–3 (NRSV).',
      {}, None, 'full', id='bib-gen'),
    P('Code of Canon Law (1983), can. 1055 §1.',
      {'title': 'Code of Canon Law', 'year': 1983}, None, 'full', id='canon-code'),
    P('Gratian, Decretum, C. 27 q. 2 c. 10.',
      {'author': ['Gratian'], 'title': 'Decretum'}, None, 'full', id='canon-gratian', marks=KNOWN_MISS),
    # --- art history: exhibition catalogues, museum objects, auction catalogues
    P('Ruth Delacourt, ed., Light on the Lagoon: Venetian Painting 1700–1800, exh. cat. (London: National Gallery, 2008), 112.',
      {'title': 'Light on the Lagoon: Venetian Painting 1700–1800', 'editor': ['Delacourt'], 'publisher': 'National Gallery', 'publisher-place': 'London', 'year': 2008},
      ('112', 'page'), 'full', id='art-exh-cat'),
    P('Hans Körbel, Die Zeichnungen des Meisters von Ulm, Ausst.-Kat. Staatsgalerie Stuttgart (Stuttgart: Hatje, 1994), Kat.-Nr. 23.',
      {'title': 'Die Zeichnungen des Meisters von Ulm', 'author': ['Körbel'], 'publisher': 'Hatje', 'year': 1994},
      None, 'full', id='art-ausst-kat'),
    P('Giovanni Rinaldi, Madonna with Goldfinch, c. 1510, oil on panel, 62 × 48 cm, Pinacoteca di Brera, Milan, inv. 1123.',
      {'title': 'Madonna with Goldfinch'}, None, 'full', id='art-object-inv'),
    P("Christie's, Old Master Paintings, sale cat., London, 7 July 2015, lot 34.",
      {'title': 'Old Master Paintings', 'year': 2015}, None, 'full', id='art-auction'),
    P('Anne Lacoste, "Patrons and Painters in Bruges," Burlington Magazine 152, no. 1289 (2010): 530–37.',
      {'type': 'article-journal', 'title': 'Patrons and Painters in Bruges', 'author': ['Lacoste'], 'container-title': 'Burlington Magazine', 'volume': '152', 'issue': '1289', 'year': 2010, 'page': '530-537'},
      None, 'full', id='art-burlington'),
    # --- musicology: scores, recordings, liner notes
    P('Johann Kessler, Sonata in D Minor, op. 12, ed. Ludwig Brand (Kassel: Bärenreiter, 1978), mm. 34–40.',
      {'title': 'Sonata in D Minor', 'author': ['Kessler'], 'editor': ['Brand'], 'publisher': 'Bärenreiter', 'publisher-place': 'Kassel', 'year': 1978},
      None, 'full', id='mus-score', marks=KNOWN_MISS),
    P('Sarah Whitley, liner notes to Songs of the Hebrides, performed by the Glasgow Consort, Hyperion CDA67123, 2001, compact disc.',
      {'author': ['Whitley'], 'year': 2001}, None, 'full', id='mus-liner'),
    P('Friedrich Lamm, "Bach und die Choraltradition," Bach-Jahrbuch 71 (1985): 45–62.',
      {'type': 'article-journal', 'title': 'Bach und die Choraltradition', 'author': ['Lamm'], 'container-title': 'Bach-Jahrbuch', 'volume': '71', 'year': 1985, 'page': '45-62'},
      None, 'full', id='mus-jahrbuch'),
    P('Carol Mendez, The Oratorio in Restoration London (Woodbridge: Boydell, 2018), 88–90.',
      {'type': 'book', 'title': 'The Oratorio in Restoration London', 'author': ['Mendez'], 'publisher': 'Boydell', 'publisher-place': 'Woodbridge', 'year': 2018},
      ('88-90', 'page'), 'full', id='mus-monograph'),
    P('Paul Brennan, "Tempo and Rhetoric in Handel\'s Arias," Music & Letters 94, no. 2 (2013): 201–25, at 210.',
      {'type': 'article-journal', 'title': "Tempo and Rhetoric in Handel's Arias", 'author': ['Brennan'], 'container-title': 'Music & Letters', 'volume': '94', 'issue': '2', 'year': 2013, 'page': '201-225'},
      ('210', 'page'), 'full', id='mus-music-letters'),
    # --- EU and international law
    P('Case C-415/93 Union royale belge des sociétés de football association v Bosman [1995] ECR I-4921, para 92.',
      {'type': 'legal_case'}, ('92', 'paragraph'), 'full', id='eu-ecr'),
    P('Case C-362/14 Schrems v Data Protection Commissioner EU:C:2015:650, para 73.',
      {'type': 'legal_case'}, ('73', 'paragraph'), 'full', id='eu-ecli'),
    P('Hirst v United Kingdom (No 2) (2006) 42 EHRR 41, para 82.',
      {'type': 'legal_case', 'volume': '42', 'container-title': 'EHRR'}, ('82', 'paragraph'), 'full', id='echr-ehrr', marks=KNOWN_MISS),
    P('Marković v Serbia, Application no. 41208/15, judgment of 12 March 2019, § 45.',
      {'type': 'legal_case'}, ('45', 'section'), 'full', id='echr-application'),
    P('UN General Assembly, Resolution 60/147, UN Doc A/RES/60/147 (16 December 2005), para 8.',
      {'year': 2005}, ('8', 'paragraph'), 'full', id='un-resolution'),
    P('Convention on the Rights of the Child (adopted 20 November 1989, entered into force 2 September 1990) 1577 UNTS 3, art 12.',
      {'type': 'treaty', 'volume': '1577', 'container-title': 'UNTS', 'page': '3'}, ('12', 'section'), 'full', id='un-treaty-unts'),
    P('Vienna Convention on the Law of Treaties (1969) 1155 UNTS 331, art 31(1).',
      {'type': 'treaty', 'volume': '1155', 'container-title': 'UNTS', 'page': '331'}, ('31(1)', 'section'), 'full', id='un-vclt'),
    # --- French and Italian case law
    P('Cass. civ. 1re, 12 mai 2010, n° 09-10.512.',
      {'type': 'legal_case', 'year': 2010}, None, 'full', id='fr-cass-civ'),
    P('CE, 3 juillet 1996, n° 169219, Koné.',
      {'type': 'legal_case', 'year': 1996}, None, 'full', id='fr-ce'),
    P('Cass. pen., sez. VI, 3 marzo 2015, n. 1234.',
      {'type': 'legal_case', 'year': 2015}, None, 'full', id='it-cass-pen'),
    P('Corte cost., sent. 24 giugno 2010, n. 227.',
      {'type': 'legal_case', 'year': 2010}, None, 'full', id='it-corte-cost'),
    # --- Spanish and Portuguese history
    P('Antonio Domínguez Ortiz, Las clases privilegiadas en la España del Antiguo Régimen (Madrid: Istmo, 1973), 145.',
      {'type': 'book', 'title': 'Las clases privilegiadas en la España del Antiguo Régimen', 'author': ['Domínguez Ortiz'], 'publisher': 'Istmo', 'publisher-place': 'Madrid', 'year': 1973},
      ('145', 'page'), 'full', id='es-chicago-book'),
    P('Isabel Ferreira Lopes, «Os cristãos-novos de Évora no século XVI», Revista de História Económica e Social, n.º 12, 1983, pp. 33-58.',
      {'type': 'article-journal', 'title': 'Os cristãos-novos de Évora no século XVI', 'container-title': 'Revista de História Económica e Social', 'issue': '12', 'year': 1983, 'page': '33-58'},
      None, 'full', id='pt-article-n-ordinal'),
    P('Archivo General de Indias, Sevilla, Contratación, leg. 5536, f. 12v.',
      {'archive': 'Archivo General de Indias'}, ('12v', 'folio'), 'full', id='es-agi'),
    P('Arquivo Nacional da Torre do Tombo, Chancelaria de D. João III, liv. 7, fl. 45.',
      {'archive': 'Arquivo Nacional da Torre do Tombo'}, ('45', 'folio'), 'full', id='pt-ttombo'),
    P('José Luis Peña Marín, Historia de la villa de Cuéllar, 2.ª ed. (Valladolid: Ámbito, 1995), p. 88.',
      {'title': 'Historia de la villa de Cuéllar', 'edition': '2', 'publisher': 'Ámbito', 'year': 1995},
      ('88', 'page'), 'full', id='es-edition-ordinal'),
    # --- dictionaries and encyclopaedias
    P('Oxford English Dictionary, 2nd ed., s.v. "hearth."',
      {'title': 'Oxford English Dictionary', 'edition': '2'}, ('hearth', 'sub-verbo'), 'full', id='dict-oed'),
    P('Martin Oldfield, "Bristol, William of (d. 1289)," in Oxford Dictionary of National Biography (Oxford: Oxford University Press, 2004), 7:540.',
      {'title': 'Bristol, William of (d. 1289)', 'author': ['Oldfield'], 'container-title': 'Oxford Dictionary of National Biography', 'year': 2004},
      None, 'full', id='dict-odnb'),
    P('Dizionario biografico degli italiani, vol. 34 (Roma: Istituto della Enciclopedia Italiana, 1988), s.v. «Ferrari, Giovanni».',
      {'title': 'Dizionario biografico degli italiani', 'volume': '34', 'year': 1988},
      None, 'full', id='dict-dbi'),
    # --- conference papers
    P('Laura Bennet, "Scribal Networks in Twelfth-Century Durham" (paper presented at the International Medieval Congress, Leeds, July 9, 2014).',
      {'title': 'Scribal Networks in Twelfth-Century Durham', 'author': ['Bennet'], 'year': 2014}, None, 'full', id='conf-paper'),
    P('Michael Sorel, "Indexing Early Charters," in Proceedings of the Fifth International Conference on Diplomatics, ed. Karen Holt (Turnhout: Brepols, 2009), 55–70.',
      {'type': 'paper-conference', 'title': 'Indexing Early Charters', 'author': ['Sorel'], 'container-title': 'Proceedings of the Fifth International Conference on Diplomatics', 'editor': ['Holt'], 'publisher': 'Brepols', 'year': 2009, 'page': '55-70'},
      None, 'full', id='conf-proceedings'),
    P('Atti del Convegno internazionale di studi danteschi (Ravenna, 10–12 settembre 1965) (Firenze: Sansoni, 1966), p. 210.',
      {'publisher': 'Sansoni', 'publisher-place': 'Firenze', 'year': 1966}, ('210', 'page'), 'full', id='conf-atti'),
    # --- reviews
    P('Catherine Doyle, review of The Medieval Household, by Anne Whitby, Speculum 80, no. 3 (2005): 912–14.',
      {'author': ['Doyle'], 'container-title': 'Speculum', 'volume': '80', 'issue': '3', 'year': 2005, 'page': '912-914'},
      None, 'full', id='rev-chicago'),
    P('Hugh Marlow, review of Kings and Councils, by Peter Lane, English Historical Review 121 (2006): 1120–22.',
      {'author': ['Marlow'], 'container-title': 'English Historical Review', 'volume': '121', 'year': 2006, 'page': '1120-1122'},
      None, 'full', id='rev-ehr'),
    P('Jean Duroc, compte rendu de Paul Lenoir, La Bourgogne ducale, Revue historique 290 (1993), p. 512-514.',
      {'author': ['Duroc'], 'container-title': 'Revue historique', 'volume': '290', 'year': 1993, 'page': '512-514'},
      None, 'full', id='rev-fr', marks=KNOWN_MISS),
    # --- reprints and facsimiles
    P('Samuel Pegge, Curialia Miscellanea (London, 1818; facsimile repr., Farnborough: Gregg, 1969), 33.',
      {'title': 'Curialia Miscellanea', 'author': ['Pegge'], 'year': 1969},
      ('33', 'page'), 'full', id='repr-facsimile'),
    P('John Stow, A Survey of London, ed. C. L. Kingsford, 2 vols (Oxford: Clarendon Press, 1908; repr. 1971), 1:120.',
      {'title': 'A Survey of London', 'author': ['Stow'], 'editor': ['Kingsford'], 'publisher': 'Clarendon Press'},
      None, 'full', id='repr-stow'),
    # --- translations
    P('Georg Weidner, The Guilds of Nuremberg, trans. from the German by Helen Marsh (London: Routledge, 1962), 74.',
      {'type': 'book', 'title': 'The Guilds of Nuremberg', 'author': ['Weidner'], 'translator': ['Marsh'], 'publisher': 'Routledge', 'year': 1962},
      ('74', 'page'), 'full', id='tr-from-the-german'),
    P('Luis Carrasco, The Silver Fleets, translated by Robert Hale (New Haven: Yale University Press, 1990), 19.',
      {'type': 'book', 'title': 'The Silver Fleets', 'author': ['Carrasco'], 'translator': ['Hale'], 'publisher': 'Yale University Press', 'year': 1990},
      ('19', 'page'), 'full', id='tr-translated-by'),
    # --- multi-author works with et al.
    P('Alan Fisk et al., The Agrarian History of the Western Isles (Edinburgh: Birlinn, 2002), 56.',
      {'type': 'book', 'title': 'The Agrarian History of the Western Isles', 'author': ['Fisk'], 'publisher': 'Birlinn', 'year': 2002},
      ('56', 'page'), 'full', id='etal-book'),
    P('Rachel Stone et al., "Tree Rings and Harvest Failure in Scotland," Journal of Historical Geography 40 (2013): 1–14.',
      {'type': 'article-journal', 'title': 'Tree Rings and Harvest Failure in Scotland', 'author': ['Stone'], 'container-title': 'Journal of Historical Geography', 'volume': '40', 'year': 2013, 'page': '1-14'},
      None, 'full', id='etal-article'),
    # --- corporate authors
    P('UNESCO, World Heritage in Danger (Paris: UNESCO Publishing, 2014), 22.',
      {'title': 'World Heritage in Danger', 'author': ['UNESCO'], 'publisher': 'UNESCO Publishing', 'publisher-place': 'Paris', 'year': 2014},
      ('22', 'page'), 'full', id='corp-unesco'),
    P('Royal Commission on Historical Manuscripts, Report on the Manuscripts of the Earl of Mar (London: HMSO, 1904), 45.',
      {'title': 'Report on the Manuscripts of the Earl of Mar', 'author': ['Royal Commission on Historical Manuscripts'], 'publisher': 'HMSO', 'year': 1904},
      ('45', 'page'), 'full', id='corp-royal-commission'),
    P('World Health Organization, Global Report on Malaria (Geneva: WHO, 2019), 9.',
      {'title': 'Global Report on Malaria', 'author': ['World Health Organization'], 'publisher': 'WHO', 'publisher-place': 'Geneva', 'year': 2019},
      ('9', 'page'), 'full', id='corp-who'),
]

@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_round6_note(
    note: str, expected: dict[str, Any], occurrence: tuple[str, str] | None, kind: str, check_note: Any
) -> None:
    check_note(note, expected, occurrence, kind)
