"""A sixth round of whole footnotes: documents whose notes cite the same works again and again.

Each document is a run of 10-20 notes as a history or law article writes them: a full first
citation, then short forms, "Ibid.", idem, op. cit., a.a.O., ebd., "supra n. N", cross-language
(English, German, French, Italian, Spanish, Catalan, Dutch, Polish, Czech).  The notes are invented
(people, works, pages) and were written with their expected reading before citekit read them.
Each row: the note, then per citation (kind, a word of the title or container title of the entry
the citation points to -- so a back-reference's link is checked -- or None, and the locator).

Conventions the rows follow: a range is stored expanded wherever it is cited -- "120–25" in a full
citation and "Ibid., 392-93" alike give "120-125" / "392-393" (the project's convention for locator
ranges, ``citekit/normalize/__init__.py``); a volume and page ("4:73") stay as written.

First batch (``DOCUMENTS``, 71 notes in 6 documents, written before any fix): 60 read right
(``test_note``) before the round's fixes, 71 after.  The stricter checks -- a repeat points at the
very entry of its full citation, the authors of a first citation, a lead-in as the prefix -- failed
16 times before (the diary entry's date as its title, "Addison, Road to 1945" read as a full
citation, "Dunn, Savage, and Yeandle" made an entry of its own, "Juan García y Pedro López" one
person, Polish and Czech lead-ins kept in the author's name), 0 after.  Second batch (``HELD_OUT``,
34 notes, written after those fixes): 32 right before its own fixes ("Storia d'Italia dopo il 1945"
read as a full citation; one row expected an op. cit. of an author with two works to link, which
citekit rightly leaves ambiguous -- the row was replaced); the author and prefix checks added for it
then found three lead-ins ("Zwracał na to uwagę już", "Podkreślała to", "Uvádí to" before
"Jiří Kořalka") kept in the name; all right after.  Third batch (``THIRD``, 30 notes, OSCOLA,
German legal, Spanish and Portuguese): 29 right before its fixes ("Domínguez Ortiz y Vincent" read
as a full citation), 30 after; one author reading (the parser's) is a strict xfail.  Fourth batch
(``FOURTH``, 22 notes, Russian in Cyrillic, Swedish, Dutch, an English thesis): 22 right before any
fix of its own.  Fifth (``FIFTH``, 14 notes, a probe of signals before back-references): 14 right
by the table's word checks before its fix, but "Ders., Vergangene Zukunft, Frankfurt am Main:
Suhrkamp 1979" after a short form of the same author took the imprint into the title ("ders." is now
read with the name in full; ``test_idem_after_a_short_form_has_its_own_title``).
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.model import Document

Row = tuple[str, list[tuple[str, "str | None", "str | None"]]]

DOCUMENTS: dict[str, list[Row]] = {
    # British political history: a diary in an edition, a year inside a short title, three editors
    'strike': [
        ('Diary of Beatrice Webb, 4 May 1926, in The Diary of Beatrice Webb, ed. Norman and Jeanne MacKenzie, vol. 4 (London: Virago, 1985), 71.',
         [('full', 'Diary of Beatrice Webb', '71')]),
        ('Webb, Diary, 4:73.',
         [('short', 'Diary of Beatrice Webb', '4:73')]),
        ('Paul Addison, The Road to 1945: British Politics and the Second World War (London: Cape, 1975), 120–25.',
         [('full', 'Road to 1945', '120-125')]),
        ('Addison, Road to 1945, 130.',
         [('short', 'Road to 1945', '130')]),
        ('Ibid., 392-93.',
         [('ibid', 'Road to 1945', '392-393')]),
        ('Harold Nicolson, diary entry, 12 June 1940, in Harold Nicolson, Diaries and Letters, 1939-1945, ed. Nigel Nicolson (London: Collins, 1967), 92.',
         [('full', 'Diaries and Letters', '92')]),
        ('Nicolson, Diaries and Letters, 95; Addison, Road to 1945, 140–42.',
         [('short', 'Diaries and Letters', '95'), ('short', 'Road to 1945', '140-142')]),
        ('Ibid., 145.',
         [('ibid', 'Road to 1945', '145')]),
        ('The cabinet papers add nothing to what Nicolson heard in the lobbies.',
         []),
        ('John Winthrop, journal entry, 22 June 1630, in The Journal of John Winthrop, 1630-1649, ed. Richard S. Dunn, James Savage, and Laetitia Yeandle (Cambridge, MA: Harvard University Press, 1996), 34.',
         [('full', 'Journal of John Winthrop', '34')]),
        ('Dunn, Savage, and Yeandle, Journal of John Winthrop, 40.',
         [('short', 'Journal of John Winthrop', '40')]),
        ('Ibid., 41-43.',
         [('ibid', 'Journal of John Winthrop', '41-43')]),
        ('Ross McKibbin, Classes and Cultures: England 1918-1951 (Oxford: Oxford University Press, 1998), 201.',
         [('full', 'Classes and Cultures', '201')]),
        ('McKibbin, Classes and Cultures, 210-15; Webb, Diary, 4:80.',
         [('short', 'Classes and Cultures', '210-215'), ('short', 'Diary of Beatrice Webb', '4:80')]),
        ('Addison, Road to 1945, 150.',
         [('short', 'Road to 1945', '150')]),
    ],
    # an American law review article: Id., supra note N, short forms of cases and articles
    'law': [
        ('Morton J. Horwitz, The Transformation of American Law, 1780-1860, at 31 (1977).',
         [('full', 'Transformation of American Law', '31')]),
        ('Id. at 35.',
         [('ibid', 'Transformation of American Law', '35')]),
        ('Duncan Kennedy, Form and Substance in Private Law Adjudication, 89 Harv. L. Rev. 1685, 1701 (1976).',
         [('full', 'Form and Substance', '1701')]),
        ('Id. at 1710-12.',
         [('ibid', 'Form and Substance', '1710-1712')]),
        ('Horwitz, supra note 1, at 40.',
         [('supra', 'Transformation of American Law', '40')]),
        ('Kennedy, supra note 3, at 1720.',
         [('supra', 'Form and Substance', '1720')]),
        ('Grant Gilmore, The Death of Contract 14 (1974).',
         [('full', 'Death of Contract', '14')]),
        ('Id.',
         [('ibid', 'Death of Contract', None)]),
        ('See Gilmore, supra note 7, at 20; Horwitz, supra note 1, at 45.',
         [('supra', 'Death of Contract', '20'), ('supra', 'Transformation of American Law', '45')]),
        ('Id. at 47.',
         [('ibid', 'Transformation of American Law', '47')]),
        ('Lawrence M. Friedman, A History of American Law 120 (3d ed. 2005).',
         [('full', 'History of American Law', '120')]),
        ('Friedman, supra note 11, at 125-27.',
         [('supra', 'History of American Law', '125-127')]),
    ],
    # German social history: a.a.O., ebd., ders., Anm.
    'de': [
        ('Hans-Ulrich Wehler, Deutsche Gesellschaftsgeschichte, Bd. 3, München: Beck 1995, S. 120.',
         [('full', 'Gesellschaftsgeschichte', '120')]),
        ('Ebd., S. 125.',
         [('ibid', 'Gesellschaftsgeschichte', '125')]),
        ('Jürgen Kocka, Arbeitsverhältnisse und Arbeiterexistenzen, Bonn: Dietz 1990, S. 45.',
         [('full', 'Arbeitsverhältnisse', '45')]),
        ('Ders., Weder Stand noch Klasse, Bonn: Dietz 1990, S. 12.',
         [('idem', 'Weder Stand', '12')]),
        ('Wehler, a.a.O., S. 130.',
         [('op-cit', 'Gesellschaftsgeschichte', '130')]),
        ('Ebd., S. 131-33.',
         [('ibid', 'Gesellschaftsgeschichte', '131-133')]),
        ('Kocka, Arbeitsverhältnisse, S. 50.',
         [('short', 'Arbeitsverhältnisse', '50')]),
        ('Dass die Zahlen unsicher sind, betont auch die neuere Forschung.',
         []),
        ('Thomas Nipperdey und Reinhard Rürup, Antisemitismus, in: Geschichtliche Grundbegriffe, Bd. 1, Stuttgart: Klett 1972, S. 129.',
         [('full', 'Antisemitismus', '129')]),
        ('Nipperdey und Rürup, Antisemitismus, S. 135.',
         [('short', 'Antisemitismus', '135')]),
        ('Wehler, Gesellschaftsgeschichte, S. 140; Kocka, Weder Stand, S. 20.',
         [('short', 'Gesellschaftsgeschichte', '140'), ('short', 'Weder Stand', '20')]),
        ('Ebd., S. 22.',
         [('ibid', 'Weder Stand', '22')]),
    ],
    # French and Italian history: op. cit., art. cit., idem, ivi
    'fr_it': [
        ('Marc Bloch, La Société féodale, Paris, Albin Michel, 1939, p. 45.',
         [('full', 'Société féodale', '45')]),
        ('Ibid., p. 47-49.',
         [('ibid', 'Société féodale', '47-49')]),
        ('Georges Duby et Robert Mandrou, Histoire de la civilisation française, Paris, Armand Colin, 1958, p. 88.',
         [('full', 'civilisation française', '88')]),
        ('Bloch, op. cit., p. 50.',
         [('op-cit', 'Société féodale', '50')]),
        ('Duby et Mandrou, Histoire de la civilisation, p. 90.',
         [('short', 'civilisation française', '90')]),
        ('Franco Venturi, Settecento riformatore, Torino, Einaudi, 1969, p. 210.',
         [('full', 'Settecento riformatore', '210')]),
        ('Ivi, p. 212.',
         [('ibid', 'Settecento riformatore', '212')]),
        ('Carlo Ginzburg e Adriano Prosperi, Giochi di pazienza, Torino, Einaudi, 1975, p. 33.',
         [('full', 'Giochi di pazienza', '33')]),
        ('Ginzburg e Prosperi, Giochi di pazienza, p. 40.',
         [('short', 'Giochi di pazienza', '40')]),
        ('Venturi, Settecento riformatore, p. 215-18.',
         [('short', 'Settecento riformatore', '215-218')]),
        ('Ibid., p. 220.',
         [('ibid', 'Settecento riformatore', '220')]),
        ('Bloch, La Société féodale, p. 60.',
         [('short', 'Société féodale', '60')]),
    ],
    # Spanish, Catalan and Dutch: authors joined by "y", "i", "en"
    'es_ca_nl': [
        ('Juan García y Pedro López, Historia de la Iglesia en España (Madrid: Cátedra, 1990), p. 10.',
         [('full', 'Historia de la Iglesia', '10')]),
        ('García y López, Historia de la Iglesia, p. 12.',
         [('short', 'Historia de la Iglesia', '12')]),
        ('Ibíd., p. 14.',
         [('ibid', 'Historia de la Iglesia', '14')]),
        ('Josep Vidal i Jordi Puig, Història de Catalunya (Barcelona: Edicions 62, 1995), p. 33.',
         [('full', 'Història de Catalunya', '33')]),
        ('Vidal i Puig, Història de Catalunya, p. 40.',
         [('short', 'Història de Catalunya', '40')]),
        ('Jan Jansen en Pieter de Vries, Geschiedenis van Holland (Amsterdam: Boom, 2001), 55.',
         [('full', 'Geschiedenis van Holland', '55')]),
        ('Jansen en De Vries, Geschiedenis van Holland, 60.',
         [('short', 'Geschiedenis van Holland', '60')]),
        ('García y López, Historia de la Iglesia, pp. 20-22.',
         [('short', 'Historia de la Iglesia', '20-22')]),
        ('Vidal i Puig, Història, p. 41.',
         [('short', 'Història de Catalunya', '41')]),
        ('Ibíd., p. 42.',
         [('ibid', 'Història de Catalunya', '42')]),
    ],
    # Polish and Czech: a lead-in with a past-tense verb, tamże, dz. cyt.
    'pl_cz': [
        ('Pisał o tym Jan Kowalski, Dzieje Polski 1795–1918 (Warszawa: PWN, 1998), s. 45.',
         [('full', 'Dzieje Polski', '45')]),
        ('Tamże, s. 47.',
         [('ibid', 'Dzieje Polski', '47')]),
        ('Kowalski, Dzieje Polski, s. 50.',
         [('short', 'Dzieje Polski', '50')]),
        ('Podobnie pisała Anna Nowak, Kobiety w Galicji (Kraków: Universitas, 2005), s. 12.',
         [('full', 'Kobiety w Galicji', '12')]),
        ('Nowak, Kobiety w Galicji, s. 15-17.',
         [('short', 'Kobiety w Galicji', '15-17')]),
        ('Kowalski, dz. cyt., s. 60.',
         [('op-cit', 'Dzieje Polski', '60')]),
        ('Psal o tom Josef Novák, Dějiny Moravy (Praha: Academia, 2003), s. 88.',
         [('full', 'Dějiny Moravy', '88')]),
        ('Tamtéž, s. 90.',
         [('ibid', 'Dějiny Moravy', '90')]),
        ('Novák, Dějiny Moravy, s. 95.',
         [('short', 'Dějiny Moravy', '95')]),
        ('Nowak, Kobiety w Galicji, s. 20.',
         [('short', 'Kobiety w Galicji', '20')]),
    ],
}

#: the second batch, written after the fixes of the first and run before any fix of its own
HELD_OUT: dict[str, list[Row]] = {
    # Polish and Czech: idem forms (tenże, taż, tentýž), a cross-reference, more verb-first lead-ins
    'pl_cz2': [
        ('Zwracał na to uwagę już Henryk Wereszycki, Historia polityczna Polski 1864–1918 (Paryż: Instytut Literacki, 1979), s. 101.',
         [('full', 'Historia polityczna', '101')]),
        ('Tenże, Niewygasła przeszłość (Kraków: Znak, 1987), s. 33.',
         [('idem', 'Niewygasła', '33')]),
        ('Wereszycki, Historia polityczna, s. 110–12.',
         [('short', 'Historia polityczna', '110-112')]),
        ('Tamże, s. 115.',
         [('ibid', 'Historia polityczna', '115')]),
        ('Podkreślała to Maria Bogucka, Dzieje kultury polskiej do 1918 roku (Wrocław: Ossolineum, 1987), s. 200.',
         [('full', 'Dzieje kultury', '200')]),
        ('Taż, Staropolskie obyczaje w XVI–XVII wieku (Warszawa: PIW, 1994), s. 14.',
         [('idem', 'Staropolskie obyczaje', '14')]),
        ('Bogucka, Dzieje kultury, s. 210.',
         [('short', 'Dzieje kultury', '210')]),
        ('Uvádí to Jiří Kořalka, Češi v habsburské říši a v Evropě 1815–1914 (Praha: Argo, 1996), s. 77.',
         [('full', 'Češi v habsburské', '77')]),
        ('Tentýž, Tschechen im Habsburgerreich und in Europa (Wien: Verlag für Geschichte und Politik, 1991), s. 12.',
         [('idem', 'Tschechen', '12')]),
        ('Kořalka, Češi v habsburské říši, s. 80–81.',
         [('short', 'Češi v habsburské', '80-81')]),
        ('Tamtéž, s. 83.',
         [('ibid', 'Češi v habsburské', '83')]),
        ('Wereszycki, Niewygasła przeszłość, s. 40.',
         [('short', 'Niewygasła', '40')]),
    ],
    # French and Italian: ci-dessus, sopra, art. cit., a year in a short title
    'fr_it2': [
        ('Maurice Agulhon, La République au village, Paris, Plon, 1970, p. 150.',
         [('full', 'République au village', '150')]),
        ('Alain Corbin, Le Village des cannibales, Paris, Aubier, 1990, p. 20.',
         [('full', 'Village des cannibales', '20')]),
        ('Agulhon, ci-dessus n. 1, p. 155.',
         [('supra', 'République au village', '155')]),
        ('Ibid., p. 160-62.',
         [('ibid', 'République au village', '160-162')]),
        ('Corbin, op. cit., p. 25.',
         [('op-cit', 'Village des cannibales', '25')]),
        ('Rosario Romeo, Il Risorgimento in Sicilia, Bari, Laterza, 1950, p. 300.',
         [('full', 'Risorgimento in Sicilia', '300')]),
        ('Romeo, sopra nota 6, p. 310.',
         [('supra', 'Risorgimento in Sicilia', '310')]),
        ('Giovanni Sabbatucci e Vittorio Vidotto, Storia d’Italia dopo il 1945, Roma-Bari, Laterza, 1999, p. 45.',
         [('full', 'Storia d’Italia', '45')]),
        ('Sabbatucci e Vidotto, Storia d’Italia dopo il 1945, p. 50.',
         [('short', 'Storia d’Italia', '50')]),
        ('Ivi, p. 52-55.',
         [('ibid', 'Storia d’Italia', '52-55')]),
        ('Tony Judt, Postwar: A History of Europe since 1945 (London: Heinemann, 2005), 13.',
         [('full', 'Postwar', '13')]),
        ('Judt, Europe since 1945, 20.',
         [('short', 'Postwar', '20')]),
    ],
    # German and English: a diary in an edition, Tagebuch, a.a.O. after two works of one author
    'diaries': [
        ('Journal of Sir Walter Scott, 12 March 1826, in The Journal of Sir Walter Scott, ed. W. E. K. Anderson (Oxford: Clarendon Press, 1972), 120.',
         [('full', 'Journal of Sir Walter Scott', '120')]),
        ('Scott, Journal, 125.',
         [('short', 'Journal of Sir Walter Scott', '125')]),
        ('Ibid., 130-31.',
         [('ibid', 'Journal of Sir Walter Scott', '130-131')]),
        ('Victor Klemperer, Ich will Zeugnis ablegen bis zum letzten. Tagebücher 1933–1941, hg. von Walter Nowojski, Berlin: Aufbau 1995, S. 44.',
         [('full', 'Zeugnis', '44')]),
        ('Ebd., S. 47.',
         [('ibid', 'Zeugnis', '47')]),
        ('Klemperer, Zeugnis, S. 50–52.',
         [('short', 'Zeugnis', '50-52')]),
        ('Hans Mommsen, Beamtentum im Dritten Reich, Stuttgart: DVA 1966, S. 20.',
         [('full', 'Beamtentum', '20')]),
        ('Mommsen, a.a.O., S. 25.',
         [('op-cit', 'Beamtentum', '25')]),
        ('Klemperer, Zeugnis, S. 60; Mommsen, Beamtentum, S. 30.',
         [('short', 'Zeugnis', '60'), ('short', 'Beamtentum', '30')]),
        ('Ebd., S. 31.',
         [('ibid', 'Beamtentum', '31')]),
    ],
}

#: the third batch, written after the fixes of the second and run before any fix of its own
THIRD: dict[str, list[Row]] = {
    # an English law article in OSCOLA: "(n 3) 45", "ibid", a case repeated by its short name
    'oscola': [
        ('Joseph Raz, The Authority of Law (2nd edn, OUP 2009) 45.',
         [('full', 'Authority of Law', '45')]),
        ('ibid 47.',
         [('ibid', 'Authority of Law', '47')]),
        ('HLA Hart, The Concept of Law (3rd edn, OUP 2012) 100.',
         [('full', 'Concept of Law', '100')]),
        ('Raz (n 1) 50.',
         [('supra', 'Authority of Law', '50')]),
        ('Hart (n 3) 102–04.',
         [('supra', 'Concept of Law', '102-104')]),
        ('ibid 110.',
         [('ibid', 'Concept of Law', '110')]),
        ('Lon L Fuller, The Morality of Law (rev edn, Yale UP 1969) 39.',
         [('full', 'Morality of Law', '39')]),
        ('Fuller (n 7) 41; Raz (n 1) 55.',
         [('supra', 'Morality of Law', '41'), ('supra', 'Authority of Law', '55')]),
        ('ibid 56.',
         [('ibid', 'Authority of Law', '56')]),
        ('Hart, Concept of Law, 120.',
         [('short', 'Concept of Law', '120')]),
    ],
    # German legal scholarship: "(Fn. 1)", "a.a.O.", "ders.", two authors joined by "und"
    'de_law': [
        ('Claus-Wilhelm Canaris, Systemdenken und Systembegriff in der Jurisprudenz, 2. Aufl., Berlin 1983, S. 40.',
         [('full', 'Systemdenken', '40')]),
        ('Karl Larenz und Claus-Wilhelm Canaris, Methodenlehre der Rechtswissenschaft, 3. Aufl., Berlin 1995, S. 133.',
         [('full', 'Methodenlehre', '133')]),
        ('Canaris (Fn. 1), S. 45.',
         [('supra', 'Systemdenken', '45')]),
        ('Larenz und Canaris, Methodenlehre, S. 140–42.',
         [('short', 'Methodenlehre', '140-142')]),
        ('Ebd., S. 145.',
         [('ibid', 'Methodenlehre', '145')]),
        ('Franz Wieacker, Privatrechtsgeschichte der Neuzeit, 2. Aufl., Göttingen 1967, S. 430.',
         [('full', 'Privatrechtsgeschichte', '430')]),
        ('Wieacker, a.a.O., S. 435.',
         [('op-cit', 'Privatrechtsgeschichte', '435')]),
        ('Ders., Industriegesellschaft und Privatrechtsordnung, Frankfurt am Main 1974, S. 9.',
         [('idem', 'Industriegesellschaft', '9')]),
        ('Wieacker, Privatrechtsgeschichte, S. 440.',
         [('short', 'Privatrechtsgeschichte', '440')]),
        ('Ebd., S. 441–43.',
         [('ibid', 'Privatrechtsgeschichte', '441-443')]),
    ],
    # Spanish and Portuguese history: Ibídem, op. cit., "Idem", authors joined by "y" and "e"
    'es_pt': [
        ('John H. Elliott, La España imperial, 1469-1716 (Barcelona: Vicens Vives, 1965), p. 120.',
         [('full', 'España imperial', '120')]),
        ('Ibídem, p. 125.',
         [('ibid', 'España imperial', '125')]),
        ('Antonio Domínguez Ortiz y Bernard Vincent, Historia de los moriscos (Madrid: Revista de Occidente, 1978), p. 33.',
         [('full', 'Historia de los moriscos', '33')]),
        ('Elliott, op. cit., p. 130.',
         [('op-cit', 'España imperial', '130')]),
        ('Domínguez Ortiz y Vincent, Historia de los moriscos, p. 40–42.',
         [('short', 'Historia de los moriscos', '40-42')]),
        ('Vitorino Magalhães Godinho, Os descobrimentos e a economia mundial (Lisboa: Arcádia, 1963), p. 50.',
         [('full', 'descobrimentos', '50')]),
        ('Idem, Ensaios (Lisboa: Sá da Costa, 1968), p. 12.',
         [('idem', 'Ensaios', '12')]),
        ('Godinho, Os descobrimentos, p. 55.',
         [('short', 'descobrimentos', '55')]),
        ('Ibidem, p. 57.',
         [('ibid', 'descobrimentos', '57')]),
        ('Elliott, La España imperial, p. 140.',
         [('short', 'España imperial', '140')]),
    ],
}

#: the fourth batch, written after the fixes of the third and run before any fix of its own
FOURTH: dict[str, list[Row]] = {
    # Russian history, in Cyrillic: "Там же", "Указ. соч.", "Он же"
    'ru': [
        ('Хлевнюк О. В. Хозяин. Сталин и утверждение сталинской диктатуры. М.: РОССПЭН, 2010. С. 45.',
         [('full', 'Хозяин', '45')]),
        ('Там же. С. 47.',
         [('ibid', 'Хозяин', '47')]),
        ('Зубкова Е. Ю. Послевоенное советское общество. М.: Институт российской истории, 2000. С. 12.',
         [('full', 'Послевоенное', '12')]),
        ('Хлевнюк О. В. Указ. соч. С. 50–52.',
         [('op-cit', 'Хозяин', '50-52')]),
        ('Там же. С. 55.',
         [('ibid', 'Хозяин', '55')]),
        ('Зубкова Е. Ю. Указ. соч. С. 20.',
         [('op-cit', 'Послевоенное', '20')]),
    ],
    # Swedish and Dutch: "a.a.", "anf. arb.", "a.w.", "t.a.p."
    'sv_nl': [
        ('Eli F. Heckscher, Sveriges ekonomiska historia från Gustav Vasa (Stockholm: Bonnier, 1936), s. 120.',
         [('full', 'Sveriges ekonomiska historia', '120')]),
        ('Heckscher, a.a., s. 125.',
         [('op-cit', 'Sveriges ekonomiska historia', '125')]),
        ('Sst., s. 130.',
         [('ibid', 'Sveriges ekonomiska historia', '130')]),
        ('Jan de Vries en Ad van der Woude, Nederland 1500-1815 (Amsterdam: Balans, 1995), 88.',
         [('full', 'Nederland 1500-1815', '88')]),
        ('De Vries en Van der Woude, a.w., 90.',
         [('op-cit', 'Nederland 1500-1815', '90')]),
        ('Heckscher, anf. arb., s. 140.',
         [('op-cit', 'Sveriges ekonomiska historia', '140')]),
    ],
    # an English history thesis: idem with a new work, op. cit., a chapter, supra n. N
    'thesis': [
        ('Keith Thomas, Religion and the Decline of Magic (London: Weidenfeld and Nicolson, 1971), 25.',
         [('full', 'Religion and the Decline of Magic', '25')]),
        ('Idem, Man and the Natural World (London: Allen Lane, 1983), 40.',
         [('idem', 'Man and the Natural World', '40')]),
        ('Thomas, Religion and the Decline of Magic, 30-31.',
         [('short', 'Religion and the Decline of Magic', '30-31')]),
        ('Ibid., 35.',
         [('ibid', 'Religion and the Decline of Magic', '35')]),
        ('Natalie Zemon Davis, "The Rites of Violence," in Society and Culture in Early Modern France (Stanford: Stanford University Press, 1975), 152-87, at 160.',
         [('full', 'Rites of Violence', '160')]),
        ('Davis, "Rites of Violence," 165.',
         [('short', 'Rites of Violence', '165')]),
        ('Thomas, supra n. 2, 45.',
         [('supra', 'Man and the Natural World', '45')]),
        ('Ibid., 47-49.',
         [('ibid', 'Man and the Natural World', '47-49')]),
        ('It is Thomas who first made the point, and Davis who sharpened it.',
         []),
        ('Davis, op. cit., 170.',
         [('op-cit', 'Rites of Violence', '170')]),
    ],
}

#: the fifth batch, a probe written after the fourth: German and English signals before
#: back-references, "ders." after a short form, volume and page ("2:50-52"), "zob. też tamże"
FIFTH: dict[str, list[Row]] = {
    'signals': [
        ('Vgl. Reinhart Koselleck, Kritik und Krise, Freiburg: Alber 1959, S. 12.',
         [('full', 'Kritik und Krise', '12')]),
        ('Vgl. ebd., S. 14 f.',
         [('ibid', 'Kritik und Krise', '14 f.')]),
        ('Siehe oben Anm. 1, S. 20.',
         [('supra', 'Kritik und Krise', '20')]),
        ('Koselleck (Fn. 1), S. 22.',
         [('supra', 'Kritik und Krise', '22')]),
        ('Zit. nach Koselleck, Kritik und Krise, S. 25.',
         [('short', 'Kritik und Krise', '25')]),
        ('Ders., Vergangene Zukunft, Frankfurt am Main: Suhrkamp 1979, S. 300.',
         [('idem', 'Vergangene Zukunft', '300')]),
        ('Ebd., S. 301–03.',
         [('ibid', 'Vergangene Zukunft', '301-303')]),
        ('Koselleck, Vergangene Zukunft, S. 310; ders., Kritik und Krise, S. 30.',
         [('short', 'Vergangene Zukunft', '310'), ('idem', 'Kritik und Krise', '30')]),
        ('Ibid., pp. 392-93.',
         [('ibid', 'Kritik und Krise', '392-393')]),
        ('Cf. Quentin Skinner, The Foundations of Modern Political Thought, 2 vols. (Cambridge: Cambridge University Press, 1978), 1:45.',
         [('full', 'Foundations of Modern Political Thought', '1:45')]),
        ('Skinner, Foundations, 2:50-52.',
         [('short', 'Foundations of Modern Political Thought', '2:50-52')]),
        ('Ibid., 2:55.',
         [('ibid', 'Foundations of Modern Political Thought', '2:55')]),
        ('See Skinner, supra n. 10, 1:60.',
         [('supra', 'Foundations of Modern Political Thought', '1:60')]),
        ('Pisała o tym także Anna Kowalska, Historia Krakowa (Kraków: WL, 1999), s. 5; zob. też tamże, s. 7.',
         [('full', 'Historia Krakowa', '5'), ('ibid', 'Historia Krakowa', '7')]),
    ],
}

#: (document, note number) still read wrongly, and why
KNOWN_MISSES: dict[tuple[str, int], str] = {}


ALL: dict[str, list[Row]] = {**DOCUMENTS, **HELD_OUT, **THIRD, **FOURTH, **FIFTH}


def _title(entry: dict[str, object]) -> str:
    return f"{entry.get('title', '')} | {entry.get('container-title', '')}"


TITLE_OF = _title


def test_note(sequence_case: tuple[str, int], check_sequence_case: Any) -> None:
    check_sequence_case(sequence_case)


def _first_citations(rows: list[Row]) -> dict[str, tuple[int, int]]:
    """Per expected title word, the (note, citation) of its full citation: where a repeat must point."""
    first: dict[str, tuple[int, int]] = {}
    for number, (_, expected) in enumerate(rows, 1):
        for index, (kind, title, _) in enumerate(expected):
            if kind == "full" and title is not None:
                first.setdefault(title, (number, index))
    return first


LINKS = [(name, number, index) for name, rows in ALL.items()
         for number, (_, expected) in enumerate(rows, 1) for index, (kind, title, _) in enumerate(expected)
         if kind != "full" and title in _first_citations(rows)]


@pytest.mark.parametrize("name,number,index", LINKS, ids=lambda v: str(v))
def test_repeat_points_at_the_first_citation(documents: dict[str, Document], name: str, number: int,
                                             index: int) -> None:
    """A short form or back-reference links to the very entry of the work's full citation (not to an
    entry of its own that happens to carry the same title)."""
    title = ALL[name][number - 1][1][index][1]
    assert title is not None
    first_number, first_index = _first_citations(ALL[name])[title]
    doc = documents[name]
    if (name, number) in LINK_MISSES:
        pytest.xfail(LINK_MISSES[(name, number)])
    assert doc.notes[number - 1].citations[index].id == doc.notes[first_number - 1].citations[first_index].id


#: (document, note number) whose repeat does not reach its first citation yet, and why
LINK_MISSES: dict[tuple[str, int], str] = {}

#: the family names of the authors (or editors) of a note's first citation: a lead-in or a
#: conjunction is no part of a name
AUTHORS: list[Any] = [
    ('strike', 3, ['Addison']),
    ('de', 9, ['Nipperdey', 'Rürup']),
    ('fr_it', 3, ['Duby', 'Mandrou']),
    ('fr_it', 8, ['Ginzburg', 'Prosperi']),
    ('es_ca_nl', 1, ['García', 'López']),
    ('es_ca_nl', 4, ['Vidal', 'Puig']),
    ('es_ca_nl', 6, ['Jansen', 'Vries']),
    ('pl_cz', 1, ['Kowalski']),
    ('pl_cz', 4, ['Nowak']),
    ('pl_cz', 7, ['Novák']),
    ('pl_cz2', 1, ['Wereszycki']),
    ('pl_cz2', 2, ['Wereszycki']),
    ('pl_cz2', 5, ['Bogucka']),
    ('pl_cz2', 8, ['Kořalka']),
    ('pl_cz2', 9, ['Kořalka']),
    ('fr_it2', 8, ['Sabbatucci', 'Vidotto']),
    ('diaries', 4, ['Klemperer']),
    ('de_law', 2, ['Larenz', 'Canaris']),
    # (a strict xfail until round 12: the parser's Spanish-surnames step now reads 'Antonio Domínguez Ortiz y
    # Bernard Vincent' as Domínguez Ortiz and Vincent)
    ('es_pt', 3, ['Domínguez Ortiz', 'Vincent']),
]


@pytest.mark.parametrize("name,number,families", AUTHORS, ids=lambda v: str(v))
def test_authors_of_the_first_citation(documents: dict[str, Document], name: str, number: int,
                                       families: list[str]) -> None:
    doc = documents[name]
    entries = {entry["id"]: entry for entry in doc.entries}
    entry = entries[doc.notes[number - 1].citations[0].id]
    people = entry.get("author") or entry.get("editor") or []
    assert [str(p.get("family") or p.get("literal")) for p in people] == families


#: a lead-in sentence before a first citation is its prefix, not part of the author's name
PREFIXES: list[tuple[str, int, str]] = [
    ('pl_cz', 1, 'Pisał o tym'),
    ('pl_cz', 4, 'Podobnie pisała'),
    ('pl_cz', 7, 'Psal o tom'),
    ('pl_cz2', 1, 'Zwracał na to uwagę już'),
    ('pl_cz2', 5, 'Podkreślała to'),
    ('pl_cz2', 8, 'Uvádí to'),
    ('signals', 14, 'Pisała o tym także'),
]


@pytest.mark.parametrize("name,number,prefix", PREFIXES, ids=lambda v: str(v))
def test_lead_in_is_the_prefix(documents: dict[str, Document], name: str, number: int, prefix: str) -> None:
    assert documents[name].notes[number - 1].citations[0].prefix == prefix


def test_idem_after_a_short_form_has_its_own_title(documents: dict[str, Document]) -> None:
    doc = documents["signals"]
    entries = {entry["id"]: entry for entry in doc.entries}
    entry = entries[doc.notes[5].citations[0].id]
    assert (entry["title"], entry.get("publisher")) == ("Vergangene Zukunft", "Suhrkamp")


def test_commentary_makes_no_citation(documents: dict[str, Document]) -> None:
    for name, rows in ALL.items():
        for number, (_, expected) in enumerate(rows, 1):
            if not expected:
                assert documents[name].notes[number - 1].citations == [], (name, number)
