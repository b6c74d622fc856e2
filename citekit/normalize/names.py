"""Author, editor and translator spans -> CSL name lists, with role words obeyed.

A role word says which list the names belong to, wherever the tagger put
them: "Paul Hagenloh (ed.)" in an author span is an editor; "ed. Irina
Shcherbakova", "hg. v.", "a cura di", "éd. par", "trans." introduce names;
"eds."/"Hrsg." follow them.  "———" repeats the previous entry's authors.
A container-title span that opens with a role word ("ed. Irina
Shcherbakova") is read as names too (the container step then skips it).
"et al."/"u. a." are dropped from the list and recorded in
``custom["et-al"]`` (the variables whose lists are incomplete), so writers can
emit "and others".
"""

from __future__ import annotations

import re
from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import (
    SUFFIXES,
    Name,
    given_names,
    is_previous_marker,
    known_person_first,
    letter_writer_and_addressee,
    looks_corporate,
    parse_names,
    plain_words,
    writer_to_recipient,
)
from citekit.normalize._person import (
    SURNAME as SURNAME,  # (re-exported: other steps read names here)
)
from citekit.normalize._person import SURNAMES_BY_SLASH as SURNAMES_BY_SLASH
from citekit.normalize._person import slashed_names as slashed_names
from citekit.normalize._text import data_lines, squash
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.commentary import commentary_and_authors
from citekit.normalize.legal import court_and_periodical

#: (the lookahead names the first characters of the role words: most positions fail on it at once)
#: a general editor: "gen. ed.", "gen. eds", "general editors" (an editor's role; the extraction hands the
#: tagger "ed." for it, the word it has seen before editors far more often)
GENERAL_EDITOR = r"\bgen(?:\.|eral)\s+(?:eds?\.?|editors?)(?=\s)"
_ROLE_RE = lazy_compile(
    r"(?=[tüe(hésdacrpvöoubпсçyμεgkf])(?:(?P<trans>\b(?:translated\s+by|çev\.|çeviren|μτφρ\.|επιμέλεια\s+και\s+μετάφραση|μετάφραση|trans(?:l)?\.(?:\s+by)?|tr\.(?:\s+by)?|übers(?:etzt)?\.?(?:\s+v(?:on|\.))?"
    r"|übersetzt\s+von|traduit\s+(?:de\s+\S+\s+)?par|trad\.(?:\s+(?:par|di|da|by|de(?=\s+(?-i:[A-ZÀ-Þ]))))?|traducci[óo]n\s+de|tradotto\s+da"
    r"|traduzione\s+di|translator|tradução\s+de|vert\.(?:\s+door)?|vertaald\s+door|przeł\.|přel\.|övers\."
    r"|overs\.(?:\s+af)?|oversat\s+af|tłum\.|(?-i:\b(?:ford|prev)\.(?=\s+[A-ZÀ-ÞČŠŽĆĐŁŚŻ])))(?=\W|$))"
    # "trans. Frank Justus Miller, rev. G. P. Goold": the reviser (lower case: "Rev. John Smith" is a cleric)
    # (German "bearb. von": the reviser of a later edition)
    r"|(?P<rev>\b(?:(?-i:rev\.)(?:\s+by)?|(?:neu\s+)?bearb\.(?:\s+v(?:on|\.))?)(?=\s+[A-ZÀ-Þ]))"
    rf"|(?P<ed>(?:{GENERAL_EDITOR}|\bedited\s+by|\bed\.\s+by|\bed\.\s+de(?=\s+(?-i:[A-ZÀ-Þ]))|\bedici[óo]n\s+de|\bedição\s+de|\beds?\.|\bedd\.|\beds\b|\beditors?\b|\(eds?\)|\bed\b(?=\s*\))"
    r"|\bhrsg\.(?:\s+v(?:on|\.))?|\bhg\.(?:\s+v(?:on|\.))?|\bhgg\.|\bherausgegeben\s+von|\bhrsg\b"
    r"|\béds?\.(?:\s+par)?|\bsous\s+la\s+dir(?:ection|\.)?\s+de|\bdir\.|\ba\s+cura\s+di"
    r"|\bcur\.|\bcoord\.|\bcompiled\s+by|\bcomp\.|\ba\s+c\.\s+di\b|\bdirett[ao]\s+da|\bdirig[ée]e?\s+par"
    # Dutch, Polish, Scandinavian "red." and "pod red.", Danish "udg. af", Swedish "utg. av", Dutch
    # "onder redactie van"/"bezorgd door", Brazilian "(Org.)" (bracketed only: "Org." ends corporate names)
    # Turkish "haz." and "yay. haz." (hazırlayan, the one who prepared the edition)
    r"|\byay\.\s+haz\.|\bhaz\.|\bhazırlayan|\b(?:pod\s+)?red\.|\budg\.(?:\s+af)?|\butg\.(?:\s+av)?|\bonder\s+redactie\s+van|\bbezorgd\s+door"
    r"|\(orgs?\.?\)|\(coords?\.?\)"
    # East Central European editors: Hungarian "szerk." (szerkesztette), Polish "oprac." (opracował), Czech
    # "připr." (připravil), Estonian "koost."/"toim.", Latvian "sast.", and, in lower case before a name,
    # South Slavic "ur." (uredio) and Lithuanian "sud." (sudarė)
    r"|\bszerk\.|\boprac\.|\bpřipr\.|\bkoost\.|\btoim\.|\bsast\.|(?-i:\b(?:ur|sud)\.(?=\s+[A-ZÀ-ÞČŠŽĆĐŁŚŻ]))|\((?-i:ur|sud)\.\)"
    # Russian "под ред.", "под общ. ред.", "под редакцией", "сост."
    r"|\bпод\s+(?:общ\.\s+)?ред(?:\.|акцией)|\bсост\.(?:\s+и\s+(?:науч\.\s+)?ред\.)?"
    # Greek "επιμ." (επιμέλεια, the one who saw the edition through), "(επιμ.)"
    r"|\bεπιμ\.|\bεπιμέλεια|\(επιμ\.?\))(?=\W|$)))",
    re.I,
)
_OPENING_ROLE_RE = lazy_compile(
    r"(?:eds?\.|edd\.|edited\s+by|ed\.\s+by|[hH]rsg\.|[hH]g\.|herausgegeben\s+von|a\s+cura\s+di|a\s+c\.\s+di"
    r"|éds?\.|sous\s+la\s+dir|dirett[ao]\s+da|dirig[ée]e?\s+par)\s"
)
#: the first letters of the forms of ``_OPENING_ROLE_RE`` (an empty head goes on to the expression)
_ROLE_INITIALS = "ehHaésd"
_IN_RE = lazy_compile(r"^\s*(?:in|dans|en|em|im|στο|στη|στην|στον)\s*:?\s+(?=\S)|^\s*in:\s*", re.I)
_IN_HEADS = frozenset({"in", "in:", "in ", "dan", "en ", "en:", "em ", "em:", "im ", "im:", "στο", "στη"})
_JOIN_RE = lazy_compile(r"^[\s,;:&().]*(?:and|und|et|e|&)?[\s,;:&().]*$", re.I)

