"""Check that the tokenizer and the normalizer chain still give byte-identical outputs.

Speed work on ``citekit/parser/tokenize.py`` and ``citekit/normalize`` must not
change a single output.  This script records the outputs of the current code
over a large, fixed input set, and later compares the code against that record:

    python3 benchmarks/normalize_identity.py --save /tmp/citekit-identity    # before a change
    python3 benchmarks/normalize_identity.py --check /tmp/citekit-identity   # after it

``--code DIR`` takes the ``citekit`` package from DIR instead of this checkout,
to record what an earlier commit gives without touching the working tree:

    git archive <commit> citekit | tar -x -C /tmp/citekit-before
    python3 benchmarks/normalize_identity.py --save /tmp/citekit-identity --code /tmp/citekit-before
    python3 benchmarks/normalize_identity.py --check /tmp/citekit-identity

Inputs (all read from ../shared, nothing is written into the repository):

* tokenizer: every distinct reference text of the four labelled corpora,
  cleaned (``clean_text``) and raw, plus 20,000 random strings (fixed seed)
  over the characters the tokenizer treats specially;
* normalizers: the gold segments of the four corpora (as given and with the
  ``punct`` gaps dropped), the same spans under randomly swapped labels (fixed
  seed), and the tagger's fields for the 10,000 ``varied_texts`` of
  ``benchmarks/parse_speed.py``.  The tagger's fields are computed once, at
  ``--save``, and stored with the record, so a retrained model does not
  change what ``--check`` compares.

Every reference is normalised with the previous item as ``prev`` (as in a
document), and the whole pass is run twice, the second time with every cache
warm: both passes must agree.  An output is the item (key order included),
kind, locator, label, prefix, suffix and every diagnostic (code, message,
severity, raw).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
_CODE = next((sys.argv[i + 1] for i, arg in enumerate(sys.argv[:-1]) if arg == "--code"), str(ROOT))
sys.path.insert(0, _CODE)  # before the first citekit import: --code decides which citekit runs

from citekit.normalize import normalize_fields  # noqa: E402
from citekit.parser import clean_text  # noqa: E402
from citekit.parser.tokenize import tokenize  # noqa: E402

SHARED = Path(os.environ.get("CITEKIT_SHARED", ROOT.parent / "shared"))
CORPORA = ("anystyle_train", "grobid_train", "linkedbooks_train", "linkedbooks_valid")
LABELS = (
    "author", "editor", "translator", "title", "container-title", "collection-title", "date",
    "volume", "issue", "pages", "locator", "publisher", "location", "edition", "genre", "note",
    "url", "doi", "isbn", "signal", "backref", "other", "citation-number",
)
#: characters the tokenizer's patterns care about, for the random strings
ALPHABET = (
    "abcdefpvAJSU.....,,;:()[]  0123456789-‐‑–—―_'’´ʹʼ…/§«»“”éüß"
    "httpsw:/10.1234/x?ffsqFFnoNo.edAufl"
)


def _records(corpus: str) -> Iterator[dict]:
    with (SHARED / "data" / "parse" / f"{corpus}.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def token_inputs() -> list[str]:
    texts = sorted({record["text"] for corpus in CORPORA for record in _records(corpus)})
    rng = random.Random(11)
    randoms = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 40))) for _ in range(20_000)]
    return [clean_text(text) for text in texts] + texts + randoms


def gold_field_lists() -> list[list[tuple[str, str]]]:
    out: list[list[tuple[str, str]]] = []
    for corpus in CORPORA:
        for record in _records(corpus):
            segments = [(label, text) for label, text in record["segments"]]
            out.append(segments)
            out.append([pair for pair in segments if pair[0] != "punct"])
    rng = random.Random(13)
    swapped = [
        [(rng.choice(LABELS), text) for label, text in fields if label != "punct"]
        for fields in rng.sample(out, 20_000)
    ]
    return out + swapped


def tagged_field_lists() -> list[list[tuple[str, str]]]:
    from parse_speed import varied_texts

    from citekit.parser import tag_fields

    return [tag_fields(clean_text(text))[0] for text in varied_texts(SHARED / "data" / "parse", 10_000)]


def normalize_outputs(field_lists: list[list[tuple[str, str]]]) -> list[str]:
    out: list[str] = []
    prev = None
    for fields in field_lists:
        parsed = normalize_fields(fields, prev=prev)
        if fields:
            prev = parsed.item
        diagnostics = [(d.code, d.message, d.severity, d.raw) for d in parsed.diagnostics]
        out.append(
            json.dumps(
                [parsed.item, parsed.kind, parsed.locator, parsed.label, parsed.prefix, parsed.suffix, diagnostics],
                ensure_ascii=False,
            )
        )
    return out


def token_outputs(texts: list[str]) -> list[str]:
    return [json.dumps([tuple(token) for token in tokenize(text)], ensure_ascii=False) for text in texts]


def _write_lines(path: Path, lines: list[str]) -> None:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")


def _read_lines(path: Path) -> list[str]:
    return path.read_text(encoding="utf-8").splitlines()


def _compare(name: str, inputs: list, expected: list[str], actual: list[str]) -> int:
    digest = hashlib.sha256("\n".join(actual).encode()).hexdigest()[:16]
    if len(expected) != len(actual):
        print(f"{name}: {len(actual)} outputs, {len(expected)} recorded: FAIL")
        return 1
    bad = [n for n, (old, new) in enumerate(zip(expected, actual, strict=True)) if old != new]
    print(f"{name}: {len(actual)} outputs, {len(bad)} differ (sha256 {digest}): {'FAIL' if bad else 'identical'}")
    for n in bad[:5]:
        print(f"  input:    {inputs[n]!r}\n  recorded: {expected[n]}\n  now:      {actual[n]}")
    return 1 if bad else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--save", type=Path, metavar="DIR", help="record the outputs of the current code")
    mode.add_argument("--check", type=Path, metavar="DIR", help="compare the current code against a record")
    parser.add_argument("--code", metavar="DIR", help="take the citekit package from DIR (read before parsing)")
    args = parser.parse_args()
    import citekit

    print(f"citekit from {Path(citekit.__file__).parent}")

    texts = token_inputs()
    gold = gold_field_lists()
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)
        tagged = tagged_field_lists()
        (args.save / "tagged_fields.json").write_text(json.dumps(tagged, ensure_ascii=False), encoding="utf-8")
        _write_lines(args.save / "tokens.txt", token_outputs(texts))
        _write_lines(args.save / "gold.txt", normalize_outputs(gold))
        _write_lines(args.save / "tagged.txt", normalize_outputs(tagged))
        print(f"recorded {len(texts)} tokenizer and {len(gold) + len(tagged)} normalizer outputs in {args.save}")
        return 0

    record = args.check
    tagged = [
        [(label, text) for label, text in fields]
        for fields in json.loads((record / "tagged_fields.json").read_text(encoding="utf-8"))
    ]
    failures = _compare("tokenize", texts, _read_lines(record / "tokens.txt"), token_outputs(texts))
    for name, field_lists in (("normalize gold", gold), ("normalize tagged", tagged)):
        expected = _read_lines(record / f"{name.split()[1]}.txt")
        failures += _compare(name + " (cold)", field_lists, expected, normalize_outputs(field_lists))
        failures += _compare(name + " (warm)", field_lists, expected, normalize_outputs(field_lists))
    print("command: python3 benchmarks/normalize_identity.py --check", record)
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
