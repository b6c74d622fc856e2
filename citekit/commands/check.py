"""Lint bibliographies (.bib, CSL-JSON, RIS) and LaTeX/Markdown manuscripts.

Each finding is printed as `path:line:col: CODE message`; the codes are stable
(C1xx bibliography, C2xx manuscript; see `citekit.check.bib_rules` and
`citekit.check.manuscript_rules`).  Without FILES, the files configured in
pyproject.toml [tool.citekit.check] or .citekit.toml are checked (default:
every .bib, .tex and .md below the configuration's directory).  Manuscripts are
checked against their bibliographies even when only a chapter is given.

--fix rewrites .bib files into a normal form (merges records of one work,
keeping every key in `ids`; orders fields; fixes page dashes, dates and
unescaped characters) and reports what it could not fix.

Exit status: 0 clean, 1 findings (errors or warnings) or a file rewritten,
2 usage error.

Example:
  citekit check refs.bib chapters/*.tex
  citekit check --fix -f github
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from citekit.model import Diagnostic

FORMATS = ("text", "json", "github")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="*", metavar="FILES",
                        help="files to check (default: the configured files of the repository)")
    parser.add_argument("--fix", action="store_true",
                        help="rewrite .bib files into their normal form (exit 1 if one changed)")
    parser.add_argument("-f", "--format", choices=FORMATS, default="text",
                        help="how to print findings: text (default), json, or github "
                             "(workflow annotations)")
    parser.add_argument("--config", metavar="FILE",
                        help="read the settings from FILE instead of the nearest "
                             ".citekit.toml / pyproject.toml")
    parser.add_argument("--no-cache", action="store_true",
                        help="do not read or write the parse cache")


def run(args: argparse.Namespace) -> int:
    from citekit.check import check_paths, fix_paths
    from citekit.check.config import load_config

    config = load_config(args.config)
    if args.no_cache:
        config.cache = False
    rewritten: list[str] = []
    if args.fix:
        result = fix_paths(args.files, config)
        rewritten, diagnostics = result.rewritten, result.diagnostics
    else:
        diagnostics = check_paths(args.files, config)
    for path in rewritten:
        print(f"{path}: rewritten by --fix", file=sys.stderr)
    if args.format == "json":
        json.dump({
            "diagnostics": [d.to_json() for d in diagnostics],
            "rewritten": rewritten,
        }, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for diag in diagnostics:
            print(diag.format() if args.format == "text" else github_annotation(diag))
    failing = any(d.severity in ("error", "warning") for d in diagnostics)
    return 1 if failing or rewritten else 0


def github_annotation(diag: Diagnostic) -> str:
    """A GitHub Actions workflow command that puts the finding on the changed line."""
    level = {"error": "error", "warning": "warning"}.get(diag.severity, "notice")
    props = [f"file={_escape_property(diag.path)}"]
    if diag.line is not None:
        props.append(f"line={diag.line}")
        if diag.col is not None:
            props.append(f"col={diag.col}")
    props.append(f"title={diag.code}")
    return f"::{level} {','.join(props)}::{_escape_data(diag.message)}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
