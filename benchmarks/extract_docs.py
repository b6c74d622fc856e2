"""Reference recall/precision of ``citekit extract`` on real law and legal-history articles.

For each of the 10 PDF texts in ../shared/data/docs/text/<id>.txt, the works
extracted (``Document.entries``) are matched one-to-one to the silver gold
references (../shared/data/docs/gold/<id>.json: footnote citations plus
unassigned references) by title: folded titles that are equal, contain one
another (truncated titles) or have a rapidfuzz ratio >= 85.  Recall = gold
works matched / gold works; precision = extracted works matched / extracted
works.  Targets: >= 0.90 recall at >= 0.90 precision.

Run: python3 benchmarks/extract_docs.py [--verbose] [--unmatched] [--missed] [--pdf | --with-pdf]

``--pdf`` reads the documents that have a PDF from the PDF (citekit's own PDF reader) instead of
their pdftotext text; ``--with-pdf`` scores the texts of the same documents, for comparison.

For every gold work an entry matches, the other fields (authors' and
editors' family names, year, container, place, publisher, volume, page
range) are compared too: a development figure for field accuracy on real
footnotes, against silver gold.

``--unmatched`` lists the extracted works within the gold's scope that match
no gold title, with the note and the citation text they came from (for hand
checks of junk: prose read as a citation, fragments, real works the silver
gold leaves out).  ``--missed`` lists the gold titles no extracted work matches.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz

from citekit.extraction import extract
from citekit.extraction.pipeline import KEPT_AS_TEXT
from citekit.resolve import fold

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "data" / "docs"


def gold_last_note(path: Path) -> int | None:
    """The last footnote the silver gold covers (None: no footnote numbers, whole document)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    numbers = [int(n["n"]) for n in data.get("footnotes") or [] if str(n.get("n", "")).isdigit()]
    return max(numbers) if numbers and not data.get("references_unassigned") else None


