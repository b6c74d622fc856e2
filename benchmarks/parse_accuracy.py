"""Field accuracy of the reference parser on held-out data, and the seed's citations.

    python3 benchmarks/parse_accuracy.py [--data ../shared/data/parse] [--markdown]

Held-out sets (never trained on, see citekit/train.py): 10 % of AnyStyle and
of GROBID (chosen by a hash of the record id), LinkedBooks' official ``valid``
file, and 1,500 footnotes generated from those held-out records (never from
training records).  AnyStyle and GROBID have no ``locator`` label (a pinpoint
is ``pages`` there), so they are also scored with predicted locators read as
pages.  A field counts as right when label
and text (edge punctuation removed) both match; ``other`` is not scored.

Then the seed article's citations (SEER house style, notes 1–4), one by one,
against field values written out below by hand.  ``--entries`` also scores
whole parsed entries (``parse_references``: tagger and normalizers) against
what the normalizers make of the gold spans, and each variable of those entries
(a CSL variable, the locator with its label): a tagging slip a
normalizer repairs counts as right, and a normalizer's own misreading, being
the same on both sides, is not seen.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from citekit.parser import parse_reference  # noqa: E402
from citekit.parser.tagger import get_tagger  # noqa: E402
from citekit.train import DEFAULT_DATA, SEED  # noqa: E402
from citekit.training.corpus import Sequence, is_held_out, read_corpus  # noqa: E402
from citekit.training.evaluate import Scores, score  # noqa: E402

#: The seed's citations (notes 1–4 of Whitewood, SEER 93:2, 2015) and the
#: fields the tagger must find in each, written by hand.
SEED_CITATIONS: list[tuple[str, list[tuple[str, str]]]] = [
    (
        "See Paul Hagenloh, Stalin’s Police: Public Order, Mass Repression in the USSR, "
        "1926–1941, Baltimore, MD, 2009, p. 3.",
        [("signal", "See"), ("author", "Paul Hagenloh"),
         ("title", "Stalin’s Police: Public Order, Mass Repression in the USSR, 1926–1941"),
         ("location", "Baltimore, MD"), ("date", "2009"), ("locator", "p. 3")],
    ),
    (
        "For the national operations, see Nakazannyi narod: po materialam konferentsii "
        "‘Repressii protiv rossiiskikh nemtsev v Sovetskom Soiuze v kontekste sovetskoi "
        "natsional´noi politiki’, ed. Irina Shcherbakova, Moscow, 1999",
        [("signal", "For the national operations, see"),
         ("title", "Nakazannyi narod: po materialam konferentsii ‘Repressii protiv rossiiskikh "
          "nemtsev v Sovetskom Soiuze v kontekste sovetskoi natsional´noi politiki’"),
         ("editor", "ed. Irina Shcherbakova"), ("location", "Moscow"), ("date", "1999")],
    ),
    (
        "Repressii protiv poliakov i pol s´kikh grazhdan, ed. A. E. Gur´ ianov, Moscow, 1997",
        [("title", "Repressii protiv poliakov i pol s´kikh grazhdan"),
         ("editor", "ed. A. E. Gur´ ianov"), ("location", "Moscow"), ("date", "1997")],
    ),
    (
        "James Morris, ‘The Polish Terror: Spymania and Ethnic Cleansing in the Great "
        "Terror’, Europe–Asia Studies, 56, 2004, 2, pp. 751–66.",
        [("author", "James Morris"),
         ("title", "The Polish Terror: Spymania and Ethnic Cleansing in the Great Terror"),
         ("container-title", "Europe–Asia Studies"), ("volume", "56"), ("date", "2004"),
         ("issue", "2"), ("pages", "pp. 751–66")],
    ),
    (
        "For the political context of the publication, see Hagenloh, Stalin’s Police, p. 6ff.",
        [("signal", "For the political context of the publication, see"),
         ("author", "Hagenloh"), ("title", "Stalin’s Police"), ("locator", "p. 6ff.")],
    ),
    (
        "From a large body of work, see Robert Conquest, The Great Terror: Stalin’s Purge of "
        "the Thirties, London, 1968",
        [("signal", "From a large body of work, see"), ("author", "Robert Conquest"),
         ("title", "The Great Terror: Stalin’s Purge of the Thirties"), ("location", "London"),
         ("date", "1968")],
    ),
    (
        "Adam Ulam, Stalin: The Man and his Era, New York, 1974.",
        [("author", "Adam Ulam"), ("title", "Stalin: The Man and his Era"),
         ("location", "New York"), ("date", "1974")],
    ),
]


def held_out_sets(data_dir: Path) -> dict[str, list[Sequence]]:
    """Every held-out split, by name."""
    from citekit.training.synth import generate_notes

    anystyle = [s for s in read_corpus(data_dir / "anystyle_train.jsonl") if is_held_out(s.id)]
    grobid = [s for s in read_corpus(data_dir / "grobid_train.jsonl") if is_held_out(s.id)]
    valid = list(read_corpus(data_dir / "linkedbooks_valid.jsonl"))
    notes = list(generate_notes(data_dir, seed=SEED + 1, count=1_500, held_out=True))
    sets = _anystyle_sets(data_dir)
    by_set = {
        f"AnyStyle held-out 10%, {name} set only": [s for s in anystyle if sets.get(s.id) == name]
        for name in ("core", "good", "bad", "ugly")
    }
    return {
        "AnyStyle held-out 10%": anystyle,
        **by_set,
        "LinkedBooks valid": valid,
        "LinkedBooks valid (secondary literature only)": [
            s for s in valid if _ref_type(data_dir, s.id) != "primary"
        ],
        "GROBID held-out 10%": grobid,
        "Synthetic footnotes held-out 10%": notes,
    }


def _anystyle_sets(data_dir: Path) -> dict[str, str]:
    """AnyStyle record id -> the file it came from (core, good, bad, ugly).

    ``core`` is what AnyStyle's own model is trained on; ``ugly`` labels
    many book titles ``container-title`` (AnyStyle's ``journal``), so the
    sets are scored apart as well as together.
    """
    import json

    out: dict[str, str] = {}
    with (data_dir / "anystyle_train.jsonl").open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            out[record["id"]] = record.get("set", "")
    return out


_REF_TYPES: dict[str, str] = {}


def _ref_type(data_dir: Path, record_id: str) -> str:
    if not _REF_TYPES:
        import json

        with (data_dir / "linkedbooks_valid.jsonl").open(encoding="utf-8") as handle:
            for line in handle:
                record = json.loads(line)
                _REF_TYPES[record["id"]] = record.get("ref_type", "")
    return _REF_TYPES.get(record_id, "")


def seed_check() -> tuple[int, int, list[str]]:
    """(right fields, expected fields, messages) over the seed citations."""
    from citekit.training.evaluate import _key

    right = total = 0
    misses: list[str] = []
    for text, expected in SEED_CITATIONS:
        got = [(label, _key(value)) for label, value in parse_reference(text).fields]
        for label, value in expected:
            total += 1
            if (label, _key(value)) in got:
                right += 1
            else:
                found = [v for lab, v in got if lab == label]
                misses.append(f"  {label}: expected {value!r}, got {found!r}  [{text[:40]}…]")
    return right, total, misses


#: the sets scored as whole entries with --entries
ENTRY_SETS = ("AnyStyle held-out 10%", "LinkedBooks valid", "GROBID held-out 10%", "Synthetic footnotes held-out 10%")


def entry_check(sets: dict[str, list[Sequence]]) -> None:
    """Whole entries: what ``parse_references`` makes of each text against what the normalizers
    make of its gold spans (item, locator, kind, signal).  A tagging slip a normalizer repairs
    counts as right; a normalizer's own misreading is the same on both sides and is not seen."""
    from citekit.normalize import normalize_fields
    from citekit.parser import _fields_of, parse_references

    for name in ENTRY_SETS:
        sequences = sets[name]
        parsed = parse_references([s.text for s in sequences], chain=False)
        same = 0
        counts: dict[str, list[int]] = {}  # variable -> [right, predicted, gold]
        for sequence, got in zip(sequences, parsed, strict=True):
            gold = normalize_fields(_fields_of(sequence.text, sequence.tokens, sequence.tags, [])[0])
            same += (got.item, got.locator, got.kind, got.prefix) == (gold.item, gold.locator, gold.kind, gold.prefix)
            predicted, expected = entry_variables(got), entry_variables(gold)
            for key in predicted.keys() | expected.keys():
                tally = counts.setdefault(key, [0, 0, 0])
                tally[0] += key in predicted and predicted.get(key) == expected.get(key)
                tally[1] += key in predicted
                tally[2] += key in expected
        print(f"{name}, whole entries as from the gold spans: {same}/{len(sequences)} = {same / len(sequences):.3f}")
        right, npred, ngold = (sum(t[i] for t in counts.values()) for i in range(3))
        p, r = right / max(npred, 1), right / max(ngold, 1)
        weakest = sorted((k for k in counts if counts[k][2] >= 20), key=lambda k: _f1(*counts[k]))[:6]
        print(f"  entry variables (CSL variables of the parsed item and the locator) as from the gold spans: "
              f"P {p:.3f} R {r:.3f} F1 {2 * p * r / max(p + r, 1e-9):.3f}; weakest: "
              + ", ".join(f"{k} {_f1(*counts[k]):.2f}" for k in weakest))


def _f1(right: int, predicted: int, gold: int) -> float:
    return 2 * right / max(predicted + gold, 1)


def entry_variables(parsed: Any) -> dict[str, str]:
    """The variables of a parsed entry, each as one comparable string: a name list by its names, a
    date by its parts, and the locator with its label (``type`` is a variable too)."""
    out = {key: json.dumps(value, ensure_ascii=False, sort_keys=True) for key, value in parsed.item.items()}
    if parsed.locator is not None:
        out["locator"] = f"{parsed.label}:{parsed.locator}"
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--markdown", action="store_true", help="print per-label tables")
    parser.add_argument("--entries", action="store_true", help="also score whole parsed entries")
    args = parser.parse_args()
    tagger = get_tagger()
    results: dict[str, Scores] = {}
    started = time.monotonic()
    sets = held_out_sets(args.data)
    for name, sequences in sets.items():
        variants = [(name, None)]
        if name.endswith("set only"):
            variants = [(f"{name}, locator read as pages", {"locator": "pages"})]
        elif name.startswith(("AnyStyle", "GROBID")):
            variants.append((f"{name}, locator read as pages", {"locator": "pages"}))
        for label, read_as in variants:
            results[label] = scores = score(sequences, tagger.tag, read_as=read_as)
            p, r, f = scores.micro()
            print(
                f"{label}: {scores.references} refs, micro field P {p:.3f} R {r:.3f} F1 {f:.3f}, "
                f"whole reference right {scores.exact / max(scores.references, 1):.3f}, "
                f"token accuracy {scores.token_accuracy():.3f}"
            )
    if args.entries:
        entry_check(sets)
    right, total, misses = seed_check()
    print(f"seed citations: {right}/{total} fields right")
    for line in misses:
        print(line)
    if args.markdown:
        for name, scores in results.items():
            print(f"\n### {name}\n\n{scores.table()}")
    print(f"\n({time.monotonic() - started:.0f} s) reproduce: python3 benchmarks/parse_accuracy.py --markdown")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
