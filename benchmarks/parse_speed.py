"""Speed, start-up and memory of the reference parser.

    python3 benchmarks/parse_speed.py [--data ../shared/data/parse] [-n 10000]

* throughput: ``parse_references`` over N varied reference strings (the texts
  of the labelled corpora, each once, shuffled with a fixed seed), in this one
  process, after the model is loaded and the normalizer modules are imported
  (start-up costs, printed on their own and counted in the start-up line);
  reported for the tagger alone
  (tokenize + features + CRF), one reference at a time through CRFsuite and
  batched through the numpy decoder (``Tagger.tag_many``), and for the whole
  parse (tagger + normalizers), first with the decoder's and the normalizers'
  caches cold (the decoder does not read the feature extractor's cache that
  the CRFsuite run filled: this is the honest first pass), then warm, then one
  reference at a time through ``parse_reference`` and CRFsuite (the path
  ``parse_references`` took before the batched decoder);
* start-up: wall time of ``citekit parse`` in a fresh process until the first
  parsed line is printed (interpreter start, CLI, model load, one parse), with
  the modules' bytecode cached as an installed package has it, and as this
  environment runs it (``--startup-only``: these figures alone);
* peak memory: ``resource.getrusage`` max RSS of this process after the run;
  with ``--rss-only``, of a process that only loads the model and runs
  ``parse_references`` once over N references (the texts repeat once the
  ~49,700 distinct ones run out), e.g. ``-n 50000 --rss-only``.

``--code DIR`` takes the ``citekit`` package from DIR instead of this checkout
(an earlier commit exported with ``git archive``, or a copy whose modules were
compiled), so that two versions are measured by the same script:
``python3 benchmarks/parse_speed.py -n 10000 --code /tmp/citekit-before``.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "data" / "parse"
FILES = ("anystyle_train.jsonl", "grobid_train.jsonl", "linkedbooks_train.jsonl")


def varied_texts(data_dir: Path, n: int) -> list[str]:
    """``n`` distinct reference strings from all corpora, shuffled reproducibly."""
    texts: list[str] = []
    for name in FILES:
        with (data_dir / name).open(encoding="utf-8") as handle:
            texts.extend(json.loads(line)["text"] for line in handle)
    unique = sorted(set(texts))
    random.Random(7).shuffle(unique)
    return unique[:n]


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def startup_seconds(line: str, code: Path = ROOT, bytecode: Path | None = None) -> tuple[float, float]:
    """Fresh ``citekit parse`` process (package from ``code``): (wall seconds until its first output line
    arrives, CPU seconds of the whole process, which a busy machine inflates less).

    With ``bytecode`` (a folder), the child keeps its compiled modules there (``PYTHONPYCACHEPREFIX``),
    as an installed package keeps its ``.pyc`` files: call once to fill it, then time. Without, the
    child runs with this environment (where ``PYTHONDONTWRITEBYTECODE`` is set, every module is
    compiled from source on every start).
    """
    env = {**os.environ, "PYTHONPATH": str(code)}
    if bytecode is not None:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(bytecode)
    cpu = _children_cpu()
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "citekit", "parse", "-f", "json", "-"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        cwd=code, text=True, env=env,
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(line + "\n")
    proc.stdin.flush()
    proc.stdin.close()
    proc.stdout.readline()
    elapsed = time.perf_counter() - started
    proc.wait()
    return elapsed, _children_cpu() - cpu


def interpreter_seconds() -> tuple[float, float]:
    """(wall, CPU seconds) of ``python -c pass``: the part of every start-up that is not citekit's."""
    cpu = _children_cpu()
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    return time.perf_counter() - started, _children_cpu() - cpu


def startup_figures(line: str, code: Path) -> tuple[list[tuple[float, float]], list[tuple[float, float]]]:
    """Five start-ups with the modules' bytecode cached (after one that caches it), and five with this
    environment as it is, each sorted by wall time."""
    with tempfile.TemporaryDirectory(prefix="citekit-pyc-") as cache:
        startup_seconds(line, code, Path(cache))
        cached = sorted(startup_seconds(line, code, Path(cache)) for _ in range(5))
    plain = sorted(startup_seconds(line, code) for _ in range(5))
    return cached, plain


def print_startup(cached: list[tuple[float, float]], plain: list[tuple[float, float]]) -> None:
    def figures(runs: list[tuple[float, float]]) -> str:
        cpu = sorted(run[1] for run in runs)
        return (f"median {runs[2][0]:.3f} s (min {runs[0][0]:.3f}); process CPU median {cpu[2]:.3f} s"
                f" (min {cpu[0]:.3f})")

    print(f"CLI start-up to first parsed line, bytecode cached (as installed): {figures(cached)}")
    how = ("compiled from source: PYTHONDONTWRITEBYTECODE is set" if os.environ.get("PYTHONDONTWRITEBYTECODE")
           else "this environment")
    print(f"CLI start-up to first parsed line, {how}: {figures(plain)}")
    bare = sorted(interpreter_seconds() for _ in range(5))
    print(f"of which the interpreter alone (python -c pass): {figures(bare)}")


