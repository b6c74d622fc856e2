"""citeproc-py, driven by citekit: element classes, cached styles, items, diagnostics.

citekit does not patch citeproc-py or its output text.  It parses styles with
its own lxml element-class lookup, in which the elements that need fixing are
citekit subclasses of citeproc-py's (see the modules named in
:data:`ELEMENT_CLASSES`), keeps its render state outside lxml proxies
(:mod:`citekit.render.state`) and formats through :mod:`citekit.render.markup`.
Parsed styles and locales are cached per process: parsing a 6000-line CSL
file with lxml costs far more than rendering a bibliography with it.

Diagnostic codes (stable):

====  =====================================================================
S001  an item could not be rendered by the style (citeproc-py failed on it);
      the raw item is kept in the diagnostic
S002  a cited id is not in the bibliography data
S003  the style has no bibliography; entries are rendered as first notes
S004  the style could not sort the bibliography; input order kept
S005  an item could not be converted for rendering (bad names or dates)
S006  the style leaves an entry out of its bibliography by its own rules (info: MHRA
      and Chicago notes omit classics without an edition, personal communications,
      unpublished manuscripts); the entry is named so that its absence is no surprise
====  =====================================================================
"""

from __future__ import annotations

import functools
import json
import os
import threading
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from citeproc import LOCALES_PATH, model
from citeproc.source import Citation as CpCitation
from citeproc.source import CitationItem, Date, DateRange, LiteralDate, Locator, Name, Reference
from citeproc.source.json import CiteProcJSON
from citeproc.string import String
from lxml import etree

from citekit.lazy_regex import lazy_compile
from citekit.model import DATE_VARIABLES, NAME_VARIABLES, Citation, Diagnostic, Entry
from citekit.render import casing, conditions, groups, layout, markup, names, state, variables
from citekit.render.styles import find_style

CSL_NS = "http://purl.org/net/xbiblio/csl"

#: the citekit subclass used for each CSL element (all others: citeproc-py's own)
ELEMENT_CLASSES: dict[str, type] = {
    "text": variables.Text,
    "number": variables.Number,
    "label": variables.Label,
    "names": names.Names,
    "name": names.Name,
    "name-part": names.NamePart,
    "substitute": names.Substitute,
    "if": conditions.If,
    "else-if": conditions.ElseIf,
    "group": groups.Group,
    "date": groups.Date,
    "date-part": groups.DatePart,
    "layout": layout.Layout,
    "key": layout.Key,
    "locale": layout.Locale,
}

_LOCK = threading.RLock()


def _parser() -> etree.XMLParser:
    lookup = etree.ElementNamespaceClassLookup()
    namespace = lookup.get_namespace(CSL_NS)
    namespace[None] = model.CitationStylesElement
    for cls in model.CitationStylesElement.__subclasses__():
        namespace[cls.__name__.replace("_", "-").lower()] = cls
    namespace.update(ELEMENT_CLASSES)
    parser = etree.XMLParser(remove_comments=True, encoding="UTF-8", no_network=True)
    parser.set_element_class_lookup(lookup)
    return parser


@functools.lru_cache(maxsize=1)
def parser() -> etree.XMLParser:
    return _parser()


@functools.lru_cache(maxsize=64)
def _locale_root(lang: str) -> Any:
    path = Path(LOCALES_PATH) / f"locales-{lang}.xml"
    root = etree.parse(str(path), parser()).getroot()
    return root


def _set_locales(style: Any, wanted: str) -> None:
    """The locale chain of CSL 1.0.2 (in-style locales first, then locale files)."""
    from citeproc import LANGUAGE_NAMES, PRIMARY_DIALECTS

    chain: list[Any] = []
    language = wanted.split("-")[0]
    for lang in (wanted, language, None):
        expr = f'./cs:locale[@xml:lang="{lang}"]' if lang else "./cs:locale[not(@xml:lang)]"
        chain += style.xpath_search(expr)
    files = [wanted] if wanted in LANGUAGE_NAMES else []
    if language in PRIMARY_DIALECTS:
        files.append(PRIMARY_DIALECTS[language])
    files.append("en-US")
    for lang in dict.fromkeys(files):
        chain.append(_locale_root(lang))
    style.locales = chain
    for locale in chain:
        locale.style = style


