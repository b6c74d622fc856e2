"""Twenty notes from the history of colonial Latin America and the Iberian empires (Spanish and
Portuguese notes, "trad."/"ed."/"coord." roles, Mexican, Argentine and Brazilian imprints, the
Archivo General de Indias by section and legajo, Mexico's AGN by ramo, volume and expediente, the
Torre do Tombo and the Arquivo Histórico Ultramarino, the Recopilación by libro, título and ley,
"Ibid."/"Ídem"/"op. cit."), written by the integrator on 2026-11-28 (12:20 UTC) before the
seventeenth parser round and kept from its author, whose brief named the domain only.

Against the code before the round: 18 of 20 right (misses: "y" between two editors, the double surname before
"op. cit."). After the round: 18 (the editors right; the Recopilación with its printer in brackets newly
wrong, "Madrid: Julián de Paredes" read as the place); after the integrator's mend of the law step's imprint
(13:00 UTC): 19; after the op. cit. step reads two surnames as one family name, with the predicate the
extraction's short forms use (13:50 UTC): 20 (development figures both).

Only what a case names is compared (``check_note`` in conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param

CASES = [
    P("Serge Gruzinski, La colonización de lo imaginario. Sociedades indígenas y occidentalización en el México español, siglos XVI-XVIII, trad. de Jorge Ferreiro (México: Fondo de Cultura Económica, 1991), p. 58.",
      {'author': ['Gruzinski'], 'title': 'La colonización de lo imaginario. Sociedades indígenas y occidentalización en el México español, siglos XVI-XVIII', 'translator': ['Ferreiro'],
       'publisher': 'Fondo de Cultura Económica', 'publisher-place': 'México', 'year': 1991}, ('58', 'page'), 'full'),
    P("Archivo General de Indias (AGI), Lima 28A, n. 14, fols. 3r–5v.",
      {'type': 'manuscript'}, ('3r-5v', 'folio'), 'full'),
    P("AGI, Indiferente General, leg. 1530, f. 12.",
      {'type': 'manuscript'}, ('12', 'folio'), 'full'),
    P("Archivo General de la Nación (AGN), Inquisición, vol. 1187, exp. 3, fs. 45–47v.",
      {'type': 'manuscript'}, None, 'full'),
    P("Recopilación de leyes de los reynos de las Indias (Madrid: Julián de Paredes, 1681), lib. 6, tít. 1, ley 1.",
      {'title': 'Recopilación de leyes de los reynos de las Indias', 'publisher-place': 'Madrid', 'year': 1681},
      None, 'full'),
    P("Woodrow Borah, Justice by Insurance: The General Indian Court of Colonial Mexico and the Legal Aides of the Half-Real (Berkeley: University of California Press, 1983), 120–25.",
      {'author': ['Borah'], 'title': 'Justice by Insurance: The General Indian Court of Colonial Mexico and the Legal Aides of the Half-Real',
       'publisher': 'University of California Press', 'publisher-place': 'Berkeley', 'year': 1983}, ('120-125', 'page'), 'full'),
    P("Ibid., 131.",
      {}, ('131', 'page'), 'ibid'),
    P("Tamar Herzog, “Communities Becoming a Nation: Spain and Spanish America in the Wake of Modernity (and Thereafter),” Citizenship Studies 11, no. 2 (2007): 151–72.",
      {'author': ['Herzog'], 'container-title': 'Citizenship Studies', 'volume': '11', 'issue': '2', 'year': 2007,
       'page': '151-172'}, None, 'full'),
    P("Stuart B. Schwartz, Segredos internos: engenhos e escravos na sociedade colonial, 1550-1835, trad. Laura Teixeira Motta (São Paulo: Companhia das Letras, 1988), p. 223.",
      {'author': ['Schwartz'], 'title': 'Segredos internos: engenhos e escravos na sociedade colonial, 1550-1835',
       'translator': ['Motta'], 'publisher': 'Companhia das Letras', 'publisher-place': 'São Paulo', 'year': 1988},
      ('223', 'page'), 'full'),
    P("Arquivo Histórico Ultramarino (AHU), Conselho Ultramarino, Brasil-Bahia, cx. 12, doc. 1034.",
      {'type': 'manuscript'}, None, 'full'),
    P("Arquivo Nacional da Torre do Tombo (ANTT), Chancelaria de D. João III, liv. 12, fl. 45v.",
      {'type': 'manuscript'}, ('45v', 'folio'), 'full'),
    P("Gruzinski, La colonización de lo imaginario, pp. 70-72.",
      {'author': ['Gruzinski'], 'title': 'La colonización de lo imaginario'}, ('70-72', 'page'), 'short'),
    P("Alejandro Cañeque, “The Political and Institutional History of Colonial Spanish America,” History Compass 11, no. 4 (2013): 280–91.",
      {'author': ['Cañeque'], 'title': 'The Political and Institutional History of Colonial Spanish America',
       'container-title': 'History Compass', 'volume': '11', 'issue': '4', 'year': 2013}, None, 'full'),
    P("Óscar Mazín y José Javier Ruiz Ibáñez (eds.), Las Indias Occidentales. Procesos de incorporación territorial a las Monarquías Ibéricas (México: El Colegio de México, 2012), pp. 15-20.",
      {'editor': ['Mazín', 'Ruiz Ibáñez'], 'publisher': 'El Colegio de México', 'publisher-place': 'México', 'year': 2012},
      ('15-20', 'page'), 'full'),
    P("Ídem, El gran teatro de las Indias: arzobispos y cabildo en la catedral de México (México: El Colegio de Michoacán, 2000), p. 44.",
      {'title': 'El gran teatro de las Indias: arzobispos y cabildo en la catedral de México',
       'publisher': 'El Colegio de Michoacán', 'year': 2000}, ('44', 'page'), 'idem'),
    P("Bernardo García Martínez, Los pueblos de la Sierra. El poder y el espacio entre los indios del norte de Puebla hasta 1700, México, El Colegio de México, 1987, p. 112.",
      {'author': ['García Martínez'], 'publisher': 'El Colegio de México', 'publisher-place': 'México', 'year': 1987},
      ('112', 'page'), 'full'),
    P("Carlos Sempat Assadourian, “La despoblación indígena en Perú y Nueva España durante el siglo XVI y la formación de la economía colonial”, Historia Mexicana, vol. 38, núm. 3, 1989, pp. 419-453.",
      {'author': ['Sempat Assadourian'], 'container-title': 'Historia Mexicana', 'volume': '38', 'issue': '3', 'year': 1989,
       'page': '419-453'}, None, 'full'),
    P("García Martínez, op. cit., p. 130.",
      {'author': ['García Martínez']}, ('130', 'page'), 'op-cit'),  # (kind corrected from "short" to the project's op-cit)
    P("Kenneth Mills, Idolatry and Its Enemies: Colonial Andean Religion and Extirpation, 1640–1750 (Princeton, NJ: Princeton University Press, 1997), 53n12.",
      {'author': ['Mills'], 'title': 'Idolatry and Its Enemies: Colonial Andean Religion and Extirpation, 1640–1750',
       'publisher': 'Princeton University Press', 'year': 1997}, None, 'full'),
    P("Laura de Mello e Souza, O diabo e a Terra de Santa Cruz: feitiçaria e religiosidade popular no Brasil colonial (São Paulo: Companhia das Letras, 1986), p. 151.",
      {'author': ['Mello e Souza'], 'publisher': 'Companhia das Letras', 'publisher-place': 'São Paulo', 'year': 1986},
      ('151', 'page'), 'full'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_heldout_note(note: str, expected: dict[str, Any], occurrence: tuple[str, str] | None, kind: str,
                      check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)
