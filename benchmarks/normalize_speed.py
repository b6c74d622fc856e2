"""How fast the normalizer chain is, and how often it reports a diagnostic.

Reads the gold segments of ../shared/data/parse/<corpus>.jsonl, drops the
``punct`` gaps (AnyStyle and LinkedBooks keep a span's punctuation inside it,
GROBID leaves it outside: the normalizers accept both) and runs
``normalize_fields`` on every reference in order, each with the previous
entry as ``prev`` (as in a document), several rounds, keeping the best.
The normalizers' caches (name lists, volumes) are emptied before each round, so
repeats across rounds do not count (repeats within the corpus do, as they would
in a document).
Both wall-clock and CPU time of this process are reported: on a shared
machine the CPU time is the steadier figure.

    python3 benchmarks/normalize_speed.py [--corpus anystyle_train] [--rounds 5] [--steps]
    python3 benchmarks/normalize_speed.py --varied 10000 [--fields FILE] [--rounds 5] [--steps] [--code DIR]

``--steps`` also times each normalizer alone over all references (CPU time).
``--code DIR`` times the ``citekit`` package in DIR instead of this checkout
(an earlier commit, unpacked with ``git archive <commit> citekit | tar -x -C DIR``),
for before/after figures under the same load.
``--varied N`` takes instead the tagger's fields of the N ``varied_texts`` of
``benchmarks/parse_speed.py`` (what a parse really hands the chain; the
fields are tagged once, before timing) and also times ``tokenize`` over
those N cleaned texts: the two costs the end-to-end parse speed target
(issue #3) is divided into.
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
sys.path.insert(0, str(ROOT / "benchmarks"))
_CODE = next((sys.argv[i + 1] for i, arg in enumerate(sys.argv[:-1]) if arg == "--code"), str(ROOT))
sys.path.insert(0, _CODE)  # before the first citekit import: --code decides which citekit runs

from citekit.normalize import CHAIN, normalize_fields  # noqa: E402

try:
    from citekit.normalize import clear_caches
except ImportError:  # an earlier citekit (--code): only the name cache existed
    from citekit.normalize._person import clear_cache as clear_caches
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


def load_varied(n: int, fields_file: Path | None) -> tuple[list[str], list[list[tuple[str, str]]]]:
    """The N varied texts of parse_speed.py, cleaned, and the tagger's fields of each
    (read from ``fields_file`` when given: the same inputs for every version timed)."""
    from parse_speed import varied_texts

    from citekit.parser import clean_text, tag_fields

    texts = [clean_text(text) for text in varied_texts(SHARED / "data" / "parse", n)]
    if fields_file is not None:
        saved = json.loads(fields_file.read_text(encoding="utf-8"))
        return texts, [[(label, text) for label, text in fields] for fields in saved[:n]]
    return texts, [tag_fields(text)[0] for text in texts]


def time_tokenize(texts: list[str], rounds: int) -> None:
    from citekit.parser.tokenize import tokenize

    tokens = sum(len(tokenize(text)) for text in texts)
    walls, cpus = [], []
    for _ in range(rounds):
        start, cpu_start = time.perf_counter(), time.process_time()
        for text in texts:
            tokenize(text)
        walls.append(time.perf_counter() - start)
        cpus.append(time.process_time() - cpu_start)
    print(f"tokenize: {len(texts)} texts, {tokens / len(texts):.1f} tokens/text; best of {rounds}: "
          f"wall {min(walls) / len(texts) * 1e6:.1f} us/text, CPU {min(cpus) / len(texts) * 1e6:.1f} us/text")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default="anystyle_train")
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--steps", action="store_true", help="also time each normalizer alone")
    ap.add_argument("--varied", type=int, metavar="N", help="the tagger's fields of N varied texts instead")
    ap.add_argument("--code", metavar="DIR", help="time the citekit package in DIR (read before parsing)")
    ap.add_argument("--fields", type=Path, metavar="FILE",
                    help="with --varied: the tagged fields as JSON (tagged_fields.json of normalize_identity.py)")
    args = ap.parse_args()
    load_before = " ".join(f"{x:.2f}" for x in os.getloadavg())
    if args.varied:
        texts, refs = load_varied(args.varied, args.fields)
        source = f"--varied {args.varied}" + (f" --fields {args.fields}" if args.fields else "")
    else:
        refs = load(args.corpus)
        source = f"--corpus {args.corpus}"
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
        clear_caches()  # every round cold: the caches would otherwise hold every author
        start, cpu_start = time.perf_counter(), time.process_time()
        prev = None
        for fields in refs:
            prev = normalize_fields(fields, prev=prev).item
        timings.append(time.perf_counter() - start)
        cpu_timings.append(time.process_time() - cpu_start)
    best = min(timings)
    per_ref_us = best / len(refs) * 1e6
    cpu_best = min(cpu_timings)
    steps = " --steps" if args.steps else ""
    code = f" --code {args.code}" if args.code else ""
    print(f"command: python3 benchmarks/normalize_speed.py {source} --rounds {args.rounds}{steps}{code}")
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
    if args.varied:
        time_tokenize(texts, args.rounds)
    if args.steps:
        print("per step (CPU, best of 3, each step alone over all references, chain overhead included):")
        for step in CHAIN:
            single = (step,)  # one chain object for all references, as CHAIN is in a parse
            best_step = float("inf")
            for _ in range(3):
                clear_caches()
                states = [ItemState.from_fields(fields) for fields in refs]
                cpu_start = time.process_time()
                for state in states:
                    run_chain(single, state, Context())
                best_step = min(best_step, time.process_time() - cpu_start)
            print(f"  {step.name:12s} {best_step / len(refs) * 1e6:6.1f} us/reference")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
