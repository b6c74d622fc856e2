"""A sixteenth round of whole footnotes: Jewish studies (rabbinic literature, Jewish history, Hebrew and
Yiddish literature, Holocaust studies).

Each document is a run of notes as an article in the field writes them in English (and some German and
French): rabbinic sources cited by their standard divisions -- the Talmuds by tractate and folio ("b.
Sanhedrin 37a", "y. Peʾah 1:1, 15b"), Mishnah and Tosefta by chapter and paragraph ("m. Avot 1:1"), midrash
by parashah, Maimonides' code and the Shulḥan ʿArukh by section -- complete citations on their own and
often several in one note; transliterated Hebrew titles marked "(Hebrew)" after the pinpoint (the mark
no part of the locator); archives (YIVO record groups, the Central Zionist Archives, Yad Vashem);
notes in Hebrew script (שם for ibid., "שם, עמ' 12"); Ibid., idem, ders., op. cit., short forms,
several works in one note and commentary.  The notes are invented (people, works, pages) and were
written with their expected reading before citekit read them.  Each row: the note, then per citation
(kind, a word of the title of the entry the citation points to -- so a back-reference's link is
checked -- or None, and the locator); ranges expanded.

First batch (``DOCUMENTS``, 54 notes in 3 documents, written before any fix of this round): 32 read right
before the round's fixes (no rabbinic reference read at all, "(Hebrew)" kept in the locator, Hebrew שם
and עמ' unknown, a title's "Battalion 101 and the …" split, "(ibid., 90, …)" after a pinpoint; one row's
expectation revised, see it), 54 after.  Second batch (``HELD_OUT``, 25 notes, written after those fixes):
20 before any fix of its own (a Talmud reference inside a sentence, Hebrew signals, a translation in
brackets; three rows revised), 24 after.  Third batch (``THIRD``, 16 notes: German Judaistik's joined
sigla, Hebrew and Yiddish literature): 11 before, 16 after.  Fourth batch (``FOURTH``, 10 notes): 5 before
(archives with long names, "88b and Hayes, …"), 8 after.  In all 68 of 105 before, 102 after; the three
rows still wrong are ``KNOWN_MISSES``, the parser's.
"""

from __future__ import annotations

from typing import Any

import pytest

from citekit.extraction import extract
from citekit.extraction.classify import classify
from citekit.extraction.locators import find_pinpoint
from citekit.extraction.rabbinic import rabbinic_reference
from citekit.extraction.split import explanatory_parenthetical, split_note

Row = tuple[str, list[tuple[str, "str | None", "str | None"]]]

