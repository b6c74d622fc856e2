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

from citekit.normalize._person import (
    SURNAME as SURNAME,  # (re-exported: other steps read names here)
)
from citekit.normalize._person import SURNAMES_BY_SLASH as SURNAMES_BY_SLASH
from citekit.normalize._person import Name, is_previous_marker, parse_names, plain_words
from citekit.normalize._person import slashed_names as slashed_names
from citekit.normalize._text import squash
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.commentary import commentary_and_authors
from citekit.normalize.legal import court_and_periodical

#: (the lookahead names the first characters of the role words: most positions fail on it at once)
_ROLE_RE = re.compile(
    r"(?=[tüe(hésdac])(?:(?P<trans>\b(?:translated\s+by|trans(?:l)?\.(?:\s+by)?|tr\.(?:\s+by)?|übers(?:etzt)?\.?(?:\s+v(?:on|\.))?"
    r"|übersetzt\s+von|traduit\s+(?:de\s+\S+\s+)?par|trad\.(?:\s+(?:par|di|da|by))?|tradotto\s+da"
    r"|traduzione\s+di|translator)(?=\W|$))"
    r"|(?P<ed>(?:\bedited\s+by|\bed\.\s+by|\beds?\.|\bedd\.|\beds\b|\beditors?\b|\(eds?\)|\bed\b(?=\s*\))"
    r"|\bhrsg\.(?:\s+v(?:on|\.))?|\bhg\.(?:\s+v(?:on|\.))?|\bhgg\.|\bherausgegeben\s+von|\bhrsg\b"
    r"|\béds?\.(?:\s+par)?|\bsous\s+la\s+dir(?:ection|\.)?\s+de|\bdir\.|\ba\s+cura\s+di"
    r"|\bcur\.|\bcoord\.|\bcompiled\s+by|\bcomp\.|\ba\s+c\.\s+di\b|\bdirett[ao]\s+da|\bdirig[ée]e?\s+par)(?=\W|$)))",
    re.I,
)
_OPENING_ROLE_RE = re.compile(
    r"(?:eds?\.|edd\.|edited\s+by|ed\.\s+by|[hH]rsg\.|[hH]g\.|herausgegeben\s+von|a\s+cura\s+di|a\s+c\.\s+di"
    r"|éds?\.|sous\s+la\s+dir|dirett[ao]\s+da|dirig[ée]e?\s+par)\s"
)
_IN_RE = re.compile(r"^\s*(?:in|dans|en|im)\s*:?\s+(?=\S)|^\s*in:\s*", re.I)
_IN_HEADS = frozenset({"in", "in:", "in ", "dan", "en ", "en:", "im ", "im:"})
_JOIN_RE = re.compile(r"^[\s,;:&()]*(?:and|und|et|e|&)?[\s,;:&()]*$", re.I)

#: every role word as plain_words() gives it: a cheap test before the big expression (and
#: the vocabulary the training corpora's conversion uses for role words after names)
ROLE_WORDS = frozenset(
    "ed eds edd editor editors edited trans tr transl translated translator übers übersetzt "
    "hrsg hg hgg herausgegeben éd éds dir cur coord comp compiled trad traduit tradotto "
    "traduzione".split()
)
_DEFAULT_ROLE = {"author": "author", "editor": "editor", "translator": "translator"}


def has_role_word(text: str) -> bool:
    """Does the span name a role anywhere ("X, ed.", "(a cura di)", "trans. by Y")?"""
    return _ROLE_RE.search(text) is not None


