"""``lazy_compile``: the same answers as ``re.compile``, compiled only when first used, and no pattern in
the package compiled at import time (the command line's start-up depends on it)."""

from __future__ import annotations

import ast
import pickle
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from citekit.lazy_regex import lazy_compile

PACKAGE = Path(__file__).resolve().parents[2] / "citekit"

PATTERNS = [
    (r"(?P<page>\d+)(?:[-–](?P<end>\d+))?", 0),
    (r"\bibid\b\.?", re.IGNORECASE),
    (r"^(\w+), (\w+)$", re.MULTILINE),
    (r"\s+", 0),
    (r"(?<=[a-z])(?=[A-Z])", 0),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
@pytest.mark.parametrize("text", ["", "pp. 751–66 and 12", "Ibid. 4; IBID., 5", "Hagenloh, Paul\nConquest, Robert",
                                  "camelCase wordsHere"])
def test_every_method_answers_as_the_compiled_pattern(pattern: str, flags: int, text: str) -> None:
    lazy, compiled = lazy_compile(pattern, flags), re.compile(pattern, flags)

    def spans(found: re.Match[str] | None) -> tuple[int, int] | None:
        return found.span() if found else None

    assert spans(lazy.search(text)) == spans(compiled.search(text))
    assert spans(lazy.match(text)) == spans(compiled.match(text))
    assert spans(lazy.fullmatch(text)) == spans(compiled.fullmatch(text))
    assert spans(lazy.search(text, 3)) == spans(compiled.search(text, 3))
    assert lazy.findall(text) == compiled.findall(text)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("#", text) == compiled.sub("#", text)
    assert lazy.subn(lambda m: m.group(0).upper(), text) == compiled.subn(lambda m: m.group(0).upper(), text)
    assert lazy.split(text, maxsplit=2) == compiled.split(text, maxsplit=2)
    assert (lazy.pattern, lazy.flags, lazy.groups, dict(lazy.groupindex)) == (
        compiled.pattern, compiled.flags, compiled.groups, dict(compiled.groupindex))


@given(st.text(max_size=200), st.sampled_from(PATTERNS))
def test_any_text_gets_the_compiled_patterns_answer(text: str, case: tuple[str, int]) -> None:
    lazy, compiled = lazy_compile(*case), re.compile(*case)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in compiled.finditer(text)]
    assert lazy.sub("", text) == compiled.sub("", text)


def test_compiled_on_first_use_only() -> None:
    lazy = lazy_compile(r"(unbalanced")  # an invalid pattern shows that nothing was compiled yet
    assert lazy.pattern == "(unbalanced"
    with pytest.raises(re.error):
        lazy.search("x")


def test_after_first_use_the_compiled_methods_are_called_directly() -> None:
    lazy = lazy_compile(r"\d+")
    assert lazy.search("a 12").group(0) == "12"
    assert lazy.search == re.compile(r"\d+").search  # a builtin bound method now, no proxy in between
    # (held by the instance, with nothing of that name on the class to look up first)
    assert "search" in vars(lazy) and not hasattr(type(lazy), "search")
    assert lazy.search("b 3").group(0) == "3"


def test_a_match_knows_its_pattern() -> None:
    """``match.re`` is the compiled pattern: it compares equal (``==``, not ``is``) to the lazy one."""
    lazy, other = lazy_compile(r"a(b)"), lazy_compile(r"c")
    found = lazy.search("xab")
    assert found is not None
    assert found.re == lazy and lazy == found.re
    assert found.re != other


def test_pickles_as_the_same_pattern() -> None:
    lazy = lazy_compile(r"fol\. (\d+)[rv]?", re.IGNORECASE)
    again = pickle.loads(pickle.dumps(lazy))
    assert again == lazy
    assert again.search("FOL. 12v").group(1) == "12"