DOCUMENTS: dict[str, list[Row]] = {
    # rabbinic literature: Talmuds, Mishnah, Tosefta, midrash, codes, with modern scholarship
    'rabbinic': [
        ('b. Sanhedrin 37a.',
         [('full', 'Sanhedrin', '37a')]),
        ('m. Avot 1:1; cf. Avot de-Rabbi Natan A 1.',
         [('full', 'Avot', '1:1'), ('full', 'Avot de-Rabbi Natan', '1')]),
        ('Daniel Boyarin, Border Lines: The Partition of Judaeo-Christianity (Philadelphia: University of Pennsylvania Press, 2004), 151–53.',
         [('full', 'Border Lines', '151-153')]),
        ('See b. Berakhot 17a; b. Shabbat 31a; and y. Peʾah 1:1, 15b.',
         [('full', 'Berakhot', '17a'), ('full', 'Shabbat', '31a'), ('full', 'Peʾah', '1:1, 15b')]),
        ('Boyarin, Border Lines, 160.',
         [('short', 'Border Lines', '160')]),
        ('t. Berakhot 3:7; m. Berakhot 4:3.',
         [('full', 'Berakhot', '3:7'), ('full', 'Berakhot', '4:3')]),
        ('Ephraim E. Urbach, The Sages: Their Concepts and Beliefs, trans. Israel Abrahams (Jerusalem: Magnes Press, 1975), 286.',
         [('full', 'Sages', '286')]),
        ('Ibid., 290–92.',
         [('ibid', 'Sages', '290-292')]),
        ('Maimonides, Mishneh Torah, Hilkhot Teshuvah 3:4.',
         [('full', 'Mishneh Torah', 'Hilkhot Teshuvah 3:4')]),
        ('Shulḥan ʿArukh, Oraḥ Ḥayyim 90:9; see also Maimonides, Mishneh Torah, Hilkhot Tefillah 8:1.',
         [('full', 'Shulḥan', 'Oraḥ Ḥayyim 90:9'), ('full', 'Mishneh Torah', 'Hilkhot Tefillah 8:1')]),
        ('The tradition that the Men of the Great Assembly instituted the Amidah is late and tendentious.',
         []),
        ('Genesis Rabbah 8:5; Leviticus Rabbah 34:3.',
         [('full', 'Genesis Rabbah', '8:5'), ('full', 'Leviticus Rabbah', '34:3')]),
        ('Urbach, Sages, 300; Boyarin, op. cit., 170.',
         [('short', 'Sages', '300'), ('op-cit', 'Border Lines', '170')]),
        ('Saul Lieberman, Tosefta ki-feshutah, vol. 1 (New York: Jewish Theological Seminary, 1955), 45 (Hebrew).',
         [('full', 'Tosefta ki-feshutah', '45')]),
        ('Ibid., 48 (Hebrew).',
         [('ibid', 'Tosefta ki-feshutah', '48')]),
        ('Christine Hayes, What’s Divine about Divine Law? Early Perspectives (Princeton: Princeton University Press, 2015), 171; cf. b. Bava Metsiʿa 59b.',
         [('full', 'Divine Law', '171'), ('full', 'Bava Metsiʿa', '59b')]),
        ('Hayes, What’s Divine about Divine Law?, 175.',
         [('short', 'Divine Law', '175')]),
        ('Sifre Deuteronomy 32.',
         [('full', 'Sifre', '32')]),
    ],
    # Holocaust studies and modern Jewish history: archives, German and French notes
    'holocaust': [
        ('Raul Hilberg, The Destruction of the European Jews, 3rd ed. (New Haven: Yale University Press, 2003), 1:220.',
         [('full', 'Destruction of the European Jews', '1:220')]),
        # (revised after the first run: a range after a volume's number is kept as written, the project's
        # convention -- "1:155-56" in round 8 -- so "1:225-26"; it counts as wrong in the baseline)
        ('Ibid., 1:225–26.',
         [('ibid', 'Destruction of the European Jews', '1:225-26')]),
        ('YIVO Archives, RG 116, Territorial Collection, box 3, folder 12.',
         [('full', None, None)]),
        ('Yad Vashem Archives, O.33/1234, testimony of Rivka Grinberg.',
         [('full', None, None)]),
        ('Saul Friedländer, Nazi Germany and the Jews, vol. 1, The Years of Persecution, 1933–1939 (New York: HarperCollins, 1997), 98; see also Hilberg, Destruction, 1:230.',
         [('full', 'Nazi Germany', '98'), ('short', 'Destruction of the European Jews', '1:230')]),
        ('Christopher R. Browning, Ordinary Men: Reserve Police Battalion 101 and the Final Solution in Poland (New York: HarperCollins, 1992), 55–57.',
         [('full', 'Ordinary Men', '55-57')]),
        ('Browning, Ordinary Men, 60; Friedländer, Nazi Germany, 102.',
         [('short', 'Ordinary Men', '60'), ('short', 'Nazi Germany', '102')]),
        ('Browning’s account of the battalion’s first massacre at Józefów rests largely on postwar interrogations.',
         []),
        ('Central Zionist Archives (CZA), S25/1456.',
         [('full', None, None)]),
        ('Dan Diner, Gegenläufige Gedächtnisse. Über Geltung und Wirkung des Holocaust (Göttingen: Vandenhoeck & Ruprecht, 2007), S. 34.',
         [('full', 'Gegenläufige', '34')]),
        ('Ders., Zeitenschwelle. Gegenwartsfragen an die Geschichte (München: Pantheon, 2010), S. 56.',
         [('idem', 'Zeitenschwelle', '56')]),
        ('Ebd., S. 60.',
         [('ibid', 'Zeitenschwelle', '60')]),
        ('Annette Wieviorka, L’Ère du témoin (Paris: Plon, 1998), p. 81.',
         [('full', 'témoin', '81')]),
        ('Wieviorka, op. cit., p. 85; Diner, Gegenläufige Gedächtnisse, S. 40.',
         [('op-cit', 'témoin', '85'), ('short', 'Gegenläufige', '40')]),
        ('Yehuda Bauer, Rethinking the Holocaust (New Haven: Yale University Press, 2001), 14.',
         [('full', 'Rethinking the Holocaust', '14')]),
        ('Ibid., 20; Hilberg, op. cit., 2:400.',
         [('ibid', 'Rethinking the Holocaust', '20'), ('op-cit', 'Destruction of the European Jews', '2:400')]),
        ('Israel Gutman, Yehude Varshah, 1939–1943: geto, mahteret, mered (Tel Aviv: Sifriyat Poalim, 1977), 112 (Hebrew).',
         [('full', 'Yehude Varshah', '112')]),
        ('Gutman, Yehude Varshah, 118 (Hebrew).',
         [('short', 'Yehude Varshah', '118')]),
    ],
    # Hebrew and Yiddish literature: Hebrew-script notes, (Hebrew) marks, idem, short forms
    'literature': [
        ('Dan Miron, From Continuity to Contiguity: Toward a New Jewish Literary Thinking (Stanford: Stanford University Press, 2010), 45.',
         [('full', 'Continuity to Contiguity', '45')]),
        ('Idem, A Traveler Disguised: The Rise of Modern Yiddish Fiction in the Nineteenth Century (Syracuse: Syracuse University Press, 1996), 120–22.',
         [('idem', 'Traveler Disguised', '120-122')]),
        ('Ibid., 130.',
         [('ibid', 'Traveler Disguised', '130')]),
        ('Gershon Shaked, Ha-siporet ha-ʿivrit, 1880–1980, vol. 1 (Tel Aviv: Ha-kibbutz ha-meʾuhad, 1977), 88 (Hebrew).',
         [('full', 'Ha-siporet', '88')]),
        ('Miron, From Continuity to Contiguity, 50; Shaked, Ha-siporet ha-ʿivrit, 92 (Hebrew).',
         [('short', 'Continuity to Contiguity', '50'), ('short', 'Ha-siporet', '92')]),
        ('Ruth R. Wisse, The Modern Jewish Canon: A Journey through Language and Culture (New York: Free Press, 2000), 73.',
         [('full', 'Jewish Canon', '73')]),
        ('Wisse reads Sholem Aleichem’s Tevye as the first modern Jewish everyman; Miron disagrees.',
         []),
        ('יעקב כ"ץ, מסורת ומשבר, ירושלים: מוסד ביאליק, 1958, עמ\' 45.',
         [('full', 'מסורת', '45')]),
        ('שם, עמ\' 50.',
         [('ibid', 'מסורת', '50')]),
        ('גרשם שלום, שבתי צבי והתנועה השבתאית בימי חייו, תל אביב: עם עובד, 1957, עמ\' 210.',
         [('full', 'שבתי צבי', '210')]),
        ('שם.',
         [('ibid', 'שבתי צבי', None)]),
        ('Gershom Scholem, Sabbatai Ṣevi: The Mystical Messiah, trans. R. J. Zwi Werblowsky (Princeton: Princeton University Press, 1973), 461; cf. Wisse, Modern Jewish Canon, 80.',
         [('full', 'Mystical Messiah', '461'), ('short', 'Jewish Canon', '80')]),
        ('Scholem, Sabbatai Ṣevi, 470–71.',
         [('short', 'Mystical Messiah', '470-471')]),
        ('Benjamin Harshav, The Meaning of Yiddish (Berkeley: University of California Press, 1990), 27 (ibid., 90, on the “language of the street”).',
         [('full', 'Meaning of Yiddish', '27'), ('ibid', 'Meaning of Yiddish', '90')]),
        ('Harshav, Meaning of Yiddish, 33; Miron, Traveler Disguised, 140.',
         [('short', 'Meaning of Yiddish', '33'), ('short', 'Traveler Disguised', '140')]),
        ('Avraham Novershtern, “Between Town and Gown: The Institutionalization of Yiddish at Israeli Universities,” in Yiddish in Israel: A History, ed. Rachel Rojanski (Bloomington: Indiana University Press, 2020), 101–35, at 110.',
         [('full', 'Between Town and Gown', '110')]),
        ('Shaked, op. cit., 95 (Hebrew).',
         [('op-cit', 'Ha-siporet', '95')]),
        ('Harshav, op. cit., 40.',
         [('op-cit', 'Meaning of Yiddish', '40')]),
    ],
}