#: a container span that is only a volume's editors: "in Hirsch-Kreinsen/Minssen (Hrsg),", "in: Schmidt (Hg.)"
_EDITORS_AS_CONTAINER_RE = re.compile(
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


def opens_with_role(text: str) -> bool:
    """Does the span start with an editor's role word ("ed. X", "hg. v. X", "a cura di X")?

    Lower-case forms only (and German "Hrsg."/"Hg."): "Trans. Amer. Math. Soc."
    and "Ed. Gallimard" are a journal and a publisher.
    """
    return _OPENING_ROLE_RE.match(text.lstrip(" ,;:([")) is not None


def _role_segments(
    text: str, default: str, words_lower: list[str] | None = None
) -> list[tuple[list[str], str]]:
    """Split a span into (roles, names text) pieces at its role words."""
    if text[:3].lower().lstrip() in _IN_HEADS:
        text = _IN_RE.sub("", text)
    if words_lower is None:
        words_lower = plain_words(text)
    if (
        ROLE_WORDS.isdisjoint(words_lower)
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
        role = "translator" if m.group("trans") else "editor"
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
_NEWSPAPER_NAME_RE = re.compile(
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


#: a signal's last words opening an author span ("Si veda" + "in particolare A. Prosperi"); only
#: these words, for a lower-case word there may be a surname that OCR or small capitals lowered
_LEAD_IN_RE = re.compile(
    r"^((?:in\s+particolare|particolarmente|soprattutto|anche|inoltre|especially|esp\.|generally|also|further|"
    r"in\s+particular|notamment|surtout|aussi|également|en\s+particulier|insbesondere|etwa|auch|nur|ferner|"
    r"zuletzt|dazu)\s+)(?=[A-ZÀ-Þ])"
)


#: "Family, Given M. Title words": an inverted name ends at its last initial, in the bibliography form
#: "Bergen, Doris L. Twisted Cross: The German …" a title follows after the period
_NAME_THEN_TITLE_RE = re.compile(
    r"^[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?,\s(?:[A-ZÀ-Þ][a-zà-ÿ]+\s)+[A-ZÀ-Þ]\.\s(?=[A-ZÀ-Þ][a-zà-ÿ]{2,})"
)


def _title_head_in_name(text: str) -> int:
    """Where a title's first words start inside an author span ("…, Doris L. Twisted Cross:"), or 0."""
    m = _NAME_THEN_TITLE_RE.match(text)
    if m is None:
        return 0
    head = text[m.end() :].strip()
    if not head.endswith(":") or "," in head or head.split()[0].lower() in ("and", "und", "et", "e"):
        return 0  # a title's head ends at its subtitle's colon; "Smith, John A. Jones," is a person
    return m.end()


_LAW_CODE_RE = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöü]{1,7}$")


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


class Names(Normalizer):
    """author/editor/translator spans -> ``author``, ``editor``, ``translator`` lists."""

    name: ClassVar[str] = "names"
    code: ClassVar[str] = "P103"
    keys: ClassVar[tuple[str, ...]] = (
        "author", "editor", "translator", "custom", "authority", "container-title", "edition", "prefix",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"author", "editor", "translator", "container-title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        lists: dict[str, list[Name]] = {}
        truncated: list[str] = []
        #: names of the author span just before, for a role-only span after it
        last_authors: list[Name] = []
        for label, text in state.sequence:
            if label == "container-title" and names_as_container(text):
                label = "editor"  # "ed. Irina Shcherbakova" tagged as the container
            if label not in _DEFAULT_ROLE:
                if label not in ("punct", "other"):
                    last_authors = []
                continue
            if (
                label == "author" and text[:1].islower() and _opens_the_citation(state, text)
                and (lead := _LEAD_IN_RE.match(text))
            ):
                # "Si veda" + "in particolare A. Prosperi": the signal's words, not the name's
                words = lead.group(1).strip()
                state.prefix = f"{state.prefix} {words}" if state.prefix else words
                text = text[lead.end() :]
            if label == "author" and ". " in text and "title" in state.spans and (head := _title_head_in_name(text)):
                # "Bergen, Doris L. Twisted Cross:" + "The German Christian Movement …": the words after
                # the middle initial open the title (the title step puts them back in front of it)
                state.derived["title-head"] = text[head:]
                text = text[:head]
            if is_previous_marker(text):
                self._previous(state, ctx, label, lists, text)
                continue
            reported = court_and_periodical(text) if label == "author" else None
            if reported is not None and "container-title" not in state.spans:
                # "BGH NJW 2003, 1234": a court and its reporting periodical, no person
                state.item["authority"], state.item["container-title"] = reported
                continue
            if label == "author" and "title" not in state.spans and _names_a_periodical(state, text):
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
    def _previous(
        state: ItemState, ctx: Context, label: str, lists: dict[str, list[Name]], text: str
    ) -> None:
        prev = ctx.prev or {}
        names = prev.get(label) or prev.get("author") or prev.get("editor")
        if names:
            lists.setdefault(label, []).extend(dict(n) for n in names)
        else:
            state.warn("P201", f"{text.strip()!r} repeats the previous author, but there is none", text)
