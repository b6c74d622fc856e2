"""What the tagger reads: a book title in small capitals, folded to title case.

American law reviews (Bluebook) set book titles in small capitals, which PDF
text gives as capitals: "BARRY NICHOLAS, AN INTRODUCTION TO ROMAN LAW 57
(1962)".  The training data has few such references, so the tagger reads the
capitals as names.  It is shown the title in title case instead ("An
Introduction To Roman Law"); the fields are still cut from the text as
written, so nothing the user typed changes.

Only a title in the Bluebook book's place is folded: two or more words in
capitals after ", " (the author) and before the pinpoint page and the
bracketed year.  Lists of surnames in capitals ("JONES JH, PETERS DK"),
corporate authors ("MINISTERE DE LA DEFENSE") and acronyms keep their
capitals, which the tagger has learnt to read.  Folding never changes the
text's length, so token offsets stay those of the original.
"""

from __future__ import annotations

import re

from citekit.lazy_regex import lazy_compile

#: a word in capitals (apostrophes and hyphens inside, a final period)
_CAPS_WORD = r"[A-ZÀ-ÖØ-Þ](?:[A-ZÀ-ÖØ-Þ’'-]*[A-ZÀ-ÖØ-Þ])?\.?"
#: "…, TITLE IN CAPITALS 57 (1962)", "…, TITLE 12–14, 20 n.3 (2d ed. 1990)"
_BLUEBOOK_TITLE_RE = lazy_compile(
    rf"(?<=[,;:] )(?P<run>{_CAPS_WORD}(?:[ :&-]+{_CAPS_WORD}){{1,}})"
    r"(?= \*?\d+(?:[-–]\d+)?(?:, ?\d+(?:[-–]\d+)?)*(?: nn?\. ?\d+)? \((?:[^()]{0,40} )?(?:1[5-9]|20)\d\d\))"
)
_WORD_RE = lazy_compile(r"[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ’'-]+")
#: roman numerals stay as they are ("HISTORY OF ENGLAND VOL. IV"): the tagger reads them as volumes
_ROMAN_RE = lazy_compile(r"[IVXLC]{1,4}")
#: a cheap first test: two capitals and a bracketed year's opening
_HINT_RE = lazy_compile(r"[A-ZÀ-ÖØ-Þ]{2}")


def tagger_view(text: str) -> str:
    """``text`` with a Bluebook book title in title case (same length); otherwise ``text`` itself."""
    if " (" not in text or not _HINT_RE.search(text):
        return text
    pieces: list[str] = []
    done = 0
    for title in _BLUEBOOK_TITLE_RE.finditer(text):
        pieces.append(text[done : title.start()])
        pieces.append(_WORD_RE.sub(_title_word, title.group()))
        done = title.end()
    if not pieces:
        return text
    pieces.append(text[done:])
    return "".join(pieces)


def _title_word(match: re.Match[str]) -> str:
    word = match.group()
    if _ROMAN_RE.fullmatch(word):
        return word
    folded = word[0] + word[1:].lower()
    return folded if len(folded) == len(word) else word