#: a second batch, written after the first batch's fixes and before any fix of its own
HELD_OUT: dict[str, list[Row]] = {
    # rabbinic sources in other spellings and marks, several in a note, with commentary
    'rabbinic_more': [
        ('BT Sanh. 37a; PT Sanh. 4:9, 22b.',
         [('full', 'Sanhedrin', '37a'), ('full', 'Sanhedrin', '4:9, 22b')]),
        ('Mishnah Sanhedrin 4:5; Tosefta Sanhedrin 8:4.',
         [('full', 'Sanhedrin', '4:5'), ('full', 'Sanhedrin', '8:4')]),
        ('Moshe Halbertal, People of the Book: Canon, Meaning, and Authority (Cambridge, MA: Harvard University Press, 1997), 54.',
         [('full', 'People of the Book', '54')]),
        ('The dictum is attributed to Hillel in b. Shabbat 31a.',
         [('full', 'Shabbat', '31a')]),
        ('Halbertal, People of the Book, 60; cf. Mekhilta de-Rabbi Ishmael, Beshallah 2.',
         [('short', 'People of the Book', '60'), ('full', 'Mekhilta', 'Beshallah 2')]),
        ('Shaye J. D. Cohen, The Beginnings of Jewishness: Boundaries, Varieties, Uncertainties (Berkeley: University of California Press, 1999), 263–65.',
         [('full', 'Beginnings of Jewishness', '263-265')]),
        ('Bavli Yevamot 47a–b; Maimonides, Mishneh Torah, Issure Biʾah 13:4.',
         [('full', 'Yevamot', '47a-b'), ('full', 'Mishneh Torah', 'Issure Biʾah 13:4')]),
        ('Cohen, Beginnings of Jewishness, 270.',
         [('short', 'Beginnings of Jewishness', '270')]),
        ('Ibid., 275 n. 30.',
         [('ibid', 'Beginnings of Jewishness', '275 n. 30')]),
        ('Lamentations Rabbah 1:31; see also Pesiqta de-Rav Kahana 15:5.',
         [('full', 'Lamentations Rabbah', '1:31'), ('full', 'Pesiqta', '15:5')]),
        ('Halbertal, op. cit., 72.',
         [('op-cit', 'People of the Book', '72')]),
        ('Tur, Ḥoshen Mishpat 26; Shulḥan ʿArukh, Ḥoshen Mishpat 26:1.',
         [('full', 'Arbaʿah Turim', 'Ḥoshen Mishpat 26'), ('full', 'Shulḥan ʿArukh', 'Ḥoshen Mishpat 26:1')]),
    ],
    # Jewish history: archives, idem, ders., Hebrew-script notes with signals and supra
    'history_more': [
        ('Leo Baeck Institute Archives, New York, AR 25012, box 2, folder 4.',
         [('full', None, None)]),
        ('Archiwum Żydowskiego Instytutu Historycznego (AŻIH), 301/1234.',
         [('full', None, None)]),
        ('Marion A. Kaplan, Between Dignity and Despair: Jewish Life in Nazi Germany (New York: Oxford University Press, 1998), 150.',
         [('full', 'Between Dignity', '150')]),
        ('Idem, The Making of the Jewish Middle Class: Women, Family, and Identity in Imperial Germany (New York: Oxford University Press, 1991), 33.',
         [('idem', 'Jewish Middle Class', '33')]),
        # (revised after the first run: a translation named in brackets is an edition of its own, cited --
        # the project's convention for "[Eng. trans. …]" -- so two citations; it counts as wrong in the baseline)
        ('Kaplan, Between Dignity and Despair, 155 (Hebrew translation: Bein kavod le-yeʾush, Jerusalem: Yad Vashem, 2004).',
         [('short', 'Between Dignity', '155'), ('full', 'kavod', None)]),
        ('Jacob Katz, Tradition and Crisis: Jewish Society at the End of the Middle Ages, trans. Bernard Dov Cooperman (New York: New York University Press, 1993), 88.',
         [('full', 'Tradition and Crisis', '88')]),
        ('ראו יעקב כ"ץ, מסורת ומשבר, ירושלים: מוסד ביאליק, 1958, עמ\' 45; השוו Katz, Tradition and Crisis, 90.',
         [('full', 'מסורת', '45'), ('short', 'Tradition and Crisis', '90')]),
        # (revised after the first run: written pointing at the Hebrew book, but an ibid. is the work cited
        # last, Katz's translation -- the table's own convention; it counts as wrong in the baseline)
        ('שם, עמ\' 47-48.',
         [('ibid', 'Tradition and Crisis', '47-48')]),
        ('Michael Brenner, Zionism: A Brief History, trans. Shelley L. Frisch (Princeton: Markus Wiener, 2003), 40.',
         [('full', 'Zionism', '40')]),
        ('Ebd., S. 42.',
         [('ibid', 'Zionism', '42')]),
        ('Anita Shapira, Ben-Gurion: Father of Modern Israel (New Haven: Yale University Press, 2014), 101; idem, Land and Power: The Zionist Resort to Force, 1881–1948 (New York: Oxford University Press, 1992), 210.',
         [('full', 'Ben-Gurion', '101'), ('idem', 'Land and Power', '210')]),
        ('Central Zionist Archives, Jerusalem, Z4/3567, Weizmann to Sokolow, 4 May 1919.',
         [('full', None, None)]),
        # (revised after the first run, as Kaplan's translation above; it counts as wrong in the baseline)
        ('Shapira, Land and Power, 215 (Hebrew edition: Ḥerev ha-yonah, Tel Aviv: Am Oved, 1992, 260).',
         [('short', 'Land and Power', '215'), ('full', 'Ḥerev', '260')]),
    ],
}

