"""A papyrus or an inscription by its corpus siglum: "P.Oxy. 1.119", "P.Oxy. XLVI 3313, l. 12", "BGU IV 1141",
"IG II² 1035, ll. 5–10", "SEG 45.123", "OGIS 90".

Papyrologists and epigraphists cite a document by the corpus that publishes it, the corpus's volume and
the document's number there; no author, title or imprint follows, so the tagger has nothing to hold on to
and reads the siglum as a person or a series.  When the whole reference (a signal aside) has that shape,
the step reads it from the text: the document is the work cited (``type`` ``document``), the siglum its
``title``, the volume its ``volume`` and the number its ``number`` (so P.Oxy. 119 and 120 stay two works);
the lines cited ("l.", "ll.") are the locator with label ``line``, a column ("col.") with ``column``.
A siglum is one of ``data/papyrological_epigraphic_corpora.txt`` or a papyrus, ostracon or tablet edition's
own ("P.Oxy.", "P.Cair.Zen.", "O.Claud.", "T.Vindol."); any other shape leaves the entry alone.  The step that
reads these shapes is ``greek_sources`` (one step for the whole-text shapes of Greek studies).
"""

from __future__ import annotations

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import data_lines, hyphen_range, squash
from citekit.normalize.base import ItemState

#: a papyrus, ostracon or tablet edition: "P.Oxy.", "P. Oxy.", "P.Cair.Zen.", "P.Yale", "O.Claud.", "T.Vindol."
_EDITION_SIGLUM = r"[POT]\.(?:\s?[A-Z][a-z]{1,10}\.(?:\s?[A-Z][a-z]{0,10}\.)*|[A-Z][a-z]{1,10}(?:\.[A-Z][a-z]{0,10})*\.?)"
#: the volume (roman, perhaps with the edition's superscript, "II²"; or arabic before a stop or a comma, "SEG 38,
#: 1462"), then the number
_DOCUMENT_RE = lazy_compile(
    r"^(?P<siglum>[POT]\.\s[A-Z]\S*|\S+)\s"
    r"(?:(?P<roman>[IVXLC]{1,7}[²³⁴⁵]?)\s|(?P<arabic>\d{1,3})(?:\.|,\s))?"
    r"(?P<number>\d{1,6}[a-z]?)"
    r"(?:,\s(?P<label>ll?|col|cols)\.\s?(?P<cited>\d{1,4}(?:\s?[-–]\s?\d{1,4})?))?[.;]?$"
)
_EDITION_RE = lazy_compile(_EDITION_SIGLUM + "$")
_SUPERSCRIPTS = frozenset("²³⁴⁵")
#: labels that hold no part of the reference's shape
_OUTSIDE = ("punct", "signal")

_CORPORA: frozenset[str] | None = None


def corpora() -> frozenset[str]:
    """The corpora's sigla, read once."""
    global _CORPORA
    if _CORPORA is None:
        _CORPORA = frozenset(data_lines("papyrological_epigraphic_corpora.txt"))
    return _CORPORA


def _is_siglum(word: str) -> bool:
    return word in corpora() or bool(_EDITION_RE.match(word))


def read_papyrus_or_inscription(state: ItemState) -> None:
    """"P.Oxy. XLVI 3313, l. 12" -> ``type`` document, ``title`` P.Oxy., ``volume`` XLVI, ``number`` 3313,
    locator 12 with label ``line`` (the caller found a siglum's first word: a corpus's or "P.", "O.", "T.")."""
    sequence = state.sequence
    if len(sequence) > 5:
        return
    text = squash(" ".join(t for label, t in sequence if label not in _OUTSIDE)).strip()
    if " " in text[:12] and text[text.find(" ") + 1 : text.find(" ") + 2] in _SUPERSCRIPTS:
        text = text.replace(" ", "", 1)  # "Syll." + "³ 543": the edition's superscript split off by the tokenizer
    if len(text) > 60 or not (m := _DOCUMENT_RE.match(text)):
        return
    siglum = m["siglum"]
    if not _is_siglum(siglum):
        return
    volume = m["roman"] or m["arabic"]
    item: dict[str, object] = {"type": "document", "title": siglum}
    if volume:
        item["volume"] = volume
    item["number"] = m["number"]
    state.item = item
    state.kind = "full"
    if m["cited"]:
        state.locator = hyphen_range(m["cited"].replace(" ", ""))
        state.label = "line" if m["label"].startswith("l") else "column"
    else:
        state.locator = state.label = None