@dataclass
class LoadedStyle:
    """A parsed style with its locale chain, ready to render (cached per process)."""

    root: Any
    name: str
    quotes: markup.Quotes


@functools.lru_cache(maxsize=32)
def _load(path: str, mtime: float, locale: str | None) -> LoadedStyle:
    del mtime  # part of the cache key only: an edited file is parsed again
    root = etree.parse(path, parser()).getroot()
    root.formatter = markup
    root.citekit_macros = {m.get("name"): m for m in root.iterfind(f"{{{CSL_NS}}}macro")}
    _set_locales(root, locale or root.get("default-locale") or "en-US")
    quotes = markup.Quotes(
        str(root.get_single_term("open-quote")), str(root.get_single_term("close-quote")),
        str(root.get_single_term("open-inner-quote")),
        str(root.get_single_term("close-inner-quote")),
        str(root.get_locale_option("punctuation-in-quote") or "false").lower() == "true",
    )
    return LoadedStyle(root, Path(path).stem, quotes)


def load_style(style: str, locale: str | None = None) -> LoadedStyle:
    """Parse (once) the style named or at ``style``; :class:`UsageError` if unknown."""
    path = find_style(style)
    return _load(str(path), os.path.getmtime(path), locale)


# --- items -----------------------------------------------------------------