#: a third batch, written after the second batch's fixes and before any fix of its own: German
#: Judaistik's joined sigla ("bSan 37a", "mAv 1,1"), Hebrew supra ("לעיל, הערה 3"), Yiddish-script notes
THIRD: dict[str, list[Row]] = {
    'judaistik': [
        ('Günter Stemberger, Einleitung in Talmud und Midrasch, 9. Aufl. (München: C. H. Beck, 2011), S. 45.',
         [('full', 'Einleitung in Talmud', '45')]),
        ('Vgl. bSan 37a; mAv 1,1.',
         [('full', 'San', '37a'), ('full', 'Av', '1,1')]),
        ('Stemberger, a.a.O., S. 50; Peter Schäfer, Jesus im Talmud (Tübingen: Mohr Siebeck, 2007), S. 12.',
         [('op-cit', 'Einleitung in Talmud', '50'), ('full', 'Jesus im Talmud', '12')]),
        ('Ders., Die Geburt des Judentums aus dem Geist des Christentums (Tübingen: Mohr Siebeck, 2010), S. 88.',
         [('idem', 'Geburt des Judentums', '88')]),
        ('Ebd., S. 90 f.',
         [('ibid', 'Geburt des Judentums', '90 f.')]),
        ('Dazu tBer 3,7 und yBer 4,1 (7c).',
         [('full', 'Ber', '3,7'), ('full', 'Ber', '4,1 (7c)')]),
        ('Schäfer, Jesus im Talmud, S. 15.',
         [('short', 'Jesus im Talmud', '15')]),
        ('Maurice-Ruben Hayoun, Maïmonide ou l’autre Moïse (Paris: J.-C. Lattès, 1994), p. 77.',
         [('full', 'Maïmonide', '77')]),
        ('Hayoun, op. cit., p. 80 ; voir aussi b. Sanhedrin 99a.',
         [('op-cit', 'Maïmonide', '80'), ('full', 'Sanhedrin', '99a')]),
    ],
    'hebrew_yiddish': [
        ('דן מירון, בין חזון לאמת, ירושלים: מוסד ביאליק, 1979, עמ\' 33.',
         [('full', 'בין חזון לאמת', '33')]),
        ('שם, עמ\' 35; וראו גם גרשון שקד, הסיפורת העברית, תל אביב: הקיבוץ המאוחד, 1977, עמ\' 12.',
         [('ibid', 'בין חזון לאמת', '35'), ('full', 'הסיפורת העברית', '12')]),
        ('מירון, בין חזון לאמת, עמ\' 40.',
         [('short', 'בין חזון לאמת', '40')]),
        ('Ruth R. Wisse, I. L. Peretz and the Making of Modern Jewish Culture (Seattle: University of Washington Press, 1991), 55.',
         [('full', 'Peretz', '55')]),
        ('Wisse, I. L. Peretz, 60 (Yiddish quotations in her translation).',
         [('short', 'Peretz', '60')]),
        ('On the Warsaw Yiddish press, see Nathan Cohen, Sefer, sofer ve-iton: merkaz ha-tarbut ha-yehudit be-Varshah, 1918–1942 (Jerusalem: Magnes, 2003), 140 (Hebrew); and Wisse, op. cit., 70.',
         [('full', 'Sefer, sofer', '140'), ('op-cit', 'Peretz', '70')]),
        ('Cohen, Sefer, sofer ve-iton, 150 (Hebrew).',
         [('short', 'Sefer, sofer', '150')]),
    ],
}

