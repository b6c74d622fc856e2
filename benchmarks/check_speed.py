"""How fast is ``citekit check`` on a thesis-sized repository? (target: <= 0.5 s warm)

Generates, in a temporary directory, a 3,000-entry .bib and ~300 pages (~600 kB)
of LaTeX chapters citing it (\\footcite with pinpoints, some hand-typed notes,
some commentary notes), then times ``citekit check`` as a subprocess, the way
pre-commit runs it: cold (empty parse cache), warm (nothing changed), and after
editing one chapter.  Run:  python3 benchmarks/check_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ENTRIES = 3000
CHAPTERS = 10
PAGE_CHARS = 2000  # a page of a humanities thesis, notes included
PAGES = 300

SYLLABLES = ["ka", "ro", "vi", "al", "len", "mar", "tin", "shu", "be", "dor", "ha", "gen", "loh",
             "whi", "te", "wood", "sch", "mid", "ber", "ger", "nov", "ska", "ya", "ev", "ich"]
WORDS = ("police order repression state society terror army purge party city peasants "
         "workers empire nation memory archive violence reform revolution law court "
         "church family economy war peace culture border frontier famine").split()
GIVEN = ["Paul", "Anna", "Peter", "Olga", "Jean", "Marie", "Ivan", "Sarah", "David", "Elena"]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()


def _title(rng: random.Random) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(3, 7))]
    return " ".join(words).capitalize() + ": " + " ".join(rng.choice(WORDS) for _ in range(3))


def make_bibliography(rng: random.Random) -> tuple[str, list[tuple[str, str, str, int]]]:
    """The .bib text and (key, family, title, year) of each entry."""
    parts, works, taken = [], [], set()
    for _ in range(ENTRIES):
        family, given = _name(rng), rng.choice(GIVEN)
        year = rng.randint(1950, 2024)
        key = f"{family.lower()}{year}"
        while key in taken:
            key += "a"
        taken.add(key)
        title = _title(rng)
        kind = rng.choice(["book", "book", "article", "incollection"])
        fields = [f"author = {{{family}, {given}}}", f"title = {{{title}}}", f"date = {{{year}}}"]
        if kind == "book":
            fields += ["location = {London}", "publisher = {Routledge}"]
        elif kind == "article":
            fields += ["journaltitle = {Slavic Review}", f"volume = {{{rng.randint(1, 80)}}}",
                       f"pages = {{{rng.randint(1, 400)}--{rng.randint(401, 800)}}}"]
        else:
            fields += [f"editor = {{{_name(rng)}, {rng.choice(GIVEN)}}}",
                       f"booktitle = {{{_title(rng)}}}", "location = {Oxford}",
                       "publisher = {Oxford University Press}",
                       f"pages = {{{rng.randint(1, 200)}--{rng.randint(201, 400)}}}"]
        parts.append(f"@{kind}{{{key},\n" + "".join(f"  {f},\n" for f in fields) + "}\n")
        works.append((key, f"{given} {family}", title, year))
    return "\n".join(parts), works


def make_chapter(rng: random.Random, works: list[tuple[str, str, str, int]], chars: int) -> str:
    out = ["\\chapter{A chapter}\n"]
    size = 0
    while size < chars:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(12, 25))).capitalize()
        roll = rng.random()
        key, author, title, year = rng.choice(works)
        if roll < 0.35:
            sentence += f"\\footcite[{rng.randint(1, 400)}]{{{key}}}"
        elif roll < 0.40:
            sentence += f"\\footnote{{See {author}, {title}, London, {year}, p. {rng.randint(1, 300)}.}}"
        elif roll < 0.45:
            sentence += "\\footnote{" + " ".join(rng.choice(WORDS) for _ in range(15)) + ".}"
        elif roll < 0.50:
            sentence += f" \\parencite[see][{rng.randint(1, 99)}]{{{key}}}"
        sentence += ".\n" if rng.random() < 0.8 else ".\n\n"
        out.append(sentence)
        size += len(sentence)
    return "".join(out)


def build_repository(root: Path, seed: int = 1937) -> dict[str, int]:
    rng = random.Random(seed)
    bib, works = make_bibliography(rng)
    (root / "refs.bib").write_text(bib, encoding="utf-8")
    chapters = root / "chapters"
    chapters.mkdir()
    per_chapter = PAGES * PAGE_CHARS // CHAPTERS
    total = 0
    for n in range(1, CHAPTERS + 1):
        text = make_chapter(rng, works, per_chapter)
        (chapters / f"ch{n:02d}.tex").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    (root / ".citekit.toml").write_text(
        '[check]\nfiles = ["refs.bib", "chapters/*.tex"]\n', encoding="utf-8")
    (root / ".git").mkdir()  # the configuration search stops here
    return {"bib_bytes": len(bib.encode("utf-8")), "latex_bytes": total}


def time_command(argv: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, int, str]:
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True)
    return time.perf_counter() - start, done.returncode, done.stdout


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="warm runs to time (default 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="citekit-bench-") as tmp:
        root = Path(tmp) / "thesis"
        root.mkdir()
        sizes = build_repository(root)
        env = dict(os.environ, CITEKIT_CACHE_DIR=str(Path(tmp) / "cache"))
        check = [sys.executable, "-m", "citekit", "check"]
        baseline = min(time_command([sys.executable, "-c", "pass"], root, env)[0] for _ in range(3))
        startup = min(time_command([*check, "--help"], root, env)[0] for _ in range(3))
        cold, status, out = time_command(check, root, env)
        findings = len(out.splitlines())
        warm = [time_command(check, root, env)[0] for _ in range(args.runs)]
        chapter = root / "chapters" / "ch05.tex"
        edited = []
        for i in range(args.runs):
            chapter.write_text(chapter.read_text(encoding="utf-8") + f"Edit {i}.\\footcite{{x{i}}}\n",
                               encoding="utf-8")
            edited.append(time_command(check, root, env)[0])
        bib = root / "refs.bib"
        bib_edits = []
        for i in range(args.runs):
            bib.write_text(bib.read_text(encoding="utf-8")
                           + f"\n@misc{{added{i}, title = {{T}}, date = {{2001}}}}\n", encoding="utf-8")
            bib_edits.append(time_command(check, root, env)[0])
        no_cache = time_command([*check, "--no-cache"], root, env)[0]
    print(f"repository: {ENTRIES} entries ({sizes['bib_bytes'] / 1024:.0f} kB .bib), "
          f"{CHAPTERS} chapters, {sizes['latex_bytes'] / 1024:.0f} kB LaTeX (~{PAGES} pages)")
    print(f"findings: {findings} (exit status {status})")
    print(f"python3 -c pass:                {baseline:.3f} s")
    print(f"citekit check --help:           {startup:.3f} s")
    print(f"cold (empty cache):             {cold:.3f} s")
    print(f"--no-cache:                     {no_cache:.3f} s")
    print(f"warm, nothing changed:          median {statistics.median(warm):.3f} s, "
          f"min {min(warm):.3f} s ({args.runs} runs)")
    print(f"warm, one chapter edited:       median {statistics.median(edited):.3f} s, "
          f"min {min(edited):.3f} s ({args.runs} runs)")
    print(f"warm, one .bib entry added:     median {statistics.median(bib_edits):.3f} s, "
          f"min {min(bib_edits):.3f} s ({args.runs} runs)")
    print(f"target <= 0.5 s warm: {'met' if statistics.median(warm) <= 0.5 else 'MISSED'}")
    print("reproduce: python3 benchmarks/check_speed.py")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
