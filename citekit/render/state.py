"""Per-render state that citeproc-py keeps nowhere (or on lxml proxies, which may vanish).

citeproc-py stores what it needs between elements as Python attributes of lxml
element proxies; lxml may discard a proxy and hand out a fresh one, so citekit
keeps its own state here instead: which variables a ``cs:substitute`` consumed,
where the current cite stands in the note sequence, whether the item needs
disambiguation and which author names the bibliography substitutes.
"""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass, field


@dataclass(frozen=True)
class CiteRecord:
    """One cite already rendered: what ``position`` tests compare against."""

    key: str
    locator: tuple[str, str] | None
    citation: int  # index of the citation (note) in the sequence
    cites_in_citation: int


@dataclass
class ItemState:
    """What one item's rendering has done so far (reset for every cite/entry)."""

    #: variables (CSL names, hyphenated) rendered inside a successful substitute
    suppressed: set[str] = field(default_factory=set)
    #: stack of sets collecting the variables rendered while inside a substitute
    recording: list[set[str]] = field(default_factory=list)
    #: the text of the first cs:names rendered for the item (subsequent-author-substitute)
    first_names: str | None = None
    #: the parts of each of those names (the partial substitute rules compare them)
    first_names_data: tuple[tuple[str | None, ...], ...] = ()
    names_rendered: int = 0
    def is_suppressed(self, variable: str) -> bool:
        """Consumed by a substitute, including one still rendering (as in citeproc-js,
        a variable printed inside a substitute is not printed again inside it)."""
        return variable in self.suppressed or any(variable in r for r in self.recording)

    #: the texts of the terms rendered (a note that starts with one is capitalised)
    terms_rendered: list[str] = field(default_factory=list)
    #: variable calls and non-empty results, for the cs:group suppression rule
    variables_called: int = 0
    variables_rendered: int = 0


@dataclass
class RenderState:
    """State of one rendering run (a bibliography or a sequence of notes)."""

    item: ItemState = field(default_factory=ItemState)
    #: cites already rendered, in order (position tests)
    history: list[CiteRecord] = field(default_factory=list)
    #: index of the citation being rendered and its number of cites
    citation_index: int = 0
    cites_in_citation: int = 1
    #: keys of items whose cites collide with another item's (cs:if disambiguate)
    disambiguate: frozenset[str] = frozenset()
    #: disambiguate-add-givenname: item key -> 1 (given names as initials) or 2 (in full)
    expand_names: dict[str, int] = field(default_factory=dict)
    #: the item being rendered in a citation
    current_key: str = ""
    #: the substitute for the first names of the entry (None: render them), the
    #: style's subsequent-author-substitute-rule and how many leading names it replaces
    author_substitute: str | None = None
    substitute_rule: str = "complete-all"
    substitute_count: int = 0
    #: the position every cite takes regardless of history (probing for disambiguation)
    forced_position: str | None = None
    #: quote characters (outer open/close, inner open/close) of the style's locale
    #: rendering the bibliography (no cite positions) rather than notes
    in_bibliography: bool = False
    #: (item key, exception) for items that citeproc-py could not render
    failures: list[tuple[str, Exception]] = field(default_factory=list)

    def record(self, variable: str) -> None:
        """Note that ``variable`` was rendered (for substitutes in progress)."""
        for collected in self.item.recording:
            collected.add(variable)


_CURRENT: ContextVar[RenderState | None] = ContextVar("citekit_render_state", default=None)


def current() -> RenderState:
    """The state of the run in progress (a fresh one outside any run)."""
    state = _CURRENT.get()
    if state is None:
        state = RenderState()
        _CURRENT.set(state)
    return state


def begin(state: RenderState) -> object:
    """Make ``state`` current; returns a token for :func:`end`."""
    return _CURRENT.set(state)


def end(token: object) -> None:
    _CURRENT.reset(token)  # type: ignore[arg-type]
