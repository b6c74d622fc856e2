"""Chinese, Japanese and Korean sources cited by juan (kan, kwŏn) and page or leaf: "Shiji 史記 (Beijing:
Zhonghua shuju, 1959), 6.239", "Rizhi lu 日知錄 (Siku quanshu ed.), juan 13, 5a", "Zhu Xi, Wenji 75.13a",
"Sejong sillok 世宗實錄 40:12b", "Ibid., juan 4, 7b".

A dynastic history in its modern edition is cited by juan and page ("6.239", "24A.1117"); a traditional book,
a collected works or an encyclopaedia by juan and leaf, the leaf's side a or b ("75.12a–b", "juan 13, 5a").
The step reads four things the tagger cuts at random:

* the locator: a juan and a leaf ("juan 13, 5a", "j. 13, 5a", "kan 3, 12b", "12.3b", "40:12b") is a ``folio``,
  written "juan.leaf" ("13.5a") as the short forms write it; a juan and a page after the imprint ("…, 1959),
  6.239") left unlabelled is the page cited;
* the edition named in brackets after the title ("(Sibu congkan ed.)"), which the tagger leaves in the title:
  it is the ``edition``, and the note a full citation (it has no imprint but names its edition);
* a note of a romanised title (maybe after the author, maybe with its characters) and such a locator alone
  ("Shiji, 6.239", "Zhu Xi, Wenji 75.13a"): a short form, or a full citation when the title's characters are
  given (the characters come with a work's first citation).
"""

from __future__ import annotations

from typing import ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_one
from citekit.normalize._romanized import has_cjk, is_romanized, romanized_title, strip_cjk
from citekit.normalize._text import data_lines, hyphen_range, whole_text
from citekit.normalize.base import Context, ItemState, Normalizer

#: a juan and a leaf, or a juan and a page: "juan 13, 5a", "j. 4, 7b–8a", "75.12a–b", "40:12b", "6.239", "24A.1117"
_JUAN_LOCATOR = (
    r"(?:(?P<word>juan|chüan|ch'üan|j\.|kan|kwŏn|kwon|gwon)\s?(?P<juan1>\d{1,4}[A-Za-z]?),\s?(?P<leaf1>\d{1,4}[a-d])"
    r"|(?P<juan2>\d{1,4}[A-Z]?)(?P<sep>[.:])(?P<leaf2>\d{1,5}[a-d]?))"
    r"(?P<end>\s?[-–]\s?(?:\d{1,5}[a-d]?|[a-d]))?"
)
_LOCATOR_RE = lazy_compile(rf"^{_JUAN_LOCATOR}\.?$")
#: the locator closing a note after its imprint, left unlabelled: "…, 1959), 6.239."
_AFTER_IMPRINT_RE = lazy_compile(rf"\),\s{_JUAN_LOCATOR}\.?$")
#: a title (maybe after its author) and such a locator alone: "Shiji, 6.239", "Zhu Xi, Wenji 75.13a"
_TITLE_LOCATOR_RE = lazy_compile(
    rf"^(?:(?P<author>[A-Z][\w'’-]+\s[A-Z][\w'’-]+),\s)?(?P<title>[^,()\d]{{2,80}}?),?\s{_JUAN_LOCATOR}\.?$"
)
#: an edition named in brackets after the title: "… (Sibu congkan ed.)", "(SKQS edition)"
_BRACKETED_EDITION_RE = lazy_compile(r"\s\((?P<edition>[^():\d]{2,40}?\s(?:ed\.|edition))\)[,.]?$")
#: the same read as a note
_EDITION_NOTE_RE = lazy_compile(r"^\(?(?P<edition>[A-Z][^():\d]{1,40}?\s(?:ed\.|edition))\)?[,.]?$")


_SCRIPTURE: frozenset[str] | None = None


def scripture_words() -> frozenset[str]:
    """The names and abbreviations of the books of the Bible (``data/scripture_books.txt``), lower case, read once:
    "Hosea 2.3" reads like a romanised title and a juan."""
    global _SCRIPTURE
    if _SCRIPTURE is None:
        words: set[str] = set()
        for line in data_lines("scripture_books.txt"):
            name, _, abbreviations = line.partition("|")
            words.add(name.strip().lower())
            words.update(word.lower() for word in abbreviations.split())
        _SCRIPTURE = frozenset(words)
    return _SCRIPTURE


def juan_locator(text: str) -> tuple[str, str] | None:
    """A juan-and-leaf or juan-and-page locator as (locator, label), or None: "juan 13, 5a" -> ("13.5a",
    "folio"); "6.239" -> ("6.239", "page")."""
    m = _LOCATOR_RE.match(text.strip())
    return _read(m.groupdict()) if m else None


