"""``citekit check``: lint bibliographies and manuscripts like source code.

The pure core is :func:`check_paths` (files in, :class:`~citekit.model.Diagnostic`
list out) and :func:`fix_paths` (the opt-in ``--fix``); the command in
:mod:`citekit.commands.check` only parses options and prints.  Rules live in
:mod:`.bib_rules` (C1xx) and :mod:`.manuscript_rules` (C2xx); their docstrings
hold the table of codes.  Every file is analysed once per content hash
(:mod:`.cache`), so a pre-commit run re-reads only what changed.

Manuscript rules need the bibliography even when only a chapter changed, so
the bibliographies are found independently of the files given: those named
on the command line, in the configuration, in the manuscript
(``\\addbibresource``, YAML ``bibliography:``), else every .bib under the
configuration's root.  Findings are reported for the files checked only.
"""

from __future__ import annotations

import fnmatch
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from citekit.check.bib_rules import BibAnalysis, PairMemory, analyse_bibtex, cross_bib_findings
from citekit.check.cache import ParseCache, digest
from citekit.check.config import DEFAULT_FILES, CheckConfig, load_config
from citekit.check.manuscript_scan import ManuscriptScan, scan_manuscript
from citekit.model import Diagnostic, Entry

if TYPE_CHECKING:
    from citekit.cite import WorkFinder

__all__ = ["CheckConfig", "CheckRun", "FixResult", "check_paths", "fix_paths", "load_config"]

BIB_SUFFIXES = (".bib", ".bibtex")
DATA_SUFFIXES = (".json", ".ris")
MANUSCRIPT_SUFFIXES = (".tex", ".ltx", ".md", ".markdown")
_SKIP_DIRS = {"node_modules", "_build", "build", "dist", "site-packages", "__pycache__", "venv"}


def kind_of(path: str) -> str | None:
    """``bib``, ``data`` (CSL-JSON, RIS), ``manuscript`` or ``None`` (not ours)."""
    lower = path.lower()
    if lower.endswith(BIB_SUFFIXES):
        return "bib"
    if lower.endswith(DATA_SUFFIXES):
        return "data"
    if lower.endswith(MANUSCRIPT_SUFFIXES):
        return "manuscript"
    return None


def discover(config: CheckConfig, patterns: Sequence[str] | None = None) -> list[str]:
    """Files under the configuration root matching ``patterns`` (default: the configured
    files, else every .bib/.tex/.md), hidden and build directories skipped."""
    found: dict[str, None] = {}
    for pattern in patterns or config.files or DEFAULT_FILES:
        for path in sorted(config.root.glob(pattern)):
            rel = path.relative_to(config.root)
            if any(part.startswith(".") or part in _SKIP_DIRS for part in rel.parts[:-1]):
                continue
            if path.is_file() and kind_of(path.name):
                found[_display(path)] = None
    return list(found)


def _display(path: Path) -> str:
    """The path as the author would type it: relative to the working directory if inside."""
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


