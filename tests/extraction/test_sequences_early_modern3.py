"""Whole footnotes of early modern English literary studies and book history, a held-out third table.

Written after the fixes made for the first two tables (``test_sequences_early_modern.py`` and ``…2.py``),
before citekit read these notes, to see whether those fixes generalise: the Sidney circle in MHRA style
(signatures and STC numbers, a Bodleian manuscript, "Id.", an edition cited again by its editor's name,
two books of one author whose titles share "Mary Sidney", quotations with their source in brackets) and
the Stationers' Company and cheap print in Chicago style (Arber's volume:page, two books of one author
whose titles differ in one word, a Folger manuscript cited twice).  38 of the 40 read right before any fix
of their own; the two left are the parser's (``KNOWN_MISSES``); a year in a topic lead-in ("On the 1593
Arcadia see …") was then allowed, which those two rows also needed.  Each row: the note, then per citation
(kind, a word of the title of the entry it points to or None, the locator; ranges expanded).
"""

from __future__ import annotations

from typing import Any

import pytest

Row = tuple[str, list[tuple[str, "str | None", "str | None"]]]

THIRD: dict[str, list[Row]] = {
    'sidney_circle': [
        ('Mary Ellen Lamb, Gender and Authorship in the Sidney Circle (Madison: University of Wisconsin Press, '
         '1990), p. 28.',
         [('full', 'Gender and Authorship', '28')]),
        ('The Countess of Pembrokes Arcadia (London: for William Ponsonbie, 1593; STC 22540), sig. A4r.',
         [('full', 'Pembrokes Arcadia', 'A4r')]),
        ('Ibid., sigs. A4v–B1r.',
         [('ibid', 'Pembrokes Arcadia', 'A4v-B1r')]),
        ('Philip Sidney, The Old Arcadia, ed. by Jean Robertson (Oxford: Clarendon Press, 1973), p. 3.',
         [('full', 'Old Arcadia', '3')]),
        ('Lamb, Gender and Authorship, p. 40; cf. Sidney, Old Arcadia, p. 56.',
         [('short', 'Gender and Authorship', '40'), ('short', 'Old Arcadia', '56')]),
        ('Margaret P. Hannay, Philip’s Phoenix: Mary Sidney, Countess of Pembroke (New York: Oxford University '
         'Press, 1990), pp. 59–62.',
         [('full', 'Phoenix', '59-62')]),
        ('Id., Mary Sidney, Lady Wroth (Farnham: Ashgate, 2010), p. 15.',
         [('idem', 'Lady Wroth', '15')]),
        ('Hannay, Philip’s Phoenix, p. 70; Hannay, Mary Sidney, Lady Wroth, p. 20.',
         [('short', 'Phoenix', '70'), ('short', 'Lady Wroth', '20')]),
        ('Bodleian Library, MS Rawlinson poet. 25, fol. 3v.',
         [('full', None, '3v')]),
        ('Ibid., fol. 4r.',
         [('ibid', None, '4r')]),
        ('Lady Mary Wroth, The Countesse of Mountgomeries Urania (London: for John Marriott and John Grismand, '
         '1621; STC 26051), p. 1.',
         [('full', 'Urania', '1')]),
        ('The Poems of Lady Mary Wroth, ed. by Josephine A. Roberts (Baton Rouge: Louisiana State University '
         'Press, 1983), p. 85.',
         [('full', 'Poems of Lady Mary Wroth', '85')]),
        ('Wroth, Urania, p. 12; Poems, ed. Roberts, p. 100.',
         [('short', 'Urania', '12'), ('short', 'Poems of Lady Mary Wroth', '100')]),
        ('Gavin Alexander, Writing after Sidney: The Literary Response to Sir Philip Sidney, 1586–1640 (Oxford: '
         'Oxford University Press, 2006), p. 265.',
         [('full', 'Writing after Sidney', '265')]),
        ('Alexander, op. cit., p. 270.',
         [('op-cit', 'Writing after Sidney', '270')]),
        # (its row passes, the short form's own new entry bearing the title; the link is checked below)
        ('On the 1593 Arcadia see Alexander, Writing after Sidney, pp. 200–2; and Lamb, Gender and Authorship, '
         'p. 72.',
         [('short', 'Writing after Sidney', '200-202'), ('short', 'Gender and Authorship', '72')]),
        ('Hannay describes the countess as ‘a patron of poets’ (Philip’s Phoenix, p. 84).',
         [('short', 'Phoenix', '84')]),
        ('‘Deare Ladie, this booke is yours’ (Urania, p. 15).',
         [('short', 'Urania', '15')]),
        ('Ibid., p. 16.',
         [('ibid', 'Urania', '16')]),
        ('Lamb, op. cit., p. 80.',
         [('op-cit', 'Gender and Authorship', '80')]),
    ],
    'stationers_chicago': [
        ('Edward Arber, ed., A Transcript of the Registers of the Company of Stationers of London, 1554–1640 '
         'A.D., 5 vols. (London: privately printed, 1875–94), 3:37.',
         [('full', 'Transcript of the Registers', '3:37')]),
        ('Arber, Transcript, 2:465.',
         [('short', 'Transcript of the Registers', '2:465')]),
        ('W. W. Greg and E. Boswell, eds., Records of the Court of the Stationers’ Company, 1576 to 1602, from '
         'Register B (London: Bibliographical Society, 1930), 12.',
         [('full', 'Records of the Court', '12')]),
        ('Ibid., 45–46.',
         [('ibid', 'Records of the Court', '45-46')]),
        ('Cyndia Susan Clegg, Press Censorship in Elizabethan England (Cambridge: Cambridge University Press, '
         '1997), 30.',
         [('full', 'Elizabethan England', '30')]),
        ('Cyndia Susan Clegg, Press Censorship in Jacobean England (Cambridge: Cambridge University Press, '
         '2001), 44.',
         [('full', 'Jacobean England', '44')]),
        ('Clegg, Press Censorship in Elizabethan England, 33; Clegg, Press Censorship in Jacobean England, 50.',
         [('short', 'Elizabethan England', '33'), ('short', 'Jacobean England', '50')]),
        ('Alexandra Halasz, The Marketplace of Print: Pamphlets and the Public Sphere in Early Modern England '
         '(Cambridge: Cambridge University Press, 1997), 2–3.',
         [('full', 'Marketplace of Print', '2-3')]),
        ('Tessa Watt, Cheap Print and Popular Piety, 1550–1640 (Cambridge: Cambridge University Press, 1991), '
         '11; see also Halasz, Marketplace of Print, 45.',
         [('full', 'Cheap Print', '11'), ('short', 'Marketplace of Print', '45')]),
        ('Watt, Cheap Print, 260–61.',
         [('short', 'Cheap Print', '260-261')]),
        ('Folger Shakespeare Library, MS V.b.198, fol. 12r.',
         [('full', None, '12r')]),
        ('Folger MS V.b.198, fol. 14v.',
         [('full', None, '14v')]),
        ('Lori Humphrey Newcomb, Reading Popular Romance in Early Modern England (New York: Columbia '
         'University Press, 2002), 87.',
         [('full', 'Reading Popular Romance', '87')]),
        ('Robert Greene, Pandosto: The Triumph of Time (London: Thomas Orwin for Thomas Cadman, 1588; STC '
         '12285), sig. B1r.',
         [('full', 'Pandosto', 'B1r')]),
        ('Newcomb, Reading Popular Romance, 90; Greene, Pandosto, sig. C2v.',
         [('short', 'Reading Popular Romance', '90'), ('short', 'Pandosto', 'C2v')]),
        ('Ibid., sig. C3r.',
         [('ibid', 'Pandosto', 'C3r')]),
        ('Arber, Transcript, 4:28; Greg and Boswell, Records of the Court, 60.',
         [('short', 'Transcript of the Registers', '4:28'), ('short', 'Records of the Court', '60')]),
        ('Halasz, op. cit., 50.',
         [('op-cit', 'Marketplace of Print', '50')]),
        ('Clegg makes the point against the older view of a repressive state (Press Censorship in Elizabethan '
         'England, 5).',
         [('short', 'Elizabethan England', '5')]),
        ('Watt, Cheap Print, 300.',
         [('short', 'Cheap Print', '300')]),
    ],
}

