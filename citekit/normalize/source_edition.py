"""A medieval or patristic source in a series of editions, named by its editors: "Einhard, Vita Karoli
Magni, ed. Oswald Holder-Egger, MGH SS rer. Germ. 25 (Hanover, 1911), c. 24", "Alcuin, Epistolae, ed.
Ernst Dümmler, MGH Epp. 4 (Berlin, 1895), no. 41, p. 84", "Regino von Prüm, Chronicon, hg. von Friedrich
Kurze (MGH SS rer. Germ. 50), Hannover 1890, S. 110", "Gregory the Great, Moralia in Iob, ed. Marc Adriaen,
CCSL 143 (Turnhout, 1979), 1.2".

The tagger reads the series' siglum ("MGH SS rer. Germ.") as the end of the title, as an editor or as
a publisher, and its number as the volume; the author known by one name ("Gregory the Great") it leaves in
the title.  The step reads the whole text in the fixed order of these notes (source, role word, editors,
series and number, imprint, pinpoint) and writes the source's ``author`` and ``title``, its editors
(translators after "ed. and trans."), the series as ``collection-title`` and ``collection-number``, the
imprint and the pinpoint.  A note with no listed series is left to the other steps.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_names
from citekit.normalize._text import expand_dashed_range, whole_text
from citekit.normalize.base import Context, ItemState, Normalizer, drop_variables

#: the series of editions of medieval and patristic sources, by siglum or name
SOURCE_SERIES = (
    r"MGH\s(?:SS(?:\srer\.\s(?:Germ|Merov|Lang)\.(?:\sN\.\s?S\.)?)?|Capit\.(?:\sepisc\.)?|Conc\.|"
    r"DD(?:\s[A-Z][a-z]+\.)?|Epp\.(?:\ssel\.)?|Poetae|LL|Auct\.\sant\.|Necr\.|Fontes\siuris|QQ\sGeistesgesch\.)"
    r"|CCSL|CCCM|CCSG|CSEL|CSCO|Sources\schrétiennes|SC|Rolls\sSeries|RS"
)
_YEAR = r"(?:1[5-9]|20)\d\d(?:[–-]\d{1,4})?"
_ROLE = r"ed\.\sand\strans\.|ed\.\sby|ed\.|hg\.\svon|hrsg\.\sv(?:on|\.)|éd\.(?:\set\strad\.)?|a\scura\sdi"
_NOTE_RE = lazy_compile(
    rf"^(?P<head>[^()]+?),?\s(?:(?P<role>{_ROLE})\s(?P<editors>[^()]+?),?\s)?"
    r"(?:(?P<vols>\d{1,2})\svols\.?,?\s)?"
    rf"(?P<open>\()?(?P<series>{SOURCE_SERIES})(?:\s(?P<number>\d{{1,3}}[A-Z]?(?:\.\d{{1,2}})?))?(?(open)\)),?\s"
    rf"(?:\((?P<place>[A-Z][^():,\d]+?)(?::\s(?P<publisher>[^():,]+?))?,?\s(?P<year>{_YEAR})\)"
    rf"|(?P<bare_place>[A-Z][^():,\d]+?),?\s(?P<bare_year>{_YEAR}))"
    r"(?:,?\s(?P<pin>[^()]+?))?\.?$"
)
#: the words one of which a note in such a series holds (the step's pre-test)
_SERIES_WORDS = ("MGH ", "CCSL", "CCCM", "CCSG", "CSEL", "CSCO", "SC ", "Sources chrétiennes", "Rolls Series", "RS ")
#: the series' volume cited alone, as the edition's text is ("MGH Capit. 1, no. 33, p. 92"): a chapter in it
_BARE_RE = lazy_compile(rf"^(?P<series>{SOURCE_SERIES})\s(?P<volume>\d{{1,3}}),?\s(?P<pin>[^()]+?)\.?$")
#: a pinpoint of such a note: the page last ("no. 41, p. 84"), a chapter ("c. 24"), a book and chapter ("2.13")
_PIN_RE = lazy_compile(
    r"(?:^|,\s)(?:(?P<page_word>p|pp|S)\.\s(?P<page>\d+(?:\s?[–-]\s?\d+)?)"
    r"|(?P<column_word>col|cols)\.\s(?P<column>\d+(?:\s?[–-]\s?\d+)?)"
    r"|c\.\s(?P<chapter>\d+)|no\.\s(?P<number>\d+)|(?P<section>\d{1,2}\.\d{1,3}(?:\.\d{1,3})?)"
    r"|(?P<bare>\d+(?::\d+)?(?:\s?[–-]\s?\d+)?))$"
)
#: the first part of a source's heading that names its author: a name with "of", "von", "di", "the" …
_AUTHOR_HEAD_RE = lazy_compile(
    r"^[A-Z][\w’'-]+(?:\s(?:[A-Z][\w’'.-]+|of|von|van|de|di|da|du|le|la|the|der|die|il))*$"
)
_AUTHOR_LINK_RE = lazy_compile(r"\s(?:of|von|di|da|de|du|the|le|il|der)\s[A-Z]")
#: what the earlier steps may have read from such a note
_READ_BEFORE = (
    "author", "editor", "translator", "title", "title-short", "container-title", "collection-title",
    "collection-number", "volume", "issue", "publisher", "publisher-place", "issued", "number-of-volumes", "page",
)


def _split_head(head: str, state: ItemState) -> tuple[str | None, str]:
    """The source's heading as (author, title): the author the tagger read when the heading opens with it,
    or a first part that reads as a medieval author's name ("Gregory the Great", "Liutprando di Cremona")."""
    first, comma, rest = head.partition(", ")
    if not comma:
        return None, head
    authors = state.spans.get("author")
    if authors and authors[0].strip().rstrip(",").strip() == first:
        return first, rest
    if _AUTHOR_HEAD_RE.match(first) and (_AUTHOR_LINK_RE.search(first) or " " not in first) and len(first) <= 40:
        return first, rest
    return None, head