#: every role word as plain_words() gives it: a cheap test before the big expression (and
#: the vocabulary the training corpora's conversion uses for role words after names)
ROLE_WORDS = frozenset(
    "ed eds edd editor editors edited trans tr transl translated translator übers übersetzt "
    "hrsg hg hgg herausgegeben éd éds dir cur coord comp compiled trad traduit tradotto "
    "traduzione".split()
)
#: role words of other languages (kept apart from ``ROLE_WORDS``, which training reads)
_MORE_ROLE_WORDS = frozenset(
    "red org orgs udg utg bezorgd redactie tradução vert vertaald przeł přel övers overs oversat rev gen general "
    "ред редакцией сост çev çeviren haz hazırlayan bearb μτφρ μετάφραση επιμ επιμέλεια "
    "szerk oprac připr koost toim sast ur sud tłum ford prev".split()
)
_ALL_ROLE_WORDS = ROLE_WORDS | _MORE_ROLE_WORDS
_DEFAULT_ROLE = {"author": "author", "editor": "editor", "translator": "translator"}
#: the role of "rev. X" (a revised edition's reviser), which no CSL variable holds
REVISER = "reviser"


def has_role_word(text: str) -> bool:
    """Does the span name a role anywhere ("X, ed.", "(a cura di)", "trans. by Y")?"""
    return _ROLE_RE.search(text) is not None


def last_role_word(text: str) -> tuple[str, int, int] | None:
    """The role ("editor", "translator" or the reviser's) of the last role word in ``text``, with its start
    and end, or None: the grammar of the names step, for steps that find roles inside other spans."""
    if _ALL_ROLE_WORDS.isdisjoint(plain_words(text)) and "a cura" not in text:
        return None
    matches = list(_ROLE_RE.finditer(text))
    if not matches:
        return None
    last = matches[-1]
    role = "translator" if last.group("trans") else REVISER if last.group("rev") else "editor"
    return role, last.start(), last.end()


#: a container span that is only a volume's editors: "in Hirsch-Kreinsen/Minssen (Hrsg),", "in: Schmidt (Hg.)"
_EDITORS_AS_CONTAINER_RE = lazy_compile(
    rf"^\s*(?:[Ii]n:?\s+)?{SURNAMES_BY_SLASH}(?:\s+et\s+al\.?|\s+u\.\s?a\.)?\s*"
    r"\((?:Hrsg|Hg|Hgg|eds?|Eds?|dir|coord|éds?)\.?\)\s*[,.:]?\s*$"
    # "in: Hinte/Steinhauer," before the book's title: German notes leave the "(Hrsg.)" out
    rf"|^\s*[Ii]n:?\s+{SURNAME}(?:\s?/\s?{SURNAME})+\s*[,:]?\s*$"
)


def names_as_container(text: str) -> bool:
    """Is a container span names, not a work: "ed. Irina Shcherbakova", "in Henssler/Braun (Hrsg),"?"""
    return opens_with_role(text) or (
        ("(" in text or "/" in text) and _EDITORS_AS_CONTAINER_RE.match(text) is not None
    )  # (the expression needs a bracketed role or a slash: most containers stop at the test)


#: the first letters of the words that open a letter's description ("Letter from X to Y")
_LETTER_HEADS = frozenset({"Let", "Bri", "Car", "Tel"})
#: the opening quote of a title after the author's name, in the author span
_QUOTE_OPENS_TITLE_RE = lazy_compile(r",\s+(?=[“‘][^”’]*$)")
#: an exhibition catalogue's mark after the editors' names
_EXHIBITION_TAIL_RE = lazy_compile(r",?\s*exh\.\s*cat\.\s*[,;]?\s*$")
#: "trans. X" / "translated by X" opening a span (lower case: "Trans. Amer. Math. Soc." is a journal)
_TRANS_OPENING_RE = lazy_compile(r"(?:trans(?:l)?\.|tr\.|[Tt]ranslated\s+by)\s")
#: ", 2 vols" closing a span of names
_COUNT_TAIL_RE = lazy_compile(r",\s*\d{1,2}\s+(?:vols?|volumes|voll|Bde|tomes|t)\.?\s*[,;]?\s*$")
#: words of a book series' name
_SERIES_WORDS = ("Library", "Series", "Texts", "Classics", "Studies", "Collection", "Bibliothek", "Reihe")
#: a book series after the names in one span: ", Loeb Classical Library 108", ", Oxford Medieval Texts"
_SERIES_TAIL_RE = lazy_compile(
    r",\s+(?P<series>(?:[A-Z][\w’'-]*\s+){0,4}(?:" + "|".join(_SERIES_WORDS) + r")(?:\s+[A-Z][\w’'-]*){0,3})"
    r"(?:,?\s+(?P<number>\d{1,4}))?\s*[,.;]?\s*$"
)


def _has_series_word(text: str) -> bool:
    return any(word in text for word in _SERIES_WORDS)


#: a series by its siglum closing the editor's names: "ed. J.-L. van Dieten, CFHB 11", "ed. I. Bekker, CSHB"
_SERIES_SIGLUM_TAIL_RE = lazy_compile(r",\s+(?P<series>[A-Z]{2,5})(?:\s+(?P<number>\d{1,4}))?[\s,.;]*$")


def _series_siglum_tail(text: str) -> re.Match[str] | None:
    """The series siglum (``data/series_sigla.txt``) closing an editor's span, or None."""
    m = _SERIES_SIGLUM_TAIL_RE.search(text) if text.rstrip(" ,.;")[-1:].isalnum() else None
    return m if m is not None and m["series"] in data_lines("series_sigla.txt") else None


def names_as_series(text: str) -> bool:
    """Is a series span names: "trans. L. A. Manyon, 2 vols", "ed. Gaetano Milanesi, 9 vols"?"""
    head = text.lstrip(" ,;:([")
    return head[:1] in "et" and (opens_with_role(head) or _TRANS_OPENING_RE.match(head) is not None)


def opens_with_role(text: str) -> bool:
    """Does the span start with an editor's role word ("ed. X", "hg. v. X", "a cura di X")?

    Lower-case forms only (and German "Hrsg."/"Hg."): "Trans. Amer. Math. Soc."
    and "Ed. Gallimard" are a journal and a publisher.
    """
    head = text.lstrip(" ,;:([")
    # every form opens with one of these letters: most containers stop before the expression
    return head[:1] in _ROLE_INITIALS and _OPENING_ROLE_RE.match(head) is not None


