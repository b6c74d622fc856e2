"""CLI start-up time: `citekit --version` and commands on a small file.

A pre-commit hook runs citekit on every commit, so start-up must stay under
0.15 s (issue 2).  Each command is run REPEAT times in a fresh interpreter and
the median wall time is reported.  The modules' bytecode is cached in a
temporary folder (``PYTHONPYCACHEPREFIX``, after one warm-up run), as an
installed package has its ``.pyc`` files, even where ``PYTHONDONTWRITEBYTECODE``
is set.

Every command must succeed (exit 0, or 1 for findings; output where it has any): a command that fails fast
would otherwise look fast.

Reproduce: python3 benchmarks/startup.py [--code DIR]   (DIR: the checkout whose citekit is timed)
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REPEAT = 15
TARGET = 0.15
RIS = "TY  - BOOK\nID  - hagenloh2009\nTI  - Stalin’s Police\nAU  - Hagenloh, Paul\nPY  - 2009\nER  - \n"
BIB = "@book{hagenloh2009,\n  author = {Hagenloh, Paul},\n  title = {Stalin's Police},\n  year = {2009},\n}\n"


def _time(argv: list[str], env: dict[str, str], cwd: Path) -> float:
    first = subprocess.run(argv, capture_output=True, check=False, env=env, cwd=cwd, text=True)  # (fills the cache)
    # (a clean check prints nothing; the others print their result)
    silent = not first.stdout and not {"pass", "check"} & set(argv)
    if first.returncode not in (0, 1) or silent or "Traceback" in first.stderr:
        raise SystemExit(f"{' '.join(argv)} failed (exit {first.returncode}): {first.stderr.strip()[-300:]}")
    runs = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=False, env=env, cwd=cwd)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--code", type=Path, default=ROOT, metavar="DIR", help="time the citekit package in DIR")
    args = parser.parse_args()
    code = args.code.resolve()
    base = [sys.executable, "-m", "citekit"]
    with tempfile.TemporaryDirectory() as tmp:
        ris = Path(tmp, "refs.ris")
        ris.write_text(RIS, encoding="utf-8")
        bib = Path(tmp, "refs.bib")
        bib.write_text(BIB, encoding="utf-8")
        one = Path(tmp, "one.txt")
        one.write_text("Paul Hagenloh, Stalin's Police, Baltimore, MD, 2009, p. 3.\n", encoding="utf-8")
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env["PYTHONPYCACHEPREFIX"] = str(Path(tmp, "pycache"))
        env["PYTHONPATH"] = str(code)
        cases = {
            "python3 -c pass (floor)": [sys.executable, "-c", "pass"],
            "citekit --version": [*base, "--version"],
            "citekit convert refs.ris -t csl-json": [*base, "convert", str(ris), "-t", "csl-json"],
            "citekit convert refs.bib -t ris": [*base, "convert", str(bib), "-t", "ris"],
            "citekit check refs.bib": [*base, "check", str(bib)],
            "citekit parse one.txt (loads the parser)": [*base, "parse", str(one)],
        }
        print(f"# start-up, median of {REPEAT} runs, {os.cpu_count()} cores")
        worst = 0.0
        for label, argv in cases.items():
            seconds = _time(argv, env, code)
            if label.startswith("citekit --version"):
                worst = max(worst, seconds)
            print(f"{label:<45} {seconds * 1000:7.1f} ms")
    verdict = "meets" if worst <= TARGET else "MISSES"
    print(f"citekit --version {verdict} the {TARGET * 1000:.0f} ms target")
    print(f"citekit from {code}")
    print("reproduce: python3 benchmarks/startup.py" + ("" if code == ROOT else f" --code {code}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
