"""Whole notes through ``citekit extract --notes``: how they split, their kinds, titles and locators.

The 25 notes were written by the integrator on 2026-11-27 before the day's fourth splitting round
and kept from its author: a held-out check of that round (22 of 25 right before it, 24 after; the
cross-reference "See above, n. 3" is read as a back-reference to note 3, which is accepted here).
Each case: the note, then per citation its kind, a word of its title (None: not compared) and its
locator (None: not compared).
"""

from __future__ import annotations

from typing import Any

from citekit.model import Document

NOTES: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    ('See Peter Brown, The Body and Society (New York: Columbia University Press, 1988), 45; and Caroline Walker Bynum, Holy Feast and Holy Fast (Berkeley: University of California Press, 1987), 112.',
     [('full', 'Body and Society', '45'), ('full', 'Holy Feast', '112')]),
    ('Ibid., 47.',
     [('ibid', None, '47')]),
    ('Brown, Body and Society, 50; cf. Bynum, Holy Feast, 114–15.',
     [('short', 'Body and Society', '50'), ('short', 'Holy Feast', '114-15')]),
    ('On this point I follow the argument of Natalie Zemon Davis, Fiction in the Archives (Stanford: Stanford University Press, 1987), 3–4, though her emphasis differs.',
     [('full', 'Fiction in the Archives', '3-4')]),
    ('This is not the place to rehearse the long debate about the nature of the Soviet state.',
     []),
    ('Quoted in Sheila Fitzpatrick, Everyday Stalinism (New York: Oxford University Press, 1999), 34.',
     [('full', 'Everyday Stalinism', '34')]),
    ('Vgl. dazu Reinhart Koselleck, Vergangene Zukunft, Frankfurt am Main 1979, S. 17; ferner Jörn Rüsen, Historische Vernunft, Göttingen 1983, S. 45 f.',
     [('full', 'Vergangene Zukunft', '17'), ('full', 'Historische Vernunft', None)]),
    ('Ebd., S. 19.',
     [('ibid', None, '19')]),
    ('Koselleck, Vergangene Zukunft (wie Anm. 7), S. 20.',
     [('supra', 'Vergangene Zukunft', '20')]),
    ("Voir Marc Bloch, Les Rois thaumaturges, Paris, Armand Colin, 1924, p. 52 ; et Lucien Febvre, Le Problème de l'incroyance au XVIe siècle, Paris, Albin Michel, 1942, p. 11.",
     [('full', 'Rois thaumaturges', '52'), ('full', 'incroyance', '11')]),
    ('Bloch, op. cit., p. 60.',
     [('op-cit', None, '60')]),
    ("Cfr. F. Chabod, Storia dell'idea d'Europa, Bari 1961, p. 23, e F. Venturi, Utopia e riforma nell'Illuminismo, Torino 1970, pp. 5-9.",
     [('full', "idea d'Europa", '23'), ('full', 'Utopia e riforma', '5-9')]),
    ('Ivi, p. 25.',
     [('ibid', None, '25')]),
    ('For a different view, see Robert Conquest, The Great Terror: A Reassessment (London: Hutchinson, 1990), 200–205; contra J. Arch Getty, Origins of the Great Purges (Cambridge: Cambridge University Press, 1985), 8.',
     [('full', 'Great Terror', '200-205'), ('full', 'Origins of the Great Purges', '8')]),
    ('Getty, Origins, 10; Conquest, Great Terror, 210.',
     [('short', 'Origins', '10'), ('short', 'Great Terror', '210')]),
    ('See above, n. 3, and Chapter 2.',
     [('supra', None, None)]),
    ('Donoghue v Stevenson [1932] AC 562, 580; see also Caparo Industries plc v Dickman [1990] 2 AC 605.',
     [('full', 'Donoghue', '580'), ('full', 'Caparo', None)]),
    ('Там же. С. 45.',
     [('ibid', None, '45')]),
    ('O. V. Khlevniuk, Khoziain: Stalin i utverzhdenie stalinskoi diktatury, Moscow, 2010, p. 245; idem, Politbiuro, Moscow, 1996, p. 12.',
     [('full', 'Khoziain', '245'), ('idem', 'Politbiuro', '12')]),
    ("As E. P. Thompson observed long ago, 'the poor stockinger' deserves rescue: The Making of the English Working Class (London: Gollancz, 1963), 12.",
     [('full', 'Making of the English Working Class', '12')]),
    ('Hobsbawm, Age of Revolution, 45, quoted in Tony Judt, Reappraisals (London: Heinemann, 2008), 117.',
     [('short', 'Age of Revolution', '45'), ('full', 'Reappraisals', '117')]),
    ('Id. at 585.',
     [('ibid', None, '585')]),
    ('Robert C. Tucker, Stalin in Power (New York: Norton, 1990), 444–78. I am grateful to an anonymous reviewer for this reference.',
     [('full', 'Stalin in Power', '444-478')]),
    ('Ver José Murilo de Carvalho, A formação das almas, São Paulo, Companhia das Letras, 1990, p. 33.',
     [('full', 'formação das almas', '33')]),
    ('Véase J. H. Elliott, El conde-duque de Olivares, Barcelona, Crítica, 1990, p. 77; y Antonio Domínguez Ortiz, Las clases privilegiadas en la España del Antiguo Régimen, Madrid, Istmo, 1973, p. 102.',
     [('full', 'conde-duque', '77'), ('full', 'clases privilegiadas', '102')]),
]
#: a back-reference may be read as any of these kinds
_BACK: dict[str, set[str]] = {"ibid": {"ibid", "idem"}, "op-cit": {"op-cit", "ibid"}}


def test_heldout_note(document: Document, held_out_index: int, check_linked_note: Any) -> None:
    check_linked_note(document, held_out_index, NOTES[held_out_index][1], _BACK)
