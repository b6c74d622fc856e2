"""Name elements: substitution, initials and the bibliography's author substitute.

Fixes over citeproc-py:

* a variable used by ``cs:substitute`` (an editor standing in for the author)
  is suppressed in the rest of the entry, as CSL requires; citeproc-py only
  suppressed ``cs:text`` variables, so "eds. ... Edited by ..." printed the
  editors twice;
* ``initialize="false"`` on ``cs:name`` keeps given names whole (citeproc-py
  ignored it, so the 2026 styles, which set ``initialize-with`` on ``<style>``,
  reduced every given name to an initial); initials already in the data still
  get the ``initialize-with`` mark;
* a given name abbreviated in the data keeps all its letters and its period
  ("M. Iu.", "Shch.", "Wm."; citeproc-py printed "M. Iu" or "M. I."), and
  particles stay whole ("de la M.", not ". de . la M."), as in citeproc-js;
* hyphenated roles (``container-author``, ``collection-editor``,
  ``original-author``) are looked up under citeproc-py's underscored keys;
* ``subsequent-author-substitute``: the bibliography layout re-renders an
  entry whose first names equal the previous entry's with the substitute in
  their place (see :mod:`citekit.render.layout`).
"""

from __future__ import annotations

from typing import Any

from citeproc import model
from citeproc.source import Name as CpName
from citeproc.source import VariableError

from citekit.lazy_regex import lazy_compile
from citekit.render import markup, state
from citekit.render.casing import CasedMixin
from citekit.render.variables import data_key

_CSL = "{http://purl.org/net/xbiblio/csl}"
#: a given-name word with the period that follows it in the data ("M.", "Iu.", "Wm")
_GIVEN_WORD = lazy_compile(r"[^\s.]+\.?")


def _is_abbreviated(word: str) -> bool:
    """An initial as the data wrote it: one letter ("M", "M.") or any word closed by a
    period: the transliterated Russian "Iu.", "Zh.", "Shch." and "Wm.", "Chas." are
    abbreviations whose letters all count, as citeproc-js keeps them."""
    bare = word.rstrip(".")
    return bool(bare) and bare[0].isalpha() and (len(bare) == 1 or word.endswith("."))


def initials(given: str, mark: str, *, hyphen: bool = True) -> str:
    """``initialize="true"``: each given name reduced to its initial plus ``mark``.

    Words already abbreviated in the data keep every letter ("M. Iu." stays
    "M. Iu.", not "M. I."); lower-case particles ("de la") stay whole; with
    ``initialize-with-hyphen`` "Jean-Paul" becomes "J.-P.", without it "J. P.".
    """
    parts = given.split("-") if hyphen else [given.replace("-", " ")]
    out = []
    for part in parts:
        pieces = []
        for word in _GIVEN_WORD.findall(part):
            bare = word.rstrip(".")
            if bare[:1].islower():
                pieces.append(bare + " ")  # a particle
            elif _is_abbreviated(word):
                pieces.append(bare + mark)
            else:
                pieces.append(bare[:1] + mark)
        out.append(" ".join("".join(pieces).split()))
    return "-".join(p for p in out if p)


def mark_initials(given: str, mark: str) -> str:
    """``initialize="false"``: given names kept whole; initials already in the data
    ("M.", "Iu.", "Wm.") get the ``initialize-with`` mark, as in citeproc-js."""
    out = ""
    for word in _GIVEN_WORD.findall(given.replace(".-", ". ")):
        bare = word.rstrip(".")
        out += bare + mark if _is_abbreviated(word) else bare + " "
    return " ".join(out.split())


class Names(model.Names):
    def process(self, item: Any, names_context: Any = None, context: Any = None,
                **kwargs: Any) -> Any:
        context = self if context is None else context
        if names_context is None:
            names_context = self._inherited_context() if self.name is None else self
        run = state.current()
        run.item.variables_called += 1
        roles = [r for r in self.get("variable").split() if not run.item.is_suppressed(r)]
        roles = [r for r in roles if data_key(r) in item.reference]
        editor_translator = self._same_editor_and_translator(item, roles)
        if editor_translator:
            roles = [r for r in roles if r != "translator"]

        outputs: list[Any] = []
        for role in roles:
            name_elem = names_context.name
            if name_elem is None:
                name_elem = names_context.makeelement(f"{_CSL}name")
                names_context.insert(0, name_elem)
            first = run.in_bibliography and run.item.names_rendered == 0
            source = item
            if first:
                people = item.reference[data_key(role)]
                run.item.first_names_data = tuple(tuple(p.parts()) for p in people)
                if run.author_substitute is not None and run.substitute_rule != "complete-all":
                    source = _with_substitutes(item, data_key(role), run.author_substitute,
                                               run.substitute_count)
            text = name_elem.render(source, data_key(role), context=context, **kwargs)
            if isinstance(text, int):
                outputs.append(text)
                continue
            if text:
                run.item.names_rendered += 1
            if text and first:
                run.item.first_names = markup.strip_marks(str(text))
                if run.author_substitute is not None and run.substitute_rule == "complete-all":
                    text = run.author_substitute
            label_elem = names_context.label
            if label_elem is not None and text:
                term = "editortranslator" if editor_translator and role == "editor" else role
                plural = len(item.reference[data_key(role)]) > 1
                label = label_elem.render(item, term, plural, **kwargs)
                if label is not None:
                    first = names_context.getchildren()[0]
                    text = label + text if label_elem is first else text + label
            if text:
                run.record(role)
                outputs.append(text)

        if outputs:
            if all(isinstance(o, int) for o in outputs):
                total = sum(outputs)
                return str(total) if total > 0 else None
            run.item.variables_rendered += 1
            return self.join(outputs, self.get_parent_delimiter(context))
        substitute = self.substitute()
        if substitute is not None:
            text = substitute.render(item, context=context, **kwargs)
            if text:
                run.item.variables_rendered += 1
                return text
        raise VariableError

    def _inherited_context(self) -> Any:
        """A bare cs:names inside cs:substitute (even within cs:choose) uses the
        cs:name, cs:et-al and cs:label of the cs:names that holds the substitute."""
        owners = self.xpath_search("./ancestor::cs:substitute[1]/parent::cs:names")
        return owners[0] if owners else self

    def _same_editor_and_translator(self, item: Any, roles: list[str]) -> bool:
        if not {"editor", "translator"} <= set(roles):
            return False
        same: bool = item.reference.editor == item.reference.translator
        return same and self.get_term("editortranslator") is not None