def gold_notes(path: Path) -> set[int] | None:
    """The footnotes the silver gold lists works for (None: works not assigned to notes)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    if data.get("references_unassigned"):
        return None
    numbers = {int(n["n"]) for n in data.get("footnotes") or [] if str(n.get("n", "")).isdigit()}
    return numbers or None


def gold_titles(path: Path) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    items = [c["csl"] for n in data.get("footnotes") or [] for c in n.get("citations") or []]
    items += [c["csl"] for c in data.get("references_unassigned") or []]
    titles: list[str] = []
    for item in items:
        title = fold(str(item.get("title") or item.get("container-title") or "")).strip()
        if title and title not in titles:
            titles.append(title)
    return titles


def same_title(a: str, b: str) -> bool:
    # a year or edition number written into a title ("leviathan 1651") does not make it another work
    a = re.sub(r"(?:\s\d+)+$", "", a)
    b = re.sub(r"(?:\s\d+)+$", "", b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 12 and short in long_:
        return True
    return fuzz.ratio(a, b) >= 85


def match(gold: list[str], predicted: list[str]) -> int:
    used: set[int] = set()
    hits = 0
    for g in gold:
        for i, p in enumerate(predicted):
            if i not in used and same_title(g, p):
                used.add(i)
                hits += 1
                break
    return hits


def max_match(gold: list[str], predicted: list[str]) -> int:
    """The largest one-to-one title matching (augmenting paths).

    :func:`match` is greedy: a short gold title ("arbeitsrecht") may take the
    first long title containing it and leave the work that is exactly it
    unmatched.  Reported beside the greedy figures, which stay the headline.
    """
    options = [[j for j, p in enumerate(predicted) if same_title(g, p)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in options[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    return sum(augment(i, set()) for i in range(len(gold)))


#: the CSL fields compared on matched works, and how a value is read for comparison
_FIELDS = ("author", "editor", "issued", "container-title", "publisher-place", "publisher", "volume", "page")


def _families(names: Any) -> frozenset[str]:
    return frozenset(fold(str(n.get("family") or n.get("literal") or "")).strip()
                     for n in names or [] if isinstance(n, dict)) - {""}


def _field_value(item: dict, field: str) -> object:
    value = item.get(field)
    if value in (None, "", []):
        return None
    if field in ("author", "editor"):
        return _families(value) or None
    if field == "issued":
        parts = (value or {}).get("date-parts") or [[]] if isinstance(value, dict) else [[]]
        return str(parts[0][0]) if parts and parts[0] else None
    if field in ("volume", "page"):
        return re.sub(r"\s+", "", re.sub(r"[‐‑‒–—―−]", "-", str(value))).lower()
    return fold(str(value)).strip() or None


def _agree(field: str, gold: object, got: object) -> bool:
    if field in ("container-title", "publisher-place", "publisher"):
        a, b = str(gold), str(got)
        return a == b or (min(len(a), len(b)) >= 4 and (a in b or b in a)) or fuzz.ratio(a, b) >= 85
    if field == "page":  # "751-766" and "751-66" are one range; "229ff." and "229 ff" one page
        a, b = _PAGES.search(str(gold)), _PAGES.search(str(got))
        if a is None or b is None or a[1] != b[1]:
            return False
        return not (a[2] and b[2]) or a[2][-len(b[2]):] == b[2][-len(a[2]):]
    return gold == got


_PAGES = re.compile(r"(\d+)(?:-(\d+))?")


def field_agreement(gold_path: Path, entries: list[dict], locators: dict[str, list[str]],
                    counts: dict[str, list[int]]) -> None:
    """For every gold work whose title an extracted entry matches, compare the other fields.

    ``counts[field]`` = [gold has it, entry agrees, entry has another value, entry lacks it].
    The silver gold's ``page`` is the work's range or the page a note cites
    ("229 ff.", "Rn. 15"): citekit keeps the latter as the citation's locator,
    so a gold page agrees with the entry's page or with one of its citations' locators.
    """
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    items = [c["csl"] for n in data.get("footnotes") or [] for c in n.get("citations") or []]
    items += [c["csl"] for c in data.get("references_unassigned") or []]
    done: set[str] = set()
    titled = [(fold(str(e.get("title") or e.get("container-title") or "")).strip(), e) for e in entries]
    for item in items:
        title = fold(str(item.get("title") or item.get("container-title") or "")).strip()
        if not title or title in done:
            continue
        done.add(title)
        entry = next((e for t, e in titled if same_title(title, t)), None)
        if entry is None:
            continue
        for field in _FIELDS:
            if field == "container-title" and not item.get("title"):
                continue  # the gold's only title was its container: compared as the title already
            gold = _field_value(item, field)
            if gold is None:
                continue
            got = _field_value(entry, field)
            row = counts.setdefault(field, [0, 0, 0, 0])
            row[0] += 1
            cited = [_field_value({"page": loc}, "page") for loc in locators.get(str(entry.get("id")), [])]
            if field == "page" and any(_agree(field, gold, c) for c in cited):
                row[1] += 1
            elif got is None and not (field == "page" and cited):
                row[3] += 1
            elif got is not None and _agree(field, gold, got):
                row[1] += 1
            else:
                row[2] += 1


def main(argv: list[str]) -> int:
    verbose = "--verbose" in argv
    unmatched = "--unmatched" in argv
    missed = "--missed" in argv
    # --pdf: read the documents that have a PDF from the PDF itself (citekit's PDF reader) instead
    # of their text, to compare the two readers on the same documents
    from_pdf = "--pdf" in argv
    # --with-pdf: the texts of those documents only (the baseline of --pdf)
    only_pdf = from_pdf or "--with-pdf" in argv
    if not SHARED.is_dir():
        print(f"no data at {SHARED}")
        return 1
    rows = []
    piece_rows = []
    scoped_rows: list[tuple[int, int]] = []
    noted_rows: list[tuple[int, int]] = []
    tot_gold = tot_pred = tot_hit_g = tot_hit_p = tot_legislation = tot_hit_any = tot_max = 0
    kept_as_text: dict[str, int] = {}
    fields: dict[str, list[int]] = {}
    elapsed = 0.0
    for gold_path in sorted(SHARED.glob("gold/*.json")):
        if gold_path.name.endswith(".seg.json"):
            continue
        doc_id = gold_path.stem
        text_path = SHARED / "pdf" / f"{doc_id}.pdf" if from_pdf else SHARED / "text" / f"{doc_id}.txt"
        if not text_path.exists() or (only_pdf and not (SHARED / "pdf" / f"{doc_id}.pdf").exists()):
            continue
        gold = gold_titles(gold_path)
        start = time.perf_counter()
        doc = extract(str(text_path))
        elapsed += time.perf_counter() - start
        # legal sources (statutes, gazettes, decisions) are not in the silver gold: scored apart
        n_legislation = sum(1 for e in doc.entries if e.get("type") in ("legislation", "legal_case"))
        tot_legislation += n_legislation
        predicted = [fold(str(e.get("title") or e.get("container-title") or "")).strip()
                     for e in doc.entries if e.get("type") not in ("legislation", "legal_case")]
        # scoped: where the gold stops at note N, only works first cited in notes <= N
        last = gold_last_note(gold_path)
        first_note: dict[str, int] = {}
        for note in doc.notes:
            for cit in note.citations:
                if cit.id and cit.id not in first_note and note.number.isdigit():
                    first_note[cit.id] = int(note.number)
        scoped = [fold(str(e.get("title") or e.get("container-title") or "")).strip()
                  for e in doc.entries if e.get("type") not in ("legislation", "legal_case")
                  and (last is None or first_note.get(str(e["id"]), 0) <= last)]
        scoped_rows.append((len(scoped), match(scoped, gold)))
        if unmatched:
            first_text: dict[str, str] = {}
            for note in doc.notes:
                for cit in note.citations:
                    if cit.id and cit.id not in first_text:
                        first_text[cit.id] = f"note {note.number}: {cit.text}"
            for e in doc.entries:
                title = fold(str(e.get("title") or e.get("container-title") or "")).strip()
                if (e.get("type") not in ("legislation", "legal_case")
                        and (last is None or first_note.get(str(e["id"]), 0) <= last)
                        and not any(same_title(title, g) for g in gold)):
                    print(f"  unmatched {doc_id} [{e.get('type')}] {first_text.get(str(e['id']), '')[:160]}")
        # sparse gold: 10.6092 lists 56 works for 40 of its ~320 notes; works first cited in a
        # note the gold has no record of cannot be judged (a hand check finds most are real)
        annotated = gold_notes(gold_path)
        in_noted = [fold(str(e.get("title") or e.get("container-title") or "")).strip()
                    for e in doc.entries if e.get("type") not in ("legislation", "legal_case")
                    and (annotated is None or first_note.get(str(e["id"]), 0) in annotated)]
        noted_rows.append((len(in_noted), match(in_noted, gold)))
        hit_g = match(gold, predicted)
        locators: dict[str, list[str]] = {}
        for note in doc.notes:
            for cit in note.citations:
                if cit.id and cit.locator:
                    locators.setdefault(cit.id, []).append(cit.locator)
        field_agreement(gold_path, doc.entries, locators, fields)
        if missed:
            for g in gold:
                if not any(same_title(g, p) for p in predicted):
                    print(f"  missed {doc_id}: {g[:140]}")
        # some gold lists statutes and decisions too: found when any entry (legal sources
        # included) carries the title; reported apart from the headline recall
        every = [fold(str(e.get("title") or e.get("container-title") or "")).strip() for e in doc.entries]
        tot_hit_any += match(gold, every)
        hit_p = match(predicted, gold)
        tot_max += max_match(gold, predicted)
        for diag in doc.diagnostics:
            if diag.code in KEPT_AS_TEXT:
                kept_as_text[diag.code] = kept_as_text.get(diag.code, 0) + 1
        rows.append((doc_id, len(gold), len(predicted), hit_g, hit_p, len(doc.notes)))
        pieces = [fold(c.text) for n in doc.notes for c in n.citations if c.kind == "full"]
        g_found = sum(1 for g in gold if any(g[:60] in p for p in pieces))
        p_found = sum(1 for p in pieces if any(g[:60] in p for g in gold))
        piece_rows.append((doc_id, len(gold), len(pieces), g_found, p_found))
        tot_gold += len(gold)
        tot_pred += len(predicted)
        tot_hit_g += hit_g
        tot_hit_p += hit_p
        if verbose:
            print(f"## {doc_id}")
            for p in predicted:
                print("  P", "+" if any(same_title(p, g) for g in gold) else "-", p[:90])
            for g in gold:
                print("  G", "+" if any(same_title(g, p) for p in predicted) else "-", g[:90])
    print("| document | notes | gold works | extracted | recall | precision |")
    print("|---|---:|---:|---:|---:|---:|")
    for doc_id, n_gold, n_pred, hit_g, hit_p, n_notes in rows:
        recall = hit_g / n_gold if n_gold else float("nan")
        precision = hit_p / n_pred if n_pred else float("nan")
        print(f"| {doc_id} | {n_notes} | {n_gold} | {n_pred} | {recall:.2f} | {precision:.2f} |")
    recall = tot_hit_g / tot_gold if tot_gold else 0.0
    precision = tot_hit_p / tot_pred if tot_pred else 0.0
    print(f"| **all (micro)** | | {tot_gold} | {tot_pred} | **{recall:.3f}** | **{precision:.3f}** |")
    print(f"recall with legal sources counted as found works (some gold lists statutes): "
          f"{tot_hit_any}/{tot_gold} = **{tot_hit_any / max(tot_gold, 1):.3f}**")
    print(f"largest one-to-one matching (the greedy one above can leave an exact title unmatched): "
          f"{tot_max} works, recall {tot_max / max(tot_gold, 1):.3f}, precision {tot_max / max(tot_pred, 1):.3f}")
    print("citations kept as text without an entry: "
          + (", ".join(f"{code} {n}" for code, n in sorted(kept_as_text.items())) or "none"))
    n_scoped = sum(r[0] for r in scoped_rows)
    hit_scoped = sum(r[1] for r in scoped_rows)
    print(f"\nprecision within the gold's scope (works first cited up to the last note the gold covers): "
          f"{hit_scoped}/{n_scoped} = **{hit_scoped / max(n_scoped, 1):.3f}**")
    n_noted = sum(r[0] for r in noted_rows)
    hit_noted = sum(r[1] for r in noted_rows)
    print(f"precision within the notes the gold lists works for (favourable: junk in notes the gold "
          f"skipped is not counted either): {hit_noted}/{n_noted} = **{hit_noted / max(n_noted, 1):.3f}**")
    print(f"\n({tot_legislation} legal sources (statutes, code sections, gazettes, court decisions) left out of "
          "precision: the silver gold lists literature only)")
    print("\nCitation pieces (reader + splitter, parser excluded): a gold title inside a full-citation piece")
    print("| document | gold works | full pieces | gold found in a piece | pieces holding a gold title |")
    print("|---|---:|---:|---:|---:|")
    tg = tp = fg = fp = 0
    for doc_id, n_gold, n_pieces, g_found, p_found in piece_rows:
        print(f"| {doc_id} | {n_gold} | {n_pieces} | {g_found / n_gold if n_gold else float('nan'):.2f} | "
              f"{p_found / n_pieces if n_pieces else float('nan'):.2f} |")
        tg, tp, fg, fp = tg + n_gold, tp + n_pieces, fg + g_found, fp + p_found
    print(f"| **all** | {tg} | {tp} | **{fg / max(tg, 1):.3f}** | **{fp / max(tp, 1):.3f}** |")
    print("\nFields of the matched works against the silver gold (the gold's own errors count against us)")
    print("| field | gold has it | agrees | other value | missing | agreement |")
    print("|---|---:|---:|---:|---:|---:|")
    for field in _FIELDS:
        n, right, other, lacking = fields.get(field, [0, 0, 0, 0])
        print(f"| {field} | {n} | {right} | {other} | {lacking} | {right / n if n else float('nan'):.3f} |")
    print(f"\nextraction time, all {len(rows)} texts: {elapsed:.2f} s")
    flags = " --pdf" if from_pdf else " --with-pdf" if only_pdf else ""
    print(f"command: python3 benchmarks/extract_docs.py{flags}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
