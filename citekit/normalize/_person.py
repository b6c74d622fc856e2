"""Parse the text of a name list into CSL names.

Handles the orders scholars type: "Surname, Given", "Given Surname",
"SURNAME Given", "Surname G." and Vancouver "Surname GH"; lists joined by
commas, ";", "and"/"&"/"und"/"e"/"et"/"/"; particles (de, van, von, di,
della, d’), suffixes (Jr., III), "et al."/"u. a." and corporate authors
(kept whole as ``literal``).  Pure functions, so the Names normalizer stays small.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import data_lines, fix_soft_signs, squash

Name = dict[str, Any]

ET_AL_RE = lazy_compile(
    r"[,;]?\s*(?:\[?\bet\s*al(?:ii|ia)?\b\.?\]?|\bu\.\s*a\.|\bu\.a\.|\band\s+others\b|\be\s+altri\b"
    r"|\bet\s+coll?\.|\bet\s+autres\b|\bmit\s+anderen\b)",
    re.I,
)
#: substrings every "et al." form contains: tested before the expression
_ET_AL_HINT_RE = lazy_compile(r"[ t.]al|u\. ?a|other|altri|coll|autres|anderen")

#: separators between people (texts are squashed to single spaces first); case matters:
#: "Jamie E Guillory" has an initial E, not the Italian "e"
_SPLIT_RE = lazy_compile(
    r" ?[;/&] ?|,? (?:and|und|e|et|And|AND|Und|Et|with(?: the (?:assistance|collaboration) of)?|avec|mit"
    r"|en|och|og|ve|και) "  # (Dutch, Swedish, Danish, Turkish, Greek "and")
    # (Greek notes' spaced dash between two people, the second by initials: "Κ. Κωστής – Σ. Πετμεζάς")
    r"| – (?=[A-ZÀ-ÞΑ-ΩА-Я][a-zα-ωа-я]?\.)"
)  # ("trans. Thomas Burger with Frederick Lawrence": two translators)


def _may_hold_et_al(text: str) -> bool:
    """False when ``_ET_AL_HINT_RE`` cannot match: each of its forms holds one of these."""
    return "al" in text or "u." in text or "other" in text or "coll" in text or "autres" in text or "anderen" in text


#: (Cyrillic capitals too: "Хлевнюк О. В." is a family name and its initials, as GOST lists write them;
#: with the Ukrainian ones, "Шаповал Ю. І.", "Гриценко Є. Ґ."; and Greek ones, "Κ. Θ. Δημαράς", "Σπ. Λάμπρος")
_INITIALS_RE = lazy_compile(
    r"^(?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐΑ-Ω][a-zа-яіїєґα-ω]?\.)+(?:-(?:[A-ZÀ-ÖØ-ÞА-ЯЁІЇЄҐΑ-Ω][a-zа-яіїєґα-ω]?\.)+)?$"
    r"|^[A-ZÀ-ÖØ-Þ]\.?-[A-ZÀ-ÖØ-Þ]\.?$"
)
#: the capitals an initial of ``_INITIALS_RE`` opens with
_INITIAL_CAPITALS = frozenset(
    chr(c) for c in (*range(65, 91), *range(0xC0, 0xD7), *range(0xD8, 0xDF), *range(0x410, 0x430), 0x401, 0x404, 0x406, 0x407, 0x490,
                 *range(0x391, 0x3AA))
)
_GLUED_INITIALS_RE = lazy_compile(r"(?<=[A-ZÀ-ÖØ-Þ]\.)(?=[A-ZÀ-ÖØ-Þ][a-z]?\.)")
#: given names written as spaced initials, "C." or "D. E." (the commonest case)
_SPACED_INITIALS_RE = lazy_compile(r"(?:(?![JS]r\.)[A-ZÀ-ÖØ-ÞΑ-Ω][a-zα-ω]?\.)(?: (?![JS]r\.)[A-ZÀ-ÖØ-ÞΑ-Ω][a-zα-ω]?\.)*")
#: "Cabrol-H. Leclercq": a hyphen between a word and an initial separates two people
_HYPHEN_INITIAL_RE = lazy_compile(r"(?<=[a-zà-ÿ])-(?=[A-ZÀ-Þ]\.)")
#: "Barbieri-Guido Beltramini": word, hyphen, capitalised word, then another name
_HYPHEN_NAME_RE = lazy_compile(r"\b([A-ZÀ-Þ][a-zà-ÿ]+)-([A-ZÀ-Þ][a-zà-ÿ]+)(?= [A-ZÀ-Þ])")
_VANCOUVER_RE = lazy_compile(r"^[A-ZÀ-ÖØ-Þ]{1,3}$")
_VANCOUVER_PART_RE = lazy_compile(r"^\S.*\s[A-ZÀ-ÖØ-Þ]{1,3}\.?$")
_DASH_CHARS = frozenset("‐‑‒–—―−_-")
_DASHES_RE = lazy_compile(r"^[\s‐‑‒–—―−_-]{2,}[.,]?$")
#: words that make a name an institution ("Board", "Istituto"); matched on whole words
_CORPORATE_WORDS = frozenset(
    """association associazione society société società committee council commission department
    ministère ministerium office bureau board agency organisation organization foundation
    fondazione stiftung center centre centro corporation company inc ltd gmbh group press
    government service museum library bibliothèque bibliotheque biblioteca archive archives
    archivio archiv union party congress academy akademie accademia école ecole school college
    hospital bank nations national international federal federation team project consortium
    network collaboration staff members republic state authority court parliament senate house
    census survey programme program working assembly conference kommission verein gesellschaft
    ufficio direzione comune regione provincia camera consiglio""".split()
)
# word beginnings that do the same ("Institute", "Universität", "Ministry": institut,
# istitut, universi, ministr) are tested as substrings of the lower-cased text in looks_corporate
_WORD_PUNCT = ".,;:()[]'’\"&/"
#: legal-form abbreviations: "mittendrin e.V.", "Laterza S.p.A."
_CORPORATE_MARK_RE = lazy_compile(r"\be\.\s?V\.|\bS\.p\.A\b|\bS\.r\.l\b|\bS\.A\.\s*$|\bCo\.\s*$")


def _has_corporate_mark(text: str) -> bool:
    """"X e.V.", "Y S.p.A.": every form holds one of these literals, a cheap test first."""
    return (
        "V." in text or "S.p.A" in text or "S.r.l" in text or "S.A." in text or "Co." in text
    ) and _CORPORATE_MARK_RE.search(text) is not None


_ACRONYM_RE = lazy_compile(r"^[A-Z][A-Z0-9&.\-]{1,}$")
_VOWEL_RE = lazy_compile(r"[AEIOUY][^AEIOUY\d&.\-]")
_KNOWN_ACRONYMS = frozenset(
    "UNESCO UNICEF UNHCR UNRRA UNCTAD NATO OECD ISTAT INSEE CNRS CERN NASA NKVD OGPU RGASPI RGANI "
    "GARF RGVA RGAE TsGAOR BArch ASV".split()
)
_PARTICLES = frozenset(
    "de del della delle dei degli di da dal dalla van von der den ter ten te du des le la "
    "zu zum zur vom dos das do y af av".split()
)
#: a syllable as Chinese and Korean surnames are romanised ("LI", "GE", "LEE", "KIM", "ZHANG" is longer):
#: such a word in capitals is a surname, not initials
_SYLLABLE_RE = lazy_compile(r"^(?:ZH|CH|SH|[B-DF-HJ-NP-TV-Z])?[AEIOUY]{1,2}(?:NG|[NMR])?$")
_DROPPING = frozenset({"von", "zu", "zum", "zur", "vom", "v.", "af", "av"})
_APOS_PARTICLE_RE = lazy_compile(r"^((?:d|dell|dall|l|degl|D)['’])(\w.*)$")
#: the Arabic article before a family name, in lower case ("al-Ṭabarī", "ash-Shāfiʿī", "el-Bakrī"): a particle, as
#: "de" is (sorted and shortened without it); written in capitals ("El-Rouayheb", "Al-Azmeh") it is the name's own
_ARABIC_ARTICLE_RE = lazy_compile(r"^((?:al|el|an|ad|ar|as|ash|at|az|ath|adh|aṣ|aḍ|aṭ|aẓ|aš)-)(?=[^\W\d_a-zāīūḥṣḍṭẓ]|[ʿʾ])")
_SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "jun.", "sen.", "jnr", "snr"})
#: (public: the names step tells a "Jr." piece from a title's first words with it)
SUFFIXES = _SUFFIXES
_PERSON_MARK_RE = lazy_compile(r",\s*(?:[A-ZÀ-Þ][a-z]?\.\s*){1,3}(?:,|&|and\b|$)")


#: surnames joined by slashes, as German and Austrian legal notes name authors and editors
#: ("Henssler/Braun", "Hirsch-Kreinsen/Minssen", or one surname alone)
SURNAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]+"
SURNAMES_BY_SLASH = rf"{SURNAME}(?:\s?/\s?{SURNAME})*"


def slashed_names(text: str) -> list[Name]:
    """"Henssler/Braun" -> two people known by their family names ("et al." dropped)."""
    text = re.sub(r"\s+et\s+al\.?$", "", text.strip())
    return [{"family": name.strip()} for name in text.split("/") if name.strip()]


def given_names() -> frozenset[str]:
    """Lower-cased given names: the tagger's word list (``citekit/parser/dictionaries/given.txt``)
    and the longer one of this package (``data/given_names.txt``), which only the names step reads
    (the tagger's features must stay those it was trained with).

    Read once, on first use.  Empty when neither list is there (surname-first order is then not guessed).
    """
    global _GIVEN_NAMES
    if _GIVEN_NAMES is None:
        words: set[str] = set()
        for package, name in (("citekit.parser", "dictionaries/given.txt"), ("citekit.normalize", "data/given_names.txt")):
            try:
                text = (resources.files(package) / name).read_text("utf-8")
            except (OSError, ModuleNotFoundError):
                continue
            words.update(
                word.lower() for line in text.splitlines() if not line.startswith("#") for word in line.split()
            )
        _GIVEN_NAMES = frozenset(words)
    return _GIVEN_NAMES


_GIVEN_NAMES: frozenset[str] | None = None


def is_previous_marker(text: str) -> bool:
    """``———``, ``——.``, ``___``: "same author as the previous entry"."""
    text = text.strip()
    return text[:1] in _DASH_CHARS and bool(_DASHES_RE.match(text))


def is_initials(word: str) -> bool:
    """``J.``, ``A.V.``, ``J.-P.``, ``Th.``: a given name reduced to initials."""
    if "." not in word and "-" not in word:
        return False
    if len(word) == 2:  # "J." (the commonest form): a capital and its period
        return word[1] == "." and word[0] in _INITIAL_CAPITALS
    return bool(_INITIALS_RE.match(word))


def _space_initials(text: str) -> str:
    """``A.V.`` -> ``A. V.``; the test before the expression skips the usual ``A. V.``."""
    if "." not in text.replace(". ", "").rstrip("."):
        return text
    return _GLUED_INITIALS_RE.sub(" ", text)


def _dot_initials(word: str) -> str:
    """``G`` -> ``G.``, ``WH`` / ``WH.`` -> ``W. H.`` (initials written without periods)."""
    bare = word.rstrip(".")
    if 0 < len(bare) <= 3 and bare.isupper() and bare.isalpha():
        return ". ".join(bare) + "."
    return word


def _title_if_caps(word: str) -> str:
    """``ZETZSCHE`` -> ``Zetzsche`` (upper case is typography, not spelling)."""
    if len(word) > 2 and word.isupper() and "." not in word:
        return "-".join([p.capitalize() for p in word.split("-")])
    return word


#: particles that end a name in inverted order, their period the reference's ("MELLO, Evaldo Cabral de.")
_PARTICLES_LAST = frozenset("de. da. do. dos. das. e. van. von. der. den. di. del. du. y.".split())


def _strip_end(text: str) -> str:
    """Trailing separators off; a final period only when it ends a whole word.

    ``text`` is squashed (its only white space is single spaces): the last word ends at a space or comma.
    """
    text = text.rstrip(" \t,;:")
    if text.endswith(".") and not text.endswith(".."):
        last = text[max(text.rfind(" "), text.rfind(",")) + 1 :]
        if (not is_initials(last) and last.lower() not in _SUFFIXES and len(last) > 3) or last in _PARTICLES_LAST:
            text = text[:-1]  # ("HOLANDA, Sérgio Buarque de.": ABNT ends the inverted name with its particle)
    return text


def plain_words(text: str) -> list[str]:
    """Lower-cased words without their punctuation: for set look-ups."""
    return [w.strip(_WORD_PUNCT) for w in text.lower().split()]


def looks_corporate(text: str, words_lower: list[str] | None = None) -> bool:
    """An institution rather than people ("Board of Governors", "UNESCO", "X e.V.")."""
    words = text.split()
    if len(words) == 1 and _ACRONYM_RE.match(text) and not is_initials(text):
        # "OECD", "NKVD", "UNESCO"; but "RENOUARD" is a surname in small capitals
        return len(text) <= 4 or text in _KNOWN_ACRONYMS or not _VOWEL_RE.search(text)
    if "." in text and _has_corporate_mark(text):
        return True
    if words_lower is None:
        words_lower = plain_words(text)
    if not _CORPORATE_WORDS.isdisjoint(words_lower):
        # "Madeline House and Graham Storey": a surname that is an institution's word, in a list of
        # people each opening with a known given name
        return not (" " in text and _known_people_joined(text))
    lowered = text.lower()
    if "institut" in lowered or "istitut" in lowered or "universi" in lowered or "ministr" in lowered:
        return True
    if len(words) < 5 or "," in text or any(is_initials(w) for w in words):
        return False
    if _one_person_with_joined_surnames(words):
        return False  # "Laura de Mello e Souza", "Juan Pérez de Tudela Bueso": one person
    if "/" in text and all(_looks_like_person(part) or _SURNAME_RE.match(part) for part in _SLASH_RE.split(text)):
        return False  # "Kjaer / Teubner / Febbrajo", "Irmtraud Schnell/ Alfred Sander": people (not "Bündnis 90/Die Grünen")
    # "Paul Hagenloh and James Morris" is two people, not a long institution name
    parts = _CONJUNCTION_RE.split(text)
    return not (len(parts) > 1 and all(_looks_like_person(part) for part in parts))


def _one_person_with_joined_surnames(words: list[str]) -> bool:
    """Five or six words opening with a known given name, then capitalised surnames joined by particles
    or by "y"/"e"/"i" ("Laura de Mello e Souza", "Pierre Vidal de la Blache"): one person."""
    if len(words) > 6 or words[0].lower() not in given_names():
        return False
    return _compound_surname(words) is not None


def _known_people_joined(text: str) -> bool:
    """Two or more people joined by "and"/"&"…: each two to four capitalised words, one at least
    opening with a known given name or initials."""
    parts = [part.strip(" ,;") for part in _CONJUNCTION_RE.split(text)]
    return (
        len(parts) > 1 and all(_looks_like_person(part) for part in parts)
        and any(known_person_first(part) for part in parts)
    )


_CONJUNCTION_RE = lazy_compile(
    r"\s+(?:and|&|und|e|et|y|i|en|och|og|ve|with(?:\s+the\s+(?:assistance|collaboration)\s+of)?|avec|mit)\s+"
)
_SLASH_RE = lazy_compile(r"\s*/\s*")
_SURNAME_RE = lazy_compile(r"^[A-ZÀ-ÖØ-Þ][\w'’-]+$")


def _looks_like_person(text: str) -> bool:
    """Two to four words, each capitalised or a name particle: "Lisa Kern", "Jan van Dijk"."""
    words = text.split()
    return 2 <= len(words) <= 4 and all(
        w[:1].isupper() or w.lower() in _PARTICLES for w in words)


def known_person_first(text: str) -> bool:
    """"Thomas Hobbes", "Emmanuel Le Roy Ladurie", "J. G. A. Pocock": a known given name or initials,
    then capitalised words or particles, ending in a capitalised word (two to five words)."""
    words = text.split()
    if not 2 <= len(words) <= 5 or not words[-1][:1].isupper() or words[-1].endswith("."):
        return False  # ("M. G. H.": a siglum's initials, no surname)
    first = words[0]
    return (first.lower() in given_names() or bool(_INITIALS_ONLY_RE.fullmatch(first))) and all(
        w[:1].isupper() or w.lower() in _PARTICLES for w in words[1:])


_INITIALS_ONLY_RE = lazy_compile(r"(?:[A-Z]\.\s?)+")


def _particles_and_family(words: list[str]) -> tuple[str, str]:
    """Split leading lower-case particles off a family name: ``de la Macorra``."""
    i = 0
    while i < len(words) - 1 and words[i].lower() in _PARTICLES and words[i][0].islower():
        i += 1
    return " ".join(words[:i]), " ".join(words[i:])


def _make(family: str, given: str = "", particle: str = "", suffix: str = "") -> Name:
    name: Name = {}
    family = family.strip(" ,")
    m = _APOS_PARTICLE_RE.match(family) if ("’" in family or "'" in family) else None
    if m and not particle:
        particle, family = m.group(1), m.group(2)
    if family[:1] in "ae" and family[1:5].find("-") > 0 and not particle and " " not in family and (
        article := _ARABIC_ARTICLE_RE.match(family)
    ):
        particle, family = article.group(1), family[article.end():]
    if family:
        name["family"] = " ".join([_title_if_caps(w) for w in family.split()]) if " " in family else _title_if_caps(family)
    if given and _SPACED_INITIALS_RE.fullmatch(given):
        name["given"] = given  # "C.", "D. E.": already in CSL form (the usual case)
    elif given:
        given_words = given.split()
        trailing: list[str] = []
        while len(given_words) > 1 and (given_words[-1].lower() in _PARTICLES or given_words[-1] in ("v.",)):
            trailing.insert(0, given_words.pop())
        if trailing:
            name["dropping-particle"] = " ".join(trailing)
        name["given"] = _space_initials(" ".join([_title_if_caps(_dot_initials(w)) for w in given_words]))
    if particle:
        key = "dropping-particle" if particle.split()[0].lower() in _DROPPING else "non-dropping-particle"
        name[key] = particle
    if suffix:
        name["suffix"] = suffix
    return name


#: one name of a list in the commonest plain forms (ASCII letters, nothing to repair):
#: "M. Pavan", "Sang HM" (Vancouver), "Paolo Preto", "Pavan"
_PLAIN_ONE_RE = lazy_compile(
    r"(?P<initials>[A-Z]\.(?: [A-Z]\.)*) (?P<family>[A-Z][a-z]+)"
    r"|(?P<surname>[A-Z][a-z]+) (?P<letters>[A-Z]{1,3})\.?"
    r"|(?P<first>[A-Z][a-z]+)(?: (?P<second>[A-Z][a-z]+))?"
)


def parse_one(text: str, surname_first: bool = False) -> Name:
    """One name in any single-part order (no comma between family and given).

    ``surname_first``: the list this name is in writes "Caizzi Bruno" (see
    :func:`_surname_first`), so a two-word name is read family first.
    The plain forms of ``_PLAIN_ONE_RE`` take a shortcut that gives what
    the general reading gives (a property test holds it to that).
    """
    m = _PLAIN_ONE_RE.fullmatch(text)
    if m is not None:
        initials, family, surname, letters, first, second = m.groups()
        if family is not None:  # "M. Pavan"
            if family.lower() not in _SUFFIXES:
                return {"family": family, "given": initials}
        elif surname is not None:  # "Sang HM"
            name = _vancouver_name(surname, letters, text)
            if name is not None:
                return name
        elif second is None:  # "Pavan"
            return {"family": first}
        elif second.lower() not in _SUFFIXES:  # "Paolo Preto" ("Caizzi Bruno")
            return {"family": first, "given": second} if surname_first else {"family": second, "given": first}
    return _parse_one_general(text, surname_first)


def _vancouver_name(surname: str, letters: str, text: str) -> Name | None:
    """"Sang HM" -> Sang, H. M.; ``None`` when the letters are a suffix ("Smith III", "Smith JR.")."""
    if letters.lower() in _SUFFIXES or text[text.rfind(" ") + 1 :].lower() in _SUFFIXES:
        return None
    return {"family": surname, "given": ". ".join(letters) + "."}


#: a letter or digraph of Hungarian spelling ("Várkonyi", "Szabó", "Pethő"; not "Rodríguez")
_HUNGARIAN_SPELLING_RE = lazy_compile("[őűÖöŐŰ]|[Ss]z|[Cc]s|[Gg]y|[Zz]s|ny|ty|ly")


def _parse_one_general(text: str, surname_first: bool) -> Name:
    words = text.split()
    suffix = ""
    if len(words) > 1 and words[-1].lower().rstrip(",") in _SUFFIXES:
        suffix = words.pop().rstrip(",")
    if not words:
        return {"literal": text}
    if len(words) == 1:
        return _make(words[0], suffix=suffix)
    if words[0] == "0.":  # OCR: the initial O read as a zero
        words[0] = "O."
    if words[-1][:1].islower() and len(words[-1]) == 2 and words[-1][1] == "." and words[0].islower():
        # "quadri a.": small capitals lower-cased by OCR
        return _make(" ".join([w.capitalize() for w in words[:-1]]), words[-1].upper(), suffix=suffix)
    last = words[-1]
    first = words[0]
    if (
        len(words) == 2
        and first[-1:].isalpha()
        and last[-1:].isalpha()
        and not first.isupper()
        and not last.isupper()
        and first[:1].isupper()
    ):
        # "Paul Hagenloh" (or "Caizzi Bruno" in a surname-first list): the usual case
        return _make(first, last, suffix=suffix) if surname_first else _make(last, first, suffix=suffix)
    if (
        len(words) == 3 and len(last) == 2 and is_initials(last) and words[0].lower() in given_names()
        and words[1].isalpha() and words[1][:1].isupper() and not words[1].isupper()
        and words[1].lower() not in given_names()
    ):
        # "Sergio Villalobos R.": the second surname reduced to its initial (Chilean usage)
        return _make(f"{words[1]} {last}", words[0], suffix=suffix)
    if (
        len(words) == 3 and len(first) == 2 and first[1] == "." and first[0].isupper()
        and words[1][:1].isupper() and last.lower() in given_names() and words[1].lower() not in given_names()
        and _HUNGARIAN_SPELLING_RE.search(words[1])
    ):
        # "R. Várkonyi Ágnes": Hungarian order, the husband's initial opening the family name
        return _make(f"{first} {words[1]}", last, suffix=suffix)
    # Vancouver "Lang SM" and "Surname G." (a run "Larson R. B." is read below);
    # "Pearce P A": the letters spaced out, without dots
    letters_from = len(words)
    while letters_from > 1 and len(words[letters_from - 1]) == 1 and words[letters_from - 1].isupper():
        letters_from -= 1
    if len(words) - letters_from >= 2 and not words[0].isupper() and not is_initials(words[0]):
        particle, family = _particles_and_family(words[:letters_from])
        return _make(family, ". ".join(words[letters_from:]) + ".", particle, suffix)
    if (
        _VANCOUVER_RE.match(last.rstrip("."))
        and not words[0].isupper()
        and not is_initials(words[0])
        and not is_initials(words[-2])
    ):
        initials = last.rstrip(".")
        if len(initials) > 1 or last.endswith(".") or len(words) == 2:
            k = len(words) - 1
            particle, family = _particles_and_family(words[:k])
            given = ". ".join(initials) + "."
            return _make(family, given, particle, suffix)
    if is_initials(last) and not is_initials(words[0]):
        k = len(words)
        while k > 1 and is_initials(words[k - 1]):
            k -= 1
        particle, family = _particles_and_family(words[:k])
        return _make(family, " ".join(words[k:]), particle, suffix)
    # "Caizzi Bruno" in a list written surname first ("Pach Zsigmond Pál": two given names after it)
    if surname_first and len(words) == 2 and not suffix and not is_initials(words[0]):
        return _make(words[0], words[1])
    if surname_first and len(words) == 3 and not suffix and words[0].lower() not in given_names():
        if words[0].lower() in _PARTICLES and words[2].lower() in given_names():
            return _make(f"{words[0]} {words[1]}", words[2])  # "De Rosa Gabriele"
        if words[1].lower() in given_names() and words[2].lower() in given_names():
            return _make(words[0], f"{words[1]} {words[2]}")
    # "HLA Hart", "JRR Tolkien": OSCOLA writes initials without periods before the surname
    # ("ECO Umberto", a surname in capitals before a known given name, is read below)
    if (
        len(words) == 2 and 2 <= len(words[0]) <= 3 and words[0].isalpha() and words[0].isupper()
        and words[1][:1].isupper() and not words[1].isupper() and words[1].lower() not in given_names()
        and not _SYLLABLE_RE.match(words[0])  # "GE Mo-Lin", "LEE Jae": a surname in capitals
    ):
        return _make(words[1], ". ".join(words[0]) + ".", suffix=suffix)
    # "ZETZSCHE Dirk": family in capitals first
    if len(words[0]) > 1 and words[0].isupper() and not words[-1].isupper() and not is_initials(words[0]):
        k = 1
        while k < len(words) - 1 and words[k].isupper() and len(words[k]) > 1:
            k += 1
        return _make(" ".join(words[:k]), " ".join(words[k:]), suffix=suffix)
    compound = (
        _compound_surname(words)
        if len(words) >= 3 and (words[-1] in _AGNOMENS or not _COMPOUND_WORDS.isdisjoint(words[1:-1])) else None
    )
    if compound is not None:
        given, particle, family = compound
        return _make(family, given, particle, suffix)
    # direct order "Given [particles] Family"
    for i in range(1, len(words) - 1):
        if words[i].lower() in _PARTICLES and words[i][0].isupper():
            # "Jacques Le Goff", "Martin Van Buren": a capitalised particle is part of the family name
            return _make(" ".join(words[i:]), " ".join(words[:i]), suffix=suffix)
        if words[i].lower() in _PARTICLES and words[i][0].islower():
            if i + 2 < len(words) and i == 1 and words[i + 1].lower() in given_names() and words[0] in _MARIAN:
                continue  # "Maria de Fátima Gouvêa", "María de los Ángeles …": a given name of devotion
            j = i
            while j < len(words) - 1 and words[j].lower() in _PARTICLES:
                j += 1
            return _make(" ".join(words[j:]), " ".join(words[:i]), " ".join(words[i:j]), suffix)
    if len(words) >= 3 and _first_surname(words[-2], last) and last[:1].isupper() and not is_initials(last):
        # "Antonio García Lozano", "José Javier Ruiz Ibáñez": a Spaniard's two surnames are the family name
        return _make(f"{words[-2]} {last}", " ".join(words[:-2]), suffix=suffix)
    return _make(last, " ".join(words[:-1]), suffix=suffix)


#: words joining two surnames into one family name: Spanish "y", Portuguese "e", Catalan "i"
_SURNAME_JOINERS = frozenset({"y", "e", "i"})
#: Iberian particles after which a surname ends a compound family name ("Buarque de Holanda")
_IBERIAN_PARTICLES = frozenset({"de", "da", "do", "dos", "das", "del", "la", "las", "los"})
#: Portuguese agnomens: part of the family name ("Prado Júnior", "Mesquita Filho")
_AGNOMENS = frozenset({"Júnior", "Filho", "Neto", "Sobrinho"})
#: the words that make a family name compound (a name without one is read as before, at once)
_COMPOUND_WORDS = _SURNAME_JOINERS | _IBERIAN_PARTICLES


def _compound_surname(words: list[str]) -> tuple[str, str, str] | None:
    """(given, particle, family) of a name whose family name is compound, given first:

    * surnames joined by "y", "e", "i": "José Ortega y Gasset", "Laura de Mello e Souza",
      "Eva Serra i Puig" (the family name opens with the surname before the joiner);
    * a surname before an Iberian particle: "Sérgio Buarque de Holanda", "Juan Pérez de Tudela
      Bueso" (the word before "de" is no known given name: "Gaspar Melchor de Jovellanos" is not);
    * a Portuguese agnomen: "Caio Prado Júnior".

    ``None`` for every other name (the usual reading follows).
    """
    last = words[-1]
    if last in _AGNOMENS and len(words) >= 3 and words[-2][:1].isupper() and not is_initials(words[-2]):
        return " ".join(words[:-2]), "", f"{words[-2]} {last}"
    if len(words) == 3 and words[1] in _SURNAME_JOINERS and words[0][:1].isupper() and words[2][:1].isupper():
        # "Ortega y Gasset" (a short form: the compound family name alone)
        if words[0].lower() not in given_names() and not is_initials(words[0]):
            return "", "", " ".join(words)
        return None
    start = 0
    for i in range(2, len(words) - 1):
        word = words[i]
        if words[i - 2].lower() in _PARTICLES and words[i - 2][:1].isupper():
            return None  # "M. Le Roux de Lincy": a capitalised particle opens the family name (read below)
        if word in _SURNAME_JOINERS:
            if words[i - 1][:1].isupper() and words[i + 1][:1].isupper() and not _initial_like(words[i - 1]):
                start = i - 1
                break
            return None
        if word in _IBERIAN_PARTICLES and words[i - 1][:1].isupper():
            before = words[i - 1]
            if _initial_like(before) or before.lower() in given_names() or words[i - 2] in _PARTICLES:
                return None
            start = i - 1
            break
    if not start:
        return None
    p = start
    while p > 1 and words[p - 1] in _PARTICLES:
        p -= 1
    if not all(w[:1].isupper() or w in _PARTICLES or w in _SURNAME_JOINERS for w in words[start:]):
        return None
    return " ".join(words[:p]), " ".join(words[p:start]), " ".join(words[start:])


def _initial_like(word: str) -> bool:
    """"M.", "Th.", or an initial written without its period ("B. M de Rubeis")."""
    return is_initials(word) or (len(word) == 1 and word.isupper())


#: common Spanish surnames that are never given names: before another surname they open a Spaniard's
#: two surnames ("García Márquez"); the Portuguese order puts the family name last, so "-es" forms
#: (Fernandes, Gonçalves) are not here
_SPANISH_FIRST_SURNAMES = frozenset(
    "García Martínez López González Rodríguez Fernández Pérez Sánchez Gómez Díaz Hernández Álvarez "
    "Jiménez Ruiz Moreno Muñoz Romero Gutiérrez Navarro Domínguez Vázquez Ramírez Suárez Ortega Delgado "
    "Ortiz Marín Rubio Sanz Iglesias Garrido Cortés Castillo Lozano Méndez Márquez Herrera Benítez "
    "Ibáñez Giménez Sáez Velázquez Núñez Chávez Ramos Serrano Blanco Molina Medina Prieto Cano "
    "Calvo Gallego Peña Cabrera Fuentes Carrasco Caballero Nieto Aguilar Herrero Montero Hidalgo "
    "Durán Arias Carmona Crespo Soto Velasco Gallardo Rojas Pardo Merino Espinosa "
    "Izquierdo Rivas Arroyo Redondo Camacho Otero Luque Galán Segura Carrillo Soriano Mendoza "
    "Enríquez Manrique Quevedo Villanueva Valdés Zapata Echeverría Aguirre Zubiri Arteaga Larraz "
    # (and the commonest in Spanish America)
    "Flores Castro Torres Vargas Morales Reyes Guerrero Rivera Vega Contreras Salazar Mejía Cárdenas "
    "Guzmán Figueroa Maldonado Sandoval Escobar Pacheco Palacios Villegas Bravo Campos Cuevas Zavala".split()
)


#: the accented endings of Spanish patronymic surnames ("Fernández", "Martínez", "Gutiérrez", "Muñoz" aside)
_PATRONYMIC_ENDINGS = ("ández", "ánez", "énez", "ínez", "írez", "érez", "úñez", "ñez", "ódez", "íguez", "ález",
                       "íez", "úez", "ázquez", "élez", "íaz")


#: given names that take a devotional name after a particle ("Maria de Fátima", "María del Carmen")
_MARIAN = frozenset({"Maria", "María", "José", "Juan"})


def _first_surname(word: str, last: str) -> bool:
    """Is ``word``, before the last word of a name in direct order, a Spaniard's first surname?

    A common first surname (``_SPANISH_FIRST_SURNAMES``); a hyphenated one with such a surname in it
    ("García-Baquero González", "Diego-Fernández Sotelo"); or any capitalised word that is no known given
    name before an accented patronymic ("Juan Marchena Fernández", "Rafael Sagredo Baeza" not).
    """
    if word in _SPANISH_FIRST_SURNAMES:
        return True
    if "-" in word:
        parts = word.split("-")
        return len(parts) == 2 and all(p[:1].isupper() for p in parts) and (
            parts[0] in _SPANISH_FIRST_SURNAMES or parts[1] in _SPANISH_FIRST_SURNAMES)
    return (
        last.endswith(_PATRONYMIC_ENDINGS) and word[:1].isupper() and word.isalpha() and not word.isupper()
        and len(word) > 2 and word.lower() not in given_names()
    )


def is_double_surname(author: str) -> bool:
    """"Lohmann Villena", "García Martínez", "Cabral de Mello": two capitalised words, the first no known
    given name nor an initial -- a Spanish or Portuguese author's two surnames, as short forms and
    back-references name him (the extraction's short forms and the op. cit. step read them so)."""
    if any(w.lower() in _PARTICLES and w[:1].isupper() for w in author.split()[1:]):
        return False  # ("Camillo De Franceschi": a capitalised particle opens the family name)
    words = [w for w in author.split() if w.lower() not in _PARTICLES]
    return (len(words) == 2 and all(re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]+", w) for w in words)
            and words[0].lower() not in given_names()
            and not re.fullmatch(r"(?:[A-Z]\.-?)+", words[0]))


def _surname_first(parts: list[str]) -> bool:
    """Is this list written "Caizzi Bruno, Bassi Elena"?  Decided for the whole list.

    Two-word names vote: a known given name second (and not first) says surname
    first; a known given name first (and not second) says the usual order.
    """
    votes = 0
    given = given_names()
    if not given:
        return False
    for part in parts:
        words = part.split()
        if len(words) == 3 and all(w[:1].isupper() and w[1:].islower() for w in words):
            # "Pach Zsigmond Pál" (Hungarian: two given names after the surname) against "Mary Beth Norton"
            known = [w.lower() in given for w in words]
            if words[0].lower() in _PARTICLES:
                votes += known[2] and not known[0]  # "De Rosa Gabriele": a particle's surname, then the given name
            elif known == [False, True, True]:
                votes += 1
            elif known == [True, True, False]:
                votes -= 1
            continue
        if len(words) != 2 or not words[0][:1].isupper() or is_initials(words[0]):
            continue
        first, second = words[0].lower() in given, words[1].lower() in given
        if not first and "-" in words[0]:
            # "Jean-Luc Marion", "Karl-Otto Apel": a compound given name whose first part is a known one
            first = words[0].split("-", 1)[0].lower() in given
        if second and not first and words[0].lower() not in _PARTICLES:
            votes += 1  # ("Da Paolo": a particle opens no surname-first name, as the plain-name shortcut reads it)
        elif first and not second:
            votes -= 1
    return votes > 0


def _given_like(part: str) -> bool:
    """Could ``part`` be the given-name half of "Surname, Given"?"""
    if _SPACED_INITIALS_RE.fullmatch(part):
        return True
    words = part.split()
    if not words or (len(words) > 4 and not all(is_initials(w) for w in words)):
        return False
    return all(
        is_initials(w) or (w[0].isupper() and not w.isupper()) or w.lower() in _PARTICLES
        or w in ("v.",) or (len(w) <= 3 and w.isupper()) or (len(words) <= 2 and w.isupper())
        or (k == len(words) - 1 > 0 and w in _JOINING_WORDS)  # "SOUZA, Laura de Mello e" (ABNT: the "e"
        for k, w in enumerate(words)  # of "Mello e Souza" stays with the given names)
    )


_JOINING_WORDS = frozenset({"e", "y"})


def _inverted(family_part: str, given_part: str) -> Name:
    if " " not in family_part and _SPACED_INITIALS_RE.fullmatch(given_part):
        return _make(family_part, given_part)  # "Romero, C.": nothing to split
    suffix = ""
    gw = given_part.split()
    if len(gw) > 1 and gw[-1].lower() in _SUFFIXES:
        suffix = gw.pop()
    if " " in family_part and family_part.isupper():
        # "LE GOFF, Jacques", "DE LA RONCIÈRE, Charles": capitals are typography, short words too
        family_part = " ".join(w[:1] + w[1:].lower() if w.isalpha() else w for w in family_part.split())
    particle, family = _particles_and_family(family_part.split())
    return _make(family, " ".join(gw), particle, suffix)


def _has_person_marks(text: str) -> bool:
    """Initials after a comma ("Rumelhart, D. E."): a list of people, maybe with a group."""
    return bool(_PERSON_MARK_RE.search(text))


#: "M. Pavan", "G. D. Pagratis": initials, then a family name (ASCII letters)
_INITIALS_FAMILY_RE = lazy_compile(r"[A-Z]\.(?: [A-Z]\.)* [A-Z][a-z]+")


def _parse_chunk(chunk: str, names: list[Name], maybe_corporate: bool) -> None:
    if maybe_corporate and looks_corporate(chunk):
        names.append({"literal": chunk})
        return
    parts = [p.strip() for p in chunk.split(",")]
    parts = [p for p in parts if p]
    if not parts:
        return
    if len(parts) > 1 and all(map(_VANCOUVER_PART_RE.match, parts)):
        names.extend(parse_one(p) for p in parts)
        return
    if len(parts) > 1 and all(map(_INITIALS_FAMILY_RE.fullmatch, parts)):
        # "M. Pavan, G. Arnaldi": no part pairs with the next (the loop below finds the
        # same), and each is one whole name
        names.extend(parse_one(p) for p in parts)
        return
    _read_parts(parts, names)


def _read_parts(parts: list[str], names: list[Name]) -> None:
    """The comma-separated parts of a chunk, each a name or paired with the next
    ("Romero, C.", "Zuffi, Stefano", "Smith, John, Jr.")."""
    surname_first: bool | None = None  # worked out when a name first needs it
    i = 0
    while i < len(parts):
        part = parts[i]
        if part.lower() in _SUFFIXES and names:
            names[-1] = {**names[-1], "suffix": part}
            i += 1
            continue
        nxt = parts[i + 1] if i + 1 < len(parts) else None
        if (
            nxt is not None
            and " " not in part
            and _SPACED_INITIALS_RE.fullmatch(nxt)
            and "." not in part
            and "'" not in part
            and "’" not in part
            and part.lower() not in _SUFFIXES
        ):
            # "Romero, C.": the commonest pair, with nothing to split or repair
            names.append({"family": _title_if_caps(part), "given": nxt})
            i += 2
            continue
        if nxt is not None and nxt.lower() in _SUFFIXES:
            if surname_first is None:
                surname_first = _surname_first(parts)
            names.append({**parse_one(part, surname_first), "suffix": nxt})
            i += 2
            continue
        if nxt is not None and _given_like(nxt) and _pairs_inverted(part, nxt):
            names.append(_inverted(part, nxt))
            i += 2
            continue
        if surname_first is None:
            surname_first = _surname_first(parts)
        names.append(parse_one(part, surname_first))
        i += 1


def _pairs_inverted(part: str, nxt: str) -> bool:
    if " " not in part and _SPACED_INITIALS_RE.fullmatch(nxt) and not is_initials(part):
        return True  # "Romero, C."
    words = part.split()
    nwords = nxt.split()
    if is_initials(words[-1]) or (_VANCOUVER_RE.match(words[-1]) and len(words) > 1):
        return False  # "Heidegger M., Smith K." : each part is a whole name
    if all(is_initials(w) for w in nwords):
        return True
    if len(nwords) == 1:
        return True
    _, family = _particles_and_family(words)
    return len(family.split()) == 1


def parse_names(text: str, words_lower: list[str] | None = None) -> tuple[list[Name], bool]:
    """Names in ``text`` and whether it ended in "et al." (the list is incomplete).

    ``words_lower`` may pass :func:`plain_words` of ``text`` when the caller has it.
    Results are remembered (notes repeat their authors: "Hagenloh," in every
    short form); callers get fresh copies they may change.
    """
    cached = _CACHE.get(text)
    if cached is None:
        cached = _parse_names(text, words_lower)
        if len(_CACHE) >= _CACHE_SIZE:
            _CACHE.clear()
        _CACHE[text] = cached
    names, et_al = cached
    return [dict(n) for n in names], et_al


_CACHE: dict[str, tuple[list[Name], bool]] = {}
_CACHE_SIZE = 4096


def clear_cache() -> None:
    """Forget remembered name lists (benchmarks measure the cold path with it)."""
    _CACHE.clear()


#: a knight's or a dame's title before a given name and a family name ("Sir Philip Sidney", "and Sir
#: Walter Greg"): no part of the name (read as a family name, it made "Sir" the person's surname)
_HONORIFIC_RE = lazy_compile(r"(?:^|(?<=\band\s)|(?<=&\s)|(?<=,\s))(?:Sir|Dame)\s(?=[A-Z][\w.’'-]*\s[A-Z])")


def _parse_names(text: str, words_lower: list[str] | None) -> tuple[list[Name], bool]:
    text = fix_soft_signs(squash(text))
    if ("Sir " in text or "Dame " in text) and _HONORIFIC_RE.search(text):
        # (only where the rest reads as persons: a literal, "Sir Henry Irving: A Victorian Actor …", keeps it)
        names, et_al = _parse_plain_names(_HONORIFIC_RE.sub("", text), None)
        if names and not any("literal" in name for name in names):
            return names, et_al
    return _parse_plain_names(text, words_lower)


def _parse_plain_names(text: str, words_lower: list[str] | None) -> tuple[list[Name], bool]:
    et_al = False
    if _may_hold_et_al(text) and _ET_AL_HINT_RE.search(text):
        stripped = ET_AL_RE.sub("", text)
        if stripped != text:
            et_al = True
            text = stripped
    if (bracket := text.find(" (")) > 1 and text[bracket - 1].isupper() and text[bracket - 2].isupper() and (
        (bracketed := _given_in_brackets(text)) is not None
    ):
        return bracketed, et_al
    text = _strip_end(text.strip(" ([{)]}"))
    if "-" in text:
        text = _hyphen_separators(text)
    if not text:
        return [], et_al
    corporate = looks_corporate(text, words_lower)
    if corporate and not _has_person_marks(text):
        return [{"literal": text}], et_al
    if text.count(" ") == 1 and text[1:2].islower() and text[: text.find(" ")] in east_asian_surnames() and (
        (east_asian := _east_asian_family_first(text)) is not None
    ):
        return [east_asian], et_al
    simple = None if corporate else _simple_name(text)
    if simple is not None:
        return [simple], et_al
    if not corporate and "," in text and "." not in text and (series := _surname_series(text)) is not None:
        return series, et_al
    return _parse_people(text, corporate, not_simple=text), et_al


#: a romanised Chinese or Korean given name: hyphenated syllables ("Ki-baek", "Chieh-kang", "Yong-sŏp")
#: or one or two pinyin syllables written together ("Jiegang", "Guowei", "Mu")
_PINYIN_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|ang|eng|ing|ong|iao|ian|uai|uan|üan|ai|ei|ao|ou|an|en|in|un|ün|er|ia|ie|iu|ua|uo|ui|üe|a|o|e|i|u|ü)"
    r"(?![aeiouü])"
)
_EAST_ASIAN_GIVEN_RE = lazy_compile(
    r"[A-ZÀ-Þ][a-zà-ÿăŏŭ']{0,6}-[a-zà-ÿăŏŭ']{1,7}"
    rf"|(?i:{_PINYIN_SYLLABLE}(?:'?{_PINYIN_SYLLABLE})?)"
)


