"""An author span that holds the title too: "al-Ṭabarī, Tārīkh al-rusul wa-l-mulūk, ed. M. J. de Goeje" +
"(Leiden: Brill, 1879–1901)", "Kâtib Çelebi, Keşfü'z-zunûn" + "(İstanbul: …)".

A note names an author, the work, perhaps its editor or translator, and then the bracketed imprint.  When
the tagger meets a title it cannot tell from a name (transliterated Arabic, Persian, Ottoman Turkish) it
reads the whole head of the note as the author, and the names step finds a person in the title.  When a
note has no title span and its one author span, directly before a bracketed imprint, is "Name, Title[,
ed./trans. Names]", the step reads it again: the author, the title, and the editor or translator.  A
bibliography's inverted name ("Hallaq, Wael B.") is no such span: the part after the comma must not be a
few capitalised words with a given name or initials among them.  The bracket's place may close the span too ("…, ed. X (Kayseri:" +
"Publisher,"): it is the ``publisher-place``.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import given_names, is_initials, parse_names
from citekit.normalize._text import OPENING_QUOTES, squash
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import put_title

_HEAD_RE = lazy_compile(
    r"^(?P<author>[^,()]{2,60}),\s(?P<title>[^()]{2,200}?)"
    r"(?:,\s(?:(?P<editor>ed\.|eds\.|edited\s+by|haz\.|yay\.\s+haz\.|hrsg\.\s+v(?:on|\.)|hg\.\s+v(?:on|\.)|éd\.)"
    r"|(?P<translator>trans\.|translated\s+by|çev\.|übers\.\s+v(?:on|\.)|trad\.))\s(?P<names>[^()]{2,100}?))?[,.]?$"
)
#: the labels of a bracketed imprint's first span (not a date: "Procházková, I., … Geisler, D." + "(1998)." is an
#: author-date list of names)
_IMPRINT = frozenset({"location", "publisher"})
#: the bracketed imprint's place closing the span: " (Kayseri:"
_PLACE_OPENING_RE = lazy_compile(r"\s\((?P<place>[A-ZÀ-ÞÇĞİÖŞÜ][^():,;]{1,40}):$")
#: an initial opening the part after the comma, or a "&": the rest of a list of names
_NAMES_AFTER_RE = lazy_compile(r"^[A-Z]\.|&")


class AuthorTitleSplit(Normalizer):
    """One author span "Name, Title[, ed. Names]" before "(Place: …)" -> ``author``, ``title``,
    ``editor``/``translator``."""

    name: ClassVar[str] = "author-title-split"
    code: ClassVar[str] = "P152"
    keys: ClassVar[tuple[str, ...]] = (
        "author", "editor", "translator", "title", "title-short", "custom", "publisher-place",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"author", "title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        spans = state.spans
        if "author" not in spans:
            if "editor" not in spans and "container-title" not in spans:
                _author_in_title(state)  # "Ralph-Johannes Lilie, Byzanz und die Kreuzzüge," + "Stuttgart"
            return
        if "title" in spans:
            author_spans = spans.get("author", ())
            if len(author_spans) == 1 and author_spans[0][-1:] == ":" and ", " in author_spans[0]:
                _main_title_in_author(state)  # "Jean Porter, Natural and Divine Law:" + "Reclaiming …"
            return
        if "container-title" in spans or len(spans.get("author", ())) != 1:
            return
        sequence = state.sequence
        position = next((i for i, (label, _) in enumerate(sequence) if label == "author"), -1)
        if position > 1 or position + 1 >= len(sequence):
            return
        label, after = sequence[position + 1]
        text = squash(sequence[position][1])
        place = None
        if label == "publisher" and text.endswith(":") and (opening := _PLACE_OPENING_RE.search(text)):
            # "…, ed. Faris Çerçi (Kayseri:" + "Erciyes Üniversitesi Yayınları,": the imprint's place rode along
            place, text = opening["place"], text[: opening.start()]
        elif label not in _IMPRINT or not after.lstrip().startswith("("):
            return  # (the commonest case: an author, then a title or anything but a bracketed imprint)
        if ", " not in text:
            return
        m = _HEAD_RE.match(text)
        if m is None:
            return
        if _NAMES_AFTER_RE.search(m["title"]):
            return  # "Procházková, I., Lamorlette, M.-J., & Geisler, D.": names, no title
        words = text[m.start("title"):].split()  # (with its final stop: "Wael B.")
        if len(words) <= 3 and all(w[:1].isupper() for w in words) and any(
            is_initials(w) or w.lower().strip(".") in given_names() for w in words
        ):
            return  # "Hallaq, Wael B.": an inverted name
        authors, _ = parse_names(m["author"])
        if not authors:
            return
        item = state.item
        for key in ("author", "editor", "translator", "title", "title-short"):
            item.pop(key, None)
        custom = item.get("custom")
        if isinstance(custom, dict) and "et-al" in custom:
            rest = {k: v for k, v in custom.items() if k != "et-al"}
            if rest:
                item["custom"] = rest
            else:
                item.pop("custom")
        item["author"] = authors
        put_title(item, m["title"].strip())
        if place:
            item["publisher-place"] = place
        if m["names"]:
            names, et_al = parse_names(m["names"])
            role = "editor" if m["editor"] else "translator"
            if names:
                item[role] = names
                if et_al:
                    item["custom"] = {**(item.get("custom") or {}), "et-al": [role]}


#: "Given Family, Main Title:" (the author in reading order, then the title up to its subtitle's colon)
#: (no comma in the title's part: "Ulf Preuss-Lausitz, Chr. Preissing, H. Zeiher:" is a list of names)
_NAME_THEN_TITLE_RE = lazy_compile(r"^(?P<author>[^,()/;:&]{3,50}),\s(?P<title>[^,()/;:]{3,150}):$")


def _main_title_in_author(state: ItemState) -> None:
    """A title whose main part holds "and" read with the author, its subtitle alone as the title: "Jean Porter,
    Natural and Divine Law:" + "Reclaiming the Tradition for Christian Ethics".  Only an author in reading
    order (a given name or initials first) with a main title that is no list of names: "Müller, Hans:" (an
    inverted name) and "Jean Porter, Martha Nussbaum and Charles Taylor:" (three people) stay as they are."""
    sequence = state.sequence
    position = next((i for i, (label, _) in enumerate(sequence) if label == "author"), -1)
    if position > 1 or position + 1 >= len(sequence) or sequence[position + 1][0] != "title":
        return
    m = _NAME_THEN_TITLE_RE.match(squash(sequence[position][1]).strip())
    if m is None:
        return
    name_words = m["author"].split()
    if not 2 <= len(name_words) <= 4 or not (
        is_initials(name_words[0]) or name_words[0].lower() in given_names()
    ):
        return  # (a bibliography's "Family, Given:" or a corporate author)
    title_words = m["title"].split()
    given = sum(1 for w in title_words if is_initials(w) or w.lower().strip(".") in given_names())
    if not title_words or (given >= 1 and (len(title_words) <= 3 or given >= 2)):
        return  # (names: "Martha Nussbaum and Charles Taylor", "Hans Peter"; a one-word main title that is no
        # given name stays a title: "Thomas Lodge, Rosalynde:" + "Euphues Golden Legacie")
    authors, _ = parse_names(m["author"])
    if len(authors) != 1:
        return
    item = state.item
    subtitle = squash(sequence[position + 1][1]).strip().rstrip(",.;")
    if not subtitle:
        return
    item["author"] = authors
    item.pop("title-short", None)
    put_title(item, f"{m['title'].strip()}: {subtitle}")


#: "Given Family, Title": the author in reading order and the title in one title span
_NAME_IN_TITLE_RE = lazy_compile(r"^(?P<author>[^,()/;:&\d]{5,50}),\s(?P<title>[^()]{3,250}?)[,.]?$")
#: the words a name in reading order may hold besides capitalised ones
_NAME_PARTICLES = frozenset({
    "y", "e", "de", "da", "do", "dos", "del", "della", "di", "van", "von", "der", "den", "la", "le",
    # the joiners of East African and Arabic names: "Ngũgĩ wa Thiong'o", "Hamed bin Muhammed", "Ahmad ibn Hanbal"
    "wa", "bin", "binti", "ibn", "bint",
})
#: a joiner of patronymic names between two capitalised words: "Ngũgĩ wa Thiong'o", "Hamed bin Muhammed"
_PATRONYMIC_RE = lazy_compile(r"^[A-ZÀ-Þ]\S+\s(?:wa|bin|binti|ibn|bint)\s[A-ZÀ-Þ]")


def _author_in_title(state: ItemState) -> None:
    """A note with no author span whose title span opens with a person's name in reading order: "Ralph-Johannes
    Lilie, Byzanz und die Kreuzzüge," + "Stuttgart 2004", "Francisco Tomás y Valiente, Manual de historia del
    derecho español,".  The first word must be a known given name (each part of a hyphenated one), the name
    two to five words of capitals and particles, and what follows no second name ("John Smith, Jane Doe")."""
    sequence = state.sequence
    position = 1 if sequence and sequence[0][0] == "signal" else 0
    if position >= len(sequence) or sequence[position][0] != "title":
        return
    text = sequence[position][1]
    comma = text.find(", ")
    if comma < 5 or text[:1] in OPENING_QUOTES:
        return  # (almost every title: no comma early on, or a quoted title)
    first = text[: text.find(" ")] if " " in text[:comma] else ""
    if not first:
        return
    if not all(part.lower() in given_names() for part in first.split("-")) and not _PATRONYMIC_RE.search(text, 0, comma):
        return  # (a given name no list holds passes in an African or Arabic name by its joiner: "Ngũgĩ wa Thiong'o")
    m = _NAME_IN_TITLE_RE.match(squash(text).strip())
    if m is None:
        return
    words = m["author"].split()
    if not 2 <= len(words) <= 5 or not words[-1][:1].isupper() or any(
        not w[:1].isupper() and w not in _NAME_PARTICLES for w in words
    ):
        return
    title_words = m["title"].split()
    if ", " in m["title"]:
        return  # (more after the title: "Sérgio Buarque de Holanda, Raízes do Brasil, 26.ª ed.," is the names step's)
    if not m["title"][:1].isupper() and not m["title"][:1].isdigit():
        return  # ("Georgii Richteri, jc. eiusque familiarium, Epistolae …": the name is the title's own)
    if len(title_words) < 2 or (
        len(title_words) <= 3 and title_words[0].lower().strip(".") in given_names()
    ):
        return  # (a second person: "John Smith, Jane Doe")
    authors, _ = parse_names(m["author"])
    if len(authors) != 1:
        authors = [{"family": " ".join(words[1:]), "given": words[0]}]
    item = state.item
    item.pop("title-short", None)
    put_title(item, m["title"].strip())
    # (the author where the names step puts it, after the type: the entry reads as any other)
    head = {"type": item["type"]} if "type" in item else {}
    state.item = {**head, "author": authors, **{k: v for k, v in item.items() if k != "type" and k != "author"}}
