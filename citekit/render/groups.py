"""``cs:group`` suppression decided by the variables actually evaluated, and dates counted.

CSL suppresses a group when it calls at least one variable and every called
variable is empty.  citeproc-py decided "calls a variable" statically, so a
``cs:choose`` branch that was never taken still counted, and labels counted as
variables.  citekit counts the variable calls made while rendering the group
(every variable element reports to :mod:`citekit.render.state`).
"""

from __future__ import annotations

from typing import Any

from citeproc import model
from citeproc.source import VariableError

from citekit.render import state
from citekit.render.casing import CasedMixin


class Group(model.Group):
    def process(self, item: Any, context: Any = None, **kwargs: Any) -> Any:
        run = state.current()
        called, rendered = run.item.variables_called, run.item.variables_rendered
        delimiter = self.get("delimiter", "")
        output = []
        for child in self.iterchildren():
            try:
                if isinstance(child, model.Choose):
                    text = child.render(item, context=context, delimiter=delimiter, **kwargs)
                else:
                    text = child.render(item, context=context, **kwargs)
            except VariableError:
                continue
            if text is not None and str(text) != "":
                output.append(text)
        any_called = run.item.variables_called > called
        any_rendered = run.item.variables_rendered > rendered
        if output and (not any_called or any_rendered):
            return self.join(output)
        raise VariableError


class Date(model.Date):
    def process(self, item: Any, variable: Any = None, show_parts: Any = None,
                context: Any = None, **kwargs: Any) -> Any:
        top_level = variable is None
        run = state.current()
        if top_level:
            run.item.variables_called += 1
            if run.item.is_suppressed(self.get("variable")):
                return None
        text = super().process(item, variable, show_parts, context, **kwargs)
        if top_level and text:
            run.item.variables_rendered += 1
            run.record(self.get("variable"))
        return text


class DatePart(CasedMixin, model.Date_Part):
    def case(self, text: Any, language: str | None = None) -> Any:
        return super().case(text, language)