def _import_time_compiles(tree: ast.AST) -> list[int]:
    """Lines of ``re.compile(...)`` calls that run when the module is imported (outside any function)."""
    found: list[int] = []

    def visit(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            inside = in_function or isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
            if (not inside and isinstance(child, ast.Call) and isinstance(child.func, ast.Attribute)
                    and child.func.attr == "compile" and isinstance(child.func.value, ast.Name)
                    and child.func.value.id == "re"):
                found.append(child.lineno)
            visit(child, inside)

    visit(tree, False)
    return found


def _identity_tests_of_a_match_pattern(tree: ast.AST) -> list[int]:
    """Lines of ``match.re is PATTERN``: never true for a lazy pattern, whose match holds the compiled one."""
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Compare) and any(isinstance(op, (ast.Is, ast.IsNot)) for op in node.ops)
            and any(isinstance(side, ast.Attribute) and side.attr == "re" for side in [node.left, *node.comparators])]


_RE_FUNCTIONS = frozenset({"search", "match", "fullmatch", "sub", "subn", "split", "findall", "finditer", "compile"})


def _lazy_names(tree: ast.Module) -> set[str]:
    """Names a module binds at its top level to ``lazy_compile(...)``."""
    return {target.id for node in tree.body if isinstance(node, (ast.Assign, ast.AnnAssign))
            and isinstance(node.value, ast.Call) and isinstance(node.value.func, ast.Name)
            and node.value.func.id == "lazy_compile"
            for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
            if isinstance(target, ast.Name)}


def _lazy_patterns_given_to_re(tree: ast.Module, module: str, lazy: dict[str, set[str]]) -> list[int]:
    """Lines of ``re.sub(PATTERN, …)`` and the like where PATTERN is a lazy pattern of this module or one
    imported by name from another: the ``re`` functions take strings and compiled patterns only."""
    names = set(lazy.get(module, ()))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module in lazy:
            names |= {alias.asname or alias.name for alias in node.names if alias.name in lazy[node.module]}
    return [node.lineno for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _RE_FUNCTIONS
            and isinstance(node.func.value, ast.Name) and node.func.value.id == "re" and node.args
            and isinstance(node.args[0], ast.Name) and node.args[0].id in names]


def _modules() -> dict[str, tuple[Path, ast.Module]]:
    return {".".join(path.relative_to(PACKAGE.parent).with_suffix("").parts).removesuffix(".__init__"):
            (path, ast.parse(path.read_text(encoding="utf-8")))
            for path in sorted(PACKAGE.rglob("*.py")) if path.name != "lazy_regex.py"}


def test_no_pattern_of_the_package_is_compiled_at_import_time() -> None:
    modules = _modules()
    lazy = {module: _lazy_names(tree) for module, (_, tree) in modules.items()}
    found = []
    for module, (path, tree) in modules.items():
        where = path.relative_to(PACKAGE)
        found += [f"{where}:{line}: re.compile at import time; use lazy_compile" for line in _import_time_compiles(tree)]
        found += [f"{where}:{line}: 'match.re is PATTERN'; compare with =="
                  for line in _identity_tests_of_a_match_pattern(tree)]
        found += [f"{where}:{line}: a lazy pattern given to a re function; call its method"
                  for line in _lazy_patterns_given_to_re(tree, module, lazy)]
    assert found == []


def test_the_import_time_check_finds_what_it_looks_for() -> None:
    source = "import re\nX = re.compile('a')\ndef f():\n    return re.compile('b')\nok = m.re is X\n"
    tree = ast.parse(source)
    assert _import_time_compiles(tree) == [2]
    assert _identity_tests_of_a_match_pattern(tree) == [5]
    other = ast.parse("import re\nfrom citekit.a import Y, Z as W\nV = lazy_compile('v')\nS = 'x'\n"
                      "re.sub(Y, '', t); re.search(W, t); re.match(V, t); re.match(S, t); re.match('y', t)\n")
    assert _lazy_names(other) == {"V"}
    assert _lazy_patterns_given_to_re(other, "citekit.b", {"citekit.a": {"Y", "Z"}, "citekit.b": {"V"}}) == [5, 5, 5]
