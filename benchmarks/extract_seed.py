"""The seed target of ``citekit extract``: every citation of notes 1-4, the short-form link, no furniture.

Checks, on ../shared/seed/*.txt (Whitewood, SEER 93:2, 2015):
- source = Whitewood's article in The Slavonic and East European Review 93(2);
- notes 1-4 found, and their citations: Hagenloh (locator "3"), Shcherbakova's and
  Gur´ianov's edited volumes, Morris's article (volume 56, issue 2, pages 751–66),
  Conquest, Ulam, Khlevniuk;
- note 2's short form linked to note 1's Hagenloh entry with locator "6ff.";
- no entry made from page furniture (the cover page's other titles) or from prose.

Run: python3 benchmarks/extract_seed.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from citekit.extraction import extract
from citekit.resolve import fold

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seed"


def main() -> int:
    seeds = sorted(SEED.glob("*.txt"))
    if not seeds:
        print(f"no seed at {SEED}")
        return 1
    start = time.perf_counter()
    doc = extract(str(seeds[0]))
    elapsed = time.perf_counter() - start

    def entry(*words: str) -> dict | None:
        found = [e for e in doc.entries
                 if all(w in fold(f"{e.get('title', '')} {e.get('container-title', '')}") for w in words)]
        return found[0] if len(found) == 1 else None

    def names(e: dict | None) -> str:
        if not e:
            return ""
        return fold(" ".join(p.get("family", "") for p in (e.get("author") or []) + (e.get("editor") or [])))

    checks: list[tuple[str, bool]] = []
    src = doc.source
    checks.append(("source: Whitewood, SEER 93(2)",
                   (src.get("author") or [{}])[0].get("family") == "Whitewood"
                   and "slavonic and east european review" in fold(str(src.get("container-title", "")))
                   and (src.get("volume"), src.get("issue")) == ("93", "2")))
    checks.append(("notes 1-4 found", [n.number for n in doc.notes] == ["1", "2", "3", "4"]))
    hag = entry("stalins police")
    note1 = next((n for n in doc.notes if n.number == "1"), None)
    loc = next((c.locator for c in (note1.citations if note1 else []) if hag and c.id == hag["id"]), None)
    checks.append(("Hagenloh, locator 3", bool(hag) and "hagenloh" in names(hag) and loc == "3"))
    checks.append(("Shcherbakova's edited volume", "shcherbakova" in names(entry("nakazannyi narod"))))
    checks.append(("Gur´ianov's edited volume", "gurianov" in names(entry("repressii protiv poliakov"))))
    morris = entry("polish terror")
    checks.append(("Morris: vol. 56, issue 2, pp. 751–66",
                   bool(morris) and "morris" in names(morris)
                   and (morris.get("volume"), morris.get("issue")) == ("56", "2")
                   and str(morris.get("page", "")).replace("–", "-") in ("751-66", "751-766")))
    checks.append(("Conquest", "conquest" in names(entry("great terror", "purge of the thirties"))))
    checks.append(("Ulam", "ulam" in names(entry("man and his era"))))
    checks.append(("Khlevniuk", "khlevniuk" in names(entry("master of the house"))))
    note2 = next((n for n in doc.notes if n.number == "2"), None)
    link = [(c.kind, c.id, c.locator) for c in (note2.citations if note2 else [])]
    in_note1 = bool(hag) and any(c.id == hag["id"] for c in (note1.citations if note1 else []))
    checks.append(("note 2 short form -> note 1's Hagenloh entry, locator 6ff.",
                   in_note1 and link == [("short", hag["id"], "6ff.")]))
    titles = " | ".join(fold(str(e.get("title", ""))) for e in doc.entries)
    furniture = ("united states army in the world war", "closed circuit television", "land management",
                 "strategies of social research", "trud")
    checks.append(("no entry from page furniture or prose", not any(f in titles for f in furniture)
                   and len(doc.entries) == 7))
    wrong = [c for n in doc.notes for c in n.citations if c.kind != "full" and c.id and (not hag or c.id != hag["id"])]
    checks.append(("no wrong back-reference link", not wrong))

    for name, ok in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {name}")
    passed = sum(ok for _, ok in checks)
    print(f"\n{passed}/{len(checks)} checks pass; {len(doc.entries)} entries; extraction {elapsed * 1000:.0f} ms")
    print("command: python3 benchmarks/extract_seed.py")
    return 0 if passed == len(checks) else 1


if __name__ == "__main__":
    sys.exit(main())