#: a fourth batch, written after the third batch's fixes and before any fix of its own: codes and
#: commentaries in other spellings, rabbinic sources inside sentences, USHMM and Arolsen files
FOURTH: dict[str, list[Row]] = {
    'sources_in_prose': [
        ('David Weiss Halivni, Midrash, Mishnah, and Gemara: The Jewish Predilection for Justified Law (Cambridge, MA: Harvard University Press, 1986), 66.',
         [('full', 'Justified Law', '66')]),
        ('The same ruling appears in m. Bava Qamma 8:1 and is expanded in b. Bava Qamma 83b–84a.',
         [('full', 'Bava Qamma', '8:1'), ('full', 'Bava Qamma', '83b-84a')]),
        ('Halivni, Midrash, Mishnah, and Gemara, 70.',
         [('short', 'Justified Law', '70')]),
        ('Mishneh Torah, Laws of Kings 11:4; cf. Halivni, op. cit., 72.',
         [('full', 'Mishneh Torah', 'Laws of Kings 11:4'), ('op-cit', 'Justified Law', '72')]),
        ('United States Holocaust Memorial Museum Archives, RG-15.083M, reel 12.',
         [('full', None, None)]),
        ('Ibid., reel 13.',
         [('ibid', None, None)]),
        ('Omer Bartov, Anatomy of a Genocide: The Life and Death of a Town Called Buczacz (New York: Simon & Schuster, 2018), 145; idem, Erased: Vanishing Traces of Jewish Galicia in Present-Day Ukraine (Princeton: Princeton University Press, 2007), 40.',
         [('full', 'Anatomy of a Genocide', '145'), ('idem', 'Erased', '40')]),
        ('Bartov, Anatomy of a Genocide, 150 (Yiddish).',
         [('short', 'Anatomy of a Genocide', '150')]),
        ('Leviticus Rabbah 9:9; Sifra, Qedoshim 4:12.',
         [('full', 'Leviticus Rabbah', '9:9'), ('full', 'Sifra', 'Qedoshim 4:12')]),
        ('On the rabbinic attitude to Roman courts see b. Gittin 88b and Hayes, What’s Divine about Divine Law?, 180.',
         [('full', 'Gittin', '88b'), ('short', 'Divine Law', '180')]),
    ],
}

