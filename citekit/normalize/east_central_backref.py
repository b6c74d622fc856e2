"""Back-references of East Central European notes: "Isto, str. 56." (Croatian, Serbian), "Prav tam, str. 4."
(Slovenian), "Ten pat, p. 158." (Lithuanian), "Turpat, 46. lpp." (Latvian), "Samas, lk 12." (Estonian),
"Uo. 46." (Hungarian), "Tamże, k. 12." (Polish, a leaf); and the author's work cited before: "Romsics: i. m.
118." (Hungarian "idézett mű"), "Goldstein, n. dj., str. 250." (Croatian "navedeno djelo"), "Kořalka, c. d.,
s. 12." (Czech "citované dílo"), "Stranga, nav. darbs, 45. lpp." (Latvian).

The tagger knows the Latin forms, not these: it reads the word as an author or a title, "n. dj." as a note
number.  When the whole note is the word and a pinpoint (nothing else), the kind is ``ibid`` (or ``op-cit``
with the author's name before the word), what the word became goes, and the pinpoint is the locator:
"s.", "str.", "p.", "o.", "lk", a number before "lpp."/"o." or alone are pages; "k." (karta), "l.", "fol." leaves.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_names
from citekit.normalize._text import hyphen_range, note_text
from citekit.normalize.base import Context, ItemState, Normalizer

_NUMBER = r"\d+[rv]?(?:\s?[-–]\s?\d+[rv]?)?"
#: the pinpoint after the word: "s. 47", "k. 12", "str. 56", "lk 12", "46. lpp.", "201. o.", "118"
_PIN = (
    rf"(?:(?:(?P<word>s|ss|str|p|pp|o|lk|lpp|k|kk|l|ll|fol|fols|f|ff)\.?\s?(?P<value>{_NUMBER}))"
    rf"|(?P<before>{_NUMBER})(?:\.\s?(?P<after>lpp|lp|o|old)\.?)?)"
)
#: the same work as the note before
_IBID_RE = lazy_compile(
    r"^(?:Isto(?:\s+tamo)?|Prav\s+tam|Ten\s+pat|Turpat|Samas|Uo\.|Tamże|Tamze|Tamtéž|Tamže)[.,]?"
    rf"(?:\s+{_PIN})?\.?$"
)
#: the author's work cited before, after the author's name
_OPCIT_RE = lazy_compile(
    r"^(?P<author>[^\W\d_][^,:;()\d]{1,60}?)[,:]\s+"
    r"(?:i\.\s?m\.|im\.|n\.\s?dj\.|nav\.\s?dj\.|n\.\s?d\.|nav\.\s?d\.|c\.\s?d\.|cit\.\s?d\.|d\.\s?c\.|"
    r"nav\.\s?darbs|min\.\s?teos|nurod\.\s?veik\.?)"
    rf",?(?:\s+{_PIN})?\.?$"
)
_FIRST_LETTERS = frozenset("ITPSUt")
#: a piece of each op. cit. word of ``_OPCIT_RE`` (the step's pre-test)
_OPCIT_WORDS = ("m.", "d.", "j.", "darbs", "teos", "veik")
_LABELS = {"k": "folio", "kk": "folio", "l": "folio", "ll": "folio", "fol": "folio", "fols": "folio",
           "f": "folio", "ff": "folio"}
_OUTSIDE = ("punct", "signal")


class EastCentralBackRef(Normalizer):
    """"Isto, str. 56", "Romsics: i. m. 118" -> ``kind`` ibid or op-cit, the pinpoint as the locator."""

    name: ClassVar[str] = "east-central-backref"
    code: ClassVar[str] = "P203"
    keys: ClassVar[tuple[str, ...]] = (
        "author", "title", "title-short", "container-title", "collection-title", "collection-number", "volume",
        "issue", "page", "note", "publisher", "publisher-place", "issued", "type", "editor",
        "kind", "locator", "label", "suffix",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if not sequence or len(sequence) > 6:
            return
        text = note_text(sequence, state.derived)
        if len(text) > 90 or not text or (text[0] not in _FIRST_LETTERS and not any(w in text for w in _OPCIT_WORDS)):
            return  # (cheap literal tests first: no ibid word opens it, no op. cit. word is in it)
        m = None
        if text[0] in _FIRST_LETTERS:
            m = _IBID_RE.match(text)
        if m is not None:
            state.item = {}
            state.kind = "ibid"
        else:
            if ". " not in text and "im." not in text:
                return
            m = _OPCIT_RE.match(text)
            if m is None:
                return
            names = parse_names(m["author"].strip())[0]
            if not names:
                return
            state.item = {"author": names}
            state.kind = "op-cit"
        state.suffix = None
        value = m["value"] or m["before"]
        if value is None:
            state.locator = state.label = None
            return
        state.locator = hyphen_range(value)
        state.label = _LABELS.get(m["word"] or "", "page")