def east_asian_surnames() -> frozenset[str]:
    """Chinese and Korean family names as romanised (``data/east_asian_surnames.txt``), read once."""
    global _EAST_ASIAN_SURNAMES
    if _EAST_ASIAN_SURNAMES is None:
        _EAST_ASIAN_SURNAMES = frozenset(word for line in data_lines("east_asian_surnames.txt") for word in line.split())
    return _EAST_ASIAN_SURNAMES


_EAST_ASIAN_SURNAMES: frozenset[str] | None = None


def _east_asian_family_first(text: str) -> Name | None:
    """"Gu Jiegang", "Yi Ki-baek": a Chinese or Korean family name, then a romanised given name
    (not a Western one: "Kim Smith", "Song Anna" keep the usual order)."""
    family, given = text.split(" ")
    if (
        given.isupper() or not _EAST_ASIAN_GIVEN_RE.fullmatch(given) or given.lower() in given_names()
        or given in east_asian_surnames()
    ):
        return None
    return {"family": family, "given": given}


#: "MARTIN (Henri)", "LE GOFF (Jacques)": a family name in capitals, the given names in brackets
#: (the French bibliographic form); a role ("(dir.)", "(Hrsg.)") is no given name
_BRACKETED_GIVEN_RE = lazy_compile(
    r"(?P<family>[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’-]+){0,2}) ?"
    r"\((?P<given>[A-ZÀ-ÖØ-Þ][a-zà-ÿ]+(?:[- ][A-ZÀ-ÖØ-Þ][a-zà-ÿ]+){0,2}|(?:[A-ZÀ-ÖØ-Þ][a-z]?\.[- ]?){1,3})\)"
)
_BRACKETED_SEPARATOR_RE = lazy_compile(r"^\s*(?:,|;|et|and|und|e|y|&)?\s*$")
_ROLE_WORDS = frozenset({"Dir", "Ed", "Eds", "Hrsg", "Hg", "Red", "Coord", "Org", "Comp", "Trad", "Trans"})