KNOWN_MISSES: dict[tuple[str, int], str] = {
    ('sources_in_prose', 3): "the parser's: in 'David Weiss Halivni, Midrash, Mishnah, and Gemara: The Jewish Predilection "
                             "…' the title's commas are read as a list of authors ('Midrash', 'Mishnah') and the title "
                             "is 'Gemara: …', so the short form matches no earlier title and makes its own entry",
    ('sources_in_prose', 4): "the op. cit. links to that short form's entry (the parser's miss above)",
    ('history_more', 13): "the parser's: the Hebrew edition in brackets, 'Ḥerev ha-yonah, Tel Aviv: Am Oved, 1992, 260', "
                          "is read with the publisher as its author and no title",
}

ALL: dict[str, list[Row]] = {**DOCUMENTS, **HELD_OUT, **THIRD, **FOURTH}


def test_note(sequence_case: tuple[str, int], check_sequence_case: Any) -> None:
    check_sequence_case(sequence_case)


@pytest.mark.parametrize("text,expected", [
    # (the work's title, its corpus, the locator, its label): the parser's convention, citekit.normalize._rabbinic
    ("b. Sanhedrin 37a.", ("Sanhedrin", "Babylonian Talmud", "37a", "folio")),
    ("BT Sanh. 37a–b", ("Sanhedrin", "Babylonian Talmud", "37a-b", "folio")),
    ("y. Peʾah 1:1, 15b.", ("Peʾah", "Jerusalem Talmud", "1:1, 15b", "section")),
    ("m. Avot 1:1", ("Avot", "Mishnah", "1:1", "section")),
    ("Tosefta Sotah 7:12", ("Sotah", "Tosefta", "7:12", "section")),
    ("Genesis Rabbah 8:5", ("Genesis Rabbah", None, "8:5", "section")),
    ("Sifre Deuteronomy, pisqa 32", ("Sifre Deuteronomy", None, "32", "section")),
    ("Mekhilta de-Rabbi Ishmael, Beshallah 2", ("Mekhilta de-Rabbi Ishmael", None, "Beshallah 2", "section")),
    ("Maimonides, Mishneh Torah, Hilkhot Teshuvah 3:4.", ("Mishneh Torah", None, "Hilkhot Teshuvah 3:4", "section")),
    ("Shulḥan ʿArukh, Oraḥ Ḥayyim 90:9", ("Shulḥan ʿArukh", None, "Oraḥ Ḥayyim 90:9", "section")),
    ("bSan 37a", ("Sanhedrin", "Babylonian Talmud", "37a", "folio")),  # (German Judaistik's joined sigla)
    ("yBer 4,1 (7c)", ("Berakhot", "Jerusalem Talmud", "4,1 (7c)", "section")),
    ("Simeon b. Yohai 12", None),  # ("b." of a patronymic, and a page with no side)
    ("M. Weber 1920", None),
    ("Boyarin, Border Lines, 151.", None),
])
def test_rabbinic_references(text: str, expected: tuple[str, str | None, str, str] | None) -> None:
    found = rabbinic_reference(text)
    assert (None if found is None else (found.title, found.corpus, found.locator, found.label)) == expected


