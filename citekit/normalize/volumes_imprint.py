"""A work in several volumes with the volume and page cited after its imprint: "Simon Dubnow, History of the
Jews in Russia and Poland, trans. I. Friedlaender, 3 vols. (Philadelphia: Jewish Publication Society of America,
1916–20), 1:45", "Jacob Emden, Sheʾelat Yaʿavets, 2 vols. (Altona, 1739–59), 1:41".

Chicago's form for a multi-volume work closes with "N vols. (Place: Publisher, first year–last year), vol:page".
The tagger reads the year range with the pinpoint as a volume, a translator's "trans." as a journal, the
title as a container.  When the imprint and the date are missing from what the steps before read, and the
whole text closes with that shape, the step reads it from the text: the ``number-of-volumes``, the
``publisher-place``, ``publisher`` and ``issued`` (a range), the translator or editor before "N vols.", the
title (after the author read before) and the "vol:page" pinpoint (the locator, label ``page``, as the other
tables keep it).
"""

from __future__ import annotations

from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_names
from citekit.normalize._text import expand_dashed_range, squash
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import put_title

_TAIL_RE = lazy_compile(
    r"(?:,\s(?P<role>trans\.|ed\.|eds\.|edited\sby|translated\sby)\s(?P<names>[^,()]{2,80}?))?"
    r",\s(?P<vols>\d{1,2})\svols\.?\s\((?P<place>[A-Z][^:(),\d]{1,40}?(?:,\s(?:[A-Z]{2}|D\.\s?C\.|[A-Z][a-z]{1,4}\.))?)(?::\s(?P<publisher>[^()]{2,80}?))?,\s"
    r"(?P<first>1[4-9]\d\d|20\d\d)(?:\s?[–-]\s?(?P<last>\d{2,4}))?\)"
    r"(?:,\s(?P<pin>\d{1,2}:\d{1,4}(?:\s?[–-]\s?\d{1,4})?))?"
    # (a language's mark may close the note: "…, 2:88 (Yiddish).")
    r"(?:\s[(\[](?:in\s)?[A-Z][a-z]{2,14}[)\]])?\.?$"
)
_OUTSIDE = ("punct", "signal")
#: "…, 8 vols. (New Brunswick, NJ: Rutgers University Press, 1953–55), 4:316–18": the years closing the
#: imprint (perhaps read before), then the volume and the pages
_COLLECTION_PIN_RE = lazy_compile(
    r"^\(?(?:(?P<first>1[4-9]\d\d|20\d\d)(?:\s?[–-]\s?(?P<last>\d{2,4}))?\),\s)?"
    r"(?P<volume>\d{1,2})\s?:\s?(?P<pages>\d{1,4}(?:\s?[–-]\s?\d{1,4})?)\.?$"
)
#: a translation in square brackets closing the title
_TRANSLATION_END_RE = lazy_compile(r"\s\[[^\[\]]{2,150}\]$")


def _text_of_last(state: ItemState) -> str:
    """The last span that is not punctuation or a note (where a "vol:page" pinpoint stands)."""
    for label, text in reversed(state.sequence):
        if label not in ("punct", "note"):
            return text
    return ""


