"""In-document resolution accuracy: short forms, op. cit., ibid. linked to the right work.

Three measurements, all independent of the reference parser (full citations
become entries straight from their labelled segments, so only the resolver is
measured):

1. **LinkedBooks sequences** (../shared/data/parse/linkedbooks_{train,valid}.jsonl).
   The references keep their order in the source books, so back-references
   stand after the works they repeat.  Each reference is one note; the file is
   cut into pseudo-documents of 400 references.  Gold, from the labels only:
   a reference labelled ``backref`` ``op. cit.``/``cit.``/``a.a.O.`` with an
   ``author`` (and maybe a ``title``) points at the unique earlier full
   reference (labelled author + title, no backref) with that family name (and
   whose title holds the short title's words; a "full" reference whose title
   still reads "…, cit." or "..." is a mislabelled short form and is not a work);
   several such works -> gold
   "ambiguous" (the right answer is no link); ``ibid.``/``ibidem``/``ivi``
   points at the work of the reference before it.  Archival (``primary``)
   references are skipped.
2. **Synthetic sequences** built from AnyStyle's labelled references with
   known answers: short forms by surname plus a middle or initial slice of
   the title, ibid. after single-work notes, idem, op. cit. and "supra n. N",
   with same-author distractors.
3. **The seed**: every link ``citekit extract`` makes in the seed is right.

"Linked right" = resolved to the gold work; "wrong" = resolved to another
work (the error that matters); "unresolved" = left without a link.

4. With ``--docs``: the back-references of the 10 PDF texts of ../shared/data/docs
   (whose silver gold does not mark them): how many got a link, and a random
   sample of the links to check by hand.

Run: python3 benchmarks/resolve_accuracy.py [--docs] [--verbose]
"""

from __future__ import annotations

import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

from citekit.extraction.classify import classify
from citekit.model import Citation, Document, Note
from citekit.resolve import fold, resolve_document, title_tokens

ROOT = Path(__file__).resolve().parent.parent
PARSE = ROOT.parent / "shared" / "data" / "parse"
SEED = ROOT.parent / "shared" / "seed"
CHUNK = 400
VERBOSE = "--verbose" in sys.argv
_OPCIT = re.compile(r"\b(?:op\.\s*c(?:it)?\.?|cit\.|a\.\s*a\.\s*o\.|loc\.\s*cit\.|o\.\s*c\.)", re.I)
_IBID = re.compile(r"^\s*\(?(?:ibid|ibidem|ivi|ebd|ebenda)\b", re.I)


def _segments(record: dict, label: str) -> list[str]:
    return [text for lab, text in record["segments"] if lab == label]


def _family(author: str) -> str:
    words = re.findall(r"[^\W\d_][^\W\d_'’´-]*(?:['’´-][^\W\d_]+)*", author)
    words = [w for w in words if len(w) > 1 and w.lower() not in ("et", "al", "von", "van", "de", "di", "da")]
    return words[-1] if words else ""


def _entry(record: dict, key: str) -> dict | None:
    authors = _segments(record, "author")
    titles = _segments(record, "title")
    if not authors or not titles or _segments(record, "backref"):
        return None
    family = _family(authors[0])
    if not family:
        return None
    if re.search(r"\b(?:cit|op)\b\.?|\.\.\.|…", titles[0]):
        return None  # a short form labelled as if it were full ("Carta, cit.")
    return {"id": key, "type": "book", "title": titles[0].strip(" ,.;:«»\"“”"),
            "author": [{"family": family}]}


class Tally:
    def __init__(self) -> None:
        self.counts: Counter[tuple[str, str]] = Counter()

    def add(self, kind: str, outcome: str) -> None:
        self.counts[(kind, outcome)] += 1

    def table(self, title: str) -> str:
        kinds = sorted({k for k, _ in self.counts})
        lines = [f"### {title}", "", "| kind | with gold | linked right | wrong link | unresolved | right rate |",
                 "|---|---:|---:|---:|---:|---:|"]
        tot = Counter()
        for kind in kinds:
            right = self.counts[(kind, "right")]
            wrong = self.counts[(kind, "wrong")]
            unres = self.counts[(kind, "unresolved")]
            n = right + wrong + unres
            tot.update({"right": right, "wrong": wrong, "unres": unres})
            if n:
                lines.append(f"| {kind} | {n} | {right} | {wrong} | {unres} | {right / n:.3f} |")
            amb_ok = self.counts[(kind, "ambiguous-kept")]
            amb_bad = self.counts[(kind, "ambiguous-linked")]
            if amb_ok or amb_bad:
                lines.append(f"| {kind} (gold: ambiguous, no link expected) | {amb_ok + amb_bad} | "
                             f"{amb_ok} kept unlinked | {amb_bad} linked anyway | | |")
        n = tot["right"] + tot["wrong"] + tot["unres"]
        if n:
            lines.append(f"| **all** | {n} | {tot['right']} | {tot['wrong']} | {tot['unres']} | "
                         f"**{tot['right'] / n:.3f}** |")
        return "\n".join(lines)


