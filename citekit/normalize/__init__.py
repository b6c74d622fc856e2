"""From labelled spans to a CSL-JSON entry plus occurrence data: the normalizer chain.

The CRF tagger labels the spans of a citation; :func:`normalize_fields` turns
them into a :class:`~citekit.model.ParsedReference`: the work as a CSL item
(``type``, names, ``issued``, ``page`` …; never ``id``, which the resolver
assigns) and what belongs to this occurrence only (``kind``, ``locator`` +
``label``, ``prefix``, ``suffix``).

:data:`CHAIN` is the fixed, explicit order of the steps (one small class per
module).  Each step is isolated: a step that raises is undone and reported
with its code, and the entry goes on.

Conventions (stable; other modules rely on them):

* page ranges are stored expanded with an ASCII hyphen (``751–66`` ->
  ``751-766``); locator ranges likewise;
* "n.d." leaves ``issued`` out; text dates with no year stay as ``literal``;
* "et al." is dropped from a name list and recorded in ``custom["et-al"]``;
* the note number of "supra n. 12" is ``item["first-reference-note-number"]``;
* a title with a subtitle also gets ``title-short`` (the main title), which
  later short citations repeat;
* archival shelf-marks go to ``archive_location`` and the cited leaf to the
  locator with label ``folio``; the archival series to ``archive_collection``;
* ``type`` is the first key of the item; every item has one (``document``
  when nothing says more).
* labels may also come B-/I- tagged (``I-author`` continues the author span
  before it); ``fields`` then holds the merged spans;
* ``fields`` keeps every span as given, so text no CSL variable took
  (``other``, ``punct``, ``citation-number``, boilerplate notes) is not lost.

Diagnostic codes
================

=====  ==============================================================
code   meaning
=====  ==============================================================
P101   signal normalizer failed (its fields were left as they were)
P102   identifiers normalizer failed
P103   names normalizer failed
P104   title normalizer failed
P105   container normalizer failed
P106   date normalizer failed
P107   volume/issue normalizer failed
P108   pages/locator normalizer failed
P109   place/publisher normalizer failed
P110   edition normalizer failed
P111   genre/note normalizer failed
P112   back-reference normalizer failed
P113   archive normalizer failed
P114   short-form normalizer failed
P115   type normalizer failed (the item gets type ``document``)
P116   language normalizer failed
P117   court-decision normalizer failed (court and docket number left where they were)
P118   Bluebook-book normalizer failed (volume and container left as the tagger read them)
P119   book-series normalizer failed (container and volume left as the tagger read them)
P120   statute normalizer failed (the Act's title left as the tagger read it)
P121   repository normalizer failed (a repository's name left where the tagger put it)
P122   court-decision normalizer failed ("Court, date, n° N": court and number left as the tagger read them)
P123   treaty normalizer failed ("Title (dates) 1155 UNTS 331": volume and series left as the tagger read them)
P124   Spanish-surnames normalizer failed (the names left as the names step read them)
P125   imprint-in-title normalizer failed ("Title, Place, Publisher" left in the title)
P126   publisher-as-volume normalizer failed ("Siglo XXI" left as a volume)
P127   archive-place normalizer failed ("Paris, Bibliothèque nationale" left as the archive's name)
P128   Iberian-archive normalizer failed ("AGI, Indiferente General, leg. 1530" left as the tagger read it)
P129   scripture normalizer failed ("Gen. 1:27" left as the tagger read it)
P130   classical-work normalizer failed ("Augustine, Confessions 8.12.29" left as the tagger read it)
P131   archived-letter normalizer failed ("X to Y, date, Papers, Box 1" left as the earlier steps read it)
P132   film normalizer failed ("Title, directed by X (Place: Studio, year)" left as the earlier steps read it)
P133   Hansard normalizer failed ("HC Deb 12 May 1941, vol. 371, col. 1050" left with "HC Deb" as a person)
P134   title-year normalizer failed ("FRUS, 1945" and "1650: Bevochten eendracht" left without their year)
P135   archived-document normalizer failed ("Cabinet conclusions, date, TNA, CAB 65/13" left as the earlier steps read it)
P136   Italian-archive normalizer failed ("ASFi, Mediceo del Principato, 2965, c. 12r" left as the tagger read it)
P137   Old Bailey normalizer failed ("Old Bailey Proceedings, t17800628-33, trial of …" left as the tagger read it)
P138   German-decision normalizer failed ("BGH, Urt. v. 12.3.2003 – VIII ZR 12/02, NJW 2003, 1234" left as the tagger read it)
P139   national-decision normalizer failed ("STS 123/2010, de 12 de marzo", "HR 5 november 1965, NJ 1966, 136" left as read)
P140   code-provision normalizer failed ("§ 823 Abs. 1 BGB", "Art. 1341 c.c." left as a locator)
P141   numbered-act normalizer failed ("Ley 1/2000, de 7 de enero", "Directive 93/13/EEC … OJ L95/29" left as read)
P142   EU-case normalizer failed ("Case C-6/64 Costa v ENEL" left with its number in the title)
P143   French-review normalizer failed ("RTD civ." left as a volume "civ")
P144   Russian-archive normalizer failed ("ГАРФ. Ф. Р-5446. Оп. 1. Д. 120. Л. 45" left as the tagger read it)
P145   East-Slavic back-reference normalizer failed ("Хлевнюк О. В. Указ. соч. С. 88" left as a short title "Указ")
P146   GOST-heading normalizer failed ("Кондрашин В. В. Голод …" left as one title or author span)
P147   GOST-responsibility normalizer failed ("Title / Под ред. …" left with the title as an author)
P148   Cyrillic-pinpoint normalizer failed ("… 2005. С. 47." left without its locator)
P149   oriental-archive normalizer failed ("BOA, A.MKT.MHM 123/45", "Süleymaniye Kütüphanesi, Ayasofya 2856, fol. 34b" left as read)
P150   Qurʾān/hadith normalizer failed ("Qurʾān 2:255", "Abū Dāwūd, Sunan, no. 3641" left as the tagger read them)
P151   Turkish-volume normalizer failed ("C. 2", "sy. 22", "S. 229" left as a leaf, a page or in the journal's title)
P152   author-title-split normalizer failed ("al-Ṭabarī, Tārīkh …, ed. X" + "(Leiden: …)" left as one author span)
P153   Hijri-year normalizer failed ("(Cairo, 1284/1867), 2:134" left with the year read as a volume)
P154   reference-entry normalizer failed ("İslâm Ansiklopedisi, s.v. "Tımar."" left as two names)
P155   role-after-title normalizer failed ("Title, çev." + "Names" left as a chapter in a container named after people)
P156   journal-siglum normalizer failed ("« … », JESHO 2 (1959)" left as a book series and its number)
P157   day-month-volume normalizer failed ("3 Ağustos" + "1908" left as a volume and a year)
P158   Greek-sources normalizer failed ("P.Oxy. XLVI 3313", "ΓΑΚ, Αρχείο …, φάκ. 12", "Vat. gr. 1291, fol. 9v",
       "ΕΣΒ, 14 Ιουνίου 1910, σ. 12" left as the tagger read them)
P159   CJK-citation normalizer failed (a note in Chinese, Japanese or Korean script left as the tagger read it)
P160   standard-edition normalizer failed ("Sein und Zeit, GA 2, 152", "KSA 5, 57", "AA 4:421" left with the
       edition's siglum in the title or the journal, its volume and page as a volume and an issue)
P161   musical-work normalizer failed ("Mozart, Symphony No. 40, K. 550, mm. 1–20" left as the tagger read it)
P162   work-of-art normalizer failed ("Titian, Venus of Urbino, 1538, oil on canvas, Florence, Uffizi" left as a book)
P163   music-manuscript normalizer failed ("D-B, Mus. ms. Bach P 180, fol. 3r" left without its library)
P164   early-printed normalizer failed ("…, 1612), STC 13309, sig. C3v" left with the number in the title or a series)
P165   act-scene-line normalizer failed ("…, 2006), 3.1.55–87" left as a page)
P166   English-manuscript normalizer failed ("Dulwich College, MS VII, fol. 25v" left as a book by an author)
P167   edition-series normalizer failed ("Hamlet, ed. by …, The Arden Shakespeare (London: …)" left with the series as the title)
P168   bracketed-imprint normalizer failed ("Pandosto (London: Thomas Orwin for Thomas Cadman, 1588)" left as the title)
P169   colonial-archive normalizer failed ("AGN (México), Indios, vol. 6, exp. 412, f. 110" left as the earlier steps read it)
P170   Hispanic-law normalizer failed ("Recopilación de Indias, lib. 2, tít. 15, ley 1" left as the tagger read it)
P171   quoted-journal normalizer failed ("«Title», Journal, n.º 25, 1985" left with the journal as a book series)
P172   container-as-publisher normalizer failed ("Rio de Janeiro, Civilização Brasileira, 2001" left with the publisher as a container)
P173   chapter-in-title normalizer failed ("«Chapter», en X (comp.), Book" left as one title)
P174   imperial-archive normalizer failed ("TNA, CO 533/384/9, …", "IOR/L/PJ/6/512, British Library" left as read)
P175   official-paper normalizer failed ("…, Cmd. 3568 (London: HMSO, 1930), p. 22" left with the number as the pinpoint)
P176   source-edition normalizer failed ("Einhard, Vita Karoli, ed. …, MGH SS rer. Germ. 25 (Hanover, 1911), c. 24" left with the series in the title)
P177   medieval-author normalizer failed ("Gregory of Tours" left as given name "Gregory of", family "Tours")
P178   continental-manuscript normalizer failed ("Sankt Gallen, Stiftsbibliothek, Cod. Sang. 914, p. 23" left as a book)
P179   Latin-chapter normalizer failed ("Einhard, Vita Karoli, c. 25" left with the chapter as a leaf)
P190   rabbinic-source normalizer failed ("b. Shabbat 31a", "Mishneh Torah, Hilkhot Teshuvah 3:4" left as the tagger read them)
P191   Hebrew-note normalizer failed (a note in Hebrew script left as the tagger read it)
P180   East-Asian-name normalizer failed ("Maruyama Masao 丸山眞男" left with the characters as the family name)
P192   Jewish-archive normalizer failed ("USHMM, RG-15.079M, reel 3, fol. 45" left as the earlier steps read it)
P181   juan-leaf normalizer failed ("juan 13, 5a", "Shiji, 6.239" left as a page "juan 13, 5a" or without a locator)
P193   language-mark normalizer failed ("… (Hebrew)" left in the title, the journal or the locator)
P194   title-translation normalizer failed ("Title [Translation]" left as one title)
P195   headword normalizer failed ("Encyclopaedia Judaica, 2nd ed., s.v. “Hasidism.”" left as the tagger read it)
P196   role-in-heading normalizer failed ("Name, ed., Title", "Title, ed. Names" left with the role in the title or a title as an editor)
P197   volumes-imprint normalizer failed ("…, 3 vols. (Place: Publisher, 1916–20), 1:45" left with the imprint as a volume)
P182   East-Asian-archive normalizer failed ("First Historical Archives of China, Beijing, …, 03-9875-021" left as read)
P183   East-Asian-newspaper normalizer failed ("Shenbao 申報, Guangxu 8/3/12 (April 29, 1882), 1" left as a book)
P184   era-imprint normalizer failed ("(Nanjing: Hu Chenglong, Wanli 21 [1593])" left in the title or as a volume)
P185   Buddhist-canon normalizer failed ("Dazhidu lun, T 1509, 25:57c" left with the siglum in the title)
P186   East-Asian-series normalizer failed ("Kojiki. Nihon koten bungaku taikei 1" left as one title)
P187   glossed-article normalizer failed ('"Title" 漢字, Journal 13 (1957): 1–15' left as a book)
P188   Chinese-classic normalizer failed ("Analects 12.1", "Mencius 2A.6" left as the tagger read them)
P200   East-Central-archive normalizer failed ("AAN, KC PZPR, sygn. 237/V-12, k. 45", "LCVA, f. 383, ap. 7, b. 12, l. 45" left as read)
P210   US-archive normalizer failed ("…, RG 105, entry 3379, box 12, National Archives, Washington, DC" left as read)
P203   East-Central back-reference normalizer failed ("Isto, str. 56", "Romsics: i. m. 118" left as an author or a title)
P204   East-Central numbering normalizer failed ("R. 70, nr 2", "roč. 5, č. 1", "4. sz.", "wyd. 2" left as the pinpoint)
P211   Congress-debate normalizer failed ("Congressional Globe, 39th Cong., 1st sess., 1866, 474" left with the session as a title)
P205   East-Central heading normalizer failed ("Romsics Ignác: Title", "Ignác Romsics, Title" left as one title)
P212   Congress-document normalizer failed ("…, H.R. Rep. No. 30, 39th Cong., 1st Sess. (1866), 7" left as read)
P213   government-author normalizer failed ("U.S. Bureau of the Census, Historical Statistics …" left as one title)
P206   East-Central newspaper normalizer failed ("Rudé právo, 26. 2. 1948, s. 1", "Népszava, 1919. március 22., 3." left as read)
P207   role-inside-title normalizer failed ("Title, oprac. Andrzej Paczkowski, z. 1" left as one title)
P208   title-read-as-volume normalizer failed ("Ránki György (szerk.):" + "Magyarország története 1918–1919, …" left as a volume)
P214   dated-in-container normalizer failed ("“Address,” March 4, 1861, in Collected Works …" left with the date in the container)
P215   US-case normalizer failed ("Commonwealth v. Hunt, 45 Mass. (4 Met.) 111 (1842)" left as the tagger read it)
P201   "———" repeats the previous author, but there is no previous entry
P202   a field that is not a (label, text) pair was skipped
=====  ==============================================================
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from citekit.model import Diagnostic, Entry, ParsedReference
from citekit.normalize._person import clear_cache as clear_name_cache
from citekit.normalize.act_scene_line import ActSceneLine
from citekit.normalize.archive import Archive, Repository
from citekit.normalize.archive_place import ArchivePlace
from citekit.normalize.archived_document import ArchivedDocument
from citekit.normalize.artwork import Artwork
from citekit.normalize.author_title_split import AuthorTitleSplit
from citekit.normalize.backref import BackRef
from citekit.normalize.base import Context, ItemState, Normalizer, run_chain
from citekit.normalize.bluebook import BluebookBook
from citekit.normalize.bracketed_imprint import BracketedImprint
from citekit.normalize.buddhist_canon import BuddhistCanon
from citekit.normalize.chapter_in_title import ChapterInTitle
from citekit.normalize.chinese_classic import ChineseClassic
from citekit.normalize.cjk_citation import CjkCitation
from citekit.normalize.classical import ClassicalWork
from citekit.normalize.code_provision import CodeProvision
from citekit.normalize.colonial_archive import ColonialArchive
from citekit.normalize.congress_debate import CongressDebate
from citekit.normalize.congress_document import CongressDocument
from citekit.normalize.container import Container
from citekit.normalize.container_as_publisher import ContainerAsPublisher
from citekit.normalize.continental_manuscript import ContinentalManuscript
from citekit.normalize.cyrillic_pinpoint import CyrillicPinpoint
from citekit.normalize.date import Date
from citekit.normalize.dated_in_container import DatedInContainer
from citekit.normalize.day_month_volume import DayMonthVolume
from citekit.normalize.decision import CourtDecision
from citekit.normalize.early_printed import EarlyPrinted
from citekit.normalize.east_asian_archive import EastAsianArchive
from citekit.normalize.east_asian_name import EastAsianName
from citekit.normalize.east_asian_newspaper import EastAsianNewspaper
from citekit.normalize.east_asian_series import EastAsianSeries
from citekit.normalize.east_central_archive import EastCentralArchive
from citekit.normalize.east_central_backref import EastCentralBackRef
from citekit.normalize.east_central_heading import EastCentralHeading
from citekit.normalize.east_central_newspaper import EastCentralNewspaper
from citekit.normalize.east_central_numbering import EastCentralNumbering
from citekit.normalize.east_slavic_backref import EastSlavicBackRef
from citekit.normalize.edition import Edition
from citekit.normalize.edition_series import EditionSeries
from citekit.normalize.english_manuscript import EnglishManuscript
from citekit.normalize.era_imprint import EraImprint
from citekit.normalize.eu_case import EuCase
from citekit.normalize.film import Film
from citekit.normalize.french_review import FrenchReview
from citekit.normalize.genre_note import GenreNote
from citekit.normalize.german_decision import GermanDecision
from citekit.normalize.glossed_article import GlossedArticle
from citekit.normalize.gost_heading import GostHeading
from citekit.normalize.gost_responsibility import GostResponsibility
from citekit.normalize.government_author import GovernmentAuthor
from citekit.normalize.greek_sources import GreekSources
from citekit.normalize.hansard import Hansard
from citekit.normalize.headword import Headword
from citekit.normalize.hebrew_note import HebrewNote
from citekit.normalize.hijri_year import HijriYear
from citekit.normalize.hispanic_law import HispanicLaw
from citekit.normalize.iberian_archive import IberianArchive
from citekit.normalize.identifiers import Identifiers
from citekit.normalize.imperial_archive import ImperialArchive
from citekit.normalize.imprint_in_title import ImprintInTitle
from citekit.normalize.italian_archive import ItalianArchive
from citekit.normalize.item_type import ItemType
from citekit.normalize.jewish_archive import JewishArchive
from citekit.normalize.journal_siglum import JournalSiglum
from citekit.normalize.juan_leaf import JuanLeaf
from citekit.normalize.language import Language
from citekit.normalize.language import clear_cache as clear_language_cache
from citekit.normalize.language_mark import LanguageMark
from citekit.normalize.latin_chapter import LatinChapter
from citekit.normalize.legal import LegalCase
from citekit.normalize.letter import ArchivedLetter
from citekit.normalize.medieval_author import MedievalAuthor
from citekit.normalize.music_manuscript import MusicManuscript
from citekit.normalize.musical_work import MusicalWork
from citekit.normalize.names import Names
from citekit.normalize.national_decision import NationalDecision
from citekit.normalize.numbered_act import NumberedAct
from citekit.normalize.official_paper import OfficialPaper
from citekit.normalize.old_bailey import OldBailey
from citekit.normalize.oriental_archive import OrientalArchive
from citekit.normalize.pages import PagesLocator
from citekit.normalize.place import PlacePublisher
from citekit.normalize.publisher_as_volume import PublisherAsVolume
from citekit.normalize.quoted_journal import QuotedJournal
from citekit.normalize.quran_hadith import QuranHadith
from citekit.normalize.rabbinic_source import RabbinicSource
from citekit.normalize.reference_entry import ReferenceEntry
from citekit.normalize.role_after_title import RoleAfterTitle
from citekit.normalize.role_in_heading import RoleInHeading
from citekit.normalize.role_inside_title import RoleInsideTitle
from citekit.normalize.russian_archive import RussianArchive
from citekit.normalize.scripture import Scripture
from citekit.normalize.series import BookSeries
from citekit.normalize.short_form import ShortForm
from citekit.normalize.signal_words import Signal
from citekit.normalize.source_edition import SourceEdition
from citekit.normalize.spanish_surnames import SpanishSurnames
from citekit.normalize.standard_edition import StandardEdition
from citekit.normalize.statute import Statute
from citekit.normalize.title import Title
from citekit.normalize.title_read_as_volume import TitleReadAsVolume
from citekit.normalize.title_translation import TitleTranslation
from citekit.normalize.title_year import TitleYear
from citekit.normalize.treaty import Treaty
from citekit.normalize.turkish_volume import TurkishVolume
from citekit.normalize.us_archive import UsArchive
from citekit.normalize.us_case import UsCase
from citekit.normalize.volume import VolumeIssue
from citekit.normalize.volume import clear_cache as clear_volume_cache
from citekit.normalize.volumes_imprint import VolumesImprint

__all__ = ["CHAIN", "Context", "ItemState", "Normalizer", "clear_caches", "normalize_fields", "normalize_pairs"]

#: The chain, in order.  Later steps read what earlier ones set: pages needs
#: the container and volume, back-references need the names and the locator,
#: type inference comes next to last, and the court-decision step reads its type.
CHAIN: tuple[Normalizer, ...] = (
    Signal(),
    Identifiers(),
    Names(),
    Title(),
    # "Name, Title, ed. X" read as one author span before a bracketed imprint: after the names and title steps
    # (whose reading it replaces), before the steps that read author and title
    AuthorTitleSplit(),
    # a reference work's title and headword read as names ("İslâm Ansiklopedisi, s.v. …"): the same place
    ReferenceEntry(),
    # a transliterated title's translation in square brackets ("Toldot ha-Yehudim … [A History of …]"): out of
    # the title, and the title back from an author span: after the steps that read author and title
    TitleTranslation(),
    # "Name, ed., Title" and the editor span "Title, ed. Names": the editor and the title the steps before missed
    RoleInHeading(),
    # "U.S. Bureau of the Census, Historical Statistics …" read as one title: the body is the author; the same place
    GovernmentAuthor(),
    # an East Central European author's name read into the title ("Romsics Ignác: Title", family name first, and
    # "Aivars Stranga, Title"): after the steps that read author and title, before those that compare them
    EastCentralHeading(),
    # Chinese, Japanese and Korean names family name first ("Maruyama Masao 丸山眞男", "Yoshikawa Kōjirō" before a
    # romanised title): after the steps that read the names (the split above reads them again), before the steps
    # that compare them
    EastAsianName(),
    Container(),
    # a quoted article's journal read as a book series ("«…», Allpanchis, n.º 25, 1985"): right after the
    # container step, before the steps that read the volume, the pages and the type
    QuotedJournal(),
    # a publisher read as a container between the place and the year ("Rio de Janeiro, Civilização Brasileira,
    # 2001"): the same place
    ContainerAsPublisher(),
    # "«Chapter», en X (comp.), Book" read as one title: the same place, when no container was read
    ChapterInTitle(),
    # "Title, çev." + "Names" read as a chapter's container: right after the container step that read it
    RoleAfterTitle(),
    # "Title, oprac. Names, z. 1" read as one title: beside the step above, before the steps that read the volume
    RoleInsideTitle(),
    Date(),
    # a speech's date before "in" and its edition read into the container ("March 4, 1861, in Collected Works …"):
    # after the title and date steps, before the steps that read the container
    DatedInContainer(),
    VolumeIssue(),
    # a day and a month read as a volume before the year ("3 Ağustos" + "1908"): right after the volume step
    DayMonthVolume(),
    # a book's title after its editors read as the volume ("Ránki György (szerk.):" + "Magyarország története
    # 1918–1919, 1919–1945."): after the volume steps, whose reading of it it undoes
    TitleReadAsVolume(),
    PagesLocator(),
    # Turkish "C. 2" (cilt) and "sy. 22" (sayı), read as a carta, a Seite or the journal's title: right after the
    # pages step (whose locator it corrects), before the steps that read volume and locator
    TurkishVolume(),
    # "… 2005. С. 47." with the last span unlabelled: right after the pages step, which found no locator,
    # before the back-reference and short-form steps that read it
    CyrillicPinpoint(),
    # the volume, issue and edition words of Polish, Czech, Hungarian, South Slavic and Baltic notes ("R. 70, nr 2",
    # "roč. 5, č. 1", "4. sz.", "br. 3", "wyd. 2", "45. lpp."), read as the pinpoint: right after the pages step
    # (whose locator it corrects), before the steps that read the volume, the locator and the type
    EastCentralNumbering(),
    BluebookBook(),
    PlacePublisher(),
    ImprintInTitle(),
    # an early book's bracketed imprint ("(London: Thomas Orwin for Thomas Cadman, 1588)") read into the title or
    # as authors: after the place step, before the steps that read the title and the authors
    BracketedImprint(),
    PublisherAsVolume(),
    BookSeries(),
    # a romanised series closing the title ("Kojiki 古事記. Nihon koten bungaku taikei 1"): right after the series step
    EastAsianSeries(),
    # a journal by its siglum ("« … », JESHO 2 (1959)") read as a series: right after the series step
    JournalSiglum(),
    # "Фамилия И. О. Title" read as one span: cut after the title and place steps (whose title and imprint it
    # repairs), before the steps that read the title and the authors (short form, type, back-references)
    GostHeading(),
    # "Title / Под ред. …": an edited collection's title read as an author; after the heading step (which
    # only splits a span that holds no such statement) and before the steps that read the authors
    GostResponsibility(),
    # the title's own year back into it: after the date and place steps it repairs, before the
    # steps that read the title (short form, type)
    TitleYear(),
    # "(Cairo, 1284/1867), 2:134": a Hijri year and a Gregorian one closing the imprint, read as a volume; after
    # the date, volume, pages and place steps whose reading it repairs
    HijriYear(),
    # "(Nanjing: Hu Chenglong, Wanli 21 [1593])": an era's year and the Western one closing the imprint, read into the
    # title or as a volume; the same place
    EraImprint(),
    # "…, 3 vols. (Philadelphia: JPS, 1916–20), 1:45" with the years and the pinpoint read as a volume: the same
    VolumesImprint(),
    Edition(),
    GenreNote(),
    BackRef(),
    # the GOST order "Author I. O. Указ. соч. С. 88": read from the whole text after the span-wise step,
    # whose reading of the words it replaces; before the short-form step, which reads the kind
    EastSlavicBackRef(),
    # the same for the Croatian, Serbian, Slovenian, Baltic and Hungarian words ("Isto, str. 56", "Ten pat, p. 158",
    # "Samas, lk 12", "Romsics: i. m. 118", "Goldstein, n. dj., str. 250"), read from the whole text
    EastCentralBackRef(),
    # a play's act, scene and line, a poem's book, canto and stanza closing a note that names an edition
    # ("…, 2006), 3.1.55–87"): after the pages and back-reference steps whose page or volume it replaces
    ActSceneLine(),
    Repository(),
    Archive(),
    IberianArchive(),
    # what that step leaves of the archives of Spain, Portugal and their empires ("AGN (México), Indios, vol. 6,
    # exp. 412, f. 110", PARES's "AGI, Patronato, 20, N.5, R.24"): the same, a whole-text shape
    ColonialArchive(),
    # the same fixed order in Italian archives ("ASFi, Mediceo del Principato, 2965, c. 12r")
    ItalianArchive(),
    # and in Russian and Ukrainian ones ("ГАРФ. Ф. Р-5446. Оп. 1. Д. 120. Л. 45"), read from the whole text
    RussianArchive(),
    # and Ottoman archives and Middle Eastern or oriental manuscript collections ("BOA, A.MKT.MHM 123/45",
    # "Süleymaniye Kütüphanesi, Ayasofya 2856, fol. 34b"), the same way
    OrientalArchive(),
    ArchivePlace(),
    # an edition in a listed series of early modern texts ("Hamlet, ed. by …, The Arden Shakespeare, Third Series
    # (London: …)", "EETS o.s. 212"): a whole-text shape replacing the author, title, editors and series the
    # steps before read, before the short-form and type steps that read them
    EditionSeries(),
    # an early printed book's STC/Wing/ESTC number and signature pinpoint ("…, 1612), STC 13309, sig. C3v"): read
    # from the whole text after the steps that read the number as a title, a series or the pinpoint, before the
    # short-form step, which reads the title and the locator
    EarlyPrinted(),
    # a manuscript in an English library by its shelf-mark ("Dulwich College, MS VII, fol. 25v"): a whole-text
    # shape after the archive steps, which read the others, before the short-form step
    EnglishManuscript(),
    # the same in a continental library, by city, library and its own kind of shelf-mark ("Sankt Gallen,
    # Stiftsbibliothek, Cod. Sang. 914, p. 23", "Paris, BnF, lat. 2855, fol. 70v")
    ContinentalManuscript(),
    # a document in a British, African or French colonial archive by its reference code ("TNA, CO 533/384/9, …",
    # "IOR/L/PJ/6/512, file 2101, British Library", "ANOM, GGAEF 4 D 12, …"): a whole-text shape after the
    # archive steps, which read the other traditions' codes, before the short-form and type steps
    ImperialArchive(),
    # a file in an archive of China, Taiwan, Japan or Korea by its code ("First Historical Archives of China, Beijing,
    # Junjichu lufu zouzhe, 03-9875-021", "…, Tokyo, JACAR Ref. B02030023900"): the same kind of whole-text shape
    EastAsianArchive(),
    # a Chinese, Japanese or Korean newspaper by title, day and page ("Shenbao 申報, Guangxu 8/3/12 (April 29, 1882),
    # 1"): the same
    EastAsianNewspaper(),
    # an article whose quoted title has its characters after the quote ('"Title" 漢字, Journal 13 (1957): 1–15'): the same
    GlossedArticle(),
    # a file in an archive of Jewish history or of the Holocaust by the archive, city, collection and shelf-mark
    # ("Central Zionist Archives (CZA), S25/1234", "USHMM, RG-15.079M, reel 3, fol. 45"): the same
    JewishArchive(),
    # a document or a file in an American repository, from the document to the repository and its city ("Memorandum
    # of conversation, June 3, 1965, NSF, Country File, Vietnam, box 18, LBJ Library, Austin, TX", "…, RG 59, National
    # Archives, College Park, MD"): the same, before the letter step, which reads a letter's simpler shapes again
    UsArchive(),
    # a file in an archive of Poland, Czechia, Slovakia, Hungary, the former Yugoslavia or the Baltic states by the
    # archive, collection, signature and leaf ("AAN, KC PZPR, sygn. 237/V-12, k. 45", "MNL OL M-KS 276. f. 53. cs.
    # 12. ő. e.", "LCVA, f. 383, ap. 7, b. 12, l. 45"): the same
    EastCentralArchive(),
    # a medieval source in a series of editions ("Einhard, Vita Karoli Magni, ed. …, MGH SS rer. Germ. 25 (Hanover,
    # 1911), c. 24"): a whole-text shape replacing the title, editors and volume the steps before read, before the
    # short-form step
    SourceEdition(),
    # an author known by a byname ("Gregory of" + "Tours" -> "Gregory of Tours"): after every step that reads
    # the authors, before the short-form step, which compares them with the previous note's
    MedievalAuthor(),
    # a reference work by headword with an edition, a volume or the entry's author around "s.v." ("Encyclopaedia
    # Judaica, 2nd ed., s.v. “Hasidism.”"): a whole-text shape, before the short-form step reads the kind
    Headword(),
    ShortForm(),
    # a Chinese, Japanese or Korean source by juan and page or leaf ("Shiji 史記 (…), 6.239", "juan 13, 5a",
    # "Zhu Xi, Wenji 75.13a"): after the short-form step, whose kind it corrects for such notes
    JuanLeaf(),
    Language(),
    # a language named in brackets ("Zion 10 (1944): 21–54 (Hebrew)", "…, 35 (in Yiddish)"): after the language
    # step, whose guess it replaces, taking the mark out of the title, the journal or the locator
    LanguageMark(),
    # "c. 24" after a Latin title, a chapter rather than a leaf: after the archive and manuscript steps that
    # type the items whose "c." is a leaf, and the language step (an Italian
    # book's "c." is a leaf)
    LatinChapter(),
    SpanishSurnames(),
    Statute(),
    CourtDecision(),
    # a German decision by court, date and docket: a whole-text shape (the tagger splits it at random), typed
    # before type inference; the legal step after it finds court and number already set
    GermanDecision(),
    # Spanish, Portuguese and Dutch decisions: whole-text shapes of their own, typed here for the same reason
    NationalDecision(),
    # a code's provision ("§ 823 Abs. 1 BGB"): typed before type inference, like the statutes above
    CodeProvision(),
    # a law of the Castilian and Indies codes by book, title and law ("Recopilación de Indias, lib. 2, tít. 15,
    # ley 1", "Partida VII, tít. XXIV, ley 8"): the same
    HispanicLaw(),
    # an enactment by kind, number and date ("Ley 1/2000, de 7 de enero"): the same, for Romance-language acts
    NumberedAct(),
    # a European case by its number ("Case C-6/64 Costa v ENEL"): after the language step (whose guess from
    # the parties' names it drops), before type inference
    EuCase(),
    # a French law review read as a volume ("RTD civ."): typed before type inference like the steps above
    FrenchReview(),
    Treaty(),
    Scripture(),
    # a work of the canon by its numbering: like scripture, read from the whole text and typed here,
    # before type inference (which keeps a type already set)
    ClassicalWork(),
    # a Chinese classic by its numbering ("Analects 12.1", "Mencius 2A.6"): the same, for the Chinese canon
    ChineseClassic(),
    # a work in a standard edition by the edition's siglum ("Heidegger, Sein und Zeit, GA 2, 152", "KSA 5, 57"):
    # after the canon's numbering (which it leaves alone), read from the whole text and typed the same way
    StandardEdition(),
    # a Buddhist text in the Taishō canon by its number, volume and page ("Dazhidu lun, T 1509, 25:57c"): the same
    BuddhistCanon(),
    # a verse of the Qurʾān, a tradition of a hadith collection by its number: the same, for Islamic sources
    QuranHadith(),
    # a rabbinic source by its standard numbering ("b. Shabbat 31a", "m. Avot 1:1", "Genesis Rabbah 44:1",
    # "Shulḥan ʿArukh, Oraḥ Ḥayyim 128:1"): the same, for the Talmuds, the midrashim and the codes
    RabbinicSource(),
    # a musical work by its opus or thematic-catalogue number ("Bach, Mass in B minor, BWV 232"): the same, for
    # the canon of music
    MusicalWork(),
    # a work of art by its object label ("Titian, Venus of Urbino, 1538, oil on canvas, Florence, Uffizi"): the
    # same kind of whole-text shape, typed here
    Artwork(),
    # a music source by its library's RISM siglum ("D-B, Mus. ms. Bach P 180, fol. 3r"): the same
    MusicManuscript(),
    # a letter or a dated document in an archive, a film, a Commons debate, an Old Bailey trial: whole-text shapes that replace what the steps before read
    # (the tagger splits both at random), so they run last before type inference keeps their type
    ArchivedLetter(),
    ArchivedDocument(),
    Film(),
    Hansard(),
    # a debate in the US Congress by its record, Congress, session, volume and page ("Congressional Globe, 39th Cong.,
    # 1st sess., 1866, 474", "118 Cong. Rec. 9,412 (1972)"): the same kind of whole-text shape, typed here
    CongressDebate(),
    # a report, a document or a hearing of Congress by its body, title, number and session ("Report of …, H.R. Rep.
    # No. 30, 39th Cong., 1st Sess. (1866), 7"): the same
    CongressDocument(),
    # an American case by its reporter ("Dred Scott v. Sandford, 60 U.S. (19 How.) 393, 407 (1857)", "Commonwealth v.
    # Hunt, 45 Mass. (4 Met.) 111 (1842)"): the same, typed before type inference and the legal step
    UsCase(),
    # papyri and inscriptions by their corpus siglum, Greek archives, Greek manuscripts by their fund and the
    # Greek parliament's record ("P.Oxy. XLVI 3313, l. 12", "ΓΑΚ, Αρχείο …, φάκ. 12", "Vat. gr. 1291, fol. 9v",
    # "ΕΣΒ, 14 Ιουνίου 1910, σ. 12"): whole-text shapes like the two above, in one step
    GreekSources(),
    OldBailey(),
    # a note in CJK script (one token to the tagger): read from the whole text, typed before type inference
    CjkCitation(),
    # a note in Hebrew script ("יצחק בער, תולדות … (תל אביב: עם עובד, 1959), עמ' 112", "שם, עמ' 45"): the same
    HebrewNote(),
    # a newspaper of East Central Europe by name and day, the day in the region's ways ("Rudé právo, 26. 2. 1948, s. 1",
    # "Népszava, 1919. március 22., 3."): the same kind of whole-text shape, typed here
    EastCentralNewspaper(),
    # a command paper's or a colonial report's number before the imprint, read as the pinpoint ("…, Cmd. 3568
    # (London: HMSO, 1930), p. 22"): typed here, after the steps that read whole-text shapes, before type inference
    OfficialPaper(),
    ItemType(),
    LegalCase(),
)


def clear_caches() -> None:
    """Forget every remembered reading (name lists, volumes): for benchmarks of the cold path.

    The caches only save time on strings that recur; results are the same with or without them.
    """
    clear_name_cache()
    clear_volume_cache()
    clear_language_cache()


def _pairs(fields: Iterable[Any]) -> tuple[list[tuple[str, str]], list[Any]]:
    """The fields as (label, text) string pairs, and whatever was not one."""
    out: list[tuple[str, str]] = []
    bad: list[Any] = []
    for field in fields:
        if type(field) is tuple and len(field) == 2 and type(field[0]) is str and type(field[1]) is str:
            out.append(field)
        elif isinstance(field, (tuple, list)) and len(field) == 2:
            out.append((str(field[0]), str(field[1])))  # e.g. [label, text] lists from JSON
        else:
            bad.append(field)
    return out, bad


def _merge_bio(sequence: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Accept B-/I- tagged fields too: ``I-x`` continues the ``x`` span before it."""
    out: list[tuple[str, str]] = []
    for label, text in sequence:
        if label.startswith("I-") and out and out[-1][0] == label[2:]:
            glue = "" if text[:1] in ",.;:)]}’”»" else " "
            out[-1] = (out[-1][0], f"{out[-1][1]}{glue}{text}")
        else:
            out.append((label[2:] if label[:2] in ("B-", "I-") else label, text))
    return out


