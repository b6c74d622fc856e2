"""Back-references: "Ibid.", "Id.", "op. cit.", "supra n. 12" -> the occurrence ``kind``.

=========  ==============================================================
kind       written as
=========  ==============================================================
ibid       Ibid., Ibíd., Ibidem, Ib., Ebd., Ebenda, Ivi, Eod. loc., Tam zhe, Там же, Там само, Idem ibidem,
           Tamże (Polish), Tamtéž/Tamže (Czech, Slovak), Sst./Smst. (Danish, Swedish), Uo. (Hungarian),
           Aynı eser, Aynı yer, A.e. (Turkish), Στο ίδιο, Αυτόθι (Greek)
idem       Id., Íd., Idem, Eadem, Iidem, Ead., Ders., Dies., Derselbe, Dieselbe, Он же, Она же,
           Tenże/Taż (Polish), Tentýž/Táž (Czech), Uő. (Hungarian), Ο ίδιος/Η ίδια (Greek)
op-cit     op. cit., o. c., a.a.O., loc. cit., l. c., art. cit., ouvr. cit., cit., précité, Ukaz. soch.,
           Указ. соч., Зазнач. праця (Ukrainian), dz. cyt. (Polish), a.a. and anf. arb. (Swedish, Danish), a.w. and t.a.p. (Dutch),
           a.g.e. and a.g.m. (Turkish), ό.π. (Greek)
supra      supra, above, oben, wie Anm., ci-dessus, sopra, infra, below, unten
=========  ==============================================================

The ibid., idem and supra words are one list for the project (``IBID_FORMS``, ``IDEM_FORMS``,
``SUPRA_WORDS``): the extraction classifier builds its patterns from them too.

For "idem" the author is the previous entry's (copied when this reference
names none).  For "supra n. 12" the note number goes to the CSL variable
``first-reference-note-number``; the resolver follows it.  A back-reference
word the tagger read as the author or the title ("Ibíd., pág. 821", "Tam
zhe. S. 45") is no name and no title: it sets the kind and goes.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.model import CitationKind
from citekit.normalize._person import is_double_surname, parse_names
from citekit.normalize._text import expand_dashed_range
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import CIT_END_RE, CIT_ENDINGS, put_title

# ---- the back-reference vocabulary: one list for the project.  The extraction classifier
# (citekit.extraction.classify, citekit.extraction.split) builds its patterns from these lists
# too, so a form added here is known to both.  A form ending in "." needs its full stop; a space
# stands for any run of spaces.

#: the same work as the citation before: "Ibid.", "Ibíd." (Spanish), "Ebd." (German), "Ivi" (Italian),
#: "Tamże" (Polish), "Tamtéž"/"Tamže" (Czech, Slovak), "Там же"/"Tam zhe" (Russian), "Там само" (Ukrainian), "Sst."/"Smst."
#: (Danish, Swedish), "Uo." (Hungarian), "Aynı eser"/"Aynı yer" and "İbid." with the dotted capital (Turkish),
#: "Στο ίδιο" and "Αυτόθι" (Greek)
IBID_FORMS: tuple[str, ...] = (
    "ibid", "ibidem", "ibíd", "ibídem", "ib.", "ibd.", "ebd.", "ebenda", "eod.", "ivi",
    "tamże", "tamze", "tamtéž", "tamtez", "tamže", "tam že", "tam zhe", "tam je", "там же", "там само", "tam samo",
    "sst.", "smst.", "uo.", "aynı eser", "aynı yer", "İbid", "İbidem", "στο ίδιο", "αυτόθι",
)
#: the same author as the citation before: Latin, German ("Ders.", "Dies."), Polish ("Tenże", "Taż"),
#: Czech ("Tentýž", "Táž"), Hungarian ("Uő."), Russian ("Он же"), Greek ("Ο ίδιος", "Η ίδια")
IDEM_FORMS: tuple[str, ...] = (
    "idem", "ídem", "id.", "íd.", "eadem", "ead.", "iidem", "eidem", "ders.", "dies.", "derselbe", "dieselbe",
    "tenże", "taż", "tentýž", "týž", "táž", "tatáž", "uő.", "он же", "она же", "они же", "on zhe", "ona zhe",
    "ο ίδιος", "η ίδια", "οι ίδιοι", "του ιδίου", "της ιδίας",
)
#: the author's work cited before, as written out in full (each reader adds the spellings it meets:
#: OCR slips, forms that need their place after the author's comma): Latin, German ("a.a.O."), French,
#: Italian ("ed. cit."), Polish ("dz. cyt."), Swedish ("anf. arb."), Dutch ("t.a.p."), Russian, Ukrainian,
#: Turkish ("a.g.e." adı geçen eser, "a.g.m." adı geçen makale), Greek ("ό.π.", όπως παραπάνω)
OPCIT_FORMS: tuple[str, ...] = (
    "op. cit.", "loc. cit.", "art. cit.", "ouvr. cit.", "ed. cit.", "op. laud.", "a.a.O.", "dz. cyt.",
    "cyt. dz.", "art. cyt.", "op. cyt.", "anf. arb.", "t.a.p.", "ukaz. soch.", "указ. соч.", "цит. соч.",
    "зазнач. праця", "вказ. праця", "цит. праця", "zaznach. pratsia", "vkaz. pratsia",
    "ouvrage cité", "précité", "a.g.e.", "a.g.m.", "a. g. e.", "adı geçen eser", "ό.π.", "ο.π.", "ό. π.",
    # Spanish and Portuguese "obra citada"
    "ob. cit.", "obra citada",
)
#: a work cited in an earlier note: "supra n. 12", "above", "oben", "ci-dessus", "sopra"
SUPRA_WORDS: tuple[str, ...] = (
    "supra", "above", "oben", "vorstehend", "ci-dessus", "sopra", "retro", "infra", "below", "unten",
)


def forms_pattern(forms: tuple[str, ...], *, stops: bool = True) -> str:
    """A regex alternation of ``forms``, longest first.  With ``stops`` a form's own full stop is
    required and a form without one ends at a word's end (an optional stop may follow); without, the
    stops are dropped and every form ends at a word's end."""
    parts = []
    for form in sorted(set(forms), key=len, reverse=True):
        dotted = form.endswith(".")
        body = r"\s+".join(re.escape(word) for word in form.rstrip(".").split())
        parts.append(body + r"\." if dotted and stops else body + r"\b")
    return "(?:" + "|".join(parts) + ")"


