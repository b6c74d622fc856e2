"""A Russian or Ukrainian back-reference read from its surface: "Хлевнюк О. В. Указ. соч. С. 88.",
"Кульчицький С. В. Зазнач. праця. С. 40.", "Там само. Арк. 12.".

In the GOST order the author's name comes first with its initials after it, and the back-reference words
("Указ. соч.", "Цит. соч.", "Зазнач. праця", "Вказ. праця") follow as if they were the title; the tagger,
which saw few of them, takes "Указ." for an initial or a title and leaves "соч." apart, so the kind is
lost.  When the whole reference is names (or nothing), one of the project's back-reference forms
(``IBID_FORMS``, ``OPCIT_FORMS`` of ``backref``, their Cyrillic ones) and perhaps a labelled pinpoint
(labels in ``data/locator_labels_east_slavic.txt``), the step reads the kind, the author and the locator
from the text and drops the title the tagger made of the words.
"""

from __future__ import annotations

import functools
import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.model import CitationKind
from citekit.normalize._person import parse_names
from citekit.normalize._text import hyphen_range, opens_cyrillic, squash
from citekit.normalize.backref import IBID_FORMS, OPCIT_FORMS, forms_pattern
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables
from citekit.normalize.cyrillic_pinpoint import east_slavic_label_alternatives, east_slavic_labels

_CYRILLIC_RE = lazy_compile(r"[а-яёіїєґ]")


@functools.cache
def _shape() -> re.Pattern[str]:
    """Names (optional), a Cyrillic back-reference form, a labelled pinpoint (optional)."""
    ibid = forms_pattern(tuple(form for form in IBID_FORMS if _CYRILLIC_RE.search(form)))
    opcit = forms_pattern(tuple(form for form in OPCIT_FORMS if _CYRILLIC_RE.search(form)))
    labels = east_slavic_label_alternatives()
    return re.compile(
        r"^(?P<names>[^\d.]*[А-ЯЁІЇЄҐ]\.(?:\s?[А-ЯЁІЇЄҐ]\.)?,?\s)?"
        rf"(?:(?P<ibid>{ibid})|(?P<opcit>{opcit}))\.?,?"
        rf"(?:\s(?P<label>{labels})\s?(?P<pin>\d[\w]*(?:\s?[-–]\s?\d[\w]*)?(?:\s(?:об|зв)\.)?))?\.?$",
        re.I,
    )


#: the variables the tagger's reading of the words may have made
_MISREAD = ("title", "title-short", "container-title", "collection-title", "issued", "genre", "note",
            "volume", "page", "publisher", "publisher-place")


class EastSlavicBackRef(Normalizer):
    """"Хлевнюк О. В. Указ. соч. С. 88" -> kind ``op-cit``, the author, the locator."""

    name: ClassVar[str] = "east-slavic-backref"
    code: ClassVar[str] = "P145"
    keys: ClassVar[tuple[str, ...]] = ("kind", "author", "locator", "label", *_MISREAD)
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if len(sequence) > 6 or not opens_cyrillic(sequence):
            return  # (almost every reference: longer, or opening with no Cyrillic letter)
        text = " ".join(text for label, text in sequence if label != "signal")
        if len(text) > 90 or not ("соч" in text or "прац" in text or "Там " in text):
            return  # (almost every reference: none of the Cyrillic back-reference words)
        m = _shape().match(squash(text))
        if m is None:
            return
        item = state.item
        drop_variables(item, _MISREAD)
        kind: CitationKind = "ibid" if m["ibid"] else "op-cit"
        state.kind = kind
        names = parse_names(m["names"].strip(" ,"))[0] if m["names"] else []
        if names:
            item["author"] = names
        else:
            item.pop("author", None)
        if m["pin"]:
            state.locator = hyphen_range(m["pin"])
            state.label = east_slavic_labels().get(m["label"], "page")