class _SubstitutedNames:
    """A cited item whose leading names under one role read as the author substitute
    (the partial and complete-each rules replace names one by one, keeping the rest)."""

    def __init__(self, item: Any, key: str, substitute: str, count: int) -> None:
        self._item = item
        original = item.reference
        reference = dict.__new__(type(original))
        dict.update(reference, original)
        people = list(original[key])
        people[:count] = [CpName(literal=substitute) for _ in people[:count]]
        dict.__setitem__(reference, key, people)
        self.reference = reference

    def __getattr__(self, name: str) -> Any:
        return getattr(self._item, name)


def _with_substitutes(item: Any, key: str, substitute: str, count: int) -> Any:
    return _SubstitutedNames(item, key, substitute, count) if count else item


def matching_names(rule: str, text: str | None, data: tuple[Any, ...],
                   previous_text: str | None, previous_data: tuple[Any, ...]) -> int:
    """How many leading names ``subsequent-author-substitute-rule`` replaces (0: none)."""
    if not data or not previous_data:
        return 0
    if rule == "complete-all":
        return len(data) if text and text == previous_text else 0
    if rule == "complete-each":
        return len(data) if data == previous_data else 0
    same = 0
    for mine, theirs in zip(data, previous_data, strict=False):
        if mine != theirs:
            break
        same += 1
    return min(same, 1) if rule == "partial-first" else same


class Name(model.Name):
    def get_option(self, name: str, context: Any = None, sort_options: Any = None) -> Any:
        value = super().get_option(name, context, sort_options)
        run = state.current()
        level = 0 if run.in_bibliography or sort_options else run.expand_names.get(
            run.current_key, 0)
        if level and name == "form" and value == "short":
            return "long"  # disambiguate-add-givenname: "D. Smith" / "Douglas Smith"
        if level == 2 and name == "initialize-with":
            return None
        if name == "delimiter-precedes-et-al" and value == "after-inverted-name":
            # the name before "et al." is inverted when every name is, or when only
            # the first is and only one name is shown
            order = super().get_option("name-as-sort-order", context, sort_options)
            shown = super().get_option("et-al-use-first", context, sort_options)
            value = "always" if order == "all" or (order == "first" and shown == 1) else "never"
        return value

    def initialize(self, given: str, mark: str, context: Any) -> str:
        hyphen = bool(self.get_option("initialize-with-hyphen", context))
        if self._initialize_option(context):
            return initials(given, mark, hyphen=hyphen)
        return mark_initials(given, mark)

    def _initialize_option(self, context: Any) -> bool:
        value = self.get("initialize")
        if value is None:
            expr = "./ancestor::*[self::cs:citation or self::cs:bibliography][1]"
            scope = self if context is None else context
            parents = scope.xpath_search(expr)
            if parents:
                value = parents[0].get("initialize")
        if value is None:
            value = self.get_root().get("initialize", "true")
        return str(value).lower() != "false"


class NamePart(CasedMixin, model.Name_Part):
    def format_part(self, given: Any, family: Any) -> tuple[Any, Any]:
        """Format one part; plain ``str`` back (citeproc-py joins the parts with str.join)."""
        def styled(part: Any) -> Any:
            return str(self.wrap(self.format(self.case(part)))) if part else part

        if self.get("name") == "given":
            return styled(given), family
        if self.get("name") == "family":
            return given, styled(family)
        return given, family


class Substitute(model.Substitute):
    def render(self, item: Any, context: Any = None, **kwargs: Any) -> Any:
        run = state.current()
        parent_names = self.getparent()
        for child in self.getchildren():
            collected: set[str] = set()
            run.item.recording.append(collected)
            try:
                if isinstance(child, model.Names) and child.name is None:
                    text = child.render(item, names_context=parent_names, context=context,
                                        **kwargs)
                else:
                    text = child.render(item, context=context, **kwargs)
            except VariableError:
                text = None
            finally:
                run.item.recording.pop()
            if text:
                run.item.suppressed |= collected
                for outer in run.item.recording:
                    outer |= collected
                return text
        return None
