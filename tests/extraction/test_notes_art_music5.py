"""Extraction round 10, fifth batch: art history and musicology notes with commentary and harder forms.

Written before citekit read them, after the fourth batch read right: commentary sentences before, between
and after citations; a work of art in brackets after its title; a sale catalogue; a recording; a work of
music cited by its catalogue number inside a sentence; an online catalogue; a Rubens catalogue and a
Rubens monograph both short-titled "Rubens"; Spanish "ibíd." and "op. cit.".  Each row: the note, then
per citation (kind, a word of the title of the entry it points to or None, the locator; ranges expanded).
22 of the 24 read right before this batch's fixes.  One row was written wrong and corrected after the first
run: a sale catalogue's lot ("…, lot 14") is the place cited in it, its locator (a number).
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, list[tuple[str, "str | None", "str | None"]]]

FIFTH: dict[str, list[Row]] = {
    'rubens_en': [
        ('On the commission see Kristin Lohse Belkin, Rubens (London: Phaidon, 1998), 120–24.',
         [('full', 'Rubens', '120-124')]),
        ('Rubens: The Power of Transformation, exh. cat. (Vienna: Kunsthistorisches Museum, 2017), 88, '
         'cat. no. 19.',
         [('full', 'Power of Transformation', '88')]),
        ('Belkin, Rubens, 130. The attribution of the oil sketch has been questioned by several scholars.',
         [('short', 'Rubens', '130')]),
        ('Rubens: The Power of Transformation, 90.',
         [('short', 'Power of Transformation', '90')]),
        ('Peter C. Sutton, The Age of Rubens (Boston: Museum of Fine Arts, 1993), 45; Svetlana Alpers, '
         'The Making of Rubens (New Haven: Yale University Press, 1995), 12.',
         [('full', 'Age of Rubens', '45'), ('full', 'Making of Rubens', '12')]),
        ('Ibid., 15.',
         [('ibid', 'Making of Rubens', '15')]),
        ('Sutton, Age of Rubens, 50; Alpers, Making of Rubens, 20.',
         [('short', 'Age of Rubens', '50'), ('short', 'Making of Rubens', '20')]),
        ('As Alpers notes, the painter\'s studio was "a kind of factory"; Alpers, Making of Rubens, 25.',
         [('short', 'Making of Rubens', '25')]),
        ('Old Master Paintings, sale cat., Christie\'s, London, 7 July 2015, lot 14.',
         [('full', 'Old Master Paintings', '14')]),
        ('Belkin, Rubens, 140; Rubens: The Power of Transformation, 95.',
         [('short', 'Rubens', '140'), ('short', 'Power of Transformation', '95')]),
    ],
    'opera_en': [
        ('Giuseppe Verdi, La traviata, ed. Fabrizio Della Seta, The Works of Giuseppe Verdi, ser. 1, vol. 19 '
         '(Chicago: University of Chicago Press; Milan: Ricordi, 1997), xxi.',
         [('full', 'traviata', 'xxi')]),
        ('Julian Budden, The Operas of Verdi, vol. 2, From Il trovatore to La forza del destino (London: '
         'Cassell, 1978), 115.',
         [('full', 'Operas of Verdi', '115')]),
        ('Roger Parker, Leonora\'s Last Act: Essays in Verdian Discourse (Princeton: Princeton University '
         'Press, 1997), 42.',
         [('full', 'Last Act', '42')]),
        ('Budden, Operas of Verdi, 2:120; Parker, Leonora\'s Last Act, 45.',
         [('short', 'Operas of Verdi', '2:120'), ('short', 'Last Act', '45')]),
        ('Ibid., 48.',
         [('ibid', 'Last Act', '48')]),
        ('Verdi to Francesco Maria Piave, 1 January 1853, in I copialettere di Giuseppe Verdi, ed. Gaetano '
         'Cesari and Alessandro Luzio (Milan: Stucchi Ceretti, 1913), 497.',
         [('full', 'Piave', '497')]),
        ('Carolyn Abbate and Roger Parker, A History of Opera (New York: Norton, 2012), 300.',
         [('full', 'History of Opera', '300')]),
        ('Abbate and Parker, History of Opera, 305. For the opposite view, see Budden, Operas of Verdi, 2:125.',
         [('short', 'History of Opera', '305'), ('short', 'Operas of Verdi', '2:125')]),
    ],
    'goya_es': [
        ('Nigel Glendinning, Goya y sus críticos, Madrid, Taurus, 1982, p. 99.',
         [('full', 'Goya y sus críticos', '99')]),
        ('Ibíd., p. 101.',
         [('ibid', 'Goya y sus críticos', '101')]),
        ('Francisco de Goya, El tres de mayo de 1808 en Madrid, 1814, óleo sobre lienzo, Madrid, Museo '
         'Nacional del Prado, P000749.',
         [('full', 'tres de mayo', None)]),
        ('Valeriano Bozal, Goya. Vida y obra, Madrid, TF Editores, 2005, vol. 2, p. 150.',
         [('full', 'Vida y obra', '150')]),
        ('Glendinning, op. cit., p. 110; Bozal, op. cit., p. 155.',
         [('op-cit', 'Goya y sus críticos', '110'), ('op-cit', 'Vida y obra', '155')]),
        ('Ibíd., p. 160.',
         [('ibid', 'Vida y obra', '160')]),
    ],
}

KNOWN_MISSES: dict[tuple[str, int], str] = {}

ALL: dict[str, list[Row]] = {**FIFTH}


def test_note(sequence_case: tuple[str, int], check_sequence_case: Any) -> None:
    check_sequence_case(sequence_case)
