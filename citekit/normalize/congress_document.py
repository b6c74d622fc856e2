"""A report, a document or a hearing of the United States Congress: "Report of the Joint Committee on
Reconstruction, H.R. Rep. No. 30, 39th Cong., 1st Sess. (1866), 7", "U.S. Congress, Senate, Committee on Foreign
Relations, Hearings on the North Atlantic Treaty, 81st Cong., 1st sess., 1949, pt. 1, 61", "H. Exec. Doc. No. 1,
40th Cong., 2d sess. (1867), serial 1324, 45".

Chicago and the Bluebook cite a congressional paper by its issuing body (when named), its title, its number in
the House's or the Senate's series, the Congress and session, the year, the Serial Set volume or the part, and
the page.  The tagger reads the body, the title and the number as one span, the session as the title, the part
and the page as one locator.  The shape is fixed, so the step reads the whole text: the body (``author``, a
literal), the ``title``, the number (``number``), the Congress and session (``chapter-number``, as the
congress-debate step keeps it), the year (``issued``), the Serial Set volume (``collection-title`` "Serial Set",
``collection-number``), the part (``custom.part``) and the page cited (the locator).  A hearing is a
``hearing``, the rest a ``report``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._text import squash, take_whole_note
from citekit.normalize.base import Context, ItemState, Normalizer

#: the body: "U.S. Congress, Senate, Committee on Foreign Relations", "House Committee on Un-American Activities"
_BODY = (
    r"(?:(?:U\.\s?S\.|United\sStates),?\s)?(?:Congress|House(?:\sof\sRepresentatives)?|Senate)"
    r"(?:,\s(?:House(?:\sof\sRepresentatives)?|Senate|(?:Joint\s|Select\s|Special\s)?(?:Sub)?[Cc]ommittee\s[^,]{3,80}))*"
    r"|(?:House|Senate|Joint|Select|Special)\s(?:Select\s|Special\s)?(?:Sub)?[Cc]ommittee\son\s[^,]{3,80}"
)
#: the number in a chamber's series: "H.R. Rep. No. 30", "S. Doc. 62", "H. Exec. Doc. No. 1", "S. Rep. No. 93-1",
#: "House Report 30", "Senate Executive Document 13"
_NUMBER = (
    r"(?:H\.\s?R\.|H\.|S\.|House|Senate)\s(?:Exec\.\s|Misc\.\s|Executive\s|Miscellaneous\s)?"
    r"(?:Rep\.|Doc\.|Report|Document)\s(?:No\.\s)?\d{1,4}(?:-\d{1,4})?"
)
_SESSION = r"\d{1,3}(?:st|nd|rd|th|d)\sCong(?:\.|ress),\s\d(?:st|nd|rd|th|d)\s[Ss]ess(?:\.|ion)"
_PAPER_RE = lazy_compile(
    rf"^(?:(?P<body>{_BODY}),\s)?(?:(?P<title>[A-Z][^()]{{3,200}}?),\s)??(?:(?P<number>{_NUMBER}),\s)?"
    rf"(?P<session>{_SESSION})"
    r"(?:,\s(?P<year>1[789]\d\d|20\d\d)|\s\((?P<pyear>1[789]\d\d|20\d\d)\))?"
    r"(?:,\s[Ss]erial\s(?:[Ss]et\s)?(?P<serial>\d{3,5}))?(?:,\s(?:pt\.|part)\s(?P<part>\d{1,2}))?"
    r"(?:,\s(?:p\.\s)?(?P<page>\d{1,5}(?:\s?[–-]\s?\d{1,5})?))?\.?$"
)
_OUTSIDE = ("signal",)


class CongressDocument(Normalizer):
    """"Body, Title, H.R. Rep. No. 30, 39th Cong., 1st sess. (1866), 7" -> a ``report`` or ``hearing`` of Congress."""

    name: ClassVar[str] = "congress-document"
    code: ClassVar[str] = "P212"
    keys: ClassVar[tuple[str, ...]] = (
        "type", "title", "title-short", "author", "editor", "container-title", "collection-title",
        "collection-number", "chapter-number", "number", "issued", "volume", "issue", "page", "publisher",
        "publisher-place", "custom", "kind", "locator", "label",
    )
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if not sequence or len(sequence) > 14:
            return
        raw = " ".join(span.strip() for label, span in sequence if label not in _OUTSIDE)
        # pre-test: a Congress and a session
        if "Cong" not in raw or "ess" not in raw:
            return
        text = squash(raw).strip()
        if " Cong" not in text:
            return
        m = _PAPER_RE.match(text)
        if m is None or not (m["title"] or m["number"]):
            return
        title = m["title"] or ""
        if title.startswith(("Congressional", "Cong.", "Annals", "Register")):
            return  # (a debate: the congress-debate step's)
        hearing = title.startswith(("Hearing", "Hearings")) or ": Hearings" in title
        if not m["body"] and not m["number"] and not hearing:
            return
        item: dict[str, Any] = {"type": "hearing" if hearing else "report"}
        if m["body"]:
            item["author"] = [{"literal": m["body"]}]
        if title:
            item["title"] = title
        if m["number"]:
            item["number"] = m["number"]
        item["chapter-number"] = m["session"]
        year = m["year"] or m["pyear"]
        if year:
            item["issued"] = {"date-parts": [[int(year)]]}
        if m["serial"]:
            item["collection-title"] = "Serial Set"
            item["collection-number"] = m["serial"]
        if m["part"]:
            item["custom"] = {"part": m["part"]}
        take_whole_note(state, item, m["page"])