SUPRA_RE = lazy_compile(
    r"\b" + forms_pattern(SUPRA_WORDS) + r"|\bwie\s+(?:Anm|Fn|Fußnote)\b",
    re.I,
)
_IDEM_WORDS = forms_pattern(IDEM_FORMS, stops=False)
#: "Ibid.", "Ibíd." (Spanish), "Tam zhe" (Russian, transliterated), and "Idem, ibidem" (the same author
#: and work, as Portuguese and Italian notes write it)
_IBID_RE = lazy_compile(
    r"^\W*(?:(?:idem|id)\.?,?\s+)?(?:eod\.?\s*loc\b|" + forms_pattern(IBID_FORMS, stops=False) + ")",
    re.I,
)
#: the words a whole span may be alone (tagged as an author or a title: "Ibíd.,", "Tam zhe.", "Ukaz. soch.")
_LONE_FORMS = (*(f for f in IBID_FORMS if f not in ("ib.", "ibd.", "ivi", "eod.", "uo.")),
               "id.", "íd.", "idem", "ídem", "supra", "infra", "ο ίδιος", "η ίδια", "οι ίδιοι",
               "ders.", "dies.", "derselbe", "dieselbe", "eadem", "ead.")
_LONE_BACKREF_RE = lazy_compile(
    # ("A.e.": the Turkish aynı eser, its second letter in lower case: "A.E." are initials)
    r"^\W*(?:" + forms_pattern(_LONE_FORMS, stops=False) + r"|ukaz\.?\s*soch|указ\.?\s*соч|ό\.\s?π|(?-i:[Aa]\.\s?e\.))\W*"
    # (the page's label may ride along: "Στο ίδιο, σσ." + "90–91.", "Ibid., pp." + "4–5.")
    r"(?:(?:pp?|σσ?|S|s)\.)?$",
    re.I,
)
#: the first letters of the words of ``_LONE_BACKREF_RE``
_LONE_HEADS = frozenset(ch for form in (*_LONE_FORMS, "ukaz", "указ", "ό") for ch in (form[0].lower(), form[0].upper()))
_IDEM_RE = lazy_compile(r"^\W*" + _IDEM_WORDS, re.I)
_OPCIT_RE = lazy_compile(
    r"\b(?:op\.?\s*[co]it|ob\.\s*cit|o\.\s*c|a\.\s*a\.\s*o|loc\.?\s*cit|l\.\s*c|art\.?\s*cit|ouvr\.?\s*cit|"
    r"op\.?\s*laud|cit|pr[ée]cit[ée]e?s?|ukaz\.?\s*soch|указ\.?\s*соч|dz\.\s*cyt|cyt\.\s*dz|anf\.\s*arb)\b"
    # (lower case only: "A. A." are initials)
    r"|(?-i:\ba\.\s?a\.(?!\s?O)|\ba\.\s?w\.|\bt\.\s?a\.\s?p\.)"
    r"|(?<!\w)" + forms_pattern(OPCIT_FORMS),  # (the project's list)
    re.I,
)
#: an op. cit. riding at the end of the author span: "Heckscher, a.a.,", "Tazbir, dz. cyt.," (the
#: tagger knows the Latin forms, not the Scandinavian, Polish or Dutch ones); searched in the span's end
_AUTHOR_TAIL_OPCIT_RE = lazy_compile(
    r",\s*(?:(?-i:a\.\s?a\.|a\.\s?w\.|t\.\s?a\.\s?p\.)|dz\.\s?cyt\.?|cyt\.\s?dz\.?|anf\.\s?arb\.?|op\.\s?cit\.?|[όο]\.\s?π\.?)"
    # (and the volume cited after it: "Βακαλόπουλος, ό.π., τ. Β΄,", "Heckscher, a.a., vol. 2,")
    r"(?:,\s*(?:τ|vol|t|bd|т)\.\s*(?P<volume>\d{1,3}|[IVXLC]{1,6}|[Α-Ω]{1,3}[΄ʹ']))?"
    r"\s*[,.;:]?\s*$",
    re.I,
)
#: "in Id.," / "in: ders.,": the work is in a book by the same author (a chapter, not a back-reference)
_IN_IDEM_RE = lazy_compile(r"^\W*(?:in|dans)\s*:?\s+" + _IDEM_WORDS, re.I)
_NOTE_NUMBER_RE = lazy_compile(r"\b(?:n|nn|note|nota|anm|fn|footnote)\.?\s*(\d+)", re.I)


