"""The hooks as a thesis author uses them: ``pre-commit try-repo`` on the fixture thesis.

pre-commit installs the hook repository with pip into its own environment, so
this test needs network access to PyPI (CI and the development machine have it).
``try-repo`` needs a git repository of the hook source with the hooks committed:
the test builds one from the working tree in a temporary directory.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).parent / "fixtures"
CLEAN_BIB = "@book{ok2001,\n  author = {Ok, Anna},\n  title  = {Fine},\n  date   = {2001},\n}\n"

pytestmark = pytest.mark.integration


def _git(cwd: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=citekit tests", "-c", "user.email=tests@citekit.invalid",
         "-c", "commit.gpgsign=false", *args],
        cwd=cwd, check=True, capture_output=True,
    )


def _commit_all(repo: Path) -> None:
    if not (repo / ".git").exists():
        _git(repo, "init", "-q")
    _git(repo, "add", "-A")
    _git(repo, "commit", "-q", "--allow-empty", "-m", "snapshot")


@pytest.fixture(scope="module")
def hook_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("git") is None or shutil.which("pre-commit") is None:
        pytest.skip("git or pre-commit is not installed")
    repo = tmp_path_factory.mktemp("hooksrc")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    shutil.copytree(ROOT / "citekit", repo / "citekit", ignore=ignore)
    for name in ("pyproject.toml", "README.md", "LICENSE", ".pre-commit-hooks.yaml"):
        if (ROOT / name).exists():
            shutil.copy2(ROOT / name, repo / name)
    _commit_all(repo)
    return repo


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("pre-commit-home")


def _try_repo(hook_repo: Path, home: Path, cwd: Path, hook: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PRE_COMMIT_HOME=str(home), PRE_COMMIT_COLOR="never")
    env.pop("CITEKIT_CACHE_DIR", None)
    env["XDG_CACHE_HOME"] = str(home / "xdg")
    return subprocess.run(
        ["pre-commit", "try-repo", str(hook_repo), hook, "--all-files", "--verbose"],
        cwd=cwd, env=env, capture_output=True, text=True, timeout=1200,
    )


def test_hooks_on_the_fixture_thesis_and_on_a_clean_repository(
    hook_repo: Path, pre_commit_home: Path, tmp_path: Path,
) -> None:
    """One test, so that xdist does not install the hook environment twice."""
    thesis = tmp_path / "thesis"
    shutil.copytree(FIXTURES / "thesis", thesis)
    _commit_all(thesis)

    # citekit-check: every finding of the fixture, exit 1, nothing rewritten
    result = _try_repo(hook_repo, pre_commit_home, thesis, "citekit-check")
    output = result.stdout + result.stderr
    if result.returncode not in (0, 1) and "pip" in output:
        pytest.skip(f"pre-commit could not pip-install the hook (no PyPI?):\n{output[-1500:]}")
    assert result.returncode == 1, output
    for line in (FIXTURES / "thesis.expected.txt").read_text(encoding="utf-8").splitlines():
        assert line in output
    before = (thesis / "refs.bib").read_text(encoding="utf-8")
    assert before == (FIXTURES / "thesis" / "refs.bib").read_text(encoding="utf-8")

    # citekit-fix: rewrites refs.bib (merging the planted duplicate work) and fails
    result = _try_repo(hook_repo, pre_commit_home, thesis, "citekit-fix")
    output = result.stdout + result.stderr
    assert result.returncode == 1, output
    assert "refs.bib: rewritten by --fix" in output
    after = (thesis / "refs.bib").read_text(encoding="utf-8")
    assert after != before and "ids       = {HagenlohPolice}" in after

    # a clean thesis passes both hooks
    clean = tmp_path / "clean"
    clean.mkdir()
    (clean / "refs.bib").write_text(CLEAN_BIB, encoding="utf-8")
    (clean / "chapter.tex").write_text("Text\\footcite[3]{ok2001}.\n", encoding="utf-8")
    (clean / "chapter.md").write_text("Text [@ok2001, 3].\n", encoding="utf-8")
    _commit_all(clean)
    for hook in ("citekit-check", "citekit-fix"):
        result = _try_repo(hook_repo, pre_commit_home, clean, hook)
        assert result.returncode == 0, result.stdout + result.stderr
