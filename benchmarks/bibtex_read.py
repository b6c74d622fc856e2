"""Time reading a 3,000-entry .bib (the `citekit check` budget is 0.5 s).

Run: python3 benchmarks/bibtex_read.py
"""

from __future__ import annotations

import time

from bibtexparser.splitter import Splitter

from citekit.formats import bibtex

ENTRY = """@book{hagenloh2009x%d,
  author = {Hagenloh, Paul and von Ranke, Leopold and {World Health Organization}},
  title = {Stalin's Police: Public Order and Mass Repression in the {USSR}, 1926--1941},
  publisher = {Johns Hopkins University Press},
  address = {Baltimore, MD},
  year = {2009},
  month = jan,
  pages = {1--20},
  note = {With a preface by {\\'E}mile Zola},
}
"""


def main() -> None:
    text = "\n".join(ENTRY % i for i in range(3000))
    best_split = best_read = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        Splitter(text).split()
        best_split = min(best_split, time.perf_counter() - start)
        start = time.perf_counter()
        result = bibtex.read(text)
        best_read = min(best_read, time.perf_counter() - start)
    assert len(result.entries) == 3000
    print(f"3000 entries: citekit bibtex.read best of 5 = {best_read:.3f} s "
          f"(bibtexparser Splitter alone = {best_split:.3f} s)")
    print("reproduce: python3 benchmarks/bibtex_read.py")


if __name__ == "__main__":
    main()
