"""Notes from early modern English literary studies and book history, part 3: written for the early-modern
round (2026-11-28, 10:22 UTC) after the round's rules, to see whether they hold beyond the notes they were made
from (parts 1 and 2): 22 of 27 were right at once, 27 after the round's last rules.  The same conventions as part 2: a signature is a ``folio`` locator, a catalogue number the
``number``, a dotted canonical numbering a ``section``.
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param
MS = "manuscript"

CASES = [
    # --- early printed books
    P("Thomas Lodge, Rosalynde: Euphues Golden Legacie (London: Thomas Orwin for T. G. and John Busbie, 1590), sig. B2v.",
      {'author': ['Lodge'], 'title': 'Rosalynde: Euphues Golden Legacie', 'publisher-place': 'London',
       'publisher': 'Thomas Orwin for T. G. and John Busbie', 'year': 1590}, ('B2v', 'folio'), 'full'),
    P("Samuel Daniel, Delia: Contayning Certayne Sonnets (London: James Roberts for Simon Waterson, 1592), STC 6243.2, sig. B3r.",
      {'author': ['Daniel'], 'publisher': 'James Roberts for Simon Waterson', 'year': 1592, 'number': 'STC 6243.2'},
      ('B3r', 'folio'), 'full'),
    P("Anon., The Passionate Pilgrime (London: W. Jaggard, 1599), sig. A3r.",
      {'title': 'The Passionate Pilgrime', 'publisher': 'W. Jaggard', 'year': 1599}, ('A3r', 'folio'), 'full'),
    P("John Lyly, Euphues: The Anatomy of Wyt (London: [Thomas East] for Gabriel Cawood, 1578), fol. 12v.",
      {'author': ['Lyly'], 'title': 'Euphues: The Anatomy of Wyt', 'publisher': '[Thomas East] for Gabriel Cawood',
       'year': 1578}, ('12v', 'folio'), 'full'),
    P("Thomas Nashe, Have with You to Saffron-Walden (London: John Danter, 1596), ESTC S111813, sigs N2v–N3r.",
      {'author': ['Nashe'], 'publisher': 'John Danter', 'year': 1596, 'number': 'ESTC S111813'},
      ('N2v-N3r', 'folio'), 'full'),
    P("Richard Baxter, Reliquiae Baxterianae (London: T. Parkhurst and others, 1696), Wing B1370, pt 1, p. 89.",
      {'author': ['Baxter'], 'title': 'Reliquiae Baxterianae', 'year': 1696, 'number': 'Wing B1370'}, None, 'full'),
    P("Dekker, Wonderfull Yeare, sig. C1v.",
      {'author': ['Dekker'], 'title': 'Wonderfull Yeare'}, ('C1v', 'folio'), 'short'),
    P("Ibid., sigs Aa2r–Aa3v.", {}, ('Aa2r-Aa3v', 'folio'), 'ibid'),
    # --- plays and poems in editions
    P("William Shakespeare, King Lear, ed. by R. A. Foakes, The Arden Shakespeare, Third Series (Walton-on-Thames: Thomas Nelson, 1997), 4.6.105–07.",
      {'author': ['Shakespeare'], 'title': 'King Lear', 'editor': ['Foakes'],
       'collection-title': 'The Arden Shakespeare, Third Series', 'year': 1997}, ('4.6.105-07', 'section'), 'full'),
    P("John Webster, The Duchess of Malfi, ed. by John Russell Brown, The Revels Plays (London: Methuen, 1964), 4.2.262.",
      {'author': ['Webster'], 'title': 'The Duchess of Malfi', 'editor': ['Brown'], 'collection-title': 'The Revels Plays',
       'publisher': 'Methuen', 'year': 1964}, ('4.2.262', 'section'), 'full'),
    P("Thomas Middleton and William Rowley, The Changeling, ed. by Michael Neill, New Mermaids (London: A & C Black, 2006), 3.4.137.",
      {'author': ['Middleton', 'Rowley'], 'title': 'The Changeling', 'editor': ['Neill'], 'collection-title': 'New Mermaids',
       'year': 2006}, ('3.4.137', 'section'), 'full'),
    P("William Shakespeare, The Merchant of Venice, ed. by M. M. Mahood, The New Cambridge Shakespeare (Cambridge: Cambridge University Press, 1987), 4.1.180.",
      {'author': ['Shakespeare'], 'title': 'The Merchant of Venice', 'editor': ['Mahood'],
       'collection-title': 'The New Cambridge Shakespeare', 'year': 1987}, ('4.1.180', 'section'), 'full'),
    P("Edmund Spenser, The Shorter Poems, ed. by Richard A. McCabe, Penguin Classics (London: Penguin, 1999), p. 212.",
      {'author': ['Spenser'], 'title': 'The Shorter Poems', 'editor': ['McCabe'], 'collection-title': 'Penguin Classics',
       'publisher': 'Penguin'}, ('212', 'page'), 'full'),
    P("Mankind, in The Macro Plays, ed. by Mark Eccles, EETS o.s. 262 (London: Oxford University Press, 1969), ll. 45–52.",
      {'title': 'Mankind', 'container-title': 'The Macro Plays', 'editor': ['Eccles'], 'year': 1969},
      ('45-52', 'line'), 'full'),
    P("The Book of Sir Thomas More, ed. by W. W. Greg, Malone Society Reprints (Oxford: Oxford University Press, 1911), l. 244.",
      {'title': 'The Book of Sir Thomas More', 'editor': ['Greg'], 'collection-title': 'Malone Society Reprints',
       'year': 1911}, ('244', 'line'), 'full'),
    P("Milton, Paradise Lost, VII.24–26.",
      {'author': ['Milton'], 'title': 'Paradise Lost'}, ('VII.24-26', 'section'), 'short'),
    P("Spenser, Faerie Queene, I.i.1.",
      {'author': ['Spenser'], 'title': 'Faerie Queene'}, ('I.i.1', 'section'), 'short'),
    # --- manuscripts
    P("Folger Shakespeare Library, MS V.b.198, fol. 4r.",
      {'type': MS, 'archive': 'Folger Shakespeare Library', 'archive_location': 'MS V.b.198'}, ('4r', 'folio'), 'full'),
    P("Oxford, Bodleian Library, MS Ashmole 38, p. 112.",
      {'type': MS, 'archive': 'Bodleian Library', 'archive-place': 'Oxford', 'archive_location': 'MS Ashmole 38'},
      ('112', 'page'), 'full'),
    P("Huntington Library, MS EL 6893, fol. 12v.",
      {'type': MS, 'archive': 'Huntington Library', 'archive_location': 'MS EL 6893'}, ('12v', 'folio'), 'full'),
    P("British Library, Sloane MS 1009, fols 14v–15r.",
      {'type': MS, 'archive': 'British Library', 'archive_location': 'Sloane MS 1009'}, ('14v-15r', 'folio'), 'full'),
    P("Inner Temple Library, Petyt MS 538/10, fol. 3r.",
      {'type': MS, 'archive': 'Inner Temple Library', 'archive_location': 'Petyt MS 538/10'}, ('3r', 'folio'), 'full'),
    # --- scholarship
    P("Peter Beal, In Praise of Scribes: Manuscripts and their Makers in Seventeenth-Century England (Oxford: Clarendon Press, 1998), pp. 58–60.",
      {'author': ['Beal'], 'publisher': 'Clarendon Press', 'year': 1998}, ('58-60', 'page'), 'full'),
    P("Leah Marcus, ‘The Veil of Manuscript’, Renaissance Drama, n.s., 30 (1999–2001), 115–31 (p. 120).",
      {'author': ['Marcus'], 'container-title': 'Renaissance Drama', 'volume': '30', 'year': 1999, 'page': '115-131'},
      ('120', 'page'), 'full'),
    P("Sir Walter Greg, The Shakespeare First Folio: Its Bibliographical and Textual History (Oxford: Clarendon Press, 1955), p. 3.",
      {'author': ['Greg'], 'publisher': 'Clarendon Press', 'year': 1955}, ('3', 'page'), 'full'),
    P("Lucy Munro, Children of the Queen’s Revels: A Jacobean Theatre Repertory (Cambridge: Cambridge University Press, 2005), pp. 12–13.",
      {'author': ['Munro'], 'publisher': 'Cambridge University Press', 'year': 2005}, ('12-13', 'page'), 'full'),
    P("Wing, Short-Title Catalogue, II, 45.",
      {'author': ['Wing'], 'title': 'Short-Title Catalogue', 'volume': 'II'}, ('45', 'page'), 'short'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_early_modern3(note: str, expected: dict[str, Any], occurrence: Any, kind: str, check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)
