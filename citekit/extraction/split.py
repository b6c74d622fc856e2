"""Split one note's text into citation pieces, each with its signal and its span.

A note may hold prose, several works separated by ";" or by ", and", and
signals ("See also", "For the context, see", "Vgl.").  Boundaries are found
without the reference parser: sentence ends that follow a pinpoint or a year
or that precede a signal, semicolons and ", and" between two complete works,
never inside parentheses or quotation marks.  Each piece is then classified
(:mod:`citekit.extraction.classify`); prose pieces stay commentary and never
become entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from citekit.extraction.archival import continuation_location
from citekit.extraction.classify import (
    FRENCH_ARCHIVE,
    MANUSCRIPT,
    SLAVIC_REPORTING_VERBS,
    Classification,
    archival_file,
    archival_pinpoint,
    author_head,
    classify,
    has_finite_verb,
    has_prose_words,
    is_prose,
    legal_source_type,
    starts_back_reference,
)
from citekit.extraction.locators import LABELS, find_pinpoint
from citekit.extraction.rabbinic import rabbinic_in_text, rabbinic_reference
from citekit.lazy_regex import lazy_compile
from citekit.normalize.artwork import label_has_medium
from citekit.normalize.backref import IDEM_FORMS, OPCIT_FORMS, SUPRA_WORDS, forms_pattern
from citekit.normalize.names import SURNAMES_BY_SLASH

_SIGNAL_START = lazy_compile(
    r"^(?P<sig>(?:(?:and|und|et|e|y|i|en|og|och|és|oraz),?\s+)?(?:(?:more\s+generally|more\s+broadly|plus\s+généralement|più\s+in\s+generale)"
    r"(?:,?\s+(?:see|voir|vgl\.|cf\.|cfr\.))?|"
    r"thus\s+also|thus(?=\s+[A-Z][\w´'’-]+,)|so\s+too|so\s+also|as\s+also|(?-i:So)(?=\s+[A-ZÄÖÜ][\w-]+\s*[,(])|"
    # a later work by an adverb of time: "und zuletzt Vollmer, …", "et, plus récemment, Marchal, …"
    r"zuletzt|jüngst|neuerdings|plus\s+récemment|più\s+di\s+recente|da\s+ultimo|más\s+recientemente|"
    r"(?:more|most)\s+recently|"
    # connectors that add a work after a ";" or at a list's end: "ainsi que Marchal, …", "а также: …"
    r"as\s+well\s+as|ainsi\s+que|así\s+como|assim\s+como|bem\s+como|e\s+também|também|а\s+также|hierzu|"
    r"véanse|ver(?:\s+também|\s+ainda)?(?=\s+[A-ZÀ-ÖØ-Þ]|,\s+por\s+exemplo)|vid\.|see(?:,?\s+(?:also|e\.\s?g\.,?|generally|especially|esp\.|further|in particular|"
    r"most recently|for example|for instance|now))?|but\s+see|but\s+cf\.?|cf\.(?:,?\s+also)?|(?-i:cf)(?=\s)|"
    r"compare|contra|(?:but\s+)?contrast|"  # (OSCOLA writes "cf" without its dot)
    r"accord|e\.\s?g\.,?|also|ebenso|ähnlich|anders|so auch|so\s+(?:bereits|schon|etwa|wohl)|a\.\s?A\.|wie hier|"
    r"(?-i:so)(?=\s+[A-ZÄÖÜ][\w-]+\s*[,(])|"  # "– so Hanke, Guild and Commune, S. 10"
    r"zutreffend|überzeugend|ablehnend|zum\s+beispiel|beispielsweise|for\s+example|"
    r"for\s+instance|par\s+exemple|ad\s+esempio|per\s+esempio|"
    r"grundlegend|umfassend|krit\.?(?=\s)|eingehend|ausführlich|instruktiv|näher|kritisch|zustimmend|etwa|besonders|insbesondere|vgl\.?(?:\s+(?:auch|etwa|nur|dazu|ferner|insbesondere|zuletzt|aber|ook))?(?=[\s,:])|"
    r"siehe(?:\s+auch|\s+dazu)?|s\.\s+auch|s\.\s+dazu|dazu|ferner|voir(?:\s+(?:aussi|notamment|également|"
    r"par exemple))?|v\.\s+(?:aussi|anche|également)|cfr\.(?:\s+anche)?|si\s+veda(?:no)?|vedi(?:\s+anche)?|"
    r"v\.(?=\s+(?-i:[a-z‘“«\"]))|"
    # the Italian "v." (vedi) before a name, not the German "v." of "v. Savigny": the work is cited
    # the Italian way after it ("v. Rossi, Le immissioni, cit., p. 90", "…, p. 12")
    r"(?-i:v)\.(?=\s+[A-ZÀ-ÖØ-Þ][\w'’-]+,\s[^;]*?,\s(?:(?<!op\.\s)cit\.|pp?\.\s?\d))|véase(?:\s+también)?|zie(?:\s+(?:ook|hierover|daarover))?|y\s+también|"
    # the signals of Catalan, Polish, Czech, Scandinavian and Hungarian notes ("Se" only before a name)
    r"vegeu(?:\s+també)?|por\.(?:\s+(?:też|także|również))?|zob\.(?:\s+(?:też|także|również))?|"
    r"srov\.(?:\s+(?:též|také))?|jfr\.?(?:\s+(?:även|också|også))?|jf\.(?:\s+også)?|"
    r"(?-i:[Ss]e)(?:\s+(?:även|också|også))?(?=\s+[A-ZÀ-ÖØ-Þ])|vö\.(?:\s+(?:még|ehhez))?|lásd(?:\s+(?:még|ehhez|erről))*|"
    r"también|en\s+contra|"
    # Croatian and Serbian "usp." (usporedi, compare), "vidi" / "види" (see), "упор." ; Slovak "porov.", "pozri";
    # Lithuanian "žr." (see), Latvian "sk." (skatīt)
    r"usp\.(?:\s+(?:i|također))?|vidi(?:\s+i|\s+također)?(?=\s+[A-ZÀ-ÖØ-ÞČŠŽĆĐ])|види|упор\.|porov\.|pozri(?:\s+aj)?|"
    r"žr\.(?:\s+(?:taip\s+pat))?|(?-i:Sk\.)(?=\s+[A-ZĀ-Ž])|"
    # Turkish: "bk." / "bkz." (bakınız, see), "krş." (karşılaştırınız, compare), "ayrıca" (also)
    r"(?:ayrıca\s+)?(?:bkz?|krş|karş)\.|"
    # Greek: "βλ." (βλέπε, see), "πρβλ." / "πβ." (παράβαλε, compare), "βλ. επίσης" (see also)
    r"(?:βλ\.|βλέπε|πρβλ\.|πβ\.)(?:\s+(?:επίσης|ἐπίσης|ακόμη|ἀκόμη|ακόμα|και|καὶ|σχετικά|ειδικότερα|κυρίως))?|"
    # Hebrew: "ראו" / "ראה" (see), "וראו גם" (and see also), "השוו" (compare), "עיינו" / "עיין" (consult)
    r"ו?(?:ראו|ראה|עיינו|עיין)(?:\s+(?:גם|עוד))?|השוו|השווה|"
    r"e\s+anche|et\s+aussi|(?-i:[Zz]ust\.|[Aa]bl\.)|similarly|likewise|de\s+même|dans\s+le\s+même\s+sens|"
    r"adde|(?-i:[Ss])\.\s+(?:nur|etwa|ferner|bereits|schon|näher)|in\s+senso\s+(?:diverso|conforme|analogo)|"
    # an Italian topic, then "v." (vedi): "Sul tema v.", "Sul punto v. anche", "Per una sintesi v."
    r"(?:sul(?:la|lo|le)?|sull['’]|sui|sugli|su|per)\s+(?-i:(?:[a-zà-ù'’]+\s+){0,4}?)v\.(?:\s+(?:anche|già|ora))?(?=\s)|"
    r"in\s+the\s+same\s+sense|in\s+tal\s+senso|nello\s+stesso\s+senso|en\s+el\s+mismo\s+sentido|"
    r"en\s+sentido\s+contrario|in\s+senso\s+contrario|en\s+sens\s+(?:contraire|inverse)|in\s+senso\s+opposto|"
    r"in\s+the\s+opposite\s+sense|im\s+gleichen\s+Sinne|im\s+selben\s+Sinne|"
    # the secondary work a quotation was read in: "Zitiert nach Brandl, …", "Quoted in …", "Cité par …"
    r"zit(?:iert)?\.?\s+(?:nach|bei)|(?:quoted|cited)\s+(?:in|by)|cité(?:e|s)?\s+(?:par|dans|d['’]après)|"
    r"citat[oa]\s+(?:in|da)|citad[oa]\s+(?:en|por)|apud(?=\s+[A-ZÀ-ÖØ-Þ])|цит\.\s+по|см\.(?:\s+также)?|ср\.|sm\.(?:\s+takzhe)?)"
    r"(?:,?\s+(?:beispielsweise|etwa|z\.\s?B\.|insbesondere|hierzu|dazu|auch|nur|ferner|generally|further|"
    r"especially|esp\.|e\.\s?g\.|notamment|aussi|anche|ad es\.|par exemple|for example|for instance|"
    r"por\s+ejemplo|por\s+exemplo|entre\s+outros|sobre\s+todo|sobretudo|especialmente|"
    r"in particular|inter alia|instead\s+of\s+all|statt\s+aller|statt\s+vieler|per\s+tutti|entre\s+otros|entre\s+autres|tra\s+gli\s+altri|among\s+others|u\.\s?a\.|soprattutto|almeno|inoltre|da ultimo|in particolare|surtout|déjà|"
    r"en particulier|en dernier lieu|vor allem|zuletzt|jüngst|neuerdings|above all|most recently|recently|"
    r"jedoch|aber|dagegen|bereits|schon|eingehend|grundlegend|kritisch|ausführlich|näher|подробнее|также))*"  # "anders jedoch Maria Kessel, …", "ähnlich bereits Lenz"
    r"(?:\s+(?:von|bei|by)(?=\s+[A-ZÀ-ÖØ-Þ]))?"
    r")(?:[\s,:]+|$)",
    re.I,
)
#: an introductory clause ending in a signal: "For the national operations, see"
_INTRO_SIGNAL = lazy_compile(
    # (a year may name the topic: "On the 1593 Arcadia see …", "For the 1623 Folio, see …")
    r"^(?P<intro>(?:[^\d;()]|(?<!\d)(?:1[4-9]\d\d|20[0-4]\d)(?!\d)){3,160}?)[,:]?\s+(?P<sig>see(?:\s+also|\s+especially|\s+further|\s+generally)?|"
    r"cf\.|vgl\.?(?:\s+auch)?|siehe(?:\s+auch)?|voir(?:\s+aussi)?|cfr\.|si\s+veda(?:no)?|vedi|consult|compare|contrast|"
    r"véase(?:\s+también)?|vid\.|vegeu|zie(?:\s+ook)?|zob\.(?:\s+też)?|srov\.|jfr|ver(?:\s+também)?(?=\s+[A-ZÀ-ÖØ-Þ]|,\s+por\s+exemplo)|"
    r"(?:ayrıca\s+)?(?:bkz?|krş|karş)\.|(?:βλ\.|πρβλ\.)(?:\s+(?:επίσης|ἐπίσης|ακόμη|ἀκόμη|ακόμα|και|καὶ|σχετικά))?)"
    # "On the wider question see, e.g., Martin Thale, …": an example marker after the signal
    r"(?:,?\s+(?:e\.\s?g\.|for\s+example|for\s+instance|in\s+particular|z\.\s?B\.|etwa|notamment|"
    r"par\s+exemple|ad\s+esempio|per\s+esempio|por\s+ejemplo|por\s+exemplo)(?=[\s,:]))?[\s,:]+",
)
_ABBREVIATIONS = frozenset(
    """p pp s bd bde hrsg hg ed eds edn vol vols no nos nr n nn cf vgl ibid id op cit loc trans tr
    transl repr rev ch chap cap fol fols f ff col coll art sec para abs anm fn jh jhdt st dr prof
    mr mrs ms jr sr etc al ca c vs v u a ms mss sp lib tit dig cod nov inst pr l ll fig tab pt
    ser esp e g i.e e.g ders dies ebd ders übers aufl ausg bearb verb erw hrsgg jahrg jg hft
    dl dln fl fls liv sygn kart sign inv cyt dz uo sst smst jfr jf vö por zob srov vid vegeu köt évf
    univ dept doc cit. ivi ead eod ib ibd ivi cfr vd sg sgg dir éd coord trad tome t
    с стр л лл т гл см ср указ соч цит изд ред вып ukaz soch izd red
    bk bkz krş karş haz çev yay sig sigs""".split()
)
_DIGIT_END = lazy_compile(r"(?:\d[a-z]?|\d\s*ff?|\)|\]|\bff?|(?<!siglo\s)(?<!siglos\s)(?<!século\s)(?<!séculos\s)(?<!secolo\s)\b[IVXLC]+|(?<=,\s)[ivxlcdm]{1,7})$")  # ", at xvii, xxxi"
_AND_WORKS = lazy_compile(
    r",\s+(?:and|und|et|e|y|i|sowie|ebenso|as well as|also|ferner|ainsi que|así como|assim como|bem como|"
    r"а также|so also|as also),?:?\s+(?=\S)"  # (", and, more cautiously, by")
    # (the "and" of Catalan, Dutch, Czech, Polish, Scandinavian notes: "s. 60 i Tazbir, …", "p. 30 en Prak, …")
    r"|(?:(?<=[\d)])|(?<=\d[ab])|(?<=\sf\.)|(?<=\sff\.))\s+(?:and|und|et|e|y|sowie|i|en|a|og|och|oraz),?\s+(?=\S)"  # "…, p. 12 e A. Padoa-Schioppa, …",
    r"|(?<=\d\.)\s+és\s+(?=\S)"  # (Hungarian pages end in a full stop: "112. és R. Várkonyi Ágnes, …")
    # "(1993) and Russell …", "Bd. 1, 1 f. und Joachim von Schwarzkopf, …"
    r"|\s+(?:sowie|ebenso|ferner)\s+(?=[A-ZÀ-ÖØ-Þ])"  # "§ 280 BGB sowie Larenz, Schuldrecht I, …"
)
#: a provision of a statute opening a piece: "§ 280 BGB", "Art. 6 Abs. 1 EMRK", "Artt. 2043 ss. c.c."
_STATUTE_HEAD = lazy_compile(r"\s*(?:§§?|Artt?\.|Art\s\d)")
#: a place and year that continue the citation before a full stop: "Princeton (N. J.) 1974"
#: a place, a publisher and a year after a full stop, then the page or the end, as Hungarian notes
#: give the imprint: "Debrecen, Csokonai, 1998. 88–90."
_PLACE_PUBLISHER_YEAR = lazy_compile(
    r"[A-ZÀ-ÖØ-Þ][\w.-]+(?:\s[A-ZÀ-ÖØ-Þ][\w.-]+)?,\s[A-ZÀ-ÖØ-Þ][\w.&'’-]*(?:\s[\w.&'’-]+){0,3},\s"
    r"(?:1[5-9]\d\d|20[0-4]\d)\.(?:\s\d|\s*$)")
_CONTINUES_IMPRINT = lazy_compile(r"[A-ZÀ-ÖØ-Þ][\w.-]+(?:\s[A-ZÀ-ÖØ-Þ][\w.-]+)?(?:\s\([^)]{1,12}\))?[,:]?\s(?:1[5-9]\d\d|20[0-4]\d)\b")
_ORDINAL_NEXT = r"(?:Aufl|Auflage|Ausg|Ausgabe|Bd|Band|Jahrhundert|Jh|Jhdt|Jahrgang|Jahrg|Jg|Teil|Halbbd|ed|edn|éd|Heft)\b"
#: a citation starting after a prose intro: "Zwei Studien sind Julian Martin, Francis Bacon …"
#: (Central European letters too: "Jiří Kořalka", "Łukasz Świętek", "Žofie Čapková")
_GIVEN = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][a-zß-ÿā-ž´'’-]+|[A-ZÀ-ÖØ-Þ]\.(?:-?\s?[A-Z]\.)*)"  # (and "J.-Y.")
_PERSON = (
    # (a Spanish or Portuguese name's particle, then two surnames: "Juan de Solórzano Pereira")
    rf"(?:{_GIVEN}(?:\s+{_GIVEN}){{0,2}}\s+(?:de|da|do|dos|das|del)\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w´'’-]+\s+[A-ZÀ-ÖØ-ÞĀ-Ž][\w´'’-]+(?=,)"
    rf"|{_GIVEN}(?:\s+{_GIVEN}){{0,2}}\s+(?:(?:van|von)\s+(?:der|den)\s+|(?:van|von|de|di|da|del|della|du|le|la|ten|ter|do|dos)\s+)*[A-ZÀ-ÖØ-ÞĀ-Ž][\w´'’-]+"
    r"|(?:[A-Z]\.\s?)*[A-Z][A-Z´'’-]+(?:\s+(?:[A-Z][A-Z´'’-]+|[A-Z]\.)){0,2}\s+[A-Z][A-Z´'’-]+"  # "JEREMY BENTHAM"
    # a surname alone that opens with its particle: "Van der Woude", "De Vries", "Del Valle Pavón"
    r"|(?:Van|Von)\s+(?:der|den)\s+[A-ZÀ-ÖØ-Þ][\w´'’-]+|(?:Van|Von|De|Del|Della|Di|Da|Du|Dos)\s+[A-ZÀ-ÖØ-Þ][\w´'’-]+)"
)
_CITATION_HEAD = (
    rf"(?:(?={_PERSON}(?:\s*(?:und|and|&|et|e|/)\s*{_PERSON})?\s*(?:\((?:eds?|Hrsg|Hg|dir)\.?\)\s*)?,\s)"
    r"|(?=[A-ZÀ-ÖØ-Þ][\w´'’-]+\s+\((?:Fn|fn|FN|n|Anm|note)\.?\s*(?:\d+|\*))"  # "Luhmann (Fn. 9)", "(fn. *)"
    # a Portuguese or Spanish surname joined by "e"/"y", or two authors' surnames, then a short title: "Mello e
    # Souza, O diabo …", "Marcocci e Paiva, op. cit."
    r"|(?=[A-ZÀ-ÖØ-Þ][a-zß-ÿ´'’-]+\s+(?-i:e|y)\s+[A-ZÀ-ÖØ-Þ][a-zß-ÿ´'’-]+,\s(?:[A-ZÀ-ÖØ-Þ]|op\.|ob\.|art\.|cit\.))"
    r"|(?=[A-Z][A-Z´'’-]+(?:\s[A-Z][A-Z´'’-]+)*(?:\sJR\.)?,\s(?:[A-Z]\.\s?)+)"  # "HOLLERBACH, A." (ABNT)
    r"|(?=[A-ZÀ-ÖØ-Þ][\w´'’-]+(?:/[A-ZÀ-ÖØ-Þ][\w´'’-]+)?,\s[A-ZÄÖÜ][\w&.-]{1,12}\s(?:19|20)\d\d,))"  # "Steinhauer, GRUR-Prax. 2016,"
)
#: where a citation starts after a prose intro (a space, colon or bracket before it)
_CITATION_START = lazy_compile(rf"(?<=[\s:(,]){_CITATION_HEAD}")  # (",": "Burlamaqui,HENRY MAINE")
#: a chunk that opens with a citation ("Paul Hagenloh, Stalin's Police …"): no intro to cut
_OPENS_WITH_CITATION = lazy_compile(_CITATION_HEAD)
_EDITOR_PHRASE = lazy_compile(
    r"(?:\b(?:hg|hrsg|ed|eds|trans|transl|éd|übers|bearb)\.\s*(?:von|by|par)?|herausgegeben von|edited by|"
    r"translated by|a cura di|sous la direction de|übersetzt von|bearbeitet von|in:)\s*$",
    re.I,
)
#: a volume in someone's honour, before the honoured person's name: "in: FS Jan Štěpán, 1994",
#: "Festschrift für Hans Müller", "Mélanges offerts à Jean Dupont", "Essays in Honour of …"
_HONOUR_PHRASE = lazy_compile(
    r"(?:\b(?:FS|Fs\.|GS|Festschrift|Gedächtnisschrift|Gedenkschrift)(?:\s+(?:für|zum|for))?|Liber\s+amicorum|"
    r"[Mm]élanges(?:\s+offerts)?\s+à|[Ss]tudi\s+in\s+onore\s+di|[Ss]critti\s+in\s+onore\s+di|"
    r"[Ee]ssays\s+in\s+[Hh]onou?r\s+of|[Hh]omenaje\s+a)\s*$"
)
#: how prose sentences open (a subtitle rarely both opens so and has a finite verb)
_SENTENCE_OPENER = lazy_compile(
    r"(?:Das|Die|Der|Den|Dem|Ein|Eine|Es|Er|Sie|Wir|Ich|Dies|Diese|The|This|These|That|It|He|She|They|We|I|"
    r"Le|La|Les|Il|Elle|Ce|Cette|Lo|Gli|Questo|Questa)\s"
)
#: an editor or translator right after a name: the name closes a title ("The Poems of John Donne, ed. by
#: Herbert Grierson", "… Discourses of Lo: Michaell de Montaigne, trans. by John Florio")
_AGENT_AFTER_NAME = lazy_compile(
    r",\s+(?:(?:gen\.\s+|general\s+)?(?:(?:ed|eds|trans|transl|tr)\.|eds)\s+(?:by\s+)?(?=[A-Z])|edited\s+by|translated\s+by|hrsg\.\s+von|"
    r"hg\.\s+von|éd\.\s+par|édité\s+par|traduit\s+par|a\s+cura\s+di)"
)
#: a topic lead-in: "Zu intersystemischen Beziehungen Talcott Parsons …", "On the purge, …"
_TOPIC_INTRO = lazy_compile(r"(?:Zu|Zur|Zum|On|For|About|Sur|Su|Per|Über|Regarding|Concerning)\s", re.I)
#: the topic words that never start a name ("Per", "Su" may: "Per Olof Ekström")
_TOPIC_WORD = lazy_compile(r"(?:Zu|Zur|Zum|On|For|About|Über|Regarding|Concerning)\s")
#: a short Polish or Czech lead-in that opens with its verb of reporting, the name after it:
#: "Pisał o tym Jan Kowalski, …", "Psal o tom Josef Novák, …", "Podobnie pisała Anna Nowak, …"
_VERB_FIRST_LEAD_IN = lazy_compile(
    rf"(?:[A-ZŚŻŹĆŁ][a-ząćęłńóśźżěščřžýáíéůú]+\s+)?(?i:{SLAVIC_REPORTING_VERBS})"
    r"(?:\s+[a-ząćęłńóśźżěščřžýáíéůú]+){0,4}\s*,?\s*"
)
#: how a prose lead-in to a citation ends: a verb, a colon, or a preposition ("… bei", "by")
_LEAD_IN_END = lazy_compile(
    r"(?::|\b(?:von|bei|durch|in|by|from|of|chez|di|da|de|see|sind|are|is|ist|siehe|vgl\.|cf\.|"
    r"e\.\s?g\.|z\.\s?B\.|i\.\s?e\.|viz\.|d\.\s?h\.|besonders|etwa|insbesondere|especially|"
    # "The classic statement remains E. P. Thompson, …", "Grundlegend bleibt …", "L'étude de référence reste …"
    r"remains?|remained|was|were|bleibt|blieb|reste|demeure|resta|rimane|rimangono|sigue\s+siendo|"
    # a verb of reporting: "Come ha mostrato Paolo Ferri, …", "Así lo sostiene Luis Ortega, …",
    # "Wie Klaus Berger gezeigt hat" ends elsewhere, "as argued by" ends in "by" above
    r"shown|argued|argues|noted|notes|observed|observes|suggested|suggests|demonstrated|demonstrates|"
    r"emphasi[sz]ed|emphasi[sz]es|stressed|stresses|mostrato|dimostrato|sostenuto|sostiene|notato|osservato|"
    r"rilevato|sottolineato|ricorda|montré|démontré|souligné|noté|observé|rappelé|rappelle|souligne|"
    r"gezeigt|betont|hervorgehoben|bemerkt|festgestellt|señala|señalado|mostrado|demostrado|subraya|"
    r"observa|sostuvo|отмечает|отметил|отмечал|показал|показывает|пишет|писал|подчеркивает|подчеркнул|"
    r"writes|wrote|schreibt|écrit|scrive|escribe|remarks|remarque|bemerkt|osserva|"
    # Portuguese and Spanish: "O argumento é retomado em …", "como mostrou …" (not "en": Dutch "and")
    r"em|escribió|afirma|afirmó|recuerda|apunta|mostrou|demonstrou|sublinhou|sublinha|assinala|assinalou|"
    r"escreve|escreveu|afirmou|lembra|lembrou|observou|notou|"
    rf"{SLAVIC_REPORTING_VERBS}))\s*,?\s*$",
    re.I,
)


@dataclass
class Piece:
    """One citation-sized part of a note.

    ``start``/``end`` index the note's text (the signal excluded); ``prefix``
    is the signal or introductory clause ("For the national operations, see");
    ``author`` is a name the lead-in gave for a citation that opens with its title.
    """

    text: str
    start: int
    end: int
    prefix: str | None
    info: Classification
    #: the author a prose lead-in names for a citation that starts at its title
    #: ("As Helen Marsh argues in The Quiet Republic (London, 1999), 45")
    author: str | None = None

    @property
    def kind(self) -> str:
        return self.info.kind

    @property
    def is_commentary(self) -> bool:
        return self.info.kind == "commentary"


_NESTING = lazy_compile(r"[()\[\]“”«»„‘’]")
_CLOSERS = {"“": "”", "«": "»", "»": "«", "„": "“", "‘": "’"}  # (»…« in German, «…» in French)


def _depth_map(text: str, *, quotes: bool = True) -> list[int]:
    """Nesting depth (parentheses, brackets, quotation marks) before each character.

    Only the few bracket and quote characters are visited; the depth between
    them is filled in by slices, which keeps long notes cheap.
    """
    out: list[int] = []
    depth = 0
    quote_stack: list[str] = []
    last = 0
    for match in _NESTING.finditer(text):
        i = match.start()
        ch = text[i]
        current = depth + len(quote_stack)
        out.extend([current] * (i + 1 - last))
        last = i + 1
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
        elif not quotes:
            continue
        elif quote_stack and ch == quote_stack[-1]:
            if ch == "’" and 0 < i < len(text) - 1 and text[i + 1].isalpha() and text[i - 1].isalpha():
                continue  # an apostrophe (Stalin’s), not a closing quote
            quote_stack.pop()
        elif ch in _CLOSERS and not (ch == "‘" and i > 0 and text[i - 1].isalpha()):
            quote_stack.append(_CLOSERS[ch])
    out.extend([depth + len(quote_stack)] * (len(text) - last))
    if quote_stack or depth:
        # an unbalanced quote or bracket must not swallow the rest of the note
        return _depth_map(text, quotes=False) if quotes and not depth else [0] * len(text)
    return out


def _last_word(text: str) -> str:
    match = re.search(r"([^\s(\[]+)$", text)
    return match.group(1) if match else ""


#: an author-date head: "Arbetman, L. (2018).", "Cassidy, W. & Yates, R. (2005).",
#: "United States Bureau of Labor Statistics. (n.d.)." -- the date in parentheses then a full stop
_APA_DATE = lazy_compile(r"\((?:1[5-9]\d\d|20\d\d)[a-z]?(?:,\s[^()]{1,30})?\)\.|\(n\.\s?d\.\)\.")
_APA_PERSONS = lazy_compile(
    r"(?<![\w/.-])(?:[A-ZÀ-ÖØ-Þ][^\W\d_'’-]*(?:['’-][^\W\d_]+)*(?:\s[A-ZÀ-ÖØ-Þ][^\W\d_'’-]+){0,2},\s"
    r"(?:[A-Z]\.\s?-?)+(?:,\s|\s?&\s|,\s&\s|\sand\s)?)+"
    r"(?:et\sal\.\s?)?\s?$"
)
_APA_BODY = lazy_compile(r"(?:[A-ZÀ-ÖØ-Þ][\w&'’-]*|for|of|and|the|on|in|de|du|des|&)(?:\s(?:[A-ZÀ-ÖØ-Þ][\w&'’-]*|for|of|and|the|on|in|de|du|des|&)){0,12}\.\s$")


def _apa_heads(text: str) -> list[int]:
    """Where author-date references start in a note that runs several together."""
    heads = []
    for match in _APA_DATE.finditer(text):
        before = text[: match.start()]
        persons = _APA_PERSONS.search(before)
        if persons:
            heads.append(persons.start())
            continue
        # a corporate author: the capitalised words after the previous sentence end or URL
        stop = before.rfind(". ", 0, max(len(before) - 2, 0))
        tail_start = stop + 2 if stop >= 0 else 0
        for url in re.finditer(r"https?://\S+\s+", before):
            tail_start = max(tail_start, url.end())
        body = _APA_BODY.search(before, tail_start)
        if body:
            heads.append(body.start())
    return sorted(set(heads))


def _sentence_bounds(text: str, depth: list[int]) -> list[tuple[int, int]]:
    """Spans of the note's sentences, cutting only where a new citation or prose starts."""
    heads = _apa_heads(text)
    if heads:
        # author-date references: each runs from its head to the next one, full stops and
        # all; what comes before the first head is split into sentences as usual
        bounds = _sentence_bounds_before(text, depth, heads[0]) if heads[0] > 0 else []
        for i, head in enumerate(heads):
            end = heads[i + 1] if i + 1 < len(heads) else len(text)
            start = head
            for cut in _url_ends(text, head, end, depth):
                bounds.append((start, cut))
                start = cut
            bounds.append((start, end))
        return bounds
    return _sentence_bounds_before(text, depth, len(text))