def _role_segments(
    text: str, default: str, words_lower: list[str] | None = None
) -> list[tuple[list[str], str]]:
    """Split a span into (roles, names text) pieces at its role words."""
    if text[:3].lower().lstrip() in _IN_HEADS:
        text = _IN_RE.sub("", text)
    if words_lower is None:
        words_lower = plain_words(text)
    if (
        _ALL_ROLE_WORDS.isdisjoint(words_lower)
        and "a cura" not in text
        and "a c. di" not in text
        and "sous la" not in text
        and "irett" not in text  # "diretta da" (an Italian series' general editor)
        and "irigé" not in text  # "dirigé par"
    ):
        return [([default], text)]
    matches = list(_ROLE_RE.finditer(text))
    if not matches:
        return [([default], text)]
    head = text[: matches[0].start()]
    prefix_mode = not head.strip(" ,;:([")
    out: list[tuple[list[str], str]] = []
    pending: list[str] = []
    pos = 0
    for m in matches:
        role = "translator" if m.group("trans") else REVISER if m.group("rev") else "editor"
        between = text[pos : m.start()]
        if _JOIN_RE.match(between):
            pending.append(role)  # "ed. and trans." governs the same names
        elif prefix_mode:
            out.append((pending or [default], between))
            pending = [role]
        else:
            out.append(([role], between))
            pending = []
        pos = m.end()
    tail = text[pos:]
    if prefix_mode:
        out.append((pending or [default], tail))
    elif not _JOIN_RE.match(tail):
        out.append(([default], tail))
    elif pending and out:
        out[-1] = (out[-1][0] + pending, out[-1][1])
    elif pending:
        out.append((pending, tail))
    return out


#: newspapers cited by name alone, before the day's date: "Pravda, 12 June 1937, p. 1"
_NEWSPAPER_NAME_RE = lazy_compile(
    r"^(?:The\s+)?(?:Times|Guardian|Observer|Pravda|Izvestiia|Izvestiya|Trud|Krasnaia\s+zvezda|"
    r"Le\s+Monde|Le\s+Figaro|Le\s+Temps|L'Humanité|Corriere\s+della\s+Sera|La\s+Stampa|Avanti!?|"
    r"Vorwärts|Frankfurter\s+Allgemeine(?:\s+Zeitung)?|FAZ|Süddeutsche\s+Zeitung|Die\s+Zeit|"
    r"New\s+York\s+Times|Washington\s+Post|Manchester\s+Guardian)$"
)


def _names_a_periodical(state: ItemState, text: str) -> bool:
    """An author span with no title after it that names a newspaper, or a periodical's issue."""
    spans = state.spans
    if "title" in spans or "container-title" in spans or len(spans["author"]) != 1:
        return False
    name = squash(text).strip(" ,;:.")
    if _NEWSPAPER_NAME_RE.match(name):
        return True
    # "Bol'shevik, 1937, no. 3": one word, an issue number, no book's imprint
    return (
        "issue" in spans and " " not in name and "location" not in spans and "publisher" not in spans
    )


#: "[Daniel Defoe]", "[Jonathan Swift?]": the author of an anonymous work as the citer supplies it
_ATTRIBUTED_RE = lazy_compile(r"^\[(?P<name>[^\[\]?]{2,80})\??\][\s,.;:]*$")

#: a signal's last words opening an author span ("Si veda" + "in particolare A. Prosperi"); only
#: these words, for a lower-case word there may be a surname that OCR or small capitals lowered
_LEAD_IN_RE = lazy_compile(
    r"^((?:in\s+particolare|particolarmente|soprattutto|anche|inoltre|especially|esp\.|generally|also|further|"
    r"in\s+particular|notamment|surtout|aussi|également|en\s+particulier|insbesondere|etwa|auch|nur|ferner|"
    r"zuletzt|dazu)\s+)(?=[A-ZÀ-Þ])"
)


#: "Family, Given M. Title words": an inverted name ends at its last initial, in the bibliography form
#: "Bergen, Doris L. Twisted Cross: The German …" a title follows after the period
_NAME_THEN_TITLE_RE = lazy_compile(
    r"^[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?,\s(?:[A-ZÀ-Þ][a-zà-ÿ]+\s)+[A-ZÀ-Þ]\.\s(?=[A-ZÀ-Þ][a-zà-ÿ]{2,})"
)


#: a word of a given name as it opens a title span ("Natalie", "Buarque", "Max:"), an initial ("A."), a particle
_GIVEN_WORD_RE = lazy_compile(r"[A-ZÀ-Þ][a-zß-ÿ'’-]+[.:]?")
_GIVEN_INITIAL_RE = lazy_compile(r"(?:[A-ZÀ-Þ]\.){1,2}")
_GIVEN_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "e", "von", "van", "der", "del", "y"})


#: the first letters of a title span that may open with the author's given names or role ("ed. The …")
_GIVEN_OR_ROLE_HEADS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÖØÙÚÛÜÝÞeАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЭЮЯ")
_ROLE_OPENING_TITLE_RE = lazy_compile(r"eds?\. (?=[A-ZÀ-Þ\d«“‘\"])")


def _gost_name_opening_title(author: str, title: str) -> int:
    """How much of the title span is a further "Family I. I." of a GOST list after "Family I. I.,", or 0."""
    if author[-2:] != ".," or (m := _FAMILY_INITIALS_THEN_WORDS_RE.match(title)) is None:
        return 0
    return m.end() if _FAMILY_INITIALS_THEN_WORDS_RE.match(author.rstrip(",") + " Яя") else 0


def _role_opening_title(author: str, title: str) -> int:
    """How much of the title span is the role of the names before it ("ed. The Victorian …"), or 0."""
    if title[:1] != "e" or author[-1:] != "," or (m := _ROLE_OPENING_TITLE_RE.match(title)) is None:
        return 0
    return m.end()


def _given_opening_title(author: str, title: str) -> int:
    """How much of the title span is the author's given name, or 0.

    Bibliographies put the family name first ("Davis, Natalie Zemon. The Return …", "Weber, Max: Wirtschaft
    …"); the tagger may end the author span at the comma, or inside the given names, and open the title
    with the rest.  The words count only when they end at a period or colon (or in initials), the first is a
    known given name (or an initial) and a title follows.
    """
    first = title[: title.find(" ")]  # (a title with no space never gets here: it holds ". " or ": ")
    if first.rstrip(".:").lower() not in given_names() and not _GIVEN_INITIAL_RE.fullmatch(first):
        return 0  # most titles: "The …", "A …", "Essays …"
    family_only = author[-1:] == ","
    if family_only:
        if " " in author.strip():
            return 0  # "Smith, John," or "van Dyck," : not a bare family name
    elif not (author[-1:].isalpha() and author.count(",") == 1 and author.split(",", 1)[1].strip().isalpha()):
        return 0  # "Quint, Rachel" + "Ann. A Grammar …": one given name, the others in the title
    words = title.split(" ", 5)
    end = 0
    initials = False
    for k, word in enumerate(words[:5]):
        if _GIVEN_INITIAL_RE.fullmatch(word):
            initials, end = True, k + 1
            continue
        if initials:
            break  # after an initial only initials: "John B. The Return" ends at "B."
        if k and word.rstrip(".:") in _GIVEN_PARTICLES:
            if word[-1] in ".:":  # "HOLANDA," + "Sérgio Buarque de. Raízes do Brasil."
                end = k + 1
                break
            continue
        if not _GIVEN_WORD_RE.fullmatch(word):
            break
        if word[-1] in ".:":
            end = k + 1
            break
    if not end or end >= len(words):
        return 0
    if words[end - 1][-1:] == ":" and (end > 1 or not family_only):
        return 0  # "Weber," + "Max: Wirtschaft …", never "Kuntz," + "Angela da Foligno: A Paradigm …"
    if initials and (title.rstrip()[-1:] != "." or len(words) < end + 3):
        return 0  # "Molmenti," + "G. B. Tiepolo, la sua vita …,": a person the title is about
    if not words[end][:1].isupper() and not words[end][:1].isdigit() and words[end][:1] not in "«“‘\"":
        return 0
    return sum(len(w) + 1 for w in words[:end])


