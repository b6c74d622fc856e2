"""A book's title read as its volume: "Ránki György (szerk.):" + "Magyarország története 1918–1919, 1919–1945."
+ "Budapest, …".

A title that holds years ("1918–1919, 1919–1945") after an editor's name can be tagged as a volume; the volume
step then reads the years as a volume and an issue, and the book has no title.  With no title read, a volume
span of words (two or more words of three letters or more, no volume word before them) between the names
and the imprint's place or publisher is the ``title``; the volume and issue read from it go.
"""

from __future__ import annotations

import re
from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import clean_title, put_title

_WORD_RE = lazy_compile(r"[^\W\d_]{3,}")
#: a volume's own word opening the span: "vol. 2", "Bd. 3", "t. II", "köt. 2", "tom 4" …
_VOLUME_WORD_RE = lazy_compile(r"^(?:vols?|bd|bde|t|tom|tomo|tome|köt|knj|sv|dl|deel|cz|part|pt|book|bk|band)\b\.?", re.I)
_BEFORE = frozenset({"author", "editor", "translator"})
_IMPRINT = frozenset({"location", "publisher"})


class TitleReadAsVolume(Normalizer):
    """No title, "Magyarország története 1918–1919, 1919–1945." read as the volume -> ``title``."""

    name: ClassVar[str] = "title-read-as-volume"
    code: ClassVar[str] = "P208"
    keys: ClassVar[tuple[str, ...]] = ("title", "title-short", "volume", "issue")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"volume"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        volumes = state.spans.get("volume", ())
        if "title" in item or "container-title" in item or len(volumes) != 1 or "title" in state.spans:
            return
        span = volumes[0].strip(" ,.;:")
        if len(_WORD_RE.findall(span)) < 2 or _VOLUME_WORD_RE.match(span):
            return
        labels = [(label, text) for label, text in state.sequence if label != "punct"]
        at = next((i for i, (_, text) in enumerate(labels) if text is volumes[0]), None)
        if at is None or at == 0 or labels[at - 1][0] not in _BEFORE or at + 1 >= len(labels) or (
            labels[at + 1][0] not in _IMPRINT
        ):
            return  # (only between the names and the imprint: "Editor (szerk.):" + title + "Budapest, …")
        title = clean_title(volumes[0])
        if not title:
            return
        put_title(item, title)
        item.pop("volume", None)
        if "issue" not in state.spans:
            item.pop("issue", None)
