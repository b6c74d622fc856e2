"""Does the batched decoder give CRFsuite's tags?  Token by token, on N varied references.

    python3 benchmarks/decoder_agreement.py [--data ../shared/data/parse] [-n 10000] [--parse]

Tags every reference of ``parse_speed.varied_texts`` twice, with
``pycrfsuite`` (``Tagger.tag``, one reference at a time) and with the batched
numpy decoder (``Tagger.tag_many``), and counts the tokens whose tags differ
(the target is 0).  With ``--parse`` it also checks that the batched
``parse_references`` returns the same results as ``parse_reference`` called
one reference at a time.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from parse_speed import DEFAULT_DATA, varied_texts  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("-n", type=int, default=10_000)
    parser.add_argument("--parse", action="store_true", help="also compare whole parses")
    args = parser.parse_args()

    from citekit.parser import clean_text, parse_reference, parse_references
    from citekit.parser.tagger import get_tagger
    from citekit.parser.tokenize import tokenize

    texts = varied_texts(args.data, args.n)
    tokens = [tokenize(clean_text(text)) for text in texts]
    tagger = get_tagger()
    started = time.perf_counter()
    expected = [tagger.tag(toks) for toks in tokens]
    crf_seconds = time.perf_counter() - started
    started = time.perf_counter()
    got = tagger.tag_many(tokens)
    batch_seconds = time.perf_counter() - started
    if tagger.decoder_problem:
        print(f"the batched decoder did not run: {tagger.decoder_problem}")
        return 1
    n_tokens = sum(map(len, tokens))
    differing = sum(a != b for want, have in zip(expected, got, strict=True) for a, b in zip(want, have, strict=True))
    refs = sum(want != have for want, have in zip(expected, got, strict=True))
    print(f"references: {len(texts)} ({n_tokens} tokens)")
    print(f"tokens whose tags differ: {differing}  (in {refs} references)")
    print(f"crfsuite, one at a time: {crf_seconds:.2f} s   batched decoder (cold caches): {batch_seconds:.2f} s")
    ok = differing == 0
    if args.parse:
        one_by_one = [parse_reference(text) for text in texts]
        batched = parse_references(texts, chain=False)
        mismatched = sum(
            (a.item, a.fields, a.diagnostics) != (b.item, b.fields, b.diagnostics)
            for a, b in zip(one_by_one, batched, strict=True)
        )
        print(f"parse_references vs parse_reference: {mismatched} results differ")
        ok = ok and mismatched == 0
    print(f"reproduce: python3 benchmarks/decoder_agreement.py -n {args.n}{' --parse' if args.parse else ''}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
