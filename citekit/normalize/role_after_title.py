"""A role word closing the title, its names read as a container: "Osmanlı Kültürü ve Gündelik Yaşam, çev." +
"Elif Kılıç" + "(İstanbul: …)", "Tārīh-i Naʿīmā, haz." + "Mehmet İpşirli" + "(Ankara: …)".

A book's translator or editor follows its title ("…, trans. X", Turkish "çev. X", "haz. X"); when the
tagger ends the title span after the role word, it reads the names as the container of a chapter.  When
the title ends in such a word and the container-title after it, right before a bracketed imprint, is a
list of people, the step gives them their role: ``translator`` or ``editor``, the container gone (type
inference, which comes later, then finds a book).
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import looks_corporate, parse_names
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import put_title

#: the role word closing the title (its stop already gone): "…, çev", "…, trans", "…, haz", "…, ed"
_ROLE_END_RE = lazy_compile(
    r",\s(?:(?P<translator>çev|trans|tr|übers|trad)|(?P<editor>haz|yay\.\shaz|ed|hrsg|éd))\.?$"
)
_IMPRINT = frozenset({"location", "publisher", "date"})
#: "1:234" after the imprint: the volume and the page cited
_VOLUME_PAGE_RE = lazy_compile(r"^\s*(?P<volume>\d{1,2})\s?:\s?(?P<page>\d{1,4})[.,;]?\s*$")


class RoleAfterTitle(Normalizer):
    """"Title, çev." + container "Names" + "(Place: …)" -> ``translator`` (or ``editor``), no container."""

    name: ClassVar[str] = "role-after-title"
    code: ClassVar[str] = "P155"
    keys: ClassVar[tuple[str, ...]] = (
        "title", "title-short", "container-title", "translator", "editor", "volume", "issue", "locator", "label",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"container-title"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        title, container = item.get("title"), item.get("container-title")
        if not isinstance(title, str) or not isinstance(container, str) or title[-8:].find(", ") < 0:
            return  # (almost every reference: the title does not end in a role word)
        m = _ROLE_END_RE.search(title)
        if m is None or not _before_imprint(state):
            return
        role = "translator" if m["translator"] else "editor"
        names, _ = parse_names(container)
        if not names or role in item or looks_corporate(container) or any("literal" in name for name in names):
            return
        put_title(item, title[: m.start()].rstrip(" ,"))
        del item["container-title"]
        item[role] = names
        volumes = state.spans.get("volume", ())
        if state.locator is None and len(volumes) == 1 and (cited := _VOLUME_PAGE_RE.match(volumes[0])):
            # "…), 1:234": read as a journal's volume and issue while the names were a container
            item.pop("volume", None)
            item.pop("issue", None)
            state.locator, state.label = f"{cited['volume']}:{cited['page']}", "page"


def _before_imprint(state: ItemState) -> bool:
    """The container-title span comes right before a bracketed imprint."""
    sequence = [(label, text) for label, text in state.sequence if label != "punct"]
    for position, (label, _) in enumerate(sequence[:-1]):
        if label == "container-title":
            following, text = sequence[position + 1]
            return following in _IMPRINT and text.lstrip().startswith("(")
    return False
