"""The volume and issue of Turkish scholarship: "C. 2" (cilt), "sy. 22" and "S. 229" (sayı), as in
"Türkiye'nin İktisadi ve İçtimai Tarihi, C. 2 (Ankara: DTCF Yayınları, 1971), s. 88" and
"Belleten, C. LX, S. 229 (1996), s. 12–34".

The tagger knows "c." as the Italian carta and "S." as the German Seite: it reads "C. 2" before the imprint
as a leaf cited and "S. 229" as a page, or leaves the words with the journal's title ("Belleten, C. LX",
"Vakıflar Dergisi, sy").  In a reference written in Turkish (its text has ı, İ, ş or ğ) the step reads
them as Turkish: the cilt before the imprint or after the journal is the ``volume``, the sayı the ``issue``;
the journal's title loses them, and the page cited ("s. 88") becomes the locator again.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import expand_dashed_range, squash
from citekit.normalize.base import Context, ItemState, Normalizer

#: "C. 2", "c. 39", "Cilt 3", "C. LX": a volume (cilt)
_CILT_RE = lazy_compile(r"^(?:C|c|Cilt|cilt)\.?\s?(?P<volume>\d{1,3}|[IVXLC]{1,7})\s*[,.]?$")
#: "S. 229", "sy. 22", "Sayı 4": an issue (sayı)
_SAYI_RE = lazy_compile(r"^(?:S|sy|Sy|Sayı|sayı)\.?\s?(?P<issue>\d{1,4})\s*[,.]?$")
#: a journal's title with its cilt or the word sayı at its end: "Belleten, C. LX", "Vakıflar Dergisi, sy"
_CONTAINER_TAIL_RE = lazy_compile(
    r"^(?P<name>.+?),\s(?:(?:C|Cilt)\.?\s(?P<volume>\d{1,3}|[IVXLC]{1,7})|(?P<sayi>sy|Sayı|sayı)\.?)$"
)
#: a journal's title with its volume: "Türkiye Araştırmaları Literatür Dergisi 2"
_NUMBERED_RE = lazy_compile(r"^(?P<name>.*[^\W\d_])\s(?P<volume>\d{1,3})$")
#: the page cited: "s. 88", "ss. 12-14"
_PAGE_RE = lazy_compile(r"^(?:s|ss|sf|p|pp)\.\s?(?P<page>\d+(?:\s?[-–]\s?\d+)?)\s*[,.]?$")
#: letters of Turkish that other languages of the notes do not write
_TURKISH_LETTER_RE = lazy_compile("[ıİşğŞĞ]")
#: how a cilt or a sayı span opens
_MARK_HEADS = frozenset("CcS")


class TurkishVolume(Normalizer):
    """"C. 2", "sy. 22", "S. 229" in Turkish references -> ``volume``, ``issue``; the page cited kept."""

    name: ClassVar[str] = "turkish-volume"
    code: ClassVar[str] = "P151"
    keys: ClassVar[tuple[str, ...]] = ("volume", "issue", "container-title", "locator", "label")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"locator", "container-title", "title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        container = item.get("container-title")
        locators = state.spans.get("locator", ())
        tail = isinstance(container, str) and ("," in container[-9:]) and (
            ", C" in container or ", sy" in container or ", Sayı" in container or ", sayı" in container)
        if not tail:
            for text in locators:
                if text.lstrip()[:1] in _MARK_HEADS:
                    break
            else:
                return  # (almost every reference: no cilt or sayı in sight)
        if _TURKISH_LETTER_RE.search("".join(text for label, text in state.sequence)) is None:
            return  # (not Turkish: "c." is a carta, "S." a Seite)
        changed = False
        if tail and isinstance(container, str) and (m := _CONTAINER_TAIL_RE.match(container)):
            item["container-title"] = m["name"]
            if m["volume"]:
                item["volume"] = m["volume"]
            elif "volume" in item and "issue" not in item:
                item["issue"] = item.pop("volume")  # "Vakıflar Dergisi, sy." + "22": the number is the sayı
                if numbered := _NUMBERED_RE.match(m["name"]):
                    # "… Literatür Dergisi 2, sy." + "4": the journal's volume before the sayı
                    item["container-title"], item["volume"] = numbered["name"], numbered["volume"]
            changed = True
        spans = [(label, squash(text)) for label, text in state.sequence]
        pages: list[str] = []
        for position, (label, text) in enumerate(spans):
            if label != "locator":
                continue
            if (cilt := _CILT_RE.match(text)) and _before_imprint(spans, position):
                item["volume"] = cilt["volume"]
                changed = True
            elif (sayi := _SAYI_RE.match(text)) and "volume" in item and _before_imprint(spans, position):
                item["issue"] = sayi["issue"]
                changed = True
            elif page := _PAGE_RE.match(text):
                pages.append(page["page"])
        if changed:
            state.locator, state.label = (expand_dashed_range(pages[-1]), "page") if pages else (None, None)


def _before_imprint(spans: list[tuple[str, str]], position: int) -> bool:
    """The span at ``position`` comes before the imprint or the year (a volume's place), not at the end."""
    for label, text in spans[position + 1:]:
        if label == "punct":
            continue
        return label in ("location", "publisher", "date", "locator", "pages") and (
            label != "locator" or _PAGE_RE.match(text) is not None or text.startswith("(")
        )
    return False