_GAVIN = ("the parser's: 'Gavin Alexander, Writing after Sidney, …' is read with 'Gavin' as the family name and "
          "'Alexander' as the given name, so no work by Alexander is found for ")
#: written after the fixes, to hold them: forms met while probing beyond the tables (a play in parts, "1 Henry
#: IV"; "sigs A3v–A4r"; the Folio's through line numbers; "gen. eds"; a VD16 number; "fol. 3 v°"; "éd. cit.";
#: a book and line, "X. 12"; "(ibid., sig. G1r)" after a name)
HELD: dict[str, list[Row]] = {
    'held_forms': [
        ('William Shakespeare, King Henry IV, Part 1, ed. by David Scott Kastan, The Arden Shakespeare (London: '
         'Thomson Learning, 2002), 2.4.420.',
         [('full', 'King Henry IV', '2.4.420')]),
        ('1 Henry IV, 2.4.425.',
         [('short', 'King Henry IV', '2.4.425')]),
        ('Ibid., III.ii.60.',
         [('ibid', 'King Henry IV', 'III.ii.60')]),
        ('Thomas Dekker, The Wonderfull Yeare (London: Thomas Creede, 1603; STC 6535), sigs A3v–A4r.',
         [('full', 'Wonderfull Yeare', 'A3v-A4r')]),
        ('Dekker, Wonderfull Yeare, sig. B2r–v.',
         [('short', 'Wonderfull Yeare', 'B2r-v')]),
        ('Ibid., sig. ¶2r (my italics).',
         [('ibid', 'Wonderfull Yeare', '¶2r')]),
        ('Lukas Erne, Shakespeare as Literary Dramatist (Cambridge: Cambridge University Press, 2003), p. 78.',
         [('full', 'Literary Dramatist', '78')]),
        ('Erne, Literary Dramatist, p. 31 n. 4.',
         [('short', 'Literary Dramatist', '31 n. 4')]),
        ('The Diary of Samuel Pepys, ed. by Robert Latham and William Matthews, 11 vols (London: Bell, '
         '1970–83), IV, 128.',
         [('full', 'Diary of Samuel Pepys', 'IV, 128')]),
        ('Pepys, Diary, V, 40; Erne, Literary Dramatist, p. 40.',
         [('short', 'Diary of Samuel Pepys', 'V, 40'), ('short', 'Literary Dramatist', '40')]),
        ('Martin Luther, Biblia, das ist, die gantze Heilige Schrifft Deudsch (Wittenberg: Hans Lufft, 1534; '
         'VD16 B 2694), fol. 12r.',
         [('full', 'gantze Heilige Schrifft', '12r')]),
        ('Ebd., Bl. 14v.',
         [('ibid', 'gantze Heilige Schrifft', '14v')]),
        ('Mr. William Shakespeares Comedies, Histories, & Tragedies (London: Isaac Iaggard and Ed. Blount, 1623; '
         'STC 22273), TLN 1743.',
         [('full', 'Comedies, Histories', '1743')]),
        ('The Cambridge Edition of the Works of Ben Jonson, gen. eds David Bevington, Martin Butler and Ian '
         'Donaldson, 7 vols (Cambridge: Cambridge University Press, 2012), IV, 99.',
         [('full', 'Works of Ben Jonson', 'IV, 99')]),
        ('Thomas Middleton: The Collected Works, gen. ed. Gary Taylor and John Lavagnino (Oxford: Clarendon '
         'Press, 2007), p. 1452.',
         [('full', 'Collected Works', '1452')]),
        ('Middleton, Collected Works, p. 1460; cf. ibid., p. 1462.',
         [('short', 'Collected Works', '1460'), ('ibid', 'Collected Works', '1462')]),
        ('BnF, ms. fr. 12345, fol. 3 v°.',
         [('full', None, '3 v°')]),
        ('Ibid., fol. 4 r°.',
         [('ibid', None, '4 r°')]),
        ('Pierre de Ronsard, Les Amours, éd. Albert-Marie Schmidt et Françoise Joukovsky, Paris, Gallimard, '
         '1974, p. 45.',
         [('full', 'Amours', '45')]),
        ('Ronsard, Les Amours, éd. cit., p. 50.',
         [('short', 'Amours', '50')]),
        ('Thomas Heywood, An Apology for Actors (London: Nicholas Okes, 1612; STC 13309), sig. B4r; he later '
         'calls the players ‘the ornaments of the city’ (sig. F3r).',
         [('full', 'Apology for Actors', 'B4r'), ('ibid', 'Apology for Actors', 'F3r')]),
        ('The phrase recurs in Heywood (ibid., sig. G1r).',
         [('ibid', 'Apology for Actors', 'G1r')]),
        ('John Milton, Paradise Lost, ed. by Alastair Fowler, 2nd edn (Harlow: Longman, 1998), p. 12.',
         [('full', 'Paradise Lost', '12')]),
        ('Paradise Lost, X. 12.',
         [('short', 'Paradise Lost', 'X. 12')]),
        ('Ibid., XII. 646–9.',
         [('ibid', 'Paradise Lost', 'XII. 646–9')]),
    ],
}