def test_rabbinic_sources_are_complete_and_share_their_entry() -> None:
    doc = extract("1 See b. Berakhot 17a; b. Shabbat 31a; and y. Peʾah 1:1, 15b.\n"
                  "2 The dictum is attributed to Hillel in b. Shabbat 31b.\n", notes_mode=True)
    first, second = doc.notes
    assert [(c.kind, c.prefix, c.locator) for c in first.citations] == [
        ("full", "See", "17a"), ("full", None, "31a"), ("full", "and", "1:1, 15b")]
    assert [c.kind for c in second.citations] == ["full"] and second.citations[0].id == first.citations[1].id
    entries = {e["id"]: e for e in doc.entries}
    assert entries[first.citations[0].id]["type"] == "classic"


def test_hebrew_ibid_and_page() -> None:
    info = classify("שם, עמ' 50.")
    assert info.kind == "ibid" and info.pinpoint is not None and info.pinpoint.value == "50"
    assert classify("שם.").kind == "ibid"
    pin = find_pinpoint("יעקב כ\"ץ, מסורת ומשבר, ירושלים: מוסד ביאליק, 1958, עמ' 45.")
    assert pin is not None and (pin.value, pin.label) == ("45", "page")


@pytest.mark.parametrize("text", [
    "Gutman, Yehude Varshah, 118 (Hebrew).",
    "Shaked, Ha-siporet, 92 (in Hebrew).",
    "Kim, Chosŏn chibaech’ŭng yŏn’gu (Seoul: Ilchogak, 1977), 88 (Korean, with an English summary).",
])
def test_language_mark_is_no_part_of_the_locator(text: str) -> None:
    at = explanatory_parenthetical(text)
    assert at is not None and text[at] == "("


