"""List the formats citekit reads and writes.

Example:
  citekit formats
"""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser  # no options


def run(args: argparse.Namespace) -> int:
    from citekit.formats import registry

    for name in registry.names():
        spec = registry.get(name)
        modes = ("read" if spec.readable else "    ") + (" write" if spec.writable else "")
        exts = " ".join(spec.extensions)
        print(f"{name:<10} {modes:<10} {spec.description}" + (f"  [{exts}]" if exts else ""))
    return 0
