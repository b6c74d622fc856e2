"""The layout loops: one fresh item state per cite, history for positions, author substitute.

citeproc-py's layout tracked cites on lxml proxies and knew nothing of
``subsequent-author-substitute`` ("———" never appeared).  Here each entry is
rendered with a fresh :class:`~citekit.render.state.ItemState`; when its first
names equal the previous entry's, it is rendered once more with the
substitute standing in for them (:class:`citekit.render.names.Names` does the
replacing), so the substitute keeps the names' affixes and label as CSL says.
An item citeproc-py cannot render is recorded as a failure, never raised.
"""

from __future__ import annotations

import unicodedata
from typing import Any

from citeproc import model
from citeproc.source import VariableError

from citekit.render import markup, state
from citekit.render.casing import capitalize_first
from citekit.render.variables import MacroCacheMixin


def collation_key(value: Any) -> Any:
    """A sort key as citeproc-js compares it: no formatting, accents folded, case ignored."""
    if value is None or isinstance(value, int | float):
        return value
    text = unicodedata.normalize("NFKD", markup.strip_marks(str(value)))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return text.replace("“", "").replace("‘", "").replace("’", "'").lower()


def _render_item(layout: model.Layout, item: Any) -> Any:
    run = state.current()
    run.item = state.ItemState()
    try:
        return layout.render_children(item)
    except VariableError:
        return None


class Layout(model.Layout):
    def render_citation(self, citation: Any, callback: Any) -> Any:
        from citekit.render.conditions import locator_of

        run = state.current()
        sort = self.getparent().sort
        cites = list(citation.cites)
        if sort is not None:
            cites = sort.sort(cites, self)
        out: list[Any] = []
        for item in cites:
            run.current_key = item.key
            try:
                text = _render_item(self, item)
            except Exception as exc:  # citeproc-py bug on this item: report, go on
                run.failures.append((item.key, exc))
                text = None
            if text is not None and not out and self._note_starts_with_term(item, text):
                text = capitalize_first(text)
            if text is not None:
                prefix = item.get("prefix", "")
                suffix = item.get("suffix", "")
                out.append(prefix + text + suffix)
            run.history.append(state.CiteRecord(
                item.key, locator_of(item), run.citation_index, len(cites)))
        if not out:
            return None
        return self.format(self.wrap(self.join(out)))

    def _note_starts_with_term(self, item: Any, text: Any) -> bool:
        """citeproc-js capitalises a term that opens a note ("Ibid."), not names or titles."""
        if self.get_root().get("class") != "note" or item.get("prefix", ""):
            return False
        start = markup.strip_marks(str(text)).lstrip("“‘\"'([")
        return any(term and start.startswith(term) for term in state.current().item.terms_rendered)

    def render_bibliography(self, citation_items: Any) -> list[Any]:
        from citekit.render.names import matching_names

        run = state.current()
        bibliography = self.getparent()
        substitute = bibliography.get("subsequent-author-substitute")
        run.substitute_rule = bibliography.get("subsequent-author-substitute-rule",
                                               "complete-all")
        previous: tuple[str | None, tuple[Any, ...]] = (None, ())
        output_items = []
        for item in citation_items:
            try:
                run.author_substitute = None
                text = _render_item(self, item)
                names = (run.item.first_names, run.item.first_names_data)
                count = matching_names(run.substitute_rule, *names, *previous)
                if substitute is not None and count:
                    run.author_substitute, run.substitute_count = substitute, count
                    text = _render_item(self, item)
                    run.author_substitute = None
                previous = names
                output_items.append(self.format(self.wrap(text)) if text is not None else None)
            except Exception as exc:  # citeproc-py bug on this item: report, go on
                run.failures.append((item.key, exc))
                output_items.append(None)
        return output_items


class Locale(model.Locale):
    """Terms looked up once per locale (citeproc-py ran an XPath query for every term)."""

    def get_term(self, name: str, form: Any = None, zero_padded: bool = False) -> Any:
        cache = self.__dict__.setdefault("citekit_terms", {})
        key = (name, form, zero_padded)
        if key not in cache:
            try:
                cache[key] = super().get_term(name, form, zero_padded)
            except IndexError:
                cache[key] = None
        if cache[key] is None:
            raise IndexError(name)
        return cache[key]


class Key(MacroCacheMixin, model.Key):
    def sort_keys(self, items: Any, context: Any) -> list[Any]:
        run = state.current()
        keys: list[Any] = []
        for item in items:
            run.item = state.ItemState()
            try:
                keys += [collation_key(k) for k in super().sort_keys([item], context)]
            except Exception:  # an unsortable item sorts last rather than failing the list
                keys.append(None)
        return keys
