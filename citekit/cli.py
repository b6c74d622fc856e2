"""The ``citekit`` command: one sub-command per module in :mod:`citekit.commands`.

Start-up must stay fast (a pre-commit hook runs it on every commit), so this
module and the command modules import only the standard library at top level;
each command imports its heavy machinery inside ``run``.

Exit status: 0 ok, 1 findings / data problems / a file rewritten, 2 usage
error, 3 internal error (a bug: please report it).
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from citekit import __version__
from citekit.errors import InputError, UsageError

#: Sub-commands in the order ``--help`` lists them; each is citekit.commands.<name>.
COMMANDS: tuple[str, ...] = (
    "extract", "parse", "dedupe", "format", "convert", "check", "cite", "formats", "styles",
)


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with a one-line message (its default) but never prints help twice."""


def build_parser(commands: Sequence[str] = COMMANDS) -> argparse.ArgumentParser:
    """The parser of ``citekit``, with the sub-commands ``commands`` (all of them by default)."""
    parser = _Parser(
        prog="citekit",
        description="Turn footnoted scholarship into clean bibliographies.",
        epilog="Run 'citekit COMMAND --help' for each command's options and an example.",
    )
    parser.add_argument("--version", action="version", version=f"citekit {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in commands:
        module = importlib.import_module(f"citekit.commands.{name.replace('-', '_')}")
        doc = (module.__doc__ or "").strip()
        summary = doc.splitlines()[0] if doc else name
        cmd = sub.add_parser(
            name,
            help=summary,
            description=doc,
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(cmd)
        cmd.set_defaults(_run=module.run)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    # the one command named first is all a run needs: building the others' parsers (importing their
    # modules) cost a tenth of the start-up; anything else (no command, --help, a typo) gets them all
    parser = build_parser((words[0],) if words and words[0] in COMMANDS else COMMANDS)
    args = parser.parse_args(words)
    if not getattr(args, "command", None):
        parser.print_help(sys.stderr)
        return 2
    try:
        code: int = args._run(args)
        return code
    except UsageError as exc:
        print(f"citekit {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except InputError as exc:
        print(f"{exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # the reader went away (``citekit ... | head``): not an error of ours
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: say so in one line, traceback on request
        if os.environ.get("CITEKIT_DEBUG"):
            raise
        print(
            f"citekit {args.command}: internal error: {type(exc).__name__}: {exc} "
            "(set CITEKIT_DEBUG=1 for a traceback and please report it)",
            file=sys.stderr,
        )
        return 3


if __name__ == "__main__":
    raise SystemExit(main())
