"""How record matching scales: synthetic bibliographies of 1k, 10k and 100k entries.

Each bibliography is generated with a fixed seed: distinct works (random
pronounceable titles, authors, years, journals, books and chapters) plus
duplicate records (``--dup-rate``, default 12.5 %, the middle of the
realistic 5-20 %; one rate for all sizes so that growth compares like with
like) with realistic variation (typos, abbreviated
journals, initials for given names, missing fields, case and diacritics).
Every size runs in a fresh process so the peak memory (max RSS) is its own.
Prints time, peak memory, comparisons, pairwise P/R/F1 against the known
duplicates and the growth rate of the time.

    python3 benchmarks/dedupe_scale.py [--sizes 1000,10000,100000]
"""

from __future__ import annotations

import argparse
import itertools
import json
import math
import random
import resource
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_SYLLABLES = ("ka ri to mi sa ne lo vu de ba zo gu pe shi chev ov sky ia ter an el ing "
              "mar tin ber gen hol ro stad wick ton ley ham dor vich enko ski ova").split()
_ACCENTED = str.maketrans("aeiouc", "áéíöüč")
_JOURNALS = [
    ("Journal of Modern History", "J. Mod. Hist."),
    ("Slavic Review", "Slavic Rev."),
    ("Europe-Asia Studies", "Eur.-Asia Stud."),
    ("American Historical Review", "Am. Hist. Rev."),
    ("Law and History Review", "Law Hist. Rev."),
    ("Journal of Legal History", "J. Leg. Hist."),
    ("Past and Present", "Past Present"),
    ("Cahiers du monde russe", "Cah. monde russe"),
    ("Russian Review", "Russ. Rev."),
    ("Kritika: Explorations in Russian and Eurasian History", "Kritika"),
]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3)))


def _work(rng: random.Random, n: int) -> dict[str, Any]:
    kind = rng.choices(("article-journal", "book", "chapter", "report", "thesis"),
                       (50, 25, 15, 5, 5))[0]
    authors = [{"family": _word(rng).capitalize(), "given": f"{_word(rng).capitalize()} {rng.choice('ABCDEFGH')}."}
               for _ in range(rng.choice((1, 1, 1, 2, 2, 3)))]
    title = " ".join(_word(rng) for _ in range(rng.randint(3, 9))).capitalize()
    if rng.random() < 0.3:
        title += ": " + " ".join(_word(rng) for _ in range(rng.randint(2, 5)))
    item: dict[str, Any] = {
        "id": f"w{n}", "type": kind, "title": title, "author": authors,
        "issued": {"date-parts": [[rng.randint(1850, 2024)]]},
    }
    first = rng.randint(1, 600)
    if kind == "article-journal":
        journal = rng.choice(_JOURNALS)
        item.update({"container-title": journal[0], "volume": str(rng.randint(1, 90)),
                     "page": f"{first}-{first + rng.randint(5, 40)}"})
        if rng.random() < 0.4:
            item["DOI"] = f"10.{rng.randint(1000, 9999)}/{rng.getrandbits(40):x}"
    elif kind == "book":
        item["publisher"] = _word(rng).capitalize() + " Press"
        if rng.random() < 0.2:
            item["edition"] = str(rng.randint(2, 4))
    elif kind == "chapter":
        item.update({"container-title": " ".join(_word(rng) for _ in range(4)).capitalize(),
                     "page": f"{first}-{first + rng.randint(5, 40)}",
                     "editor": [{"family": _word(rng).capitalize(), "given": "J."}]})
    else:
        item["publisher"] = "University of " + _word(rng).capitalize()
    return item


def _typo(rng: random.Random, text: str) -> str:
    if len(text) < 6:
        return text
    i = rng.randint(1, len(text) - 2)
    op = rng.randint(0, 2)
    if op == 0:
        return text[:i] + text[i + 1:]
    if op == 1:
        return text[:i] + text[i + 1] + text[i] + text[i + 2:]
    return text[:i] + rng.choice("aeiourstn") + text[i:]