def _read_pin(pin: str) -> tuple[str, str] | None:
    """The locator and its label of a pinpoint the step knows; None for the others ("s.a. 788")."""
    m = _PIN_RE.search(pin)
    if m is None:
        return None
    if m["page"]:
        return expand_dashed_range(m["page"]), "page"
    if m["column"]:
        return expand_dashed_range(m["column"]), "column"
    if m["chapter"]:
        return m["chapter"], "chapter"
    if m["number"]:
        return m["number"], "number"
    if m["section"]:
        return m["section"], "section"
    return (m["bare"], "page") if m.start() == 0 else None


class SourceEdition(Normalizer):
    """"Source, ed. Editors, MGH SS rer. Germ. 25 (Place, 1911), c. 24" -> a ``book`` in its series."""

    name: ClassVar[str] = "source-edition"
    code: ClassVar[str] = "P176"
    keys: ClassVar[tuple[str, ...]] = ("type", *_READ_BEFORE, "kind", "locator", "label")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        full = whole_text(state.sequence, state.derived)
        # pre-test: a series' siglum or name ("MGH", "CCSL", "CSEL", "SC", "Sources chrétiennes", "Rolls Series")
        if len(full) > 300 or not any(word in full for word in _SERIES_WORDS):
            return
        m = _NOTE_RE.match(full)
        if m is None:
            self._series_volume(state, full)
            return
        author, title = _split_head(m["head"], state)
        editors, _ = parse_names(m["editors"]) if m["editors"] else ([], False)
        if not title or not (editors or author):
            return
        item = state.item
        drop_variables(item, _READ_BEFORE)
        item.pop("type", None)
        state.item = item = {"type": "book", **item}
        if author:
            authors, _ = parse_names(author) if " " not in author or not _AUTHOR_LINK_RE.search(author) else (
                [{"literal": author}], False)
            item["author"] = authors
        item["title"] = title.strip()
        role = m["role"] or ""
        if editors:
            item["editor"] = editors
        if editors and ("trans" in role or "trad" in role):
            item["translator"] = [dict(name) for name in editors]
        item["collection-title"] = " ".join(m["series"].split())
        if m["number"]:  # ("MGH SS rer. Lang." has one volume)
            item["collection-number"] = m["number"]
        if m["vols"]:
            item["number-of-volumes"] = m["vols"]
        place = m["place"] or m["bare_place"]
        item["publisher-place"] = place.strip()
        if m["publisher"]:
            item["publisher"] = m["publisher"].strip()
        years = [int(part) for part in re.split(r"[–-]", m["year"] or m["bare_year"])]
        if len(years) == 2 and years[1] < 100:
            years[1] += years[0] - years[0] % (10 ** len(str(years[1])))
        item["issued"] = {"date-parts": [[year] for year in years]}
        if m["pin"]:
            pin = _read_pin(m["pin"].strip())
            if pin is not None:
                state.locator, state.label = pin
        state.kind = "full"

    def _series_volume(self, state: ItemState, full: str) -> None:
        """"MGH Capit. 1, no. 33, p. 92": the series as the container, its volume and the pinpoint."""
        if not full.startswith("MGH ") or (m := _BARE_RE.match(full)) is None or (pin := _read_pin(m["pin"])) is None:
            return
        item = state.item
        drop_variables(item, _READ_BEFORE)
        item.pop("type", None)
        state.item = item = {"type": "chapter", **item}
        item["container-title"] = " ".join(m["series"].split())
        item["volume"] = m["volume"]
        state.locator, state.label = pin
        state.kind = "full"