def _given_in_brackets(text: str) -> list[Name] | None:
    """"MARTIN (Henri) et LEBRUN (Paul)" -> Martin, Henri; Lebrun, Paul (``None``: not that form)."""
    names: list[Name] = []
    end = 0
    body = text.rstrip(" ,;:.")
    for m in _BRACKETED_GIVEN_RE.finditer(body):
        if not _BRACKETED_SEPARATOR_RE.match(body[end : m.start()]) or m["given"] in _ROLE_WORDS:
            return None
        family = " ".join(word[:1] + word[1:].lower() for word in m["family"].split())
        names.append({"family": family, "given": m["given"]})
        end = m.end()
    return names if names and end == len(body) else None


#: "Lih, Naumov and Khlevniuk", "Davies, Harrison, and Wheatcroft": surnames in a series
_SURNAME_SERIES_RE = lazy_compile(
    r"[A-ZÀ-ÖØ-Þ][\w'’-]+(?:,\s*[A-ZÀ-ÖØ-Þ][\w'’-]+)+,?\s+(?:and|&|und|et|e|i)\s+[A-ZÀ-ÖØ-Þ][\w'’-]+"
)


def _surname_series(text: str) -> list[Name] | None:
    """"Lih, Naumov and Khlevniuk" -> three family names (not "Lih, Naumov" inverted).

    Only when no word after the first is a known given name: "Smith, John and Jones" stays a
    name in inverted order followed by another.
    """
    if not _SURNAME_SERIES_RE.fullmatch(text):
        return None
    words = re.findall(r"[^\s,&]+", text)
    surnames = [w for w in words if w[0].isupper()]
    given = given_names()
    if any(w.lower() in given for w in surnames[1:]) or surnames[-1].rstrip(".").lower() in ("co", "inc", "ltd"):
        return None
    return [{"family": _title_if_caps(w)} for w in surnames]


