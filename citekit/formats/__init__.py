"""Bibliographic file formats, all converting to and from CSL-JSON entries.

Use :func:`read` and :func:`write`; the registry in :mod:`citekit.formats.registry`
knows which module implements which format and imports it only when needed.
"""

from citekit.formats.registry import FormatSpec, get, names, read, register, sniff, write

__all__ = ["FormatSpec", "get", "names", "read", "register", "sniff", "write"]
