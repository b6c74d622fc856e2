"""Romanised Chinese, Japanese and Korean words by their shape, and CJK characters inside Latin-script text.

Shared by the East Asian steps (names, archives, locators): a word "looks romanised" when it can be cut into
syllables of one of the usual systems -- Hepburn for Japanese ("Maruyama", "shisōshi", "jikki"), pinyin for
Chinese ("Zhongguo", "sixiang"), Wade-Giles and McCune-Reischauer ("Ch'ien", "chŏnsŏ", "yŏn'gu").  English,
French and German words seldom can ("Print", "Government", "Geschichte"), which makes a whole title of such
words a title in an East Asian language.
"""

from __future__ import annotations

import unicodedata

from citekit.lazy_regex import lazy_compile

#: Hepburn: a syllable (with the doubled consonant of a small tsu and the syllabic n)
_HEPBURN_RE = lazy_compile(
    r"(?:(?:k(?=k)|s(?=s)|t(?=t|ch)|p(?=p))?(?:sh|ch|ts|[kgnhbpmr]y|[kgsztdnhbpmrjfwy])?[aeiouāīūēōâîûêô]"
    r"|n(?![aeiouāīūēō]))+"
)
#: pinyin (tones left out)
_PINYIN_RE = lazy_compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ang|eng|ing|ong|iao|ian|uai|uan|üan|ai|ei|ao|ou|an|en|in|un|ün|er|ia|ie|iu|ua|uo|ui|üe|a|o|e|i|u|ü)"
    r"(?:(?<=n)g)?)+"
)
#: Wade-Giles and McCune-Reischauer, roughly: aspirated onsets with an apostrophe, "ŏ" and "ŭ", final stops
_WADE_MCCUNE_RE = lazy_compile(
    r"(?:(?:tch|ch'?|ts'?|tz'?|hs|sh|ss|kk|tt|pp|k'?|t'?|p'?|[gdbjmnshlryw])?"
    r"(?:[aeiouüŏŭ]|ae|oe|ui|wa|wŏ|wi|ya|yŏ|yo|yu|ye)+(?:ng|n|m|k|p|t|l|h)?'?)+"
)
#: the words of an English, French or German title that no romanised title has
_WESTERN_WORDS = frozenset(
    "the of and for with from between under into an et la le les des du der die das und von zur zum im "
    "sur dans une pour".split()
)


def is_cjk_char(ch: str) -> bool:
    """Kana, a CJK ideograph (with the extension A block) or a Hangul syllable."""
    return "\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" or "\u3400" <= ch <= "\u4dbf" or ch == "々"


def has_cjk(text: str) -> bool:
    """Does ``text`` hold a CJK character (a cheap scan: most notes have none)?"""
    return any(ch >= "\u3040" and is_cjk_char(ch) for ch in text)


def strip_cjk(text: str) -> str:
    """``text`` without its CJK characters (and the spaces they leave): "Gu Jiegang 顧頡剛" -> "Gu Jiegang"."""
    if not has_cjk(text):
        return text
    return " ".join("".join(ch for ch in text if not is_cjk_char(ch)).split())


def _plain(word: str) -> str:
    """The word in lower case with apostrophes of either kind kept as "'" and other marks (ā -> ā) composed."""
    return unicodedata.normalize("NFC", word.lower().replace("’", "'").replace("ʻ", "'"))


def is_hepburn(word: str) -> bool:
    """Can ``word`` (hyphens allowed) be read as Hepburn syllables: "Maruyama", "Kōjirō", "Bei-Ō"?"""
    parts = [_plain(part).replace("'", "") for part in word.split("-")]
    return all(part and _HEPBURN_RE.fullmatch(part) is not None for part in parts)


def is_romanized(word: str) -> bool:
    """Can ``word`` be read as syllables of Hepburn, pinyin, Wade-Giles or McCune-Reischauer?"""
    parts = [_plain(part) for part in word.split("-")]
    for part in parts:
        if not part:
            return False
        bare = part.replace("'", "")
        if not (
            _HEPBURN_RE.fullmatch(bare) or _PINYIN_RE.fullmatch(bare) or _WADE_MCCUNE_RE.fullmatch(part)
        ):
            return False
    return True


def romanized_title(title: str) -> bool:
    """Is ``title`` (its characters and a bracketed translation left out) in a romanised East Asian language:
    "Gen Min shi gaisetsu", "Han'guksa sillon", "Zhu Xi de lishi shijie", one longer word ("Hanshu")?"""
    head = title.split(" [", 1)[0]
    words = [word.strip(".,:;!?()\"“”‘’«»") for word in strip_cjk(head).split()]
    words = [word for word in words if word and not word.isdigit()]
    if not words or (len(words) == 1 and len(words[0]) < 6):
        return False  # (one word is a title only when long enough to say: "Hanshu", "Kojiki", not "Japan")
    return all(word.lower() not in _WESTERN_WORDS and is_romanized(word) for word in words)


#: an era's year (and month and day) with the Western date in brackets: "Daoguang 19/3/4 (April 17, 1839)",
#: "Wanli 21 [1593]", "Meiji 11"
_ERA_DATE_RE = lazy_compile(
    r"^(?P<era>[A-Z][\w'’-]{2,11})\s(?P<year>\d{1,2})(?:/\d{1,2}(?:/\d{1,2})?)?"
    r"(?:\s?[\[(](?P<western>[^\[\]()]{4,24})[\])])?$"
)
_ERAS: frozenset[str] | None = None


def east_asian_eras() -> frozenset[str]:
    """The reign and era names of ``data/east_asian_eras.txt``, read once."""
    global _ERAS
    if _ERAS is None:
        from citekit.normalize._text import data_lines

        _ERAS = frozenset(word for line in data_lines("east_asian_eras.txt") for word in line.split())
    return _ERAS


def era_date(text: str) -> tuple[str, str | None] | None:
    """An era date ("Daoguang 19/3/4 (April 17, 1839)") as (its era name, the Western date in its brackets or
    None), or None when ``text`` is no such date."""
    m = _ERA_DATE_RE.match(text.strip())
    if m is None or m["era"] not in east_asian_eras():
        return None
    return m["era"], m["western"]