def _variant(rng: random.Random, item: dict[str, Any], n: int) -> dict[str, Any]:
    """Another source's record of the same work."""
    out = json.loads(json.dumps(item))
    out["id"] = f"{item['id']}-dup{n}"
    roll = rng.random
    if roll() < 0.3:
        out["title"] = _typo(rng, out["title"])
    if roll() < 0.3:
        out["title"] = out["title"].lower() if roll() < 0.5 else out["title"].title()
    if roll() < 0.15 and ":" in out["title"]:
        out["title"] = out["title"].split(":")[0]
    if roll() < 0.4:
        for name in out["author"]:
            name["given"] = ". ".join(w[0] for w in name["given"].split()) + "."
    if roll() < 0.1:
        out["author"][0]["family"] = out["author"][0]["family"].translate(_ACCENTED)
    if out.get("container-title") and roll() < 0.4:
        for full, short in _JOURNALS:
            if out["container-title"] == full:
                out["container-title"] = short
    for key in ("page", "volume", "publisher", "DOI", "container-title", "issued"):
        if key in out and roll() < 0.15:
            del out[key]
    if "page" in out and roll() < 0.2:
        out["page"] = out["page"].split("-")[0]
    return out


def generate(size: int, seed: int = 7, dup_rate: float = 0.125) -> tuple[list[dict[str, Any]], list[int]]:
    """``size`` records and each record's gold work number; ``dup_rate`` duplicates per work."""
    rng = random.Random(seed * 1_000_003 + size)
    n_works = round(size / (1 + dup_rate))
    works = [_work(rng, n) for n in range(n_works)]
    records, gold = list(works), list(range(n_works))
    while len(records) < size:
        w = rng.randrange(n_works)
        records.append(_variant(rng, works[w], len(records)))
        gold.append(w)
    order = list(range(size))
    rng.shuffle(order)
    return [records[i] for i in order], [gold[i] for i in order]


def run_one(size: int, dup_rate: float) -> dict[str, Any]:
    from citekit.matching import dedupe

    records, gold = generate(size, dup_rate=dup_rate)
    start, cpu_start = time.perf_counter(), time.process_time()
    result = dedupe(records)
    elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu_start
    predicted = [0] * size
    for number, cluster in enumerate(result.clusters):
        for i in cluster:
            predicted[i] = number

    def pairs(counts: Counter[Any]) -> int:
        return sum(c * (c - 1) // 2 for c in counts.values())

    tp = pairs(Counter(zip(gold, predicted, strict=True)))
    pp, gp = pairs(Counter(predicted)), pairs(Counter(gold))
    p, r = (tp / pp if pp else 1.0), (tp / gp if gp else 1.0)
    return {
        "size": size, "seconds": round(elapsed, 3), "cpu_seconds": round(cpu, 3),
        "peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "comparisons": result.comparisons, "duplicates": size - len(set(gold)),
        "pair_p": round(p, 4), "pair_r": round(r, 4),
        "pair_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--dup-rate", type=float, default=0.125,
                        help="duplicate records per distinct work (0.05-0.20 is realistic)")
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args.dup_rate)))
        return 0
    rows = []
    for size in (int(s) for s in args.sizes.split(",")):
        out = subprocess.run([sys.executable, __file__, "--one", str(size),
                              "--dup-rate", str(args.dup_rate)],
                             capture_output=True, text=True, check=True)
        row = json.loads(out.stdout)
        rows.append(row)
        print("{size:>7} records  {seconds:>7.2f} s wall  {cpu_seconds:>7.2f} s CPU  peak {peak_mb:>7.1f} MB  "
              "{comparisons:>8} comparisons  {duplicates:>6} duplicates  "
              "pairwise P {pair_p:.4f} R {pair_r:.4f} F1 {pair_f1:.4f}".format(**row), flush=True)
    for a, b in itertools.pairwise(rows):
        exponent = math.log(b["cpu_seconds"] / a["cpu_seconds"]) / math.log(b["size"] / a["size"])
        print(f"growth {a['size']} -> {b['size']}: CPU time x{b['cpu_seconds'] / a['cpu_seconds']:.1f} "
              f"for x{b['size'] / a['size']:.0f} records (exponent {exponent:.2f})")
    print(f"reproduce: python3 benchmarks/dedupe_scale.py --sizes {args.sizes} "
          f"--dup-rate {args.dup_rate}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
