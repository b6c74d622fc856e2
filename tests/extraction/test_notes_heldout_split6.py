"""A law-and-legal-history document of fifteen notes (US law reviews and cases with Id. and supra note N,
German treatises with "(Fn. 9)" and Ebd., a French treatise with op. cit.), written by the integrator on
2026-11-28 (04:28 UTC) and kept from the tenth parser round's author. All 15 were right before that
round (563a613) and after it: in-document linking of legal notes held. Per note: its citations' kind, a
word of the title of the entry each points to, and the locator (None: not compared).
"""

from __future__ import annotations

from typing import Any

from citekit.model import Document

NOTES = [
    ('See Morton J. Horwitz, The Transformation of American Law, 1780–1860 (Cambridge, MA: Harvard University Press, 1977), 31; see also Lawrence M. Friedman, A History of American Law, 3d ed. (New York: Simon & Schuster, 2005), 120–22.',
     [('full', 'Transformation of American Law', '31'), ('full', 'History of American Law', '120-122')]),
    ('Brown v. Board of Education, 347 U.S. 483, 495 (1954); Plessy v. Ferguson, 163 U.S. 537, 551 (1896).',
     [('full', 'Brown', '495'), ('full', 'Plessy', '551')]),
    ('Id. at 552.',
     [('ibid', 'Plessy', '552')]),
    ('Horwitz, supra note 1, at 35.',
     [('supra', 'Transformation of American Law', '35')]),
    ('On the common law courts, see Robert W. Gordon, Critical Legal Histories, 36 Stan. L. Rev. 57, 70 (1984), and, for a different view, Friedman, supra note 1, at 130.',
     [('full', 'Critical Legal Histories', '70'), ('supra', 'History of American Law', '130')]),
    ('Gordon, supra note 5, at 72–73.',
     [('supra', 'Critical Legal Histories', '72-73')]),
    ('Ibid.',
     [('ibid', 'Critical Legal Histories', None)]),
    ('The point was not lost on contemporaries, who read the decision as a rebuke to the state courts.',
     []),
    ('Franz Wieacker, Privatrechtsgeschichte der Neuzeit, 2. Aufl., Göttingen 1967, S. 97; Helmut Coing, Europäisches Privatrecht, Bd. I, München 1985, S. 34.',
     [('full', 'Privatrechtsgeschichte der Neuzeit', '97'), ('full', 'Europäisches Privatrecht', '34')]),
    ('Wieacker (Fn. 9), S. 101.',
     [('supra', 'Privatrechtsgeschichte der Neuzeit', '101')]),
    ('Ebd., S. 103.',
     [('ibid', 'Privatrechtsgeschichte der Neuzeit', '103')]),
    ('Coing, Europäisches Privatrecht I (Fn. 9), S. 40.',
     [('supra', 'Europäisches Privatrecht', '40')]),
    ('Jean-Louis Halpérin, Histoire du droit privé français depuis 1804, Paris, PUF, 1996, p. 112.',
     [('full', 'Histoire du droit privé', '112')]),
    ('Halpérin, op. cit., p. 115.',
     [('op-cit', 'Histoire du droit privé', '115')]),
    ('Horwitz, Transformation, 40.',
     [('short', 'Transformation of American Law', '40')]),
]


def test_heldout_note(document: Document, held_out_index: int, check_linked_note: Any) -> None:
    check_linked_note(document, held_out_index, NOTES[held_out_index][1])
