"""Evidence for and against two records being one work, kept readable.

Every entry is reduced once to a :class:`Profile` of normalised keys, so that
comparing two records is a handful of string tests.  :func:`compare` weighs
the profiles field by field and returns each finding as a sentence with its
points (``+4 title equal``) and, when a type-aware rule forbids the merge
outright (a chapter and its volume, two editions, 2012a and 2012b), the veto.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rapidfuzz import fuzz

from citekit.matching import normalize as nz
from citekit.matching.config import MatchConfig
from citekit.model import Entry

#: CSL types grouped by what kind of publication they are.  Records of one
#: group can be one work even when sources type them differently (a
#: proceedings paper typed as a chapter); records of different groups are
#: different versions (a report and the article that grew from it).
TYPE_GROUPS: dict[str, str] = {
    **dict.fromkeys(
        ("article", "article-journal", "article-magazine", "article-newspaper", "chapter",
         "paper-conference", "entry", "entry-dictionary", "entry-encyclopedia", "speech"),
        "part",
    ),
    **dict.fromkeys(("book", "classic", "periodical"), "book"),
    "report": "report",
    "thesis": "thesis",
    "manuscript": "manuscript",
    "review": "review",
    "review-book": "review",
    "document": "",
}
_REVIEW_PREFIXES = ("review of ", "rezension ", "compte rendu ", "recensione ", "besprechung ")


@dataclass(slots=True)
class Profile:
    """Normalised matching keys of one entry, computed once."""

    index: int
    entry_id: str
    csl_type: str
    group: str
    title: str
    raw_title: str
    title_words: int
    persons: tuple[tuple[str, str, str], ...]
    year: int | None
    suffix: str
    doi: str
    isbns: frozenset[str]
    container: tuple[str, ...]
    container_key: str
    page: str
    volume: str
    edition: str
    language: str
    translated: bool
    #: cheap tie-breaker that travels with the entry (order independence)
    sort_key: tuple[str, ...] = field(default=())
    #: identity within one dedupe run (set by the clustering passes)
    serial: int = -1
    #: blocking keys, cached by :func:`citekit.matching.blocking.block_keys`
    block_keys: list[str] | None = field(default=None, repr=False)
    _romanised: str | None = field(default=None, repr=False)
    _main_title: str | None = field(default=None, repr=False)

    @property
    def main_title(self) -> str:
        """The title key without its subtitle, computed on first use."""
        if self._main_title is None:
            self._main_title = nz.main_title_key(self.raw_title)
        return self._main_title

    def romanised_title(self) -> str:
        """The title with each word reduced like a romanised name (``repressiia`` = ``repressija``),
        computed on first use: only near-miss titles need it."""
        if self._romanised is None:
            self._romanised = " ".join(nz.romanise(word) for word in self.title.split())
        return self._romanised


def profile(entry: Entry, index: int = 0) -> Profile:
    """Reduce ``entry`` to its matching keys."""
    csl_type = str(entry.get("type") or "")
    raw_title = entry.get("title")
    title = nz.title_key(entry.get("title"))
    group = TYPE_GROUPS.get(csl_type, csl_type)
    if title.startswith(_REVIEW_PREFIXES) or entry.get("reviewed-title") or entry.get(
        "reviewed-author"
    ):
        group = "review"
    persons = nz.person_keys(entry.get("author")) or nz.person_keys(entry.get("editor"))
    container_raw = entry.get("container-title") or entry.get("container-title-short") or ""
    container_folded = nz.fold(container_raw)
    language = nz.language_code(entry.get("language"))
    entry_id = str(entry.get("id", ""))
    return Profile(
        index=index,
        entry_id=entry_id,
        csl_type=csl_type,
        group=group,
        title=title,
        raw_title=raw_title if isinstance(raw_title, str) else "",
        title_words=len(nz.significant_tokens(title)),
        persons=persons,
        year=nz.year_of(entry.get("issued")),
        suffix=nz.year_suffix(entry),
        doi=nz.doi_key(entry.get("DOI")),
        isbns=nz.isbn_keys(entry.get("ISBN")),
        container=nz.container_tokens(container_folded, folded=True),
        container_key=nz.title_key(container_folded),
        page=nz.first_number(entry.get("page") or entry.get("page-first")),
        volume=nz.first_number(entry.get("volume")),
        edition=nz.first_number(entry.get("edition")),
        language=language,
        translated=bool(entry.get("translator")),
        sort_key=(entry_id, title),
    )


@dataclass
class Evidence:
    """What the comparison of two profiles found."""

    points: list[tuple[str, float]] = field(default_factory=list)
    veto: str | None = None
    #: strong evidence against (different titles, no author in common): not a
    #: veto of this pair's score, but it keeps the two records out of one cluster
    contradiction: str | None = None

    #: the sum of the points, kept up to date by :meth:`add`
    score: float = 0.0

    def add(self, points: float, why: str) -> None:
        self.points.append((why, points))
        self.score += points
        if points <= -4:
            self.contradiction = self.contradiction or why

    def lines(self) -> list[str]:
        out = [f"{p:+g} {why}" for why, p in self.points]
        if self.veto:
            out.append(f"veto: {self.veto}")
        return out


def title_similarity(a: Profile, b: Profile) -> float:
    """0-100: how alike the titles are, a subtitle dropped on one side counting as alike."""
    if not a.title or not b.title:
        return 0.0
    if a.title == b.title:
        return 100.0
    sim = fuzz.ratio(a.title, b.title)
    if sim >= 96:
        return float(sim)
    if sim >= 70:
        sim = max(sim, fuzz.ratio(a.romanised_title(), b.romanised_title()))
    if sim < 92:
        main_a, main_b = a.main_title, b.main_title
        if min(len(main_a), len(main_b)) >= 12 and (
            main_a == b.title or main_b == a.title or main_a == main_b
        ):
            sim = 92.0
    return float(sim)


_ROMAN_NUMBERS = frozenset("ii iii iv vi vii viii ix xi xii xiii xiv xv xvi xvii xviii xix xx".split())


def _title_numbers(title: str) -> frozenset[str]:
    return frozenset(t for t in title.split() if t.isdigit() or t in _ROMAN_NUMBERS)


def numbers_conflict(a: frozenset[str], b: frozenset[str]) -> tuple[str, str] | None:
    """Numbers in one title that the other lacks, on both sides (``Part 1`` / ``Part 2``).

    A two-digit number fits a four-digit one ending in it (``1937-38`` / ``1937-1938``).
    """
    if not a or not b or a == b:
        return None

    def fits(n: str, others: frozenset[str]) -> bool:
        return any(n == o or (len(n) == 2 and len(o) == 4 and o.endswith(n)) or (
            len(o) == 2 and len(n) == 4 and n.endswith(o)) for o in others)

    left = sorted(n for n in a if not fits(n, b))
    right = sorted(n for n in b if not fits(n, a))
    if left and right:
        return " ".join(left), " ".join(right)
    return None


def _same_family(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    """Same family name: same romanisation key or same plain spelling; a particle
    on one side only ("van der Linden"/"Linden", "Robert Conquest" as a literal);
    or one typo in a long name ("Utgof"/"Utgoff"), never in a short one ("Li"/"Lu")."""
    key_a, key_b = a[0], b[0]
    if key_a == key_b or a[2] == b[2]:
        return True
    if min(len(key_a), len(key_b)) < 4:
        return False
    short, long_ = (key_a, key_b) if len(key_a) < len(key_b) else (key_b, key_a)
    if len(short) >= 5 and long_.endswith(short):
        return True
    return fuzz.ratio(key_a, key_b) >= 85


def _person_evidence(a: Profile, b: Profile, ev: Evidence) -> None:
    if not a.persons or not b.persons:
        return
    matched = 0
    for person in a.persons:
        if any(_same_family(person, other) for other in b.persons):
            matched += 1
    overlap = matched / min(len(a.persons), len(b.persons))
    first = _same_family(a.persons[0], b.persons[0])
    ia, ib = a.persons[0][1], b.persons[0][1]
    if first and not nz.initials_compatible(ia[:1], ib[:1]):
        ev.add(-2, f"first authors' given names differ ({ia} / {ib})")
    elif first and overlap >= 0.5:
        ev.add(2, "authors agree" if overlap == 1 else "first author and most co-authors agree")
    elif overlap >= 0.5:
        ev.add(1, "most authors agree, first author differs")
    elif matched == 0:
        ev.add(-4, "no author in common")


def _container_agrees(a: Profile, b: Profile) -> bool | None:
    if not a.container or not b.container:
        return None
    if a.container == b.container or nz.abbreviation_match(a.container, b.container):
        return True
    sim = fuzz.token_set_ratio(" ".join(a.container), " ".join(b.container))
    if sim >= 85:
        return True
    return False if sim < 50 else None


def _type_veto(a: Profile, b: Profile, config: MatchConfig) -> str | None:
    ga, gb = a.group, b.group
    if not ga or not gb or ga == gb:
        return None
    pair = {ga, gb}
    if pair == {"book", "part"}:
        part, book = (a, b) if ga == "part" else (b, a)
        if part.container_key and book.title and fuzz.ratio(part.container_key, book.title) >= 90:
            return "a chapter and the volume that contains it are different works"
        return "a book and a part of a publication are different works"
    if "review" in pair:
        return "a review is not the work it reviews"
    if config.merge_versions:
        return None
    return f"different kinds of publication ({a.csl_type or ga} / {b.csl_type or gb}): versions stay apart"


def could_match(a: Profile, b: Profile, config: MatchConfig) -> bool:
    """Cheap pre-filter: False when the titles alone rule a match out (no shared DOI
    and title similarity below :attr:`MatchConfig.prefilter_title`)."""
    if not a.title or not b.title or (a.doi and a.doi == b.doi):
        return True
    return title_similarity(a, b) >= config.prefilter_title


def compare(a: Profile, b: Profile, config: MatchConfig) -> Evidence:
    """Weigh two profiles field by field; see :class:`MatchConfig` for the thresholds."""
    ev = Evidence()
    title_sim = title_similarity(a, b)
    ev.veto = _type_veto(a, b, config)
    if a.title and b.title and title_sim < config.prefilter_title and not (a.doi and a.doi == b.doi):
        ev.add(-4, f"different titles ({title_sim:.0f}%)")
        return ev
    short = min(a.title_words, b.title_words) <= config.short_title_words

    # identifiers
    if a.doi and b.doi:
        if a.doi == b.doi:
            if {a.group, b.group} == {"book", "part"} or (
                a.title and b.title and title_sim < config.title_different
            ):
                ev.add(0, "same DOI ignored: a chapter may carry its book's DOI")
            else:
                ev.add(6, f"same DOI {a.doi}")
        else:
            ev.veto = ev.veto or f"different DOIs ({a.doi} / {b.doi})"
    shared_isbn = a.isbns & b.isbns
    if shared_isbn:
        if a.group == "book" and b.group == "book":
            ev.add(3, f"same ISBN {min(shared_isbn)}")
        else:
            ev.add(0, "same ISBN ignored: chapters share their book's ISBN")

    # title
    if a.title and b.title and title_sim < 100:
        numbers = numbers_conflict(_title_numbers(a.title), _title_numbers(b.title))
        if numbers:
            ev.veto = ev.veto or f"different numbers in the titles ({numbers[0]} / {numbers[1]})"
    if a.title and b.title:
        if title_sim >= config.title_exact:
            ev.add(1.5 if short else 4, "title equal" + (" (short title)" if short else ""))
        elif title_sim >= config.title_close:
            ev.add(1 if short else 3, f"title close ({title_sim:.0f}%)")
        elif title_sim < config.title_different:
            ev.add(-4, f"different titles ({title_sim:.0f}%)")
        else:
            ev.add(0, f"titles only alike ({title_sim:.0f}%)")

    _person_evidence(a, b, ev)

    # date
    if a.year is not None and b.year is not None:
        gap = abs(a.year - b.year)
        if gap == 0:
            ev.add(1, f"same year {a.year}")
        elif gap <= config.year_tolerance:
            ev.add(0, f"years {a.year} / {b.year} within tolerance")
        else:
            ev.veto = ev.veto or f"years differ ({a.year} / {b.year})"
    if a.suffix and b.suffix and a.suffix != b.suffix:
        ev.veto = ev.veto or f"different works of one year ({a.suffix} / {b.suffix})"

    container = _container_agrees(a, b)
    if container is True:
        ev.add(1, "container agrees")
    elif container is False:
        ev.add(-1.5, "containers differ")
    if a.page and b.page:
        if a.page == b.page:
            ev.add(1, "first page agrees")
        else:
            ev.add(-1.5, "pages differ")
    if a.volume and b.volume:
        if a.volume == b.volume:
            ev.add(0.5, "volume agrees")
        elif a.group == "book" and b.group == "book":
            ev.veto = ev.veto or f"different volumes ({a.volume} / {b.volume})"
        else:
            ev.add(-1, "volumes differ")
    if a.edition != b.edition and not config.merge_editions:
        if a.edition and b.edition:
            ev.veto = ev.veto or f"different editions ({a.edition} / {b.edition})"
        elif "1" not in (a.edition, b.edition):
            ev.add(-1, "edition given on one side only")
    if not config.merge_translations:
        if a.language and b.language and a.language != b.language:
            ev.veto = ev.veto or f"different languages ({a.language} / {b.language}): a translation"
        elif a.translated != b.translated:
            # often only a missing translator; a real translation differs in title or year too
            ev.add(-1, "translator named on one side only")
    return ev


def describe(entry: Entry) -> str:
    """A short human label for reports: ``id (Family Year, "Title")``."""
    names: Any = entry.get("author") or entry.get("editor") or []
    family = ""
    if isinstance(names, list) and names and isinstance(names[0], dict):
        family = str(names[0].get("family") or names[0].get("literal") or "")
    year = nz.year_of(entry.get("issued"))
    title = str(entry.get("title") or "")
    if len(title) > 50:
        title = title[:47] + "..."
    return f'{entry.get("id", "?")} ({family} {year or "n.d."}, "{title}")'