def backref_kind(text: str) -> CitationKind | None:
    """The kind a back-reference span announces, or ``None``."""
    if SUPRA_RE.search(text):
        return "supra"
    if _IBID_RE.match(text):
        return "ibid"
    if _OPCIT_RE.search(text):
        return "op-cit"
    if _IDEM_RE.match(text):
        return "idem"
    return None


def _leading_signal(text: str) -> int:
    """Where a back-reference span goes on after a signal inside it ("See id."), or 0 (the parser's
    signal words, imported when first needed)."""
    from citekit.parser.signals import leading_signal

    return leading_signal(text, adverb=False)


_PRIORITY: dict[str, int] = {"supra": 4, "ibid": 3, "op-cit": 2, "idem": 1}


class BackRef(Normalizer):
    """backref spans -> ``kind`` (and the idem author, the supra note number)."""

    name: ClassVar[str] = "backref"
    code: ClassVar[str] = "P112"
    keys: ClassVar[tuple[str, ...]] = (
        "kind", "author", "container-author", "first-reference-note-number", "volume", "issue", "page",
        "locator", "label", "title", "title-short", "prefix", "publisher", "publisher-place", "container-title",
        "note", "collection-title", "collection-number",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset(
        {"backref", "title", "volume", "issue", "locator", "pages", "other", "author"}
    )

    def __call__(self, state: ItemState, ctx: Context) -> None:
        if "title" not in state.spans and "container-title" not in state.spans:
            self._oscola_cross_reference(state)  # (its own first test, made here: most references have a title)
        if "backref" not in state.spans and state.sequence:
            first_label, first = state.sequence[0]
            lone = None
            if first_label == "punct" or first_label == "signal" or (len(first) <= 16 and first[:1] in _LONE_HEADS):
                lone = _lone_backref_span(state)
            if lone is not None:
                _read_lone_backref(state, ctx, lone)
                return
            # (no title: "Heckscher, a.a.,"; every form of ``_AUTHOR_TAIL_OPCIT_RE`` has a period among the
            # span's last six characters)
            if "title" not in state.spans and (authors := state.spans.get("author")) and "." in authors[-1][-6:] and (
                _author_tail_opcit(state)
            ):
                return
            if first_label == "author" and len(state.sequence) > 1 and _opcit_after_author(state):
                return
            if (first_label in _MISREAD_NAME_KEYS or first_label == "signal") and "author" not in state.spans and (
                "title" not in state.spans and _names_and_opcit_misread(state)
            ):
                return
            if first_label == "author" and first[:1] in _IDEM_TITLE_HEADS and _idem_before_title(state, ctx, first):
                return
        spans = list(state.spans.get("backref", ()))
        for title in state.spans.get("title", ()):
            if title.rstrip(" ,;:").endswith(CIT_ENDINGS) and CIT_END_RE.search(title.strip(" ,;:")):
                spans.append(title.strip(" ,;:"))  # "Le prime nove... cit.": the back-reference rode along
        if not spans:
            return
        kind: CitationKind | None = None
        inner = _inner_idem_spans(state)
        for text in spans:
            found = backref_kind(text)
            if found is None and (end := _leading_signal(text)) and (found := backref_kind(text[end:])):
                # "See id." in one span (Bluebook): the signal is the prefix, the rest the back-reference
                words = text[:end].strip(" ,")
                state.prefix = f"{state.prefix} {words}" if state.prefix else words
            if (found == "idem" and text in inner) or _IN_IDEM_RE.match(text):
                # "…, in Id., Container": no back-reference; the container is the author's own book
                names = state.item.get("author")
                if names and "container-author" not in state.item:
                    state.item["container-author"] = [dict(n) for n in names]
                continue
            if found and (kind is None or _PRIORITY[found] > _PRIORITY[kind]):
                kind = found
            if found == "supra" and "first-reference-note-number" not in state.item:
                m = _NOTE_NUMBER_RE.search(text)
                if m:
                    state.item["first-reference-note-number"] = m.group(1)
        if kind is None:
            return
        if kind == "idem" and "title" not in state.spans and "author" not in state.spans and _at_pinpoint(state):
            kind = "ibid"  # Bluebook's "Id. at 1235": the same work as the note before, at another page
        state.kind = kind
        if kind == "op-cit":
            _double_surname_author(state)
        if kind != "supra" and state.locator is None:
            _volume_and_page(state)
        elif state.label == "page" and (riding := _LEAF_LABEL_RE.search(spans[-1])) is not None:
            # "Ibid., fol." + "13.": the leaf's or the column's label rode along with the back-reference
            state.label = "column" if riding.group(1).startswith("col") else "folio"
        if kind == "idem" and "author" not in state.item and ctx.prev:
            names = ctx.prev.get("author") or ctx.prev.get("editor")
            if names:
                state.item["author"] = [dict(n) for n in names]


    @staticmethod
    def _oscola_cross_reference(state: ItemState) -> None:
        """"Raz (n 3) 50": the work first cited in note 3, at page 50 (OSCOLA), whatever the tagger
        called the bracket (a volume, an issue, a locator)."""
        spans = state.spans
        if "title" in spans or "container-title" in spans:
            return  # (the cross-reference stands for the work: "Raz (n 3) 50" names no title)
        for label in _CROSS_REFERENCE_LABELS:
            for text in spans.get(label, ()):
                if "(n" in text and (m := _CROSS_REFERENCE_RE.match(text)):  # (most spans: no "(n")
                    _read_cross_reference(state, label, m)
                    return


def _double_surname_author(state: ItemState) -> None:
    """"García Martínez, op. cit.": a back-reference names its author by the surnames alone, and two of them
    are one family name, not a given name and a family name."""
    authors = state.spans.get("author")
    names = state.item.get("author")
    if not authors or len(authors) != 1 or not isinstance(names, list) or len(names) != 1:
        return
    text = authors[0].strip(" ,;:")
    name = names[0]
    if is_double_surname(text) and {"given", "family"} <= set(name) and f"{name['given']} {name['family']}" == text:
        state.item["author"] = [{"family": text}]


def _author_tail_opcit(state: ItemState) -> bool:
    """"Heckscher, a.a., s. 120": the op. cit. the tagger left at the end of the author span.
    The names before it stay the author's; the kind is op-cit."""
    authors = state.spans.get("author")
    if not authors or len(authors) != 1:
        return False
    text = authors[0]
    tail = text[-16:]
    if "," not in tail or "." not in tail:
        return False
    m = _AUTHOR_TAIL_OPCIT_RE.search(text)
    if m is None or m.start() == 0:
        return False
    names = parse_names(text[: m.start()])[0]
    if names:
        state.item["author"] = names
    if m["volume"]:
        state.item["volume"] = m["volume"]
    state.kind = "op-cit"
    return True


#: what the variables a span of names and an op. cit. became, by the label the tagger gave it
_MISREAD_NAME_KEYS: dict[str, tuple[str, ...]] = {
    "collection-title": ("collection-title", "collection-number"), "container-title": ("container-title",),
    "other": (), "publisher": ("publisher",),
}


def _names_and_opcit_misread(state: ItemState) -> bool:
    """"Πρβλ." + "Ν. Σβορώνος, ό.π.," + "σσ. 40–41.": a person's name and an op. cit. the tagger read as a series
    (or a journal, a publisher).  The names are the author's, what the span became goes; the kind is op-cit."""
    for label, text in state.sequence:
        if label == "punct" or label == "signal":
            continue
        if label not in _MISREAD_NAME_KEYS or "." not in text[-6:] or not (m := _AUTHOR_TAIL_OPCIT_RE.search(text)):
            return False
        names = parse_names(text[: m.start()])[0] if m.start() > 0 else []
        if not names or not all("family" in name and "given" in name for name in names):
            return False  # (a person, named with a given name or initials: "Ν. Σβορώνος")
        for key in _MISREAD_NAME_KEYS[label]:
            state.item.pop(key, None)
        state.item["author"] = names
        if m["volume"]:
            state.item["volume"] = m["volume"]
        state.kind = "op-cit"
        return True
    return False


#: what the variables a span became, by its label (for a span that was an op. cit. after all)
_SPAN_KEYS: dict[str, tuple[str, ...]] = {
    "publisher": ("publisher",), "title": ("title", "title-short"), "container-title": ("container-title",),
    "location": ("publisher-place",), "other": (), "note": ("note",),
}
_LONE_OPCIT_RE = lazy_compile(r"^\W*" + forms_pattern(OPCIT_FORMS) + r"\W*$", re.I)


def _opcit_after_author(state: ItemState) -> bool:
    """"İnalcık, a.g.e., s. 112": an op. cit. the tagger read as the span after the author's name (a
    publisher, a title).  What it became is dropped; the kind is op-cit."""
    label, text = state.sequence[1]
    if label not in _SPAN_KEYS or len(text) > 18 or "." not in text or not _LONE_OPCIT_RE.match(text):
        return False
    for key in _SPAN_KEYS[label]:
        state.item.pop(key, None)
    state.kind = "op-cit"
    return True


#: "Ο ίδιος, Ελληνικός Ρομαντισμός": the same author's word, a comma, then the work's title, in one author span
_IDEM_TITLE_RE = lazy_compile(r"^\W*" + _IDEM_WORDS + r"\.?,\s+(?P<title>[^\W\d_].{2,})$", re.I)
#: the first letters of the idem forms (one look-up before the expression)
_IDEM_TITLE_HEADS = frozenset(ch for form in IDEM_FORMS for ch in (form[0].lower(), form[0].upper()))


def _idem_before_title(state: ItemState, ctx: Context, text: str) -> bool:
    """"Ο ίδιος, Title" read as one author span with no title span: the kind is idem, the rest is the
    title, and the author the previous citation's."""
    if "title" in state.spans or not (m := _IDEM_TITLE_RE.match(text)):
        return False
    item = state.item
    item.pop("author", None)
    put_title(item, m["title"].strip(" ,;:"))
    state.kind = "idem"
    if ctx.prev and (names := ctx.prev.get("author") or ctx.prev.get("editor")):
        item["author"] = [dict(n) for n in names]
    return True


def _lone_backref_span(state: ItemState) -> str | None:
    """"Ibíd., pág. 821", "Tam zhe. S. 45", "Voir supra, n. 12": the back-reference word the tagger took
    for an author or a title opens the reference and stands alone.  Its name or title is dropped;
    the word is returned."""
    for label, text in state.sequence:
        if label == "punct" or label == "signal":
            continue
        if label not in ("author", "title") or len(text) > 16 or not _LONE_BACKREF_RE.match(text):
            return None
        item = state.item
        for key in ("author",) if label == "author" else ("title", "title-short"):
            item.pop(key, None)  # (only what the word became: "Idem, Another Title" keeps its title)
        return text
    return None


def _read_lone_backref(state: ItemState, ctx: Context, text: str) -> None:
    kind = backref_kind(text) or "ibid"
    state.kind = kind
    item = state.item
    if kind == "idem" and ctx.prev:
        names = ctx.prev.get("author") or ctx.prev.get("editor")
        if names:
            item["author"] = [dict(n) for n in names]
    elif kind == "supra" and state.label == "note" and "first-reference-note-number" not in item:
        item["first-reference-note-number"] = state.locator  # "supra, n. 12": the note of the first citation
        state.locator = state.label = None
    elif kind == "ibid" and state.locator is None:
        _volume_and_page(state)


#: a leaf's or a column's label closing a back-reference span: "Ibid., fol.", "Ebd., Bl.", "Ibid., col."
_LEAF_LABEL_RE = lazy_compile(r",\s(fol|fols|ff|f|Bl|col|cols)\.$")
#: "Ibid., 2:45": the volume and the page cited in one (Chicago's multi-volume works)
_VOLUME_PAGE_RE = lazy_compile(r"^\s*\d{1,2}\s*:\s*\d+(?:\s*[-–]\s*\d+)?\s*[.,;]?\s*$")


def _volume_and_page(state: ItemState) -> None:
    """"Ibid., 2:45", tagged as a volume: what is cited, as written (volume 2, page 45)."""
    volumes = state.spans.get("volume")
    if volumes and len(volumes) == 1 and ":" in volumes[0] and _VOLUME_PAGE_RE.match(volumes[0]):
        item = state.item
        for key in ("volume", "issue", "page"):
            item.pop(key, None)  # (what the volume step made of it)
        state.locator = expand_dashed_range(volumes[0].strip(" .,;").replace(" ", ""))
        state.label = "page"


def _read_cross_reference(state: ItemState, label: str, m: re.Match[str]) -> None:
    item = state.item
    for key in ("volume", "issue", "page"):
        item.pop(key, None)
    item["first-reference-note-number"] = m["note"]
    state.kind = "supra"
    spans = state.spans
    if m["pin"]:
        state.locator, state.label = m["pin"].replace("–", "-"), "page"
    elif label in ("locator", "pages") and len(spans.get("locator", ())) + len(spans.get("pages", ())) == 1:
        state.locator = state.label = None  # "(n 4)" was read as the page cited


#: "(n 3)", "(n 3) 50", "(fn 12) 4–6": a cross-reference to an earlier note, then the page cited
_CROSS_REFERENCE_RE = lazy_compile(r"^\s*\((?:n|nn|fn)\.?\s*(?P<note>\d+)\)\s*,?\s*(?P<pin>\d+(?:\s*[-–]\s*\d+)?)?\s*[.,;]?\s*$")
_CROSS_REFERENCE_LABELS = ("volume", "issue", "locator", "pages", "other", "backref")


def _at_pinpoint(state: ItemState) -> bool:
    """The only locator is marked "at" ("at 1235", "at 12 n.4"): Bluebook's pinpoint after "Id."."""
    locators = state.spans.get("locator", ())
    return len(locators) == 1 and locators[0].lstrip()[:3] == "at " and "container-title" not in state.spans


def _inner_idem_spans(state: ItemState) -> frozenset[str]:
    """Back-reference spans that follow the reference's own title ("Title, in Id., Book")."""
    seen_title = False
    inner: set[str] = set()
    for label, text in state.sequence:
        if label == "title":
            seen_title = True
        elif label == "backref" and seen_title:
            inner.add(text)
    return frozenset(inner)
