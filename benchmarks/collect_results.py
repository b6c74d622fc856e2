"""Gather benchmarks/results/*.md into benchmarks/RESULTS.md.

Each benchmark writes its own figures (with date, core count and the command
that reproduces them) to benchmarks/results/<area>.md; this script puts them in
one file, in a fixed order, with a summary table kept by hand at the top.

Reproduce: python3 benchmarks/collect_results.py
"""

from __future__ import annotations

from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["startup", "bibtex", "render", "parser", "parser_speed", "parser_notes", "normalize",
         "readers", "extraction",
         "dedupe", "check"]


def main() -> int:
    summary = (HERE / "SUMMARY.md").read_text(encoding="utf-8")
    parts = [summary.rstrip() + "\n"]
    files = {p.stem: p for p in (HERE / "results").glob("*.md")}
    for name in ORDER + sorted(set(files) - set(ORDER)):
        if name in files:
            parts.append(files[name].read_text(encoding="utf-8").rstrip() + "\n")
    (HERE / "RESULTS.md").write_text("\n\n---\n\n".join(parts), encoding="utf-8")
    print(f"wrote {HERE / 'RESULTS.md'} from {len(parts) - 1} result files")
    print("reproduce: python3 benchmarks/collect_results.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