def _read(groups: dict[str, str | None]) -> tuple[str, str] | None:
    end = hyphen_range(groups["end"] or "").replace(" ", "")
    if groups["word"]:
        return f"{groups['juan1']}.{groups['leaf1']}{end}", "folio"
    leaf = groups["leaf2"] or ""
    value = f"{groups['juan2']}{groups['sep']}{leaf}{end}"
    if leaf[-1:].isalpha():
        return value, "folio"
    if groups["sep"] == "." and not end[-1:].isalpha():
        return value, "page"
    return None  # ("2:45": the volume and page, the pages step's)


def _east_asian_title(title: object) -> bool:
    """A title in romanisation or with its characters."""
    return isinstance(title, str) and (has_cjk(title) or romanized_title(title))


class JuanLeaf(Normalizer):
    """"juan 13, 5a" -> locator "13.5a" (folio); "(Sibu congkan ed.)" out of the title; "Shiji, 6.239" as a
    short form."""

    name: ClassVar[str] = "juan-leaf"
    code: ClassVar[str] = "P181"
    keys: ClassVar[tuple[str, ...]] = ("title", "author", "edition", "note", "kind", "locator", "label")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        locator = state.locator
        # pre-test: a locator with a leaf's side or a juan word, or a note closing on a digit after "." or ":"
        if locator and (locator[-1:] in "abcd" or locator[:1] in "jkgc"):
            read = juan_locator(locator)
            if read is not None:
                state.locator, state.label = read
        if state.kind == "ibid" and state.locator is None:
            # "Ibid., 34.372": the back-reference's span with the juan and page in it
            full = whole_text(state.sequence, state.derived)
            head, _, rest = full.partition(" ")
            if head.rstrip(",.").lower() in ("ibid", "id") and (read := juan_locator(rest)) is not None:
                state.locator, state.label = read
            return
        if state.kind not in ("full", "short"):
            return
        full = whole_text(state.sequence, state.derived)
        if not full[-1:].isdigit() and not (full[-1:] == "." and full[-2:-1] in "0123456789abcd"):
            return
        last = full.rstrip(".").rpartition(" ")[2]
        if "." not in last and ":" not in last and "juan" not in full and "kan " not in full:
            return  # (the last word no "6.239", "75.12a", "40:12b")
        title = state.item.get("title")
        if (state.locator is None or state.label == "section") and ")," in full and (
            m := _AFTER_IMPRINT_RE.search(full)
        ) and _east_asian_title(title):
            # (a juan and page after the imprint of a romanised title is no classic's section: "…, 1974), 34.370";
            # "Bede, Historia ecclesiastica, ed. … (Oxford, 1969), 2.13" keeps its book and chapter)
            read = _read(m.groupdict())
            if read is not None and (state.locator is None or state.locator == read[0]):
                state.locator, state.label = read
        if isinstance(title, str) and title.rstrip(",.").endswith(("ed.)", "edition)")) and (
            e := _BRACKETED_EDITION_RE.search(title)
        ) and (
            romanized_title(title[: e.start()]) or has_cjk(title)
        ):
            state.item["title"] = title[: e.start()]
            state.item.setdefault("edition", e["edition"])
            state.kind = "full"
        notes = state.spans.get("note", ())
        if len(notes) == 1 and (e := _EDITION_NOTE_RE.match(notes[0].strip(" ,;"))) and isinstance(title, str) and (
            romanized_title(title) or has_cjk(title)
        ):
            # "(Sibu beiyao ed.)" read as a note
            state.item["edition"] = e["edition"]
            state.item.pop("note", None)
            state.kind = "full"
        if "(" not in full and (m := _TITLE_LOCATOR_RE.match(full)):
            self._title_and_locator(state, m)

    @staticmethod
    def _title_and_locator(state: ItemState, m: object) -> None:
        groups = m.groupdict()  # type: ignore[attr-defined]
        title = groups["title"].strip()
        bare = strip_cjk(title)
        if not (romanized_title(bare) or (" " not in bare and len(bare) > 4 and is_romanized(bare))) or (
            bare.lower() in scripture_words()
        ):
            return  # (a romanised title, one word of five letters or more: "Shiji", "Wenji"; not "Hosea 2.3")
        read = _read(groups)
        if read is None:
            return
        author = groups["author"]
        if author is not None:
            family, given = author.split(" ", 1)
            state.item["author"] = [{"family": family, "given": given}] if has_cjk(title) or romanized_title(
                author) else [parse_one(author)]
        state.item["title"] = title
        state.locator, state.label = read
        state.kind = "full" if has_cjk(title) else "short"