#: GOST's "Family I. I." and the words after it: "Хлевнюк О. В. Хозяин." (the title's first words)
_FAMILY_INITIALS_THEN_WORDS_RE = lazy_compile(r"[А-ЯЁІЇЄҐ][а-яёіїєґ'’-]+ (?:[А-ЯЁІЇЄҐ]\. ?){1,2}(?=[А-ЯЁІЇЄҐ][а-яёіїєґ])")
_CYRILLIC_INITIAL_RE = lazy_compile(r"\b[А-ЯЁІЇЄҐ]\.")


def _title_head_in_name(text: str) -> int:
    """Where a title's first words start inside an author span ("…, Doris L. Twisted Cross:"), or 0."""
    m = _NAME_THEN_TITLE_RE.match(text)
    if m is None:
        return 0
    head = text[m.end() :].strip()
    if not head.endswith(":") or "," in head or head.split()[0].lower() in ("and", "und", "et", "e"):
        return 0  # a title's head ends at its subtitle's colon; "Smith, John A. Jones," is a person
    return m.end()


#: one person in natural order, the first piece of an author span: "Lorraine Daston", "W.J. TORRANCE KIRBY",
#: "F. de Dainville" (a lower-case particle inside, never at the end)
_NATURAL_NAME_RE = lazy_compile(
    r"^(?:[A-ZÀ-Þ][\w'’.-]*\s+(?:(?:de|di|da|del|della|van|von|der|den|du|la|le|ten|te)\s+)*){1,3}[A-ZÀ-Þ][\w'’-]+$"
)
#: the small words a title goes on with ("RICHARD HOOKER" + "AND THE POLITICS …"), never a name's
_CAPS_CONTINUATIONS = frozenset({"AND", "OF", "THE", "IN", "ON", "&", "FOR", "TO"})
#: inside a piece in capitals only these say title ("ANABEL AND BARRY WELLMAN" is people)
_CAPS_TITLE_WORDS = _CAPS_CONTINUATIONS - {"AND", "&"}
_PARTICLES = frozenset({"de", "di", "da", "del", "della", "van", "von", "der", "den", "du", "la", "le", "ten", "te",
                        "y", "bin", "ibn", "al", "el", "zu", "dos", "das", "do"})
#: marks that join the names of a list (with one, the pieces after a comma are people); the words
#: that do ("Bruno Bianchi e Carlo Verdi") are no title's evidence either
_NAME_LIST_JOIN_RE = lazy_compile(r"&|/|;")
#: a volume statement alone in an author span: "vol. II", "Bd. 3", "t. 2", "τόμ. Α΄" (a Greek numeral, its keraia)
_VOLUME_STATEMENT_RE = lazy_compile(
    r"^(?:vol|Vol|Bd|t|tome|tomo|τόμ|τ)\.\s*(?P<n>\d{1,3}|[IVXLC]{1,6}|[Α-Ω]{1,3}[΄ʹ'’])[,.]?$"
)
_VOLUME_HEADS = frozenset("vVBtτ")
_CONJUNCTIONS = frozenset({"and", "und", "et", "e", "y", "i", "en", "og", "och", "u.", "with", "mit", "avec", "con"})
_ET_AL_WORD_RE = lazy_compile(r"\bu\.\s?a\.|\bet\s+al\b|\bothers\b|\bu\.\s?v\.\s?a\.")
_INITIAL_RE = lazy_compile(r"(?:^|\s)[A-ZÀ-Þ]\.")
#: initials without periods, as Vancouver lists write them ("Arias A", "Lang SM", "V Harinarayan")
_VANCOUVER_INITIALS_RE = lazy_compile(r"^[A-ZÀ-Þ]{1,3}[.,]?$")


def _subtitle_read_as_editor(state: ItemState) -> tuple[str, str] | None:
    """"Jonathan Sperber, Karl Marx:" + "A Nineteenth-Century Life" (tagged an editor), no title span.

    The work's main title rode in the author span up to its colon, and its subtitle was read as a
    person.  A list of authors closed by a colon ("Volker Roth, Petra Lang:") has its title after it;
    here nothing is tagged a title and the "editor" carries no role word, so the words after the
    comma and the editor span are the title.  The title is put in place; returns the (author, editor)
    spans so that the caller reads the author's name alone and skips the editor.
    """
    sequence = [(label, text) for label, text in state.sequence if label != "punct"]
    for i in range(len(sequence) - 1):
        (label, text), (next_label, subtitle) = sequence[i], sequence[i + 1]
        if label != "author" or next_label != "editor" or text.count(", ") != 1 or text.rstrip()[-1:] != ":":
            continue
        first, head = text.split(", ")
        if (
            " " not in first.strip() or not _NATURAL_NAME_RE.match(first.strip()) or has_role_word(subtitle)
            or not subtitle[:1].isupper() or not head[:1].isupper()
        ):
            return None
        from citekit.normalize.title import clean_title, put_title  # (title reads names)

        put_title(state.item, clean_title(f"{head.strip()} {subtitle.strip()}"))
        return text, subtitle
    return None


#: a title span that goes on with a list: "Sexuality, and the Self" (the list's first word, "God,", in the author's span)
_LIST_GOES_ON_RE = lazy_compile(r"^[A-ZÀ-Þ][^\s,]*,\s(?:and|und|et|e|y|&)\s")


