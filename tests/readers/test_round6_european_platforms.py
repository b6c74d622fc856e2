"""Round 6: pdftotext (and web copy) layouts of European journal platforms and presses.

Thirteen invented articles, each in the layout of one platform, portal or press: OpenEdition (a PDF with its
cover, margin paragraph numbers and end matter; a web page's copy with "Note" and "Per citare questo
articolo"), Persée (its "Citer ce document" cover, "(1)" notes), Cairn's newer cover ("Dans … pages 7
à 30"), Ediciones Complutense ("Cómo citar", notes whose numbers stand in a column of their own), a
CSIC journal, a Coimbra journal ("t. LI (2020) – p. 123-145"), a German press's first-page foot,
il Mulino's Rivisteweb cover, Firenze University Press's "Citation:" block, a Dutch journal's
first-page foot (DOI | site | ISSN), a Redalyc web page's copy ("[1]" markers and notes, "Licencia")
and a HAL deposit (its cover page, "To cite this version:").  Texts are in
``tests/readers/data/round6/``; they were written for these tests.

For each: every note with its number and whole text (nothing of the body, the running heads and feet,
the cover or the end matter glued in, nothing cut off), and the document's own data (``source``)
read from its cover, "how to cite" block or running heads.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from citekit.readers.text import read_text_document

DATA = Path(__file__).parent / "data" / "round6"

NOTES: dict[str, list[tuple[str, str]]] = {
    'cairn_new_cover_fr': [
        ('1', "Patrick Villiers, Les corsaires du littoral. Dunkerque, Calais, Boulogne, de Philippe II à Louis XIV, Villeneuve-d'Ascq, Presses universitaires du Septentrion, 2000, p. 211."),
        ('2', 'Archives départementales de Loire-Atlantique (désormais ADLA), B 4879, registre des prises, 1692-1697.'),
        ('3', 'Ibid., B 4880.'),
        ('4', 'ADLA, 4 E 2/1043, minutes de Me Bertrand, 1695.'),
        ('5', "Jean Meyer, L'armement nantais dans la deuxième moitié du XVIIIe siècle, Paris, SEVPEN, 1969, p. 98-103 ; Alain Cabantous, « La course nantaise », Annales de Bretagne, 88-3, 1981, p. 301-317."),
        ('6', "Olivier Pétré-Grenouilleau, L'argent de la traite, Paris, Aubier, 1996, p. 57."),
    ],
    'coimbra_pt': [
        ('1', 'Cf. Manuel António Fernandes Moreira, Os mercadores de Viana e o comércio do açúcar brasileiro no século XVII, Viana do Castelo, Câmara Municipal, 1990, p. 34-58.'),
        ('2', 'Frédéric Mauro, Portugal, o Brasil e o Atlântico (1570-1670), Lisboa, Estampa, 1989, vol. I, p. 221.'),
        ('3', 'Arquivo Distrital de Viana do Castelo (ADVC), Notariais, Viana do Castelo, 1.º ofício, liv. 12, fl. 45v-47.'),
        ('4', 'Idem, liv. 14, fl. 3.'),
        ('5', 'Sobre este ponto, veja-se Leonor Freire Costa, O transporte no Atlântico e a Companhia Geral do Comércio do Brasil (1580-1663), Lisboa, CNCDP, 2002, vol. I, p. 150-162.'),
        ('6', 'Moreira, Os mercadores de Viana, cit., p. 88.'),
    ],
    'csic_es': [
        ('1', 'Ángel García Sanz, Desarrollo y crisis del Antiguo Régimen en Castilla la Vieja, Madrid, Akal, 1977, pp. 88-92.'),
        ('2', 'Gonzalo Anes, «Los pósitos en la España del siglo XVIII», Moneda y Crédito, 105 (1968), pp. 39-69.'),
        ('3', 'Archivo Histórico Provincial de Toledo (AHPTo), Protocolos, leg. 2345, fols. 12-40.'),
        ('4', 'Ibidem, leg. 2351.'),
        ('5', 'Ibidem, leg. 2352, fol. 3.'),
    ],
    'fup_it': [
        ('1', 'Giovanni Minnucci, Paolo Nardi, Professori e scolari a Siena nel Quattrocento, Siena, Università degli Studi, 2007, p. 15.'),
        ('2', 'Archivio di Stato di Siena (ASSi), Gabella 12, c. 45r.'),
        ('3', 'ASSi, Arti 63, c. 12v; cfr. anche Ivi, Arti 64, c. 3r.'),
        ('4', 'Minnucci, Nardi, Professori e scolari cit., pp. 88-90.'),
        ('5', 'Ibidem.'),
    ],
    'openedition_pdf_fr': [
        ('1', 'Jean Combes, Les consuls de Montpellier et la ville au XVIe siècle, Montpellier, Presses du Languedoc, 1987, p. 112-118.'),
        ('2', 'Sur cette notion, voir Steven L. Kaplan, Le pain, le peuple et le roi, Paris, Perrin, 1986, p. 23.'),
        ('3', 'Archives municipales de Montpellier (désormais AMM), BB 212, délibérations des 4 et 11 janvier 1554 ; voir aussi BB 213.'),
        ('4', 'AMM, notaire Pierre Rouvière, II E 57/34, fol. 112v-115, marché du 3 mars 1561 ; voir aussi Jean-Louis Gaulin, « Le crédit des villes », Histoire urbaine, 12, 2005, p. 45-62.'),
        ('5', 'Ibid., fol. 201.'),
        ('6', 'Combes, Les consuls de Montpellier, op. cit., p. 140.'),
        ('7', 'Emmanuel Le Roy Ladurie, Les paysans de Languedoc, Paris, SEVPEN, 1966, t. I, p. 391-395.'),
        ('8', "AMM, GG 341, comptes de l'hôpital Saint-Éloi, 1586-1587, non folioté."),
    ],
    'openedition_web_it': [
        ('1', "Archivio Storico del Comune di Chieri (d'ora in poi ASCC), Notai, b. 12, prot. 3, cc. 14r-56v."),
        ('2', "Cfr. Giovanni Levi, L'eredità immateriale. Carriera di un esorcista nel Piemonte del Seicento, Torino, Einaudi, 1985, p. 89-97."),
        ('3', "Laurence Fontaine, L'économie morale. Pauvreté, crédit et confiance dans l'Europe préindustrielle, Paris, Gallimard, 2008, p. 45."),
        ('4', 'ASCC, Notai, b. 19, prot. 7, c. 102r, 12 marzo 1479.'),
        ('5', 'Ivi, b. 20, passim.'),
        ('6', "Si veda il caso discusso da Renata Ago, Economia barocca. Mercato e istituzioni nella Roma del Seicento, Roma, Donzelli, 1998, p. 112-114."),
    ],
    'persee_fr': [
        ('1', "Ch. Ouin-Lacroix, Histoire des anciennes corporations d'arts et métiers et des confréries religieuses de la capitale de la Normandie, Rouen, 1850."),
        ('2', 'Arch. dép. Seine-Maritime, G 6789-6802.'),
        ('3', 'Ibid., G 6790, fol. 3-17.'),
        ('4', "M. Mollat, Le commerce maritime normand à la fin du Moyen Âge, Paris, 1952, p. 287."),
        ('5', 'Arch. dép. Seine-Maritime, G 6791, fol. 22v.'),
        ('6', 'Voir G. Espinas, Les origines du capitalisme. I. Sire Jehan Boinebroke, Lille, 1933, p. 45-47, pour un exemple flamand.'),
        ('7', "C'est la conclusion que tirait déjà Ouin-Lacroix, op. cit., p. 12."),
    ],
    'rivisteweb_it': [
        ('1', "Cfr. Maria Giuseppina Muzzarelli, Il denaro e la salvezza. L'invenzione del Monte di Pietà, Bologna, il Mulino, 2001, pp. 77-80."),
        ('2', "Per un quadro d'insieme, Angelo Moioli, Il credito rurale, in Storia dell'agricoltura italiana, a cura di Giovanni Pinto, Firenze, Polistampa, 2002, vol. III, pp. 233-260."),
        ('3', 'Archivio Storico Diocesano di Perugia, Visite pastorali, b. 41, fasc. 2.'),
        ('4', 'Ivi, b. 43.'),
        ('5', 'Si vedano gli statuti editi in Daniele Montanari, Disciplinamento in terra veneta, Bologna, il Mulino, 1987, pp. 301-315.'),
        ('6', 'Ibidem.'),
    ],
    'ucm_es': [
        ('1', 'Ruth Pike, Aristócratas y comerciantes. La sociedad sevillana en el siglo XVI, Barcelona, Ariel, 1978, pp. 12-35.'),
        ('2', 'Modesto Ulloa, La Hacienda Real de Castilla en el reinado de Felipe II, Madrid, Fundación Universitaria Española, 1977, p. 401.'),
        ('3', 'Archivo General de Simancas (AGS), Contaduría Mayor de Cuentas, 1.ª época, leg. 1234.'),
        ('4', 'Carlos Álvarez Nogal, «Los problemas del vellón en el siglo XVII», Revista de Historia Económica, 16-1 (1998), pp. 53-71.'),
        ('5', 'AGS, Consejo y Juntas de Hacienda, leg. 89, fol. 3.'),
        ('6', 'Ibid., leg. 92.'),
    ],
    'vr_de': [
        ('1', 'Vgl. Rudolf Endres, Zur Lage der Nürnberger Handwerkerschaft zur Zeit von Hans Sachs, in: Jahrbuch für fränkische Landesforschung 37 (1977), S. 107–123.'),
        ('2', 'Stadtarchiv Nürnberg (StadtAN), B 11 Nr. 4, fol. 12r.'),
        ('3', 'Ebd., Nr. 5–31.'),
        ('4', 'Ebd., Nr. 7, fol. 3v–4r.'),
        ('5', 'Siehe dazu Arnd Kluge, Die Zünfte, Stuttgart 2007, S. 211–214; Wilfried Reininghaus, Gewerbe in der frühen Neuzeit, München 1990, S. 56.'),
        ('6', 'StadtAN, B 11 Nr. 19, fol. 44.'),
    ],
    'bmgn_nl': [
        ('1', 'Zie Jaco Zuijderduijn, Medieval Capital Markets (Leiden: Brill, 2009), 45-67.'),
        ('2', 'Ibidem, 70.'),
        ('3', 'Stadsarchief Deventer (SAD), Schepenprotocollen, inv. nr. 12, f. 34v.'),
        ('4', 'Oscar Gelderblom, Cities of Commerce (Princeton: Princeton University Press, 2013), 112-115.'),
        ('5', 'SAD, inv. nr. 19, f. 2.'),
    ],
    'hal_fr': [
        ('1', 'Maurice Garden, Lyon et les Lyonnais au XVIIIe siècle, Paris, Les Belles Lettres, 1970, p. 311.'),
        ('2', 'Archives municipales de Lyon (AML), HH 98, statuts de 1668.'),
        ('3', 'AML, HH 99, élections de 1745.'),
        ('4', 'Ibid., procès-verbaux de visite, 1750-1760.'),
    ],
    'redalyc_web_es': [
        ('1', 'Gisela von Wobeser, El crédito eclesiástico en la Nueva España, siglo XVIII, México, UNAM, 1994, '
              'pp. 25-40.'),
        ('2', 'Archivo Arzobispal de Lima (AAL), Cofradías, leg. 12, exp. 4.'),
        ('3', 'Ibid., leg. 14.'),
        ('4', 'Kathryn Burns, Colonial Habits: Convents and the Spiritual Economy of Cuzco, Peru, Durham, Duke '
              'University Press, 1999, p. 160.'),
    ],
}

SOURCES: dict[str, dict[str, object]] = {
    "openedition_pdf_fr": {
        "title": "Les consuls et le grain : l'approvisionnement de Montpellier au XVIe siècle",
        "author": [{"family": "Fabregat", "given": "Claire"}],
        "container-title": "Cahiers d'histoire des villes du Midi", "issue": "18",
        "issued": {"date-parts": [[2021]]}, "page": "45-68", "DOI": "10.4000/chvm.2145"},
    "openedition_web_it": {
        "title": "I notai di Chieri e il credito rurale (1450-1520)",
        "author": [{"family": "Ferraris", "given": "Giulia"}],
        "container-title": "Quaderni di storia del Piemonte", "issue": "34",
        "issued": {"date-parts": [[2020]]}, "page": "77-102", "DOI": "10.4000/qsp.1187"},
    "persee_fr": {
        "title": "Les confréries de métier à Rouen à la fin du Moyen Âge",
        "author": [{"family": "Martinet", "given": "Jean"}],
        "container-title": "Annales de la Normandie marchande", "volume": "35", "issue": "4",
        "issued": {"date-parts": [[1985]]}, "page": "321-340", "DOI": "10.3406/anm.1985.1234"},
    "cairn_new_cover_fr": {
        "title": "Les marchands de Nantes et la course (1689-1713)",
        "author": [{"family": "Le Goff", "given": "Hélène"}],
        "container-title": "Revue d'histoire maritime et portuaire", "volume": "66", "issue": "2",
        "issued": {"date-parts": [[2019]]}, "page": "7-30", "DOI": "10.3917/rhmp.662.0007"},
    "ucm_es": {
        "title": "Mercaderes genoveses y crédito fiscal en Sevilla (1560-1590)",
        "author": [{"family": "Díaz Serrano", "given": "Ana"}],
        "container-title": "Cuadernos de Historia Fiscal", "volume": "46", "issue": "1",
        "issued": {"date-parts": [[2021]]}, "page": "45-67", "DOI": "10.5209/chfi.73456"},
    "csic_es": {
        "title": "Los pósitos de Castilla la Nueva y la crisis de 1630",
        "author": [{"family": "Pérez Gil", "given": "Juan"}],
        "container-title": "Tierras", "volume": "81", "issue": "268",
        "issued": {"date-parts": [[2021]]}, "page": "321-348", "DOI": "10.3989/tierras.2021.010"},
    "coimbra_pt": {
        "title": "Os mercadores de Viana e o comércio do açúcar (1580-1620)",
        "author": [{"family": "Sousa", "given": "Ana Rita"}],
        "container-title": "Revista de História Económica e Social", "volume": "LI",
        "issued": {"date-parts": [[2020]]}, "page": "123-145", "DOI": "10.14195/0870-4147_51_5"},
    "vr_de": {
        "title": "Handwerk und Zunftgericht in Nürnberg (1550–1650)",
        "author": [{"family": "Brenner", "given": "Katharina"}],
        "container-title": "Geschichte und Gesellschaft der Frühen Neuzeit", "volume": "47",
        "issued": {"date-parts": [[2021]]}, "page": "345-372", "DOI": "10.13109/ggfn.2021.47.3.345"},
    "rivisteweb_it": {
        "title": "Il credito dei monti frumentari nell'Italia centrale (secoli XVI-XVIII)",
        "author": [{"family": "Morandi", "given": "Francesca"}],
        "container-title": "Rivista di storia economica e sociale", "issue": "2",
        "issued": {"date-parts": [[2021]]}, "DOI": "10.1410/98765"},
    "fup_it": {
        "title": "Le corporazioni di mestiere a Siena e lo Studio (1400-1480)",
        "author": [{"family": "Bianchi", "given": "Lorenzo"}],
        "container-title": "Annali di storia delle università toscane", "volume": "14", "issue": "2",
        "issued": {"date-parts": [[2022]]}, "page": "33-58", "DOI": "10.36253/asut-12345"},
    "bmgn_nl": {
        "title": "Schepenen en schuldeisers in Deventer, 1450-1520",
        "author": [{"family": "de Vries", "given": "Pieter"}],
        "container-title": "BMGN - Low Countries Historical Review", "volume": "136",
        "issued": {"date-parts": [[2021]]}, "page": "3-27", "DOI": "10.51769/bmgn-lchr.11234"},
    "hal_fr": {
        "title": "Les tanneurs de Lyon au XVIIIe siècle : métier, police et marché",
        "author": [{"family": "Gagnon", "given": "Émilie"}],
        "container-title": "Revue des métiers urbains", "volume": "12", "issue": "3",
        "issued": {"date-parts": [[2019]]}, "page": "45-67", "DOI": "10.3917/rmu.123.0045"},
    "redalyc_web_es": {
        "title": "Las cofradías de Lima y el crédito eclesiástico, 1650-1700",
        "author": [{"family": "Morales Vega", "given": "Luis"}],
        "container-title": "Revista de Historia Andina", "volume": "23", "issue": "2",
        "issued": {"date-parts": [[2020]]}, "page": "115-140", "DOI": "10.15446/rha.v23n2.88123"},
}

#: what is not read yet: name -> reason (strict xfails)
NOTES_XFAIL: dict[str, str] = {}
SOURCES_XFAIL: dict[str, str] = {}
#: documents whose own title and author are not read yet (none since the integrator's rule for the
#: lines under a first page's journal line)
WORK_XFAIL: dict[str, str] = {}


def _read(name: str) -> object:
    return read_text_document((DATA / f"{name}.txt").read_text(encoding="utf-8"))


def _mark(name: str, xfails: dict[str, str]) -> object:
    reason = xfails.get(name)
    return pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=reason)) if reason else name


@pytest.mark.parametrize("name", [_mark(n, NOTES_XFAIL) for n in NOTES])
def test_every_note_whole_and_nothing_else(name: str) -> None:
    result = _read(name)
    assert [(n.number, n.text) for n in result.notes] == NOTES[name]  # type: ignore[attr-defined]


def _person(name: dict[str, str]) -> dict[str, str]:
    """A name with its particle folded into the family name ("Le" + "Goff" = "Le Goff")."""
    family = " ".join(p for p in (name.get("non-dropping-particle"), name.get("family")) if p)
    return {"family": family, "given": name.get("given", "")}


_WORK = ("title", "author")


@pytest.mark.parametrize("name", [_mark(n, SOURCES_XFAIL) for n in SOURCES])
def test_source_journal_fields(name: str) -> None:
    """Container, volume, issue, year, pages and DOI from the cover, citation block or journal line."""
    source = dict(_read(name).source)  # type: ignore[attr-defined]
    expected = {k: v for k, v in SOURCES[name].items() if k not in _WORK}
    assert {key: source.get(key) for key in expected} == expected
    assert source.get("type") == "article-journal"


@pytest.mark.parametrize("name", [_mark(n, WORK_XFAIL) for n in SOURCES])
def test_source_title_and_author(name: str) -> None:
    source = dict(_read(name).source)  # type: ignore[attr-defined]
    authors = source.get("author")
    got = {"title": source.get("title"),
           "author": [_person(a) for a in authors] if isinstance(authors, list) else authors}
    assert got == {k: SOURCES[name][k] for k in _WORK}
