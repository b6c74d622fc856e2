"""Extraction round 9, fifth batch: whole footnotes of philosophy and theology, held out.

Written after the fourth batch's fixes and before citekit read them, to measure how far the round's
forms carry to notes it did not tune on: German ethics and phenomenology (Jonas, Edith Stein in her
collected edition ESGA, "Dies.", "(Anm. 4)", a Kantian siglum as a first citation), Aristotle by
abbreviated title, book.chapter and Bekker page, Simone Weil with "Ead." and "op. cit.", Cusanus by a
Roman book and chapter, French theology with "op. cit.".  Each row: the note, then per citation (kind,
a word of the title of the entry it points to or None, the locator; ranges expanded).  13 of the 15
read right before any fix of its own (a Roman book with a dotted chapter, "I.2", "II.3"), 15 after.
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, list[tuple[str, "str | None", "str | None"]]]

FIFTH: dict[str, list[Row]] = {
    'mixed_held_out': [
        ('Hans Jonas, Das Prinzip Verantwortung. Versuch einer Ethik für die technologische Zivilisation, '
         'Frankfurt a. M. 1979, 36.',
         [('full', 'Prinzip Verantwortung', '36')]),
        ('Ders., Gnosis und spätantiker Geist, Bd. 1, Göttingen 1934, 140.',
         [('idem', 'Gnosis', '140')]),
        ('Jonas, Prinzip Verantwortung, 40; vgl. auch Kant, GMS, AA IV, 429.',
         [('short', 'Prinzip Verantwortung', '40'), ('full', 'GMS', '429')]),
        ('Edith Stein, Endliches und ewiges Sein, ESGA 11/12, Freiburg i. Br. 2006, 60.',
         [('full', 'Endliches und ewiges Sein', '60')]),
        ('Dies., Zum Problem der Einfühlung, ESGA 5, Freiburg i. Br. 2008, 20.',
         [('idem', 'Einfühlung', '20')]),
        ('Stein, Endliches und ewiges Sein (Anm. 4), 75.',
         [('supra', 'Endliches und ewiges Sein', '75')]),
        ('Aristotle, Eth. Nic. 1.7, 1098a16.',
         [('full', None, '1098a16')]),
        ('Ibid. 2.6, 1106b36–1107a2.',
         [('ibid', None, '1106b36-1107a2')]),
        ('Simone Weil, La pesanteur et la grâce, Paris, Plon, 1947, p. 90.',
         [('full', 'pesanteur', '90')]),
        ('Ead., Attente de Dieu, Paris, La Colombe, 1950, p. 112.',
         [('idem', 'Attente de Dieu', '112')]),
        ('Weil, La pesanteur et la grâce, op. cit., p. 95 ; Ead., Attente de Dieu, op. cit., p. 115.',
         [('short', 'pesanteur', '95'), ('idem', 'Attente de Dieu', '115')]),
        ('Nicholas of Cusa, De docta ignorantia I.2.',
         [('full', 'De docta ignorantia', 'I.2')]),
        ('Ibid., II.3.',
         [('ibid', 'De docta ignorantia', 'II.3')]),
        ('Emmanuel Falque, Le passeur de Gethsémani, Paris, Cerf, 1999, p. 45-47.',
         [('full', 'passeur de Gethsémani', '45-47')]),
        ('Falque, op. cit., p. 50.',
         [('op-cit', 'passeur de Gethsémani', '50')]),
    ],
}

KNOWN_MISSES: dict[tuple[str, int], str] = {}

ALL: dict[str, list[Row]] = {**FIFTH}


def test_note(sequence_case: tuple[str, int], check_sequence_case: Any) -> None:
    check_sequence_case(sequence_case)
