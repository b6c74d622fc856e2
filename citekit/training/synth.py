"""Footnote-style training data, generated with its labels known by construction.

The shared corpora are mostly bibliography lists; footnotes cite differently:
a signal first ("See", "Cf.", "Vgl.", "Voir", "Cfr."), the given name before
the family name, a pinpoint locator at the end ("p. 3", "S. 12", "6ff."),
"ed." after the title, the SEER house order "56, 2004, 2", short forms
("Hagenloh, Stalin's Police, p. 6ff.") and back-references ("Ibid., p. 12.",
"Ebd.", "Id.", "op. cit.").  This module takes the structured items of the
labelled training records (the fields of each record, never held-out ones)
and renders them again through note templates of Chicago, MHRA, the SEER
house style, OSCOLA and German, French and Italian conventions, recording
which label every piece of text carries.  This is the GIANT approach done
for notes, with our own templates instead of CSL styles.

Law and author-date notes get their own templates, because their order of
fields is unlike any bibliography entry: German legal notes (``Müller, in:
Schmidt (Hrsg.), Handbuch, Bd. 2, 3. Aufl. 2010, § 12 Rn. 5``, ``Meier, ZRG
GA 120 (2003), 1 (15)``, ``a.a.O. (Fn. 3), S. 12``), Bluebook (``144 U. Pa.
L. Rev. 2021, 2025 (1996)``, ``Id. at 2030``, ``supra note 12, at 45``) and
APA/Harvard (``Smith, J. (2004). Title. Journal, 12(3), 45–67.``, ``(Smith
2004, 23)``).  Some notes go on after the citation with a commentary clause
("…, p. 3, who argues that …"), labelled ``other`` so the tagger learns to
keep it out of the locator.

The mix of :func:`generate_notes` (share of the notes, by template family):
back-references 7 %, short forms 12 %, Bluebook 10 %, German legal 8 %,
author-date 6 %, court decisions 5 % (US 35 %, English 30 %, German 35 % of
them), and 52 % full notes by the record's type (chapter, article, book) in
the Chicago/MHRA/SEER/OSCOLA/German/French/Italian templates.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from citekit.lazy_regex import lazy_compile
from citekit.normalize.names import has_role_word
from citekit.training.corpus import (
    Sequence,
    fields_of,
    is_held_out,
    read_corpus,
    segments_to_sequence,
)

SOURCES: tuple[str, ...] = ("anystyle_train.jsonl", "linkedbooks_train.jsonl", "grobid_train.jsonl")
#: LinkedBooks' validation file: held-out items only.
HELD_OUT_SOURCES: tuple[str, ...] = ("linkedbooks_valid.jsonl",)

_EDGE = " .,;:()[]'\"‘’“”«»"
_YEAR = lazy_compile(r"(1[5-9]\d\d|20[0-2]\d)")
_NUMBER = lazy_compile(r"\b(\d{1,4}|[IVXLC]{1,6})\b")
_RANGE = lazy_compile(r"(\d+)\s?[-–—]\s?(\d+)")
_INVERTED = lazy_compile(r"^([^\W\d][\w'’´\-]+(?: [^\W\d][\w'’´\-]+)?), ((?:[^\W\d][\w´\-]*\.? ?){1,3})$")

_TRANSLIT_WORDS = (
    "istoriia sovetskogo obshchestva politicheskie repressii v SSSR gody natsional´noi politiki "
    "gosudarstvo i armiia Krasnaia Armiia organy bezopasnosti dokumenty materialy Stalin i "
    "Politbiuro massovye operatsii NKVD krest´ianstvo kollektivizatsiia rossiiskikh nemtsev "
    "tragediia sovetskoi derevni ocherki khoziaistvennoi zhizni partiia i vlast´ "
    "Leningradskoe delo sud´by revoliutsii"
).split()
_TRANSLIT_PLACES = ("Moscow", "Moskva", "Leningrad", "St Petersburg", "Novosibirsk", "Kiev")
_TRANSLIT_PUBLISHERS = ("Nauka", "ROSSPEN", "Politizdat", "Mysl´", "Zven´ia", "Iurist")


@dataclass
class Item:
    """The fields of one labelled record, cleaned of edge punctuation."""

    id: str
    values: dict[str, str] = field(default_factory=dict)

    def get(self, label: str) -> str:
        return self.values.get(label, "")


class Note:
    """Builds one rendered note as labelled segments."""

    def __init__(self) -> None:
        self.segments: list[tuple[str, str]] = []

    def add(self, label: str, text: str) -> Note:
        if text:
            self.segments.append((label, text))
        return self

    def p(self, text: str) -> Note:
        if text:
            if self.segments and self.segments[-1][0] == "punct":
                self.segments[-1] = ("punct", self.segments[-1][1] + text)
            else:
                self.segments.append(("punct", text))
        return self


_ROLE_WORDS = lazy_compile(r"^(?:in:?|ed\.|eds\.|edited by|hrsg\. v\.|a cura di)\s+|\s*\(?(?:eds?|hrsg|dir)\.?\)?$", re.IGNORECASE)


def _clean(text: str) -> str:
    """Edge punctuation off, but an initial keeps its period (``Poux M.``)."""
    text = _ROLE_WORDS.sub("", text.strip(" ,;:")).rstrip(" ,;:)]")
    stripped = text.strip(_EDGE)
    if text.endswith(".") and re.search(r"(?:^|[\s.\-])[^\W\d]\.$", text):
        return stripped + "."
    return stripped


def read_items(data_dir: Path, *, held_out: bool = False) -> list[Item]:
    """Structured items (with a title and a year) of the training records, or of the held-out ones.

    Notes for training are rendered from training records only, and the
    held-out notes from held-out records only, so no title, name or journal of
    a held-out note was ever seen in training.
    """
    items: list[Item] = []
    files = SOURCES + (HELD_OUT_SOURCES if held_out else ())
    for name in files:
        for seq in read_corpus(data_dir / name):
            if name not in HELD_OUT_SOURCES and is_held_out(seq.id) != held_out:
                continue
            values: dict[str, str] = {}
            for label, text in fields_of(seq.tokens, seq.tags, seq.text):
                values.setdefault(label, _clean(text))
            year = _YEAR.search(values.get("date", ""))
            if not values.get("title") or not year:
                continue
            values["year"] = year.group(1)
            items.append(Item(seq.id, values))
    return items


def _person(name: str, rng: random.Random) -> str:
    """'Hagenloh, Paul' -> 'Paul Hagenloh' (most note styles); other forms unchanged."""
    match = _INVERTED.match(name)
    if match and rng.random() < 0.85:
        return f"{match.group(2).strip()} {match.group(1)}"
    return name


def _family(name: str) -> str:
    head = name.split(",")[0].strip()
    words = head.split()
    if "," in name or not words:
        return head
    return words[-1]


def _one_word_title(title: str) -> str:
    """A long capitalised word of ``title``, standing in for one-word titles ("Rechtssoziologie")."""
    for word in title.split():
        if len(word) >= 8 and word[0].isupper() and word.isalpha():
            return word
    return ""


def _short_title(title: str, rng: random.Random) -> str:
    main = re.split(r"[:.?!]", title)[0].strip()
    words = main.split()
    if len(words) > 4:
        words = words[: rng.randint(2, 4)]
    return " ".join(words)


def _pinpoint(rng: random.Random, lang: str) -> tuple[str, str]:
    """A pinpoint label word and number, in the conventions of ``lang``."""
    n = rng.randint(1, 600)
    roll = rng.random()
    if roll < 0.55:
        number = str(n)
    elif roll < 0.75:
        number = f"{n}{rng.choice(['–', '-'])}{n + rng.randint(1, 20)}"
    elif roll < 0.87:
        following = {"fr": [" et s.", " sq."], "it": [" ss.", " sgg."]}.get(lang, [])
        number = f"{n}{rng.choice(['ff.', 'f.', 'ff', ' ff.', *following])}"
    elif roll < 0.94:
        number = f"{n} n. {rng.randint(1, 90)}"
    else:
        number = f"{n}{rng.choice(['r', 'v'])}"
    single = "–" not in number and "-" not in number
    word = {
        "en": "p." if single else "pp.",
        "de": "S.",
        "fr": "p.",
        "it": "p." if single else "pp.",
        "ru": "p." if single else "pp.",
    }[lang]
    if "r" in number[-1:] or "v" in number[-1:]:
        word = rng.choice(["fol.", "f.", "c."])
    if rng.random() < 0.12:
        return "", number
    return word, number


_SIGNALS = {
    "en": ("See", "See", "Cf.", "See also", "For a different view, see", "Compare", "See, e.g.,",
           "For the national operations, see", "On this, see", "See generally", "From a large body of work, see"),
    "de": ("Vgl.", "Vgl.", "Siehe", "Vgl. dazu", "Vgl. auch", "Dazu"),
    "fr": ("Voir", "Voir", "Cf.", "Voir aussi", "Voir notamment"),
    "it": ("Cfr.", "Cfr.", "Si veda", "Vedi", "Cfr. anche", "Si veda anche"),
    "ru": ("See", "Cf.", "See also"),
}

_BACKREFS = {
    "en": ("Ibid.", "Ibid.", "Ibid", "Id.", "ibid."),
    "de": ("Ebd.", "Ebenda", "Ebd.", "A.a.O."),
    "fr": ("Ibid.", "Id.", "Ibidem"),
    "it": ("Ivi", "Ibidem", "Ibid.", "Id."),
    "ru": ("Ibid.",),
}


_TOPICS = (
    "the political context", "the background", "a discussion", "further details", "an overview",
    "a different view", "the figures", "the debate", "the national operations", "this argument",
    "the wider context", "the historiography", "a recent account", "the archival evidence",
    "the events", "the military purge", "the earlier period", "a critique",
)
_TOPIC_TAILS = ("", "", " of the publication", " of the campaign", " in the provinces",
                " of this question", " of the reforms")


def _signal(note: Note, rng: random.Random, lang: str) -> None:
    roll = rng.random()
    if roll < 0.33:
        note.add("signal", rng.choice(_SIGNALS[lang])).p(" ")
    elif roll < 0.4 and lang in ("en", "ru"):
        topic = rng.choice(_TOPICS) + rng.choice(_TOPIC_TAILS)
        note.add("signal", f"{rng.choice(('For', 'On'))} {topic}, see").p(" ")


def _end(note: Note, rng: random.Random) -> None:
    note.p(rng.choice([".", ".", ".", ";", ""]))


def _locator(note: Note, rng: random.Random, lang: str, sep: str = ", ") -> None:
    word, number = _pinpoint(rng, lang)
    note.p(sep).add("locator", f"{word} {number}" if word else number)


def _authors(item: Item, rng: random.Random) -> str:
    return _person(item.get("author"), rng)


def _render_book(item: Item, rng: random.Random, lang: str) -> Note:
    note = Note()
    _signal(note, rng, lang)
    style = rng.choice(("seer", "chicago", "mhra", "de", "fr", "it", "oscola"))
    author = _authors(item, rng)
    title = item.get("title")
    place = item.get("location")
    publisher = item.get("publisher")
    year = item.get("year")
    editor = item.get("editor")
    if author and not editor and style == "seer" and rng.random() < 0.25:
        editor, author = item.get("author"), ""  # SEER: "Title, ed. Irina Shcherbakova, Moscow"
    if editor and not author and style != "seer" and not has_role_word(editor) and rng.random() < 0.5:
        # the editors lead an edited volume: "Neil Leach, ed., Title", "G. Benzoni (a cura di), Title"
        name = editor if rng.random() < 0.4 else _person(editor, rng)
        role = {"de": " (Hrsg.)", "fr": " (dir.)", "it": " (a cura di)"}.get(
            style, rng.choice((", ed.", ", ed.", " (ed.)", ", eds.", " (eds.)"))
        )
        note.add("editor", name + role).p(": " if style == "de" else " " if role.endswith(".") else ", ")
        editor = ""
    if author:
        note.add("author", author).p(": " if style == "de" else ", ")
    note.add("title", title)
    if editor and (not author or rng.random() < 0.7):
        role = {"de": "hg. v.", "fr": "éd.", "it": "a cura di"}.get(style, "ed.")
        note.p(", ").add("editor", f"{role} {_person(editor, rng)}")
    if style == "seer":
        if place:
            note.p(", ").add("location", place)
        note.p(", ").add("date", year)
    elif style in ("chicago", "mhra"):
        note.p(" (")
        if place:
            note.add("location", place).p(": " if publisher else ", ")
        if publisher:
            note.add("publisher", publisher).p(", ")
        note.add("date", year).p(")")
    elif style == "oscola":
        note.p(" (")
        if publisher:
            note.add("publisher", publisher).p(" ")
        note.add("date", year).p(")")
        if rng.random() < 0.8:
            _, number = _pinpoint(rng, "en")
            note.p(" ").add("locator", number)
        _end(note, rng)
        return note
    else:
        sep = ". " if style == "de" and rng.random() < 0.5 else ", "
        if place:
            note.p(sep).add("location", place)
            if publisher and rng.random() < 0.5:
                note.p(", " if style != "de" else ": ").add("publisher", publisher)
            note.p(" " if rng.random() < 0.5 else ", ").add("date", year)
        else:
            note.p(sep).add("date", year)
    if style in ("fr", "it", "de") and rng.random() < 0.25:
        word = {"fr": ("t.", "vol.", "t."), "it": ("vol.", "t.", "vol."), "de": ("Bd.", "Band", "Bd.")}[style]
        note.p(", ").add("volume", f"{rng.choice(word)} {rng.choice(('1', '2', '3', '4', 'II', 'III'))}")
    if rng.random() < 0.8:
        _locator(note, rng, {"de": "de", "fr": "fr", "it": "it"}.get(style, lang))
    _end(note, rng)
    return note


def _render_article(item: Item, rng: random.Random, lang: str) -> Note:
    note = Note()
    _signal(note, rng, lang)
    style = rng.choice(("seer", "chicago", "mhra", "de", "it", "fr", "oscola"))
    author = _authors(item, rng)
    volume = _NUMBER.search(item.get("volume"))
    vol = volume.group(1) if volume else str(rng.randint(1, 120))
    issue = str(rng.randint(1, 6))
    year = item.get("year")
    pages_match = _RANGE.search(item.get("pages"))
    first = rng.randint(1, 800)
    pages = (
        f"{pages_match.group(1)}–{pages_match.group(2)}"
        if pages_match
        else f"{first}–{first + rng.randint(5, 40)}"
    )
    journal = item.get("container-title")
    if author:
        note.add("author", author).p(": " if style == "de" else ", ")
    open_q, close_q = {
        "seer": ("‘", "’, "), "mhra": ("‘", "’, "), "chicago": ("“", ",” "),
        "de": ("„", "“, "), "it": ("«", "», "), "fr": ("« ", " », "), "oscola": ("‘", "’ "),
    }[style]
    if style == "it" and rng.random() < 0.5:
        open_q, close_q = "", ", "
    note.p(open_q).add("title", item.get("title")).p(close_q)
    if style in ("de", "it"):
        journal = f"{'in:' if style == 'de' else 'in'} {journal}"
    if style == "seer":
        note.add("container-title", journal).p(", ").add("volume", vol).p(", ").add("date", year)
        if rng.random() < 0.6:
            note.p(", ").add("issue", issue)
        note.p(", ").add("pages", f"pp. {pages}")
    elif style == "chicago":
        note.add("container-title", journal).p(" ").add("volume", vol)
        if rng.random() < 0.6:
            note.p(", ").add("issue", f"no. {issue}")
        note.p(" (").add("date", year).p("): ").add("pages", pages)
        if rng.random() < 0.5:
            note.p(", ").add("locator", str(first + 2))
    elif style == "mhra":
        note.add("container-title", journal).p(", ").add("volume", vol).p(" (").add("date", year)
        note.p("), ").add("pages", f"pp. {pages}")
        if rng.random() < 0.6:
            note.p(" (").add("locator", f"p. {first + 3}").p(")")
        _end(note, rng)
        return note
    elif style == "de":
        note.add("container-title", journal).p(" ").add("volume", vol).p(" (").add("date", year)
        note.p("), ").add("pages", f"S. {pages}")
        if rng.random() < 0.5:
            note.p(", ").add("locator", f"hier S. {first + 1}")
    elif style == "it":
        if rng.random() < 0.5:
            journal = f"in «{journal.removeprefix('in ')}»"
        note.add("container-title", journal)
        note.p(", ").add("volume", vol).p(", ").add("date", year).p(", ").add("pages", f"pp. {pages}")
    elif style == "fr":
        # "« Titre », Revue, vol. 44, n° 2, 1986, p. 137-174, ici p. 140"
        note.add("container-title", journal)
        note.p(", ").add("volume", rng.choice(("", "vol. ", "t. ", "no ")) + vol)
        if rng.random() < 0.4:
            note.p(", ").add("issue", f"{rng.choice(('n° ', 'no ', 'fasc. '))}{issue}")
        note.p(", ").add("date", year).p(", ").add("pages", f"{rng.choice(('p. ', 'p. ', 'pp. ', ''))}{pages}")
        if rng.random() < 0.4:
            note.p(", ").add("locator", f"{rng.choice(('ici p. ', 'p. ', 'spéc. p. '))}{first + 2}")
    else:
        note.p("(").add("date", year).p(") ").add("volume", vol).p(" ").add("container-title", journal)
        note.p(" ").add("pages", pages.split("–")[0])
        if rng.random() < 0.6:
            note.p(", ").add("locator", str(first + 4))
    _end(note, rng)
    return note


def _render_chapter(item: Item, rng: random.Random, lang: str) -> Note:
    note = Note()
    _signal(note, rng, lang)
    author = _authors(item, rng)
    if author:
        note.add("author", author).p(", ")
    quoted = rng.random() < 0.6
    note.p("‘" if quoted else "").add("title", item.get("title")).p("’, " if quoted else ", ")
    container = item.get("container-title")
    if lang == "it" and rng.random() < 0.45:  # the chapter's author edited the volume: "in Id., …"
        note.add("backref", rng.choice(("in Id.", "in Id.", "in Ead.", "in Idem"))).p(", ")
        note.add("container-title", container)
    else:
        note.add("container-title", f"in {container}")
    editor = item.get("editor")
    if editor:
        note.p(", ").add("editor", f"ed. {_person(editor, rng)}")
    note.p(" (" if rng.random() < 0.5 else ", ")
    if item.get("location"):
        note.add("location", item.get("location")).p(": " if item.get("publisher") else ", ")
    if item.get("publisher"):
        note.add("publisher", item.get("publisher")).p(", ")
    note.add("date", item.get("year"))
    if note.segments and "(" in "".join(t for lab, t in note.segments if lab == "punct")[-6:]:
        note.p(")")
    pages = _RANGE.search(item.get("pages"))
    if pages:
        note.p(", ").add("pages", f"pp. {pages.group(1)}–{pages.group(2)}")
    if rng.random() < 0.6:
        _locator(note, rng, lang, sep=" (" if pages else ", ")
        if pages and note.segments[-1][0] == "locator":
            note.p(")")
    _end(note, rng)
    return note


def _render_short(item: Item, rng: random.Random, lang: str) -> Note:
    note = Note()
    author = item.get("author")
    if author:
        note.add("author", _family(author)).p(", ")
    if rng.random() < 0.25:
        note.add("backref", rng.choice(("op. cit.", "cit.", "op. cit.", "a.a.O.")))
    else:
        quoted = item.get("container-title") and lang == "en" and rng.random() < 0.5
        note.p("‘" if quoted else "").add("title", _short_title(item.get("title"), rng)).p("’" if quoted else "")
        cited = rng.random()
        if cited < 0.15:
            note.p(", ").add("backref", "cit.")
        elif cited < (0.45 if lang == "it" else 0.3) and lang in ("it", "fr"):
            note.p(" ").add("backref", rng.choice(("cit.", "cit.", "op. cit.", "art. cit.")))
    _locator(note, rng, lang)
    _end(note, rng)
    return note


def _render_backref(item: Item, rng: random.Random, lang: str) -> Note:
    note = Note()
    note.add("backref", rng.choice(_BACKREFS[lang]))
    if rng.random() < 0.75:
        _locator(note, rng, lang, sep=rng.choice((", ", " ", ", ")))
    _end(note, rng)
    return note


_DE_JOURNALS = (
    "ZRG GA", "ZRG RA", "ZRG KA", "NJW", "JZ", "AöR", "Der Staat", "ZNR", "DÖV", "JuS", "ZfA",
    "ZEuP", "RabelsZ", "KritV", "ZStW", "NVwZ", "HZ", "VSWG", "ZHF", "GWU", "ZfG", "DVBl.",
    "Rechtsgeschichte", "Ius Commune", "JöR", "ZaöRV", "EuR", "KJ",
)
_ROLE_TAIL = lazy_compile(r"\s*\(.*$")
_DE_EDITOR_MARKS = ("(Hrsg.)", "(Hg.)", "(Hrsg.)", "(Hgg.)")
_US_REVIEWS = (
    "Harv. L. Rev.", "Yale L.J.", "Colum. L. Rev.", "Stan. L. Rev.", "U. Chi. L. Rev.",
    "Mich. L. Rev.", "Calif. L. Rev.", "Am. J. Int'l L.", "Eur. J. Int'l L.", "Law & Soc'y Rev.",
    "Geo. L.J.", "N.Y.U. L. Rev.", "Tex. L. Rev.", "Va. L. Rev.", "Cornell L. Rev.", "Duke L.J.",
    "UCLA L. Rev.", "Nw. U. L. Rev.", "J. Legal Stud.", "Law & Hist. Rev.", "Am. Hist. Rev.",
    "J. Am. Hist.", "U. Pa. L. Rev.", "B.U. L. Rev.", "Harv. Int'l L.J.", "Am. J. Legal Hist.",
)
_ABBREVIATIONS = {
    "journal": "J.", "review": "Rev.", "law": "L.", "university": "U.", "history": "Hist.",
    "historical": "Hist.", "american": "Am.", "international": "Int'l", "quarterly": "Q.",
    "studies": "Stud.", "society": "Soc'y", "european": "Eur.", "political": "Pol.",
    "science": "Sci.", "social": "Soc.", "economic": "Econ.", "legal": "Legal", "and": "&",
}
_US_SIGNALS = ("See", "See", "See generally", "See, e.g.,", "Cf.", "But see", "See also", "Accord",
               "Compare", "See also, e.g.,", "E.g.,", "Contra")
_COMMENTS = {
    "en": ("who argues that", "where the author suggests that", "arguing that", "with further references",
           "for a critique of this view", "noting that", "who rightly stresses that", "and the literature cited there"),
    "de": ("mit weiteren Nachweisen", "m. w. N.", "der zu Recht betont, dass", "kritisch dazu",
           "der darauf hinweist, dass", "mit zahlreichen Belegen"),
    "fr": ("qui souligne que", "avec d'autres références", "selon lequel", "qui montre que"),
    "it": ("che sottolinea come", "con ampia bibliografia", "secondo il quale", "il quale osserva che"),
    "ru": ("who argues that", "with further references"),
}
_COMMENT_TAILS = {
    "en": ("the reform failed", "this was not the case", "the sources are silent", "the court erred",
           "the decision was political", "the date is uncertain"),
    "de": ("die Reform scheiterte", "das Gericht irrte", "die Quellen schweigen"),
    "fr": ("la question reste ouverte", "la réforme a échoué", "les sources se taisent"),
    "it": ("la questione è aperta", "la riforma fallì", "le fonti tacciono"),
    "ru": ("the reform failed", "the sources are silent"),
}


def _abbreviate(journal: str) -> str:
    """'Journal of Legal History' -> 'J. Legal Hist.': the Bluebook habit of abbreviated titles."""
    words = [w for w in journal.split() if w.lower() not in ("of", "the", "for", "on")]
    return " ".join(_ABBREVIATIONS.get(w.lower(), w) for w in words)


def _initials(name: str) -> str:
    """'Hagenloh, Paul Robert' -> 'Hagenloh, P. R.' (APA); other forms unchanged."""
    match = _INVERTED.match(name)
    if not match:
        return name
    given = " ".join(f"{part[0]}." for part in match.group(2).replace("-", " ").split() if part[:1].isalpha())
    return f"{match.group(1)}, {given}" if given else name


def _volume_number(item: Item, rng: random.Random, high: int = 160) -> str:
    volume = _NUMBER.search(item.get("volume"))
    return volume.group(1) if volume and volume.group(1).isdigit() else str(rng.randint(1, high))


def _page_span(item: Item, rng: random.Random) -> tuple[int, int]:
    match = _RANGE.search(item.get("pages"))
    if match and int(match.group(1)) <= int(match.group(2)):
        return int(match.group(1)), int(match.group(2))
    first = rng.randint(1, 2400)
    return first, first + rng.randint(5, 60)


def _de_pinpoint(rng: random.Random) -> str:
    roll = rng.random()
    n = rng.randint(1, 400)
    if roll < 0.3:
        return f"§ {rng.randint(1, 80)} Rn. {rng.randint(1, 120)}"
    if roll < 0.45:
        return f"Rn. {rng.randint(1, 200)}"
    if roll < 0.55:
        return f"Art. {rng.randint(1, 146)} Rn. {rng.randint(1, 90)}"
    return f"S. {n}{rng.choice(['', '', ' f.', ' ff.', f'–{n + rng.randint(1, 9)}'])}"


def _render_german_law(item: Item, rng: random.Random, lang: str) -> Note:
    """German legal and humanities notes: handbook chapters, journals, short books, a.a.O."""
    note = Note()
    if rng.random() < 0.25:
        note.add("signal", rng.choice(_SIGNALS["de"])).p(" ")
    author = item.get("author")
    family = _family(author) if author and rng.random() < 0.75 else _person(author, rng)
    roll = rng.random()
    if roll < 0.3:  # Müller, in: Schmidt (Hrsg.), Handbuch, Bd. 2, 3. Aufl. 2010, § 12 Rn. 5
        if family:
            note.add("author", family).p(", ")
        editor = _ROLE_TAIL.sub("", item.get("editor")) or _family(item.get("author")) or "Schmidt"
        editor = _family(editor) if rng.random() < 0.7 else _person(editor, rng)
        if rng.random() < 0.3:
            editor += "/" + rng.choice(("Maunz", "Dürig", "Isensee", "Kirchhof", "Sachs", "Mangoldt"))
        note.add("editor", f"in: {editor} {rng.choice(_DE_EDITOR_MARKS)}").p(", ")
        note.add("container-title", item.get("container-title") or item.get("title"))
        if rng.random() < 0.4:
            note.p(", ").add("volume", f"{rng.choice(('Bd.', 'Band', 'Bd.'))} {rng.randint(1, 12)}")
        note.p(", ")
        if rng.random() < 0.6:
            note.add("edition", f"{rng.randint(2, 9)}. Aufl.").p(" ")
        note.add("date", item.get("year"))
        note.p(", ").add("locator", _de_pinpoint(rng))
    elif roll < 0.6:  # Meier, ZRG GA 120 (2003), 1 (15)  /  Meier, NJW 2003, 1234 (1236)
        if family:
            note.add("author", family).p(", ")
        if rng.random() < 0.35 or not family:
            quoted = rng.random() < 0.4
            note.p("„" if quoted else "").add("title", item.get("title")).p("“, " if quoted else ", ")
        journal = rng.choice(_DE_JOURNALS) if rng.random() < 0.6 or not item.get("container-title") \
            else item.get("container-title")
        first, last = _page_span(item, rng)
        if rng.random() < 0.35:
            note.add("container-title", journal).p(" ").add("date", item.get("year"))
        else:
            note.add("container-title", journal).p(" ").add("volume", _volume_number(item, rng))
            note.p(" (").add("date", item.get("year")).p(")")
        if rng.random() < 0.3:
            note.p(", ").add("pages", f"S. {first}–{last}")
            if rng.random() < 0.7:
                note.p(", ").add("locator", f"hier S. {rng.randint(first, last)}")
        else:
            note.p(", ").add("pages", str(first))
            if rng.random() < 0.8:
                note.p(" (").add("locator", f"{rng.randint(first, last)}{rng.choice(['', '', ' f.'])}").p(")")
    elif roll < 0.8:  # Luhmann, Rechtssoziologie (1972) 239  /  Title, Bückeburg 1986
        if author and rng.random() < 0.8:
            note.add("author", family).p(", ")
        title = item.get("title")
        word = _one_word_title(title) if rng.random() < 0.3 else ""
        note.add("title", word or (_short_title(title, rng) if rng.random() < 0.4 else title))
        if rng.random() < 0.5:
            note.p(" (").add("date", item.get("year")).p(")")
            if rng.random() < 0.8:
                note.p(rng.choice((" ", ", "))).add("locator", _de_pinpoint(rng) if rng.random() < 0.4
                                                    else str(rng.randint(1, 600)))
        else:
            note.p(", ")
            if rng.random() < 0.3:
                note.add("edition", f"{rng.randint(2, 9)}. Aufl.").p(rng.choice((", ", " ")))
            if item.get("location"):
                note.add("location", item.get("location")).p(" ")
            note.add("date", item.get("year"))
            if rng.random() < 0.7:
                note.p(", ").add("locator", _de_pinpoint(rng))
    else:  # a.a.O. (Fn. 3), S. 12  /  Müller (Fn. 3), S. 12  /  Müller, wie Anm. 3, 12
        if family:
            note.add("author", family).p(rng.choice((", ", " ")) if rng.random() < 0.6 else " ")
        mark = rng.choice(("Fn.", "Fn.", "Anm.", "Fußnote"))
        number = rng.randint(1, 180)
        form = rng.random()
        if form < 0.4:
            note.add("backref", f"{rng.choice(('a.a.O.', 'aaO', 'a. a. O.'))} ({mark} {number})")
        elif form < 0.7:
            note.p("(").add("backref", f"{mark} {number}").p(")")
        else:
            note.add("backref", f"{rng.choice(('wie', 'siehe'))} {mark} {number}")
        note.p(", ").add("locator", _de_pinpoint(rng) if rng.random() < 0.7 else str(rng.randint(1, 600)))
    _end(note, rng)
    return note


def _render_bluebook(item: Item, rng: random.Random, lang: str) -> Note:
    """US law review notes: volume before the abbreviated journal, year last, Id. and supra."""
    note = Note()
    roll = rng.random()
    author = item.get("author")
    first, last = _page_span(item, rng)
    pin = rng.randint(first, last)
    pin_text = str(pin) if rng.random() < 0.7 else f"{pin}–{str(pin + rng.randint(1, 9))[-2:]}"
    if rng.random() < 0.15:
        pin_text += f" n.{rng.randint(1, 120)}"
    if roll < 0.15:  # Id. at 2030.
        note.add("backref", rng.choice(("Id.", "Id.", "id.", "Ibid.")))
        if rng.random() < 0.8:
            note.p(" ").add("locator", f"at {pin_text}")
        _end(note, rng)
        return note
    if rng.random() < 0.35:
        note.add("signal", rng.choice(_US_SIGNALS)).p(" ")
    if roll < 0.3:  # Sunstein, supra note 12, at 45.
        if author:
            note.add("author", _family(author)).p(", ")
        elif rng.random() < 0.5:
            note.add("title", _short_title(item.get("title"), rng)).p(", ")
        note.add("backref", f"supra {rng.choice(('note', 'note', 'note', 'n.'))} {rng.randint(1, 200)}")
        if rng.random() < 0.85:
            note.p(", ").add("locator", f"at {pin_text}")
        _end(note, rng)
        return note
    if author:
        note.add("author", _person(author, rng)).p(", ")
    journal = item.get("container-title")
    if roll < 0.8:  # 144 U. Pa. L. Rev. 2021, 2025 (1996).
        note.add("title", item.get("title")).p(", ")
        journal = rng.choice(_US_REVIEWS) if rng.random() < 0.5 or not journal else _abbreviate(journal)
        note.add("volume", _volume_number(item, rng, 200)).p(" ").add("container-title", journal)
        note.p(" ").add("pages", str(first))
        if rng.random() < 0.75:
            note.p(", ").add("locator", pin_text)
        note.p(" (").add("date", item.get("year")).p(")")
    else:  # Ronald Dworkin, Law's Empire 45 (1986).
        note.add("title", item.get("title"))
        if rng.random() < 0.7:
            note.p(" ").add("locator", pin_text)
        note.p(" (")
        if rng.random() < 0.2:
            note.add("edition", f"{rng.choice(('2d', '3d', '4th', '5th'))} ed.").p(" ")
        elif item.get("publisher") and rng.random() < 0.2:
            note.add("publisher", item.get("publisher")).p(" ")
        note.add("date", item.get("year")).p(")")
    _end(note, rng)
    return note


_CASE_PARTIES = (
    "Board of Education", "United States", "State", "Commissioner of Police", "Jones", "Smith",
    "Secretary of State for the Home Department", "Attorney General", "Hedley Byrne & Co Ltd",
    "Miller", "City of New York", "Wade", "Arizona", "Stevenson", "Heller & Partners Ltd",
)
_US_REPORTERS = ("U.S.", "U.S.", "F.2d", "F.3d", "F. Supp.", "F. Supp. 2d", "S. Ct.", "N.E.2d",
                 "Cal. App. 4th", "N.Y.2d", "P.3d", "A.2d")
_US_COURTS = ("", "", "", "9th Cir. ", "2d Cir. ", "D.C. Cir. ", "S.D.N.Y. ", "Cal. ", "N.Y. ")
_UK_REPORTERS = ("AC", "AC", "QB", "KB", "Ch", "WLR", "All ER", "Lloyd's Rep", "UKHL", "EWCA Civ", "ECR")
_DE_REPORTERS = ("BGHZ", "BVerfGE", "BGHSt", "BAGE", "RGZ", "BVerwGE")
_DE_COURTS = ("BGH", "BVerfG", "BAG", "OLG München", "LG Berlin", "OGH", "BSG", "EuGH")


def _render_case(item: Item, rng: random.Random, lang: str) -> Note:
    """A court decision: US, English and German reporter forms (no author; the parties are the title)."""
    note = Note()
    first = rng.randint(1, 1400)
    pin = first + rng.randint(0, 30)
    year = item.get("year") if re.fullmatch(r"1[89]\d\d|20[0-2]\d", item.get("year")) else str(rng.randint(1880, 2022))
    party = _family(item.get("author")) or rng.choice(_CASE_PARTIES)
    roll = rng.random()
    if roll < 0.35:  # Brown v. Board of Education, 347 U.S. 483, 495 (1954).
        if rng.random() < 0.3:
            note.add("signal", rng.choice(_US_SIGNALS)).p(" ")
        other = rng.choice(_CASE_PARTIES)
        title = f"{party} v. {other}" if rng.random() < 0.8 else f"In re {party}"
        note.add("title", title).p(", ").add("volume", str(rng.randint(1, 600))).p(" ")
        note.add("container-title", rng.choice(_US_REPORTERS)).p(" ").add("pages", str(first))
        if rng.random() < 0.7:
            note.p(", ").add("locator", str(pin))
        court = rng.choice(_US_COURTS)
        note.p(" (")
        if court:
            note.add("note", court.strip()).p(" ")
        note.add("date", year).p(")")
    elif roll < 0.65:  # Donoghue v Stevenson [1932] AC 562 (HL) 580;  R v Brown (1993) 97 Cr App R 44
        title = f"{party} v {rng.choice(_CASE_PARTIES)}" if rng.random() < 0.75 else f"R v {party}"
        note.add("title", title).p(" ")
        if rng.random() < 0.7:
            note.p("[").add("date", year).p("] ")
            if rng.random() < 0.4:
                note.add("volume", str(rng.randint(1, 4))).p(" ")
        else:
            note.p("(").add("date", year).p(") ").add("volume", str(rng.randint(1, 120))).p(" ")
        note.add("container-title", rng.choice(_UK_REPORTERS)).p(" ").add("pages", str(first))
        if rng.random() < 0.4:
            note.p(" (").add("note", rng.choice(("HL", "CA", "PC", "UKSC"))).p(")")
        if rng.random() < 0.6:
            pin_text = str(pin) if rng.random() < 0.6 else f"[{rng.randint(1, 90)}]"
            note.p(rng.choice((" ", ", "))).add("locator", pin_text)
    else:  # BGHZ 154, 1 (5);  BGH NJW 2003, 1234 (1236);  BAG, Urt. v. 12.3.2003 – 5 AZR 12/02, Rn. 14
        form = rng.random()
        if form < 0.3:
            note.add("container-title", rng.choice(_DE_REPORTERS)).p(" ").add("volume", str(rng.randint(1, 160)))
            note.p(", ").add("pages", str(first))
        elif form < 0.7:
            note.add("author", rng.choice(_DE_COURTS)).p(rng.choice((" ", ", ")))
            note.add("container-title", rng.choice(_DE_JOURNALS)).p(" ").add("date", year)
            note.p(", ").add("pages", str(first))
        else:
            note.add("author", rng.choice(_DE_COURTS)).p(", ")
            note.add("genre", rng.choice(("Urt. v.", "Beschl. v.", "Urteil vom"))).p(" ")
            note.add("date", f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.{year}").p(" – ")
            note.add("note", f"{rng.choice(('VIII', 'I', 'IX', '5', '2'))} {rng.choice(('ZR', 'AZR', 'BvR', 'StR'))} "
                             f"{rng.randint(1, 400)}/{year[-2:]}")
            if rng.random() < 0.5:
                note.p(", ").add("locator", f"Rn. {rng.randint(1, 80)}")
            _end(note, rng)
            return note
        if rng.random() < 0.7:
            note.p(" (").add("locator", str(pin)).p(")")
    _end(note, rng)
    return note


def _render_author_date(item: Item, rng: random.Random, lang: str) -> Note:
    """APA/Harvard: a full reference in a note, or an author-date short cite with a page."""
    note = Note()
    author = item.get("author")
    year = item.get("year")
    if rng.random() < 0.55 and author:  # (Smith 2004, 23)  /  Smith (2004: 23)  /  Smith 2004, p. 23
        page = str(rng.randint(1, 600))
        if rng.random() < 0.3:
            page += f"–{int(page) + rng.randint(1, 12)}"
        page = rng.choice((page, page, f"p. {page}" if "–" not in page else f"pp. {page}"))
        form = rng.random()
        family = _family(author)
        if form < 0.4:
            if rng.random() < 0.2:
                note.add("signal", rng.choice(("see", "cf.", "e.g.,"))).p(" ")
            note.p("(").add("author", family).p(rng.choice((" ", ", "))).add("date", year)
            note.p(rng.choice((", ", ": "))).add("locator", page).p(")")
        elif form < 0.7:
            _signal(note, rng, lang)
            note.add("author", family).p(" (").add("date", year).p(rng.choice((": ", ", ")))
            note.add("locator", page).p(")")
        else:
            _signal(note, rng, lang)
            note.add("author", family).p(rng.choice((" ", ", "))).add("date", year)
            note.p(rng.choice((", ", ": "))).add("locator", page)
        _end(note, rng)
        return note
    if author:
        note.add("author", _initials(author) if rng.random() < 0.7 else author).p(" (")
    else:
        note.p("(")
    note.add("date", year).p("). ").add("title", item.get("title")).p(". ")
    journal = item.get("container-title")
    if journal:
        first, last = _page_span(item, rng)
        note.add("container-title", journal).p(", ").add("volume", _volume_number(item, rng))
        if rng.random() < 0.6:
            note.p("(").add("issue", str(rng.randint(1, 6))).p(")")
        note.p(", ").add("pages", f"{first}–{last}")
    else:
        if item.get("location"):
            note.add("location", item.get("location")).p(": " if item.get("publisher") else "")
        note.add("publisher", item.get("publisher"))
    note.p(".")
    return note


def _comment(note: Note, rng: random.Random, lang: str) -> None:
    """A commentary clause after the citation ("…, p. 3, who argues that …"), labelled ``other``."""
    if note.segments and note.segments[-1][0] == "punct":
        kept = note.segments[-1][1].rstrip(".;, ")
        note.segments[-1] = ("punct", kept)
        if not kept:
            note.segments.pop()
    clause = rng.choice(_COMMENTS[lang])
    if clause.endswith(("that", "dass", "que", "come", "che", "lequel", "quale")):
        clause += " " + rng.choice(_COMMENT_TAILS[lang])
    note.p(rng.choice((", ", ", ", "; ", " – "))).add("other", clause).p("" if clause.endswith(".") else ".")


def _translit(item: Item, rng: random.Random) -> Item:
    """The same item with a transliterated Russian title, place and publisher."""
    words = rng.sample(_TRANSLIT_WORDS, rng.randint(3, 7))
    words[0] = words[0][:1].upper() + words[0][1:]
    values = dict(item.values)
    values["title"] = " ".join(words)
    values["location"] = rng.choice(_TRANSLIT_PLACES)
    if rng.random() < 0.5:
        values["publisher"] = rng.choice(_TRANSLIT_PUBLISHERS)
    return Item(item.id, values)


def _choose(item: Item, rng: random.Random) -> tuple[Callable[[Item, random.Random, str], Note], str]:
    """A template family (the mix of the module docstring) and the note's language."""
    lang = rng.choices(("en", "de", "fr", "it", "ru"), weights=(5, 2, 1, 2, 1))[0]
    roll = rng.random()
    if roll < 0.07:
        return _render_backref, lang
    if roll < 0.19:
        return _render_short, lang
    if roll < 0.29:
        return _render_bluebook, "en"
    if roll < 0.37:
        return _render_german_law, "de"
    if roll < 0.43:
        return _render_author_date, lang if lang != "ru" else "en"
    if roll < 0.48:
        return _render_case, "en"
    if item.get("container-title") and (item.get("editor") or item.get("publisher")):
        return _render_chapter, lang
    if item.get("container-title"):
        return _render_article, lang
    return _render_book, lang


def generate_notes(
    data_dir: Path, *, seed: int, count: int = 12_000, held_out: bool = False
) -> Iterator[Sequence]:
    """``count`` rendered notes as tagged sequences (ids ``synth-<n>-<source id>``).

    ``held_out`` renders the held-out records instead of the training ones
    (see :func:`read_items`).
    """
    rng = random.Random(seed)
    items = read_items(data_dir, held_out=held_out)
    if not items:
        return
    for n in range(count):
        item = rng.choice(items)
        render, lang = _choose(item, rng)
        if lang == "ru":
            item = _translit(item, rng)
        note = render(item, rng, lang)
        if render is not _render_backref and rng.random() < 0.07:
            _comment(note, rng, lang)
        segments = note.segments
        while segments and segments[0][0] == "punct":
            segments = segments[1:]
        if not segments:
            continue
        yield segments_to_sequence(f"synth-{n:05d}-{item.id}", "synth", segments)