def _judge(tally: Tally, kind: str, got: str | None, gold: str | None, ambiguous: bool) -> None:
    if ambiguous:
        tally.add(kind, "ambiguous-kept" if got is None else "ambiguous-linked")
    elif got is None:
        tally.add(kind, "unresolved")
    else:
        tally.add(kind, "right" if got == gold else "wrong")


def linkedbooks(tally: Tally) -> int:
    records = []
    for name in ("linkedbooks_train.jsonl", "linkedbooks_valid.jsonl"):
        path = PARSE / name
        if path.exists():
            with path.open(encoding="utf-8") as handle:
                records.extend(json.loads(line) for line in handle)
    records = [r for r in records if r.get("ref_type") != "primary"]
    judged = 0
    for start in range(0, len(records), CHUNK):
        chunk = records[start: start + CHUNK]
        doc = Document(path="linkedbooks")
        gold: list[tuple[str, str | None, bool] | None] = []
        works: list[tuple[str, str, list[str]]] = []  # (id, family, title tokens)
        previous_gold: str | None = None
        for i, record in enumerate(chunk):
            note = Note(number=str(i + 1), text=record["text"], line=i + 1)
            doc.notes.append(note)
            entry = _entry(record, f"w{start + i}")
            backref = " ".join(_segments(record, "backref"))
            if entry is not None:
                key = (fold(entry["author"][0]["family"]), tuple(title_tokens(entry["title"])))
                same = next((w for w in works if (fold(w[1]), tuple(w[2])) == key), None)
                if same is None:
                    doc.entries.append(entry)
                    works.append((entry["id"], entry["author"][0]["family"], title_tokens(entry["title"])))
                    wid = entry["id"]
                else:
                    wid = same[0]
                note.citations.append(Citation(id=wid, kind="full", text=record["text"]))
                gold.append(None)
                previous_gold = wid
                continue
            info = classify(record["text"])
            kind = "full" if info.kind == "commentary" else info.kind
            cit = Citation(id=None, kind=kind, text=record["text"])
            note.citations.append(cit)
            if _IBID.match(record["text"]) and re.match(r"(?i)\s*\(?(ibid|ivi|ebd)", backref):
                gold.append(("ibid", previous_gold, False) if previous_gold else None)
                continue
            authors = _segments(record, "author")
            if _OPCIT.search(backref) and authors:
                family = fold(_family(authors[0]))
                short = title_tokens(" ".join(_segments(record, "title")))
                cands = [w for w in works if fold(w[1]) == family and all(t in w[2] for t in short)]
                label = "short (title + cit.)" if short else "op. cit."
                if len(cands) == 1:
                    gold.append((label, cands[0][0], False))
                    previous_gold = cands[0][0]
                    continue
                if len(cands) > 1:
                    gold.append((label, None, True))
                    previous_gold = None
                    continue
            gold.append(None)
            previous_gold = None
        resolve_document(doc)
        for note, g in zip(doc.notes, gold, strict=True):
            if g is None:
                continue
            label, gold_id, ambiguous = g
            got = note.citations[0].id
            _judge(tally, label, got, gold_id, ambiguous)
            if VERBOSE and got is None and gold_id is not None:
                titles = {e["id"]: (e["author"][0]["family"], e["title"][:50]) for e in doc.entries}
                why = [d.message for d in doc.diagnostics if d.raw == note.text][:1]
                print(f"UNRESOLVED {label}: {note.text[:80]!r} gold {titles.get(gold_id)} {why}")
            if VERBOSE and got is not None and got != gold_id:
                titles = {e["id"]: (e["author"][0]["family"], e["title"][:50]) for e in doc.entries}
                print(f"WRONG {label}: {note.text[:80]!r} -> {titles.get(got)} gold {titles.get(gold_id or '')}")
            judged += 1
    return judged


