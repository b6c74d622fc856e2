"""A British parliamentary or colonial paper by its number, read as a pinpoint: "Report of the Indian Famine
Commission, Part I, C. 2591 (London: HMSO, 1880), 34", "…, vol. 1, Cmd. 3568 (London: HMSO, 1930), p. 22",
"Annual Report on … Kenya for the Year 1948, Colonial No. 231 (London: HMSO, 1949), 8".

Command papers ("C.", "Cd.", "Cmd.", "Cmnd.", "Cm"), the Colonial Office's numbered reports ("Colonial No.
231") and House of Commons papers ("HC 123") carry their number before the imprint.  The tagger reads that
number as a locator, so the pages step takes it for the pinpoint (or "C." for a carta) and the page cited
after the imprint is lost.  The step moves the number to ``number``, types the item a ``report`` and reads
the pinpoint from the locator after the imprint.  Only a number followed by an imprint (a place or a
publisher, then a date) is read so.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import expand_dashed_range, squash
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.pages import LOCATOR_LABELS
from citekit.normalize.title import cut_title_before

#: a paper's number: "C. 2591", "C.-4524", "Cd. 4499", "Cmd. 3568", "Cmnd. 1030", "Cm 3205", "Colonial No. 231",
#: "HC 123", "H.C. 45"
PAPER_NUMBER = (
    r"(?:C\.\s?-?\s?\d{3,5}|(?:Cd|Cmd|Cmnd|Cm)\.?\s?\d{1,5}|Colonial\sNo\.\s?\d{1,4}|Col\.\sNo\.\s?\d{1,4}"
    r"|H\.?\s?C\.?\s(?:Paper\s)?\d{1,4})"
)
_NUMBER_SPAN_RE = lazy_compile(rf"^\s*(?P<number>{PAPER_NUMBER})\s*[,.;]?\s*$")
#: a paper's word closing the title span ("…, Cmd."), and its number alone in the next span ("681")
_WORD_CLOSING_TITLE_RE = lazy_compile(r",\s(?P<word>C|Cd|Cmd|Cmnd)\.?,?\s*$")
_BARE_NUMBER_RE = lazy_compile(r"^\s*(?P<number>\d{2,5})\s*,?\s*$")
#: the pinpoint after the imprint: "34.", "p. 22.", "pp. 12–14", "para. 62", "col. 3", "table 4"
_PINPOINT_RE = lazy_compile(r"^(?:(?P<word>[a-z]{1,6})\.?\s)?(?P<value>\d{1,5}(?:\s?[-–]\s?\d{1,5})?)$")


class OfficialPaper(Normalizer):
    """"Title, Cmd. 3568 (Place: Publisher, year), p. 22" -> a ``report`` with its ``number`` and the page
    cited."""

    name: ClassVar[str] = "official-paper"
    code: ClassVar[str] = "P175"
    keys: ClassVar[tuple[str, ...]] = ("type", "number", "title", "title-short", "volume", "locator", "label")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"locator", "volume"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        if "type" in item or "number" in item or "title" not in item or state.kind != "full":
            return
        sequence = state.sequence
        number = None
        for position, (span_label, text) in enumerate(sequence):
            # pre-test: a locator opening with the capital of a paper's number
            if span_label == "locator" and text.lstrip()[:1] in "CH" and (m := _NUMBER_SPAN_RE.match(text)):
                number = squash(m["number"])
                break
            if span_label == "volume" and position and sequence[position - 1][0] == "title" and (
                (bare := _BARE_NUMBER_RE.match(text))
                and (closing := _WORD_CLOSING_TITLE_RE.search(sequence[position - 1][1]))
            ):
                # "…, Cmd." + "681": the paper's word closed the title, its number was read as a volume
                number = f"{closing['word']}. {bare['number']}"
                break
        else:
            return
        after = [label for label, _ in sequence[position + 1:] if label != "punct"]
        if len(after) < 2 or after[0] not in ("location", "publisher") or "date" not in after:
            return  # (the number opens an imprint)
        tail = sequence[position + 1:]
        pinpoints = [text for label, text in tail if label == "locator"]
        if len(pinpoints) > 1 or [label for label, _ in tail if label in ("locator", "pages")] != (
            ["locator"] if pinpoints else []
        ):
            return
        locator: tuple[str, str] | None = None
        if pinpoints:
            pin = _PINPOINT_RE.match(squash(pinpoints[0]).strip(" ,.;:()"))
            if pin is None:
                return
            word = pin["word"]
            label = "page" if word is None else LOCATOR_LABELS.get(word)
            if label is None:
                return
            locator = (expand_dashed_range(pin["value"]), label)
        if span_label == "volume":
            cut = _WORD_CLOSING_TITLE_RE.search(str(item["title"]))
            if cut is None or item.get("volume") != number.rpartition(" ")[2] or not cut_title_before(item, cut.start()):
                return
            del item["volume"]
        item["type"] = "report"
        item["number"] = number
        state.locator, state.label = locator if locator else (None, None)