#: ``_SPLIT_RE`` keeping the separators (for the joined Portuguese surnames, below)
_SPLIT_KEEP_RE = lazy_compile(f"({_SPLIT_RE.pattern})")


def _rejoin_surnames(text: str) -> list[str]:
    """``_SPLIT_RE.split(text)``, but "Laura de Mello e Souza" stays one person: a single capitalised
    word after " e " completes a name before it that opens with a known given name or initials (the
    Portuguese joined surnames); "Rossi e Bianchi", "Gallini Natale e Franco" are two people or more."""
    pieces = _SPLIT_KEEP_RE.split(text)
    out = [pieces[0]]
    for k in range(1, len(pieces) - 1, 2):
        sep, piece = pieces[k], pieces[k + 1]
        prev = out[-1].strip()
        if (
            sep == " e " and " " not in piece.strip() and piece[:1].isupper() and piece.strip()[-1:].isalpha()
            and not piece.isupper() and piece.strip().lower() not in _OTHERS
            and prev.count(" ") >= 1 and not is_initials(prev.split()[-1])
            and (is_initials(first := prev.split()[0]) or first.lower() in given_names())
        ):
            out[-1] = f"{out[-1]} e {piece}"
        else:
            out.append(piece)
    return out


#: "L. Bertacchi e altri": "and others", not a surname
_OTHERS = frozenset({"altri", "alii", "outros", "otros", "autres"})


