"""How fast is ``citekit check`` on a thesis-sized repository? (target: <= 0.5 s warm)

Generates, in a temporary directory, a 3,000-entry .bib and ~300 pages (~600 kB)
of LaTeX chapters citing it (\\footcite with pinpoints, some hand-typed notes,
some commentary notes), then times ``citekit check`` as a subprocess, the way
pre-commit runs it: cold (empty parse cache), warm (nothing changed), and after
editing one chapter.  Run:  python3 benchmarks/check_speed.py [--runs N] [--code DIR]
(DIR: the checkout whose citekit is timed, for comparing versions on one machine)
"""

from __future__ import annotations

import argparse
import os
import random
import resource
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


#: CPU seconds (user + system) of each timed child, in call order: less sensitive than wall
#: time to the other processes of a shared machine
CPU: list[float] = []


def time_command(argv: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, int, str]:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(argv, cwd=cwd, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, done.returncode, done.stdout


def timed(argv: list[str], cwd: Path, env: dict[str, str]) -> tuple[float, float]:
    """(wall, cpu) seconds of one run."""
    wall = time_command(argv, cwd, env)[0]
    return wall, CPU[-1]


def summary(runs: list[tuple[float, float]]) -> str:
    walls, cpus = [w for w, _ in runs], [c for _, c in runs]
    return (f"wall median {statistics.median(walls):.3f} s (min {min(walls):.3f}), "
            f"CPU median {statistics.median(cpus):.3f} s ({len(runs)} runs)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="warm runs to time (default 5)")
    parser.add_argument("--code", type=Path, default=Path(__file__).resolve().parent.parent, metavar="DIR",
                        help="time the citekit package in DIR")
    args = parser.parse_args()
    code = args.code.resolve()
    with tempfile.TemporaryDirectory(prefix="citekit-bench-") as tmp:
        root = Path(tmp) / "thesis"
        root.mkdir()
        sizes = build_repository(root)
        # Byte-compiled modules, as in an installed package (pre-commit pip-installs citekit):
        # this machine sets PYTHONDONTWRITEBYTECODE, which would recompile every module per run.
        env = dict(os.environ, CITEKIT_CACHE_DIR=str(Path(tmp) / "cache"),
                   PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"), PYTHONPATH=str(code))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        check = [sys.executable, "-m", "citekit", "check"]
        baseline = min(time_command([sys.executable, "-c", "pass"], root, env)[0] for _ in range(3))
        startup = min(time_command([*check, "--help"], root, env)[0] for _ in range(3))
        cold, status, out = time_command(check, root, env)
        cold_cpu = CPU[-1]
        findings = len(out.splitlines())
        warm = [timed(check, root, env) for _ in range(args.runs)]
        chapter = root / "chapters" / "ch05.tex"
        edited = []
        for i in range(args.runs):
            chapter.write_text(chapter.read_text(encoding="utf-8") + f"Edit {i}.\\footcite{{x{i}}}\n",
                               encoding="utf-8")
            edited.append(timed(check, root, env))
        bib = root / "refs.bib"
        bib_edits = []
        for i in range(args.runs):
            bib.write_text(bib.read_text(encoding="utf-8")
                           + f"\n@misc{{added{i}, title = {{T}}, date = {{2001}}}}\n", encoding="utf-8")
            bib_edits.append(timed(check, root, env))
        no_cache = timed([*check, "--no-cache"], root, env)
    print(f"repository: {ENTRIES} entries ({sizes['bib_bytes'] / 1024:.0f} kB .bib), "
          f"{CHAPTERS} chapters, {sizes['latex_bytes'] / 1024:.0f} kB LaTeX (~{PAGES} pages)")
    print(f"findings: {findings} (exit status {status})")
    print(f"python3 -c pass:                {baseline:.3f} s")
    print(f"citekit check --help:           {startup:.3f} s")
    print(f"cold (empty cache):             wall {cold:.3f} s, CPU {cold_cpu:.3f} s")
    print(f"--no-cache:                     wall {no_cache[0]:.3f} s, CPU {no_cache[1]:.3f} s")
    print(f"warm, nothing changed:          {summary(warm)}")
    print(f"warm, one chapter edited:       {summary(edited)}")
    print(f"warm, one .bib entry added:     {summary(bib_edits)}")
    worst = max(statistics.median([w for w, _ in runs]) for runs in (warm, edited, bib_edits))
    print(f"target <= 0.5 s (warm runs, wall median): {'met' if worst <= 0.5 else 'MISSED'}")
    print(f"citekit from {code}")
    default = Path(__file__).resolve().parent.parent
    print("reproduce: python3 benchmarks/check_speed.py" + ("" if code == default else f" --code {code}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
