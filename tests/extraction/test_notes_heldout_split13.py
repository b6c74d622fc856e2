"""Fourteen notes of an article on colonial Spanish America (two works in one Spanish-style note joined by
"y" and "véase también", an "Ibid." with a page, archival citations by legajo and expediente beside a
printed source, "Ídem" before a second book, an "op. cit." short form with a compound surname, a
Portuguese note with "cf."), written by the integrator on 2026-11-28 (12:25 UTC) and kept from the
seventeenth rounds' authors, whose briefs named the domain only. Per note: its citations' kind, a word
of the title of the entry each points to, and the locator (None: not compared).

Against the code before the round: 11 of 14 right (the ten first notes all right; misses: one of the four
added notes with a citation read as short where it is full, "Gibson, ob. cit.", the short title inside a
parenthesis after a quotation).
After the round: 13 of 14; the one left is pinned as a strict xfail.
"""

from __future__ import annotations

from typing import Any

from citekit.model import Document

NOTES = [
    ('Véase Woodrow Borah, El Juzgado General de Indios en la Nueva España (México: Fondo de Cultura Económica, 1985), p. 45; y Charles Gibson, Los aztecas bajo el dominio español, 1519-1810 (México: Siglo XXI, 1967), pp. 166-170.',
     [('full', 'Juzgado General de Indios', '45'), ('full', 'aztecas bajo el dominio', '166-170')]),
    ('Ibid., p. 172.',
     [('ibid', 'aztecas bajo el dominio', '172')]),
    ('Archivo General de la Nación (AGN), Indios, vol. 6, exp. 1012, f. 275v; AGI, México, leg. 1064, f. 3.',
     [('full', None, '275v'), ('full', None, '3')]),
    ('Sobre los tributos, véase José Miranda, El tributo indígena en la Nueva España durante el siglo XVI (México: El Colegio de México, 1952), p. 88.',
     [('full', 'tributo indígena', '88')]),
    ('Borah, El Juzgado General, p. 60; Gibson, Los aztecas, p. 180.',
     [('short', 'Juzgado General de Indios', '60'), ('short', 'aztecas bajo el dominio', '180')]),
    ('Ídem, España y México: las relaciones económicas (México: UNAM, 1962), p. 12.',
     [('idem', 'España y México', '12')]),
    ('Bernardo García Martínez, Los pueblos de la Sierra (México: El Colegio de México, 1987), p. 99; véase también Miranda, El tributo indígena, p. 90.',
     [('full', 'pueblos de la Sierra', '99'), ('short', 'tributo indígena', '90')]),
    ('García Martínez, op. cit., p. 104.',
     [('op-cit', 'pueblos de la Sierra', '104')]),
    ('Cf. Stuart B. Schwartz, Segredos internos: engenhos e escravos na sociedade colonial (São Paulo: Companhia das Letras, 1988), p. 223.',
     [('full', 'Segredos internos', '223')]),
    ('Felipe Castro Gutiérrez, “Los ires y devenires del fundo legal de los pueblos de indios”, en Castro Gutiérrez (coord.), De la historia económica a la historia social y cultural (México: UNAM, 2015), pp. 69-104, esp. p. 80.',
     [('full', 'fundo legal', '80')]),
    ('Ibídem, pp. 85-86. La cédula real de 1591 se publicó en Richard Konetzke (ed.), Colección de documentos para la historia de la formación social de Hispanoamérica, 1493-1810, 3 vols. (Madrid: CSIC, 1953-1962), vol. 1, p. 611.',
     [('ibid', 'fundo legal', '85-86'), ('full', 'Colección de documentos', '611')]),
    ('AGI, Patronato, 20, N.5, R.22; Biblioteca Nacional de España (BNE), Ms. 3044, ff. 12-15.',
     [('full', None, None), ('full', None, '12-15')]),
    ('Gibson, ob. cit., p. 200; Konetzke, Colección de documentos, vol. 2, p. 14.',
     [('op-cit', 'aztecas bajo el dominio', '200'), ('short', 'Colección de documentos', '14')]),
    ('Como afirma Schwartz, “o engenho era uma sociedade” (Segredos internos, p. 240).',
     [('short', 'Segredos internos', '240')]),
]


#: index -> reason, a strict xfail each
KNOWN_MISSES = {
    12: "'Gibson, ob. cit.' is not linked to Gibson's book cited in notes 1 and 5 (its entry has no title)",
}


def test_heldout_note(document: Document, held_out_index: int, check_linked_note: Any) -> None:
    check_linked_note(document, held_out_index, NOTES[held_out_index][1])