def _title_after_natural_name(text: str, state: ItemState) -> int:
    """Where a title's first words start in an author span "Julian Martin, Francis Bacon," (or 0).

    Only where the words cannot be a second person: the title span goes on in lower case ("the
    State and …", "AND THE POLITICS …"), or the piece has a lower-case word that is no
    particle ("Vincenzo Querini in Augsburg"; "BISHOP BUTLER AND THE AGE OF REASON" in
    capitals).  Lists of people in natural order ("Roger Grand, Raymond Delatouche:"),
    institutions and inverted names ("Soto Laveaga, Gabriela.") look alike otherwise and stay.
    """
    first, _, rest = text.partition(", ")
    if not rest or " " not in first.strip() or not _NATURAL_NAME_RE.match(first.strip()) or _NAME_LIST_JOIN_RE.search(text):
        return 0
    last = first.rsplit(None, 1)[-1]
    if _VANCOUVER_INITIALS_RE.match(last) and not first.isupper():
        return 0  # "Pérez-Higueras JJ, Arias A": surnames first, then initials
    offset = len(first) + 2
    pieces = rest.split(", ")
    while pieces and pieces[0].strip(" ,.;:").lower() in SUFFIXES | {"jr", "sr"}:
        offset += len(pieces.pop(0)) + 2  # "Charles G. Nauert, Jr., Humanists,"
    if len(pieces) != 1:
        return 0  # "Bajos Nathalie, Ferrand Michèle, l’équipe GINÉ": a list
    piece = pieces[0].strip(" ,")
    words = piece.rstrip(".:;").split()
    if not words or not piece[:1].isupper() or _INITIAL_RE.search(piece) or has_role_word(piece):
        return 0
    if not piece.isupper() and any(_VANCOUVER_INITIALS_RE.match(w) for w in words):
        return 0  # "V Harinarayan"
    if piece.endswith(":") and not piece.isupper():
        return 0  # "Volker Roth, Petra Lang:": German notes close the list of authors with a colon
    if len(words) == 1 and not _INITIAL_RE.search(first):
        # "Caro Baraja, Julio": a given name after the family (but "J. King, Budweisers"); and "Sarah Coakley,
        # God," + "Sexuality, and the Self": a title that is a list, cut after its first word, after a name in
        # natural order (a given name first, and the word after the comma none)
        given = given_names()
        if not (
            _LIST_GOES_ON_RE.match(state.spans["title"][0]) and first.split(None, 1)[0].lower() in given
            and words[0].lower() not in given
        ):
            return 0
        return offset
    if _ET_AL_WORD_RE.search(piece) or looks_corporate(text):
        return 0  # "Heinrich Dilly u.a.", "Environmental Protection Agency, State of Illinois"
    title = state.spans["title"][0].lstrip(" “\"'‘»«„")
    head = title.split(" ", 1)[0]
    if (
        (head[:1].islower() and "’" not in head and "'" not in head)  # (not "l’Anonimo": Italian titles)
        or head in _CAPS_CONTINUATIONS
        or (len(words) > 1 and any(w[:1].islower() and w not in _PARTICLES and w not in _CONJUNCTIONS for w in words))
        or (piece.isupper() and any(w in _CAPS_TITLE_WORDS for w in words[1:]))
    ):
        return offset
    return 0


#: German law notes cite an article by author, periodical, year and page alone: "Kubis, ZUM 2006, 370";
#: the periodical's abbreviation (two capitals at least: "ZUM", "AfP", "GRUR-Int.") rode in the author span
_AUTHOR_THEN_PERIODICAL_RE = lazy_compile(
    rf"^(?P<names>{SURNAMES_BY_SLASH}),\s+(?P<journal>[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{{0,5}}[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{{0,5}}"
    r"(?:-[A-Z][A-Za-z]{0,5})?\.?)\s*$"
)


def _periodical_in_author(state: ItemState, text: str) -> re.Match[str] | None:
    """"Kubis, ZUM" + "2006," + "370": the author's surname and the periodical (no title, no container)."""
    spans = state.spans
    if "title" in spans or "container-title" in spans or "date" not in spans or ", " not in text:
        return None
    if not ("locator" in spans or "pages" in spans or "volume" in spans):
        return None  # the page after the year makes the shape
    m = _AUTHOR_THEN_PERIODICAL_RE.match(text.strip(" ,"))
    if m is None or sum(c.isupper() for c in m["journal"]) < 2:
        return None
    letters = m["journal"].rstrip(".")
    if letters.isupper() and len(letters) < 3:
        return None  # "Smith, JA": initials
    return m


#: the Bluebook puts the volume of a multi-volume book before its author: "2 EDWARD GIBBON, THE DECLINE …
#: 80 (1952)", "1 RICHARD HOOKER, OF THE LAWS …"
_VOLUME_BEFORE_AUTHOR_RE = lazy_compile(r"^(?P<volume>\d{1,3})\s+(?=[A-ZÀ-Þ][\w.’'-]*\s+[A-ZÀ-Þ])")


_STAR_PAGE_RE = lazy_compile(r"(?:^|\s)\*\d")


def _volume_before_author(state: ItemState, text: str) -> re.Match[str] | None:
    """"2 EDWARD GIBBON," opening the reference, with the Bluebook's bracketed year after it."""
    if "citation-number" in state.spans or "volume" in state.item:
        return None
    if not any(")" in date for date in state.spans.get("date", ())) and not any(
        _STAR_PAGE_RE.search(text) for label, text in state.sequence if label in ("locator", "pages")
    ):
        return None  # "(1952)", "(J.M. Dent & Sons, Ltd." + "1907)"; or a star page: "Commentaries *69"
    return _VOLUME_BEFORE_AUTHOR_RE.match(text) if _opens_the_citation(state, text) else None


#: the book's title after its editors in one editor span: "in Brameshuber/Friedrich (Hrsg), FS Marhold"
_EDITORS_THEN_WORK_RE = lazy_compile(r"^(?P<editors>[^()]+\((?:Hrsg|Hg|Hgg|eds?|Eds?|dir|coord)\.?\)),\s+(?P<work>[^\W\d_].*)$")


#: a work's title before the role words that name its editors: "Sammeln als Wissen, hg. von Anke te
#: Heesen", "in: Grenzöffnung, Migration, hg. von Arno Pilgram" (only the forms that must have the
#: names after them: "Schmidt, Hg." names Schmidt)
_WORK_THEN_EDITORS_RE = lazy_compile(
    r"^(?P<work>\S.*?),\s+(?=(?:h(?:rs)?g\.\s+v(?:on|\.)|herausgegeben\s+von|edited\s+by|ed\.\s+by|a\s+cura\s+di"
    r"|éd(?:ité)?\.?\s+par|sous\s+la\s+direction\s+de|udg\.\s+af|utg\.\s+av|(?-i:(?:pod\s+)?red\.)(?=\s+[A-ZÀ-Þ])"
    # Chicago: "Thomas Hobbes, Leviathan, ed. Richard Tuck", "…, ed. and trans. Geoffrey Brereton"
    r"|(?-i:ed\.(?:\s+and\s+trans\.)?|trans\.(?:\s+and\s+ed\.)?)(?=\s+[A-Z]))\s)",
    re.I,
)
#: "Thomas Hobbes, Leviathan": an author's name (two to four capitalised words), then the work
_AUTHOR_THEN_WORK_RE = lazy_compile(r"^(?P<author>(?:[A-ZÀ-Þ][\w.'’-]*\s+){1,3}[A-ZÀ-Þ][\w'’-]+),\s+(?P<work>\S.*)$")