@dataclass
class CheckRun:
    """One check: the analyses it read, for the fixer and for tests."""

    config: CheckConfig
    cache: ParseCache
    bibs: dict[str, BibAnalysis] = field(default_factory=dict)
    bib_digests: dict[str, str] = field(default_factory=dict)
    manuscripts: dict[str, ManuscriptScan] = field(default_factory=dict)
    manuscript_digests: dict[str, str] = field(default_factory=dict)
    targets: set[str] = field(default_factory=set)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    finder: WorkFinder | None = None

    # --- reading ------------------------------------------------------------------------

    def load_bib(self, path: str) -> BibAnalysis | None:
        if path in self.bibs:
            return self.bibs[path]
        from citekit.errors import InputError
        from citekit.textio import decode_bytes, read_bytes

        try:
            data = read_bytes(path)
        except InputError as exc:
            self.diagnostics.append(Diagnostic("C100", exc.message, path, severity="error"))
            return None
        key = digest(path, data)
        # one cache slot per file: an exact hit, or the last analysis to reuse entries from
        slot = str(Path(path).resolve())
        cached = self.cache.get("bib", slot)
        analysis = cached if isinstance(cached, BibAnalysis) else None
        if analysis is None or analysis.digest != key:
            try:
                text, read_diags = decode_bytes(data, path)
            except InputError as exc:
                self.diagnostics.append(Diagnostic("C100", exc.message, path, severity="error"))
                return None
            if kind_of(path) == "bib":
                analysis = analyse_bibtex(path, text, read_diags, previous=analysis)
            else:
                analysis = _analyse_data(path, text, read_diags)
            analysis.digest = key
            self.cache.put("bib", slot, analysis)
        self.bibs[path] = analysis
        self.bib_digests[path] = key
        return analysis

    def load_manuscript(self, path: str) -> ManuscriptScan | None:
        from citekit.errors import InputError
        from citekit.textio import decode_bytes, read_bytes

        try:
            data = read_bytes(path)
            key = digest(path, data)
            slot = str(Path(path).resolve())
            cached = self.cache.get("manuscript", slot)
            if isinstance(cached, tuple) and cached[0] == key:
                scan: ManuscriptScan = cached[1]
            else:
                text, _ = decode_bytes(data, path)
                scan = scan_manuscript(path, text)
                self.cache.put("manuscript", slot, (key, scan))
        except InputError as exc:
            self.diagnostics.append(Diagnostic("C100", exc.message, path, severity="error"))
            return None
        self.manuscripts[path] = scan
        self.manuscript_digests[path] = key
        return scan

    # --- checking -----------------------------------------------------------------------

    def run(self, paths: Sequence[str]) -> list[Diagnostic]:
        for path in files_to_check(paths, self.config):
            kind = kind_of(path)
            if kind is None:
                continue
            self.targets.add(path)
            if kind == "manuscript":
                self.load_manuscript(path)
            else:
                self.load_bib(path)
        self._load_context_bibliographies()
        found = list(self.diagnostics)
        analyses = [self.bibs[p] for p in self.bibs]
        for analysis in analyses:
            found.extend(analysis.findings)
        found.extend(self._cross_bib(analyses))
        found.extend(self._manuscript_findings())
        return self._filter(found)

    def _load_context_bibliographies(self) -> None:
        """Bibliographies the manuscripts need, whether or not they were given."""
        wanted: list[str] = [str(self.config.root / b) for b in self.config.bibliography]
        for path, scan in self.manuscripts.items():
            base = Path(path).parent
            for name, (line, col) in zip(scan.bibliographies, scan.bibliography_places,
                                         strict=True):
                for candidate in (base / name, self.config.root / name):
                    if candidate.is_file():
                        wanted.append(str(candidate))
                        break
                else:
                    self.diagnostics.append(Diagnostic(
                        "C206", f"bibliography '{name}' does not exist; the document will not build",
                        path, line, col, "error",
                    ))
        if self.manuscripts and not wanted and not self.bibs:
            wanted = discover(self.config, ["**/*.bib"])
        for path in wanted:
            display = _display(Path(path))
            if display not in self.bibs and Path(path).is_file():
                self.load_bib(display)

    def _cross_bib(self, analyses: list[BibAnalysis]) -> list[Diagnostic]:
        same_work = self.config.rule_enabled("C103")
        key = digest("cross", *sorted(self.bib_digests.values()), str(same_work))
        cached = self.cache.get("cross", key)
        if isinstance(cached, list):
            return cached
        slot = digest("pairs", *sorted(str(Path(p).resolve()) for p in self.bib_digests))
        memory = self.cache.get("pairs", slot)
        if not isinstance(memory, PairMemory):
            memory = PairMemory()
        findings = cross_bib_findings(analyses, same_work=same_work, memory=memory)
        self.cache.put("cross", key, findings)
        if same_work:
            self.cache.put("pairs", slot, memory)
        return findings

    def _manuscript_findings(self) -> list[Diagnostic]:
        from citekit.check import manuscript_rules as rules

        if not self.manuscripts:
            return []
        keys_list = [k for analysis in self.bibs.values() for k, _, _ in analysis.keys]
        keys = set(keys_list)
        unique_keys = list(dict.fromkeys(keys_list))
        folded = {k.lower(): k for k in unique_keys}
        entries = [e for analysis in self.bibs.values() for e in analysis.entries]
        bib_key = digest("bibs", *sorted(self.bib_digests.values()))
        out: list[Diagnostic] = []
        cited: set[str] = set()
        cites_all = False
        for path, scan in self.manuscripts.items():
            cited.update(use.key for use in scan.uses)
            cites_all = cites_all or scan.cites_all
            if path not in self.targets:
                continue
            if self.config.rule_enabled("C201"):
                out.extend(rules.missing_keys(scan, keys, unique_keys, folded))
            if self.config.rule_enabled("C203"):
                out.extend(rules.bare_keys(scan, keys, unique_keys, folded))
            if self.config.rule_enabled("C204"):
                out.extend(rules.stray_text(scan))
            if self.config.rule_enabled("C202") and entries:
                out.extend(self._hand_typed(path, scan, entries, bib_key))
        if self.config.rule_enabled("C205") and not cites_all:
            defined = [
                (k, analysis.path, line, col)
                for analysis in self.bibs.values() if analysis.path in self.targets
                for k, line, col in analysis.keys
            ]
            out.extend(rules.unused_entries(cited, defined))
        return out

    def _hand_typed(
        self, path: str, scan: ManuscriptScan, entries: list[Entry], bib_key: str,
    ) -> list[Diagnostic]:
        """C202 findings of one manuscript, cached twice: by the exact bibliographies, and
        by the entries its notes could name (so adding an unrelated entry reuses them)."""
        from citekit.check import manuscript_rules as rules

        exact = digest("hand", self.manuscript_digests[path], bib_key)
        cached = self.cache.get("hand", exact)
        if isinstance(cached, list):
            return cached
        finder = self._finder(entries)
        notes = [n.text for n in scan.footnotes if not n.has_citation]
        relevant = digest("hand-relevant", self.manuscript_digests[path], finder.fingerprint(notes))
        cached = self.cache.get("hand", relevant)
        if not isinstance(cached, list):
            # the plans of the last run over these bibliographies, note by note
            memo_slot = digest("hand-memo", str(Path(path).resolve()), bib_key)
            memo = self.cache.get("hand-memo", memo_slot)
            memo = memo if isinstance(memo, dict) else {}
            cached = rules.hand_typed(scan, entries, finder, memo)
            self.cache.put("hand", relevant, cached)
            self.cache.put("hand-memo", memo_slot, memo)
        self.cache.put("hand", exact, cached)
        return cached

    def _finder(self, entries: list[Entry]) -> WorkFinder:
        """The hand-typed-citation finder over every bibliography, built once per run."""
        if self.finder is None:
            from citekit.cite import WorkFinder

            keys_of = [k for a in self.bibs.values() for k in a.finder_keys()]
            self.finder = WorkFinder(entries, keys_of)
        return self.finder

    # --- configuration ------------------------------------------------------------------

    def _filter(self, found: list[Diagnostic]) -> list[Diagnostic]:
        out = []
        for diag in found:
            if diag.path not in self.targets and diag.code != "C100":
                continue
            if not self.config.rule_enabled(diag.code) or self._ignored(diag):
                continue
            level = self.config.severity.get(diag.code)
            if level is not None:
                diag.severity = level
            out.append(diag)
        out.sort(key=lambda d: (d.path, d.line or 0, d.col or 0, d.code))
        return out

    def _ignored(self, diag: Diagnostic) -> bool:
        ignores = None
        if diag.path in self.manuscripts:
            ignores = self.manuscripts[diag.path].ignores
        elif diag.path in self.bibs:
            ignores = self.bibs[diag.path].ignores
        if ignores is not None and ignores.ignores(diag.line, diag.code):
            return True
        rel = _relative(diag.path, self.config.root)
        for pattern, codes in self.config.per_file_ignores.items():
            if fnmatch.fnmatch(rel, pattern) and (
                "ALL" in codes or diag.code in codes or any(
                    diag.code.startswith(c.rstrip("X")) for c in codes if c.endswith("XX"))
            ):
                return True
        return False