KNOWN_MISSES: dict[tuple[str, int], str] = {
    ('sidney_circle', 15): _GAVIN + "'Alexander, op. cit.'",
}

ALL: dict[str, list[Row]] = {**THIRD, **HELD}


def test_note(sequence_case: tuple[str, int], check_sequence_case: Any) -> None:
    check_sequence_case(sequence_case)


def test_early_books_keep_their_imprint_year_and_catalogue_number(documents: dict[str, Any]) -> None:
    """The Folio's year is its imprint's, not the through line cited ("TLN 1743"); Luther's Bible is a
    printed book whose VD16 number is its catalogue number, not a manuscript's shelf-mark."""
    entries = {e["id"]: e for e in documents['held_forms'].entries}
    notes = documents['held_forms'].notes
    folio, bible = entries[notes[12].citations[0].id], entries[notes[10].citations[0].id]
    assert folio["issued"]["date-parts"][0][0] == 1623
    assert bible["type"] == "book" and bible.get("number") == "VD16 B 2694" and "archive_location" not in bible


@pytest.mark.xfail(strict=True, reason=_GAVIN + "'Alexander, Writing after Sidney': a new entry is made instead")
def test_short_form_links_to_the_book_cited_in_full(documents: dict[str, Any]) -> None:
    notes = documents['sidney_circle'].notes
    assert notes[15].citations[0].id == notes[13].citations[0].id


def test_two_books_sharing_mary_sidney_kept_apart(documents: dict[str, Any]) -> None:
    """Hannay's "Philip's Phoenix: Mary Sidney, …" and her "Mary Sidney, Lady Wroth": each short form to its own."""
    notes = documents['sidney_circle'].notes
    phoenix, wroth = notes[5].citations[0].id, notes[6].citations[0].id
    assert phoenix != wroth
    assert [c.id for c in notes[7].citations] == [phoenix, wroth]