def _work_closing_the_author(text: str) -> int | None:
    """Where the work starts in "Reinhart Koselleck, Vergangene Zukunft": a person named in natural
    order (a known given name or initials first), then words that do not name a person; else None."""
    parts = text.strip(" ,;:.").split(", ")
    if len(parts) != 2 or not parts[1][:1].isupper() or not known_person_first(parts[0]):
        return None
    work = parts[1]
    if known_person_first(work) or has_role_word(work) or _INITIALS_RE.match(work):
        return None
    return text.index(work, len(parts[0]))


_INITIALS_RE = lazy_compile(r"^(?:[A-ZÀ-Þ]\.\s?)+$")


#: "Tacitus, Histories": an ancient author's one name, then the work (no given name after the comma)
_ONE_NAME_THEN_WORK_RE = lazy_compile(r"^(?P<author>[A-ZÀ-Þ][\w'’-]+),\s+(?P<work>[A-ZÀ-Þ][^,]*)$")


def _author_and_work(name: str) -> tuple[str, str] | None:
    """"Thomas Hobbes, Leviathan", "Tacitus, Histories" -> (author, work); "Weber, Max" -> None."""
    person = _AUTHOR_THEN_WORK_RE.match(name)
    if person and known_person_first(person["author"]):
        return person["author"], person["work"]
    one = _ONE_NAME_THEN_WORK_RE.match(name) if ", " in name else None
    if one is None:
        return None
    first = one["work"].split(None, 1)[0].strip(".,").lower()
    if first in given_names() or _INITIAL_RE.match(one["work"]) or len(first) < 3:
        return None  # "Weber, Max", "Smith, J. R.": an inverted name
    return one["author"], one["work"]


#: a book series' name as a whole span, maybe with its number: "Loeb Classical Library 47",
#: "Oxford World's Classics"
_SERIES_SPAN_RE = lazy_compile(
    r"^(?P<series>(?:[A-Z][\w’'-]*\s+){0,4}(?:" + "|".join(_SERIES_WORDS) + r"))(?:,?\s+(?P<number>\d{1,4}))?\s*[,.]?$"
)


def _series_as_title(state: ItemState) -> re.Match[str] | None:
    """The one title span when it names a book series just before the bracketed imprint:
    "Plutarch, Lives, trans. Bernadotte Perrin," + "Loeb Classical Library 47" + "(Cambridge, MA:"."""
    titles = state.spans.get("title", ())
    if len(titles) != 1 or not _has_series_word(titles[0]):
        return None
    m = _SERIES_SPAN_RE.match(squash(titles[0]).strip())
    if m is None:
        return None
    after = False
    for label, text in state.sequence:
        if after and label != "punct":
            return m if label == "location" and text.lstrip()[:1] == "(" else None
        after = after or text is titles[0]
    return None


def _work_before_editors(text: str) -> re.Match[str] | None:
    """"Aufmerksamkeiten, hg. von Aleida Assmann": the match whose ``work`` is the title or container."""
    m = _WORK_THEN_EDITORS_RE.match(text)
    if m is None or has_role_word(m["work"]) or not any(c.isalpha() for c in m["work"]):
        return None
    return m


_LAW_CODE_RE = lazy_compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7}$")


def _law_code_container(state: ItemState) -> str | None:
    """The one container span when it is a statute's abbreviation ("StGB", "BGB", "ZPO"), else None."""
    containers = state.spans.get("container-title", ())
    if len(containers) != 1:
        return None
    code = squash(containers[0]).strip(" ,;:.")
    return code if _LAW_CODE_RE.match(code) and sum(c.isupper() for c in code) >= 2 else None


def _opens_the_citation(state: ItemState, text: str) -> bool:
    """Is ``text`` the first span after the signal (where a signal's last words can stray)?"""
    for label, span in state.sequence:
        if label not in ("punct", "signal"):
            return span is text
    return False


#: the labels of the spans the names step may read names from (the others only end a run of authors)
_LABELS_READ = frozenset({"author", "editor", "translator", "container-title", "collection-title", "other", "note"})


#: an author known by one name (perhaps "of Place"), then a work's title of one to four words, no initials
_ONE_NAME_THEN_WORK_RE = lazy_compile(
    r"^(?P<author>[A-Z][a-zà-ÿ]{2,}(?:\s+of\s+[A-Z][a-zà-ÿ]+)?),\s+"
    r"(?P<work>[A-Z][a-zà-ÿ]{2,}(?:\s+[A-Za-zà-ÿ]{2,}){0,3})[,.]?$"
)


#: what follows an ancient author's work in a note ("Plutarch, Lives," + "vol. 7," / "trans. …" / "C. 27")
_AFTER_WORK_LABELS = frozenset({"volume", "translator", "editor", "locator", "edition", "pages"})


def _volume_or_passage_after(state: ItemState, text: str) -> bool:
    """The span after ``text`` (punctuation aside) is a volume, a translator, an editor or the passage cited."""
    spans = [(label, span) for label, span in state.sequence if label != "punct"]
    for i, (_, span) in enumerate(spans[:-1]):
        if span is text:
            return spans[i + 1][0] in _AFTER_WORK_LABELS
    return False


