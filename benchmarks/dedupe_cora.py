"""Record matching on the Cora development half: pairwise and B-cubed P/R/F1.

Reads ../shared/data/dedupe/cora_dev/cora_dev.csv (segmented citation records
with gold clusters), maps each record to a CSL entry, runs citekit.dedupe and
scores its clusters against the gold ones.  Prints the figures, the biggest
false merges and misses, and the command that reproduces them.

    python3 benchmarks/dedupe_cora.py [--csv PATH] [--show N]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from citekit.matching import MatchConfig, dedupe  # noqa: E402

DEFAULT_CSV = ROOT.parent / "shared" / "data" / "dedupe" / "cora_dev" / "cora_dev.csv"

_INITIALS_RE = re.compile(r"^(?:[A-Z][a-z]?\.?-?)+$")
_SPLIT_RE = re.compile(r"\s*(?:,?\s+and\s+|\s&\s|;)\s*")
_EDITOR_NOISE_RE = re.compile(r"\b(?:in|eds?|editors?|editor:|edited by)\b\.?|[():]", re.I)
_CONFERENCE_RE = re.compile(
    r"proc|conf|workshop|symposium|congress|meeting|ijcai|aaai|icml|nips|\bml-?\d", re.I
)


def _clean(value: str) -> str:
    return " ".join(value.split()).strip(" ,.;:")


def _is_initials(word: str) -> bool:
    return bool(_INITIALS_RE.match(word)) and sum(c.isupper() for c in word) <= 3 and (
        "." in word or len(word) <= 2
    )


def parse_names(text: str) -> list[dict[str, str]]:
    """Cora's author strings ("Aha, D. W., Kibler, D., & Albert, M. K." or
    "Paul E. Utgoff and Carla E. Brodley.") as CSL names."""
    text = _clean(text)
    if not text:
        return []
    parts: list[str] = []
    for chunk in _SPLIT_RE.split(text):
        parts.extend(p.strip(" .:") for p in chunk.split(",") if p.strip(" .:"))
    names: list[dict[str, str]] = []
    for part in parts:
        words = part.split()
        if all(_is_initials(w) for w in words):
            if names and "given" not in names[-1]:
                names[-1]["given"] = part
            continue
        if len(words) == 1:
            names.append({"family": part})
        elif _is_initials(words[-1]):
            names.append({"family": words[0], "given": " ".join(words[1:])})
        else:
            names.append({"family": words[-1], "given": " ".join(words[:-1])})
    return names


def to_csl(row: dict[str, str]) -> dict[str, Any]:
    """Map one Cora record to a CSL entry (the gold's noisy segmentation kept)."""
    item: dict[str, Any] = {"id": f"cora{row['id']}"}
    title = _clean(row.get("title", ""))
    journal = _clean(re.sub(r"^\s*in\s+", "", row.get("journal", ""), flags=re.I))
    booktitle = _clean(re.sub(r"^\s*in\s+", "", row.get("booktitle", ""), flags=re.I))
    kind = (row.get("type", "") + " " + row.get("tech", "")).lower()
    note = row.get("note", "").lower()
    if "thesis" in kind or "dissertation" in kind:
        csl_type = "thesis"
    elif re.search(r"report|\btr\b|tech|memo|paper", kind):
        csl_type = "report"
    elif journal:
        csl_type = "article-journal"
    elif booktitle and not title:
        csl_type, title, booktitle = "book", booktitle, ""
    elif booktitle:
        csl_type = "paper-conference" if _CONFERENCE_RE.search(booktitle) else "chapter"
    elif re.search(r"submitted|draft|unpublished|in preparation", note):
        csl_type = "manuscript"
    elif row.get("publisher") and not row.get("institution"):
        csl_type = "book"
    else:
        csl_type = "article"
    item["type"] = csl_type
    if title:
        item["title"] = title
    container = journal or booktitle
    if container:
        item["container-title"] = container
    authors = parse_names(row.get("authors", ""))
    if authors:
        item["author"] = authors
    editors = parse_names(_EDITOR_NOISE_RE.sub(" ", row.get("editor", "")))
    if editors:
        item["editor"] = editors
    year = re.search(r"(19\d\d|20\d\d)", row.get("year", "") + " " + row.get("date", ""))
    if year:
        item["issued"] = {"date-parts": [[int(year.group(1))]]}
    for src, dst in (("pages", "page"), ("volume", "volume"), ("address", "publisher-place")):
        value = _clean(re.sub(r"\b(?:pages|pp|vol|volume)\b\.?", "", row.get(src, ""), flags=re.I))
        if value:
            item[dst] = value
    publisher = _clean(row.get("publisher", "") or row.get("institution", ""))
    if publisher:
        item["publisher"] = publisher
    if row.get("note"):
        item["note"] = _clean(row["note"])
    return item


def _pairs(sizes: Counter[Any]) -> int:
    return sum(n * (n - 1) // 2 for n in sizes.values())


def score(gold: list[str], predicted: list[int]) -> dict[str, float]:
    """Pairwise and B-cubed precision/recall/F1 of ``predicted`` labels against ``gold``."""
    both = Counter(zip(gold, predicted, strict=True))
    tp = _pairs(both)
    pred_pairs, gold_pairs = _pairs(Counter(predicted)), _pairs(Counter(gold))
    p = tp / pred_pairs if pred_pairs else 1.0
    r = tp / gold_pairs if gold_pairs else 1.0
    gold_size, pred_size = Counter(gold), Counter(predicted)
    bp = sum(both[(g, c)] / pred_size[c] for g, c in zip(gold, predicted, strict=True)) / len(gold)
    br = sum(both[(g, c)] / gold_size[g] for g, c in zip(gold, predicted, strict=True)) / len(gold)

    def f1(a: float, b: float) -> float:
        return 2 * a * b / (a + b) if a + b else 0.0

    return {
        "pair_p": p, "pair_r": r, "pair_f1": f1(p, r),
        "b3_p": bp, "b3_r": br, "b3_f1": f1(bp, br),
        "gold_clusters": len(gold_size), "predicted_clusters": len(pred_size),
    }


def _label(item: dict[str, Any]) -> str:
    names = item.get("author") or []
    family = names[0].get("family", "") if names else ""
    year = (item.get("issued") or {}).get("date-parts", [[""]])[0][0]
    return f'{item["id"]} [{item["type"]}] {family} {year} "{item.get("title", "")[:60]}"'


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--show", type=int, default=6, help="false merges / misses to list")
    args = parser.parse_args(argv)
    if not args.csv.is_file():
        print(f"Cora data not found at {args.csv}", file=sys.stderr)
        return 2
    with args.csv.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    items = [to_csl(r) for r in rows]
    gold = [r["cluster"] for r in rows]

    start = time.perf_counter()
    result = dedupe(items, config=MatchConfig())
    elapsed = time.perf_counter() - start
    predicted = [0] * len(items)
    for number, cluster in enumerate(result.clusters):
        for i in cluster:
            predicted[i] = number
    figures = score(gold, predicted)

    print(f"records {len(items)}, comparisons {result.comparisons} "
          f"(all pairs would be {len(items) * (len(items) - 1) // 2}), {elapsed:.2f} s")
    print("pairwise  P {pair_p:.4f}  R {pair_r:.4f}  F1 {pair_f1:.4f}".format(**figures))
    print("B-cubed   P {b3_p:.4f}  R {b3_r:.4f}  F1 {b3_f1:.4f}".format(**figures))
    print("clusters  gold {gold_clusters}  predicted {predicted_clusters}".format(**figures))

    # false merges: predicted clusters holding several gold clusters (by pairs lost)
    by_pred: dict[int, list[int]] = defaultdict(list)
    for i, c in enumerate(predicted):
        by_pred[c].append(i)
    merges = []
    for members in by_pred.values():
        golds = Counter(gold[i] for i in members)
        if len(golds) > 1:
            cross = (sum(golds.values()) ** 2 - sum(n * n for n in golds.values())) // 2
            merges.append((cross, members, golds))
    merges.sort(key=lambda m: -m[0])
    print(f"\nfalse merges (predicted clusters mixing gold clusters): {len(merges)}")
    for cross, members, golds in merges[: args.show]:
        print(f"  {cross} wrong pairs; gold clusters {dict(golds)}")
        for g in list(golds)[:3]:
            first = next(i for i in members if gold[i] == g)
            print(f"    gold {g}: {_label(items[first])}")
    by_gold: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(gold):
        by_gold[g].append(i)
    misses = []
    for g, members in by_gold.items():
        preds = Counter(predicted[i] for i in members)
        if len(preds) > 1:
            lost = (len(members) ** 2 - sum(n * n for n in preds.values())) // 2
            misses.append((lost, g, members, preds))
    misses.sort(key=lambda m: -m[0])
    print(f"\nmisses (gold clusters split): {len(misses)}")
    for lost, g, members, preds in misses[: args.show]:
        print(f"  gold {g}: {lost} pairs missed; split {sorted(preds.values(), reverse=True)}")
        main_pred = preds.most_common(1)[0][0]
        shown = [next(i for i in members if predicted[i] == main_pred)]
        shown += [i for i in members if predicted[i] != main_pred][:2]
        for i in shown:
            print(f"    {_label(items[i])}")
    print("\nreproduce: python3 benchmarks/dedupe_cora.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
