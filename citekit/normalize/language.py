"""A title's language, when its words say so plainly -> CSL ``language``.

CSL processors title-case titles of items whose language is unset or English
("Recht Der Schuldverhältnisse", "Histoire Du Climat"); marking a German,
French, Italian, Spanish, Portuguese, Dutch, Polish, Czech, Hungarian, Latin or transliterated
Russian title
as such keeps its capitalisation.  A wrong mark on an English title costs little (it is printed
as entered), a missed one mangles the title, but English stays unset (the CSL
default) and only a clear vote counts:

* evidence per language: function words ("der", "du", "della", "i", "v",
  "na"), letters ("ß", "ç", "ñ", the Polish "ł", "ń"; the soft sign ´ inside a transliterated
  Russian word) and typical endings ("-ung", "-zione", "-skogo", "-ykh");
* a title with an English function word ("the", "of", "and", ...) is English:
  a foreign name in an English title ("Stalin's Politburo and the Ministry
  of Justice") never counts;
* the winner needs two pieces of evidence and half as much again as the
  runner-up (Spanish and Italian share "la", "de", "con");
* the title decides first; the container title, a place spelt in the
  language ("München", "Moskva", "Torino"), the archive's name and a Russian
  shelf-mark ("f. 17, op. 3") only add to a title without English words.
  An untitled file of a Russian archive is thus ``ru``, which also keeps its
  shelf-mark lower case in a styled list (``citekit.render.casing``).

Transliterated Russian is ``ru``, not ``ru-Latn``: citekit's BibTeX writer and
its duplicate finder know the plain code (``langid = {russian}``).
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize.base import Context, ItemState, Normalizer

#: function words that mark English: "in", "a", "an", "on" are left out (German,
#: Italian, French use them too: "im Jahr", "l'an mil")
_ENGLISH = frozenset(
    "the of and for with from to is are was were his her their its this that which "
    "between under after during how why what towards against among into by at as".split()
)
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "de": frozenset("der die das und im zur zum des dem den ein eine einer eines über für "
                    "von vom mit aus bei als auf nach unter zwischen gegen seit oder".split()),
    "fr": frozenset("le la les et du des de un une dans pour sur au aux d l qu par entre "
                    "avec sous ou son sa ses leur leurs en".split()),
    "it": frozenset("il lo la gli le e del della dello dei delle degli nel nella nei nelle "
                    "per con di da alla allo ai alle sul sulla tra fra un una i al dal dalla dai ad "
                    "sui negli dagli".split()),
    "es": frozenset("el la los las y del de en para con por una un al entre sobre".split()),
    "pt": frozenset("o os do da dos das em na nos nas para com um uma pelo pela "
                    "e de".split()),
    "la": frozenset("et ad cum sive seu ex ac atque quae quod qui sub inter apud "
                    "ubi".split()),
    "ru": frozenset("i v na po k s o ob ot iz do za pri dlia pod nad bez kak".split()),
    "pl": frozenset("w oraz dla przez czyli wobec bez".split()),
    # (Dutch shares "de" and "en" with its neighbours, which also count them; not "der" and "als",
    # which must stay German evidence, nor "van", a particle of names in any title)
    "nl": frozenset("het een de en voor door naar tot uit bij aan zijn hun ook niet eeuw".split()),
    # (Czech shares "v", "na", "do", "k", "s" with transliterated Russian, "pro" with Latin, "ve" with Turkish)
    "cs": frozenset("ze při jako mezi před".split()),
    "hu": frozenset("és az egy című".split()),
}
#: word endings typical of one language (and rare in English words)
_ENDINGS: dict[str, tuple[str, ...]] = {
    "de": ("ung", "ungen", "keit", "heit", "schaft", "lichen", "lichkeit", "ische", "ischen",
           "isches", "ischer", "chte", "nisse"),
    "fr": ("oire", "oires", "ité", "ités", "eaux", "ées", "ée", "eux", "euse", "ienne", "iennes"),
    "it": ("zione", "zioni", "ità", "iana", "iano", "ssimo", "mente"),
    "es": ("ción", "ciones", "idad", "idades", "iento", "ientos"),
    "pt": ("ção", "ções", "ável", "ível", "ão", "ões", "ência"),
    "nl": ("heid", "heden", "lijk", "lijke", "lijken", "schap", "schappen"),
    "cs": ("ství", "ského", "ských", "ické", "ého"),
    "hu": ("ság", "ség", "ának", "ének", "ában", "ében", "ából", "éből"),
    "la": ("orum", "arum", "ibus", "ionis", "ionem", "ensis", "ae"),
    "ru": ("skii", "skaia", "skoe", "skie", "skikh", "skogo", "skoi", "skomu", "ogo",
                "ykh", "ikh", "nyi", "aia", "sii", "rii", "tii", "nii", "lii", "dii", "nogo", "nykh", "iia", "iiu", "tsii", "tsiia",
                "ovich", "evich", "ovna", "evna", "ost´", "ostʹ", "shchina"),
}
#: letters that belong to one language's spelling ("é", "à" are shared: endings decide)
_LETTERS: dict[str, frozenset[str]] = {
    lang: frozenset(letters)  # (sets: one isdisjoint() per language instead of a test per character)
    for lang, letters in {"de": "äöüß", "fr": "çêœèâîû", "it": "ìò", "es": "ñ¿¡", "pt": "ãõ", "pl": "ąęłńśźż",
                          "cs": "ěřů", "hu": "őű"}.items()
}
#: places spelt as the language spells them (the English spelling is another word)
_PLACES: dict[str, frozenset[str]] = {
    "de": frozenset("münchen wien köln zürich nürnberg göttingen tübingen frankfurt leipzig "
                    "berlin stuttgart hamburg".split()),
    "fr": frozenset("paris genève bruxelles lyon strasbourg rennes aix-en-provence".split()),
    "it": frozenset("roma milano torino firenze venezia napoli bologna padova genova".split()),
    "es": frozenset("madrid barcelona sevilla méxico".split()),
    "pt": frozenset(("lisboa", "coimbra", "porto", "são paulo")),
    "ru": frozenset("moskva leningrad sankt-peterburg petrograd kiev kyiv minsk "
                         "novosibirsk ekaterinburg sverdlovsk".split()),
    "pl": frozenset("warszawa kraków wrocław poznań łódź lublin gdańsk toruń katowice".split()),
    # (not "Amsterdam" or "Leiden": spelt so in English too, and where French and Latin books were printed)
    "nl": frozenset(("den haag", "'s-gravenhage", "antwerpen", "gent")),
    "cs": frozenset(("praha",)),
}
#: accented vowels German never writes: beside its "ö" or "ü" they make a word Hungarian
_NOT_GERMAN = frozenset("áéíóú")
#: German's letters, and the two of them Hungarian shares (no "ä", no "ß")
_GERMAN_LETTERS = frozenset("äöüß")
_HUNGARIAN_UMLAUT = frozenset("öü")
_LANGUAGE_OF_PLACE = {place: lang for lang, places in _PLACES.items() for place in places}
_WORD_RE = lazy_compile(r"[^\W\d_]+(?:[´ʹ][^\W\d_]+)*[´ʹ]?")
_ASCII_WORD_RE = lazy_compile(r"[a-z]+")
#: function word -> the languages it belongs to: one look-up per word
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {}
for _lang, _function_words in _FUNCTION_WORDS.items():
    for _word in _function_words:
        _LANGUAGES_OF[_word] = (*_LANGUAGES_OF.get(_word, ()), _lang)


#: an English possessive ("Stalin's", "Stalin´s"): its "s" is no Russian "s"
_POSSESSIVE_RE = lazy_compile(r"(?<=\w)['’´ʹ]s\b")


#: an initial ("O. D. Romagnosi", "A. S. V."): no Portuguese "o", no Russian "s" or "v";
#: "et al." (no Spanish "al"); an acronym ("NOS", "TU Berlin": no Portuguese "nos")
_INITIAL_RE = lazy_compile(r"(?<![^\W\d_])[^\W\d_]\.|\bet al\b|\b[A-Z]{2,}\b")


_TWO_CAPITALS_RE = lazy_compile(r"[A-Z]{2}")
#: the first and the last form of ``_INITIAL_RE`` alone (the forms never overlap)
_LONE_INITIAL_RE = lazy_compile(r"(?<![^\W\d_])[^\W\d_]\.")
_ACRONYM_RE = lazy_compile(r"(?=[A-Z]{2})\b[A-Z]{2,}\b")


def _may_hold_initial(text: str) -> bool:
    """False when no letter and period of ``_INITIAL_RE``'s first form are there ("A." after no letter).

    A test for the expression's sake (most titles have periods only after words): a character that
    is no letter or digit before the period, or a letter before that one, rules a period out.
    """
    i = text.find(".")
    while i >= 0:
        if i and text[i - 1].isalnum() and (i == 1 or not text[i - 2].isalpha()):
            return True
        i = text.find(".", i + 1)
    return False


def _words(text: str) -> list[str]:
    if "'" in text or "’" in text or "´" in text or "ʹ" in text:
        text = _POSSESSIVE_RE.sub("", text)
    # (a form of _INITIAL_RE that cannot match anywhere is left out of the expression: same result, sooner)
    initial = _may_hold_initial(text)
    capitals = _TWO_CAPITALS_RE.search(text) is not None
    if "et al" in text or (initial and capitals):
        text = _INITIAL_RE.sub(" ", text)
    elif initial:
        text = _LONE_INITIAL_RE.sub(" ", text)
    elif capitals:
        text = _ACRONYM_RE.sub(" ", text)
    if text.isascii():  # lower-casing ASCII keeps the words where they are
        return _ASCII_WORD_RE.findall(text.lower())
    # (lower-case first, one pass; "İ" would lower to "i" and a combining dot, which splits the word)
    return _WORD_RE.findall(text.replace("İ", "I").lower())


#: ending -> the languages it marks, and the lengths the endings have (one look-up per length)
_LANGUAGES_OF_ENDING: dict[str, tuple[str, ...]] = {}
for _lang, _endings in _ENDINGS.items():
    for _ending in _endings:
        _LANGUAGES_OF_ENDING[_ending] = (*_LANGUAGES_OF_ENDING.get(_ending, ()), _lang)
#: the last two letters of every ending -> the lengths of the endings with them (ascending):
#: most words have none of them and need no look-up, the others one per length that can match
_ENDING_TAILS: dict[str, tuple[int, ...]] = {
    tail: tuple(sorted({len(e) for e in _LANGUAGES_OF_ENDING if e[-2:] == tail}))
    for tail in {e[-2:] for e in _LANGUAGES_OF_ENDING}
}

#: the last three letters of the endings (of three letters or more), and the endings of two: a word
#: with neither at its end has none of the endings
_ENDING_TAILS3 = frozenset(e[-3:] for e in _LANGUAGES_OF_ENDING if len(e) >= 3)
_SHORT_ENDINGS = frozenset(e for e in _LANGUAGES_OF_ENDING if len(e) < 3)


def language_evidence(text: str, words: list[str] | None = None) -> tuple[int, dict[str, int]]:
    """(English function words, evidence per other language) in ``text`` (or in its ``words``)."""
    if words is None:
        words = _words(text)
    english = 0
    counts: dict[str, int] = {}  # (only the languages with evidence: the others count 0)
    known = _WORD_EVIDENCE
    for word in words:
        if word in _ENGLISH:
            english += 1
            continue
        if word not in _LANGUAGES_OF and (
            len(word) < 4 or (word[-3:] not in _ENDING_TAILS3 and word[-2:] not in _SHORT_ENDINGS and word.isascii())
        ):
            continue  # (most words say nothing: no function word, no ending, no letter; small tables only)
        evidence = known.get(word)
        if evidence is None:
            evidence = _word_evidence(word)
            if len(known) >= 50_000:
                known.clear()
            known[word] = evidence
        for lang, n in evidence:
            counts[lang] = counts.get(lang, 0) + n
    return english, counts


#: word -> its evidence (a word's reading never changes, and titles repeat their words)
_WORD_EVIDENCE: dict[str, tuple[tuple[str, int], ...]] = {}
def clear_cache() -> None:
    """Forget the remembered word readings (benchmarks of the cold path)."""
    _WORD_EVIDENCE.clear()


#: the evidence of an English function word (compared by identity)
_ENGLISH_WORD: tuple[tuple[str, int], ...] = (("en", 0),)


def _word_evidence(word: str) -> tuple[tuple[str, int], ...]:
    """What one lower-cased word says: function word, ending, letters, soft sign."""
    if word in _ENGLISH:
        return _ENGLISH_WORD
    langs = _LANGUAGES_OF.get(word, ())
    if not langs and (len(word) < 4 or (word[-2:] not in _ENDING_TAILS and word.isascii())):
        return ()  # most words say nothing
    found: dict[str, int] = {}
    for lang in langs:
        # "les" says more than "la"; a lone letter ("v", "s") could be an initial
        found[lang] = found.get(lang, 0) + (2 if len(langs) == 1 and len(word) > 1 else 1)
    if len(word) >= 4 and (sizes := _ENDING_TAILS.get(word[-2:])):
        marked: set[str] = set()
        for size in sizes:
            # a stem of three letters at least: "Ordnung", not "young"
            if len(word) >= size + 3 and (ending_langs := _LANGUAGES_OF_ENDING.get(word[-size:])):
                marked.update(ending_langs)
        for lang in marked:
            found[lang] = found.get(lang, 0) + 1
    if len(word) >= 4 and not word.isascii():  # (the letters below and the soft sign are not ASCII)
        for lang, letters in _LETTERS.items():
            if not letters.isdisjoint(word):
                found[lang] = found.get(lang, 0) + 1
        umlauts = _GERMAN_LETTERS.intersection(word)
        if "de" in found and umlauts and umlauts <= _HUNGARIAN_UMLAUT and not _NOT_GERMAN.isdisjoint(word):
            found["hu"] = found.pop("de")  # "története", "középkorban": ö and é together are Hungarian
        if "´" in word or "ʹ" in word:
            found["ru"] = found.get("ru", 0) + 1  # a soft sign (possessives are gone)
    return tuple(found.items())


def _decide(counts: dict[str, int]) -> str | None:
    """The language with the most evidence, if it has two pieces and half as much again as the next."""
    if not counts or max(counts.values()) < 2:
        return None  # (most titles: too little evidence for any language)
    best, lang, second = -1, "", -1
    for key, n in counts.items():
        if n > best or (n == best and key > lang):  # (ties: the same order as sorting the pairs)
            if best > second:
                second = best
            best, lang = n, key
        elif n > second:
            second = n
    if best >= 2 and 2 * best >= 3 * second:
        return lang
    return None


def guess_language(text: str) -> str | None:
    """Language code of ``text`` when its words agree and none is English, else ``None``."""
    words = _words(text)
    english, counts = language_evidence(text, words)
    if english or len(words) < 2:
        return None
    return _decide(counts)


#: a Russian (or Ukrainian) archival shelf-mark: fond and opis´ ("f. 17, op. 3, d. 1003")
_RUSSIAN_SHELF_MARK = lazy_compile(r"\bf\.\s*[^,;]*\d[^,;]*[,;]\s*op\.\s*\S*\d")


def guess_item_language(title: str, container: str = "", place: str = "",
                        archive_location: str = "", archive: str = "") -> str | None:
    """The language of an item from its title, helped by its container, place and,
    for an archival document, its archive and shelf-mark (fond and opis´ are Russian)."""
    if title.isascii() and not _TWO_CAPITALS_RE.search(title):
        plain = _ASCII_WORD_RE.findall(title.lower())
        if not _ENGLISH.isdisjoint(plain):
            return None  # no acronym to drop: these are _words' words, and an English one settles it
        # (with no initial, "et al." or possessive to drop either, they are _words' words whole)
        words = plain if "'" not in title and "et al" not in title and not _may_hold_initial(title) else _words(title)
    else:
        words = _words(title)
        if not _ENGLISH.isdisjoint(words):
            return None  # an English function word settles it before any word is weighed
    english, counts = language_evidence(title, words)
    if english:
        return None
    lang = _decide(counts) if len(words) >= 2 else None
    if lang is not None:
        return lang
    if container or archive:
        container_english, container_counts = language_evidence(f"{container} {archive}")
        if container_english and not any(counts.values()):
            return None  # a bare name ("Gulag") in an English journal
        if not container_english:
            for key, n in container_counts.items():
                counts[key] = counts.get(key, 0) + n
    elif not counts and not place and not archive_location:
        return None  # nothing else to weigh
    place_lang = _LANGUAGE_OF_PLACE.get(place.strip().lower()) if place else None
    if place_lang is not None:
        counts[place_lang] = counts.get(place_lang, 0) + 1
    if _RUSSIAN_SHELF_MARK.search(archive_location):
        counts["ru"] = counts.get("ru", 0) + 2
    return _decide(counts)


class Language(Normalizer):
    """title (+ container, place, archive) -> ``language`` when unmistakably not English."""

    name: ClassVar[str] = "language"
    code: ClassVar[str] = "P116"
    keys: ClassVar[tuple[str, ...]] = ("language",)
    #: the archive step reads shelf-marks from locator, pages, other and note spans
    inputs: ClassVar[frozenset[str] | None] = frozenset(
        {"title", "container-title", "location", "locator", "pages", "other", "note"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        if "language" in item:
            return
        title = item.get("title")
        archive_location = item.get("archive_location")
        if not title and not archive_location and not item.get("container-title"):
            return  # nothing in a language to read (a back-reference, a bare locator)
        lang = guess_item_language(
            str(title or ""), str(item.get("container-title", "")),
            str(item.get("publisher-place", "")), str(archive_location or ""),
            str(item.get("archive", "")))
        if lang is not None:
            item["language"] = lang
