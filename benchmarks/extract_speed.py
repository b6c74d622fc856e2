"""End-to-end speed of ``citekit extract`` on a 100-page article's text with ~400 notes.

The text is synthetic but laid out like the seed (pdftotext of a JSTOR PDF):
running heads with page numbers, repository boilerplate on every page, body
paragraphs with fused note markers, four notes per page holding full
citations, short forms, ibid. and commentary.  Target: <= 0.5 s end to end
(reading, splitting, parsing, resolving; PDF reading is not included).

Run: python3 benchmarks/extract_speed.py
"""

from __future__ import annotations

import os
import random
import statistics
import time

from citekit.extraction import extract
from citekit.extraction.classify import classify

SURNAMES = ["Hagenloh", "Conquest", "Ulam", "Khlevniuk", "Morris", "Getty", "Fitzpatrick", "Kotkin",
            "Werth", "Davies", "Harris", "Shearer", "Kuromiya", "Viola", "Goldman", "Priestland"]
GIVEN = ["Paul", "Robert", "Adam", "Oleg", "James", "Arch", "Sheila", "Stephen", "Nicolas", "Sarah"]
WORDS = ["Terror", "Police", "Party", "Revolution", "State", "Order", "Peasants", "Repression", "Power",
         "Society", "Empire", "Purge", "Army", "Workers", "Memory", "Violence", "Soviet", "Stalin"]
PLACES = ["London", "New Haven", "Baltimore, MD", "Moscow", "Oxford", "Cambridge", "Princeton"]


def make_article(pages: int = 100, notes_per_page: int = 4, seed: int = 1) -> str:
    rng = random.Random(seed)
    works: list[tuple[str, str, str]] = []
    out = ["The Example Article on Soviet History\n\nAuthor(s): Ann Example\n\n"
           "Source: Example Review, Vol. 1, No. 1 (2020), pp. 201-300\n\n"
           "This content downloaded from on Sat, 30 May 2015 02:59:02 UTC\n\n"
           "All use subject to JSTOR Terms and Conditions\n\n"]
    number = 0
    for page in range(1, pages + 1):
        folio = 200 + page
        head = f"{folio} ANN EXAMPLE " if folio % 2 == 0 else f"THE EXAMPLE ARTICLE {folio} "
        body = []
        notes = []
        for _ in range(notes_per_page):
            number += 1
            sentence = " ".join(rng.choice(WORDS).lower() for _ in range(40))
            body.append(f"The {sentence} of the period.{number}")
            roll = rng.random()
            if not works or roll < 0.45:
                given, family = rng.choice(GIVEN), rng.choice(SURNAMES)
                title = " ".join(rng.sample(WORDS, 4))
                works.append((family, title, given))
                text = (f"See {given} {family}, {title}: {' '.join(rng.sample(WORDS, 3))}, "
                        f"{rng.choice(PLACES)}, {rng.randint(1950, 2020)}, p. {rng.randint(1, 400)}.")
            elif roll < 0.65:
                family, title, _ = rng.choice(works)
                text = f"{family}, {' '.join(title.split()[:2])}, p. {rng.randint(1, 400)}."
            elif roll < 0.8:
                text = f"Ibid., p. {rng.randint(1, 400)}."
            else:
                family, title, _ = rng.choice(works)
                text = (f"This point was first made by {family} in a lecture that was never published. "
                        f"For the context, see {family}, {' '.join(title.split()[:2])}, pp. "
                        f"{rng.randint(1, 100)}–{rng.randint(101, 200)}.")
            notes.append(f"{number} {text}")
        out.append(head + " ".join(body) + "\n\n" + " ".join(notes) + "\n\n"
                   "This content downloaded from on Sat, 30 May 2015 02:59:02 UTC\n\n"
                   "All use subject to JSTOR Terms and Conditions\n\n")
    return "".join(out)


def main() -> int:
    text = make_article()
    extract(text)  # warm up: load the parser model once, as a long-running process would
    times = []
    doc = None
    for _ in range(5):
        classify.cache_clear()  # no help from the previous run's cache
        start = time.perf_counter()
        doc = extract(text)
        times.append(time.perf_counter() - start)
    assert doc is not None
    n_cits = sum(len(n.citations) for n in doc.notes)
    cold_start = time.perf_counter()
    os.system("python3 -c \"import citekit.extraction as e; import sys; "
              "e.extract(open(sys.argv[1]).read())\" /dev/null >/dev/null 2>&1")
    print(f"input: {len(text):,} characters, 100 pages, {len(doc.notes)} notes found, "
          f"{n_cits} citations, {len(doc.entries)} entries")
    print(f"end to end (warm, median of 5): {statistics.median(times):.3f} s "
          f"(min {min(times):.3f}, max {max(times):.3f}); target <= 0.5 s")
    print(f"process start + imports + model load (empty input): {time.perf_counter() - cold_start:.3f} s")
    print("command: python3 benchmarks/extract_speed.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
