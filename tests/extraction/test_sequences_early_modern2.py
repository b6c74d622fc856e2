"""Whole footnotes of early modern English literary studies and book history (1500-1700), second table.

Written with the first (``test_sequences_early_modern.py``), before citekit read either: quotations from
early printed books with the signature in parentheses ("(ibid., sig. F3r)", "(sig. C1r)", "(p. 25)");
multi-volume collected editions cited by Roman volume and page ("VIII, 587"), sometimes by their editors'
names alone ("Herford and Simpson, XI, 12"); Spenser by book, canto and stanza; an edition and its
early modern translation (Montaigne and Florio, Castiglione and Hoby, Erasmus's De copia and On Copia);
French histoire du livre (op. cit., art. cit., "Id.", "t. I, p. 300") and German Buchgeschichte (Ebd.,
a.a.O., Ders., "wie Anm. 1", "Bl. 45r"); Donne and Milton with commentary around the citations and
works of one title by two authors ("The Life of John Milton").  Each row: the note, then per citation
(kind, a word of the title of the entry it points to or None, the locator; ranges expanded).
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, list[tuple[str, "str | None", "str | None"]]]

SECOND: dict[str, list[Row]] = {
    # quotations from early printed books, their signatures in parentheses
    'quotations_signatures': [
        ('Thomas Heywood, An Apology for Actors (London: Nicholas Okes, 1612; STC 13309), sig. B4r.',
         [('full', 'Apology for Actors', 'B4r')]),
        ('Heywood praises ‘our domesticke histories’ as lessons to the unlearned (ibid., sig. F3r).',
         [('ibid', 'Apology for Actors', 'F3r')]),
        ('Stephen Gosson, The Schoole of Abuse (London: for Thomas Woodcocke, 1579; STC 12097), sig. B6v: '
         '‘Cookes did neuer shewe more crafte in their iunckets’.',
         [('full', 'Schoole of Abuse', 'B6v')]),
        ('‘Pipers, and Players, and such like Caterpillers’ (sig. C1r).',
         [('ibid', 'Schoole of Abuse', 'C1r')]),
        ('Philip Sidney, An Apologie for Poetrie (London: for Henry Olney, 1595; STC 22534), sig. C2r.',
         [('full', 'Apologie for Poetrie', 'C2r')]),
        ('William H. Sherman, Used Books: Marking Readers in Renaissance England (Philadelphia: University of '
         'Pennsylvania Press, 2008), p. 3.',
         [('full', 'Used Books', '3')]),
        ('Sherman calls the manicule ‘the most common symbol in the margins of Renaissance books’ (p. 25).',
         [('ibid', 'Used Books', '25')]),
        ('Lisa Jardine and Anthony Grafton, ‘“Studied for Action”: How Gabriel Harvey Read his Livy’, Past '
         '& Present, 129 (1990), 30–78 (p. 35).',
         [('full', 'Studied for Action', '35')]),
        ('Harvey’s note reads ‘Liuy, the cheife of all Romane historians’ (Jardine and Grafton, ‘Studied for '
         'Action’, p. 47).',
         [('short', 'Studied for Action', '47')]),
        ('Heidi Brayman Hackel, Reading Material in Early Modern England: Print, Gender, and Literacy '
         '(Cambridge: Cambridge University Press, 2005), pp. 69–78; Sherman, Used Books, pp. 30–2.',
         [('full', 'Reading Material', '69-78'), ('short', 'Used Books', '30-32')]),
        ('Brayman Hackel, Reading Material, p. 140 (quoting Lady Anne Clifford’s diary).',
         [('short', 'Reading Material', '140')]),
        ('Ibid., p. 145, and the literature cited there.',
         [('ibid', 'Reading Material', '145')]),
        ('Ann Blair, Too Much to Know: Managing Scholarly Information before the Modern Age (New Haven: Yale '
         'University Press, 2010), p. 62.',
         [('full', 'Too Much to Know', '62')]),
        ('Blair, Too Much to Know, pp. 70–1; Jardine and Grafton, art. cit., p. 50.',
         [('short', 'Too Much to Know', '70-71'), ('op-cit', 'Studied for Action', '50')]),
        ('Gosson, Schoole of Abuse, sig. C3v.',
         [('short', 'Schoole of Abuse', 'C3v')]),
        ('Heywood, Apology, sig. C3r; Gosson, Schoole, sig. A2r.',
         [('short', 'Apology for Actors', 'C3r'), ('short', 'Schoole of Abuse', 'A2r')]),
        ('William Prynne, Histrio-mastix: The Players Scourge, or, Actors Tragaedie (London: for Michael '
         'Sparke, 1633; STC 20464), p. 556.',
         [('full', 'Histrio-mastix', '556')]),
        ('Ibid., sig. *3v.',
         [('ibid', 'Histrio-mastix', '*3v')]),
        ('Sidney, Apologie, sig. E4v; cf. Heywood, Apology, sig. B1v.',
         [('short', 'Apologie for Poetrie', 'E4v'), ('short', 'Apology for Actors', 'B1v')]),
        ('Sherman, op. cit., p. 40.',
         [('op-cit', 'Used Books', '40')]),
    ],
    # collected editions in many volumes: Jonson, Spenser, Nashe, Donne
    'collected_editions': [
        ('Ben Jonson, ed. by C. H. Herford, Percy Simpson and Evelyn Simpson, 11 vols (Oxford: Clarendon '
         'Press, 1925–52), VIII, 587.',
         [('full', 'Ben Jonson', 'VIII, 587')]),
        ('Herford and Simpson, XI, 12.',
         [('short', 'Ben Jonson', 'XI, 12')]),
        ('The Cambridge Edition of the Works of Ben Jonson, ed. by David Bevington, Martin Butler and Ian '
         'Donaldson, 7 vols (Cambridge: Cambridge University Press, 2012), IV, 99.',
         [('full', 'Works of Ben Jonson', 'IV, 99')]),
        ('Ibid., V, 312.',
         [('ibid', 'Works of Ben Jonson', 'V, 312')]),
        ('Ian Donaldson, Ben Jonson: A Life (Oxford: Oxford University Press, 2011), p. 211.',
         [('full', 'A Life', '211')]),
        ('Donaldson, Ben Jonson, p. 215; Cambridge Edition, VII, 20.',
         [('short', 'A Life', '215'), ('short', 'Works of Ben Jonson', 'VII, 20')]),
        ('Edmund Spenser, The Faerie Queene, ed. by A. C. Hamilton, rev. 2nd edn (Harlow: Longman, 2007), '
         'II.xii.42.',
         [('full', 'Faerie Queene', 'II.xii.42')]),
        ('Ibid., III.vi.43.',
         [('ibid', 'Faerie Queene', 'III.vi.43')]),
        ('The Works of Edmund Spenser: A Variorum Edition, ed. by Edwin Greenlaw and others, 11 vols '
         '(Baltimore: Johns Hopkins Press, 1932–57), III, 260.',
         [('full', 'Variorum', 'III, 260')]),
        ('Spenser, Variorum, X, 471; cf. The Faerie Queene, ed. by Hamilton, p. 12.',
         [('short', 'Variorum', 'X, 471'), ('short', 'Faerie Queene', '12')]),
        ('The Works of Thomas Nashe, ed. by Ronald B. McKerrow, 5 vols (London: A. H. Bullen, 1904–10), I, 212.',
         [('full', 'Works of Thomas Nashe', 'I, 212')]),
        ('Nashe, Works, III, 44.',
         [('short', 'Works of Thomas Nashe', 'III, 44')]),
        ('Ibid., V, 194.',
         [('ibid', 'Works of Thomas Nashe', 'V, 194')]),
        ('The Poems of John Donne, ed. by Herbert J. C. Grierson, 2 vols (Oxford: Clarendon Press, 1912), II, 48.',
         [('full', 'Poems of John Donne', 'II, 48')]),
        ('Grierson, II, 52.',
         [('short', 'Poems of John Donne', 'II, 52')]),
        ('The Sermons of John Donne, ed. by George R. Potter and Evelyn M. Simpson, 10 vols (Berkeley: '
         'University of California Press, 1953–62), VII, 257.',
         [('full', 'Sermons of John Donne', 'VII, 257')]),
        ('Ibid., IX, 63; Poems, ed. Grierson, I, 120.',
         [('ibid', 'Sermons of John Donne', 'IX, 63'), ('short', 'Poems of John Donne', 'I, 120')]),
        ('Donaldson, op. cit., p. 300.',
         [('op-cit', 'A Life', '300')]),
        ('Herford and Simpson, I, 139; Donaldson, Ben Jonson, p. 9.',
         [('short', 'Ben Jonson', 'I, 139'), ('short', 'A Life', '9')]),
        ('Sermons, VIII, 40.',
         [('short', 'Sermons of John Donne', 'VIII, 40')]),
    ],
    # an edition and its early modern (or modern) translation, each its own work
    'translations': [
        ('Michel de Montaigne, Les Essais, ed. by Pierre Villey and V.-L. Saulnier (Paris: Presses '
         'Universitaires de France, 1965), p. 1056.',
         [('full', 'Essais', '1056')]),
        ('The Essayes or Morall, Politike and Millitarie Discourses of Lo: Michaell de Montaigne, trans. by '
         'John Florio (London: Val. Simmes for Edward Blount, 1603; STC 18041), sig. Y4r.',
         [('full', 'Essayes', 'Y4r')]),
        ('Montaigne, Essais, p. 208; Florio, Essayes, sig. K2v.',
         [('short', 'Essais', '208'), ('short', 'Essayes', 'K2v')]),
        ('Baldassare Castiglione, Il libro del Cortegiano, ed. by Walter Barberis (Turin: Einaudi, 1998), p. 59.',
         [('full', 'libro del Cortegiano', '59')]),
        ('Castiglione, The Courtyer of Count Baldessar Castilio, trans. by Thomas Hoby (London: William Seres, '
         '1561; STC 4778), sig. E3r.',
         [('full', 'Courtyer', 'E3r')]),
        ('Castiglione, Cortegiano, p. 61; Hoby, Courtyer, sig. E4v.',
         [('short', 'libro del Cortegiano', '61'), ('short', 'Courtyer', 'E4v')]),
        ('Peter Burke, The Fortunes of the Courtier: The European Reception of Castiglione’s Cortegiano '
         '(Cambridge: Polity Press, 1995), p. 66.',
         [('full', 'Fortunes of the Courtier', '66')]),
        ('Burke, Fortunes of the Courtier, p. 70; Castiglione, Cortegiano, p. 80.',
         [('short', 'Fortunes of the Courtier', '70'), ('short', 'libro del Cortegiano', '80')]),
        ('Ovid, Metamorphoses, trans. by Arthur Golding (London: Willyam Seres, 1567; STC 18956), fol. 12v.',
         [('full', 'Metamorphoses', '12v')]),
        ('Golding, Metamorphoses, fol. 14r.',
         [('short', 'Metamorphoses', '14r')]),
        ('Jonathan Bate, Shakespeare and Ovid (Oxford: Clarendon Press, 1993), p. 8.',
         [('full', 'Shakespeare and Ovid', '8')]),
        ('Ibid., pp. 27–9; Golding, Metamorphoses, fol. 2r.',
         [('ibid', 'Shakespeare and Ovid', '27-29'), ('short', 'Metamorphoses', '2r')]),
        ('Desiderius Erasmus, De copia, in Opera omnia Desiderii Erasmi Roterodami, I-6, ed. by Betty I. Knott '
         '(Amsterdam: North-Holland, 1988), p. 42.',
         [('full', 'De copia', '42')]),
        ('Erasmus, On Copia of Words and Ideas, trans. by Donald B. King and H. David Rix (Milwaukee: '
         'Marquette University Press, 1963), p. 17.',
         [('full', 'On Copia', '17')]),
        ('Erasmus, De copia, p. 50; On Copia, p. 20.',
         [('short', 'De copia', '50'), ('short', 'On Copia', '20')]),
        ('Terence Cave, The Cornucopian Text: Problems of Writing in the French Renaissance (Oxford: Clarendon '
         'Press, 1979), p. 3.',
         [('full', 'Cornucopian Text', '3')]),
        ('Cave, Cornucopian Text, p. 20; cf. Erasmus, De copia, p. 60.',
         [('short', 'Cornucopian Text', '20'), ('short', 'De copia', '60')]),
        ('Florio, Essayes, sig. 2A3r.',
         [('short', 'Essayes', '2A3r')]),
        ('Montaigne, Les Essais, p. 1080.',
         [('short', 'Essais', '1080')]),
        ('Ibid.',
         [('ibid', 'Essais', None)]),
    ],
    # French histoire du livre: op. cit., art. cit., Id., "t. I, p. 300", " ; " between works
    'histoire_du_livre': [
        ('Lucien Febvre et Henri-Jean Martin, L’Apparition du livre, Paris, Albin Michel, 1958, p. 112.',
         [('full', 'Apparition du livre', '112')]),
        ('Ibid., p. 115.',
         [('ibid', 'Apparition du livre', '115')]),
        ('Roger Chartier, L’Ordre des livres. Lecteurs, auteurs, bibliothèques en Europe entre XIVe et XVIIIe '
         'siècle, Aix-en-Provence, Alinea, 1992, p. 45.',
         [('full', 'Lecteurs, auteurs', '45')]),
        ('Id., Culture écrite et société. L’ordre des livres (XIVe-XVIIIe siècle), Paris, Albin Michel, 1996, '
         'p. 133.',
         [('idem', 'Culture écrite', '133')]),
        ('R. Chartier, L’Ordre des livres, op. cit., p. 50 ; Febvre et Martin, op. cit., p. 120.',
         [('short', 'Lecteurs, auteurs', '50'), ('op-cit', 'Apparition du livre', '120')]),
        ('Henri-Jean Martin, Livre, pouvoirs et société à Paris au XVIIe siècle (1598-1701), Genève, Droz, 1969, '
         't. I, p. 300.',
         [('full', 'Livre, pouvoirs', '300')]),
        ('Ibid., t. II, p. 612.',
         [('ibid', 'Livre, pouvoirs', '612')]),
        # (revised after the first run, and counted wrong in the baseline: the range after a chapter's book is
        # the chapter's own pages, no pinpoint -- as for the articles of this table, "p. 222-230" below)
        ('Sur la notion d’« auteur », voir Roger Chartier, « Figures de l’auteur », dans L’Ordre des livres, '
         'op. cit., p. 35-67.',
         [('full', 'Figures de', None)]),
        ('Christian Jouhaud, Les Pouvoirs de la littérature. Histoire d’un paradoxe, Paris, Gallimard, 2000, '
         'p. 51-53.',
         [('full', 'Pouvoirs de la littérature', '51-53')]),
        ('Alain Viala, Naissance de l’écrivain. Sociologie de la littérature à l’âge classique, Paris, Minuit, '
         '1985, p. 94 ; cf. Jouhaud, Les Pouvoirs de la littérature, op. cit., p. 60.',
         [('full', 'Naissance de l', '94'), ('short', 'Pouvoirs de la littérature', '60')]),
        ('Viala, op. cit., p. 100.',
         [('op-cit', 'Naissance de l', '100')]),
        ('Jean-Dominique Mellot, « Rouen, capitale de la contrefaçon au XVIIe siècle », Bibliothèque de '
         'l’École des chartes, t. 147, 1989, p. 503-538, ici p. 510.',
         [('full', 'capitale de la contrefaçon', '510')]),
        ('Ibid., p. 520 ; voir aussi Martin, Livre, pouvoirs et société, op. cit., t. I, p. 350.',
         [('ibid', 'capitale de la contrefaçon', '520'), ('short', 'Livre, pouvoirs', '350')]),
        ('Mellot, art. cit., p. 530.',
         [('op-cit', 'capitale de la contrefaçon', '530')]),
        ('Elizabeth Armstrong, Before Copyright: The French Book-Privilege System, 1498-1526, Cambridge, '
         'Cambridge University Press, 1990, p. 21.',
         [('full', 'Before Copyright', '21')]),
        ('Armstrong, Before Copyright, op. cit., p. 30 ; Febvre et Martin, L’Apparition du livre, op. cit., '
         'p. 250.',
         [('short', 'Before Copyright', '30'), ('short', 'Apparition du livre', '250')]),
        ('Chartier, Culture écrite et société, op. cit., p. 140.',
         [('short', 'Culture écrite', '140')]),
        ('Ibid., p. 142-143.',
         [('ibid', 'Culture écrite', '142-143')]),
        ('Henri-Jean Martin, « Ce qu’on lisait à Paris au XVIe siècle », Bibliothèque d’Humanisme et '
         'Renaissance, t. 21, 1959, p. 222-230.',
         [('full', 'lisait à Paris', None)]),
        ('Id., Livre, pouvoirs et société, op. cit., t. II, p. 700.',
         [('idem', 'Livre, pouvoirs', '700')]),
    ],
    # German Buchgeschichte: Ebd., a.a.O., Ders., "wie Anm.", "Bl. 45r"
    'buchgeschichte': [
        ('Michael Giesecke, Der Buchdruck in der frühen Neuzeit. Eine historische Fallstudie über die '
         'Durchsetzung neuer Informations- und Kommunikationstechnologien, Frankfurt a. M. 1991, S. 124.',
         [('full', 'Buchdruck in der frühen Neuzeit', '124')]),
        ('Ebd., S. 130 f.',
         [('ibid', 'Buchdruck in der frühen Neuzeit', '130 f.')]),
        ('Vgl. Ursula Rautenberg (Hrsg.), Buchwissenschaft in Deutschland. Ein Handbuch, 2 Bde., Berlin/New '
         'York 2010, Bd. 1, S. 45.',
         [('full', 'Buchwissenschaft', '45')]),
        ('Reinhard Wittmann, Geschichte des deutschen Buchhandels, 3. Aufl., München 2011, S. 60–65.',
         [('full', 'Geschichte des deutschen Buchhandels', '60-65')]),
        ('Giesecke, Buchdruck (wie Anm. 1), S. 200; Wittmann, a.a.O., S. 70.',
         [('supra', 'Buchdruck in der frühen Neuzeit', '200'), ('op-cit', 'Geschichte des deutschen', '70')]),
        ('Stephan Füssel, Johannes Gutenberg, Reinbek bei Hamburg 1999, S. 34.',
         [('full', 'Johannes Gutenberg', '34')]),
        ('Ders., Gutenberg und seine Wirkung, Frankfurt a. M./Leipzig 1999, S. 12.',
         [('idem', 'seine Wirkung', '12')]),
        ('Füssel, Johannes Gutenberg, S. 40; Füssel, Gutenberg und seine Wirkung, S. 15.',
         [('short', 'Johannes Gutenberg', '40'), ('short', 'seine Wirkung', '15')]),
        ('Martin Luther, Sendbrief vom Dolmetschen, in: D. Martin Luthers Werke. Kritische Gesamtausgabe, '
         'Bd. 30/II, Weimar 1909, S. 632–646, hier S. 636.',
         [('full', 'Sendbrief', '636')]),
        ('Ebd., S. 638.',
         [('ibid', 'Sendbrief', '638')]),
        ('Hans-Jörg Künast, „Getruckt zu Augspurg“. Buchdruck und Buchhandel in Augsburg zwischen 1468 und '
         '1555, Tübingen 1997, S. 88.',
         [('full', 'Getruckt zu Augspurg', '88')]),
        ('Künast, „Getruckt zu Augspurg“ (wie Anm. 11), S. 90; vgl. auch Wittmann, Geschichte des deutschen '
         'Buchhandels (wie Anm. 4), S. 45.',
         [('supra', 'Getruckt zu Augspurg', '90'), ('supra', 'Geschichte des deutschen', '45')]),
        ('Johann Fischart, Affentheurlich Naupengeheurliche Geschichtklitterung, [Straßburg] 1590, Bl. 45r.',
         [('full', 'Geschichtklitterung', '45r')]),
        ('Ebd., Bl. 46v.',
         [('ibid', 'Geschichtklitterung', '46v')]),
        ('Zur Zensur vgl. Ulrich Eisenhardt, Die kaiserliche Aufsicht über Buchdruck, Buchhandel und Presse im '
         'Heiligen Römischen Reich Deutscher Nation (1496–1806), Karlsruhe 1970, S. 5–12.',
         [('full', 'kaiserliche Aufsicht', '5-12')]),
        ('Eisenhardt, Die kaiserliche Aufsicht, S. 20; Rautenberg, Buchwissenschaft, Bd. 1, S. 50.',
         [('short', 'kaiserliche Aufsicht', '20'), ('short', 'Buchwissenschaft', '50')]),
        ('Ebd., Bd. 2, S. 800.',
         [('ibid', 'Buchwissenschaft', '800')]),
        ('Giesecke, a.a.O., S. 300.',
         [('op-cit', 'Buchdruck in der frühen Neuzeit', '300')]),
        ('Künast, a.a.O., S. 95.',
         [('op-cit', 'Getruckt zu Augspurg', '95')]),
        ('Wittmann, Geschichte des deutschen Buchhandels, S. 75 f.',
         [('short', 'Geschichte des deutschen', '75 f.')]),
    ],
    # Donne and Milton: commentary around the citations, two books called "The Life of John Milton"
    'donne_milton': [
        ('John Donne, The Complete English Poems, ed. by A. J. Smith (Harmondsworth: Penguin, 1971), p. 48.',
         [('full', 'Complete English Poems', '48')]),
        ('The poem circulated widely in manuscript before its first printing in 1633; see Ernest W. Sullivan '
         'II, The Influence of John Donne: His Uncollected Seventeenth-Century Printed Verse (Columbia: '
         'University of Missouri Press, 1993), p. 4.',
         [('full', 'Influence of John Donne', '4')]),
        ('Ibid., pp. 10–11, where Sullivan lists the miscellanies.',
         [('ibid', 'Influence of John Donne', '10-11')]),
        ('John Carey, John Donne: Life, Mind and Art (London: Faber, 1981), p. 131; for a dissenting view, see '
         'Arthur F. Marotti, John Donne, Coterie Poet (Madison: University of Wisconsin Press, 1986), pp. 3–24.',
         [('full', 'Life, Mind and Art', '131'), ('full', 'Coterie Poet', '3-24')]),
        ('Carey, John Donne, p. 140; Marotti, Coterie Poet, p. 10.',
         [('short', 'Life, Mind and Art', '140'), ('short', 'Coterie Poet', '10')]),
        ('John Milton, Paradise Lost, ed. by Alastair Fowler, 2nd edn (Harlow: Longman, 1998), 9.780.',
         [('full', 'Paradise Lost', '9.780')]),
        ('Paradise Lost, 4.299.',
         [('short', 'Paradise Lost', '4.299')]),
        ('Barbara K. Lewalski, The Life of John Milton: A Critical Biography (Oxford: Blackwell, 2000), p. 442.',
         [('full', 'Critical Biography', '442')]),
        ('Lewalski, Life of John Milton, p. 450.',
         [('short', 'Critical Biography', '450')]),
        ('Stephen B. Dobranski, Milton, Authorship, and the Book Trade (Cambridge: Cambridge University Press, '
         '1999), pp. 33–4; and see Peter Lindenbaum, ‘Milton’s Contract’, Cardozo Arts and Entertainment Law '
         'Journal, 10 (1992), 439–54.',
         [('full', 'Book Trade', '33-34'), ('full', 'Contract', None)]),
        ('Id., ‘Authors and Publishers in the Late Seventeenth Century: New Evidence on their Relations’, The '
         'Library, 6th ser., 17 (1995), 250–69 (p. 255).',
         [('idem', 'Authors and Publishers', '255')]),
        ('Lindenbaum, ‘Milton’s Contract’, p. 445; Dobranski, op. cit., p. 40.',
         [('short', 'Contract', '445'), ('op-cit', 'Book Trade', '40')]),
        ('The contract is printed in David Masson, The Life of John Milton, 7 vols (London: Macmillan, '
         '1859–94), VI, 509.',
         [('full', 'Life of John Milton', 'VI, 509')]),
        ('Masson, Life of John Milton, III, 265; Lewalski, Life of John Milton, p. 460.',
         [('short', 'Life of John Milton', 'III, 265'), ('short', 'Critical Biography', '460')]),
        ('Ibid., p. 462.',
         [('ibid', 'Critical Biography', '462')]),
        ('Complete Prose Works of John Milton, ed. by Don M. Wolfe and others, 8 vols (New Haven: Yale '
         'University Press, 1953–82), II, 492.',
         [('full', 'Complete Prose Works', 'II, 492')]),
        ('Complete Prose Works, IV, 624.',
         [('short', 'Complete Prose Works', 'IV, 624')]),
        ('Carey, op. cit., p. 200.',
         [('op-cit', 'Life, Mind and Art', '200')]),
        ('Dobranski, Milton, Authorship, and the Book Trade, p. 120.',
         [('short', 'Book Trade', '120')]),
        ('Smith’s edition prints the Westmoreland text (Complete English Poems, p. 312).',
         [('short', 'Complete English Poems', '312')]),
    ],
}

KNOWN_MISSES: dict[tuple[str, int], str] = {}

ALL: dict[str, list[Row]] = {**SECOND}


def test_note(sequence_case: tuple[str, int], check_sequence_case: Any) -> None:
    check_sequence_case(sequence_case)


def _ids(documents: dict[str, Any], name: str) -> list[list[str]]:
    return [[c.id for c in note.citations] for note in documents[name].notes]


def test_two_lives_of_milton_kept_apart(documents: dict[str, Any]) -> None:
    """Masson's and Lewalski's "The Life of John Milton" are two works, each short form to its own."""
    ids = _ids(documents, 'donne_milton')
    lewalski, masson = ids[7][0], ids[12][0]
    assert lewalski != masson
    assert ids[8] == [lewalski] and ids[13] == [masson, lewalski] and ids[14] == [lewalski]


def test_edition_and_translation_kept_apart(documents: dict[str, Any]) -> None:
    """Montaigne's Essais and Florio's Essayes, the Cortegiano and Hoby's Courtyer, De copia and On Copia."""
    ids = _ids(documents, 'translations')
    assert ids[0][0] != ids[1][0] and ids[2] == [ids[0][0], ids[1][0]]
    assert ids[3][0] != ids[4][0] and ids[5] == [ids[3][0], ids[4][0]]
    assert ids[12][0] != ids[13][0] and ids[14] == [ids[12][0], ids[13][0]]


def test_jonson_editions_and_life_kept_apart(documents: dict[str, Any]) -> None:
    """Herford and Simpson's "Ben Jonson", the Cambridge Edition and Donaldson's "Ben Jonson: A Life"."""
    ids = _ids(documents, 'collected_editions')
    hs, cam, life = ids[0][0], ids[2][0], ids[4][0]
    assert len({hs, cam, life}) == 3
    assert ids[1] == [hs] and ids[5] == [life, cam] and ids[18] == [hs, life]
