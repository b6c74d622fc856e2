"""Fifty notes from early modern English literary studies and book history, part 1: the modern
scholarship (monographs, chapters in edited volumes, journal articles with MHRA "(p. 4)" pinpoints,
multi-volume works cited "III, 212" or "3:212", second and revised editions, translations, short forms,
"Ibid." and "Id."), in MHRA and Chicago note styles with some French and German; written for the
early-modern round (2026-11-28) before any code was changed.

Parts 1 and 2 (115 notes) were 72 right at the round's start and 111 after it; the four left are strict xfails.
Two expectations were brought into line with the project's tables after the first count: Chicago's "3:212"
stays one locator (as in test_notes_round12.py), and Spenser and Milton cited by numbering alone are short forms
(as in test_notes_round5.py).

Conventions (the project's): a volume cited with its page "III, 212" is the item's ``volume`` and the page the
locator, Chicago's "3:212" stays whole as the locator with label ``page`` (its page range written out, as
every locator range is); a chapter's range is its ``page``, the page cited the locator.  Only what a case names is
compared (``check_note`` in conftest.py).
"""

from __future__ import annotations

from typing import Any

import pytest

P = pytest.param
CUP = "Cambridge University Press"
OUP = "Oxford University Press"

CASES = [
    # --- monographs (MHRA and Chicago)
    P("Adrian Johns, The Nature of the Book: Print and Knowledge in the Making (Chicago: University of Chicago Press, 1998), p. 187.",
      {'author': ['Johns'], 'title': 'The Nature of the Book: Print and Knowledge in the Making',
       'publisher': 'University of Chicago Press', 'publisher-place': 'Chicago', 'year': 1998}, ('187', 'page'), 'full'),
    P("Zachary Lesser, Renaissance Drama and the Politics of Publication: Readings in the English Book Trade (Cambridge: Cambridge University Press, 2004), pp. 26–30.",
      {'author': ['Lesser'], 'publisher': CUP, 'publisher-place': 'Cambridge', 'year': 2004}, ('26-30', 'page'), 'full'),
    P("Lukas Erne, Shakespeare as Literary Dramatist, 2nd edn (Cambridge: Cambridge University Press, 2013), p. 45.",
      {'author': ['Erne'], 'title': 'Shakespeare as Literary Dramatist', 'edition': '2', 'publisher': CUP,
       'year': 2013}, ('45', 'page'), 'full'),
    P("Elizabeth L. Eisenstein, The Printing Press as an Agent of Change: Communications and Cultural Transformations in Early-Modern Europe, 2 vols (Cambridge: Cambridge University Press, 1979), I, 71.",
      {'author': ['Eisenstein'], 'number-of-volumes': '2', 'volume': 'I', 'publisher': CUP, 'year': 1979},
      ('71', 'page'), 'full'),
    P("W. W. Greg, A Bibliography of the English Printed Drama to the Restoration, 4 vols (London: Bibliographical Society, 1939–59), II, 512.",
      {'author': ['Greg'], 'title': 'A Bibliography of the English Printed Drama to the Restoration',
       'volume': 'II', 'publisher': 'Bibliographical Society', 'publisher-place': 'London', 'year': 1939},
      ('512', 'page'), 'full'),
    P("Ronald B. McKerrow, An Introduction to Bibliography for Literary Students (Oxford: Clarendon Press, 1927), pp. 73–84.",
      {'author': ['McKerrow'], 'title': 'An Introduction to Bibliography for Literary Students',
       'publisher': 'Clarendon Press', 'year': 1927}, ('73-84', 'page'), 'full'),
    P("Philip Gaskell, A New Introduction to Bibliography, rev. edn (Oxford: Clarendon Press, 1974), p. 54.",
      {'author': ['Gaskell'], 'title': 'A New Introduction to Bibliography', 'edition': 'rev. edn',
       'publisher': 'Clarendon Press', 'year': 1974}, ('54', 'page'), 'full'),
    P("Stephen Greenblatt, Renaissance Self-Fashioning: From More to Shakespeare (Chicago: University of Chicago Press, 1980), 9.",
      {'author': ['Greenblatt'], 'title': 'Renaissance Self-Fashioning: From More to Shakespeare',
       'publisher': 'University of Chicago Press', 'year': 1980}, ('9', 'page'), 'full'),
    P("Andrew Gurr, The Shakespearean Stage, 1574–1642, 4th edn (Cambridge: Cambridge University Press, 2009), p. 121.",
      {'author': ['Gurr'], 'title': 'The Shakespearean Stage, 1574–1642', 'edition': '4', 'year': 2009},
      ('121', 'page'), 'full'),
    P("E. K. Chambers, The Elizabethan Stage, 4 vols (Oxford: Clarendon Press, 1923), 3:212.",
      {'author': ['Chambers'], 'title': 'The Elizabethan Stage', 'publisher': 'Clarendon Press',
       'year': 1923}, ('3:212', 'page'), 'full'),
    P("Charlton Hinman, The Printing and Proof-Reading of the First Folio of Shakespeare, 2 vols (Oxford: Clarendon Press, 1963), 1:334–35.",
      {'author': ['Hinman'], 'publisher': 'Clarendon Press', 'year': 1963}, ('1:334-335', 'page'), 'full'),
    P("Roger Chartier, L’Ordre des livres : lecteurs, auteurs, bibliothèques en Europe entre XIVe et XVIIIe siècle (Aix-en-Provence : Alinea, 1992), p. 39.",
      {'author': ['Chartier'], 'publisher': 'Alinea', 'publisher-place': 'Aix-en-Provence', 'year': 1992},
      ('39', 'page'), 'full'),
    P("Roger Chartier, The Order of Books, trans. by Lydia G. Cochrane (Stanford: Stanford University Press, 1994), p. 12.",
      {'author': ['Chartier'], 'title': 'The Order of Books', 'translator': ['Cochrane'],
       'publisher': 'Stanford University Press', 'year': 1994}, ('12', 'page'), 'full'),
    P("Ina Schabert, Shakespeare-Handbuch: Die Zeit, der Mensch, das Werk, die Nachwelt, 5. Aufl. (Stuttgart: Kröner, 2009), S. 112.",
      {'author': ['Schabert'], 'edition': '5', 'publisher': 'Kröner', 'publisher-place': 'Stuttgart', 'year': 2009},
      ('112', 'page'), 'full'),
    P("H. R. Woudhuysen, Sir Philip Sidney and the Circulation of Manuscripts, 1558–1640 (Oxford: Clarendon Press, 1996), pp. 153–54.",
      {'author': ['Woudhuysen'], 'title': 'Sir Philip Sidney and the Circulation of Manuscripts, 1558–1640',
       'publisher': 'Clarendon Press', 'year': 1996}, ('153-154', 'page'), 'full'),
    P("Arthur F. Marotti, Manuscript, Print, and the English Renaissance Lyric (Ithaca and London: Cornell University Press, 1995), p. 30.",
      {'author': ['Marotti'], 'title': 'Manuscript, Print, and the English Renaissance Lyric',
       'publisher': 'Cornell University Press', 'publisher-place': 'Ithaca and London', 'year': 1995},
      ('30', 'page'), 'full'),
    P("Margreta de Grazia, Shakespeare Verbatim: The Reproduction of Authenticity and the 1790 Apparatus (Oxford: Clarendon Press, 1991), p. 14.",
      {'author': ['Grazia'], 'publisher': 'Clarendon Press', 'year': 1991}, ('14', 'page'), 'full',
      marks=pytest.mark.xfail(strict=True, reason="the tagger reads the whole name into the title span and the "
                              "given name 'Margreta' is in no list, so the author-in-title rule does not take it")),
    P("Henry R. Plomer, A Dictionary of the Booksellers and Printers who were at Work in England, Scotland and Ireland from 1641 to 1667 (London: Bibliographical Society, 1907), p. 45.",
      {'author': ['Plomer'], 'publisher': 'Bibliographical Society', 'year': 1907}, ('45', 'page'), 'full'),
    P("D. F. McKenzie, Bibliography and the Sociology of Texts (London: British Library, 1986), pp. 9–30 (p. 12).",
      {'author': ['McKenzie'], 'title': 'Bibliography and the Sociology of Texts', 'publisher': 'British Library',
       'year': 1986}, ('12', 'page'), 'full'),
    P("Cyndia Susan Clegg, Press Censorship in Elizabethan England (Cambridge and New York: Cambridge University Press, 1997), p. 5.",
      {'author': ['Clegg'], 'title': 'Press Censorship in Elizabethan England', 'publisher': CUP,
       'publisher-place': 'Cambridge and New York', 'year': 1997}, ('5', 'page'), 'full'),
    # --- chapters in edited volumes
    P("Peter W. M. Blayney, ‘The Publication of Playbooks’, in A New History of Early English Drama, ed. by John D. Cox and David Scott Kastan (New York: Columbia University Press, 1997), pp. 383–422 (p. 389).",
      {'author': ['Blayney'], 'title': 'The Publication of Playbooks', 'container-title': 'A New History of Early English Drama',
       'editor': ['Cox', 'Kastan'], 'publisher': 'Columbia University Press', 'year': 1997, 'page': '383-422'},
      ('389', 'page'), 'full'),
    P("Heidi Brayman Hackel, ‘The “Great Variety” of Readers and Early Modern Reading Practices’, in A Companion to Shakespeare, ed. by David Scott Kastan (Oxford: Blackwell, 1999), pp. 139–57 (p. 144).",
      {'author': ['Hackel'], 'container-title': 'A Companion to Shakespeare', 'editor': ['Kastan'],
       'publisher': 'Blackwell', 'year': 1999, 'page': '139-157'}, ('144', 'page'), 'full'),
    P("Margreta de Grazia and Peter Stallybrass, “The Materiality of the Shakespearean Text,” Shakespeare Quarterly 44 (1993): 255–83, at 257.",
      {'author': ['Grazia', 'Stallybrass'], 'title': 'The Materiality of the Shakespearean Text',
       'container-title': 'Shakespeare Quarterly', 'volume': '44', 'year': 1993, 'page': '255-283'},
      ('257', 'page'), 'full'),
    P("Jason Scott-Warren, “Reading Graffiti in the Early Modern Book,” in Books and Readers in Early Modern England, ed. Jennifer Andersen and Elizabeth Sauer (Philadelphia: University of Pennsylvania Press, 2002), 108–26.",
      {'author': ['Scott-Warren'], 'title': 'Reading Graffiti in the Early Modern Book',
       'container-title': 'Books and Readers in Early Modern England', 'editor': ['Andersen', 'Sauer'],
       'publisher': 'University of Pennsylvania Press', 'year': 2002}, None, 'full'),
    P("Anthony Grafton and Lisa Jardine, ‘“Studied for Action”: How Gabriel Harvey Read his Livy’, Past and Present, 129 (1990), 30–78 (pp. 35–36).",
      {'author': ['Grafton', 'Jardine'], 'container-title': 'Past and Present', 'volume': '129', 'year': 1990,
       'page': '30-78'}, ('35-36', 'page'), 'full'),
    P("Harold Love, ‘Oral and Scribal Texts in Early Modern England’, in The Cambridge History of the Book in Britain, vol. IV: 1557–1695, ed. by John Barnard and D. F. McKenzie (Cambridge: Cambridge University Press, 2002), pp. 97–121 (p. 101).",
      {'author': ['Love'], 'title': 'Oral and Scribal Texts in Early Modern England', 'editor': ['Barnard', 'McKenzie'],
       'publisher': CUP, 'year': 2002, 'page': '97-121'}, ('101', 'page'), 'full'),
    P("Gary Taylor, ‘The Canon and Chronology of Shakespeare’s Plays’, in Stanley Wells and others, William Shakespeare: A Textual Companion (Oxford: Clarendon Press, 1987), pp. 69–144 (p. 88).",
      {'author': ['Taylor'], 'title': 'The Canon and Chronology of Shakespeare’s Plays',
       'publisher': 'Clarendon Press', 'year': 1987, 'page': '69-144'}, ('88', 'page'), 'full'),
    P("Roger Chartier, « Lectures, lecteurs et littératures populaires en Europe », dans Histoire de la lecture dans le monde occidental, éd. Guglielmo Cavallo et Roger Chartier, Paris, Seuil, 1997, p. 315-330.",
      {'author': ['Chartier'], 'title': 'Lectures, lecteurs et littératures populaires en Europe',
       'container-title': 'Histoire de la lecture dans le monde occidental', 'editor': ['Cavallo', 'Chartier'],
       'publisher': 'Seuil', 'year': 1997}, None, 'full'),
    # --- journal articles
    P("Alan B. Farmer and Zachary Lesser, ‘The Popularity of Playbooks Revisited’, Shakespeare Quarterly, 56 (2005), 1–32 (p. 6).",
      {'author': ['Farmer', 'Lesser'], 'title': 'The Popularity of Playbooks Revisited',
       'container-title': 'Shakespeare Quarterly', 'volume': '56', 'year': 2005, 'page': '1-32'}, ('6', 'page'), 'full'),
    P("Fredson Bowers, ‘Notes on Standing Type in Elizabethan Printing’, Papers of the Bibliographical Society of America, 40 (1946), 205–24 (p. 210).",
      {'author': ['Bowers'], 'container-title': 'Papers of the Bibliographical Society of America', 'volume': '40',
       'year': 1946, 'page': '205-224'}, ('210', 'page'), 'full'),
    P("W. W. Greg, ‘The Rationale of Copy-Text’, Studies in Bibliography, 3 (1950–51), 19–36.",
      {'author': ['Greg'], 'title': 'The Rationale of Copy-Text', 'container-title': 'Studies in Bibliography',
       'volume': '3', 'year': 1950, 'page': '19-36'}, None, 'full'),
    P("Peter Stallybrass, Roger Chartier, J. Franklin Mowery and Heather Wolfe, “Hamlet’s Tables and the Technologies of Writing in Renaissance England,” Shakespeare Quarterly 55, no. 4 (2004): 379–419, 383.",
      {'author': ['Stallybrass', 'Chartier', 'Mowery', 'Wolfe'], 'container-title': 'Shakespeare Quarterly',
       'volume': '55', 'issue': '4', 'year': 2004, 'page': '379-419'}, ('383', 'page'), 'full'),
    P("Tiffany Stern, ‘“On each Wall and Corner Poast”: Playbills, Title-pages, and Advertising in Early Modern London’, English Literary Renaissance, 36.1 (2006), 57–89 (p. 60).",
      {'author': ['Stern'], 'container-title': 'English Literary Renaissance', 'volume': '36', 'issue': '1',
       'year': 2006, 'page': '57-89'}, ('60', 'page'), 'full'),
    P("D. F. McKenzie, ‘Printers of the Mind: Some Notes on Bibliographical Theories and Printing-House Practices’, Studies in Bibliography, 22 (1969), 1–75.",
      {'author': ['McKenzie'], 'container-title': 'Studies in Bibliography', 'volume': '22', 'year': 1969,
       'page': '1-75'}, None, 'full'),
    P("William H. Sherman, ‘“What Did Renaissance Readers Write in Their Books?”’, The Library, 7th ser., 3 (2002), 3–21 (p. 9).",
      {'author': ['Sherman'], 'container-title': 'The Library', 'volume': '3', 'year': 2002,
       'page': '3-21'}, ('9', 'page'), 'full'),
    P("Ian Gadd, ‘The Stationers’ Company in England before 1710’, The Library, 6th ser., 20 (1998), 121–40.",
      {'author': ['Gadd'], 'container-title': 'The Library', 'volume': '20', 'year': 1998},
      None, 'full'),
    P("Sonia Massai, “Shakespeare, Text and Paratext,” Shakespeare Survey 62 (2009): 1–11.",
      {'author': ['Massai'], 'title': 'Shakespeare, Text and Paratext', 'container-title': 'Shakespeare Survey',
       'volume': '62', 'year': 2009, 'page': '1-11'}, None, 'full'),
    P("Paul Werstine, ‘Narratives about Printed Shakespeare Texts: “Foul Papers” and “Bad” Quartos’, Shakespeare Quarterly, 41 (1990), 65–86 (pp. 80–81).",
      {'author': ['Werstine'], 'container-title': 'Shakespeare Quarterly', 'volume': '41', 'year': 1990,
       'page': '65-86'}, ('80-81', 'page'), 'full'),
    P("Katherine Duncan-Jones, ‘Was the 1609 Shake-speares Sonnets Really Unauthorized?’, Review of English Studies, n.s., 34 (1983), 151–71 (p. 155).",
      {'author': ['Duncan-Jones'], 'container-title': 'Review of English Studies', 'volume': '34', 'year': 1983,
       'page': '151-171'}, ('155', 'page'), 'full'),
    P("Hans Walter Gabler, „Textgenese und Textedition“, Shakespeare-Jahrbuch 125 (1989), S. 29–45, hier S. 33.",
      {'author': ['Gabler'], 'container-title': 'Shakespeare-Jahrbuch', 'volume': '125', 'year': 1989,
       'page': '29-45'}, ('33', 'page'), 'full',
      marks=pytest.mark.xfail(strict=True, reason="the tagger reads the journal and its volume ('Shakespeare-"
                              "Jahrbuch 125') as one locator span; the pages step reads a journal and page in one span only "
                              "in capitals ('EHRLR 243')")),
    P("Jeffrey Todd Knight, ‘“Furnished” for Action: Renaissance Books as Furniture’, Book History, 12 (2009), 37–73.",
      {'author': ['Knight'], 'container-title': 'Book History', 'volume': '12', 'year': 2009, 'page': '37-73'},
      None, 'full'),
    # --- short forms, ibid., idem
    P("Johns, Nature of the Book, p. 190.",
      {'author': ['Johns'], 'title': 'Nature of the Book'}, ('190', 'page'), 'short'),
    P("Greg, Bibliography, II, 514.",
      {'author': ['Greg'], 'title': 'Bibliography', 'volume': 'II'}, ('514', 'page'), 'short'),
    P("Chambers, Elizabethan Stage, III, 215.",
      {'author': ['Chambers'], 'title': 'Elizabethan Stage', 'volume': 'III'}, ('215', 'page'), 'short'),
    P("Chambers, Elizabethan Stage, 4:316.",
      {'author': ['Chambers'], 'title': 'Elizabethan Stage'}, ('4:316', 'page'), 'short'),
    P("Ibid., p. 191.", {}, ('191', 'page'), 'ibid'),
    P("Ibid., II, 515.", {'volume': 'II'}, ('515', 'page'), 'ibid'),
    P("Id., The Order of Books, p. 25.",
      {'title': 'The Order of Books'}, ('25', 'page'), 'idem'),
    P("Farmer and Lesser, ‘Popularity of Playbooks Revisited’, p. 19.",
      {'author': ['Farmer', 'Lesser'], 'title': 'Popularity of Playbooks Revisited'}, ('19', 'page'), 'short'),
    P("Blayney, ‘Publication of Playbooks’, p. 405.",
      {'author': ['Blayney'], 'title': 'Publication of Playbooks'}, ('405', 'page'), 'short'),
]


@pytest.mark.parametrize(("note", "expected", "occurrence", "kind"), CASES)
def test_early_modern(note: str, expected: dict[str, Any], occurrence: Any, kind: str, check_note: Any) -> None:
    check_note(note, expected, occurrence, kind)
