"""Cases of the European courts named by their number first: "Case C-6/64 Costa v ENEL [1964] ECR 585".

OSCOLA and the Court of Justice's own style put the case number before the parties: "Case 26/62 Van
Gend en Loos [1963] ECR 1", "Joined Cases C-46/93 and C-48/93 Brasserie du Pêcheur [1996] ECR I-1029",
"Case T-201/04 Microsoft v Commission".  The tagger keeps the number in the title, and a title with
no "v" in it and a report after it reads as an article.  The number identifies the case (CSL
``number``, as a docket number does), the parties are the ``title``, and the item is a
``legal_case``; the part of the European Court Reports goes with the first page ("ECR I-1029": page
"I-1029").  The note opening with "Case" or "Joined Cases" is the cheap test; runs before type
inference, which keeps the type.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import squash
from citekit.normalize.base import Context, ItemState, Normalizer

_CASE_NUMBER = r"(?:[CTF]-)?\d{1,4}/\d{2}(?:\s?P)?"
_NUMBERED_CASE_RE = lazy_compile(
    rf"^(?:Joined\s+)?Cases?\s+(?P<number>{_CASE_NUMBER}(?:(?:,\s*|\s+(?:and|&|to)\s+){_CASE_NUMBER})*),?\s+"
    r"(?P<name>[A-ZÀ-Þ'‘“].{1,200}?)[\s,]*$"
)

_NUMBERS_ALONE_RE = lazy_compile(
    rf"^(?:Joined\s+)?Cases?\s+(?P<number>{_CASE_NUMBER}(?:(?:,\s*|\s+(?:and|&|to)\s+){_CASE_NUMBER})*)[,.]?$"
)
#: the part of the European Court Reports before the page: "ECR I-", "ECR II-"
_REPORT_PART_RE = lazy_compile(r"\s(?P<part>I{1,2})-$")


class EuCase(Normalizer):
    """"Case C-6/64 Costa v ENEL" -> ``legal_case`` with ``number`` "C-6/64" and ``title`` "Costa v ENEL"."""

    name: ClassVar[str] = "eu-case"
    code: ClassVar[str] = "P142"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "title", "title-short", "number", "author", "language", "container-title", "page", "locator", "label",
    )
    inputs: ClassVar[frozenset[str] | None] = frozenset({"title", "author"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        title = str(item.get("title") or "")
        authors = state.spans.get("author")
        head = authors[0] if authors and state.sequence[0][0] == "author" else title
        if head[:4] not in ("Case", "Join") or item.get("type") in ("legislation", "treaty") or "number" in item:
            return  # (no case number opens the note: most references stop here)
        if head is title:
            m = _NUMBERED_CASE_RE.match(title)
            if m is None:
                return
            number, name = m["number"], m["name"]
        else:  # "Joined Cases C-46/93 and C-48/93" read as the author, the parties as the title
            m = _NUMBERS_ALONE_RE.match(squash(head))
            if m is None or not title:
                return
            number, name = m["number"], title
        item["type"] = "legal_case"
        item["number"] = number
        item["title"] = name
        item.pop("title-short", None)
        item.pop("author", None)
        item.pop("language", None)  # (the parties' names tell nothing of the language)
        container = str(item.get("container-title") or "")
        if container.endswith("-") and state.label == "page" and str(state.locator or "").isdigit() and "page" not in item:
            # "[1996] ECR I-1029": the part of the Reports and the first page, split by the tagger
            part = _REPORT_PART_RE.search(container)
            if part:
                item["container-title"] = container[: part.start()]
                item["page"] = f"{part['part']}-{state.locator}"
                state.locator = state.label = None
