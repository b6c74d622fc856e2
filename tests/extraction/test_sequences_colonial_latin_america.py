"""Whole footnotes of the history of colonial Latin America and the Iberian empires, in sequence.

Written before citekit read them (extraction round 12): the cabildo of Lima in a Spanish article (AGI
shelf-marks with their foja, "Ibídem", "Ídem", "op. cit.", "art. cit.", "loc. cit.", compound surnames as
authors of short forms, "t. I, p. 88", "esp. p. 80", "cfr."/"véase"/"véase también" and "y" between works,
a short title in brackets after a quotation); colonial Brazil in a Portuguese one (AHU and ANTT shelf-marks
with caixa, documento, livro and folha, "Id.", "Idem", "ob. cit.", "ver"/"ver também"/"e" between works);
New Spain in an English one (AGN volumes and expedientes, a note that goes on to a second work after a
sentence).  51 of the 66 read right before any fix of round 12; 65 after, the one left a strict xfail
(``KNOWN_MISSES``: a bare "Loc. cit." after a note citing two works stays unresolved by the project's rule).
Each row: the note, then per citation (kind, a word of the title of the entry it points to or None, the
locator; ranges expanded).
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, list[tuple[str, "str | None", "str | None"]]]

FIRST: dict[str, list[Row]] = {
    'cabildo_lima': [
        ('Guillermo Lohmann Villena, Los regidores perpetuos del Cabildo de Lima (1535-1821). Crónica y estudio '
         'de un grupo de gestión, Sevilla, Diputación Provincial de Sevilla, 1983, t. I, p. 88.',
         [('full', 'regidores perpetuos', '88')]),
        ('Ibídem, p. 92.',
         [('ibid', 'regidores perpetuos', '92')]),
        ('Archivo General de Indias (en adelante AGI), Lima, 110, f. 23v.',
         [('full', None, '23v')]),
        ('AGI, Lima, 110, fs. 25-27; AGI, Escribanía, 1020A, f. 4.',
         [('full', None, '25-27'), ('full', None, '4')]),
        ('Véase Alfredo Moreno Cebrián, El corregidor de indios y la economía peruana del siglo XVIII (los '
         'repartos forzosos de mercancías), Madrid, CSIC, 1977, pp. 130-145.',
         [('full', 'corregidor de indios', '130-145')]),
        ('Lohmann Villena, Los regidores, p. 9.',
         [('short', 'regidores perpetuos', '9')]),
        ('Moreno Cebrián, op. cit., p. 150.',
         [('op-cit', 'corregidor de indios', '150')]),
        ('Sobre esto, cfr. Kenneth J. Andrien, Crisis and Decline: The Viceroyalty of Peru in the Seventeenth '
         'Century, Albuquerque, University of New Mexico Press, 1985, pp. 45-47, y Lohmann Villena, op. cit., '
         't. II, p. 30.',
         [('full', 'Crisis and Decline', '45-47'), ('op-cit', 'regidores perpetuos', '30')]),
        ('Ídem, p. 50.',
         [('ibid', 'regidores perpetuos', '50')]),
        ('Juan de Solórzano Pereira, Política indiana, Madrid, Diego Díaz de la Carrera, 1648, lib. V, cap. 1, '
         'p. 742.',
         [('full', 'Política indiana', '742')]),
        ('Ibid., p. 745.',
         [('ibid', 'Política indiana', '745')]),
        ('Alberto Flores Galindo, «La nobleza de Lima», en Aristocracia y plebe. Lima, 1760-1830, Lima, Mosca '
         'Azul, 1984, pp. 57-102, esp. p. 80.',
         [('full', 'nobleza de Lima', '80')]),
        ('Flores Galindo, art. cit., p. 85.',
         [('op-cit', 'nobleza de Lima', '85')]),
        ('AGI, Lima, 110, f. 30.',
         [('full', None, '30')]),
        ('Ibídem, f. 31v.',
         [('ibid', None, '31v')]),
        ('Para una comparación con Nueva España, véase Bernardo García Martínez, Los pueblos de la Sierra. El '
         'poder y el espacio entre los indios del norte de Puebla hasta 1700, México, El Colegio de México, '
         '1987, p. 120.',
         [('full', 'pueblos de la Sierra', '120')]),
        ('García Martínez, op. cit., p. 130.',
         [('op-cit', 'pueblos de la Sierra', '130')]),
        ('Como señala Lohmann Villena, «los regidores formaban una oligarquía cerrada» (Los regidores, t. I, '
         'p. 140).',
         [('short', 'regidores perpetuos', '140')]),
        ('Andrien, Crisis and Decline, pp. 60-61; véase también Moreno Cebrián, El corregidor de indios, '
         'p. 200.',
         [('short', 'Crisis and Decline', '60-61'), ('short', 'corregidor de indios', '200')]),
        ('Loc. cit.',
         [('op-cit', 'corregidor de indios', None)]),
        ('Lohmann Villena, Los regidores, t. II, págs. 12-14.',
         [('short', 'regidores perpetuos', '12-14')]),
        ('Ibid.',
         [('ibid', 'regidores perpetuos', None)]),
    ],
    'brasil_colonial': [
        ('Charles R. Boxer, O império marítimo português, 1415-1825, São Paulo, Companhia das Letras, 2002, '
         'p. 45.',
         [('full', 'império marítimo', '45')]),
        ('Ibidem, p. 47.',
         [('ibid', 'império marítimo', '47')]),
        ('Arquivo Histórico Ultramarino (AHU), Conselho Ultramarino, Bahia, cx. 12, doc. 1034, fl. 2.',
         [('full', None, '2')]),
        ('AHU, Conselho Ultramarino, Bahia, cx. 12, doc. 1035, fls. 3-4v; ver também AHU, Conselho Ultramarino, '
         'Rio de Janeiro, cx. 5, doc. 410, fl. 1.',
         [('full', None, '3-4v'), ('full', None, '1')]),
        ('Stuart B. Schwartz, Segredos internos: engenhos e escravos na sociedade colonial, 1550-1835, São '
         'Paulo, Companhia das Letras, 1988, pp. 210-212.',
         [('full', 'Segredos internos', '210-212')]),
        ('Id., Burocracia e sociedade no Brasil colonial: o Tribunal Superior da Bahia e seus desembargadores, '
         '1609-1751, São Paulo, Companhia das Letras, 2011, p. 77.',
         [('idem', 'Burocracia e sociedade', '77')]),
        ('Schwartz, Segredos internos, p. 220; e Schwartz, Burocracia e sociedade, p. 80.',
         [('short', 'Segredos internos', '220'), ('short', 'Burocracia e sociedade', '80')]),
        ('Arquivo Nacional da Torre do Tombo (ANTT), Chancelaria de D. João V, liv. 45, fl. 120v.',
         [('full', None, '120v')]),
        ('Ibid., fl. 121.',
         [('ibid', None, '121')]),
        ('Sobre a câmara da Bahia, ver Charles R. Boxer, Portuguese Society in the Tropics: The Municipal '
         'Councils of Goa, Macao, Bahia, and Luanda, 1510-1800, Madison, University of Wisconsin Press, 1965, '
         'p. 72.',
         [('full', 'Portuguese Society', '72')]),
        ('Boxer, O império marítimo, p. 290; cf. Boxer, Portuguese Society, p. 110.',
         [('short', 'império marítimo', '290'), ('short', 'Portuguese Society', '110')]),
        ('Evaldo Cabral de Mello, Olinda restaurada: guerra e açúcar no Nordeste, 1630-1654, 3.ª ed., São '
         'Paulo, Editora 34, 2007, p. 155.',
         [('full', 'Olinda restaurada', '155')]),
        ('Cabral de Mello, ob. cit., p. 160.',
         [('op-cit', 'Olinda restaurada', '160')]),
        ('Laura de Mello e Souza, O diabo e a Terra de Santa Cruz, São Paulo, Companhia das Letras, 1986, '
         'p. 88.',
         [('full', 'diabo e a Terra', '88')]),
        ('Mello e Souza, O diabo, p. 93; Cabral de Mello, Olinda restaurada, p. 170.',
         [('short', 'diabo e a Terra', '93'), ('short', 'Olinda restaurada', '170')]),
        ('João Fragoso, «A nobreza da República: notas sobre a formação da primeira elite senhorial do Rio de '
         'Janeiro (séculos XVI e XVII)», Topoi, vol. 1, 2000, pp. 45-122, esp. p. 60.',
         [('full', 'nobreza da República', '60')]),
        ('Fragoso, art. cit., p. 70.',
         [('op-cit', 'nobreza da República', '70')]),
        ('Idem, p. 75.',
         [('ibid', 'nobreza da República', '75')]),
        ('AHU, Conselho Ultramarino, Bahia, cx. 12, doc. 1034, fl. 5.',
         [('full', None, '5')]),
        ('Como escreveu o governador, «a terra está perdida» (Schwartz, Segredos internos, p. 230).',
         [('short', 'Segredos internos', '230')]),
        ('«Os engenhos pararam por falta de escravos» (Olinda restaurada, p. 180).',
         [('short', 'Olinda restaurada', '180')]),
        ('Mello e Souza, op. cit., p. 100.',
         [('op-cit', 'diabo e a Terra', '100')]),
    ],
    'new_spain_english': [
        ('Charles Gibson, The Aztecs under Spanish Rule: A History of the Indians of the Valley of Mexico, '
         '1519–1810 (Stanford: Stanford University Press, 1964), 166.',
         [('full', 'Aztecs under Spanish Rule', '166')]),
        ('Ibid., 170–72.',
         [('ibid', 'Aztecs under Spanish Rule', '170-172')]),
        ('Archivo General de la Nación, Mexico City (hereafter AGN), Indios, vol. 6, exp. 312, f. 84.',
         [('full', None, '84')]),
        ('AGN, Tierras, vol. 2781, exp. 3, fs. 10–12v; AGN, Mercedes, vol. 4, fs. 5v–6.',
         [('full', None, '10-12v'), ('full', None, '5v-6')]),
        ('James Lockhart, The Nahuas after the Conquest: A Social and Cultural History of the Indians of Central '
         'Mexico, Sixteenth through Eighteenth Centuries (Stanford: Stanford University Press, 1992), 14–15; '
         'see also Gibson, Aztecs under Spanish Rule, 180.',
         [('full', 'Nahuas after the Conquest', '14-15'), ('short', 'Aztecs under Spanish Rule', '180')]),
        ('Woodrow Borah, Justice by Insurance: The General Indian Court of Colonial Mexico and the Legal Aides '
         'of the Half-Real (Berkeley: University of California Press, 1983), 90.',
         [('full', 'Justice by Insurance', '90')]),
        ('Borah, Justice by Insurance, 95; Lockhart, Nahuas after the Conquest, 210.',
         [('short', 'Justice by Insurance', '95'), ('short', 'Nahuas after the Conquest', '210')]),
        ('Ibid., 215.',
         [('ibid', 'Nahuas after the Conquest', '215')]),
        ('Susan Kellogg, Law and the Transformation of Aztec Culture, 1500–1700 (Norman: University of Oklahoma '
         'Press, 1995), 42. Kellogg’s reading of the litigation differs from Borah’s; cf. Borah, Justice by '
         'Insurance, 120.',
         [('full', 'Law and the Transformation', '42'), ('short', 'Justice by Insurance', '120')]),
        ('Antonio de León Pinelo, Tratado de confirmaciones reales (Madrid: Juan González, 1630), fol. 12v.',
         [('full', 'Tratado de confirmaciones', '12v')]),
        ('Ibid., fols. 14r–15v.',
         [('ibid', 'Tratado de confirmaciones', '14r-15v')]),
        ('Alejandro Cañeque, The King’s Living Image: The Culture and Politics of Viceregal Power in Colonial '
         'Mexico (New York: Routledge, 2004), 55.',
         [('full', 'Living Image', '55')]),
        ('Cañeque, King’s Living Image, 60; Gibson, Aztecs, 200.',
         [('short', 'Living Image', '60'), ('short', 'Aztecs under Spanish Rule', '200')]),
        ('AGN, Indios, vol. 6, exp. 313, f. 85v.',
         [('full', None, '85v')]),
        ('Ibid., f. 86.',
         [('ibid', None, '86')]),
        ('Brian P. Owensby, Empire of Law and Indian Justice in Colonial Mexico (Stanford: Stanford University '
         'Press, 2008), 130–31.',
         [('full', 'Empire of Law', '130-131')]),
        ('Owensby, op. cit., 140.',
         [('op-cit', 'Empire of Law', '140')]),
        ('On the General Indian Court, see Borah, Justice by Insurance, 80–85; and Owensby, Empire of Law, 50.',
         [('short', 'Justice by Insurance', '80-85'), ('short', 'Empire of Law', '50')]),
        ('Kellogg, Law and the Transformation, 60 (emphasis added).',
         [('short', 'Law and the Transformation', '60')]),
        ('The phrase is Gibson’s (Aztecs under Spanish Rule, 220).',
         [('short', 'Aztecs under Spanish Rule', '220')]),
        ('Cañeque, loc. cit.',
         [('op-cit', 'Living Image', None)]),
        ('Silvio Zavala, La encomienda indiana, 2nd ed. (Mexico City: Porrúa, 1973), 92.',
         [('full', 'encomienda indiana', '92')]),
    ],
}

KNOWN_MISSES: dict[tuple[str, int], str] = {
    ('cabildo_lima', 20): "a bare 'Loc. cit.' after a note citing two works (Andrien, then Moreno Cebrián) stays "
                          "unresolved, as test_notes_round3_split requires of 'Loc. cit.' and 'A.a.O.' there: the "
                          "reader would take the work cited last, but the project keeps a wrong link worse than none",
}

ALL: dict[str, list[Row]] = {**FIRST}


def test_note(sequence_case: tuple[str, int], check_sequence_case: Any) -> None:
    check_sequence_case(sequence_case)


def _ids(documents: dict[str, Any], name: str) -> list[list[str | None]]:
    return [[c.id for c in note.citations] for note in documents[name].notes]


def test_short_forms_by_two_surnames_link_to_the_first_citation(documents: dict[str, Any]) -> None:
    """"Lohmann Villena, Los regidores, p. 9" (and in brackets after a quotation, and with "t. II, págs.") is the
    book note 1 cites in full: a double surname, not a given name and a surname."""
    ids = _ids(documents, 'cabildo_lima')
    assert ids[5] == ids[17] == ids[20] == ids[0]
    assert ids[7][1] == ids[0][0]  # "Lohmann Villena, op. cit." after his one book


def test_a_file_cited_by_the_archive_s_name_and_then_by_its_siglum_is_one_entry(documents: dict[str, Any]) -> None:
    """"Archivo General de Indias (en adelante AGI), Lima, 110" and "AGI, Lima, 110"; "Arquivo Histórico Ultramarino
    (AHU), …, cx. 12, doc. 1034" and "AHU, …, cx. 12, doc. 1034": one file each, under its archive."""
    lima, brasil = _ids(documents, 'cabildo_lima'), _ids(documents, 'brasil_colonial')
    assert lima[2] == lima[13] == lima[14] and lima[3][0] == lima[2][0] and lima[3][1] != lima[2][0]
    assert brasil[2] == brasil[18] and brasil[3][0] != brasil[2][0]
    entries = {e["id"]: e for e in documents['cabildo_lima'].entries}
    assert entries[lima[2][0]]["type"] == "manuscript" and entries[lima[2][0]]["archive_location"] == "110"