def _split_y(text: str) -> list[str] | None:
    """Spanish "y" between two people, each named in full: "Jorge Juan y Antonio de Ulloa", "Alberto de la
    Hera y Carlos Díaz Rementería" (the name after it opens with a known given name or initials and has a
    surname after that); ``None`` when no "y" there joins two people ("José Ortega y Gasset", "Luis González y
    González": a compound surname)."""
    before, _, after = text.rpartition(" y ")
    words = after.split()
    if len(words) < 2 or " " not in before.strip(" ,").split(", ")[-1]:
        return None
    first = words[0]
    if not (is_initials(first) or first.lower() in given_names()) or not words[-1][:1].isupper():
        return None
    return [*_split_people(before), after]


def _split_people(text: str) -> list[str]:
    """``_SPLIT_RE.split(text)``; a text with none of the separators it needs is one piece."""
    if " y " in text and (pieces := _split_y(text)) is not None:
        return pieces
    if " e " in text:
        return _rejoin_surnames(text)
    if (
        ";" in text or "/" in text or "&" in text or " and " in text or " e " in text or " et " in text
        or " und " in text or " And " in text or " AND " in text or " Und " in text or " Et " in text
        or " with " in text or " avec " in text or " mit " in text
        or " en " in text or " och " in text or " og " in text or " ve " in text or " και " in text or " – " in text
    ):
        return _SPLIT_RE.split(text)
    return [text]