def synthetic(tally: Tally, n_docs: int = 300, seed: int = 7) -> int:
    path = PARSE / "anystyle_train.jsonl"
    if not path.exists():
        return 0
    pool = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            entry = _entry(record, "")
            # real family names and titles only (the labels hold "others", "coll", "(2016) …")
            if (entry and len(title_tokens(entry["title"])) >= 3
                    and re.fullmatch(r"[A-ZÀ-ÖØ-Þ][a-zß-ÿ'’-]{2,}", entry["author"][0]["family"])
                    and entry["title"][:1].isalpha()):
                pool.append(entry)
    rng = random.Random(seed)
    judged = 0
    by_family: dict[str, list[dict]] = {}
    for e in pool:
        by_family.setdefault(fold(e["author"][0]["family"]), []).append(e)
    for d in range(n_docs):
        doc = Document(path=f"synthetic-{d}")
        works = rng.sample(pool, 8)
        # a same-author distractor now and then
        fam = fold(works[0]["author"][0]["family"])
        if len(by_family.get(fam, [])) > 1 and rng.random() < 0.5:
            works.append(next(e for e in by_family[fam] if e is not works[0]))
        cited: dict[str, tuple[dict, str]] = {}  # id -> (entry, note number of its full citation)
        expected: list[tuple[str, str | None, bool]] = []
        number = 0
        prev_work: str | None = None  # the work of the preceding note, when known
        for w_index, work in enumerate(works):
            entry = dict(work, id=f"d{d}w{w_index}")
            if any(fold(c["title"]) == fold(entry["title"]) and fold(c["author"][0]["family"]) ==
                   fold(entry["author"][0]["family"]) for c, _ in cited.values()):
                continue
            number += 1
            doc.entries.append(entry)
            doc.notes.append(Note(str(number), entry["title"], citations=[Citation(id=entry["id"], text=entry["title"])]))
            expected.append(("full", None, False))
            cited[entry["id"]] = (entry, str(number))
            prev_work = entry["id"]
            for _ in range(rng.randint(0, 3)):
                number += 1
                kind = rng.choice(["ibid", "short", "short-middle", "op-cit", "supra", "idem"])
                if kind in ("ibid", "idem"):
                    if prev_work is None:
                        kind = "short"
                        target, target_note = rng.choice(list(cited.values()))
                    else:
                        target, target_note = cited[prev_work]
                else:
                    target, target_note = rng.choice(list(cited.values()))
                family = target["author"][0]["family"]
                words = target["title"].split()
                same_author = [c for c, _ in cited.values() if fold(c["author"][0]["family"]) == fold(family)]
                if kind == "ibid":
                    text = rng.choice(["Ibid.", f"Ibid., p. {rng.randint(1, 400)}.", "Ebd., S. 4.", "Ivi, p. 7."])
                    gold, amb, label = target["id"], False, "ibid"
                elif kind == "idem":
                    part = " ".join(words[:3])
                    text = f"Idem, {part}, p. {rng.randint(1, 99)}."
                    gold, amb, label = target["id"], False, "idem"
                    fits = [c for c in same_author if all(t in title_tokens(c["title"]) for t in title_tokens(part))]
                    if len(fits) > 1 or not title_tokens(part):
                        gold, amb = None, True
                elif kind in ("short", "short-middle"):
                    # a short title as authors make them: a run of title words, no dates,
                    # not ending on "and"/"of", not running into "in:" or a subtitle's colon
                    slices = [" ".join(words[i:j]) for i in range(0, len(words) if kind == "short-middle" else 1)
                              for j in range(i + 2, min(i + 5, len(words)) + 1)]
                    slices = [x for x in slices if not re.search(r"\d|\bin:|[:;(\[]", x)
                              and title_tokens(x.split()[-1])]
                    if not slices:
                        continue
                    part = rng.choice(slices)
                    text = f"{family}, {part.strip(' ,.:;')}, p. {rng.randint(1, 400)}."
                    gold, amb, label = target["id"], False, "short form"
                    # a short title that fits two works of the author is ambiguous by construction
                    fits = [c for c in same_author if all(t in title_tokens(c["title"]) for t in title_tokens(part))]
                    if len(fits) > 1 or not title_tokens(part):
                        gold, amb = None, True
                elif kind == "op-cit":
                    text = f"{family}, op. cit., p. {rng.randint(1, 400)}."
                    gold, amb, label = target["id"], len(same_author) > 1, "op. cit."
                else:
                    text = f"{family}, supra n. {target_note}, p. {rng.randint(1, 99)}."
                    gold, amb, label = target["id"], False, "supra"
                info = classify(text)
                cit = Citation(id=None, kind="full" if info.kind == "commentary" else info.kind, text=text)
                doc.notes.append(Note(str(number), text, citations=[cit]))
                expected.append((label, None if amb else gold, amb))
                prev_work = None if amb else gold
        resolve_document(doc)
        for note, (label, gold, amb) in zip(doc.notes, expected, strict=True):
            if label == "full":
                continue
            got = note.citations[0].id
            _judge(tally, label, got, gold, amb)
            if VERBOSE and got != gold:
                titles = {e["id"]: (e["author"][0]["family"], e["title"][:60]) for e in doc.entries}
                why = [d.message for d in doc.diagnostics if d.raw == note.text][:1]
                print(f"SYN {label}: {note.text[:90]!r} -> {titles.get(got or '')} gold {titles.get(gold or '')} {why}")
            judged += 1
    return judged