class Names(Normalizer):
    """author/editor/translator spans -> ``author``, ``editor``, ``translator`` lists."""

    name: ClassVar[str] = "names"
    code: ClassVar[str] = "P103"
    keys: ClassVar[tuple[str, ...]] = (
        "author", "editor", "translator", "custom", "authority", "container-title", "edition", "prefix",
        "title", "title-short", "volume", "collection-title", "collection-number", "recipient",
    )
    # (not "collection-title": a series span of names, "trans. L. A. Manyon, 2 vols", comes with an author)
    inputs: ClassVar[frozenset[str] | None] = frozenset({"author", "editor", "translator", "container-title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        lists: dict[str, list[Name]] = {}
        truncated: list[str] = []
        #: names of the author span just before, for a role-only span after it
        last_authors: list[Name] = []
        subtitle_span = _subtitle_read_as_editor(state) if "title" not in state.spans and "editor" in state.spans else None
        for label, text in state.sequence:
            if subtitle_span is not None and (text is subtitle_span[0] or text is subtitle_span[1]):
                if text is subtitle_span[1]:
                    continue  # the subtitle, put in the title with its head
                text = text[: text.index(", ")]
            if label not in _LABELS_READ:
                if label != "punct":
                    last_authors = []
                continue  # (most spans: what the tests below would conclude, sooner)
            if label == "container-title" and names_as_container(text):
                label = "editor"  # "ed. Irina Shcherbakova" tagged as the container
            elif (label == "other" or label == "note") and text[:1] in "tT" and _TRANS_OPENING_RE.match(text):
                label = "translator"  # "trans. B. O. Foster, Loeb Classical Library 114" left unlabelled
            elif label == "collection-title" and names_as_series(text):
                # "trans. L. A. Manyon, 2 vols" tagged as a series: the names (the count is the container step's)
                label, text = "editor", _COUNT_TAIL_RE.sub("", text)
            if (label == "translator" or label == "editor") and ", " in text and (
                series := (_SERIES_TAIL_RE.search(text) if _has_series_word(text) else None) or _series_siglum_tail(text)
            ):
                # "trans. Charles Forster Smith, Loeb Classical Library 108": the series rode after the names
                state.item.setdefault("collection-title", series["series"])
                if series["number"]:
                    state.item.setdefault("collection-number", series["number"])
                text = text[: series.start()]
            if (
                label == "other" and last_authors and text[:1] == "(" and len(text) < 16 and has_role_word(text)
            ):
                label = "editor"  # "A. Wyczański" + "(red.),": the role word names the people before it
            if label not in _DEFAULT_ROLE:
                if label not in ("punct", "other"):
                    last_authors = []
                continue
            if label == "author" and text[:1] in _VOLUME_HEADS and (volume := _VOLUME_STATEMENT_RE.match(text)) and (
                    "title" in state.spans):
                # "…, τόμ. Α΄," / "…, vol. II," read as a second author: the volume cited, no person
                state.item.setdefault("volume", volume["n"])
                continue
            if (
                label == "author" and text[:1].islower() and _opens_the_citation(state, text)
                and (lead := _LEAD_IN_RE.match(text))
            ):
                # "Si veda" + "in particolare A. Prosperi": the signal's words, not the name's
                words = lead.group(1).strip()
                state.prefix = f"{state.prefix} {words}" if state.prefix else words
                text = text[lead.end() :]
            if text[:1] == "[" and label == "author" and (attributed := _ATTRIBUTED_RE.match(text)):
                text = attributed["name"]  # "[Daniel Defoe]," (an anonymous work's author, supplied): the name
            if (
                label == "author" and ", " in text and text.rstrip()[-1:] == "," and "title" not in state.spans
                and "title" not in state.item and (work := _ONE_NAME_THEN_WORK_RE.match(squash(text)))
                and work["work"].split(None, 1)[0].lower() not in given_names() and _volume_or_passage_after(state, text)
            ):
                # "Plutarch, Lives," + "vol. 7", "Gratian, Decretum," + "C. 27 q. 2": an author known by one
                # name, then the work (no title span, the word after the comma is no given name, and a volume,
                # a translator or the passage follows: "Farmer, Fannie." + a publisher is a person's name)
                from citekit.normalize.title import put_title  # (title reads names)

                put_title(state.item, work["work"])
                text = work["author"]
            if label == "author" and "title" in state.spans:
                if (
                    (text[-1:] == "," or text[-1:].isalpha()) and "name-tail" not in state.derived
                    and len(state.sequence) > 1 and (title := state.spans["title"][0])[:1] in _GIVEN_OR_ROLE_HEADS
                    and (". " in title or ": " in title) and state.sequence[1] == ("title", title)
                    and state.sequence[0][0] == "author"
                    and (
                        tail := _role_opening_title(text, title) or _given_opening_title(text, title)
                        or _gost_name_opening_title(text, title)
                    )
                ):
                    # "Davis," + "Natalie Zemon. The Return of Martin Guerre.": the given names opened the title
                    state.derived["name-tail"] = tail
                    if title[:1] == "e":  # "Whitcombe, Harriet," + "ed. The Victorian Parish …": the editor
                        lists.setdefault("editor", []).extend(parse_names(text.rstrip(" ,"))[0])
                        continue
                    if "." in text and text[-1:] == ",":  # "Зайончковский П. А.," + "Шепелев Л. Е. Чиновный мир …"
                        text = f"{text} {title[:tail].rstrip()}"
                    elif text[-1:] == ",":
                        text = f"{text.rstrip(',')}, {title[:tail].rstrip(' .:')}"
                    else:
                        text = f"{text} {title[:tail].rstrip(' :')}"
                elif (
                    ", " in text and text[:1].isupper() and "title-head" not in state.derived
                    and (head := _title_after_natural_name(text, state)) and not has_role_word(text)
                ):
                    # "Julian Martin, Francis Bacon," + "the State and …": the title's first words
                    state.derived["title-head"] = text[head:]
                    text = text[:head]
                elif (
                    "," not in text and "title-head" not in state.derived and text[-1:] == "."
                    and (gost := _FAMILY_INITIALS_THEN_WORDS_RE.match(text))
                    and not _CYRILLIC_INITIAL_RE.search(text, gost.end())  # "Дмитриев С.П. Шимелевич Л.И."
                ):
                    # "Хлевнюк О. В. Хозяин." + "Сталин и утверждение …": the title's first words
                    state.derived["title-head"] = text[gost.end() :]
                    text = text[: gost.end()].rstrip()
                elif ". " in text and (head := _title_head_in_name(text)):
                    # "Bergen, Doris L. Twisted Cross:" + "The German Christian Movement …": the words after
                    # the middle initial open the title (the title step puts them back in front of it)
                    state.derived["title-head"] = text[head:]
                    text = text[:head]
                elif ("“" in text or "‘" in text) and (quote := _QUOTE_OPENS_TITLE_RE.search(text)) and (
                    quote.start() > 0  # (a name before the quote: ", ‘" alone is no name and no title)
                    and state.derived.get("title-head", text[quote.end() :]) == text[quote.end() :]  # (the step run again)
                ):
                    # "Alan Cromartie, “Hale," + "Sir Matthew (1609–1676),”": the quoted title opened in the span
                    state.derived["title-head"] = text[quote.end() :]
                    text = text[: quote.start()]
            elif (
                label == "author" and ", " in text and "title" not in state.spans and state.kind == "full"
                and "container-title" not in state.spans and ("location" in state.spans or "publisher" in state.spans)
                and (cut := _work_closing_the_author(text)) is not None
            ):
                # "Reinhart Koselleck, Vergangene Zukunft," + "Frankfurt am Main 1979": a short title read
                # with the name before it (two capitalised words look like a person)
                from citekit.normalize.title import clean_title, put_title  # (title reads names)

                title = clean_title(text[cut:])
                if state.item.get("title", title) == title:
                    put_title(state.item, title)
                    text = text[:cut]
            elif (
                label == "author" and ", " in text and "title" not in state.spans and "backref" in state.spans
                and "title" not in state.item and (pair := _author_and_work(text.strip(" ,;:")))
            ):
                # "Bloch, Feudal Society," + "op. cit.": the name and the short title the back-reference
                # repeats ("Bloch, Marc," stays a name: a given name follows the comma)
                from citekit.normalize.title import clean_title, put_title  # (title reads names)

                put_title(state.item, clean_title(pair[1]))
                text = pair[0]
            elif (
                label == "author" and "title" not in state.spans and text[-1:] == "." and "," not in text
                and "title" not in state.item and (gost := _FAMILY_INITIALS_THEN_WORDS_RE.match(text))
                and not _CYRILLIC_INITIAL_RE.search(text, gost.end())
            ):
                # "Петровский И. В. Крестьянская община в России." + "М.:": name and title in one span (GOST)
                from citekit.normalize.title import clean_title, put_title  # (title reads names)

                put_title(state.item, clean_title(text[gost.end() :]))
                text = text[: gost.end()].rstrip()
            elif (
                label == "editor" and text.count(")") == 1 and "container-title" not in state.spans
                and "container-title" not in state.item and (book := _EDITORS_THEN_WORK_RE.match(text.strip()))
            ):
                from citekit.normalize.title import clean_title  # (title reads this module)

                state.item["container-title"] = clean_title(book["work"])  # "…/Karl (Hrsg), FS Marhold"
                text = book["editors"]
            if (
                ", " in text and label != "translator"
                and ("von " in text or " by " in text or "cura" in text or "par " in text or "direction" in text
                     or "ed. " in text or "trans. " in text or " af " in text or " av " in text)
                and (work := _work_before_editors(text)) is not None
            ):
                text, author_text = self._work_and_editors(state, label, text, work)
                if author_text:  # "Goethe, hg. von Erich Trunz," before the title: the author, then editors
                    lists.setdefault("author", []).extend(parse_names(author_text)[0])
                label = "editor"
            if label == "editor" and "cat." in text:
                text = _EXHIBITION_TAIL_RE.sub("", text)  # "ed. Hugo Chapman …, exh. cat.": the genre, no name
            if label == "author" and " to " in text and (
                (letter := writer_to_recipient(text)) is not None
                or (text[:3] in _LETTER_HEADS and (letter := letter_writer_and_addressee(text)) is not None)
            ):
                # "Charles Dickens to John Forster, 3 May 1841, in The Letters …": a letter's writer and addressee
                lists.setdefault("author", []).append(letter[0])
                lists.setdefault("recipient", []).append(letter[1])
                if "title" not in state.spans:
                    # "Letter from X to Y", "John Keats to Benjamin Bailey": the words as written name the letter
                    state.item.setdefault("title", squash(text).strip(" ,;:."))
                continue
            if is_previous_marker(text):
                self._previous(state, ctx, label, lists, text)
                continue
            reported = court_and_periodical(text) if label == "author" else None
            if reported is not None and "container-title" not in state.spans:
                # "BGH NJW 2003, 1234": a court and its reporting periodical, no person
                state.item["authority"], state.item["container-title"] = reported
                continue
            if label == "author":
                if text[:1].isdigit() and (volume := _volume_before_author(state, text)) is not None:
                    state.item["volume"] = volume["volume"]  # "2 EDWARD GIBBON,": the volume cited
                    text = text[volume.end() :]
                if "title" not in state.spans:
                    if "date" in state.spans and (periodical := _periodical_in_author(state, text)) is not None:
                        # "Kubis, ZUM" + "2006, 370": the surname, then the periodical
                        state.item["container-title"] = periodical["journal"]
                        text = periodical["names"]
                    if _names_a_periodical(state, text):
                        # "Pravda, 12 June 1937, p. 1", "Bol'shevik, 1937, no. 3": no title, the "author" is the paper
                        state.item["container-title"] = squash(text).strip(" ,;:.")
                        continue
            commented = commentary_and_authors(text) if label == "author" and "/" in text else None
            law = _law_code_container(state) if commented is not None else None
            if commented is not None and ("container-title" not in state.spans or law):
                # "MüKoBGB/Wagner": the commentary, and the author of the part cited
                state.item["container-title"], authors, rest = commented
                if law:  # "Schönke/Schröder/Eser," + "StGB,": the statute commented on
                    state.item["container-title"] += f", {law}"
                    state.derived["container-read"] = True
                lists.setdefault("author", []).extend(authors)
                if rest and "edition" not in state.spans:
                    state.item["edition"] = rest  # "Staudinger/Hager, BGB, Neubearb."
                continue
            found_names = False
            words_lower = plain_words(text)
            for roles, names_text in _role_segments(text, _DEFAULT_ROLE[label], words_lower):
                names, et_al = parse_names(names_text, words_lower if names_text is text else None)
                found_names = found_names or bool(names)
                if not names and label != "author" and last_authors and roles != ["author"]:
                    # "Smith, J." + "(ed.)": the role word names the people before it
                    lists["author"] = [n for n in lists.get("author", []) if n not in last_authors]
                    names = last_authors
                for role in roles:
                    if role == REVISER:
                        continue  # no CSL variable names a reviser: the names stay in ``fields``
                    if names:
                        lists.setdefault(role, []).extend(names)
                    if et_al and role not in truncated:
                        truncated.append(role)
                last_authors = names if label == "author" and roles == ["author"] else []
            if not found_names and label != "author":
                last_authors = []
        item = state.item
        for role, names in lists.items():
            if names:
                item[role] = names
        if truncated:
            custom: dict[str, Any] = dict(item.get("custom") or {})
            custom["et-al"] = truncated
            item["custom"] = custom

    @staticmethod
    def _work_and_editors(
        state: ItemState, label: str, text: str, work: re.Match[str]
    ) -> tuple[str, str | None]:
        """Put the work named before "hg. von …" where it belongs: (the editors' text, authors' text).

        "in: X, hg. von Y" names the container; an author span with no title after it names the
        title; an author span before a title names the authors ("Goethe, hg. von Trunz,").
        """
        from citekit.normalize.title import clean_title, put_title  # (title reads this module)

        name = work["work"]
        rest = text[work.end() :]
        # (a value already there is kept, unless it is the one this span gives: the step may run again)
        if name[:3].lower().lstrip() in _IN_HEADS and _IN_RE.match(name):
            container = clean_title(_IN_RE.sub("", name))
            if "container-title" not in state.spans and state.item.get("container-title", container) == container:
                state.item["container-title"] = container
                return rest, None
            return text, None
        if not name.lstrip(" ,;:([")[:1].isupper():
            # "catalogo della mostra, a cura di …", "in, a cura di …": a genre's words, no name
            return rest, None
        series = _series_as_title(state) if label == "author" and "title" in state.spans else None
        if "title" not in state.spans or series is not None:
            person = _author_and_work(name)
            if person:
                # "Thomas Hobbes, Leviathan, ed. Richard Tuck" in one span: the author, the work, its editors
                # ("Plutarch, Lives, trans. …" + "Loeb Classical Library 47": the title span is the series)
                title = clean_title(person[1])
                if state.item.get("title", title) == title:
                    put_title(state.item, title)
                    if series is not None:
                        state.derived["title-is-series"] = True
                        state.item.setdefault("collection-title", series["series"])
                        if series["number"]:
                            state.item.setdefault("collection-number", series["number"])
                    return rest, person[0]
            if label == "author" and state.item.get("title", title := clean_title(name)) == title:
                put_title(state.item, title)
                return rest, None
        return (rest, name) if label == "author" else (text, None)

    @staticmethod
    def _previous(
        state: ItemState, ctx: Context, label: str, lists: dict[str, list[Name]], text: str
    ) -> None:
        prev = ctx.prev or {}
        names = prev.get(label) or prev.get("author") or prev.get("editor")
        if names:
            lists.setdefault(label, []).extend(dict(n) for n in names)
        else:
            state.warn("P201", f"{text.strip()!r} repeats the previous author, but there is none", text)