def _timed(work: Callable[[], object]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) taken by ``work()``."""
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def rss_only(texts: list[str], n: int) -> int:
    """Peak RSS of a process that parses ``n`` references once (``texts`` repeated if short)."""
    from citekit.parser import parse_references

    distinct = len(texts)
    texts = (texts * (n // distinct + 1))[:n]
    started = time.process_time()
    results = parse_references(texts)
    cpu = time.process_time() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"references: {len(results)} ({distinct} distinct)  full parse, caches cold: {n / cpu:,.0f} refs/s CPU")
    print(f"peak RSS: {peak_mb:.0f} MB (the {len(results)} results included)")
    print(f"cores: {os.cpu_count()}  reproduce: python3 benchmarks/parse_speed.py -n {n} --rss-only")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("-n", type=int, default=10_000)
    parser.add_argument("--rss-only", action="store_true", help="only the peak RSS of one parse_references")
    parser.add_argument("--startup-only", action="store_true", help="only the CLI start-up figures")
    parser.add_argument("--code", type=Path, default=ROOT, metavar="DIR", help="take the citekit package from DIR")
    args = parser.parse_args()
    sys.path.insert(0, str(args.code))  # before the first citekit import
    texts = varied_texts(args.data, args.n)
    if args.startup_only:
        print_startup(*startup_figures(texts[0], args.code))
        code = "" if args.code == ROOT else f" --code {args.code}"
        print(f"cores: {os.cpu_count()}  reproduce: python3 benchmarks/parse_speed.py --startup-only{code}")
        return 0
    if args.rss_only:
        return rss_only(texts, args.n)
    tokens = 0

    from citekit.parser import clean_text, parse_reference, parse_references
    from citekit.parser.tagger import get_tagger
    from citekit.parser.tokenize import tokenize

    load_started = time.perf_counter()
    tagger = get_tagger()
    load = time.perf_counter() - load_started
    load_started = time.perf_counter()
    decoder_ready = tagger.batch_decoder() is not None
    decoder_load = time.perf_counter() - load_started
    # the normalizer chain is imported on the first parse: a start-up cost like the model's, counted
    # in the CLI start-up line below, not in the throughput of the first pass (its ~1,000 patterns
    # compile on first use, in the first pass)
    load_started = time.perf_counter()
    import citekit.normalize
    normalize_load = time.perf_counter() - load_started

    for text in texts:
        tokens += len(tokenize(clean_text(text)))

    def tag_only() -> None:
        for text in texts:
            tagger.tag(tokenize(clean_text(text)))

    def tag_batched() -> None:  # in batches, as parse_references does
        for first in range(0, len(texts), 2048):
            tagger.tag_many([tokenize(clean_text(text)) for text in texts[first : first + 2048]])

    tag_wall, tag_cpu = _timed(tag_only)
    cold_wall, cold_cpu = _timed(lambda: parse_references(texts))
    batch_wall, batch_cpu = _timed(tag_batched)
    full_wall, full_cpu = _timed(lambda: parse_references(texts))

    def one_at_a_time() -> None:  # what parse_references did before the batched decoder
        prev = None
        for text in texts:
            result = parse_reference(text, prev=prev)
            if result.fields:
                prev = result.item

    single_wall, single_cpu = _timed(one_at_a_time)
    conf_wall, conf_cpu = _timed(lambda: parse_references(texts[:2000], confidences=True))

    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cached, plain = startup_figures(texts[0], args.code)
    import citekit

    print(f"citekit from {Path(citekit.__file__).parent}")
    print(f"references: {len(texts)} distinct ({tokens} tokens, {tokens / len(texts):.1f} per ref)")
    print(f"model load: {load * 1000:.0f} ms, batched decoder load: {decoder_load * 1000:.0f} ms"
          + ("" if decoder_ready else f" (NOT USED: {tagger.decoder_problem})")
          + f", normalizers import: {normalize_load * 1000:.0f} ms"
          + (" (PYTHONDONTWRITEBYTECODE set: modules compiled from source)"
             if os.environ.get("PYTHONDONTWRITEBYTECODE") else ""))
    n = len(texts)
    print("throughput, refs/s                        wall-clock   CPU time of this process")
    print(f"tagger, one at a time (tokenize+CRFsuite):{n / tag_wall:>10,.0f}   {n / tag_cpu:>10,.0f}")
    print(f"tagger, batched (tokenize+tag_many):      {n / batch_wall:>10,.0f}   {n / batch_cpu:>10,.0f}")
    print(f"full parse, decoder caches cold:          {n / cold_wall:>10,.0f}   {n / cold_cpu:>10,.0f}")
    print(f"full parse (tagger+normalizers):          {n / full_wall:>10,.0f}   {n / full_cpu:>10,.0f}")
    print(f"full parse, one at a time (CRFsuite):     {n / single_wall:>10,.0f}   {n / single_cpu:>10,.0f}")
    print(f"full parse with confidences (CRFsuite):   {2000 / conf_wall:>10,.0f}   {2000 / conf_cpu:>10,.0f}")
    print(f"load average now: {os.getloadavg()[0]:.1f} (the wall-clock figures suffer from it)")
    print_startup(cached, plain)
    print(f"peak RSS: {peak_mb:.0f} MB")
    code = "" if args.code == ROOT else f" --code {args.code}"
    print(f"cores: {os.cpu_count()}  reproduce: python3 benchmarks/parse_speed.py -n {args.n}{code}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