def _parse_people(text: str, maybe_corporate: bool, not_simple: str | None = None) -> list[Name]:
    """The general reading of a cleaned name list (see :func:`parse_names`).

    ``not_simple``: a text :func:`_simple_name` already turned down (not asked again).
    """
    names: list[Name] = []
    for chunk in _split_people(text):
        if chunk:
            chunk = chunk.strip(" ,")
            simple = None if maybe_corporate or chunk == not_simple else _simple_name(chunk)
            if simple is not None:
                names.append(simple)  # what _parse_chunk makes of a plain name, sooner
            else:
                _parse_chunk(chunk, names, maybe_corporate)
    _share_family(names)
    return names


#: one person in the commonest plain forms (ASCII letters, nothing to split or repair):
#: "G. D. Pagratis", "Downs, R.", "Zuffi, Stefano", "Paolo Preto", "Cecchetti"
_SIMPLE_NAME_RE = lazy_compile(
    r"(?P<initials>[A-Z]\.(?: [A-Z]\.)*) (?P<family>[A-Z][a-z]+|[A-Z]{2,})"
    r"|(?P<inverted>[A-Z][a-z]+|[A-Z]{2,}), (?P<given>[A-Z]\.(?: [A-Z]\.)*|[A-Z][a-z]+)"
    r"|(?P<surname>[A-Z][a-z]+) (?P<letters>[A-Z]{1,3})\.?"
    r"|(?P<first>[A-Z][a-z]+)(?: (?P<second>[A-Z][a-z]+))?"
)