def files_to_check(paths: Sequence[str], config: CheckConfig) -> list[str]:
    """The files given (normalised, once each), or the configured files of the repository."""
    if paths:
        from citekit.errors import UsageError

        files = list(dict.fromkeys(os.path.normpath(p) for p in paths))
        unknown = [p for p in files if kind_of(p) is None]
        if unknown:
            raise UsageError(
                f"not a bibliography or manuscript: {', '.join(unknown)} "
                f"(citekit check reads {', '.join(BIB_SUFFIXES + DATA_SUFFIXES + MANUSCRIPT_SUFFIXES)})"
            )
        return files
    return discover(config)


def _relative(path: str, root: Path) -> str:
    try:
        return Path(path).resolve().relative_to(root).as_posix()
    except ValueError:
        return Path(path).as_posix()


def _analyse_data(path: str, text: str, read_diags: list[Diagnostic]) -> BibAnalysis:
    """CSL-JSON or RIS: what the format reader says, plus keys for the manuscript rules."""
    from citekit.formats import registry

    analysis = BibAnalysis(path)
    for diag in read_diags:
        if diag.code == "F002":
            analysis.findings.append(Diagnostic("C108", diag.message, path, diag.line, 1))
    spec = registry.sniff(text, path)
    if spec is None or (spec.name == "csl-json" and not _looks_like_csl(text)):
        return analysis  # some other JSON (package.json …): not a bibliography
    result = registry.read(text, spec.name, path=path)
    for diag in result.diagnostics:
        analysis.findings.append(Diagnostic(
            "C101", f"{diag.message} ({diag.code})", path, diag.line, diag.col,
            "error" if diag.severity == "error" else "warning", diag.raw,
        ))
    seen: dict[str, int] = {}
    for entry in result.entries:
        key = str(entry.get("id", ""))
        line = result.positions.get(key, 1)
        if key in seen:
            analysis.findings.append(Diagnostic(
                "C102", f"duplicate id '{key}' (first at line {seen[key]})", path, line, 1, "error",
            ))
        else:
            seen[key] = line
        analysis.keys.append((key, line, 1))
        analysis.entries.append(entry)
        analysis.entry_hashes.append(digest(json.dumps(entry, sort_keys=True, ensure_ascii=False)))
    return analysis