_URL_THEN_SENTENCE = lazy_compile(r"(?:https?://|www\.)\S+?(?P<gap>[.,;]?\s+)(?=[A-ZÀ-ÖØ-Þ\"“‘])")


def _url_ends(text: str, start: int, end: int, depth: list[int]) -> list[int]:
    """Where a new sentence starts after a URL: "… What we do. https://perma.cc/6ZBL \"This …\"".

    A URL ends its citation, and its own full stops and slashes hide the
    sentence end from the usual test.
    """
    return [m.end() for m in _URL_THEN_SENTENCE.finditer(text, start, end) if not depth[m.start()]]


#: a pinpoint alone after a full stop, as Russian and German notes set it ("…, 1985. P. 12.", "… 2010. С. 245.")
_PINPOINT_SENTENCE = lazy_compile(
    r"(?:P|Pp|S|Ss|С|Сс|Л|Лл|Стр)\.\s?\d{1,5}(?:\s?[-–]\s?\d{1,5})?(?:\s?ff?\.)?\s*(?:[.;,]|$)")
#: a sentence end, with the closing quote of a quotation that ends there
#: "J.-L" before the full stop: the initials of a hyphenated given name ("Jean-Louis")
_HYPHENATED_INITIALS = lazy_compile(r"(?:^|[\s(])(?:[A-ZÀ-ÖØ-Þ]\.-)+[A-ZÀ-ÖØ-Þ]$")
#: (or a quotation's closing mark, then the full stop: "«… della città». Lanza, …")
_SENTENCE_END = lazy_compile(r"(?:[.?!](?P<close>[”“\"»«’'])?|(?<=[”»\"])\.)\s+(?=[A-ZÀ-ÖØ-ÞΆΈ-ΏΑ-Ϋ‘“«\"(\[])")
#: a quotation of a sentence or more that ends a piece: "…, Prefatio: »viginti milia … vita.«"
_TRAILING_QUOTATION = lazy_compile(r"[:,]?\s*[„“”\"»«‘][^„“”\"»«]{20,}[.?!…]\s*[”“\"»«’]\.?\s*$")
#: a quotation, then a dash before its source: "„Die Zunft war die Stadt.“ – so Hanke, …"
_QUOTATION_THEN_DASH = lazy_compile(
    r"\s*[„“”\"»«‘][^„“”\"»«]{3,}[”“\"»«’]\s*(?:[–—]\s+|,?\s+(?=(?:writes|wrote|observes|notes|remarks|"
    r"schreibt|bemerkt|écrit|note|remarque|observe|scrive|osserva|nota|escribe|señala|пишет|отмечает)\s))"
)  # (or a verb of saying: "« La confrérie est une famille », écrit Jean Morel, …")
#: a text that is one quotation (what precedes its source's citation)
_QUOTATION_ONLY = lazy_compile(r"\s*[„“”\"»«‘].*(?:[.?!][”“\"»«’']|[.?!…\w][”»\"](?=\.?\s*$))\s*", re.S)


def _sentence_bounds_before(text: str, depth: list[int], limit: int) -> list[tuple[int, int]]:
    """Sentence spans of ``text[:limit]`` (see :func:`_sentence_bounds`)."""
    cuts = [0]
    for match in _SENTENCE_END.finditer(text[:limit]):
        # a quotation's own full stop ends the sentence after its closing quote: "“… web.” Id. at 5."
        pos = match.end("close") if match.group("close") else match.start()
        if depth[pos] or _CONTAINER_NEXT.match(text, match.end() - 1, limit):
            continue  # "… Tradução Eduardo Piñeiro. In: HECK, L. A. (org.). Direito natural …"
        left = text[cuts[-1]: pos]
        right = text[match.end(): match.end() + 60]
        if (match.group("close") or text[pos - 1] in "”»\"") and _QUOTATION_ONLY.fullmatch(left) and (
                author_head(right) or starts_back_reference(right)):
            cuts.append(match.end())  # a quotation, then the citation of its source
            continue
        word = _last_word(left).lower().rstrip(".")
        # "… historically considered. Id. at 35.": a back-reference starts a citation of its own
        signal_next = bool(_SIGNAL_START.match(right)) or starts_back_reference(right)
        # "For the context, see …": a topic lead-in starts a new sentence only after a
        # complete citation or prose, never inside a title ("Schüsse. Zur Mikrogeschichte")
        topic_next = bool(re.match(r"(?:For|On|Zu|Zur|Zum|Sur|Su|Per|Über|About|From)\b", right))
        abbreviation = word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()) or bool(
            re.fullmatch(r"(?:[a-zäöü]\.)+[a-zäöü]?", word)
        )
        if abbreviation and re.search(r"\d\s*(?:ff?|et seq|sqq?|seqq?)$", left.rstrip(". ")):
            abbreviation = False  # "261 ff. Manche Staaten …": the pinpoint ends the citation
        # "Id. Examples of …": a back-reference alone ends its sentence
        next_word = re.match(r"[^\s.,]*", right)
        lone_back_reference = (starts_back_reference(left) and len(left.split()) <= 3 and next_word is not None
                               and next_word.group(0).lower() not in _ABBREVIATIONS  # not "Id. Art. 5"
                               and not (len(left.split()) > 1 and word in LABELS))  # not "Ivi, vol. II, p. 140"
        if abbreviation and not signal_next and not lone_back_reference:
            continue
        if abbreviation and re.fullmatch(r"[a-z]", word) and left.rstrip().endswith(word.upper()):
            continue  # an initial ("A. E. Gur´ianov"), whatever follows
        if _HYPHENATED_INITIALS.search(left):
            continue  # French initials of a double given name: "J.-L. Rosenthal", "J.-Y. Grenier"
        if text[match.end()] == "(" and _DIGIT_END.search(left.rstrip()) and not _YEAR_MARK.search(
                text[match.end(): text.find(")", match.end()) + 1 or limit]):
            continue  # "229 ff. (System/Lebenswelt, Evolution)": a remark on the pages cited
        if re.search(r"\((?:orgs?|eds?|coords?|dir|Hrsg|Hg|a cura di)\.?\)$", left):
            continue  # "In: HECK, L. A. (org.). Direito natural …": the editors' book follows
        if re.match(_ORDINAL_NEXT, right) and re.search(r"\d$", left.rstrip()):
            continue  # "2. Auflage", "19. Jahrhundert"
        if not signal_next and re.search(r"(?:^|\s)(?!(?:p|pp|S|at|n|nn|col|fol|vol|Bd|no|Nr|y|e|and|et)\b)[a-zäöüéè]+\s\d{1,3}$", left):
            continue  # an ordinal after a word: "zum 65. Geburtstag" (not pages: "pp. 22 y 30. El autor …")
        if _CONTINUES_IMPRINT.match(right):
            continue  # "The Tunisia of Ahmad Bey, 1837–1855. Princeton (N. J.) 1974, 112."
        if not signal_next and not left.rstrip()[-1:].isdigit() and _PLACE_PUBLISHER_YEAR.match(right):
            continue  # Hungarian "… korában (1914–1945). Debrecen, Csokonai, 1998. 88–90.": the imprint, then the page
        if _PINPOINT_SENTENCE.match(text, match.end(), limit):
            continue  # "… Cambridge University Press, 1985. P. 12.": the citation's pinpoint, set off by a full stop
        if not signal_next and _title_number_goes_on(left, text[match.end(): limit]):
            continue  # "Dějiny Moravy. Díl 1. Středověká Morava, Brno 1991", "Marijke Spies, 1650. Bevochten eendracht, …"
        if (not signal_next and re.search(r"(?:\b\d{4}\s*[-–]\s*\d{2,4}|(?<=[^\W\d_]\s)\(\d{4}\s*[-–]\s*\d{2,4}\))$",
                                          left.rstrip())
                and not re.match(r"(?:[A-ZÀ-ÖØ-Þ][\w´'’.-]*\s+){0,3}[A-ZÀ-ÖØ-Þ][\w´'’-]+,\s", right)):
            # a title's date range, then its subtitle: "… London, 1660–1750. Urban crime …", the range in
            # brackets too: "Los regidores perpetuos del Cabildo de Lima (1535-1821). Crónica y estudio …"
            continue
        if (not signal_next and re.search(r"(?:^|\s)(?-i:[a-zà-ÿ]{1,12})\s+1[4-9]\d\d$", left.rstrip(". "))
                and _subtitle_follows(left, text[match.end(): limit])):
            continue  # "Beauvais et le Beauvaisis de 1600 à 1730. Contribution à l'histoire …, Paris, 1960"
        if text[pos] == "." and not signal_next and _subtitle_after_bare_title(left, text[match.end(): limit]):
            continue  # "Régine Le Jan, Famille et pouvoir … (VIIe–Xe siècle). Essai d'anthropologie sociale (Paris, 1995)"
        if text[pos] in "?!" and not signal_next and _is_title_question(left, text[match.end(): limit]):
            continue  # "Gruber, Where do we go from here? Trends im Arbeitsrecht, DRdA 2022, 105"
        if topic_next and not signal_next and _subtitle_after_lead_in(left, text[match.end(): limit]):
            continue  # "vgl. Axel Honneth, Kampf um Anerkennung. Zur moralischen Grammatik …, Frankfurt a. M. 1992"
        ends_with_locator = bool(_DIGIT_END.search(left.rstrip()))
        # judge the citation, not a prose lead-in before it ("Soweit nichts anderes angegeben,
        # werden … zusammengefasst: Christian Windler, La diplomatie. Consuls français …")
        left_is_prose = is_prose(left[_leading_prose(left):])
        if not (signal_next or ends_with_locator or left_is_prose):
            # a prose sentence after a citation: "… in Grimms Wörterbuch. Das Wort scheint …"
            following = re.split(r"(?<=[.?!])\s+(?=[A-ZÀ-ÖØ-Þ])", text[match.end(): limit], maxsplit=1)[0]
            if is_prose(following) or (_SENTENCE_OPENER.match(following) and has_prose_words(following)):
                cuts.append(match.end())
                continue
        # "…, esp. the introduction. On repartition, cf. Boris Mironov, …": a topic lead-in that
        # ends in a signal opens the next citation, whatever ended the one before
        topic_signal_next = topic_next and bool(_INTRO_SIGNAL.match(text[match.end(): min(limit, match.end() + 200)]))
        if signal_next or ends_with_locator or left_is_prose or lone_back_reference or topic_signal_next or (
                topic_next and classify(left).kind != "commentary" and _DIGIT_END.search(left.rstrip())):
            cuts.append(match.end())
        elif topic_next and len(left.split()) >= 6 and not re.search(r"\d", left) and classify(left).kind == "commentary":
            # "Wiethölter spricht von selbstgerechten Normen … . Zur Selbstgerechtigkeit der Norm: RW 373 ff.":
            # a sentence without a number (no citation, no title's year) ends before a topic lead-in
            cuts.append(match.end())
    cuts = sorted(set(cuts + _url_ends(text, 0, limit, depth)))
    # (where the previous sentence ends, where the next starts): equal, except around the
    # number of a footnote the PDF text ran into this one
    seams = [(c, c) for c in cuts[1:]]
    markers = _merged_note_markers(text, depth, limit)
    seams = [(c, c) for c, _ in seams if not any(m_start <= c <= m_end for m_start, m_end in markers)]
    seams = sorted(seams + markers)
    bounds = []
    start = 0
    for end, next_start in seams:
        bounds.append((start, end))
        start = next_start
    bounds.append((start, limit))
    return bounds


_NOTE_MARKER = lazy_compile(r"(?<=[.)\]?!])\s+(?P<num>\d{1,3})\s+(?=[A-ZÀ-ÖØ-Þ„“\"‘(])")


def _merged_note_markers(text: str, depth: list[int], limit: int) -> list[tuple[int, int]]:
    """Spans of footnote numbers inside ``text`` where the PDF text ran several notes together.

    "… (1976), 319. 44 Gotthard Günther, … 1995. 45 Sonja Buckel, …": a number
    after a sentence end counts only when its neighbour is the next or previous
    number (44, 45), so a lone volume number ("1 BLACKSTONE") is left alone.
    """
    found = [m for m in _NOTE_MARKER.finditer(text, 0, limit) if not depth[m.start()]]
    numbers = [int(m.group("num")) for m in found]
    spans = []
    for i, match in enumerate(found):
        before = i > 0 and numbers[i - 1] == numbers[i] - 1
        after = i + 1 < len(found) and numbers[i + 1] == numbers[i] + 1
        if before or after:
            spans.append((match.start("num"), match.end()))
    return spans


def _subtitle_follows(left: str, right: str) -> bool:
    """Does a subtitle follow a title that ends in a year ("… de 1600 à 1730. Contribution …")?

    Only after an author's name and title without their imprint yet, and when
    what follows up to the next sentence end is no new author, no
    back-reference and no prose, but ends in the imprint's place and year.
    """
    left = left[_take_signal(left, 0, len(left))[1]:]  # (after "Sur ce point, voir l'étude de")
    if not author_head(left) or _CONTINUES_IMPRINT.search(left) or re.search(r",\s*1[4-9]\d\d\b", left):
        return False
    following = re.split(r"(?<=[.?!])\s+(?=[A-ZÀ-ÖØ-ÞΆΈ-ΏΑ-Ϋ])", right, maxsplit=1)[0]
    if author_head(following) or starts_back_reference(following) or has_finite_verb(following):
        return False
    return bool(re.search(r"[A-ZÀ-ÖØ-ÞΆΈ-ΏΑ-Ϋ][\w-]+,?\s(?:[^,;]{1,40},\s)?1[4-9]\d\d\b", following))