#: the context of a reference cited first (shared: steps never change the context)
_NO_PREVIOUS = Context()


def normalize_fields(
    fields: Iterable[tuple[str, str]], *, prev: Entry | None = None
) -> ParsedReference:
    """Labelled spans (reading order, punctuation included) -> a :class:`ParsedReference`.

    ``prev`` is the entry cited just before (for "———" and "idem").
    """
    sequence, bad = _pairs(fields)
    for label, _ in sequence:
        if label[1:2] == "-":  # "B-author", "I-title": a tagger's raw output
            sequence = _merge_bio(sequence)
            break
    result = normalize_pairs(sequence, prev=prev)
    if bad:
        result.diagnostics.append(
            Diagnostic("P202", f"{len(bad)} field(s) not a (label, text) pair were skipped", raw=repr(bad)[:500])
        )
    return result


def normalize_pairs(sequence: list[tuple[str, str]], *, prev: Entry | None = None) -> ParsedReference:
    """:func:`normalize_fields` for fields that are already plain ``(label, text)`` string pairs with
    bare labels, as the parser's tagger gives them: the per-field checks are skipped (they would find
    nothing to repair), which a parse of thousands of references notices.
    """
    ctx = _NO_PREVIOUS if prev is None else Context(prev)
    state = run_chain(CHAIN, ItemState.from_fields(sequence), ctx)
    # "type" first: CSL-JSON written from here reads as its processors expect
    item = {"type": state.item.get("type", "document"), **state.item}
    return ParsedReference(
        item=item,
        kind=state.kind,
        locator=state.locator,
        label=state.label,
        prefix=state.prefix,
        suffix=state.suffix,
        fields=sequence,
        confidence={},
        diagnostics=state.diagnostics,
    )