def _simple_name(text: str) -> Name | None:
    """The one person of a plain name (see ``_SIMPLE_NAME_RE``), or ``None`` for the general path.

    A shortcut only: for every text it accepts it gives what :func:`_parse_people`
    gives (a property test holds it to that).  Words that are name suffixes
    ("Jr", "Iii") are left to the general path.
    """
    m = _SIMPLE_NAME_RE.fullmatch(text)
    if m is None:
        return None
    initials, family, inverted, given, surname, letters, first, second = m.groups()
    if family is not None:  # "G. D. Pagratis", "M. CASINI"
        if family.lower() in _SUFFIXES:
            return None
        return {"family": _title_if_caps(family), "given": initials}
    if inverted is not None:  # "Downs, R.", "ZUFFI, Stefano"
        if inverted.lower() in _SUFFIXES or given.lower() in _SUFFIXES:
            return None
        return {"family": _title_if_caps(inverted), "given": given}
    if surname is not None:  # "Rasmussen J", "Heidegger M."
        return _vancouver_name(surname, letters, text)
    if second is None:  # "Cecchetti"
        return None if first.lower() in _SUFFIXES else {"family": first}
    if second.lower() in _SUFFIXES:
        return None
    # "Paolo Preto", or "Caizzi Bruno" when only the second word is a known given name
    known = given_names()
    if second.lower() in known and first.lower() not in known and first.lower() not in _PARTICLES:
        return {"family": first, "given": second}  # (not "De Ruggiero", whose particle opens no given name)
    return {"family": second, "given": first}


