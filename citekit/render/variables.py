"""Text, number and label elements that honour CSL's rules for (empty) variables.

Fixes over citeproc-py, each a method override:

* ``<number variable="number-of-volumes">`` looked the hyphenated name up in a
  reference keyed with underscores, failed, and took its whole group with it
  ("5 vols." lost);
* ``<label variable="page">`` printed its term ("p.") even when the item has
  no page: a label renders only with a non-empty variable;
* variables consumed by a ``cs:substitute`` are suppressed for the rest of the
  item (see :mod:`citekit.render.names`), and every variable call is counted
  for the group-suppression rule (see :mod:`citekit.render.groups`);
* quotation marks are structured marks resolved by :mod:`citekit.render.markup`,
  so punctuation can move inside them where the locale says so.
"""

from __future__ import annotations

from typing import Any

from citeproc import model
from citeproc.source import VariableError

from citekit.render import markup, state
from citekit.render.casing import CasedMixin


def data_key(variable: str) -> str:
    """citeproc-py's key for a CSL variable name (underscores for hyphens)."""
    return variable.replace("-", "_")


def has_variable(item: Any, variable: str, *, unless_suppressed: bool = True) -> bool:
    """Whether the cited item has a non-empty ``variable`` (and, by default, one that no
    ``cs:substitute`` consumed: conditions still see consumed variables, as in citeproc-js)."""
    if unless_suppressed and state.current().item.is_suppressed(variable):
        return False
    if variable == "locator":
        return bool(item.has_locator)
    return data_key(variable) in item.reference


class MacroCacheMixin:
    """Macros looked up in a dict built when the style is loaded, not by XPath each time
    (citeproc-py's lookup was the largest single cost of rendering Chicago)."""

    def get_macro(self, name: str) -> Any:
        macros = self.get_root().__dict__.get("citekit_macros")  # type: ignore[attr-defined]
        if macros is None or name not in macros:
            return super().get_macro(name)  # type: ignore[misc]
        return macros[name]


class PageRangeMixin:
    """``page-range-format`` per CSL 1.0.2 (citeproc-py cut "1-25" to "1–5" in minimal-two)."""

    def _format_last_page(self, first: str, last: str) -> str:
        fmt = self.get_root().get_option("page-range-format")  # type: ignore[attr-defined]
        if not (first.isdigit() and last.isdigit()):
            return last
        if len(last) < len(first):  # "751-66": the data abbreviated it already
            last = first[: len(first) - len(last)] + last
        if len(last) != len(first) or fmt in (None, "expanded"):
            return last
        common = 0
        while common < len(first) and first[common] == last[common]:
            common += 1
        if fmt in ("chicago", "chicago-15", "chicago-16"):
            number = int(first)
            if number < 100 or number % 100 == 0:
                return last
            if fmt != "chicago-16" and len(first) >= 4 and common < 2:
                return last
            fmt = "minimal" if number % 100 < 10 else "minimal-two"
        if fmt == "minimal":
            return last[min(common, len(last) - 1):]
        if fmt == "minimal-two":
            return last[min(common, max(len(last) - 2, 0)):]
        return last


class Text(MacroCacheMixin, PageRangeMixin, CasedMixin, model.Text):
    def process(self, item: Any, context: Any = None, **kwargs: Any) -> Any:
        if "variable" not in self.attrib:
            text, language = super().process(item, context, **kwargs)
            if "term" in self.attrib and text:
                state.current().item.terms_rendered.append(markup.strip_marks(str(text)))
            return text, language
        run = state.current()
        variable = self.get("variable")
        run.item.variables_called += 1
        if run.item.is_suppressed(variable):
            raise VariableError
        text, language = super().process(item, context, **kwargs)
        if text:
            run.item.variables_rendered += 1
            run.record(variable)
        return text, language

    def _variable(self, item: Any, context: Any) -> Any:
        variable = self.get("variable")
        if self.get("form") == "short" and data_key(variable + "-short") in item.reference:
            variable += "-short"
        if variable.startswith("page"):
            return self._process(item.reference.page, variable)
        if variable == "citation-number":
            return item.number
        if variable == "locator":
            return str(item.locator.identifier).replace("-", "\u2013")
        return item.reference[data_key(variable)]

    def quote(self, string: Any) -> Any:
        if self.get("quotes", "false").lower() == "true":
            return markup.quoted(string)
        return string


class Number(PageRangeMixin, CasedMixin, model.Number):
    def process(self, item: Any, context: Any = None, **kwargs: Any) -> Any:
        run = state.current()
        variable = self.get("variable")
        run.item.variables_called += 1
        if variable in ("locator", "page-first") or run.item.is_suppressed(variable):
            if run.item.is_suppressed(variable):
                return None
            text = super().process(item, context, **kwargs)
        else:
            text = self._process(item.reference[data_key(variable)], variable)
        if text:
            run.item.variables_rendered += 1
            run.record(variable)
        return text


class Label(CasedMixin, model.Label):
    def calls_variable(self) -> bool:
        return False

    def process(self, item: Any, variable: Any = None, plural: Any = None,
                context: Any = None, **kwargs: Any) -> Any:
        if variable is None and not has_variable(item, self.get("variable")):
            return None  # a label without its variable prints nothing
        return super().process(item, variable, plural, context, **kwargs)

    def _is_plural(self, item: Any) -> bool:
        variable = self.get("variable")
        if variable.startswith("number-of"):
            try:
                return int(str(item.reference[data_key(variable)])) > 1
            except (VariableError, ValueError):
                return False
        result: bool = super()._is_plural(item)
        return result
