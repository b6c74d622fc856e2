"""A signal with its adverb ("See especially", "Vgl. insbesondere"), read before the tagger runs.

The tagger learnt the plain signals ("See", "Cf.", "Vgl.", "Voir") from the
training notes, but a signal followed by an adverb is rarer there, and the
tagger then takes the adverb and the author's name for a title ("especially
Paul Hagenloh, Stalin's Police").  Such a signal is cut off by this small
expression and the rest of the citation is tagged on its own; the signal
becomes the citation's ``signal`` field, as the tagger would have labelled it.

The signals of languages the training notes hardly had ("Véase", "Vid.", "Zie",
"Zob.", "Por.", "Srov.", "Se", "Jfr", Turkish "Bkz.", "Krş.") the tagger reads as the author's first
given name ("Zob. Janusz Tazbir"): these are cut off even without an adverb,
when a capitalised word (the name or title) follows.

Russian and Ukrainian signals ("См.:", "Ср.:", "Подробнее см.:", "Див.:"; the list is
``normalize/data/signals_east_slavic.txt``) open with a Cyrillic capital the tagger never saw
as a signal; they are cut off with their colon, whatever follows.  So are the Greek ones ("Βλ.",
"Πρβλ.", "Βλ. σχετικά"; ``normalize/data/signals_greek.txt``) and the Hebrew ones ("ראו", "וראו גם",
"השוו"; ``normalize/data/signals_hebrew.txt``).
"""

from __future__ import annotations

import functools
import re

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import data_lines

_SIGNAL = r"^(?:see|cf\.|compare|but\s+see|vgl\.|siehe|voir|cfr\.|si\s+veda|vedi|véase|ver)"
_ADVERB = (
    r"(?:,?\s+(?:also|especially|esp\.|generally|further|in\s+particular|e\.\s?g\.,?|for\s+example|most\s+recently|"
    r"auch|etwa|insbesondere|nur|ferner|dazu|zuletzt|aussi|notamment|également|surtout|en\s+particulier|"
    r"anche|soprattutto|in\s+particolare|inoltre|ad\s+esempio|también|especialmente|sobre\s+todo|ayrıca|"
    r"também|sobretudo|ook|bijvoorbeeld|bijv\.|vooral|även|också|særlig|også|też|także|zwłaszcza|také|též|zejména))"
)
_SIGNAL_WITH_ADVERB_RE = lazy_compile(_SIGNAL + _ADVERB + r"+,?\s+(?=\S)", re.IGNORECASE)
#: the same signals, the adverb optional ("See id.", "Vgl. auch ebd.")
_ANY_SIGNAL_RE = lazy_compile(_SIGNAL + _ADVERB + r"*,?\s+(?=\S)", re.IGNORECASE)


#: signals the tagger did not learn (Spanish, Portuguese, Dutch, Polish, Czech, Scandinavian), cut off
#: with or without an adverb; capitalised as a note opens, and followed by a capitalised word
_UNLEARNT = r"(?:Véase|Véanse|Consúltese|Vid\.|Ver|Vide|Veja-se|Zie|Zob\.|Por\.|Srov\.|Viz|Se|Jfr\.?|Jf\.|Sml\.|Bkz\.|Bakınız|Krş\.|Karş\.)"
_UNLEARNT_SIGNAL_RE = lazy_compile(
    r"^" + _UNLEARNT + r"(?i:" + _ADVERB + r")*,?\s+(?=[A-ZÀ-ÞĀ-Ž\u0100-\u017f'‘“\"«])"
)

#: the first words of those signals
_FIRST_WORDS = frozenset({
    "see", "cf.", "compare", "but", "vgl.", "siehe", "voir", "cfr.", "si", "vedi", "véase", "véanse", "consúltese", "ver",
    "vid.", "vide", "veja-se", "zie", "zob.", "por.", "srov.", "viz", "se", "jfr", "jfr.", "jf.", "sml.",
    "bkz.", "bakınız", "krş.", "karş.",
})
#: the first words of the unlearnt signals, as written
_UNLEARNT_FIRST = frozenset({
    "Véase", "Véanse", "Consúltese", "Vid.", "Ver", "Vide", "Veja-se", "Zie", "Zob.", "Por.", "Srov.", "Viz", "Se", "Jfr", "Jfr.", "Jf.", "Sml.",
    "Bkz.", "Bakınız", "Krş.", "Karş.",
})


@functools.cache
def _listed_signal_re(file_name: str) -> re.Pattern[str]:
    """The signals of a data file (longest first), each with an optional colon or comma."""
    forms = sorted(data_lines(file_name), key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(word) for word in form.split()) for form in forms) or r"(?!)"
    return re.compile(r"^(?:" + body + r")[:,]?\s+(?=\S)")


#: the capitals that open the Russian and Ukrainian signals, and the Greek ones ("Βλ.", "Πρβλ."): one
#: look-up before the expression
_EAST_SLAVIC_FIRST = frozenset("СПНД")
_GREEK_FIRST = frozenset("ΒΠ")
#: the letters that open the Hebrew ones ("ראו", "וראו גם", "השוו", "עיינו")
_HEBREW_FIRST = frozenset("רוהע")


def leading_signal(text: str, *, adverb: bool = True) -> int:
    """Where the citation begins after a signal with an adverb ("See especially "), or 0; with
    ``adverb=False`` after any signal ("See " of "See id.")."""
    if text[:1] in _EAST_SLAVIC_FIRST:
        m = _listed_signal_re("signals_east_slavic.txt").match(text)
        return m.end() if m else 0
    if text[:1] in _GREEK_FIRST:
        m = _listed_signal_re("signals_greek.txt").match(text)
        return m.end() if m else 0
    if text[:1] in _HEBREW_FIRST:
        m = _listed_signal_re("signals_hebrew.txt").match(text)
        return m.end() if m else 0
    first = text[:text.find(" ") if " " in text else 0].rstrip(",")
    if first.lower() not in _FIRST_WORDS:
        return 0  # (most citations open with a name: one look-up instead of the expression)
    if first in _UNLEARNT_FIRST:
        m = _UNLEARNT_SIGNAL_RE.match(text)
        if m:
            return m.end()
    m = (_SIGNAL_WITH_ADVERB_RE if adverb else _ANY_SIGNAL_RE).match(text)
    return m.end() if m else 0
