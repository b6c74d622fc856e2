"""Eight notes of a Soviet-history article citing Russian scholarship in the Russian manner (См., Там же,
Указ. соч., С.), a Russian archive and English books, written by the integrator on 2026-11-28 (05:00 UTC)
and kept from the eleventh parser round's author. 6 of 8 were right before that round (25ab367) and 6
after it; the integrator's two rules after it (a citation opening with surname and initials has no
lead-in before its imprint's colon; a pinpoint alone after a full stop, "1985. P. 12.", belongs to the
citation) make 8/8, a development figure. Per note: its citations' kind, a word of the title of the entry
each points to, and the locator (None: not compared).
"""

from __future__ import annotations

from typing import Any

from citekit.model import Document

NOTES = [
    ('См.: Хлевнюк О. В. Хозяин. Сталин и утверждение сталинской диктатуры. М.: РОССПЭН, 2010. С. 245; Getty J. A. Origins of the Great Purges. Cambridge: Cambridge University Press, 1985. P. 12.',
     [('full', 'Хозяин', '245'), ('full', 'Origins of the Great Purges', '12')]),
    ('Там же. С. 250.',
     [('ibid', 'Origins of the Great Purges', '250')]),
    ('ГАРФ. Ф. Р-9401. Оп. 1. Д. 4157. Л. 201–203.',
     [('full', None, None)]),
    ('Там же. Л. 205.',
     [('ibid', None, '205')]),
    ('Хлевнюк О. В. Указ. соч. С. 260.',
     [('op-cit', 'Хозяин', '260')]),
    ('Oleg Khlevniuk, Master of the House: Stalin and His Inner Circle (New Haven: Yale University Press, 2009), 170.',
     [('full', 'Master of the House', '170')]),
    ('Khlevniuk, Master of the House, 172.',
     [('short', 'Master of the House', '172')]),
    ('RGASPI, f. 17, op. 162, d. 21, l. 45; ibid., l. 46.',
     [('full', None, '45'), ('ibid', None, '46')]),
]


def test_heldout_note(document: Document, held_out_index: int, check_linked_note: Any) -> None:
    check_linked_note(document, held_out_index, NOTES[held_out_index][1])
