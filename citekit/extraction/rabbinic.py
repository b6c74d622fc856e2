"""References to rabbinic literature by its standard divisions, complete citations on their own.

A note in Jewish studies cites the Talmuds by tractate and folio ("b. Sanhedrin 37a", "BT Sanh. 37a"),
the Mishnah and the Tosefta by chapter and paragraph ("m. Avot 1:1"), a midrash by its chapter or pisqa
("Genesis Rabbah 8:5") and the codes by their section ("Maimonides, Mishneh Torah, Hilkhot Teshuvah 3:4"),
with no author, title page or imprint -- as a verse of scripture is cited.  The grammar, and the convention
(the work -- the tractate in its corpus, the midrash, the code -- is the entry, the place in it the
locator), are the parser's (:mod:`citekit.normalize._rabbinic`): a note's rabbinic source makes the entry the
parser would make of it, so "b. Sanh. 37a" and "b. Sanhedrin 37b" cite one work.
"""

from __future__ import annotations

from citekit.normalize._rabbinic import (
    RabbinicCitation,
    rabbinic_identity,
    rabbinic_spans,
    read_rabbinic,
)

__all__ = ["RabbinicCitation", "rabbinic_identity", "rabbinic_in_text", "rabbinic_reference"]


def rabbinic_reference(text: str) -> RabbinicCitation | None:
    """The work and place if ``text`` is a rabbinic reference by its standard divisions and nothing else
    (``.item()`` is the work's entry, ``.locator`` and ``.label`` the place, ``.at`` where it starts)."""
    return read_rabbinic(text)


def rabbinic_in_text(text: str) -> list[tuple[int, int]]:
    """Spans of the Talmud, Mishnah and Tosefta references a sentence makes in passing."""
    return rabbinic_spans(text)