def test_bracketed_ibid_after_a_full_citation() -> None:
    pieces = split_note("Benjamin Harshav, The Meaning of Yiddish (Berkeley: University of California Press, 1990), "
                        "27 (ibid., 90, on the “language of the street”).")
    assert [(p.kind, p.text) for p in pieces][1] == ("ibid", "ibid., 90")


def test_a_number_in_a_title_does_not_end_the_citation() -> None:
    pieces = split_note("Christopher R. Browning, Ordinary Men: Reserve Police Battalion 101 and the Final Solution "
                        "in Poland (New York: HarperCollins, 1992), 55–57.")
    assert len(pieces) == 1


def test_archives_with_long_names_are_complete_as_cited() -> None:
    assert classify("United States Holocaust Memorial Museum Archives, RG-15.083M, reel 12.").kind == "full"
    assert classify("Leo Baeck Institute Archives, New York, AR 25012, box 2, folder 4.").kind == "full"


def test_two_rabbinic_sources_joined_by_and() -> None:
    assert [p.text for p in split_note("Dazu tBer 3,7 und yBer 4,1 (7c).")] == ["tBer 3,7", "yBer 4,1 (7c)."]
    pieces = split_note("On the rabbinic attitude to Roman courts see b. Gittin 88b and Hayes, What’s Divine "
                        "about Divine Law?, 180.")
    assert [p.kind for p in pieces] == ["full", "short"]


def test_hebrew_back_references_link_by_the_hebrew_name() -> None:
    doc = extract("1 יעקב כ״ץ, מסורת ומשבר (ירושלים: מוסד ביאליק, 1958), עמ׳ 45.\n"
                  "2 גרשם שלום, שבתי צבי (תל אביב: עם עובד, 1957), עמ׳ 210.\n"
                  "3 כ״ץ, לעיל הערה 1, עמ׳ 50.\n4 שלום, הנ״ל, בעמ׳ 212.\n5 שם, שם.\n", notes_mode=True)
    katz, scholem = (n.citations[0].id for n in doc.notes[:2])
    assert [(c.kind, c.id, c.locator) for n in doc.notes[2:] for c in n.citations] == [
        ("supra", katz, "50"), ("op-cit", scholem, "212"), ("ibid", scholem, None)]
