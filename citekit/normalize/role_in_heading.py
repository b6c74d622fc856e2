"""An editor's mark read into the wrong span of a book's heading: "Israel Halpern, ed., Pinkas Vaʿad Arbaʿ Aratsot
(Jerusalem: …)" (the editor named first, "ed." after the name) and "Sefer Lutsk, ed. Nathan Livneh (Tel Aviv:
…)" (a book with no author, a memorial book or a collection, named first and its editor after it).

The tagger reads the first as an author whose title opens with "ed., " and the second as one editor span
"Sefer Lutsk, ed. Nathan Livneh", in which the names step finds two people.  The step puts the first's
people among the ``editor``s and takes "ed., " off the title; of the second it makes the part before ", ed."
the ``title`` and the names after it the editors, when no title was read and that part reads as no person
(a list of names or an inverted "Family, Given" stays as it is).  And "Name, ed., Title" read as one author
span ("Harold C. Syrett, ed., The Papers of Alexander Hamilton"): the title, which the names step read as a
person after the editor, becomes the ``title``.
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import given_names, is_initials, parse_names
from citekit.normalize._text import squash
from citekit.normalize.base import Context, ItemState, Normalizer
from citekit.normalize.title import put_title

#: "ed., " / "eds., " / "hrsg., " opening the title
_ROLE_OPENING_RE = lazy_compile(r"^(?:eds?|hrsg|hg|éd|éds)\.,?\s(?P<title>\S.{1,250})$")
#: "Title, ed. Names" in one editor span
_TITLE_EDITOR_RE = lazy_compile(r"^(?P<title>[^,()]{2,120}),\s(?:ed\.|eds\.|edited\s+by|ed\.\sby)\s(?P<names>[^()]{2,120}?)[,.]?$")

#: "Names, ed., Title" in one author span
_NAMES_ROLE_TITLE_RE = lazy_compile(r"^(?P<names>[^()]{2,120}?),\s(?:eds?\.),\s(?P<title>[A-Z“\"][^()]{2,250}?)[,.]?$")
#: a word of a title, never of a person's name: "The Papers of Alexander Hamilton"
_TITLE_WORDS_RE = lazy_compile(r"^(?:The|A|An)\s|\s(?:of|and|the|in|on|for|to)\s")


def _names_first(text: str) -> bool:
    """Does ``text`` open with a person's name ("C. Manaresi", "François Bédarida and …"): the editors the
    role word names, not a title after it?"""
    words = text.split()
    return len(words) >= 2 and words[1][:1].isupper() and (
        is_initials(words[0]) or words[0].lower() in given_names()
    )


class RoleInHeading(Normalizer):
    """"Name, ed., Title" -> ``editor`` and ``title``; the editor span "Title, ed. Names" -> ``title`` and
    ``editor``."""

    name: ClassVar[str] = "role-in-heading"
    code: ClassVar[str] = "P196"
    keys: ClassVar[tuple[str, ...]] = ("author", "editor", "title", "title-short")
    inputs: ClassVar[frozenset[str] | None] = frozenset({"author", "editor"})

    def __call__(self, state: ItemState, ctx: Context) -> None:
        item = state.item
        title = item.get("title")
        if isinstance(title, str):
            # pre-test: the title opens with a role's abbreviation
            if title[:2] in ("ed", "hr", "hg", "éd") and "author" in item and "editor" not in item:
                m = _ROLE_OPENING_RE.match(title)
                if m is not None and not _names_first(m["title"]) and all(
                    len(name.get("family", "")) > 1 for name in item["author"]
                ):
                    item["editor"] = item.pop("author")
                    put_title(item, m["title"].strip())
            return
        authors = state.spans.get("author")
        if authors and len(authors) == 1 and "editor" in item and ", ed" in authors[0] and (
            heading := _NAMES_ROLE_TITLE_RE.match(squash(authors[0]).strip())
        ) and _TITLE_WORDS_RE.search(heading["title"]):
            # "Harold C. Syrett, ed., The Papers of Alexander Hamilton," in one author span: the names step read
            # the editor before "ed." and the title after it as a person
            item.pop("author", None)
            put_title(item, heading["title"].strip())
            return
        editors = state.spans.get("editor")
        if not editors or len(editors) != 1 or "author" in state.spans or ", ed" not in editors[0]:
            return
        m = _TITLE_EDITOR_RE.match(squash(editors[0]).strip())
        if m is None:
            return
        words = m["title"].split()
        if any(is_initials(w) for w in words) or (len(words) <= 3 and words[0].lower() in given_names()):
            return  # (a person: "John Smith, ed. Jane Doe" is two editors)
        names, _ = parse_names(m["names"])
        if not names:
            return
        item["editor"] = names
        put_title(item, m["title"].strip())
