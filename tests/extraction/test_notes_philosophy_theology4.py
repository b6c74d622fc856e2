"""Extraction round 9, fourth batch: whole footnotes of philosophy and theology.

Written after the third batch's fixes (``test_notes_philosophy_theology3.py``) and before citekit read
them: Kant scholarship citing the Critiques by their sigla ("Kant, KrV, A 107", "KpV, AA V, 33") after
their full citations, Heidegger's "SuZ", Kierkegaard's SKS, the Summa by its siglum as a first
citation and "Ibid., ad 3", abbreviated Augustine; and English theology with Barth's "CD I/1" in a
sentence, Augustine's sermons and letters after "Idem", a sentence leading into a citation with a
colon, "See n. 7 above", "Ibid. 3.25" and "eadem".  Each row: the note, then per citation (kind, a
word of the title of the entry it points to, the locator; ranges expanded).  23 of the 29 notes read right before this batch's fixes, 29 after.
"""

from __future__ import annotations

from typing import Any

Row = tuple[str, list[tuple[str, "str | None", "str | None"]]]

FOURTH: dict[str, list[Row]] = {
    # a German article on Kant's practical philosophy, with Heidegger, Kierkegaard and the Fathers
    'de_kant': [
        ('Immanuel Kant, Kritik der reinen Vernunft, hg. von Jens Timmermann, Hamburg 1998, B 132.',
         [('full', 'Kritik der reinen Vernunft', 'B 132')]),
        ('Kant, KrV, A 107.',
         [('short', 'Kritik der reinen Vernunft', 'A 107')]),
        ('Immanuel Kant, Kritik der praktischen Vernunft, AA V, 31.',
         [('full', 'praktischen Vernunft', '31')]),
        ('Vgl. KpV, AA V, 33.',
         [('short', 'praktischen Vernunft', '33')]),
        ('Zur Deutung vgl. Marcus Willaschek, Praktische Vernunft. Handlungstheorie und Moralbegründung bei Kant, '
         'Stuttgart/Weimar 1992, 171–180.',
         [('full', 'Praktische Vernunft', '171-180')]),
        ('Ders., Kant on the Sources of Metaphysics, Cambridge 2018, 25.',
         [('idem', 'Sources of Metaphysics', '25')]),
        ('Willaschek, Praktische Vernunft (Anm. 5), 175.',
         [('supra', 'Praktische Vernunft', '175')]),
        ('Kant, KrV, B 404; dazu Willaschek, Sources of Metaphysics, 40.',
         [('short', 'Kritik der reinen Vernunft', 'B 404'), ('short', 'Sources of Metaphysics', '40')]),
        ('Ebd., 42.',
         [('ibid', 'Sources of Metaphysics', '42')]),
        ('Søren Kierkegaard, Begrebet Angest, SKS 4, 307–461, hier 355.',
         [('full', 'Begrebet Angest', '355')]),
        ('Martin Heidegger, Sein und Zeit, Tübingen 1927, 42.',
         [('full', 'Sein und Zeit', '42')]),
        ('Heidegger, SuZ, 57.',
         [('short', 'Sein und Zeit', '57')]),
        ('Aquinas, ST I-II, q. 94, a. 2.',
         [('full', 'ST', 'I-II, q. 94, a. 2')]),
        ('Ibid., ad 3.',
         [('ibid', 'ST', 'ad 3')]),
        ('Augustine, Conf. 8.12.29.',
         [('full', 'Conf', '8.12.29')]),
    ],
    # an English article in doctrinal theology
    'en_doctrine': [
        ('On this see Karl Barth, Church Dogmatics, vol. I/1, trans. G. W. Bromiley (Edinburgh: T&T Clark, 1975), '
         '3–24.',
         [('full', 'Church Dogmatics', '3-24')]),
        ('Barth, CD I/1, 11. Barth returns to the point in CD IV/1, 45.',
         [('short', 'Church Dogmatics', 'I/1, 11'), ('short', 'Church Dogmatics', 'IV/1, 45')]),
        ('Eberhard Jüngel, God as the Mystery of the World, trans. Darrell L. Guder (Grand Rapids, MI: Eerdmans, '
         '1983), 220.',
         [('full', 'Mystery of the World', '220')]),
        ('Jüngel, God as the Mystery, 225–26; cf. Barth, CD I/1, 300.',
         [('short', 'Mystery of the World', '225-226'), ('short', 'Church Dogmatics', 'I/1, 300')]),
        ('Augustine, Sermon 52.6.',
         [('full', 'Sermon', '52.6')]),
        ('Idem, Letter 147.',
         [('idem', 'Letter', '147')]),
        ('Pannenberg makes the same point: Wolfhart Pannenberg, Systematic Theology, trans. Geoffrey W. Bromiley, '
         '3 vols. (Grand Rapids, MI: Eerdmans, 1991–98), 1:327.',
         [('full', 'Systematic Theology', '1:327')]),
        ('Ibid., 2:20–21.',
         [('ibid', 'Systematic Theology', '2:20-21')]),
        ('Pannenberg, Systematic Theology, 1:330; Jüngel, God as the Mystery, 230.',
         [('short', 'Systematic Theology', '1:330'), ('short', 'Mystery of the World', '230')]),
        ('See n. 7 above.',
         [('supra', 'Systematic Theology', None)]),
        ('Thomas Aquinas, Summa contra gentiles 1.30.',
         [('full', 'Summa contra gentiles', '1.30')]),
        ('Ibid. 3.25.',
         [('ibid', 'Summa contra gentiles', '3.25')]),
        ('Kathryn Tanner, Christ the Key (Cambridge: Cambridge University Press, 2010), 140–48; eadem, God and '
         'Creation in Christian Theology: Tyranny or Empowerment? (Oxford: Blackwell, 1988), 36.',
         [('full', 'Christ the Key', '140-148'), ('idem', 'God and Creation', '36')]),
        ('Tanner, Christ the Key, 145.',
         [('short', 'Christ the Key', '145')]),
    ],
}

KNOWN_MISSES: dict[tuple[str, int], str] = {}

ALL: dict[str, list[Row]] = {**FOURTH}


def test_note(sequence_case: tuple[str, int], check_sequence_case: Any) -> None:
    check_sequence_case(sequence_case)
