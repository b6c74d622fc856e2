"""Notes from the history of colonial Latin America and the Iberian empires, part 2: written for round 17
(2026-11-28) after the round's rules, to see whether they hold beyond the notes they were made from (part 1):
22 of 26 were right at once, 26 after the round's last rules (an issue's word closing the journal's span, an
apostrophe in a first surname, a chapter's book after its editors' own span, a place closing the title span).
The same conventions as part 1.
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param
MS = "manuscript"

CASES = [
    # --- books
    P("Serge Gruzinski, La colonización de lo imaginario. Sociedades indígenas y occidentalización en el México español, siglos XVI-XVIII, México, FCE, 1991, p. 203.",
      {'author': ['Gruzinski'], 'publisher-place': 'México', 'publisher': 'FCE', 'year': 1991}, ('203', 'page'), 'full'),
    P("Solange Alberro, Inquisición y sociedad en México, 1571-1700, México, FCE, 1988, pp. 144-146.",
      {'author': ['Alberro'], 'title': 'Inquisición y sociedad en México, 1571-1700', 'publisher': 'FCE', 'year': 1988},
      ('144-146', 'page'), 'full'),
    P("Franklin Pease G. Y., Curacas, reciprocidad y riqueza, Lima, Pontificia Universidad Católica del Perú, 1992, p. 58.",
      {'publisher-place': 'Lima', 'publisher': 'Pontificia Universidad Católica del Perú', 'year': 1992},
      ('58', 'page'), 'full'),
    P("Zacarías Moutoukias, Contrabando y control colonial en el siglo XVII, Buenos Aires, Centro Editor de América Latina, 1988, p. 77.",
      {'author': ['Moutoukias'], 'publisher-place': 'Buenos Aires', 'publisher': 'Centro Editor de América Latina',
       'year': 1988}, ('77', 'page'), 'full'),
    P("Manuel Lucena Giraldo, Laboratorio tropical. La expedición de límites al Orinoco, 1750-1767, Caracas, Monte Ávila, 1993, p. 31.",
      {'author': ['Lucena Giraldo'], 'publisher-place': 'Caracas', 'publisher': 'Monte Ávila', 'year': 1993},
      ('31', 'page'), 'full'),
    P("Fernando Novais, Portugal e Brasil na crise do antigo sistema colonial (1777-1808), 6.ª ed., São Paulo, Hucitec, 1995, p. 92.",
      {'author': ['Novais'], 'edition': '6', 'publisher': 'Hucitec', 'year': 1995}, ('92', 'page'), 'full'),
    P("Matthew Restall, Seven Myths of the Spanish Conquest (Oxford: Oxford University Press, 2003), 77–79.",
      {'author': ['Restall'], 'title': 'Seven Myths of the Spanish Conquest', 'publisher': 'Oxford University Press',
       'year': 2003}, ('77-79', 'page'), 'full'),
    P("Sabine MacCormack, Religion in the Andes: Vision and Imagination in Early Colonial Peru (Princeton: Princeton University Press, 1991), 142.",
      {'author': ['MacCormack'], 'publisher-place': 'Princeton', 'year': 1991}, ('142', 'page'), 'full'),
    P("Juan Carlos Garavaglia y Jorge D. Gelman, El mundo rural rioplatense a fines de la época colonial, Buenos Aires, Biblos, 1989, p. 23.",
      {'author': ['Garavaglia', 'Gelman'], 'publisher': 'Biblos', 'year': 1989}, ('23', 'page'), 'full'),
    # --- chapters and articles
    P("Marta Herrera Ángel, «Ordenamiento espacial de los pueblos de indios», en Jaime Jaramillo Uribe (dir.), Historia de Colombia, Bogotá, Planeta, 1998, pp. 93-128.",
      {'author': ['Herrera Ángel'], 'title': 'Ordenamiento espacial de los pueblos de indios', 'editor': ['Jaramillo Uribe'],
       'container-title': 'Historia de Colombia', 'year': 1998, 'page': '93-128'}, None, 'full'),
    P("Scarlett O'Phelan Godoy, «El mito de la independencia concedida», Histórica, vol. IX, núm. 2, 1985, pp. 155-191.",
      {'author': ["O'Phelan Godoy"], 'container-title': 'Histórica', 'volume': 'IX', 'issue': '2', 'year': 1985,
       'page': '155-191'}, None, 'full'),
    P("Júnia Ferreira Furtado, «Chica da Silva: o avesso do mito», Revista Brasileira de História, v. 19, n. 38, 1999, pp. 73-102.",
      {'author': ['Furtado'], 'container-title': 'Revista Brasileira de História', 'volume': '19', 'issue': '38',
       'year': 1999}, None, 'full'),
    P("Alan Durston, \"Native-Language Literacy in Colonial Peru: The Question of Mundane Quechua Writing Revisited,\" Hispanic American Historical Review 88, no. 1 (2008): 41–70, at 52.",
      {'author': ['Durston'], 'container-title': 'Hispanic American Historical Review', 'volume': '88', 'issue': '1',
       'year': 2008, 'page': '41-70'}, ('52', 'page'), 'full'),
    P("Pedro Pérez Herrero, «Los factores de la conformación regional en México», Anuario IEHS, núm. 6, 1991, p. 112.",
      {'author': ['Pérez Herrero'], 'container-title': 'Anuario IEHS', 'issue': '6', 'year': 1991}, ('112', 'page'), 'full'),
    # --- archives
    P("AGI, Quito, leg. 142, f. 8r.",
      {'type': MS, 'archive': 'AGI', 'archive_collection': 'Quito', 'archive_location': 'leg. 142'}, ('8r', 'folio'), 'full'),
    P("AGI, Contaduría, 1794, N.2.",
      {'type': MS, 'archive': 'AGI', 'archive_collection': 'Contaduría', 'archive_location': '1794, N.2'}, None, 'full'),
    P("AGN (Lima), Superior Gobierno, leg. 12, cuad. 214, fs. 3v-4r.",
      {'type': MS, 'archive': 'AGN (Lima)', 'archive_collection': 'Superior Gobierno', 'archive_location': 'leg. 12, cuad. 214'},
      ('3v-4r', 'folio'), 'full'),
    P("Archivo General de la Nación (México), Ramo Civil, vol. 1505, exp. 2, f. 14.",
      {'type': MS, 'archive': 'Archivo General de la Nación (México)', 'archive_collection': 'Ramo Civil',
       'archive_location': 'vol. 1505, exp. 2'}, ('14', 'folio'), 'full'),
    P("ANTT, Tribunal do Santo Ofício, Inquisição de Lisboa, proc. 1120, fl. 5.",
      {'type': MS, 'archive': 'ANTT', 'archive_collection': 'Tribunal do Santo Ofício, Inquisição de Lisboa',
       'archive_location': 'proc. 1120'}, ('5', 'folio'), 'full'),
    P("Archivo Histórico Nacional (Madrid), Consejos, leg. 20.392, exp. 4.",
      {'type': MS, 'archive': 'Archivo Histórico Nacional (Madrid)', 'archive_collection': 'Consejos',
       'archive_location': 'leg. 20.392, exp. 4'}, None, 'full'),
    P("AHU, Pernambuco, cx. 98, doc. 7712.",
      {'type': MS, 'archive': 'AHU', 'archive_collection': 'Pernambuco', 'archive_location': 'cx. 98, doc. 7712'}, None, 'full'),
    # --- printed sources and laws
    P("Nueva Recopilación, lib. 5, tít. 2, ley 4.",
      {'type': 'legislation', 'title': 'Nueva Recopilación'}, ('lib. 5, tít. 2, ley 4', 'section'), 'full'),
    P("Las Siete Partidas, Partida III, tít. XVIII, ley 2.",
      {'type': 'legislation', 'title': 'Las Siete Partidas'}, ('Partida III, tít. XVIII, ley 2', 'section'), 'full'),
    # --- back-references
    P("Ídem, p. 91.", {}, ('91', 'page'), 'idem'),
    P("Alberro, ob. cit., pp. 150-151.", {'author': ['Alberro']}, ('150-151', 'page'), 'op-cit'),
    P("Cfr. Gruzinski, La colonización de lo imaginario, p. 210.",
      {'author': ['Gruzinski'], 'title': 'La colonización de lo imaginario'}, ('210', 'page'), 'short'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_colonial_latin_america2(note: str, expected: dict[str, Any], occurrence: Any, kind: str, check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)
