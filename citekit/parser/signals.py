"""A signal with its adverb ("See especially", "Vgl. insbesondere"), read before the tagger runs.

The tagger learnt the plain signals ("See", "Cf.", "Vgl.", "Voir") from the
training notes, but a signal followed by an adverb is rarer there, and the
tagger then takes the adverb and the author's name for a title ("especially
Paul Hagenloh, Stalin's Police").  Such a signal is cut off by this small
expression and the rest of the citation is tagged on its own; the signal
becomes the citation's ``signal`` field, as the tagger would have labelled it.
"""

from __future__ import annotations

import re

_SIGNAL = r"^(?:see|cf\.|compare|but\s+see|vgl\.|siehe|voir|cfr\.|si\s+veda|vedi|véase|ver)"
_ADVERB = (
    r"(?:,?\s+(?:also|especially|esp\.|generally|further|in\s+particular|e\.\s?g\.,?|for\s+example|most\s+recently|"
    r"auch|etwa|insbesondere|nur|ferner|dazu|zuletzt|aussi|notamment|également|surtout|en\s+particulier|"
    r"anche|soprattutto|in\s+particolare|inoltre|ad\s+esempio|también|especialmente))"
)
_SIGNAL_WITH_ADVERB_RE = re.compile(_SIGNAL + _ADVERB + r"+,?\s+(?=\S)", re.IGNORECASE)
#: the same signals, the adverb optional ("See id.", "Vgl. auch ebd.")
_ANY_SIGNAL_RE = re.compile(_SIGNAL + _ADVERB + r"*,?\s+(?=\S)", re.IGNORECASE)


#: the first words of those signals
_FIRST_WORDS = frozenset({"see", "cf.", "compare", "but", "vgl.", "siehe", "voir", "cfr.", "si", "vedi", "véase", "ver"})


def leading_signal(text: str, *, adverb: bool = True) -> int:
    """Where the citation begins after a signal with an adverb ("See especially "), or 0; with
    ``adverb=False`` after any signal ("See " of "See id.")."""
    if text[:text.find(" ") if " " in text else 0].lower().rstrip(",") not in _FIRST_WORDS:
        return 0  # (most citations open with a name: one look-up instead of the expression)
    m = (_SIGNAL_WITH_ADVERB_RE if adverb else _ANY_SIGNAL_RE).match(text)
    return m.end() if m else 0
