"""Footnote-zone precision/recall/F1 of the text reader, and PDF reading time per page.

Gold: ``../shared/data/docs/gold/<id>.seg.json`` -- hand-corrected zones of the
texts ``../shared/data/docs/text/<id>.seg.txt`` (the text is exactly the zones'
texts joined by newlines, so every line has one gold zone).  A line is gold
*footnote* when its zone is ``footnotes``, or ``note:footnote`` holding text
that occurs once in the document (that GROBID label holds real notes in some
files and repeated page furniture -- a journal's URL on every page -- in
others).  A line is predicted footnote when the reader labels it ``note``.
Scores are over non-blank lines, micro-averaged over documents; per-document
figures follow.  One file's gold (``10.32361__201810011903``) labels body and
notes the wrong way round (its "footnotes" zones hold the running text, see
the table); the headline is given with and without it.  Two files' gold also
puts the article's closing reference list (Bibliography/References) in a
"footnotes" zone; the reader does not call a bibliography a note, so a third
figure leaves those lines out (``references``: neither notes nor counted).

Run: ``python3 benchmarks/extract_zones.py [--shared ../shared] [--no-pdf]``
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from citekit.readers.text import classify_lines  # noqa: E402

#: Gold known to be inverted (see the module docstring); reported, not in the headline.
SUSPECT_GOLD = {"10.32361__201810011903"}


#: A reference list the gold puts in a "footnotes" zone starts with one of these headings.
REFERENCE_HEADINGS = re.compile(r"(?i)^\s*(?:bibliography|references|literature|bibliografia|"
                                r"literaturverzeichnis|works cited)\s*$")


def gold_labels(zones: list[dict[str, str]], *, reference_lists: bool = True) -> list[str]:
    """One gold label per line; ``reference_lists=False`` relabels the reference
    lists that the gold of two files marks as footnote zones (``references``)."""
    counts = Counter(z["text"].strip() for z in zones)
    labels: list[str] = []
    in_references = False
    for zone in zones:
        name = zone["zone"]
        if name == "note:footnote":
            name = "footnotes" if counts[zone["text"].strip()] == 1 else "page"
        if name == "footnotes" and REFERENCE_HEADINGS.match(zone["text"].split("\n", 1)[0]):
            in_references = True
        if in_references and name == "footnotes" and not reference_lists:
            name = "references"
        labels.extend([name] * len(zone["text"].split("\n")))
    return labels


def score(gold: list[str], pred: list[str], lines: list[str]) -> Counter[str]:
    c: Counter[str] = Counter()
    for g, p, text in zip(gold, pred, lines, strict=True):
        if not text.strip():
            continue
        if g == "references":
            continue
        gf, pf = g == "footnotes", p == "note"
        c["tp"] += gf and pf
        c["fp"] += pf and not gf
        c["fn"] += gf and not pf
        gp, pp = g in ("page", "note:headnote"), p == "furniture"
        c["furn_tp"] += gp and pp
        c["furn_fp"] += pp and not gp
        c["furn_fn"] += gp and not pp
    return c


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def zones(shared: Path) -> list[str]:
    docs = shared / "data" / "docs"
    out = ["| document | lines | P | R | F1 | furniture P | furniture R | ms |", "|---|---:|---:|---:|---:|---:|---:|---:|"]
    total: Counter[str] = Counter()
    clean: Counter[str] = Counter()
    no_refs: Counter[str] = Counter()
    elapsed = 0.0
    for gold_path in sorted((docs / "gold").glob("*.seg.json")):
        doc_id = gold_path.name[: -len(".seg.json")]
        text = (docs / "text" / f"{doc_id}.seg.txt").read_text(encoding="utf-8")
        zones_json = json.loads(gold_path.read_text(encoding="utf-8"))["zones"]
        lines = text.split("\n")
        gold = (gold_labels(zones_json) + ["body"] * len(lines))[: len(lines)]
        gold_no_refs = (gold_labels(zones_json, reference_lists=False)
                        + ["body"] * len(lines))[: len(lines)]
        t0 = time.perf_counter()
        pred = classify_lines(text)
        dt = time.perf_counter() - t0
        elapsed += dt
        c = score(gold, pred, lines)
        total.update(c)
        if doc_id not in SUSPECT_GOLD:
            clean.update(c)
            no_refs.update(score(gold_no_refs, pred, lines))
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        fp_, fr_, _ = prf(c["furn_tp"], c["furn_fp"], c["furn_fn"])
        mark = " (gold inverted)" if doc_id in SUSPECT_GOLD else ""
        out.append(f"| {doc_id}{mark} | {len(lines)} | {p:.3f} | {r:.3f} | {f:.3f} | "
                   f"{fp_:.3f} | {fr_:.3f} | {dt * 1000:.1f} |")
    head = []
    for name, c in (("all 16 documents", total), ("15 documents (without inverted gold)", clean),
                    ("15 documents, reference lists not counted as notes", no_refs)):
        p, r, f = prf(c["tp"], c["fp"], c["fn"])
        fp_, fr_, ff_ = prf(c["furn_tp"], c["furn_fp"], c["furn_fn"])
        head.append(f"- footnote zone, {name}: P {p:.3f} R {r:.3f} **F1 {f:.3f}** "
                    f"(lines: tp {c['tp']} fp {c['fp']} fn {c['fn']}); "
                    f"page furniture P {fp_:.3f} R {fr_:.3f} F1 {ff_:.3f}")
    head.append(f"- text reader time: {elapsed * 1000:.0f} ms for all 16 texts")
    return [*head, "", *out]


def text_speed(shared: Path) -> list[str]:
    """The text reader over all 26 development texts, best of three runs each."""
    from citekit.readers.text import read_text_document

    lines = notes = 0
    seconds = 0.0
    for path in sorted((shared / "data" / "docs" / "text").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            result = read_text_document(text, str(path))
            best = min(best, time.perf_counter() - t0)
        seconds += best
        lines += text.count("\n") + 1
        notes += len(result.notes)
    per_4000 = seconds / lines * 4000 * 1000
    return [f"- text reader: 26 texts, {lines} lines, {notes} notes in {seconds * 1000:.0f} ms "
            f"= **{per_4000:.0f} ms per 4,000 lines** (about a 100-page article's pdftotext text)"]


def pdf_times(shared: Path) -> list[str]:
    import pypdfium2

    from citekit.readers.pdf import read_pdf_document
    from citekit.readers.text import read_text_document

    out = ["| PDF | pages | notes | gold notes found (PDF) | gold notes found (pdftotext text) "
           "| s | ms/page |", "|---|---:|---:|---:|---:|---:|---:|"]
    found_pdf = found_text = wanted = 0
    pages_total = 0
    seconds = 0.0
    for pdf in sorted((shared / "data" / "docs" / "pdf").glob("*.pdf")):
        data = pdf.read_bytes()
        t0 = time.perf_counter()
        result = read_pdf_document(data, str(pdf))
        dt = time.perf_counter() - t0
        document = pypdfium2.PdfDocument(data)
        pages = len(document)
        document.close()
        pages_total += pages
        seconds += dt
        per = dt / pages * 1000 if pages else 0.0
        gold_path = shared / "data" / "docs" / "gold" / f"{pdf.stem}.json"
        gold = {str(f.get("n")) for f in json.loads(gold_path.read_text(encoding="utf-8"))
                ["footnotes"] if f.get("n") is not None}
        text = (shared / "data" / "docs" / "text" / f"{pdf.stem}.txt").read_text(encoding="utf-8")
        in_pdf = len(gold & {n.number for n in result.notes})
        in_text = len(gold & {n.number for n in read_text_document(text).notes})
        found_pdf += in_pdf
        found_text += in_text
        wanted += len(gold)
        out.append(f"| {pdf.stem} | {pages} | {len(result.notes)} | {in_pdf}/{len(gold)} | "
                   f"{in_text}/{len(gold)} | {dt:.2f} | {per:.1f} |")
    per_page = seconds / pages_total * 1000 if pages_total else 0.0
    return [f"- PDF reading: {pages_total} pages in {seconds:.2f} s = **{per_page:.1f} ms/page**",
            f"- notes of the silver gold (those with citations, by number) found: PDF reader "
            f"{found_pdf}/{wanted} = {found_pdf / max(wanted, 1):.3f}; text reader on the "
            f"pdftotext text {found_text}/{wanted} = {found_text / max(wanted, 1):.3f}",
            "", *out]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--no-pdf", action="store_true", help="skip the PDF timing")
    ap.add_argument("--write", action="store_true",
                    help="also write benchmarks/results/readers.md")
    args = ap.parse_args()
    shared = Path(args.shared)
    if not (shared / "data" / "docs").is_dir():
        print(f"no ../shared data at {shared}", file=sys.stderr)
        return 2
    lines = ["## Footnote zones (text reader)", "", *zones(shared), "",
             "## Text reader speed", "", *text_speed(shared)]
    if not args.no_pdf:
        lines += ["", "## PDF reading (pypdfium2)", "", *pdf_times(shared)]
    report = "\n".join(lines)
    print(report)
    command = "python3 benchmarks/extract_zones.py" + (" --no-pdf" if args.no_pdf else "")
    print(f"\nreproduce: {command}")
    if args.write:
        stamp = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
        header = (f"# Readers benchmark\n\n{stamp}, nproc {os.cpu_count()}, "
                  f"command: `{command}`\n\n"
                  "Zone scores are over non-blank lines (gold `footnotes`, plus `note:footnote` "
                  "zones whose text occurs once); predicted = the text reader's `note` label. "
                  "Target: F1 >= 0.97. The gold of 10.32361 labels body and notes the wrong way "
                  "round, and two files' gold puts the closing reference list in a footnotes "
                  "zone (see the module docstring); timings are wall-clock on a shared 2-core "
                  "machine and vary with its load.\n\n")
        (ROOT / "benchmarks" / "results" / "readers.md").write_text(header + report + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
