"""How fast the normalizer chain is, and how often it reports a diagnostic.

Reads the gold segments of ../shared/data/parse/<corpus>.jsonl, drops the
``punct`` gaps (AnyStyle and LinkedBooks keep a span's punctuation inside it,
GROBID leaves it outside: the normalizers accept both) and runs
``normalize_fields`` on every reference in order, each with the previous
entry as ``prev`` (as in a document), several rounds, keeping the best.
The name cache is emptied before each round, so repeats across rounds do not
count (repeats within the corpus do, as they would in a document).
Both wall-clock and CPU time of this process are reported: on a shared
machine the CPU time is the steadier figure.

    python3 benchmarks/normalize_speed.py [--corpus anystyle_train] [--rounds 5] [--steps]

``--steps`` also times each normalizer alone over all references (CPU time).
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from citekit.normalize import CHAIN, normalize_fields  # noqa: E402
from citekit.normalize._person import clear_cache  # noqa: E402
from citekit.normalize.base import Context, ItemState, run_chain  # noqa: E402

SHARED = Path(os.environ.get("CITEKIT_SHARED", ROOT.parent / "shared"))


def load(corpus: str) -> list[list[tuple[str, str]]]:
    path = SHARED / "data" / "parse" / f"{corpus}.jsonl"
    out = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            out.append([(label, text) for label, text in record["segments"] if label != "punct"])
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="anystyle_train")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--steps", action="store_true", help="also time each normalizer alone")
    args = ap.parse_args()
    load_before = " ".join(f"{x:.2f}" for x in os.getloadavg())
    refs = load(args.corpus)
    # warm-up, and the diagnostic count (one pass)
    codes: collections.Counter[str] = collections.Counter()
    with_diag = 0
    kinds: collections.Counter[str] = collections.Counter()
    types: collections.Counter[str] = collections.Counter()
    prev = None
    for fields in refs:
        parsed = normalize_fields(fields, prev=prev)
        prev = parsed.item
        kinds[parsed.kind] += 1
        types[parsed.item.get("type", "")] += 1
        if parsed.diagnostics:
            with_diag += 1
            codes.update(d.code for d in parsed.diagnostics)
    timings = []
    cpu_timings = []
    for _ in range(args.rounds):
        clear_cache()  # every round cold: the name cache would otherwise hold every author
        start, cpu_start = time.perf_counter(), time.process_time()
        prev = None
        for fields in refs:
            prev = normalize_fields(fields, prev=prev).item
        timings.append(time.perf_counter() - start)
        cpu_timings.append(time.process_time() - cpu_start)
    best = min(timings)
    per_ref_us = best / len(refs) * 1e6
    cpu_best = min(cpu_timings)
    print(f"command: python3 benchmarks/normalize_speed.py --corpus {args.corpus} --rounds {args.rounds}")
    print(f"nproc: {os.cpu_count()}  python: {sys.version.split()[0]}  "
          f"load average before: {load_before}")
    print(f"references: {len(refs)}")
    print(f"best of {args.rounds}: {best:.3f} s  -> {per_ref_us:.1f} us/reference, "
          f"{len(refs) / best:,.0f} references/s (median {statistics.median(timings):.3f} s)")
    print(f"CPU time, best of {args.rounds}: {cpu_best:.3f} s  -> {cpu_best / len(refs) * 1e6:.1f} us/reference, "
          f"{len(refs) / cpu_best:,.0f} references/s")
    print(f"references with a diagnostic: {with_diag} ({with_diag / len(refs):.2%}); codes: "
          f"{dict(codes.most_common())}")
    print(f"kinds: {dict(kinds.most_common())}")
    print(f"types: {dict(types.most_common())}")
    if args.steps:
        print("per step (CPU, best of 3, each step alone over all references, chain overhead included):")
        for step in CHAIN:
            best_step = float("inf")
            for _ in range(3):
                clear_cache()
                states = [ItemState.from_fields(fields) for fields in refs]
                cpu_start = time.process_time()
                for state in states:
                    run_chain((step,), state, Context())
                best_step = min(best_step, time.process_time() - cpu_start)
            print(f"  {step.name:12s} {best_step / len(refs) * 1e6:6.1f} us/reference")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
