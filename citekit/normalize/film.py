"""A film cited by its title, its director and its studio: "Battleship Potemkin, directed by Sergei
Eisenstein (Moscow: Goskino, 1925)", "Metropolis, Regie: Fritz Lang (Berlin: UFA, 1927)", "La Grande
Illusion, réalisé par Jean Renoir (Paris: RAC, 1937)", "Roma città aperta, regia di Roberto Rossellini
(Roma: Excelsa Film, 1945)".

The tagger reads the title and the director as one author ("Battleship Potemkin, directed by Sergei
Eisenstein"), and the type step's reading of films (``primary_forms.film``) needs a title span.  The
note has a fixed shape, so this step reads it from the whole text: the film's ``title``, its
``director`` (never an author), the studio (``publisher``) with its city (``publisher-place``) and
the year (``issued``); type ``motion_picture``.
"""

from __future__ import annotations

from typing import Any, ClassVar

from citekit.lazy_regex import lazy_compile
from citekit.normalize._person import parse_one
from citekit.normalize.base import Context, ItemState, Normalizer

#: "directed by", "Regie:", "réalisé par", "regia di": marks of a film's director only.  Not "dir." (the
#: French "sous la direction de" of an edited book: "Les Lieux de mémoire, dir. Pierre Nora"), nor the
#: Spanish "dirigida por" and Italian "diretto da", which name the editors of multi-volume works too
_DIRECTED = r"(?:directed\sby|Regie:?|Regie\svon|réalisé\spar|réalisation(?:\sde|:)|regia\sdi)"
_FILM_RE = lazy_compile(
    rf"^(?P<title>[^(),:]{{1,120}}?),\s{_DIRECTED}\s(?P<director>[A-ZÀ-Þ][^,()]{{2,60}}?)\s?"
    r"\((?:(?P<place>[^,():]{2,40}):\s)?(?P<studio>[^():]{2,80}?),\s(?P<year>\d{4})\)[.]?$"
)
#: the marks of a director, searched only in a note that closes with "(…, year)"
_MARK_RE = lazy_compile(_DIRECTED)


class Film(Normalizer):
    """"Title, directed by X (Place: Studio, year)" -> type ``motion_picture``, ``title``, ``director``,
    ``publisher``, ``publisher-place``, ``issued``."""

    name: ClassVar[str] = "film"
    code: ClassVar[str] = "P132"
    keys: ClassVar[tuple[str, ...]] = ("type", "title", "director", "publisher", "publisher-place", "issued", "kind")
    inputs: ClassVar[frozenset[str] | None] = None

    def __call__(self, state: ItemState, ctx: Context) -> None:
        sequence = state.sequence
        if len(sequence) > 8 or not sequence or sequence[-1][1].rstrip()[-2:] not in (").", ")"):
            return  # (a film's note closes with its studio and year in brackets)
        text = " ".join(text.strip() for label, text in sequence if label != "signal")
        if _MARK_RE.search(text) is None:
            return
        m = _FILM_RE.match(text)
        if m is None:
            return
        item: dict[str, Any] = {
            "type": "motion_picture",
            "title": m["title"].strip(),
            "director": [parse_one(m["director"].strip())],
            "publisher": m["studio"].strip(),
        }
        if m["place"]:
            item["publisher-place"] = m["place"].strip()
        item["issued"] = {"date-parts": [[int(m["year"])]]}
        if "language" in state.item:
            item["language"] = state.item["language"]
        state.item = item
        state.kind = "full"
