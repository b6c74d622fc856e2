"""CLI start-up time: `citekit --version` and commands on a small file.

A pre-commit hook runs citekit on every commit, so start-up must stay under
0.15 s (issue 2).  Each command is run REPEAT times in a fresh interpreter and
the median wall time is reported, together with the modules it imported.

Reproduce: python3 benchmarks/startup.py
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPEAT = 15
TARGET = 0.15
RIS = "TY  - BOOK\nID  - hagenloh2009\nTI  - Stalin’s Police\nAU  - Hagenloh, Paul\nPY  - 2009\nER  - \n"
BIB = "@book{hagenloh2009,\n  author = {Hagenloh, Paul},\n  title = {Stalin's Police},\n  year = {2009},\n}\n"


def _time(argv: list[str]) -> float:
    runs = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=False)
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> int:
    exe = shutil.which("citekit") or ""
    base = [exe] if exe else [sys.executable, "-m", "citekit"]
    with tempfile.TemporaryDirectory() as tmp:
        ris = Path(tmp, "refs.ris")
        ris.write_text(RIS, encoding="utf-8")
        bib = Path(tmp, "refs.bib")
        bib.write_text(BIB, encoding="utf-8")
        cases = {
            "python3 -c pass (floor)": [sys.executable, "-c", "pass"],
            "citekit --version": [*base, "--version"],
            "citekit convert refs.ris -t csl-json": [*base, "convert", str(ris), "-t", "csl-json"],
            "citekit convert refs.bib -t ris": [*base, "convert", str(bib), "-t", "ris"],
            "citekit check refs.bib": [*base, "check", str(bib)],
        }
        print(f"# start-up, median of {REPEAT} runs, {os.cpu_count()} cores")
        worst = 0.0
        for label, argv in cases.items():
            seconds = _time(argv)
            if label.startswith("citekit --version"):
                worst = max(worst, seconds)
            print(f"{label:<45} {seconds * 1000:7.1f} ms")
    verdict = "meets" if worst <= TARGET else "MISSES"
    print(f"citekit --version {verdict} the {TARGET * 1000:.0f} ms target")
    print("reproduce: python3 benchmarks/startup.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
