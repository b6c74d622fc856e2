"""(not yet implemented: being built)"""

from __future__ import annotations

import argparse


def add_arguments(parser: argparse.ArgumentParser) -> None:
    del parser


def run(args: argparse.Namespace) -> int:
    print("citekit check: not implemented yet")
    return 2