def _subtitle_after_bare_title(left: str, right: str) -> bool:
    """Is the sentence after ``left`` the subtitle of its title ("Girolamo Arnaldi, Natale 875. Politica,
    ecclesiologia, cultura del papato altomedievale (Roma, 1990)")?

    Only when ``left``, after its signal, is a first citation's author and title and nothing more (no year,
    imprint or labelled pinpoint: a title may end in a number or a bracket, "(VIIe–Xe siècle)"), and what
    follows up to the next sentence end is no new author, back-reference or prose but runs on to the imprint.
    """
    left = left[_take_signal(left, 0, len(left))[1]:]
    if (";" in left or _YEAR_MARK.search(left) or find_pinpoint(left, bare=False) is not None
            or classify(left).kind != "full" or not author_head(left)):
        return False
    following = re.split(r"(?<=[.?!])\s+(?=[A-ZÀ-ÖØ-ÞΆΈ-ΏΑ-Ϋ])", right, maxsplit=1)[0]
    head = author_head(following)
    # (a head before words in lower case is a title's first word: "Politica, ecclesiologia, cultura …")
    named = bool(head) and not re.match(rf"{re.escape(head)},\s[a-zà-ÿ]", following)
    if named or starts_back_reference(following) or has_finite_verb(following) or _SIGNAL_START.match(following):
        return False
    return bool(_IMPRINT_AHEAD.search(following))


#: the last signal of a sentence, after which its citation starts ("Zur Anerkennungstheorie vgl. …")
_LAST_SIGNAL = lazy_compile(r"(?:^|\s)(?:[Vv]gl\.|[Ss]iehe|[Ss]ee(?:\s+also)?|[Cc]f\.|[Cc]fr\.|[Vv]oir|[Vv]edi|dazu)\s+")
#: the imprint a subtitle runs on to: "…, Frankfurt a. M. 1992", "…, Paris, Vrin, 1966", "… (Oxford, 1990)"
_IMPRINT_AHEAD = lazy_compile(r"(?:,\s|\s\()[A-ZÀ-ÖØ-Þ][^;()]{1,50}?[\s,]\s?(?:1[5-9]\d\d|20[0-4]\d)\b")


def _subtitle_after_lead_in(left: str, right: str) -> bool:
    """Is the sentence after ``left`` the subtitle of the title it ends with?  German and French
    subtitles open with "Zur", "Zum", "Sur", "Pour" -- words that also open a topic lead-in -- so the
    full stop between title and subtitle ends no sentence when ``left``, after its last signal, is an
    author and a title without imprint, and ``right`` runs without an author, a verb or a
    back-reference into the imprint before the next ";"."""
    signals = list(_LAST_SIGNAL.finditer(left))
    cited = left[signals[-1].end():] if signals else left
    if not author_head(cited) or re.search(r"\d", cited) or ":" in cited:
        return False
    following = right.split(";", 1)[0]
    imprint = _IMPRINT_AHEAD.search(following)
    if imprint is None:
        return False
    subtitle = following[: imprint.start()]
    return not (author_head(subtitle) or starts_back_reference(subtitle) or has_finite_verb(subtitle)
                or re.search(r"[.?!]\s", subtitle))


#: a title's part and its number: "Díl 1", "Część 2", "Deel 3", "Teil 2", "Tomo II"
_PART_NUMBER_END = lazy_compile(
    r"\b(?:Díl|Svazek|Część|Cz|Tom|Tomo|Deel|Dl|Del|Teil|Band|Livro|Libro|Part|Kötet|Köt)\.?\s+(?:\d{1,3}|[IVXLC]+)$"
)
#: a title that is a year, right after its author: "Willem Frijhoff en Marijke Spies, 1650"
_YEAR_TITLE_END = lazy_compile(rf"(?:^|\s){_PERSON}(?:\s+(?:en|and|und|et|e|y|i|och|og|&)\s+{_PERSON})?,\s(?:1[4-9]\d\d|20[0-4]\d)$")


def _title_number_goes_on(left: str, right: str) -> bool:
    """Does a title go on after a number and a full stop, to its imprint?

    A part of a work ("Dějiny Moravy. Díl 1. Středověká Morava, Brno 1991") before the
    citation has its year, or a title that is a year right after the author ("Frijhoff en
    Spies, 1650. Bevochten eendracht, Den Haag 2000"): the sentence after the full stop is
    no new author, back-reference or prose, and ends in a place and year.
    """
    current = left.rsplit(";", 1)[-1]
    part = bool(_PART_NUMBER_END.search(current)) and not _YEAR_MARK.search(current)
    if not (part or _YEAR_TITLE_END.search(current)):
        return False
    following = re.split(r"(?<=[.?!])\s+(?=[A-ZÀ-ÖØ-Þ])", right, maxsplit=1)[0]
    # (a part's title may read as a name: "Středověká Morava, Brno 1991")
    if (not part and author_head(following)) or starts_back_reference(following) or has_finite_verb(following):
        return False
    return bool(_CONTINUES_IMPRINT.search(following))


def _is_title_question(left: str, right: str) -> bool:
    """Is the "?" that ends ``left`` inside a title ("Author, Question? Subtitle, Place Year")?

    Only when ``left`` opens with an author and a title, and what follows up to
    the next sentence end is the rest of a citation (publication facts, no new
    author, no prose).
    """
    if not author_head(left) or "," not in left:
        return False
    following = re.split(r"(?<=[.?!])\s+(?=[A-ZÀ-ÖØ-Þ])", right, maxsplit=1)[0]
    if author_head(following) or is_prose(following) or has_prose_words(following):
        return False
    return bool(_YEAR_MARK.search(following)) or classify(following).kind == "full"


#: what continues the citation before it: a chapter's or article's container
#: ("Ueber Staats-Kalender; in: Neues Hannoverisches Magazin (1791)", "… Piñeiro. In: HECK, L. A.")
_CONTAINER_NEXT = lazy_compile(r"\s*[Ii]n\s?:\s")
#: another volume or page of the same work: "…, Bd. 2, 13; Bd. 3, 5 (dt. Ausgabe …)"
_LOCATOR_NEXT = lazy_compile(
    r"\s*(?:Bd|Bde|[Vv]ol|[Vv]ols|S|p|pp|Sp|Nr|[Nn]o|t|fol|fols|col|cap|ch|chap|Rn|Rz|para|§)\.?\s?(?:\d|[IVXLC]+\b)"
)
#: where the work just cited is found online, after a ";": "…, 1781; catalogue at https://…",
#: "…; available at: www.…" -- part of that citation, not a work of its own
_URL_NEXT = lazy_compile(
    r"\s*(?:(?:[a-z][\w-]*\s+){0,3}(?:at|in|on|via|from|under)|online|available|accessible)\s*:?\s*"
    r"<?(?:https?://|www\.)[^\s;<>]+>?\s*(?=;|$)"
)
#: an inverted name with initials: "WRASSE, H.P.", "ZANETI JR., H.", "CABRAL, A. do P."
_INVERTED_NAME = (
    r"[A-ZÀ-ÖØ-Þ][\w´'’-]+(?:\s[A-ZÀ-ÖØ-Þ][\w´'’-]+)*(?:\s(?:Jr|JR|Jun|Sen)\.?)?,"
    r"\s?(?:[A-ZÀ-ÖØ-Þ]\.\s?-?)+(?:(?:d[aeo]s?|van|von|de)\s(?:[A-ZÀ-ÖØ-Þ]\.\s?)+)?"
)
#: a semicolon between authors: a lone name ends the text before it, another name follows
_LONE_NAME_END = lazy_compile(rf"(?:^|(?<=[:;.]\s))\s*{_INVERTED_NAME}\s*$")
_NAME_NEXT = lazy_compile(rf"\s*{_INVERTED_NAME}")


#: a conjunction, then a lead-in or a name: the last work of a list ("and, for England, F. M. Stenton, …")
_CONJUNCTION_THEN_WORK = lazy_compile(
    r"(?:and|und|et|e|y)(?:,|\s+(?:(?:[A-ZÀ-ÖØ-Þ]\.\s?){1,3}|[A-ZÀ-ÖØ-Þ][\w´'’-]+\s+)*[A-ZÀ-ÖØ-Þ][\w´'’-]+,)"
)


_OLD_SUBTITLE = lazy_compile(r"(?:Being|Or,|Containing|Comprising|Together\s+with)\s")


def _title_goes_on(left: str, right: str) -> bool:
    """Does a title run on past a semicolon?

    "Dr. Molineux's Historical Account of the late General Coughs and Colds;
    with some Observations on other Epidemickal Distempers, in: PTRS XVIII
    (1694) 105–111": the text before holds no number yet (no year, no page),
    and the text after goes on in lower case -- not a signal, a lead-in or a
    back-reference -- to the container or the year that completes it.
    """
    right = right.lstrip()
    # (an old title's second part opens with a capital too: "The Statutes at Large; Being a Collection of …",
    # "…; or, The Triumph of …", "…; Containing …")
    if re.search(r"\d", left) or not (right[:1].islower() or _OLD_SUBTITLE.match(right)):
        return False
    if _SIGNAL_START.match(right) or _INTRO_SIGNAL.match(right) or starts_back_reference(right):
        return False
    if classify(right).kind in ("idem", "ibid", "op-cit", "supra"):
        return False
    if _CONJUNCTION_THEN_WORK.match(right):
        return False  # "…; Duby, Three Orders; and, for England, F. M. Stenton, …": the list's last work
    head = re.split(r";", right, maxsplit=1)[0]
    return bool(re.search(r"\b[Ii]n:\s|(?<![\d/.-])(?:1[5-9]\d\d|20[0-4]\d)(?!\d)", head))


#: the Greek semicolon, the ano teleia (or the middle dot typed for it, in a note with Greek in it: OCR
#: strews middle dots over Latin text), between citations as ";" is: "…, σ. 88· πρβλ. …" (never the
#: Catalan "l·l" inside a word)
_GREEK_SEMICOLON = lazy_compile(r"(?<=\S)[\u0387\u00b7](?=\s)")
_GREEK_LETTER = lazy_compile(r"[\u0370-\u03ff\u1f00-\u1fff]")


#: a volume's number, then the start of its own title, with no imprint yet: "…, vol. 6, Eastern Europe"
_VOLUME_TITLE_END = lazy_compile(r",\s(?:vol|pt|bk|Bd)\.\s?\d{1,3}[A-Z]?,\s[A-Z][^,;()\d]{2,60}$")
#: the rest of such a title, then the imprint's bracket: " The Soviet Union (Washington, DC: GPO, 1969)"
_TITLE_THEN_IMPRINT = lazy_compile(
    r"\s*[A-Z][^,;()\d]{1,60}\s(?:[a-z][^,;()\d]{0,40}\s)?[A-Z][^,;()\d]{0,60}\s\([^()]*:[^()]*(?:1[5-9]\d\d|20[0-4]\d)\)")


