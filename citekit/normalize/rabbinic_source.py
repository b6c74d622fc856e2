"""A rabbinic source cited by its standard numbering: "b. Shabbat 31a", "BT Sanh. 37a–b", "y. Berakhot 2:4",
"m. Avot 1:1", "t. Sukkah 4:6", "bSchab 31a" (German), "Babylonian Talmud, Bava Metsiʿa 59b", "Genesis Rabbah
44:1", "Maimonides, Mishneh Torah, Hilkhot Teshuvah 3:4", "Shulḥan ʿArukh, Oraḥ Ḥayyim 128:1".

Like a verse of the Bible such a note names no edition: the tractate's folio, the chapter and paragraph, or a
code's section with its numbering find the place in any, so the citation is complete by convention (kind
``full``).  The tagger, which has seen none of these, reads them as a locator, a volume or a person.  When the
whole reference (a signal aside) has one of these shapes the step reads it from the text, as a ``classic``,
with the grammar the extractor shares (:mod:`citekit.normalize._rabbinic`, which says the convention):

* a tractate after the siglum or name of its corpus: the tractate's canonical name ("Sanh." -> "Sanhedrin") is
  the ``title``, the corpus spelled out ("Babylonian Talmud", "Jerusalem Talmud", "Mishnah", "Tosefta") its
  ``container-title``, a folio ("31a", "37a-b") the locator with label ``folio``, a chapter and paragraph
  ("2:4") the locator with label ``section``;
* a work of midrash ("Genesis Rabbah", "Sifre Deuteronomy", "Zohar"): the ``title``, its numbering (with a
  named section: "Sifra, Qedoshim 4:12") the locator (label ``section``);
* a code ("Mishneh Torah", "Shulḥan ʿArukh", "Arbaʿah Turim"), perhaps after its author: the ``title``, and
  the section with its numbering the locator ("Hilkhot Teshuvah 3:4", label ``section``).

Anything else in the reference leaves the entry alone.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.normalize._rabbinic import read_rabbinic
from citekit.normalize._text import squash
from citekit.normalize.base import Context, ItemState, Normalizer

#: labels that hold no part of the reference's shape
_OUTSIDE = ("punct", "signal")


class RabbinicSource(Normalizer):
    """"b. Shabbat 31a", "m. Avot 1:1", "Genesis Rabbah 44:1", "Shulḥan ʿArukh, Oraḥ Ḥayyim 128:1" -> a
    ``classic`` with its ``title`` (and corpus, author), the numbering as the locator."""

    name: ClassVar[str] = "rabbinic-source"
    code: ClassVar[str] = "P190"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "title", "title-short", "container-title", "author", "editor", "translator", "kind", "locator",
        "label", "volume", "issue", "page", "publisher", "publisher-place", "issued", "collection-title",
        "collection-number", "language",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        # pre-test: a short reference whose last span closes with a folio ("31a"), a chapter and paragraph
        # ("2:4") or the Yerushalmi's folio in parentheses ("4,1 (7c)"), or a number alone in a reference of
        # two spans at most ("Sifre Deuteronomy" + "343")
        if not sequence or len(sequence) > 6:
            return
        last = sequence[-1][1].rstrip(" .;")
        if last.endswith(")") and last[-2:-1] in tuple("abcd"):
            last = last[:-1]
        if not last or last[-1] not in "0123456789abcd" or not any(ch.isdigit() for ch in last[-4:]):
            return
        if last[-1] not in "abcd" and ":" not in last and len(sequence) > 2:
            return
        text = squash(" ".join(span for label, span in sequence if label not in _OUTSIDE)).strip()
        found = read_rabbinic(text)
        if found is None:
            return
        state.item = found.item()
        state.kind = "full"
        state.locator, state.label = found.locator, found.label
