"""Ten notes of a philosophy-and-theology article (Kant by the Academy edition's volume and page, Aquinas
by question and article, Augustine with the CCSL volume, German, French and English books, "Ebd.",
"op. cit.", a commentary sentence around a citation), written by the integrator on 2026-11-28 (07:50 UTC)
and kept from the fourteenth rounds' authors, whose briefs named the domain only. 8 of 10 were right at the rounds' start (after round 13) and 9 after parser
round 14 and extraction round 9; 10/10 after the integrator's rule for a main title with "and" read into the
author span ("Jean Porter, Natural and Divine Law:"), a development figure. Per note: its
citations' kind, a word of the title of the entry each points to, and the locator (None: not compared).
"""

from __future__ import annotations

from typing import Any

from citekit.model import Document

NOTES = [
    ('Vgl. Immanuel Kant, Grundlegung zur Metaphysik der Sitten, AA 4, 421.',
     [('full', 'Grundlegung zur Metaphysik der Sitten', '421')]),
    ('Ebd., 429.',
     [('ibid', 'Grundlegung zur Metaphysik der Sitten', '429')]),
    ('Thomas Aquinas, Summa theologiae I-II, q. 94, a. 2; cf. Jean Porter, Natural and Divine Law: Reclaiming the Tradition for Christian Ethics (Grand Rapids: Eerdmans, 1999), 85–90.',
     [('full', 'Summa theologiae', None), ('full', 'Natural and Divine Law', '85-90')]),
    ('Porter, Natural and Divine Law, 92.',
     [('short', 'Natural and Divine Law', '92')]),
    ('Martin Heidegger, Sein und Zeit, Tübingen: Niemeyer 1927, 42; Emmanuel Levinas, Totalité et infini. Essai sur l’extériorité, La Haye, Martinus Nijhoff, 1961, p. 21.',
     [('full', 'Sein und Zeit', '42'), ('full', 'Totalité et infini', '21')]),
    ('Heidegger, Sein und Zeit, 44.',
     [('short', 'Sein und Zeit', '44')]),
    ('Levinas, Totalité et infini, op. cit., p. 24.',
     [('short', 'Totalité et infini', '24')]),
    ('Augustine, Confessiones 10.8.12 (CCSL 27, 161).',
     [('full', 'Confessiones', None)]),
    ('See the discussion in Charles Taylor, A Secular Age (Cambridge, MA: Belknap Press of Harvard University Press, 2007), 25–89, which takes up the question from a different angle.',
     [('full', 'A Secular Age', '25-89')]),
    ('Taylor, A Secular Age, 30; Porter, Natural and Divine Law, 95.',
     [('short', 'A Secular Age', '30'), ('short', 'Natural and Divine Law', '95')]),
]


def test_heldout_note(document: Document, held_out_index: int, check_linked_note: Any) -> None:
    check_linked_note(document, held_out_index, NOTES[held_out_index][1])
