"""Titles: quotes and edge punctuation off, subtitles and transliteration kept.

The quotation marks around an article title are typography of the citing
style, not part of the title; a final "?" or "!" is.  A title with a subtitle
also gets ``title-short`` (the main title), which is what later short
citations of the same work repeat ("Hagenloh, Stalin’s Police, p. 6").
A second title span is the container (a journal in guillemets, "in …") when
the reference has none, otherwise a continuation of the title; a journal in
guillemets at the end of the title span itself ("La crisi, «Studi veneziani»",
as Italian notes write it) is split off the same way, and so is the imprint
of a Russian reference ("Sotsial'naia istoriia Rossii. SPb.: Dmitrii Bulanin").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import known_person_first, letter_people, parse_names
from citekit.normalize._text import QUOTES, VOLUME_COUNT_WORDS, fix_soft_signs, squash, strip_quotes
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.edition import parse_edition
from citekit.normalize.names import (
    SURNAMES_BY_SLASH,
    names_as_container,
    slashed_names,
)

#: ":", "?", "!" before a space, or "." before a space and a capital; one class first, so that
#: a search skips straight to the marks (the same matches as ``[:?!](?= )|\.(?= [A-ZÀ-Þ])``)
_SUBTITLE_RE = lazy_compile(r"[:?!.](?= )(?:(?<!\.)|(?= [A-ZÀ-Þ]))")
_IN_RE = lazy_compile(r"^(?:in|In|IN|dans|Dans)\s*:?\s+")
_TRAIL = " ,;:/"
#: "…, gen." or "…, general" closing a title whose editor span opens with "ed.": a general editor
_GENERAL_ROLE_TAIL_RE = lazy_compile(r",\s*gen(?:eral|\.)?$")
#: a span that opens with the editor's word ("ed. Gary Taylor", "eds Gary Taylor and …"), not "Edward"
_EDITOR_WORD_RE = lazy_compile(r"(?:eds?\.?|editors?)(?=\s)")
_YEAR_RANGE_ONLY_RE = lazy_compile(r"^\s*\(?(?:1[0-9]|20)\d\d\s*[-–—]\s*(?:\d\d){1,2}\)?\s*[,.;:]?\s*$")
#: "In:", "dans :", "w:" end a title span before the container they introduce
_IN_WORDS = frozenset({"in", "dans", "en", "im", "w", "v", "in:"})
#: words of periodicals and proceedings: such a container is a real one
#: words of periodicals (a container with one has volumes, not series numbers: see normalize.series)
PERIODICAL_WORDS = (
    r"journal|proceedings|review|quarterly|bulletin|annals?|annales|transactions|magazine|times|"
    r"zeitschrift|jahrbuch|rivista|revue|archiv\w*|gazette|newsletter"
)
SERIAL_WORDS_RE = lazy_compile(
    rf"\b(?:{PERIODICAL_WORDS}|proc|studies|conference|symposium|letters|studi|quaderni|cahiers|acta|"
    r"history|series)\b",
    re.I,
)
_ANY_YEAR_RE = lazy_compile(r"(?<!\d)(?:1[0-9]|20)\d\d(?!\d)")
#: a journal in guillemets closing a title span: "…di Creta, in «AMSI»"
_JOURNAL_TAIL_RE = lazy_compile(r"(?:[\s,;:]+(?:in\s+)?|\s*)«\s*(?P<journal>[^«»]{2,120}?)\s*»$")
#: a quoted title closed with its comma or period, then more words: "“Labour Unrest,” Manchester Guardian",
#: "“Raphael in Rome,” in Raphael: From Urbino to Rome"
_QUOTED_HEAD_RE = lazy_compile(
    r"^(?:\"(?P<t1>[^\"]{2,}?[,.])\"|“(?P<t2>[^”]{2,}?[,.])”|‘(?P<t3>[^’]{2,}?[,.])’)\s+(?:in:?\s+)?(?P<rest>[A-ZÀ-Þ«“].{2,})$"
)
#: ", in XXIII Corso …" inside one title span, before a place and year or pages of the book
#: a quoted title closed before its comma or period, then more words: "«Collectivisation, …»,
#: Cahiers du monde russe", "„Sozialgeschichte …“, Geschichte und Gesellschaft"
_QUOTED_THEN_COMMA_RE = lazy_compile(
    r"^(?:«\s*(?P<t1>[^«»]{2,}?)\s*»|“(?P<t2>[^“”]{2,}?)”|„(?P<t3>[^„“”]{2,}?)[“”]|‘(?P<t4>[^‘’]{2,}?)’"
    r"|\"(?P<t5>[^\"]{2,}?)\"|'(?P<t6>[^']{2,}?)'),\s+(?:in:?\s+)?"
    r"(?P<rest>(?:[A-ZÀ-Þ«“]|\d{1,2}(?:st|nd|th|rd)\b).{2,})$"
)
_IN_PLAIN_RE = lazy_compile(r",\s+(?:in|In|dans|Dans|στο|Στο|στη|στην|στον)\s+(?=[A-ZÀ-ÞΑ-ΩΆ-Ώ0-9«“\"])")


def _in_without_colon(title: str, state: ItemState) -> re.Match[str] | None:
    """", in Book" inside a title span, when an imprint or pages follow the span (a chapter's cite);
    also the Greek ", στο Β. Παναγιωτόπουλος (επιμ.), Book" without its colon."""
    if ", in " not in title and ", In " not in title and ", dans " not in title and ", στ" not in title:
        return None
    matches = list(_IN_PLAIN_RE.finditer(title))
    m = matches[-1] if matches else None  # the last ", in" (a title may hold an earlier one)
    if m is None or m.start() < 3 or len(title[m.end() :].split()) < 2:
        return None
    if BRACKETED_EDITORS_RE.match(title[m.end() :]):
        return m  # ", in X (eds.), Book": the editors named in their role say it, whatever follows the span
    after = _labels_after_title(state)[:1]
    # (or the book's editors: "« Lectures … », dans Histoire de la lecture," + "éd. Guglielmo Cavallo …")
    return m if after and after[0] in ("location", "publisher", "date", "pages", "locator", "editor") else None


#: ", in: " inside one title span: the colon makes it the container's cue, not title words
#: editors named before the book, their role in brackets: "P. Klep (red.), Migratie in Nederland",
#: "NOVAIS, Fernando A. (Org.). História da vida privada", "Κ. Κωστής – Σ. Πετμεζάς (επιμ.), Η ανάπτυξη …"
#: (French "(dir.)": the extraction pipeline's, for now); the container step reads it too
BRACKETED_EDITORS_RE = lazy_compile(
    r"^(?P<names>[^()\d]{3,80}?)\s*\((?:red|eds?|Eds?|Hrsg|Hg|Hgg|coord|orgs?|Orgs?|comp|coords?|επιμ)\.\)[,.:]?\s+"
    r"(?P<work>[^\W\d_«“\"„‘].*|[«“\"„‘].*)$"
)
_IN_COLON_RE = lazy_compile(r",\s+(?:in|In|dans|Dans|w|W|v|V|στο|Στο)\s*:\s+(?=\S)|,\s+\[(?:w|W|in|In|v|V)\s*:\]\s+(?=\S)")  # (Polish "w:", "[w:]", Czech "v:", Greek "στο:")
#: ", 2 vols" / "in 3 Bde." closing a title span: the work's number of volumes, not title words
#: (not "v" and "t" alone, which end folio references: "ff. 23 r, 23 v")
_VOLUMES_TAIL_RE = lazy_compile(
    rf"(?:,\s*|\s+in\s+)(?P<n>\d{{1,2}})\s+(?!v\b|t\b){VOLUME_COUNT_WORDS}\.?$", re.I
)
_SHORT_VOLUMES_TAIL_RE = lazy_compile(r",\s*(?P<n>\d{1,2})\s+[tv]$")
#: the last words of those statements (a cheap test before the expressions)
_STATEMENT_LAST_WORDS = frozenset(
    "vol vols volumes voll bde bände tomes tomi tt vv edn ed edition druk uppl upplaga vyd wyd udg oplag aufl izd "
    "bs baskı έκδ εκδ".split()
)
#: ", 2nd edn" / ", new edn" / ", rev. ed." closing a title span: the edition statement (and the
#: Dutch, Scandinavian, Czech, Polish and Greek ones: ", 4e druk", ", 2 uppl.", ", 2. vyd.", ", 6η έκδ.")
_EDITION_TAIL_RE = lazy_compile(
    r",\s*(?P<edition>(?:\d{1,3}(?:st|nd|rd|th)\s+anniversary|\d{1,2}(?:st|nd|rd|th|e|a|ª|º|-e|-е|η|\.[ªº]?)?|new|rev\.?|"
    r"revised|enl\.?|enlarged|second|third|fourth|fifth|anniversary|expanded|revised\s+and\s+expanded)"
    # (and the Turkish baskı: ", 4. bs.")
    r"\s+(?:edn|ed|edition|druk|uppl|upplaga|vyd|wyd|udg|oplag|aufl|izd|bs|baskı|έκδ|εκδ)\.?)$",
    re.I,
)
#: ", vol. III/2", ", sv. 2", ", Bd. 4" closing a title span: the volume cited
_VOLUME_TAIL_RE = lazy_compile(
    r",\s+(?:vol\.?|sv\.|bd\.|Bd\.|t\.|tom\.?|deel|dl\.|τ\.|τόμ\.?)\s*(?P<volume>\d{1,3}(?:/\d{1,2})?|[IVXLC]{1,6}(?:/\d{1,2})?)$"
)
#: a dictionary's entry cited after the work's title: ", s.v. "Morgan, Evan"", ", s. v. Tithe", Greek ", λ. «Φιλική
#: Εταιρεία»" (λήμμα); perhaps with the entry's author after it (", s.v. "Theme," by A. Kazhdan")
_SUB_VERBO_TAIL_RE = lazy_compile(
    r",?\s+(?:s\.\s?v\.|λ\.|λήμμα)\s+[\"“‘'«]?(?P<entry>[^\"“”‘’«»]{1,80}?)[\"”’'»]?[.,]?"
    r"(?:\s+(?:by|von|par|di|του|της)\s+[^\"“”‘’«»,;]{2,60})?$"
)
#: a bracketed series and its number: "Storia della musica, 4", "Studi e testi 123"
#: the headword's mark before guillemets: ", s.v." + " «", ", λ." + " «"
_SUB_VERBO_HEAD_RE = lazy_compile(r"(?:s\.\s?v\.|λ\.|λήμμα)$")
_BRACKETED_SERIES_NUMBER_RE = lazy_compile(r"^(?P<series>[^\d,;:()]*[^\W\d][^\d,;:()]*?),?\s+(?P<number>\d{1,4})$")
#: a volume's label alone closing a title span, its number in the volume span after it: "Storia di Genova, vol."
_VOLUME_WORD_TAIL_RE = lazy_compile(r",\s*(?:vol|t|v|Bd|bd|tome|tomo|tom|vyp|kn|sv|deel|dl|Band|Teil|τ|τόμ)\.?$")
#: the last words (lower case, no period) ``_VOLUME_WORD_TAIL_RE`` finds
_VOLUME_WORDS = frozenset("vol t v bd tome tomo tom vyp kn sv deel dl band teil τ τόμ".split())
#: an exhibition catalogue's mark closing a title span, perhaps with the venue after it
#: (also German "Ausst.-Kat.", French "cat. exp.", Italian "catalogo della mostra"; and an auction's "sale cat.")
_EXHIBITION_CATALOGUE_RE = lazy_compile(
    r",\s*(?:(?P<exhibition>exh\.\s*cat\.?|exhibition\s+catalogue|Ausst\.\s?-\s?Kat\.?|Ausstellungskatalog"
    r"|cat\.\s*(?:d['’])?exp(?:o|osition)?\.?|catalogo\s+della\s+mostra)|(?P<sale>sale\s+cat(?:\.|alogue)|auction\s+catalogue))"
    r"(?:,[^,]{1,80}){0,3}$"
)
#: an auction house opening a sale catalogue's title: "Christie's, Old Master Paintings"
_AUCTION_HOUSE_RE = lazy_compile(r"^(?P<house>[A-Z][\w&. -]{1,40}?['’]s),\s+(?P<rest>\S.*)$")
#: the editor closing a title span after the author's name: "A Treatise of Human Nature, ed. L. A. Selby-Bigge"
#: (also "ed. with an introduction by", "edited with an introduction and notes by", "oprac. Oswald Balzer")
_EDITED_TAIL_RE = lazy_compile(
    r",\s+(?:ed\.|edited\s+by|ed\.\s+by|haz\.|yay\.\s+haz\.|(?:ed\.|edited)\s+with\s+(?:an?\s+)?(?:introduction|introd\.|commentary|notes)"
    r"(?:\s+and\s+(?:notes|commentary|an?\s+introduction))?\s+by"
    # a facsimile's or a calendar's maker: "The Norton Facsimile …, prepared by Charlton Hinman", "compiled by"
    r"|prepared\s+by|compiled\s+by"
    # Polish "oprac." (compiled by) and "pod red.", Dutch "bezorgd door", Swedish "utg. av", Danish "udg. af"
    r"|oprac\.|opracował|pod\s+red\.|bezorgd\s+door|utg\.\s+av|udg\.\s+af)\s+(?P<names>[A-ZÀ-Þ][^,;()\d]{2,60}?)$"
)
#: ", übers. von Reinhard Kaiser", ", trad. di F. Canobbio", ", translated by …", ", çev. Ruşen Sezer" (Turkish)
#: closing a title span
_TRANSLATED_TAIL_RE = lazy_compile(
    r",\s+(?:übers\.|übersetzt|trans\.|translated|trad\.|traduit|tradotto|traducción|çev\.|çeviren|μτφρ\.)"
    # the language translated into: "trad. it. di P. Chiodi", "trad. fr. par", "dt. Übers."
    r"(?:\s+(?:it|fr|franç|ingl|ted|esp|sp|port|dt|engl|ital)\.)?"
    r"(?:\s+(?:from\s+the|aus\s+dem|de\s+l['’]\s?|dal|dall['’]\s?)\s*[A-Za-zà-ÿ]+(?=\s+(?:by|von|par|da|di)\s))?"
    r"(?:\s+(?:von|by|par|di|de|da))?"
    r"\s+(?P<names>[A-ZÀ-ÞΑ-Ω][^,;()\d]{2,60}?)$"
)
#: a body's name opening a title span before the work's own title: "World Health Organization, Global
#: Report on Malaria", "Royal Commission on Historical Manuscripts, Report on …" (not "The Council of Trent, …",
#: nor a record office, which is the archive holding the document: "Norfolk Record Office, Bishop's Registers")
_CORPORATE_HEAD_RE = lazy_compile(
    r"^(?P<body>(?!(?:The|A|An)\s)(?:[A-Z][\w'’&-]*\s+){0,4}"
    r"(?:Organi[sz]ation|Commission|Council|Committee|Society|Association|Institute|Ministry|Department|Agency"
    r"|Academy|Foundation|Secretariat|Board|(?<!Record\s)Office)"
    r"(?:\s+(?:of|on|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,4})?),\s+(?P<rest>[A-Z][^,]*\s\S.*)$"
)
#: a review's own heading: "review of The Medieval Household, by Anne Whitby, Speculum" (the work
#: reviewed, its author, perhaps the periodical the review appeared in); French, Italian, German, Spanish too
_REVIEW_RE = lazy_compile(
    r"^(?:review\s+of|compte\s+rendu\s+de|recensione\s+(?:a|di)|Rezension\s+(?:von|zu)|reseña\s+de)\s+"
    r"(?P<work>\S.+?)(?:,\s+(?:by|de|di|von|par)\s+(?P<names>[A-ZÀ-Þ][^,]{2,60}?)(?:,\s+(?P<journal>[A-ZÀ-Þ][^,]{2,120}))?)?$",
    re.I,
)


def _may_name_editor(text: str) -> bool:
    """False when ``_EDITED_TAIL_RE`` cannot match: every form holds one of these."""
    return (", ed" in text or ", oprac" in text or ", pod red" in text or " door " in text or " av " in text or " af " in text
            or " haz." in text or "ed by " in text)


#: a role closing the title span with its names in the next span: "…, ed. with an introduction" + "by Susan Lowe"
_ROLE_TAIL_RE = lazy_compile(
    r",\s+(?:(?P<editor>(?:ed\.|edited)(?:\s+with\s+(?:an?\s+)?(?:introduction|commentary|notes)"
    r"(?:\s+and\s+(?:notes|commentary))?)?)|(?P<translator>(?:trans\.|translated)(?:\s+from\s+the\s+[A-Z][a-z]+)?))$"
)
#: the author of the work reviewed, in an author span of its own: "by Peter Lane,"
_BY_RE = lazy_compile(r"^(?:by|de|di|von|par)\s+(?=[A-ZÀ-Þ])")
#: a periodical's name and its volume number: "Bach-Jahrbuch 71"
_CONTAINER_VOLUME_RE = lazy_compile(r"^(?P<container>.*[^\W\d_][.)]?)\s+(?P<volume>\d{1,4})$")
#: an edition's word closing a title span, its number in the volume span after it: "…, wyd." + "2,"
_BARE_EDITION_WORD_RE = lazy_compile(r"^(?:wyd|vyd|ed|edn|uppl|aufl|izd|druk)\.?$", re.I)
_BARE_NUMBER_RE = lazy_compile(r"^\s*(?P<number>\d{1,4})\s*[,.;]?\s*$")
#: words of a book series' name (a series closing a title span, its number after it)
_SERIES_NAME_RE = lazy_compile(r"\b(?:Studies|Series|Library|Texts|Monographs|Publications|Classics|Studien|Études)\b")


#: the head of an ABNT volume statement ("v. 12"), as against a book's "vol."/"t."
_ABNT_VOLUME_RE = lazy_compile(r"^\s*v\.\s?\d")


def _abnt_journal(title: str, state: ItemState) -> tuple[str, str] | None:
    """ABNT (Brazilian) cites an article "Title. Journal, Place, v. 12, n. 30, p. 47-63, 1967": the
    journal closes the title span when the journal's place and then "v." follow it."""
    sequence = state.sequence
    last = max(i for i, (label, _) in enumerate(sequence) if label == "title")
    after = [(label, text) for label, text in sequence[last + 1 : last + 5] if label != "punct"]
    if len(after) < 2 or after[0][0] != "location" or after[1][0] != "volume" or not _ABNT_VOLUME_RE.match(after[1][1]):
        return None
    head, _, journal = title.rpartition(". ")
    journal = clean_title(journal)
    if not head or not journal[:1].isupper() or len(journal.split()) > 12:
        return None
    return head.rstrip(_TRAIL), journal


def _editors_closing_the_book(container: str, state: ItemState) -> str:
    """"…, in The Letters of John Keats, ed. by Hyder Edward Rollins, 2 vols": the book's editors and
    its count of volumes rode in the title span after "in"."""
    m = _VOLUMES_TAIL_RE.search(container)
    if m and m.start() > 0 and "number-of-volumes" not in state.item:
        state.item["number-of-volumes"] = m["n"]
        container = container[: m.start()].rstrip(_TRAIL)
    edited = _EDITED_TAIL_RE.search(container) if _may_name_editor(container) else None
    if edited and edited.start() > 0:
        names = parse_names(edited["names"])[0]
        if names and not any("literal" in name for name in names):
            state.item.setdefault("editor", names)
            container = container[: edited.start()].rstrip(_TRAIL)
    return container


def _span_after_title(state: ItemState) -> tuple[str, str] | None:
    """The first span (label, text) after the last title span, punctuation aside."""
    sequence = state.sequence
    last = max((i for i, (label, _) in enumerate(sequence) if label == "title"), default=None)
    if last is None:
        return None
    return next(((label, text) for label, text in sequence[last + 1 :] if label != "punct"), None)


def _statement_before_number(title: str, state: ItemState) -> str:
    """"Chaucer and the Body, Cambridge Studies in Medieval Literature," + "62" (MHRA) and "Życie
    miasta, wyd." + "2,": the series or the edition closing the title, its number read as a volume.
    The volume span is then the series' number or the edition's (``derived["number-taken"]``)."""
    after = _span_after_title(state)
    if after is None or after[0] != "volume" or not (number := _BARE_NUMBER_RE.match(after[1])):
        return title
    head, _, part = title.rpartition(", ")
    part = part.strip()
    item = state.item
    if _BARE_EDITION_WORD_RE.match(part) and "edition" not in item and "edition" not in state.spans:
        item["edition"] = number["number"]
    elif (
        part[:1].isupper() and " " in part and _SERIES_NAME_RE.search(part) and "collection-title" not in state.spans
        and ("location" in state.spans or "publisher" in state.spans)
    ):
        item["collection-title"], item["collection-number"] = part, number["number"]
    else:
        return title
    state.derived["number-taken"] = after[1]
    return head.rstrip(_TRAIL)


#: the first letters of the words that open a letter's description ("Letter from X to Y")
_LETTER_HEADS = frozenset({"Let", "Bri", "Car", "Tel"})
#: a passage of a classical or canonical text as cited after its title: book.chapter.section
#: ("6.146–9", "50.13", "3.1.56–88"), Bekker ("1094a1–3") and Stephanus ("514a–517c") numbers
_CANONICAL_REF_RE = lazy_compile(
    r"\d{1,4}(?:\.\d{1,4}){1,3}(?:[-–]\d{1,4}(?:\.\d{1,4}){0,3})?"
    r"|\d{2,4}[a-e]\d{0,2}(?:[-–]\d{1,4}[a-e]?\d{0,2})?"
    # the star pages of an old edition, which later ones print in their margins: "Commentaries *69"
    r"|\*\d{1,5}(?:[-–]\*?\d{1,5})?"
)
#: words of a title before such a passage (capitalised first; no digits)
_CANONICAL_TITLE_RE = lazy_compile(r"[A-ZÀ-Þ][^\d,;:()]{1,80}[a-zà-ÿ]")


def canonical_reference(text: str) -> tuple[str, str] | None:
    """"Iliad 6.146–9" -> ("Iliad", "6.146-9"), "Commentaries *69" -> ("Commentaries", "*69"): a title,
    then the passage cited; else ``None``.
    ("Web 2.0" keeps its number: a passage has no section 0.)"""
    text = text.rstrip(" .,;")
    space = text.rfind(" ")
    last = text[space + 1 :]
    if space < 2 or not last[last[:1] == "*" :][:1].isdigit() or not _CANONICAL_REF_RE.fullmatch(last) \
            or last.endswith(".0"):
        return None
    head = text[:space].rstrip(" ,")
    if not _CANONICAL_TITLE_RE.fullmatch(head):
        return None
    return head, last.replace("–", "-")


#: "… cit." / "op. cit." / Polish "dz. cyt." closing a title span: a back-reference the tagger left inside
CIT_END_RE = lazy_compile(
    r"(?:\s*(?:\.\.\.|…))?[\s,]+(?:(?:op\.\s*|art\.\s*|ob\.\s*)?cit|dz\.\s*cyt|cyt\.\s*dz|[όο]\.\s?π)\.?$"
)
#: the last letters of the forms of ``CIT_END_RE`` (a cheap test before it; Greek "ό.π.")
CIT_ENDINGS = ("cit.", "cit", "cyt.", "cyt", "dz.", "dz", "π.", "π")


def clean_title(text: str, *, abbreviated: bool = False) -> str:
    """``‘The Polish Terror: Spymania’,`` -> ``The Polish Terror: Spymania``.

    A final period stays when it ends an abbreviation ("Co."); with
    ``abbreviated`` (journal names: "Vand. L. Rev.", "Econom. Studies Quart.")
    also when the text abbreviates other words the same way.
    A trailing "cit." (Italian short form "Le prime nove... cit.") is the
    back-reference, not the title: it is cut (the backref step reads it).
    """
    text = fix_soft_signs(squash(text)).strip(_TRAIL)
    if text.endswith(CIT_ENDINGS) and not text.endswith(("licit", "licit.")):
        text = CIT_END_RE.sub("", text)
    wrapped = bool(text) and text[0] in QUOTES
    text = strip_quotes(text)
    if text.endswith(".") and not text.endswith("..") and not _ends_with_abbreviation(text, abbreviated):
        text = text[:-1].rstrip(_TRAIL)
    if wrapped:
        text = strip_quotes(text)
    return _balance(text)


def _balance(text: str) -> str:
    if text.endswith(")") and text.count(")") > text.count("("):
        text = text[:-1].rstrip(_TRAIL)
    if text.startswith("(") and text.count("(") > text.count(")"):
        text = text[1:].lstrip()
    if text.endswith("]") and text.count("]") > text.count("["):
        text = text[:-1].rstrip(_TRAIL)
    return text


#: last words whose period is part of them ("John F.", "Smith & Co.")
#: (and the year's and century's abbreviations that close titles: "Городская реформа 1870 г.", "XIII в.", "19. Jh.")
_ABBREV_WORDS = frozenset({
    "vol.", "ed.", "no.", "Co.", "Inc.", "etc.", "Jr.", "St.", "Ltd.", "Bros.", "г.", "гг.", "в.", "вв.", "Jh.", "Jhs.",
    "g.", "gg.", "vv.",  # (the Russian ones transliterated: "v 1880-e gg.", "XVIII–XIX vv.")
})


#: a short capitalised word with a period inside the text: the title is abbreviated
_ABBREVIATED_RE = lazy_compile(r"\b[A-Z][a-z]{0,7}\.\s?")
_SHORT_LAST_RE = lazy_compile(r"\b[A-Z][a-z]{0,6}\.$")


def _ends_with_abbreviation(text: str, abbreviated: bool) -> bool:
    last = text[text.rfind(" ") + 1 :]
    if last in _ABBREV_WORDS or (len(last) == 2 and last[0].isupper()):
        return True
    return (
        abbreviated
        and bool(_SHORT_LAST_RE.search(text))
        and len(_ABBREVIATED_RE.findall(text)) > 1
    )


#: ", Bd. I", ", vol. 2", ", t. III" inside a title: one volume of a multi-volume work is named next
_PART_IN_TITLE_RE = lazy_compile(
    r",\s+(?:Bd|Band|[Vv]ol|[Tt]|[Tt]ome|[Tt]omo|Teil|Tl|Part|Pt|Book|Buch|Livre|Libro)\.?\s+(?:\d+|[IVXLC]+)\b"
)


def _ordinal_before(title: str, period: int) -> bool:
    """"im 16. Jahrhundert", "die 2. Republik": a German ordinal's period (one or two digits after a
    space) is no subtitle's; "de 1600 à 1730. Contribution …" (a year) is."""
    return title[period - 1 : period].isdigit() and _ORDINAL_END_RE.search(title, max(0, period - 3), period) is not None


_ORDINAL_END_RE = lazy_compile(r"(?:^|\s)\d{1,2}$")


def main_title(title: str) -> str | None:
    """The title before its subtitle, or ``None`` when there is no subtitle.

    A period separates a subtitle only after three words or more, so that
    abbreviations ("II Card. Agostino Valier") do not cut the title.
    """
    m = _SUBTITLE_RE.search(title)
    while m and m.group(0) == "." and (title.count(" ", 0, m.start()) < 2 or _ordinal_before(title, m.start())):
        m = _SUBTITLE_RE.search(title, m.end())
    if not m or m.start() < 2:
        return None
    part = _PART_IN_TITLE_RE.search(title)
    if part and 2 <= part.start() < m.start():
        # "Europäisches Privatrecht, Bd. I: Älteres Gemeines Recht": the work before its volume
        return title[: part.start()].rstrip()
    mark = m.group(0)
    return title[: m.start()].rstrip() + (mark if mark in "?!" else "")


#: the word that announces a lexicon's entry before its quoted headword: "Art. „Geschichte“", "s.v. “Oats”"
_ENTRY_HEAD_RE = lazy_compile(r"^(?:Art\.|s\.\s?v\.)\s+(?=[„“”\"»«‘])")


def title_continuations(state: ItemState) -> frozenset[int]:
    """Indices of spans a tagger cut off the title, which belong to it.

    * "…, Mass Repression in the USSR, 1926–1941": history titles end in the
      years they cover, and a tagger may label them ``volume``, ``date`` or ``pages``.
      Right after the title they are the title's when no container makes them a
      volume and, for a date, when a later date is the publication's.
    * "Master of the House:" + "Stalin and His Inner Circle" tagged as the
      container: after a title ending in a colon, a "container" with no volume
      or issue and no journal or proceedings word is the subtitle.

    The date, volume, pages and container steps skip the spans this returns (see
    :func:`spans_beside_title`).  Worked out once per reference.
    """
    found = state.derived.get("title-continuations")
    if found is None:
        found = _find_title_continuations(state) if "title" in state.spans else frozenset()
        state.derived["title-continuations"] = found
    return found


def spans_beside_title(state: ItemState, label: str) -> Sequence[str]:
    """The ``label`` spans that :func:`title_continuations` did not give to the title."""
    absorbed = title_continuations(state)
    if not absorbed:
        return state.spans.get(label, ())
    return [t for i, (lab, t) in enumerate(state.sequence) if lab == label and i not in absorbed]


def _find_title_continuations(state: ItemState) -> frozenset[int]:
    sequence, spans = state.sequence, state.spans
    if "volume" not in spans and "date" not in spans and "container-title" not in spans:
        return frozenset()  # (a "pages" span of years needs a later date too)
    i = 0
    while sequence[i][0] != "title":
        i += 1
    title_end = sequence[i][1]
    i += 1
    while i < len(sequence) and sequence[i][0] in ("title", "punct"):
        if sequence[i][0] == "title":
            title_end = sequence[i][1]
        i += 1
    if i >= len(sequence):
        return frozenset()
    label, text = sequence[i]
    title_end = title_end.rstrip()
    if (
        label == "container-title"
        and title_end.endswith(":")
        and (title_end[:-1].split() or [""])[-1].lower() not in _IN_WORDS
        and not SERIAL_WORDS_RE.search(text)
        and not _IN_RE.match(text.lstrip())
        and (("volume" not in spans and "issue" not in spans) or len(spans["container-title"]) > 1)
    ):
        # (with a second container the journal is named after it: "“Reason and Religion”:" + "The
        # Science of Anglicanism," + "57" + "J. HIST. IDEAS")
        return frozenset({i})
    if label not in ("volume", "date", "pages") or not _YEAR_RANGE_ONLY_RE.match(text):
        return frozenset()
    if label == "volume":
        return frozenset() if "container-title" in spans else frozenset({i})
    if label == "pages":
        # "Wonders and the Order of Nature, 1150–1750 (New York: Zone Books, 1998)": an imprint
        # follows; "1829-1834 (1990)" after an article's title are its pages
        # (an edition statement may stand between: "…, 1000–1700, 3rd ed. (London: Routledge, 1993)")
        after = next((lab for lab, _ in sequence[i + 1 :] if lab != "punct" and lab != "edition"), None)
        if after not in ("location", "publisher"):
            return frozenset()
    later_dates = [t for lab, t in sequence[i + 1 :] if lab == "date"]
    return frozenset({i}) if any(_ANY_YEAR_RE.search(t) for t in later_dates) else frozenset()


class Title(Normalizer):
    """title spans -> ``title`` (+ ``title-short``; a second title may be the container)."""

    name: ClassVar[str] = "title"
    code: ClassVar[str] = "P104"
    keys: ClassVar[tuple[str, ...]] = (
        "title", "title-short", "container-title", "collection-title", "number-of-volumes", "edition", "author",
        "issued", "volume", "issue", "publisher", "publisher-place", "locator", "label", "recipient", "genre",
        "editor", "collection-number", "translator", "reviewed-title", "reviewed-author", "volume-title",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        titles = state.spans.get("title")
        if not titles or "title-is-series" in state.derived:
            return  # (the names step read the title span as the book's series)
        if "author" not in state.spans and "editor" not in state.spans:
            if _author_before_in(state):
                # "Canaris, in: FS Larenz, 1973": the surname before ", in:" is the chapter's author
                state.item["author"] = slashed_names(squash(titles[0]).strip(" ,;:"))
                return
            if _names_a_periodical_issue(state):
                # "Sovetskaia iustitsiia, 1937, no. 5, p. 10": the periodical's issue is what is cited
                state.item["container-title"] = clean_title(titles[0])
                return
        sequence = state.sequence
        absorbed = title_continuations(state)
        raw: str | None = None
        container: str | None = None
        series: str | None = None
        previous = ""
        guillemet = False  # the punctuation just before opened guillemets
        after_in = False  # the last non-title span was "in Id.," / "in: ders.": a container follows
        if len(titles) == 1 and not absorbed:
            sequence = (("title", titles[0]),)  # the usual case: nothing to join
        for i, (label, text) in enumerate(sequence):
            if i in absorbed and raw is not None:
                raw = f"{raw.rstrip()} {text}"
                continue
            if label != "title":
                if label == "punct":
                    guillemet = "«" in text
                else:
                    guillemet = False
                    previous = label
                    # "in Id.," / "in:" + "ders.,": the next title is the container
                    after_in = bool(_IN_RE.match(text.strip() + " ")) or (
                        after_in and label == "backref"
                    )
                continue
            bracketed = text.strip(" ,;:.")
            if len(titles) > 1 or "container-title" in state.spans:
                imprint = _imprint_as_title(state, text, bracketed)
                if imprint is not None:
                    # "…, 6.ª ed.," + "Belo Horizonte, Itatiaia," + "1981": the imprint, read as a title
                    state.item["publisher-place"], state.item["publisher"] = imprint
                    previous = "publisher"
                    continue
            if raw is None:
                # (the names step took the given names that opened the title: "Davis," + "Natalie Zemon. The …")
                raw = text[state.derived["name-tail"] :] if "name-tail" in state.derived else text
            elif previous == "location" and _publisher_after_place(state, sequence, i, bracketed):
                # "…, 26.ª ed., São Paulo, Companhia das Letras, 1995": a name between place and year
                state.item["publisher"] = clean_title(text)
                previous = "publisher"
                continue
            elif (
                bracketed[:1] == "(" and bracketed[-1:] == ")" and series is None
                and "collection-title" not in state.spans
            ):
                # "Titel, hg. von …, (Rothenburger Gespräche 2), Tübingen": the series in brackets, its
                # number after it ("(Storia della musica, 4)")
                series = bracketed[1:-1].strip()
                if series[-1:].isdigit() and (numbered := _BRACKETED_SERIES_NUMBER_RE.match(series)):
                    series, state.item["collection-number"] = numbered["series"], numbered["number"]
            elif (
                previous == "publisher" and series is None and (
                    guillemet or bracketed[:1] == "«" or ("location" in state.spans and _bare_series(bracketed, sequence, i))
                )
                and "collection-title" not in state.spans
            ):
                # "Paris, PUF, « Quadrige », 1990": French notes put the series in guillemets after the
                # publisher (the parser may have taken the guillemets off: a short title there is the series)
                series = bracketed.strip("«» ")
            elif (
                bracketed[:1] == "(" and ")" not in bracketed and series is None and raw is not None
                and "collection-title" not in state.spans and (number := _series_number_closing(state, i))
            ):
                # "…, Köln 1980 (Quellen und Forschungen …," + "Bd. 9),": the series in brackets, its number apart
                series, state.item["collection-number"] = clean_title(bracketed[1:]), number
            elif (
                series is None and raw is not None and raw.lstrip()[:1] not in QUOTES and text[-1:].isdigit()
                and "collection-title" not in state.spans and (numbered := _NUMBERED_SERIES_RE.match(bracketed))
                and not _PERIODICAL_TITLE_RE.search(bracketed)
            ):
                # "The Letters of …, ed. Harriet Vane," + "Camden Fourth Series 31": a book's series and number
                series, state.item["collection-number"] = numbered["series"], numbered["number"]
            elif (
                container is None
                and (after_in or _opens_container(text, raw))
                and not _has_container(state)
            ):
                container = clean_title(_IN_RE.sub("", text))
            else:
                # a title cut in two ("Nakazannyi narod: …" + "‘Repressii …’"), or its subtitle
                raw = _join_titles(raw, text, " " if previous == "title" else ". ")
            previous = "title"
        item = state.item
        if raw is None and "publisher" in item and container is None and len(state.spans.get("container-title", ())) == 1:
            # the title span was the imprint: the one "container" before it is the book's title
            book = state.spans["container-title"][0]
            if not _IN_RE.match(book.strip() + " "):
                raw = book
                state.derived["container-read"] = True
        if raw is not None and "author" not in state.spans and "editor" not in state.spans and ", " in raw and (
            named := _author_opening_title(raw, state)
        ):
            # "Sérgio Buarque de Holanda, Raízes do Brasil, 26.ª ed.," read as one title: the author first
            item["author"], raw = named
        if raw is not None and raw[:4] in ("Art.", "s.v.", "s. v") and (entry := _ENTRY_HEAD_RE.match(raw)):
            raw = raw[entry.end() :]  # "Art. „Geschichte, Historie“": the entry of a lexicon is its title
        title = clean_title(raw) if raw is not None else ""
        # no container yet, and no container span of its own (asked once: it scans the spans)
        open_container = container is None and not _has_container(state)
        if open_container and title[:1] in "\"“‘«„'":
            m = _QUOTED_HEAD_RE.match(title) or _QUOTED_THEN_COMMA_RE.match(title)
            if m:
                # "“Labour Unrest,” Manchester Guardian", "«Collectivisation …», Cahiers du monde russe":
                # the quotes close the title before its container
                head = next(part for name, part in m.groupdict().items() if name != "rest" and part)
                title, container = head.rstrip(" ,;:."), clean_title(m["rest"])
                if container[-1:].isdigit() and "volume" not in state.spans and (
                    numbered := _CONTAINER_VOLUME_RE.match(container)
                ) and ("date" in state.spans or len(numbered["volume"]) < 4) and "(" not in container:
                    # "“Bach und die Choraltradition,” Bach-Jahrbuch 71" + "(1985)": the volume rode along
                    container, item["volume"] = numbered["container"], numbered["volume"]
        if container is None and open_container:
            m = _JOURNAL_TAIL_RE.search(title) if "«" in title else None
            if m and m.start() > 0 and _SUB_VERBO_HEAD_RE.search(title, 0, m.start()):
                m = None  # "Εγκυκλοπαίδεια, λ. «Φιλική Εταιρεία»": the entry in guillemets is no journal
            elif m and m.start() > 0:
                # "La crisi, «Studi veneziani»": the journal rode in the title span
                title, container = title[: m.start()].rstrip(" ,;:"), m["journal"].strip()
            elif m is None and (m := _IN_COLON_RE.search(title) or _in_without_colon(title, state)):
                # "Tatsache I, in: Historisches Wörterbuch", "Il materiale di spoglio, in XXIII Corso di
                # Cultura …": the container rode in the title span (the title's own quotation marks go:
                # "«Η ιδεολογία …», στο: …")
                title, container = clean_title(title[: m.start()]), clean_title(title[m.end() :])
                if ".)" in container and "editor" not in item and (edited := BRACKETED_EDITORS_RE.match(container)) and (
                    names := parse_names(edited["names"])[0]
                ) and not any("literal" in name for name in names):
                    item["editor"], container = names, edited["work"]  # "στο: Κ. Κωστής – Σ. Πετμεζάς (επιμ.), Η …"
        if container is None and open_container and ". " in title and "volume" in state.spans and (
            journal := _abnt_journal(title, state)
        ):
            # "O Brasil nos quadros … colonial. Revista de História," + "São Paulo," + "v. 12,": ABNT's article
            title, container = journal
        if container and ", " in container and "editor" not in state.spans:
            container = _editors_closing_the_book(container, state)
        if (
            container and "volume" in state.spans and container[container.rfind(" ") + 1 :].lower().rstrip(".") in _VOLUME_WORDS
            and (word := _VOLUME_WORD_TAIL_RE.search(container)) and word.start() > 0
        ):
            container = container[: word.start()].rstrip(_TRAIL)  # "Istoricheskie zapiski, vyp." + "38"
        if container:
            item["container-title"] = container
        if series:
            item["collection-title"] = series
        if container is None and open_container and title[-1:].isalnum():
            title = _periodical_tail(title, state)
        title = _take_tail_statements(title, state, (raw or "").rstrip(" ,;:").endswith("."))
        if ", " in title and "location" not in state.spans and "publisher" not in state.spans:
            title = _place_closing_title(title, state)
        if "volume" in state.spans and ", " in title:
            title = _statement_before_number(title, state)
        if ":" in title and "publisher" not in state.spans and "location" not in state.spans:
            title = _take_imprint(title, state)
        if open_container:  # (GOST books and sources in their editions: no container span)
            if ". " in title and (" / " in title or ". T. " in title or ". M" in title or ". L" in title):
                title = _gost_tail(title, state)
            if title[-1:].isdigit() and container is None:
                title = _source_series(title, state)
        head = state.derived.get("title-head")
        if head:  # the title's first words, which the tagger put in the author span (see names)
            # (its comma stays: "Francis Bacon," + "the State and …" is "Francis Bacon, the State and …")
            # (a sentence's period stays: "Хлевнюк О. В. Хозяин." + "Сталин и …" is "Хозяин. Сталин и …")
            sentence = head[-1:] == "." and head[-3:-2].isalpha() and head[-4:-3].isalpha()
            title = clean_title(f"{head.rstrip(' .')}{'.' if sentence else ''} {title}" if title else head)
        if (
            ("exh" in title or "atalog" in title or "Kat" in title or "cat." in title)
            and (catalogue := _EXHIBITION_CATALOGUE_RE.search(title)) and catalogue.start() > 0
        ):
            # "The Apocalypse …, exh. cat.", "Rembrandt’s Late Etchings, exh. cat., Rijksmuseum": the genre
            item.setdefault("genre", "exhibition catalogue" if catalogue["exhibition"] else "sale catalogue")
            title = title[: catalogue.start()].rstrip(_TRAIL)
            if catalogue["sale"] and "publisher" not in state.spans and (house := _AUCTION_HOUSE_RE.match(title)):
                # "Christie's, Old Master Paintings, sale cat.": the auction house published it
                item["publisher"], title = house["house"], house["rest"]
        if (
            len(state.spans.get("author", ())) > 1 and ("ed" in title[-30:] or "trans" in title[-40:])
            and (role := _ROLE_TAIL_RE.search(title)) and role.start() > 0 and _role_names_after(state, role)
        ):
            title = title[: role.start()].rstrip(_TRAIL)
        if title[-3:] in ("gen", "en.", "ral") and (general := _GENERAL_ROLE_TAIL_RE.search(title)) and any(
            _EDITOR_WORD_RE.match(span.lstrip()) for label in ("editor", "author") for span in state.spans.get(label, ())
        ):
            # "The Collected Works, gen." + "ed. Gary Taylor": the general editor's first word rode along
            title = title[: general.start()].rstrip(_TRAIL)
        if _may_name_editor(title) and "editor" not in state.spans and (edited := _EDITED_TAIL_RE.search(title)):
            names = parse_names(edited["names"])[0]
            if names and not any("literal" in name for name in names):
                # "A Treatise of Human Nature, ed. L. A. Selby-Bigge" + "2nd edn, rev. …": the editor rode along
                item.setdefault("editor", names)
                title = title[: edited.start()].rstrip(_TRAIL)
        if (
            ", " in title and (title.find("übers", -80) >= 0 or title.find("trans", -80) >= 0 or title.find("trad", -80) >= 0
                               or title.find("çev", -80) >= 0 or title.find("μτφρ", -80) >= 0)
            and "translator" not in state.spans
            and (translated := _TRANSLATED_TAIL_RE.search(title))
        ):
            names = parse_names(translated["names"])[0]
            if names and all("given" in name for name in names):
                # "Die Renaissance in Italien, übers. von Reinhard Kaiser," + "Berlin 1984": the translator rode along
                item.setdefault("translator", names)
                title = title[: translated.start()].rstrip(_TRAIL)
        if title[:1] in "rRcCaA" and ("eview" in title[:12] or "rendu" in title[:20] or "ecensi" in title[:12] or "eseña" in title[:8]) and (
            review := _REVIEW_RE.match(title)
        ):
            title = _read_review(review, state, container)
        if (
            "author" not in state.spans and "editor" not in state.spans and "author" not in item
            and "editor" not in item and ", " in title and (corporate := _CORPORATE_HEAD_RE.match(title))
        ):
            # "World Health Organization, Global Report on Malaria": the body that wrote it, then the title
            item["author"] = [{"literal": corporate["body"]}]
            title = corporate["rest"]
        if (
            (title[-1:].isdigit() or (title[-1:] in "abcde" and title[-2:-1].isdigit()))
            and state.locator is None and (cited := canonical_reference(title)) is not None
        ):
            # "Iliad 6.146–9", "Apologeticum 50.13": the passage cited rode at the end of the title
            title, state.locator = cited
            state.label = "section" if "." in cited[1] else "page"
        if ("s.v." in title or "s. v." in title or ", λ" in title) and state.locator is None and (
            entry := _SUB_VERBO_TAIL_RE.search(title)
        ):
            # "Encyclopaedia Britannica, s.v. 'Tithe'": the work, then the entry cited in it
            title, state.locator, state.label = title[: entry.start()].rstrip(_TRAIL), entry["entry"].strip(" ,;:"), "sub-verbo"
            if "volume" not in state.spans and (volume := _VOLUME_TAIL_RE.search(title)) and volume.start() > 0:
                # "Μεγάλη Ελληνική Εγκυκλοπαίδεια, τ. 24, λ. «…»": the volume the entry is in, before it
                item.setdefault("volume", volume["volume"])
                title = title[: volume.start()].rstrip(_TRAIL)
        if title:
            put_title(item, title)
            if title[:3] in _LETTER_HEADS and "author" not in state.spans and "author" not in item:
                letter_people(item)  # "Letter from Charlotte Brontë to Ellen Nussey, …, in The Letters of …"


def _role_names_after(state: ItemState, role: re.Match[str]) -> bool:
    """"…, ed. with an introduction" + "by Susan Lowe": the names of the author span that follows the title
    (read by the names step as a second author) are the editor's or translator's.  True when moved."""
    item = state.item
    sequence = [(label, text) for label, text in state.sequence if label != "punct"]
    for i, (label, _) in enumerate(sequence[:-1]):
        following, text = sequence[i + 1]
        if label == "title" and following == "author" and _BY_RE.match(text := squash(text)) and text[:2] == "by":
            names = parse_names(_BY_RE.sub("", text).strip(" ,;"))[0]
            families = {name.get("family") for name in names}
            kept = [name for name in item.get("author", ()) if name.get("family") not in families]
            if names and kept and len(kept) < len(item.get("author", ())):
                item["author"] = kept
                item.setdefault("editor" if role["editor"] else "translator", names)
                return True
    return False


def _read_review(review: re.Match[str], state: ItemState, container: str | None) -> str:
    """"review of X, by Y[, Journal]": ``reviewed-title`` and ``reviewed-author`` (not the review's
    author), the periodical as container; the title kept as written ("review of X").  Without the
    reviewed work's author nothing is read ("A Review of Colour Vision in Deer" is a survey's title)."""
    item = state.item
    if review["names"]:
        names = parse_names(review["names"])[0]
        if not names:
            return review.string
        item["reviewed-title"], item["reviewed-author"] = review["work"].strip(" ,"), names
        if review["journal"] and container is None and "container-title" not in item:
            item["container-title"] = review["journal"].strip()
        return review.string[: review.start("names")].rstrip(" ,").removesuffix(" by").removesuffix(" de").rstrip(" ,")
    # "review of Kings and Councils," + "by Peter Lane,": the tagger gave the reviewed author a span of its own
    by = [squash(text) for text in state.spans.get("author", ()) if _BY_RE.match(squash(text))]
    if by and "author" in item:
        reviewed = parse_names(_BY_RE.sub("", by[0]).strip(" ,;"))[0]
        families = {name.get("family") for name in reviewed}
        kept = [name for name in item["author"] if name.get("family") not in families]
        if reviewed and kept and len(kept) < len(item["author"]):
            item["author"], item["reviewed-author"] = kept, reviewed
            item["reviewed-title"] = review["work"].strip(" ,")
    return review.string


#: the periodical closing a title span, as German and Austrian law notes cite it: "Tarifrecht in
#: Irland, EuZA 2021" (abbreviation and year), "…, Arbeit 2/1993/1", "…, The International Journal of
#: Comparative Labour Law and Industrial Relations 19/2003/3" (volume/year/issue)
_PERIODICAL_TAIL_RE = lazy_compile(
    r",\s+(?P<journal>[A-ZÄÖÜ][\w.&’'-]*(?:\s+[\w.&’'-]+){0,11}?)\s+"
    r"(?:(?P<volume>\d{1,3})/\s?(?P<vyear>(?:19|20)\d\d)(?:/\s?(?P<issue>\d{1,2}))?"
    r"|(?P<year>(?:19|20)\d\d))$"
)


#: a whole span that is a periodical with volume/year/issue: "Arbeit 2/1993/1" (the Austrian form)
WHOLE_PERIODICAL_RE = lazy_compile(
    r"^(?P<journal>[A-ZÄÖÜ][\w.&’'-]*(?:\s+[\w.&’'-]+){0,11}?)\s+"
    r"(?P<volume>\d{1,3})/\s?(?P<vyear>(?:19|20)\d\d)(?:/\s?(?P<issue>\d{1,2}))?(?P<year>)$"
)
#: an abbreviated periodical closing the title span: ", EuZA", ", RdA", ", ÖJZ" (a capital inside)
#: (also after a title that ends in a question: "Neues zum Streikrecht? JBl")
_ABBREVIATION_TAIL_RE = lazy_compile(r"(?:,|(?<=\?))\s+(?P<journal>[A-ZÄÖÜ][A-Za-zÄÖÜäöü]*[A-ZÄÖÜ][A-Za-zÄÖÜäöü-]*)$")
_YEAR_SPAN_RE = lazy_compile(r"^\s*(?:19|20)\d\d\s*,?\s*$")


def read_periodical_span(text: str, state: ItemState) -> bool:
    """"Arbeit 2/1993/1" tagged as a date or volume: the container, its volume, year and issue (when
    the reference has no container yet).  True when the span was read so."""
    if "/" not in text or "container-title" in state.item:
        return False
    m = WHOLE_PERIODICAL_RE.match(squash(text).strip(" ,.;:"))
    if m is None or not any(c.isalpha() for c in m["journal"]):
        return False
    item = state.item
    item["container-title"] = m["journal"]
    item.setdefault("volume", m["volume"])
    if m["issue"]:
        item.setdefault("issue", m["issue"])
    item.setdefault("issued", {"date-parts": [[int(m["vyear"])]]})
    return True


def _periodical_tail(title: str, state: ItemState) -> str:
    """Cut "…, EuZA 2021" / "…, Arbeit 2/1993/1" off a title: the container, its year, volume and issue.

    The bare-year form needs an abbreviation (a capital inside the word, "EuZA", "RdA", "ÖJZ",
    or a word of capitals) and the page after the title span, so that "Die Stadt, Berlin 1990" or
    "…, Europe 1945" stay titles.
    """
    if not title[-1].isdigit():
        # "Zehn Jahre Viking und Laval, EuZA" + "2018," + "1 f.": the abbreviation closes the title span
        last = title[max(title.rfind(","), title.rfind("? ")) + 1 :].strip()
        if not last or " " in last or last[1:].islower() or "date" not in state.spans:
            return title  # (one word with a capital inside, and a year span after: most titles stop here)
        m = _ABBREVIATION_TAIL_RE.search(title)
        if m is None or _labels_after_title(state)[:2] != ["date", "locator"] or not _YEAR_SPAN_RE.match(
            state.spans["date"][0]
        ):
            return title
        state.item["container-title"] = m["journal"]
        return title[: m.start()].rstrip(" ,;:")
    m = _PERIODICAL_TAIL_RE.search(title) if "," in title else None
    if m is None:
        m = WHOLE_PERIODICAL_RE.match(title)  # "The International Journal of … 19/2003/3": no article title
        if m is None or len(state.spans.get("author", ())) != 1:
            return title
    journal = m["journal"]
    if m["year"]:
        first = journal.split()[0]
        if len(journal.split()) > 2 or not any(c.isupper() for c in first[1:]):
            return title
        if _labels_after_title(state)[:1] not in (["locator"], ["pages"]):
            return title
    item = state.item
    item["container-title"] = journal.strip(" ,")
    year = m["year"] or m["vyear"]
    if "date" not in state.spans:
        item["issued"] = {"date-parts": [[int(year)]]}
    if m["volume"] and "volume" not in state.spans:
        item["volume"] = m["volume"]
    if m["issue"] and "issue" not in state.spans:
        item["issue"] = m["issue"]
    return title[: m.start()].rstrip(" ,;:")


#: GOST 7.1 closing a title span: " / pod red. S. V. Bakhrushina", ". T. 2. Kn. 1", ". M.: Nauka"
_GOST_IMPRINT_RE = lazy_compile(r"\.\s(?P<place>M\.;\sL\.|M\.|L\.|SPb\.|Pg\.)(?::\s(?P<publisher>[^,:;/]{2,60}?))?,?$")
_GOST_PART_TAIL_RE = lazy_compile(r"\.\s(?P<word>T|Kn|Vyp|Ch)\.\s(?P<number>\d{1,3}|[IVX]+)\.?$")
_GOST_RESPONSIBILITY_RE = lazy_compile(
    r"\s/\s(?P<role>pod\sred\.|sost\.|red\.)\s(?P<names>(?:[A-Z][a-z]?\.\s?)+[A-Z][\w'-]+(?:,\s(?:[A-Z][a-z]?\.\s?)+[A-Z][\w'-]+)*)$"
)
#: the great editions of medieval and patristic sources cited by siglum and volume: "PL 76", "PG 31",
#: "MGH SS 7", "MGH Epp. 3", "CCSL 48", "CCCM 12", "CSEL 40", "SC 200"
_SOURCE_SERIES_RE = lazy_compile(
    r"(?P<series>PL|PG|PLS|CCSL|CCCM|CCSG|CSEL|SC|"
    r"MGH\s+(?:SS(?:\s+rer\.\s+(?:Merov|Germ|Lang)\.)?|Epp\.|Capit\.|Conc\.|DD|LL|Auct\.\s+ant\.|Poetae))"
    r"\s+(?P<volume>\d{1,3})$"
)
_HAS_DIGIT_RE = lazy_compile(r"\d")
#: a place of publication as German notes write it before the year: "Sigmaringen", "Köln/Wien",
#: "Frankfurt a. M.", "Freiburg i. Br."
_GERMAN_PLACE_RE = lazy_compile(r"^[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?(?:/[A-ZÄÖÜ][a-zäöüß]+){0,2}(?:\s[a-z]\.\s?[A-Z][a-z]{0,2}\.)?$")
#: the superscript digits, and their ordinary forms: German notes print the edition so before the year
_SUPERSCRIPT_DIGITS = frozenset("⁰¹²³⁴⁵⁶⁷⁸⁹")
SUPERSCRIPT_TO_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
#: the superscript edition closing a place: "Tübingen ⁴"
_SUPERSCRIPT_EDITION_RE = lazy_compile(r"\s([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,2})$")
#: the abbreviation closing such a place, its full stop taken off with the title's: "Freiburg i. Br", "Frankfurt a. M"
_ABBREVIATED_PLACE_END_RE = lazy_compile(r"\s[a-z]\.\s?[A-Z][a-z]{0,2}$")
#: the year right after such a place, with no comma: "1995.", "1995"
_BARE_YEAR_RE = lazy_compile(r"^\s*(?:1[5-9]|20)\d\d[.,]?\s*$")


def _place_before_year(last: str, state: ItemState) -> bool:
    """"Stadt und Kirche im Mittelalter, Sigmaringen" + "1995.": the last title span ends in a
    capitalised word (no comma after it) and the year follows at once, as in "Ort Jahr" (German notes)."""
    abbreviated = _ABBREVIATED_PLACE_END_RE.search(last) is not None  # "Freiburg i. Br", its full stop taken off
    if not _GERMAN_PLACE_RE.match(last + "." if abbreviated else last):
        return False
    sequence = state.sequence
    last_title = max(i for i, (label, _) in enumerate(sequence) if label == "title")
    end = sequence[last_title][1].rstrip()
    if end[-1:] in ",;:" or (end[-1:] == "." and not (abbreviated and end.endswith(last + "."))):
        return False  # (but "Freiburg i. Br." ends in the full stop of its abbreviation)
    nxt = next(((label, text) for label, text in sequence[last_title + 1 :] if label != "punct"), None)
    return nxt is not None and nxt[0] == "date" and _BARE_YEAR_RE.match(nxt[1]) is not None


def _source_series(title: str, state: ItemState) -> str:
    """"Registrum epistolarum, PL 77", "MGH SS 7": the edition of a medieval source by its siglum
    and volume closing the title span -> ``container-title`` and ``volume``; the title before it."""
    comma = title.rfind(", ")
    tail = title[comma + 2 :] if comma >= 0 else title
    if tail[:1] not in "PCSM" or (source := _SOURCE_SERIES_RE.match(tail)) is None:
        return title  # (most titles ending in a number: a year, a volume of their own)
    item = state.item
    item["container-title"] = " ".join(source["series"].split())
    if "volume" not in state.spans:
        item["volume"] = source["volume"]
    state.derived["source-series"] = True  # (a full citation: see the short-form step)
    return title[:comma].rstrip(" ,;:") if comma >= 0 else ""


#: a series' name (with a word that names series) and its number: "Camden Fourth Series 31"
_NUMBERED_SERIES_RE = lazy_compile(
    r"^(?P<series>[A-Z][^,;:()\d\"“”«»]{2,80}?\b(?:Series|Studies|Texts|Library|Monographs|Publications|Society|"
    r"Reihe|Schriften|Studien|Beiträge|Forschungen|Quellen|Collection|Bibliothèque|Biblioteca|Collana)\b"
    r"[^,;:()\d\"“”«»]{0,40}?),?\s+(?P<number>\d{1,4})$"
)
#: a periodical's name, which has volumes, not series numbers
_PERIODICAL_TITLE_RE = lazy_compile(r"\b(?:Transactions|Journal|Proceedings|Review|Bulletin|Zeitschrift|Revue|Rivista)\b")
#: the number of a bracketed series, closing its bracket: "Bd. 9),", "12)"
_SERIES_NUMBER_RE = lazy_compile(r"^\s*(?:(?:Bd|Band|Nr|No|vol|t|n)\.?\s*)?(?P<number>\d{1,4})\s*\)[.,;:]?\s*$")


def _series_number_closing(state: ItemState, i: int) -> str | None:
    """The number in the volume span that closes a bracket opened by the title span at ``i``
    (that span then is the series); it is marked taken so that the volume step leaves it."""
    nxt = next(((label, text) for label, text in state.sequence[i + 1 :] if label != "punct"), None)
    if nxt is None or nxt[0] != "volume" or ")" not in nxt[1] or (m := _SERIES_NUMBER_RE.match(nxt[1])) is None:
        return None
    state.derived["number-taken"] = nxt[1]
    return m["number"]


def _bare_series(text: str, sequence: Sequence[tuple[str, str]], i: int) -> bool:
    """"Paris, PUF, Quadrige, 1990" (the guillemets taken off): a short capitalised name with no
    digit or quote, between the publisher and the year (the caller asks for a place already read:
    "Universidad de Sevilla, Écija, 1988" names the place after the publisher)."""
    if not (text[:1].isupper() and len(text) <= 40) or "«" in text or _HAS_DIGIT_RE.search(text):
        return False
    return next((label for label, _ in sequence[i + 1 :] if label != "punct"), None) == "date"
_WORD_BEFORE_RE = lazy_compile(r"[a-z]{3}$")
_GOST_ROLES = {"pod red.": "editor", "red.": "editor", "sost.": "compiler"}
_GOST_NAME_RE = lazy_compile(r"^(?P<given>(?:[A-Z][a-z]?\.\s?)+)(?P<family>[A-Z][\w'-]+)$")


def _gost_tail(title: str, state: ItemState) -> str:
    """"Istoriia Moskvy / pod red. S. V. Bakhrushina. T. 2. Kn. 1. M.: Izd-vo AN SSSR": the GOST
    imprint, volume and statement of responsibility the tagger left in the title span.  The names
    stay as written (a Russian editor is named in the genitive after "pod red.")."""
    item = state.item
    whole = title
    imprint = _GOST_IMPRINT_RE.search(title)
    if imprint and not imprint["publisher"] and not _WORD_BEFORE_RE.search(title, 0, imprint.start()):
        imprint = None  # "Letters to Mr. L.": with no publisher, the place must follow a whole word
    if imprint and "location" not in state.spans and "publisher" not in state.spans:
        item.setdefault("publisher-place", imprint["place"].replace("; ", "; "))
        if imprint["publisher"]:
            item.setdefault("publisher", imprint["publisher"].strip())
        title = title[: imprint.start()]
    while part := _GOST_PART_TAIL_RE.search(title):
        key = "volume" if part["word"] == "T" else "part"
        if key not in state.spans:
            item[key] = part["number"]  # (read from the end: "T. 2. Kn. 1" keeps the volume, 2)
        title = title[: part.start()]
    title = title.rstrip(" .")
    statement = _GOST_RESPONSIBILITY_RE.search(title) if " / " in title else None
    if statement:
        role = _GOST_ROLES[statement["role"]]
        if role not in item:
            names = [_GOST_NAME_RE.match(name.strip()) for name in statement["names"].split(",")]
            item[role] = [
                {"family": m["family"], "given": m["given"].strip()} for m in names if m is not None
            ]
        title = title[: statement.start()]
    return whole if title == whole.rstrip(" .") else title.rstrip(" ,;:/")


def _labels_after_title(state: ItemState) -> list[str]:
    """The labels of the spans after the (last) title span, punctuation left out."""
    labels = [label for label, _ in state.sequence if label != "punct"]
    last = max((i for i, label in enumerate(labels) if label == "title"), default=len(labels))
    return labels[last + 1 :]


def _place_closing_title(title: str, state: ItemState) -> str:
    """"Les métiers de Nantes, Nantes" + "2004,": the place of publication rode at the end of the title
    span (French and Italian notes: "Title, Place, Year"); only a known place, with a year after it."""
    from citekit.normalize.place import (  # (place reads the volume step, which reads this module)
        is_country,
        only_places,
    )

    head, _, last = title.rpartition(", ")
    if not head or "date" not in state.spans or "publisher-place" in state.item or "container-title" in state.spans:
        return title  # (an article's title may well end in the place it studies: "…, Yucatan Peninsula, Mexico")
    if last[-1:] in _SUPERSCRIPT_DIGITS and (edition := _SUPERSCRIPT_EDITION_RE.search(last)) and _place_before_year(
        last[: edition.start()], state
    ):
        # "Wahrheit und Methode, Tübingen ⁴" + "1975": the place, and the edition printed as a superscript before
        # the year (German notes)
        state.item["publisher-place"] = last[: edition.start()]
        state.item.setdefault("edition", edition.group(1).translate(SUPERSCRIPT_TO_DIGITS))
        return head
    if not only_places(last) or is_country(last):
        if _place_before_year(last, state):
            # "Stadt und Kirche, Sigmaringen" + "1995": "Ort Jahr" ("Freiburg i. Br" gets its full stop back)
            state.item["publisher-place"] = last + "." if _ABBREVIATED_PLACE_END_RE.search(last) else last
            return head
        return title
    before = head.rpartition(", ")[2]
    word = before.rpartition(" ")[2]
    if only_places(before) or (word != last and only_places(word)):
        return title  # "Paris, London", "… in Syracuse, New York": places named by the title (but "Storia
        # di Palermo, Palermo": the city studied, then the place of publication)
    state.item["publisher-place"] = last
    return head


_DIGIT_RE = lazy_compile(r"\d")


def _imprint_as_title(state: ItemState, span: str, text: str) -> tuple[str, str] | None:
    """A title span "Belo Horizonte, Itatiaia" just before the year, with no place or publisher span:
    (place, publisher) when its head is a known place and the rest a name that is none."""
    if "location" in state.spans or "publisher" in state.spans or "date" not in state.spans or ", " not in text:
        return None
    sequence = state.sequence
    at = next((n for n, (_, t) in enumerate(sequence) if t is span), len(sequence))
    if next((label for label, _ in sequence[at + 1 :] if label != "punct"), None) != "date" or _DIGIT_RE.search(text):
        return None
    from citekit.normalize.place import only_places

    place, _, publisher = text.partition(", ")
    if "," in publisher or not publisher[:1].isupper() or not only_places(place) or only_places(publisher):
        return None
    return place, publisher


def _publisher_after_place(state: ItemState, sequence: Sequence[tuple[str, str]], i: int, text: str) -> bool:
    """A second title span between the place and the year, in a book's imprint ("São Paulo," +
    "Companhia das Letras," + "1995,"): the publisher, when no span was read as one."""
    if "publisher" in state.spans or not text[:1].isupper() or text[:1] in QUOTES or any(c.isdigit() for c in text):
        return False
    following = next((label for label, _ in sequence[i + 1 :] if label != "punct"), None)
    return following == "date" and len(text) <= 60


#: a person's name in natural order opening a title span: "Sérgio Buarque de Holanda, Raízes do Brasil"
_NAME_OPENING_TITLE_RE = lazy_compile(r"^(?P<name>[A-ZÀ-Þ][^,;:()\d“”\"«»]{3,60}?),\s+(?P<rest>[A-ZÀ-Þ¿¡].*)$")


def _author_opening_title(raw: str, state: ItemState) -> tuple[list[Any], str] | None:
    """"Sérgio Buarque de Holanda, Raízes do Brasil, 26.ª ed.," as the first span of a full reference (no
    author span, a year after it): a known given name opens a name, the work and its edition (or
    number of volumes) follow; the statement shows the tagger ran the author, title and imprint together."""
    first = next((text for label, text in state.sequence if label not in ("punct", "signal")), None)
    if first is None or not raw.startswith(first) or "date" not in state.spans:
        return None
    m = _NAME_OPENING_TITLE_RE.match(squash(raw))
    if m is None or not known_person_first(m["name"]):
        return None
    rest = clean_title(m["rest"])
    if not (
        _EDITION_TAIL_RE.search(rest) or _VOLUMES_TAIL_RE.search(rest)
        or (_VOLUME_WORD_TAIL_RE.search(rest) and _bare_volume_after_title(state))
    ):
        # only with a statement after the title ("…, 26.ª ed.", "…, 2 vols", "…, t." + "12"):
        # "Antonio Rizzo, Sculptor and Architect" is a title
        return None
    names, _ = parse_names(m["name"])
    if len(names) != 1 or "literal" in names[0]:
        return None
    return names, m["rest"]


def cut_title_before(item: dict[str, Any], end: int) -> bool:
    """Keep the title up to ``end`` (a statement closing it was read out); False, and nothing
    changed, when nothing would be left of it."""
    head = clean_title(str(item["title"])[:end])
    if not head:
        return False
    put_title(item, head)
    return True


def put_title(item: dict[str, Any], title: str) -> None:
    """``title`` and, when it has a subtitle, ``title-short`` (the main title); an old one goes."""
    item["title"] = title
    short = main_title(title)
    if short:
        item["title-short"] = short
    else:
        item.pop("title-short", None)


#: Chicago's "…, vol. 2 of The History of Modern Britain" closing a title span
_VOLUME_OF_RE = lazy_compile(r",\s+vol\.\s+(?P<volume>\d{1,3}|[IVXLC]+)\s+of\s+(?P<work>[A-Z“\"‘].{3,})$")


_VOLUME_NUMBER_START_RE = lazy_compile(r"^\W*(?:\d{1,4}|[IVXLC]+)\b")


def _bare_volume_after_title(state: ItemState) -> bool:
    """The span after the title is a volume without its label ("12", "XIV")."""
    after = _span_after_title(state)
    return after is not None and after[0] == "volume" and bool(_VOLUME_NUMBER_START_RE.match(after[1]))


#: a multi-volume work, the volume cited and its own title, all in the title span
_VOLUME_WITH_TITLE_RE = lazy_compile(
    r"^(?P<work>[^:]{3,}?),\s(?:vol\.|Vol\.|Bd\.|t\.|tome|tomo|sv\.|τόμ\.)\s?(?P<volume>(?:[IVXLC]{1,6}|\d{1,3})(?:/\d{1,2})?)"
    r":\s+(?P<volume_title>[^\W\d_].{2,})$"
)


def _take_tail_statements(title: str, state: ItemState, abbreviated: bool = False) -> str:
    """"Foundations …, 2 vols" / "Origins …, new edn": the statement leaves the title for its variable.

    ``abbreviated``: the span ended in a period that cleaning took off, so "…, 3 t" was "…, 3 t."
    (French tomes), which a bare "t" or "v" at a title's end is not.
    """
    if ": " in title and "volume" not in state.spans and (part := _VOLUME_WITH_TITLE_RE.match(title)):
        # "Europäisches Privatrecht, Bd. I: Älteres Gemeines Recht", "The Oxford History of Western Music,
        # vol. 3: Music in the Nineteenth Century": the work, the volume cited and that volume's own title
        state.item.setdefault("volume", part["volume"])
        state.item.setdefault("volume-title", part["volume_title"].strip())
        return part["work"].rstrip(_TRAIL)
    if " of " in title and "vol." in title and (part := _VOLUME_OF_RE.search(title)) and part.start() > 0:
        # "Hope and Glory, vol. 2 of The History of Modern Britain": the volume of a work in volumes
        state.item.setdefault("volume", part["volume"])
        state.item.setdefault("collection-title", part["work"])
        return title[: part.start()].rstrip(_TRAIL)
    last = title[title.rfind(" ") + 1 :].lower().rstrip(".")
    if abbreviated and last in ("t", "v") and (short := _SHORT_VOLUMES_TAIL_RE.search(title)) and short.start() > 0:
        state.item["number-of-volumes"] = short["n"]
        return title[: short.start()].rstrip(_TRAIL)
    if (
        (last[-1:].isdigit() or last[-1:] in ("i", "v", "x")) and 0 < title.rfind(", ") >= len(title) - 16
        and "volume" not in state.spans and (part := _VOLUME_TAIL_RE.search(title)) and part.start() > 0
    ):
        # "Church Dogmatics, vol. III/2", "Husitská revoluce, sv. 2": the volume rode in the title span
        state.item.setdefault("volume", part["volume"])
        return title[: part.start()].rstrip(_TRAIL)
    if (
        last in _VOLUME_WORDS and (abbreviated or len(last) > 1) and "volume" in state.spans
        and (word := _VOLUME_WORD_TAIL_RE.search(title)) and word.start() > 0 and _bare_volume_after_title(state)
    ):
        # "Storia di Genova, vol." + "II", "Sochineniia, t." + "12": the volume's label rode along
        # (a lone letter only with its period: "Nuits, t" is no label)
        return title[: word.start()].rstrip(_TRAIL)
    if last not in _STATEMENT_LAST_WORDS:
        return title  # most titles stop here
    m = _VOLUMES_TAIL_RE.search(title)
    if m and m.start() > 0:
        state.item["number-of-volumes"] = m["n"]
        title = title[: m.start()].rstrip(_TRAIL)
    m = _EDITION_TAIL_RE.search(title)
    if m and m.start() > 0 and "edition" not in state.spans:
        state.item["edition"] = parse_edition(m["edition"])
        title = title[: m.start()].rstrip(_TRAIL)
    return title


#: the places of a Russian imprint ("Title. M.: Nauka"; GOST style), as written in transliteration
_IMPRINT_PLACES = frozenset(
    "M. SPb. L. Moskva Leningrad Sankt-Peterburg Petrograd Kiev Kyiv Minsk Novosibirsk Ekaterinburg "
    "Sverdlovsk Kazan' Kazan’ Tomsk Irkutsk Riga Tallinn Vil'nius Khar'kov Odessa Rostov-na-Donu Saratov".split()
)


def _take_imprint(title: str, state: ItemState) -> str:
    """"Sotsial'naia istoriia Rossii. SPb.: Dmitrii Bulanin": the imprint rode in the title span
    (references in the Russian GOST style put it after the title, a period before it)."""
    colon = title.rfind(":")
    head = title[:colon].rstrip()
    space = head.rfind(" ")
    place = head[space + 1 :]
    bracketed = place[:1] == "("  # "Istoriia derevni, t. 2 (M.: Izd-vo MGU" + "1972),": the Chicago form
    if bracketed:
        place = place[1:]
    if place not in _IMPRINT_PLACES or space < 2 or (head[space - 1] != "." and not bracketed):
        return title
    publisher = title[colon + 1 :].strip(" ,.;")
    if not publisher or len(publisher) > 60 or ":" in publisher or "(" in publisher:
        return title
    state.item["publisher-place"] = place
    state.item["publisher"] = publisher
    title = head[: space if bracketed else space - 1].rstrip(_TRAIL)
    if bracketed and "volume" not in state.spans and (part := _VOLUME_TAIL_RE.search(title)) and part.start() > 0:
        state.item.setdefault("volume", part["volume"])
        title = title[: part.start()].rstrip(_TRAIL)
    return title


_LONE_SURNAMES_RE = lazy_compile(rf"^{SURNAMES_BY_SLASH},?$")


def _author_before_in(state: ItemState) -> bool:
    """The only title is a surname (or "Henssler/Braun") opening the reference, and "in" follows it."""
    if "container-title" not in state.spans or len(state.spans["title"]) != 1:
        return False
    sequence = [(label, text) for label, text in state.sequence if label not in ("punct", "signal")]
    if len(sequence) < 2 or sequence[0][0] != "title":
        return False
    head = squash(sequence[0][1]).strip()
    label, text = sequence[1]
    return (
        label == "container-title"
        and _IN_RE.match(text.lstrip()) is not None
        and _LONE_SURNAMES_RE.match(head) is not None
    )


def _names_a_periodical_issue(state: ItemState) -> bool:
    """One title, an issue number and nothing of a book or an article: the title is a periodical's."""
    spans = state.spans
    return (
        "issue" in spans
        and len(spans["title"]) == 1
        and "container-title" not in spans
        and "location" not in spans
        and "publisher" not in spans
        and "edition" not in spans
        and "pages" not in spans
        and not any(_IN_RE.match(text.lstrip()) for text in spans["title"])
    )


def _has_container(state: ItemState) -> bool:
    """Is there a container span of its own (not names, not the title's subtitle)?

    Asked only when a second title span or a «journal» in the title could be the container.
    """
    if "container-title" not in state.spans:
        return False  # (most references: no span to scan)
    return not all(map(names_as_container, spans_beside_title(state, "container-title")))


def _join_titles(first: str, second: str, glue: str) -> str:
    """``Title,`` + ``Subtitle`` -> ``Title. Subtitle``: the first part's own comma goes."""
    if not clean_title(first):
        return second
    first = first.rstrip()
    if glue == ". ":
        first = first.rstrip(",;:")
        if first.endswith((".", "?", "!")):
            glue = " "
    return f"{first}{glue}{second}"


def _opens_container(text: str, title_so_far: str) -> bool:
    """A second title span in guillemets, or after "in", or quoted after a closed title."""
    head = text.lstrip()
    if head[:1] == "«" or _IN_RE.match(head):
        return True
    if head[:1] in "“\"‘":
        return title_so_far.rstrip()[-1:] in ",."
    # '"Sudebnaya reforma,' + 'Istoricheskie zapiski': Chicago's quoted title closed by its comma (the
    # closing quotes dropped), then the periodical unquoted
    opened = title_so_far.lstrip()
    return (
        opened[:1] in "“\"" and opened.rstrip()[-1:] == "," and head[:1].isupper()
        and "”" not in opened and '"' not in opened[1:] and "”" not in head and '"' not in head
    )