def _split_at(text: str, start: int, end: int, depth: list[int], pattern: str) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` at top-level occurrences of the character ``pattern``.

    A semicolon before "in:" (the container follows), a locator (another
    volume or page of the same work) or where the work is found online
    ("; catalogue at https://…"), or after a lone author
    name ("WRASSE, H.P.; DORNELLES, G.D. Fórum …") does not end a citation.
    """
    spans = []
    last = start
    in_run = False  # the piece before is a file of an archival run
    stops = ("\u0387\u00b7" if _GREEK_LETTER.search(text, start, end) else "\u0387") if pattern == ";" else ""
    for i in range(start, end):
        if depth[i] == 0 and (text[i] == pattern or (text[i] in stops and _GREEK_SEMICOLON.match(text, i, end)) or (
                text[i] == "\uff1b" and pattern == ";")):  # (the full-width semicolon of notes in CJK script)
            if _CONTAINER_NEXT.match(text, i + 1, end) or _LOCATOR_NEXT.match(text, i + 1, end) or (
                    pattern == ";" and _URL_NEXT.match(text, i + 1, end)) or (
                    _LONE_NAME_END.search(text[last:i]) and _NAME_NEXT.match(text, i + 1, end)) or (
                    _title_goes_on(text[last:i], text[i + 1: end])) or (
                    pattern == ";" and _VOLUME_TITLE_END.search(text, last, i) and _TITLE_THEN_IMPRINT.match(text, i + 1, end)):
                # ("FRUS, 1946, vol. 6, Eastern Europe; The Soviet Union (Washington, DC: GPO, 1969), 696–709": the
                # volume's own title holds the semicolon, its imprint follows)
                # "Staatsarchiv Nürnberg, Rep. 60a, Nr. 1234, fol. 7; Nr. 1240, fol. 2": not another page
                # of the same work but the archive's next file, which has its own leaf
                in_run = pattern == ";" and _next_file(text[last:i], text[i + 1: end], in_run)
                if not in_run:
                    continue
            spans.append((last, i))
            last = i + 1
    spans.append((last, end))
    return spans


def _next_file(left: str, right: str, in_run: bool) -> bool:
    """After an archival file, does the text after the ";" name the archive's next file?"""
    following = right.split(";", 1)[0]
    return (in_run or _is_archival_file(left)) and continuation_location(following) is not None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and (text[start].isspace() or text[start] == ","):
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def trailing_signal(text: str) -> str | None:
    """The signal that ends ``text`` ("… as argued; see also", "For the context, see"), else None.

    Readers take keyed citations (``See \\cite{x}``, ``see [@x]``) out of a
    note's text; the signal typed before one belongs to it as its prefix.
    """
    starts = [0] + [m.end() for m in re.finditer(r"[;(]\s*|[.!?]\s+(?=[A-ZÀ-ÖØ-Þ])", text)]
    for pos in reversed(starts):
        tail = text[pos:].strip(" ,:;")
        if not tail:
            continue
        # "See." / "See" / "Cf.": the full stop may be the signal's or the sentence's
        for candidate in dict.fromkeys((tail, tail.rstrip(". "))):
            match = _SIGNAL_START.match(candidate + " ")
            if match and match.end() >= len(candidate):
                return candidate
            intro = _INTRO_SIGNAL.match(candidate + " ")
            if (intro and intro.end() >= len(candidate)
                    and classify(intro.group("intro")).kind == "commentary"):
                return candidate
        return None
    return None


#: words before a citation that are not part of it, after the signal if any: a connector left
#: where a reader took a keyed citation out ("\\textcite{x} et Jacques Dupâquier, …"), a
#: lead-in ending in a preposition before a name ("les remarques de Boislisle, …",
#: "l'étude classique de Pierre Goubert, …"), a sentence saying where a text is printed
#: ("The document is also printed in Tragediia …", "abgedruckt in …")
_LEAD_WORDS = lazy_compile(
    r"(?:(?i:et|and|und|sowie|ainsi que)|y|e|i|og|och|oraz|és)\s+(?=[A-ZÀ-ÖØ-Þ]|"  # ("and idem, …", "i tenże, …")
    + forms_pattern((*IDEM_FORMS, "ibid"), stops=False) + ")"
    r"|[a-zàâçéèêëîïôûùüÿœäöüß][\w'’-]*\s+(?:[\w'’-]+\s+){0,7}?(?:de|di|da|du|des|of|by|von|bei|chez|"
    r"d['’]|dans|in|em|en|nel|nella)\s+(?=(?:[A-ZÀ-ÖØ-Þ][\w´'’.-]*\s+){0,2}[A-ZÀ-ÖØ-Þ][\w´'’-]+,\s)"
    r"|(?:[A-Z][a-z]+\s+)?(?:[a-z]+\s+){0,6}?(?i:(?:re)?printed|published|reproduced|translated|quoted|"
    r"abgedruckt|publié|publiée|reproduit|cité|pubblicato|pubblicata|riprodotto|citato)\s+(?:[a-z]+\s+)?"
    r"(?i:in|bei|dans|par|in:)\s+(?=[A-ZÀ-ÖØ-Þ])",
)


def _take_signal(text: str, start: int, end: int) -> tuple[str | None, int]:
    """The signal at the start of ``text[start:end]``, lead-in words after it, and where the citation begins."""
    prefix, c_start = _take_signal_only(text, start, end)
    again = _SIGNAL_START.match(text[c_start:end]) if prefix is not None else None
    if again is not None and again.group("sig").strip() and text[c_start + again.end(): end].strip(" .,;:"):
        # a signal after a signal: "En sentido contrario, véase Moutoukias, …", "In the same sense, see …"
        prefix, c_start = text[start: c_start + again.end()].rstrip(" ,:"), c_start + again.end()
    for _ in range(2):  # "Sur ce point, voir" + "l'étude classique de"; "cf." + "et"
        lead = _LEAD_WORDS.match(text, c_start, end)
        if lead is None or re.search(r"\d|[,;:]\s", lead.group(0)):
            break
        rest = text[lead.end(): end]
        if not re.search(r",\s", rest) or has_finite_verb(rest):
            break  # "… were first published in Trud on 4 June 1992.": the sentence goes on
        words = lead.group(0).strip()
        prefix = f"{prefix} {words}" if prefix else words
        c_start = lead.end()
    return prefix, c_start


#: a primary source described by its kind before its people: "Interview with Ella Baker by Sue
#: Thrasher, …", "Letter from …", "Memorandum by …": the description is the citation, no lead-in
_DOCUMENT_OPENING = lazy_compile(
    r"(?:(?:Oral[- ]history\s+)?[Ii]nterview|Letter|Memorandum|Memo|Telegram|Cable|Dispatch|Despatch|"
    r"Testimony|Statement|Minute|Speech|Address|Transcript)s?\s+(?:with|from|by|to|before)\s"
)

#: a person's or body's document, its kind in lower case after the name: "Fannie Lou Hamer, testimony
#: before the Credentials Committee, …", "Beatrice Webb, diary, 18 March 1911": the name is the
#: document's author, not the end of a lead-in
_NAMED_DOCUMENT = lazy_compile(
    r"(?:[A-Z][\w.'’-]*\s+){0,5}[A-Z][\w'’-]+,\s+(?:testimony|diary|journal\s+entry|memorandum|memo|interview|"
    r"speech|letter|minutes|statement|address|remarks|telegram|cable|petition|deposition|notes|notebook|"
    r"report|transcript|sermon|will|inventory|affidavit)\b"
)


def _take_signal_only(text: str, start: int, end: int) -> tuple[str | None, int]:
    """The signal at the start of ``text[start:end]`` and where the citation begins."""
    chunk = text[start:end]
    match = _SIGNAL_START.match(chunk)
    if match:
        # "Umfassend zur Korrelation von … Thomas Vesting, …": a topic may follow the signal
        rest = chunk[match.end():]
        related = _RELATED_IN.match(rest)
        if related:  # "vgl. das Original in: PTRS I (1665) 64"
            return chunk[: match.end() + related.end()].rstrip(" ,"), start + match.end() + related.end()
        topic = _leading_prose(rest) if rest[:1].islower() else 0
        if not topic and rest[:1].islower() and has_finite_verb(rest.split(" ", 1)[0]):
            # the sentence's verb right after the signal word: "Anders liest die Skizzen Carl Dahlhaus, …" --
            # the citation starts at the name the sentence leads to
            name = _CITATION_START.search(rest, 1, 160)
            if name and not re.search(r"[,;:()\d]", rest[: name.start()]) and classify(rest[: name.start()]).kind == "commentary":
                topic = _noun_before_name(rest, name.start())
        if topic and (_LEAD_IN_END.search(rest[:topic]) or _TOPIC_INTRO.match(rest) or has_finite_verb(rest[:topic])):
            return chunk[: match.end() + topic].rstrip(" ,:"), start + match.end() + topic
        return match.group("sig"), start + match.end()
    match = _INTRO_SIGNAL.match(chunk)
    if match and _depth_map(chunk)[match.start("sig")]:
        match = None  # a "see" inside a quotation: "… erhalten: »as when we see a Fact doing …«"
    if match:
        intro = match.group("intro")
        # the intro must be prose, not the start of a citation
        if (not re.search(r"[‘“«\"]", intro) and classify(intro).kind == "commentary") or intro.count(",") == 0:
            prefix = chunk[: match.end()].rstrip(" ,:")
            return prefix, start + match.end()
    intro = 0 if _DOCUMENT_OPENING.match(chunk) or _NAMED_DOCUMENT.match(chunk) else (
        _leading_prose(chunk) or _agent_lead_in(chunk) or _topic_lead_in(chunk) or _short_colon_lead_in(chunk)
        or _adverb_lead_in(chunk) or _noun_lead_in(chunk) or _found_in_lead_in(chunk))
    conjunction = _CONJUNCTION_OPENING.match(chunk) if not intro else None
    if conjunction is not None:
        # "…; and, on Kenya, Berman, Control and Crisis, 200": the next work's topic after the conjunction
        rest = chunk[conjunction.end():]
        inner = _topic_lead_in(rest) or _adverb_lead_in(rest)
        intro = conjunction.end() + inner if inner else 0
    if intro:
        return chunk[:intro].rstrip(" ,:"), start + intro
    match = _SOURCE_LABEL.match(chunk)
    if match and classify(chunk[match.end():]).kind != "commentary":
        # "Abschrift: Berlin, Staatsbibliothek …, Mus.ms. …", "Recording: …": which of a work's sources
        # is cited -- the citation's prefix, not its author
        return chunk[: match.end()].rstrip(" :"), start + match.end()
    match = _RELATED_IN.match(chunk)
    if match:
        return chunk[: match.end()].rstrip(" ,"), start + match.end()  # "eine Rezension dazu in:"
    match = _VERSION_LABEL.match(chunk)
    if match:
        # "Italian translation: Le formule …, Rom 1975", "dt. Übers.: …": the label of another
        # edition of the work just cited, not part of its title
        return chunk[: match.end()].rstrip(" :"), start + match.end()
    match = _TOPIC_BEFORE_SIGLUM.match(chunk) or _WORDS_BEFORE_SIGLUM.match(chunk)
    if match:
        # "Zur Selbstgerechtigkeit der Norm: RW 373 ff., …": a topic, then a work cited by its siglum;
        # "eher beiläufig RW 506, Pluralismus …", "rather in passing RW 506, …": a remark before it
        return chunk[: match.end()].rstrip(" ,:"), start + match.end()
    match = _MID_SIGNAL.search(chunk)
    if match and classify(chunk[: match.start()]).kind == "commentary":
        # "Der Gesetzgeber ist von 4.500 Meldungen ausgegangen, vgl.: BT-Drs. 17/13423, S. 13"
        return chunk[: match.end()].rstrip(" ,:"), start + match.end()
    match = _CONJUNCTION_OPENING.match(chunk)
    if match and rabbinic_reference(chunk[match.end():]) is not None:
        # "…; b. Shabbat 31a; and y. Peʾah 1:1, 15b": the list's last source after its conjunction
        return chunk[: match.end()].rstrip(" ,"), start + match.end()
    return None, start


#: a conjunction opening the next work of a list: "and, ", "et, ", "and "
_CONJUNCTION_OPENING = lazy_compile(r"(?:and|et|und|y|e),?\s+")
#: a topic lead-in before a work cited by its siglum and number ("RW 373", "BGHZ 12", "MEW 23")
_TOPIC_BEFORE_SIGLUM = lazy_compile(
    # (lower case after a ";": "…, 1977; zum selbstgerechten Rechtsverfassungsrecht: RW 109, …")
    r"(?i:Zu|Zur|Zum|On|For|About|Über|Regarding|Concerning)\s[^,;:()\d]{3,120}?[,:]\s+(?=[A-ZÄÖÜ]{2,}[a-z]?\s\d)"
)
#: the label of a translation or another version before its citation ("English translation:", "trad. it.:")
_VERSION_LABEL = lazy_compile(
    r"(?:[^\W\d_]+\.?\s){0,2}(?i:translation|transl\.|trad\.|traduction|traducción|traduzione|Übersetzung|"
    r"Übers\.|version|Fassung)(?:\s[^\W\d_]+\.?)?\s*:\s+(?=\S)"
)
#: a collection's siglum, the page there and the work's title: "RW 85, Franz Böhm", "GS 12 f., Über"
_SIGLUM_PAGE_TITLE = r"[A-ZÄÖÜ]{2,5}\s\d{1,4}(?:\s*ff?\.)?,?\s+[A-ZÄÖÜ][a-zäöüß]{2}"
#: a siglum, its page and a title after a comma ("…, RW 85, Franz Böhm (1895-1977), 1989")
_EMBEDDED_SIGLUM = lazy_compile(rf",\s+(?={_SIGLUM_PAGE_TITLE})")
#: lower-case words before a siglum, its page and a title ("rather in passing RW 506, Pluralismus …")
_WORDS_BEFORE_SIGLUM = lazy_compile(rf"(?:[a-zäöüß][\w-]*\s){{1,4}}(?={_SIGLUM_PAGE_TITLE})")
#: a signal after a comma in the middle of a sentence of commentary: "…, vgl.: BT-Drs. …"
_MID_SIGNAL = lazy_compile(
    r"[,:]\s+(?:see(?:\s+also)?|cf\.|vgl\.?(?:\s+auch)?|siehe(?:\s+auch)?|voir(?:\s+aussi)?|cfr\.|vedi|v\.)"
    r"\s*:?\s+(?=\S)"
)
#: a lead-in sentence ending in a colon, without the commas a citation's head has
_COLON_LEAD_IN = lazy_compile(r"(?:[^\s,;:]+\s+){4,}[^\s,;:]+\s*:\s*")
#: a citation that opens with the surname and initials ("Getty J. A.", "Хлевнюк О. В."), no lead-in
_SURNAME_INITIALS_HEAD = lazy_compile(r"[A-ZÀ-ÞА-ЯЁІЇЄҐ][\w'’-]+,?\s+(?:[A-ZÀ-ÞА-ЯЁІЇЄҐ]\.\s?){1,3}(?=\s)")


#: a quotation (a title in quotes may hold verbs and commas): “…”, „…“, «…», "…"
_QUOTATION = lazy_compile(r"“[^”]*”|„[^“”]*[“”]|«[^»]*»|\"[^\"]*\"")


#: a topic named by a place or a period before the name: "and, for England, ", "pour la France, "
_PLACE_TOPIC = lazy_compile(
    r"(?:(?:and|und|et|e|y),?\s+)?(?:for|on|as\s+to|zu|zur|zum|für|pour|sur|per|su|para|sobre)\s+"
    r"(?:[a-zäöüßéèà]+\s+){0,3}[A-ZÀ-ÖØ-Þ][\w´'’-]+,\s+$"
)


#: a short lead-in in lower case ending in a colon, then a surname and a comma: "Among many others: Bloch, …"
#: (not "Schmidt: Titel" or "Carl Schmitt: Politische Theologie": the words after the first are lower case)
_SHORT_COLON_LEAD_IN = lazy_compile(r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+(?:\s+[a-zß-ÿ]+){1,5}:\s+(?=[A-ZÀ-ÖØ-Þ][\w´'’-]+,\s)")


def _short_colon_lead_in(chunk: str) -> int:
    """Where the citation starts after a short lead-in ending in a colon (0 if none)."""
    match = _SHORT_COLON_LEAD_IN.match(chunk)
    if match is None or classify(chunk[match.end():]).kind not in _COMPLETE_KINDS:
        return 0
    return match.end()


#: a repository's name up to a particle: the start of a longer name ("Archivio di" Stato di
#: Genova, "Archives départementales de la" Gironde), not a lead-in before a person's name
_NAME_BEFORE_PARTICLE = lazy_compile(
    r"(?:Archiv\w*|Archives?|Arquivo|Bibl[io]\w+|Museo|Musée|Museum|Istituto|Instituto|Institut|"
    r"Fondazione|Fondation|Fundación|Ministero|Ministère|Ministerio)(?:\s+[\w'’-]+){0,2}?"
    r"(?:\s+(?:di|de|del|della|des|du|da|do|von|van|of|la|le|the|d['’]\w+))+\s+"
)


#: a title's opening words before a name-like run: capitalised words then "of" ("Calendar of",
#: "Annals of"), or a headline-cased main title before its subtitle's colon ("Eyes on the Prize:")
_TITLE_OPENING = lazy_compile(
    r"(?:[A-Z][\w'’-]+\s+){1,3}of\s+"
    r"|[A-Z][\w'’-]+(?:\s+(?:on|the|of|and|in|to|a|an|for|at|[A-Z][\w'’-]+)){2,8}:\s+"
)


#: a diary or journal named by its writer before an entry's date
_DIARY_OF = lazy_compile(r"(?:The\s+)?(?:Diary|Diaries|Journal|Journals|Notebooks?|Tagebuch|Tagebücher)\s+(?:of|von|des)\s+")
#: after the writer's name, the entry's date: ", 4 May 1926", ", May 4, 1926", ", 3. Mai 1926"
_ENTRY_DATE = lazy_compile(
    r"[^,;]{2,60},\s(?:\d{1,2}\.?\s[A-Z][a-zä]+\.?\s\d{4}|[A-Z][a-z]+\.?\s\d{1,2},\s\d{4})\b"
)


#: the words of a state's records that look like a name's: "State Papers", "Privy Council"
_RECORD_NOUN = lazy_compile(
    r"(?:[A-Z][a-z]+\s+)?(?:State|Papers|Records|Rolls|Acts|Statutes|Proceedings|Parliament|Congress|Commons|"
    r"Lords|Council|Assembly|Senate|Chancery|Exchequer|Treasury|Admiralty|Series)\b"
)


@lru_cache(maxsize=4096)
def _leading_prose(chunk: str) -> int:
    """Where a citation starts after a prose intro in ``chunk`` (0 if it does not).

    "Untersuchungen in Buchlänge sind u. a.: Steven Shapin und Simon Schaffer,
    Leviathan …" starts its citation at the first person's name followed by a
    comma whose preceding text is commentary.
    """
    if (_OPENS_WITH_CITATION.match(chunk) and not _TOPIC_WORD.match(chunk)) or classify(
            chunk[:60]).kind in ("ibid", "idem"):
        return 0  # (not "Zur Kollektivsucht Gunther Teubner, …": a topic, then the name)
    conjunction = _CONJUNCTION_OPENING.match(chunk)
    if conjunction and _OPENS_WITH_CITATION.match(chunk, conjunction.end()):
        # "and Barbara H. Rosenwein, To Be the Neighbor of Saint Peter: The Social Meaning of Cluny’s
        # Property, …": the next work's author follows the conjunction; a name later in its title
        # ("Cluny’s") starts no citation
        return 0
    if archival_file(chunk.split(";", 1)[0]) is not None:
        return 0  # "Arquivo Nacional da Torre do Tombo, Chancelaria de D. João III, liv. 12": an archive's file
    depth: list[int] | None = None
    for match in _CITATION_START.finditer(chunk, 1, 400):
        head = chunk[: match.start()]
        if depth is None:
            depth = _depth_map(chunk)
        if depth[match.start()]:
            continue  # inside a quotation or brackets: "»as when we see a Fact doing, …«"
        after_name = _QUOTATION.sub(" ", chunk[match.start():]).split(",", 2)
        if len(after_name) > 2 and has_finite_verb(after_name[1]):
            continue  # "… der These von Hans Blumenberg, in der Renaissance habe sich …": prose goes on
        if re.search(r"[A-ZÀ-ÖØ-Þ][\w´'’-]+,\s+$", head) and not _PLACE_TOPIC.match(head) and not _BEFORE_NOUN.search(
                re.sub(r"[A-ZÀ-ÖØ-Þ][\w´'’-]+,\s+$", "", head)):
            # "Hagenloh, Stalin’s Police": a short form's title, not a new name (but a comma without
            # its space, "Burlamaqui,HENRY MAINE", is two words the PDF's text ran together, and
            # "… der dunklen Seite der Rationalisierungsbewegung, Pasquale Femia, …" ends on a noun)
            continue
        if _EDITOR_PHRASE.search(head) or _HONOUR_PHRASE.search(head):
            # "hg. von Marco Bellabarba": editors inside the citation; "in: FS Jan Štěpán, 1994":
            # the person a Festschrift honours
            continue
        if _NAME_BEFORE_PARTICLE.fullmatch(head):
            continue  # "Archivio di Stato di Genova": a name's first words, not a lead-in
        if PAPER_NUMBER.match(chunk, chunk.find(",", match.start()) + 2):
            continue  # "… is Report on Indian Constitutional Reforms, Cd. 9109": a paper's title ends at its number
        if _ROMANCE_ARTICLE_END.search(_CAPITALISED_RUN_END.sub("", head)):
            # "… printed in Report of the Kenya Land Commission, …": a run of capitals after an article is
            # a title's or a body's name, no person's
            continue
        if _AGENT_AFTER_NAME.match(chunk, chunk.find(",", match.start())):
            # "The Works of Thomas Nashe, ed. by R. B. McKerrow": the name ends a title (an author is followed
            # by the title, never at once by the editor or translator), which starts after a colon lead-in
            # ("… the Library Edition: The Works of John Ruskin, ed. …") or with the chunk
            # (not "The Works of Edmund Spenser: A Variorum Edition, ed. by …": a title and its subtitle)
            cut = _title_after_colon(chunk, match.start())
            return cut if cut < match.start() and has_finite_verb(chunk[:cut]) else 0
        if _TITLE_OPENING.fullmatch(head) and not _TOPIC_INTRO.match(head) and (
                head.rstrip().endswith(":") or _RECORD_NOUN.match(chunk, match.start())):
            # "Calendar of State Papers, …", "Eyes on the Prize: America's …": a title, not a lead-in
            # (but "Letters of Giuditta Pasta, …" names the writer of the letters cited)
            continue
        if _DIARY_OF.fullmatch(head) and _ENTRY_DATE.match(chunk, match.end()):
            # "Diary of Beatrice Webb, 4 May 1926, in The Diary of …": the entry's own title, not a
            # lead-in ("Letters of Giuditta Pasta, BnF, NAF 13 567" names the letters' writer)
            continue
        if author_head(head) and re.search(r",.*\?\s", head) and not _LEAD_IN_END.search(head):
            continue  # "Gruber, Where do we go from here? Trends …, DRdA 2022": a title, not a lead-in
        if _SURNAME_INITIALS_HEAD.match(head):
            continue  # "Getty J. A. Origins of the Great Purges. Cambridge:": a citation in the Russian
            # manner (surname, initials, title, the imprint's colon), no lead-in
        if _EXHIBITION_HEAD.search(head):
            continue  # "Dürer. Kunst – Künstler – Kontext, Ausst.-Kat. Frankfurt a. M., Städel Museum, …": a
            # catalogue's title and venue; the museum after them is no author the citation starts with
        if _COLON_LEAD_IN.fullmatch(head):
            return match.start()  # "Die Ausführungen … folgen: Byron D. Cannon, …"
        if classify(head).kind != "commentary":
            continue
        if (is_prose(head) or _LEAD_IN_END.search(head) or _TOPIC_INTRO.match(head) or _VERB_FIRST_LEAD_IN.fullmatch(head)
                or (len(head.split()) >= 6 and head.rstrip().endswith(","))
                # an adverbial phrase in lower case: "più di recente, Paolo Ferri, …", "et, pour une
                # perspective différente, Claire Ménard, …", "more recently, …"
                or (head[:1].islower() and head.rstrip().endswith(",") and not re.search(r"\d", head)
                    and len(head.split()) >= 2 and not re.match(r"[a-z]\.\s", head))):  # (not "c. ingold, M. …")
            start = _title_after_colon(chunk, _noun_before_name(chunk, match.start()))
            noun = _NOUN_THEN_PARTICLE.match(chunk, start)
            if noun and _ARTICLE_END.search(chunk, 0, start):
                start = noun.end()  # "Dies ist auch die These von Pannenberg, …": a noun after its article, no name
            return start
    return 0


#: the kind of a musical or artistic source before its citation: "Abschrift:", "Autograph score:", "Recording:"
_SOURCE_LABEL = lazy_compile(
    r"(?:Abschrift|Abschriften|Autograph|Autograf|Partitur|Stimmen|Erstdruck|Erstausgabe|Faksimile|Skizzen?|Aufnahme|"
    r"Copy|Copies|Autograph\s+score|Score|Parts|First\s+edition|Facsimile|Sketch(?:es)?|Recording|"
    r"Copie|Manuscrit\s+autographe|Partition|Enregistrement|Copia|Partitura|Autografo|Registrazione)\s*:\s+"
)
#: an exhibition catalogue's mark: what stands before it is the catalogue's title, not a lead-in
_EXHIBITION_HEAD = lazy_compile(
    r"\b(?:exh\.\s*cat\b|Ausst\.\s?-?\s?Kat\b|Ausstellungskatalog|catalogo\s+della\s+mostra|cat\.\s*(?:d['’])?expo)"
)
#: a parliamentary paper's number: "Cmd. 4556", "Cd. 9109", "C. 7700", "HC 211" (its title before it)
PAPER_NUMBER = lazy_compile(r"(?:C|Cd|Cmd|Cmnd|Cm|HC|H\.C\.|HL|H\.L\.)\.?\s?\d+(?:-[IVX]+)?")
#: the words of a title in capitals that close a text: "Report of the Kenya " -> "Report of the ", "… to the
#: Welfare of Women in " -> "… to the " (the small words inside a title, but no article: it opens the run)
_CAPITALISED_RUN_END = lazy_compile(r"(?:(?<=\s)(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|of|in|and|for|on|upon|de|du|des|et|en)\s+)+$")
#: an article before them, in a language whose nouns are in lower case ("der Forschung Roth" is a German
#: noun, then the name)
_ROMANCE_ARTICLE_END = lazy_compile(r"\b(?:the|la|le|les|l['’]|il|lo|el)\s+$")
#: an article closing a lead-in ("die", "la", "the"): the capitalised word after it is a noun
_ARTICLE_END = lazy_compile(r"\b(?:die|der|das|den|dem|des|eine[rnms]?|la|le|les|l['’]|the|il|lo|el)\s+$")
#: a noun and the particle before a name: "These von Pannenberg", "Deutung bei Rahner"
_NOUN_THEN_PARTICLE = lazy_compile(r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+\s+(?:von|vom|bei|de|des|du|of|di|del)\s+(?=[A-ZÀ-ÖØ-Þ][\w´'’-]+,\s)")


def _commentary_tail(text: str, cursor: int, offset: int) -> list[Piece]:
    """The prose after the last citation of ``text`` (from ``cursor``) as one commentary piece, if any."""
    tail = text[cursor:].strip(" ,;.")
    if not tail:
        return []
    at = text.index(tail, cursor)
    lead = _TAIL_LEAD.match(tail)
    if lead is not None:
        cited = tail[lead.end():]
        info = classify(cited)
        if info.kind in ("short", "op-cit", "supra") and info.author and info.pinpoint is not None:
            # "… by Syme (“Meaning of Success,” 495), against Gurr, Shakespeare Company, 28": a few words
            # of the sentence, then another work cited by its short form -- the words are its signal
            return [Piece(cited, offset + at + lead.end(), offset + at + len(tail), lead.group("lead"), info)]
    return [Piece(tail, offset + at, offset + at + len(tail), None, Classification("commentary"))]


#: a few lower-case words before a short form that ends a sentence: "against Gurr, …", "as does Orme, …"
_TAIL_LEAD = lazy_compile(r"(?P<lead>[a-z]+(?:\s[a-z]+){0,3})\s+(?=[A-ZÀ-ÖØ-Þ][\w´'’-]+,\s)")


#: prose that ends in the agent's preposition before a surname and a comma: "The manuscript is
#: discussed by Holloway, Lost Archives, 71", "more cautiously, by Orme, …", "évoqué par Dufresne, …"
_AGENT_LEAD_IN = lazy_compile(
    r"(?P<lead>(?:[^;]{2,160}?\b)?(?:by|von|bei|par|chez|da|dal|dalla|por|from|aus))\s+"
    r"(?=(?:[A-ZÀ-ÖØ-Þ]\.\s?){0,3}[A-ZÀ-ÖØ-Þ][\w´'’-]+,\s)"
)


#: a topic in lower case before a citation: "…, and, for Lübeck, Hanke (n 1) 20", "per il caso genovese, …"
_TOPIC_LEAD = lazy_compile(
    # (capitalised at the sentence's start too: "Sur ce point, Aubenas, …"; not "Per"/"Su", which open names)
    r"(?:(?:and|und|et|e|y)\s+)?(?:(?i:for|on|as\s+to|regarding|zu|zur|zum|für|pour|sur|para|sobre)|per|su)\s+"
    r"(?:[^,;()\d]{2,60}?,\s+|(?-i:[a-zäöüßéèà\s]{2,60}?)\s+)"  # ("for a different view Lindqvist, …")
    r"(?=(?:[A-ZÀ-ÖØ-Þ]\.\s?){0,3}[A-ZÀ-ÖØ-Þ][\w´'’-]+(?:\s+[A-ZÀ-ÖØ-Þ][\w´'’-]+){0,2}\s*[,(])"
)


def _topic_lead_in(chunk: str) -> int:
    """Where a citation starts after a topic lead-in in lower case (0 if none)."""
    match = _TOPIC_LEAD.match(chunk)
    if match is None or has_finite_verb(match.group(0)):
        return 0
    end = match.end()
    noun_and_name = _GERMAN_NOUN_THEN_NAME.search(match.group(0))
    if noun_and_name and author_head(chunk[match.start() + noun_and_name.start("name"):]):
        # "für die spätere Zeit Braun, Anderer Titel, …": German nouns are capitalised, so the topic
        # ends at its noun and the surname before the comma opens the citation
        end = match.start() + noun_and_name.start("name")
    rest = chunk[end:]
    if not author_head(rest) or classify(rest).kind not in _COMPLETE_KINDS or _name_then_prose(rest):
        return 0
    named = _NAME_ENDS_TOPIC.search(chunk, match.start(), end)
    if named and classify(rest).title is None:
        # "and for the Russian case Shchapov, Gosudarstvo, 80–82": the topic's last word is the author,
        # whose short title follows (read from the topic's end, "Gosudarstvo" would be the author)
        alternative = classify(chunk[named.start():])
        if alternative.kind in _COMPLETE_KINDS and alternative.author and alternative.title:
            return named.start()
    return end


#: a capitalised word that closes a topic lead-in before its comma (maybe the author's name)
_NAME_ENDS_TOPIC = lazy_compile(r"(?<=\s)[A-ZÀ-ÖØ-Þ][\w´'’-]+(?=,\s+$)")


#: a German topic's article or adjective, its capitalised noun, then the surname before the comma
_GERMAN_NOUN_THEN_NAME = lazy_compile(
    r"^(?:zu|zur|zum|für|über)\s+(?:[a-zäöüß]+\s+)+[A-ZÄÖÜ][a-zäöüß]+\s+(?P<name>[A-ZÄÖÜ][\w´'’-]+),\s+$"
)


#: a participle of quoting that opens a lead-in: "Quoted from the manuscript (fol. 3v) by Holloway, …"
_QUOTED_FROM = lazy_compile(r"(?i:quoted|cited|taken|translated|reproduced|printed|zitiert|cité|citato)\s")


#: the same, ending in the sentence's verb: "Eine gute Übersicht bietet Berger, Stadt und Zunft, …"
_VERB_LEAD_IN = lazy_compile(
    r"(?P<lead>[A-ZÀ-ÖØ-Þ][^\d;(),]{2,120}?\s[a-zäöüß]+)\s+"
    r"(?=(?:[A-ZÀ-ÖØ-Þ]\.\s?){0,3}[A-ZÀ-ÖØ-Þ][\w´'’-]+,\s)"
)


def _complete_citation_before(text: str) -> bool:
    """Does ``text`` open with a complete citation with its pinpoint, then a comma ("Fermor, Wool Towns, 41, …")?"""
    if not author_head(text):
        return False
    return any(classify(text[: m.start()]).kind in _COMPLETE_KINDS
               for m in re.finditer(r"(?<=[\d)])(?:\s*ff?\.)?,\s", text))


def _agent_lead_in(chunk: str) -> int:
    """Where a citation by a surname starts after prose that names its agent (0 if none).

    The prose must read as prose (a finite verb, or lower case from its
    start: "more cautiously, by") and what follows as a citation of its own.
    """
    match = _AGENT_LEAD_IN.match(chunk) or _VERB_LEAD_IN.match(chunk)
    if match is None:
        return 0
    lead = match.group("lead")
    if lead.count("(") != lead.count(")") or _complete_citation_before(lead):
        return 0  # ("Fermor, Wool Towns, 41, whose argument is challenged by": a work, then its link)
    if not (chunk[:1].islower() or has_finite_verb(lead) or _QUOTED_FROM.match(lead)) or _EDITOR_PHRASE.search(lead + " "):
        return 0  # ("edited by", "hg. von": editors inside a citation)
    if re.search(r"\d", lead) and not (has_finite_verb(lead) or _QUOTED_FROM.match(lead)):
        return 0  # (a number in the lead-in: a citation before it, unless the lead-in is a sentence)
    if match.re == _VERB_LEAD_IN and not has_finite_verb(lead.split()[-1]):
        return 0  # "Eine gute Übersicht bietet Berger, …": the verb ends the lead-in
    rest = chunk[match.end():]
    if not author_head(rest) or classify(rest).kind not in _COMPLETE_KINDS or _name_then_prose(rest):
        return 0
    return match.end()


#: a verbless sentence naming where more is found: "Una opinión distinta en Bakewell, loc. cit.",
#: "Más datos en Brading, Mineros, p. 40", "Esta é também a posição de Lugar, op. cit., p. 80"
_NOUN_LEAD_IN = lazy_compile(
    # (a German noun in capitals, a French elision: "Dies ist auch die These von", "C’est la thèse de")
    r"(?P<lead>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]*(?:['’][a-zà-ÿ]+)?(?:\s+(?-i:[a-zà-ÿ]+|(?P<noun>[A-ZÄÖÜ][a-zäöüß]{2,}))){1,7}"
    r"\s+(?:(?P<place>en|in|em|dans|bei|w|v)|de|da|do|di|of|von))"
    r"\s+(?=[A-ZÀ-ÖØ-Þ][\w´'’-]+,\s)"
)


def _noun_lead_in(chunk: str) -> int:
    """Where a citation starts after a verbless lead-in ending in "en"/"in" (0 if none).

    Only before a back-reference or an "Author, Title" short form: a title-only short
    form ("La minería en Zacatecas, p. 5") has no title after its "name"."""
    match = _NOUN_LEAD_IN.match(chunk)
    if match is None or classify(match.group("lead")).kind != "commentary":
        return 0
    if (not match.group("place") or match.group("noun")) and not has_finite_verb(match.group("lead")):
        return 0  # "Esta é também a posição de Lugar, op. cit.", not a title "Storia di Venezia, cit."
    info = classify(chunk[match.end():])
    if info.kind in ("op-cit", "supra") or (info.kind == "short" and info.author and info.title):
        return match.end()
    return 0


#: an adverbial phrase in lower case and its comma: "da ultimo, ", "more recently, ", "plus récemment, "
_ADVERB_PHRASE = lazy_compile(r"(?-i:[a-zà-ÿ][\w'’-]*)(?:\s+(?-i:[a-zà-ÿ][\w'’-]*)){0,3},\s+(?=[A-ZÀ-ÖØ-Þ])")


def _adverb_lead_in(chunk: str) -> int:
    """Where a work cited by its author's surname starts after an adverbial phrase (0 if none).

    "da ultimo, Serra, Lana e seta, cit., p. 80": a lone surname is no person's name the
    other lead-ins look for, so the phrase is taken when what follows reads as a citation.
    """
    match = _ADVERB_PHRASE.match(chunk)
    if match is None or has_finite_verb(match.group(0)) or _IDEM_HEAD.match(chunk) or starts_back_reference(chunk):
        return 0
    rest = chunk[match.end():]
    if not author_head(rest) or classify(rest).kind not in _COMPLETE_KINDS or _name_then_prose(rest):
        return 0
    return match.end()


def _name_then_prose(text: str) -> bool:
    """After "Name, " a title starts in capitals or quotes: "Holloway, among others, …" is prose."""
    head = author_head(text)
    after = text[len(head):]
    if not after.startswith(","):
        return False  # "Hanke (n 1) 20"
    word = re.match(r",\s*(\S)", after)
    if word is not None and _MARKER_AFTER_NAME.match(after):
        return False  # "Berthier, art. cit., p. 228", "Hale, supra note 64": a back-reference, no prose
    return word is not None and word.group(1).islower()


#: a back-reference's marker right after the author's name
_MARKER_AFTER_NAME = lazy_compile(
    r",\s*(?:op\.\s*cit|art\.\s*cit|loc\.\s*cit|ed\.\s*cit|ouvr\.\s*cit|cit\.|a\.\s?a\.\s?O\.|o\.\s?c\.|"
    r"supra\b|above\b|oben\b|ukaz\.|ibid|"
    # (and the project's lists: "Tazbir, dz. cyt.", "Rossi, sopra nota 4", "Dupont, ci-dessus n. 4")
    + forms_pattern(OPCIT_FORMS) + "|" + forms_pattern(SUPRA_WORDS) + ")"
)


def _title_after_colon(chunk: str, start: int) -> int:
    """A colon lead-in may end before the title, not the name ("… the Library Edition: The Works
    of John Ruskin, ed. …"): the citation then starts after the colon, title and all."""
    head = chunk[:start]
    lead = _COLON_LEAD_IN.match(head)
    if lead is None or lead.end() >= start:
        return start
    between = head[lead.end():]
    if between[:1].isupper() and len(between.split()) <= 8 and "," not in between and not is_prose(between):
        return lead.end()
    return start


#: the words before a noun of the lead-in: articles (also joined to a preposition, "zur") and
#: inflected adjectives ("der künstlerischen Moderne", "des achtzehnten Jahrhunderts")
_BEFORE_NOUN = lazy_compile(
    r"(?:\b(?:[Dd]er|[Dd]es|[Dd]em|[Dd]en|[Dd]ie|[Dd]as|[Tt]he|an?|[Zz]ur|[Zz]um|[Ii]m|[Aa]m|[Vv]om|[Bb]eim)"
    r"|(?<!\w)[a-zäöüß]{3,}(?:en|er|es|em))\s+$"
)


def _noun_before_name(chunk: str, start: int) -> int:
    """Where the person's name starts: past a capitalised noun that ends the lead-in.

    "… zwischen Formen der Aufmerksamkeit und der künstlerischen Moderne
    Jonathan Crary, Suspensions …": after an article or an inflected
    adjective, the first of three capitalised words is the lead-in's noun.
    """
    name = re.match(r"([A-ZÀ-ÖØ-Þ][a-zß-ÿ´'’-]+)\s+(?=[A-ZÀ-ÖØ-Þ][\w´'’-]*\.?\s+[A-ZÀ-ÖØ-Þ][\w´'’-]+,)", chunk[start:])
    before = _BEFORE_NOUN.search(chunk[:start])
    if name and before and before.group(0).strip().lower() not in _NOT_ADJECTIVES:
        return start + name.end()
    # "Vgl. zum Forschungsstand Bauer, Repertorium …": right after a German article (also joined
    # to its preposition: "zum", "zur", "im") a capitalised word is a noun; a surname may follow
    # (the surname perhaps after a given name: "Anders liest die Skizzen Carl Dahlhaus, …")
    noun = re.match(r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ´'’-]+\s+(?=(?:[A-ZÀ-ÖØ-Þ][\w´'’-]*\.?\s+){0,2}[A-ZÀ-ÖØ-Þ][\w´'’-]+\s*[,(])",
                    chunk[start:])
    if noun and re.search(r"(?<!\w)(?:[Zz]ur|[Zz]um|[Ii]m|[Vv]om|[Bb]eim|der|des|dem|den|die|das)\s+$", chunk[:start]):
        return start + noun.end()
    return start


#: prepositions and conjunctions with an adjective's ending: a name may follow them directly
_NOT_ADJECTIVES = frozenset(
    "unter über oder aber wider hinter neben zwischen gegen wegen sondern außer zudem entgegen "
    "hier daher wieder immer früher später näher weiter eher ferner sehr later under over after whether "
    "either neither rather".split()
)


#: a sentence's opening: a demonstrative, then a word in lower case ("This view", "Cette thèse",
#: "Questa tesi") or a German noun and a comma ("Diese These, …"); titles rarely open so
_DEMONSTRATIVE_OPENING = lazy_compile(
    r"(?:(?:This|These|That|Those|Such|Cette|Ces|Questa|Questo|Queste|Questi|Esta|Este|Estas|Estos)"
    r"\s+[a-zàâçéèêëîïôûùœ]"
    r"|(?:Diese[rsnm]?|Jene[rsnm]?)\s+\w+,)"  # (German capitalises its nouns: "Diese These, …")
)


#: an imprint in brackets: a place or publisher, then the year ("(Wittenberg: Hans Lufft, 1534; VD16 B 2694)")
_IMPRINT_BRACKET = lazy_compile(r"\([^()]*[:,]\s*\[?(?:1[5-9]\d\d|20[0-4]\d)\]?(?:[-–]\d{2,4})?[;)]")


def _citation_before_prose(text: str) -> int:
    """The length of a citation that opens ``text`` before commentary runs on (0 if none).

    "Polanyi, The Great Transformation (2001), 71 ff, hat Boden, Arbeit und Geld
    als fiktive Waren bezeichnet, weil …": the citation ends at the last comma
    before the words of argument begin.
    """
    if _APA_DATE.search(text):
        return 0  # author-date titles are sentences ("Who were the eight people executed …?")
    if _DEMONSTRATIVE_OPENING.match(text):
        return 0  # "This interpretation, first advanced … in 1968, has been contested": a sentence
    depth = _depth_map(text)
    best = 0
    for match in re.finditer(r",\s", text[:400]):
        if depth[match.start()]:
            continue
        head = text[: match.start()]
        if has_prose_words(head):
            break
        rest = text[match.end():]
        if "(" in rest and not has_prose_words(_BRACKETED.sub(" ", rest)):
            continue  # "…, 4 (a point often missed).": the pinpoint and a remark in brackets (the suffix)
        if not _YEAR_MARK.search(head) and _IMPRINT_BRACKET.search(rest):
            continue  # "Luther, Biblia, das ist, die gantze Heilige Schrifft Deudsch (Wittenberg: …, 1534)": the
            # title goes on (an early title's "das ist", "that is") up to its imprint
        if has_prose_words(rest) and classify(head).kind in ("full", "short", "supra", "op-cit"):
            best = match.start()
    year = _YEAR_MARK.search(text, 0, best) if best and author_head(text) else None
    resume = _PROSE_RESUMES.search(text, year.end(), best) if year else None
    # "…, 491 ff., oder von Barrys Definition von Unparteilichkeit, dass …": the argument resumes
    # after the pages, before the verb shows up
    return resume.start() if resume else best


#: a translation or reprint of the work just cited: "(dt. Ausgabe, …)", "(engl. trans., …)"
_TRANSLATION_NOTE = lazy_compile(r"(?:dt|engl|frz|franz|ital|span|lat|übers|trans|transl|repr|Nachdr)\.\s", re.I)
#: a law-review parenthetical after a title: editors or translators, then the imprint
_EDITION_NOTE = lazy_compile(r"[^,()]{0,80}?\b(?:eds?|trans|transl|Hrsg|Hg|hg)\.,")


#: an author-date citation: "Holloway 1998: 45", "Marsh and Orme 2010, 12"
_AUTHOR_DATE = lazy_compile(
    r"[A-ZÀ-ÖØ-Þ][\w´'’-]+(?:\s(?:and|und|et|&)\s[A-ZÀ-ÖØ-Þ][\w´'’-]+|\set\sal\.)?,?\s(?:1[5-9]\d\d|20[0-4]\d)[a-z]?"
    r"[:,]\s?\d+(?:\s*[-–]\s*\d+)?(?:;\s|$)"  # (with its page: "(London, 1999)" is an imprint)
)


#: an imprint alone: "New York: Bantam Books, 1968", "Cambridge, MA: Harvard University Press, 1996"
_BARE_IMPRINT = lazy_compile(
    r"[A-ZÀ-ÖØ-Þ][\w.'’-]*(?:\s[A-ZÀ-ÖØ-Þ][\w.'’-]*){0,3}(?:,\s[A-Z][\w.]{1,5})?:\s[^():;]{2,80}?,\s"
    r"(?:1[5-9]\d\d|20[0-4]\d)(?:[-–]\d{2,4})?"
)


#: a quotation in single or double marks (British, American, French, German)
_ANY_QUOTATION = lazy_compile(r"[‘“«„\"][^’”»“\"]*[’”»“\"]")
_CLOSING_BRACKET = lazy_compile(r"\((?P<inner>[^()]{2,120})\)\.?\s*$")


def _closing_back_reference(text: str, lead: str | None = None) -> tuple[int, int, Classification] | None:
    """The back-reference in brackets that ends a remark or a quotation: its span and reading, else None.

    "Sherman calls the manicule ‘…’ (p. 25).": a page alone in the brackets is the work cited last (an
    ibid.); "(ibid., sig. F3r)", "(Jardine and Grafton, ‘Studied for Action’, p. 47)" are read as written.
    Only after words with a verb or a quotation, and no number: "…, pp. 81–116 (p. 90)" is a citation's
    own pinpoint after its range.
    """
    match = _CLOSING_BRACKET.search(text)
    if match is None:
        return None
    outside = text[: match.start()].strip()
    bare = _ANY_QUOTATION.sub(" ", outside)
    if len(outside.split()) < 3 or re.search(r"\d", bare) or "(" in bare or ")" in bare:
        return None
    # (the verb may be in the lead-in taken off before: "Como señala | Lohmann Villena, «…» (Los regidores, p. 9)")
    if not (has_finite_verb(bare) or (_ANY_QUOTATION.fullmatch(outside) and len(outside.split()) >= 3) or (
            lead and has_finite_verb(lead) and _ANY_QUOTATION.search(outside))):
        return None
    inner = match.group("inner").strip()
    start = match.start("inner") + (len(match.group("inner")) - len(match.group("inner").lstrip()))
    pin = find_pinpoint(inner, bare=False)
    if pin is not None and pin.start == 0:
        return start, start + len(inner), Classification("ibid", pinpoint=pin)  # "(p. 25)", "(sig. C1r)"
    info = classify(inner)
    if info.kind in ("ibid", "op-cit", "supra", "short", "idem") and info.pinpoint is not None:
        return start, start + len(inner), info
    if _TITLE_AND_PAGE.fullmatch(inner) and (pin := find_pinpoint(inner)) is not None:
        # "(Complete English Poems, p. 312)": a short title whose words look like a name, and a page
        return start, start + len(inner), Classification("short", title=inner[: pin.start].strip(" ,"), pinpoint=pin)
    return None


#: "(ibid., 90, on …)", "(ebd., S. 12)", "(id. at 5)" closing a citation that ends in its pinpoint
_BRACKETED_IBID = lazy_compile(
    r"(?<=\d)\s+\((?P<ref>(?:[Ii]bid\.?|[Ii]bidem|[Ee]bd\.|[Ee]benda|[Ii]d\.)(?:,\s*|\s+)(?:(?:at|pp?\.|S\.)\s?)?"
    r"\d+[a-z]?(?:\s*[-–]\s*\d+)?)(?:[,;]\s+[^()]*)?\)\.?\s*$"
)


def _bracketed_ibid(text: str) -> tuple[int, int] | None:
    """Where the back-reference in brackets after a complete citation's pinpoint starts and ends, else None."""
    if not text.rstrip(" .").endswith(")") or ("bid" not in text and "d." not in text):
        return None
    match = _BRACKETED_IBID.search(text)
    if match is None or find_pinpoint(text[: match.start()]) is None:
        return None
    return match.start("ref"), match.end("ref")


def _citation_in_parentheses(text: str) -> tuple[int, int] | None:
    """The span of a full citation in parentheses within a prose sentence, else None.

    "… sicherte die Erklärung von 1890 … das Königreich Sokoto (John Prescott,
    Political Frontiers, London 1987, 12)." cites its source in brackets; the
    sentence around it is commentary.
    """
    depth = _depth_map(text, quotes=False)
    for match in re.finditer(r"\(", text):
        open_at = match.start()
        if depth[open_at]:
            continue
        close = text.find(")", open_at)
        while close >= 0 and depth[close] != 1:
            close = text.find(")", close + 1)
        if close < 0:
            return None
        inner = text[open_at + 1: close]
        signal = _SIGNAL_START.match(inner)
        if signal and signal.end() < len(inner):
            open_at += signal.end()  # "(e.g. Thomas Reinholt, Grain and Grace (Leipzig, 2011), 5–9)"
            inner = text[open_at + 1: close]
        outside = text[:open_at] + " " + text[close + 1:]
        if _BARE_IMPRINT.fullmatch(inner.strip()) and not has_finite_verb(text[:open_at]):
            continue  # "Report of the … Commission (New York: Bantam Books, 1968), 1": the title's own imprint
        if _EDITION_NOTE.match(inner) or _TRANSLATION_NOTE.match(inner):
            # "(Wilfrid Prest ed., Oxford Univ. Press 2016)", "(dt. Ausgabe, hg. von …, Neuwied 1966,
            # 63)": the cited book's editor and imprint, or its translation: not a work of its own
            continue
        # (a short sentence will do when it has a verb: "This reading has not gone unchallenged (…)",
        # or when a signal opens the brackets: "On the wider literature (e.g. Thomas Reinholt, …) see below")
        sentence = len(outside.split()) >= 8 or (len(outside.split()) >= 4 and (has_prose_words(outside) or signal))
        if ((len(inner.split()) >= 4 or _AUTHOR_DATE.match(inner)) and sentence and classify(outside).kind == "commentary"
                and not author_head(text) and classify(inner).kind == "full" and not has_prose_words(inner)):
            # (prose around it: "Author, A Long Title (Place: Publisher, 1985), 258" is a citation whose
            # imprint is in brackets, and the text outside them, without a year, no sentence)
            return open_at + 1, close
    return None


#: another work related to the one before, given by its container: "eine Rezension dazu in:",
#: "the reprint in:", "der Nachdruck in:"
_RELATED_IN = lazy_compile(r"[a-zäöüß]+\s+(?:[^\W\d_]+\s+){0,3}in:\s")
#: pieces that are complete before ", and": a full citation, or a back-reference with its pinpoint
_COMPLETE_KINDS = frozenset({"full", "short", "supra", "op-cit"})
#: conjunctions that add another work (not "and"/"und", which also join co-authors)
_ADDING_WORDS = frozenset({"ebenso", "sowie", "ferner", "as well as", "ainsi que", "así como", "assim como",
                           "bem como", "а также", "so also", "as also"})


#: the same author's other work: "id., Roman Law", "idem, …", "ders., …", "ead., …"
_IDEM_HEAD = lazy_compile(forms_pattern(IDEM_FORMS, stops=False) + r"\.?,\s+\S", re.I)


def _complete_with_pinpoint(text: str) -> bool:
    """A complete citation ending in its pinpoint, a back-reference with its page included ("Ibid., 22")."""
    if not _DIGIT_END.search(text.rstrip(" .")):
        return False
    info = classify(text)
    return info.kind in _COMPLETE_KINDS or (info.kind == "ibid" and info.pinpoint is not None)


def _work_after_lead(text: str, start: int, end: int) -> bool:
    """Does a signal or a lead-in at ``start`` hand over to a work that opens with its author?"""
    prefix, cited_at = _take_signal(text, start, end)
    if prefix is None:
        return False
    rest = text[cited_at:end]
    return bool(author_head(rest)) and classify(rest).kind in _COMPLETE_KINDS and not _name_then_prose(rest)


def _split_and(text: str, start: int, end: int, depth: list[int]) -> list[tuple[int, int]]:
    """Split at ", and" where a complete work ends and a new one (a name head) begins."""
    spans = []
    last = start
    for match in _AND_WORKS.finditer(text, start, end):
        pos = match.start()
        if depth[pos]:
            continue
        left = text[last:pos]
        right = text[match.end(): end]
        word = match.group(0).strip(" ,:").lower()
        if rabbinic_reference(right) is not None and rabbinic_reference(left) is not None:
            spans.append((last, pos))  # "tBer 3,7 und yBer 4,1 (7c)": two rabbinic sources
            last = match.end()
            continue
        if (word in _ADDING_WORDS and re.match(rf"(?:{_PERSON}|{SURNAMES_BY_SLASH}),\s", right)
                and classify(right).kind == "full"):
            # "»Fact« im Oxford English Dictionary, ebenso Barbara J. Shapiro, The Concept …":
            # a word that adds a work, then a full name: a new citation, whatever ends the text before
            spans.append((last, pos))
            last = match.end()
            continue
        if (_RELATED_IN.match(right) and re.search(r"(?:1[5-9]\d\d|20[0-4]\d)\s*$", left.rstrip(" ."))
                and classify(left).kind == "full"):
            # "…, Leipzig 1670, und eine Rezension dazu in: PTRS V (1670) 2077": a related work's container
            spans.append((last, pos))
            last = match.end()
            continue
        if word in _ADDING_WORDS and _complete_with_pinpoint(left) and author_head(right) and (
                classify(right).kind in _COMPLETE_KINDS):
            # "Lozano, op. cit., p. 34, así como Vidal, …", "… С. 41, а также: Петрова Е. А. …"
            spans.append((last, pos))
            last = match.end()
            continue
        if right[:1].islower() and _complete_with_pinpoint(left) and _work_after_lead(text, match.end(), end):
            # "…, p. 20 e, da ultimo, Serra, …", "…, pp. 30-33, y, más recientemente, Vidal, …",
            # "…, p. 44, e também Ribeiro, …", "…, 23, and by Pask, …": a signal or a lead-in after
            # the conjunction, then the next work
            spans.append((last, pos))
            last = match.end()
            continue
        topic = (_leading_prose(right) if _TOPIC_INTRO.match(right) and _DIGIT_END.search(left.rstrip())
                 and classify(left).kind in _COMPLETE_KINDS else 0)
        if topic:
            # "…, London 1980, und zu Verbindungen zwischen … Jonathan Crary, Suspensions …": the topic
            # lead-in of the next work (it becomes that citation's prefix)
            spans.append((last, pos))
            last = match.end()
            continue
        if (_IDEM_HEAD.match(right) and classify(left).kind in _COMPLETE_KINDS
                and _DIGIT_END.search(left.rstrip(" ."))):
            spans.append((last, pos))  # "…, 45, and id., Roman Law, …": the same author's next work
            last = match.end()
            continue
        if (right.lstrip(" ,")[:1].islower() and _INTRO_SIGNAL.match(right.lstrip(" ,"))
                and classify(left).kind in _COMPLETE_KINDS and _DIGIT_END.search(left.rstrip(" ."))):
            spans.append((last, pos))  # "…, 45 (2d Cir. 1994), and for the state courts, see Brown v. Green, …"
            last = match.end()
            continue
        agent = (_agent_lead_in(right.lstrip(" ,")) or _topic_lead_in(right.lstrip(" ,"))
                 if right.lstrip(" ,")[:1].islower() else 0)
        if agent and classify(left).kind in _COMPLETE_KINDS and _DIGIT_END.search(left.rstrip(" .")):
            spans.append((last, pos))  # "…, 71, and, more cautiously, by Orme, Silent Crown, 96"
            last = match.end()
            continue
        if not re.match(r"(?:[A-ZÀ-ÖØ-Þ][\w´'’.-]*\s+){0,3}(?:(?:von|van|de|di|da|du|del|della|der|zu)\s+)*"
                        r"[A-ZÀ-ÖØ-Þ][\w´'’-]+\s*,", right) and not re.match(
                            rf"{_PERSON}\s+(?:en|and|und|et|e|y|i|och|og|&)\s+{_PERSON}\s*,", right) and not (
                            _AUTHOR_DATE_NEXT.match(right)):
            continue  # ("Joachim von Schwarzkopf,", "Willem Frijhoff en Marijke Spies,")
            continue
        if not _complete_with_pinpoint(left) and (classify(left).kind not in _COMPLETE_KINDS or not (
                re.search(r"(?:\d[a-z]?|\))\s*$", left) or _DIGIT_END.search(left.rstrip(" .")))):
            continue  # (a back-reference with its pages is complete too: "Roth (Fn. 1) 6–16 und …", "Ibid., 22, and …")
        spans.append((last, pos))
        last = match.end()
    spans.append((last, end))
    return spans


#: the next work by author and year, then its page: "…, 305, and Hornblower 1991, 300–301" (a surname
#: in lower case after its capital: "DRdA 2004, 593" is a journal's siglum, year and page)
_AUTHOR_DATE_NEXT = lazy_compile(
    r"(?:[A-ZÀ-ÖØ-Þ][a-zß-ÿ´'’-]+\s+(?:and|&|et|und)\s+)?[A-ZÀ-ÖØ-Þ][a-zß-ÿ´'’-]+(?:\s+et\s+al\.)?"
    r"\s+(?:1[5-9]\d\d|20[0-4]\d)[a-z]?\s*[,:]\s*\d"
)


#: words that hand over from a citation to another one it relates to: the secondary work the
#: first was read in ("…, 14, quoted in Laura Benning, …", "…, S. 201, zit. nach Berger, …",
#: "…, p. 44, cité par Dufresne, op. cit., …"), or a work set against it ("…, 78, with Anna Vogt, …",
#: "…, 115–20, contra Holloway, …") -- after a comma, or opening a closing bracket
#: ("Fries, Chronik, S. 202 (zit. nach Berger, …)")
_SOURCE_LINK = lazy_compile(
    r"(?P<gap>,\s+|\s+\(\s*|(?<=\d)\s+)(?P<link>(?:(?:as\s+)?(?:quoted|cited|reprinted|excerpted|repr\.)\s+(?:in|by)|quoting|citing|"
    r"zit(?:iert)?\.?\s+(?:nach|bei)|nach|cit(?:é|ée|és|ées)\s+(?:par|dans|d['’]après|in)|d['’]après|"
    r"citat[oa]\s+(?:in|da)|cit\.\s+(?:in|da)|citad[oa]\s+(?:en|por)|цит\.\s+по|цитируется\s+по|"
    r"with|contra|but\s+see|but\s+cf\.|see\s+also|cf\.(?:\s+also)?|compare|vgl\.(?:\s+auch)?|"
    # a later or related work named by an adverb or a relative clause: "…, 4, and more recently Brown, …",
    # "…, 4, followed by Brown, …", "…, 4, which builds on Brown, …", "…, p. 4, nonché Bianchi, …"
    r"(?:and\s+)?(?:more\s+|most\s+|very\s+)?recently|and\s+(?:later|now|also)|followed\s+by|"
    r"which\s+(?:builds|draws|relies|depends|expands|elaborates)\s+on|(?:building|drawing|relying)\s+on|"
    r"(?:and|together\s+with|along\s+with)\s+the\s+(?:\w+\s+){1,3}(?:in|by)|together\s+with|nonch[ée]|"
    # a relative clause that names the next work: "…, 41, whose argument is challenged by Ashdown, …",
    # "…, 30, which is also printed in Aubrey, …", "…, c. 6), on which see Fermor, …", "…, fl. 12, apud …"
    r"(?:on|for|in)\s+which\s+see(?:\s+also)?|(?:whose|which|who)\s+(?:[a-z’'-]+\s+){0,5}?(?:by|in|on)|apud|"
    # a relative clause whose verb has the next work's author as object: "…, p. 168, che corregge
    # Valdini, op. cit., p. 41", "…, p. 12, qui corrige Castel, …", "…, 41, which corrects Pask, …"
    r"(?:che|qui|which|who)\s+(?:[a-zà-ÿ’'-]+\s+){0,2}[a-zà-ÿ’'-]+(?=\s+[A-ZÀ-ÖØ-Þ])|"
    # the German relative clause, its verb at the end: "…, S. 95 f., dem (sich) Stübner, Almosen, S. 50, folgt"
    r"(?-i:dem|der|den|denen|welchem|welcher|welchen)(?:\s+(?-i:sich|auch|hier|darin|insoweit|insofern))*"
    r"(?=\s+[A-ZÄÖÜ][\w´'’-]+(?:,\s|\s\((?:wie\s)?(?:Anm|Fn)\.))|"  # (or "dem Lindau (wie Anm. 6), S. 12, …")
    r"voir(?:\s+aussi)?|cfr\.(?:\s+anche)?|dagegen|anders|ebenso|so\s+auch)),?\s+(?=\S)",
    re.I,
)


#: a pinpoint with the pages after it: "S. 95 f.", "p. 12 sqq."
_FOLLOWING_PAGES_END = lazy_compile(r"\d\s*(?:ff?|sqq?|ss)\.$")
#: the verb that closes a German relative clause after the work it names: "…, S. 50, folgt."
_VERB_LAST = lazy_compile(r"(?<=\d),?\s+(?:[a-zäöüß]+\s+)?[a-zäöüß]+\.?\s*$")


def _split_source_links(text: str, start: int, end: int, depth: list[int]) -> list[tuple[int, int, str | None]]:
    """Split where one complete citation hands over to another by a linking phrase.

    The text before must be a complete citation ending in its pinpoint, the
    text after must open with an author and read as a citation; the phrase
    ("quoted in", "zit. nach", "cité par", "with", "contra") becomes the
    prefix of the second.  A bracket opened for the link is closed at the end.
    """
    spans: list[tuple[int, int, str | None]] = []
    last, link = start, None
    for match in _SOURCE_LINK.finditer(text, start, end):
        pos = match.start()
        bracket = "(" in match.group("gap")
        if depth[pos] or pos < last:
            continue
        right_end = end
        left = text[last:pos].rstrip()
        right = text[match.end(): right_end]
        if bracket:
            stripped = right.rstrip(" .;")
            close = match.end() + len(stripped) - 1
            if not stripped.endswith(")") or depth[match.end() - 1] != 1 or depth[close] != 1:
                continue  # (the bracket opened for the link must close the text: "(citing X, T (P, 1992), 5)")
            right = stripped[:-1]
            right_end = match.end() + len(right)
        if not (_DIGIT_END.search(left) or _FOLLOWING_PAGES_END.search(left)) or (
                classify(left).kind not in _COMPLETE_KINDS):
            continue
        if not bracket and not match.group("gap").strip() and find_pinpoint(left) is None:
            continue  # "… Reserve Police Battalion 101 and the Final Solution in Poland": a number of the title
        if not author_head(right) or classify(right).kind in ("commentary", "ibid"):
            continue
        verb_last = _VERB_LAST.search(right) if match.group("link")[:1] in "dw" else None
        if has_finite_verb(_BRACKETED.sub(" ", right[: verb_last.start()] if verb_last else right)):
            continue  # "…, 45, with whom the court agreed …": the sentence goes on
        spans.append((last, pos, link))
        last, link = match.end(), match.group("link")
        if bracket:
            spans.append((last, right_end, link))
            last, link = end, None
            break
    if last < end and not spans and (translation := _translation_of(text, start, end, depth)) is not None:
        # "Le Roy Ladurie, Montaillou (Paris, 1975), 45 [Eng. trans. Montaillou: Cathars …, 32]": the
        # translation is an edition of its own (its author is the original's: see the pipeline)
        open_at, cited_at, close_at = translation
        return [(start, open_at, None), (cited_at, close_at, text[open_at + 1: cited_at].strip(" :,"))]
    if last < end and not spans:
        remark = _citing_remark(text, start, end, depth)
        if remark is not None:
            # "Marsh, Quiet Republic, 46–47 (a point missed by Orme, Silent Crown, 98)"
            open_at, cited_at, close_at = remark
            return [(start, open_at, None), (cited_at, close_at, text[open_at + 1: cited_at].strip())]
    if last < end:
        spans.append((last, end, link))
    return spans


#: a translation named in brackets after the original: "[Eng. trans. …]", "(English translation: …)",
#: "(engl. Übers.: …)", "(dt. Übers. …)", "(trad. fr. …)", "(trad. it. …)", "(trans. as …)"
TRANSLATION_LINK = lazy_compile(
    r"(?:(?:Eng(?:lish|l)?\.?|Ger(?:man)?\.?|Fr(?:ench)?\.?|It(?:alian)?\.?|Russ(?:ian)?\.?)\s+(?:translation|transl\.?|trans\.?)"
    # (the work in another language, a version of its own: "(Hebrew translation: …)", "(Hebrew edition: …)")
    r"|(?:Hebrew|Heb\.|Yiddish|Polish|Japanese|Chinese|Korean|Spanish|English|German|French|Italian|Russian)\s+"
    r"(?:translation|edition|version|ed\.|transl?\.)"
    r"|trans(?:l)?\.\s+as|translated\s+as|(?:engl|dt|frz|ital|russ)\.\s+Übers\.|"
    r"trad\.\s+(?:fr|it|esp|ingl|angl|all)\.|traduction\s+(?:française|anglaise)|traduzione\s+italiana)",
    re.I,
)


def _translation_of(text: str, start: int, end: int, depth: list[int]) -> tuple[int, int, int] | None:
    """A bracket closing the text that names a translation of the work cited before it: where the
    bracket opens, where the translation's title starts, where the bracket closes."""
    stripped_end = end
    while stripped_end > start and text[stripped_end - 1] in " .;,":
        stripped_end -= 1
    close_at = stripped_end - 1
    if close_at <= start or text[close_at] not in ")]" or depth[close_at] != 1:
        return None
    opener = "(" if text[close_at] == ")" else "["
    open_at = text.rfind(opener, start, close_at)
    while open_at > start and depth[open_at] != 0:
        open_at = text.rfind(opener, start, open_at)
    if open_at <= start or depth[open_at] != 0:
        return None
    link = TRANSLATION_LINK.match(text, open_at + 1, close_at)
    if link is None or not _DIGIT_END.search(text[start:open_at].rstrip()):
        return None
    cited_at = link.end()
    while cited_at < close_at and text[cited_at] in " :,":
        cited_at += 1
    return (open_at, cited_at, close_at) if close_at - cited_at > 3 else None


def _citing_remark(text: str, start: int, end: int, depth: list[int]) -> tuple[int, int, int] | None:
    """A closing bracket whose remark names another work by its author: where it opens, the work
    starts, the bracket closes ("…, 46–47 (a point missed by Orme, Silent Crown, 98).")."""
    body = text[start:end].rstrip(" .;")
    if not body.endswith(")"):
        return None
    close_at = start + len(body) - 1
    open_at = text.rfind("(", start, close_at)
    if open_at < 0 or depth[open_at] or ")" in text[open_at + 1: close_at]:
        return None
    left = text[start:open_at].rstrip()
    if not _DIGIT_END.search(left) or classify(left).kind not in _COMPLETE_KINDS:
        return None
    inner = text[open_at + 1: close_at]
    if not inner[:1].islower():
        return None
    cut = _agent_lead_in(inner)
    return (open_at, open_at + 1 + cut, close_at) if cut else None


def split_note(text: str) -> list[Piece]:
    """The pieces of one note, in order, commentary included (marked as such)."""
    depth = _depth_map(text)
    pieces: list[Piece] = []
    pending: str | None = None  # a signal that ended its sentence ("… twelve. See also")
    for s_start, s_end in _sentence_bounds(text, depth):
        for p_start, p_end in _split_at(text, s_start, s_end, depth, ";"):
            p_start, p_end = _trim(text, p_start, p_end)
            if p_start >= p_end:
                continue
            prefix, c_start = _take_signal(text, p_start, p_end)
            if prefix is not None and not text[c_start:p_end].strip(" .,;:"):
                pending = prefix
                continue
            if prefix is None and pending is not None:
                prefix = pending
            pending = None
            if prefix is not None and "(" in text[p_start:c_start]:
                # "Carvell’s chronology (Open Field, 90–95) has been revised by Pask, …": the lead-in
                # cites a work by its short title in brackets before the work it hands over to
                lead = text[p_start:c_start]
                for open_at, close_at, name in _short_forms_in_parentheses(lead):
                    cited = lead[open_at:close_at]
                    pinpoint = find_pinpoint(cited)
                    title = cited[: pinpoint.start].strip(" ,") if pinpoint else cited
                    pieces.append(Piece(cited, p_start + open_at, p_start + close_at, None,
                                        Classification("short", title=title, pinpoint=pinpoint), author=name))
            if prefix is not None and c_start - p_start > 80:
                # a long lead-in may itself name works: "…, Karl Weiss, Toleranz (2003), 491 ff., oder …"
                lead = text[p_start:c_start]
                for e_start, e_end in _embedded_citations(lead):
                    cited = lead[e_start:e_end]
                    pieces.append(Piece(cited, p_start + e_start, p_start + e_end, None, classify(cited)))
                    prefix = lead[e_end:].strip(" ,;:") or None
            linked = [(a_start, a_end, link if j == 0 else None)
                      for l_start, l_end, link in _split_source_links(text, c_start, p_end, depth)
                      for j, (a_start, a_end) in enumerate(_split_and(text, l_start, l_end, depth))]
            if len(linked) > 1 and label_has_medium(text[c_start:p_end]):
                # "Goya, El tres de mayo de 1808 en Madrid, 1814, óleo sobre lienzo, …": a work of art's
                # title may hold an "en", "and", "in"; its label is one citation
                linked = [(c_start, p_end, None)]
            for a_start, a_end, link in linked:
                a_start, a_end = _trim(text, a_start, a_end)
                if a_start >= a_end:
                    continue
                sig = prefix if a_start == _trim(text, c_start, p_end)[0] else None
                if link is not None:
                    sig = link  # "quoted in", "zit. nach": the first piece after the link
                if sig is None:
                    inner_sig, a_start = _take_signal(text, a_start, a_end)
                    sig = inner_sig
                piece_text = text[a_start:a_end].rstrip()
                if not piece_text.strip():
                    continue
                quote = _QUOTATION_THEN_DASH.match(piece_text)
                if quote and sig is None:
                    # "„Die Zunft war die Stadt.“ – so Hanke, Guild and Commune, S. 10.": the quotation,
                    # then its source after a dash (and a signal)
                    source_sig, source_at = _take_signal(text, a_start + quote.end(), a_end)
                    source = text[source_at:a_end].rstrip()
                    if author_head(source) and classify(source).kind in _COMPLETE_KINDS:
                        quoted_text = piece_text[: quote.end()].rstrip(" –—-,")
                        pieces.append(Piece(quoted_text, a_start, a_start + len(quoted_text), None,
                                            Classification("commentary")))
                        sig, a_start, piece_text = source_sig, source_at, source
                info = classify(piece_text)
                if _QUOTATION_ONLY.fullmatch(piece_text) and len(piece_text.split()) >= 5:
                    info = Classification("commentary")  # a quoted sentence, not a quoted title
                closing = _closing_back_reference(piece_text, sig) if info.kind != "ibid" else None
                if closing is not None:
                    # "Heywood praises ‘our domesticke histories’ (ibid., sig. F3r).", "‘Pipers, and Players
                    # …’ (sig. C1r).": a quotation or remark, then the place it comes from in brackets
                    open_at, close_at, cited_info = closing
                    lead = piece_text[:open_at].rstrip(" (")
                    pieces.append(Piece(lead, a_start, a_start + len(lead), sig, Classification("commentary")))
                    pieces.append(Piece(piece_text[open_at:close_at], a_start + open_at, a_start + close_at,
                                        None, cited_info))
                    continue
                after_ibid = _bracketed_ibid(piece_text) if info.kind == "full" else None
                if after_ibid is not None:
                    # "Harshav, The Meaning of Yiddish (…, 1990), 27 (ibid., 90, on the “language of the
                    # street”)": the work's pinpoint, then another page of it in brackets with a remark
                    open_at, ref_end = after_ibid
                    cited = piece_text[:open_at].rstrip(" (")
                    pieces.append(Piece(cited, a_start, a_start + len(cited), sig, classify(cited)))
                    ref = piece_text[open_at:ref_end]
                    pieces.append(Piece(ref, a_start + open_at, a_start + ref_end, None, classify(ref)))
                    continue
                quoted = _TRAILING_QUOTATION.search(piece_text) if info.kind == "commentary" else None
                if quoted and quoted.start() > 0 and classify(piece_text[: quoted.start()]).kind in _COMPLETE_KINDS:
                    # "Plinius der Ältere, Historia naturalis, Prefatio: »viginti milia …«": the source,
                    # then a quotation from it (which alone made the piece read as prose)
                    piece_text = piece_text[: quoted.start()]
                    info = classify(piece_text)
                after: list[Piece] = []  # citations in the prose after this one
                if info.kind in ("commentary", "full"):
                    head = _citation_before_prose(piece_text) if has_prose_words(piece_text) else 0
                    if head:
                        # "…, 491 ff., oder von Barrys Definition …, Brian Barry, Justice as
                        # Impartiality (1995), 11.": the argument after the citation may cite more
                        remark = piece_text[head:]
                        if _embedded_citations(remark):
                            after = [p for p in _commentary_pieces(remark, a_start + head, None,
                                                                   Classification("commentary"))
                                     if p.kind != "commentary"]
                        piece_text = piece_text[:head]
                        info = classify(piece_text)
                    elif "(" in piece_text and not _short_forms_in_parentheses(piece_text):
                        # (short titles in brackets after their authors' names are read below: "Combe’s
                        # account (Parish and Poor Law, 70–75) should be read with Fothergill’s (…)")
                        inner = _citation_in_parentheses(piece_text)
                        if inner:
                            a_start += inner[0]
                            piece_text = piece_text[inner[0]: inner[1]]
                            # "(Holloway 1998: 45; Lindqvist 2004, 12)": several works in the brackets
                            parts = [m for m in re.finditer(r"[^;]+", piece_text) if m.group(0).strip()]
                            for part in parts[:-1]:
                                cited_at, cited_end = _trim(text, a_start + part.start(), a_start + part.end())
                                cited = text[cited_at:cited_end]
                                pieces.append(Piece(cited, cited_at, cited_end, sig, classify(cited)))
                                sig = None
                            if len(parts) > 1:
                                a_start, _ = _trim(text, a_start + parts[-1].start(), a_start + parts[-1].end())
                                piece_text = piece_text[parts[-1].start():].strip()
                            info = classify(piece_text)
                if (info.kind == "full" and not author_head(piece_text)
                        and has_finite_verb(_BRACKETED.sub(" ", piece_text))):
                    # no author first, and a finite verb: a sentence of commentary, or a lead-in
                    # before the citation ("Zumindest verwiesen sei hier auf: Denunziation, …")
                    cut = _cited_after_lead_in(piece_text)
                    lead = piece_text[:cut].strip(" ,:") if cut else ""
                    if cut:
                        a_start += cut
                        piece_text = piece_text[cut:]
                        info = classify(piece_text)
                        sig = lead if sig is None else f"{sig} {lead}"
                    elif not (_author_date_first(piece_text) or legal_source_type(piece_text)
                              or _titled_publication(piece_text)):
                        info = Classification("commentary")  # (a case name "X v. Y" is no sentence)
                if (prefix is not None and info.kind == "commentary" and _could_be_short(piece_text)
                        and not _STATUTE_HEAD.match(piece_text)):  # "Siehe § 280 BGB": a provision, no work
                    info = Classification("short", title=piece_text.strip(" .,"))
                if not info.author and ((info.kind in ("short", "full") and internal_reference(piece_text))
                                        or (info.kind == "supra" and forward_reference(piece_text))
                                        or (info.kind == "supra" and _REMARK_ABOUT_NOTE.search(piece_text)
                                            and has_finite_verb(_BRACKETED.sub(" ", piece_text)))):
                    # ("As noted above (n. 22), the archive is lost": the author's own remark there)
                    # "See below, section 4", "Siehe oben, Kap. 2", "see below, n. 40" (a later note cites
                    # nothing yet): the text's own parts, no work
                    info = Classification("commentary")
                inline = _inline_back_references(piece_text) if info.kind in ("full", "commentary") else []
                if not inline and info.kind == "commentary":
                    # "The dictum is attributed to Hillel in b. Shabbat 31a.": a sentence citing a rabbinic
                    # source by its corpus mark, tractate and folio
                    inline = rabbinic_in_text(piece_text)
                if inline:
                    # "Examples of … include his discussion of nuisance as enforcing “…” 3 id. at 218,
                    # and of the criminal law, 4 id. at 11, …": prose citing the work before it inline
                    # the sentence is commentary around the back-references it makes
                    pieces.extend(_cut_around(piece_text, a_start, sig, inline))
                    continue
                opening = author_head(piece_text)
                bracketed = (_short_forms_in_parentheses(piece_text) if info.kind in ("commentary", "short") or (
                    # (or a name with no comma after it: "Both Fermor (Wool Towns, 70) and Pask (…) assume …")
                    info.kind == "full" and not piece_text[len(opening):].startswith(",")) else [])
                if bracketed:
                    # "As Kemp rightly observes (Rural Unrest, 91), the sources are silent.", "Orme (Silent
                    # Crown, 40) and Marsh (Quiet Republic, 12) both accept it": short titles in brackets after
                    # the author's name in the sentence; the sentence around them is commentary
                    cursor = 0
                    for open_at, close_at, name in bracketed:
                        lead = piece_text[cursor: open_at - 1].strip(" ,;")
                        if lead:
                            lead_at = piece_text.index(lead, cursor)
                            pieces.append(Piece(lead, a_start + lead_at, a_start + lead_at + len(lead),
                                                sig if cursor == 0 else None, Classification("commentary")))
                        cited = piece_text[open_at:close_at]
                        pinpoint = find_pinpoint(cited)
                        title = cited[: pinpoint.start].strip(" ,") if pinpoint else cited
                        if starts_back_reference(cited):
                            # "The phrase recurs in Heywood (ibid., sig. G1r)": the work just cited, not a title
                            pieces.append(Piece(cited, a_start + open_at, a_start + close_at, None, classify(cited)))
                            cursor = close_at + 1
                            continue
                        pieces.append(Piece(cited, a_start + open_at, a_start + close_at, None,
                                            Classification("short", title=title, pinpoint=pinpoint), author=name))
                        cursor = close_at + 1
                    pieces.extend(_commentary_tail(piece_text, cursor, a_start))
                    continue
                named = (_named_lead_in(piece_text) if info.kind == "commentary" or (
                    info.kind == "full" and not piece_text[len(opening):].startswith(",")) else None)
                if named:
                    # "As Helen Marsh argues in The Quiet Republic (London, 1999), 45, the council …":
                    # the sentence names the author, the citation starts at the title
                    lead_end, cited_end, name = named
                    lead = piece_text[:lead_end].rstrip()
                    cited = piece_text[lead_end:cited_end]
                    prefix_text = f"{sig} {lead}" if sig else lead
                    cited_info = classify(cited)
                    if cited_info.kind == "commentary" and _SIGLUM_CITED.fullmatch(cited.strip()):
                        # "… in CD IV/1, 45": the work by its initials and part, the page cited
                        pinpoint = find_pinpoint(cited)
                        title = cited[: pinpoint.start].strip(" ,") if pinpoint else cited.strip()
                        cited_info = Classification("short", title=title, pinpoint=pinpoint)
                    pieces.append(Piece(cited, a_start + lead_end, a_start + cited_end, prefix_text,
                                        cited_info, author=name))
                    pieces.extend(_commentary_tail(piece_text, cited_end, a_start))
                    continue
                if info.kind == "commentary":
                    pieces.extend(_commentary_pieces(piece_text, a_start, sig, info))
                    continue
                if info.kind == "full" and _name_in_a_sentence(piece_text):
                    if _embedded_citations(piece_text):
                        # "Ann Roe, einer bekannten Vertreterin der Schule, eine Nähe zu …, Ann B. Roe,
                        # Title, Journal 20 (2013) 629": the name is the sentence's, the work follows
                        pieces.extend(_commentary_pieces(piece_text, a_start, sig, Classification("commentary")))
                        continue
                    siglum = _EMBEDDED_SIGLUM.search(piece_text)
                    if siglum:
                        # "Franz Böhm, with whom he certainly identifies, RW 85, Franz Böhm (1895-1977)":
                        # the work is cited by a collection's siglum after the sentence
                        lead = piece_text[: siglum.start()]
                        pieces.append(Piece(lead, a_start, a_start + len(lead), sig, Classification("commentary")))
                        a_start += siglum.end()
                        piece_text = piece_text[siglum.end():]
                        info = classify(piece_text)
                        sig = None
                if info.kind in _BACK_REFERENCE_KINDS and _embedded_citations(piece_text):
                    # "McKnight, supra note 2, at 406, but not in its definition of law, J. M.
                    # Finnis, Blackstone’s Theoretical Intentions, 12 NAT. L.F. 163 (1967)."
                    pieces.extend(_commentary_pieces(piece_text, a_start, sig, info, lead_info=True))
                    continue
                pieces.append(Piece(piece_text, a_start, a_start + len(piece_text), sig, info))
                pieces.extend(after)
    return _archival_runs(text, pieces)


def _is_archival_file(text: str) -> bool:
    stripped = text.strip().rstrip(".")
    return (archival_file(text) is not None or FRENCH_ARCHIVE.match(stripped) is not None
            or MANUSCRIPT.match(stripped) is not None)


def _archival_runs(text: str, pieces: list[Piece]) -> list[Piece]:
    """Bare shelf-marks after an archival file and a ";" are files of the same archive, not prose.

    "GARF, f. R-9401, op. 1, d. 12, l. 5; d. 14, l. 7": alone, "d. 14, l. 7" reads as
    neither a work nor a short form; after the file it continues, it is the next file.
    """
    in_run = False
    for index, piece in enumerate(pieces):
        previous = pieces[index - 1] if index else None
        follows = (previous is not None and in_run and piece.prefix is None
                   and ";" in text[previous.end: piece.start])
        if follows and piece.kind in ("commentary", "short", "full") and continuation_location(piece.text):
            if piece.kind != "full":
                pieces[index] = Piece(piece.text, piece.start, piece.end, None,
                                      Classification("full", pinpoint=archival_pinpoint(piece.text)))
            continue
        in_run = piece.kind == "full" and _is_archival_file(piece.text)
    return pieces


_BACK_REFERENCE_KINDS = frozenset({"supra", "short", "op-cit", "ibid"})

#: "id. at 218", "3 id. at 218" (volume 3 of the work before), "ibid., pp. 311-12" inside a sentence
_INLINE_BACK_REFERENCE = lazy_compile(
    r"(?<![\w.])(?:\d{1,2}\s)?(?:[Ii]d\.|[Ii]bid(?:em)?\.?),?\s(?:at\s)?(?:pp?\.\s?)?"
    r"\d+[a-z]?(?:\s*[-–]\s*\d+)?(?:,\s\d+[a-z]?(?:\s*[-–]\s*\d+)?)*(?:\s\((?:1[5-9]|20)\d\d\))?"
)


def _inline_back_references(text: str) -> list[tuple[int, int]]:
    """Spans of back-references a sentence makes in passing (not one that opens the piece).

    Only in a piece without an author head, once a sentence without numbers
    has begun (three words before the first): "…, including laws against
    homicide, id. at 177, dueling, id. at 199".  The rest is commentary.
    After a citation ("…, 1975, p. 39-62, and …, ibidem, 1976") "ibidem" is
    that citation's periodical, and nothing is split.
    """
    if author_head(text):
        return []
    depth = _depth_map(text)
    spans: list[tuple[int, int]] = []
    for match in _INLINE_BACK_REFERENCE.finditer(text):
        if match.start() == 0 or depth[match.start()]:
            continue  # a piece that opens with "Id." is a back-reference; one inside a quotation is quoted
        if not spans:
            lead = text[: match.start()]
            if len(re.findall(r"[^\W\d_]{2,}", lead)) < 3:
                continue
            if re.search(r"\d", lead):
                return []  # a citation before it ("…, Bulletin …, 1975, p. 39-62, and "…", ibidem, 1976")
        spans.append((match.start(), match.end()))
    return spans


#: lower-case words that may follow an author's name in a citation (not a sentence going on;
#: words shorter than three letters, "in", "hg", "ed", "op", "a.a.O.", never count)
_AFTER_NAME_WORDS = frozenset(
    "hrsg eds dir ders dies idem eadem supra infra cit loc ibid ebd ebenda vol art und and "
    # a review or a preface is the author's work: "Ruth Ashdown, review of Fermor, Wool Towns, in …"
    "review reviewing recension compte recensione reseña resenha introduction preface foreword".split()
)


def _name_in_a_sentence(text: str) -> bool:
    """Does the author's name open a sentence that goes on in lower case ("Ann Roe, einer der …")?

    A title after an author starts with a capital, a quotation mark or a
    citation word ("in", "hg.", "supra"); a lower-case word there is the
    argument going on, with the name as its subject or object.
    """
    head = author_head(text)
    if not head or not text.startswith(f"{head}, "):
        return False
    match = re.match(r"[^\W\d_]+", text[len(head) + 2:])
    word = match.group(0) if match else ""
    return word[:1].islower() and len(word) >= 3 and word.lower() not in _AFTER_NAME_WORDS


def _commentary_pieces(text: str, offset: int, signal: str | None, info: Classification,
                       *, lead_info: bool = False) -> list[Piece]:
    """A piece of commentary, cut around the first citations it embeds after a comma.

    "Beide Begriffe unterscheiden sich von Forsts Definition …, Rainer Forst,
    Toleranz im Konflikt (2003), 491 ff., oder von Barrys Definition …, Brian
    Barry, Justice as Impartiality (1995), 11." names each work with a full
    name and a year; the argument between them stays commentary.  With
    ``lead_info`` the text opens with a back-reference whose remark runs on to
    the embedded citation; that opening part keeps its own classification.
    """
    spans = _embedded_citations(text)
    if not spans:
        return [Piece(text, offset, offset + len(text), signal, info)]
    return _cut_around(text, offset, signal, spans, lead_info=lead_info)


def _cut_around(text: str, offset: int, signal: str | None, spans: list[tuple[int, int]],
                *, lead_info: bool = False) -> list[Piece]:
    """The text as commentary around the citations at ``spans`` (each its own piece).

    With ``lead_info`` the opening part keeps its own classification (see
    :func:`_commentary_pieces`).
    """
    out: list[Piece] = []
    cursor = 0
    for start, end in spans:
        lead = text[cursor:start].strip(" ,;")
        if lead:
            lead_at = text.index(lead, cursor)
            lead_kind = classify(lead) if lead_info and not out else Classification("commentary")
            out.append(Piece(lead, offset + lead_at, offset + lead_at + len(lead), signal if not out else None,
                             lead_kind))
        cited = text[start:end]
        out.append(Piece(cited, offset + start, offset + end, None, classify(cited)))
        cursor = end
    tail = text[cursor:].strip(" ,;.")
    if tail:
        tail_at = text.index(tail, cursor)
        out.append(Piece(tail, offset + tail_at, offset + tail_at + len(tail), None, Classification("commentary")))
    return out


#: where a title follows a lead-in that names its author: "… argues in The Quiet Republic (…"
_TITLE_AFTER_IN = lazy_compile(r"\s(?:in|dans|nel|nella|nel suo|en|in seinem|in ihrem)\s+(?=[A-ZÀ-ÖØ-Þ‘“\"«„])")
#: a name in the lead-in: "Helen Marsh", "E. P. Thompson", "Marsh" (not the sentence's first word)
_LEAD_NAME = lazy_compile(
    r"(?<![.!?]\s)\b(?:(?:[A-ZÀ-ÖØ-Þ][a-zß-ÿ´'’-]+|[A-ZÀ-ÖØ-Þ]\.)\s+){0,3}"
    r"(?:(?:van|von|de|di|da|del|della|du|le|la)\s+)*[A-ZÀ-ÖØ-Þ][a-zß-ÿ´'’-]+(?=['’]s\b|\s+[a-z]|$)"
)
#: verbs that report what an author says, rarely in a title: "As Kemp rightly observes (…)"
_REPORTING_VERB = lazy_compile(
    r"\b(?:observes|observed|remarks|remarked|writes|wrote|maintains|contends|insists|concludes|admits|"
    r"points\s+out|puts?\s+it|argues|argued|notes|noted|says|said|calls|called|describes|described|"
    r"bemerkt|schreibt|meint|betont|remarque|écrit|souligne|osserva|scrive|nota|sottolinea|"
    r"señala|escribe|observa|отмечает|пишет)\b"
)
#: a quotation closing right before a bracket: the words the bracket's short title is the source of
_QUOTATION_BEFORE_BRACKET = lazy_compile(r"[”\"»’][.,]?\s*$")
#: a comparison that names an authority, its verb coming later: "Wie Klaus Berger in …", "Selon …"
_AS_OPENER = lazy_compile(r"(?:As|Like|Wie|Comme|Come|Como|Как|Selon|Secondo|Según|Laut|According\s+to)\s")


def _named_lead_in(text: str) -> tuple[int, int, str] | None:
    """A sentence naming an author, then "in" and the work: where the work starts and ends, the name.

    "As Helen Marsh argues in The Quiet Republic (London, 1999), 45, the council
    never met …": the lead-in has a finite verb and a name; after "in" comes a
    title with its year and a pinpoint; the sentence may go on after the pinpoint.
    """
    depth = _depth_map(text)
    for match in _TITLE_AFTER_IN.finditer(text, 0, 200):
        if depth[match.start()]:
            continue
        lead = text[: match.start()]
        rest = text[match.end():]
        by_siglum = _SIGLUM_CITED.fullmatch(rest.strip().rstrip(".").strip()) is not None
        if not (has_finite_verb(lead) or _AS_OPENER.match(lead) or by_siglum) or re.search(r"\d", lead) or len(
                lead.split()) > 12:
            continue
        names = [_NAME_OPENERS.sub("", m.group(0)) for m in _LEAD_NAME.finditer(lead)
                 if not _SENTENCE_OPENER.match(m.group(0) + " ")]
        if not names:
            continue
        cut = trailing_clause(rest)
        cited = rest[:cut] if cut is not None else rest.rstrip(" .")
        if by_siglum:
            # "Barth returns to the point in CD IV/1, 45": a work the field names by its initials, part and page
            return match.end(), match.end() + len(cited.rstrip()), names[-1]
        head = "" if lead.endswith(names[-1]) else author_head(cited)  # ("Wie Klaus Berger in …")
        if (not _YEAR_MARK.search(cited) or has_prose_words(cited) or (head and cited[len(head):].startswith(","))
                or find_pinpoint(cited) is None or classify(cited).kind != "full"):
            continue  # (a "Name, Title" after "in" is a citation of its own, with its author)
        return match.end(), match.end() + len(cited), names[-1]
    return None


#: a work by its initials, then its part and the page: "CD IV/1, 45", "KD III/2, 203", "ST I-II, q. 94"
_SIGLUM_CITED = lazy_compile(r"[A-Z][A-Za-z]{0,2}[A-Z]\s[IVX]{1,4}(?:/\d{1,2}|-[IVX]{1,4})?,\s(?:\d{1,4}(?:\s*[-–]\s*\d{1,4})?|q\.\s?\d{1,3}(?:,\s?a\.\s?\d{1,2})?)")


#: words that open a sentence before a name and are no part of it: "As Kemp …", "Selon Dufresne (…)"
_NAME_OPENERS = lazy_compile(r"^(?:As|Like|Wie|Comme|Come|Como|Selon|Secondo|Según|Laut|Nach|Gemäß)\s+|['’]s$")


def _short_forms_in_parentheses(text: str) -> list[tuple[int, int, str]]:
    """Short titles with a page in brackets after a name in a sentence: where each starts, ends, the name.

    "As Kemp rightly observes (Rural Unrest, 91), the sources are silent": the
    bracket holds a title and a pinpoint, no verb; the sentence before it names
    the author (the last name before the bracket, or the name right before it:
    "Orme (Silent Crown, 40) and Marsh (…) both accept it") and is a sentence.
    """
    depth = _depth_map(text, quotes=False)
    found: list[tuple[int, int, str]] = []
    cursor = 0
    for match in re.finditer(r"\(", text):
        open_at = match.start()
        close = text.find(")", open_at)
        if depth[open_at] or close < 0:
            continue
        inner = text[open_at + 1: close]
        lead = text[cursor:open_at]
        adjacent = re.search(r"(?:^|\s)(?P<name>[A-ZÀ-ÖØ-Þ][a-zß-ÿ´'’-]+?)(?:['’]s)?\s*$", lead)
        if not (0 < len(inner.split()) <= 10) or has_finite_verb(inner):
            continue
        outside = text[:open_at] + text[close + 1:]
        quoted = _QUOTATION_BEFORE_BRACKET.search(lead) is not None  # 'As Guha put it, "…" (Rule of Property, 60)'
        if not (adjacent or has_finite_verb(outside) or _REPORTING_VERB.search(lead) or quoted):
            continue
        pinpoint = find_pinpoint(inner)
        # a title and a page only: no year, no second comma ("Rural Unrest, 91", which reads like a name)
        if pinpoint is None or _YEAR_MARK.search(inner) or inner.count(",") > 1 or "(" in inner:
            continue
        if not re.search(r"[^\W\d_]{3,}", inner[: pinpoint.start]) or (
                classify(inner).kind == "commentary" and not _TITLE_AND_PAGE.fullmatch(inner.strip())):
            continue  # (a title with a small word scores as prose alone: "Feudo e comunità, 12")
        if re.match(r"\s*(?:nn?\.|notes?|Anm\.|Fn\.|above|supra|oben|infra|below)", inner, re.I):
            continue  # "(above, n. 3)": a cross-reference
        names = [_NAME_OPENERS.sub("", m.group(0)) for m in _LEAD_NAME.finditer(lead.rstrip())
                 if not _SENTENCE_OPENER.match(m.group(0) + " ")]
        name = adjacent.group("name") if adjacent and adjacent.group("name") not in _NOT_A_NAME else (
            names[-1] if names else "")
        if name:
            found.append((open_at + 1, close, name))
            cursor = close + 1
    return found


#: a short title and a page, nothing else: "Feudo e comunità, 12", "‘Hadleigh Weavers’, 11"
_TITLE_AND_PAGE = lazy_compile(
    r"[‘“«\"]?[A-ZÀ-ÖØ-Þ][^,;:()\d]{1,80},\s*(?:pp?\.\s*|S\.\s*)?\d+(?:\s*[-–]\s*\d+)?(?:\s*ff?\.)?"
)
#: capitalised words right before a bracket that name no author
_NOT_A_NAME = frozenset("As See The This That It He She They We I Cf Vgl Siehe Voir".split())


_EMBEDDED_START = lazy_compile(rf",\s+(?={_PERSON},\s)")
#: a list of editors or translators running up to this point: "…, ed. Richard S. Dunn"
_EDITORS_LIST_END = lazy_compile(
    rf"\b(?:eds?\.|edited\s+by|trans\.|transl\.|translated\s+by|hg\.|hrsg\.|Hg\.|Hrsg\.)\s+{_PERSON}(?:,\s+{_PERSON})*$"
)


def _embedded_citations(text: str) -> list[tuple[int, int]]:
    """Spans of full citations ("…, Brian Barry, Justice as Impartiality (1995), 11") inside prose."""
    if len(text.split()) < 12 or _NAMED_DOCUMENT.match(text) or _DOCUMENT_OPENING.match(text):
        return []  # (a described document is one citation: "Hamer, testimony before …, Democratic …")
    spans: list[tuple[int, int]] = []
    depth = _depth_map(text)
    for match in _EMBEDDED_START.finditer(text):
        start = match.end()
        if depth[match.start()] or (spans and start < spans[-1][1]):
            continue
        if _EDITORS_LIST_END.search(text, 0, match.start()):
            continue  # "ed. Richard S. Dunn, James Savage, and Laetitia Yeandle": the next of the editors
        rest = text[start:]
        length = _citation_before_prose(rest) if has_prose_words(rest) else len(rest.rstrip(" .;"))
        cited = rest[:length]
        year = _YEAR_MARK.search(cited)
        if year:
            # the sentence goes on after the citation: "…, 491 ff., oder von Barrys Definition …"
            resume = _PROSE_RESUMES.search(cited, year.end())
            if resume:
                cited = cited[: resume.start()]
        cited = cited.rstrip(" ,;")
        if not cited or not year or has_prose_words(cited):
            continue
        if not re.search(r"[^\W\d_]{3,}", cited[cited.find(",") + 1: year.start()]):
            continue  # "…, New York, 2019, pp. 24-34": a place and a year, no author and title
        if classify(cited).kind != "full":
            continue
        spans.append((start, start + len(cited)))
    return spans


_PROSE_RESUMES = lazy_compile(
    r",\s+(?!(?:in|hg|hrsg|ed|eds|éd|a|p|pp|S|at|n|nn|vol|no|nr|ders|dies|trans|transl|übers|cit|op|"
    r"ibid|ebd|id|f|ff|sig|fol|col|art|para|esp|et|und|and|e)\b)[a-zäöüßàèéìòù]{2,}\s"
)
_YEAR_MARK = lazy_compile(r"(?<![\d/.-])(?:1[5-9]\d\d|20[0-4]\d)(?!\d)")


#: a remark in brackets ("(hereafter referred to as Sporrong)") is not the sentence's verb
_BRACKETED = lazy_compile(r"\([^()]*\)|\[[^\[\]]*\]")
#: where a lead-in hands over to the citation: a colon, or a signal inside the sentence
_LEAD_IN_HANDOVER = lazy_compile(r":\s+|\b(?:[Vv]gl|[Ss]ee|[Cc]f|[Ss]iehe|[Cc]fr)\b\.?:?\s+")


#: an imprint: "Berlin 1784", "Frankfurt am Main: Suhrkamp 1990", "Oxford University Press"
_IMPRINT = lazy_compile(
    r"[A-ZÀ-ÖØ-Þ][\w.-]+(?:\s(?:am|an der|a\.)\s?[A-ZÀ-ÖØ-Þ][\w.-]+)?(?::\s[^,;]{2,40})?,?\s(?:1[5-9]\d\d|20[0-4]\d)\b"
    r"|\b(?:Verlag|Press|Presses|Editore|Éditions|Publishers|hg\.|hrsg\.|ed\.|eds\.)"
    r"|\b\d{1,4}\s?\((?:1[5-9]\d\d|20[0-4]\d)\)"  # a journal's volume and year: "4 (1784)"
)


def _titled_publication(text: str) -> bool:
    """A title with a verb, then its imprint: "Was ist Aufklärung?, Berlin 1784", "What Is to Be Done?, …".

    The verb stands in the title (before the first comma or in a question), and
    publication facts follow; a sentence of argument has more verbs than that.
    """
    head, _, tail = text.partition(",")
    if not _IMPRINT.search(tail) or (len(head.split()) > 12 and re.search(r":\s*[»„“«\"]", head)):
        return False  # (a long sentence that introduces a quotation is argument, not a title)
    return not has_finite_verb(_BRACKETED.sub(" ", tail)) and (has_finite_verb(head) or "?" in head)


def _author_date_first(text: str) -> bool:
    """A corporate author-date reference ("Statistics. (n.d.). Title …"): the date before any verb."""
    date = _APA_DATE.search(text)
    return date is not None and not has_finite_verb(text[: date.start()])


def _cited_after_lead_in(text: str) -> int:
    """Where a citation starts after a prose lead-in without an author head (0 if none).

    After a sentence saying where a document is found ("The governor's despatch is printed in
    Report of the Kenya Land Commission, Cmd. 4556 …") the work may be an official one, cited by its
    title alone: then the rest must read as a complete citation with no verb of its own."""
    depth = _depth_map(text)
    handovers = sorted([*_LEAD_IN_HANDOVER.finditer(text), *_FOUND_IN.finditer(text)], key=lambda m: m.start())
    for match in handovers:
        if depth[match.start()]:
            continue  # a "see" inside a quotation: "»as when we see a Fact doing …«"
        if _TITLE_OPENING.fullmatch(text[:match.end()]) and not _TOPIC_INTRO.match(text):
            continue  # "Eyes on the Prize: America's Civil Rights Years": a title and its subtitle
        rest = text[match.end():]
        kind = classify(rest).kind
        if author_head(rest) and kind in ("full", "short", "supra", "op-cit"):
            return match.end()
        if match.re == _FOUND_IN and kind == "full" and (_is_archival_file(rest) or (
                has_finite_verb(text[: match.start()]) and not has_finite_verb(_BRACKETED.sub(" ", rest))
                and _IMPRINT.search(rest))):
            return match.end()
    return 0


def _found_in_lead_in(chunk: str) -> int:
    """Where a work starts after a sentence saying where a document is found (0 if none): "The memorandum,
    dated 3 May 1921, is in TNA, CO 583/99, fols. 301–9", "The despatch is printed in Report of …, Cmd. 4556
    (London: HMSO, 1934), 12" -- an archival file, or a work with its imprint and no verb of its own."""
    depth = _depth_map(chunk)
    for match in _FOUND_IN.finditer(chunk, 0, 300):
        lead = chunk[: match.start()]
        if depth[match.start()] or _QUOTED_FROM.match(match.group(0)) or (
                author_head(lead) and classify(lead).kind != "commentary"):
            continue  # ("A. Smith, Title One (London, 1990), 4, quoted in B. Jones, …": a source link after a work)
        rest = chunk[match.end():]
        if _is_archival_file(rest) or (classify(rest).kind == "full" and _IMPRINT.search(rest)
                                       and not has_finite_verb(_BRACKETED.sub(" ", rest))):
            return match.end()
    return 0


#: where a document is found, ending a sentence before the work that holds it: "is printed in", "are
#: reproduced in", "est publié dans"
_FOUND_IN = lazy_compile(
    r"\b(?:printed|reprinted|reproduced|published|transcribed|summari[sz]ed|enclosed|calendared|quoted|cited|"
    r"publiée?s?|reproduite?s?|imprimée?s?|citée?s?|"
    # where a file is kept: "The memorandum … is in TNA, CO 583/99", "… se trouve dans ANOM, …"
    r"is|are|was|were|survives?|(?:is|are)\s+(?:held|kept|filed|preserved)|se\s+trouvent?|(?:est|sont)\s+conservée?s?)"
    r"\s+(?:in|among|dans|aux?)\s+(?=[A-ZÀ-ÖØ-Þ‘“\"«])"
)


#: where this text points at its own parts: "below, section 4", "oben, Kap. 2", "Chapter 3 below",
#: "the Appendix", "ci-dessus, p. 12" -- a cross-reference, not a work
_DIRECTION = (r"(?:above|below|supra|infra|oben|unten|ci-dessus|ci-dessous|plus\s+haut|plus\s+bas|plus\s+loin|"
              r"weiter\s+(?:oben|unten)|sopra|sotto|più\s+avanti|oltre|más\s+arriba|más\s+adelante|arriba|abajo|"
              r"выше|ниже|vyshe|nizhe|yukarıda|aşağıda)")  # (Turkish: above, below)
#: the directions that point forward: a note there cites nothing yet ("see below, n. 40")
_FORWARD = lazy_compile(r"\b(?:below|infra|unten|ci-dessous|plus\s+bas|plus\s+loin|sotto|più\s+avanti|oltre|"
                      r"más\s+adelante|abajo|ниже|nizhe|aşağıda)\b", re.I)
_PART = (r"(?:ch\.|chap\.|chapters?|sections?|sect\.|§§?|parts?|pt\.|Kap\.|Kapitel|Abschnitte?|Teil|Abschn\.|"
         r"chapitres?|cap\.|capitol[oi]|parte|paragrafo|sezione|apartado|capítulo|глав[аеы]|гл\.|раздел|"
         r"appendix|Anhang|annexe|appendice|introduction|Einleitung|conclusion|table|tab\.|fig\.|figures?|Abb\.|"
         r"Tabelle|tableau|Tafel|map|plate)")
_PAGE_PART = r"(?:(?:bei\s+|at\s+)?(?:p\.|pp\.|pages?|S\.|n\.|nn\.|notes?|Anm\.|Fn\.|nota))"
#: a word or two before the direction: "ausführlich unten", "more fully below", "plus en détail ci-dessous"
_ADVERB = r"(?:(?-i:[a-zäöüßéèà]+)\s+){0,2}"
_NUMBER = r"(?:\s*(?:\d+[a-z]?|[IVXLC]+\b)(?:\s*[-–.]\s*\d+)*)?"
#: one or more parts: "chapter 3, section 2", "the Appendix, Table 2"
_PARTS = rf"(?:(?i:the)\s+)?{_PART}{_NUMBER}(?:,\s+(?:(?i:the)\s+)?{_PART}{_NUMBER})*"
_INTERNAL_REFERENCE = lazy_compile(
    rf"(?:{_ADVERB}{_DIRECTION}[\s,]+)?{_PARTS}(?:[\s,]+(?i:{_DIRECTION}))?"
    rf"|{_ADVERB}{_DIRECTION}[\s,]+{_PAGE_PART}{_NUMBER}|{_PAGE_PART}{_NUMBER}[\s,]+(?i:{_DIRECTION})"
    rf"|{_ADVERB}{_DIRECTION}",
    re.I,
)
#: what may come before the part: "the discussion in", "my remarks", "Об этом см."
_BEFORE_PART = lazy_compile(
    r"^(?:(?:the|my|our)\s+(?:\w+\s+){0,2}?(?:discussion|remarks|comments|argument|analysis|account|survey)"
    r"(?:\s+(?:in|at|of))?\s+|(?:\S+\s+){0,3}?(?:see|cf\.|vgl\.|siehe|voir|см\.|ср\.)\s+)",
    re.I,
)


#: a sentence that points at another note in brackets after a word in lower case: "As noted above
#: (n. 22), the archive is lost", "Marsh’s argument (above, n. 3) is stronger" -- a remark, no work
_REMARK_ABOUT_NOTE = lazy_compile(
    r"\b(?:above|before|earlier|already|previously|oben|bereits|schon|ci-dessus|déjà|sopra|già|más\s+arriba)\s+"
    r"\((?:nn?|notes?|Anm|Fn)\.?\s*\d+\)"
    r"|[a-zäöüßéèà’']\s+\((?:above|supra|oben|ci-dessus|sopra),?\s*(?:nn?|notes?|Anm|Fn)\.?\s*\d+\)",
    re.I,
)


def internal_reference(text: str) -> bool:
    """Does ``text`` point at a part of the document itself ("below, section 4", "the Appendix")?"""
    stripped = text.strip().rstrip(".").strip()
    return any(_INTERNAL_REFERENCE.fullmatch(candidate) is not None
               for candidate in (stripped, _BEFORE_PART.sub("", stripped, count=1)))


def forward_reference(text: str) -> bool:
    """A cross-reference to a later part or note ("see below, n. 40", "unten, bei Fn. 55")."""
    return internal_reference(text) and _FORWARD.search(text) is not None


def _could_be_short(text: str) -> bool:
    """After an explicit signal a bare short title ("see Master of the House") is a citation."""
    return (0 < len(text.split()) <= 8 and not re.search(r"[.?!]\s", text.strip())
            and not has_prose_words(text))


#: how a remark in brackets after a legal citation opens: "(citing …)", "(emphasis added)",
#: "(overruling Plessy v. Ferguson, 163 U.S. 537 (1896))" -- the author's words about the
#: source, not part of it
_REMARK_WORDS = frozenset(
    """citing quoting discussing noting holding explaining arguing describing overruling affirming
    reversing finding concluding stating recognizing recognising reaffirming rejecting applying
    interpreting analyzing analysing summarizing summarising criticizing criticising construing adopting
    suggesting emphasizing emphasising listing collecting comparing detailing examining addressing
    observing upholding vacating declining referring endorsing questioning
    emphasis alteration alterations footnote footnotes internal overruled quoted cited plurality
    dissenting concurring aff'd rev'd
    my translation translations italics original citations omitted sic trad übers transl ma meine mia mía
    übersetzung hervorhebung hervorh herv kursivierung traduction traduzione corsivo nostra notre""".split()
)


#: the language of a work, marked after its pinpoint: "(Hebrew)", "(in Yiddish)", "(Japanese, with an English
#: summary)", "(hebr.)", "(en hébreu)", "(auf Hebräisch)" -- a remark on the work, no part of the locator
_LANGUAGE_MARK = lazy_compile(
    r"(?:in\s+|en\s+|auf\s+)?(?:Hebrew|Yiddish|Ladino|Judeo-\w+|Aramaic|Arabic|Japanese|Chinese|Korean|Russian|"
    r"Polish|Ukrainian|Hungarian|Romanian|Czech|Lithuanian|Heb\.|Hebr\.|hebr\.|Yid\.|Jpn\.|Chin\.|Kor\.|Rus\.|"
    r"hébreu|yiddish|japonais|chinois|coréen|russe|polonais|[Hh]ebräisch|[Jj]iddisch|[Jj]apanisch|[Cc]hinesisch|"
    r"[Kk]oreanisch|[Rr]ussisch|[Pp]olnisch)"
    r"(?:\s*(?:[,;]|with|and)\s*(?:an?\s+|with\s+(?:an?\s+)?)?English\s+(?:summary|abstract|translation))?"
)
_LANGUAGE_INITIALS = frozenset("iIeEaAHYLJAJCKRPUhyjcrkp")


def explanatory_parenthetical(text: str) -> int | None:
    """Where a closing remark in brackets begins ("…, at 35 (discussing the writ system)."), else None.

    Bluebook and OSCOLA notes end a citation with the author's gloss on it;
    kept in the citation, it hides the pinpoint before it and reads as a
    title.  The remark opens with a lower-case word of the kind above.
    """
    end = len(text.rstrip(" .;,"))
    if end == 0 or text[end - 1] not in ")]":
        return None
    close = text[end - 1]
    opener = "(" if close == ")" else "["  # (or a remark in square brackets: "…, 20 [my emphasis].")
    depth = 0
    for pos in range(end - 1, -1, -1):
        ch = text[pos]
        if ch == close:
            depth += 1
        elif ch == opener:
            depth -= 1
            if depth == 0:
                inner = text[pos + 1: end - 1]
                if pos > 0 and inner[:1] in _LANGUAGE_INITIALS and (language := _LANGUAGE_MARK.match(inner.strip())):
                    if language.end() == len(inner.strip()):
                        return pos  # "…, 45 (Hebrew).", "…, 1977) (in Yiddish)": the language the work is written in
                    if (text[:pos].rstrip()[-1:].isdigit() and not any(c.isdigit() for c in inner)
                            and re.match(r"\s+[a-z]", inner.strip()[language.end():])):
                        return pos  # "…, 60 (Yiddish quotations in her translation)": a remark on the language
                word = re.match(r"[^\W\d_][\w']*\.?", inner)
                if pos > 0 and word and word.group(0).rstrip(".").lower() in _REMARK_WORDS:
                    return pos  # (also a German noun: "(Übersetzung des Verf.)", "(Hervorhebung im Original)")
                word = word if word and word.group(0)[:1].islower() else None
                quoted = re.fullmatch(r"[“\"‘«„].*[”\"’»“]", inner.strip(), re.S)  # ("…, 40 (“a tax in all but name”)")
                if ((word or quoted) and pos > 0 and text[:pos].rstrip()[-1:].isdigit() and len(inner.split()) >= 2
                        and not any(c.isdigit() for c in inner)):
                    return pos  # "…, 4 (a point often missed).", "…, 12 (my translation)": after the pinpoint
                return None
    return None


#: a relative clause after the pinpoint: "…, op. cit., p. 350-356, qui la rattache toutefois à …",
#: "…, 45, which overstates the case" -- the author's remark on the work, not part of the citation
_TRAILING_CLAUSE = lazy_compile(
    r"(?<=\d)(?:\s*(?:ff?\.|et\s+suiv\.|sqq?\.))?(?P<cut>,\s+)"
    r"(?=(?:qui|dont|où|lequel|laquelle|which|who|whose|where|che|il\s+quale|la\s+quale|der|die|das|"
    r"welche[rsmn]?|wo)\s+(?:\S+\s+){3,})"
)


#: a sentence going on after the pinpoint: "…, pp. 40-41, la crisi precede il 1340", "…, S. 34,
#: spricht von …", "…, 17–19, though his evidence is thin" (an article, a conjunction, or a verb)
_CLAUSE_AFTER_PINPOINT = lazy_compile(
    r"(?<=\d)(?:\s*(?:ff?\.|et\s+suiv\.|sqq?\.))?(?P<cut>,\s+)"
    r"(?=(?P<word>[a-zà-ÿа-яё]+)\s+(?:\S+\s+){1,}\S)"
)
#: a conjunction or preposition, then an article: "…, 90, and the literature cited there", "…, 90,
#: from a sermon of 1605" (a remark on the source, whose year is no imprint)
_JOINING_WORDS = frozenset("and und et e y from in with aus dans avec con".split())
_ARTICLES = frozenset("a an the his her their its un une le la les ein eine einem einer der die das il lo una".split())
#: "…, 90, and the literature cited there", "…, 27, quoting the churchwardens' presentment": a remark
_REMARK_OPENERS = frozenset("quoting citing discussing noting describing summarising summarizing".split())
_PROSE_AFTER_BRACKET = lazy_compile(r"(?<=\d\))(?P<cut>\s+)(?=[a-zà-ÿ]+\s+\S+\s+\S+)")
_CLAUSE_OPENERS = frozenset(
    """the this these those his her their its la il lo gli le les el los las der die das dieser diese
    ce cette ces questa questo esta este though although but whereas while when where mais ma pero aber
    doch jedoch obwohl wobei où quand mentre benché sebbene aunque mientras donde dove""".split()
)


#: a remark after the pinpoint that points at the literature the work gives: "…, 20, with further
#: literature", "…, 21 n. 4 and the literature cited there", "…, S. 50 m. w. N.", "…, S. 110 sowie die
#: dort genannte Literatur", "…, p. 81, con ampia bibliografia", "…, p. 60-62, avec la bibliographie citée"
_LITERATURE_REMARK = lazy_compile(
    r"(?<=[\d.)])\s*,?\s+(?:m\.\s?w\.\s?N\.|mit\s+weiteren\s+Nachweisen|"
    r"(?:with|and|plus|mit|sowie|und|avec|et|con|e|y|com|nonché|и|с)\s+(?:[^\W\d_]+[’']?\s+){0,5}?"
    r"(?:literature|references|bibliography|sources\s+cited|Literatur|Nachweisen|Belegen|bibliographie|"
    r"références|bibliografia|bibliografía|referências|литератур[аойуы]|библиографи[еия]й?)\b[^;()]*?)\.?\s*$"
)


def trailing_clause(text: str) -> int | None:
    """Where a relative clause closing a citation after its pinpoint begins, else None.

    Kept in the citation it hides the pinpoint ("p. 350-356, qui …" has no
    locator at its end) and the parser reads it as part of the work.  Besides
    relative clauses, a clause opening with an article, a conjunction or a
    finite verb right after a page is the author's sentence going on.
    """
    literature = _LITERATURE_REMARK.search(text)
    if literature and classify(text[: literature.start()]).kind != "commentary":
        return literature.start()  # "…, 20, with further literature", "…, S. 50 m. w. N."
    # the last one: a page range inside the work comes before it
    cuts = [m.start("cut") for m in _TRAILING_CLAUSE.finditer(text)]
    if cuts:
        return cuts[-1]
    depth = _depth_map(text)
    after_bracket = _PROSE_AFTER_BRACKET.search(text)
    if after_bracket and not depth[after_bracket.start("cut")]:
        # "Dufresne (op. cit., p. 140) en donne une autre lecture": the sentence goes on after the bracket
        left = text[: after_bracket.start("cut")]
        if find_pinpoint(left) is not None and classify(left).kind != "commentary":
            return after_bracket.start("cut")
    for match in _CLAUSE_AFTER_PINPOINT.finditer(text):
        if depth[match.start("cut")]:
            continue  # "(I-II, 91, 3, observing that …)": a remark in brackets is the citation's own
        clause = text[match.end("cut"):]
        word = match.group("word")
        second = clause.split()[1] if len(clause.split()) > 1 else ""
        if word in _CLAUSE_OPENERS or word in _REMARK_OPENERS or (
                word in _JOINING_WORDS and (second in _CLAUSE_OPENERS or second in _ARTICLES)) or (
                has_finite_verb(" ".join(clause.split()[:4])) and not re.search(r"\d", clause)):
            left = text[: match.start("cut")]
            if find_pinpoint(left) is not None and classify(left).kind != "commentary":
                return match.start("cut")
    for match in _VERB_AFTER_CITATION.finditer(text):
        # "Holloway (n 2) 22–24 remains indispensable", "…, 10, agree", "… (Oxford, 1998), is now dated":
        # a verb right after the page or the imprint is the sentence the citation is the subject of
        clause = text[match.end("cut"):].strip(" .;,")
        words = clause.split()
        if depth[match.start("cut")] or not words or re.search(r"\d", clause):
            continue
        lone_word = (len(words) <= 2 and words[0].rstrip(".") not in _LOCATOR_WORDS and match.group("gap") == ","
                     and not (words[0].endswith(".") and words[0].rstrip(".") in LABELS)  # ("…, 1945, p. IV")
                     and not re.fullmatch(r"[ivxlcdm]+(?:[-–][ivxlcdm]+)?\.?", words[0]))  # (not "xiii", "v–vi")
        # ("…, 28 BUFF. L. REV. 205 (1979), that finds Blackstone …": a relative clause after the year)
        relative = match.group("gap") == "," and words[0] in ("that", "which", "who", "whose") and len(words) >= 3
        if not (lone_word or relative or _VERBS_FIRST.match(clause) or has_finite_verb(" ".join(words[:2]))):
            continue
        left = text[: match.start("cut")]
        if classify(left).kind != "commentary" and (find_pinpoint(left) is not None or _YEAR_MARK.search(left)):
            return match.start("cut")
    return None


#: a verb after a citation's page or imprint (a comma or a space between)
_VERB_AFTER_CITATION = lazy_compile(r"(?<=[\d)])(?P<cut>(?P<gap>,?)\s+)(?=[a-zäöüßàâçéèêëîïôûù]+\b)")
#: a clause that opens with a finite verb of the commonest kinds
_VERBS_FIRST = lazy_compile(r"(?:is|are|was|were|has|have|had|remains?|seems?|ist|sind|war|bleibt|est|sont|reste|è|sono|resta)\b")
#: lower-case words that belong to a locator, never a verb: "…, 10, passim", "…, 5 sq."
_LOCATOR_WORDS = frozenset(
    "passim ff f sq sqq seq seqq ss et e und and bis ter infra supra above below n nn note notes esp cf ibid id ebd".split()
)

