"""Train the reference tagger that ships in ``citekit/parser/model.crfsuite``.

    python -m citekit.train [--data ../shared/data/parse] [--quick]

The defaults are the settings of the shipped model.  Reproducible: the
corpora are read in file order, held-out records are chosen by a hash of
their id (:func:`citekit.training.corpus.is_held_out`), every
subsample and the generated footnote data use fixed seeds, and CRFsuite's
L-BFGS training is deterministic.  Held-out records (10 % of every
training file by that hash; for LinkedBooks the measure is its official
``valid`` file and the hashed 10 % just go unused)
are never trained on and never feed the dictionaries; the generated notes
are rendered from training records only (the held-out notes of the accuracy
benchmark come from held-out records).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

from citekit.training.corpus import Sequence, is_held_out, read_corpus

PACKAGE_DIR = Path(__file__).resolve().parent / "parser"
DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "parse"
SEED = 20260127

#: (file, how many training records to keep at most; None = all)
TRAIN_FILES: tuple[tuple[str, int | None], ...] = (
    ("anystyle_train.jsonl", None),
    ("grobid_train.jsonl", None),
    ("linkedbooks_train.jsonl", None),
)


def load_training(data_dir: Path, quick: bool) -> tuple[list[Sequence], dict[str, int]]:
    """Training sequences of every corpus (held-out records removed) and their counts."""
    rng = random.Random(SEED)
    sequences: list[Sequence] = []
    counts: dict[str, int] = {}
    for name, cap in TRAIN_FILES:
        kept = [s for s in read_corpus(data_dir / name) if not is_held_out(s.id)]
        if quick:
            cap = min(cap or len(kept), 3_000)
        if cap is not None and len(kept) > cap:
            kept = rng.sample(kept, cap)
        counts[name] = len(kept)
        sequences.extend(kept)
    from citekit.training.synth import generate_notes

    notes = list(generate_notes(data_dir, seed=SEED))
    if quick:
        notes = notes[:3_000]
    counts["synthetic notes"] = len(notes)
    sequences.extend(notes)
    return sequences, counts


def train(
    sequences: list[Sequence],
    model_path: Path,
    *,
    max_iterations: int,
    c1: float,
    c2: float,
    min_freq: int,
    verbose: bool = False,
) -> None:
    """Fit CRFsuite (L-BFGS with L1+L2) on ``sequences`` and write ``model_path``."""
    import pycrfsuite

    from citekit.parser.features import FeatureExtractor

    extractor = FeatureExtractor()
    trainer = pycrfsuite.Trainer(verbose=verbose)
    for seq in sequences:
        trainer.append(extractor.sequence(seq.tokens), seq.tags)
    trainer.set_params(
        {
            "c1": c1,
            "c2": c2,
            "max_iterations": max_iterations,
            "feature.minfreq": min_freq,
            "feature.possible_transitions": True,
        }
    )
    tmp = model_path.with_suffix(".tmp")
    trainer.train(str(tmp))
    tmp.replace(model_path)
    from citekit.parser.tagger import ATTRIBUTES_NAME, write_attributes

    write_attributes(model_path, model_path.parent / ATTRIBUTES_NAME)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m citekit.train", description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared parse data")
    parser.add_argument("--out", type=Path, default=PACKAGE_DIR / "model.crfsuite")
    parser.add_argument("--quick", action="store_true", help="small subsample, few iterations")
    parser.add_argument("--max-iterations", type=int, default=None)
    parser.add_argument("--c1", type=float, default=1.0, help="L1 penalty (keeps the model small)")
    parser.add_argument("--c2", type=float, default=0.01)
    parser.add_argument("--min-freq", type=int, default=3, help="drop rarer features")
    parser.add_argument("--verbose", action="store_true", help="print CRFsuite's progress")
    args = parser.parse_args(argv)
    if not args.data.is_dir():
        print(f"no training data at {args.data}", file=sys.stderr)
        return 2
    started = time.monotonic()
    sequences, counts = load_training(args.data, args.quick)
    from citekit.training.dictionaries import build

    sizes = build(sequences, PACKAGE_DIR / "dictionaries")
    from citekit.parser import features

    features.dictionaries.cache_clear()
    print("training records:", counts, "dictionary sizes:", sizes, flush=True)
    iterations = args.max_iterations or (60 if args.quick else 300)
    train(
        sequences,
        args.out,
        max_iterations=iterations,
        c1=args.c1,
        c2=args.c2,
        min_freq=args.min_freq,
        verbose=args.verbose,
    )
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({size / 1e6:.1f} MB) in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
