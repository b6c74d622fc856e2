"""Round 6 normalizer rules, one table row per rule (the tagger's spans in -> what the item gets).

The spans are those the shipped model gives notes of ``tests/parser/test_notes_round6.py`` (and variants
of them); each row checks one general rule of ``citekit/normalize``: editors and translators named with
"ed. with an introduction by" / "trans. from the German by", a corporate author opening the title, a
periodical riding with its volume, French and Italian decisions, treaties in the UNTS, exhibition and
sale catalogues, Portuguese shelf-marks, papers read at a meeting, reviews.  The rows at the end check
that each rule leaves alone the forms it must not touch.
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.normalize import normalize_fields

P = pytest.param
NAME_KEYS = ("author", "editor", "translator", "reviewed-author")


def _seen(item: dict[str, Any], key: str) -> Any:
    """A CSL variable as a row names it: names by family (or literal), the year alone."""
    if key in NAME_KEYS:
        return [name.get("family") or name.get("literal") for name in item.get(key, [])]
    if key == "year":
        return (item.get("issued") or {}).get("date-parts", [[None]])[0][0]
    return item.get(key)


ROWS = [
    # --- editors and translators named in a longer phrase at the end of the title span
    P([('author', 'Harriet Lindqvist,'), ('title', 'The Orchard and the Sea: A Novel, ed. with an introduction by Paul Rendell'), ('location', '(London:'), ('publisher', 'Fenwick Press,'), ('date', '2012),'), ('locator', '77.')],
      {'title': 'The Orchard and the Sea: A Novel', 'editor': ['Rendell']}, ('77', 'page'), 'full', id='ed-with-introduction'),
    P([('author', 'Anne Brontë,'), ('title', 'Agnes Grey, edited with an introduction and notes by Angela Moss'), ('location', '(London:'), ('publisher', 'Penguin,'), ('date', '1988),'), ('locator', '12.')],
      {'title': 'Agnes Grey', 'editor': ['Moss']}, ('12', 'page'), 'full', id='edited-with-introduction-and-notes'),
    P([('author', 'Georg Weidner,'), ('title', 'The Guilds of Nuremberg, trans. from the German by Helen Marsh'), ('location', '(London:'), ('publisher', 'Routledge,'), ('date', '1962),'), ('locator', '74.')],
      {'title': 'The Guilds of Nuremberg', 'translator': ['Marsh']}, ('74', 'page'), 'full', id='trans-from-the-german'),
    P([('author', 'Lucien Febvre,'), ('title', "Le Rhin, traduit de l'allemand par Pierre Lenoir"), ('location', '(Paris:'), ('publisher', 'Armand Colin,'), ('date', '1935),'), ('locator', '8.')],
      {'title': 'Le Rhin', 'translator': ['Lenoir']}, ('8', 'page'), 'full', id='traduit-de-l-allemand'),
    # --- a corporate author opening the title span
    P([('title', 'World Health Organization, Global Report on Malaria'), ('location', '(Geneva:'), ('publisher', 'WHO,'), ('date', '2019),'), ('locator', '9.')],
      {'title': 'Global Report on Malaria', 'author': ['World Health Organization'], 'publisher': 'WHO'}, ('9', 'page'), 'full', id='corporate-organization'),
    P([('title', 'Royal Commission on Historical Manuscripts, Report on the Manuscripts of the Earl of Mar'), ('location', '(London:'), ('publisher', 'HMSO,'), ('date', '1904),'), ('locator', '45.')],
      {'title': 'Report on the Manuscripts of the Earl of Mar', 'author': ['Royal Commission on Historical Manuscripts']}, ('45', 'page'), 'full', id='corporate-royal-commission'),
    # --- a periodical riding with its volume
    P([('author', 'Friedrich Lamm,'), ('title', '"Bach und die Choraltradition," Bach-Jahrbuch 71'), ('date', '(1985):'), ('pages', '45–62.')],
      {'type': 'article-journal', 'title': 'Bach und die Choraltradition', 'container-title': 'Bach-Jahrbuch', 'volume': '71'}, None, 'full', id='quoted-title-journal-volume'),
    P([('author', 'Clara Whitcombe,'), ('title', '"Silence and Complicity in the Victorian Governess Novel,'), ('volume', 'PMLA 118,'), ('issue', 'no. 4'), ('date', '(2003):'), ('pages', '912–28.')],
      {'type': 'article-journal', 'container-title': 'PMLA', 'volume': '118', 'issue': '4'}, None, 'full', id='journal-in-volume-span'),
    P([('author', 'Mark Ellis,'), ('title', '"Organs in Georgian Bristol,'), ('volume', 'Music & Letters 77,'), ('pages', '14–30.')],
      {'container-title': 'Music & Letters', 'volume': '77', 'page': '14-30'}, None, 'full', id='journal-with-ampersand-in-volume-span'),
    # --- French and Italian decisions
    P([('author', 'Cass.'), ('locator', 'civ. 1re,'), ('date', '12 mai 2010,'), ('locator', 'n° 09-10.512.')],
      {'type': 'legal_case', 'authority': 'Cass. civ. 1re', 'number': '09-10.512', 'year': 2010}, None, 'full', id='cass-civ-1re'),
    P([('title', 'CE, 3 juillet 1996,'), ('other', 'n° 169219, Koné.')],
      {'type': 'legal_case', 'authority': 'CE', 'number': '169219', 'title': 'Koné', 'year': 1996}, None, 'full', id='ce-party-after-number'),
    P([('title', 'CE, ass., 3 juillet 1996, Koné,'), ('other', 'n° 169219, Lebon p. 255.')],
      {'type': 'legal_case', 'number': '169219', 'title': 'Koné', 'container-title': 'Lebon', 'page': '255'}, None, 'full', id='ce-party-before-number'),
    P([('author', 'Cass.'), ('backref', 'pen.,'), ('collection-title', 'sez. VI,'), ('date', '3 marzo 2015,'), ('locator', 'n. 1234.')],
      {'type': 'legal_case', 'authority': 'Cass. pen., sez. VI', 'number': '1234'}, None, 'full', id='cass-pen-sez'),
    P([('title', 'Corte cost., sent.'), ('date', '24 giugno 2010,'), ('locator', 'n. 227.')],
      {'type': 'legal_case', 'authority': 'Corte cost.', 'number': '227', 'year': 2010}, None, 'full', id='corte-cost-sent'),
    # --- treaties in a treaty series
    P([('title', 'Convention on the Rights of the Child (adopted 20 November 1989, entered into force 2 September 1990) 1577 UNTS 3,'), ('locator', 'art 12.')],
      {'type': 'treaty', 'title': 'Convention on the Rights of the Child', 'container-title': 'UNTS', 'volume': '1577', 'page': '3', 'year': 1989}, ('12', 'section'), 'full', id='treaty-dates-unts'),
    P([('title', 'Vienna Convention on the Law of Treaties'), ('date', '(1969)'), ('pages', '1155 UNTS 331,'), ('locator', 'art 31(1).')],
      {'type': 'treaty', 'title': 'Vienna Convention on the Law of Treaties', 'volume': '1155', 'page': '331', 'year': 1969}, ('31(1)', 'section'), 'full', id='treaty-year-unts'),
    P([('title', 'Convention for the Suppression of the Traffic in Women (1921) 9 LNTS 415.')],
      {'type': 'treaty', 'container-title': 'LNTS', 'volume': '9', 'page': '415'}, None, 'full', id='treaty-lnts'),
    # --- exhibition and sale catalogues
    P([('author', 'Hans Körbel,'), ('title', 'Die Zeichnungen des Meisters von Ulm, Ausst.-Kat.'), ('location', 'Staatsgalerie Stuttgart (Stuttgart:'), ('publisher', 'Hatje,'), ('date', '1994),'), ('locator', 'Kat.-Nr. 23.')],
      {'title': 'Die Zeichnungen des Meisters von Ulm', 'genre': 'exhibition catalogue'}, None, 'full', id='ausst-kat'),
    P([('title', "Christie's, Old Master Paintings, sale cat., London,"), ('date', '7 July 2015,'), ('locator', 'lot 34.')],
      {'title': 'Old Master Paintings', 'publisher': "Christie's", 'genre': 'sale catalogue'}, None, 'full', id='sale-cat-house'),
    P([('author', 'Marie Dupuis,'), ('title', 'Corot en Italie, cat. exp.'), ('location', '(Paris:'), ('publisher', 'RMN,'), ('date', '1996),'), ('locator', 'p. 40.')],
      {'title': 'Corot en Italie', 'genre': 'exhibition catalogue'}, ('40', 'page'), 'full', id='cat-exp'),
    # --- Portuguese shelf-marks after a named repository
    P([('author', 'Arquivo Nacional da Torre do Tombo,'), ('title', 'Chancelaria de D. João III,'), ('locator', 'liv. 7,'), ('locator', 'fl. 45.')],
      {'archive': 'Arquivo Nacional da Torre do Tombo', 'archive_location': 'liv. 7'}, ('45', 'folio'), 'full', id='liv-fl'),
    P([('other', 'Arquivo Histórico Ultramarino,'), ('locator', 'maço 12,'), ('locator', 'fls. 3-5.')],
      {'archive_location': 'maço 12'}, ('3-5', 'folio'), 'full', id='maco-fls'),
    # --- a paper read at a meeting
    P([('author', 'Laura Bennet,'), ('title', '"Scribal Networks in Twelfth-Century Durham'), ('note', '(paper presented at the International Medieval Congress, Leeds, July 9, 2014).')],
      {'type': 'speech', 'genre': 'paper', 'event-title': 'International Medieval Congress', 'event-place': 'Leeds', 'year': 2014}, None, 'full', id='paper-presented-at'),
    P([('author', 'J. R. Pole,'), ('title', '"The Idea of Equality'), ('note', '(lecture delivered at the Royal Institution, 1968).')],
      {'type': 'speech', 'genre': 'lecture', 'event-title': 'Royal Institution', 'year': 1968}, None, 'full', id='lecture-delivered-at'),
    # --- reviews
    P([('author', 'Catherine Doyle,'), ('title', 'review of The Medieval Household, by Anne Whitby, Speculum'), ('volume', '80,'), ('issue', 'no. 3'), ('date', '(2005):'), ('pages', '912–14.')],
      {'author': ['Doyle'], 'reviewed-title': 'The Medieval Household', 'reviewed-author': ['Whitby'], 'container-title': 'Speculum', 'volume': '80'}, None, 'full', id='review-of-by-journal'),
    P([('author', 'Hugh Marlow,'), ('title', 'review of Kings and Councils,'), ('author', 'by Peter Lane,'), ('container-title', 'English Historical Review'), ('volume', '121'), ('date', '(2006):'), ('pages', '1120–22.')],
      {'author': ['Marlow'], 'reviewed-title': 'Kings and Councils', 'reviewed-author': ['Lane']}, None, 'full', id='review-by-own-span'),
    # --- an author known by one name, then the work, in one author span (no title span)
    P([('author', 'Plutarch, Lives,'), ('volume', 'vol. 7,'), ('translator', 'trans. Bernadotte Perrin,'), ('edition', 'Loeb Classical Library 99'), ('location', '(Cambridge, MA:'), ('publisher', 'Harvard University Press,'), ('date', '1919),'), ('locator', '215.')],
      {'author': ['Plutarch'], 'title': 'Lives', 'volume': '7'}, ('215', 'page'), 'full', id='one-name-author-work'),
    P([('author', 'Gregory of Tours, Historiae,'), ('volume', 'vol. 2,'), ('location', '(Hannover:'), ('publisher', 'Hahn,'), ('date', '1951),'), ('locator', '45.')],
      {'author': ['Gregory of Tours'], 'title': 'Historiae'}, ('45', 'page'), 'full', id='one-name-of-place-author-work'),
    # --- an abbreviated ancient work and its passage read as a date
    P([('author', 'Cic.'), ('date', 'Att. 1.5.3.')],
      {'author': ['Cicero'], 'title': 'Letters to Atticus', 'issued': None}, ('1.5.3', 'section'), 'full',
      id='passage-after-author'),
    P([('date', 'Aug. Conf. 8.12.29.')],
      {'author': ['Augustine'], 'title': 'Confessions', 'issued': None}, ('8.12.29', 'section'), 'full',
      id='passage-alone'),
    # --- the entry of a reference work read as its publisher
    P([('container-title', 'Oxford English Dictionary,'), ('collection-title', '2nd ed.,'), ('publisher', 's.v. "hearth.')],
      {'publisher': None, 'edition': '2'}, ('hearth', 'sub-verbo'), 'full', id='sub-verbo-as-publisher'),
    # --- the place of a meeting before the imprint's own place
    P([('title', 'Atti del Convegno internazionale di studi danteschi'), ('location', '(Ravenna,'), ('date', '10–12 settembre 1965)'), ('location', '(Firenze:'), ('publisher', 'Sansoni,'), ('date', '1966),'), ('locator', 'p. 210.')],
      {'publisher-place': 'Firenze', 'event-place': 'Ravenna', 'publisher': 'Sansoni', 'year': 1966}, ('210', 'page'), 'full', id='meeting-place-then-imprint'),
    # --- a role closing the title span, its names in an author span of their own
    P([('author', 'Walter Crane,'), ('title', "The Baby's Opera, ed. with an introduction"), ('author', 'by Susan Lowe'), ('location', '(Edinburgh:'), ('publisher', 'Canongate,'), ('date', '1995),'), ('locator', '19.')],
      {'title': "The Baby's Opera", 'author': ['Crane'], 'editor': ['Lowe']}, ('19', 'page'), 'full', id='role-tail-names-after'),
    P([('author', 'Otto Brunner,'), ('title', 'Land and Lordship, translated from the German'), ('author', 'by Howard Kaminsky'), ('location', '(Philadelphia:'), ('publisher', 'University of Pennsylvania Press,'), ('date', '1992),'), ('locator', '3.')],
      {'title': 'Land and Lordship', 'author': ['Brunner'], 'translator': ['Kaminsky']}, ('3', 'page'), 'full', id='role-tail-translated'),
    # --- the court read as a publisher
    P([('publisher', 'Cass.'), ('container-title', 'soc.,'), ('date', '5 avril 2018,'), ('locator', 'n° 16-19.845.')],
      {'type': 'legal_case', 'authority': 'Cass. soc.', 'number': '16-19.845', 'publisher': None}, None, 'full', id='court-as-publisher'),
    # --- forms each rule must leave alone
    P([('author', 'Henry Fielding,'), ('title', 'Tom Jones, ed. Fredson Bowers'), ('location', '(Oxford:'), ('publisher', 'Clarendon,'), ('date', '1974),'), ('locator', '20.')],
      {'title': 'Tom Jones', 'editor': ['Bowers']}, ('20', 'page'), 'full', id='alone-plain-ed'),
    P([('author', 'Jacques Le Goff,'), ('title', 'La civilisation, trad. de Jean Dupont'), ('location', '(Paris:'), ('publisher', 'Arthaud,'), ('date', '1964),'), ('locator', '5.')],
      {'title': 'La civilisation', 'translator': ['Dupont']}, ('5', 'page'), 'full', id='alone-trad-de-name'),
    P([('author', 'Hubert Jedin,'), ('title', 'The Council of Trent, Its Sessions'), ('location', '(London:'), ('publisher', 'Nelson,'), ('date', '1957),'), ('locator', '3.')],
      {'title': 'The Council of Trent, Its Sessions', 'author': ['Jedin']}, ('3', 'page'), 'full', id='alone-council-with-author'),
    P([('title', 'The Royal Society, Its Fellows and Its Critics'), ('location', '(London:'), ('publisher', 'Murray,'), ('date', '1980),'), ('locator', '3.')],
      {'title': 'The Royal Society, Its Fellows and Its Critics', 'author': []}, ('3', 'page'), 'full', id='alone-the-society-title'),
    P([('author', 'Jerome,'), ('title', 'Epistulae 22.30,'), ('editor', 'ed. Isidor Hilberg,'), ('volume', 'CSEL 54'), ('location', '(Vienna:'), ('publisher', 'Tempsky,'), ('date', '1910),'), ('locator', '189.')],
      {'collection-title': 'CSEL', 'collection-number': '54', 'container-title': None}, ('189', 'page'), 'full', id='alone-siglum-series'),
    P([('author', 'J. Black,'), ('title', '"Tithes,'), ('volume', 'Camden Fourth Series 31,'), ('pages', '1–20.')],
      {'container-title': None}, None, 'full', id='alone-series-in-volume-span'),
    P([('author', 'Montaigne,'), ('title', 'Essais,'), ('locator', 'liv. II,'), ('locator', 'chap. 12.')],
      {'archive': None, 'archive_location': None}, None, 'short', id='alone-liv-without-repository'),
    P([('author', 'Ruth Pym,'), ('title', '"Hearth Taxes"'), ('note', '(unpublished paper at the county record office,'), ('date', '1999).')],
      {'note': 'unpublished paper at the county record office', 'event-title': None, 'year': 1999}, None, 'full', id='alone-unpublished-paper'),
    P([('author', 'Peter Lane,'), ('title', 'Kings and Councils'), ('location', '(London:'), ('publisher', 'Longman,'), ('date', '2004),'), ('locator', '7.')],
      {'reviewed-title': None, 'author': ['Lane']}, ('7', 'page'), 'full', id='alone-not-a-review'),
    P([('title', 'Cass. civ. 1re, arrêt du'), ('date', '12 mai 2010.')],
      {'authority': None, 'number': None}, None, 'full', id='alone-decision-without-number'),
    P([('author', 'Smith, Wolfgang,'), ('volume', 'vol. 2,'), ('location', '(Berlin:'), ('publisher', 'Spiess,'), ('date', '1990),'), ('locator', '4.')],
      {'author': ['Smith'], 'title': None}, ('4', 'page'), 'full', id='alone-surname-given-no-title'),
    P([('author', 'Mary Pellham,'), ('title', 'The Tenant'), ('date', 'Oct. 12, 1851.')],
      {'year': 1851, 'title': 'The Tenant'}, None, 'full', id='alone-date-with-month-abbreviation'),
    P([('author', 'Karl Weber,'), ('title', 'Das Reich'), ('date', 'Stand 1.3.2020.')],
      {'title': 'Das Reich'}, None, 'full', id='alone-dotted-date-with-year'),
    P([('author', 'John Hale,'), ('title', 'The Age'), ('location', '(London,'), ('location', 'New York:'), ('publisher', 'Longman,'), ('date', '1990),'), ('locator', '4.')],
      {'publisher-place': 'London; New York', 'event-place': None}, ('4', 'page'), 'full', id='alone-two-imprint-places'),
    P([('author', 'Ann Lee,'), ('title', 'Poems, ed.'), ('author', 'Mark Hill,'), ('location', '(London:'), ('publisher', 'Faber,'), ('date', '1990),'), ('locator', '3.')],
      {'author': ['Lee', 'Hill'], 'editor': []}, ('3', 'page'), 'full', id='alone-role-tail-without-by'),
    P([('author', 'Farmer, Fannie.'), ('publisher', 'The Boston Cooking-School Cook Book. Little, Brown, and Company,'), ('date', '1896.')],
      {'author': ['Farmer'], 'title': None}, None, 'full', id='alone-surname-given-period'),
    P([('author', 'VerCauteren, K. C.'), ('date', '2003.'), ('title', 'A review of color vision in white-tailed deer.'), ('container-title', 'Wildlife Society Bulletin'), ('volume', '21:'), ('pages', '684-691.')],
      {'title': 'A review of color vision in white-tailed deer', 'reviewed-title': None}, None, 'full', id='alone-review-as-survey-title'),
    P([('author', 'S. Consolvo,'), ('title', 'Location Disclosure.'), ('date', '2005.'), ('note', 'Paper presented at the Proceedings of the SIGCHI Conference, Portland, 2005.')],
      {'event-title': None}, None, 'full', id='alone-paper-in-proceedings'),
    P([('author', 'A. Chester,'), ('title', '“The Parting of the Ways,” in Jews and Christians (WUNT 66'), ('editor', 'ed. J. Dunn;'), ('location', 'Tübingen:'), ('publisher', 'Mohr,'), ('date', '1992),'), ('pages', 'pp. 239-313.')],
      {'volume': None}, None, 'full', id='alone-series-number-in-bracket'),
    P([('title', "Norfolk Record Office, Bishop's Registers,"), ('locator', 'Reg. 4,'), ('locator', 'fol. 12.')],
      {'author': [], 'title': "Norfolk Record Office, Bishop's Registers"}, ('12', 'folio'), 'full', id='alone-record-office-series'),
]


@pytest.mark.parametrize(("fields", "expected", "occurrence", "kind"), ROWS)
def test_round6_rule(
    fields: list[tuple[str, str]], expected: dict[str, Any], occurrence: tuple[str, str] | None, kind: str
) -> None:
    parsed = normalize_fields(fields)
    assert {key: _seen(parsed.item, key) for key in expected} == expected
    assert parsed.kind == kind
    if occurrence is not None:
        assert (parsed.locator, parsed.label) == occurrence