def _looks_like_csl(text: str) -> bool:
    head = text.lstrip()[:2000]
    return head.startswith("[") and ('"type"' in head or head.startswith("[]"))


def check_paths(
    paths: Sequence[str], config: CheckConfig | None = None, cache: ParseCache | None = None
) -> list[Diagnostic]:
    """Check ``paths`` (or the configured files) and return the findings, sorted."""
    config = config or load_config()
    cache = cache or ParseCache(enabled=config.cache)
    return CheckRun(config, cache).run(paths)


@dataclass
class FixResult:
    """What ``--fix`` did: the files it rewrote and the findings that remain."""

    rewritten: list[str]
    diagnostics: list[Diagnostic]


def fix_paths(
    paths: Sequence[str], config: CheckConfig | None = None, cache: ParseCache | None = None
) -> FixResult:
    """Fix what can be fixed in the bibliographies among ``paths``, then check again."""
    from citekit.check.fix import fix_bibliography

    config = config or load_config()
    cache = cache or ParseCache(enabled=config.cache)
    from citekit.errors import InputError

    rewritten = []
    for path in files_to_check(paths, config):
        if kind_of(path) != "bib" or not os.path.isfile(path):
            continue
        try:
            if fix_bibliography(path, config):
                rewritten.append(path)
        except InputError:
            continue  # binary data: the check below reports it (C100)
    remaining = CheckRun(config, cache).run(paths)
    return FixResult(rewritten, remaining)