def _hyphen_separators(text: str) -> str:
    """Italian lists join names with a hyphen: "F. Cabrol-H. Leclercq",
    "Franco Barbieri-Guido Beltramini"; "Jean-Paul Sartre" stays whole."""
    text = text.rstrip("-‐ ")  # a hyphen left by a line break at the end
    text = _HYPHEN_INITIAL_RE.sub("/", text)
    given = given_names()
    if given:
        for m in _HYPHEN_NAME_RE.finditer(text):
            if m[2].lower() in given and m[1].lower() not in given:
                text = text[: m.end(1)] + "/" + text[m.start(2) :]
                break
    return text


def _share_family(names: list[Name]) -> None:
    """"L. and M. Tacchella": a bare initial takes the family name that follows."""
    for i in range(len(names) - 1):
        name = names[i]
        family = name.get("family", "")
        if len(name) == 1 and family and is_initials(family) and "family" in names[i + 1]:
            names[i] = {"family": names[i + 1]["family"], "given": family}


#: "Letter from Jane Addams to Mary Rozet Smith": the writer and the addressee of a letter
#: (archival and published letters alike)
_LETTER_RE = lazy_compile(
    r"^(?:Letter|Lettre|Lettera|Brief|Carta|Telegram)\s+(?:from|de|di|da|von)\s+(?P<author>[^,]+?)\s+"
    r"(?:to|à|a|an|al)\s+(?P<recipient>[^,]+?)[,.]?$"
)
_NAME_WORD_RE = lazy_compile(r"^[A-ZÀ-Þ][\w.'’-]*$")


def letter_people(item: dict[str, object]) -> None:
    """"Letter from Jane Addams to Mary Rozet Smith": the letter's writer and addressee, when named."""
    title = item.get("title")
    if isinstance(title, str) and "author" not in item and (m := _LETTER_RE.match(title)):
        for key, text in (("author", m["author"]), ("recipient", m["recipient"])):
            if all(_NAME_WORD_RE.match(word) for word in text.split()):
                item[key] = [parse_one(text)]


#: "Charles Dickens to John Forster": a letter's writer and addressee in one span of names
#: (a particle before a family name: "Vincent van Gogh to Theo van Gogh")
_WRITER_TO_RE = lazy_compile(
    r"^(?P<author>[A-ZÀ-Þ][\w.'’-]*(?:\s+(?:(?:van|von|de|di|da|du|der|den|ter)\s+)?[A-ZÀ-Þ][\w.'’-]*){0,3})\s+to\s+"
    r"(?P<recipient>[A-ZÀ-Þ][\w.'’-]*(?:\s+(?:(?:van|von|de|di|da|du|der|den|ter)\s+)?[A-ZÀ-Þ][\w.'’-]*){0,3})[,.]?$"
)


def writer_to_recipient(text: str) -> tuple[Name, Name] | None:
    """"Charles Dickens to John Forster," -> the writer and the addressee; else ``None``."""
    m = _WRITER_TO_RE.match(text.strip()) if " to " in text else None
    return (parse_one(m["author"]), parse_one(m["recipient"])) if m else None


def letter_writer_and_addressee(text: str) -> tuple[Name, Name] | None:
    """"Letter from Mary Shelley to Leigh Hunt" -> the writer and the addressee, when both are names."""
    m = _LETTER_RE.match(text.strip())
    if m is None:
        return None
    if all(_NAME_WORD_RE.match(word) for word in f"{m['author']} {m['recipient']}".split()):
        return parse_one(m["author"]), parse_one(m["recipient"])
    return None
