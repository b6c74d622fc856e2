"""Warnings of bibtex (plain) and biber on the bibliography citekit extracts from the golden documents.

    python3 benchmarks/bibtex_warnings.py

Writes the entries of every golden document (as ``tests/integration/test_latex_build_extracted.py``
gathers them) as classic BibTeX and as biblatex into a temporary directory, runs pdflatex + bibtex
(style plain) and ``biber --tool --validate-datamodel``, and counts the warnings by kind.  Needs
pdflatex, bibtex and biber (Debian: texlive-latex-base, texlive-bibtex-extra, biber).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DOCUMENTS = ROOT / "tests" / "extraction" / "golden" / "documents"


def _entries() -> list[dict[str, object]]:
    from citekit import extract

    paths = [*sorted(p for p in DOCUMENTS.iterdir() if p.suffix in (".txt", ".md", ".tex")), ROOT / "examples" / "article.txt"]
    entries: list[dict[str, object]] = []
    for path in paths:
        for entry in extract(str(path)).entries:
            entries.append({**entry, "id": f"{path.stem}-{entry['id']}"})
    return entries


def _kinds(lines: list[str]) -> Counter[str]:
    """A warning without its entry's key: its kind."""
    return Counter(re.sub(r"(?: in |Entry ')[^ ']+'?", "", line).strip() for line in lines)


def main() -> int:
    missing = [tool for tool in ("pdflatex", "bibtex", "biber") if shutil.which(tool) is None]
    if missing:
        print(f"needs {', '.join(missing)}")
        return 2
    from citekit.formats import write

    entries = _entries()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        (work / "refs.bib").write_text(write(entries, "bibtex"), encoding="utf-8")
        (work / "doc.tex").write_text(
            "\\documentclass{article}\n\\usepackage[T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n\\usepackage{url}\n"
            "\\begin{document}\n\\nocite{*}\n\\bibliographystyle{plain}\n\\bibliography{refs}\n\\end{document}\n",
            encoding="utf-8")
        run = {"cwd": work, "capture_output": True, "text": True, "errors": "replace", "check": False}
        subprocess.run(["pdflatex", "-interaction=nonstopmode", "doc.tex"], **run)  # type: ignore[call-overload]
        bibtex = subprocess.run(["bibtex", "doc"], **run)  # type: ignore[call-overload]
        classic = [line for line in bibtex.stdout.splitlines() if line.startswith("Warning--")]
        (work / "latex.bib").write_text(write(entries, "biblatex"), encoding="utf-8")
        biber = subprocess.run(["biber", "--tool", "--validate-datamodel", "--output-file", os.devnull, "latex.bib"], **run)  # type: ignore[call-overload]
        modern = [line for line in biber.stdout.splitlines() if line.startswith("WARN")]
    print(f"{len(entries)} entries from {DOCUMENTS.relative_to(ROOT)} and examples/article.txt")
    print(f"bibtex (plain): {len(classic)} warnings")
    for kind, count in _kinds(classic).most_common():
        print(f"  {count:4d}  {kind}")
    print(f"biber --validate-datamodel (biblatex): {len(modern)} warnings")
    for kind, count in _kinds(modern).most_common():
        print(f"  {count:4d}  {kind}")
    print("command: python3 benchmarks/bibtex_warnings.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