_NAME_PARTS = ("family", "given", "dropping-particle", "non-dropping-particle", "suffix")
_RAW_DATE = lazy_compile(r"^\s*(-?\d{1,4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
_STRINGS = CiteProcJSON([])


def _name(data: Any) -> Name | None:
    if not isinstance(data, dict):
        return Name(literal=str(data)) if data else None
    if data.get("literal"):
        return Name(literal=str(data["literal"]).replace("'", "’"))
    parts = {k: str(data[k]).replace("'", "’") for k in _NAME_PARTS if data.get(k)}
    return Name(**parts) if parts else None


def _date_from_parts(parts: Sequence[Any], extra: dict[str, Any]) -> Date | None:
    values = [int(str(p)) for p in parts[:3] if str(p).strip().lstrip("-").isdigit()]
    if not values:
        return None
    fields = dict(zip(("year", "month", "day"), values, strict=False))
    return Date(**fields, **extra)


def _date(data: Any) -> Any:
    if isinstance(data, str):
        data = {"raw": data}
    if not isinstance(data, dict):
        return None
    circa = bool(data.get("circa"))
    season = {"season": data["season"]} if data.get("season") and "date-parts" in data else {}
    ranges = [p for p in data.get("date-parts") or [] if p]
    if ranges:
        begin = _date_from_parts(ranges[0], season)
        end = _date_from_parts(ranges[1], {}) if len(ranges) > 1 else None
        if begin is not None and end is not None:
            return DateRange(begin=begin, end=end, circa=circa)
        if begin is not None:
            begin["circa"] = circa
            return begin
    if data.get("literal"):
        return LiteralDate(str(data["literal"]), circa=circa)
    raw = str(data.get("raw") or "")
    match = _RAW_DATE.match(raw)
    if match:
        return _date_from_parts([g for g in match.groups() if g], {})
    return LiteralDate(raw, circa=circa) if raw else None


def to_reference(entry: Entry) -> Reference:
    """citeproc-py's Reference for a CSL-JSON entry (empty values left out)."""
    data: dict[str, Any] = {}
    custom = entry.get("custom")
    translation = custom.get("title-translation") if isinstance(custom, dict) else None
    if isinstance(translation, str) and translation and entry.get("title"):
        # a title's translation, which CSL has no variable for, printed in brackets after it as the note gave
        # it ("Han’guksa sillon [A new history of Korea]")
        entry = {**entry, "title": f"{entry['title']} [{translation}]"}
    for key, value in entry.items():
        if key in ("id", "type", "custom", "categories") or value in (None, "", [], {}):
            continue
        name = {"shortTitle": "title-short", "journalAbbreviation": "container-title-short"}.get(
            key, key)
        py_key = name.replace("-", "_")
        if name in NAME_VARIABLES:
            people = [n for n in (_name(v) for v in value) if n is not None]
            if people:
                data[py_key] = people
        elif name in DATE_VARIABLES:
            date = _date(value)
            if date is not None:
                data[py_key] = date
        elif name == "language":
            data[py_key] = str(value)
        else:
            text = markup.strip_marks(str(value))
            if name == "archive_location":
                text = casing.protect_shelf_mark(text, entry.get("language"))
            text = markup.mark_rich_text(text)
            data[py_key] = _STRINGS.parse_string(text)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return Reference(str(entry.get("id", "")).lower(), str(entry.get("type") or "document"),
                         **data)


class _Registry:
    """What citeproc-py's CitationItem expects to find as ``citation.bibliography``."""

    def __init__(self, source: dict[str, Reference]) -> None:
        self.source = source
        self.keys = list(source)
        self.formatter = markup


# --- rendering -------------------------------------------------------------

@dataclass
class Rendered:
    """Rendered strings (marks resolved) with what went wrong."""

    texts: list[str] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def _prepare(entries: Iterable[Entry], diagnostics: list[Diagnostic]
             ) -> tuple[dict[str, Reference], dict[str, Entry]]:
    source: dict[str, Reference] = {}
    originals: dict[str, Entry] = {}
    for n, entry in enumerate(entries):
        if "id" not in entry:
            entry = {**entry, "id": f"item-{n + 1}"}
        try:
            ref = to_reference(entry)
        except Exception as exc:
            diagnostics.append(_failure("S005", entry, exc))
            continue
        source[ref.key] = ref
        originals[ref.key] = entry
    return source, originals


def _failure(code: str, entry: Entry | None, exc: Exception | str, key: str = "") -> Diagnostic:
    what = {"S001": "cannot be rendered", "S005": "cannot be converted for rendering"}[code]
    ident = entry.get("id", key) if entry else key
    return Diagnostic(code, f"item {ident!r} {what}: {exc}", severity="error",
                      raw=json.dumps(entry, ensure_ascii=False) if entry else None)


def _finish(loaded: LoadedStyle, marked: Any, output: str) -> str:
    return markup.serialize(str(marked), output, loaded.quotes) if marked else ""


def bibliography(entries: Iterable[Entry], style: str = "chicago-notes-bibliography",
                 output: str = "text", locale: str | None = None) -> Rendered:
    """Sorted, formatted bibliography entries of ``entries`` with diagnostics."""
    result = Rendered()
    source, originals = _prepare(entries, result.diagnostics)
    loaded = load_style(style, locale)
    root = loaded.root
    registry = _registry_items(source)
    with _LOCK:
        if (root.citation is not None
                and root.citation.get("disambiguate-add-year-suffix") == "true"):
            # the suffixes a list shares with its cites: "Smith 2009a" in both
            _disambiguation(loaded, _Registry(source), list(source))
        run = state.RenderState(in_bibliography=True)
        token = state.begin(run)
        try:
            if root.bibliography is None:
                result.diagnostics.append(Diagnostic(
                    "S003", f"style {loaded.name!r} has no bibliography; rendering first notes",
                    severity="info"))
                return _as_first_notes(loaded, source, originals, output, result)
            items = registry
            try:
                items = root.bibliography.sort(items)
            except Exception as sort_error:
                result.diagnostics.append(Diagnostic("S004", f"cannot sort: {sort_error}"))
            run.item = state.ItemState()
            texts = root.bibliography.render(items)
            failed = {key for key, _ in run.failures}
            for item, text in zip(items, texts, strict=True):
                if text is None and item.key in failed:
                    continue  # (reported below, S001)
                finished = _finish(loaded, text, output) if text is not None else ""
                if not finished.strip():
                    original = originals.get(item.key) or {}
                    result.diagnostics.append(Diagnostic(
                        "S006", f"style {loaded.name!r} leaves {original.get('id', item.key)!r} "
                        f"({original.get('type', 'document')}) out of its bibliography by its own rules",
                        severity="info"))
                    continue
                result.ids.append(originals[item.key].get("id", item.key))
                result.texts.append(finished)
            for key, failure in run.failures:
                result.diagnostics.append(_failure("S001", originals.get(key), failure, key))
        finally:
            state.end(token)
    return result


def _registry_items(source: dict[str, Reference]) -> list[CitationItem]:
    registry = _Registry(source)
    items = [CitationItem(key) for key in source]
    CpCitation(items).bibliography = registry
    return items


def _as_first_notes(loaded: LoadedStyle, source: dict[str, Reference],
                    originals: dict[str, Entry], output: str, result: Rendered) -> Rendered:
    notes = [[Citation(id=str(originals[k].get("id", k)))] for k in source]
    rendered = notes_of(list(originals.values()), notes, loaded, output)
    result.texts += rendered.texts
    result.ids += [str(originals[k].get("id", k)) for k in source]
    result.diagnostics += rendered.diagnostics
    return result


def _cite(citation: Citation, registry: _Registry) -> CitationItem | None:
    key = str(citation.id or "").lower()
    if key not in registry.source:
        return None
    options: dict[str, Any] = {}
    if citation.locator:
        options["locator"] = Locator(citation.label or "page", citation.locator)
    if citation.prefix:
        options["prefix"] = citation.prefix + ("" if citation.prefix.endswith(" ") else " ")
    if citation.suffix:
        suffix = citation.suffix
        options["suffix"] = suffix if suffix[:1] in ",.;: " else " " + suffix
    return CitationItem(key, **options)


def _render_sequence(loaded: LoadedStyle, notes: Sequence[Sequence[Citation]],
                     registry: _Registry, run: state.RenderState) -> list[Any]:
    marked: list[Any] = []
    for index, note in enumerate(notes):
        cites = [c for c in (_cite(c, registry) for c in note) if c is not None]
        run.citation_index = index
        if len(cites) < len(note):
            # a work citekit cannot name stands in this note: what follows is no "ibid."
            run.history.append(state.CiteRecord("", None, index, len(note)))
        if not cites:
            marked.append(None)
            continue
        citation = CpCitation(cites)
        citation.bibliography = registry
        try:
            marked.append(loaded.root.citation.render(citation, [], None))
        except Exception as exc:
            run.failures.append((cites[0].key, exc))
            marked.append(None)
    return marked


def _disambiguation(loaded: LoadedStyle, registry: _Registry, keys: Sequence[str]
                    ) -> tuple[frozenset[str], dict[str, int]]:
    """Which items need ``cs:if disambiguate``, and whose names gain given names.

    Cites that render alike in their short (subsequent) form are ambiguous.  With
    ``disambiguate-add-givenname`` the names of those items are first shown with
    initials, then with full given names, kept only where that tells them apart (two
    works by one author stay short); what is still ambiguous gets the condition.
    """
    citation = loaded.root.citation
    add_givenname = citation.get("disambiguate-add-givenname") == "true"
    rule = citation.get("givenname-disambiguation-rule", "by-cite")
    expand = _namesakes(registry, keys, rule) if add_givenname and rule != "by-cite" else {}
    sizes = _group_sizes(_collision_groups(loaded, registry, keys, expand))
    if sizes and add_givenname:
        pending = set(sizes)
        for level in (1, 2):
            trial = {**expand, **dict.fromkeys(pending, level)}
            now = _group_sizes(_collision_groups(loaded, registry, keys, trial))
            for key in list(pending):
                if now.get(key, 1) < sizes[key]:  # the given names tell some apart: keep
                    expand[key], sizes[key] = level, now.get(key, 1)
                if sizes[key] <= 1:
                    pending.discard(key)
    colliding = _collisions(loaded, registry, keys, expand)
    colliding = _add_year_suffixes(loaded, registry, keys, expand, colliding)
    return colliding, expand


def _namesakes(registry: _Registry, keys: Sequence[str], rule: str) -> dict[str, int]:
    """The global given-name rules (``all-names``, ``primary-name``, ``…-with-initials``):
    items naming a person whose family name another cited person shares get given names,
    as initials where those tell the people apart."""
    def people(key: str) -> list[tuple[str, str]]:
        ref = registry.source[key]
        names = ref.get("author") or ref.get("editor") or []
        pairs = [(str(n.parts()[1] or ""), str(n.parts()[0] or "")) for n in names]
        return pairs[:1] if rule.startswith("primary-name") else pairs

    given_by_family: dict[str, set[str]] = {}
    for key in keys:
        for family, given in people(key):
            given_by_family.setdefault(family, set()).add(given)
    expand: dict[str, int] = {}
    for key in keys:
        for family, _given in people(key):
            givens = given_by_family[family]
            if len(givens) < 2:
                continue
            initials = {g[:1] for g in givens}
            full = len(initials) < len(givens) and not rule.endswith("with-initials")
            expand[key] = max(expand.get(key, 0), 2 if full else 1)
    return expand


def _collision_groups(loaded: LoadedStyle, registry: _Registry, keys: Iterable[str],
                      expand: dict[str, int], disambiguate: frozenset[str] = frozenset()
                      ) -> list[list[str]]:
    """Groups of items whose subsequent (short) cites render alike."""
    probe = state.RenderState(forced_position="subsequent", expand_names=expand,
                              disambiguate=disambiguate)
    token = state.begin(probe)
    seen: dict[str, list[str]] = {}
    try:
        for key in dict.fromkeys(keys):
            citation = CpCitation([CitationItem(key)])
            citation.bibliography = registry
            try:
                text = loaded.root.citation.render(citation, [], None)
            except Exception:
                continue
            if text:
                seen.setdefault(markup.strip_marks(str(text)), []).append(key)
    finally:
        state.end(token)
    return [group for group in seen.values() if len(group) > 1]


def _group_sizes(groups: list[list[str]]) -> dict[str, int]:
    return {key: len(group) for group in groups for key in group}


def _collisions(loaded: LoadedStyle, registry: _Registry, keys: Iterable[str],
                expand: dict[str, int]) -> frozenset[str]:
    return frozenset(k for g in _collision_groups(loaded, registry, keys, expand) for k in g)


def _year_suffix(n: int) -> str:
    """a, b, … z, aa, ab, … as citeproc-js numbers them."""
    letters = ""
    n += 1
    while n:
        n, rest = divmod(n - 1, 26)
        letters = chr(ord("a") + rest) + letters
    return letters


def _add_year_suffixes(loaded: LoadedStyle, registry: _Registry, keys: Sequence[str],
                       expand: dict[str, int], colliding: frozenset[str]) -> frozenset[str]:
    """``disambiguate-add-year-suffix``, the last method: "2009a", "2009b" in bibliography
    order for cites still alike after the ``cs:if disambiguate`` branches; returns the
    items that stay ambiguous."""
    if not colliding or loaded.root.citation.get("disambiguate-add-year-suffix") != "true":
        return colliding
    groups = _collision_groups(loaded, registry, keys, expand, colliding)
    order = list(registry.source)
    if loaded.root.bibliography is not None:
        token = state.begin(state.RenderState(in_bibliography=True))
        try:
            order = [item.key for item in
                     loaded.root.bibliography.sort(_registry_items(registry.source))]
        except Exception:
            pass  # unsortable: input order
        finally:
            state.end(token)
    rank = {key: n for n, key in enumerate(order)}
    for group in groups:
        for n, key in enumerate(sorted(group, key=lambda k: rank.get(k, len(rank)))):
            dict.__setitem__(registry.source[key], "year_suffix", String(_year_suffix(n)))
    suffixed = {k for g in groups for k in g}
    return frozenset(k for k in colliding if k not in suffixed)


def notes_of(entries: Iterable[Entry], notes: Sequence[Sequence[Citation]],
             loaded: LoadedStyle, output: str = "text") -> Rendered:
    """One rendered note per inner list, positions (ibid., short form) from the sequence."""
    result = Rendered()
    source, originals = _prepare(entries, result.diagnostics)
    registry = _Registry(source)
    for note in notes:
        for cite in note:
            if str(cite.id or "").lower() not in source:
                problem = (f"cited id {cite.id!r} is not in the bibliography data" if cite.id
                           else "citation not linked to an entry")
                result.diagnostics.append(Diagnostic(
                    "S002", f"{problem}; kept as written", raw=cite.text or None))
    with _LOCK:
        cited = [str(c.id).lower() for note in notes for c in note
                 if str(c.id or "").lower() in source]
        ambiguous, expand = _disambiguation(loaded, registry, list(dict.fromkeys(cited)))
        run = state.RenderState(disambiguate=ambiguous, expand_names=expand)
        token = state.begin(run)
        try:
            marked = _render_sequence(loaded, notes, registry, run)
        finally:
            state.end(token)
    for note, text in zip(notes, marked, strict=True):
        if text is None:  # nothing citekit can render: the note as written, escaped
            raw = "; ".join(c.text or str(c.id) for c in note if c.text or c.id)
            result.texts.append(_finish(loaded, markup.strip_marks(raw), output))
        else:
            result.texts.append(_finish(loaded, text, output))
    for key, exc in run.failures:
        result.diagnostics.append(_failure("S001", originals.get(key), exc, key))
    return result
