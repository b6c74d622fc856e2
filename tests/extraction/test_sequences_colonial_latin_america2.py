"""Whole footnotes of colonial Latin America and the Iberian empires, a second, held-out table (round 12).

Written after the fixes made for ``test_sequences_colonial_latin_america.py``, before citekit read these
notes: the Portuguese Inquisition (ANTT processes with their folhas, "Idem, fl. 20" after a file, "ob. cit.",
"Id., ibid.", an op. cit. of two co-authors one of whom also wrote alone), the Río de la Plata in Spanish
(a double surname, "Halperín Donghi", in short forms and op. cit.; AGN Buenos Aires shelf-marks; a
subtitle that opens with a city, "Buenos Aires, el Atlántico …"; "Ídem" before an article; "vid.",
"cfr.", "véase también"; a note that goes on to a second work after a sentence) and colonial Brazil in
English (APEB volumes and documents).  23 of the 30 read right before any fix of their own (two ANTT
"proc." files, an AGN-BA shelf-mark "Sala IX, 8-10-3", the subtitle after "siglo XVII." cut off as a
second work, with the "art. cit." after it, a second sentence opening "En sentido contrario, véase …", an
APEB "vol. 7, doc. 46, fls."); all 30 after.  Each row: the note, then per citation (kind, a word of the title of
the entry it points to or None, the locator; ranges expanded).
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, list[tuple[str, "str | None", "str | None"]]]

SECOND: dict[str, list[Row]] = {
    'inquisicao_lisboa': [
        ('Francisco Bethencourt, História das Inquisições: Portugal, Espanha e Itália, séculos XV-XIX, São Paulo, '
         'Companhia das Letras, 2000, pp. 95-97.',
         [('full', 'História das Inquisições', '95-97')]),
        ('ANTT, Inquisição de Lisboa, proc. 5477, fls. 12-15v.',
         [('full', None, '12-15v')]),
        ('Idem, fl. 20.',
         [('ibid', None, '20')]),
        ('Ver também José Pedro Paiva, Baluartes da fé e da disciplina: o enlace entre a Inquisição e os bispos '
         'em Portugal (1536-1750), Coimbra, Imprensa da Universidade de Coimbra, 2011, p. 210.',
         [('full', 'Baluartes da fé', '210')]),
        ('Bethencourt, ob. cit., p. 130; Paiva, Baluartes da fé, pp. 215-216.',
         [('op-cit', 'História das Inquisições', '130'), ('short', 'Baluartes da fé', '215-216')]),
        ('Ibidem.',
         [('ibid', 'Baluartes da fé', None)]),
        ('Giuseppe Marcocci e José Pedro Paiva, História da Inquisição portuguesa (1536-1821), Lisboa, A Esfera '
         'dos Livros, 2013, p. 45.',
         [('full', 'Inquisição portuguesa', '45')]),
        ('Marcocci e Paiva, op. cit., p. 50.',
         [('op-cit', 'Inquisição portuguesa', '50')]),
        ('Sobre os cristãos-novos, ver Anita Novinsky, Cristãos novos na Bahia, São Paulo, Perspectiva, 1972, '
         'p. 60, e Bethencourt, História das Inquisições, p. 140.',
         [('full', 'Cristãos novos', '60'), ('short', 'História das Inquisições', '140')]),
        ('ANTT, Inquisição de Lisboa, proc. 5477, fl. 30v.',
         [('full', None, '30v')]),
        ('Novinsky, op. cit., p. 75.',
         [('op-cit', 'Cristãos novos', '75')]),
        ('Id., ibid., p. 80.',
         [('ibid', 'Cristãos novos', '80')]),
    ],
    'rio_de_la_plata': [
        ('Tulio Halperín Donghi, Revolución y guerra. Formación de una elite dirigente en la Argentina criolla, '
         'Buenos Aires, Siglo XXI, 1972, p. 40.',
         [('full', 'Revolución y guerra', '40')]),
        ('Halperín Donghi, Revolución y guerra, p. 55.',
         [('short', 'Revolución y guerra', '55')]),
        ('Archivo General de la Nación, Buenos Aires (en adelante AGN-BA), Sala IX, 8-10-3, f. 14.',
         [('full', None, '14')]),
        ('AGN-BA, Sala IX, 8-10-3, fs. 15-16; véase también AGI, Buenos Aires, 312, f. 2.',
         [('full', None, '15-16'), ('full', None, '2')]),
        ('Zacarías Moutoukias, Contrabando y control colonial en el siglo XVII. Buenos Aires, el Atlántico y el '
         'espacio peruano, Buenos Aires, Centro Editor de América Latina, 1988, pp. 110-112.',
         [('full', 'Contrabando y control', '110-112')]),
        ('Ídem, «Burocracia, contrabando y autotransformación de las elites. Buenos Aires en el siglo XVII», '
         'Anuario IEHS, núm. 3, 1988, pp. 213-248.',
         [('idem', 'Burocracia, contrabando', None)]),
        ('Moutoukias, art. cit., p. 220.',
         [('op-cit', 'Burocracia, contrabando', '220')]),
        ('Moutoukias, Contrabando y control, p. 130.',
         [('short', 'Contrabando y control', '130')]),
        ('Vid. Carlos Sempat Assadourian, El sistema de la economía colonial. Mercado interno, regiones y espacio '
         'económico, Lima, IEP, 1982, p. 18.',
         [('full', 'sistema de la economía colonial', '18')]),
        ('Sempat Assadourian, op. cit., p. 25; cfr. Halperín Donghi, op. cit., p. 60.',
         [('op-cit', 'sistema de la economía colonial', '25'), ('op-cit', 'Revolución y guerra', '60')]),
        ('Ibídem, pp. 61-62.',
         [('ibid', 'Revolución y guerra', '61-62')]),
        ('Así lo sostiene Halperín Donghi (Revolución y guerra, p. 70). En sentido contrario, véase Moutoukias, '
         'Contrabando y control, p. 140.',
         [('short', 'Revolución y guerra', '70'), ('short', 'Contrabando y control', '140')]),
    ],
    'brazil_english': [
        ('Stuart B. Schwartz, Sugar Plantations in the Formation of Brazilian Society: Bahia, 1550–1835 '
         '(Cambridge: Cambridge University Press, 1985), 98.',
         [('full', 'Sugar Plantations', '98')]),
        ('Arquivo Público do Estado da Bahia (hereafter APEB), Ordens régias, vol. 7, doc. 45, fl. 3.',
         [('full', None, '3')]),
        ('APEB, Ordens régias, vol. 7, doc. 46, fls. 4–5v.',
         [('full', None, '4-5v')]),
        ('Schwartz, op. cit., 102; see also Dauril Alden, Royal Government in Colonial Brazil (Berkeley: '
         'University of California Press, 1968), 45.',
         [('op-cit', 'Sugar Plantations', '102'), ('full', 'Royal Government', '45')]),
        ('Alden, Royal Government, 50–51.',
         [('short', 'Royal Government', '50-51')]),
        ('Ibid., 52.',
         [('ibid', 'Royal Government', '52')]),
    ],
}

#: written after the fixes for the two tables, to hold them: forms met while probing beyond the tables ("cit."
#: after a double surname, "Id., pág. 62", an AGI legajo by its bare number after a two-word section, an AGN
#: volume and expediente, the Resgate project's AHU code, "Ib.", a short title before "pp. 310-12, esp. p. 311",
#: a short form after a Portuguese lead-in ending in "em", a signal after a lead-in, "Idem, ibidem")
HELD: dict[str, list[Row]] = {
    'held_forms': [
        ('Pedro Pérez Herrero, Comercio y mercados en América Latina colonial, Madrid, Mapfre, 1992, págs. 45-50.',
         [('full', 'Comercio y mercados', '45-50')]),
        ('Pérez Herrero, cit., pág. 60.',
         [('op-cit', 'Comercio y mercados', '60')]),
        ('Id., pág. 62.',
         [('ibid', 'Comercio y mercados', '62')]),
        ('AGI, Indiferente General, 1530, f. 4v; AGI, Contaduría, 1680, fs. 12-13.',
         [('full', None, '4v'), ('full', None, '12-13')]),
        ('AGN, Inquisición, vol. 1234, exp. 5, fs. 23-25v.',
         [('full', None, '23-25v')]),
        ('Ibíd., f. 26.',
         [('ibid', None, '26')]),
        ('AHU_ACL_CU_005, Cx. 12, D. 1034.',
         [('full', None, None)]),
        ('David A. Brading, Orbe indiano. De la monarquía católica a la república criolla, 1492-1867, México, FCE, '
         '1991, p. 300.',
         [('full', 'Orbe indiano', '300')]),
        ('Brading, Orbe indiano, pp. 310-12, esp. p. 311.',
         [('short', 'Orbe indiano', '311')]),
        ('Ronaldo Vainfas, Trópico dos pecados: moral, sexualidade e Inquisição no Brasil, Rio de Janeiro, Campus, '
         '1989, p. 150. O argumento é retomado em Mello e Souza, O diabo e a Terra de Santa Cruz, p. 200.',
         [('full', 'Trópico dos pecados', '150'), ('short', 'diabo e a Terra', '200')]),
        ('Sobre esto, véase el clásico estudio de John H. Elliott, Imperios del mundo atlántico. España y Gran '
         'Bretaña en América (1492-1830), Madrid, Taurus, 2006, esp. p. 200.',
         [('full', 'Imperios del mundo atlántico', '200')]),
        ('Elliott, op. cit., t. I, p. 210.',
         [('op-cit', 'Imperios del mundo atlántico', '210')]),
        ('Lo afirma el virrey en su relación (Elliott, Imperios, p. 220).',
         [('short', 'Imperios del mundo atlántico', '220')]),
        ('Magnus Mörner, La Corona española y los foráneos en los pueblos de indios de América, Estocolmo, '
         'Almqvist & Wiksell, 1970, p. 30. Para el caso peruano, véase Pérez Herrero, Comercio y mercados, p. 40.',
         [('full', 'Corona española', '30'), ('short', 'Comercio y mercados', '40')]),
        ('Idem, ibidem, p. 5.',
         [('ibid', 'Comercio y mercados', '5')]),
        ('ANTT, Mesa da Consciência e Ordens, maço 12, n.º 3.',
         [('full', None, None)]),
        ('Ib., fl. 4.',
         [('ibid', None, '4')]),
        ('Véase, por ejemplo, John Lynch, Administración colonial española, 1782-1810. El sistema de intendencias '
         'en el Virreinato del Río de la Plata, Buenos Aires, Eudeba, 1962, p. 88.',
         [('full', 'Administración colonial', '88')]),
        ('Sobre o tema, ver, por exemplo, Charles R. Boxer, A idade de ouro do Brasil, 3.ª ed., Rio de Janeiro, '
         'Nova Fronteira, 2000, pp. 150-155.',
         [('full', 'idade de ouro', '150-155')]),
        ('Lynch, op. cit., passim; Boxer, A idade de ouro, p. 160; ibíd., p. 161.',
         [('op-cit', 'Administración colonial', 'passim'), ('short', 'idade de ouro', '160'),
          ('ibid', 'idade de ouro', '161')]),
        ('Lynch, Administración colonial, 90–95, esp. 92.',
         [('short', 'Administración colonial', '92')]),
        ('AGI, Charcas, 426, s/f.',
         [('full', None, None)]),
        ('Cf. AGI, Lima, 110; AGI, Lima, 111.',
         [('full', None, None), ('full', None, None)]),
        ('AHN, Inquisición, leg. 1647, exp. 3, fols. 5v–7r; AGI, Patronato, 231, N. 4, R. 7.',
         [('full', None, '5v-7r'), ('full', None, None)]),
        ('Ibid., fol. 8r.',
         [('ibid', None, '8r')]),
        ('AGI, Patronato, 231, N. 4, R. 7; AGI, Lima, 110, fs. 3 y 5v.',
         [('full', None, None), ('full', None, '3 y 5v')]),
        ('Apud Boxer, A idade de ouro, p. 170.',
         [('short', 'idade de ouro', '170')]),
        ('Kenneth J. Andrien, Crisis and Decline: The Viceroyalty of Peru in the Seventeenth Century, Albuquerque, '
         '1985, p. 10, y Kenneth J. Andrien, Andean Worlds: Indigenous History, Culture, and Consciousness under '
         'Spanish Rule, 1532-1825, Albuquerque, 2001, p. 20.',
         [('full', 'Crisis and Decline', '10'), ('full', 'Andean Worlds', '20')]),
        ('Andrien, Andean Worlds, pp. 22 y 30. El autor insiste en el punto en otro lugar (Crisis and Decline, '
         'p. 15).',
         [('short', 'Andean Worlds', '22 y 30'), ('short', 'Crisis and Decline', '15')]),
        ('Idem, Crisis and Decline, p. 16.',
         [('idem', 'Crisis and Decline', '16')]),
    ],
}

KNOWN_MISSES: dict[tuple[str, int], str] = {}

ALL: dict[str, list[Row]] = {**SECOND, **HELD}


def test_note(sequence_case: tuple[str, int], check_sequence_case: Any) -> None:
    check_sequence_case(sequence_case)
