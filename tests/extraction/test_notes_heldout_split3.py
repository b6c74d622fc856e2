"""Whole notes through ``citekit extract --notes``: how they split, their kinds, the works they point to
and their locators, in Spanish, Portuguese, Dutch, Polish, Swedish and Czech.

The 20 notes were written by the integrator on 2026-11-28 (01:35 UTC) before the fourth extraction
round. 17 of 20 were right at its start (6637ef5) and 20 after it, but this is no independent check of
that round: its brief quoted the three failures ("Tamże, s. 75.", "Tamtéž, s. 14." read as short forms,
and a Dutch note whose second work was titled "Nijmegen"). The title is checked on the entry a citation
points to, so a back-reference's title checks its link. Each case: the note, then per citation its kind,
a word of the title of the work it points to (None: not compared) and its locator (None: not compared).
"""

from __future__ import annotations

from typing import Any

from citekit.model import Document

NOTES: list[tuple[str, list[tuple[str, str | None, str | None]]]] = [
    ('Véase Josep Fontana, La quiebra de la monarquía absoluta, 1814-1820, Barcelona, Ariel, 1971, p. 45; y también Miguel Artola, Los orígenes de la España contemporánea, Madrid, Instituto de Estudios Políticos, 1959, pp. 112-118.',
     [('full', 'quiebra de la monarquía absoluta', '45'), ('full', 'orígenes de la España contemporánea', '112-118')]),
    ('Ibíd., p. 120.',
     [('ibid', 'orígenes de la España contemporánea', '120')]),
    ('Fontana, La quiebra, op. cit., p. 50.',
     [('op-cit', 'quiebra de la monarquía absoluta', '50')]),
    ('Sobre este punto existe una abundante bibliografía, que aquí no podemos resumir.',
     []),
    ('Cf. Fernando Novais, Portugal e Brasil na crise do antigo sistema colonial (1777-1808), São Paulo, Hucitec, 1979, p. 57; ver também Caio Prado Júnior, Formação do Brasil contemporâneo, São Paulo, Brasiliense, 1942, p. 19.',
     [('full', 'Portugal e Brasil', '57'), ('full', 'Formação do Brasil contemporâneo', '19')]),
    ('Idem, ibidem, p. 22.',
     [('ibid', 'Formação do Brasil contemporâneo', '22')]),
    ('Novais, Portugal e Brasil, ob. cit., p. 60.',
     [('op-cit', 'Portugal e Brasil', '60')]),
    ('Zie J. L. Price, Holland and the Dutch Republic in the Seventeenth Century, Oxford 1994, p. 88; vgl. ook Maarten Prak, Gouden Eeuw. Het raadsel van de Republiek, Nijmegen 2002, p. 140.',
     [('full', 'Holland and the Dutch Republic', '88'), ('full', 'Gouden Eeuw', '140')]),
    ('Prak, Gouden Eeuw, p. 145.',
     [('short', 'Gouden Eeuw', '145')]),
    ('Por. Andrzej Walicki, Filozofia a mesjanizm, Warszawa 1970, s. 33; zob. też Jerzy Szacki, Liberalizm po komunizmie, Kraków 1994, s. 71.',
     [('full', 'Filozofia a mesjanizm', '33'), ('full', 'Liberalizm po komunizmie', '71')]),
    ('Tamże, s. 75.',
     [('ibid', 'Liberalizm po komunizmie', '75')]),
    ('Walicki, Filozofia a mesjanizm, dz. cyt., s. 40.',
     [('op-cit', 'Filozofia a mesjanizm', '40')]),
    ('Archivo Histórico Nacional (AHN), Consejos, leg. 11.977, exp. 4; Archivo General de Simancas (AGS), Estado, leg. 2.845.',
     [('full', None, None), ('full', None, None)]),
    ('Vid. Antonio Domínguez Ortiz, Sociedad y Estado en el siglo XVIII español, Barcelona, Ariel, 1976, pp. 200-205, y J. H. Elliott, The Revolt of the Catalans, Cambridge, Cambridge University Press, 1963, p. 310.',
     [('full', 'Sociedad y Estado', '200-205'), ('full', 'Revolt of the Catalans', '310')]),
    ('Elliott, The Revolt of the Catalans, p. 312.',
     [('short', 'Revolt of the Catalans', '312')]),
    ('Ibid.',
     [('ibid', 'Revolt of the Catalans', None)]),
    ('Se Kurt Ågren, Adelns bönder och kronans, Uppsala 1964, s. 15; jfr Eli F. Heckscher, Sveriges ekonomiska historia från Gustav Vasa, Stockholm 1935, s. 80.',
     [('full', 'Adelns bönder', '15'), ('full', 'Sveriges ekonomiska historia', '80')]),
    ('Srov. Jan Patočka, Kacířské eseje o filosofii dějin, Praha 1990, s. 12.',
     [('full', 'Kacířské eseje', '12')]),
    ('Tamtéž, s. 14.',
     [('ibid', 'Kacířské eseje', '14')]),
    ('Para una visión de conjunto, véase John Lynch, Las revoluciones hispanoamericanas, 1808-1826, Barcelona, Ariel, 1976, cap. 2.',
     [('full', 'revoluciones hispanoamericanas', '2')]),
]


def test_heldout_note(document: Document, held_out_index: int, check_linked_note: Any) -> None:
    check_linked_note(document, held_out_index, NOTES[held_out_index][1])