class VolumesImprint(Normalizer):
    """"…, N vols. (Place: Publisher, 1916–20), 1:45" -> volumes, imprint, date range and pinpoint."""

    name: ClassVar[str] = "volumes-imprint"
    code: ClassVar[str] = "P197"
    keys: ClassVar[tuple[str, ...]] = (
        "title", "title-short", "container-title", "translator", "editor", "number-of-volumes", "publisher-place",
        "publisher", "issued", "original-date", "volume", "issue", "page", "locator", "label",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        if "container-title" in item and ":" in (last := _text_of_last(state)) and _in_collection(state, last):
            return
        # pre-test: "vols" in a span, and the imprint, the date or a "vol:page" pinpoint missing
        if not any("vols" in text for _, text in state.sequence) or (
            "issued" in item and "publisher-place" in item and (state.locator is not None or ":" not in _text_of_last(state))
        ):
            return
        text = squash(" ".join(span for label, span in state.sequence if label not in _OUTSIDE)).strip()
        m = _TAIL_RE.search(text)
        if m is None:
            return
        head = _TRANSLATION_END_RE.sub("", text[: m.start()])  # (a title's translation: "Gushi bian [Debates …]")
        names = state.spans.get("author") or state.spans.get("editor")
        title = item.get("title")
        if not title:
            if not names or not head.startswith(names[0].strip()):
                return
            title = head[len(names[0].strip()):].strip(" ,")
            if not title:
                return
        elif not head.endswith(title.rstrip(".")):
            return  # (the title read before is not the part before the volumes: not this shape)
        changes: dict[str, Any] = {"number-of-volumes": m["vols"], "publisher-place": m["place"].strip()}
        if m["publisher"]:
            changes["publisher"] = m["publisher"].strip()
        years = [int(m["first"])]
        if m["last"]:
            last = m["last"]
            years.append(int(m["first"][: 4 - len(last)] + last))
        changes["issued"] = {"date-parts": [[year] for year in years]}
        if m["role"]:
            people, _ = parse_names(m["names"])
            if not people:
                return
            changes["editor" if m["role"].startswith("ed") else "translator"] = people
            if item.get("container-title", "").startswith(("trans", "ed")):
                item.pop("container-title")
        for key in ("volume", "issue", "page"):
            item.pop(key, None)
        if item.get("container-title") == title:
            item.pop("container-title")
        put_title(item, title)
        item.update(changes)
        if m["pin"]:
            volume, _, pages = m["pin"].replace(" ", "").partition(":")
            state.locator, state.label = f"{volume}:{expand_dashed_range(pages)}", "page"


def _in_collection(state: ItemState, last: str) -> bool:
    """A letter, speech or chapter "in" a collection of volumes, cited "…, in Collected Works, ed. X, 8 vols.
    (Place: Publisher, 1953–55), 4:316–18" or "… (Place: Publisher, 1992), 2:399".  The collection's years are
    the ``issued`` (a letter's own day, read before as that, its ``original-date``).  The volume and a page
    are the locator ("2:399", as the tables keep a volume's page); a range is the work's own extent in the
    volume (``volume`` 4, ``page`` 316-318), as a chapter's range after its imprint is.  Neither is a
    journal's volume and issue.  True when read so."""
    m = _COLLECTION_PIN_RE.match(last.strip())
    if m is None:
        return False
    item = state.item
    container = item.get("container-title")
    if not isinstance(container, str) or not ("publisher" in item or "publisher-place" in item) or not any(
        f"in {container}" in text or f"In {container}" in text or text.lstrip()[:3] in ("in ", "In ")
        for label, text in state.sequence if label in ("container-title", "title")
    ):
        return False  # (a work "in" a collection: not a journal's volume and issue, nor a role read as one)
    if not m["first"]:
        before = [text for label, text in state.sequence if label not in ("punct", "note")][-2:-1]
        if not before or before[0].rstrip(" ,")[-1:] != ")":
            return False  # (the imprint's bracket closes right before the volume and page)
    if m["first"]:
        years = [int(m["first"])]
        if m["last"]:
            years.append(int(m["first"][: 4 - len(m["last"])] + m["last"]))
        issued = item.get("issued")
        if isinstance(issued, dict) and len((issued.get("date-parts") or [[]])[0]) == 3 and "original-date" not in item:
            item["original-date"] = item.pop("issued")
        if "issued" not in item:
            item["issued"] = {"date-parts": [[year] for year in years]}
    pages = expand_dashed_range(m["pages"].replace(" ", ""))
    for key in ("issue", "volume"):
        item.pop(key, None)
    if "-" in pages:
        # a range is the work's own extent in that volume, as after a chapter's bracketed imprint
        item["volume"], item["page"] = m["volume"], pages
        if state.locator is not None and state.locator.replace(" ", "").endswith(pages):
            state.locator = state.label = None
        return True
    if item.get("page") == pages:
        del item["page"]
    state.locator, state.label = f"{m['volume']}:{pages}", "page"
    return True
