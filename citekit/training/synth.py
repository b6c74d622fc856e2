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
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

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
_YEAR = re.compile(r"(1[5-9]\d\d|20[0-2]\d)")
_NUMBER = re.compile(r"\b(\d{1,4}|[IVXLC]{1,6})\b")
_RANGE = re.compile(r"(\d+)\s?[-–—]\s?(\d+)")
_INVERTED = re.compile(r"^([^\W\d][\w'’´\-]+(?: [^\W\d][\w'’´\-]+)?), ((?:[^\W\d][\w´\-]*\.? ?){1,3})$")

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


_ROLE_WORDS = re.compile(r"^(?:in:?|ed\.|eds\.|edited by|hrsg\. v\.|a cura di)\s+|\s*\(?(?:eds?|hrsg|dir)\.?\)?$", re.IGNORECASE)


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
        number = f"{n}{rng.choice(['ff.', 'f.', 'ff', ' ff.'])}"
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
        sep = ". " if style == "de" else ", "
        if place:
            note.p(sep).add("location", place)
            if publisher and rng.random() < 0.5:
                note.p(", " if style != "de" else ": ").add("publisher", publisher)
            note.p(" " if rng.random() < 0.5 else ", ").add("date", year)
        else:
            note.p(sep).add("date", year)
    if rng.random() < 0.8:
        _locator(note, rng, {"de": "de", "fr": "fr", "it": "it"}.get(style, lang))
    _end(note, rng)
    return note


def _render_article(item: Item, rng: random.Random, lang: str) -> Note:
    note = Note()
    _signal(note, rng, lang)
    style = rng.choice(("seer", "chicago", "mhra", "de", "it", "oscola"))
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
        "de": ("„", "“, in: "), "it": ("«", "», in "), "oscola": ("‘", "’ "),
    }[style]
    if style == "it" and rng.random() < 0.5:
        open_q, close_q = "", ", in "
    note.p(open_q).add("title", item.get("title")).p(close_q)
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
        note.add("container-title", f"«{journal}»" if rng.random() < 0.5 else journal)
        note.p(", ").add("volume", vol).p(", ").add("date", year).p(", ").add("pages", f"pp. {pages}")
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
        note.add("title", _short_title(item.get("title"), rng))
        if rng.random() < 0.15:
            note.p(", ").add("backref", "cit.")
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


def _choose(item: Item, rng: random.Random) -> Callable[[Item, random.Random, str], Note]:
    roll = rng.random()
    if roll < 0.1:
        return _render_backref
    if roll < 0.25:
        return _render_short
    if item.get("container-title") and (item.get("editor") or item.get("publisher")):
        return _render_chapter
    if item.get("container-title"):
        return _render_article
    return _render_book


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
        lang = rng.choices(("en", "de", "fr", "it", "ru"), weights=(5, 2, 1, 2, 1))[0]
        if lang == "ru":
            item = _translit(item, rng)
        note = _choose(item, rng)(item, rng, lang)
        segments = note.segments
        while segments and segments[0][0] == "punct":
            segments = segments[1:]
        if not segments:
            continue
        yield segments_to_sequence(f"synth-{n:05d}-{item.id}", "synth", segments)
