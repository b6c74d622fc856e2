"""Notes from medieval history and classics (round 19, 2026-11-28): English notes in Chicago and Oxford
styles, French, German and Italian notes in their house styles; editions cited by their editors
("Recueil des chartes de l'abbaye de Cluny, ed. Auguste Bernard and Alexandre Bruel, 6 vols (Paris,
1876–1903), 1:124"), authors of sources known by one name ("Einhard", "Bede", "Gregory of Tours"), Latin
titles, the series of editions (MGH, CCSL, CCCM, Rolls Series, Sources chrétiennes, the Patrologia Latina
by volume and column), chronicles by book and chapter, manuscripts by city, library and shelf-mark with
their folios, charters by number, conference series, German "S." and "Bd.", French "p." and "t.",
Italian "pp.", "Ibid.", short forms, "op. cit.".

``CASES`` was written before any change of the round, as a scholar importing into Zotero reads each note:
50 of 84 were right before the round's changes (51 with the corrected expectations below) (misses: an edition's series siglum left in the title or read
as an editor or a publisher, authors known by a byname split into given and family name, continental
manuscripts by city, library and shelf-mark, "c. 24" read as a leaf, "MGH Capit. 1" cited alone); 80 after.
Five expectations were corrected to the project's conventions before the changes were judged ("1:124" stays
the locator, as in the other tables; "de Jong" is family "Jong" with its particle; "wie Anm. 3" is kind
``supra``).  ``LATER_CASES`` was written after the changes and run once without further changes: 23 of 25
right; one small widening after that run (a series with no number, "MGH SS rer. Lang.") made 24, and the one
left is marked.
Conventions: a manuscript's library is the ``archive``, its city the ``archive-place``, its shelf-mark the
``archive_location``, the folio or page cited the locator; an edition's series with its number, when an
imprint follows, is the ``collection-title`` and ``collection-number``; a source cited only by the
series' volume ("MGH SS 3, p. 733", "PL 176, col. 617") has the series as ``container-title`` and its
``volume``.  Only what a case names is compared (``check_note`` in conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param
MS = "manuscript"


def miss(reason: str) -> pytest.MarkDecorator:
    """A note still read wrongly (strict: it fails the run once it is read right)."""
    return pytest.mark.xfail(reason=f"round 19: {reason}", strict=True)


CASES = [
    # --- modern books, English
    P("Rosamond McKitterick, Charlemagne: The Formation of a European Identity (Cambridge: Cambridge University Press, 2008), 214.",
      {'author': ['McKitterick'], 'title': 'Charlemagne: The Formation of a European Identity', 'publisher-place': 'Cambridge',
       'publisher': 'Cambridge University Press', 'year': 2008}, ('214', 'page'), 'full',
      marks=miss('a title opening with a name ("Charlemagne:") read as the author\'s given name')),
    P("Chris Wickham, Framing the Early Middle Ages: Europe and the Mediterranean, 400–800 (Oxford: Oxford University Press, 2005), 519–20.",
      {'author': ['Wickham'], 'publisher': 'Oxford University Press', 'year': 2005}, ('519-520', 'page'), 'full'),
    P("Susan Reynolds, Fiefs and Vassals: The Medieval Evidence Reinterpreted (Oxford, 1994), pp. 75–9.",
      {'author': ['Reynolds'], 'title': 'Fiefs and Vassals: The Medieval Evidence Reinterpreted', 'publisher-place': 'Oxford',
       'year': 1994}, ('75-79', 'page'), 'full'),
    P("R. W. Southern, The Making of the Middle Ages (London, 1953), p. 88.",
      {'author': ['Southern'], 'title': 'The Making of the Middle Ages', 'publisher-place': 'London', 'year': 1953},
      ('88', 'page'), 'full'),
    P("Matthew Innes, State and Society in the Early Middle Ages: The Middle Rhine Valley, 400–1000 (Cambridge, 2000), 112.",
      {'author': ['Innes'], 'year': 2000}, ('112', 'page'), 'full'),
    P("Barbara H. Rosenwein, To Be the Neighbor of Saint Peter: The Social Meaning of Cluny's Property, 909–1049 (Ithaca, NY: Cornell University Press, 1989), 49.",
      {'author': ['Rosenwein'], 'publisher': 'Cornell University Press', 'year': 1989}, ('49', 'page'), 'full'),
    P("Mayke de Jong, The Penitential State: Authority and Atonement in the Age of Louis the Pious, 814–840 (Cambridge, 2009), 142–4.",
      {'author': ['Jong'], 'year': 2009}, ('142-144', 'page'), 'full'),
    P("M. T. Clanchy, From Memory to Written Record: England 1066–1307, 3rd edn (Chichester: Wiley-Blackwell, 2013), 96.",
      {'author': ['Clanchy'], 'edition': '3', 'publisher': 'Wiley-Blackwell', 'year': 2013}, ('96', 'page'), 'full'),
    P("Ibid., 101.", {}, ('101', 'page'), 'ibid'),
    P("Wickham, Framing, 530.", {'author': ['Wickham'], 'title': 'Framing'}, ('530', 'page'), 'short'),
    P("Reynolds, Fiefs and Vassals, p. 80.", {'author': ['Reynolds'], 'title': 'Fiefs and Vassals'}, ('80', 'page'), 'short'),
    P("McKitterick, op. cit., p. 220.", {'author': ['McKitterick']}, ('220', 'page'), 'op-cit'),
    # --- articles and chapters
    P("Janet L. Nelson, 'Kingship and Royal Government', in The New Cambridge Medieval History, vol. 2, ed. Rosamond McKitterick (Cambridge, 1995), 383–430, at 400.",
      {'author': ['Nelson'], 'title': 'Kingship and Royal Government', 'container-title': 'The New Cambridge Medieval History',
       'editor': ['McKitterick'], 'year': 1995}, ('400', 'page'), 'full'),
    P("Stuart Airlie, 'The Aristocracy in the Service of the State in the Carolingian Period', in Staat im frühen Mittelalter, ed. Stuart Airlie, Walter Pohl and Helmut Reimitz (Vienna, 2006), 93–111.",
      {'author': ['Airlie'], 'container-title': 'Staat im frühen Mittelalter', 'editor': ['Airlie', 'Pohl', 'Reimitz'], 'year': 2006},
      None, 'full'),
    P("Paul Fouracre, 'Carolingian Justice: The Rhetoric of Improvement and Contexts of Abuse', Settimane di studio del Centro italiano di studi sull'alto medioevo 42 (1995): 771–803.",
      {'author': ['Fouracre'], 'title': 'Carolingian Justice: The Rhetoric of Improvement and Contexts of Abuse', 'year': 1995},
      None, 'full'),
    P("Warren Brown, 'The Use of Norms in Disputes in Early Medieval Bavaria', Viator 30 (1999): 15–40, at 22.",
      {'author': ['Brown'], 'container-title': 'Viator', 'volume': '30', 'page': '15-40', 'year': 1999}, ('22', 'page'), 'full'),
    P("Philippe Depreux, « Les Carolingiens et le serment », Francia, 27 (2000), p. 1–25.",
      {'author': ['Depreux'], 'title': 'Les Carolingiens et le serment', 'container-title': 'Francia', 'volume': '27', 'year': 2000},
      None, 'full'),
    P("Janet L. Nelson, ‘Public Histories and Private History in the Work of Nithard’, Speculum 60 (1985), pp. 251–93, at p. 262.",
      {'author': ['Nelson'], 'container-title': 'Speculum', 'volume': '60', 'year': 1985}, ('262', 'page'), 'full'),
    P("Timothy Reuter, 'Plunder and Tribute in the Carolingian Empire', Transactions of the Royal Historical Society, 5th ser., 35 (1985), 75–94.",
      {'author': ['Reuter'], 'title': 'Plunder and Tribute in the Carolingian Empire', 'volume': '35', 'year': 1985}, None, 'full'),
    # --- German notes
    P("Johannes Fried, Karl der Große. Gewalt und Glaube. Eine Biographie, München 2013, S. 312.",
      {'author': ['Fried'], 'publisher-place': 'München', 'year': 2013}, ('312', 'page'), 'full'),
    P("Gerd Althoff, Spielregeln der Politik im Mittelalter. Kommunikation in Frieden und Fehde, Darmstadt 1997, S. 21–56.",
      {'author': ['Althoff'], 'publisher-place': 'Darmstadt', 'year': 1997}, ('21-56', 'page'), 'full'),
    P("Rudolf Schieffer, Die Karolinger, 5. Aufl., Stuttgart 2014, S. 77.",
      {'author': ['Schieffer'], 'title': 'Die Karolinger', 'edition': '5', 'publisher-place': 'Stuttgart', 'year': 2014},
      ('77', 'page'), 'full'),
    P("Hagen Keller, Zwischen regionaler Begrenzung und universalem Horizont. Deutschland im Imperium der Salier und Staufer 1024 bis 1250 (Propyläen Geschichte Deutschlands 2), Berlin 1986, S. 140.",
      {'author': ['Keller'], 'publisher-place': 'Berlin', 'year': 1986}, ('140', 'page'), 'full'),
    P("Stefan Weinfurter, Das Reich im Mittelalter, in: Handbuch der deutschen Geschichte, hg. von Wolfgang Reinhard, Bd. 1, Stuttgart 2004, S. 55–80.",
      {'author': ['Weinfurter'], 'title': 'Das Reich im Mittelalter', 'container-title': 'Handbuch der deutschen Geschichte',
       'editor': ['Reinhard'], 'year': 2004}, None, 'full'),
    P("Karl Leyser, Ottonian Government, in: English Historical Review 96 (1981), S. 721–753, hier S. 730.",
      {'author': ['Leyser'], 'container-title': 'English Historical Review', 'volume': '96', 'year': 1981}, ('730', 'page'), 'full'),
    P("Ebd., S. 735.", {}, ('735', 'page'), 'ibid'),
    P("Fried, Karl der Große (wie Anm. 3), S. 318.", {'author': ['Fried'], 'title': 'Karl der Große'}, ('318', 'page'), 'supra',
      marks=miss('a title that reads as a name ("Karl der Große") tagged with the author as an editor')),
    P("Rudolf Schieffer, Neues von der Kaiserkrönung Karls des Großen, in: Deutsches Archiv für Erforschung des Mittelalters 56 (2000), S. 1–17.",
      {'author': ['Schieffer'], 'container-title': 'Deutsches Archiv für Erforschung des Mittelalters', 'volume': '56', 'year': 2000},
      None, 'full'),
    # --- French notes
    P("Georges Duby, La société aux XIe et XIIe siècles dans la région mâconnaise, Paris, SEVPEN, 1953, p. 145.",
      {'author': ['Duby'], 'publisher-place': 'Paris', 'year': 1953}, ('145', 'page'), 'full'),
    P("Dominique Barthélemy, La mutation de l'an mil a-t-elle eu lieu ? Servage et chevalerie dans la France des Xe et XIe siècles, Paris, Fayard, 1997, p. 27.",
      {'author': ['Barthélemy'], 'publisher': 'Fayard', 'year': 1997}, ('27', 'page'), 'full'),
    P("Régine Le Jan, Famille et pouvoir dans le monde franc (VIIe-Xe siècle). Essai d'anthropologie sociale, Paris, Publications de la Sorbonne, 1995, p. 312-315.",
      {'author': ['Le Jan'], 'publisher': 'Publications de la Sorbonne', 'year': 1995}, ('312-315', 'page'), 'full'),
    P("Ferdinand Lot, Histoire des institutions françaises au Moyen Âge, t. 2, Paris, PUF, 1958, p. 14.",
      {'author': ['Lot'], 'volume': '2', 'year': 1958}, ('14', 'page'), 'full'),
    P("Ibid., p. 16.", {}, ('16', 'page'), 'ibid'),
    P("Duby, op. cit., p. 150.", {'author': ['Duby']}, ('150', 'page'), 'op-cit'),
    # --- Italian notes
    P("Giovanni Tabacco, Egemonie sociali e strutture del potere nel medioevo italiano, Torino, Einaudi, 1979, pp. 145-147.",
      {'author': ['Tabacco'], 'publisher-place': 'Torino', 'publisher': 'Einaudi', 'year': 1979}, ('145-147', 'page'), 'full'),
    P("Giuseppe Sergi, L'idea di medioevo. Fra senso comune e pratica storica, Roma, Donzelli, 1998, p. 33.",
      {'author': ['Sergi'], 'publisher': 'Donzelli', 'year': 1998}, ('33', 'page'), 'full'),
    P("Cinzio Violante, La società milanese nell'età precomunale, Bari, Laterza, 1953, pp. 88-90.",
      {'author': ['Violante'], 'title': "La società milanese nell'età precomunale", 'publisher': 'Laterza', 'year': 1953},
      ('88-90', 'page'), 'full'),
    P("Ivi, p. 92.", {}, ('92', 'page'), 'ibid'),
    # --- sources in editions, English
    P("Einhard, Vita Karoli Magni, ed. Oswald Holder-Egger, MGH SS rer. Germ. 25 (Hanover, 1911), c. 24.",
      {'author': ['Einhard'], 'title': 'Vita Karoli Magni', 'editor': ['Holder-Egger'], 'year': 1911}, ('24', 'chapter'), 'full'),
    P("Bede, Historia ecclesiastica gentis Anglorum, ed. Bertram Colgrave and R. A. B. Mynors (Oxford, 1969), 2.13.",
      {'author': ['Bede'], 'title': 'Historia ecclesiastica gentis Anglorum', 'editor': ['Colgrave', 'Mynors'], 'year': 1969},
      ('2.13', 'section'), 'full'),
    P("Gregory of Tours, Decem libri historiarum, ed. Bruno Krusch and Wilhelm Levison, MGH SS rer. Merov. 1.1 (Hanover, 1951), 5.18.",
      {'author': ['Gregory of Tours'], 'title': 'Decem libri historiarum', 'editor': ['Krusch', 'Levison'], 'year': 1951},
      ('5.18', 'section'), 'full'),
    P("Recueil des chartes de l'abbaye de Cluny, ed. Auguste Bernard and Alexandre Bruel, 6 vols (Paris, 1876–1903), 1:124.",
      {'title': "Recueil des chartes de l'abbaye de Cluny", 'editor': ['Bernard', 'Bruel'], 'publisher-place': 'Paris'},
      ('1:124', 'page'), 'full'),
    P("Annales regni Francorum, ed. Friedrich Kurze, MGH SS rer. Germ. 6 (Hanover, 1895), s.a. 788.",
      {'title': 'Annales regni Francorum', 'editor': ['Kurze'], 'year': 1895}, None, 'full'),
    P("Capitulare de villis, ed. Alfred Boretius, MGH Capit. 1 (Hanover, 1883), no. 32, p. 83.",
      {'title': 'Capitulare de villis', 'editor': ['Boretius'], 'year': 1883}, ('83', 'page'), 'full'),
    P("Die Urkunden Pippins, Karlmanns und Karls des Großen, ed. Engelbert Mühlbacher, MGH DD Karol. 1 (Hanover, 1906), no. 110.",
      {'editor': ['Mühlbacher'], 'year': 1906}, ('110', 'number'), 'full'),
    P("Alcuin, Epistolae, ed. Ernst Dümmler, MGH Epp. 4 (Berlin, 1895), no. 41, p. 84.",
      {'author': ['Alcuin'], 'title': 'Epistolae', 'editor': ['Dümmler'], 'year': 1895}, ('84', 'page'), 'full'),
    P("Hugh of Saint-Victor, De sacramentis christianae fidei, PL 176, col. 617.",
      {'author': ['Hugh of Saint-Victor'], 'title': 'De sacramentis christianae fidei', 'container-title': 'PL', 'volume': '176'},
      ('617', 'column'), 'full'),
    P("Augustine, De civitate Dei, ed. Bernhard Dombart and Alfons Kalb, CCSL 48 (Turnhout, 1955), 19.13.",
      {'author': ['Augustine'], 'title': 'De civitate Dei', 'editor': ['Dombart', 'Kalb'], 'year': 1955}, ('19.13', 'section'), 'full'),
    P("Rupert of Deutz, De divinis officiis, ed. Hrabanus Haacke, CCCM 7 (Turnhout, 1967), p. 112.",
      {'author': ['Rupert of Deutz'], 'title': 'De divinis officiis', 'editor': ['Haacke'], 'year': 1967}, ('112', 'page'), 'full'),
    P("William of Malmesbury, Gesta regum Anglorum, ed. R. A. B. Mynors, R. M. Thomson and M. Winterbottom, 2 vols (Oxford, 1998–9), I, 414.",
      {'author': ['William of Malmesbury'], 'title': 'Gesta regum Anglorum', 'editor': ['Mynors', 'Thomson', 'Winterbottom']},
      None, 'full'),
    P("Matthew Paris, Chronica majora, ed. Henry Richards Luard, 7 vols, Rolls Series 57 (London, 1872–83), 4:112.",
      {'author': ['Matthew Paris'], 'title': 'Chronica majora', 'editor': ['Luard']}, ('4:112', 'page'), 'full'),
    P("Nithard, Historiarum libri IIII, ed. Ernst Müller, MGH SS rer. Germ. 44 (Hanover, 1907), II.10.",
      {'author': ['Nithard'], 'title': 'Historiarum libri IIII', 'editor': ['Müller'], 'year': 1907}, None, 'full'),
    P("Thietmar of Merseburg, Chronicon, ed. Robert Holtzmann, MGH SS rer. Germ. N.S. 9 (Berlin, 1935), 4.47, p. 184.",
      {'author': ['Thietmar of Merseburg'], 'title': 'Chronicon', 'editor': ['Holtzmann'], 'year': 1935}, None, 'full'),
    P("Sedulius Scottus, Carmina, ed. Ludwig Traube, MGH Poetae 3 (Berlin, 1896), p. 168.",
      {'author': ['Sedulius Scottus'], 'title': 'Carmina', 'editor': ['Traube'], 'year': 1896}, ('168', 'page'), 'full'),
    P("Gregory the Great, Moralia in Iob, ed. Marc Adriaen, CCSL 143 (Turnhout, 1979), 1.2.",
      {'author': ['Gregory the Great'], 'title': 'Moralia in Iob', 'editor': ['Adriaen'], 'year': 1979}, None, 'full'),
    P("Bede, HE 2.13.", {'author': ['Bede']}, ('2.13', 'section'), 'full'),
    P("Einhard, Vita Karoli, c. 25.", {'author': ['Einhard'], 'title': 'Vita Karoli'}, ('25', 'chapter'), 'short'),
    P("Gregory of Tours, Historiae, II.31.", {'author': ['Gregory of Tours'], 'title': 'Historiae'}, None, 'full',
      marks=miss('a source by book and chapter with no edition read as a short form')),
    P("Ordericus Vitalis, The Ecclesiastical History, ed. and trans. Marjorie Chibnall, 6 vols (Oxford: Clarendon Press, 1969–80), 2:190.",
      {'author': ['Ordericus Vitalis'], 'title': 'The Ecclesiastical History', 'editor': ['Chibnall'], 'publisher': 'Clarendon Press'},
      ('2:190', 'page'), 'full'),
    P("Bernard of Clairvaux, Sermones super Cantica canticorum, Sources chrétiennes 414 (Paris, 1996), p. 92.",
      {'author': ['Bernard of Clairvaux'], 'title': 'Sermones super Cantica canticorum', 'year': 1996}, ('92', 'page'), 'full'),
    P("PL 176, col. 620.", {'container-title': 'PL', 'volume': '176'}, ('620', 'column'), 'full'),
    P("MGH Capit. 1, no. 33, p. 92.", {'container-title': 'MGH Capit.', 'volume': '1'}, ('92', 'page'), 'full'),
    # --- sources, German, French and Italian notes
    P("Einhard, Vita Karoli Magni, hg. von Oswald Holder-Egger (MGH SS rer. Germ. 25), Hannover 1911, S. 29.",
      {'author': ['Einhard'], 'title': 'Vita Karoli Magni', 'editor': ['Holder-Egger'], 'publisher-place': 'Hannover', 'year': 1911},
      ('29', 'page'), 'full'),
    P("Widukind von Corvey, Rerum gestarum Saxonicarum libri tres, hg. von Paul Hirsch und Hans-Eberhard Lohmann (MGH SS rer. Germ. 60), Hannover 1935, S. 61.",
      {'author': ['Widukind von Corvey'], 'editor': ['Hirsch', 'Lohmann'], 'year': 1935}, ('61', 'page'), 'full'),
    P("Regino von Prüm, Chronicon, hg. von Friedrich Kurze (MGH SS rer. Germ. 50), Hannover 1890, S. 110.",
      {'author': ['Regino von Prüm'], 'title': 'Chronicon', 'editor': ['Kurze'], 'year': 1890}, ('110', 'page'), 'full'),
    P("Raoul Glaber, Histoires, éd. et trad. Mathieu Arnoux, Turnhout, Brepols, 1996, p. 116.",
      {'author': ['Raoul Glaber'], 'title': 'Histoires', 'editor': ['Arnoux'], 'publisher': 'Brepols', 'year': 1996},
      ('116', 'page'), 'full', marks=miss('"éd. et trad." after a title: the author read as the editor')),
    P("Grégoire de Tours, Histoire des Francs, trad. Robert Latouche, t. 1, Paris, Les Belles Lettres, 1963, p. 98.",
      {'author': ['Grégoire de Tours'], 'title': 'Histoire des Francs', 'translator': ['Latouche'], 'year': 1963}, ('98', 'page'), 'full'),
    P("Paolo Diacono, Storia dei Longobardi, a cura di Lidia Capo, Milano, Mondadori, 1992, pp. 210-212.",
      {'author': ['Paolo Diacono'], 'title': 'Storia dei Longobardi', 'editor': ['Capo'], 'publisher': 'Mondadori', 'year': 1992},
      ('210-212', 'page'), 'full'),
    P("Liutprando di Cremona, Antapodosis, a cura di Paolo Chiesa, CCCM 156, Turnhout 1998, p. 45.",
      {'author': ['Liutprando di Cremona'], 'title': 'Antapodosis', 'editor': ['Chiesa'], 'year': 1998}, ('45', 'page'), 'full'),
    P("Codice diplomatico longobardo, a cura di Luigi Schiaparelli, vol. 1, Roma 1929, n. 50.",
      {'title': 'Codice diplomatico longobardo', 'editor': ['Schiaparelli'], 'volume': '1', 'year': 1929}, None, 'full'),
    P("Settimane di studio del Centro italiano di studi sull'alto medioevo 27, Spoleto 1981, pp. 401-450.",
      {'year': 1981}, ('401-450', 'page'), 'full'),
    P("Chartes et documents de Saint-Bénigne de Dijon, éd. Georges Chevrier et Maurice Chaume, t. 2, Dijon, 1943, n° 212.",
      {'editor': ['Chevrier', 'Chaume'], 'year': 1943}, None, 'full'),
    # --- manuscripts
    P("Paris, Bibliothèque nationale de France, MS lat. 12048, fols 3r–5v.",
      {'archive': 'Bibliothèque nationale de France', 'archive-place': 'Paris', 'archive_location': 'MS lat. 12048'},
      ('3r-5v', 'folio'), 'full'),
    P("London, British Library, Cotton MS Tiberius A XIII, fol. 118r.",
      {'archive': 'British Library', 'archive-place': 'London', 'archive_location': 'Cotton MS Tiberius A XIII'},
      ('118r', 'folio'), 'full'),
    P("Sankt Gallen, Stiftsbibliothek, Cod. Sang. 914, p. 23.",
      {'archive': 'Stiftsbibliothek', 'archive-place': 'Sankt Gallen', 'archive_location': 'Cod. Sang. 914'}, ('23', 'page'), 'full'),
    P("Vatican City, Biblioteca Apostolica Vaticana, Vat. lat. 3868, fol. 4v.",
      {'archive': 'Biblioteca Apostolica Vaticana', 'archive-place': 'Vatican City', 'archive_location': 'Vat. lat. 3868'},
      ('4v', 'folio'), 'full'),
    P("Munich, Bayerische Staatsbibliothek, Clm 6333, fol. 12r.",
      {'archive': 'Bayerische Staatsbibliothek', 'archive-place': 'Munich', 'archive_location': 'Clm 6333'}, ('12r', 'folio'), 'full'),
    P("Oxford, Bodleian Library, MS Laud Misc. 636, fol. 89v.",
      {'archive': 'Bodleian Library', 'archive-place': 'Oxford', 'archive_location': 'MS Laud Misc. 636'}, ('89v', 'folio'), 'full'),
    P("Cambridge, Corpus Christi College, MS 173, fol. 26r.",
      {'archive': 'Corpus Christi College', 'archive-place': 'Cambridge', 'archive_location': 'MS 173'}, ('26r', 'folio'), 'full'),
    P("Wolfenbüttel, Herzog August Bibliothek, Cod. Guelf. 254 Helmst., fol. 7r.",
      {'archive': 'Herzog August Bibliothek', 'archive-place': 'Wolfenbüttel', 'archive_location': 'Cod. Guelf. 254 Helmst.'},
      ('7r', 'folio'), 'full'),
    P("Paris, BnF, lat. 2855, fol. 70v.",
      {'archive': 'BnF', 'archive-place': 'Paris', 'archive_location': 'lat. 2855'}, ('70v', 'folio'), 'full'),
    P("Milano, Biblioteca Ambrosiana, ms. C 5 inf., f. 12r.",
      {'archive': 'Biblioteca Ambrosiana', 'archive-place': 'Milano', 'archive_location': 'ms. C 5 inf.'}, ('12r', 'folio'), 'full'),
    P("Wien, Österreichische Nationalbibliothek, Cod. 449, fol. 15v.",
      {'archive': 'Österreichische Nationalbibliothek', 'archive-place': 'Wien', 'archive_location': 'Cod. 449'}, ('15v', 'folio'), 'full'),
    P("St. Gallen, Stiftsarchiv, Urk. I 12.",
      {'archive': 'Stiftsarchiv', 'archive-place': 'St. Gallen', 'archive_location': 'Urk. I 12'}, None, 'full'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_medieval_note(check_note: Any, note: str, expected: dict[str, Any], occurrence: tuple[str, str] | None,
                       kind: str) -> None:
    check_note(note, expected, occurrence, kind)


#: written after the round's changes, run once without further changes
LATER_CASES = [
    P("Paul the Deacon, Historia Langobardorum, ed. Ludwig Bethmann and Georg Waitz, MGH SS rer. Lang. (Hanover, 1878), 4.37.",
      {'author': ['Paul the Deacon'], 'title': 'Historia Langobardorum', 'editor': ['Bethmann', 'Waitz']}, None, 'full'),
    P("Jonas of Orléans, De institutione regia, ed. Alain Dubreucq, Sources chrétiennes 407 (Paris, 1995), p. 184.",
      {'author': ['Jonas of Orléans'], 'title': 'De institutione regia', 'editor': ['Dubreucq'], 'year': 1995},
      ('184', 'page'), 'full'),
    P("Hincmar of Rheims, De ordine palatii, ed. Thomas Gross and Rudolf Schieffer, MGH Fontes iuris 3 (Hanover, 1980), p. 54.",
      {'author': ['Hincmar of Rheims'], 'title': 'De ordine palatii', 'editor': ['Gross', 'Schieffer'], 'year': 1980},
      ('54', 'page'), 'full'),
    P("Isidore of Seville, Etymologiae, 9.4.2.", {'author': ['Isidore of Seville'], 'title': 'Etymologiae'}, None, 'full'),
    P("Otto von Freising, Chronica sive Historia de duabus civitatibus, hg. von Adolf Hofmeister (MGH SS rer. Germ. 45), Hannover 1912, S. 262.",
      {'author': ['Otto von Freising'], 'editor': ['Hofmeister'], 'year': 1912}, ('262', 'page'), 'full'),
    P("Adam von Bremen, Gesta Hammaburgensis ecclesiae pontificum, hg. von Bernhard Schmeidler (MGH SS rer. Germ. 2), Hannover 1917, S. 80.",
      {'author': ['Adam von Bremen'], 'title': 'Gesta Hammaburgensis ecclesiae pontificum', 'editor': ['Schmeidler'], 'year': 1917},
      ('80', 'page'), 'full'),
    P("Hrabanus Maurus, Commentaria in libros IV Regum, PL 109, col. 112.",
      {'author': ['Hrabanus Maurus'], 'container-title': 'PL', 'volume': '109'}, ('112', 'column'), 'full'),
    P("MGH Epp. 5, p. 301.", {'container-title': 'MGH Epp.', 'volume': '5'}, ('301', 'page'), 'full'),
    P("Bern, Burgerbibliothek, Cod. 120, fol. 98r.",
      {'archive': 'Burgerbibliothek', 'archive-place': 'Bern', 'archive_location': 'Cod. 120'}, ('98r', 'folio'), 'full'),
    P("Leiden, Universiteitsbibliotheek, VLQ 69, fol. 20v.",
      {'archive': 'Universiteitsbibliotheek', 'archive-place': 'Leiden', 'archive_location': 'VLQ 69'}, ('20v', 'folio'), 'full'),
    P("Karlsruhe, Badische Landesbibliothek, Aug. perg. 167, fol. 5r.",
      {'archive': 'Badische Landesbibliothek', 'archive-place': 'Karlsruhe', 'archive_location': 'Aug. perg. 167'}, ('5r', 'folio'), 'full'),
    P("Firenze, Biblioteca Medicea Laurenziana, Plut. 65.1, c. 3r.",
      {'archive': 'Biblioteca Medicea Laurenziana', 'archive-place': 'Firenze', 'archive_location': 'Plut. 65.1'}, ('3r', 'folio'), 'full'),
    P("Paris, Bibliothèque nationale de France, nouv. acq. lat. 1203, fol. 12v.",
      {'archive': 'Bibliothèque nationale de France', 'archive-place': 'Paris', 'archive_location': 'nouv. acq. lat. 1203'},
      ('12v', 'folio'), 'full'),
    P("Thomas F. X. Noble, The Republic of St. Peter: The Birth of the Papal State, 680–825 (Philadelphia: University of Pennsylvania Press, 1984), 138.",
      {'author': ['Noble'], 'publisher': 'University of Pennsylvania Press', 'year': 1984}, ('138', 'page'), 'full'),
    P("Marios Costambeys, Matthew Innes and Simon MacLean, The Carolingian World (Cambridge, 2011), 160–3.",
      {'author': ['Costambeys', 'Innes', 'MacLean'], 'title': 'The Carolingian World', 'year': 2011}, ('160-163', 'page'), 'full'),
    P("Michel Rouche, L'Aquitaine des Wisigoths aux Arabes, 418–781. Naissance d'une région, Paris, EHESS, 1979, p. 77.",
      {'author': ['Rouche'], 'year': 1979}, ('77', 'page'), 'full',
      marks=miss('the dates in the title ("418–781.") read as the pinpoint')),
    P("Karl Ferdinand Werner, Naissance de la noblesse, Paris, Fayard, 1998, p. 210.",
      {'author': ['Werner'], 'title': 'Naissance de la noblesse', 'publisher': 'Fayard', 'year': 1998}, ('210', 'page'), 'full'),
    P("Vito Fumagalli, Il Regno italico, Torino, UTET, 1978, pp. 44-46.",
      {'author': ['Fumagalli'], 'title': 'Il Regno italico', 'publisher': 'UTET', 'year': 1978}, ('44-46', 'page'), 'full'),
    P("Wolfgang Eggert, Das ostfränkisch-deutsche Reich in der Auffassung seiner Zeitgenossen, Wien 1973, S. 102 f.",
      {'author': ['Eggert'], 'publisher-place': 'Wien', 'year': 1973}, None, 'full'),
    P("Ebd., S. 105.", {}, ('105', 'page'), 'ibid'),
    P("Rouche, op. cit., p. 80.", {'author': ['Rouche']}, ('80', 'page'), 'op-cit'),
    P("Thegan, Gesta Hludowici imperatoris, ed. Ernst Tremp, MGH SS rer. Germ. 64 (Hanover, 1995), c. 20.",
      {'author': ['Thegan'], 'title': 'Gesta Hludowici imperatoris', 'editor': ['Tremp'], 'year': 1995}, ('20', 'chapter'), 'full'),
    P("Annales Bertiniani, ed. Georg Waitz, MGH SS rer. Germ. 5 (Hanover, 1883), s.a. 864.",
      {'title': 'Annales Bertiniani', 'editor': ['Waitz'], 'year': 1883}, None, 'full'),
    P("Peter Abelard, Historia calamitatum, ed. Jacques Monfrin (Paris, 1959), p. 70.",
      {'title': 'Historia calamitatum', 'editor': ['Monfrin'], 'year': 1959}, ('70', 'page'), 'full'),
    P("Cartulaire de l'abbaye de Saint-Bertin, éd. Benjamin Guérard, Paris, 1840, n° 12, p. 35.",
      {'editor': ['Guérard'], 'year': 1840}, ('35', 'page'), 'full'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), LATER_CASES)
def test_medieval_note_later(check_note: Any, note: str, expected: dict[str, Any], occurrence: tuple[str, str] | None,
                             kind: str) -> None:
    check_note(note, expected, occurrence, kind)
