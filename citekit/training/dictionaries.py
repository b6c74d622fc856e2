"""Build the word lists the tagger uses as dictionary features.

Two sources, merged: short hand-written lists of public-domain knowledge
(month names, locator and role terms, signals and back-references in English,
German, French, Italian and transliterated Russian, frequent given names,
publishing cities, publisher and journal words), and words that the
*training* split of the labelled corpora uses mostly inside one kind of span
(a word seen at least 3 times, 70 % of them inside ``location`` spans, is a
place word).  Held-out records never contribute, so the lists cannot leak
the answers of the accuracy benchmark.

Run through ``python -m citekit.train``; the lists are written to
``citekit/parser/dictionaries/<name>.txt``, one lower-case word a line.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from pathlib import Path

from citekit.training.corpus import Sequence, is_punctuation

MONTHS = """
january february march april may june july august september october november december
jan feb mar apr jun jul aug sep sept oct nov dec spring summer autumn fall winter
januar jänner februar märz mai juni juli oktober dezember frühjahr sommer herbst
janvier février mars avril juin juillet août septembre octobre novembre décembre
janv févr avr juil déc printemps été automne hiver
gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre dicembre
genn magg giu lug ago sett ott dic primavera estate autunno inverno
ianvar fevral mart aprel mai iiun iiul avgust sentiabr oktiabr noiabr dekabr
""".split()

LOCATOR_TERMS = """
p p. pp pp. page pages pag. pagg. s. s ss. seite seiten sp. col. cols. coll. c. cc. carta carte
fol. fols. f. ff. ff sq. sqq. n. nn. note notes no. nos. nr. num. art. arts. § §§ para. paras.
¶ ch. chap. chapter cap. capp. capitolo kap. kapitel sec. sect. section l. ll. line lines fig.
figs. tab. pl. plate b. busta filza fasc. reg. registro reg doc. docs. r v recto verso hier
str. s.a. l. op. vol. vols. t. tome tomo bd. bde. band h. heft jg. jahrgang livre book part pt.
""".split()

ROLE_TERMS = """
ed. eds. edd. ed editor editors edited edn. hrsg. hg. hgg. herausgegeben herausgeber
éd. éds. édité dir. direction cura cur. curr. curatore ediz. trans.
transl. tr. translated translator übers. übersetzt trad. traduit traduzione traduction comp.
comps. compiled introd. intr. foreword preface redaktor red. redaktsiei sost. perevod per.
""".split()

SIGNALS = """
see cf. cf compare also e.g. eg. contra accord generally vgl.
vgl siehe ferner dazu auch näher zuletzt voir cf. aussi notamment cfr. cfr vd. vedi inoltre
anche si veda veda sm. sr. sravni
""".split()

BACKREFS = """
ibid. ibid ib. ibd. ebd. ebda. ebenda id. idem ead. eadem iid. eid. ders. dies. dass. op. cit.
cit. loc. ivi supra infra a.a.o. tamzhe ukaz. soch.
""".split()

GIVEN_NAMES = """
adam alan albert alexander alexandre alexei alfred alice andrea andreas andrei andrew angela
anna anne annie antonio arthur barbara benjamin bernard bruno carl carlo carlos caroline
catherine charles charlotte christian christine christopher claude claudia daniel david dmitrii
dmitri edward elena elisabeth elizabeth emily emma eric ernst eugene evgenii francesco francis
françois frank franz friedrich gabriel george georg georges gerhard giovanni giulia giuseppe
gregory hans heinrich helen helmut henri henry hermann hugh igor ilya irina isabelle ivan jacques
james jan jane jean jeffrey jennifer john johann johannes jonathan joseph josef juan julia julian
karl katherine klaus konstantin laura lawrence leonid lev louis lucia luigi margaret maria marie
mark martin mary matthew maurice michael michel mikhail nadezhda natalia nicholas nikolai
nikolaus oleg olga otto paolo paul peter philip philippe pierre pietro richard robert roberto
sarah sergei sergey simon sophie stefan stephen susan thomas timothy valentina vasilii victor
viktor vladimir walter werner wilhelm william wolfgang yuri yurii iosif lavrentii nikita
vyacheslav sheila lynne orlando ronald stanley marco giorgio federico gianni giacomo alessandro
lorenzo matteo cesare enrico ugo gino rosa teresa chiara silvia marta jürgen dieter uwe günter
manfred ulrich rainer hartmut jörg monika ursula renate sabine brigitte jean-pierre jean-claude
marcel rené yves étienne hélène françoise nathalie sylvie anatolii boris grigorii valerii
""".split()

PLACES = """
london paris berlin münchen munich wien vienna roma rome venezia venice milano milan firenze
florence torino turin bologna padova napoli genova verona moscow moskva leningrad petersburg
st. petrograd kiev kyiv warsaw warszawa prague praha budapest oxford cambridge edinburgh
glasgow manchester new york boston chicago baltimore princeton washington philadelphia
berkeley los angeles toronto montreal stanford haven ithaca durham amsterdam leiden bruxelles
brussels genève geneva zürich basel bern leipzig frankfurt hamburg göttingen heidelberg stuttgart
köln cologne bonn freiburg tübingen lyon marseille bordeaux strasbourg toulouse madrid barcelona
lisboa lisbon oslo stockholm copenhagen helsinki bloomington urbana madison pittsburgh
houndmills basingstoke abingdon aldershot farnham westport armonk lanham md ma ny ct nj il
ca pa nc oh mi uk usa
""".split()

PUBLISHER_WORDS = """
press university verlag éditions editions editore editori editrice edizioni presses books
publishers publishing publications penguin routledge macmillan palgrave blackwell wiley
springer brill gruyter beck mohr siebeck suhrkamp fischer rowohlt gallimard seuil fayard
flammarion puf belin einaudi laterza mulino feltrinelli mondadori olschki viella nauka
politizdat rosspen mysl progress harvard yale cornell princeton clarendon norton knopf
random house doubleday vintage basic harper collins hodder faber verso cass sharpe
""".split()

JOURNAL_WORDS = """
journal review studies quarterly proceedings bulletin annals annales revue rivista archivio
zeitschrift jahrbuch jahrbücher mitteilungen history historical historische historica storica
studi quaderni cahiers bollettino atti slavic slavonic soviet europe-asia kritika russian
voprosy istorii otechestvennaia istoriia law legal lawyer gazette times magazine letters
transactions acta annual notes
""".split()

STOPWORDS = """
the a an of and in on at to for from with by or as its his her their
der die das des dem den und im in von zu zur zum mit für über auf
le la les l de du des et en au aux sur pour par dans un une
il lo la i gli le di del della dei delle e ed in nel nella per con da dal dalla su tra fra
el los las y
v na i o ob po pro ot
""".split()

#: Multi-word terms ("a cura di", "sous la direction de") are listed by their
#: distinctive words only: "a", "di", "la", "de" would mark half of every text.

#: Share of a word's training occurrences that must fall in one label's spans.
_MIN_SHARE = 0.7
_MIN_COUNT = 3

_DERIVED = {
    "places": ("location",),
    "publishers": ("publisher",),
    "journals": ("container-title",),
    "names": ("author", "editor", "translator"),
}


def derive(sequences: Iterable[Sequence]) -> dict[str, set[str]]:
    """Words each training label dominates (see module docstring)."""
    totals: Counter[str] = Counter()
    by_label: dict[str, Counter[str]] = defaultdict(Counter)
    for seq in sequences:
        for tok, tag in zip(seq.tokens, seq.tags, strict=True):
            word = tok.text.lower()
            if len(word) < 2 or is_punctuation(word) or any(ch.isdigit() for ch in word):
                continue
            totals[word] += 1
            by_label[tag[2:] if tag.startswith("B-") else tag][word] += 1
    out: dict[str, set[str]] = {}
    for name, labels in _DERIVED.items():
        words = set()
        for word, total in totals.items():
            if total < _MIN_COUNT or word in STOPWORDS:
                continue
            inside = sum(by_label[label][word] for label in labels)
            if inside / total >= _MIN_SHARE:
                words.add(word)
        out[name] = words
    return out


def build(sequences: Iterable[Sequence], directory: Path) -> dict[str, int]:
    """Write every list to ``directory``; return the size of each."""
    derived = derive(sequences)
    lists: dict[str, set[str]] = {
        "months": set(MONTHS),
        "locators": set(LOCATOR_TERMS),
        "roles": set(ROLE_TERMS),
        "signals": set(SIGNALS),
        "backrefs": set(BACKREFS),
        "given": set(GIVEN_NAMES),
        "stopwords": set(STOPWORDS),
        "places": set(PLACES) | derived["places"],
        "publishers": set(PUBLISHER_WORDS) | derived["publishers"],
        "journals": set(JOURNAL_WORDS) | derived["journals"],
        "names": derived["names"],
    }
    directory.mkdir(parents=True, exist_ok=True)
    sizes = {}
    for name, words in lists.items():
        (directory / f"{name}.txt").write_text(
            "".join(f"{w}\n" for w in sorted(words)), encoding="utf-8"
        )
        sizes[name] = len(words)
    return sizes