def seed_links() -> str:
    seeds = sorted(SEED.glob("*.txt"))
    if not seeds:
        return "seed: not found"
    from citekit.extraction import extract

    doc = extract(str(seeds[0]))
    lines = []
    for note in doc.notes:
        for cit in note.citations:
            if cit.kind != "full":
                entry = next((e for e in doc.entries if e.get("id") == cit.id), {})
                lines.append(f"note {note.number}: {cit.kind} {cit.text!r} -> {cit.id} "
                             f"({entry.get('title', '')!s:.40}), locator {cit.locator}")
    return "\n".join(lines) or "seed: no short forms or back-references found"


def docs_links(sample: int = 40, seed: int = 5) -> str:
    """Back-references in the 10 PDF texts of ../shared/data/docs: how many got a link.

    The silver gold there does not mark back-references, so this counts links
    and prints a random sample of them for checking by hand.
    """
    from citekit.extraction import extract

    texts = sorted(p for p in (ROOT.parent / "shared" / "data" / "docs" / "text").glob("*.txt")
                   if not p.name.endswith(".seg.txt"))
    total: Counter[str] = Counter()
    linked: Counter[str] = Counter()
    links = []
    for path in texts:
        doc = extract(str(path))
        entries = {e["id"]: e for e in doc.entries}
        for note in doc.notes:
            for cit in note.citations:
                if cit.kind in ("short", "ibid", "idem", "op-cit", "supra"):
                    total[cit.kind] += 1
                    if cit.id:
                        linked[cit.kind] += 1
                        entry = entries.get(cit.id, {})
                        family = ((entry.get("author") or entry.get("editor") or [{}])[0]).get("family", "")
                        links.append(f"{path.stem[-12:]} n.{note.number} {cit.kind}: {cit.text[:60]!r} -> "
                                     f"{family}, {str(entry.get('title', ''))[:50]}")
    lines = ["| kind | back-references | linked |", "|---|---:|---:|"]
    lines += [f"| {k} | {total[k]} | {linked[k]} |" for k in sorted(total)]
    rng = random.Random(seed)
    lines.append("\nsample of links to check by hand:")
    lines += rng.sample(links, min(sample, len(links)))
    return "\n".join(lines)


def main() -> int:
    start = time.perf_counter()
    lb = Tally()
    n_lb = linkedbooks(lb)
    syn = Tally()
    n_syn = synthetic(syn)
    print(lb.table(f"LinkedBooks sequences ({n_lb} back-references with label-derived gold)"))
    print()
    print(syn.table(f"Synthetic sequences from AnyStyle references ({n_syn} back-references)"))
    print()
    print("### Seed links")
    print(seed_links())
    if "--docs" in sys.argv:
        print("\n### Back-references in ../shared/data/docs (no gold: counts and a sample)")
        print(docs_links())
    print(f"\ntime: {time.perf_counter() - start:.1f} s")
    print("command: python3 benchmarks/resolve_accuracy.py")
    return 0


if __name__ == "__main__":
    sys.exit(main())
