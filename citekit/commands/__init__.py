"""CLI sub-commands: each module has ``add_arguments(parser)`` and ``run(args) -> int``.

Keep top-level imports to the standard library: ``citekit --help`` imports them all.
"""
